"""Injected spam never reaches users, in this report or in another scraped one."""

from __future__ import annotations

import re

from index.answering.engine import Engine
from index.corpus.cleaning import SpamCleaner

SPAM = re.compile(r"beplay|官网app|体育官网|Baidu", re.IGNORECASE)


def test_no_passage_shows_spam(engine: Engine) -> None:
    for passage in engine.passages:
        assert not SPAM.search(passage.text), passage.id
    for doc in engine.documents:
        assert not SPAM.search(doc.title)


def test_cleaning_puts_back_the_words_the_spam_replaced(engine: Engine) -> None:
    texts = [p.text for p in engine.passages]
    assert any("正反典型对照,增强了学习成效。" in t for t in texts)
    assert any("选择一批违法违纪典型案例,编发活动警示教育资料17.3万余份" in t for t in texts)
    assert any("3800多名文化程度不高党员" in t for t in texts)
    assert any("邀请先进典型介绍事迹" in t for t in texts)
    result = engine.ask("选择了一批什么典型案例?")
    assert result.answered and result.answer and "违法违纪典型案例" in result.answer.sentence


def test_removals_are_reported_with_line_numbers(engine: Engine) -> None:
    removed = {(r.line, r.text) for r in engine.removed}
    assert (36, "beplay官网app") in removed
    assert (38, "beplay2体育官网") in removed
    assert (83, "Baidu") in removed
    assert len(engine.removed) == 7


def test_heuristic_catches_another_brand_glued_inside_chinese() -> None:
    lines = ["报道标题", "  在全省xbet365体育官网 开展学习,GDP增长7%,PM2.5下降。", "WeChat公众号推送了消息。",
             "(记者 张三)", "Copyright 2014 Example"]
    cleaned, removals = SpamCleaner().clean_lines("other", lines)
    assert cleaned[1] == "  在全省开展学习,GDP增长7%,PM2.5下降。"
    assert cleaned[2] == lines[2]  # a Latin word starting a line is not glued spam
    assert cleaned[4] == ""
    assert [(r.line, r.text, r.rule) for r in removals] == [(2, "xbet365体育官网", "heuristic"),
                                                           (5, "Copyright 2014 Example", "trailing-line")]


def test_configured_patterns_are_applied(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cleaned, removals = SpamCleaner(extra_patterns=["【广告[^】]*】"]).clean_lines("d", ["学习【广告:买房】教育。"])
    assert cleaned == ["学习教育。"]
    assert removals[0].rule == "pattern"
