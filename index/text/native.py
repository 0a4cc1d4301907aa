"""jieba's route through a block, compiled with numba for index builds.

`FastSegmenter._route` in pure Python is about 40% of the cost of tokenizing a corpus. Here the prefix
dictionary is a trie in numpy arrays (children sorted by character, found by binary search) and the same
dynamic programme runs compiled: for each position from the right, walk the trie while the fragment is an
entry, score every word on the way as log(freq) - log(total) plus the best score after it (the same
float64 additions as jieba's `calc`; ties go to the longer word), and fall back to the single character.
The log probabilities are computed with `math.log` in Python, so the route is the same to the last bit;
`tests/test_scale_segment.py` checks it against the Python route.

Only index builds use it (numba is imported by the build workers, never by `qabot ask`), and only where the
C segmenter (index/text/csegment.c, which walks the same `Trie`) was not built and numba is installed (the
optional `fast` extra); without either the build takes the Python route to the same index.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np


class Trie:
    """The prefix dictionary as arrays: node 0 is the root, node n's children are
    `child_chars/child_nodes[child_ptr[n]:child_ptr[n + 1]]`, sorted by character; node n > 0 is the entry
    `words[n - 1]`."""

    def __init__(self, freq: Mapping[str, int], total: int) -> None:
        logtotal = math.log(total)
        words = sorted(freq)  # every prefix of an entry is an entry, so parents come first
        self.words = words
        node_of = {word: i + 1 for i, word in enumerate(words)}
        count = len(words) + 1
        parents = np.fromiter((node_of[w[:-1]] if len(w) > 1 else 0 for w in words), dtype=np.int64,
                              count=len(words))
        chars = np.fromiter((ord(w[-1]) for w in words), dtype=np.int64, count=len(words))
        order = np.lexsort((chars, parents))
        self.child_ptr = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(parents, minlength=count), out=self.child_ptr[1:])
        self.child_chars = chars[order].astype(np.int64)
        self.child_nodes = (order + 1).astype(np.int64)
        self.lp = np.zeros(count, dtype=np.float64)
        self.is_word = np.zeros(count, dtype=np.bool_)
        for word, node in node_of.items():
            f = freq[word]
            if f:
                self.lp[node] = math.log(f) - logtotal
                self.is_word[node] = True
        self.fallback = math.log(1) - logtotal  # a character that starts no word (jieba: log(freq or 1))


_compiled: Any = None


def _compile() -> Any:
    from numba import njit

    @njit(cache=False, nogil=True)
    def routes(codes: Any, starts: Any, child_ptr: Any, child_chars: Any, child_nodes: Any, lp: Any,
               is_word: Any, fallback: float) -> Any:  # pragma: no cover - compiled
        total = len(codes)
        end = np.empty(total, dtype=np.int64)
        walk = np.empty(total, dtype=np.int64)
        for b in range(len(starts) - 1):
            first = starts[b]
            n = starts[b + 1] - first
            score = np.zeros(n + 1)
            for idx in range(n - 1, -1, -1):
                best = 0.0
                best_x = -1
                node = 0
                i = idx
                while i < n:
                    lo = child_ptr[node]
                    hi = child_ptr[node + 1]
                    stop = hi
                    c = codes[first + i]
                    while lo < hi:
                        mid = (lo + hi) // 2
                        if child_chars[mid] < c:
                            lo = mid + 1
                        else:
                            hi = mid
                    if lo >= stop or child_chars[lo] != c:
                        break
                    node = child_nodes[lo]
                    if is_word[node]:
                        sc = lp[node] + score[i + 1]
                        if best_x < 0 or sc >= best:
                            best = sc
                            best_x = i
                    i += 1
                walk[first + idx] = i - idx
                if best_x < 0:
                    best = fallback + score[idx + 1]
                    best_x = idx
                score[idx] = best
                end[first + idx] = best_x
        return end, walk

    return routes


class NativeRoute:
    """Callable: for blocks of text, the route (end of the word at each position, within its block) and the
    walk lengths (longest dictionary entry or prefix found at each position), all blocks in one call."""

    def __init__(self, trie: Trie) -> None:
        global _compiled
        if _compiled is None:
            _compiled = _compile()
        self._routes = _compiled
        self._trie = trie

    def __call__(self, blocks: list[str]) -> tuple[list[int], list[int]]:
        codes = np.frombuffer("".join(blocks).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        starts = np.zeros(len(blocks) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in blocks], out=starts[1:])
        t = self._trie
        end, walk = self._routes(codes, starts, t.child_ptr, t.child_chars, t.child_nodes, t.lp, t.is_word,
                                 t.fallback)
        return end.tolist(), walk.tolist()


def available() -> bool:
    """Can the compiled route be used here (numba installed)?"""
    try:
        import numba  # noqa: F401
    except ImportError:
        return False
    return True
