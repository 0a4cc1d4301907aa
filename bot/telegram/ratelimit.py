"""Per-user limit on incoming questions, with a single notice per burst."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from enum import Enum

MAX_USERS = 10_000


class Verdict(Enum):
    """What to do with a question."""

    ALLOW = "allow"
    NOTIFY = "notify"  # the first question over the limit: answer with a polite notice
    DROP = "drop"  # further questions over the limit: stay quiet


class UserRateLimiter:
    """At most `limit` questions per user in any `period` seconds (a sliding window)."""

    def __init__(
        self,
        limit: int = 10,
        period: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = MAX_USERS,
    ) -> None:
        self.limit = limit
        self.period = period
        self._clock = clock
        self._max_users = max_users
        self._seen: OrderedDict[int, deque[float]] = OrderedDict()
        self._notified: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        """Record a question from `user_id` and say whether to answer it."""
        now = self._clock()
        stamps = self._seen.get(user_id)
        if stamps is None:
            stamps = self._seen[user_id] = deque()
            while len(self._seen) > self._max_users:
                old, _ = self._seen.popitem(last=False)
                self._notified.discard(old)
        self._seen.move_to_end(user_id)
        while stamps and now - stamps[0] >= self.period:
            stamps.popleft()
        if len(stamps) < self.limit:
            stamps.append(now)
            self._notified.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._notified:
            return Verdict.DROP
        self._notified.add(user_id)
        return Verdict.NOTIFY

    def retry_in(self, user_id: int) -> float:
        """Seconds until `user_id` may ask again."""
        stamps = self._seen.get(user_id)
        if not stamps or len(stamps) < self.limit:
            return 0.0
        return max(0.0, self.period - (self._clock() - stamps[0]))
