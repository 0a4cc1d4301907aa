"""Questions about the report itself: who wrote it, where and when it ran, its title, its parts and gist.

记者是谁? / 哪天发的? / 哪家报纸? answer from the report's metadata; 有几个小标题? / 第二部分讲的什么? /
这篇报道讲了什么? from its title and section headings, in the report's own order. A question that also names
something the report reports on (刘云山什么时候来的?) is not about the report and goes the usual way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from index.answering.query import Question
from index.ranking.bm25 import Scorer
from index.store.passages import PassageStore
from index.text import lexicon
from index.text.numerals import cardinal
from index.types import Answer, Document, Hit, Passage, Result

_PART = r"(?:部分|小标题|标题|小节|节|章节|板块|块)"
#: 讲整改的是哪一部分? / 讲学习教育的那一节标题是什么: the heading of the section about something.
#: Longest question that is only a name for the report (这篇报道讲的).
_BARE_REPORT = 6
#: Passages searched for the section a topic is in.
CANDIDATES = 5
_ASKS_PART = re.compile(rf"哪(?:一|个|1)?(?:个)?{_PART}|(?:讲|说|写|关于|介绍)\S+?的(?:是)?(?:那|这)?[一1]?(?:个)?{_PART}")


_ABOUT = (lexicon.GIST, lexicon.PART_WORDS, lexicon.PART_COUNT, lexicon.PART_ORDINAL,
          *(pattern for pattern, _ in lexicon.META_FIELDS),
          # the words that ask (哪位 leaves 位 behind as a term)
          lexicon.PERSON_WORDS, lexicon.NAME_WORDS, lexicon.DATE_WORDS, lexicon.PLACE_WORDS, lexicon.LIST_WORDS)


def _framing(question: Question, store: PassageStore, header: Passage) -> bool:
    """Is every word of the question about the report (or held by its header: 记者黄永礼)?"""
    held = store.term_set(header.position)
    folded = question.folded
    covered = {i for pattern in _ABOUT for m in pattern.finditer(folded) for i in range(*m.span())}
    for term in question.terms:
        if term.role == "frame" or term.word in lexicon.REPORT_WORDS or term.word in held:
            continue
        at = folded.find(term.word)
        if at >= 0 and all(i in covered for i in range(at, at + len(term.word))):
            continue
        return False
    return True


def about_report(store: PassageStore, scorer: Scorer, documents: Mapping[str, Document], question: Question,
                 hits: Sequence[Hit]) -> Result | None:
    """The answer to a question about the report itself, or None if it is not one.

    `store` holds the index's passages, `scorer` ranks them, `documents` its reports by id (in corpus order), `hits` the passages
    the question found.
    """
    folded = question.folded
    doc = documents[hits[0].passage.doc] if hits else next(iter(documents.values()), None)
    if doc is None:
        return None
    passages = store.doc_passages(doc.id)
    header = next((p for p in passages if p.paragraph == 0), None)
    if header is None:
        return None
    if _ASKS_PART.search(folded):
        # 讲整改落实的是哪个小标题? — the heading of the section that speaks of it.
        topic = [a for t in question.terms if t.role != "frame" and t.word not in lexicon.REPORT_WORDS
                 and not lexicon.PART_WORDS.search(t.word) for a in t.alternatives]
        found = scorer.top(topic, k=CANDIDATES) if topic else []
        body = next((store.passages[i] for i, s in found if s > 0 and store.passages[i].section), None)
        if body is not None and body.section:
            return _result(question, hits, body.section, body, lead=body.section)
    if not _framing(question, store, header):
        return None
    sections = _sections(passages)
    if lexicon.PART_COUNT.search(folded) and sections:
        first = next(p for p in passages if p.section == sections[0])
        return _result(question, hits, ";".join(sections), first, lead=f"{len(sections)}个")
    ordinal = lexicon.PART_ORDINAL.search(folded)
    if ordinal and sections:
        n = len(sections) if ordinal.group(2) else _number(ordinal.group(1) or "1")
        if not 1 <= n <= len(sections):
            return None
        section = sections[n - 1]
        first = next(p for p in passages if p.section == section)
        return _result(question, hits, section, first, lead=section)
    # The field asked last wins: 记者黄永礼是哪家报纸的? asks for the source.
    asked = sorted(((m.end(), field) for pattern, field in lexicon.META_FIELDS for m in pattern.finditer(folded)),
                   reverse=True)
    for _, field in asked:
        if (question.wants == "date") != (field == "date") or question.wants == "figure":
            return None  # 责任编辑是哪年入职的? asks for something the metadata does not hold
        value = getattr(doc, field)
        if value:
            line = next((s for s in header.sentences if _loose(value) in _loose(s)), header.sentences[0])
            return _result(question, hits, line.strip(), header, lead=str(value))
    # 这篇报道? / 文章呢?: nothing but the report named (他还写过哪些报道? asks something else)
    only_report = len(folded) <= _BARE_REPORT and bool(question.terms) and \
        all(t.word in lexicon.REPORT_WORDS for t in question.terms)
    if lexicon.GIST.search(folded) or only_report:
        return _result(question, hits, _gist(doc, sections), header, lead=doc.title)
    return None


def _number(ordinal: str) -> int:
    """第二 → 2, 第3 → 3 (0 for what is not a small number)."""
    digits = ordinal if ordinal.isdigit() else cardinal(ordinal)
    return int(digits) if digits and digits.isdigit() else 0


def _gist(doc: Document, sections: Sequence[str]) -> str:
    """The title and the headings, as the report gives them."""
    return doc.title + ("。" + ";".join(sections) if sections else "")


def _sections(passages: Sequence[Passage]) -> list[str]:
    out: list[str] = []
    for passage in passages:
        if passage.section and passage.section not in out:
            out.append(passage.section)
    return out


def _loose(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _result(question: Question, hits: Sequence[Hit], sentence: str, passage: Passage, lead: str) -> Result:
    answer = Answer(sentence=sentence, passage=passage, lead=lead)
    return Result(query=question.text, answered=True, answer=answer, hits=tuple(hits),
                  terms=tuple(question.search_terms))
