"""BM25 scoring over index terms (rank-bm25's Okapi variant), by one of two backends with the same ranking.

`OkapiScorer` is rank-bm25's `BM25Okapi` itself, the reference (its scores bit for bit, each term's column
kept once worked out); for more passages than `SPARSE_MIN_PASSAGES`, `index.ranking.sparse.SparseScorer` gives
the same scores from term columns in a fraction of the time (see docs/scaling.md for the measurements behind
the threshold).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from index.ranking.bm25 import EPSILON, K1, B, Scorer

#: Corpora with more passages than this are scored (and indexed) by the sparse backend.
SPARSE_MIN_PASSAGES = 2000
#: Most terms whose column of scores the reference backend keeps.
MAX_COLUMNS = 4096


def choose_scorer(corpus: Sequence[Sequence[str]], backend: str = "auto") -> Scorer:
    """The backend for a corpus of passages given as term lists: "okapi", "sparse" or "auto" (by size)."""
    if backend == "sparse" or (backend == "auto" and len(corpus) > SPARSE_MIN_PASSAGES):
        from index.ranking.sparse import SparseScorer  # collections of reports only: keeps `qabot ask` light

        return SparseScorer.from_terms(corpus)
    return OkapiScorer(corpus)


class OkapiScorer:
    """`rank_bm25.BM25Okapi` with top-k selection and access to term IDF."""

    def __init__(self, corpus: Sequence[Sequence[str]]) -> None:
        import numpy as np
        from rank_bm25 import BM25Okapi  # numpy comes with it; imported on first use only

        self._bm25: Any = BM25Okapi([list(doc) for doc in corpus], k1=K1, b=B, epsilon=EPSILON)
        self.size = len(corpus)
        self._idf: dict[str, float] = self._bm25.idf
        # IDF of a term no passage holds, by Okapi's formula (rank-bm25 does not score unseen terms).
        self.unseen_idf = math.log((self.size + 0.5) / 0.5)
        self._doc_len = np.array(self._bm25.doc_len)  # as rank-bm25's get_scores makes it
        self._columns: dict[str, Any] = {}

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
        """Every passage's score for the query `terms`: rank-bm25's `get_scores`, bit for bit (each term's
        column of scores is worked out as it does, once, and the columns added in the query's order)."""
        import numpy as np

        score = np.zeros(self.size)
        for term in terms:
            score += self._column(term)
        return score

    def _column(self, term: str) -> Any:
        """A term's share of every passage's score, by rank-bm25's formula (kept for the terms asked most)."""
        column = self._columns.get(term)
        if column is None:
            import numpy as np

            bm25 = self._bm25
            freq = np.array([(doc.get(term) or 0) for doc in bm25.doc_freqs])
            column = (bm25.idf.get(term) or 0) * (freq * (bm25.k1 + 1) / (
                freq + bm25.k1 * (1 - bm25.b + bm25.b * self._doc_len / bm25.avgdl)))
            if len(self._columns) >= MAX_COLUMNS:
                self._columns.clear()
            self._columns[term] = column
        return column

    def top(self, terms: Sequence[str], k: int, offset: int = 0) -> list[tuple[int, float]]:
        """(passage position, score) of the best `k` passages after skipping `offset`, best first.

        Ties keep corpus order, so results are deterministic.
        """
        import numpy as np

        if not terms or self.size == 0:
            return []
        scores = self.get_scores(terms)
        wanted = min(self.size, k + offset)
        if wanted <= 0:
            return []
        order = np.lexsort((np.arange(self.size), -scores))[:wanted]
        return [(int(i), float(scores[i])) for i in order[offset:]]
