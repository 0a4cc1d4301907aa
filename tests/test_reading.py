"""Report files as an archive holds them: UTF-8 with or without BOM, GB18030/GBK; the rest is unreadable."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.corpus.reading import EMPTY, UNDECODABLE, UnreadableReport, decode_report, read_report_text
from tests.conftest import CORPUS


def _gbk(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


REPORT = "安徽日报\n发表时间:2014-05-07 来源:安徽日报\n\n  芜湖市设立了11条热线电话,征求意见建议3.3万余条。\n"


@pytest.mark.parametrize("data", [
    REPORT.encode("utf-8"),
    codecs.BOM_UTF8 + REPORT.encode("utf-8"),
    REPORT.encode("gbk"),
    REPORT.encode("gb18030"),
    REPORT.replace("\n", "\r\n").encode("gbk"),
])
def test_utf8_with_or_without_bom_and_gbk_read_the_same(data: bytes) -> None:
    assert decode_report(data) in (REPORT, REPORT.replace("\n", "\r\n"))


@pytest.mark.parametrize("data", [
    bytes(range(256)),                         # binary
    REPORT.encode("utf-16"),                   # UTF-16 with its BOM (0xff is no GB18030 byte)
    REPORT.encode("utf-16-le"),                # without: NUL characters
    codecs.BOM_UTF8 + REPORT.encode("gbk"),    # says UTF-8, is not
    b"\x81\x30",                               # a truncated GB18030 sequence
])
def test_what_is_neither_is_undecodable(data: bytes) -> None:
    assert decode_report(data) is None


@given(st.text().filter(lambda t: not t.startswith("\ufeff")))  # a leading U+FEFF is the BOM
def test_any_utf8_text_reads_back(text: str) -> None:
    assert decode_report(text.encode("utf-8")) == text
    assert decode_report(codecs.BOM_UTF8 + text.encode("utf-8")) == text


_LINES = [line for path in sorted(CORPUS.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
          if line.strip() and all(ch.isascii() or _gbk(ch) for ch in line)]


@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=8), st.sampled_from(["gbk", "gb18030"]))
def test_any_gbk_report_reads_back(lines: list[str], encoding: str) -> None:
    # UTF-8 is tried first, so that files that read today read the same. A few GBK characters can happen to
    # be valid UTF-8 as well (一 is D2 BB, UTF-8 for һ), but no line of a report is.
    text = "\n".join(lines)
    assert decode_report(text.encode(encoding)) == text


def test_empty_and_blank_files_are_unreadable(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.txt", b" \r\n\t\n"), ("bom.txt", codecs.BOM_UTF8 + b"\n")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(UnreadableReport) as caught:
            read_report_text(tmp_path / name)
        assert caught.value.reason == EMPTY and name in caught.value.message and "--strict" in caught.value.hint
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    with pytest.raises(UnreadableReport, match="not UTF-8 or GB18030") as caught:
        read_report_text(tmp_path / "binary.txt")
    assert caught.value.reason == UNDECODABLE


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_a_build_skips_unreadable_reports_or_fails_when_strict(tmp_path: Path, workers: int) -> None:
    """In its own process (a report) or with worker processes (an archive)."""
    from index.errors import QabotError
    from index.store.building import build_index
    from index.types import Skipped

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "report.txt").write_bytes(REPORT.encode("gbk"))
    (corpus / "sub" / "bom.txt").write_bytes(codecs.BOM_UTF8 + REPORT.encode("utf-8"))
    (corpus / "sub" / "empty.txt").write_bytes(b"")
    (corpus / "z.txt").write_bytes(bytes(range(256)))
    report = build_index(corpus, tmp_path / "index.json", workers=workers, progress=False)
    assert (report.documents, report.passages) == (2, 4)
    assert report.skipped == (Skipped("sub/empty.txt", EMPTY), Skipped("z.txt", UNDECODABLE))
    with pytest.raises(QabotError, match=r"empty\.txt is empty"):
        build_index(corpus, tmp_path / "strict.json", workers=workers, progress=False, strict=True)
    for name in ("report.txt", "sub/bom.txt"):
        (corpus / name).unlink()
    with pytest.raises(QabotError, match="no readable reports"):
        build_index(corpus, tmp_path / "none.json", workers=workers, progress=False)
