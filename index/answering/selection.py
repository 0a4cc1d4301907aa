"""Choose the answer sentence of a passage and mark what matched in it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.text import lexicon

_HAS_FIGURE = re.compile(r"[0-9]")
#: Added to a sentence's score for quantity questions when it holds a figure: less than one matched term of
#: middling IDF, so it only decides between sentences that match about equally well.
FIGURE_BONUS = 1.0


def best_sentence(query: str, query_terms: Sequence[str], sentence_terms: Sequence[Sequence[str]],
                  sentence_texts: Sequence[str], weight: Callable[[str], float],
                  fits: Sequence[bool] | None = None) -> int:
    """Index of the sentence that best answers: most query weight matched; a sentence that holds the kind
    of thing asked for (`fits`: a figure, a date) wins near-ties."""
    wanted = set(query_terms)
    quantity = bool(lexicon.QUANTITY_WORDS.search(query))
    best, best_score = 0, float("-inf")
    for i, (terms, text) in enumerate(zip(sentence_terms, sentence_texts, strict=True)):
        score = sum(weight(t) for t in wanted.intersection(terms))
        if fits is not None:
            score += FIGURE_BONUS * fits[i]
        elif quantity and _HAS_FIGURE.search(text):
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
