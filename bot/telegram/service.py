"""The question-answering service the handlers call: a reloadable engine and the chats' conversations."""

from __future__ import annotations

import asyncio
import logging
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable

from bot.telegram.state import EMPTY, Thread, Turn
from index.answering.dialog import CONTEXT_TTL, MAX_CONVERSATIONS, Conversation, Conversations, Reply
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

    A conversation is also kept as a :class:`~bot.telegram.state.Thread`, the turns that made it, which the
    handlers store with the chat (and persistence across restarts). Each call names the thread it continues;
    when the engine's conversation does not hold that thread (after a restart, when the conversation was
    dropped, or to continue the conversation of another answer) the thread's turns are replayed into it
    first, at the times they happened, so that the context expires when it would have.
    """

    def __init__(self, loader: EngineLoader, *, max_conversations: int = MAX_CONVERSATIONS,
                 context_ttl: float = CONTEXT_TTL) -> None:
        self._loader = loader
        self._engine: Engine | None = None
        self._reloading = asyncio.Lock()
        self.context_ttl = context_ttl
        self._max = max_conversations
        self._shift = 0.0  # seconds the conversations' clock is set back while a thread is replayed
        self.conversations = Conversations(lambda: self.engine, max_chats=max_conversations, ttl=context_ttl,
                                           clock=self._clock)
        # which thread each engine conversation holds (the conversation object too: it may have been dropped)
        self._live: OrderedDict[Hashable, tuple[Conversation, Thread]] = OrderedDict()
        self.replays = 0  # threads replayed (for tests and logs)

    def _clock(self) -> float:
        return time.monotonic() + self._shift

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

    def reply(self, chat: Hashable, text: str, thread: Thread = EMPTY) -> tuple[Reply, Thread]:
        """Answer a message in the conversation `thread` (held by `chat`'s conversation from then on), follow-ups
        included; the reply and the thread one turn on.

        Synchronous like :meth:`ask`: a chat's context is read and updated with no await in between,
        so messages handled concurrently cannot interleave inside one conversation's step.
        """
        text = text[:MAX_QUESTION_CHARS]
        conversation = self._resume(chat, thread)
        turn = Turn(time.time(), text=text)
        reply = conversation.reply(text)
        return reply, self._hold(chat, conversation, thread.then(turn, self.context_ttl))

    def seen(self, chat: Hashable, thread: Thread, turn: Turn) -> Thread:
        """A button showed passages (a "seen" turn: see ``Conversation.seen``) in the conversation `thread`; the
        thread one turn on."""
        conversation = self._resume(chat, thread)
        self._replay(conversation, turn)
        return self._hold(chat, conversation, thread.then(turn, self.context_ttl))

    def forget(self, chat: Hashable) -> None:
        """Start `chat`'s conversation afresh."""
        conversation = self.conversations.get(chat)
        conversation.forget()
        self._hold(chat, conversation, EMPTY)

    def _hold(self, chat: Hashable, conversation: Conversation, thread: Thread) -> Thread:
        self._live[chat] = (conversation, thread)
        self._live.move_to_end(chat)
        while len(self._live) > self._max:
            self._live.popitem(last=False)
        return thread

    def _replay(self, conversation: Conversation, turn: Turn) -> None:
        """Take one turn in `conversation`."""
        if turn.text is not None:
            conversation.reply(turn.text)
        elif turn.question is not None:
            anchor = self.engine.passage(turn.anchor) if turn.anchor else None
            conversation.seen(turn.question, turn.shown, anchor)

    def _resume(self, chat: Hashable, thread: Thread) -> Conversation:
        """`chat`'s conversation, holding `thread` (replayed into it if it does not)."""
        conversation = self.conversations.get(chat)
        live = self._live.get(chat)
        if live is not None and live[0] is conversation and (live[1] is thread or live[1].turns == thread.turns):
            return conversation
        conversation.forget()
        try:
            for turn in thread.turns:
                self._shift = turn.at - time.time()  # the conversation's clock reads the turn's time
                self._replay(conversation, turn)
        finally:
            self._shift = 0.0
        if thread.turns:
            self.replays += 1
        self._hold(chat, conversation, thread)
        return conversation
