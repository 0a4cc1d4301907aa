"""The fake Bot API server behaves like Telegram where the bot's tests rely on it."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pytest

from tests.fakebotapi import TOKEN, FakeBotApi, Fault

pytestmark = pytest.mark.timeout(30)


def call(api: FakeBotApi, method: str, token: str = TOKEN, **params: Any) -> tuple[int, dict[str, Any]]:
    """POST form data as PTB does (non-string values JSON-encoded)."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    request = urllib.request.Request(f"{api.url}/bot{token}/{method}", data=urllib.parse.urlencode(form).encode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status), json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_get_updates_confirms_below_offset_and_long_polls(api: FakeBotApi) -> None:
    first = api.send_text(1, 1, "一")
    api.send_text(1, 1, "二")
    status, body = call(api, "getUpdates", offset=0, timeout=0)
    ids = [u["update_id"] for u in body["result"]]
    assert status == 200 and len(ids) == 2 and body["result"][0]["message"]["text"] == first["text"]
    _, body = call(api, "getUpdates", offset=ids[1], timeout=0)
    assert [u["update_id"] for u in body["result"]] == ids[1:]  # the first one is confirmed and gone

    started = time.monotonic()
    _, body = call(api, "getUpdates", offset=ids[1] + 1, timeout=0.3)
    assert body["result"] == [] and time.monotonic() - started >= 0.3

    threading.Timer(0.2, lambda: api.send_text(1, 1, "三")).start()
    started = time.monotonic()
    _, body = call(api, "getUpdates", offset=ids[1] + 1, timeout=5)
    assert [u["message"]["text"] for u in body["result"]] == ["三"]
    assert time.monotonic() - started < 2  # woken by the new update, not by the timeout


def test_webhook_and_polling_exclude_each_other(api: FakeBotApi) -> None:
    assert call(api, "setWebhook", url="https://example.org/hook")[0] == 200
    assert call(api, "getWebhookInfo")[1]["result"]["url"] == "https://example.org/hook"
    status, body = call(api, "getUpdates", timeout=0)
    assert status == 409 and "webhook is active" in body["description"]
    call(api, "deleteWebhook")
    assert call(api, "getWebhookInfo")[1]["result"]["url"] == ""
    assert call(api, "getUpdates", timeout=0)[0] == 200


def test_errors_look_like_telegram(api: FakeBotApi) -> None:
    assert call(api, "getMe", token="1:wrong") == (401, {"ok": False, "error_code": 401,
                                                          "description": "Unauthorized"})
    api.send_text(5, 5, "hi")
    status, body = call(api, "sendMessage", chat_id=5, text="<b>x", parse_mode="HTML")
    assert status == 400 and body["description"].startswith("Bad Request: can't parse entities")
    assert call(api, "sendMessage", chat_id=5, text="x" * 4097)[1]["description"] == "Bad Request: message is too long"
    assert call(api, "sendMessage", chat_id=6, text="x")[1]["description"] == "Bad Request: chat not found"
    markup = {"inline_keyboard": [[{"text": "b", "callback_data": "d" * 65}]]}
    assert "BUTTON_DATA_INVALID" in call(api, "sendMessage", chat_id=5, text="x", reply_markup=markup)[1]["description"]
    sent = call(api, "sendMessage", chat_id=5, text="<b>同</b>", parse_mode="HTML")[1]["result"]
    assert sent["entities"] == [{"type": "bold", "offset": 0, "length": 1}]
    again = call(api, "editMessageText", chat_id=5, message_id=sent["message_id"], text="<b>同</b>", parse_mode="HTML")
    assert "message is not modified" in again[1]["description"]


def test_faults_hook_injects_errors_and_records_send_times(api: FakeBotApi) -> None:
    api.send_text(5, 5, "hi")
    api.faults = lambda method, params: Fault(status=429, retry_after=3) if method == "sendMessage" else None
    status, body = call(api, "sendMessage", chat_id=5, text="x")
    assert status == 429 and body["parameters"] == {"retry_after": 3}
    api.faults = lambda method, params: Fault(status=502, description="Bad Gateway")
    assert call(api, "getMe")[0] == 502
    api.faults = lambda method, params: Fault(drop=True, delay=0.1)
    started = time.monotonic()
    with pytest.raises((ConnectionError, urllib.error.URLError)):
        call(api, "getMe")
    assert time.monotonic() - started >= 0.1
    api.faults = None
    call(api, "sendMessage", chat_id=5, text="y")
    sends = api.calls_to("sendMessage")
    assert [c.status for c in sends] == [429, 200] and sends[0].at <= sends[1].at
