"""The index file: versioned JSON, rebuilt when stale or damaged, never lost by a failed build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.errors import IndexFileError, QabotError
from index.store.building import build_index
from index.store.formats import JSON_FORMAT, JSON_VERSION
from index.store.indexfile import read_index
from index.store.loading import load_engine

ROOT = Path(__file__).resolve().parent.parent


def test_index_is_plain_json_with_format_version_and_hashes(built: Path) -> None:
    data = json.loads(built.read_text(encoding="utf-8"))
    assert data["format"] == JSON_FORMAT and data["version"] == JSON_VERSION
    assert len(data["corpus_hash"]) == 64 and data["tokenizer_hash"]
    assert b"pickle" not in built.read_bytes()


def test_the_index_of_a_copied_corpus_serves_without_a_rebuild(built: Path, corpus: Path, tmp_path: Path) -> None:
    """What the `built` fixture relies on: the session's index, pointed at a copy of its corpus (times kept),
    is current there and is what a build of that copy writes."""
    said: list[str] = []
    before = built.read_bytes()
    load_engine(built, corpus, notify=said.append)
    assert said == [] and built.read_bytes() == before
    fresh = tmp_path / "fresh.json"
    build_index(corpus, fresh)
    ignore = {"built_at"}
    copied, rebuilt = json.loads(before), json.loads(fresh.read_bytes())
    assert {k: v for k, v in copied.items() if k not in ignore} == {k: v for k, v in rebuilt.items() if k not in ignore}


def test_an_opened_index_is_typed(built: Path) -> None:
    from index.store.passages import MemoryStore
    from index.text.tokenization import TokenizerSettings

    index = read_index(built)
    assert index.meta.tokenizer == TokenizerSettings() and index.meta.tokenizer_hash == TokenizerSettings().digest()
    assert [d.id for d in index.meta.documents] == ["anhui-mass-line-2014-05-07"]
    assert len(index.meta.removed) == 7 and index.meta.removed[0].doc == "anhui-mass-line-2014-05-07"
    assert isinstance(index.store, MemoryStore) and len(index.passages) == 36 and index.scorer.size == 36
    assert index.path == built and index.files == (built,)


def test_an_index_of_another_tokenizer_reads_as_stale_not_damaged(built: Path, corpus: Path) -> None:
    data = json.loads(built.read_bytes())
    data["tokenizer"]["a_setting_of_another_version"] = True
    data["tokenizer_hash"] = "0" * 16
    built.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    said: list[str] = []
    load_engine(built, corpus, notify=said.append)
    assert said == ["rebuilding the index because the tokenizer changed"]


def test_a_malformed_document_is_damage(built: Path) -> None:
    data = json.loads(built.read_bytes())
    data["documents"][0]["a_field_no_document_has"] = 1
    built.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(IndexFileError, match="damaged"):
        read_index(built)


@pytest.mark.parametrize("damage", [
    lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    lambda p: p.write_bytes(b"\x00\xff garbage"),
    lambda p: p.write_text('{"format": "qabot-index", "version": 1, "passages": 3}'),
    lambda p: p.write_text('[1, 2, 3]'),
    lambda p: p.write_text(json.dumps({**json.loads(p.read_text()), "version": 99})),
], ids=["truncated", "garbage", "wrong-shape", "not-an-object", "unknown-version"])
def test_damaged_index_is_detected_and_rebuilt(built: Path, damage, capsys) -> None:  # type: ignore[no-untyped-def]
    damage(built)
    with pytest.raises(IndexFileError):
        read_index(built)
    notices: list[str] = []
    engine = load_engine(built, notify=notices.append)
    assert engine.ask("芜湖市设立了几条热线电话?").answered
    assert len(notices) == 1 and "rebuilding" in notices[0]
    read_index(built)  # valid again


def test_changed_corpus_triggers_a_rebuild(built: Path, corpus: Path) -> None:
    extra = corpus / "second.txt"
    extra.write_text("第二篇报道\n发表时间:2015-01-01 来源:测试日报\n\n  滁州市设立了99条热线电话。\n", encoding="utf-8")
    notices: list[str] = []
    engine = load_engine(built, notify=notices.append)
    assert notices == ["rebuilding the index because the corpus changed"]
    result = engine.ask("滁州市设立了几条热线电话?")
    assert result.answer and "99条" in result.answer.sentence
    assert len(engine.documents) == 2


def test_touched_but_unchanged_corpus_is_not_rebuilt(built: Path, corpus: Path) -> None:
    report = next(corpus.glob("*.txt"))
    report.write_bytes(report.read_bytes())  # new mtime, same content
    notices: list[str] = []
    load_engine(built, notify=notices.append)
    assert notices == []


def test_failed_rebuild_keeps_the_old_index_serving(built: Path, corpus: Path) -> None:
    before = built.read_bytes()
    for report in corpus.glob("*.txt"):  # no report left that can be read: the rebuild fails
        report.write_bytes(b"\xff\xfe not utf-8 \x80")
    notices: list[str] = []
    engine = load_engine(built, notify=notices.append)
    assert engine.ask("芜湖市设立了几条热线电话?").answered
    assert any("no readable reports" in n and "still serving the previous index" in n for n in notices)
    assert built.read_bytes() == before


def test_a_rebuild_skips_an_unreadable_report_and_says_so(built: Path, corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \x80")
    notices: list[str] = []
    engine = load_engine(built, notify=notices.append)
    assert engine.ask("芜湖市设立了几条热线电话?").answered
    assert "skipped broken.txt in the corpus (not UTF-8 or GB18030 text)" in notices
    assert [d.id for d in engine.documents] == ["anhui-mass-line-2014-05-07"]


def test_failed_build_leaves_the_file_untouched(built: Path, tmp_path: Path) -> None:
    before = built.read_bytes()
    with pytest.raises(QabotError):
        build_index(tmp_path / "no-such-corpus", built)
    assert built.read_bytes() == before
    assert [p.name for p in built.parent.iterdir() if p.name.startswith(".index.json")] == []


def test_write_failure_keeps_the_old_index(built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.store.atomic

    before = built.read_bytes()

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index.store.atomic.json, "dump", disk_full)
    with pytest.raises(QabotError, match="No space left on device"):
        build_index(corpus, built)
    assert built.read_bytes() == before
    assert [p.name for p in built.parent.iterdir() if p.suffix == ".tmp"] == []


def test_missing_corpus_and_no_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(QabotError, match="corpus folder not found"):
        load_engine(tmp_path / "index.json", tmp_path / "nowhere")


def test_empty_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(QabotError, match=r"no \.txt reports"):
        build_index(tmp_path / "empty", tmp_path / "index.json")
