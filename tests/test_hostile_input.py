"""Hostile input through the CLI and the bot: a fixed list, then hypothesis.

Every text gets an answer or a clear "not in the report" (the CLI exits 0, or 2 with one
line for a usage error), never a traceback; every bot reply is valid Telegram HTML (the
fake Bot API server parses it as Telegram does and rejects anything else).
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import cli
from bot.telegram.app import App
from index.answering.engine import Engine
from tests.conftest import ROOT
from tests.fakebotapi import FakeBotApi, parse_html
from tests.telegram_fixtures import Loader, running_bot

pytestmark = pytest.mark.timeout(120)

HOSTILE = [
    "", " ", "\t\n ", "\u3000\u3000",  # empty, whitespace, ideographic spaces
    "x" * 4096, "报" * 4096, "刘云山什么时候来安徽调研?" * 300,  # a full message, and over
    "\x00", "\x00\x01\x02\x07\x08\x1b[31m红色\x1b[0m\x7f", "问\r\n题\x0b\x0c",  # control characters
    "\u200b\u200c\u200d\u2060\ufeff", "刘\u200b云\u200c山什么时候来安徽调研?",  # zero-width
    "\u202e\u202d\u200f\u200e\u061c 右到左 \u2067x\u2069", "\u202eرسالة عربية",  # bidi marks, RTL text
    "👨‍👩‍👧‍👦🏳️‍🌈👍🏽🇨🇳", "😀" * 500, "\U0001f9d1\u200d\U0001f4bb 问题?",  # emoji sequences
    "<b>", "&amp;", "</blockquote>", "<blockquote><blockquote>", "<b>北京</b> & <天气>?", "&lt;&gt;&#0;&#x110000;",
    "<a href=\"javascript:alert(1)\">点我</a>", "<script>alert(1)</script>", "<tg-spoiler>", "<pre><code>",
    "**粗体** __下划线__ _斜体_ `代码` ```块``` [链接](http://x) ||剧透|| \\*", "*", "_", "`",
    "../../../../etc/passwd", "C:\\Windows\\System32\\config", "/dev/zero", "file:///etc/shadow", "~/.ssh/id_rsa",
    "'; DROP TABLE questions; --", "1' OR '1'='1", "\" OR 1=1 --", "${jndi:ldap://x}", "{{7*7}}", "%s%s%n",
    "1234567890", "0", "-1", "5322", "2014", "9" * 4000,  # digits only
    "hello world", "What did the report say?", "ABC", "a" * 1000,  # Latin only
    "/start", "/ask", "/ask ", "/reload", "/ask@qabot_test_bot", "@qabot_test_bot",
    "\ufffd\ufffd", "\U0010ffff\U000e0001", "\u0300\u0301\u0302",  # replacement, non-characters, lone marks
]

NOT_FOUND_CLI = "报道中没有找到这个问题的答案"


# --- the CLI --------------------------------------------------------------------------------------------------
@pytest.fixture
def in_process_cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """`qabot` in this process, answering from the session's engine (no index load per call), its stdin empty
    (as `qabot ask … </dev/null`)."""
    monkeypatch.setattr(cli, "_engine", lambda args: engine)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    return engine


def run_cli(args: list[str]) -> int:
    try:
        return cli.main(args)
    except SystemExit as exc:  # argparse's own errors exit
        return int(exc.code or 0)


def check_cli(text: str, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_cli(["ask", text])
    out, err = capsys.readouterr()
    if text == "--":  # the end of options, no question: questions are read from stdin, one answer each (none here)
        assert code == 0 and out == "" and err == "", err
        return
    if text in ("-h", "--help"):  # ask's own help
        assert code == 0 and out.startswith("usage: qabot ask") and err == ""
        return
    if code == 2:  # a usage error (e.g. the text starts with "-"): one line
        assert len(err.strip().splitlines()) == 1 and "error" in err and "\x1b" not in err, err
        return
    assert code == 0, err
    assert err == "" and out.strip()
    status = engine.ask(text.strip(), k=3).status
    if status == "none":
        assert NOT_FOUND_CLI in out
    elif status == "partial":
        assert out.startswith("报道没有提到")
    code = run_cli(["ask", "--json", "--", text])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    row = json.loads(out)
    assert isinstance(row["answered"], bool) and row["answered"] == (row["status"] == "answered")
    assert (row["answer"] is not None) == (row["status"] in ("answered", "partial"))


@pytest.mark.parametrize("text", [*HOSTILE, "报道" * 50000], ids=range(len(HOSTILE) + 1))
def test_cli_answers_every_hostile_question(text: str, in_process_cli: Engine,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    check_cli(text, in_process_cli, capsys)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from([*HOSTILE[:60], "刘云山", "调研", "多少", "?", "联系点", " "]), max_size=6).map("".join),
))
@example(text="--")
@example(text="-h")
@example(text="--j")  # (no abbreviation of --json: a usage error, not a question read from stdin)
def test_cli_answers_anything(text: str, in_process_cli: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    check_cli(text, in_process_cli, capsys)


@pytest.mark.slow
def test_cli_process_reads_hostile_stdin_and_arguments(isolated_env: dict[str, str], index_path: Path) -> None:
    """The real process, with a strict UTF-8 terminal: invalid UTF-8, NUL and 100k characters on stdin and argv."""
    env = {**isolated_env, "QABOT_INDEX": str(index_path), "PYTHONIOENCODING": "utf-8"}
    lines = [t.encode() for t in HOSTILE if t.strip() and "\n" not in t and "\r" not in t]
    lines += [b"\xff\xfe\x80 invalid", b"\xc3\x28 \xe2\x82", b"\xed\xa0\x80 surrogate", b"\x00\x00",
              ("报道" * 50_000).encode()]
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], input=b"\n".join(lines) + b"\n",
                          capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert done.returncode == 0 and done.stderr == b"", done.stderr.decode(errors="replace")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(rows) == len([raw for raw in lines if raw.strip()])
    for argv in (b"\xff\xfe\x80", b"a" * 100_000, b"<b>&amp;</blockquote>", b"\x1b[2J"):
        for mode in ([], ["--json"]):
            done = subprocess.run([sys.executable, "-m", "bot", "ask", *mode, os.fsdecode(argv)],
                                  capture_output=True, env=env, cwd=ROOT, timeout=60)
            assert done.returncode == 0 and done.stderr == b"", done.stderr.decode(errors="replace")
            assert done.stdout.strip()
    chat = subprocess.run([sys.executable, "-m", "bot", "chat"], input=b"\xff\xfe\n\x00\n" + lines[0] + b"\n",
                          capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert chat.returncode == 0 and b"Traceback" not in chat.stderr, chat.stderr.decode(errors="replace")
    assert NOT_FOUND_CLI.encode() in chat.stdout


# --- the bot --------------------------------------------------------------------------------------------------
class Errors(logging.Handler):
    """Collects ERROR records (a handler's failure is logged with its traceback at ERROR)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class ThreadedBot:
    """The bot polling the fake server on its own event loop in a thread, for synchronous (hypothesis) tests."""

    def __init__(self, api: FakeBotApi, loader: Loader, **options: Any) -> None:
        self.api, self.loader, self.options = api, loader, options
        self.app: App | None = None
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._main, name="bot", daemon=True)

    def _main(self) -> None:
        async def serve() -> None:
            self._stop = asyncio.Event()
            async with running_bot(self.api, self.loader, **self.options) as app:
                self.app = app
                self._ready.set()
                await self._stop.wait()

        self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(serve())
        self._loop.close()

    def __enter__(self) -> ThreadedBot:
        self._thread.start()
        assert self._ready.wait(30), "the bot did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)


@pytest.fixture(scope="module")
def bot_api(index_path: Path) -> Iterator[tuple[FakeBotApi, Errors]]:
    errors = Errors()
    logging.getLogger().addHandler(errors)
    try:
        with FakeBotApi() as api, ThreadedBot(api, Loader(index_path), flood_limits=None,
                                              question_limit=(1_000_000, 1.0)):
            yield api, errors
    finally:
        logging.getLogger().removeHandler(errors)


def check_bot(api: FakeBotApi, errors: Errors, text: str, chat_id: int, chat_type: str = "private") -> None:
    before = len(api.calls)
    message = api.send_text(chat_id, chat_id if chat_type == "private" else 77, text, chat_type)
    replies = api.wait_for(lambda: api.replies_to(message), timeout=10, what=f"a reply to {text[:40]!r}")
    first = replies[0]
    for call in api.calls[before:]:
        if call.method == "sendMessage":
            api.wait_for(lambda c=call: c.done, timeout=10)  # type: ignore[misc]
    rejected = [(c.method, c.error) for c in api.calls[before:] if c.done and not c.ok and c.method != "getUpdates"]
    assert not rejected, rejected
    parse_html(first.html)  # valid Telegram HTML (the server accepted it, too)
    assert "出错" not in first.text  # the apology for a failed handler
    assert not errors.records, [r.getMessage() for r in errors.records]


def test_bot_answers_every_hostile_message(bot_api: tuple[FakeBotApi, Errors]) -> None:
    api, errors = bot_api
    for i, text in enumerate(HOSTILE):
        check_bot(api, errors, text, chat_id=8000 + i)  # a chat each: no follow-up context between them
        if text.strip() and len(text) < 4000:
            check_bot(api, errors, f"/ask {text}", chat_id=-1008000 - i, chat_type="supergroup")
    for text in HOSTILE:
        inline = api.inline_query(9000, text)
        api.wait_for(lambda q=inline: q["id"] in api.inline_answers, timeout=10,  # type: ignore[misc]
                     what=f"the inline answer to {text[:40]!r}")
    rejected = [(c.method, c.error) for c in api.calls if c.done and not c.ok and c.method != "getUpdates"]
    assert not rejected
    assert not errors.records


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.sampled_from([*HOSTILE[:60], "刘云山", "多少", "?", "<", "&", ">"]), max_size=5).map("".join),
), chat=st.integers(min_value=1, max_value=30))
def test_bot_answers_anything(bot_api: tuple[FakeBotApi, Errors], text: str, chat: int) -> None:
    api, errors = bot_api
    check_bot(api, errors, text, chat_id=8500 + chat)  # a few chats: follow-ups meet hostile context too
