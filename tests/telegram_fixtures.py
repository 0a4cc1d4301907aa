"""Helpers for the Telegram tests: run the real bot against the fake Bot API server."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.telegram.app import ALLOWED_UPDATES, App, build_application
from bot.telegram.delivery import FloodLimits
from bot.telegram.handlers import DEPS, Deps
from bot.telegram.replies import short_citation
from index.answering.engine import Engine
from index.answering.loading import load_engine
from index.errors import QabotError
from index.types import Passage
from tests.fakebotapi import TOKEN, FakeBotApi, SentMessage

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
