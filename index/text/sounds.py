"""How characters sound: the toneless pinyin table (`index/data/pinyin.tsv`), derived from pypinyin.

Chinese is typed by sound, so the commonest typo is a character that sounds like the right one (调妍 for 调研,
标提 for 标题). The question reader uses the table to read such a two-character word as the report's. Index builds
and questions read the shipped table only; `python -m index.text.sounds` rewrites it from the installed
pypinyin (the dev extra), and a test checks the shipped table is what pypinyin derives.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from pathlib import Path

from index.text.regex import regex
from index.text.tables import rewrite

SOUNDS_FILE = Path(__file__).resolve().parent.parent / "data" / "pinyin.tsv"
#: The CJK Unified Ideographs (the characters people type).
CJK = (0x4E00, 0x9FFF)
_HEADER = """\
# Toneless pinyin readings of CJK characters: a character, a tab, its readings separated by spaces.
# Source: pypinyin {version} on PyPI (heteronyms, Style.NORMAL) for U+4E00-U+9FFF; characters without a
# reading are left out. Regenerate with `python -m index.text.sounds` (needs: pip install -e '.[dev]').
"""


def derive_sounds() -> dict[str, tuple[str, ...]]:
    """Each character's readings from the installed pypinyin (raises ImportError without it)."""
    from pypinyin import Style, pinyin

    table: dict[str, tuple[str, ...]] = {}
    for code in range(CJK[0], CJK[1] + 1):
        char = chr(code)
        [readings] = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore") or [[]]
        readings = [r for r in dict.fromkeys(readings) if r.isascii() and r.isalpha()]
        if readings:
            table[char] = tuple(readings)
    return table


def write_sounds(path: Path, table: Mapping[str, tuple[str, ...]], pypinyin_version: str) -> None:
    """Write `table` in `read_sounds`' format, its source named in the header."""
    lines = "".join(f"{char}\t{' '.join(readings)}\n" for char, readings in table.items())
    path.write_text(_HEADER.format(version=pypinyin_version) + lines, encoding="utf-8")


def _read_readings(path: Path) -> dict[str, tuple[str, ...]]:
    """character → its readings, commonest first (the table's order: 提 ti, di, chi, shi); as tuples, which a few
    readings each keep faster to build than sets."""
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, _, readings = line.partition("\t")
            table[char] = tuple(readings.split())
    return table


def read_sounds(path: Path = SOUNDS_FILE) -> dict[str, frozenset[str]]:
    """The shipped table: character → its readings."""
    return {char: frozenset(readings) for char, readings in _read_readings(path).items()}


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    """The shipped table, read once (`_read_readings`)."""
    return _read_readings(SOUNDS_FILE)


@functools.cache
def syllables() -> frozenset[str]:
    """Every reading of the table (sheng, wu, hu …)."""
    return frozenset(r for readings in _table().values() for r in readings)


def split_syllables(latin: str, most: int = 4) -> list[tuple[str, ...]]:
    """The ways a run of Latin letters reads as pinyin syllables (wuhu → wu|hu), at most `most` of them."""
    known = syllables()
    if not latin:
        return [()]
    if most == 0:
        return []
    return [(latin[:n], *rest) for n in range(1, min(len(latin), 6) + 1) if latin[:n] in known
            for rest in split_syllables(latin[n:], most - 1)]


@functools.cache
def _by_first_reading() -> dict[str, str]:
    """Commonest reading → the characters it is the commonest reading of."""
    chars: dict[str, list[str]] = {}
    for char, readings in _table().items():
        chars.setdefault(readings[0], []).append(char)
    return {reading: "".join(found) for reading, found in chars.items()}


def sounding_alike(char: str) -> str:
    """The other characters whose commonest reading is the character's (职 → 直, 值, 植 …)."""
    reading = first_reading(char)
    return _by_first_reading().get(reading, "").replace(char, "") if reading else ""


def reads_as(char: str, syllable: str) -> bool:
    """Is `syllable` one of the character's readings?"""
    return syllable in _table().get(char, ())


def first_reading(char: str) -> str | None:
    """The character's commonest reading (提 → ti), or None for one the table lacks."""
    readings = _table().get(char)
    return readings[0] if readings else None


def first_readings_alike(a: str, b: str) -> bool:
    """Do two characters share their commonest reading (提 and 题: ti; not 提 and 尺, alike only by 提's rare chi)?"""
    first = first_reading(a)
    return first is not None and first == first_reading(b)


def sound_alike(a: str, b: str, fuzzy: bool = False) -> bool:
    """Do two characters share a reading (研 and 妍: yan)? `fuzzy`: as input methods' fuzzy pinyin hears them,
    zh/z, ch/c, sh/s, n/l and -ng/-n alike (山 and 三: shan, san)."""
    table = _table()
    ours, theirs = table.get(a, ()), table.get(b, ())
    if any(reading in theirs for reading in ours):
        return True
    return fuzzy and bool({_fuzzy(r) for r in ours} & {_fuzzy(r) for r in theirs})


_FUZZY_INITIAL = regex(r"^(?:([zcs])h|l)")


def _fuzzy(reading: str) -> str:
    """A reading as fuzzy pinyin hears it (shan → san, ling → nin)."""
    reading = _FUZZY_INITIAL.sub(lambda m: m.group(1) or "n", reading)
    return reading[:-1] if reading.endswith("ng") else reading


def main(argv: list[str] | None = None) -> int:
    """Rewrite `index/data/pinyin.tsv` from the installed pypinyin."""
    return rewrite(argv, "index.text.sounds", SOUNDS_FILE, "pypinyin", derive_sounds, write_sounds)


if __name__ == "__main__":
    sys.exit(main())
