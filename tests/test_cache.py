"""The bounded cache every bounded table uses."""

from __future__ import annotations

import pytest

from index.cache import LRUCache


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_least_recently_used_goes_first() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache["a"], cache["b"] = 1, 2
    assert cache.get("a") == 1  # now the most recent
    cache["c"] = 3
    assert list(cache) == ["a", "c"] and cache.get("b") is None and len(cache) == 2
    cache["a"] = 10  # a write makes it recent too
    cache["d"] = 4
    assert cache.items() == [("a", 10), ("d", 4)]


def test_peek_and_in_leave_the_order() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache["a"], cache["b"] = 1, 2
    assert cache.peek("a") == 1 and "a" in cache and "z" not in cache
    cache["c"] = 3
    assert list(cache) == ["b", "c"]


def test_pop_delete_clear() -> None:
    cache: LRUCache[str, int | None] = LRUCache(3)
    cache["a"], cache["b"] = 1, None
    assert cache.pop("a") == 1 and cache.pop("a") is None
    assert "b" in cache  # a None value is still an entry
    del cache["b"]
    cache["c"] = 3
    cache.clear()
    assert len(cache) == 0 and cache.values() == []


def test_entries_expire_after_their_time_to_live() -> None:
    clock = Clock()
    cache: LRUCache[int, str] = LRUCache(10, ttl=60.0, clock=clock)
    cache[1] = "told"
    clock.now += 59.9
    assert 1 in cache and cache.get(1) == "told"  # reading does not extend it
    cache[2] = "later"
    clock.now += 0.1
    assert 1 not in cache and cache.get(1) is None and cache.keys() == [2]
    cache[1] = "again"  # written anew: another 60 s
    clock.now += 59
    assert cache.peek(1) == "again" and cache.pop(2) == "later"
    assert cache.keys() == [1]
    clock.now += 1
    assert cache.keys() == [] and len(cache) == 1  # gone, though held until looked at


def test_pinned_entries_are_not_evicted() -> None:
    busy = {"a"}
    cache: LRUCache[str, str] = LRUCache(2, pinned=lambda value: value in busy)
    cache["a"], cache["b"], cache["c"] = "a", "b", "c"
    assert list(cache) == ["a", "b", "c"]  # "a" is in use: eviction stops at it
    busy.clear()
    cache["d"] = "d"
    assert list(cache) == ["c", "d"]


def test_size_must_not_be_negative() -> None:
    with pytest.raises(ValueError):
        LRUCache(-1)
