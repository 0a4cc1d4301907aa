"""BM25 scoring over index terms (rank-bm25's Okapi variant), by one of two backends with the same ranking.

`OkapiScorer` is rank-bm25's `BM25Okapi` itself, the reference; for more passages than
`SPARSE_MIN_PASSAGES`, `index.ranking.sparse.SparseScorer` gives the same scores from term columns in a
fraction of the time (see docs/scaling.md for the measurements behind the threshold).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from index.ranking.bm25 import EPSILON, K1, B, Scorer

#: Corpora with more passages than this are scored (and indexed) by the sparse backend.
SPARSE_MIN_PASSAGES = 2000


def choose_scorer(corpus: Sequence[Sequence[str]], backend: str = "auto") -> Scorer:
    """The backend for a corpus of passages given as term lists: "okapi", "sparse" or "auto" (by size)."""
    if backend == "sparse" or (backend == "auto" and len(corpus) > SPARSE_MIN_PASSAGES):
        from index.ranking.sparse import SparseScorer  # collections of reports only: keeps `qabot ask` light

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
