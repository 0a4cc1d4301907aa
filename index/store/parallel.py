"""Build a large index: stream the reports through worker processes, aggregate terms, write arrays.

Memory is bounded by the index, not the raw text: workers take the reports in batches of about
`TASK_BYTES`, clean, parse, chunk, normalize and tokenize them (one jieba tokenizer per worker, set up once)
and send back compact arrays: each passage's distinct terms as ids in the worker's own numbering with their
counts, the terms new to the worker, and the sentences as UTF-8 bytes. The parent, in corpus order, appends
the sentences to texts.bin, maps the worker's ids to global ones (numbered in order of first occurrence in
the corpus, as rank-bm25 numbers them) and keeps only the integer arrays. At the end it transposes them into
compact term columns (index/ranking/sparse.py) and writes the version (index/store/bigstore.py).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import Counter
from dataclasses import asdict, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from index.corpus.cleaning import SpamCleaner
from index.corpus.files import content_hash, fingerprint
from index.corpus.reading import UnreadableReport
from index.corpus.reports import HEADER_KEYWORDS, no_readable_reports, read_report
from index.errors import QabotError
from index.ranking.bm25 import EPSILON, K1, B
from index.ranking.sparse import assemble
from index.settings import Settings
from index.store.bigstore import LargeIndexWriter, write_strings
from index.store.formats import LARGE_FORMAT, LARGE_VERSION
from index.store.progress import Progress
from index.text import native
from index.text.normalize import Normalizer, build_charmap
from index.text.segment import reached_entries
from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary, restrict_dictionary
from index.types import BuildReport, Removal, Skipped

#: Bytes of reports per worker task.
TASK_BYTES = 512 * 1024

_worker: dict[str, Any] = {}


def _init_worker(corpus_dir: str, charmap: dict[str, str], freq: dict[str, int], total: int,
                 settings: TokenizerSettings, patterns: list[str], trie: Any, strict: bool) -> None:
    normalizer = Normalizer(charmap)
    tokenizer = Tokenizer(freq, total, settings)
    tokenizer.segmenter.reached = set()
    if trie is not None:
        tokenizer.segmenter.use_native(native.NativeRoute(trie))
    _worker.update(corpus=Path(corpus_dir), normalizer=normalizer, tokenizer=tokenizer,
                   cleaner=SpamCleaner(patterns), vocab={}, strict=strict,
                   extra=tokenizer.tokens(normalizer.normalize(HEADER_KEYWORDS)))


def _work(task: list[str]) -> dict[str, Any]:
    """Read, parse and tokenize a batch of reports (runs in a worker)."""
    corpus: Path = _worker["corpus"]
    normalize = _worker["normalizer"].normalize
    tokens = _worker["tokenizer"].tokens
    vocab: dict[str, int] = _worker["vocab"]
    extra: list[str] = _worker["extra"]
    documents: list[dict[str, Any]] = []
    removed: list[Removal] = []
    doc_sizes: list[int] = []
    paragraphs: list[int] = []
    parts: list[int] = []
    sections: list[str | None] = []
    blob: list[bytes] = []
    sentence_bytes: list[int] = []
    sentence_counts: list[int] = []
    new_terms: list[str] = []
    ids: list[int] = []
    counts: list[int] = []
    distinct: list[int] = []
    lengths: list[int] = []
    skipped: list[tuple[str, str]] = []
    try:
        for name in task:
            try:
                document, passages, removals = read_report(corpus, corpus / name, _worker["cleaner"])
            except UnreadableReport as exc:
                if _worker["strict"]:
                    raise
                skipped.append((name, exc.reason))
                continue
            documents.append(document)
            removed.extend(removals)
            doc_sizes.append(len(passages))
            for passage in passages:
                paragraphs.append(passage["paragraph"])
                _, _, part = passage["id"].rpartition("#")[2].partition(".")
                parts.append(int(part) if part else 0)
                sections.append(passage["section"])
                terms: list[str] = []
                for sentence in passage["sentences"]:
                    encoded = sentence.encode("utf-8")
                    blob.append(encoded)
                    sentence_bytes.append(len(encoded))
                    terms.extend(tokens(normalize(sentence)))
                sentence_counts.append(len(passage["sentences"]))
                if passage.get("extra"):
                    terms.extend(extra)
                tf = Counter(terms)  # in order of first occurrence, as rank-bm25 counts
                for term in tf:
                    j = vocab.get(term)
                    if j is None:
                        j = vocab[term] = len(vocab)
                        new_terms.append(term)
                    ids.append(j)
                counts.extend(tf.values())
                distinct.append(len(tf))
                lengths.append(len(terms))
    except QabotError as exc:
        return {"error": (exc.message, exc.hint)}
    reached: set[str] = _worker["tokenizer"].segmenter.reached
    sent: set[str] = _worker.setdefault("sent", set())
    fresh = list(reached - sent)
    sent.update(fresh)
    return {"pid": os.getpid(), "reached": fresh, "documents": documents, "removed": removed, "skipped": skipped,
            "doc_sizes": doc_sizes,
            "paragraphs": np.asarray(paragraphs, dtype=np.int32), "parts": np.asarray(parts, dtype=np.int16),
            "sections": sections, "texts": b"".join(blob),
            "sentence_bytes": np.asarray(sentence_bytes, dtype=np.int64),
            "sentence_counts": np.asarray(sentence_counts, dtype=np.int64), "new_terms": new_terms,
            "ids": np.asarray(ids, dtype=np.int32), "counts": np.asarray(counts, dtype=np.int32),
            "distinct": np.asarray(distinct, dtype=np.int64), "lengths": np.asarray(lengths, dtype=np.int64)}


class _IdMap:
    """A worker's term ids -> global ids, growing."""

    def __init__(self) -> None:
        self.array = np.empty(1 << 16, dtype=np.int32)
        self.size = 0

    def extend(self, values: list[int]) -> None:
        need = self.size + len(values)
        if need > len(self.array):
            grown = np.empty(max(need, 2 * len(self.array)), dtype=np.int32)
            grown[: self.size] = self.array[: self.size]
            self.array = grown
        self.array[self.size:need] = values
        self.size = need


def _tasks(corpus_dir: Path, files: list[Path], sizes: list[int]) -> list[list[str]]:
    tasks: list[list[str]] = []
    batch: list[str] = []
    size = 0
    for path, n in zip(files, sizes, strict=True):
        batch.append(path.relative_to(corpus_dir).as_posix())
        size += n
        if size >= TASK_BYTES:
            tasks.append(batch)
            batch, size = [], 0
    if batch:
        tasks.append(batch)
    return tasks


def _concat(chunks: list[npt.NDArray[Any]], dtype: Any) -> npt.NDArray[Any]:
    return np.concatenate(chunks).astype(dtype, copy=False) if chunks else np.empty(0, dtype=dtype)


def _pointers(chunks: list[npt.NDArray[Any]]) -> npt.NDArray[np.int64]:
    out = np.zeros(sum(len(c) for c in chunks) + 1, dtype=np.int64)
    if len(out) > 1:
        np.cumsum(np.concatenate(chunks), out=out[1:])
    return out


def build_large(corpus_dir: Path, index_path: Path, files: list[Path], settings: TokenizerSettings,
                workers: int | None = None, progress: bool | None = None,
                started: float | None = None, strict: bool = False, env: Settings | None = None) -> BuildReport:
    """Build a large index of `files` (all under `corpus_dir`) at `index_path`; see the module docstring.

    Reports that cannot be read are skipped (listed in the report's `skipped`), or with `strict` fail the build.
    `env` gives the spam patterns and the cache folder (default: `Settings.from_env()`).
    """
    env = env or Settings.from_env()
    started = time.perf_counter() if started is None else started
    sizes = [path.stat().st_size for path in files]
    bar = Progress(sum(sizes), enabled=progress)
    digest: dict[str, Any] = {}

    def hash_corpus() -> None:
        try:
            digest["hash"] = content_hash(corpus_dir, files)
        except OSError as exc:  # pragma: no cover - a report vanished mid-build
            digest["error"] = exc

    hasher = threading.Thread(target=hash_corpus, daemon=True)
    hasher.start()
    charmap = build_charmap()
    freq, total = full_dictionary(settings, env.cache_dir)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    count = max(1, workers or cores)
    try:
        writer = LargeIndexWriter(index_path)
    except OSError as exc:
        raise QabotError(f"could not write the index to {index_path}: {exc.strerror or exc}",
                         "free some disk space or pass --index PATH; the previous index is unchanged") from None
    try:
        report = _run(corpus_dir, index_path, files, sizes, settings, charmap, freq, total, count, writer, bar,
                      digest, hasher, started, strict, env.spam_patterns)
    except BaseException:
        writer.abort()
        bar.close()
        raise
    bar.close()
    return report


def _run(corpus_dir: Path, index_path: Path, files: list[Path], sizes: list[int], settings: TokenizerSettings,
         charmap: dict[str, str], freq: dict[str, int], total: int, count: int, writer: LargeIndexWriter,
         bar: Progress, digest: dict[str, Any], hasher: threading.Thread, started: float,
         strict: bool, spam_patterns: tuple[str, ...]) -> BuildReport:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    vocab: dict[str, int] = {}
    reached: set[str] = set()
    terms_in_order: list[str] = []
    maps: dict[int, _IdMap] = {}
    documents: list[dict[str, Any]] = []
    removed: list[Removal] = []
    skipped: list[Skipped] = []
    section_ids: dict[str, int] = {}
    chunks: dict[str, list[npt.NDArray[Any]]] = {k: [] for k in (
        "paragraphs", "parts", "sections", "sentence_bytes", "sentence_counts", "ids", "counts", "distinct",
        "lengths", "doc_sizes")}
    tasks = _tasks(corpus_dir, files, sizes)
    task_bytes: list[int] = []
    position = 0
    for task in tasks:
        task_bytes.append(sum(sizes[position:position + len(task)]))
        position += len(task)
    done_bytes = 0
    passages = 0
    # The route through each block, compiled (index/text/native.py), when numba is there; the trie is built once.
    trie = native.Trie(freq, total) if native.available() else None
    args = (str(corpus_dir), charmap, freq, total, settings, list(spam_patterns), trie, strict)
    with context.Pool(count, initializer=_init_worker, initargs=args) as pool:
        for n, result in enumerate(pool.imap(_work, tasks)):
            if "error" in result:
                message, hint = result["error"]
                raise QabotError(message, hint)
            idmap = maps.setdefault(result["pid"], _IdMap())
            fresh: list[int] = []
            for term in result["new_terms"]:
                g = vocab.get(term)
                if g is None:
                    g = vocab[term] = len(vocab)
                    terms_in_order.append(term)
                fresh.append(g)
            idmap.extend(fresh)
            chunks["ids"].append(idmap.array[result["ids"]])
            for key in ("paragraphs", "parts", "sentence_bytes", "sentence_counts", "counts", "distinct",
                        "lengths"):
                chunks[key].append(result[key])
            chunks["doc_sizes"].append(np.asarray(result["doc_sizes"], dtype=np.int64))
            chunks["sections"].append(np.asarray(
                [-1 if s is None else section_ids.setdefault(s, len(section_ids)) for s in result["sections"]],
                dtype=np.int32))
            reached.update(result["reached"])
            documents.extend(result["documents"])
            removed.extend(result["removed"])
            skipped.extend(Skipped(name, reason) for name, reason in result["skipped"])
            writer.write_texts(result["texts"])
            passages += len(result["paragraphs"])
            done_bytes += task_bytes[n]
            bar.update(done_bytes, passages)
    bar.update(done_bytes, passages, force=True)
    if not documents:
        raise no_readable_reports(corpus_dir)
    bar.note(f"{passages:,} passages read; writing the index")
    # The dictionary entries the corpus reaches, and those questions need (as index/store/building.py restricts it):
    # questions are then segmented as they would be by a JSON index of the same corpus.
    dictionary = reached_entries(reached, freq)
    dictionary.update(restrict_dictionary(freq, [*settings.stopwords, *settings.question_affixes]))
    report = _finish(corpus_dir, index_path, files, settings, charmap, dictionary, total, writer, vocab,
                     terms_in_order, documents, removed, section_ids, chunks, digest, hasher, started)
    return replace(report, skipped=tuple(skipped))


def _finish(corpus_dir: Path, index_path: Path, files: list[Path], settings: TokenizerSettings,
            charmap: dict[str, str], freq: dict[str, int], total: int, writer: LargeIndexWriter,
            vocab: dict[str, int], terms_in_order: list[str], documents: list[dict[str, Any]],
            removed: list[Removal], section_ids: dict[str, int], chunks: dict[str, list[npt.NDArray[Any]]],
            digest: dict[str, Any], hasher: threading.Thread, started: float) -> BuildReport:
    lengths = _concat(chunks.pop("lengths"), np.int64)
    row_ptr = _pointers(chunks.pop("distinct"))
    ids = _concat(chunks.pop("ids"), np.int32)
    counts = _concat(chunks.pop("counts"), np.int32)
    postings = len(ids)
    columns = assemble(row_ptr, ids, counts, lengths, len(vocab))
    del ids, counts, row_ptr
    writer.save_array("idf", columns["idf"], "float64")
    writer.save_array("col_gaps", columns.pop("gaps"), "uint16")
    codes = columns.pop("codes")
    writer.save_array("col_codes", codes, codes.dtype.name)
    del codes
    writer.save_array("impacts", columns["impacts"], "float64")
    writer.save_array("exc_pos", columns["exc_pos"], "int64")
    writer.save_array("exc_val", columns["exc_val"], "int64")
    writer.save_array("col_max", columns["maxima"], "float64")
    writer.save_array("skip_rows", columns["skip_rows"], "int32")
    writer.save_array("col_ptr", columns["indptr"], "int64")
    writer.save_array("sent_ptr", _pointers(chunks.pop("sentence_bytes")), "int64")
    sentence_counts = chunks.pop("sentence_counts")
    writer.save_array("passage_sent", _pointers(sentence_counts), "int64")
    doc_sizes = _concat(chunks.pop("doc_sizes"), np.int64)
    writer.save_array("doc_passage", _pointers([doc_sizes]), "int64")
    writer.save_array("passage_doc", np.repeat(np.arange(len(documents), dtype=np.int32), doc_sizes), "int32")
    writer.save_array("passage_para", _concat(chunks.pop("paragraphs"), np.int32), "int32")
    writer.save_array("passage_part", _concat(chunks.pop("parts"), np.int16), "int16")
    writer.save_array("passage_section", _concat(chunks.pop("sections"), np.int32), "int32")
    writer.save_lines("vocab", terms_in_order)
    by_term = sorted(range(len(terms_in_order)), key=terms_in_order.__getitem__)
    write_strings(writer, "terms", "term_ptr", [terms_in_order[i] for i in by_term])
    writer.save_array("term_ids", by_term, "int32")
    write_strings(writer, "sections", "section_ptr", sorted(section_ids, key=section_ids.__getitem__))
    words = list(freq)
    writer.save_lines("dict_words", words)
    writer.save_array("dict_freq", [freq[w] for w in words], "int64")
    hasher.join()
    if "error" in digest:
        raise QabotError(f"cannot read the corpus: {digest['error']}", "check the corpus folder")
    sentences = sum(int(c.sum()) for c in sentence_counts)
    meta: dict[str, Any] = {
        "format": LARGE_FORMAT,
        "version": LARGE_VERSION,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus_dir": str(corpus_dir),
        "corpus_hash": digest["hash"],
        "corpus_fingerprint": fingerprint(corpus_dir, files),
        "tokenizer": asdict(settings),
        "tokenizer_hash": settings.digest(),
        "documents": documents,
        "removed": [asdict(r) for r in removed],
        "charmap": charmap,
        "header_keywords": HEADER_KEYWORDS,
        "dictionary_total": total,
        "counts": {"passages": len(lengths), "documents": len(documents), "sentences": sentences,
                   "vocabulary": len(vocab), "postings": postings, "dictionary": len(words),
                   "pairs": len(columns["impacts"]), "exceptions": len(columns["exc_pos"]),
                   "skips": len(columns["skip_rows"]),
                   "sections": len(section_ids)},
        "bm25": {"k1": K1, "b": B, "epsilon": EPSILON, "avgdl": columns["avgdl"],
                 "average_idf": columns["average_idf"]},
    }
    try:
        writer.commit(meta)
    except OSError as exc:
        raise QabotError(f"could not write the index to {index_path}: {exc.strerror or exc}",
                         "free some disk space or pass --index PATH; the previous index is unchanged") from None
    return BuildReport(index_path, len(documents), len(lengths), len(vocab), tuple(removed),
                       time.perf_counter() - started)

