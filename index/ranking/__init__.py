"""BM25 ranking: rank-bm25's Okapi scorer of record and its exact sparse twin for archives."""
