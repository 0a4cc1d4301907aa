"""Where an archive's resident memory goes while serving: after loading, after scoring, after answering.

    python bench/memory.py INDEX [--rounds 2]

In a fresh process: load the index (`load_engine`), score the eval questions (tests/data/dev.jsonl and
extra.jsonl, `scorer.top(terms, 10)`), answer them (`Engine.ask`) --rounds times, printing after each step
the process's resident memory (VmRSS) split into anonymous memory (RssAnon: what the process made) and
file-backed pages (RssFile: the index's mapped sections it has read, and the libraries), from
/proc/self/status, and the pages of each mapped section resident in this process (from /proc/self/pagemap,
the largest first). Linux only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def status() -> dict[str, float]:
    """VmRSS, RssAnon and RssFile of this process, in MB."""
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            key = line.split(":")[0]
            if key in ("VmRSS", "RssAnon", "RssFile"):
                out[key] = int(line.split()[1]) / 1024
    return out


def resident_sections(arrays: dict[str, Any], top: int = 6) -> str:
    """The mapped sections with the most pages resident in this process, in MB."""
    import numpy as np

    sizes: dict[str, float] = {}
    with open("/proc/self/pagemap", "rb") as pagemap:
        for name, array in arrays.items():
            if not array.nbytes:
                continue
            address = array.__array_interface__["data"][0]
            first, last = address // 4096, (address + array.nbytes + 4095) // 4096
            pagemap.seek(first * 8)
            entries = np.frombuffer(pagemap.read((last - first) * 8), dtype=np.uint64)
            sizes[name] = int((entries >> np.uint64(63)).sum()) * 4096 / 2**20
    ranked = sorted(sizes.items(), key=lambda item: -item[1])[:top]
    return ", ".join(f"{name} {mb:.0f}" for name, mb in ranked) + f" (of {sum(sizes.values()):.0f} MB)"


def line(step: str, arrays: dict[str, Any]) -> None:
    figures = status()
    print(f"{step:<24} VmRSS {figures['VmRSS']:6.0f} MB  RssAnon {figures['RssAnon']:6.0f}  "
          f"RssFile {figures['RssFile']:5.0f}  sections read: {resident_sections(arrays)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from index.evaluation import read_questions

    questions = [q["q"] for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(ROOT / "tests" / "data" / name)]
    line("imports", {})
    start = time.perf_counter()
    from index.answering.loading import load_engine

    engine = load_engine(args.index)
    loaded = time.perf_counter() - start
    files = getattr(engine.index.store, "files", None)
    arrays = files.arrays if files is not None else {}
    line(f"loaded ({loaded:.2f} s)", arrays)
    for question in questions:
        engine.scorer.top(list(dict.fromkeys(engine.terms(question))), 10)
    line("scored", arrays)
    for n in range(args.rounds):
        for question in questions:
            engine.ask(question)
        line(f"answered (round {n + 1})", arrays)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
