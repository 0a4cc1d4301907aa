"""HTML rendering for Telegram and splitting of long replies at sentence ends.

Everything that comes from the user or the report goes through :func:`escape`.
A message is built from blocks (a line of text, a quote ...) made of sentence-sized
units; :func:`pack` fills messages unit by unit, closing and reopening a block's tags
when it has to start a new message, so every part is valid HTML on its own and no
part is longer than Telegram's limit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: Telegram's limit for a message text (counted in UTF-16 code units).
MESSAGE_LIMIT = 4096

Span = tuple[int, int]

_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)\"'\s]*|\n+")
_SOFT_BREAK = re.compile(r"[，、,：:\s]")


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode."""
    return html.escape(text, quote=False)


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends; the pieces concatenate back to `text`."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > start:
            pieces.append(text[start : match.end()])
            start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def merge_spans(spans: Iterable[Span], length: int) -> tuple[Span, ...]:
    """Clamp spans to [0, length), drop empty ones and merge overlapping ones."""
    clean = sorted((max(0, a), min(length, b)) for a, b in spans if min(length, b) > max(0, a))
    merged: list[Span] = []
    for start, end in clean:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


@dataclass(frozen=True)
class Rich:
    """Plain text with marked (by default bold) spans; the smallest unit a message is split into."""

    text: str
    bold: tuple[Span, ...] = ()

    def html(self, tag: str = "b") -> str:
        """The text escaped, with its spans in <b> (or another of Telegram's tags, e.g. "u")."""
        out: list[str] = []
        at = 0
        for start, end in merge_spans(self.bold, len(self.text)):
            out.append(escape(self.text[at:start]))
            out.append(f"<{tag}>{escape(self.text[start:end])}</{tag}>")
            at = end
        out.append(escape(self.text[at:]))
        return "".join(out)

    def cut(self, at: int) -> tuple[Rich, Rich]:
        """Split into text[:at] and text[at:], moving the spans along."""
        head = tuple((a, min(b, at)) for a, b in self.bold if a < at)
        tail = tuple((max(a, at) - at, b - at) for a, b in self.bold if b > at)
        return Rich(self.text[:at], head), Rich(self.text[at:], tail)


@dataclass(frozen=True)
class Block:
    """A run of units sharing the same wrapping tags, e.g. a quote or a line."""

    units: tuple[Rich, ...]
    open: str = ""
    close: str = ""
    # text kept before the block when it follows another one in the same message
    gap: str = "\n"

    @classmethod
    def of(cls, text: str, open: str = "", close: str = "", bold: Sequence[Span] = ()) -> Block:
        """A block from plain text, split into sentence units (bold spans kept in place)."""
        units: list[Rich] = []
        rest = Rich(text, tuple(bold))
        for sentence in split_sentences(text):
            head, rest = rest.cut(len(sentence))
            units.append(head)
        return cls(tuple(units) or (Rich(""),), open, close)


def _fit(unit: Rich, room: int) -> int:
    """The longest prefix of `unit` (in characters) whose HTML fits in `room`; at least 1."""
    lo, hi = 1, len(unit.text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if tg_len(unit.cut(mid)[0].html()) <= room:
            lo = mid
        else:
            hi = mid - 1
    # prefer to break after a comma or a space when one is near the end
    soft = [m.end() for m in _SOFT_BREAK.finditer(unit.text, 0, lo)]
    if soft and soft[-1] >= lo * 3 // 4 and lo < len(unit.text):
        return soft[-1]
    return lo


def _pieces(unit: Rich, room: int) -> list[Rich]:
    """Cut a unit whose HTML is longer than `room` into pieces that fit."""
    pieces: list[Rich] = []
    while tg_len(unit.html()) > room and len(unit.text) > 1:
        head, unit = unit.cut(_fit(unit, room))
        pieces.append(head)
    pieces.append(unit)
    return pieces


def pack(blocks: Sequence[Block], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Lay blocks out into as few messages as possible, none longer than `limit`.

    Messages break between units (sentence ends) only; a single sentence longer than a
    whole message is cut at a comma or space near the limit.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        wrap = tg_len(block.open) + tg_len(block.close)
        opened = False
        for whole in block.units:
            for unit in _pieces(whole, limit - wrap):
                piece = unit.html()
                lead = "" if opened else (block.gap if current else "") + block.open
                if current and tg_len(current + lead + piece) + tg_len(block.close) > limit:
                    messages.append(current + (block.close if opened else ""))
                    current, lead = "", block.open
                current += lead + piece
                opened = True
        if opened:
            current += block.close
    if current.strip():
        messages.append(current)
    return messages or [""]


def shorten(text: str, limit: int) -> str:
    """Plain text cut to `limit` characters, whitespace collapsed, an ellipsis where cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


_FOLDED = "expandable_blockquote"


def visible(text: str, entities: list[dict[str, Any]]) -> int:
    """Characters a user reads: the text less what expandable blockquotes fold away, line breaks left out."""
    hidden = [(e["offset"], e["offset"] + e["length"]) for e in entities if e["type"] == _FOLDED]
    count, at = 0, 0  # `at`: the character's offset in UTF-16 units, as entities count
    for ch in text:
        if ch not in "\n\r" and not any(start <= at < end for start, end in hidden):
            count += 1
        at += len(ch.encode("utf-16-le")) // 2
    return count
