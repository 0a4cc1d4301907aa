"""BM25 (rank-bm25's Okapi variant) from compact term columns: the same scores, bit for bit, much faster.

`rank_bm25.BM25Okapi` scores a query by walking every passage's term counts for every query term, which
costs time in proportion to the corpus (1.7 s a query at a million passages). Here each term's column holds
the passages that contain it, so a query touches only the postings of its own terms.

A posting is the gap to the term's previous passage, in 1 or 2 bytes (chosen per term; the first passage
of a term and gaps too large are exceptions, kept in two small side arrays), and an impact code naming the
posting's (tf, passage length) pair in a table of the distinct pairs: for tf = 1, nearly all postings, the
passage's own code (one per passage), the others kept apart, or a byte per posting for terms often
repeated in a passage (index/ranking/postings.py). The table holds
tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)) per pair, so a query term's contributions are
idf * table[codes], computed at query time in float64: no JIT, no precomputed floats on disk.

The numbers are rank-bm25's exactly, so rankings (ties included) are the same:
- idf = log(N - df + 0.5) - log(df + 0.5) with `math.log`, terms numbered in order of first occurrence,
  the average idf summed in that order one term at a time, and every negative idf replaced by
  epsilon x average idf;
- a posting's contribution is idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))), evaluated with
  the same float64 operations in the same order as rank-bm25's numpy expression (the parenthesised part
  depends on tf and dl only, so the table holds it exactly; multiplying by idf is the last operation);
- a passage's score adds the contributions of the query terms in query order starting from 0.0 (adding
  0.0 for an absent term, as rank-bm25 does, changes nothing): `SparseScorer.top` adds each term's
  contributions into a reused array of scores at its passages only, then selects the best among the
  passages touched (no pass over all N passages).

bm25s (method "robertson") was measured as the alternative: it clamps negative idf to 0 rather than
epsilon x average idf, takes the log of the ratio rather than the difference of logs, stores float32 by
default and indexes from token lists held in memory, so its rankings differ from rank-bm25's wherever a
query holds a term found in more than half the passages or two scores are within float32 rounding.

Only numpy is needed, to build and to score. Where the install compiled index/ranking/cscan.c, `SparseScorer.top`
runs the same arithmetic in one C loop per term instead (index/ranking/compiled.py); the numpy code here stays
the reference, and the tests check the two against each other and against rank-bm25.
"""

from __future__ import annotations

import math
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from index.ranking import compiled
from index.ranking.bm25 import EPSILON, K1, B
from index.ranking.postings import CODE_LIMIT, GAP_LIMIT, Postings, compact, encode, encode_codes

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[Any]


#: Postings per skip entry (the passage of every SKIP-th posting of a term is kept, for lookups).
SKIP = 128


def okapi_idf(df: IntArray, n: int, epsilon: float = EPSILON) -> tuple[FloatArray, float]:
    """rank-bm25's idf per term (ids in first-occurrence order) and the average idf before flooring."""
    df_list = df.tolist()
    cache: dict[int, float] = {}
    raw: list[float] = []
    idf_sum: float = 0
    for d in df_list:
        value = cache.get(d)
        if value is None:
            value = cache[d] = math.log(n - d + 0.5) - math.log(d + 0.5)
        raw.append(value)
        idf_sum += value  # one term at a time, in rank-bm25's order: the average must match to the last bit
    average = idf_sum / len(raw) if raw else 0.0
    idf = np.asarray(raw, dtype=np.float64)
    idf[idf < 0] = epsilon * average
    return idf, average


def passage_norms(doc_len: IntArray, avgdl: float, k1: float = K1, b: float = B) -> FloatArray:
    """k1 * (1 - b + b * dl / avgdl) per passage, as rank-bm25 evaluates it."""
    dl = np.asarray(doc_len, dtype=np.int64)
    return np.asarray(k1 * (1 - b + b * dl / avgdl), dtype=np.float64)


def impacts(tf: IntArray, norm: FloatArray, k1: float = K1) -> FloatArray:
    """tf * (k1 + 1) / (tf + norm), elementwise, as rank-bm25 evaluates the part of a contribution that
    does not depend on the term (idf * this is the contribution)."""
    tf64 = np.asarray(tf, dtype=np.int64)
    return np.asarray(tf64 * (k1 + 1) / (tf64 + norm), dtype=np.float64)

def to_columns(indptr: IntArray, term_ids: IntArray, tf: IntArray, vocabulary: int) -> tuple[IntArray, IntArray,
                                                                                                  IntArray]:
    """Transpose passage rows (CSR: indptr, term ids, counts) into term columns: (indptr, rows, counts).

    Rows within a column come out in ascending order. Each posting gets the 64-bit key (term id, position)
    in its two 32-bit halves; sorting the keys orders the postings by term and, within a term, by position,
    which is row order (a stable sort by term, without an index array to sort).
    """
    postings = len(term_ids)
    if postings >= 1 << 32:  # pragma: no cover - 4 billion postings: positions no longer fit 32 bits
        order: IntArray = np.argsort(term_ids, kind="stable")
    else:
        keys = np.empty(postings, dtype=np.int64)
        halves = keys.view(np.uint32).reshape(postings, 2)
        low, high = (0, 1) if sys.byteorder == "little" else (1, 0)
        halves[:, high] = term_ids
        halves[:, low] = np.arange(postings, dtype=np.uint32)
        keys.sort()
        order = halves[:, low]
    col_ptr = np.zeros(vocabulary + 1, dtype=np.int64)
    if postings:
        np.cumsum(np.bincount(term_ids, minlength=vocabulary), out=col_ptr[1:])
    row_of = np.repeat(np.arange(len(indptr) - 1, dtype=np.int32), np.diff(indptr))
    return col_ptr, row_of[order], np.asarray(tf)[order]


class IdfTable(Mapping[str, float]):
    """term -> idf over a vocabulary dict and an idf array (what `answer_signals` reads)."""

    def __init__(self, vocab: Mapping[str, int], idf: FloatArray) -> None:
        self._vocab = vocab
        self._idf = idf

    def __getitem__(self, term: str) -> float:
        return float(self._idf[self._vocab[term]])

    def __contains__(self, term: object) -> bool:
        return term in self._vocab

    def __iter__(self) -> Iterator[str]:
        return iter(self._vocab)

    def __len__(self) -> int:
        return len(self._vocab)


class SparseScorer:
    """The scorer interface of `OkapiScorer` over compact term columns (arrays may be memory-mapped).

    `postings.col_ptr[j]:postings.col_ptr[j + 1]` are term j's postings (index/ranking/postings.py): its
    passages and the impacts of their (tf, length) pairs.
    """

    def __init__(self, vocab: Mapping[str, int], idf: FloatArray, postings: Postings, size: int,
                 maxima: FloatArray, skip_rows: IntArray) -> None:
        self._vocab = vocab
        # Plain views of memory maps: slicing an `np.memmap` costs more than the small slices themselves.
        self._idf = np.asarray(idf)
        self._postings = postings
        self._indptr = postings.col_ptr
        self._max = np.asarray(maxima)  # each term's largest impact: idf * it bounds its contributions
        self._skip_rows = np.asarray(skip_rows)  # the passage of every SKIP-th posting of each term
        self._skip = SKIP  # as the skip entries were made
        self._skip_ptr = compact(skip_pointers(self._indptr))
        self.size = size
        self.unseen_idf = math.log((size + 0.5) / 0.5)
        self._table = IdfTable(vocab, idf)
        self._scores: FloatArray | None = None  # reused by `top`, all zeros between queries
        self._lock = threading.Lock()
        # The compiled scan where the install built it (index/ranking/compiled.py); "numpy" picks the numpy
        # path, the reference (the same results).
        self._scan = compiled.scan(postings, self._idf, self._skip_rows, self._skip_ptr, self._max, size, self._skip)
        self.backend = "compiled" if self._scan is not None else "numpy"
        # Skip the longest postings where they cannot change the result: it pays for the numpy path, not for the
        # compiled scan, which reads every posting faster than it looks the candidates up (docs/scaling.md).
        self.prune = self._scan is None

    @classmethod
    def from_columns(cls, vocab: Mapping[str, int], columns: Mapping[str, Any], size: int) -> SparseScorer:
        """A scorer over the result of `assemble` (or the same arrays loaded from disk)."""
        first = first_rows(columns["indptr"], columns["skip_rows"])
        return cls(vocab, columns["idf"], Postings(columns["indptr"], columns, columns["impacts"], first), size,
                   columns["maxima"], columns["skip_rows"])

    @classmethod
    def from_terms(cls, corpus: Sequence[Sequence[str]]) -> SparseScorer:
        """Index passages given as term lists (what `OkapiScorer` takes)."""
        vocab: dict[str, int] = {}
        indptr = [0]
        ids: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for doc in corpus:
            local: dict[int, int] = {}
            for term in doc:
                j = vocab.setdefault(term, len(vocab))
                local[j] = local.get(j, 0) + 1
            ids.extend(local)
            counts.extend(local.values())
            indptr.append(len(ids))
            lengths.append(len(doc))
        columns = assemble(np.asarray(indptr, dtype=np.int64), np.asarray(ids, dtype=np.int32),
                           np.asarray(counts, dtype=np.int32), np.asarray(lengths, dtype=np.int64), len(vocab))
        return cls.from_columns(vocab, columns, len(lengths))

    @property
    def vocabulary(self) -> int:
        """Number of distinct terms in the corpus."""
        return len(self._vocab)

    def idf(self, term: str) -> float:
        """The idf rank-bm25 uses for `term` (0 for a term no passage holds)."""
        j = self._vocab.get(term)
        return 0.0 if j is None else float(self._idf[j])

    @property
    def idf_table(self) -> Mapping[str, float]:
        """idf of every term in the corpus (looked up on demand)."""
        return self._table

    def _column(self, j: int) -> tuple[IntArray, FloatArray]:
        """Term j's passages (int64, ascending) and contributions (idf * impact, as rank-bm25 multiplies)."""
        rows = self._postings.rows(j)
        values = self._postings.impacts(j, rows)
        values *= self._idf[j]  # float64 multiplication is commutative: idf * impact to the last bit
        return rows, values

    def postings(self, term: str) -> tuple[IntArray, FloatArray]:
        """(passage positions ascending, contributions) of one term; empty for an unknown term."""
        j = self._vocab.get(term)
        if j is None:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        return self._column(j)

    def contains(self, term: str, position: int) -> bool:
        """Does the passage at `position` hold `term`?"""
        rows, _ = self.postings(term)
        i = int(np.searchsorted(rows, position))
        return i < len(rows) and int(rows[i]) == position

    def get_scores(self, terms: Sequence[str]) -> FloatArray:
        """Every passage's score for the query `terms` (what `BM25Okapi.get_scores` returns).

        Each term's contributions are added at its passages in query order, starting from 0.0, as
        rank-bm25 adds them (a term's passages are distinct, so each passage gets one addition per term).
        """
        scores = np.zeros(self.size, dtype=np.float64)
        for term in terms:
            j = self._vocab.get(term)
            if j is not None:
                rows, values = self._column(j)
                scores[rows] += values
        return scores

    def top(self, terms: Sequence[str], k: int, offset: int = 0) -> list[tuple[int, float]]:
        """(passage position, score) of the best `k` passages after skipping `offset`, best first.

        Ties keep corpus order, exactly as `OkapiScorer.top`. Scores are summed only at the passages the
        query's postings touch, and the best are selected among those; passages touched by no term score 0
        and follow in corpus order. Where a term's idf is not positive (tiny corpora whose average idf is
        negative), contributions may be zero or negative and every passage is scored instead.
        """
        if not terms or self.size == 0:
            return []
        wanted = min(self.size, k + offset)
        if wanted <= 0:
            return []
        columns = [j for j in (self._vocab.get(term) for term in terms) if j is not None]
        if not columns:
            return [(i, 0.0) for i in range(offset, wanted)]
        if self._scan is not None and self.backend == "compiled":
            best = self._scan.top(columns, wanted, _WINDOW_SHARE, _WINDOW_SHIFT,
                                  *((_PRUNE_MIN, _PRUNE_RATIO, _LOOKUP_COST) if self.prune else ()))
            if best is None:  # a term's idf is not positive
                return _select(self.get_scores(terms), wanted, offset)
            if len(best) < wanted:  # fewer passages touched than wanted: the earliest others follow, scoring 0
                held = {i for i, _ in best}
                best += [(i, 0.0) for i in range(wanted) if i not in held][: wanted - len(best)]
            return best[offset:]
        if any(self._idf[j] <= 0 for j in columns):
            return _select(self.get_scores(terms), wanted, offset)
        if len(columns) == 1:
            rows, values = self._column(columns[0])
            ids, scores = _best_touched(rows, values, wanted, 1)
        elif self._lock.acquire(blocking=False):
            try:
                if self._scores is None:
                    self._scores = np.zeros(self.size, dtype=np.float64)
                decoded: dict[int, tuple[IntArray, FloatArray]] = {}
                found = self._pruned(columns, self._scores, wanted, decoded) if self.prune else None
                ids, scores = found if found is not None else self._sum_touched(columns, self._scores, wanted,
                                                                                  decoded)
            finally:
                self._lock.release()
        else:  # another thread is scoring with the shared array
            ids, scores = self._sum_touched(columns, np.zeros(self.size, dtype=np.float64), wanted)
        if len(ids) < wanted:  # fewer passages touched than wanted: the untouched follow, scoring 0
            ids, scores = _fill_zeros(ids, scores, wanted)
        order = np.lexsort((ids, -scores))[offset:wanted]
        return [(int(i), float(s)) for i, s in zip(ids[order].tolist(), scores[order].tolist(), strict=True)]

    def _sum_touched(self, columns: list[int], scores: FloatArray, wanted: int,
                     decoded: Mapping[int, tuple[IntArray, FloatArray]] | None = None) -> tuple[IntArray, FloatArray]:
        """Scores of the touched passages summed in `scores` (all zeros, left all zeros), and the best.

        Where the postings are many against the passages (at least N / `_DENSE_SHARE`), every passage's
        score is summed by `np.bincount` over the postings concatenated in query order (which adds each
        passage's contributions in that order from 0.0) and the best are selected from the whole array:
        cheaper then than gathering, selecting among and clearing the touched passages."""
        postings = sum(int(self._indptr[j + 1]) - int(self._indptr[j]) for j in columns)
        if postings * _DENSE_SHARE >= self.size:
            parts = [decoded[j] if decoded and j in decoded else self._column(j) for j in columns]
            dense = np.asarray(np.bincount(np.concatenate([r for r, _ in parts]),
                                           weights=np.concatenate([v for _, v in parts]), minlength=self.size),
                               dtype=np.float64)  # float64 already (weights): no copy
            chosen = _top_positions(dense, wanted)
            return chosen, dense[chosen]
        touched: list[IntArray] = []
        try:
            for n, j in enumerate(columns):
                rows, values = decoded[j] if decoded and j in decoded else self._column(j)
                if n == 0:
                    scores[rows] = values  # 0.0 + value is value: contributions here are positive
                else:
                    scores[rows] += values  # one addition per passage and term, in query order
                touched.append(rows)
            every = np.concatenate(touched)
            return _best_touched(every, scores[every], wanted, len(columns))
        finally:
            for rows in touched:
                scores[rows] = 0.0


    def _pruned(self, columns: list[int], scores: FloatArray, wanted: int,
                decoded: dict[int, tuple[IntArray, FloatArray]]) -> tuple[IntArray, FloatArray] | None:
        """The best `wanted` passages (ascending, with exact scores) without reading the longest postings, or
        None where they cannot be skipped ("MaxScore": Turtle & Flood, 1995).

        Terms are added (in `scores`, all zeros and left all zeros) from the shortest postings up. Before a
        term whose postings are much longer than all read so far, if the `wanted`-th best partial score
        already exceeds what the remaining terms could add at most (idf x largest impact each), only the
        passages whose partial score is within that reach can be among the best; their exact scores are
        then summed in query order, the remaining terms' contributions looked up through their skip
        entries (only the blocks of SKIP postings that may hold a candidate are decoded). The columns decoded
        are left in `decoded` for the full sum when skipping is not possible.
        """
        counts: dict[int, int] = {}
        for j in columns:
            counts[j] = counts.get(j, 0) + 1
        length = {j: int(self._indptr[j + 1]) - int(self._indptr[j]) for j in counts}
        order = sorted(counts, key=length.__getitem__)
        tries, read = [], 0
        for n, j in enumerate(order):
            if n and length[j] >= _PRUNE_MIN and length[j] >= _PRUNE_RATIO * read:
                tries.append(n)
            read += length[j]
        if not tries:
            return None
        bound = {j: float(self._idf[j]) * float(self._max[j]) * counts[j] for j in counts}
        touched: list[IntArray] = []
        try:
            for n, j in enumerate(order[:tries[-1]]):
                if n in tries:
                    found = self._candidates(touched, scores, wanted, len(touched), sum(bound[t] for t in order[n:]),
                                             sum(length[t] for t in order[n:]))
                    if found is not None:
                        return self._exact(columns, found, decoded, wanted)
                rows, values = decoded[j] = self._column(j)
                if n == 0:
                    scores[rows] = values * counts[j] if counts[j] > 1 else values
                else:
                    scores[rows] += values * counts[j] if counts[j] > 1 else values
                touched.append(rows)
            found = self._candidates(touched, scores, wanted, len(touched), sum(bound[t] for t in order[tries[-1]:]),
                                     sum(length[t] for t in order[tries[-1]:]))
            return None if found is None else self._exact(columns, found, decoded, wanted)
        finally:
            for rows in touched:
                scores[rows] = 0.0

    @staticmethod
    def _candidates(touched: list[IntArray], scores: FloatArray, wanted: int, repeats: int,
                    rest: float, skipped: int) -> IntArray | None:
        """Passages (ascending) whose partial score is within `rest` of the `wanted`-th best, or None (also
        where they are too many for looking them up in the `skipped` postings to pay)."""
        every = np.concatenate(touched)
        partial = scores[every]
        ids, best = _best_touched(every, partial, wanted, repeats)
        if len(ids) < wanted:
            return None
        kth = float(np.partition(best, len(best) - wanted)[len(best) - wanted])
        margin = 1e-9 * (abs(kth) + rest) + 1e-12  # partial sums are added in another order
        if rest + margin >= kth:
            return None  # a passage holding only the remaining terms could still make it
        candidates = np.unique(every[partial >= kth - rest - margin])
        return candidates if len(candidates) * _LOOKUP_COST <= skipped else None

    def _exact(self, columns: list[int], candidates: IntArray, decoded: Mapping[int, tuple[IntArray, FloatArray]],
               wanted: int) -> tuple[IntArray, FloatArray]:
        """The candidates' scores summed in query order from 0.0 (as `get_scores`), and the best `wanted`."""
        exact = np.zeros(len(candidates), dtype=np.float64)
        for j in columns:
            if j in decoded:
                rows, values = decoded[j]
                at = np.minimum(np.searchsorted(rows, candidates), len(rows) - 1)
                exact += np.where(rows[at] == candidates, values[at], 0.0)
            else:
                exact += self._lookup(j, candidates)
        ids, best = _best_touched(candidates, exact, wanted, 1)
        return ids, best

    def _lookup(self, j: int, candidates: IntArray) -> FloatArray:
        """Term j's contributions at the candidates (ascending; 0.0 where absent), decoding only the blocks of
        its postings that may hold one."""
        start, end = int(self._indptr[j]), int(self._indptr[j + 1])
        first = int(self._skip_ptr[j])
        skips = self._skip_rows[first:int(self._skip_ptr[j + 1])]
        block = np.searchsorted(skips, candidates, side="right") - 1
        need = np.unique(block[block >= 0])
        out = np.zeros(len(candidates), dtype=np.float64)
        if not len(need):
            return out
        if len(need) * self._skip * 2 > end - start:  # most blocks: decoding the whole column is cheaper
            rows, values = self._column(j)
            at = np.minimum(np.searchsorted(rows, candidates), len(rows) - 1)
            return np.where(rows[at] == candidates, values[at], 0.0)
        skip = self._skip
        positions = start + need[:, None] * skip + np.arange(skip)
        valid = positions < end
        positions = np.minimum(positions, end - 1)
        postings = self._postings
        gaps = postings.gaps(j, positions)
        a, b = int(postings.exc_ptr[j]), int(postings.exc_ptr[j + 1])
        if b > a:  # exceptions inside the blocks (those at a block's start are replaced below)
            local = np.subtract(postings.exc_pos[a:b], start, dtype=np.intp)
            which = np.searchsorted(need, local // skip)
            inside = (which < len(need)) & (need[np.minimum(which, len(need) - 1)] == local // skip)
            gaps[which[inside], local[inside] % skip] = postings.exc_val[a:b][inside]
        gaps[:, 0] = skips[need]
        rows = np.cumsum(gaps, axis=1)
        rows[~valid] = np.iinfo(np.int64).max  # only the term's last block is partial: still ascending
        flat = rows.ravel()
        at = np.minimum(np.searchsorted(flat, candidates), len(flat) - 1)
        hit = flat[at] == candidates
        values = postings.impacts(j, candidates[hit], positions.ravel()[at[hit]])
        values *= self._idf[j]
        out[hit] = values
        return out


def first_rows(indptr: IntArray, skip_rows: IntArray) -> IntArray:
    """Each term's first passage: its first skip entry (0 for a term without postings)."""
    first = skip_pointers(indptr)[:-1]
    if not len(skip_rows):
        return np.zeros(len(first), dtype=np.int64)
    return np.where(np.diff(np.asarray(indptr)) > 0, np.asarray(skip_rows)[np.minimum(first, len(skip_rows) - 1)], 0)


def skip_pointers(indptr: IntArray) -> IntArray:
    """First skip entry of each term: one per SKIP postings, rounded up."""
    blocks = (np.diff(np.asarray(indptr, dtype=np.int64)) + SKIP - 1) // SKIP
    out = np.zeros(len(blocks) + 1, dtype=np.int64)
    np.cumsum(blocks, out=out[1:])
    return out


def _best_touched(ids: IntArray, scores: FloatArray, wanted: int, repeats: int) -> tuple[IntArray, FloatArray]:
    """Distinct passages (ascending) among the best `wanted` of `ids`, where a passage appears at most
    `repeats` times, always with the same score; fewer only if fewer are distinct. Ties at the boundary go
    to the earliest passages."""
    m = wanted * repeats
    if len(ids) > m:
        # Any m entries at or above a score hold at least `wanted` distinct passages, so the `wanted`-th best
        # passage scores at least the m-th best entry, and at least the m-th best of the block maxima.
        block = min(_BLOCK, len(scores) // (8 * m))
        if block >= 8:
            maxima = _block_maxima(scores, block)
            bound = np.partition(maxima, len(maxima) - m)[len(maxima) - m]
            keep = np.flatnonzero(scores >= bound)
            ids, scores = ids[keep], scores[keep]
        if len(ids) > m:
            kth = np.partition(scores, len(scores) - m)[len(scores) - m]
            above = scores > kth
            chosen, first = np.unique(ids[above], return_index=True)
            values = scores[above][first]
            if len(chosen) < wanted:
                tied = np.unique(ids[scores == kth])[: wanted - len(chosen)]
                chosen = np.concatenate((chosen, tied))
                values = np.concatenate((values, np.full(len(tied), kth)))
            return chosen, values
    chosen, first = np.unique(ids, return_index=True)
    return chosen, scores[first]


def _fill_zeros(ids: IntArray, scores: FloatArray, wanted: int) -> tuple[IntArray, FloatArray]:
    """Append the earliest passages not in `ids` (all positive scores) with score 0 up to `wanted`."""
    need = wanted - len(ids)
    extra = np.setdiff1d(np.arange(need + len(ids), dtype=np.int64), ids)[:need]
    return np.concatenate((ids, extra)), np.concatenate((scores, np.zeros(len(extra))))


#: Scores are grouped in blocks of this size to find a threshold quickly.
_BLOCK = 1024
#: Skipping needs at least this many skipped postings per candidate passage to pay.
_LOOKUP_COST = 16
#: Queries with at least N / this many postings sum every passage's score (see `_sum_touched`).
_DENSE_SHARE = 5
#: The compiled scan sums the scores window by window of passages instead of listing the passages touched for
#: queries with at least N / this many postings (index/ranking/cscan.c) ...
_WINDOW_SHARE = 4
#: ... windows of 2 ** this many passages (their scores stay in a core's cache while the terms are added).
_WINDOW_SHIFT = 16
#: Skipping is tried before a term of at least this many postings ...
_PRUNE_MIN = 4096
#: ... and at least this many times the postings read until then.
_PRUNE_RATIO = 4



def _block_maxima(scores: FloatArray, block: int = _BLOCK) -> FloatArray:
    n = len(scores) // block * block
    maxima = scores[:n].reshape(-1, block).max(axis=1) if n else np.empty(0)
    if n < len(scores):
        maxima = np.append(maxima, scores[n:].max())
    return np.asarray(maxima, dtype=np.float64)


def _kth_lower_bound(scores: FloatArray, wanted: int) -> float:
    """A score that at least `wanted` passages reach (0 if that cannot be shown): the `wanted`-th largest of
    the block maxima (each block maximum is some passage's score), else the exact `wanted`-th largest."""
    maxima = _block_maxima(scores)
    if len(maxima) >= wanted:
        bound = float(np.partition(maxima, len(maxima) - wanted)[len(maxima) - wanted])
        if bound > 0:
            return bound
    positive = scores[scores > 0]
    if len(positive) < wanted:
        return 0.0
    return float(np.partition(positive, len(positive) - wanted)[len(positive) - wanted])


def _best(indices: IntArray, scores: FloatArray, m: int) -> IntArray:
    """The `m` best of `indices` (ascending) by score, ties to the earliest; in no particular order."""
    if len(indices) <= m:
        return indices
    values = scores[indices]
    kth = np.partition(values, len(values) - m)[len(values) - m]
    above = indices[values > kth]
    ties = indices[values == kth][: m - len(above)]
    return np.concatenate((above, ties))


def _top_positions(scores: FloatArray, wanted: int) -> IntArray:
    """Positions of the best `wanted` positive scores (ties to the earliest), in no particular order; fewer
    if fewer are positive."""
    bound = _kth_lower_bound(scores, wanted)
    return _best(np.flatnonzero(scores >= bound) if bound > 0 else np.flatnonzero(scores > 0), scores, wanted)


def _select(scores: FloatArray, wanted: int, offset: int) -> list[tuple[int, float]]:
    """The best `wanted` of all scores (ties to the earliest), minus the first `offset`.

    Mostly-zero arrays make a partition of the whole array slow, so positive, zero and negative scores are
    taken in that order.
    """
    bound = _kth_lower_bound(scores, wanted)
    # At least `wanted` passages score >= bound > 0: the best are among them.
    chosen = _best(np.flatnonzero(scores >= bound) if bound > 0 else np.flatnonzero(scores > 0), scores, wanted)
    if len(chosen) < wanted:
        chosen = np.concatenate((chosen, np.flatnonzero(scores == 0)[: wanted - len(chosen)]))
    if len(chosen) < wanted:
        chosen = np.concatenate((chosen, _best(np.flatnonzero(scores < 0), scores, wanted - len(chosen))))
    order = chosen[np.lexsort((chosen, -scores[chosen]))]
    return [(int(i), float(scores[i])) for i in order[offset:wanted]]


def assemble(indptr: IntArray, term_ids: IntArray, tf: IntArray, doc_len: IntArray,
             vocabulary: int) -> dict[str, Any]:
    """Compact term columns from passage rows.

    `indptr`/`term_ids`/`tf` are the passages' distinct terms (ids in first-occurrence order) and counts,
    `doc_len` the passages' lengths in terms. Returns idf, average_idf, avgdl, indptr (int64[V+1]), impacts
    (float64, one per distinct (tf, length) pair), pair_tf and pair_len (each pair's tf and passage length),
    maxima (float64[V], each term's largest impact), skip_rows (int32, the passage of every SKIP-th posting
    of each term; `skip_pointers` gives each term's first), and the postings as
    `index.ranking.postings` stores them (wide, gaps8, gaps16, exc_pos, exc_val, coded, codes, pair1,
    code_pos, code_val).
    """
    n = len(doc_len)
    lengths = np.asarray(doc_len, dtype=np.int64)
    df = np.bincount(term_ids, minlength=vocabulary) if len(term_ids) else np.zeros(vocabulary, dtype=np.int64)
    idf, average = okapi_idf(df, n)
    del df
    avgdl = int(lengths.sum()) / n if n else 0.0
    col_ptr, rows, counts = to_columns(indptr, term_ids, tf, vocabulary)
    postings = len(rows)
    # (tf, length) pairs: numbered densely when the key space is small, else by sorting.
    span = int(lengths.max()) + 1 if n else 1
    keys_max = (int(counts.max()) + 1) * span if postings else 1
    block = 1 << 22
    if keys_max <= 1 << 26:
        used = np.zeros(keys_max, dtype=bool)
        for start in range(0, postings, block):
            end = min(start + block, postings)
            used[counts[start:end].astype(np.int64) * span + lengths[rows[start:end]]] = True
        pairs = np.flatnonzero(used)
        number = np.cumsum(used, dtype=np.int64) - 1
        del used
        codes = np.empty(postings, dtype=np.uint16 if len(pairs) <= 1 << 16 else np.uint32)
        for start in range(0, postings, block):
            end = min(start + block, postings)
            codes[start:end] = number[counts[start:end].astype(np.int64) * span + lengths[rows[start:end]]]
        del number
    else:  # pragma: no cover - passages of millions of terms
        pairs, inverse = np.unique(counts.astype(np.int64) * span + lengths[rows], return_inverse=True)
        codes = inverse.astype(np.uint16 if len(pairs) <= 1 << 16 else np.uint32)
    # Numbered again by use, the most used first: nearly every code then fits a byte.
    by_use = np.argsort(-np.bincount(codes, minlength=len(pairs)), kind="stable")
    rank = np.empty(len(pairs), dtype=codes.dtype)
    rank[by_use] = np.arange(len(pairs))
    codes, pairs = rank[codes], pairs[by_use]
    pair_tf, pair_len = pairs // span, pairs % span
    table = impacts(pair_tf, passage_norms(pair_len, avgdl)) if n else np.zeros(0)
    # Each term's largest impact, and the passage of every SKIP-th posting of each term.
    maxima = np.zeros(vocabulary, dtype=np.float64)
    filled = np.flatnonzero(np.diff(col_ptr) > 0)
    for first in range(0, len(filled), 1 << 16):
        terms = filled[first:first + (1 << 16)]
        lo, hi = int(col_ptr[terms[0]]), int(col_ptr[terms[-1] + 1])
        maxima[terms] = np.maximum.reduceat(table[codes[lo:hi]], col_ptr[terms] - lo)
    skip_ptr = skip_pointers(col_ptr)
    blocks = np.diff(skip_ptr)
    within = np.arange(int(skip_ptr[-1]), dtype=np.int64) - np.repeat(skip_ptr[:-1], blocks)
    skip_rows = np.asarray(rows[np.repeat(col_ptr[:-1], blocks) + within * SKIP], dtype=np.int32)
    del within
    stored = encode_codes(col_ptr, rows, codes, counts, n, CODE_LIMIT)
    del counts
    # Gaps between a term's passages; each term's first passage is a gap from 0.
    gaps64 = np.empty(postings, dtype=np.int64)
    if postings:
        gaps64[0] = rows[0]
        np.subtract(rows[1:], rows[:-1], out=gaps64[1:], dtype=np.int64)
        starts = col_ptr[:-1][np.diff(col_ptr) > 0]
        gaps64[starts] = rows[starts]
    del rows
    stored.update(encode(col_ptr, gaps64, GAP_LIMIT))
    del gaps64, codes
    return {"idf": idf, "average_idf": average, "avgdl": avgdl, "indptr": col_ptr, "impacts": table,
            "pair_tf": pair_tf, "pair_len": pair_len, "maxima": maxima, "skip_rows": skip_rows, **stored}
