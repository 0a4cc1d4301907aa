"""Build an index: read reports → clean → parse → chunk → normalize → tokenize (index/store/workers.py) →
gather and write (index/store/assembly.py), the same pipeline and format for a report and for an archive.

A report is tokenized in the build's own process; an archive by one worker process per core, in batches of
about `TASK_BYTES`, so memory is bounded by the index, not the raw text.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from index.corpus.cleaning import SpamCleaner
from index.corpus.files import content_hash, corpus_files, fingerprint
from index.corpus.reading import UnreadableReport
from index.corpus.reports import HEADER_KEYWORDS, no_readable_reports, read_report
from index.errors import QabotError
from index.ranking.bm25 import EPSILON, K1, B
from index.ranking.scoring import SPARSE_MIN_PASSAGES
from index.settings import Settings
from index.store.assembly import Collected
from index.store.formats import FORMAT, VERSION
from index.store.layout import IndexWriter
from index.store.model import IndexMeta
from index.store.progress import Progress
from index.store.texts import text_sample
from index.store.workers import Batch, WorkerSetup, start_worker, stop_worker, tokenize_batch
from index.text import native
from index.text.normalize import build_charmap
from index.text.segment import reached_entries
from index.text.thesaurus import commonness, frames, names_in
from index.text.tokenization import TokenizerSettings, full_dictionary, restrict_dictionary
from index.types import BuildReport

#: Corpora up to this size (in bytes) are a report: tokenized in the build's own process.
SMALL_CORPUS_BYTES = 4 * 1024 * 1024
#: Bytes of reports per batch.
TASK_BYTES = 512 * 1024


@dataclass
class _Hash:
    """The corpus's content hash, computed beside the build."""

    value: str = ""
    error: OSError | None = None


def build_index(corpus_dir: Path, index_path: Path, settings: TokenizerSettings | None = None,
                workers: int | None = None, progress: bool | None = None, strict: bool = False,
                env: Settings | None = None, compiled: bool | None = None) -> BuildReport:
    """Build the index for every report in `corpus_dir` and write it atomically to `index_path`.

    `workers` processes tokenize (default: none besides this one for a corpus of up to `SMALL_CORPUS_BYTES`,
    else one per core); `compiled` segments with the compiled extension (index/text/csegment.c) where the
    install built it, else with jieba's route compiled by numba where that is installed (default: for corpora
    larger than that; the index is the same either way). A progress bar goes to stderr when
    `progress` is true (default: when stderr is a terminal). A report that is empty or neither UTF-8 nor
    GB18030 is left out and listed in the report's `skipped`, or with `strict` fails the build
    (`UnreadableReport`). On any failure the index at `index_path` is left as it was. `env` gives the spam
    patterns and the cache folder (default: `Settings.from_env()`).
    """
    started = time.perf_counter()
    settings = settings or TokenizerSettings()
    env = env or Settings.from_env()
    corpus_dir = corpus_dir.resolve()
    files = corpus_files(corpus_dir)
    sizes = [path.stat().st_size for path in files]
    small = sum(sizes) <= SMALL_CORPUS_BYTES
    digest = _Hash()

    def hash_corpus() -> None:
        try:
            digest.value = content_hash(corpus_dir, files)
        except OSError as exc:  # pragma: no cover - a report vanished mid-build
            digest.error = exc

    hasher = threading.Thread(target=hash_corpus, daemon=True)
    hasher.start()
    charmap = build_charmap()
    freq, total = full_dictionary(settings, env.cache_dir)
    use_compiled = (not small if compiled is None else compiled) and _compiled_segmentation()
    setup = WorkerSetup(corpus_dir, charmap, freq, total, settings, env.spam_patterns, strict,
                        native.Trie(freq, total) if use_compiled else None,
                        text_sample(_first_sentences(corpus_dir, files, env.spam_patterns)), restrict=small)
    count = workers or (1 if small else _cores())
    try:
        writer = IndexWriter(index_path)
    except OSError as exc:
        raise _unwritable(index_path, exc) from None
    bar = Progress(sum(sizes), enabled=progress)
    try:
        collected = _gather(setup, _tasks(corpus_dir, files, sizes), count, writer, bar)
        if not collected.documents:
            raise no_readable_reports(corpus_dir)
        bar.note(f"{collected.passages:,} passages read; writing the index")
        # The dictionary entries the corpus reaches, and those questions need: questions are then segmented
        # as they would be with jieba's whole dictionary.
        dictionary = reached_entries(collected.reached, freq)
        dictionary.update(restrict_dictionary(freq, [*settings.stopwords, *settings.question_affixes]))
        counts, bm25 = collected.write(writer, dictionary, setup.text_dict)
        hasher.join()
        if digest.error is not None:
            raise QabotError(f"cannot read the corpus: {digest.error}", "check the corpus folder")
        # A report carries its words' tables; an archive's are looked up word by word (index/answering/engine.py).
        tables = _word_tables(collected.terms) if counts.passages <= SPARSE_MIN_PASSAGES else (None, None, None)
        meta = IndexMeta(
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), corpus_dir=corpus_dir,
            corpus_hash=digest.value, corpus_fingerprint=fingerprint(corpus_dir, files), tokenizer=settings,
            tokenizer_hash=settings.digest(), documents=tuple(collected.documents),
            removed=tuple(collected.removed), charmap=charmap, dictionary=dictionary, dictionary_total=total,
            names=tables[0], common=tables[1], verbs=tables[2], header_keywords=HEADER_KEYWORDS)
        try:
            writer.commit({"format": FORMAT, "version": VERSION, **meta.to_json(), "counts": asdict(counts),
                           "bm25": {"k1": K1, "b": B, "epsilon": EPSILON, **bm25}})
        except OSError as exc:
            raise _unwritable(index_path, exc) from None
    except BaseException:
        writer.abort()
        bar.close()
        raise
    bar.close()
    return BuildReport(index_path, len(collected.documents), counts.passages, counts.vocabulary,
                       tuple(collected.removed), time.perf_counter() - started, tuple(collected.skipped))


def _gather(setup: WorkerSetup, tasks: list[tuple[list[str], int]], workers: int, writer: IndexWriter,
            bar: Progress) -> Collected:
    """Every batch tokenized and gathered in corpus order, the progress shown as they come."""
    collected = Collected()
    done = 0
    for (_, size), batch in zip(tasks, _batches(setup, [names for names, _ in tasks], workers), strict=True):
        if batch.error is not None:
            raise QabotError(*batch.error)
        collected.add(batch, writer)
        done += size
        bar.update(done, collected.passages)
    bar.update(done, collected.passages, force=True)
    return collected


def _word_tables(terms: list[str]) -> tuple[frozenset[str], dict[str, float], frozenset[str]]:
    """The index terms naming a place or a person, how common each is (below 1 only), and the verbs."""
    common = {w: round(c, 6) for w in sorted(terms) if (c := commonness(w)) < 1.0}
    return frozenset(names_in(terms)), common, frozenset(w for w in terms if frames(w))


def _first_sentences(corpus_dir: Path, files: list[Path], spam_patterns: tuple[str, ...]) -> Iterator[str]:
    """The sentences of the first reports that can be read, in order (the sample of `text_sample`)."""
    cleaner = SpamCleaner(spam_patterns)
    for path in files:
        try:
            _, passages, _ = read_report(corpus_dir, path, cleaner)
        except UnreadableReport:
            continue
        for passage in passages:
            yield from passage["sentences"]


def _compiled_segmentation() -> bool:
    """Can the workers segment compiled here: the extension built, or numba installed?"""
    from index.text import compiled  # the extension: imported by builds only

    return compiled.available() or native.available()


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _unwritable(index_path: Path, exc: OSError) -> QabotError:
    return QabotError(f"could not write the index to {index_path}: {exc.strerror or exc}",
                      "free some disk space or pass --index PATH; the previous index is unchanged")


def _tasks(corpus_dir: Path, files: list[Path], sizes: list[int]) -> list[tuple[list[str], int]]:
    """The reports in batches of about `TASK_BYTES` (paths relative to the corpus), with their bytes."""
    tasks: list[tuple[list[str], int]] = []
    batch: list[str] = []
    size = 0
    for path, n in zip(files, sizes, strict=True):
        batch.append(path.relative_to(corpus_dir).as_posix())
        size += n
        if size >= TASK_BYTES:
            tasks.append((batch, size))
            batch, size = [], 0
    if batch:
        tasks.append((batch, size))
    return tasks


def _batches(setup: WorkerSetup, tasks: list[list[str]], workers: int) -> Iterator[Batch]:
    """Each task tokenized, in order: here for one worker, else by a pool of `workers` processes."""
    if workers <= 1:
        start_worker(setup)
        try:
            yield from map(tokenize_batch, tasks)
        finally:
            stop_worker()
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(workers, initializer=start_worker, initargs=(setup,)) as pool:
        yield from pool.imap(tokenize_batch, tasks)
