#!/usr/bin/env python
"""qabot's archive scorer against peer BM25 engines on the same tokens, side by side, in one run.

    python bench/peers.py [--sizes 100000] [--work DIR] [--runs 1] [--rounds 3]
                          [--systems qabot,qabot-terms,bm25s,bm25s-numba,tantivy,rank_bm25] [--json FILE]
                          [--no-extras]
    python bench/peers.py --render FILE      (the tables of a results file again)

The peers are not dependencies of qabot: install them yourself beside the project to compare, e.g.
`python -m venv VENV && VENV/bin/pip install -e . bm25s numba tantivy rank-bm25 psutil` (numba for bm25s'
numba backend, psutil for rank_bm25's memory check). A peer that is not installed is skipped with a line
saying so. Run from the checkout (or pass --project). Corpora, indexes, token arrays and per-step results go
under --work (default: qabot-peers in the system temp dir); a corpus, the token arrays and the queries are
reused when already complete there.

For each size N:
1. corpus: `python bench/gen_corpus.py N WORK/cN`, once;
2. qabot: `python -m bot index build --corpus WORK/cN --index WORK/iN/index.json` (what `qabot index
   build` runs), timed: wall, CPU of the process tree, peak RSS, and the index's size on disk;
3. tokens: every passage's index terms with their counts, made with the project's public reader,
   normalizer and tokenizer (`index.corpus.reports.read_report`, `index.text.normalize.Normalizer`,
   `index.text.tokenization.Tokenizer`) in one process per core, and checked against the index just built
   (the same vocabulary in the same order, the same document frequency per term). Every system below is
   built from these same tokens;
4. queries: the questions of tests/data/dev.jsonl and extra.jsonl tokenized by the loaded engine
   (`Engine.terms`, duplicates dropped as `Engine.ask` drops them), and 200 random queries of 3-8
   vocabulary terms (each term drawn with equal chance from the 100 most common terms, from ranks
   100-9,999 by document frequency, or from the rest). Questions with no known term are left out;
5. builds from the token lists, each in its own process (making the lists is not timed):
   qabot-terms: `SparseScorer.from_terms` (qabot's scorer without tokenizing; in memory, not saved);
   bm25s: `BM25(method="robertson", k1=1.5, b=0.75).index(lists)` + `save` (float32, its default);
   tantivy: each passage's terms joined by spaces into a text field with the built-in "whitespace"
   tokenizer, freq-only postings, a fast u64 field "pos" holding the passage number, a writer with 2
   threads and a 1 GB heap, commit + merges (tantivy's BM25: k1 1.2, b 0.75);
6. serving, each system in a fresh process: load (imports included; the page cache is warm), the first
   query (timed alone: a JIT compiles there), one warm-up pass over all queries, then --rounds timed
   passes, one query at a time, top 10: qabot `engine.scorer.top(terms, 10)` and `engine.ask(question)`,
   then the same passes over qabot's numpy path (what an install without a C compiler scores with);
   bm25s `retrieve([terms], k=10, n_threads=1)` with the numpy backend (bm25s) and the numba backend
   (bm25s-numba), plus a pass with n_threads=0; tantivy a boolean OR of term queries,
   `searcher.search(q, 10, count=False)` and the passage numbers read from the fast field; rank_bm25
   `BM25Okapi(k1=1.5, b=0.75, epsilon=0.25)` built in the serving process (it has no index format),
   `get_scores` + the top 10 (ties to the earlier passage), one round, above 100,000 passages only the first
   20 eval questions, and only if memory allows; resident memory after the queries (VmRSS) and its peak
   (VmHWM); then a cold start: the index's files dropped from the page cache, load, one query;
7. agreement: top-10 overlap (passages with a positive score) of every system with rank_bm25 and with
   qabot, and the share of queries whose top 10 (passages and scores) equal rank_bm25's exactly;
8. extras (unless --no-extras): how much of each peer's top-10 disagreement is tie-breaking (a peer's
   passage counts as "as good" when its exact BM25Okapi score is at least the exact 10th best score).

Steps 2, 5 and 6 are repeated --runs times, system after system, so that the ratios come from the same
minutes of a shared machine; load averages are recorded with each step and printed with the tables.
Percentiles are nearest-rank, as bench/stats.py. The report (WORK/peers_results.json and .md) leaves out
the per-query top 10s; they stay in WORK/results.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import itertools
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SYSTEMS = ("qabot", "qabot-terms", "bm25s", "bm25s-numba", "tantivy", "rank_bm25")
BUILT = {"qabot-terms": "qabot-terms", "bm25s": "bm25s", "tantivy": "tantivy"}  # systems with a build step
K = 10
K1, B, EPSILON = 1.5, 0.75, 0.25
RANDOM_QUERIES = 200
RANDOM_SEED = 7
#: rank_bm25 above this many passages: only this many eval questions, one round.
RANK_BM25_FULL_MAX = 100_000
RANK_BM25_FEW = 20
#: Free memory rank_bm25 needs, in GB per million passages (its per-passage dicts, and the token lists).
RANK_BM25_GB_PER_M = 9.0
TANTIVY_HEAP = 1_000_000_000
TANTIVY_THREADS = 2


# --- small helpers ----------------------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank; NaN for no values (as bench/stats.py)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def dir_mb(path: Path) -> float:
    """MB on disk of a file, or of every file in a folder."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def note(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.2f}] {message}", file=sys.stderr, flush=True)


def summary(times: list[float]) -> dict[str, float]:
    return {"p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99), "mean_ms": sum(times) / len(times)
            if times else float("nan"), "n": len(times)}


class Ctx:
    """Paths of one size."""

    def __init__(self, project: Path, work: Path, n: int) -> None:
        self.project = project
        self.work = work
        self.n = n
        self.corpus = work / f"c{n}"
        self.index = work / f"i{n}" / "index.json"
        self.tokens = work / f"t{n}"
        self.queries = work / f"q{n}.json"
        self.results = work / "results"

    def built(self, system: str, run: int) -> Path:
        return self.work / f"{system}-{self.n}-r{run}"


# --- tokens -------------------------------------------------------------------------------------------------
def load_token_arrays(ctx: Ctx) -> tuple[list[str], Any, Any, Any]:
    import numpy as np

    terms = (ctx.tokens / "vocab.txt").read_text(encoding="utf-8").split("\n")
    ids = np.load(ctx.tokens / "ids.npy")
    counts = np.load(ctx.tokens / "counts.npy")
    ptr = np.load(ctx.tokens / "row_ptr.npy")
    return terms, ids, counts, ptr


def token_lists(ctx: Ctx) -> list[list[str]]:
    """Every passage's terms, each repeated as often as it occurs, in order of first occurrence."""
    import numpy as np

    terms, ids, counts, ptr = load_token_arrays(ctx)
    cum = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=cum[1:])
    tok_ptr = cum[ptr].tolist()
    words = np.asarray(terms, dtype=object)[np.repeat(ids, counts)]
    del ids, counts, cum
    docs = [words[a:b].tolist() for a, b in itertools.pairwise(tok_ptr)]
    del words
    gc.collect()
    return docs


_tok: dict[str, Any] = {}


def _tok_init(corpus: str) -> None:
    from index.corpus.cleaning import SpamCleaner
    from index.corpus.reports import HEADER_KEYWORDS
    from index.settings import Settings
    from index.text.normalize import Normalizer, build_charmap
    from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary

    settings = TokenizerSettings()
    freq, total = full_dictionary(settings)
    normalizer = Normalizer(build_charmap())
    tokenizer = Tokenizer(freq, total, settings)
    _tok.update(corpus=Path(corpus), normalize=normalizer.normalize, tokens=tokenizer.tokens,
                cleaner=SpamCleaner(Settings.from_env().spam_patterns),
                extra=tokenizer.tokens(normalizer.normalize(HEADER_KEYWORDS)))


def _tok_work(names: list[str]) -> list[list[str]]:
    """Every passage's terms (in order) of a batch of reports."""
    from index.corpus.reports import read_report

    corpus, normalize, tokens = _tok["corpus"], _tok["normalize"], _tok["tokens"]
    out = []
    for name in names:
        _, passages, _ = read_report(corpus, corpus / name, _tok["cleaner"])
        for passage in passages:
            words = [t for s in passage["sentences"] for t in tokens(normalize(s))]
            if passage.get("extra"):
                words.extend(_tok["extra"])
            out.append(words)
    return out


def _tokens_public(corpus: Path) -> dict[str, Any]:
    """The project's public reader, normalizer and tokenizer, one process per core, in corpus order."""
    import multiprocessing

    import numpy as np

    from index.corpus.files import corpus_files

    files = [p.relative_to(corpus).as_posix() for p in corpus_files(corpus)]
    tasks = [files[i:i + 50] for i in range(0, len(files), 50)]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    vocab: dict[str, int] = {}
    terms: list[str] = []
    ids: list[int] = []
    counts: list[int] = []
    ptr = [0]
    lengths: list[int] = []
    with context.Pool(max(1, cores), initializer=_tok_init, initargs=(str(corpus),)) as pool:
        for batch in pool.imap(_tok_work, tasks):
            for words in batch:
                tf: dict[str, int] = {}
                for w in words:
                    tf[w] = tf.get(w, 0) + 1
                for w, c in tf.items():
                    j = vocab.get(w)
                    if j is None:
                        j = vocab[w] = len(vocab)
                        terms.append(w)
                    ids.append(j)
                    counts.append(c)
                ptr.append(len(ids))
                lengths.append(len(words))
    return {"terms": terms, "ids": np.asarray(ids, dtype=np.int32), "counts": np.asarray(counts, dtype=np.int32),
            "row_ptr": np.asarray(ptr, dtype=np.int64), "lengths": np.asarray(lengths, dtype=np.int64),
            "how": f"public tokenizer, {cores} processes"}


def index_data_file(index: Path) -> Path:
    """The data file a qabot index's pointer names."""
    return index.parent / json.loads(index.read_text(encoding="utf-8"))["data"]


def step_tokens(ctx: Ctx) -> dict[str, Any]:
    import numpy as np

    started = time.perf_counter()
    made = _tokens_public(ctx.corpus.resolve())
    seconds = time.perf_counter() - started
    terms, ids, counts, ptr, lengths = made["terms"], made["ids"], made["counts"], made["row_ptr"], made["lengths"]
    if any("\n" in t or t != t.strip() or " " in t or "\t" in t for t in terms):
        raise RuntimeError("a term holds whitespace: the peers' whitespace-joined passages would not work")
    cum = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=cum[1:])
    if not np.array_equal(np.diff(cum[ptr]), lengths):
        raise RuntimeError("passage lengths do not equal the sums of their term counts")
    # Check against the index qabot built: same vocabulary in the same order, same document frequencies.
    from index.store.arrays import IndexFiles

    files = IndexFiles(index_data_file(ctx.index))
    checks: dict[str, Any] = {"vocabulary_same": files.terms.by_id() == terms}
    col_ptr = files.arrays["col_ptr"]
    checks["df_same"] = bool(np.array_equal(np.diff(col_ptr), np.bincount(ids, minlength=len(terms))))
    if not all(checks.values()):
        raise RuntimeError(f"the tokens do not reproduce the qabot index: {checks}")
    tmp = ctx.tokens.with_name(ctx.tokens.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / "vocab.txt").write_text("\n".join(terms), encoding="utf-8")
    for name in ("ids", "counts", "row_ptr", "lengths"):
        np.save(tmp / f"{name}.npy", made[name], allow_pickle=False)
    info = {"passages": len(ptr) - 1, "vocabulary": len(terms), "postings": len(ids),
            "tokens": int(cum[-1]), "tokens_per_passage": float(cum[-1]) / max(1, len(ptr) - 1),
            "seconds": seconds, "how": made["how"], "checks": checks}
    (tmp / "info.json").write_text(json.dumps(info), encoding="utf-8")
    shutil.rmtree(ctx.tokens, ignore_errors=True)
    os.rename(tmp, ctx.tokens)
    return info


# --- queries ------------------------------------------------------------------------------------------------
def step_queries(ctx: Ctx) -> dict[str, Any]:
    import numpy as np

    from index.answering.loading import load_engine
    from index.evaluation import read_questions

    engine = load_engine(ctx.index)
    terms, ids, _, _ = load_token_arrays(ctx)
    df = np.bincount(ids, minlength=len(terms))
    position = {t: i for i, t in enumerate(terms)}

    def postings(words: list[str]) -> int:
        return int(sum(int(df[position[w]]) for w in words if w in position))

    questions = [q for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(ctx.project / "tests" / "data" / name)]
    evals = []
    for item in questions:
        words = list(dict.fromkeys(engine.terms(item["q"])))
        evals.append({"id": item["id"], "q": item["q"], "terms": words,
                      "known": sum(w in position for w in words), "postings": postings(words)})
    order = np.argsort(-df, kind="stable")
    buckets = [order[:100], order[100:10_000], order[10_000:]]
    buckets = [b for b in buckets if len(b)]
    rng = np.random.default_rng(RANDOM_SEED)
    randoms = []
    for _ in range(RANDOM_QUERIES):
        size = int(rng.integers(3, 9))
        words: list[str] = []
        while len(words) < size:
            bucket = buckets[int(rng.integers(len(buckets)))]
            word = terms[int(bucket[int(rng.integers(len(bucket)))])]
            if word not in words:
                words.append(word)
        randoms.append({"terms": words, "known": len(words), "postings": postings(words)})
    data = {"eval": evals, "random": randoms, "passages": len(engine.passages),
            "df_share_max_eval": max((max((int(df[position[w]]) for w in q["terms"] if w in position), default=0)
                                      for q in evals), default=0) / max(1, len(engine.passages))}
    ctx.queries.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return {"eval": len(evals), "eval_known": sum(q["known"] > 0 for q in evals), "random": len(randoms),
            "eval_postings_mean": sum(q["postings"] for q in evals) / max(1, len(evals)),
            "random_postings_mean": sum(q["postings"] for q in randoms) / max(1, len(randoms)),
            "df_share_max_eval": data["df_share_max_eval"]}


def read_queries(ctx: Ctx) -> list[dict[str, Any]]:
    """All queries with a known term, eval first: [{kind, terms, q?}]."""
    data = json.loads(ctx.queries.read_text(encoding="utf-8"))
    out = [{"kind": "eval", "terms": q["terms"], "q": q["q"], "id": q["id"]} for q in data["eval"] if q["known"]]
    out += [{"kind": "random", "terms": q["terms"]} for q in data["random"]]
    return out


# --- builds -------------------------------------------------------------------------------------------------
def step_build_qabot(ctx: Ctx) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ctx.project), os.environ.get("PYTHONPATH")]))}
    cmd = [sys.executable, "-m", "bot", "index", "build", "--corpus", str(ctx.corpus), "--index", str(ctx.index)]
    ctx.index.parent.mkdir(parents=True, exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ctx.project, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"qabot index build failed: {done.stderr[-2000:]}")
    return {"build_s": seconds, "cpu_s": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
            "peak_rss_mb": after.ru_maxrss / 1024,
            "summary": next((line.strip() for line in done.stdout.splitlines() if "passages" in line), ""),
            "index_mb": dir_mb(index_data_file(ctx.index))}


def step_build_terms(ctx: Ctx, system: str, run: int) -> dict[str, Any]:
    """Build one peer (or qabot's scorer alone) from the token lists."""
    prep = time.perf_counter()
    docs = token_lists(ctx)
    prep_s = time.perf_counter() - prep
    rss_lists = status_mb("VmRSS")
    out = ctx.built(system, run)
    shutil.rmtree(out, ignore_errors=True)
    row: dict[str, Any] = {"prep_s": prep_s, "rss_with_lists_mb": rss_lists}
    if system == "qabot-terms":
        from index.ranking.sparse import SparseScorer

        start = time.perf_counter()
        scorer = SparseScorer.from_terms(docs)
        row["build_s"] = time.perf_counter() - start
        row["note"] = "in memory, not saved"
        row["vocabulary"] = scorer.vocabulary
        del scorer
    elif system == "bm25s":
        import bm25s

        start = time.perf_counter()
        retriever = bm25s.BM25(method="robertson", k1=K1, b=B)
        retriever.index(docs, show_progress=False)
        row["index_s"] = time.perf_counter() - start
        save = time.perf_counter()
        retriever.save(str(out), show_progress=False)
        row["save_s"] = time.perf_counter() - save
        row["build_s"] = time.perf_counter() - start
        row["bm25s"] = bm25s.__version__ if hasattr(bm25s, "__version__") else "?"
        row["index_mb"] = dir_mb(out)
    elif system == "tantivy":
        import tantivy

        start = time.perf_counter()
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
        builder.add_unsigned_field("pos", stored=False, indexed=False, fast=True)
        schema = builder.build()
        out.mkdir(parents=True)
        index = tantivy.Index(schema, path=str(out))
        writer = index.writer(TANTIVY_HEAP, TANTIVY_THREADS)
        for i, doc in enumerate(docs):
            d = tantivy.Document()
            d.add_text("body", " ".join(doc))
            d.add_unsigned("pos", i)
            writer.add_document(d)
        writer.commit()
        writer.wait_merging_threads()
        row["build_s"] = time.perf_counter() - start
        index.reload()
        searcher = index.searcher()
        row["segments"] = searcher.num_segments
        row["docs"] = searcher.num_docs
        row["index_mb"] = dir_mb(out)
        row["threads"] = TANTIVY_THREADS
        row["heap_bytes"] = TANTIVY_HEAP
        # Would tantivy's default tokenizer (SimpleTokenizer, RemoveLong(40), LowerCaser) keep the terms whole?
        default = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
                   .filter(tantivy.Filter.lowercase()).build())
        terms, _, _, _ = load_token_arrays(ctx)
        changed = [t for t in terms if default.analyze(t) != [t]]
        row["default_tokenizer_changes_terms"] = len(changed)
        row["default_tokenizer_changes_share"] = len(changed) / max(1, len(terms))
        row["default_tokenizer_examples"] = changed[:12]
        row["default_tokenizer_cjk_kept"] = all(default.analyze(t) == [t] for t in terms[:2000]
                                                if all("\u4e00" <= c <= "\u9fff" for c in t) and len(t.encode()) <= 40)
    else:
        raise ValueError(system)
    row["peak_rss_mb"] = status_mb("VmHWM")
    ru = resource.getrusage(resource.RUSAGE_SELF)
    row["cpu_s_process"] = ru.ru_utime + ru.ru_stime
    return row


# --- serving ------------------------------------------------------------------------------------------------
def timed_passes(search: Any, queries: list[dict[str, Any]], rounds: int, warm: bool = True,
                 key: str = "terms") -> tuple[dict[str, list[float]], list[Any]]:
    if warm:
        for q in queries:
            search(q[key])
    times: dict[str, list[float]] = {}
    results: list[Any] = [None] * len(queries)
    clock = time.perf_counter
    for r in range(rounds):
        for i, q in enumerate(queries):
            t = clock()
            got = search(q[key])
            dt = (clock() - t) * 1000
            times.setdefault(q["kind"], []).append(dt)
            if r == rounds - 1:
                results[i] = got
    return times, results


def index_files(ctx: Ctx, system: str, run: int) -> list[Path]:
    if system == "qabot":
        return [ctx.index, index_data_file(ctx.index)]
    folder = ctx.built("bm25s" if system.startswith("bm25s") else system, run)
    return list(folder.rglob("*"))


def evict(paths: list[Path]) -> int:
    """Drop these files' pages from the page cache (theirs only): a cold start for one index."""
    dropped = 0
    for path in paths:
        if not path.is_file():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            dropped += 1
        finally:
            os.close(fd)
    return dropped


def open_system(ctx: Ctx, system: str, run: int) -> tuple[Any, Any]:
    """Load a system's index (imports included): (search(terms) -> [(position, score)], handle)."""
    if system == "qabot":
        from index.answering.loading import load_engine

        engine = load_engine(ctx.index)
        scorer = engine.scorer
        return (lambda terms: scorer.top(terms, K)), engine
    if system in ("bm25s", "bm25s-numba"):
        import bm25s

        backend = "numba" if system == "bm25s-numba" else "numpy"
        retriever = bm25s.BM25.load(str(ctx.built("bm25s", run)), mmap=True, backend=backend, show_progress=False)

        def search_bm25s(terms: list[str], threads: int = 1) -> Any:
            res = retriever.retrieve([terms], k=K, n_threads=threads, show_progress=False)
            return list(zip(res.documents[0].tolist(), res.scores[0].tolist(), strict=False))
        return search_bm25s, retriever
    if system == "tantivy":
        import tantivy

        index = tantivy.Index.open(str(ctx.built("tantivy", run)))
        searcher = index.searcher()
        schema = index.schema
        query_class, should = tantivy.Query, tantivy.Occur.Should

        def search_tantivy(terms: list[str], count: bool = False) -> Any:
            query = query_class.boolean_query([(should, query_class.term_query(schema, "body", t)) for t in terms])
            hits = searcher.search(query, K, count=count).hits
            positions = searcher.fast_field_values("pos", [a for _, a in hits])
            return [(p, s) for (s, _), p in zip(hits, positions, strict=False)]
        return search_tantivy, searcher
    raise ValueError(system)


def step_cold(ctx: Ctx, system: str, run: int) -> dict[str, Any]:
    """Evict the index from the page cache, then load it and answer one question (fresh process)."""
    queries = read_queries(ctx)
    dropped = evict(index_files(ctx, system, run))
    start = time.perf_counter()
    search, _ = open_system(ctx, system, run)
    load_s = time.perf_counter() - start
    first = time.perf_counter()
    search(queries[0]["terms"])
    return {"cold_load_s": load_s, "cold_first_query_ms": (time.perf_counter() - first) * 1000,
            "files_evicted": dropped}


def step_serve(ctx: Ctx, system: str, run: int, rounds: int) -> dict[str, Any]:
    la0 = loadavg()
    queries = read_queries(ctx)
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    variants: dict[str, Any] = {}
    start = time.perf_counter()
    if system in ("qabot", "bm25s", "bm25s-numba", "tantivy"):
        search, handle = open_system(ctx, system, run)
        row["load_s"] = time.perf_counter() - start
        first = time.perf_counter()
        search(queries[0]["terms"])
        row["first_query_ms"] = (time.perf_counter() - first) * 1000
    if system == "qabot":
        engine = handle
        times, results = timed_passes(search, queries, rounds)
        evals = [q for q in queries if q["kind"] == "eval"]
        ask_times, _ = timed_passes(engine.ask, evals, rounds, key="q")
        extra["ask"] = summary(ask_times.get("eval", []))
        row["rss_mb"], row["rss_peak_mb"] = status_mb("VmRSS"), status_mb("VmHWM")
        out = [[[int(i), float(s)] for i, s in got] for got in results]
        scorer = engine.scorer
        extra["backend"] = getattr(scorer, "backend", type(scorer).__name__)
        if extra["backend"] == "compiled":  # the path of an install without a C compiler, for comparison
            scorer.backend, scorer.prune = "numpy", True
            numpy_times, numpy_results = timed_passes(search, queries, rounds)
            variants["qabot numpy path (no compiler)"] = {kind: summary(v) for kind, v in numpy_times.items()}
            extra["numpy_path_same_results"] = numpy_results == results
            scorer.backend, scorer.prune = "compiled", False
    elif system in ("bm25s", "bm25s-numba"):
        times, results = timed_passes(search, queries, rounds)
        row["rss_mb"], row["rss_peak_mb"] = status_mb("VmRSS"), status_mb("VmHWM")
        if system == "bm25s":  # without the thread pool that n_threads=1 starts for every call
            zero_times, zero_results = timed_passes(lambda terms: search(terms, 0), queries, rounds)
            variants["bm25s n_threads=0"] = {kind: summary(v) for kind, v in zero_times.items()}
            extra["n_threads_0_same_results"] = zero_results == results
        out = [[[int(i), float(s)] for i, s in got] for got in results]
    elif system == "tantivy":
        times, results = timed_passes(search, queries, rounds)
        row["rss_mb"], row["rss_peak_mb"] = status_mb("VmRSS"), status_mb("VmHWM")
        count_times, _ = timed_passes(lambda terms: search(terms, True), queries, rounds, warm=False)
        variants["tantivy count=True"] = {kind: summary(v) for kind, v in count_times.items()}
        extra["segments"] = handle.num_segments
        out = [[[int(i), float(s)] for i, s in got] for got in results]
    elif system == "rank_bm25":
        import numpy as np
        import psutil

        need_gb = RANK_BM25_GB_PER_M * ctx.n / 1e6
        free_gb = psutil.virtual_memory().available / 1e9
        if free_gb < need_gb:
            return {"skipped": f"needs about {need_gb:.0f} GB free, {free_gb:.1f} GB available"}
        few = ctx.n > RANK_BM25_FULL_MAX
        if few:
            queries = [q for q in queries if q["kind"] == "eval"][:RANK_BM25_FEW]
            rounds = 1
        else:
            rounds = 1
        prep = time.perf_counter()
        docs = token_lists(ctx)
        row["prep_s"] = time.perf_counter() - prep
        from rank_bm25 import BM25Okapi

        build = time.perf_counter()
        bm25 = BM25Okapi(docs, k1=K1, b=B, epsilon=EPSILON)
        row["build_s"] = time.perf_counter() - build
        row["load_s"] = float("nan")
        del docs
        gc.collect()
        size = bm25.corpus_size
        arange = np.arange(size)

        def search(terms: list[str]) -> Any:
            scores = bm25.get_scores(terms)
            kth = np.partition(scores, size - K)[size - K]
            cand = np.flatnonzero(scores >= kth)
            order = cand[np.lexsort((arange[cand], -scores[cand]))][:K]
            return [(int(i), float(scores[i])) for i in order]

        for q in queries[:3]:  # a short warm-up: its cost is pure Python and numpy over every passage
            search(q["terms"])
        times, results = timed_passes(search, queries, rounds, warm=False)
        row["rss_mb"], row["rss_peak_mb"] = status_mb("VmRSS"), status_mb("VmHWM")
        extra["queries"] = "first 20 eval questions, 1 round" if few else "all, 1 round"
        out = [[[int(i), float(s)] for i, s in got] for got in results]
    else:
        raise ValueError(system)
    for kind, values in times.items():
        row[kind] = summary(values)
    row["rounds"] = rounds
    row["extra"] = extra
    row["variants"] = variants
    row["loadavg_start"], row["loadavg_end"] = la0, loadavg()
    row["results"] = [{"kind": q["kind"], "key": q.get("id") or " ".join(q["terms"]), "top": r}
                      for q, r in zip(queries, out, strict=False)]
    return row


def step_ties(ctx: Ctx, run: int, systems: list[str]) -> dict[str, Any]:
    """How much of each peer's disagreement is tie-breaking: qabot's exact scores over all passages (the
    same as rank_bm25's) give each query's exact top 10 (positive scores) and its last score s10; a peer's
    passage is "as good" if its exact score is >= s10."""
    import numpy as np

    from index.answering.loading import load_engine

    scorer = load_engine(ctx.index).scorer
    exact = {}
    for q in read_queries(ctx):
        scores = scorer.get_scores(q["terms"])
        order = [i for i in np.lexsort((np.arange(len(scores)), -scores))[:K].tolist() if scores[i] > 0]
        if order:
            exact[(q["kind"], q.get("id") or " ".join(q["terms"]))] = (scores, float(scores[order[-1]]), set(order))
    out: dict[str, Any] = {}
    for system in systems:
        path = ctx.results / f"serve-{system}-{ctx.n}-r{run}.json"
        if not path.exists():
            continue
        rows = json.loads(path.read_text(encoding="utf-8")).get("results", [])
        stats = {}
        for kind in ("eval", "random"):
            plain, good, only_ties, differ, tied = [], [], 0, 0, 0
            for r in rows:
                if r["kind"] != kind or (kind, r["key"]) not in exact:
                    continue
                scores, s10, ref = exact[(kind, r["key"])]
                got = [int(i) for i, sc in r["top"] if sc > 0][:K]
                inter = len(ref & set(got)) / len(ref)
                as_good = min(1.0, sum(bool(scores[i] >= s10) for i in got) / len(ref))
                plain.append(inter)
                good.append(as_good)
                differ += inter < 1
                only_ties += inter < 1 and as_good == 1
                tied += int(np.count_nonzero(scores == s10)) > 1
            if plain:
                stats[kind] = {"queries": len(plain), "overlap": sum(plain) / len(plain),
                               "as_good_share": sum(good) / len(good), "differ": differ,
                               "differ_only_by_ties": only_ties, "tie_at_10th": tied}
        out[system] = stats
    return {"run": run, "ties": out}


# --- agreement, tables --------------------------------------------------------------------------------------
def overlap(ref: list[list[float]], got: list[list[float]]) -> float | None:
    """Share of the reference's top 10 (positive scores) found in the other top 10 (positive scores)."""
    a = [int(i) for i, s in ref if s > 0][:K]
    b = {int(i) for i, s in got if s > 0}
    if not a:
        return None
    return len([i for i in a if i in b]) / len(a)


def agreement(ref: dict[str, Any] | None, row: dict[str, Any]) -> dict[str, Any] | None:
    if not ref or "results" not in ref or "results" not in row:
        return None
    by_key = {(r["kind"], r["key"]): r["top"] for r in row["results"]}
    stats: dict[str, Any] = {}
    for kind in ("eval", "random"):
        pairs = [(r["top"], by_key[(kind, r["key"])]) for r in ref["results"]
                 if r["kind"] == kind and (kind, r["key"]) in by_key]
        values = [v for v in (overlap(a, b) for a, b in pairs) if v is not None]
        if not values:
            continue
        stats[kind] = {"overlap": sum(values) / len(values), "queries": len(values),
                       "all10": sum(v == 1.0 for v in values) / len(values),
                       "exact": sum(a == b for a, b in pairs) / len(pairs)}
    return stats


def fmt(x: Any, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    if isinstance(x, float):
        return f"{x:,.{digits}f}"
    return str(x)


def ratio(x: Any) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    return f"{x:.3g}"


def tables(report: dict[str, Any]) -> str:
    lines: list[str] = []
    for size in report["sizes"]:
        n = size["n"]
        lines.append(f"\n### {n:,} passages  (tokens: {size.get('tokens', {}).get('tokens_per_passage', 0):.1f} "
                     f"per passage, vocabulary {size.get('tokens', {}).get('vocabulary', 0):,}, postings "
                     f"{size.get('tokens', {}).get('postings', 0):,})\n")
        lines.append("| run | system | build s | index MB | load s | cold load s | first query ms | eval p50 ms | "
                     "eval p99 ms | random p50 ms | random p99 ms | RSS MB (peak) | top-10 vs rank_bm25 "
                     "(eval / random) | vs qabot (eval / random) | load avg (1 min) |")
        lines.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|")
        for run in size["runs"]:
            for system, row in run["systems"].items():
                if "skipped" in row or "error" in row:
                    lines.append(f"| {run['run']} | {system} | {row.get('skipped') or row.get('error')} |")
                    continue
                build = row.get("build_s")
                ev, ra = row.get("eval", {}), row.get("random", {})
                agr = row.get("agree_rank_bm25") or {}
                agq = row.get("agree_qabot") or {}
                a1 = " / ".join(fmt(agr.get(k, {}).get("overlap"), 3) for k in ("eval", "random"))
                a2 = " / ".join(fmt(agq.get(k, {}).get("overlap"), 3) for k in ("eval", "random"))
                rss = f"{fmt(row.get('rss_mb'), 0)} ({fmt(row.get('rss_peak_mb'), 0)})" if "rss_mb" in row else "—"
                cold = row.get("cold", {})
                index_mb = row.get("index_mb") or (row.get("build") or {}).get("index_mb") \
                    if isinstance(row.get("build"), dict) else row.get("index_mb")
                la = row.get("loadavg_start") or [float("nan")]
                lines.append(f"| {run['run']} | {system} | {fmt(build, 1)} | {fmt(index_mb, 1)} | "
                             f"{fmt(row.get('load_s'))} | "
                             f"{fmt(cold.get('cold_load_s'))} | {fmt(row.get('first_query_ms'), 1)} | "
                             f"{fmt(ev.get('p50_ms'), 3)} | {fmt(ev.get('p99_ms'), 3)} | {fmt(ra.get('p50_ms'), 3)} | "
                             f"{fmt(ra.get('p99_ms'), 3)} | {rss} | {a1} | {a2} | {fmt(la[0])} |")
                if system == "qabot" and "ask" in row.get("extra", {}):
                    ask = row["extra"]["ask"]
                    lines.append(f"| {run['run']} | qabot `ask` (whole answer) | | | | | | {fmt(ask['p50_ms'], 3)} | "
                                 f"{fmt(ask['p99_ms'], 3)} | | | | | | |")
                for name, figures in row.get("variants", {}).items():
                    fe, fr = figures.get("eval", {}), figures.get("random", {})
                    lines.append(f"| {run['run']} | ↳ {name} | | | | | | {fmt(fe.get('p50_ms'), 3)} | "
                                 f"{fmt(fe.get('p99_ms'), 3)} | {fmt(fr.get('p50_ms'), 3)} | {fmt(fr.get('p99_ms'), 3)} "
                                 "| | | | |")
        lines.append("")
        lines.append("ratio qabot / peer, p50 and p99 (scoring: `scorer.top`; >1 means qabot is slower):")
        for run in size["runs"]:
            parts = []
            for peer, r in run.get("ratios", {}).items():
                parts.append(f"{peer}: eval {ratio(r.get('eval'))} / {ratio(r.get('eval_p99'))}, random "
                             f"{ratio(r.get('random'))} / {ratio(r.get('random_p99'))}, "
                             f"ask/eval {ratio(r.get('ask_eval'))}")
            lines.append(f"- run {run['run']}: " + "; ".join(parts))
        ties = (size.get("ties") or {}).get("ties")
        if ties:
            lines.append("")
            lines.append("top-10 against the exact (rank_bm25 = qabot) ranking, run 1: overlap; share of the peer's "
                         "passages scoring at least the exact 10th score; queries that differ / differ only by ties:")
            for system, stats in ties.items():
                lines.append(f"- {system}: " + "; ".join(
                    f"{kind} {fmt(v['overlap'], 3)}, as good {fmt(v['as_good_share'], 3)}, "
                    f"{v['differ']} / {v['differ_only_by_ties']} of {v['queries']}" for kind, v in stats.items()))
    return "\n".join(lines)


# --- orchestration ------------------------------------------------------------------------------------------
def run_step(args: argparse.Namespace, step: str, n: int, run: int = 0, system: str = "") -> dict[str, Any]:
    cmd = [sys.executable, os.path.abspath(__file__), "--step", step, "--size", str(n), "--run", str(run),
           "--project", str(args.project), "--work", str(args.work), "--rounds", str(args.rounds)]
    if system:
        cmd += ["--system", system]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(args.project), os.environ.get("PYTHONPATH")]))}
    la0 = loadavg()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=args.project)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-6:]
        note(f"{step} {system} {n}: FAILED: {' | '.join(tail)}")
        return {"error": " | ".join(tail)[-300:], "loadavg_start": la0}
    row = json.loads(done.stdout.strip().splitlines()[-1])
    row.setdefault("loadavg_start", la0)
    row.setdefault("loadavg_end", loadavg())
    row["step_wall_s"] = wall
    (args.work / "results").mkdir(parents=True, exist_ok=True)
    name = f"{step}-{system or 'x'}-{n}-r{run}.json"
    (args.work / "results" / name).write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    return row


def ensure_corpus(args: argparse.Namespace, ctx: Ctx) -> None:
    done = ctx.work / f"c{ctx.n}.done"
    if done.exists() and ctx.corpus.is_dir():
        return
    note(f"generating {ctx.n:,} passages into {ctx.corpus}")
    subprocess.run([sys.executable, "bench/gen_corpus.py", str(ctx.n), str(ctx.corpus)], cwd=args.project, check=True,
                   env={**os.environ, "PYTHONHASHSEED": "0"})
    done.write_text("", encoding="utf-8")


def orchestrate(args: argparse.Namespace) -> int:
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    for system, module in (("bm25s", "bm25s"), ("bm25s-numba", "numba"), ("bm25s-numba", "bm25s"),
                           ("tantivy", "tantivy"), ("rank_bm25", "rank_bm25"), ("rank_bm25", "psutil")):
        if system in systems and importlib.util.find_spec(module) is None:
            print(f"skipping {system}: {module} is not installed (pip install {module.replace('_', '-')})",
                  file=sys.stderr)
            systems.remove(system)
    report: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "loadavg_start": loadavg(),
                              "cpus": os.cpu_count(), "python": sys.version.split()[0], "versions": versions(),
                              "rounds": args.rounds, "runs": args.runs, "sizes": []}
    # jieba's dictionary cache, so that no timed build pays for making it.
    subprocess.run([sys.executable, "-c", "from index.text.tokenization import TokenizerSettings, full_dictionary;"
                    "full_dictionary(TokenizerSettings())"], cwd=args.project, check=True,
                   env={**os.environ, "PYTHONPATH": str(args.project)})
    for n in sizes:
        ctx = Ctx(args.project, args.work, n)
        ensure_corpus(args, ctx)
        entry: dict[str, Any] = {"n": n, "corpus_mb": dir_mb(ctx.corpus), "runs": []}
        report["sizes"].append(entry)
        for run in range(1, args.runs + 1):
            note(f"size {n:,} run {run}: qabot index build")
            rows: dict[str, Any] = {}
            qb = run_step(args, "build-qabot", n, run)
            note(f"  qabot build {fmt(qb.get('build_s'), 1)} s")
            if not (ctx.tokens / "info.json").exists():
                note("  tokens from the project's build workers (checked against the index)")
                entry["tokens"] = run_step(args, "tokens", n)
                if "error" in entry["tokens"]:
                    return 1
            else:
                entry["tokens"] = json.loads((ctx.tokens / "info.json").read_text(encoding="utf-8"))
            if not ctx.queries.exists():
                entry["queries"] = run_step(args, "queries", n)
            builds: dict[str, Any] = {"qabot": qb}
            for system in ("qabot-terms", "bm25s", "tantivy"):
                if system in systems or (system == "bm25s" and "bm25s-numba" in systems):
                    note(f"  build {system}")
                    builds[system] = run_step(args, "build", n, run, system)
                    note(f"    {fmt(builds[system].get('build_s'), 1)} s")
            serves: dict[str, Any] = {}
            for system in systems:
                if system == "qabot-terms":
                    continue
                if system == "rank_bm25" and run > 1 and n > RANK_BM25_FULL_MAX:
                    serves[system] = {"skipped": "run 1 only above 100,000 passages"}
                    continue
                note(f"  serve {system}")
                serves[system] = run_step(args, "serve", n, run, system)
                ev = serves[system].get("eval", {})
                note(f"    load {fmt(serves[system].get('load_s'))} s, eval p50 {fmt(ev.get('p50_ms'), 3)} ms")
                if system != "rank_bm25" and "error" not in serves[system]:
                    cold = run_step(args, "cold", n, run, system)
                    serves[system]["cold"] = cold
                    note(f"    cold: load {fmt(cold.get('cold_load_s'))} s, first query "
                         f"{fmt(cold.get('cold_first_query_ms'))} ms")
            for system in systems:
                row = dict(serves.get(system, {}))
                if system == "qabot":
                    row["build_s"] = qb.get("build_s")
                    row["build"] = qb
                elif system in builds:
                    row["build_s"] = builds[system].get("build_s")
                    row["build"] = builds[system]
                elif system == "bm25s-numba":
                    row["build_s"] = builds.get("bm25s", {}).get("build_s")
                    row["build"] = "same index as bm25s"
                rows[system] = row
            entry["runs"].append({"run": run, "systems": rows})
        # Agreement: rank_bm25 of run 1 as the reference; qabot of the same run.
        reference = entry["runs"][0]["systems"].get("rank_bm25")
        for run in entry["runs"]:
            qabot = run["systems"].get("qabot")
            ratios: dict[str, Any] = {}
            for system, row in run["systems"].items():
                row["agree_rank_bm25"] = agreement(reference, row) if system != "rank_bm25" else None
                row["agree_qabot"] = agreement(qabot, row) if system != "qabot" else None
                if system not in ("qabot", "qabot-terms") and qabot and "eval" in row and "eval" in qabot:
                    for name, figures in [(system, row), *row.get("variants", {}).items()]:
                        ratios[name] = {kind: qabot[kind]["p50_ms"] / figures[kind]["p50_ms"]
                                        for kind in ("eval", "random") if kind in figures and kind in qabot}
                        ratios[name].update({f"{kind}_p99": qabot[kind]["p99_ms"] / figures[kind]["p99_ms"]
                                             for kind in ("eval", "random") if kind in figures and kind in qabot})
                        if "ask" in qabot.get("extra", {}) and "eval" in figures:
                            ratios[name]["ask_eval"] = qabot["extra"]["ask"]["p50_ms"] / figures["eval"]["p50_ms"]
            run["ratios"] = ratios
            if qabot and reference and "results" in reference and "results" in qabot:
                ref = {(r["kind"], r["key"]): r["top"] for r in reference["results"]}
                same = [r["top"] == ref[(r["kind"], r["key"])] for r in qabot["results"] if (r["kind"], r["key"]) in ref]
                run["qabot_equals_rank_bm25"] = {"queries": len(same), "identical_top10_with_scores": sum(same)}
        if not args.no_extras:
            note("  ties behind the peers' disagreements")
            entry["ties"] = run_step(args, "ties", n, 1)
        for run in entry["runs"]:  # per-query results stay in WORK/results
            for row in run["systems"].values():
                row.pop("results", None)
    report["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    report["loadavg_end"] = loadavg()
    text = tables(report)
    print(text)
    out = args.json or args.work / "peers_results.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    (out.with_suffix(".md")).write_text(text + "\n", encoding="utf-8")
    note(f"results: {out}")
    return 0


def versions() -> dict[str, str]:
    from importlib import metadata

    found = {}
    for name in ("qabot", "bm25s", "tantivy", "rank-bm25", "numpy", "scipy", "numba", "jieba"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=Path(os.environ.get("QABOT_ROOT", ".")),
                        help="the qabot checkout (default: $QABOT_ROOT, else .)")
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "qabot-peers")
    parser.add_argument("--runs", type=int, default=1, help="how many times builds and serving are repeated")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the queries after the warm-up")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--json", type=Path, help="results file (default: WORK/peers_results.json)")
    parser.add_argument("--no-extras", action="store_true", help="skip the tie analysis")
    parser.add_argument("--render", type=Path, help="only print the tables of a results file written before")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--run", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--system", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.render:
        print(tables(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0
    args.project = args.project.resolve()
    args.work = args.work.resolve()
    if not (args.project / "bench" / "gen_corpus.py").exists():
        parser.error(f"{args.project} is not the qabot checkout (no bench/gen_corpus.py); pass --project")
    if args.step:
        sys.path.insert(0, str(args.project))
        ctx = Ctx(args.project, args.work, args.size)
        la0 = loadavg()
        if args.step == "build-qabot":
            row = step_build_qabot(ctx)
        elif args.step == "tokens":
            row = step_tokens(ctx)
        elif args.step == "queries":
            row = step_queries(ctx)
        elif args.step == "build":
            row = step_build_terms(ctx, args.system, args.run)
        elif args.step == "serve":
            row = step_serve(ctx, args.system, args.run, args.rounds)
        elif args.step == "cold":
            row = step_cold(ctx, args.system, args.run)
        elif args.step == "ties":
            row = step_ties(ctx, args.run, ["bm25s", "bm25s-numba", "tantivy"])
        else:
            parser.error(f"unknown step {args.step}")
        row.setdefault("loadavg_start", la0)
        row.setdefault("loadavg_end", loadavg())
        print(json.dumps(row, ensure_ascii=False))
        return 0
    return orchestrate(args)


if __name__ == "__main__":
    raise SystemExit(main())
