"""Read a report: its metadata, section headings and body paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.types import Document
from index.text.regex import regex

_META = regex(r"发表时间\s*[::]\s*(?P<date>[0-9][0-9\-/.年月日]*)(?:.*?来源\s*[::]\s*(?P<source>\S+))?")
_EDITOR = regex(r"^\s*[((]?\s*责任编辑\s*[::]\s*(?P<editor>[^))]+?)\s*[))]?\s*$")
_REPORTER = regex(r"[((]\s*记者\s*(?P<reporter>[^))]+?)\s*[))]")
_SENTENCE_END = "。!?!?…"
#: Headings are short lines that do not end a sentence, e.g. 周密部署,真督实导,确保活动不走过场.
HEADING_MAX_CHARS = 40


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph with its 1-based number, source line and the heading it stands under."""

    number: int
    line: int
    section: str | None
    text: str


@dataclass(frozen=True)
class ParsedReport:
    """A report split into its metadata, a header block (title and metadata lines) and paragraphs."""

    document: Document
    header: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]


def is_heading(line: str) -> bool:
    """A heading is short, unindented and has no sentence-final punctuation at its end."""
    text = line.strip()
    if not text or len(text) > HEADING_MAX_CHARS or line[:1].isspace():
        return False
    return text[-1] not in _SENTENCE_END + "”’\"):;:;,,、"


def parse_report(doc_id: str, lines: list[str]) -> ParsedReport:
    """Parse the cleaned lines of one report."""
    title = ""
    date = source = reporter = editor = None
    header: list[str] = []
    paragraphs: list[Paragraph] = []
    section: str | None = None
    body_started = False
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            continue
        if not title:
            title = text
            header.append(text)
            continue
        meta = _META.search(text) if not body_started else None
        if meta:
            date, source = meta.group("date"), meta.group("source")
            header.append(text)
            continue
        edit = _EDITOR.match(text)
        if edit:
            editor = edit.group("editor").strip()
            header.append(text)
            continue
        body_started = True
        if is_heading(raw):
            section = text
            continue
        found = _REPORTER.search(text)
        if found:
            reporter = found.group("reporter").strip()
        paragraphs.append(Paragraph(len(paragraphs) + 1, number, section, text))
    document = Document(id=doc_id, title=title or doc_id, date=date, source=source, reporter=reporter,
                        editor=editor)
    return ParsedReport(document, tuple(header), tuple(paragraphs))
