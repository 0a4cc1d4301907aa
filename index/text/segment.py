"""jieba's segmentation (`cut` and `cut_for_search`, precise mode) without its per-call overhead.

Gives exactly the words `jieba.Tokenizer.cut` / `cut_for_search` give for the same dictionary: the same
prefix-dictionary DAG, the same route (maximum log probability, ties to the longer word, the same floating
point operations in the same order), jieba's own HMM (`jieba.finalseg.cut`) for runs of unknown characters,
and the same handling of Latin, digits and whitespace. It is about twice as fast because it walks the DAG
and the route in one pass over a table of precomputed log probabilities, remembers the words of short
blocks and the HMM's words for runs it has seen, and builds lists instead of chaining generators.
`tests/test_scale_segment.py` checks the equality.

Index builds hand the whole of it to the compiled segmenter (index/text/csegment.c) where the install built
it (`use_compiled`); this module is then the reference it is tested against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from math import log
from typing import TYPE_CHECKING, Any

from index.text.regex import regex

if TYPE_CHECKING:
    from index.text.compiled import Segmenter

# jieba's own block patterns (jieba/__init__.py: re_han_default, re_skip_default, re_eng).
_RE_HAN = regex("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = regex("(\r\n|\\s)", re.U)
_RE_ENG = regex("[a-zA-Z0-9]", re.U)
#: Most runs of unknown characters whose HMM segmentation is remembered.
_HMM_CACHE_SIZE = 1 << 20
#: Blocks of at most this many characters have their words remembered, up to this many blocks.
_BLOCK_CACHE_CHARS = 12
_BLOCK_CACHE_SIZE = 1 << 20


#: What `_LogProbabilities.get` gives for a fragment the dictionary does not hold.
_ABSENT: Any = object()


class _LogProbabilities(Mapping[str, "float | None"]):
    """log(freq) - log(total) of a dictionary's words on lookup (None for an entry of frequency 0: a prefix)."""

    def __init__(self, freq: Mapping[str, int], logtotal: float) -> None:
        self._freq = freq
        self._logtotal = logtotal

    def get(self, fragment: str, default: Any = None) -> Any:
        f = self._freq.get(fragment)
        if f is None:
            return default
        return log(f) - self._logtotal if f else None

    def __getitem__(self, fragment: str) -> float | None:
        found = self.get(fragment, _ABSENT)
        if found is _ABSENT:
            raise KeyError(fragment)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(self._freq)

    def __len__(self) -> int:
        return len(self._freq)


class FastSegmenter:
    """Segments text like `jieba.Tokenizer` with the dictionary `freq` (entries incl. prefixes) and `total`."""

    def __init__(self, freq: Mapping[str, int], total: int, finalseg: Any) -> None:
        self._freq = freq
        self._logtotal = log(total)
        self._finalseg_cut = finalseg.cut
        logtotal = self._logtotal
        # fragment -> log(freq) - log(total) for words, None for prefixes that are no word of their own: a dict
        # made once where the dictionary is one (builds: fastest), else computed on lookup from the dictionary
        # as given (a served index's, kept in arrays: no second table of its 400k words).
        self._table: Mapping[str, float | None] = \
            {w: (log(f) - logtotal if f else None) for w, f in freq.items()} if isinstance(freq, dict) else \
            _LogProbabilities(freq, logtotal)
        self._reached: set[str] | None = None
        self._native: Callable[[list[str]], tuple[list[int], list[int]]] | None = None
        self._pending: dict[str, list[int]] = {}  # routes computed natively for the text being cut
        self._compiled: Segmenter | None = None
        self._entries: list[str] = []  # the compiled segmenter's trie nodes' entries (node n: entry n - 1)
        # Short blocks (runs between punctuation) recur: about a third of them in news text.
        self._blocks: dict[bool, dict[str, list[str]]] = {True: {}, False: {}}
        # The HMM is a pure function of the run of unknown characters, and short runs recur often.
        self._hmm_cache: dict[str, list[str]] = {}

    @property
    def reached(self) -> set[str] | None:
        """When a set, every text segmented adds its characters and the longest dictionary entry (or prefix of
        one) found at each position; with their prefixes these are the entries the text reaches (see
        `reached_entries`)."""
        return self._reached

    @reached.setter
    def reached(self, value: set[str] | None) -> None:
        self._reached = value
        self._blocks = {True: {}, False: {}}  # remembered blocks would not be recorded
        if self._compiled is not None:
            self._compiled.record = value is not None

    @property
    def compiled(self) -> Segmenter | None:
        """The compiled segmenter that `cut`, `cut_for_search` and `expand` hand their work to, if any."""
        return self._compiled

    def use_compiled(self, segmenter: Segmenter | None, entries: list[str]) -> None:
        """Segment with the compiled segmenter (`index.text.compiled.segmenter`; over the same dictionary as
        this one, whose trie's entries are `entries`), or not (None)."""
        self._compiled = segmenter
        self._entries = entries
        if segmenter is not None:
            segmenter.record = self._reached is not None

    def sync_reached(self) -> None:
        """Add what the compiled segmenter reached to `reached` (the Python route adds it as it goes)."""
        if self._compiled is not None and self._reached is not None:
            entries = self._entries
            self._reached.update([entries[node - 1] for node in self._compiled.take_reached()])

    def use_native(self, routes: Callable[[list[str]], tuple[list[int], list[int]]] | None) -> None:
        """Compute routes with a compiled equivalent of `_route` (`index.text.native.NativeRoute`), or not."""
        self._native = routes

    def _prepare(self, pieces: list[str], hmm: bool) -> None:
        """Compute, in one native call, the routes of the blocks of a text that `cut` will need."""
        blocks = self._blocks[hmm]
        needed = [p for p in pieces if p and (len(p) > _BLOCK_CACHE_CHARS or p not in blocks) and _RE_HAN.match(p)]
        if not needed or self._native is None:
            return
        ends, walks = self._native(needed)
        reached = self._reached
        first = 0
        for block in needed:
            last = first + len(block)
            self._pending[block] = ends[first:last]
            if reached is not None:
                reached.update(block)
                for idx, length in enumerate(walks[first:last]):
                    if length > 1:
                        reached.add(block[idx:idx + length])
            first = last

    def _route(self, s: str) -> list[int]:
        """End index (inclusive) of the word starting at each position on the best route through `s`."""
        if self._pending:
            end = self._pending.get(s)
            if end is not None:
                return end
        n = len(s)
        table = self._table
        reached = self._reached
        if reached is not None:
            reached.update(s)  # single characters; longer entries below
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for idx in range(n - 1, -1, -1):
            best = 0.0
            best_x = -1
            i = idx
            frag = s[idx]
            while (lp := table.get(frag, _ABSENT)) is not _ABSENT:
                if lp is not None:
                    sc = lp + score[i + 1]
                    if best_x < 0 or sc >= best:
                        best = sc
                        best_x = i
                i += 1
                if i >= n:
                    break
                frag = s[idx:i + 1]
            if i > idx + 1 and reached is not None:
                reached.add(s[idx:i])  # the walk found s[idx:i] and every prefix of it
            if best_x < 0:
                # No word starts here: jieba's DAG has just [idx], scored as log(freq or 1) - log(total).
                best = log(self._freq.get(s[idx]) or 1) - self._logtotal + score[idx + 1]
                best_x = idx
            score[idx] = best
            end[idx] = best_x
        return end

    def _flush(self, buf: str, out: list[str]) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not self._freq.get(buf):
            words = self._hmm_cache.get(buf)
            if words is None:
                words = list(self._finalseg_cut(buf))
                if len(self._hmm_cache) < _HMM_CACHE_SIZE:
                    self._hmm_cache[buf] = words
            out.extend(words)
        else:
            out.extend(buf)

    def _cut_block_hmm(self, s: str, out: list[str]) -> None:
        end = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = end[x] + 1
            if y - x == 1:
                buf += s[x]
            else:
                if buf:
                    self._flush(buf, out)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            self._flush(buf, out)

    def _cut_block_no_hmm(self, s: str, out: list[str]) -> None:
        end = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = end[x] + 1
            word = s[x:y]
            if y - x == 1 and _RE_ENG.match(word):
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        """What `list(jieba.Tokenizer.cut(text, HMM=hmm))` gives."""
        if self._compiled is not None:
            return self._compiled.cut(text, hmm)
        out: list[str] = []
        cut_block = self._cut_block_hmm if hmm else self._cut_block_no_hmm
        blocks = self._blocks[hmm]
        pieces = _RE_HAN.split(text)
        if self._native is not None:
            self._prepare(pieces, hmm)
        for blk in pieces:
            if not blk:
                continue
            if _RE_HAN.match(blk):
                if len(blk) > _BLOCK_CACHE_CHARS:
                    cut_block(blk, out)
                    continue
                words = blocks.get(blk)
                if words is None:
                    words = []
                    cut_block(blk, words)
                    if len(blocks) < _BLOCK_CACHE_SIZE:
                        blocks[blk] = words
                out.extend(words)
            else:
                for x in _RE_SKIP.split(blk):
                    if _RE_SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        if self._pending:
            self._pending.clear()
        return out

    def expand(self, word: str) -> list[str]:
        """What `cut_for_search` gives for one word of `cut`: its 2- and 3-character dictionary words, then it."""
        if self._compiled is not None:
            return self._compiled.expand(word)
        n = len(word)
        if n <= 2:
            return [word]
        freq = self._freq
        out = [gram for gram in (word[i:i + 2] for i in range(n - 1)) if freq.get(gram)]
        if n > 3:
            out.extend(gram for gram in (word[i:i + 3] for i in range(n - 2)) if freq.get(gram))
        out.append(word)
        return out

    def cut_for_search(self, text: str, hmm: bool = True) -> list[str]:
        """What `list(jieba.Tokenizer.cut_for_search(text, HMM=hmm))` gives."""
        if self._compiled is not None:
            return self._compiled.cut_for_search(text, hmm)
        out: list[str] = []
        for word in self.cut(text, hmm):
            if len(word) > 2:
                out.extend(self.expand(word))
            else:
                out.append(word)
        return out


def reached_entries(longest: set[str], freq: Mapping[str, int]) -> dict[str, int]:
    """The dictionary entries named by `FastSegmenter.reached` (each string with all its prefixes).

    For the text segmented, this is what `index.text.tokenization.restrict_dictionary` keeps, less entries that
    hold a character jieba never puts inside a block (punctuation, spaces), which no segmentation looks up.
    """
    kept: dict[str, int] = {}
    # In sorted order: a set's order follows how it was filled (the compiled route and the Python one fill
    # it differently), and the index must be the same file for file either way.
    for fragment in sorted(longest):
        if fragment not in freq:
            continue  # a character of the text that no entry starts with
        for end in range(len(fragment), 0, -1):
            prefix = fragment[:end]
            if prefix in kept:
                break  # its shorter prefixes are in already
            kept[prefix] = freq[prefix]
    return kept
