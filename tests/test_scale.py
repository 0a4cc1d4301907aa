"""Archives: the sparse backend ranks exactly as BM25Okapi, one build pipeline for every size, the engine works."""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answering.engine import Engine
from index.answering.loading import load_engine
from index.evaluation import read_questions
from index.ranking import compiled
from index.ranking.scoring import OkapiScorer, choose_scorer
from index.ranking.sparse import SparseScorer, to_columns
from index.store.building import build_index
from index.store.layout import data_root
from index.store.progress import Progress
from tests.conftest import CORPUS, DATA, ROOT, built_content, copy_index, data_file

QUESTIONS = [q["q"] for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(DATA / name)]
#: The sparse scorer's two paths: the compiled scan (index/ranking/cscan.c) and numpy, the reference.
BACKENDS = ["compiled", "numpy"]


def sparse_scorer(corpus: list[list[str]], backend: str) -> SparseScorer:
    """`SparseScorer.from_terms` on the given path."""
    scorer = SparseScorer.from_terms(corpus)
    scorer.backend = backend
    return scorer


@pytest.fixture(scope="session")
def corpus_10k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus of 10,000 passages (the report is its first document), made by the benchmarks'
    generator through its command line."""
    out = tmp_path_factory.mktemp("corpus") / "c10k"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), "10000", str(out), "--seed", "7"],
                   check=True, capture_output=True, cwd=ROOT)
    return out


def reference_terms(corpus_dir: Path) -> tuple[list[list[str]], dict[str, int]]:
    """Every passage's terms, made apart from the index's build: the reports read and cut by
    `collect_passages`, each sentence tokenized with jieba's whole dictionary; and the dictionary restricted
    to the texts (as questions need it)."""
    from index.corpus.files import corpus_files
    from index.corpus.reports import HEADER_KEYWORDS, collect_passages
    from index.text.normalize import Normalizer, build_charmap
    from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary, restrict_dictionary

    settings = TokenizerSettings()
    _, passages, _ = collect_passages(corpus_dir, corpus_files(corpus_dir))
    normalize = Normalizer(build_charmap()).normalize
    freq, total = full_dictionary(settings)
    tokens = Tokenizer(freq, total, settings).tokens
    extra = tokens(normalize(HEADER_KEYWORDS))
    lists = [[t for s in p["sentences"] for t in tokens(normalize(s))] + (extra if p.get("extra") else [])
             for p in passages]
    texts = [normalize(s) for p in passages for s in p["sentences"]]
    restricted = restrict_dictionary(freq, [*texts, normalize(HEADER_KEYWORDS), *settings.stopwords,
                                            *settings.question_affixes])
    return lists, restricted


@pytest.fixture(scope="session")
def index_10k(corpus_10k: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of the 10k corpus (one worker per core, as an archive is built)."""
    path = tmp_path_factory.mktemp("idx10k") / "index.json"
    build_index(corpus_10k, path, progress=False)
    return path


@pytest.fixture(scope="session")
def okapi_10k(corpus_10k: Path) -> OkapiScorer:
    """rank-bm25 over the 10k corpus's terms, made apart from the index."""
    return OkapiScorer(reference_terms(corpus_10k)[0])


@pytest.fixture(scope="session")
def engine_10k(index_10k: Path) -> Engine:
    return load_engine(index_10k)


# --- the same ranking --------------------------------------------------------------------------------------
def test_the_report_scorer_gives_rank_bm25s_scores_bit_for_bit(engine: Engine) -> None:
    scorer = engine.scorer
    assert isinstance(scorer, OkapiScorer)
    for question in read_questions(DATA / "dev.jsonl"):
        terms = engine.read(question["q"]).search_terms * 2  # (asked twice: a term's kept column is reused)
        assert np.array_equal(scorer.get_scores(terms), scorer._bm25.get_scores(list(terms))), question["q"]


@pytest.mark.slow
def test_large_index_has_the_same_idf_as_bm25okapi(okapi_10k: OkapiScorer, engine_10k: Engine) -> None:
    sparse = engine_10k.scorer
    assert isinstance(sparse, SparseScorer)
    assert sparse.size == okapi_10k.size == 10_000
    assert sparse.vocabulary == okapi_10k.vocabulary
    assert all(sparse.idf(term) == idf for term, idf in okapi_10k.idf_table.items())


@pytest.mark.slow
@pytest.mark.parametrize(("backend", "dense_share", "window_shift"),
                         [("compiled", 4, 10), ("compiled", 0, 16), ("compiled", 10**9, 16), ("compiled", 10**9, 3),
                          ("numpy", 5, 16), ("numpy", 0, 16), ("numpy", 10**9, 16)])
@pytest.mark.parametrize("prune", [(4096, 4), (64, 2), (1, 1), None])
def test_same_top_k_on_random_queries_over_10k(okapi_10k: OkapiScorer, engine_10k: Engine,
                                              prune: tuple[int, int] | None, dense_share: int, window_shift: int,
                                              backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Lower thresholds make the scorer try to skip the longest postings (as at a million passages) more often;
    # dense_share 0 sums scores at the touched passages only, 10**9 over all passages (the numpy path), or
    # lists the passages touched only, or sums window by window only (the compiled scan; small windows put
    # many window ends within each term's postings).
    import index.ranking.sparse

    sparse = engine_10k.scorer
    assert isinstance(sparse, SparseScorer)
    monkeypatch.setattr(sparse, "backend", backend)
    monkeypatch.setattr(index.ranking.sparse, "_DENSE_SHARE", dense_share)
    monkeypatch.setattr(index.ranking.sparse, "_WINDOW_SHARE", dense_share)
    monkeypatch.setattr(index.ranking.sparse, "_WINDOW_SHIFT", window_shift)
    monkeypatch.setattr(index.ranking.sparse, "_LOOKUP_COST", 1)
    monkeypatch.setattr(sparse, "prune", prune is not None)
    if prune is not None:
        monkeypatch.setattr(index.ranking.sparse, "_PRUNE_MIN", prune[0])
        monkeypatch.setattr(index.ranking.sparse, "_PRUNE_RATIO", prune[1])
    exact = SparseScorer._exact
    skipped = []

    def counting(self: SparseScorer, *args: Any) -> Any:
        skipped.append(1)
        return exact(self, *args)

    monkeypatch.setattr(SparseScorer, "_exact", counting)
    before = sparse._scan.skipped if sparse._scan is not None else 0
    rng = random.Random(3)
    by_df = sorted(okapi_10k.idf_table, key=okapi_10k.idf_table.__getitem__)
    common, rare = by_df[:200], by_df[200:]
    for _ in range(120):
        terms = rng.sample(common, rng.randint(0, 3)) + rng.sample(rare, rng.randint(1, 4))
        if rng.random() < 0.2:
            terms.append("从未出现过的词")
        if rng.random() < 0.1:
            terms.append(terms[0])  # a repeated term counts twice, as in rank-bm25
        rng.shuffle(terms)
        k, offset = rng.choice([1, 3, 5, 10]), rng.choice([0, 0, 2, 7])
        assert sparse.top(terms, k, offset) == okapi_10k.top(terms, k, offset), terms
    terms = common[:3] + rare[:2]
    assert np.array_equal(sparse.get_scores(terms), okapi_10k._bm25.get_scores(terms))  # bit for bit
    if backend == "compiled":
        assert sparse._scan is not None
        skipped = [1] * (sparse._scan.skipped - before)
    if prune is not None and prune[0] < 1000:
        assert len(skipped) >= 10  # the skipping path was taken


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("prune_min", [4096, 16])
def test_same_top_k_for_the_eval_questions_over_10k(okapi_10k: OkapiScorer, engine_10k: Engine, prune_min: int,
                                                    backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.ranking.sparse

    monkeypatch.setattr(index.ranking.sparse, "_PRUNE_MIN", prune_min)
    monkeypatch.setattr(engine_10k.scorer, "backend", backend)
    monkeypatch.setattr(engine_10k.scorer, "prune", True)
    for question in QUESTIONS:
        terms = list(dict.fromkeys(engine_10k.terms(question)))
        assert engine_10k.scorer.top(terms, 10) == okapi_10k.top(terms, 10), question


def test_the_report_is_scored_by_bm25okapi_over_the_same_terms(engine: Engine) -> None:
    """A report's index is scored by rank-bm25 itself, over its passages' terms made again from the index's
    columns: the same numbers, bit for bit, as over the terms made apart from the build."""
    corpus, _ = reference_terms(CORPUS)
    reference = OkapiScorer(corpus)
    assert isinstance(engine.scorer, OkapiScorer)
    assert list(engine.scorer.idf_table.items()) == list(reference.idf_table.items())  # same order too
    files = engine.index.store.files  # type: ignore[attr-defined]
    assert [sorted(terms) for terms in files.term_lists()] == [sorted(terms) for terms in corpus]
    for question in QUESTIONS:
        terms = list(dict.fromkeys(engine.terms(question)))
        assert np.array_equal(engine.scorer.get_scores(terms), reference.get_scores(terms)), question


@pytest.mark.parametrize("backend", BACKENDS)
def test_same_top_k_for_the_eval_questions_over_the_report(engine: Engine, backend: str) -> None:
    corpus, _ = reference_terms(CORPUS)
    okapi, sparse = choose_scorer(corpus, "okapi"), choose_scorer(corpus, "sparse")
    assert isinstance(okapi, OkapiScorer) and isinstance(sparse, SparseScorer)
    sparse.backend = backend
    for question in QUESTIONS:
        terms = list(dict.fromkeys(engine.terms(question)))
        for k, offset in ((5, 0), (3, 3), (40, 0)):
            assert sparse.top(terms, k, offset) == okapi.top(terms, k, offset), question


@pytest.mark.parametrize("backend", BACKENDS)
def test_negative_idf_is_floored_exactly_as_bm25okapi(backend: str) -> None:
    corpus = [["安徽", "活动", f"词{i}"] * (1 + i % 3) for i in range(9)] + [["活动"], ["活动", "安徽"], []]
    okapi, sparse = OkapiScorer(corpus), sparse_scorer(corpus, backend)
    assert any(v < 0 for v in okapi._bm25.idf.values()) or okapi._bm25.average_idf * 0.25 in okapi.idf_table.values()
    for terms in (["活动"], ["安徽", "活动"], ["词3", "活动", "安徽"], ["没有"]):
        assert np.array_equal(sparse.get_scores(terms), okapi._bm25.get_scores(terms))
        assert sparse.top(terms, 12) == okapi.top(terms, 12)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gap_limit", [1 << 16, 3, 1])
@settings(max_examples=150, deadline=None)
@given(corpus=st.lists(st.lists(st.sampled_from(["甲", "乙", "丙", "丁", "戊", "己"]), max_size=7), min_size=1,
                       max_size=40),
       queries=st.lists(st.lists(st.sampled_from(["甲", "乙", "丙", "丁", "戊", "己", "无"]), min_size=1, max_size=6),
                        min_size=1, max_size=5))
def test_compact_columns_rank_exactly_as_bm25okapi(corpus: list[list[str]], queries: list[list[str]],
                                                  gap_limit: int, backend: str) -> None:
    """Small corpora of few terms: many ties, many terms in more than half the passages (negative idf, floored;
    with a negative average idf, contributions below zero), repeated query terms; small gap limits put most
    gaps among the exceptions."""
    import index.ranking.sparse

    corpus = [*corpus, ["甲"]]  # rank-bm25 needs one term at least
    saved = index.ranking.sparse.GAP_LIMIT, index.ranking.sparse.SKIP, index.ranking.sparse.CODE_LIMIT
    index.ranking.sparse.GAP_LIMIT, index.ranking.sparse.SKIP = gap_limit, min(gap_limit, 4)
    index.ranking.sparse.CODE_LIMIT = min(255, gap_limit)  # most codes kept apart too
    try:
        sparse = SparseScorer.from_terms(corpus)
    finally:
        index.ranking.sparse.GAP_LIMIT, index.ranking.sparse.SKIP, index.ranking.sparse.CODE_LIMIT = saved
    sparse.backend = backend
    okapi = OkapiScorer(corpus)
    assert all(sparse.idf(term) == idf for term, idf in okapi.idf_table.items())
    for terms in queries:
        assert np.array_equal(sparse.get_scores(terms), okapi._bm25.get_scores(terms))
        for term in set(terms):
            rows, values = sparse.postings(term)
            holders = [i for i, doc in enumerate(corpus) if term in doc]
            assert rows.tolist() == holders and all(sparse.contains(term, i) for i in holders)
            assert np.array_equal(values, okapi._bm25.get_scores([term])[holders])
        for k, offset in ((1, 0), (3, 0), (10, 0), (4, 3), (60, 0)):
            expected = okapi.top(terms, k, offset)
            assert sparse.top(terms, k, offset) == expected, (terms, k, offset)
            saved_prune = (index.ranking.sparse._PRUNE_MIN, index.ranking.sparse._PRUNE_RATIO,
                           index.ranking.sparse.SKIP, index.ranking.sparse._DENSE_SHARE,
                           index.ranking.sparse._LOOKUP_COST, index.ranking.sparse._WINDOW_SHARE,
                           index.ranking.sparse._WINDOW_SHIFT, sparse.prune)
            index.ranking.sparse._PRUNE_MIN, index.ranking.sparse._PRUNE_RATIO = 1, 1
            index.ranking.sparse._DENSE_SHARE, index.ranking.sparse._LOOKUP_COST = 0, 0
            index.ranking.sparse._WINDOW_SHARE, sparse.prune = 0, True  # passages listed, long postings skipped
            index.ranking.sparse.SKIP = min(gap_limit, 4)
            try:
                assert sparse.top(terms, k, offset) == expected, ("skipping", terms, k, offset)
                # every query summed window by window, windows of 2 passages
                index.ranking.sparse._WINDOW_SHARE, index.ranking.sparse._WINDOW_SHIFT = 10**9, 1
                sparse.prune = False
                assert sparse.top(terms, k, offset) == expected, ("windows", terms, k, offset)
            finally:
                (index.ranking.sparse._PRUNE_MIN, index.ranking.sparse._PRUNE_RATIO, index.ranking.sparse.SKIP,
                 index.ranking.sparse._DENSE_SHARE, index.ranking.sparse._LOOKUP_COST,
                 index.ranking.sparse._WINDOW_SHARE, index.ranking.sparse._WINDOW_SHIFT, sparse.prune) = saved_prune


@pytest.mark.parametrize("backend", BACKENDS)
def test_ties_at_the_tenth_place_go_to_the_earliest_passages(backend: str) -> None:
    corpus = [["甲", "乙"]] * 30 + [["甲"]] * 30 + [["丙", "丁", "戊"]] * 200
    okapi, sparse = OkapiScorer(corpus), sparse_scorer(corpus, backend)
    for terms in (["甲", "乙"], ["乙", "甲", "丙"], ["甲"], ["丙", "乙"], ["乙", "乙"]):
        for k, offset in ((10, 0), (10, 25), (40, 0), (100, 150)):
            assert sparse.top(terms, k, offset) == okapi.top(terms, k, offset), (terms, k, offset)


@pytest.mark.parametrize("backend", BACKENDS)
def test_gaps_past_the_uint16_range_are_exceptions(backend: str) -> None:
    corpus: list[list[str]] = [["常见"] for _ in range(140_000)]
    for i in (0, 5, 70_000, 70_001, 139_999):
        corpus[i] = ["常见", "稀有"]
    sparse = sparse_scorer(corpus, backend)
    rows, _ = sparse.postings("稀有")
    assert rows.tolist() == [0, 5, 70_000, 70_001, 139_999]
    assert [i for i, _ in sparse.top(["稀有", "常见"], 6)] == [0, 5, 70_000, 70_001, 139_999, 1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=12, unique=True), max_size=30), st.integers(0, 5))
def test_columns_are_the_rows_transposed_in_row_order(rows: list[list[int]], spare: int) -> None:
    vocabulary = max((j for row in rows for j in row), default=-1) + 1 + spare  # some terms in no row
    indptr = np.cumsum([0, *map(len, rows)]).astype(np.int64)
    term_ids = np.asarray([j for row in rows for j in row], dtype=np.int32)
    tf = np.asarray([7 * i + j for i, row in enumerate(rows) for j in row], dtype=np.int32)
    col_ptr, col_rows, counts = to_columns(indptr, term_ids, tf, vocabulary)
    expected: list[list[tuple[int, int]]] = [[] for _ in range(vocabulary)]
    for i, row in enumerate(rows):
        for j in row:
            expected[j].append((i, 7 * i + j))
    assert col_ptr.dtype == np.int64 and col_rows.dtype == np.int32
    assert col_ptr.tolist() == np.cumsum([0, *map(len, expected)]).tolist()
    assert list(zip(col_rows.tolist(), counts.tolist(), strict=True)) == [p for column in expected for p in column]


def test_the_compiled_scan_is_built_and_used() -> None:
    """The install compiles index/ranking/cscan.c (a C compiler is needed; without one the numpy path serves,
    and this test says so)."""
    assert compiled.available(), "index.ranking.cscan was not built: pip install -e . needs a C compiler"
    assert SparseScorer.from_terms([["甲"], ["乙"]]).backend == "compiled"


def test_choose_scorer_goes_by_size() -> None:
    assert isinstance(choose_scorer([["a"]] * 10), OkapiScorer)
    assert isinstance(choose_scorer([["a"]] * 2001), SparseScorer)


# --- one pipeline, one format ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_report_built_as_an_archive_is_the_same_file(index_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The report, built as an archive is (worker processes, jieba's whole dictionary, its compiled route
    where numba is installed), gives the same data file as built as a report (this process, the dictionary
    restricted to its text)."""
    import index.store.building

    monkeypatch.setattr(index.store.building, "SMALL_CORPUS_BYTES", 0)
    path = tmp_path / "index.json"
    build_index(CORPUS, path, workers=2, progress=False)
    assert built_content(path) == built_content(index_path)


@pytest.mark.slow
def test_the_sparse_backend_answers_the_report_exactly_as_bm25okapi(engine: Engine, index_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import index.store.scorers

    monkeypatch.setattr(index.store.scorers, "SPARSE_MIN_PASSAGES", 0)
    sparse = load_engine(index_path)
    assert isinstance(sparse.scorer, SparseScorer) and isinstance(engine.scorer, OkapiScorer)
    for question in QUESTIONS:
        assert sparse.ask(question, k=10) == engine.ask(question, k=10), question
        assert sparse.ask(question, k=3, offset=3) == engine.ask(question, k=3, offset=3), question
    assert sparse.suggestions() == engine.suggestions()
    assert list(sparse.passages) == list(engine.passages)


def test_passages_are_found_by_id_and_position(engine: Engine) -> None:
    passages = list(engine.passages)
    assert [p.position for p in passages] == list(range(36)) and passages[-1] == engine.passages[-1]
    for passage in passages:
        assert engine.passage(passage.id) == passage
    assert engine.passage(passages[5].id + ".9") is None and engine.passage("nowhere#1") is None
    assert engine.passage(passages[0].doc + "#x") is None
    assert engine.neighbors(passages[5].id) == [p for p in passages if abs(p.paragraph - passages[5].paragraph) <= 1
                                                and p.paragraph > 0 and p.doc == passages[5].doc]


@pytest.mark.slow
def test_engine_over_10k_finds_the_report_among_the_distractors(engine_10k: Engine) -> None:
    assert len(engine_10k.passages) == 10_000
    # Distractors are made of the report's own sentences; quoting the report finds it.
    result = engine_10k.ask("芜湖市积极创新开门纳谏方式,依托市级主要媒体,设立了几条热线电话?")
    assert result.answered and result.answer is not None and "11条热线电话" in result.answer.sentence
    assert result.hits[0].passage.doc == "anhui-mass-line-2014-05-07"
    last = engine_10k.passages[-1]
    assert engine_10k.passage(last.id) == last
    assert engine_10k.passages[-1] == engine_10k.passages[len(engine_10k.passages) - 1]
    assert [p.position for p in engine_10k.passages[10:13]] == [10, 11, 12]
    assert all(p.doc == last.doc for p in engine_10k.neighbors(last.id))
    assert isinstance(engine_10k.suggestions(), list)


# --- the on-disk format -----------------------------------------------------------------------------------
def test_rebuild_replaces_atomically_and_a_serving_engine_keeps_working(index_path: Path, tmp_path: Path) -> None:
    path = copy_index(index_path, tmp_path)
    serving = load_engine(path)
    before = serving.ask("省委督导组有多少个?")
    for _ in range(3):
        build_index(CORPUS, path, progress=False)
    versions = list(data_root(path).iterdir())
    assert len(versions) <= 2  # the current one and the previous one
    assert data_file(path) in versions
    assert serving.ask("省委督导组有多少个?") == before  # its file is gone, its memory map is not
    assert load_engine(path).ask("省委督导组有多少个?") == before


@pytest.mark.slow
def test_cli_summary_line_is_unchanged_for_a_large_build(corpus_10k: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    path = tmp_path / "index.json"
    assert main(["index", "build", "--corpus", str(corpus_10k), "--index", str(path)]) == 0
    out, err = capsys.readouterr()
    first = out.splitlines()[0]
    assert re.fullmatch(r"indexed \d+ documents, 10000 passages, \d+ terms in \d+\.\d\d s → .*index\.json", first)
    assert "▕" not in err  # no progress bar when stderr is not a terminal


# --- progress ---------------------------------------------------------------------------------------------
class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_share_rate_and_eta_on_a_terminal_only() -> None:
    terminal = _Terminal()
    bar = Progress(1000, stream=terminal)
    bar.update(250, 5000, force=True)
    bar.close()
    text = terminal.getvalue()
    assert "25%" in text and "5,000 passages" in text and "/s" in text and "ETA" in text
    quiet = io.StringIO()
    Progress(1000, stream=quiet).update(500, 10, force=True)
    assert quiet.getvalue() == ""


def test_the_dictionary_is_what_the_texts_reach(engine: Engine) -> None:
    """The index keeps the dictionary entries its texts (and questions' stopwords and affixes) reach, less those
    holding a character jieba never puts inside a block, which no segmentation looks up."""
    _, restricted = reference_terms(CORPUS)
    kept = engine.index.meta.dictionary
    assert kept.keys() <= restricted.keys()
    block = re.compile("^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\\-]+$")
    assert all(not block.match(word) for word in restricted.keys() - kept.keys())


def test_cli_info_describes_the_index(index_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["index", "info", "--index", str(index_path)]) == 0
    out = capsys.readouterr().out
    size = int(re.search(r"\((\d+) KiB", out).group(1))  # type: ignore[union-attr]
    assert size > 50  # the data file counts, not just the pointer file
    assert "passages:   36" in out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), max_size=20))
def test_term_maxima_kept_in_float32_still_bound_the_impacts(values: list[float]) -> None:
    from index.store.assembly import bound_float32

    exact = np.asarray(values, dtype=np.float64)
    kept = bound_float32(exact)
    assert kept.dtype == np.float32 and bool(np.all(kept.astype(np.float64) >= exact))
