"""The real entry point, `bot.telegram.app.run`, in its own process: polling, webhook, bad tokens."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.fakebotapi import TOKEN, FakeBotApi, Fault
from tests.telegram_fixtures import ADMIN, ROOT, USER, free_port

pytestmark = [pytest.mark.timeout(60), pytest.mark.slow]  # bot processes

QUESTION = "全省建立了多少个党员领导干部活动联系点?"
SECRET = "s3cret-Token_1"

RUNNER = """
import json, sys
from pathlib import Path
from bot.telegram.app import run
args = json.loads(sys.argv[1])
args["index_path"] = Path(args["index_path"]) if args["index_path"] else None
sys.exit(run(args.pop("token"), **args))
"""


def start(api: FakeBotApi, index_path: Path, token: str = TOKEN, **options: Any) -> subprocess.Popen[str]:
    """`run(...)` in a child process, pointed at the fake server through TELEGRAM_API_BASE_URL."""
    args = {"token": token, "index_path": str(index_path), "webhook_url": None, "listen": "127.0.0.1",
            "port": 0, "secret_token": None, "base_url": None, **options}
    env = {**os.environ, "TELEGRAM_API_BASE_URL": api.url, "QABOT_ADMIN_IDS": f"{ADMIN}, 7",
           "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", RUNNER, json.dumps(args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(process: subprocess.Popen[str], sig: int = signal.SIGINT) -> tuple[int, str]:
    """Stop the bot as an operator would; its exit code and stderr."""
    process.send_signal(sig)
    try:
        _, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"the bot did not stop on {sig}: {err}") from None
    return process.returncode, err


def test_polling_answers_and_stops_cleanly(api: FakeBotApi, index_path: Path) -> None:
    process = start(api, index_path)
    try:
        api.wait_for(lambda: api.calls_to("getUpdates"), timeout=20, what="polling to start")
        question = api.send_text(USER, USER, QUESTION)
        [reply] = api.wait_for(lambda: api.replies_to(question), timeout=10, what="the answer")
        assert "5322" in reply.text
    finally:
        code, err = stop(process)
    assert code == 0, err
    assert "Traceback" not in err
    assert TOKEN not in err and TOKEN.split(":")[1] not in err
    assert "question chat=private" in err and "answered=True" in err
    assert QUESTION not in err  # the question text only at DEBUG


def post(hook: str, body: bytes | dict[str, Any], secret: str | None) -> int:
    """POST a body to the bot's webhook as Telegram does; the HTTP status."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(hook, data=data, method="POST", headers={"Content-Type": "application/json"})
    if secret is not None:
        request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
    for _ in range(50):  # the server may still be binding right after setWebhook
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except urllib.error.URLError:
            time.sleep(0.1)
    raise AssertionError("the webhook server never answered")


def test_webhook_mode_checks_the_secret_and_answers(api: FakeBotApi, index_path: Path) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/qabot/hook"
    process = start(api, index_path, webhook_url=hook, port=port, secret_token=SECRET)
    try:
        [registered] = api.wait_for(lambda: api.calls_to("setWebhook"), timeout=20, what="setWebhook")
        assert registered.params["url"] == hook and registered.params["secret_token"] == SECRET

        forged = api.make_text(USER, USER, "刘云山什么时候来安徽调研?")
        assert post(hook, forged, "wrong") == 403
        assert post(hook, forged, None) == 403

        update = api.make_text(USER, USER, QUESTION)
        assert post(hook, update, SECRET) == 200
        [reply] = api.wait_for(lambda: api.replies_to(update["message"]), timeout=10, what="the answer")
        assert "5322" in reply.text
        assert post(hook, update, SECRET) == 200  # Telegram sending it again: answered once
        assert api.replies_to(forged["message"]) == []
        assert not api.calls_to("getUpdates")
    finally:
        code, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err
    assert f"webhook: listening on http://127.0.0.1:{port}/qabot/hook" in err
    time.sleep(0.2)
    assert len(api.replies_to(update["message"])) == 1


def test_webhook_answers_400_to_bodies_that_are_not_updates(api: FakeBotApi, index_path: Path) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/hook"
    process = start(api, index_path, webhook_url=hook, port=port, secret_token=SECRET)
    try:
        api.wait_for(lambda: api.calls_to("setWebhook"), timeout=20, what="setWebhook")
        bad: list[bytes | dict[str, Any]] = [
            b"not json", b"\xff\xfe", b"", b"[1, 2]", b'"text"', b"null",
            {"no": "update_id"}, {"update_id": "1"}, {"update_id": True},
            {"update_id": 77, "message": "not a message"}, {"update_id": 78, "message": {"text": "no chat"}},
        ]
        assert [post(hook, body, SECRET) for body in bad] == [400] * len(bad)
        update = api.make_text(USER, USER, QUESTION)  # and a good one after them is answered
        assert post(hook, update, SECRET) == 200
        api.wait_for(lambda: api.replies_to(update["message"]), timeout=10, what="the answer")
    finally:
        code, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err and "CRITICAL" not in err and "ERROR" not in err
    assert err.count("(400)") == len(bad)  # one line each
    assert not api.sent(USER)[1:]


def test_webhook_journals_an_update_before_200_so_a_kill_loses_nothing(api: FakeBotApi, index_path: Path) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/hook"
    api.faults = lambda method, params: Fault(drop=True) if method == "sendMessage" else None  # never sent
    first = start(api, index_path, webhook_url=hook, port=port, secret_token=SECRET)
    try:
        api.wait_for(lambda: api.calls_to("setWebhook"), timeout=20, what="setWebhook")
        update = api.make_text(USER, USER, QUESTION)
        assert post(hook, update, SECRET) == 200  # Telegram will not send it again
        api.wait_for(lambda: api.calls_to("sendMessage"), timeout=10, what="the answer on its way")
    finally:
        first.kill()
        first.communicate(timeout=10)
    assert api.replies_to(update["message"]) == []  # the answer was lost with the process ...
    api.faults = None
    second = start(api, index_path, webhook_url=hook, port=port, secret_token=SECRET)
    try:
        [reply] = api.wait_for(lambda: api.replies_to(update["message"]), timeout=20, what="the answer")
        assert "5322" in reply.text  # ... not the question: answered after the restart
    finally:
        code, err = stop(second, signal.SIGTERM)
    assert code == 0, err
    assert "answering 1 question(s) fetched before the last stop" in err
    assert len(api.replies_to(update["message"])) == 1


@pytest.mark.parametrize("secret", ["has space", "x" * 257, "", "引号"])
def test_a_secret_token_telegram_would_refuse_is_one_line_and_status_2(
    api: FakeBotApi, index_path: Path, secret: str
) -> None:
    process = start(api, index_path, webhook_url="https://bot.example.org/hook", port=free_port(),
                    secret_token=secret)
    _, err = process.communicate(timeout=30)
    lines = [line for line in err.splitlines() if line.strip()]
    assert process.returncode == 2
    assert len(lines) == 1 and "secret token" in lines[0] and (not secret or secret not in lines[0]), err
    assert not api.calls  # refused before anything was sent


def test_rejected_token_is_one_clear_line(api: FakeBotApi, index_path: Path) -> None:
    process = start(api, index_path, token="42:not-the-token")
    _, err = process.communicate(timeout=30)
    assert process.returncode != 0
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "rejected the bot token" in lines[0] and "not-the-token" not in lines[0]
    assert [c.status for c in api.calls] == [401]


def test_missing_token_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.telegram.app import run

    code = run("  ", index_path=None, webhook_url=None, listen="127.0.0.1", port=8443, secret_token=None,
               base_url=None)
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in err


def test_unreachable_api_server_is_retried_then_one_clear_line(index_path: Path) -> None:
    gone = FakeBotApi(port=free_port())  # never started: nothing listens on its port
    started = time.monotonic()
    process = start(gone, index_path, start_attempts=4, start_backoff=0.2)
    _, err = process.communicate(timeout=30)
    lines = [line for line in err.splitlines() if line.strip()]
    assert process.returncode == 1
    retries = [line for line in lines if "WARNING" in line and "cannot reach the Telegram Bot API" in line]
    assert [line.split("(attempt ")[1] for line in retries] == ["2 of 4)", "3 of 4)", "4 of 4)"]
    assert "trying again in 0.2 s" in retries[0] and "in 0.8 s" in retries[2]  # the waits double
    assert time.monotonic() - started >= 0.2 + 0.4 + 0.8
    assert lines[-1].startswith("qabot: error: cannot reach the Telegram Bot API") and "tried 4 times" in lines[-1]
    assert len(lines) == 4 and "Traceback" not in err, err


def test_start_up_waits_for_an_api_server_started_late(index_path: Path) -> None:
    late = FakeBotApi(port=free_port())
    process = start(late, index_path, start_attempts=6, start_backoff=0.5)
    lines: list[str] = []
    tried = threading.Event()

    def read() -> None:  # the bot's stderr as it comes: the server starts once a try has failed, however slow the start
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)
            if "cannot reach the Telegram Bot API" in line:
                tried.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert tried.wait(timeout=30), "".join(lines)
        with late:
            late.wait_for(lambda: late.calls_to("getUpdates"), timeout=20, what="polling to start")
            question = late.send_text(USER, USER, QUESTION)
            [reply] = late.wait_for(lambda: late.replies_to(question), timeout=10, what="the answer")
            assert "5322" in reply.text
            process.send_signal(signal.SIGINT)
            code = process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    reader.join(timeout=5)
    err = "".join(lines)
    assert code == 0, err
    retries = [line for line in err.splitlines() if "cannot reach the Telegram Bot API" in line]
    assert 1 <= len(retries) <= 3 and all("WARNING" in line for line in retries), err
    assert "Traceback" not in err and "error:" not in err


@pytest.mark.parametrize("token", ["", "42:not-the-token"])
def test_qabot_telegram_command_fails_with_one_line(api: FakeBotApi, index_path: Path, token: str) -> None:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": api.url, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot", "telegram", "--index", str(index_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=30)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode != 0
    assert len(lines) == 1 and "token" in lines[0], done.stderr
