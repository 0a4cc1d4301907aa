"""Inline keyboards and their callback data (always well under Telegram's 64 bytes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram import texts
from bot.telegram.formatting import shorten

#: Telegram's limit for callback data, in bytes.
CALLBACK_DATA_LIMIT = 64

NEXT = "n"  # n:<key>:<offset>  show the hit at rank offset+1 for the question under key
CONTEXT = "c"  # c:<tag>:<position>  the paragraph with its neighbours (tag marks the index)
SUGGESTION = "s"  # s:<key>:<i>  ask the i-th question stored under key
ACTIONS = frozenset({NEXT, CONTEXT, SUGGESTION})


@dataclass(frozen=True)
class Callback:
    """Decoded callback data."""

    action: str
    key: str
    number: int

    def encode(self) -> str:
        """The callback data string."""
        data = f"{self.action}:{self.key}:{self.number}"
        if len(data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"callback data too long: {data!r}")
        return data

    @classmethod
    def decode(cls, data: str | None) -> Callback | None:
        """Parse callback data; None for anything this bot did not make."""
        parts = (data or "").split(":")
        if len(parts) != 3 or parts[0] not in ACTIONS or not parts[1].isalnum() or not parts[2].isdigit():
            return None
        return cls(parts[0], parts[1], int(parts[2]))


def _button(label: str, action: str, key: str, number: int) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=Callback(action, key, number).encode())


def answer_keyboard(key: str, offset: int, has_next: bool, tag: str, position: int) -> InlineKeyboardMarkup:
    """Buttons under an answer: previous/next passage and the paragraph in context."""
    row = []
    if offset > 0:
        row.append(_button(texts.PREVIOUS, NEXT, key, offset - 1))
    if has_next:
        row.append(_button(texts.NEXT, NEXT, key, offset + 1))
    rows = [row] if row else []
    rows.append([_button(texts.CONTEXT, CONTEXT, tag, position)])
    return InlineKeyboardMarkup(rows)


def context_keyboard(tag: str, position: int) -> InlineKeyboardMarkup:
    """The single button that shows a paragraph with its neighbours."""
    return InlineKeyboardMarkup([[_button(texts.CONTEXT, CONTEXT, tag, position)]])


def questions_keyboard(key: str, questions: Sequence[str]) -> InlineKeyboardMarkup:
    """One button per suggested question; pressing it asks the question."""
    return InlineKeyboardMarkup(
        [[_button(shorten(q, 40), SUGGESTION, key, i)] for i, q in enumerate(questions)]
    )
