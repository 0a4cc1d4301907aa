"""The compiled parts (index/ranking/cscan.c), where the install built them: the scan of term columns and
the lookup of words by hash.

`setup.py` builds the extension when a C compiler is at hand; without it `scan` returns None and
`SparseScorer` keeps its numpy path, which gives the same results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.ranking.postings import Postings

if TYPE_CHECKING:
    from index.ranking.postings import FloatArray, IntArray

cscan: Any
try:
    from index.ranking import cscan  # type: ignore[attr-defined, no-redef]
except ImportError:  # pragma: no cover - an install without a C compiler
    cscan = None


class Scan(Protocol):
    """A query's best passages over the columns."""

    @property
    def skipped(self) -> int:
        """How many queries were answered without reading some postings in full."""
        ...

    def top(self, terms: list[int], wanted: int, window_share: int = 4, window_shift: int = 16, prune_min: int = 0,
            prune_ratio: int = 0, lookup_cost: int = 0) -> list[tuple[int, float]] | None:
        """(passage, score) of the best `wanted` passages the terms' postings touch, best first, ties to the
        earlier passage (term numbers in query order, repeats counting again), or None where a term's idf is
        not positive (then passages the terms do not touch may rank above some they do). Queries with at
        least N / `window_share` postings are summed window by window of 2 ** `window_shift` passages
        instead of listing the passages they touch. With
        `prune_min` > 0 the longest postings are skipped where they cannot change the result, as
        `SparseScorer._pruned` does."""
        ...


def available() -> bool:
    """Whether the extension was built."""
    return cscan is not None


def scan(postings: Postings, idf: FloatArray, skip_rows: IntArray, skip_ptr: IntArray, maxima: FloatArray,
         passages: int, skip: int) -> Scan | None:
    """The compiled scan over these columns (`skip_rows`: the passage of every `skip`-th posting of each term,
    `skip_ptr` each term's first; `maxima`: each term's largest impact), or None where the extension was not
    built."""
    if cscan is None:
        return None
    parts: list[Any] = [np.ascontiguousarray(a) for a in postings.parts()]
    found: Scan = cscan.Columns(*parts, np.ascontiguousarray(idf, dtype=np.float64), np.ascontiguousarray(skip_rows),
                                np.ascontiguousarray(skip_ptr), np.ascontiguousarray(maxima), passages, skip)
    return found


class Finder(Protocol):
    """Words found by hash (index/text/packed.py)."""

    def find(self, word: str) -> int:
        """The index of `word`, or -1."""
        ...


def word_table(hashes: Any, starts: Any, ends: Any, blob: bytes | memoryview) -> Finder | None:
    """The compiled lookup of `index.text.packed.PackedWords` (hashes uint64 ascending, each word's start and
    end in `blob` as int64), or None where the extension was not built."""
    if cscan is None:
        return None
    found: Finder = cscan.WordTable(hashes, starts, ends, blob)
    return found
