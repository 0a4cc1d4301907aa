"""Choose the answer sentence, decide whether the report answers at all, and mark what matched."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

#: Questions asking for a figure, a date or a duration.
_QUANTITY_QUESTION = re.compile(r"多少|几|何时|什么时候|哪天|哪一天|哪年|哪月|哪日|日期|多长|多久|多大|多少人|数量|数字")
_HAS_FIGURE = re.compile(r"[0-9]|[一二三四五六七八九十百千万两]+[个位名人次场期份条户项件天年月日]")
#: Added to a sentence's score for quantity questions when it holds a figure: less than one matched term of
#: middling IDF, so it only decides between sentences that match about equally well.
FIGURE_BONUS = 1.0

#: The report answers when the best passage holds at least this share of the question's term weight ...
MIN_COVERAGE = 0.5
#: ... and at least this much matched IDF, in units of the IDF of a term found in no passage (so that one
#: common word such as 好 in "你好" is not enough). Both calibrated with `python bench/calibrate.py`.
MIN_EVIDENCE = 0.7
#: Weight of a one-character term no passage holds, relative to a longer one: a stray character (来, 开, 份)
#: says less about what is asked than an unknown word (世界杯).
UNSEEN_CHAR_FACTOR = 0.25


def is_quantity_question(query: str) -> bool:
    """Does the question ask for a number, a date or a duration?"""
    return bool(_QUANTITY_QUESTION.search(query))


_HAN = re.compile(r"[\u3400-\u9fff]")


def term_weight(term: str, idf: Mapping[str, float], unseen_idf: float) -> float:
    """How much a query term says about what is asked: its IDF if the corpus has it; for an unknown term the
    IDF of a term in no passage, less for a single character, and nothing for Latin letters or digits alone
    (stray input such as "ok" or "bot")."""
    if term in idf:
        return max(float(idf[term]), 0.0)
    if not _HAN.search(term):
        return 0.0
    return unseen_idf * (UNSEEN_CHAR_FACTOR if len(term) == 1 else 1.0)


def answer_signals(query_terms: Sequence[str], passage_terms: set[str], idf: Mapping[str, float],
                   unseen_idf: float) -> tuple[float, float]:
    """(coverage, evidence) of a passage for a query; see MIN_COVERAGE and MIN_EVIDENCE."""
    unique = list(dict.fromkeys(query_terms))
    total = sum(term_weight(t, idf, unseen_idf) for t in unique)
    matched = sum(term_weight(t, idf, unseen_idf) for t in unique if t in passage_terms)
    if total <= 0 or unseen_idf <= 0:
        return 0.0, 0.0
    return matched / total, matched / unseen_idf


def answers(signals: tuple[float, float]) -> bool:
    """Do these signals say the passage answers the question?"""
    return signals[0] >= MIN_COVERAGE and signals[1] >= MIN_EVIDENCE


def best_sentence(query: str, query_terms: Sequence[str], sentence_terms: Sequence[Sequence[str]],
                  sentence_texts: Sequence[str], weight: Callable[[str], float]) -> int:
    """Index of the sentence that best answers: most query weight matched; for quantity questions a
    sentence holding a figure wins near-ties."""
    wanted = set(query_terms)
    quantity = is_quantity_question(query)
    best, best_score = 0, float("-inf")
    for i, (terms, text) in enumerate(zip(sentence_terms, sentence_texts, strict=True)):
        score = sum(weight(t) for t in wanted.intersection(terms))
        if quantity and _HAS_FIGURE.search(text):
            score += FIGURE_BONUS
        if score > best_score:
            best, best_score = i, score
    return best


def highlight_spans(terms: Sequence[str], normalized: str, offsets: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """[start, end) spans of the original text where any of `terms` occurs in its normalized form."""
    marks: list[tuple[int, int]] = []
    for term in sorted(set(terms), key=len, reverse=True):
        start = normalized.find(term)
        while start != -1:
            end = start + len(term)
            marks.append((offsets[start], offsets[end - 1] + 1))
            start = normalized.find(term, end)
    marks.sort()
    merged: list[tuple[int, int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
