"""Secrets and access: the token never shows, the allowlist and admin ids hold, nothing is unpickled or evaluated."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.telegram import redact
from bot.telegram.access import REFUSAL, Access
from bot.telegram.texts import RELOAD_DENIED
from index.settings import Settings
from tests.fakebotapi import TOKEN, FakeBotApi, Fault, RandomFaults
from tests.telegram_fixtures import ADMIN, GROUP, OTHER, ROOT, USER, Loader, running_bot

pytestmark = pytest.mark.timeout(60)

QUESTION = "全省建立了多少个党员领导干部活动联系点?"
SECRET = TOKEN.split(":", 1)[1]


# --- the token ------------------------------------------------------------------------------------------------
def test_redactor_masks_the_token_and_its_secret_half() -> None:
    mask = redact.Redactor(TOKEN)
    assert mask(f"POST http://x/bot{TOKEN}/getMe") == f"POST http://x/bot{redact.MASK}/getMe"
    assert mask(f"secret={SECRET}!") == f"secret={redact.MASK}!"
    assert redact.Redactor("12:ab")("12:ab and ab") == f"{redact.MASK} and ab"  # a short secret half stays


def test_formatter_masks_messages_arguments_and_tracebacks() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    formatter = redact.RedactingFormatter(handler.formatter, redact.Redactor(TOKEN))
    try:
        raise RuntimeError(f"failed at https://api.telegram.org/bot{TOKEN}/sendMessage")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url %s", (TOKEN,), sys.exc_info())
    text = formatter.format(record)
    assert "Traceback" in text and SECRET not in text and text.count(redact.MASK) == 2


@pytest.mark.slow
def test_token_never_in_output_or_command_line_even_at_debug(api: FakeBotApi, index_path: Path,
                                                             tmp_path: Path) -> None:
    """The real `qabot telegram --token-file` at DEBUG, through faults and a bad request: every output captured."""
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(TELEGRAM_API_BASE_URL=api.url, QABOT_LOG_LEVEL="DEBUG", PYTHONPATH=str(ROOT),
               QABOT_ADMIN_IDS=str(ADMIN))
    every_other = RandomFaults(1.0, kinds=("500", "drop", "429"))
    calls: dict[str, int] = {}

    def faults(method: str, params: dict[str, object]) -> Fault | None:
        calls[method] = calls.get(method, 0) + 1
        return every_other(method, params) if calls[method] % 2 else None  # the 1st, 3rd … call fails
    process = subprocess.Popen([sys.executable, "-m", "bot", "telegram", "--token-file", str(token_file),
                                "--index", str(index_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        api.wait_for(lambda: api.calls_to("getUpdates"), timeout=30, what="polling")
        for where in ("cmdline", "environ"):
            assert TOKEN.encode() not in Path(f"/proc/{process.pid}/{where}").read_bytes()
            assert SECRET.encode() not in Path(f"/proc/{process.pid}/{where}").read_bytes()
        api.faults = faults
        asked = [api.send_text(USER, USER, QUESTION), api.send_text(OTHER, OTHER, "<b>&</b>"),
                 api.send_text(ADMIN, ADMIN, "/reload")]
        api.wait_for(lambda: all(api.replies_to(m) for m in asked), timeout=30, what="the answers")
        api.faults = None
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    everything = out + err
    assert process.returncode == 0, err[-2000:]
    assert every_other.total >= 3
    assert TOKEN not in everything and SECRET not in everything
    assert redact.MASK in everything  # the URLs were logged (httpx at DEBUG), masked
    assert re.search(r"DEBUG (httpx|httpcore|telegram)", everything)  # DEBUG really was on, libraries included


@pytest.mark.slow
def test_rejected_token_is_not_repeated_at_debug(api: FakeBotApi, index_path: Path) -> None:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "42:wrong-Token_abcdefgh", "TELEGRAM_API_BASE_URL": api.url,
           "QABOT_LOG_LEVEL": "DEBUG", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot", "telegram", "--index", str(index_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode != 0
    assert any("qabot: error: Telegram rejected the bot token" in line for line in done.stderr.splitlines())
    assert "wrong-Token_abcdefgh" not in done.stdout + done.stderr


# --- who may use the bot ----------------------------------------------------------------------------------------
def test_allowlist_parsing() -> None:
    for unset in ({}, {"QABOT_ALLOWED_CHATS": "  "}):
        assert Access(Settings.from_env(unset).allowed_chats).allowed is None
    settings = Settings.from_env({"QABOT_ALLOWED_CHATS": "1, -1002,x 3", "QABOT_ADMIN_IDS": "7"})
    assert Access(settings.allowed_chats, admins=settings.admin_ids).allowed == {1, -1002, 3, 7}


async def test_allowlist_refuses_other_chats_with_one_line(api: FakeBotApi, index_path: Path) -> None:
    async with running_bot(api, Loader(index_path), allowed_chats={USER, GROUP}, admins={ADMIN},
                           flood_limits=None):
        allowed = api.send_text(USER, USER, QUESTION)
        assert "5322" in (await api.reply(allowed))[-1].text

        flood = [api.send_text(OTHER, OTHER, f"{QUESTION} {i}") for i in range(3)]
        [refusal] = await api.reply(flood[0])
        assert refusal.text == REFUSAL and "\n" not in refusal.text

        other_group = -100999
        addressed = api.send_text(other_group, OTHER, f"/ask {QUESTION}", "supergroup")
        chatter = api.send_text(other_group, OTHER, "大家好", "supergroup")
        assert (await api.reply(addressed))[-1].text == REFUSAL

        in_group = api.send_text(GROUP, OTHER, f"/ask {QUESTION}", "supergroup")  # anyone in an allowed group
        assert "5322" in (await api.reply(in_group))[-1].text

        admin = api.send_text(ADMIN, ADMIN, "/reload")  # an admin's private chat is always allowed
        await api.reply(admin, count=2, timeout=10)

        inline = api.inline_query(OTHER, QUESTION)
        answer = await api.until(lambda: api.inline_answers.get(inline["id"]), what="the inline answer")
        assert answer["results"] == []

        await api.until(lambda: len(api.sent(OTHER)) >= 1)
    assert len(api.sent(OTHER)) == 1  # one refusal for the three questions
    assert all(api.replies_to(m) == [] for m in flood[1:])
    assert api.replies_to(chatter) == []


async def test_admin_commands_only_for_admins(api: FakeBotApi, index_path: Path) -> None:
    loader = Loader(index_path)
    async with running_bot(api, loader, admins={ADMIN}, flood_limits=None):
        for user in (USER, OTHER):
            denied = api.send_text(user, user, "/reload")
            assert (await api.reply(denied))[-1].text == RELOAD_DENIED
        in_group = api.send_text(GROUP, OTHER, "/reload", "supergroup")
        assert (await api.reply(in_group))[-1].text == RELOAD_DENIED
        assert loader.loads == 1
        admin = api.send_text(ADMIN, ADMIN, "/reload")
        await api.reply(admin, count=2, timeout=10)
        assert loader.loads == 2
