"""What the bot says, as HTML message parts: answers, follow-ups, context, the report's description."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from bot.telegram import texts
from bot.telegram.formatting import MESSAGE_LIMIT, Block, Rich, escape, pack, shorten, split_sentences
from index.types import Document, Passage, Result

Citation = Callable[[Passage], str]


def _units(text: str) -> tuple[Rich, ...]:
    return tuple(Rich(s) for s in split_sentences(text)) or (Rich(""),)


def _line(html_open: str, text: str, html_close: str = "") -> Block:
    return Block((Rich(text),), html_open, html_close)


def _quote(text: str) -> Block:
    return Block(_units(text), "<blockquote>", "</blockquote>")


def _header(text: str) -> Block:
    return _line("<i>", text, "</i>")


def sentence_for(passage: Passage, result: Result) -> Rich:
    """The sentence of `passage` that answers best, with the question's terms in bold.

    The engine's answer is used when it stands in this passage; otherwise the sentence
    holding most of the question's terms is picked here.
    """
    answer = result.answer
    if answer is not None and answer.passage.id == passage.id:
        return Rich(answer.sentence, answer.highlights)
    return sentence_with_terms(passage, result.terms)


def sentence_with_terms(passage: Passage, all_terms: Sequence[str]) -> Rich:
    """The sentence of `passage` holding most of the terms (the first on a tie), the terms in bold."""
    terms = [t for t in all_terms if len(t.strip()) > 1] or [t for t in all_terms if t.strip()]
    sentences = [s.strip() for s in passage.sentences if s.strip()] or [passage.text.strip()]
    best = max(sentences, key=lambda s: (sum(1 for t in terms if t in s), -sentences.index(s)))
    return Rich(best, term_spans(best, terms))


def term_spans(text: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Spans of every occurrence of the terms in `text`."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = text.find(term)
        while term and start >= 0:
            spans.append((start, start + len(term)))
            start = text.find(term, start + len(term))
    return tuple(spans)


def answer_messages(
    passage: Passage,
    sentence: Rich,
    citation: str,
    *,
    lead: str | None = None,
    header: str | None = None,
    limit: int = MESSAGE_LIMIT,
) -> list[str]:
    """The answer sentence, the passage quoted and the citation line."""
    blocks: list[Block] = []
    if header:
        blocks.append(_header(header))
    if lead:
        blocks.append(Block((Rich(lead, ((0, len(lead)),)),), "💡 "))
    blocks.append(Block.of(sentence.text, bold=sentence.bold))
    blocks.append(_quote(passage.text))
    blocks.append(_line("📄 <i>", citation, "</i>"))
    return pack(blocks, limit)


def context_messages(
    passages: Sequence[Passage], focus: Passage, citation: Citation, *, limit: int = MESSAGE_LIMIT
) -> list[str]:
    """A paragraph with its neighbours, each under its own label, the asked one marked."""
    blocks: list[Block] = [_line("📖 <b>", "上下文", "</b>")]
    for _, group in groupby(passages, key=lambda p: p.paragraph):
        pieces = list(group)
        mark = "▶ " if any(p.id == focus.id for p in pieces) else ""
        label = citation(pieces[0]).split(" · ", 1)[-1]
        blocks.append(_line("<i>", f"{mark}{label}", "</i>"))
        blocks.append(_quote("".join(p.text for p in pieces)))
    if len(blocks) == 1:
        blocks.append(_quote(focus.text))
    return pack(blocks, limit)


def more_messages(
    passage: Passage, terms: Sequence[str], citation: str, question: str, *, limit: int = MESSAGE_LIMIT
) -> list[str]:
    """"还有呢?": the next passage for the question, its best sentence first, then the quote and citation."""
    header = texts.MORE_HEADER.format(question=shorten(question, 100))
    return answer_messages(passage, sentence_with_terms(passage, terms), citation, header=header, limit=limit)


def explain_messages(
    kind: str,
    question: str,
    lead: str | None,
    sentence: str | None,
    citation: str | None,
    *,
    limit: int = MESSAGE_LIMIT,
) -> list[str]:
    """"为什么?" / "怎么做的?": the reason or measure first, then the sentence that states it (the clause in
    bold) and where it stands; or that the report does not say."""
    label, missing = texts.EXPLAIN[kind]
    blocks: list[Block] = [_header(texts.ASKED_HEADER.format(question=shorten(question, 100)))]
    if sentence is None or citation is None:
        blocks.append(_line("", missing))
        return pack(blocks, limit)
    if lead:
        said = f"{label}：{lead}"
        blocks.append(Block((Rich(said, ((len(label) + 1, len(said)),)),), "💡 "))
    bold = term_spans(sentence, [lead]) if lead else ()
    blocks.append(Block.of(sentence, bold=bold))
    blocks.append(_line("📄 <i>", citation, "</i>"))
    return pack(blocks, limit)


def not_found_message(query: str, has_suggestions: bool) -> str:
    """Says the report does not answer; the suggestions follow as buttons."""
    text = f"报道里没有找到“{escape(shorten(query, 60))}”的答案。"
    if has_suggestions:
        text += "\n你可以试试下面这些问题："
    return text


def local_time(iso: str) -> str | None:
    """An ISO 8601 time as a readable local date and time ("2026-11-30 15:02"); None if it is not one."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the server's time zone
    return moment.strftime("%Y-%m-%d %H:%M")


def about_message(documents: Sequence[Document], info: Mapping[str, Any]) -> str:
    """The report(s) answered from and the size of the index."""
    lines: list[str] = []
    for doc in documents:
        lines.append(f"📰 <b>{escape(doc.title)}</b>")
        if doc.date:
            lines.append(f"日期：{escape(doc.date)}")
        if doc.source:
            lines.append(f"来源：{escape(doc.source)}")
        if doc.reporter:
            lines.append(f"记者：{escape(doc.reporter)}")
        lines.append("")
    lines.append(texts.ABOUT_SIZE.format(documents=info.get("documents", len(documents)),
                                         passages=info.get("passages", "?")))
    when = local_time(str(info.get("built_at") or ""))
    if when:
        lines.append(texts.ABOUT_BUILT.format(when=escape(when)))
    text = "\n".join(lines).strip()
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1].rsplit("\n", 1)[0]
