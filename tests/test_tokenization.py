"""One tokenizer for documents and queries; the restricted dictionary segments the corpus exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.engine import Engine
from index.normalize import Normalizer, build_charmap
from index.places import PLACES_FILE, extract_places, jieba_dictionary
from index.tokenization import Tokenizer, TokenizerSettings, full_dictionary


@pytest.fixture(scope="module")
def full_tokenizer(engine: Engine) -> Tokenizer:
    freq, total = full_dictionary(engine.tokenizer.settings)
    return Tokenizer(freq, total, engine.tokenizer.settings)


def test_restricted_dictionary_segments_the_corpus_like_the_full_one(engine: Engine,
                                                                     full_tokenizer: Tokenizer) -> None:
    normalizer = engine.normalizer
    for passage in engine.passages:
        for sentence in passage.sentences:
            text = normalizer.normalize(sentence)
            assert engine.tokenizer.segment(text) == full_tokenizer.segment(text), sentence


def test_restricted_dictionary_is_small(index_path: Path) -> None:
    data = json.loads(index_path.read_text(encoding="utf-8"))
    assert 0 < len(data["dictionary"]["freq"]) < 10_000


@pytest.mark.parametrize("word", ["三严三实", "四风", "小四风", "焦裕禄精神", "教育实践活动", "督导组", "回头看",
                                  "四解决四推动", "软弱涣散"])
def test_domain_words_stay_whole(engine: Engine, word: str) -> None:
    assert word in engine.terms(f"关于{word}的问题")


def test_question_words_and_punctuation_are_dropped(engine: Engine) -> None:
    terms = engine.terms("芜湖市设立了几条热线电话?什么、多少、哪些吗")
    assert "芜湖市" in terms and "热线电话" in terms
    for dropped in ("几条", "什么", "多少", "哪些", "吗", "?", "了"):
        assert dropped not in terms


def test_traditional_and_full_width_match_simplified(engine: Engine) -> None:
    assert engine.terms("蕪湖市徵求意見") == engine.terms("芜湖市征求意见")
    assert engine.terms("ＡＢＣ　１２３") == engine.terms("abc 123")


def test_normalization_keeps_offsets_into_the_original() -> None:
    normalizer = Normalizer({"條": "条"})
    text, offsets = normalizer.normalize_with_offsets("多少條\u200b  ＡB")
    assert text == "多少条 ab"
    assert offsets == [0, 1, 2, 4, 6, 7]


def test_charmap_converts_common_traditional_characters() -> None:
    charmap = build_charmap()
    assert charmap["蕪"] == "芜" and charmap["條"] == "条" and charmap["議"] == "议"
    assert "芜" not in charmap


def test_settings_hash_changes_with_settings() -> None:
    assert TokenizerSettings().digest() != TokenizerSettings(mode="precise").digest()


def test_shipped_place_names_match_the_installed_jieba() -> None:
    assert PLACES_FILE.read_text(encoding="utf-8").split() == extract_places(jieba_dictionary())


def test_jieba_dictionary_cache_lives_in_the_private_cache_folder(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    full_dictionary(TokenizerSettings())
    folder = tmp_path / "qabot"
    assert (folder / "jieba.cache").is_file()
    assert folder.stat().st_mode & 0o077 == 0  # not readable or writable by others
