"""The index file: a versioned pointer to one data file, rebuilt when stale, damaged or of an older format,
never lost by a failed build."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answering.loading import load_engine
from index.errors import IndexFileError, QabotError
from index.store.building import build_index
from index.store.formats import FORMAT, VERSION
from index.store.indexfile import read_index
from index.store.layout import MAGIC, data_root, read_footer
from tests.conftest import built_content, data_file, rewrite_meta

ROOT = Path(__file__).resolve().parent.parent


def test_index_is_a_json_pointer_to_one_data_file_with_format_version_and_hashes(built: Path) -> None:
    pointer = json.loads(built.read_text(encoding="utf-8"))
    assert pointer["format"] == FORMAT and pointer["version"] == VERSION
    assert [p.name for p in data_root(built).iterdir()] == [data_file(built).name]
    raw = data_file(built).read_bytes()
    assert raw.startswith(MAGIC) and raw.endswith(MAGIC)
    meta, sections = read_footer(raw, len(raw))
    assert meta["format"] == FORMAT and meta["version"] == VERSION
    assert len(meta["corpus_hash"]) == 64 and meta["tokenizer_hash"]
    assert {entry["dtype"] for entry in sections.values()} <= {"int8", "uint8", "int16", "uint16", "int32", "uint32", "float32",
                                                                "int64", "float64"}  # plain numbers, no objects


def test_the_index_of_a_copied_corpus_serves_without_a_rebuild(built: Path, corpus: Path, tmp_path: Path) -> None:
    """What the `built` fixture relies on: the session's index, pointed at a copy of its corpus (times kept),
    is current there and is what a build of that copy writes."""
    said: list[str] = []
    before = built.read_bytes()
    load_engine(built, corpus, notify=said.append)
    assert said == [] and built.read_bytes() == before
    fresh = tmp_path / "fresh.json"
    build_index(corpus, fresh)
    assert built_content(built) == built_content(fresh)


def test_an_opened_index_is_typed(built: Path) -> None:
    from index.ranking.scoring import OkapiScorer
    from index.store.passages import MappedStore
    from index.text.tokenization import TokenizerSettings

    index = read_index(built)
    assert index.meta.tokenizer == TokenizerSettings() and index.meta.tokenizer_hash == TokenizerSettings().digest()
    assert [d.id for d in index.meta.documents] == ["anhui-mass-line-2014-05-07"]
    assert len(index.meta.removed) == 7 and index.meta.removed[0].doc == "anhui-mass-line-2014-05-07"
    assert isinstance(index.store, MappedStore) and len(index.passages) == 36
    assert isinstance(index.scorer, OkapiScorer) and index.scorer.size == 36  # a report: rank-bm25 itself
    assert index.meta.names is not None and index.meta.common is not None and index.meta.verbs is not None
    assert index.path == built and index.files == (built, data_file(built))


def test_an_index_of_another_tokenizer_reads_as_stale_not_damaged(built: Path, corpus: Path) -> None:
    def other_tokenizer(meta: dict[str, Any]) -> None:
        meta["tokenizer"]["a_setting_of_another_version"] = True
        meta["tokenizer_hash"] = "0" * 16

    rewrite_meta(built, other_tokenizer)
    said: list[str] = []
    load_engine(built, corpus, notify=said.append)
    assert said == ["rebuilding the index because the tokenizer changed"]


def test_a_malformed_document_is_damage(built: Path) -> None:
    rewrite_meta(built, lambda meta: meta["documents"][0].update(a_field_no_document_has=1))
    with pytest.raises(IndexFileError, match="damaged"):
        read_index(built)


def _cut_data(path: Path) -> None:
    raw = data_file(path).read_bytes()
    data_file(path).write_bytes(raw[: len(raw) // 2])


def _point_elsewhere(path: Path) -> None:
    path.write_text(json.dumps({**json.loads(path.read_text()), "data": f"{data_root(path).name}/v-gone.qix"}))


def _change_counts(path: Path) -> None:
    rewrite_meta(path, lambda meta: meta["counts"].update(postings=meta["counts"]["postings"] + 1))


def _garble_data(path: Path) -> None:
    data_file(path).write_bytes(b"\x00\xff garbage")


def _garble_footer(path: Path) -> None:
    raw = bytearray(data_file(path).read_bytes())
    raw[-30] ^= 0xFF
    data_file(path).write_bytes(bytes(raw))


@pytest.mark.parametrize("damage", [_cut_data, _point_elsewhere, _change_counts, _garble_data, _garble_footer],
                         ids=["data-truncated", "data-missing", "counts", "data-garbage", "footer"])
def test_damaged_data_is_one_line_error_then_rebuilt(built: Path, corpus: Path, damage: Any) -> None:
    damage(built)
    with pytest.raises(IndexFileError) as caught:
        read_index(built)
    assert "\n" not in str(caught.value) and "damaged" in caught.value.message
    assert "index build" in caught.value.hint
    notices: list[str] = []
    engine = load_engine(built, corpus, notify=notices.append)
    assert engine.ask("省委督导组有多少个?").answered
    assert len(notices) == 1 and "rebuilding" in notices[0]


@pytest.mark.parametrize("old", [
    {"format": "qabot-index", "version": 2, "passages": []},
    {"format": "qabot-index-large", "version": 2, "data": "index.json.data/v1"},
], ids=["report", "archive"])
def test_an_index_of_an_older_format_says_so_and_is_rebuilt(built: Path, corpus: Path,
                                                            old: dict[str, Any]) -> None:
    built.write_text(json.dumps(old))
    with pytest.raises(IndexFileError, match="older format") as caught:
        read_index(built)
    assert caught.value.hint == "run 'qabot index build'"
    notices: list[str] = []
    assert load_engine(built, corpus, notify=notices.append).ask("省委督导组有多少个?").answered
    assert len(notices) == 1 and "older format" in notices[0] and "rebuilding it" in notices[0]
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

    versions = sorted(data_root(built).iterdir())
    monkeypatch.setattr(index.store.atomic.json, "dump", disk_full)
    with pytest.raises(QabotError, match="No space left on device"):
        build_index(corpus, built)
    assert built.read_bytes() == before
    assert [p.name for p in built.parent.iterdir() if p.suffix == ".tmp"] == []
    assert sorted(data_root(built).iterdir()) == versions  # the new version is gone again


def test_missing_corpus_and_no_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(QabotError, match="corpus folder not found"):
        load_engine(tmp_path / "index.json", tmp_path / "nowhere")


def test_empty_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(QabotError, match=r"no \.txt reports"):
        build_index(tmp_path / "empty", tmp_path / "index.json")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=5), max_size=70), st.sampled_from(["", "芜湖市设立了", "a"]))
def test_text_blocks_give_back_their_passages(passages: list[list[str]], sample: str) -> None:
    from index.store.texts import decode_block, encode_block, text_sample

    passages = [[s.encode("utf-8", "replace").decode("utf-8") for s in p] for p in passages]  # no lone surrogates
    dictionary = text_sample([sample] * 3)
    assert decode_block(encode_block(passages, dictionary), dictionary) == [tuple(p) for p in passages]


def test_the_text_sample_is_whole_characters_of_the_first_texts() -> None:
    from index.store.texts import DICTIONARY_BYTES, text_sample

    sample = text_sample(["芜湖市设立了11条热线电话。"] * 10_000)
    assert len(sample) <= DICTIONARY_BYTES and sample.decode("utf-8").endswith("热线电话。")


def test_a_damaged_text_block_is_a_value_error() -> None:
    from index.store.texts import decode_block, encode_block

    block = encode_block([["芜湖市设立了11条热线电话。", "第二句。"]], b"dictionary")
    for damaged in (block[:-3], block[:5] + bytes([block[5] ^ 0xFF]) + block[6:], b"", zlib.compress(b"\x05\x00")):
        with pytest.raises(ValueError, match="text block"):
            decode_block(damaged, b"dictionary")
    with pytest.raises(ValueError, match="text block"):
        decode_block(block, b"another dictionary")
