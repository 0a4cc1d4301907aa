"""word → int tables kept in arrays instead of dicts of strings: jieba's dictionaries, in a fraction of the
memory, with no Python object per word (so neither their memory nor the garbage of making them)."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from itertools import accumulate
from typing import Any

from index.ranking import compiled

#: FNV-1a, 64 bits: a hash computed the same way over many words at once (numpy) and over one (Python).
_FNV_OFFSET = 0xCBF29CE484222325
_FNV_PRIME = 0x100000001B3
_MASK = (1 << 64) - 1


def _fnv(data: bytes) -> int:
    hashed = _FNV_OFFSET
    for byte in data:
        hashed = ((hashed ^ byte) * _FNV_PRIME) & _MASK
    return hashed


class PackedWords(Mapping[str, int]):
    """word → int, kept as sorted arrays of the words' hashes and values beside the words' UTF-8 (to check a
    hash's word): no Python object per word, so neither their memory nor the garbage of making them. Where
    two entries give one word, the last counts, as in a dict."""

    def __init__(self, blob: bytes | memoryview, starts: Any, ends: Any, values: Any) -> None:
        """Word i is `blob[starts[i]:ends[i]]` (UTF-8; bytes, or a memoryview of bytes read in place), its value
        `values[i]`."""
        import numpy as np

        starts, ends = np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
        data = np.frombuffer(blob, dtype=np.uint8)
        hashes = np.full(len(starts), _FNV_OFFSET, dtype=np.uint64)
        lengths = ends - starts
        for k in range(int(lengths.max()) if len(lengths) else 0):
            live = np.flatnonzero(lengths > k)
            hashes[live] = (hashes[live] ^ data[starts[live] + k]) * np.uint64(_FNV_PRIME)
        order = np.lexsort((np.arange(len(starts)), hashes))  # by hash, a repeated word's last entry last
        keep = np.ones(len(order), dtype=bool)
        for i in np.flatnonzero(hashes[order][1:] == hashes[order][:-1]).tolist():
            x, y = order[i], order[i + 1]
            keep[i] = bytes(blob[starts[x]:ends[x]]) != bytes(blob[starts[y]:ends[y]])
        order = order[keep]
        self._blob = blob
        self._hashes = array("Q", hashes[order].tobytes())
        self._starts = array("q", starts[order].tobytes())
        self._ends = array("q", ends[order].tobytes())
        self._values = array("q", np.asarray(values, dtype=np.int64)[order].tobytes())
        # Found in C where the extension was built (a tenth of the time), else in Python below.
        self._compiled = compiled.word_table(self._hashes, self._starts, self._ends, blob)

    @classmethod
    def from_words(cls, words: list[str], values: list[int]) -> PackedWords:
        """From the words and their values."""
        encoded = [w.encode("utf-8") for w in words]
        ends = list(accumulate(len(b) for b in encoded))
        return cls(b"".join(encoded), [e - len(b) for e, b in zip(ends, encoded, strict=True)], ends, values)

    def _find(self, word: str) -> int:
        if self._compiled is not None:
            found: int = self._compiled.find(word)
            return found
        target = word.encode("utf-8")
        hashed = _fnv(target)
        at = bisect_left(self._hashes, hashed)
        while at < len(self._hashes) and self._hashes[at] == hashed:  # a hash is no proof: the word must match
            if bytes(self._blob[self._starts[at]:self._ends[at]]) == target:
                return at
            at += 1
        return -1

    def __getitem__(self, word: str) -> int:
        at = self._find(word)
        if at < 0:
            raise KeyError(word)
        return self._values[at]

    def get(self, word: str, default: Any = None) -> Any:
        at = self._find(word) if isinstance(word, str) else -1
        return default if at < 0 else self._values[at]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0

    def __iter__(self) -> Iterator[str]:
        return (str(self._blob[a:b], "utf-8") for a, b in zip(self._starts, self._ends, strict=True))

    def __len__(self) -> int:
        return len(self._hashes)

    def items(self) -> Iterator[tuple[str, int]]:  # type: ignore[override]
        """(word, value) pairs, in no particular order."""
        return zip(iter(self), self._values, strict=True)
