"""The question-answering service the handlers call: a reloadable engine and the chats' conversations."""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections.abc import Callable, Hashable

from index.answering.dialog import CONTEXT_TTL, MAX_CONVERSATIONS, Conversations, Reply
from index.answering.engine import Engine
from index.types import Passage, Result

log = logging.getLogger(__name__)

EngineLoader = Callable[[], Engine]

#: Questions longer than this are cut before they reach the engine.
MAX_QUESTION_CHARS = 500


class QaService:
    """Holds the engine; loads it off the event loop and swaps it only when a reload succeeds.

    It also keeps every chat's conversation (bounded in number, each forgetting its context after a quiet
    spell). They reach the engine through this service, so after a /reload they answer from the new one.
    """

    def __init__(self, loader: EngineLoader, *, max_conversations: int = MAX_CONVERSATIONS,
                 context_ttl: float = CONTEXT_TTL) -> None:
        self._loader = loader
        self._engine: Engine | None = None
        self._reloading = asyncio.Lock()
        self.context_ttl = context_ttl
        self.conversations = Conversations(lambda: self.engine, max_chats=max_conversations, ttl=context_ttl)

    @property
    def engine(self) -> Engine:
        """The engine now serving."""
        if self._engine is None:
            raise RuntimeError("the index is not loaded yet")
        return self._engine

    @property
    def tag(self) -> str:
        """A short mark of the loaded index, put in buttons that refer to passage positions."""
        info = self.engine.info()
        return format(zlib.crc32(f"{info.get('built_at')}|{info.get('passages')}".encode()) & 0xFFFF, "x")

    async def load(self) -> Engine:
        """Load (or reload) the index in a worker thread; on failure the old engine keeps serving."""
        async with self._reloading:
            engine = await asyncio.to_thread(self._loader)
            self._engine = engine
            info = engine.info()
            log.info("index loaded: %s documents, %s passages", info.get("documents"), info.get("passages"))
            return engine

    def ask(self, question: str, k: int = 2, offset: int = 0, prefer: Passage | None = None) -> Result:
        """Ask the engine a single question (no conversation).

        Answering is pure-Python CPU work of about a millisecond; it is called directly
        on the event loop, as a worker thread would only add a hand-off (the GIL keeps
        it from running in parallel anyway). Loading, which takes seconds, runs in a thread.
        """
        return self.engine.ask(question[:MAX_QUESTION_CHARS], k=k, offset=offset, prefer=prefer)

    def reply(self, chat: Hashable, text: str) -> Reply:
        """Answer a message in the conversation of `chat`, follow-ups included.

        Synchronous like :meth:`ask`: a chat's context is read and updated with no await in between,
        so messages handled concurrently cannot interleave inside one conversation's step.
        """
        return self.conversations.reply(chat, text[:MAX_QUESTION_CHARS])
