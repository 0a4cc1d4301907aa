"""Bounded per-chat memory behind inline buttons.

Callback data is limited to 64 bytes, so a button carries a short key and the question
(or the list of suggested questions) stays here. Both the number of chats and the
number of entries per chat are capped; the least recently used go first, and a button
whose entry is gone is reported as expired.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Hashable
from dataclasses import dataclass

from index.cache import LRUCache

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
        self._chats: LRUCache[int, LRUCache[str, Entry]] = LRUCache(max_chats)
        # a random start keeps keys from an earlier run from naming this run's entries
        self._counter = itertools.count(secrets.randbelow(36**5))

    def put(self, chat_id: int, *questions: str, anchor: str | None = None) -> str:
        """Remember questions for a chat; returns the key to put in callback data."""
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = LRUCache(self.max_entries)
        key = _base36(next(self._counter))
        chat[key] = Entry(tuple(questions), anchor)
        return key

    def get(self, chat_id: int, key: str) -> Entry | None:
        """The entry under `key`, or None if it expired."""
        chat = self._chats.peek(chat_id)
        entry = chat.get(key) if chat is not None else None
        if entry is not None:
            self._chats.get(chat_id)  # the chat is now the most recent too
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
