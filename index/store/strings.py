"""Strings stored as one UTF-8 blob with offsets, read in place: a term table needs no dict of a million
strings at load."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt


def encode_strings(strings: Sequence[str]) -> tuple[bytes, npt.NDArray[np.int64]]:
    """The strings back to back as UTF-8, and the offset of each (and of the end)."""
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return b"".join(encoded), offsets


class StringTable(Mapping[str, int]):
    """`table.at(i)` is the i-th string; when the strings are sorted and carry ids, the table is also a
    read-only mapping string -> id, by binary search (lookups remembered)."""

    def __init__(self, blob: npt.NDArray[np.uint8], offsets: npt.NDArray[Any],
                 ids: npt.NDArray[Any] | None = None) -> None:
        self._blob = blob.data
        self._offsets = offsets
        self._ids = ids
        self._size = len(offsets) - 1
        self._found: dict[str, int | None] = {}

    def at(self, i: int) -> str:
        """The i-th string."""
        return str(self._blob[int(self._offsets[i]):int(self._offsets[i + 1])], "utf-8")

    def by_id(self) -> list[str]:
        """Every string, indexed by its id (for small tables: it makes them all)."""
        out = [""] * self._size
        if self._ids is None:
            return [self.at(i) for i in range(self._size)]
        for i, j in enumerate(self._ids.tolist()):
            out[j] = self.at(i)
        return out

    def _find(self, key: str) -> int | None:
        found = self._found.get(key, -1)
        if found != -1:
            return found
        target = key.encode("utf-8")
        blob, offsets = self._blob, self._offsets
        lo, hi = 0, self._size
        while lo < hi:  # UTF-8 byte order is code point order, the order the strings were sorted in
            mid = (lo + hi) // 2
            if blob[int(offsets[mid]):int(offsets[mid + 1])].tobytes() < target:
                lo = mid + 1
            else:
                hi = mid
        result = None
        if lo < self._size and blob[int(offsets[lo]):int(offsets[lo + 1])] == target and self._ids is not None:
            result = int(self._ids[lo])
        if len(self._found) < 1 << 16:
            self._found[key] = result
        return result

    def __getitem__(self, key: str) -> int:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._find(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None

    def __iter__(self) -> Iterator[str]:
        return (self.at(i) for i in range(self._size))

    def __len__(self) -> int:
        return self._size
