"""What the restricted jieba dictionary does to questions, against jieba's full dictionary.

    python bench/dictionary.py

The corpus itself segments identically (tests/test_tokenization.py proves it). Questions may contain words the
corpus lacks; this counts the eval questions whose index terms differ and compares the eval metrics with each
dictionary.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.answering.loading import load_engine  # noqa: E402
from index.evaluation import evaluate, read_questions  # noqa: E402
from index.store.building import build_index  # noqa: E402
from index.text.tokenization import Tokenizer, full_dictionary  # noqa: E402


def main() -> int:
    files = [ROOT / "tests/data/dev.jsonl", ROOT / "tests/data/extra.jsonl"]
    questions = [q for f in files for q in read_questions(f)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.json"
        build_index(ROOT / "corpus", path)
        engine = load_engine(path)
    restricted = engine.tokenizer
    start = time.perf_counter()
    freq, total = full_dictionary(restricted.settings)
    full = Tokenizer(freq, total, restricted.settings)
    print(f"full dictionary: {len(freq)} entries, loaded in {time.perf_counter() - start:.2f} s; "
          f"restricted: {len(restricted._jieba.FREQ)} entries")
    vocabulary = set(engine.scorer.idf_table)
    differ = 0
    for item in questions:
        text = engine.normalizer.normalize(item["q"])
        a, b = restricted.tokens(text), full.tokens(text)
        if a != b:
            differ += 1
            matchable = sorted(set(a) & vocabulary ^ set(b) & vocabulary)
            print(f"  {item['id']}: restricted {a} / full {b}; matchable terms differ: {matchable}")
    print(f"{differ}/{len(questions)} questions segment differently")
    for name, tokenizer in (("restricted", restricted), ("full", full)):
        engine.tokenizer = tokenizer
        m = evaluate(engine, questions).metrics()
        print(f"{name:10}: " + "  ".join(f"{k} {v:.3f}" for k, v in m.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
