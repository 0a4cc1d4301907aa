"""Run long polling (or a webhook) until SIGTERM/SIGINT, then stop within a bounded time without losing a question.

On the stop signal:

1. polling stops and the fetched updates are confirmed to Telegram (PTB's last getUpdates), or the
   webhook server stops accepting updates (Telegram delivers the rest after the restart);
2. answers already being worked on are finished; fetched updates not started yet are
   left in the journal (see :mod:`bot.telegram.updates`) for the next start;
3. after `grace` seconds nothing more is sent: answers still waiting (on flood limits or
   to retry) stop there and stay in the journal, to be answered after the restart; a
   request already on its way is let finish, so no answer is both sent and kept for later;
4. :data:`HARD_STOP` seconds later whatever still runs is cancelled. A second signal
   cancels at once.

Without a journal nothing is deferred: everything fetched is answered before the exit.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import signal
import time
from collections.abc import Sequence
from typing import Any, Protocol

from telegram.error import TelegramError
from telegram.ext import Application

from bot.telegram.delivery import Delivery
from bot.telegram.updates import Guard, ReliableApplication

log = logging.getLogger("bot.telegram")

App = Application[Any, Any, Any, Any, Any, Any]
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
#: Seconds answers in flight get to finish after the stop signal.
GRACE = 3.0
#: Seconds after the grace period before whatever still runs is cancelled outright.
HARD_STOP = 5.0


def _polling_error(exc: TelegramError) -> None:
    # PTB retries on its own (with back-off); one line instead of its traceback per failure
    log.warning("getUpdates failed (%s); polling again", exc)


class UpdateSource(Protocol):
    """Where updates come from: long polling, or a webhook server."""

    async def start(self) -> None:
        """Start fetching (or accepting) updates into the application's queue."""

    async def stop(self) -> None:
        """Fetch (or accept) no more updates; may be called more than once."""


class Polling:
    """Long polling with PTB's Updater; getUpdates failures are one log line each."""

    def __init__(self, application: App, allowed_updates: Sequence[str] | None, poll_timeout: float) -> None:
        self.application = application
        self.allowed_updates = allowed_updates
        self.poll_timeout = poll_timeout

    async def start(self) -> None:
        updater = self.application.updater
        assert updater is not None
        await updater.start_polling(timeout=dtm.timedelta(seconds=self.poll_timeout),
                                    allowed_updates=self.allowed_updates, error_callback=_polling_error)
        log.info("polling for updates")

    async def stop(self) -> None:
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()


def serve_polling(
    application: App,
    *,
    allowed_updates: Sequence[str] | None,
    poll_timeout: float = 10.0,
    grace: float = GRACE,
    stop_signals: Sequence[int] = STOP_SIGNALS,
) -> None:
    """Initialize, poll and answer until a stop signal, then stop as described above (blocking)."""
    serve(application, Polling(application, allowed_updates, poll_timeout), grace=grace, stop_signals=stop_signals)


def serve(application: App, source: UpdateSource, *, grace: float = GRACE,
          stop_signals: Sequence[int] = STOP_SIGNALS) -> None:
    """Initialize, take updates from `source` and answer until a stop signal, then stop as above (blocking)."""
    loop = asyncio.get_event_loop()
    loop.run_until_complete(_serve(application, source, grace, stop_signals))


async def _serve(application: App, source: UpdateSource, grace: float, stop_signals: Sequence[int]) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    guard = application.guard if isinstance(application, ReliableApplication) else None

    def on_signal(sig: int) -> None:
        if stop.is_set() and guard is not None:
            log.info("second stop signal: cancelling %d answer(s) in flight", guard.cancel_in_flight())
            return
        log.info("received %s: stopping", signal.Signals(sig).name)
        stop.set()

    installed = []
    for sig in stop_signals:
        try:
            loop.add_signal_handler(sig, on_signal, sig)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no support
            pass
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await source.start()
        await application.start()
        await stop.wait()
        await stop_gracefully(application, grace, source)
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        await source.stop()  # in case starting failed half-way
        await application.shutdown()


async def stop_gracefully(application: App, grace: float = GRACE,
                          source: UpdateSource | None = None) -> dict[str, float]:
    """Stop fetching (`source`, else PTB's polling), finish or defer what was fetched, stop what outlives
    `grace`; a summary."""
    started = time.monotonic()
    guard: Guard | None = application.guard if isinstance(application, ReliableApplication) else None
    if source is not None:
        await source.stop()
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    in_flight = len(guard.in_flight) if guard is not None else 0
    timers: list[asyncio.TimerHandle] = []
    if guard is not None and guard.journal is not None:  # without a journal, deferring would lose them
        guard.stopping = True
        loop = asyncio.get_running_loop()
        remaining = max(0.0, grace - (time.monotonic() - started))
        delivery = application.bot.rate_limiter
        if isinstance(delivery, Delivery):
            timers.append(loop.call_later(remaining, _stop_sending, delivery))
        timers.append(loop.call_later(remaining + HARD_STOP, guard.cancel_in_flight))
    elif isinstance(application.bot.rate_limiter, Delivery):
        application.bot.rate_limiter.hurry()  # nowhere to keep the questions held back: answer them now
    try:
        if application.running:
            await application.stop()
    finally:
        for timer in timers:
            timer.cancel()
    deferred = guard.deferred if guard is not None else 0
    stopped = (guard.cancelled + guard.interrupted) if guard is not None else 0
    summary = {"seconds": time.monotonic() - started, "in_flight": in_flight, "deferred": deferred,
               "stopped": stopped}
    log.info("stopped in %.1f s: %d answer(s) in flight finished; left for the next start: %d not begun, "
             "%d stopped before sending", summary["seconds"], in_flight - stopped, deferred, stopped)
    return summary


def _stop_sending(delivery: Delivery) -> None:
    log.info("grace period over: %d answer(s) waiting to be sent are left for the next start",
             delivery.close())
