"""Term columns as stored: each posting's gap to the term's previous passage and the code of its (tf, passage
length) pair, packed small and decoded on demand.

Gaps go to a narrow (uint8) or a wide (uint16) stream, whichever stores the term's postings in fewer bytes;
a gap too large for its stream is an exception (`exc_pos` ascending posting indices, `exc_val` the gap; its
place in the stream holds 0). Each term's first passage is not stored here: it is the first of the term's
skip entries (index/ranking/sparse.py), and its place holds 0. A posting's pair code, for a
term whose postings are nearly all of tf = 1, is not stored: it is the passage's own code for tf = 1
(`pair1`, one per passage), the others kept apart (`code_pos`, `code_val`). A term with more postings of
tf > 1 (where that takes fewer bytes), or with long postings (read fastest so), keeps a code per posting in a byte (`codes`; pairs are numbered by use,
so nearly all fit), codes of `CODE_LIMIT` or more kept apart the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt

    IntArray = npt.NDArray[Any]
    FloatArray = npt.NDArray[np.float64]


#: Gaps of this size or more are exceptions in the narrow stream ...
NARROW_LIMIT = 1 << 8
#: ... and in the wide one.
GAP_LIMIT = 1 << 16
#: Codes of this value or more are kept apart.
CODE_LIMIT = 255
#: Bytes an exception costs (its posting index and its value), to choose a term's stream.
_EXCEPTION_BYTES = 12
#: Bytes a code kept apart costs.
_CODE_BYTES = 6
#: Terms with at least this many postings keep a code per posting: read fastest, and the longest postings are
#: most of a question's cost.
CODED_MIN_POSTINGS = 4096


def compact(values: IntArray) -> IntArray:
    """Non-negative integers as uint32 where they fit (a vocabulary's pointers: half the memory), else int64."""
    values = np.asarray(values)
    if values.dtype == np.uint32 or not len(values) or (int(values.min()) >= 0 and int(values.max()) < 1 << 32):
        return values.astype(np.uint32, copy=False)
    return values.astype(np.int64, copy=False)


def _starts(lengths: IntArray) -> IntArray:
    out = np.zeros(len(lengths), dtype=np.int64)
    if len(lengths) > 1:
        np.cumsum(lengths[:-1], out=out[1:])
    return out


def encode(col_ptr: IntArray, gaps: IntArray, gap_limit: int = GAP_LIMIT) -> dict[str, IntArray]:
    """The stored gaps of postings given per term (`col_ptr`) as gaps (int64; each term's first one, its
    passage, is not stored): wide (uint8[V], 1 where a term's gaps are in the wide stream), gaps8, gaps16,
    exc_pos and exc_val. `gaps` is left with the exceptions' places and the terms' first places zeroed."""
    lengths = np.diff(col_ptr)
    filled = lengths > 0
    starts = col_ptr[:-1][filled]
    gaps[starts] = 0
    narrow_limit = min(NARROW_LIMIT, gap_limit)
    over_narrow = np.zeros(len(lengths), dtype=np.int64)
    over_wide = np.zeros(len(lengths), dtype=np.int64)
    if len(gaps):
        over_narrow[filled] = np.add.reduceat((gaps >= narrow_limit).astype(np.int64), starts)
        over_wide[filled] = np.add.reduceat((gaps >= gap_limit).astype(np.int64), starts)
    wide = 2 * lengths + _EXCEPTION_BYTES * over_wide < lengths + _EXCEPTION_BYTES * over_narrow
    limit = np.repeat(np.where(wide, gap_limit, narrow_limit), lengths)
    exceptions = gaps >= limit
    exc_pos = np.flatnonzero(exceptions).astype(np.int64)
    exc_val = gaps[exc_pos]
    gaps[exc_pos] = 0
    in_wide = np.repeat(wide, lengths)
    return {"wide": wide.astype(np.uint8), "gaps8": gaps[~in_wide].astype(np.uint8),
            "gaps16": gaps[in_wide].astype(np.uint16), "exc_pos": exc_pos, "exc_val": exc_val}


def encode_codes(col_ptr: IntArray, rows: IntArray, codes: IntArray, tf: IntArray, passages: int,
                 code_limit: int = CODE_LIMIT) -> dict[str, IntArray]:
    """The stored pair codes of postings given per term (`col_ptr`: their passages `rows`, `codes`, term
    frequencies `tf`): coded (uint8[V], 1 where a term keeps a code per posting), codes (those codes, in a
    byte), pair1 (each passage's code for tf = 1; 0 for a passage without such a posting), code_pos and
    code_val (the codes neither gives)."""
    lengths = np.diff(col_ptr)
    filled = lengths > 0
    single = tf == 1
    several = np.zeros(len(lengths), dtype=np.int64)
    if len(tf):
        several[filled] = np.add.reduceat((~single).astype(np.int64), col_ptr[:-1][filled])
    coded = (lengths < _CODE_BYTES * several) | (lengths >= CODED_MIN_POSTINGS)
    in_coded = np.repeat(coded, lengths)
    pair1 = np.zeros(passages, dtype=codes.dtype)
    pair1[rows[single]] = codes[single]
    apart = np.where(in_coded, codes >= code_limit, ~single)
    code_pos = np.flatnonzero(apart).astype(np.int64)
    return {"coded": coded.astype(np.uint8), "codes": np.minimum(codes[in_coded], code_limit).astype(np.uint8),
            "pair1": pair1, "code_pos": code_pos, "code_val": np.asarray(codes[code_pos])}


class Postings:
    """Decodes the arrays `encode` made (they may be memory-mapped)."""

    def __init__(self, col_ptr: IntArray, arrays: Mapping[str, IntArray], table: FloatArray,
                 first: IntArray) -> None:
        """`table`: the impact of each (tf, length) pair, as the codes number them; `first`: each term's first
        passage."""
        # Per-term pointers as uint32 where they fit (read with int() or as indices, never subtracted as arrays).
        self.col_ptr = compact(col_ptr)
        self._first = compact(first)
        lengths: IntArray = np.diff(self.col_ptr.astype(np.int64))
        self.wide = np.asarray(arrays["wide"]).astype(bool)
        # Each term's first gap in its stream.
        self._offset = compact(np.where(self.wide, _starts(lengths * self.wide), _starts(lengths * ~self.wide)))
        self._gaps8 = np.asarray(arrays["gaps8"])
        self._gaps16 = np.asarray(arrays["gaps16"])
        self.exc_pos = np.asarray(arrays["exc_pos"])
        self.exc_val = np.asarray(arrays["exc_val"])
        self.exc_ptr = compact(np.searchsorted(self.exc_pos, self.col_ptr))  # each term's first exception
        self._coded = np.asarray(arrays["coded"]).astype(bool)
        self._code_offset = compact(_starts(lengths * self._coded))  # each coded term's first code
        self._codes = np.asarray(arrays["codes"])
        self._pair1 = np.asarray(arrays["pair1"])
        self._table = np.array(table, dtype=np.float64)
        self._single_impacts: FloatArray | None = None
        self._code_pos = np.asarray(arrays["code_pos"])
        self._code_val = np.asarray(arrays["code_val"])

    @property
    def _single(self) -> FloatArray:
        """The impact of each passage's tf = 1 pair (made on first use: only the numpy path reads it)."""
        if self._single_impacts is None:
            self._single_impacts = self._table[self._pair1] if len(self._table) else np.zeros(len(self._pair1))
        return self._single_impacts

    def parts(self) -> tuple[IntArray, ...]:
        """The arrays a compiled scan reads (index/ranking/compiled.py), in its order: col_ptr, each term's
        first gap in its stream, wide, gaps8, gaps16, exc_pos, exc_val, each term's first exception, each
        term's first passage, coded, each coded term's first code, codes, each passage's tf = 1 code (pair1),
        the impacts table, code_pos, code_val."""
        return (self.col_ptr, self._offset, self.wide, self._gaps8, self._gaps16, self.exc_pos, self.exc_val,
                self.exc_ptr, self._first, self._coded, self._code_offset, self._codes, self._pair1, self._table,
                self._code_pos, self._code_val)

    def gaps(self, j: int, positions: IntArray | None = None) -> IntArray:
        """Term j's gaps (int64) as stored, exceptions' places 0: all of them, or at these posting indices."""
        start = int(self.col_ptr[j])
        stream: IntArray = self._gaps16 if self.wide[j] else self._gaps8
        offset = int(self._offset[j])
        if positions is None:
            return stream[offset:offset + int(self.col_ptr[j + 1]) - start].astype(np.int64)
        picked: IntArray = stream[positions - start + offset]
        return picked.astype(np.int64)

    def rows(self, j: int) -> IntArray:
        """Term j's passages, ascending (int64)."""
        rows = self.gaps(j)
        start = int(self.col_ptr[j])
        a, b = int(self.exc_ptr[j]), int(self.exc_ptr[j + 1])
        rows[np.subtract(self.exc_pos[a:b], start, dtype=np.intp)] = self.exc_val[a:b]
        if len(rows):
            rows[0] = self._first[j]
        np.cumsum(rows, out=rows)  # twice as fast as casting inside cumsum
        return rows

    def impacts(self, j: int, rows: IntArray, positions: IntArray | None = None) -> FloatArray:
        """The impacts (`table` entries) of term j's postings at its passages `rows`: all of its postings, or
        those at these posting indices (ascending)."""
        start, end = int(self.col_ptr[j]), int(self.col_ptr[j + 1])
        values: FloatArray
        if self._coded[j]:
            offset = int(self._code_offset[j])
            codes = self._codes[offset:offset + end - start] if positions is None else \
                self._codes[np.subtract(positions, start - offset, dtype=np.intp)]
            values = self._table.take(codes.astype(np.intp))
        else:
            values = self._single.take(rows)  # `take` gathers faster than indexing
        # Searched with keys of the array's own type: other keys would convert the whole array first.
        a, b = np.searchsorted(self._code_pos, np.asarray((start, end), dtype=self._code_pos.dtype)).tolist()
        if b > a:
            # Indices as intp: numpy indexes with other integer types much more slowly.
            kept = self._code_pos[a:b]
            pairs = self._table.take(self._code_val[a:b].astype(np.intp))
            if positions is None:
                values[np.subtract(kept, start, dtype=np.intp)] = pairs
            else:
                at = np.minimum(np.searchsorted(kept, positions), b - a - 1)
                hit = kept[at] == positions
                values[hit] = pairs[at[hit]]
        return values

    def everything(self) -> tuple[IntArray, IntArray]:
        """Every posting's passage and pair code, term after term (int64 arrays)."""
        lengths: IntArray = np.diff(self.col_ptr.astype(np.int64))
        in_wide = np.repeat(self.wide, lengths)
        gaps = np.empty(len(in_wide), dtype=np.int64)
        gaps[in_wide] = self._gaps16
        gaps[~in_wide] = self._gaps8
        gaps[self.exc_pos] = self.exc_val
        # Gaps run on across a term's postings; each term's first passage restarts them.
        starts = self.col_ptr[:-1][lengths > 0]
        gaps[starts] = self._first[lengths > 0]
        totals = np.cumsum(gaps)
        group = np.repeat(np.arange(len(starts)), lengths[lengths > 0])
        before = np.concatenate(([0], totals[starts[1:] - 1])) if len(starts) else np.zeros(0, dtype=np.int64)
        rows = totals - before[group] if len(gaps) else gaps
        codes = self._pair1[rows].astype(np.int64)
        codes[np.repeat(self._coded, lengths)] = self._codes
        codes[self._code_pos] = self._code_val
        return rows, codes
