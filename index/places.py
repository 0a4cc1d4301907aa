"""Place names from jieba's dictionary (words tagged `ns`).

A question naming a place the report never mentions (上海市 in a report about Anhui) is not answered by it,
however well its other words match. The list ships as `index/data/places.txt`, regenerated with
`python -m index.places` from the installed jieba; a test checks the two agree.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

PLACES_FILE = Path(__file__).resolve().parent / "data" / "places.txt"


def extract_places(dictionary: Path) -> list[str]:
    """Every word of two or more characters tagged `ns` in a jieba dictionary file, sorted."""
    words: set[str] = set()
    with dictionary.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3 and parts[2] == "ns" and len(parts[0]) >= 2:
                words.add(parts[0])
    return sorted(words)


def jieba_dictionary() -> Path:
    """Path of the installed jieba's main dictionary."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise RuntimeError("jieba is not installed")
    return Path(os.path.dirname(spec.origin)) / "dict.txt"


@functools.cache
def place_names() -> frozenset[str]:
    """The shipped place-name list (loaded on first use, a few milliseconds)."""
    return frozenset(PLACES_FILE.read_text(encoding="utf-8").split())


if __name__ == "__main__":
    PLACES_FILE.write_text("\n".join(extract_places(jieba_dictionary())) + "\n", encoding="utf-8")
    print(f"wrote {PLACES_FILE}")
