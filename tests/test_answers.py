"""Answers come from the report: right passage, right sentence, and silence when it has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answering.engine import Engine
from index.evaluation import evaluate, loose, read_questions
from index.text import lexicon

DATA = Path(__file__).parent / "data"
EVAL_SETS = ["dev.jsonl", "extra.jsonl"]


@pytest.mark.parametrize("name", EVAL_SETS)
def test_eval_set_meets_the_bars(engine: Engine, name: str) -> None:
    report = evaluate(engine, read_questions(DATA / name))
    m = report.metrics()
    assert m["hit@1"] >= 0.97, report.misses
    assert m["sentence@1"] >= 0.93, report.misses
    assert report.abstained_correctly == report.unanswerable, report.misses
    assert report.answered_correctly == report.answerable, report.misses


def test_own_eval_set_is_large_and_varied() -> None:
    questions = read_questions(DATA / "extra.jsonl")
    assert len(questions) >= 30
    assert sum(q["expect"] is None for q in questions) >= 10
    assert any(any(c in q["q"] for c in "編發督導馬鞍訪") for q in questions)  # traditional characters
    assert any("一千二百" in q["q"] for q in questions)  # Chinese numerals
    assert any(q["q"][:2].isascii() for q in questions)  # stray Latin letters


def test_answer_is_a_sentence_of_the_top_passage(engine: Engine) -> None:
    result = engine.ask("省委督导组有多少个,由多少人组成?")
    assert result.answered and result.answer
    assert result.answer.passage == result.hits[0].passage
    assert result.answer.sentence in result.answer.passage.text
    assert "170人组成16个省委督导组" in result.answer.sentence


def test_highlights_mark_the_matched_terms_in_the_report_text(engine: Engine) -> None:
    result = engine.ask("蕪湖市設立了幾條熱線電話?")
    assert result.answer
    sentence = result.answer.sentence
    marked = [sentence[a:b] for a, b in result.answer.highlights]
    assert "芜湖市" in marked and "热线电话" in marked
    assert all(b <= len(sentence) for _, b in result.answer.highlights)


@pytest.mark.parametrize("question", ["你好", "今天天气怎么样?", "hello", "", "   ", "?!。", "1+1等于几?"])
def test_questions_the_report_does_not_answer_are_declined_with_suggestions(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert not result.answered and result.status == "none"
    assert result.answer is None
    assert 2 <= len(result.suggestions) <= 3


def test_a_question_about_a_subject_of_the_report_says_what_it_does_say(engine: Engine) -> None:
    result = engine.ask("明天合肥会下雨吗?")
    assert not result.answered and result.status == "partial"
    assert result.unsupported == ("下雨",) and result.answer is not None
    assert "合肥市" in result.answer.sentence
    assert 2 <= len(result.suggestions) <= 3


def test_suggestions_are_answerable(engine: Engine) -> None:
    for question in engine.suggestions():
        result = engine.ask(question)
        assert result.answered, question


@pytest.mark.parametrize("question", ["学习教育算什么环节?", "芜湖市的市长是谁?", "暗访结果哪天通报的?", "四风问题改了几成?"])
def test_suggestions_near_a_question_read_as_questions(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    for asked in result.suggestions:
        # made of a clause that stands on its own: no date, no quotation cut in two, no 是… without its subject
        assert lexicon.HAN.match(asked.lstrip("“")) and not asked.startswith("是"), asked
        assert asked.count("“") == asked.count("”") and "以来" not in asked, asked
        assert asked.endswith("?") and ("多少" in asked or asked.endswith("是怎么做的?")), asked
        assert engine.ask(asked).answered, asked


def test_top_k_and_offset_page_through_passages(engine: Engine) -> None:
    first = engine.ask("党员领导干部", k=3)
    second = engine.ask("党员领导干部", k=3, offset=3)
    assert [h.rank for h in first.hits] == [1, 2, 3]
    assert [h.rank for h in second.hits] == [4, 5, 6]
    assert not {h.passage.id for h in first.hits} & {h.passage.id for h in second.hits}
    scores = [h.score for h in first.hits + second.hits]
    assert scores == sorted(scores, reverse=True)


def test_reporter_question_is_answered_from_the_header(engine: Engine) -> None:
    result = engine.ask("这篇报道的记者是谁?")
    assert result.answer and "黄永礼" in loose(result.answer.sentence)


@pytest.mark.parametrize("question", ["哪天发的?", "这篇综述主要讲的是哪两个环节的工作?"])
def test_a_question_with_no_word_to_search_by_lists_the_passage_that_answers(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # every word asks or names the report: nothing to rank passages by
    assert result.answered and result.answer is not None
    assert [h.passage.id for h in result.hits][:1] == [result.answer.passage.id]


def test_very_long_question_is_answered(engine: Engine) -> None:
    result = engine.ask("芜湖市设立了几条热线电话?" + "啊" * 100_000)
    assert result.answered and result.answer and "11条热线电话" in result.answer.sentence
