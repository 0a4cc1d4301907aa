"""A one-line progress bar with rate and ETA, drawn on stderr only when it is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

#: Seconds between redraws.
REDRAW = 0.2
_WIDTH = 24


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """Progress of work measured in bytes, also counting items (passages); a no-op when disabled."""

    def __init__(self, total: int, label: str = "indexing", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = max(total, 1)
        self.label = label
        self.started = time.monotonic()
        self._drawn = 0.0

    def line(self, done: int, items: int) -> str:
        """The bar for `done` bytes and `items` items so far."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        share = min(done / self.total, 1.0)
        filled = int(share * _WIDTH)
        bar = "█" * filled + "░" * (_WIDTH - filled)
        eta = _clock(elapsed * (1 - share) / share) if share > 0 else "?"
        return (f"{self.label} ▕{bar}▏ {share * 100:3.0f}%  {items:,} passages  {items / elapsed:,.0f}/s  "
                f"{done / elapsed / 1e6:.1f} MB/s  ETA {eta}")

    def update(self, done: int, items: int, force: bool = False) -> None:
        """Redraw (at most every REDRAW seconds unless `force`)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < REDRAW:
            return
        self._drawn = now
        self.stream.write("\r\033[K" + self.line(done, items))
        self.stream.flush()

    def note(self, text: str) -> None:
        """Replace the bar with a short status (e.g. the final phase)."""
        if self.enabled:
            self.stream.write(f"\r\033[K{self.label}: {text}")
            self.stream.flush()

    def close(self) -> None:
        """Erase the bar."""
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
