"""Show the answer/abstain signals for every eval question and where the thresholds sit.

    python bench/calibrate.py [tests/data/dev.jsonl tests/data/extra.jsonl ...]

For each question: coverage (share of the question's term weight the best passage holds) and evidence
(matched IDF in units of an unseen term's IDF). Prints the range of each threshold that separates answerable
from unanswerable questions on these sets, and the values in index/selection.py.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.building import build_index  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.evaluation import read_questions  # noqa: E402
from index.selection import MIN_COVERAGE, MIN_EVIDENCE  # noqa: E402
from index.store import read_index  # noqa: E402


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [ROOT / "tests/data/dev.jsonl", ROOT / "tests/data/extra.jsonl"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.json"
        build_index(ROOT / "corpus", path)
        engine = Engine(read_index(path), path)
    rows = []
    for file in files:
        for item in read_questions(file):
            terms = list(dict.fromkeys(engine.terms(item["q"])))
            top = engine.scorer.top(terms, k=1)
            cov, ev = engine.signals(terms, top[0][0]) if top else (0.0, 0.0)
            places = engine.unknown_places(terms)
            rows.append((item["expect"] is not None, cov, ev, places, item["id"], item["q"]))
    rows.sort(key=lambda r: (r[1], r[2]))
    print(f"{'kind':5} {'coverage':>8} {'evidence':>8}  id   question")
    for answerable, cov, ev, places, qid, q in rows:
        veto = f"  [unknown place: {','.join(places)}]" if places else ""
        print(f"{'ans' if answerable else 'NULL':5} {cov:8.2f} {ev:8.2f}  {qid:4} {q}{veto}")
    ans = [r for r in rows if r[0]]
    nulls = [r for r in rows if not r[0] and not r[3]]
    min_cov = min(r[1] for r in ans)
    min_ev = min(r[2] for r in ans)
    # Unanswerable questions that pass the evidence threshold must be stopped by coverage, and vice versa.
    cov_needed = max((r[1] for r in nulls if r[2] >= MIN_EVIDENCE), default=0.0)
    ev_needed = max((r[2] for r in nulls if r[1] >= MIN_COVERAGE), default=0.0)
    print(f"\ncoverage: answerable ≥ {min_cov:.2f}; unanswerable passing MIN_EVIDENCE ≤ {cov_needed:.2f} "
          f"→ separating range ({cov_needed:.2f}, {min_cov:.2f}], MIN_COVERAGE = {MIN_COVERAGE}")
    print(f"evidence: answerable ≥ {min_ev:.2f}; unanswerable passing MIN_COVERAGE ≤ {ev_needed:.2f} "
          f"→ separating range ({ev_needed:.2f}, {min_ev:.2f}], MIN_EVIDENCE = {MIN_EVIDENCE}")
    ok = cov_needed < MIN_COVERAGE <= min_cov and ev_needed < MIN_EVIDENCE <= min_ev
    print("thresholds separate the sets" if ok else "thresholds do NOT separate the sets")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
