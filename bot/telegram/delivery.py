"""Every request the bot makes (except getUpdates) goes through here: retries and flood limits.

PTB calls :meth:`Delivery.process_request` for each Bot API request. It

- retries what may succeed later: 5xx answers, timeouts and dropped connections
  (``NetworkError`` other than ``BadRequest``) with exponential back-off, and a 429 after
  the ``retry_after`` Telegram asks for, during which *all* requests wait;
- keeps under Telegram's flood limits when :class:`FloodLimits` are given: at most 30
  messages a second overall, 20 a minute in a group and, in any other chat, one a second
  on average with bursts of three (Telegram: "avoid more than one message per second …
  short bursts may be allowed"; a three-part answer goes out at once).
  Each limit is a sliding window — at most N sends in *any* period — not a leaky bucket
  (which lets through a burst on top of the steady rate), and a send counts from when it
  leaves until a period after its answer is back (see :class:`Window`), so the limits
  hold at Telegram's end however the network spaces the requests;
- while a message has to wait on those limits (a second or more), calls :attr:`Delivery.on_wait`
  with its chat (the bot sends "typing…" there), at most once per :data:`TYPING_EVERY` seconds
  per chat;
- lets at most :data:`MAX_IN_FLIGHT` requests be on their way at once;
- once :meth:`Delivery.close` was called (at shutdown), sends nothing more: waiting
  requests raise :class:`Stopped` and their updates are answered after the restart;
- with a :class:`~bot.telegram.sendlog.SendLog`, logs every limited request in the state directory and
  starts the windows after a restart where they were, so that the first seconds after a restart never
  exceed the limits either.

A request that still fails after the last attempt raises as before (the handler's error
handler tells the user). A request that timed out *after* Telegram received it cannot be
told apart from one that never arrived: retrying it is what keeps a question from being
lost, at the price of a possible duplicate in that case.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.telegram.sendlog import SendLog
from index.cache import LRUCache

log = logging.getLogger("bot.telegram")

T = TypeVar("T")
JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
Clock = Callable[[], float]
#: Not retried: getMe is the start-up check (retried there, with a log line each time); a late "typing…"
#: is worth nothing.
NO_RETRY = frozenset({"getMe", "sendChatAction"})
#: Outside the message limits: answers to a user's own action (as in PTB's AIORateLimiter), and the
#: "typing…" that says a message is waiting on them (it must not wait behind that message).
UNLIMITED = frozenset({"answerCallbackQuery", "answerInlineQuery", "sendChatAction"})
#: Seconds a message waits on the flood limits before its chat is told "typing…" ...
TYPING_AFTER = 1.0
#: ... and at most once in this many seconds per chat (Telegram shows it for 5 s, or until a message comes).
TYPING_EVERY = 4.0
#: Requests on their way at once (and HTTP connections: see `build_application`).
MAX_IN_FLIGHT = 32
#: Seconds between checks while a window is full of requests still on their way.
POLL = 0.005
#: Chats whose windows are remembered; idle ones are forgotten first.
MAX_CHATS = 10_000


@dataclass(frozen=True)
class FloodLimits:
    """Telegram's documented limits on sending: so many requests per period (seconds)."""

    overall: int = 30
    overall_period: float = 1.0
    group: int = 20
    group_period: float = 60.0
    chat: int = 3
    chat_period: float = 3.0


TELEGRAM_LIMITS = FloodLimits()


class Window:
    """At most `limit` requests reaching Telegram in any `period` seconds; waiters served in order.

    When a request reaches Telegram is not known here, only that it is after it left and
    before its answer came back. So a request counts from when it leaves until `period`
    after its answer (or failure): then however the network delays each one, no `period`
    at Telegram sees more than `limit` of them.
    """

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self.stamps: deque[float] = deque()  # when answered requests came back
        self.busy = 0  # requests on their way
        self.lock = asyncio.Lock()
        self.typing_at = -TYPING_EVERY  # when the chat was last told "typing…"

    def wait(self, now: float) -> float:
        """Seconds until one more request may leave (0: now); a short poll while others are on their way."""
        while self.stamps and now - self.stamps[0] >= self.period:
            self.stamps.popleft()
        if len(self.stamps) + self.busy < self.limit:
            return 0.0
        if self.stamps and len(self.stamps) - 1 + self.busy < self.limit:
            return self.stamps[0] + self.period - now
        return POLL

    def leave(self) -> None:
        self.busy += 1

    def back(self, now: float) -> None:
        self.busy -= 1
        self.stamps.append(now)

    def idle(self, now: float) -> bool:
        """Nothing waits and nothing counts any more: safe to forget."""
        return not self.lock.locked() and not self.busy and self.wait(now) == 0.0 and not self.stamps


@dataclass(frozen=True)
class Slot:
    """Where a request leaving counts: its windows, and its number in the send log (if one is kept)."""

    windows: list[Window]
    logged: int | None


class Stopped(asyncio.CancelledError):
    """Raised instead of sending once the bot is shutting down (see :meth:`Delivery.close`).

    A cancellation, so that no handler's ``except Exception`` catches it: the update is left
    unanswered in the journal and answered after the restart.
    """


def _is_group(chat_id: object) -> bool:
    # negative ids are groups, supergroups and channels; an @username is a public group or channel
    if isinstance(chat_id, str):
        try:
            chat_id = int(chat_id)
        except ValueError:
            return True
    return isinstance(chat_id, int) and chat_id < 0


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait a 429 asks for, in seconds (without PTB's int/timedelta deprecation dance)."""
    value = getattr(exc, "_retry_after", None)
    if value is not None and hasattr(value, "total_seconds"):
        return float(value.total_seconds())
    return 1.0


class Delivery(BaseRateLimiter[int]):
    """Retries and (optional) flood limits for PTB's `ExtBot` (see the module docstring)."""

    def __init__(
        self,
        limits: FloodLimits | None = TELEGRAM_LIMITS,
        *,
        attempts: int = 6,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_in_flight: int = MAX_IN_FLIGHT,
        clock: Clock = time.monotonic,
        sends: SendLog | None = None,
        wall: Clock = time.time,
    ) -> None:
        self.limits = limits
        self.sends = sends if limits is not None else None
        self._wall = wall
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._clock = clock
        self._paused_until = 0.0
        self._overall: Window | None = None
        # a chat's window stays while it still counts sends (eviction stops at the first that does)
        self._chats: LRUCache[object, Window] = LRUCache(MAX_CHATS, pinned=lambda w: not w.idle(self._clock()))
        self.retried = 0  # requests sent again after a failure (for logs and benchmarks)
        #: Called (in a task of its own) with the chat of a message that waits on the flood limits.
        self.on_wait: Callable[[object], Coroutine[Any, Any, object]] | None = None
        self._announcing: set[asyncio.Task[object]] = set()
        self._hurried = asyncio.Event()
        self.closed = False
        self._waiting: set[asyncio.Task[Any]] = set()
        # httpx's connection pool hands out connections in time growing with the requests queued
        # for it: past a few dozen it costs more CPU than answering, so the rest queue here instead
        self._wire = asyncio.Semaphore(max_in_flight)
        if limits is not None:
            self._overall = Window(limits.overall, limits.overall_period)

    async def initialize(self) -> None:
        """Start the flood windows where the last run left them (its sends, from the send log)."""
        if self.sends is None or self._overall is None:
            return
        now, wall = self._clock(), self._wall()
        for chat, at in self.sends.recent:
            stamp = now - (wall - at)  # the send's time on this process's clock
            windows = [self._overall] if chat is None else [self._overall, self._chat_window(chat)]
            for window in windows:
                window.stamps.append(stamp)
        for window in [self._overall, *self._chats.values()]:
            window.stamps = deque(sorted(window.stamps))

    async def shutdown(self) -> None:
        pass

    # --- flood limits -------------------------------------------------------------------------------------
    def _chat_window(self, chat_id: object) -> Window:
        assert self.limits is not None
        window = self._chats.get(chat_id)
        if window is None:
            limits = self.limits
            if _is_group(chat_id):
                window = Window(limits.group, limits.group_period)
            else:
                window = Window(limits.chat, limits.chat_period)
            self._chats[chat_id] = window
        return window

    async def _sleep_until_paused_over(self) -> None:
        while (wait := self._paused_until - self._clock()) > 0:
            await asyncio.sleep(wait)

    async def _acquire(self, chat_id: object, endpoint: str) -> Slot:
        """Wait for room in the chat's window, then in the overall one; the windows the request counts in."""
        overall = self._overall
        assert overall is not None
        chat = self._chat_window(chat_id) if chat_id is not None else None
        if chat is None:
            async with overall.lock:
                await self._wait_overall(overall)
                overall.leave()
            return Slot([overall], self._left(None))
        # a message (not an edit, not the "typing…" itself) makes its chat see "typing…" while it waits
        announce = chat_id if endpoint.startswith("send") and endpoint not in UNLIMITED else None
        async with chat.lock:  # one sender per chat at a time, in order
            since = self._clock()
            while (wait := chat.wait(now := self._clock())) > 0:
                self._typing(announce, chat, wait, now - since)
                await asyncio.sleep(min(wait, TYPING_EVERY))
            async with overall.lock:
                await self._wait_overall(overall, announce, chat, since)
                overall.leave()
                chat.leave()
        return Slot([overall, chat], self._left(chat_id))

    def _left(self, chat_id: object) -> int | None:
        """Log a request leaving (see :mod:`bot.telegram.sendlog`); its number there."""
        if self.sends is None:
            return None
        return self.sends.left(chat_id if isinstance(chat_id, int | str) else None)

    def _back(self, slot: Slot) -> None:
        now = self._clock()
        for window in slot.windows:
            window.back(now)
        if self.sends is not None and slot.logged is not None:
            self.sends.back(slot.logged)

    async def _wait_overall(self, overall: Window, announce: object = None, chat: Window | None = None,
                            since: float = 0.0) -> None:
        while True:
            now = self._clock()
            limit = overall.wait(now)
            wait = max(limit, self._paused_until - now)
            if wait <= 0:
                return
            if limit > 0 and chat is not None:
                self._typing(announce, chat, limit, now - since)
            await asyncio.sleep(min(wait, TYPING_EVERY))

    def _typing(self, chat_id: object, chat: Window, wait: float, waited: float) -> None:
        """Tell `chat_id` "typing…" if its message waits long enough and it was not told so lately."""
        now = self._clock()
        if chat_id is None or self.on_wait is None or self.closed or max(wait, waited) < TYPING_AFTER \
                or now - chat.typing_at < TYPING_EVERY:
            return
        chat.typing_at = now
        task: asyncio.Task[object] = asyncio.ensure_future(self.on_wait(chat_id))
        self._announcing.add(task)
        task.add_done_callback(self._announced)

    def _announced(self, task: asyncio.Task[object]) -> None:
        self._announcing.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.debug("could not send a chat action: %r", task.exception())

    # --- the hook PTB calls -------------------------------------------------------------------------------
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        attempt = 0
        while True:
            slot = await self._wait(self._before_send(endpoint, data))
            error: Exception
            try:
                async with self._wire:
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                error = exc
                delay = retry_after_seconds(exc)
                self._paused_until = max(self._paused_until, self._clock() + delay)
                reason = f"flood control, Telegram asks to wait {delay:g} s"
            except BadRequest:
                raise  # the request itself is wrong: sending it again cannot help
            except NetworkError as exc:  # 5xx, timeouts, dropped connections
                error = exc
                delay = min(self.max_backoff, self.backoff * 2**attempt) * random.uniform(0.8, 1.2)
                reason = str(exc) or type(exc).__name__
            finally:
                self._back(slot)
            attempt += 1
            if endpoint in NO_RETRY:
                raise error
            if attempt >= self.attempts:
                log.warning("%s failed %d times, giving up: %s", endpoint, attempt, reason)
                raise error
            self.retried += 1
            log.warning("%s failed (%s); retry %d of %d in %.1f s", endpoint, reason, attempt,
                        self.attempts - 1, delay)
            await self._wait(asyncio.sleep(delay))

    async def _before_send(self, endpoint: str, data: dict[str, Any]) -> Slot:
        if self._overall is not None and endpoint not in UNLIMITED:
            return await self._acquire(data.get("chat_id"), endpoint)
        await self._sleep_until_paused_over()
        return Slot([], None)

    async def _wait(self, waiting: Coroutine[Any, Any, T]) -> T:
        """Await a wait before a (re)send; once closed, give up instead of sending."""
        task = asyncio.current_task()
        if self.closed:
            waiting.close()
            raise Stopped
        if task is not None:
            self._waiting.add(task)
        try:
            result = await waiting
        except asyncio.CancelledError:
            if self.closed:
                raise Stopped from None
            raise
        finally:
            if task is not None:
                self._waiting.discard(task)
        if self.closed:
            if isinstance(result, Slot):  # windows counted for a request that is not sent after all
                self._back(result)
            raise Stopped
        return result

    async def hold(self, seconds: float) -> None:
        """Wait `seconds` before answering; like a send waiting on the limits, stopped at shutdown (`Stopped`),
        or cut short by :meth:`hurry`."""

        async def sleep() -> None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._hurried.wait(), seconds)

        await self._wait(sleep())

    def hurry(self) -> None:
        """End every :meth:`hold` now (at a shutdown that cannot leave questions for the next start)."""
        self._hurried.set()

    def close(self) -> int:
        """Send nothing more: requests waiting (on limits or to retry) and new ones raise `Stopped`.

        A request already on its way is left to finish, so that its answer is never both
        sent and given up on. Returns how many waiting requests were stopped.
        """
        self.closed = True
        waiting = [task for task in self._waiting if not task.done()]
        for task in waiting:
            task.cancel()
        return len(waiting)
