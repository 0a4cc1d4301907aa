"""Build an index: read reports → clean → parse → chunk → normalize → tokenize → write."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from index.answering.decision import commonness
from index.corpus.chunking import group_sentences, split_sentences
from index.corpus.cleaning import Removal, SpamCleaner
from index.corpus.documents import parse_report
from index.corpus.reading import Skipped, UnreadableReport, read_report_text
from index.errors import CorpusError, QabotError
from index.ranking.scoring import SPARSE_MIN_PASSAGES
from index.store.indexfile import FORMAT, VERSION, content_hash, corpus_files, fingerprint, write_json_atomic
from index.text.normalize import Normalizer, build_charmap
from index.text.thesaurus import names_in
from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary, restrict_dictionary

SPAM_PATTERNS_ENV = "QABOT_SPAM_PATTERNS"
#: Corpora larger than this (in bytes) get a large index without counting their passages first.
SMALL_CORPUS_BYTES = 4 * 1024 * 1024
#: Index-only words for the header passage, so questions about the report itself (记者, 来源, 哪天发表) find it.
HEADER_KEYWORDS = "报道 文章 新闻 标题 题目 记者 作者 编辑 责任编辑 来源 出处 发表 发表时间 日期 时间 哪天 报纸"


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the one-line summary."""

    path: Path
    documents: int
    passages: int
    vocabulary: int
    removed: tuple[Removal, ...]
    seconds: float
    #: Reports left out because they were empty or could not be decoded.
    skipped: tuple[Skipped, ...] = ()


def _spam_patterns() -> list[str]:
    return [line for line in os.environ.get(SPAM_PATTERNS_ENV, "").splitlines() if line.strip()]


def read_report(corpus_dir: Path, path: Path, cleaner: SpamCleaner) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                                          list[Removal]]:
    """One report's document (metadata dict), passages (without terms) and removals.

    Raises `UnreadableReport` for a report that is empty or neither UTF-8 nor GB18030 (see index/corpus/reading.py).
    """
    doc_id = path.relative_to(corpus_dir).with_suffix("").as_posix()
    lines, removed = cleaner.clean_lines(doc_id, read_report_text(path).splitlines())
    report = parse_report(doc_id, lines)
    header = list(report.header)
    reporter_line = next((p for p in report.paragraphs if report.document.reporter and
                          f"记者 {report.document.reporter}" in p.text), None)
    if reporter_line:
        header.append(next(s for s in split_sentences(reporter_line.text) if "记者" in s).strip())
    passages: list[dict[str, Any]] = [{"id": f"{doc_id}#0", "doc": doc_id, "paragraph": 0, "section": None,
                                       "sentences": header, "extra": HEADER_KEYWORDS}]
    for paragraph in report.paragraphs:
        groups = list(group_sentences(split_sentences(paragraph.text)))
        for part, sentences in enumerate(groups, start=1):
            suffix = f".{part}" if len(groups) > 1 else ""
            passages.append({"id": f"{doc_id}#{paragraph.number}{suffix}", "doc": doc_id,
                             "paragraph": paragraph.number, "section": paragraph.section,
                             "sentences": sentences})
    return asdict(report.document), passages, removed


def collect_passages(corpus_dir: Path, files: list[Path], skipped: list[Skipped] | None = None,
                     ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Removal]]:
    """Documents (metadata dicts), passages (without terms) and removals for every report.

    A report that cannot be read (`UnreadableReport`) is appended to `skipped` and left out; without a
    `skipped` list it is an error.
    """
    cleaner = SpamCleaner(_spam_patterns())
    documents: list[dict[str, Any]] = []
    passages: list[dict[str, Any]] = []
    removed: list[Removal] = []
    for path in files:
        try:
            document, found, removals = read_report(corpus_dir, path, cleaner)
        except UnreadableReport as exc:
            if skipped is None:
                raise
            skipped.append(Skipped(path.relative_to(corpus_dir).as_posix(), exc.reason))
            continue
        documents.append(document)
        passages.extend(found)
        removed.extend(removals)
    return documents, passages, removed


def build_index(corpus_dir: Path, index_path: Path, settings: TokenizerSettings | None = None,
                layout: str = "auto", workers: int | None = None, progress: bool | None = None,
                strict: bool = False) -> BuildReport:
    """Build the index for every report in `corpus_dir` and write it atomically to `index_path`.

    `layout` "json" writes one JSON file (small corpora), "large" memory-mapped arrays (see
    index/store/bigstore.py), "auto" picks by the number of passages (`SPARSE_MIN_PASSAGES`). A large build
    tokenizes with `workers` processes (default: one per core) and shows a progress bar on stderr when
    `progress` is true (default: when stderr is a terminal). A report that is empty or neither UTF-8 nor
    GB18030 is left out and listed in the report's `skipped`, or with `strict` fails the build
    (`UnreadableReport`). On any failure the index at `index_path` is left as it was.
    """
    started = time.perf_counter()
    settings = settings or TokenizerSettings()
    corpus_dir = corpus_dir.resolve()
    files = corpus_files(corpus_dir)
    collected = None
    skipped: list[Skipped] | None = None if strict else []
    if layout == "auto":
        layout = "large"
        if sum(path.stat().st_size for path in files) <= SMALL_CORPUS_BYTES:
            collected = collect_passages(corpus_dir, files, skipped)
            if len(collected[1]) <= SPARSE_MIN_PASSAGES:
                layout = "json"
    if layout == "large":
        from index.store.parallel import build_large

        return build_large(corpus_dir, index_path, files, settings, workers=workers, progress=progress,
                           started=started, strict=strict)
    if layout != "json":
        raise ValueError(f"unknown index layout {layout!r}")
    documents, passages, removed = collected or collect_passages(corpus_dir, files, skipped)
    if not documents:
        raise no_readable_reports(corpus_dir)

    charmap = build_charmap()
    normalizer = Normalizer(charmap)
    normalized = [[normalizer.normalize(s) for s in p["sentences"]] for p in passages]
    extras = [normalizer.normalize(p.get("extra", "")) for p in passages]
    freq, total = full_dictionary(settings)
    # Stopwords and question words go in too, so questions segment as they would with the full dictionary.
    texts = [s for sentences in normalized for s in sentences] + extras + [*settings.stopwords,
                                                                          *settings.question_affixes]
    restricted = restrict_dictionary(freq, texts)
    tokenizer = Tokenizer(restricted, total, settings)
    vocabulary: set[str] = set()
    for passage, sentences, extra in zip(passages, normalized, extras, strict=True):
        passage["terms"] = [tokenizer.tokens(s) for s in sentences]
        passage["extra"] = tokenizer.tokens(extra) if extra else []
        for terms in [*passage["terms"], passage["extra"]]:
            vocabulary.update(terms)

    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus_dir": str(corpus_dir),
        "corpus_hash": content_hash(corpus_dir, files),
        "corpus_fingerprint": fingerprint(corpus_dir, files),
        "tokenizer": asdict(settings),
        "tokenizer_hash": settings.digest(),
        "documents": documents,
        "passages": passages,
        "removed": [asdict(r) for r in removed],
        "dictionary": {"total": total, "freq": restricted},
        "charmap": charmap,
        "names": names_in(vocabulary),
        "common": {w: round(c, 6) for w in sorted(vocabulary) if (c := commonness(w)) < 1.0},
    }
    try:
        write_json_atomic(index_path, data)
    except OSError as exc:
        raise QabotError(f"could not write the index to {index_path}: {exc.strerror or exc}",
                         "free some disk space or pass --index PATH; the previous index is unchanged") from None
    # The arrays of a large index this file replaced (see index/store/bigstore.py: data_root).
    shutil.rmtree(index_path.with_name(index_path.name + ".data"), ignore_errors=True)
    return BuildReport(index_path, len(documents), len(passages), len(vocabulary), tuple(removed),
                       time.perf_counter() - started, tuple(skipped or ()))


def no_readable_reports(corpus_dir: Path) -> CorpusError:
    """The error for a corpus whose every report was skipped."""
    return CorpusError(f"no readable reports in {corpus_dir}: every .txt file is empty or not UTF-8 or GB18030 text",
                       "put reports in UTF-8 or GB18030 in the folder")
