"""A report file → its document and passages: read, cleaned of spam, parsed and cut, not yet tokenized.

The index build's workers (index/store/workers.py) read reports through `read_report`.
"""

from __future__ import annotations

from dataclasses import asdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.corpus.chunking import group_sentences, split_sentences
from index.corpus.cleaning import SpamCleaner
from index.corpus.documents import parse_report
from index.corpus.reading import UnreadableReport, read_report_text
from index.errors import CorpusError
from index.types import Removal, Skipped

#: Index-only words for the header passage, so questions about the report itself (记者, 来源, 哪天发表) find it.
HEADER_KEYWORDS = "报道 文章 新闻 标题 题目 记者 作者 编辑 责任编辑 来源 出处 发表 发表时间 日期 时间 哪天 报纸"


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
                     spam_patterns: Sequence[str] = (),
                     ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Removal]]:
    """Documents (metadata dicts), passages (without terms) and removals for every report.

    `spam_patterns` are the configured patterns (`Settings.spam_patterns`). A report that cannot be read
    (`UnreadableReport`) is appended to `skipped` and left out; without a `skipped` list it is an error.
    """
    cleaner = SpamCleaner(spam_patterns)
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


def no_readable_reports(corpus_dir: Path) -> CorpusError:
    """The error for a corpus whose every report was skipped."""
    return CorpusError(f"no readable reports in {corpus_dir}: every .txt file is empty or not UTF-8 or GB18030 text",
                       "put reports in UTF-8 or GB18030 in the folder")
