"""The on-disk format of large indexes: memory-mapped arrays and JSON metadata, no pickle.

The index path (e.g. ~/.cache/qabot/index.json) holds a small JSON pointer
``{"format": "qabot-index-large", "version": 2, "data": "index.json.data/<version>"}`` naming a directory
beside it. A build writes a new version directory completely (arrays with `np.save`, metadata as JSON, all
fsynced), renames it into place and only then replaces the pointer atomically, so a reader sees either the
old index or the new one; older versions than the previous one are then removed. A process still serving a
removed version keeps its memory maps (the files live until unmapped).

Files of a version directory (P passages, S sentences, V terms, D documents, E dictionary entries):

    meta.json          everything small: metadata of the build, documents, counts, BM25 constants
    texts.bin          the passages' sentences, UTF-8, back to back
    sent_ptr.npy       int64[S+1]  byte offset of each sentence in texts.bin
    passage_sent.npy   int64[P+1]  first sentence of each passage
    passage_doc.npy    int32[P]    document number of each passage
    passage_para.npy   int32[P]    paragraph number (0: the header passage)
    passage_part.npy   int16[P]    part of a split paragraph (0: not split)
    passage_section.npy int32[P]   section number (-1: none)
    doc_passage.npy    int64[D+1]  first passage of each document
    vocab.txt          the V index terms, one a line, numbered in order of first occurrence
    terms.bin          the V terms again, UTF-8, in sorted order, back to back (looked up by binary search,
    term_ptr.npy       int64[V+1]  so that loading builds no table of a million strings)
    term_ids.npy       int32[V]    the term number of each sorted term
    sections.bin       section headings, UTF-8, back to back
    section_ptr.npy    int64[H+1]
    idf.npy            float64[V]
    col_ptr.npy        int64[V+1]  first posting of each term
    col_gaps.npy       uint16[N]   postings: gap to the term's previous passage (see index/ranking/sparse.py)
    col_codes.npy      uint16[N]   postings: number of the (tf, passage length) pair (uint32 past 65,536 pairs)
    impacts.npy        float64[I]  tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)) of each pair
    exc_pos.npy        int64[X]    postings whose gap is kept here instead (each term's first passage, and
    exc_val.npy        int64[X]    gaps of 65,536 or more), ascending; the passage or the gap
    col_max.npy        float64[V]  each term's largest impact (idf x it bounds the term's contributions)
    skip_rows.npy      int32[K]    the passage of every 128th posting of each term (lets queries skip)
    dict_words.txt     the jieba dictionary the index was tokenized with, one entry a line
    dict_freq.npy      int64[E]
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import shutil
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from index.errors import IndexFileError
from index.ranking.sparse import SparseScorer
from index.store.atomic import write_json_atomic
from index.store.formats import LARGE_FORMAT, LARGE_VERSION
from index.store.model import Index, IndexMeta, text_rules
from index.types import Passage

_REBUILD = "run 'qabot index build'"

#: name -> (dtype, length as a function of the counts in meta.json)
ARRAYS: dict[str, tuple[str, str]] = {
    "sent_ptr": ("int64", "sentences+1"),
    "passage_sent": ("int64", "passages+1"),
    "passage_doc": ("int32", "passages"),
    "passage_para": ("int32", "passages"),
    "passage_part": ("int16", "passages"),
    "passage_section": ("int32", "passages"),
    "doc_passage": ("int64", "documents+1"),
    "idf": ("float64", "vocabulary"),
    "col_ptr": ("int64", "vocabulary+1"),
    "col_gaps": ("uint16", "postings"),
    "col_codes": ("uint16|uint32", "postings"),
    "impacts": ("float64", "pairs"),
    "exc_pos": ("int64", "exceptions"),
    "exc_val": ("int64", "exceptions"),
    "col_max": ("float64", "vocabulary"),
    "skip_rows": ("int32", "skips"),
    "term_ptr": ("int64", "vocabulary+1"),
    "term_ids": ("int32", "vocabulary"),
    "section_ptr": ("int64", "sections+1"),
    "dict_freq": ("int64", "dictionary"),
}
_META_KEYS: dict[str, type] = {
    "format": str, "version": int, "built_at": str, "corpus_dir": str, "corpus_hash": str,
    "corpus_fingerprint": list, "tokenizer": dict, "tokenizer_hash": str, "documents": list, "removed": list,
    "charmap": dict, "header_keywords": str, "dictionary_total": int, "counts": dict,
    "bm25": dict,
}


def data_root(index_path: Path) -> Path:
    """The folder beside the pointer that holds its versions."""
    return index_path.with_name(index_path.name + ".data")


def _expected_length(spec: str, counts: dict[str, int]) -> int:
    name, _, plus = spec.partition("+")
    return counts[name] + (int(plus) if plus else 0)


class LargeIndexWriter:
    """Writes one new version of a large index; `commit` makes it the current one."""

    def __init__(self, index_path: Path) -> None:
        self.index_path = index_path
        self.root = data_root(index_path)
        self.root.mkdir(parents=True, exist_ok=True)
        self.name = f"v{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"
        self.tmp = self.root / f".{self.name}.tmp"
        self.tmp.mkdir()
        self._texts = (self.tmp / "texts.bin").open("wb")

    def write_texts(self, blob: bytes) -> None:
        """Append UTF-8 sentence bytes to texts.bin."""
        self._texts.write(blob)

    def array_file(self, name: str, dtype: str, length: int) -> npt.NDArray[Any]:
        """A writable memory-mapped `.npy` array to fill in place."""
        return np.lib.format.open_memmap(self.tmp / f"{name}.npy", mode="w+", dtype=dtype, shape=(length,))

    def save_array(self, name: str, array: npt.ArrayLike, dtype: str) -> None:
        """Write one `.npy` array."""
        np.save(self.tmp / f"{name}.npy", np.ascontiguousarray(array, dtype=dtype), allow_pickle=False)

    def save_lines(self, name: str, lines: Sequence[str]) -> None:
        """Write strings one a line (none may hold a line break)."""
        if any("\n" in line or "\r" in line for line in lines):
            raise ValueError(f"{name}: an entry holds a line break")
        (self.tmp / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")

    def commit(self, meta: dict[str, Any]) -> None:
        """Write meta.json, sync everything, move the version into place and point the index at it."""
        self._texts.close()
        (self.tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")),
                                            encoding="utf-8")
        for file in self.tmp.iterdir():
            with file.open("rb") as handle:
                os.fsync(handle.fileno())
        final = self.root / self.name
        os.rename(self.tmp, final)
        _fsync_dir(self.root)
        write_json_atomic(self.index_path, {"format": LARGE_FORMAT, "version": LARGE_VERSION,
                                            "data": f"{self.root.name}/{self.name}"})
        remove_old_versions(self.index_path, keep=(self.name,))

    def abort(self) -> None:
        """Remove the unfinished version."""
        with contextlib.suppress(OSError):
            self._texts.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


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
    versions = sorted((p for p in root.iterdir() if p.is_dir() and p.name.startswith("v")),
                      key=lambda p: p.stat().st_mtime_ns, reverse=True)
    others = [p for p in versions if p.name not in keep]
    for old in others[1:]:
        shutil.rmtree(old, ignore_errors=True)
    for tmp in root.glob(".v*.tmp"):
        if time.time() - tmp.stat().st_mtime > 3600:  # surely not a build still running
            shutil.rmtree(tmp, ignore_errors=True)


class LargeIndex:
    """An opened large index: metadata in memory, arrays and texts memory-mapped."""

    def __init__(self, path: Path, directory: Path, meta: dict[str, Any]) -> None:
        self.path = path
        self.directory = directory
        self.meta = meta
        counts: dict[str, int] = meta["counts"]
        self.counts = counts
        arrays: dict[str, npt.NDArray[Any]] = {}
        for name, (dtype, spec) in ARRAYS.items():
            array = np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False)
            if array.dtype.name not in dtype.split("|") or array.shape != (_expected_length(spec, counts),):
                raise ValueError(f"{name}.npy has the wrong type or size")
            arrays[name] = array
        self.arrays = arrays
        with (directory / "texts.bin").open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size != int(arrays["sent_ptr"][-1]):
                raise ValueError("texts.bin has the wrong size")
            self.texts = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        if int(arrays["passage_sent"][-1]) != counts["sentences"] or \
                int(arrays["doc_passage"][-1]) != counts["passages"] or \
                int(arrays["col_ptr"][-1]) != counts["postings"]:
            raise ValueError("the arrays do not fit together")
        self.terms = StringTable(_map(directory / "terms.bin", int(arrays["term_ptr"][-1])), arrays["term_ptr"],
                                 arrays["term_ids"])
        self.sections = StringTable(_map(directory / "sections.bin", int(arrays["section_ptr"][-1])),
                                    arrays["section_ptr"])
        words = _read_lines(directory / "dict_words.txt", counts["dictionary"])
        self.dictionary: dict[str, int] = dict(zip(words, arrays["dict_freq"].tolist(), strict=True))

    def sentences(self, position: int) -> tuple[str, ...]:
        """The sentences of the passage at `position`."""
        a = self.arrays
        first, last = int(a["passage_sent"][position]), int(a["passage_sent"][position + 1])
        offsets = a["sent_ptr"][first:last + 1].tolist()
        texts = self.texts
        return tuple(texts[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(len(offsets) - 1))


def _map(path: Path, size: int) -> mmap.mmap | bytes:
    """A file's bytes, memory-mapped; it must be `size` bytes long."""
    with path.open("rb") as handle:
        actual = os.fstat(handle.fileno()).st_size
        if actual != size:
            raise ValueError(f"{path.name} has the wrong size")
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""


class StringTable(Mapping[str, int]):
    """Strings stored as one UTF-8 blob with offsets: `table[i]` is the i-th string (`at`); when the strings
    are sorted and carry ids, it is also a read-only mapping string -> id by binary search."""

    def __init__(self, blob: mmap.mmap | bytes, offsets: npt.NDArray[Any],
                 ids: npt.NDArray[Any] | None = None) -> None:
        self._blob = blob
        self._offsets = offsets
        self._ids = ids
        self._size = len(offsets) - 1
        self._found: dict[str, int | None] = {}

    def at(self, i: int) -> str:
        """The i-th string."""
        return bytes(self._blob[int(self._offsets[i]):int(self._offsets[i + 1])]).decode("utf-8")

    def _find(self, key: str) -> int | None:
        found = self._found.get(key, -1)
        if found != -1:
            return found
        target = key.encode("utf-8")
        blob, offsets = self._blob, self._offsets
        lo, hi = 0, self._size
        while lo < hi:  # UTF-8 byte order is code point order, the order the strings were sorted in
            mid = (lo + hi) // 2
            if blob[int(offsets[mid]):int(offsets[mid + 1])] < target:
                lo = mid + 1
            else:
                hi = mid
        result = None
        if lo < self._size and blob[int(offsets[lo]):int(offsets[lo + 1])] == target and self._ids is not None:
            result = int(self._ids[lo])
        if len(self._found) < 1 << 16:
            self._found[key] = result
        return result

    def __getitem__(self, key: str) -> int:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._find(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None

    def __iter__(self) -> Iterator[str]:
        return (self.at(i) for i in range(self._size))

    def __len__(self) -> int:
        return self._size


def write_strings(writer: LargeIndexWriter, name: str, pointer: str, strings: Sequence[str]) -> None:
    """Save strings as `<name>.bin` and `<pointer>.npy` (see `StringTable`)."""
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
    (writer.tmp / f"{name}.bin").write_bytes(b"".join(encoded))
    writer.save_array(pointer, offsets, "int64")


def _read_lines(path: Path, count: int) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n") if count else []
    if len(lines) != count:
        raise ValueError(f"{path.name} has {len(lines)} entries, expected {count}")
    return lines


def read_large(path: Path, pointer: dict[str, Any]) -> Index:
    """Open the large index a pointer names, its passages read on demand (`LargeStore`). Problems raise
    `IndexFileError`."""
    if pointer.get("version") != LARGE_VERSION:
        raise IndexFileError(f"index {path} has format version {pointer.get('version')!r}, expected {LARGE_VERSION}",
                             _REBUILD)
    data = pointer.get("data")
    if not isinstance(data, str) or not data or os.path.isabs(data) or ".." in Path(data).parts:
        raise IndexFileError(f"index {path} is damaged (field 'data')", _REBUILD)
    directory = path.parent / data
    try:
        meta = json.loads((directory / "meta.json").read_bytes())
    except FileNotFoundError:
        raise IndexFileError(f"index {path} is damaged (its data {directory} is missing)", _REBUILD) from None
    except OSError as exc:
        raise IndexFileError(f"cannot read index {directory}: {exc.strerror}", "check the file's permissions") \
            from None
    except (ValueError, UnicodeDecodeError):
        raise IndexFileError(f"index {path} is damaged (meta.json is not valid JSON)", _REBUILD) from None
    if not isinstance(meta, dict) or meta.get("format") != LARGE_FORMAT or meta.get("version") != LARGE_VERSION:
        raise IndexFileError(f"index {path} is damaged (meta.json is of another format or version)", _REBUILD)
    for key, kind in _META_KEYS.items():
        if not isinstance(meta.get(key), kind):
            raise IndexFileError(f"index {path} is damaged (field '{key}')", _REBUILD)
    try:
        large = LargeIndex(path, directory, meta)
    except FileNotFoundError as exc:
        raise IndexFileError(f"index {path} is damaged ({Path(str(exc.filename)).name} is missing)", _REBUILD) \
            from None
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise IndexFileError(f"index {path} is damaged ({exc})", _REBUILD) from None
    try:
        parsed = IndexMeta.parse(meta, large.dictionary, meta["dictionary_total"])
    except (TypeError, ValueError, KeyError) as exc:
        raise IndexFileError(f"index {path} is damaged ({exc})", _REBUILD) from None
    normalizer, tokenizer = text_rules(parsed)
    store = LargeStore(large, tokenizer.tokens, normalizer.normalize)
    return Index(parsed, store, normalizer, tokenizer, path, (path, *sorted(directory.iterdir())))


class LazyPassages(Sequence[Passage]):
    """The passages of a large index, made on access."""

    def __init__(self, store: LargeStore) -> None:
        self._store = store

    def __len__(self) -> int:
        return self._store.size

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._store.passage_at(i) for i in range(*index.indices(self._store.size))]
        i = int(index)
        if i < 0:
            i += self._store.size
        if not 0 <= i < self._store.size:
            raise IndexError("passage index out of range")
        return self._store.passage_at(i)

    def __iter__(self) -> Iterator[Passage]:
        for i in range(self._store.size):
            yield self._store.passage_at(i)


class LargeStore:
    """Passages, their sentences and terms from a large index, read on demand.

    Per-sentence terms are not stored: they are the tokens of the sentence, which the engine's tokenizer
    (with the dictionary the index was built with) gives again exactly; only the passage an answer is taken
    from needs them.
    """

    def __init__(self, large: LargeIndex, tokens: Callable[[str], list[str]], normalize: Callable[[str], str]) -> None:
        self.large = large
        self.size = large.counts["passages"]
        a = large.arrays
        self._doc_ids = [d["id"] for d in large.meta["documents"]]
        self._doc_index = {doc: i for i, doc in enumerate(self._doc_ids)}
        self._sections = large.sections
        self._tokens = tokens
        self._normalize = normalize
        self._extra: list[str] | None = None
        self._cache: dict[int, list[list[str]]] = {}
        self.passages = LazyPassages(self)
        self.scorer = SparseScorer(large.terms, a["idf"], a["col_ptr"], a["col_gaps"], a["col_codes"], a["impacts"],
                                   a["exc_pos"], a["exc_val"], self.size, a["col_max"], a["skip_rows"])

    def passage_at(self, position: int) -> Passage:
        """The passage at `position`."""
        a = self.large.arrays
        doc = self._doc_ids[int(a["passage_doc"][position])]
        paragraph = int(a["passage_para"][position])
        part = int(a["passage_part"][position])
        section_no = int(a["passage_section"][position])
        sentences = self.large.sentences(position)
        return Passage(id=f"{doc}#{paragraph}" + (f".{part}" if part else ""), doc=doc, paragraph=paragraph,
                       section=self._sections.at(section_no) if section_no >= 0 else None,
                       text="\n".join(sentences) if paragraph == 0 else "".join(sentences),
                       sentences=sentences, position=position)

    def doc_passages(self, doc_id: str) -> list[Passage]:
        """Every passage of a document, in order."""
        d = self._doc_index.get(doc_id)
        if d is None:
            return []
        a = self.large.arrays
        return [self.passage_at(i) for i in range(int(a["doc_passage"][d]), int(a["doc_passage"][d + 1]))]

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any."""
        doc, _, _ = passage_id.rpartition("#")
        return next((p for p in self.doc_passages(doc) if p.id == passage_id), None)

    def sections(self) -> Iterator[str]:
        """Distinct section headings in order of first appearance."""
        numbers = np.asarray(self.large.arrays["passage_section"])
        values, first = np.unique(numbers, return_index=True)
        for value in values[np.argsort(first, kind="stable")].tolist():
            if value >= 0:
                yield self._sections.at(value)

    def sentence_terms(self, position: int) -> list[list[str]]:
        """The index terms of each sentence of the passage at `position`."""
        terms = self._cache.get(position)
        if terms is None:
            if len(self._cache) >= 256:
                self._cache.clear()
            terms = [self._tokens(self._normalize(s)) for s in self.large.sentences(position)]
            self._cache[position] = terms
        return terms

    def term_set(self, position: int) -> set[str]:
        """Every index term of the passage at `position` (a header passage's keywords included)."""
        terms = {t for sentence in self.sentence_terms(position) for t in sentence}
        if int(self.large.arrays["passage_para"][position]) == 0:
            if self._extra is None:
                keywords = self.large.meta["header_keywords"]
                self._extra = self._tokens(self._normalize(keywords)) if keywords else []
            terms.update(self._extra)
        return terms
