"""Derive the traditional→simplified table (`index/data/t2s.tsv`) from OpenCC: `python -m index.text.charmap`.

OpenCC (`opencc` on PyPI, in the dev extra) is the reference converter, maintained and phrase-aware. Its
"t2s" conversion is applied to every CJK character one at a time; the characters it changes into exactly one
other character make the table. Index builds read the shipped table (`index.text.normalize.build_charmap`) and
never load OpenCC; a test checks the shipped table is what the installed OpenCC derives.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from index.text.normalize import CHARMAP_FILE
from index.text.tables import rewrite

#: CJK Unified Ideographs Extension A, the Unified Ideographs and the Compatibility Ideographs.
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_HEADER = """\
# Traditional -> simplified characters for matching: one pair a line (traditional, a tab, simplified).
# Source: OpenCC's "t2s" conversion (opencc {version} on PyPI) applied to each character of U+3400-U+4DBF,
# U+4E00-U+9FFF and U+F900-U+FAFF alone; characters it leaves unchanged or turns into more than one
# character are left out. Regenerate with `python -m index.text.charmap` (needs: pip install -e '.[dev]').
"""


def derive_charmap() -> dict[str, str]:
    """The table from the installed OpenCC, in code point order (raises ImportError without it)."""
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = [chr(c) for lo, hi in CJK_RANGES for c in range(lo, hi + 1)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - OpenCC keeps line structure
        raise RuntimeError("OpenCC changed the number of lines while converting single characters")
    return {src: dst for src, dst in zip(chars, converted, strict=True) if src != dst and len(dst) == 1}


def write_charmap(path: Path, table: Mapping[str, str], opencc_version: str) -> None:
    """Write `table` in `index.text.normalize.read_charmap`'s format, its source named in the header."""
    lines = "".join(f"{source}\t{target}\n" for source, target in table.items())
    path.write_text(_HEADER.format(version=opencc_version) + lines, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Rewrite `index/data/t2s.tsv` from the installed OpenCC."""
    return rewrite(argv, "index.text.charmap", CHARMAP_FILE, "opencc", derive_charmap, write_charmap)


if __name__ == "__main__":
    sys.exit(main())
