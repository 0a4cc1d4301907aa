"""An index version's data file opened: memory-mapped once, every section viewed in place and checked against
the counts in its metadata (index/store/layout.py lists them)."""

from __future__ import annotations

import mmap
import os
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.cache import LRUCache
from index.ranking.postings import Postings
from index.ranking.sparse import first_rows
from index.store.layout import SECTIONS, Counts, read_footer
from index.store.strings import StringTable
from index.store.texts import decode_block
from index.text.packed import PackedWords

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt

#: Decompressed text blocks kept.
TEXT_BLOCKS = 64


def _length(spec: str, counts: Counts, arrays: dict[str, npt.NDArray[Any]]) -> int:
    if spec == "*":
        return -1
    if spec.startswith("@"):  # a blob: as long as its pointer array says
        pointer = arrays[spec[1:]]
        return int(pointer[-1]) if len(pointer) else -1
    name, _, plus = spec.partition("+")
    return int(getattr(counts, name)) + (int(plus) if plus else 0)


class IndexFiles:
    """The sections of one version (read-only views of its memory map), its metadata, and the passages'
    sentences, terms, sections and dictionary read from them. A file that is not an index's, cut short, or
    whose sections do not fit together raises `ValueError` (or `OSError`, `KeyError`, `TypeError`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        self.meta, table = read_footer(self._map, size)
        # Passages' text is read with pread rather than through the map: blocks read once and dropped do not
        # stay in this process's resident memory (they stay in the page cache).
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        self._texts_at = int(table["texts"]["offset"])
        self.counts = Counts(**self.meta["counts"])
        arrays: dict[str, npt.NDArray[Any]] = {}
        for name, (dtype, spec) in sorted(SECTIONS.items(), key=lambda item: item[1][1].startswith("@")):
            entry = table[name]
            offset, length, kind = int(entry["offset"]), int(entry["length"]), str(entry["dtype"])
            expected = _length(spec, self.counts, arrays)
            if kind not in dtype.split("|") or (expected >= 0 and length != expected):
                raise ValueError(f"section {name} has the wrong type or size")
            if offset % np.dtype(kind).itemsize or offset + length * np.dtype(kind).itemsize > size:
                raise ValueError(f"section {name} lies outside the file")
            arrays[name] = np.frombuffer(self._map, dtype=kind, count=length, offset=offset)
        self.arrays = arrays
        if int(arrays["block_first"][-1]) != self.counts.passages or \
                int(arrays["doc_passage"][-1]) != self.counts.passages or \
                int(arrays["col_ptr"][-1]) != self.counts.postings or \
                self.counts.narrow + self.counts.wide != self.counts.postings:
            raise ValueError("the sections do not fit together")
        self._blocks = LRUCache[int, list[tuple[str, ...]]](TEXT_BLOCKS)
        self._text_dict = arrays["text_dict"].tobytes()
        self.terms = StringTable(arrays["terms"], arrays["term_ptr"], arrays["term_ids"])
        self.sections = StringTable(arrays["sections"], arrays["section_ptr"])
        self.dictionary = _dictionary(memoryview(arrays["dict_words"].data), arrays["dict_freq"], self.counts.dictionary)

    def sentences(self, position: int) -> tuple[str, ...]:
        """The sentences of the passage at `position` (its block decompressed, and kept for a while)."""
        first = self.arrays["block_first"]
        block = int(np.searchsorted(first, position, side="right")) - 1
        passages = self._blocks.get(block)
        if passages is None:
            ptr = self.arrays["block_ptr"]
            start, end = int(ptr[block]), int(ptr[block + 1])
            raw = os.pread(self._fd, end - start, self._texts_at + start)
            if len(raw) != end - start:
                raise ValueError("a text block lies outside the file")
            passages = decode_block(raw, self._text_dict)
            if len(passages) != int(first[block + 1]) - int(first[block]):
                raise ValueError("a text block holds the wrong number of passages")
            self._blocks[block] = passages
        return passages[position - int(first[block])]

    def term_lists(self) -> list[list[str]]:
        """Every passage's terms, as rank-bm25 takes a corpus: each passage's distinct terms in the order of
        their first occurrence in the corpus (their numbering), each repeated as often as it occurs.

        BM25Okapi's numbers depend on a passage's terms only through their counts, and on the corpus's only
        through the order in which terms first occur: these lists give the index's own, bit for bit.
        """
        a = self.arrays
        col_ptr = a["col_ptr"]
        rows, codes = postings(self).everything()
        term = np.repeat(np.arange(len(col_ptr) - 1, dtype=np.int64), np.diff(col_ptr))
        tf = a["pair_tf"][codes]
        order = np.lexsort((term, rows))
        names = self.terms.by_id()
        lists: list[list[str]] = [[] for _ in range(self.counts.passages)]
        for row, j, count in zip(rows[order].tolist(), term[order].tolist(), tf[order].tolist(), strict=True):
            lists[row].extend([names[j]] * count)
        return lists


def _dictionary(words: memoryview, freq: npt.NDArray[Any], entries: int) -> PackedWords:
    """The jieba dictionary an index was tokenized with (its entries one a line, read in place), in arrays."""
    if entries:
        str(words, "utf-8")  # raises for bytes that are not UTF-8
    ends = np.flatnonzero(np.frombuffer(words, dtype=np.uint8) == 10)
    if (len(ends) + 1 if entries else 0) != entries:
        raise ValueError("the dictionary has the wrong number of entries")
    ends = np.append(ends, len(words)) if entries else ends
    starts = np.concatenate(([0], ends[:-1] + 1)) if entries else ends
    return PackedWords(words, starts, ends, freq)


def postings(files: IndexFiles) -> Postings:
    """The index's term columns (index/ranking/postings.py), decoded on demand."""
    a = files.arrays
    col_ptr = a["col_ptr"]
    return Postings(col_ptr, {"wide": a["col_wide"], "gaps8": a["col_gaps8"], "gaps16": a["col_gaps16"],
                                   "exc_pos": a["exc_pos"], "exc_val": a["exc_val"], "pair1": a["pair1"],
                                   "coded": a["col_coded"], "codes": a["col_codes"],
                                   "code_pos": a["code_pos"], "code_val": a["code_val"]}, a["impacts"],
                    first_rows(col_ptr, a["skip_rows"]))
