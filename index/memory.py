"""Handing freed memory back to the system after building a large table.

glibc keeps memory freed by the C heap (numpy's temporaries, Python's larger objects) for reuse rather than
returning it, so a table built once at the cost of large temporaries leaves the process tens of MB larger
than the table. `malloc_trim` returns what is free; elsewhere (other C libraries) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any


@functools.cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:  # pragma: no cover - no C library to load
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_freed() -> None:
    """Return the C heap's free memory to the system (glibc); nothing elsewhere."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
