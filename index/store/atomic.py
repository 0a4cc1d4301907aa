"""Files written atomically: readers see the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any


def replace_atomically(path: Path, write: Callable[[IO[str]], object], mode: int = 0o644) -> None:
    """Write through `write` to a temporary file beside `path`, fsync, then `os.replace`: readers never see
    half a file, and a failure leaves the old one as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write `data` as compact JSON with `replace_atomically`."""
    replace_atomically(path, lambda handle: json.dump(data, handle, ensure_ascii=False, separators=(",", ":")))
