"""Open the index at a path: its pointer, its version's metadata and files, each checked; any problem is one
`IndexFileError` saying what is wrong (with a hint to rebuild)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from index.errors import IndexFileError
from index.memory import release_freed
from index.store.arrays import IndexFiles
from index.store.formats import FORMAT, OLD_FORMATS, VERSION
from index.store.model import Index, IndexMeta, text_rules
from index.store.passages import MappedStore
from index.store.scorers import open_scorer

_REBUILD = "run 'qabot index build'"
_META_KEYS: dict[str, type] = {
    "format": str, "version": int, "built_at": str, "corpus_dir": str, "corpus_hash": str,
    "corpus_fingerprint": list, "tokenizer": dict, "tokenizer_hash": str, "documents": list, "removed": list,
    "charmap": dict, "header_keywords": str, "dictionary_total": int, "counts": dict, "bm25": dict,
}


def _read_pointer(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndexFileError(f"no index at {path}", _REBUILD) from None
    except OSError as exc:
        raise IndexFileError(f"cannot read index {path}: {exc.strerror}", "check the file's permissions") from None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise IndexFileError(f"index {path} is corrupt (not valid JSON)", _REBUILD) from None


def _data_file(path: Path, pointer: Any) -> Path:
    """The data file the pointer names, once the pointer is known to be one of this format."""
    if not isinstance(pointer, dict) or not isinstance(pointer.get("format"), str):
        raise IndexFileError(f"{path} is not a qabot index", _REBUILD)
    name, version = pointer["format"], pointer.get("version")
    if name == FORMAT and version == VERSION:
        data = pointer.get("data")
        if not isinstance(data, str) or not data or os.path.isabs(data) or ".." in Path(data).parts:
            raise IndexFileError(f"index {path} is damaged (field 'data')", _REBUILD)
        return path.parent / data
    if version in OLD_FORMATS.get(name, ()):
        raise IndexFileError(f"index {path} is of an older format ({name} {version}), not read by this version",
                             _REBUILD)
    if name in OLD_FORMATS or name == FORMAT:
        raise IndexFileError(f"index {path} has format version {version!r}, expected {VERSION}", _REBUILD)
    raise IndexFileError(f"{path} is not a qabot index", _REBUILD)


def read_index(path: Path) -> Index:
    """Open the index at `path`, validated: metadata in memory, its data file memory-mapped."""
    data = _data_file(path, _read_pointer(path))
    try:
        files = IndexFiles(data)
        meta = files.meta
        if meta.get("format") != FORMAT or meta.get("version") != VERSION:
            raise ValueError("its metadata is of another format or version")
        for key, kind in _META_KEYS.items():
            if not isinstance(meta.get(key), kind):
                raise ValueError(f"field '{key}'")
        parsed = IndexMeta.parse(meta, files.dictionary, meta["dictionary_total"])
        for key in ("documents", "removed", "corpus_fingerprint"):  # parsed: not kept twice (40k reports' worth)
            del meta[key]
        scorer = open_scorer(files)
    except FileNotFoundError:
        raise IndexFileError(f"index {path} is damaged (its data {data.name} is missing)", _REBUILD) from None
    except PermissionError as exc:
        raise IndexFileError(f"cannot read index {data}: {exc.strerror}", "check the file's permissions") from None
    except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        raise IndexFileError(f"index {path} is damaged ({exc})", _REBUILD) from None
    normalizer, tokenizer = text_rules(parsed)
    store = MappedStore(files, [d.id for d in parsed.documents], parsed.header_keywords, tokenizer.tokens,
                        normalizer.normalize)
    release_freed()  # the temporaries of reading the metadata and the postings' pointers
    return Index(parsed, store, scorer, normalizer, tokenizer, path, (path, data))
