"""Keep the bot token out of every log line, error message and traceback.

The token is in every Bot API URL, so anything that prints a URL or an exception about a
request could leak it. Two layers catch that: the root logger's handlers format through
:class:`RedactingFormatter`, and ``sys.stdout``/``sys.stderr`` are wrapped in
:class:`RedactingStream` while the bot runs, which also covers warnings, tracebacks and
anything else printed. Both replace the whole token and its secret part (after the colon).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import Any, TextIO

MASK = "<token>"


class Redactor:
    """Replaces the token (and its secret half) in text."""

    def __init__(self, token: str) -> None:
        token = token.strip()
        secrets = {token}
        _, _, secret = token.partition(":")
        if len(secret) >= 8:  # too short a "secret" would mask innocent text
            secrets.add(secret)
        # the longest first, so the whole token is replaced before its secret half
        self.secrets = sorted((s for s in secrets if s), key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


class RedactingFormatter(logging.Formatter):
    """Formats like the formatter it wraps, then masks the token (message, arguments, traceback)."""

    def __init__(self, inner: logging.Formatter | None, redactor: Redactor) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redactor(self.inner.format(record))


class RedactingStream:
    """A text stream that masks the token in everything written to it."""

    def __init__(self, stream: TextIO, redactor: Redactor) -> None:
        self._stream = stream
        self._redactor = redactor

    def write(self, text: str) -> int:
        self._stream.write(self._redactor(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding …
        return getattr(self._stream, name)


def install(token: str, streams: bool = True) -> Redactor:
    """Mask `token` in the root logger's handlers and (if `streams`) in sys.stdout and sys.stderr."""
    redactor = Redactor(token)
    for handler in logging.getLogger().handlers:
        formatter = handler.formatter
        if isinstance(formatter, RedactingFormatter):
            formatter = formatter.inner
        handler.setFormatter(RedactingFormatter(formatter, redactor))
    if streams:
        for name in ("stdout", "stderr"):
            stream = getattr(sys, name)
            if isinstance(stream, RedactingStream):
                stream = stream._stream
            if stream is not None:
                setattr(sys, name, RedactingStream(stream, redactor))
    return redactor


def uninstall() -> None:
    """Undo :func:`install` (for tests that run the bot in-process)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, RedactingFormatter):
            handler.setFormatter(handler.formatter.inner)
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, RedactingStream):
            setattr(sys, name, stream._stream)
