"""Measure the weight of a conversation's carried words in follow-ups (`CONTEXT_WEIGHT` in index/answering/dialog.py).

    python bench/context_weight.py [--half tune|test|all]

Plays the dialogs of tests/data/own_dialogs.jsonl (the tuning half by default: the test half is for
reporting) and tests/data/tune2_dialogs.jsonl with each weight and prints first-turn and follow-up accuracy; 0 means no carrying at all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.answering.dialog import CONTEXT_WEIGHT  # noqa: E402
from index.answering.loading import load_engine  # noqa: E402
from index.evaluation import evaluate_dialogs, half_of, read_dialogs  # noqa: E402
from index.store.building import build_index  # noqa: E402

WEIGHTS = (0.0, 0.2, 0.35, 0.5, 0.7, 1.0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "test", "all"), default="tune")
    args = parser.parse_args(argv)
    dialogs = [d for d in read_dialogs(ROOT / "tests/data/own_dialogs.jsonl")
               if args.half in ("all", half_of(str(d["id"])))]
    if args.half != "test":  # written to tune against, whole
        dialogs += read_dialogs(ROOT / "tests/data/tune2_dialogs.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.json"
        build_index(ROOT / "corpus", path)
        engine = load_engine(path, ROOT / "corpus")
        print(f"{len(dialogs)} dialogs ({args.half} half); shipped CONTEXT_WEIGHT = {CONTEXT_WEIGHT}")
        for weight in WEIGHTS:
            m = evaluate_dialogs(engine, dialogs, context_weight=weight).metrics()
            print(f"  weight {weight:.2f}: first turns {m['first_turns']:.3f}  follow-ups {m['follow_ups']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
