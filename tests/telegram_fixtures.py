"""Helpers for the Telegram tests (and the Telegram benchmarks): run the real bot against the fake Bot API
server, play dialogs through it and read what its replies show."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.telegram import texts
from bot.telegram.app import ALLOWED_UPDATES, App, build_application
from bot.telegram.delivery import Delivery, FloodLimits
from bot.telegram.handlers import DEPS, Deps
from bot.telegram.replies import short_citation
from index.answering.engine import Engine
from index.answering.loading import load_engine
from index.errors import QabotError
from index.evaluation import DialogReport, loose
from index.types import Passage
from tests.fakebotapi import TOKEN, FakeBotApi, SentMessage, entity_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

USER = 1001  # a user in a private chat (private chat id == user id)
OTHER = 1002
ADMIN = 4242
GROUP = -100777


class Loader:
    """An engine loader whose next loads can be made to fail (a bad rebuild)."""

    def __init__(self, index_path: Path, corpus_dir: Path = CORPUS) -> None:
        self.index_path = index_path
        self.corpus_dir = corpus_dir
        self.fail = False
        self.loads = 0

    def __call__(self) -> Engine:
        self.loads += 1
        if self.fail:
            raise QabotError(f"the rebuilt index {self.index_path} is damaged", "run `qabot index build` again")
        return load_engine(index_path=self.index_path, corpus_dir=self.corpus_dir)


@asynccontextmanager
async def running_bot(
    api: FakeBotApi, loader: Callable[[], Engine], token: str = TOKEN, poll_timeout: int = 5, **options: Any
) -> AsyncIterator[App]:
    """The bot polling the fake server, started and stopped in the order `run_polling` uses.

    `options` go to `build_application` (e.g. ``journal=``, ``flood_limits=``, ``http_timeout=``).
    """
    options.setdefault("admins", {ADMIN})
    # the overall and group limits as in production; one chat's sends are not paced here (a test is one
    # user sending quickly): that pacing is tested in test_telegram_faults.py and test_telegram_delivery.py
    options.setdefault("flood_limits", FloodLimits(chat=1000))
    app = build_application(token, loader, base_url=api.base_url, **options)
    await app.initialize()
    try:
        assert app.post_init is not None
        await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES)
        await app.start()
        try:
            yield app
        except BaseException:
            if isinstance(app.bot.rate_limiter, Delivery):
                app.bot.rate_limiter.close()  # a failed test's questions waiting their turn are not waited for
            raise
        finally:  # unless the test stopped it itself (e.g. with shutdown.stop_gracefully)
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()


def deps_of(app: App) -> Deps:
    """The bot's shared services."""
    deps = app.bot_data[DEPS]
    assert isinstance(deps, Deps)
    return deps


def cited(message: SentMessage) -> str:
    """The citation line of an answer ("导语 · 第2段"): which passage it shows."""
    return next(line.removeprefix("📄 ") for line in message.text.splitlines() if line.startswith("📄 "))


def citation(engine: Engine, passage: Passage) -> str:
    """How an answer cites `passage`."""
    return short_citation(engine.citation(passage))


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_accepted(api: FakeBotApi) -> None:
    """Everything the bot sent was accepted (valid HTML, sizes, callback data ...)."""
    rejected = [(c.method, c.error) for c in api.calls if not c.ok and c.method != "getUpdates" and not c.fault]
    assert not rejected


# --- dialogs through the bot ---------------------------------------------------------------------------------
#: How the parts of a reply begin: the question as understood ("问：…"), the next passage's header, the
#: context's title, the citation, a reason's or measure's label, a partial answer's "关于X，报道说：".
ASKED = texts.ASKED_HEADER.split("{", 1)[0]
MORE = tuple(header.rsplit("}", 1)[1] for header in (texts.MORE_HEADER, texts.WHOLE_HEADER, texts.ALL_SAID_HEADER,
                                                             texts.READ_ON_HEADER, texts.ALL_READ_HEADER, texts.LISTED_HEADER))
CONTEXT_TITLE = texts.CONTEXT  # the button's label is the context message's title
CITED = "📄 "
LABELS = tuple(f"{label}：" for label, _ in texts.EXPLAIN.values())
SAID_OF = re.compile("^" + re.escape(texts.SAID_OF).replace(re.escape("{subject}"), ".*?"))
QUOTES = ("blockquote", "expandable_blockquote")


@dataclass(frozen=True)
class Shown:
    """What one reply shows the user from the report, read the way `index.evaluation.shown_text` reads the
    engine's reply: the answer's sentence and lead, the passages of 还有呢? and 具体说说, the sentence stating a
    reason or measure (None: nothing from the report); and whether it claims an answer (a partial one does not)."""

    text: str | None
    confident: bool


def shown(messages: Sequence[SentMessage]) -> Shown:
    """What the messages of one reply show (see :class:`Shown`)."""
    text = "\n".join(m.text for m in messages)
    quotes = [entity_text(m.text, e) for m in messages for e in m.entities if e["type"] in QUOTES]
    lines = text.splitlines()
    if lines[:1] == [CONTEXT_TITLE]:
        return Shown("".join(quotes), True)
    parts: list[Shown] = []
    part: list[str] = []
    for line in lines:  # each answer or passage ends with its citation
        if line.startswith(CITED):
            parts.append(_cited(part, quotes))
            part = []
        else:
            part.append(line)
    if not parts:
        return Shown(None, False)
    return Shown("".join(p.text or "" for p in parts), all(p.confident for p in parts))


def _cited(lines: list[str], quotes: list[str]) -> Shown:
    """What one cited answer, passage or reason shows (its lines up to the citation)."""
    # (the paragraph after the one read on, in the same message, under its own header line)
    lines = lines[next((n for n, line in enumerate(lines) if line.strip()), len(lines)):]
    header = lines[0] if lines and (lines[0].startswith(ASKED) or lines[0] == texts.NEXT_PARAGRAPH) else None
    text = "\n".join(lines[1:] if header else lines)
    inside = [q for q in quotes if q and q in text]
    if header is not None and header.endswith(MORE):  # 还有呢?: the passage (its sentence, where it is all of it)
        return Shown("".join(inside) or text, True)
    for quote in inside:  # an answer's paragraph, folded under its sentence, is context, not the answer
        text = text.replace(quote, "")
    body = [line for line in text.splitlines() if line.strip()]
    said = next((SAID_OF.sub("", line, count=1) for line in body if SAID_OF.match(line)), None)
    if said is not None:  # partial: what the report does not say, then what it says of the subject
        return Shown(said, False)
    if body and body[0].startswith(LABELS):  # the reason or measure, said again in the sentence below it
        body = body[1:]
    elif len(body) == 2:  # the lead in bold, then its sentence (read as the engine's sentence + lead)
        body = body[::-1]
    return Shown("".join(body), True)


def shows(reply: Shown, expect: str | None) -> bool:
    """Is a turn right, by `index.evaluation.turn_ok`'s rule: the expected text is shown, or (expect None) the
    reply does not claim an answer."""
    if expect is None:
        return not reply.confident
    return reply.text is not None and loose(expect) in loose(reply.text)


async def settled(api: FakeBotApi, chat_id: int, quiet: float) -> None:
    """Wait until the bot has sent nothing more to the chat for `quiet` seconds (a reply may be several parts)."""
    count, now = -1, len(api.sent(chat_id))
    while now != count:
        await asyncio.sleep(quiet)
        count, now = now, len(api.sent(chat_id))


async def converse(api: FakeBotApi, chat_id: int, questions: Sequence[str], *, timeout: float = 15.0,
                   quiet: float = 0.1) -> list[list[SentMessage]]:
    """A user asks `questions` in their private chat, each once the last is answered; each reply's messages."""
    replies = []
    for question in questions:
        before = len(api.sent(chat_id))
        await api.reply(api.send_text(chat_id, chat_id, question), timeout=timeout)
        await settled(api, chat_id, quiet)
        replies.append(api.sent(chat_id)[before:])
    return replies


async def play_dialogs(api: FakeBotApi, dialogs: Sequence[dict[str, Any]], first_chat: int = 50_000,
                       **options: Any) -> dict[str, list[list[SentMessage]]]:
    """Every dialog in its own private chat (ids from `first_chat` on), all at once, turn by turn; each turn's
    reply by dialog id. `options` go to :func:`converse`."""
    played = await asyncio.gather(*(converse(api, first_chat + n, [t["q"] for t in dialog["turns"]], **options)
                                    for n, dialog in enumerate(dialogs)))
    return {dialog["id"]: replies for dialog, replies in zip(dialogs, played, strict=True)}


def telegram_report(engine_report: DialogReport, played: dict[str, list[list[SentMessage]]]
                    ) -> tuple[DialogReport, list[dict[str, Any]]]:
    """The dialogs scored as played through Telegram, turn by turn beside the engine's own evaluation of them
    (`evaluate_dialogs`); and the turns where the two differ, in verdict or in what is shown."""
    report = DialogReport(dialogs=len(played))
    differ = []
    for turn in engine_report.turns:
        dialog, n = turn["id"].rsplit("/", 1)
        reply = shown(played[dialog][int(n) - 1])
        ok = shows(reply, turn["expect"])
        report.count(n == "1", ok)
        played_turn = {**turn, "ok": ok, "got": reply.text}
        report.turns.append(played_turn)
        if not ok:
            report.misses.append(played_turn)
        if ok != turn["ok"] or loose(reply.text or "") != loose(turn["got"] or ""):
            differ.append({**played_turn, "engine_ok": turn["ok"], "engine_got": turn["got"]})
    return report, differ
