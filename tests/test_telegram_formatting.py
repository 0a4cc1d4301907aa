"""HTML rendering and splitting: every part valid for Telegram and within its limit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram.formatting import (
    MESSAGE_LIMIT,
    Block,
    Rich,
    escape,
    merge_spans,
    pack,
    split_sentences,
    tg_len,
)
from bot.telegram.replies import answer_message, context_messages, sentence_for, short_citation, term_spans
from index.types import Answer, Hit, Passage, Result
from tests.fakebotapi import entity_text, parse_html

pytestmark = pytest.mark.timeout(60)

# text with what breaks HTML, sentence ends, CJK, astral emoji (2 UTF-16 units) and newlines
TEXT = st.text(alphabet=st.sampled_from(list("<>&\"'ab 报道安徽。！？,，\n🙂")), max_size=300)


def plain(parts: list[str]) -> str:
    """The text as the user sees it, parts joined (each part must parse)."""
    return "".join(parse_html(part)[0] for part in parts)


def passage(text: str, paragraph: int = 3, position: int = 7, section: str | None = "小节") -> Passage:
    return Passage(id=f"doc#{paragraph}", doc="doc", paragraph=paragraph, section=section, text=text,
                   sentences=tuple(split_sentences(text)), position=position)


def test_escape_covers_what_telegram_parses() -> None:
    assert escape('<b>a & "b"</b>') == '&lt;b&gt;a &amp; "b"&lt;/b&gt;'


def test_rich_bold_spans_are_merged_clamped_and_escaped() -> None:
    rich = Rich("a<b>c&d", ((1, 3), (2, 4), (6, 99), (5, 5)))
    assert rich.html() == "a<b>&lt;b&gt;</b>c&amp;<b>d</b>"
    assert merge_spans([(3, 1), (-5, 1), (0, 2)], 4) == ((0, 2),)
    head, tail = Rich("abcdef", ((1, 5),)).cut(3)
    assert (head.html(), tail.html()) == ("a<b>bc</b>", "<b>de</b>f")


@given(TEXT)
def test_split_sentences_keeps_every_character(text: str) -> None:
    assert "".join(split_sentences(text)) == text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TEXT, st.sampled_from([("", ""), ("<blockquote>", "</blockquote>"), ("<i>", "</i>")])),
                min_size=1, max_size=5),
       st.integers(min_value=60, max_value=400))
def test_pack_parts_are_valid_and_within_the_limit(blocks: list[tuple[str, tuple[str, str]]], limit: int) -> None:
    made = [Block.of(text, *tags, bold=[(0, 3)]) for text, tags in blocks]
    parts = pack(made, limit)
    assert all(tg_len(part) <= limit for part in parts)
    for part in parts:
        parse_html(part)  # raises like Telegram on broken HTML
    assert plain(parts).replace("\n", "") == "".join(text for text, _ in blocks).replace("\n", "")


def test_an_answer_is_one_message_its_long_paragraph_folded_and_cut() -> None:
    text = "".join(f"第{i}句话说明了一件事情。" for i in range(600))
    part = answer_message(passage(text), Rich("第1句话说明了一件事情。", ((0, 3),)), "标题 · 小节 · 第3段")
    assert tg_len(part) <= MESSAGE_LIMIT
    seen, entities = parse_html(part)
    lines = seen.splitlines()
    assert lines[0] == "第1句话说明了一件事情。"  # no lead: the sentence first, in bold, its words underlined
    assert [e["type"] for e in entities][:2] == ["bold", "underline"]
    [folded] = [e for e in entities if e["type"] == "expandable_blockquote"]
    quoted = seen[folded["offset"]: folded["offset"] + folded["length"]]
    assert text.startswith(quoted.removesuffix("…")) and quoted.endswith("…")
    assert lines[-1] == "📄 标题 · 小节 · 第3段"


def test_an_answer_leads_and_folds_only_what_adds() -> None:
    sentence = Rich("省委抽调170人组成16个督导组。", ((2, 4),))
    whole = answer_message(passage(sentence.text), sentence, "小节 · 第6段", lead="16个")
    seen, entities = parse_html(whole)
    assert seen == "16个\n省委抽调170人组成16个督导组。\n📄 小节 · 第6段"  # the paragraph is the sentence
    assert [entity_text(seen, e) for e in entities if e["type"] == "bold"] == ["16个", "抽调"]
    longer = answer_message(passage(sentence.text + "另一句。"), sentence, "小节 · 第6段", lead="16个")
    assert "<blockquote expandable>省委抽调170人组成16个督导组。另一句。</blockquote>" in longer
    partial = answer_message(passage(sentence.text), sentence, "小节 · 第6段",
                             notice=("报道没有提到芜湖市的督导组。", "关于芜湖市，报道说："), header="问：x")
    assert parse_html(partial)[0].splitlines()[:3] == ["问：x", "报道没有提到芜湖市的督导组。",
                                                       "关于芜湖市，报道说：省委抽调170人组成16个督导组。"]
    cut = answer_message(passage("长" * 5000), Rich("长" * 5000), "第1段", footer="没有更多相关段落了。")
    assert tg_len(cut) <= MESSAGE_LIMIT and parse_html(cut)[0].endswith("…\n📄 第1段\n没有更多相关段落了。")


def test_citations_are_short() -> None:
    assert short_citation("周密部署,真督实导,确保活动不走过场 · 第6段") == "周密部署… · 第6段"
    assert short_citation("导语 · 第2段") == "导语 · 第2段" and short_citation("报道信息") == "报道信息"
    assert short_citation("一篇很长很长的报道的标题 · 小节 · 第3段") == "一篇很长很长的报道的… · 小节 · 第3段"


def test_a_sentence_longer_than_a_message_is_cut_after_a_comma() -> None:
    sentence = "，".join(f"条目{i}" for i in range(3000)) + "。"
    parts = pack([Block.of(sentence, bold=[(0, len(sentence))])])
    assert len(parts) >= 2 and all(tg_len(p) <= MESSAGE_LIMIT for p in parts)
    assert all(parse_html(p)[0].endswith("，") for p in parts[:-1])
    assert plain(parts) == sentence


def test_answer_is_html_safe() -> None:
    text = "报道<script>说 a&b。"
    part = answer_message(passage(text), Rich(text, ((2, 10),)), "<标题> · 第3段", lead="5&6")
    seen, entities = parse_html(part)
    assert "<script>" in seen and "<标题>" in seen and seen.startswith("5&6\n")
    assert {e["type"] for e in entities} >= {"bold", "italic"}


def test_sentence_for_uses_the_engine_answer_or_the_best_matching_sentence() -> None:
    first = passage("甲乙丙。刘云山来皖调研。", paragraph=2, position=1)
    other = passage("没有关系。这里说到调研工作和刘云山。", paragraph=5, position=4)
    answer = Answer(sentence="刘云山来皖调研。", passage=first, highlights=((0, 3),))
    result = Result(query="刘云山调研", answered=True, answer=answer,
                    hits=(Hit(1, first, 2.0), Hit(2, other, 1.0)), terms=("刘云山", "调研", "来"))
    assert sentence_for(first, result) == Rich("刘云山来皖调研。", ((0, 3),))
    chosen = sentence_for(other, result)
    assert chosen.text == "这里说到调研工作和刘云山。"
    assert chosen.bold == term_spans(chosen.text, ["刘云山", "调研"])  # one-character terms are not bolded


def test_context_marks_the_asked_paragraph() -> None:
    before, asked, after = passage("前一段。", 2, 1), passage("这一段。", 3, 2), passage("后一段。", 4, 3)
    [part] = context_messages([before, asked, after], asked, lambda p: f"标题 · 小节 · 第{p.paragraph}段")
    seen, entities = parse_html(part)
    assert "▶ 小节 · 第3段" in seen and "小节 · 第2段" in seen
    assert [e["type"] for e in entities].count("blockquote") == 3
