"""jieba's segmentation compiled (index/text/csegment.c), where the install built it: index builds only.

`setup.py` builds the extension when a C compiler is at hand; without it `segmenter` returns None and builds
segment with `index.text.segment.FastSegmenter` in Python (its route under numba where that is installed),
which gives the same words. Nothing on the `qabot ask` path imports this module.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from index.text.native import Trie

csegment: Any
try:
    from index.text import csegment  # type: ignore[attr-defined, no-redef]
except ImportError:  # pragma: no cover - an install without a C compiler
    csegment = None

#: The HMM's states in the order the extension numbers them (that of their letters: its tie-break).
_STATES = "BEMS"


class Segmenter(Protocol):
    """The extension's segmenter (index/text/csegment.c)."""

    record: bool

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        """What `list(jieba.Tokenizer.cut(text, HMM=hmm))` gives."""
        ...

    def cut_for_search(self, text: str, hmm: bool = True) -> list[str]:
        """What `list(jieba.Tokenizer.cut_for_search(text, HMM=hmm))` gives."""
        ...

    def expand(self, word: str) -> list[str]:
        """What `cut_for_search` gives for one word of `cut`."""
        ...

    def terms(self, text: str, hmm: bool, cache: dict[str, list[str]], compute: Any) -> list[str]:
        """`cache[word]` (or `compute(word)` where missing) for each word of `cut(text, hmm)`, joined."""
        ...

    def route(self, text: str) -> list[tuple[float, int]]:
        """jieba's route through `text` as one block: its `calc`'s (score, end) at each position."""
        ...

    def viterbi(self, text: str) -> tuple[float, str]:
        """jieba's HMM's best path through `text` (characters U+4E00 to U+9FD5): `finalseg.viterbi`'s log
        probability and states."""
        ...

    def take_reached(self) -> list[int]:
        """Trie nodes the route's walks ended at while `record` was on, each once, not taken before."""
        ...


def available() -> bool:
    """Whether the extension was built."""
    return csegment is not None


def hmm_tables() -> tuple[array[float], array[float], array[float]]:
    """jieba's HMM (jieba.finalseg) as float64 arrays: start[4], trans[4 x 4] and emit[character x 4] for
    the characters it segments (U+4E00 to U+9FD5), states in `_STATES` order, MIN_FLOAT where jieba's
    tables have no entry (what its `dict.get(..., MIN_FLOAT)` gives)."""
    from jieba import finalseg

    low = finalseg.MIN_FLOAT
    start = array("d", (finalseg.start_P.get(s, low) for s in _STATES))
    trans = array("d", (finalseg.trans_P[s0].get(s1, low) for s0 in _STATES for s1 in _STATES))
    emit_p = [finalseg.emit_P[s] for s in _STATES]
    emit = array("d", (table.get(chr(code), low) for code in range(csegment.HAN_FIRST, csegment.HAN_LAST + 1)
                       for table in emit_p))
    return start, trans, emit


def segmenter(trie: Trie) -> Segmenter | None:
    """The compiled segmenter over `trie` (index/text/native.py) with jieba's HMM, or None where the extension
    was not built or jieba's HMM has been told to split words (`finalseg.add_force_split`, which it does not
    know)."""
    if csegment is None:
        return None
    from jieba import finalseg

    if finalseg.Force_Split_Words:
        return None
    start, trans, emit = hmm_tables()
    found: Segmenter = csegment.Segmenter(trie.child_ptr, trie.child_chars, trie.child_nodes, trie.lp,
                                          trie.is_word, trie.fallback, start, trans, emit)
    return found
