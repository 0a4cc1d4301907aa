"""The archive scorer's paths against each other on one index, query by query, in one process.

    python bench/scan.py INDEX [--rounds 5] [--seed 7]

Loads the index's scorer (`index.store.scorers.open_scorer`) and times `scorer.top(terms, 10)` for the eval
questions' terms (tests/data/dev.jsonl and extra.jsonl, tokenized by the index's own tokenizer, duplicates
dropped) and 200 random queries of 3-8 vocabulary terms (as bench/peers.py draws them: each term with equal
chance from the 100 most common terms, ranks 100-9,999 by document frequency, or the rest), under each
variant in turn, all queries one variant after another, each round starting with the next variant (so that
a shared machine's load falls on all alike), after a warm-up round: the compiled scan
(the default; listing the passages touched below N / 4 postings, summing window by window above), the same
listing only or windows only, the same with the longest postings skipped where they cannot change the
result (MaxScore), and the numpy path with and without that skipping. Every variant's top 10 is checked
against the first's. Prints p50 and p99 (nearest rank) per variant and query kind, and the load average.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402

RANDOM_QUERIES = 200


def queries(index: Path, seed: int) -> tuple[Any, list[tuple[str, list[str]]]]:
    """The scorer and the queries: ("eval" | "random", terms)."""
    import numpy as np

    from index.answering.loading import load_engine
    from index.evaluation import read_questions

    engine = load_engine(index)
    scorer = engine.scorer
    out: list[tuple[str, list[str]]] = []
    for name in ("dev.jsonl", "extra.jsonl"):
        for item in read_questions(ROOT / "tests" / "data" / name):
            terms = list(dict.fromkeys(engine.terms(item["q"])))
            if any(t in scorer.idf_table for t in terms):
                out.append(("eval", terms))
    files = engine.index.store.files  # type: ignore[attr-defined]
    col_ptr = np.asarray(files.arrays["col_ptr"], dtype=np.int64)
    by_df = np.argsort(-np.diff(col_ptr), kind="stable")
    sorted_of = np.empty(len(by_df), dtype=np.int64)
    sorted_of[files.arrays["term_ids"]] = np.arange(len(by_df))
    rng = random.Random(seed)
    bands = [(0, 100), (100, 10_000), (10_000, len(by_df))]
    for _ in range(RANDOM_QUERIES):
        terms = []
        for _ in range(rng.randint(3, 8)):
            lo, hi = rng.choice(bands)
            terms.append(files.terms.at(int(sorted_of[by_df[rng.randrange(lo, min(hi, len(by_df)))]])))
        out.append(("random", terms))
    return scorer, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    import index.ranking.sparse as sparse

    scorer, asked = queries(args.index, args.seed)
    default_share = sparse._WINDOW_SHARE
    variants: dict[str, dict[str, Any]] = {
        "compiled (default)": {"backend": "compiled", "prune": False, "share": default_share},
        "compiled, listing only": {"backend": "compiled", "prune": False, "share": 0},
        "compiled, windows only": {"backend": "compiled", "prune": False, "share": 10**9},
        "compiled, skipping": {"backend": "compiled", "prune": True, "share": default_share},
        "numpy, skipping (its default)": {"backend": "numpy", "prune": True, "share": default_share},
        "numpy, no skipping": {"backend": "numpy", "prune": False, "share": default_share},
    }
    if getattr(scorer, "backend", None) != "compiled":
        print("the compiled scan is not built here: numpy variants only")
        variants = {k: v for k, v in variants.items() if v["backend"] == "numpy"}

    def use(variant: dict[str, Any]) -> None:
        scorer.backend, scorer.prune, sparse._WINDOW_SHARE = variant["backend"], variant["prune"], variant["share"]

    first = next(iter(variants.values()))
    use(first)
    expected = [scorer.top(terms, 10) for _, terms in asked]
    times: dict[str, dict[str, list[float]]] = {name: {"eval": [], "random": []} for name in variants}
    load = os.getloadavg()
    names = list(variants)
    for n in range(args.rounds + 1):  # round 0 warms up
        for name in names[n % len(names):] + names[:n % len(names)]:  # each round starts with another variant
            use(variants[name])
            for (kind, terms), want in zip(asked, expected, strict=True):
                start = time.perf_counter()
                got = scorer.top(terms, 10)
                if n:
                    times[name][kind].append((time.perf_counter() - start) * 1000)
                if got != want:
                    raise SystemExit(f"{name} differs on {terms}")
    use(first)
    print(f"{len(asked)} queries x {args.rounds} rounds; load average {load[0]:.2f} at the start, "
          f"{os.getloadavg()[0]:.2f} at the end; top 10 identical in every variant")
    for name, kinds in times.items():
        print(f"{name:<32}" + "  ".join(f"{kind} p50 {percentile(v, 50):.3f} p99 {percentile(v, 99):.3f} ms"
                                         for kind, v in kinds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
