"""Per-user limit on incoming questions: over it a question waits its turn instead of being dropped.

At most `limit` questions of a user are answered in any `period` seconds (a sliding window). A question
over the limit gets the first slot the window allows, and is answered then; the user is told once per
burst that it will come. So that a flood cannot queue without end, at most `backlog` questions of a user
and `total_backlog` of all users wait at once; beyond that a question is dropped (told once per burst).
"""

from __future__ import annotations

import heapq
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from index.cache import LRUCache

MAX_USERS = 10_000
#: Questions of one user that may wait for their turn.
BACKLOG = 5
#: Questions of all users that may wait at once (each waiting one holds one of PTB's 256 update slots).
TOTAL_BACKLOG = 64


@dataclass(frozen=True)
class Admission:
    """What to do with a question."""

    delay: float | None  # seconds until it may be answered (0: now); None: dropped, too many wait already
    notify: bool = False  # the first question of a burst to wait (or to be dropped): tell the user


@dataclass
class _User:
    slots: deque[float]  # when the questions in the window were (or will be) answered, in order
    told_wait: bool = False
    told_drop: bool = False


class UserRateLimiter:
    """At most `limit` questions per user in any `period` seconds; the rest wait their turn (see module)."""

    def __init__(
        self,
        limit: int = 10,
        period: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = MAX_USERS,
        backlog: int = BACKLOG,
        total_backlog: int = TOTAL_BACKLOG,
    ) -> None:
        self.limit = limit
        self.period = period
        self.backlog = backlog
        self.total_backlog = total_backlog
        self._clock = clock
        self._users: LRUCache[int, _User] = LRUCache(max_users)
        self._waiting: list[float] = []  # every waiting question's slot (a heap)

    def admit(self, user_id: int) -> Admission:
        """Record a question from `user_id`: when to answer it, or that it is dropped."""
        now = self._clock()
        user = self._users.get(user_id)
        if user is None:
            user = self._users[user_id] = _User(deque())
        slots = user.slots
        while slots and now - slots[0] >= self.period:
            slots.popleft()
        while self._waiting and self._waiting[0] <= now:
            heapq.heappop(self._waiting)
        slot = max(now, slots[-self.limit] + self.period) if len(slots) >= self.limit else now
        if slot <= now:
            slots.append(now)
            user.told_wait = user.told_drop = False  # a new burst may be told again
            return Admission(0.0)
        if sum(1 for s in slots if s > now) >= self.backlog or len(self._waiting) >= self.total_backlog:
            notify, user.told_drop = not user.told_drop, True
            return Admission(None, notify)
        slots.append(slot)
        heapq.heappush(self._waiting, slot)
        notify, user.told_wait = not user.told_wait, True
        return Admission(slot - now, notify)
