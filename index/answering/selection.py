"""Choose the answer sentence of a passage and mark what matched in it."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from index.answering.decision import SINGLE_CHAR_FACTOR, same_destination
from index.text import lexicon
from index.text.regex import regex

_HAS_FIGURE = regex(r"[0-9]")
#: Added to a sentence's score for quantity questions when it holds a figure: less than one matched term of
#: middling IDF, so it only decides between sentences that match about equally well.
FIGURE_BONUS = 1.0
#: Added to a sentence that says what the question's subject is ("X,是…") where the question asks that.
DEFINITION_BONUS = 3.0
#: A sentence that holds what is asked answers instead of a better-matching one that does not, where it
#: matches at least this share as well.
FIT_SHARE = 0.75
#: A run of characters the question and a sentence share beyond RUN_FREE (到群众中去: words said alike, where
#: segmentation cuts them differently) adds RUN_BONUS a character.
RUN_FREE = 3
RUN_BONUS = 1.0
#: Added to a line in quotes where the question asks for the words of one (咋吆喝网友的? ↔ “亲,期待您积极参与…”),
#: more than the question's words weigh in the sentence that tells of it.
QUOTED_LINE_BONUS = 4.0
#: Added to a sentence that says going where the question says (到群众中去): the sentence of what is done there.
DESTINATION_BONUS = 4.0


def best_sentence(query: str, query_terms: Sequence[str], sentence_terms: Sequence[Sequence[str]],
                  sentence_texts: Sequence[str], weight: Callable[[str], float],
                  fits: Sequence[bool] | None = None, required: Collection[str] = (), framing: Collection[str] = (),
                  said_as: Callable[[str], Sequence[str]] = lambda word: (word,)) -> int:
    """Index of the sentence that best answers: most query weight matched; a sentence that holds the kind
    of thing asked for (`fits`: a figure, a date) wins near-ties, and wins outright over one that does not if
    it matches nearly as well and names what that one names of `required` (the question's names). Words that
    only frame the question (`framing`: 省委书记 of 省委书记张宝顺) earn no credit in a run said alike; `said_as`: the
    report's words for a word of the question (老百姓: 群众)."""
    wanted = set(query_terms)
    quantity = bool(lexicon.QUANTITY_WORDS.search(query))
    line_asked = bool(lexicon.QUOTE_ASKED.search(query) and lexicon.LINE_ASKED.search(query))
    scores = []
    for terms, text in zip(sentence_terms, sentence_texts, strict=True):
        held = wanted.intersection(terms) | {t for t in wanted if len(t) == 1 and _said_alike(query, t, text)}
        score = sum(weight(t) * (SINGLE_CHAR_FACTOR if len(t) == 1 else 1.0) for t in sorted(held))  # (in one order: ties stay ties)
        if fits is None and quantity and _HAS_FIGURE.search(text):
            score += FIGURE_BONUS
        defined = lexicon.DEFINES.match(text.strip()) if lexicon.DEFINITION_ASKED.search(query) else None
        if defined and defined.group(1) in query:
            score += DEFINITION_BONUS  # 学习教育处在什么位置? ↔ 学习教育,是教育实践活动的基础环节
        if line_asked and text.lstrip().startswith("“"):
            score += QUOTED_LINE_BONUS
        if same_destination(query, text, said_as):
            score += DESTINATION_BONUS  # 领导干部下到群众里头干嘛? ↔ 直接到群众中去察民情、听民意、解民忧
        run = _common_run(query, text)
        for word in sorted(framing, key=len, reverse=True):
            run = run.replace(word, "")
        if not any(run in t for t in wanted):  # (a word of the question is counted as a word already)
            score += RUN_BONUS * max(0, len(run) - RUN_FREE)
        scores.append(score)
    if fits is not None:
        scores = [score + FIGURE_BONUS * fit for score, fit in zip(scores, fits, strict=True)]
        best = _naming(scores, sentence_terms, required)
        named = set(required).intersection(sentence_terms[best])
        fitting = [i for i in range(len(scores)) if fits[i] and named.issubset(sentence_terms[i])]
        if not fits[best] and fitting:
            # A sentence that holds what is asked and much of the question beats one that only matches more.
            other = max(fitting, key=lambda i: (scores[i], -i))
            if scores[other] >= FIT_SHARE * scores[best]:
                return other
        return best
    return _naming(scores, sentence_terms, required)


def _said_alike(query: str, char: str, text: str) -> bool:
    """Does the text hold a single-character word of the question with the characters next to it there (省领导 in
    19位省领导, which segmentation cut otherwise)?"""
    at = query.find(char)
    return at >= 0 and any(len(w) == 3 and lexicon.HAN_RUN.fullmatch(w) and w in text
                           for w in (query[at: at + 3], query[max(0, at - 2): at + 1], query[max(0, at - 1): at + 2]))


def _naming(scores: Sequence[float], sentence_terms: Sequence[Sequence[str]], required: Collection[str]) -> int:
    """The best-scoring sentence of those that name all the question's names, if any does (淮南学习教育有啥做法:
    淮南's sentence, not the one that matches more general words)."""
    naming = [i for i in range(len(scores)) if set(required).issubset(sentence_terms[i])] if required else []
    return max(naming or range(len(scores)), key=lambda i: (scores[i], -i))


def _common_run(query: str, text: str) -> str:
    """The longest run of Han characters the question and the sentence share (到群众中去), if longer than
    RUN_FREE."""
    best = ""
    for run in lexicon.HAN_RUN.findall(query):
        for i in range(len(run)):
            j = i + max(len(best), RUN_FREE) + 1
            while j <= len(run) and run[i:j] in text:
                best = run[i:j]
                j += 1
    return best


def highlight_spans(terms: Sequence[str], normalized: str, offsets: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """[start, end) spans of the original text where any of `terms` occurs in its normalized form."""
    marks: list[tuple[int, int]] = []
    for term in lexicon.longest_first(set(terms)):
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
