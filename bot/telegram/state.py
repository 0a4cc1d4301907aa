"""What the bot remembers of each chat, in a form that survives restarts.

PTB keeps one :class:`ChatState` per chat in ``context.chat_data`` (see ``ContextTypes`` in
:mod:`bot.telegram.app`), and :mod:`bot.telegram.persistence` writes it to the state directory as JSON
after every update. A chat's state holds

- the buttons' entries: callback data is limited to 64 bytes, so a button carries a short key and the
  question it pages through (or the questions it offers) stays here;
- each member's conversation, as a :class:`Thread`: the turns that made it (the messages read in it, the
  passages a button showed), which :class:`~bot.telegram.service.QaService` replays into the engine's
  conversation when it does not hold it (after a restart, or to continue another answer's conversation);
- the conversation behind each answer the bot sent, so that a reply to an answer continues that answer's
  conversation, whoever asked it.

Everything is bounded (entries, answers and members per chat); the least recently used go first, and a
button whose entry is gone is reported as expired.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from index.cache import LRUCache

MAX_ENTRIES_PER_CHAT = 50
#: Answers per chat whose conversation is remembered (for replies to them).
MAX_ANSWERS_PER_CHAT = 50
#: Members of a group whose conversation is remembered.
MAX_MEMBERS_PER_CHAT = 100
#: Chats remembered at all; the least recently used are forgotten first (see handlers.chat_state).
MAX_CHATS = 10_000
#: Turns of a conversation kept (and replayed): the context of a conversation rarely reaches further back.
MAX_TURNS = 8
#: Button presses remembered (to answer a second press of the same button without sending again).
MAX_PRESSES = 10_000
#: Version of the JSON form of a chat's state.
FORMAT = 1

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True)
class Entry:
    """What a button needs: the question asked, or the questions offered."""

    questions: tuple[str, ...]
    # id of the passage the answer showed first (a conversation may answer from another than the top hit)
    anchor: str | None = None


@dataclass(frozen=True)
class Turn:
    """One step of a conversation: a message read in it (`text`), or the first `shown` passages for
    `question` shown by a button, the last of them `anchor` (a passage id). `at` is the wall-clock time."""

    at: float
    text: str | None = None
    question: str | None = None
    shown: int = 0
    anchor: str | None = None

    def to_json(self) -> list[Any]:
        if self.text is not None:
            return [self.at, self.text]
        return [self.at, self.question, self.shown, self.anchor]

    @classmethod
    def from_json(cls, data: Any) -> Turn | None:
        if isinstance(data, list) and len(data) == 2 and _number(data[0]) and isinstance(data[1], str):
            return cls(float(data[0]), text=data[1])
        if isinstance(data, list) and len(data) == 4 and _number(data[0]) and isinstance(data[1], str) \
                and isinstance(data[2], int) and isinstance(data[3], str | None):
            return cls(float(data[0]), question=data[1], shown=data[2], anchor=data[3])
        return None


@dataclass(frozen=True)
class Thread:
    """A conversation as the turns that made it, and its question as the user was shown it: `asked` is
    (the question as the engine understood it, the same in the user's own words)."""

    turns: tuple[Turn, ...] = ()
    asked: tuple[str, str] | None = None

    def then(self, turn: Turn, ttl: float) -> Thread:
        """This conversation one turn on: the last :data:`MAX_TURNS`, none from before a quiet spell longer than
        `ttl` (the context was forgotten there, so what came before cannot matter)."""
        turns = (*self.turns, turn)
        for i in range(len(turns) - 1, 0, -1):
            if turns[i].at - turns[i - 1].at > ttl:
                turns = turns[i:]
                break
        return Thread(turns[-MAX_TURNS:], self.asked)

    def worded(self, understood: str, shown: str) -> Thread:
        """The same conversation, its question shown to the user as `shown`."""
        return Thread(self.turns, (understood, shown))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"t": [turn.to_json() for turn in self.turns]}
        if self.asked is not None:
            out["q"] = list(self.asked)
        return out

    @classmethod
    def from_json(cls, data: Any) -> Thread:
        if not isinstance(data, dict):
            return EMPTY
        turns = tuple(t for t in (Turn.from_json(x) for x in data.get("t") or ()) if t is not None)
        asked = data.get("q")
        pair = (asked[0], asked[1]) if isinstance(asked, list) and len(asked) == 2 and \
            all(isinstance(x, str) for x in asked) else None
        return cls(turns[-MAX_TURNS:], pair)


EMPTY = Thread()


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def _bounded(items: OrderedDict[K, V], key: K, value: V, most: int) -> None:
    items[key] = value
    items.move_to_end(key)
    while len(items) > most:
        items.popitem(last=False)


class ChatState:
    """One chat's memory (see the module docstring); PTB's ``chat_data`` for the chat."""

    def __init__(self) -> None:
        self.buttons: OrderedDict[str, Entry] = OrderedDict()
        self.threads: OrderedDict[str, Thread] = OrderedDict()  # member → their conversation
        self.answers: OrderedDict[int, Thread] = OrderedDict()  # the bot's message id → its conversation
        # a random start keeps a button from an earlier run without persistence from naming this run's entries
        self.counter = secrets.randbelow(36**5)
        self.touched = time.time()

    # --- buttons ------------------------------------------------------------------------------------------
    def put(self, *questions: str, anchor: str | None = None) -> str:
        """Remember questions for a button; returns the key to put in callback data."""
        while (key := _base36(self.counter)) in self.buttons:
            self.counter += 1
        self.counter += 1
        _bounded(self.buttons, key, Entry(tuple(questions), anchor), MAX_ENTRIES_PER_CHAT)
        return key

    def get(self, key: str) -> Entry | None:
        """The entry under `key`, or None if it expired."""
        entry = self.buttons.get(key)
        if entry is not None:
            self.buttons.move_to_end(key)
        return entry

    # --- conversations ------------------------------------------------------------------------------------
    def thread(self, member: str) -> Thread:
        """The member's conversation in this chat (empty if none)."""
        return self.threads.get(member, EMPTY)

    def set_thread(self, member: str, thread: Thread) -> None:
        _bounded(self.threads, member, thread, MAX_MEMBERS_PER_CHAT)

    def answered(self, message_ids: Iterable[int], thread: Thread) -> None:
        """The bot's messages `message_ids` answer in `thread` (a reply to one continues it)."""
        for message_id in message_ids:
            _bounded(self.answers, message_id, thread, MAX_ANSWERS_PER_CHAT)

    def thread_of(self, message_id: int) -> Thread | None:
        """The conversation one of the bot's messages answered in, if remembered."""
        return self.answers.get(message_id)

    # --- copying and JSON ---------------------------------------------------------------------------------
    def __deepcopy__(self, memo: dict[int, Any]) -> ChatState:
        # entries and threads are immutable: copying the containers is a deep copy (PTB copies before saving)
        copy = ChatState.__new__(ChatState)
        copy.buttons, copy.threads, copy.answers = OrderedDict(self.buttons), OrderedDict(self.threads), \
            OrderedDict(self.answers)
        copy.counter, copy.touched = self.counter, self.touched
        return copy

    def to_json(self) -> dict[str, Any]:
        """The JSON form (never pickle)."""
        return {
            "v": FORMAT, "n": self.counter, "at": self.touched,
            "b": {k: [list(e.questions), e.anchor] for k, e in self.buttons.items()},
            "m": {member: t.to_json() for member, t in self.threads.items()},
            "a": [[message_id, t.to_json()] for message_id, t in self.answers.items()],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChatState:
        """Read the JSON form back; what does not fit is left out."""
        state = cls()
        if data.get("v") != FORMAT:
            return state
        if isinstance(data.get("n"), int):
            state.counter = data["n"]
        if _number(data.get("at")):
            state.touched = float(data["at"])
        for key, value in (data.get("b") or {}).items():
            if isinstance(value, list) and len(value) == 2 and isinstance(value[0], list) and \
                    all(isinstance(q, str) for q in value[0]) and isinstance(value[1], str | None):
                state.buttons[str(key)] = Entry(tuple(value[0]), value[1])
        for member, value in (data.get("m") or {}).items():
            state.threads[str(member)] = Thread.from_json(value)
        for item in data.get("a") or ():
            if isinstance(item, list) and len(item) == 2 and isinstance(item[0], int):
                state.answers[item[0]] = Thread.from_json(item[1])
        return state


class Presses:
    """Buttons already pressed, the most recent :data:`MAX_PRESSES`: a second press sends nothing again."""

    def __init__(self, limit: int = MAX_PRESSES) -> None:
        self.limit = limit
        self._seen: LRUCache[Hashable, bool] = LRUCache(limit)

    def first(self, press: Hashable) -> bool:
        """Whether this is the first press (and remember it)."""
        if self._seen.get(press):
            return False
        self._seen[press] = True
        return True

    def forget(self, press: Hashable) -> None:
        """The press did not get its message out: a new press tries again."""
        self._seen.pop(press)
