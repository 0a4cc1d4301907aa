"""Bounded per-chat memory behind inline buttons.

Callback data is limited to 64 bytes, so a button carries a short key and the question
(or the list of suggested questions) stays here. Both the number of chats and the
number of entries per chat are capped; the least recently used go first, and a button
whose entry is gone is reported as expired.
"""

from __future__ import annotations

import itertools
import secrets
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

MAX_CHATS = 10_000
MAX_ENTRIES_PER_CHAT = 50
#: Button presses remembered (to answer a second press of the same button without sending again).
MAX_PRESSES = 10_000


@dataclass(frozen=True)
class Entry:
    """What a button needs: the question asked, or the questions offered."""

    questions: tuple[str, ...]
    # id of the passage the answer showed first (a conversation may answer from another than the top hit)
    anchor: str | None = None


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


class ButtonStore:
    """An LRU of chats, each an LRU of entries under short keys."""

    def __init__(self, max_chats: int = MAX_CHATS, max_entries: int = MAX_ENTRIES_PER_CHAT) -> None:
        self.max_chats = max_chats
        self.max_entries = max_entries
        self._chats: OrderedDict[int, OrderedDict[str, Entry]] = OrderedDict()
        # a random start keeps keys from an earlier run from naming this run's entries
        self._counter = itertools.count(secrets.randbelow(36**5))

    def put(self, chat_id: int, *questions: str, anchor: str | None = None) -> str:
        """Remember questions for a chat; returns the key to put in callback data."""
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = OrderedDict()
            while len(self._chats) > self.max_chats:
                self._chats.popitem(last=False)
        self._chats.move_to_end(chat_id)
        key = _base36(next(self._counter))
        chat[key] = Entry(tuple(questions), anchor)
        while len(chat) > self.max_entries:
            chat.popitem(last=False)
        return key

    def get(self, chat_id: int, key: str) -> Entry | None:
        """The entry under `key`, or None if it expired."""
        chat = self._chats.get(chat_id)
        entry = chat.get(key) if chat is not None else None
        if chat is not None and entry is not None:
            self._chats.move_to_end(chat_id)
            chat.move_to_end(key)
        return entry

    def __len__(self) -> int:
        return sum(len(chat) for chat in self._chats.values())

    @property
    def chats(self) -> int:
        """How many chats are remembered."""
        return len(self._chats)


class Presses:
    """Buttons already pressed, the most recent :data:`MAX_PRESSES`: a second press sends nothing again."""

    def __init__(self, limit: int = MAX_PRESSES) -> None:
        self.limit = limit
        self._seen: OrderedDict[Hashable, None] = OrderedDict()

    def first(self, press: Hashable) -> bool:
        """Whether this is the first press (and remember it)."""
        if press in self._seen:
            self._seen.move_to_end(press)
            return False
        self._seen[press] = None
        while len(self._seen) > self.limit:
            self._seen.popitem(last=False)
        return True

    def forget(self, press: Hashable) -> None:
        """The press did not get its message out: a new press tries again."""
        self._seen.pop(press, None)
