"""The bot's recent sends, kept in the state directory, so that a restart knows what Telegram's limits have seen.

Telegram counts messages over sliding windows (30 a second overall, 20 a minute in a group, about one a
second in a chat). The flood windows of :class:`~bot.telegram.delivery.Delivery` live in memory: a bot
restarted in the middle of a burst would start with them empty and could send a second burst on top of the
first. So every limited request is appended here as it leaves (``{"l": n, "c": chat, "t": time}``) and again
when its answer is back (``{"b": n, "t": time}``), as JSON lines, flushed (not fsynced: a kill keeps them).
At start :meth:`SendLog.open` reads the sends of the last :attr:`SendLog.keep` seconds back, and the windows
start where they were (see ``Delivery.initialize``). A request that left but whose answer never came back
(the process was killed meanwhile) counts as answered at the moment of the restart: it may have reached
Telegram at any time until then.

The file is rewritten to its recent sends when opened and whenever it grew past :data:`COMPACT_AFTER` lines.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

log = logging.getLogger("bot.telegram")

#: Lines appended before the file is rewritten to the recent sends only.
COMPACT_AFTER = 20_000

Chat = int | str | None


def sends_path(journal: Path) -> Path:
    """The send log beside an update journal (``telegram-<id>.jsonl`` → ``telegram-<id>-sends.jsonl``)."""
    return journal.with_name(f"{journal.stem}-sends.jsonl")


class SendLog:
    """Sends of the last `keep` seconds, as JSON lines in `path` (see the module docstring)."""

    def __init__(self, path: Path, keep: float = 60.0, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.keep = keep
        self._clock = clock
        #: The sends (chat, when its answer was back) of the last `keep` seconds, oldest first.
        self.recent: deque[tuple[Chat, float]] = deque()
        self._open: dict[int, tuple[Chat, float]] = {}  # requests on their way: number → (chat, left)
        self._next = 0
        self._file: IO[str] | None = None
        self._lines = 0
        self.failed = False

    def open(self) -> SendLog:
        """Read the recent sends and start appending. OSError if the folder is unusable."""
        now = self._clock()
        left: dict[int, Chat] = {}
        sends: list[tuple[Chat, float]] = []
        try:
            lines = self.path.read_text("utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            lines = []
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:  # e.g. the last line, cut by a kill
                continue
            if not isinstance(entry, dict) or not isinstance(entry.get("t"), int | float):
                continue
            chat = entry.get("c")
            if not isinstance(chat, int | str | None) or isinstance(chat, bool):
                continue
            if isinstance(entry.get("l"), int):
                left[entry["l"]] = chat
            elif isinstance(entry.get("b"), int) and entry["b"] in left:
                sends.append((left.pop(entry["b"]), float(entry["t"])))
            elif "l" not in entry and "b" not in entry:
                sends.append((chat, float(entry["t"])))
        sends += [(chat, now) for chat in left.values()]  # killed on their way: answered by now at the latest
        self.recent = deque(sorted((s for s in sends if now - s[1] < self.keep), key=lambda s: s[1]))
        self._compact()
        return self

    def _compact(self) -> None:
        now = self._clock()
        while self.recent and now - self.recent[0][1] >= self.keep:
            self.recent.popleft()
        lines = [json.dumps({"c": chat, "t": at}) for chat, at in self.recent]
        lines += [json.dumps({"l": n, "c": chat, "t": at}) for n, (chat, at) in self._open.items()]
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
            out.write("".join(line + "\n" for line in lines))
        os.replace(temporary, self.path)
        self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 (appended to while running)
        self._lines = len(lines)

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def _append(self, entry: dict[str, Any]) -> None:
        if self._file is None:
            return
        try:
            self._file.write(json.dumps(entry) + "\n")
            self._file.flush()
            self._lines += 1
            if self._lines > COMPACT_AFTER:
                self._compact()
        except OSError as exc:
            if not self.failed:
                self.failed = True
                log.error("cannot write the send log %s (%s): after a restart the flood limits start afresh",
                          self.path, exc.strerror)

    def left(self, chat: Chat) -> int:
        """A request to `chat` (None: no chat) leaves now; its number, for :meth:`back`."""
        number = self._next
        self._next += 1
        at = self._clock()
        self._open[number] = (chat, at)
        self._append({"l": number, "c": chat, "t": at})
        return number

    def back(self, number: int) -> None:
        """The answer to request `number` is back (or it failed): it counts from now."""
        sent = self._open.pop(number, None)
        if sent is None:
            return
        at = self._clock()
        self.recent.append((sent[0], at))
        while self.recent and at - self.recent[0][1] >= self.keep:
            self.recent.popleft()
        self._append({"b": number, "t": at})
