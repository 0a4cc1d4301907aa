"""A small bounded cache: the least recently used entries go first, optionally after a time to live.

One helper for every bounded table of the engine and the bot (conversations by chat, rate limits by user,
buttons, refusal and error notices, flood windows, the update journal's answered ids).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

_MISSING = object()


class LRUCache(Generic[K, V]):
    """At most `max_size` entries. Reading (`get`) or writing an entry makes it the most recent; a new entry
    beyond the size pushes out the least recent.

    With `ttl`, an entry is gone `ttl` seconds (by `clock`) after it was written. `pinned`, if given, says
    which entries are still in use: eviction stops at the least recent entry it pins, and the cache holds
    more than `max_size` until that one can go. `peek` and `in` look without making an entry recent.
    """

    def __init__(self, max_size: int, ttl: float | None = None, clock: Callable[[], float] = time.monotonic,
                 pinned: Callable[[V], bool] | None = None) -> None:
        if max_size < 0:
            raise ValueError("max_size must not be negative")
        self.max_size = max_size
        self.ttl = ttl
        self._clock = clock
        self._pinned = pinned
        self._data: OrderedDict[K, tuple[V, float]] = OrderedDict()  # value, when it was written

    def _alive(self, key: K) -> tuple[V, float] | None:
        item = self._data.get(key, _MISSING)
        if item is _MISSING:
            return None
        assert isinstance(item, tuple)
        if self.ttl is not None and self._clock() - item[1] >= self.ttl:
            del self._data[key]
            return None
        return item

    def get(self, key: K) -> V | None:
        """The value under `key` (now the most recent), or None."""
        item = self._alive(key)
        if item is None:
            return None
        self._data.move_to_end(key)
        return item[0]

    def peek(self, key: K) -> V | None:
        """The value under `key`, or None, leaving the order as it is."""
        item = self._alive(key)
        return None if item is None else item[0]

    def __contains__(self, key: object) -> bool:
        return self._alive(key) is not None  # type: ignore[arg-type]

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = (value, self._clock() if self.ttl is not None else 0.0)
        self._data.move_to_end(key)
        while len(self._data) > self.max_size:
            oldest = next(iter(self._data.values()))[0]
            if self._pinned is not None and self._pinned(oldest):
                break
            self._data.popitem(last=False)

    def __delitem__(self, key: K) -> None:
        del self._data[key]

    def pop(self, key: K) -> V | None:
        """Remove the entry under `key`; its value, or None."""
        item = self._alive(key)
        if item is not None:
            del self._data[key]
        return None if item is None else item[0]

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        """Entries held, those past their time to live and not yet looked at included."""
        return len(self._data)

    def __iter__(self) -> Iterator[K]:
        """The keys, least recent first (those past their time to live left out)."""
        return iter(self.keys())

    def keys(self) -> list[K]:
        return [key for key, _ in self.items()]

    def values(self) -> list[V]:
        return [value for _, value in self.items()]

    def items(self) -> list[tuple[K, V]]:
        """(key, value) pairs, least recent first (those past their time to live left out)."""
        if self.ttl is None:
            return [(key, value) for key, (value, _) in self._data.items()]
        now, ttl = self._clock(), self.ttl
        return [(key, value) for key, (value, written) in self._data.items() if now - written < ttl]
