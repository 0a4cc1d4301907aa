"""Read a report file as a newsroom's archive holds it: UTF-8 with or without a BOM, or GB18030/GBK.

A file that is UTF-8 (after a BOM, if it has one) is read as UTF-8, exactly as before. Otherwise it is
decoded as GB18030, the superset of GBK and GB2312 that Chinese Windows and older newsroom systems write;
that decoding is accepted only if it gives text, not control characters or private-use code points (binary
files and UTF-16 without a BOM decode into those). A file that is neither, or holds nothing but white space,
cannot be indexed: index builds skip it with a warning naming it, or fail on it with `--strict`.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from index.errors import CorpusError
from index.text.regex import regex

#: Why a report was skipped.
EMPTY = "empty"
UNDECODABLE = "not UTF-8 or GB18030 text"
#: Control characters other than tab, line breaks and form feed, and private-use code points: binary data.
_NOT_TEXT = regex("[\x00-\x08\x0e-\x1f\x7f\ue000-\uf8ff]")


class UnreadableReport(CorpusError):
    """A report that is empty or in no encoding qabot reads."""

    def __init__(self, path: Path, reason: str) -> None:
        hint = "remove it" if reason == EMPTY else "convert it to UTF-8"
        super().__init__(f"{path} is {reason}", f"{hint}, or build without --strict to skip it")
        self.path = path
        self.reason = reason


def decode_report(data: bytes) -> str | None:
    """The text of a report file's bytes (BOM removed), or None if it is neither UTF-8 nor GB18030 text."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return None if _NOT_TEXT.search(text) else text


def read_report_text(path: Path) -> str:
    """The text of the report at `path`; `UnreadableReport` if it is empty or cannot be decoded."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}", "check the file's permissions") from None
    text = decode_report(data)
    if text is None:
        raise UnreadableReport(path, UNDECODABLE)
    if not text.strip():
        raise UnreadableReport(path, EMPTY)
    return text
