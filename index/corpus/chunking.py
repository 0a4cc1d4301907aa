"""Split paragraphs into sentences and passages."""

from __future__ import annotations

from collections.abc import Iterator

_ENDS = "。!?!?…"
_CLOSERS = "”’」』))\"' \u3000"
#: Paragraphs longer than this are split at sentence ends into passages of at most this many characters
#: (a single longer sentence stays whole).
MAX_PASSAGE_CHARS = 300


def split_sentences(text: str) -> list[str]:
    """Split at sentence-final punctuation, keeping closing quotes with their sentence.

    The pieces concatenate back to `text` exactly.
    """
    sentences: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _ENDS:
            j = i + 1
            while j < n and (text[j] in _ENDS or text[j] in _CLOSERS):
                j += 1
            sentences.append(text[start:j])
            start = i = j
            continue
        i += 1
    if start < n:
        sentences.append(text[start:])
    return [s for s in sentences if s.strip()] or ([text] if text else [])


def group_sentences(sentences: list[str], limit: int = MAX_PASSAGE_CHARS) -> Iterator[list[str]]:
    """Greedily pack consecutive sentences into groups of at most `limit` characters."""
    group: list[str] = []
    size = 0
    for sentence in sentences:
        if group and size + len(sentence) > limit:
            yield group
            group, size = [], 0
        group.append(sentence)
        size += len(sentence)
    if group:
        yield group
