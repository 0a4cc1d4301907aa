"""The files of an index: a small JSON pointer and one data file of arrays with JSON metadata, no pickle.

The index path (e.g. ~/.cache/qabot/index.json) holds a pointer
``{"format": "qabot-index", "version": 3, "data": "index.json.data/<version>.qix"}`` naming a data file in a
folder beside it. A build writes a new data file completely (fsynced), renames it into place and only then
replaces the pointer atomically, so a reader sees either the old index or the new one; versions older than
the previous one are then removed. A process still serving a removed version keeps its memory map (the file
lives until unmapped).

Offsets into the postings (`col_ptr`, `exc_pos`, `code_pos`) and into string blobs (`term_ptr`, `section_ptr`) are
uint32 where they fit, else int64. A data file is `MAGIC`, then its sections, each aligned to `ALIGN` bytes, then a footer (JSON compressed
with zlib: the index's metadata, and each section's dtype, offset and length), the footer's length (uint64,
little-endian) and `MAGIC` again. The reader maps the file once and takes every section in place. Sections (P passages,
B text blocks, V terms, D documents, E dictionary entries, N postings):

    text_dict          uint8       text sampled from the corpus: the blocks' preset zlib dictionary
    texts              uint8       the passages' sentences in blocks of 64 passages, each compressed with
    block_ptr          int64[B+1]  zlib (index/store/texts.py): the byte offset of each block in texts
    block_first        int64[B+1]  and its first passage
    passage_para       int16[P]    paragraph number (0: the header passage; int32 past 32,767)
    passage_part       int8[P]     part of a split paragraph (0: not split; int16 past 127)
    passage_section    int32[P]    section number (-1: none)
    doc_passage        int64[D+1]  first passage of each document
    terms              uint8       the V index terms, UTF-8, in sorted order, back to back (looked up by
    term_ptr           uint32[V+1] binary search, so that loading builds no table of a million strings)
    term_ids           int32[V]    the term number of each sorted term (numbered in order of first occurrence)
    sections           uint8       section headings, UTF-8, back to back
    section_ptr        int64[H+1]
    idf                float64[V]
    col_ptr            uint32[V+1] first posting of each term (index/ranking/postings.py)
    col_wide           uint8[V]    1 where a term's gaps are in the wide stream
    col_gaps8          uint8[N8]   postings: gap to the term's previous passage, narrow stream
    col_gaps16         uint16[N16] and wide stream
    col_coded          uint8[V]    1 where a term keeps a pair code per posting (its postings often have tf > 1)
    col_codes          uint8[NC]   those codes: number of the (tf, passage length) pair, most used first
    pair1              uint16[P]   each passage's (tf = 1, its length) pair: the code of other terms' postings
    code_pos           uint32[C]   postings whose code neither gives (tf > 1; 255 or more), ascending
    code_val           uint16[C]   and their codes (int32 past 65,536 pairs)
    impacts            float64[I]  tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)) of each pair
    pair_tf            int32[I]    the term frequency of each pair
    pair_len           int32[I]    the passage length (in terms) of each pair
    exc_pos            uint32[X]   postings whose gap is kept here instead (too large for its stream),
    exc_val            int32[X]    ascending, and the gap (int64 past 2^31 passages); each term's first
                                   passage is its first skip entry
    col_max            float32[V]  each term's largest impact, rounded up (idf x it bounds the term's
                                   contributions)
    skip_rows          int32[K]    the passage of every 128th posting of each term (lets queries skip)
    dict_words         uint8       the jieba dictionary the index was tokenized with, UTF-8, one entry a line
    dict_freq          int32[E]    (int64 past 2^31)
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import struct
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.store.atomic import write_json_atomic
from index.store.formats import FORMAT, VERSION
from index.store.strings import encode_strings

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt

MAGIC = b"QABOTIX3"
#: Every section starts at a multiple of this many bytes (any dtype may be viewed in place).
ALIGN = 64
#: A data file's name ends so.
SUFFIX = ".qix"
_TAIL = struct.Struct("<Q8s")  # the footer's length, MAGIC


@dataclass(frozen=True)
class Counts:
    """How many of each thing a version holds: the sections' lengths follow from these."""

    passages: int
    documents: int
    sentences: int
    blocks: int
    vocabulary: int
    postings: int
    narrow: int  # postings whose gaps are in the narrow stream
    wide: int  # and in the wide one
    coded: int  # postings with a code of their own
    dictionary: int
    pairs: int
    exceptions: int
    code_exceptions: int
    skips: int
    sections: int


#: name -> (dtypes allowed, length as "count" or "count+1" of `Counts`, "@pointer" for a blob of UTF-8 as
#: long as its pointer array's last entry, or "*" for any)
SECTIONS: dict[str, tuple[str, str]] = {
    "block_ptr": ("int64", "blocks+1"),
    "block_first": ("int64", "blocks+1"),
    "passage_para": ("int16|int32", "passages"),
    "passage_part": ("int8|int16", "passages"),
    "passage_section": ("int32", "passages"),
    "doc_passage": ("int64", "documents+1"),
    "idf": ("float64", "vocabulary"),
    "col_ptr": ("uint32|int64", "vocabulary+1"),
    "col_wide": ("uint8", "vocabulary"),
    "col_gaps8": ("uint8", "narrow"),
    "col_gaps16": ("uint16", "wide"),
    "col_coded": ("uint8", "vocabulary"),
    "col_codes": ("uint8", "coded"),
    "pair1": ("uint16|int32", "passages"),
    "code_pos": ("uint32|int64", "code_exceptions"),
    "code_val": ("uint16|int32", "code_exceptions"),
    "impacts": ("float64", "pairs"),
    "pair_tf": ("int32", "pairs"),
    "pair_len": ("int32", "pairs"),
    "exc_pos": ("uint32|int64", "exceptions"),
    "exc_val": ("int32|int64", "exceptions"),
    "col_max": ("float32", "vocabulary"),
    "skip_rows": ("int32", "skips"),
    "term_ptr": ("uint32|int64", "vocabulary+1"),
    "term_ids": ("int32", "vocabulary"),
    "section_ptr": ("uint32|int64", "sections+1"),
    "dict_freq": ("int32|int64", "dictionary"),
    "texts": ("uint8", "@block_ptr"),
    "terms": ("uint8", "@term_ptr"),
    "sections": ("uint8", "@section_ptr"),
    "dict_words": ("uint8", "*"),
    "text_dict": ("uint8", "*"),
}


def offset_type(largest: int) -> str:
    """The dtype of offsets up to `largest`: uint32 where they fit."""
    return "uint32" if largest < 1 << 32 else "int64"


def data_root(index_path: Path) -> Path:
    """The folder beside the pointer that holds its versions."""
    return index_path.with_name(index_path.name + ".data")


class IndexWriter:
    """Writes one new version of an index, section after section; `commit` makes it the current one.

    The texts are streamed first (`write_texts`, as the build reads them); every other section follows.
    """

    def __init__(self, index_path: Path) -> None:
        self.index_path = index_path
        self.root = data_root(index_path)
        self.root.mkdir(parents=True, exist_ok=True)
        self.name = f"v{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}{SUFFIX}"
        self.tmp = self.root / f".{self.name}.tmp"
        self._file = self.tmp.open("wb")
        self._file.write(MAGIC)
        self._sections: dict[str, dict[str, Any]] = {}
        self._texts = self._begin("texts", "uint8")

    def _begin(self, name: str, dtype: str) -> dict[str, Any]:
        offset = self._file.tell()
        if offset % ALIGN:
            self._file.write(bytes(ALIGN - offset % ALIGN))
            offset += ALIGN - offset % ALIGN
        entry: dict[str, Any] = {"dtype": dtype, "offset": offset, "length": 0}
        self._sections[name] = entry
        return entry

    def write_texts(self, blob: bytes) -> None:
        """Append a block of text to the texts (before any other section is saved)."""
        self._file.write(blob)
        self._texts["length"] += len(blob)

    def save_array(self, name: str, array: npt.ArrayLike, dtype: str) -> None:
        """Write one section."""
        values = np.ascontiguousarray(array, dtype=dtype)
        entry = self._begin(name, values.dtype.name)
        self._file.write(values.data.cast("B") if values.size else b"")
        entry["length"] = int(values.size)

    def save_lines(self, name: str, lines: Sequence[str]) -> None:
        """Save strings one a line as the blob `name` (none may hold a line break)."""
        if any("\n" in line or "\r" in line for line in lines):
            raise ValueError(f"{name}: an entry holds a line break")
        self.save_array(name, np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8), "uint8")

    def save_strings(self, name: str, pointer: str, strings: Sequence[str]) -> None:
        """Save strings as the blob `name` and its offsets `pointer` (see `index.store.strings.StringTable`)."""
        blob, offsets = encode_strings(strings)
        self.save_array(name, np.frombuffer(blob, dtype=np.uint8), "uint8")
        self.save_array(pointer, offsets, offset_type(len(blob)))

    def commit(self, meta: dict[str, Any]) -> None:
        """Write the footer, sync, move the version into place and point the index at it."""
        self._file.write(footer_bytes(meta, self._sections))
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        final = self.root / self.name
        os.rename(self.tmp, final)
        _fsync_dir(self.root)
        try:
            write_json_atomic(self.index_path, {"format": FORMAT, "version": VERSION,
                                                "data": f"{self.root.name}/{self.name}"})
        except BaseException:
            final.unlink(missing_ok=True)  # the pointer still names the previous version
            raise
        remove_old_versions(self.index_path, keep=(self.name,))

    def abort(self) -> None:
        """Remove the unfinished version."""
        with contextlib.suppress(OSError):
            self._file.close()
        self.tmp.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.root.rmdir()  # only if no version is left in it (a first build that failed)


def footer_bytes(meta: dict[str, Any], sections: dict[str, Any]) -> bytes:
    """The end of a data file: its footer, the footer's length and `MAGIC`."""
    footer = zlib.compress(json.dumps({"meta": meta, "sections": sections}, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8"))
    return footer + _TAIL.pack(len(footer), MAGIC)


def read_footer(data: bytes | Any, size: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """A data file's metadata and section table, from its bytes (or memory map) of `size` bytes. A file that
    is not one, or is cut short, raises `ValueError`."""
    if size < len(MAGIC) + _TAIL.size or bytes(data[:len(MAGIC)]) != MAGIC:
        raise ValueError("the data file is not an index's")
    length, magic = _TAIL.unpack(bytes(data[size - _TAIL.size:size]))
    if magic != MAGIC or length > size - _TAIL.size - len(MAGIC):
        raise ValueError("the data file is cut short")
    try:
        footer = json.loads(zlib.decompress(bytes(data[size - _TAIL.size - length:size - _TAIL.size])))
    except zlib.error:
        raise ValueError("the data file's footer is damaged") from None
    if not isinstance(footer, dict) or not isinstance(footer.get("meta"), dict) or \
            not isinstance(footer.get("sections"), dict):
        raise ValueError("the data file's footer is not an index's")
    return footer["meta"], footer["sections"]


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_old_versions(index_path: Path, keep: Sequence[str] = ()) -> None:
    """Remove every version but those in `keep` and the newest other one (a reader may still be opening it),
    and any unfinished one left by a build that died."""
    root = data_root(index_path)
    if not root.is_dir():
        return
    versions = sorted((p for p in root.iterdir() if p.name.startswith("v") and p.name.endswith(SUFFIX)),
                      key=lambda p: p.stat().st_mtime_ns, reverse=True)
    others = [p for p in versions if p.name not in keep]
    for old in others[1:]:
        old.unlink(missing_ok=True)
    for tmp in root.glob(".v*.tmp"):
        if time.time() - tmp.stat().st_mtime > 3600:  # surely not a build still running
            tmp.unlink(missing_ok=True)
    for old_format in root.iterdir():  # the folders of the format before this one
        if old_format.is_dir() and old_format.name.startswith("v"):
            shutil.rmtree(old_format, ignore_errors=True)
