"""BM25 scoring over index terms (rank-bm25's Okapi variant), by one of two backends with the same ranking.

`OkapiScorer` is rank-bm25's `BM25Okapi` itself, the reference; for more passages than
`SPARSE_MIN_PASSAGES`, `index.ranking.sparse.SparseScorer` gives the same scores from term columns in a fraction of
the time (see docs/scaling.md for the measurements behind the threshold).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

K1 = 1.5
B = 0.75
EPSILON = 0.25
#: Corpora with more passages than this are scored (and indexed) by the sparse backend.
SPARSE_MIN_PASSAGES = 2000


class Scorer(Protocol):
    """What the engine needs of a BM25 backend."""

    size: int
    unseen_idf: float

    @property
    def vocabulary(self) -> int:
        """Number of distinct terms in the corpus."""

    def idf(self, term: str) -> float:
        """The idf of `term` (0 for a term no passage holds)."""

    @property
    def idf_table(self) -> Mapping[str, float]:
        """idf of every term in the corpus."""

    def top(self, terms: Sequence[str], k: int, offset: int = 0) -> list[tuple[int, float]]:
        """(passage position, score) of the best `k` passages after skipping `offset`, best first."""

    def get_scores(self, terms: Sequence[str]) -> Any:
        """Every passage's score for the query `terms` (a numpy array, as `BM25Okapi.get_scores`)."""


def top_weighted(scorer: Scorer, weighted: Sequence[tuple[Sequence[str], float]], k: int,
                 offset: int = 0) -> list[tuple[int, float]]:
    """Like `Scorer.top` for a query made of parts of different weights: each part's BM25 scores, times its
    weight, summed (a conversation's earlier words count less than the question's own). Ties keep corpus
    order."""
    import numpy as np

    parts = [(list(terms), w) for terms, w in weighted if terms and w > 0]
    if not parts or scorer.size == 0:
        return []
    scores = np.zeros(scorer.size, dtype=np.float64)
    for terms, w in parts:
        scores += w * np.asarray(scorer.get_scores(terms), dtype=np.float64)
    wanted = min(scorer.size, k + offset)
    order = np.lexsort((np.arange(scorer.size), -scores))[:wanted]
    return [(int(i), float(scores[i])) for i in order[offset:]]


def choose_scorer(corpus: Sequence[Sequence[str]], backend: str = "auto") -> Scorer:
    """The backend for a corpus of passages given as term lists: "okapi", "sparse" or "auto" (by size)."""
    if backend == "sparse" or (backend == "auto" and len(corpus) > SPARSE_MIN_PASSAGES):
        from index.ranking.sparse import SparseScorer

        return SparseScorer.from_terms(corpus)
    return OkapiScorer(corpus)


class OkapiScorer:
    """`rank_bm25.BM25Okapi` with top-k selection and access to term IDF."""

    def __init__(self, corpus: Sequence[Sequence[str]]) -> None:
        from rank_bm25 import BM25Okapi  # numpy comes with it; imported on first use only

        self._bm25: Any = BM25Okapi([list(doc) for doc in corpus], k1=K1, b=B, epsilon=EPSILON)
        self.size = len(corpus)
        self._idf: dict[str, float] = self._bm25.idf
        # IDF of a term no passage holds, by Okapi's formula (rank-bm25 does not score unseen terms).
        self.unseen_idf = math.log((self.size + 0.5) / 0.5)

    @property
    def vocabulary(self) -> int:
        """Number of distinct terms in the corpus."""
        return len(self._idf)

    def idf(self, term: str) -> float:
        """The IDF rank-bm25 uses for `term` (0 for a term no passage holds)."""
        return float(self._idf.get(term, 0.0))

    @property
    def idf_table(self) -> dict[str, float]:
        """IDF of every term in the corpus."""
        return self._idf

    def get_scores(self, terms: Sequence[str]) -> Any:
        """Every passage's score for the query `terms` (rank-bm25's own `get_scores`)."""
        return self._bm25.get_scores(list(terms))

    def top(self, terms: Sequence[str], k: int, offset: int = 0) -> list[tuple[int, float]]:
        """(passage position, score) of the best `k` passages after skipping `offset`, best first.

        Ties keep corpus order, so results are deterministic.
        """
        import numpy as np

        if not terms or self.size == 0:
            return []
        scores = self._bm25.get_scores(list(terms))
        wanted = min(self.size, k + offset)
        if wanted <= 0:
            return []
        order = np.lexsort((np.arange(self.size), -scores))[:wanted]
        return [(int(i), float(scores[i])) for i in order[offset:]]
