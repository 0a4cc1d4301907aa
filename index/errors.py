"""Errors the front ends turn into one-line messages."""

from __future__ import annotations


class QabotError(Exception):
    """A failure a user can act on: a message and a hint on what to do next."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class CorpusError(QabotError):
    """The corpus folder is missing, empty or unreadable."""


class IndexFileError(QabotError):
    """The index file is missing, corrupt, of another version or unreadable."""
