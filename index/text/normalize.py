"""Text normalization for matching: NFKC, traditional→simplified, case and whitespace folding, numerals.

Users always see the report's own text; only matching uses the normalized form. Normalization is done
character by character so that every normalized character maps back to a position in the original text
(needed to highlight matched terms in what the user sees).

Traditional characters are folded with a table that ships as `index/data/t2s.tsv` (derived from OpenCC by
`python -m index.text.charmap`), so neither building an index nor answering needs OpenCC.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

from index.text.numerals import replace_numerals, with_digits
from index.text.regex import regex

# Zero-width and bidi control characters carry no meaning for matching.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
              "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}

#: Corner brackets quote as the report's curly quotes do (「班子强不强」后面那句).
_QUOTES = {"「": "“", "」": "”", "『": "“", "』": "”", "﹁": "“", "﹂": "”"}


#: The traditional→simplified character table (written by `python -m index.text.charmap` from OpenCC).
CHARMAP_FILE = Path(__file__).resolve().parent.parent / "data" / "t2s.tsv"


def build_charmap() -> dict[str, str]:
    """The character-level traditional→simplified table that an index carries (read from `CHARMAP_FILE`)."""
    return read_charmap(CHARMAP_FILE)


def read_charmap(path: Path) -> dict[str, str]:
    """A table of one pair a line (traditional, tab, simplified; `#` starts a comment line), in file order."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        source, tab, target = line.partition("\t")
        if not tab or len(source) != 1 or len(target) != 1:
            raise ValueError(f"{path}:{number}: expected a character, a tab and a character")
        table[source] = target
    return table


def _with_arabic_numerals(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Rewrite Chinese numerals as digits, keeping each new character's offset within the numeral it replaces."""
    found = replace_numerals(text)
    if not found:
        return text, offsets
    parts: list[str] = []
    new_offsets: list[int] = []
    last = 0
    for start, end, digits in found:
        parts.append(text[last:start])
        new_offsets.extend(offsets[last:start])
        parts.append(digits)
        new_offsets.extend(offsets[start] if i < len(digits) - 1 else offsets[end - 1] for i in range(len(digits)))
        last = end
    parts.append(text[last:])
    new_offsets.extend(offsets[last:])
    return "".join(parts), new_offsets


_SPACE_RUN = regex(" {2,}")


class _Table(dict[int, str]):
    """`str.translate` table: code point -> matching form, filled on first use."""

    def __init__(self, char: Callable[[str], str]) -> None:
        super().__init__()
        self._char = char

    def __missing__(self, code: int) -> str:
        out = self[code] = self._char(chr(code))
        return out


class Normalizer:
    """Maps text to its matching form, keeping offsets back to the original."""

    def __init__(self, charmap: Mapping[str, str]) -> None:
        self._charmap = dict(charmap)
        self._cache: dict[str, str] = {}
        self._table = _Table(self._char)

    def _char(self, ch: str) -> str:
        out = self._cache.get(ch)
        if out is None:
            if ch in _INVISIBLE or unicodedata.category(ch) == "Cc":
                out = " " if ch in "\t\n\r\x0b\x0c" else ""
            elif ch in _QUOTES:
                out = _QUOTES[ch]
            else:
                folded = unicodedata.normalize("NFKC", ch).lower()
                out = "".join(self._charmap.get(c, c) for c in folded)
                if out.isspace():
                    out = " "
            self._cache[ch] = out
        return out

    def normalize(self, text: str) -> str:
        """The matching form of `text` (whitespace runs folded to one space, ends stripped).

        The same text as `normalize_with_offsets` gives, several times faster (indexing normalizes every
        sentence of the corpus).
        """
        out = text.translate(self._table)
        if "  " in out or out[:1] == " " or out[-1:] == " ":
            out = _SPACE_RUN.sub(" ", out).strip(" ")
        return with_digits(out)

    def normalize_with_offsets(self, text: str) -> tuple[str, list[int]]:
        """The matching form and, for each of its characters, the index of the original character."""
        out: list[str] = []
        offsets: list[int] = []
        last_space = True
        for i, ch in enumerate(text):
            for c in self._char(ch):
                if c == " ":
                    if last_space:
                        continue
                    last_space = True
                else:
                    last_space = False
                out.append(c)
                offsets.append(i)
        if out and out[-1] == " ":
            out.pop()
            offsets.pop()
        return _with_arabic_numerals("".join(out), offsets)
