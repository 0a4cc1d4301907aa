"""How build time, query latency, load time and memory grow with the corpus: 1k to 1M passages.

    python bench/scale.py [--sizes 1000,10000,100000,1000000] [--work /tmp/qabot-scale] [--rounds 5]
                          [--json results.json]

For each size: generate a corpus with bench/gen_corpus.py (kept in --work and reused), build the index
with `qabot index build` in a subprocess (wall time, peak RSS), then in a fresh process load it
(`load_engine`, imports included) and ask every question of tests/data/dev.jsonl and extra.jsonl --rounds
times after one warm-up pass: p50/p99 of `Engine.ask` and of the scoring alone, resident memory after the
questions (VmRSS) and its peak (VmHWM), and hit@1 (the report is one of the documents, so its questions
keep their answers among the distractors).

Bars at 1,000,000 passages: build <= 300 s, ask p50 <= 10 ms and p99 <= 30 ms, load <= 2 s, RSS <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402

BARS = {"build_s": 300.0, "ask_p50_ms": 10.0, "ask_p99_ms": 30.0, "load_s": 2.0, "rss_mb": 1536.0}


def _status(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def serve(index: Path, rounds: int, sparse_min: int | None = None) -> dict[str, Any]:
    """Load the index and ask the eval questions (runs in its own process)."""
    start = time.perf_counter()
    from index.answering.loading import load_engine

    if sparse_min is not None:  # which backend an index gets (index/store/scorers.py)
        from index.store import scorers

        scorers.SPARSE_MIN_PASSAGES = sparse_min

    engine = load_engine(index)
    load_s = time.perf_counter() - start
    from index.evaluation import loose, read_questions

    questions = [q for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(ROOT / "tests" / "data" / name)]
    hit1 = answerable = 0
    for item in questions:  # warm-up, and quality
        result = engine.ask(item["q"])
        if item["expect"] is not None:
            answerable += 1
            hit1 += bool(result.hits) and loose(item["expect"]) in loose(result.hits[0].passage.text)
    ask: list[float] = []
    score: list[float] = []
    for _ in range(rounds):
        for item in questions:
            t = time.perf_counter()
            engine.ask(item["q"])
            ask.append((time.perf_counter() - t) * 1000)
            terms = list(dict.fromkeys(engine.terms(item["q"])))
            t = time.perf_counter()
            engine.scorer.top(terms, 3)
            score.append((time.perf_counter() - t) * 1000)
    return {"passages": len(engine.passages), "backend": type(engine.scorer).__name__, "load_s": load_s,
            "ask_p50_ms": percentile(ask, 50), "ask_p99_ms": percentile(ask, 99),
            "score_p50_ms": percentile(score, 50), "score_p99_ms": percentile(score, 99),
            "rss_mb": _status("VmRSS"), "rss_peak_mb": _status("VmHWM"), "hit1": hit1 / max(answerable, 1)}


def _index_bytes(index: Path) -> int:
    """The pointer and the data file it names."""
    current = json.loads(index.read_text(encoding="utf-8"))["data"]
    return index.stat().st_size + (index.parent / current).stat().st_size


def measure(n: int, work: Path, rounds: int, sparse_min: int | None = None) -> dict[str, Any]:
    """Generate (or reuse) the corpus of `n` passages, build, then serve in a fresh process."""
    corpus = work / f"c{n}"
    if not (corpus / ".complete").exists():
        from bench.gen_corpus import generate

        generate(n, corpus, seed=1, quiet=True)
        (corpus / ".complete").write_text("", encoding="utf-8")
    index = work / f"i{n}" / "index.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "bot", "index", "build", "--corpus", str(corpus), "--index", str(index)]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    build_s = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    extra = ["--sparse-min", str(sparse_min)] if sparse_min is not None else []
    served = subprocess.run([sys.executable, __file__, "--serve", str(index), "--rounds", str(rounds), *extra],
                            check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    row: dict[str, Any] = json.loads(served.stdout.splitlines()[-1])
    row.update(n=n, build_s=build_s, build_cpu_s=(after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
               build_peak_rss_mb=after.ru_maxrss / 1024, corpus_mb=sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6,
               index_mb=_index_bytes(index) / 1e6)
    return row


def table(rows: list[dict[str, Any]]) -> str:
    """The figures as a Markdown table."""
    lines = ["| passages | backend | corpus MB | index MB | build s | load s | ask p50 ms | ask p99 ms | "
             "score p50 ms | score p99 ms | RSS MB (peak) | hit@1 |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['backend']} | {r['corpus_mb']:.1f} | {r['index_mb']:.1f} | {r['build_s']:.1f} | "
                     f"{r['load_s']:.2f} | {r['ask_p50_ms']:.2f} | {r['ask_p99_ms']:.2f} | {r['score_p50_ms']:.2f} | "
                     f"{r['score_p99_ms']:.2f} | {r['rss_mb']:.0f} ({r['rss_peak_mb']:.0f}) | {r['hit1']:.3f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/qabot-scale"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--sparse-min", type=int, help="score indexes of more passages than this with the "
                        "sparse backend (default: index.ranking.scoring.SPARSE_MIN_PASSAGES)")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        print(json.dumps(serve(args.serve, args.rounds, args.sparse_min)))
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        rows.append(measure(n, args.work, args.rounds, args.sparse_min))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print(table(rows))
    big = [r for r in rows if r["n"] >= 1_000_000]
    for r in big:
        verdict = {key: r[key if key != "rss_mb" else "rss_peak_mb"] <= bar for key, bar in BARS.items()}
        print(f"bars at {r['n']:,}: " + ", ".join(f"{k} {'ok' if ok else 'MISSED'}" for k, ok in verdict.items()))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
