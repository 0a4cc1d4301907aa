"""BM25 scoring over index terms (rank-bm25's Okapi variant)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

K1 = 1.5
B = 0.75
EPSILON = 0.25


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
