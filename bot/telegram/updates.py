"""Each update answered once, across errors, restarts and kills: a small journal of updates.

With long polling, PTB confirms the updates it fetched at its *next* getUpdates, which it
makes at once, long before they are answered; a clean stop confirms the rest. So by
itself a kill loses every fetched question not yet answered, and a crash between fetch
and confirmation answers some twice. The journal closes both gaps:

- :class:`JournalingRequest` (the getUpdates connection) appends every fetched update to
  the journal and fsyncs it *before* PTB sees it, hence before it is ever confirmed;
- :class:`ReliableApplication` skips an update already answered or being answered (by
  id), and appends "done" once its handlers finished;
- at start, :func:`replay_pending` queues the updates fetched but never finished.

So an update is answered once after a clean stop. After SIGKILL it is answered at least
once: the ones fetched but unfinished at the kill are answered after the restart, and so
is one whose reply was on its way at that moment (sent, Telegram's answer not back yet,
or back but not yet journaled): that one is answered twice. Nothing is lost.

The journal is JSON lines (never pickle), in the state directory, one file per bot,
locked against a second process, and compacted to the unanswered updates plus the last
:data:`KEEP_DONE` answered ids. In webhook mode :mod:`bot.telegram.webhook` journals each
update the same way before it answers Telegram 200.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import time
from collections import OrderedDict
from pathlib import Path
from typing import IO, Any, Protocol, runtime_checkable

from telegram import Update
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot.telegram.delivery import Stopped
from index.cache import LRUCache
from index.errors import QabotError
from index.store.atomic import replace_atomically

log = logging.getLogger("bot.telegram")

#: Answered update ids kept for de-duplication.
KEEP_DONE = 10_000
#: Unanswered updates kept at most (the oldest are dropped beyond this).
MAX_PENDING = 10_000
#: Lines appended before the journal is rewritten to its compact form.
COMPACT_AFTER = 5_000
#: Answered ids in a journal untouched this long (seconds) are forgotten.
FORGET_DONE_AFTER = 24 * 3600.0


def journal_path(state_dir: Path, token: str) -> Path:
    """The journal of one bot: named after its (public) numeric id, never after the token."""
    bot_id = token.split(":", 1)[0].strip()
    if not bot_id.isdigit():
        bot_id = hashlib.sha256(token.encode()).hexdigest()[:16]
    return state_dir / f"telegram-{bot_id}.jsonl"


class UpdateJournal:
    """Fetched and answered updates of one bot, appended as JSON lines."""

    def __init__(self, path: Path, keep_done: int = KEEP_DONE, compact_after: int = COMPACT_AFTER) -> None:
        self.path = path
        self.keep_done = keep_done
        self.compact_after = compact_after
        self.pending: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self.done: LRUCache[int, bool] = LRUCache(keep_done)
        self.skipped_lines = 0
        self._file: IO[str] | None = None
        self._lock: IO[bytes] | None = None
        self._lines = 0
        self.failed = False  # a write failed: running on without protection, said once

    # --- opening and closing --------------------------------------------------------------------------------
    def open(self) -> UpdateJournal:
        """Lock, read and compact the journal.

        Raises QabotError if another process holds it, OSError if the folder is unusable.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = open(self.path.with_name(self.path.name + ".lock"), "ab")  # noqa: SIM115 (held open)
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            raise QabotError(f"another qabot bot is running with {self.path}",
                             "stop it first, or give this one its own QABOT_STATE_DIR") from None
        self._lock = lock
        try:
            self._read()
            self._compact()
        except OSError:
            self.close()
            raise
        return self

    def close(self) -> None:
        """Flush and release the journal."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _read(self) -> None:
        try:
            with open(self.path, encoding="utf-8", errors="replace") as handle:
                lines = handle.readlines()
                # Telegram redelivers for 24 hours at most, and after a week without updates it may
                # start update ids anew: answered ids older than that only risk skipping new updates
                forget_done = time.time() - os.fstat(handle.fileno()).st_mtime > FORGET_DONE_AFTER
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("cannot read the update journal %s (%s); starting a new one", self.path, exc.strerror)
            return
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:  # e.g. the last line, cut by a kill
                self.skipped_lines += 1
                continue
            if not isinstance(entry, dict):
                self.skipped_lines += 1
            elif isinstance(entry.get("u"), dict) and isinstance(entry["u"].get("update_id"), int):
                update = entry["u"]
                if update["update_id"] not in self.done:
                    self.pending[update["update_id"]] = update
            elif "d" in entry:
                ids = entry["d"] if isinstance(entry["d"], list) else [entry["d"]]
                for uid in ids:
                    if isinstance(uid, int) and not isinstance(uid, bool):
                        self._mark(uid)
            else:
                self.skipped_lines += 1
        if forget_done:
            self.done.clear()
        if self.skipped_lines:
            log.warning("update journal %s: skipped %d unreadable line(s)", self.path, self.skipped_lines)

    def _compact(self) -> None:
        """Rewrite as the pending updates and one line of recent done ids (atomically)."""
        while len(self.pending) > MAX_PENDING:
            self.pending.popitem(last=False)
        lines = [json.dumps({"u": update}, ensure_ascii=False) for update in self.pending.values()]
        lines.append(json.dumps({"d": list(self.done)}))
        if self._file is not None:
            self._file.close()
            self._file = None
        # Private (0600): the journal holds users' messages.
        replace_atomically(self.path, lambda handle: handle.write("\n".join(lines) + "\n"), mode=0o600)
        self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 (appended to while running)
        self._lines = len(lines)

    # --- recording ------------------------------------------------------------------------------------------
    def _mark(self, uid: int) -> None:
        self.pending.pop(uid, None)
        self.done[uid] = True

    def is_done(self, uid: int) -> bool:
        """Whether the update was answered (within the last `keep_done`)."""
        return uid in self.done

    def _append(self, lines: list[str], durable: bool = False) -> int | None:
        """Append lines and flush them to the OS (a kill cannot lose them); if `durable`, a dup of the fd to fsync."""
        if self._file is None:
            return None
        try:
            self._file.write("".join(line + "\n" for line in lines))
            self._file.flush()
            self._lines += len(lines)
            return os.dup(self._file.fileno()) if durable else None
        except OSError as exc:
            if not self.failed:
                self.failed = True
                log.error("cannot write the update journal %s (%s): answering on without protection "
                          "against kills", self.path, exc.strerror)
            return None

    async def received(self, updates: list[dict[str, Any]]) -> None:
        """Record fetched updates durably (fsync, in a worker thread) before they are handled."""
        fresh = [u for u in updates if isinstance(u, dict) and isinstance(u.get("update_id"), int)
                 and u["update_id"] not in self.done and u["update_id"] not in self.pending]
        if not fresh:
            return
        for update in fresh:
            self.pending[update["update_id"]] = update
        fd = self._append([json.dumps({"u": u}, ensure_ascii=False) for u in fresh], durable=True)
        if fd is not None:
            await asyncio.to_thread(_fsync_and_close, fd)

    def finished(self, uid: int) -> None:
        """Record an update as answered (flushed, not fsynced: a kill keeps it, a power cut may not)."""
        self._mark(uid)
        self._append([json.dumps({"d": uid})])
        if self._lines > self.compact_after and self._file is not None:
            try:
                self._compact()
            except OSError as exc:
                log.warning("cannot compact the update journal %s (%s)", self.path, exc.strerror)
                if self._file is None:
                    with contextlib.suppress(OSError):
                        self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def pending_updates(self) -> list[dict[str, Any]]:
        """Fetched but never finished, oldest first."""
        return [self.pending[uid] for uid in sorted(self.pending)]


def _fsync_and_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class JournalingRequest(HTTPXRequest):
    """The getUpdates connection: journals what Telegram delivers before PTB can see (and confirm) it."""

    def __init__(self, journal: UpdateJournal | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.journal = journal

    async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if self.journal is not None and 200 <= code <= 299 and url.endswith("/getUpdates"):
            try:
                result = json.loads(payload).get("result")
            except (ValueError, AttributeError):
                result = None  # PTB reports the bad answer itself
            if isinstance(result, list) and result:
                await self.journal.received(result)
        return code, payload


class Guard:
    """Which updates this process started, finished, deferred; the tasks still answering."""

    def __init__(self, journal: UpdateJournal | None, remember: int = KEEP_DONE) -> None:
        self.journal = journal
        self.remember = remember
        self.stopping = False
        self.in_flight: set[asyncio.Task[Any]] = set()
        self._started: LRUCache[int, bool] = LRUCache(remember)
        self.duplicates = 0
        self.deferred = 0  # not begun when the bot stopped
        self.interrupted = 0  # stopped before sending at shutdown (see Delivery.close)
        self.cancelled = 0

    def begin(self, uid: int) -> bool:
        """Whether to handle this update now: not seen before, and the bot is not stopping."""
        if uid in self._started or (self.journal is not None and self.journal.is_done(uid)):
            self.duplicates += 1
            log.info("update %s was already answered; skipped", uid)
            return False
        if self.stopping and self.journal is not None:
            self.deferred += 1  # stays in the journal: answered after the restart
            return False
        self._started[uid] = True
        return True

    def finish(self, uid: int) -> None:
        if self.journal is not None:
            self.journal.finished(uid)

    def cancel_in_flight(self) -> int:
        """Cancel the handlers still running (their updates stay in the journal); how many."""
        tasks = [task for task in self.in_flight if not task.done()]
        for task in tasks:
            task.cancel()
        self.cancelled += len(tasks)
        return len(tasks)


@runtime_checkable
class Saving(Protocol):
    """A persistence that can write one chat's state at once (see :mod:`bot.telegram.persistence`)."""

    def save_chat(self, chat_id: int, data: Any) -> None: ...


class ReliableApplication(Application[Any, Any, Any, Any, Any, Any]):
    """PTB's Application that handles each update id once and journals it as answered (its chat's state saved
    first, where there is persistence)."""

    def __init__(self, *, journal: UpdateJournal | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.guard = Guard(journal)

    async def process_update(self, update: object) -> None:
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        guard = self.guard
        uid = update.update_id
        if not guard.begin(uid):
            return
        task = asyncio.current_task()
        if task is not None:
            guard.in_flight.add(task)
        cancelled = False
        try:
            await super().process_update(update)
            self.save_chat(update)  # the chat's state is saved before the update counts as answered
        except asyncio.CancelledError as exc:
            cancelled = True  # stopped at shutdown: left for the next start
            if isinstance(exc, Stopped):
                guard.interrupted += 1
                return  # not an error: the task itself goes on (PTB's bookkeeping)
            raise
        finally:
            if task is not None:
                guard.in_flight.discard(task)
            if not cancelled:
                guard.finish(uid)


    def save_chat(self, update: Update) -> None:
        """Write the update's chat's state now (no await: nothing can be sent between this and the journal's
        "done"); PTB's own periodic update of the persistence writes it again later, to no harm."""
        chat = update.effective_chat
        persistence = self.persistence
        if chat is not None and isinstance(persistence, Saving) and chat.id in self.chat_data:
            persistence.save_chat(chat.id, self.chat_data[chat.id])


async def replay_pending(application: Application[Any, Any, Any, Any, Any, Any]) -> int:
    """Queue the journal's unanswered updates (from before a kill); how many."""
    guard = getattr(application, "guard", None)
    journal = guard.journal if isinstance(guard, Guard) else None
    if journal is None:
        return 0
    count = 0
    for raw in journal.pending_updates():
        try:
            update = Update.de_json(raw, application.bot)
        except Exception as exc:  # a hand-edited or foreign line: drop it, keep going
            log.warning("update journal: cannot read update %s (%r); dropped", raw.get("update_id"), exc)
            journal.finished(int(raw["update_id"]))
            continue
        await application.update_queue.put(update)
        count += 1
    if count:
        log.info("answering %d question(s) fetched before the last stop but never answered", count)
    return count
