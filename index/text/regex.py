"""Regular expressions compiled on their first use, their character classes optimized once.

The engine's rules are some eight hundred module-level expressions, and one question reaches fewer than half of
them: each is compiled when first used, which keeps most of the compiling out of the CLI's start. Most of them
hold a class spanning the CJK block (`[\u4e00-\u9fff]`), for which `re`'s compiler fills a table of 65,536 entries,
a millisecond each time; the same few classes recur hundreds of times, so each is optimized once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Deferred:
    """Stands for `re.compile(pattern, flags)`: `pattern` and `flags` are there at once, everything else compiles
    it and is then the compiled pattern's own (bound to the instance, so later calls cost nothing more)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used."""
    return cast("re.Pattern[str]", _Deferred(pattern, flags))


def _memoize_class_optimization() -> None:
    """Make `re`'s optimization of a character class, a pure function of the class where case is not ignored,
    remember its results; left as it is on a Python whose compiler is not laid out as expected."""
    compiler: Any = getattr(re, "_compiler", None)
    optimize: Callable[..., tuple[list[Any], bool]] | None = getattr(compiler, "_optimize_charset", None)
    if optimize is None or hasattr(optimize, "__wrapped__"):
        return
    known: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    @functools.wraps(optimize)
    def optimized(charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list[Any], bool]:
        try:
            key = tuple(charset) if fixup is None else None
            found = known.get(key) if key is not None else None
        except TypeError:  # (an unhashable item: not remembered)
            key = found = None
        if found is None:
            found = optimize(charset, iscased, fixup, fixes)
            if key is not None:
                known[key] = found
        return list(found[0]), found[1]

    compiler._optimize_charset = optimized


_memoize_class_optimization()
