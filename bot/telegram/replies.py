"""What the bot says, as HTML message parts: answers, follow-ups, context, the report's description."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from bot.telegram import texts
from bot.telegram.formatting import MESSAGE_LIMIT, Block, Rich, escape, pack, shorten, split_sentences, tg_len
from index.types import Document, Passage, Result

Citation = Callable[[Passage], str]
#: Longest part of a short citation (the paragraph number aside).
CITATION_PART = 10
_PHRASE_END = re.compile(r"[,,、;;。::]")


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


def short_citation(citation: str, width: int = CITATION_PART) -> str:
    """A citation ("周密部署,真督实导,确保活动不走过场 · 第6段") with each part but the paragraph number cut to its
    first phrase or `width` characters ("周密部署… · 第6段")."""
    parts = citation.split(" · ")
    cut = []
    for part in parts[:-1]:
        if len(part) > width:
            phrase = _PHRASE_END.search(part)
            end = phrase.start() if phrase is not None and 0 < phrase.start() <= width else width
            part = part[:end].rstrip() + "…"
        cut.append(part)
    return " · ".join([*cut, parts[-1]])


def _loose(text: str) -> str:
    return "".join(text.split())


def answer_message(
    passage: Passage,
    sentence: Rich,
    citation: str,
    *,
    lead: str | None = None,
    header: str | None = None,
    notice: Sequence[str] = (),
    footer: str | None = None,
    plain: bool = False,
    fold: bool = True,
    limit: int = MESSAGE_LIMIT,
) -> str:
    """One message that answers: the lead in bold on the first line (or, with no lead, the sentence in bold;
    `plain`: not, a whole paragraph or a piece of one);
    the sentence once, the question's words marked; the paragraph folded in an expandable blockquote where it
    says more than the sentence (`fold`: a piece read on from an answer is shown without it); the short citation.

    `header` (in italics) and `notice` (plain lines: what a partial answer says the report does not say) come
    first, `footer` (in italics) last. It is always one message, so that buttons under it page in place: a
    paragraph (or a sentence) too long for it is cut with an ellipsis (📖 上下文 shows it whole).
    """
    quote = passage.text.strip() if fold and _loose(passage.text) != _loose(sentence.text) else ""

    def render(sentence: Rich, quote: str) -> str:
        lines = [f"<i>{escape(header)}</i>"] if header else []
        lines += [escape(line) for line in notice]
        if lead:
            lines += [f"<b>{escape(lead)}</b>", sentence.html()]
        elif notice:  # a partial answer: what the report does say follows the notice
            lines[-1] += sentence.html()
        elif plain:
            lines.append(sentence.html())
        else:
            lines.append(f"<b>{sentence.html('u')}</b>")
        if quote:
            lines.append(f"<blockquote expandable>{escape(quote)}</blockquote>")
        lines.append(f"📄 <i>{escape(short_citation(citation))}</i>")
        if footer:
            lines.append(f"<i>{escape(footer)}</i>")
        return "\n".join(lines)

    html = render(sentence, quote)
    if tg_len(html) <= limit:
        return html
    if quote:  # the longest start of the paragraph that fits
        fits = _longest(lambda n: render(sentence, quote[:n].rstrip() + "…"), len(quote), limit)
        if fits:
            return render(sentence, quote[:fits].rstrip() + "…")
    n = _longest(lambda n: render(_clipped(sentence, n), ""), len(sentence.text), limit)
    return render(_clipped(sentence, max(n, 1)), "")


def _clipped(sentence: Rich, n: int) -> Rich:
    """The first `n` characters of a sentence and an ellipsis, its marks kept."""
    head, _ = sentence.cut(n)
    return Rich(head.text.rstrip() + "…", head.bold)


def _longest(render: Callable[[int], str], most: int, limit: int) -> int:
    """The largest n in [1, most) whose rendering fits in `limit` (0 if none does)."""
    lo, hi = 0, most - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if tg_len(render(mid)) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


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


def more_message(passage: Passage, terms: Sequence[str], citation: str, question: str, *, piece: str | None = None,
                 whole: bool = False, complete: bool = False, listed: bool = False, then: Passage | None = None,
                 then_citation: str = "", limit: int = MESSAGE_LIMIT) -> str:
    """"还有呢?": the next passage for the question, as an answer (its best sentence first); `piece`: what the
    answer's own paragraph says next (`listed`: the answer's whole list again); `whole`: that paragraph in full
    (`complete`: and no other passage matches); `then`: the paragraph after it, in full, where the message has
    room for it."""
    if piece is not None:
        header = (texts.LISTED_HEADER if listed else texts.ALL_READ_HEADER if complete else
                  texts.READ_ON_HEADER).format(question=shorten(question, 100))
        html = answer_message(passage, Rich(piece, term_spans(piece, terms)), citation, header=header, plain=True,
                              fold=False, limit=limit)
    elif whole:  # the paragraph itself, its words marked
        header = (texts.ALL_SAID_HEADER if complete else texts.WHOLE_HEADER).format(question=shorten(question, 100))
        text = passage.text.strip()
        html = answer_message(passage, Rich(text, term_spans(text, terms)), citation, header=header, plain=True,
                              limit=limit)
    else:
        header = texts.MORE_HEADER.format(question=shorten(question, 100))
        html = answer_message(passage, sentence_with_terms(passage, terms), citation, header=header, limit=limit)
    if then is not None:  # (one message, so that each turn gets one reply)
        text = then.text.strip()
        joined = html + "\n\n" + answer_message(then, Rich(text, term_spans(text, terms)), then_citation,
                                                header=texts.NEXT_PARAGRAPH, plain=True, limit=limit)
        if tg_len(joined) <= limit:
            return joined
    return html


def explain_messages(
    kind: str,
    question: str,
    lead: str | None,
    sentence: str | None,
    citation: str | None,
    *,
    limit: int = MESSAGE_LIMIT,
) -> list[str]:
    """"为什么?" / "怎么做的?" / "效果咋样?": the reason, measure or result first (in bold), then the sentence that states it (the
    clause marked) and where it stands; or only that the report does not say (never the answer's fact again)."""
    label, missing = texts.EXPLAIN[kind]
    blocks: list[Block] = [_header(texts.ASKED_HEADER.format(question=shorten(question, 100)))]
    if sentence is None or citation is None:
        blocks.append(_line("", missing))
        return pack(blocks, limit)
    if lead:
        blocks.append(_line("<b>", f"{label}：{lead}", "</b>"))
    bold = term_spans(sentence, [lead]) if lead else ()
    blocks.append(Block.of(sentence, bold=bold))
    blocks.append(_line("📄 <i>", short_citation(citation), "</i>"))
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
