"""The BM25 scorer over an opened index: rank-bm25's `BM25Okapi` itself for a report, its exact fast twin
over the memory-mapped term columns for an archive (index/ranking/scoring.py says where the line is)."""

from __future__ import annotations

from index.ranking.bm25 import Scorer
from index.ranking.scoring import SPARSE_MIN_PASSAGES, OkapiScorer
from index.ranking.sparse import SparseScorer
from index.store.arrays import IndexFiles, postings


def open_scorer(files: IndexFiles) -> Scorer:
    """`OkapiScorer` over the passages' terms (made again from the columns) up to `SPARSE_MIN_PASSAGES`
    passages, else `SparseScorer` over the columns as they are on disk."""
    if files.counts.passages <= SPARSE_MIN_PASSAGES:
        return OkapiScorer(files.term_lists())
    a = files.arrays
    return SparseScorer(files.terms, a["idf"], postings(files), files.counts.passages, a["col_max"], a["skip_rows"])
