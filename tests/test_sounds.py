"""Typos: words typed by sound (the shipped pinyin table), words with a character left out, and the typo index an archive keeps."""

from __future__ import annotations

import pytest

from index.answering.engine import Engine
from index.text.sounds import SOUNDS_FILE, derive_sounds, first_readings_alike, read_sounds, sound_alike


def test_the_shipped_table_is_what_pypinyin_derives() -> None:
    shipped = read_sounds(SOUNDS_FILE)
    derived = derive_sounds()
    assert shipped == {char: frozenset(readings) for char, readings in derived.items()}
    assert len(shipped) > 20000


def test_characters_that_sound_alike_to_fuzzy_pinyin() -> None:
    assert sound_alike("三", "山", fuzzy=True) and sound_alike("民", "明", fuzzy=True)  # sh/s, -ng/-n
    assert not sound_alike("三", "山") and not sound_alike("三", "明", fuzzy=True)


def test_characters_that_sound_alike() -> None:
    assert sound_alike("研", "妍") and sound_alike("记", "纪")
    assert not sound_alike("研", "究")
    assert first_readings_alike("提", "题") and sound_alike("提", "尺") and not first_readings_alike("提", "尺")


@pytest.mark.parametrize(("typed", "word"), [
    ("刘云山来皖调妍是哪几天?", "调研"),  # 妍 for 研
    ("培训了多少名基层党组织书纪?", "书记"),  # 纪 for 记
    ("这篇报道的标提是什么?", "标题"),  # 提 for 题 (a word for the report's own parts), not for the report's 标尺
    ("读到组一共下去了多少次", "督导组"),  # dictated: du dao zu, whatever words 读到 makes
    ("督到组 座谈会 场数", "督导组"),
    ("来按县编发了什么", "来安县"),
    ("联心桥是哪个县建的", "连心桥"),  # every character one of the report's, the word none of its words
])
def test_a_word_typed_by_sound_is_read_as_the_reports(engine: Engine, typed: str, word: str) -> None:
    assert word in engine.read(typed).folded


@pytest.mark.parametrize("question", [
    "暗访出来的案例后来咋处理的",  # 咋 is a question word, not a typo of 查
    "合肥市开展了哪些专项行动?",  # real words stay
    "合肥是不是有热线",  # 是 after 合肥 is no 市 of 合肥市
    "参考答案里提到的暗访组有几个",  # 案 of 答案 keeps its 里: no 案例
])
def test_question_words_and_real_words_are_no_sound_typos(engine: Engine, question: str) -> None:
    assert engine.read(question).folded == engine.normalizer.normalize(question).rstrip("?")


def test_an_archive_typo_index_reads_as_a_reports(engine: Engine) -> None:
    """The hashed typo index an archive keeps gives what the report's dict gives, key for key."""
    from index.answering.query import HashedWildcards, _wildcard_index

    vocabulary = engine.scorer.idf_table
    plain = _wildcard_index(vocabulary)
    hashed = HashedWildcards(vocabulary)
    assert isinstance(plain, dict) and len(plain) > 300
    assert all(hashed.get(key) == word for key, word in plain.items())
    assert hashed.get("不在\0里") is None and hashed.get("\0\0\0") is None


def test_a_word_with_an_inner_character_left_out_is_read_as_the_reports(engine: Engine) -> None:
    assert "征求意见" in engine.read("有单位用微博征意见吗").folded  # 征意见: 征求意见 without 求
    assert "来安县" not in engine.read("刘云山来安徽调研是哪几天?").folded  # 来安 before 徽 is no short form here


def test_letters_split_into_the_pinyin_syllables_they_can_be() -> None:
    from index.text.sounds import split_syllables

    assert ("wu", "hu") in split_syllables("wuhu")
    assert ("sheng",) in split_syllables("sheng")
    assert split_syllables("qqq") == []  # no reading: not pinyin
