"""BM25 as both backends compute it: rank-bm25's Okapi parameters, what the engine needs of a scorer, and
queries made of parts of different weights.

The backends are `index.ranking.scoring.OkapiScorer` (rank-bm25's `BM25Okapi` itself, the scorer of record)
and `index.ranking.sparse.SparseScorer` (the same scores from term columns, for archives).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

K1 = 1.5
B = 0.75
EPSILON = 0.25


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
