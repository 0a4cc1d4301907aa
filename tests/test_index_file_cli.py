"""A damaged, unreadable or unwritable index file, as the user meets it at the command line.

Each case gives exactly one line on stderr and then either an automatic rebuild (and the
answer) or the old index kept; nothing the user had is lost. `tests/test_index_file.py`
covers the same cases one level down (`read_index`, `load_engine`, `build_index`).
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import cli
from index.store.indexfile import read_index
from tests.conftest import data_file

QUESTION = "芜湖市设立了几条热线电话?"
ANSWER = "11条"


def ask(index: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    code = cli.main(["ask", "--index", str(index), "--corpus", str(corpus), QUESTION])
    out, err = capsys.readouterr()
    return code, out, [line for line in err.splitlines() if line.strip()]


DAMAGES: dict[str, Callable[[Path], object]] = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "garbage": lambda p: p.write_bytes(b"\x00\xff garbage \x89PNG"),
    "empty": lambda p: p.write_bytes(b""),
    "wrong-shape": lambda p: p.write_text('{"format": "qabot-index", "version": 1, "passages": 3}'),
    "not-an-object": lambda p: p.write_text("[1, 2, 3]"),
    "unknown-version": lambda p: p.write_text(json.dumps({**json.loads(p.read_text()), "version": 99})),
    "bad-data": lambda p: data_file(p).write_bytes(data_file(p).read_bytes()[:-100]),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_index_one_line_then_rebuilt(built: Path, corpus: Path, damage: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    DAMAGES[damage](built)
    code, out, err = ask(built, corpus, capsys)
    assert code == 0
    assert ANSWER in out
    assert len(err) == 1 and err[0].startswith("qabot: ") and "rebuilding it" in err[0], err
    read_index(built)  # valid again
    code, out, err = ask(built, corpus, capsys)
    assert code == 0 and err == []  # and quiet from then on


@pytest.mark.parametrize("damage", ["garbage", "unknown-version"])
def test_index_info_on_a_damaged_index_is_one_line(built: Path, damage: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    DAMAGES[damage](built)
    before = built.read_bytes()
    code = cli.main(["index", "info", "--index", str(built)])
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "hint" in err and "qabot index build" in err
    assert built.read_bytes() == before  # `info` only reads


def test_unreadable_index_is_rebuilt(built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The reader is refused (EACCES) once.

    Tests run as root, whom `chmod 000` does not stop, so the refusal is simulated here;
    :func:`test_unreadable_index_for_a_real_user` does it for real where it can.
    """
    real_read_bytes = Path.read_bytes
    refused: list[Path] = []

    def read_bytes(self: Path) -> bytes:
        if self == built and not refused:
            refused.append(self)
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = ask(built, corpus, capsys)
    assert refused and code == 0 and ANSWER in out
    assert len(err) == 1 and "Permission denied" in err[0] and "rebuilding it" in err[0], err


def disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_during_index_build_keeps_the_old_index(built: Path, corpus: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    import index.store.atomic

    before = built.read_bytes()
    monkeypatch.setattr(index.store.atomic.json, "dump", disk_full)
    code = cli.main(["index", "build", "--index", str(built), "--corpus", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "No space left on device" in err, err
    assert built.read_bytes() == before
    assert sorted(p.name for p in built.parent.iterdir()) == ["corpus", "index.json", "index.json.data"]
    assert [p.name for p in (built.parent / "index.json.data").iterdir()] == [data_file(built).name]  # nothing left


def test_disk_full_during_an_automatic_rebuild_serves_the_old_index(
    built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import index.store.atomic

    (corpus / "more.txt").write_text("第二篇报道\n发表时间:2015-01-01 来源:测试日报\n\n  滁州市设立了9条热线电话。\n",
                                     encoding="utf-8")  # the index is now stale
    before = built.read_bytes()
    monkeypatch.setattr(index.store.atomic.json, "dump", disk_full)
    code, out, err = ask(built, corpus, capsys)
    assert code == 0 and ANSWER in out  # answered from the old index
    assert len(err) == 2, err  # why it rebuilds, and why that failed
    assert "rebuilding the index because the corpus changed" in err[0]
    assert "No space left on device" in err[1] and "still serving the previous index" in err[1]
    assert built.read_bytes() == before


def test_damaged_index_and_a_full_disk_is_one_error(built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Neither rebuild nor old index is possible: the reason in one error line, the damaged file left as it was."""
    import index.store.atomic

    DAMAGES["garbage"](built)
    before = built.read_bytes()
    monkeypatch.setattr(index.store.atomic.json, "dump", disk_full)
    code, out, err = ask(built, corpus, capsys)
    assert code == 1 and out == ""
    assert err[-1].startswith("qabot: error:") and "No space left on device" in err[-1]
    assert built.read_bytes() == before
