"""Numbers written in Chinese match the report's digits, both ways."""

from __future__ import annotations

import pytest

from index.answering.engine import Engine
from index.text.numerals import cardinal, replace_numerals, with_digits


@pytest.mark.parametrize(("words", "digits"), [
    ("一千二百六十四", "1264"), ("十九", "19"), ("三千一百四十二", "3142"), ("七十五点六万", "75.6万"),
    ("一百零五", "105"), ("两千", "2000"), ("十", "10"), ("三十万", "30万"), ("一万二", "12000"),
    ("三千五", "3500"), ("两百五", "250"), ("四万四千九", "44900"), ("三千零五", "3005"),  # a bare last digit: the next magnitude
])
def test_cardinals(words: str, digits: str) -> None:
    assert cardinal(words) == digits


@pytest.mark.parametrize("phrase", ["三严三实", "四风", "一对一", "第一批", "一些", "四面镜子", "万一", "千方百计", "一二三",
                                    "一个一个谈", "一户一户走"])  # (one by one)
def test_fixed_phrases_are_not_numbers(phrase: str) -> None:
    assert replace_numerals(phrase) == []


@pytest.mark.parametrize(("text", "found"), [("是十个吗", [(1, 2, "10")]), ("有没有十条", [(3, 4, "10")]),
                                           ("十分重要", []),  # (十分: a word, no number)
                                           ("开了五回会", [(2, 3, "5")]), ("集中学一回", [])])  # (一回: once, no count)
def test_one_numeral_alone_is_a_number_before_a_measure_word(text: str, found: list[tuple[int, int, str]]) -> None:
    assert replace_numerals(text) == found


def test_a_claimed_ten_is_answered_with_the_figure_the_report_gives(engine: Engine) -> None:
    result = engine.ask("暗访组有没有十个?")
    assert result.answer is not None and result.answer.lead == "8个"


@pytest.mark.parametrize(("question", "expect"), [
    ("一千二百六十四个督导组是哪里派出的?", "督导组1264个"),
    ("十九位省领导分别选择了什么作为联系点?", "19位省领导"),
    ("已有三千一百四十二个问题整改完毕,还有多少在整改?", "1253个"),
    ("征求到七十五点六万条意见建议的是谁?", "75.6万余条"),
    ("市县委班子集中学习五天以上吗?", "集中学习5天以上"),
])
def test_questions_with_chinese_numerals_find_the_figure(engine: Engine, question: str, expect: str) -> None:
    result = engine.ask(question)
    assert result.answered and result.answer
    assert expect in result.answer.passage.text


def test_digits_in_the_question_match_numerals_in_the_report(engine: Engine) -> None:
    result = engine.ask("合肥市开展了哪4个专项行动?")
    assert result.answer and "四个专项行动" in result.answer.sentence
    spans = [result.answer.sentence[a:b] for a, b in result.answer.highlights]
    assert any("合肥市" in s for s in spans)


@pytest.mark.parametrize(("text", "year"), [("二〇一四年", "2014"), ("二零一三年", "2013")])
def test_a_year_spelled_digit_by_digit_is_read_as_the_year(text: str, year: str) -> None:
    assert replace_numerals(text) == [(0, 4, year)]


def test_a_year_spelled_in_words_is_held_to_like_a_year_in_digits(engine: Engine) -> None:
    assert engine.ask("二零一三年刘云山来安徽调研是几号").status != "answered"  # the report speaks of 2014
    assert engine.ask("这篇报道是二〇一四年几月几号发的").status == "answered"


def test_a_phrase_is_written_with_digits_as_a_question_is_read() -> None:
    assert with_digits("一个不落") == "1个不落" and with_digits("三千八百多名") == "3800多名"
    assert with_digits("一对一") == "一对一"  # one to one: no count
