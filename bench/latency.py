"""Answer latency, index build time and CLI cold start on the report.

    python bench/latency.py [--rounds 30] [--runs 10]

Prints in-process answer latency p50/p99 over the eval questions, the index build time, and the wall time of
`qabot ask` (as `python -m bot ask`, index already built) against `python -c "import jieba; jieba.lcut('测试')"`
measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402
from index.answering.loading import load_engine  # noqa: E402
from index.evaluation import read_questions  # noqa: E402
from index.store.building import build_index  # noqa: E402


def wall(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Wall-clock seconds of `runs` runs of a command."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="passes over the eval questions")
    parser.add_argument("--runs", type=int, default=10, help="runs of each cold-start command")
    args = parser.parse_args()
    questions = [q["q"] for f in ("dev.jsonl", "extra.jsonl") for q in read_questions(ROOT / "tests/data" / f)]
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index.json"
        builds = []
        for _ in range(3):
            start = time.perf_counter()
            build_index(ROOT / "corpus", index)
            builds.append(time.perf_counter() - start)
        engine = load_engine(index)
        for q in questions:  # warm-up
            engine.ask(q)
        latencies = []
        for _ in range(args.rounds):
            for q in questions:
                start = time.perf_counter()
                engine.ask(q)
                latencies.append((time.perf_counter() - start) * 1000)
        # Both commands start from cached bytecode, as pip leaves jieba's: one untimed run writes qabot's, which
        # PYTHONDONTWRITEBYTECODE would otherwise have every run compile again.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"QABOT_INDEX": str(index)}
        py = sys.executable
        ask = [py, "-m", "bot", "ask", "省委督导组有多少个?"]
        wall(ask, 1, env)
        cli = wall(ask, args.runs, env)
        jieba = wall([py, "-c", "import jieba; jieba.lcut('测试')"], args.runs, env)
    print(f"questions: {len(questions)} x {args.rounds} rounds")
    print(f"answer latency in-process: p50 {percentile(latencies, 50):.3f} ms, p99 {percentile(latencies, 99):.3f} ms")
    print(f"index build: median {statistics.median(builds):.2f} s over 3 builds")
    c, j = statistics.median(cli), statistics.median(jieba)
    print(f"cold start (median of {args.runs}): qabot ask {c:.3f} s; import jieba + lcut {j:.3f} s; "
          f"ratio {c / j:.2f} (goal ≤ 0.50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
