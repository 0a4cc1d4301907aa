"""The index file: plain JSON with a format version, validated on load.

A large index's file is a small JSON pointer to memory-mapped arrays instead (index/store/bigstore.py);
`read_index` opens either.
"""

from __future__ import annotations

import json
from pathlib import Path

from index.errors import IndexFileError
from index.store.formats import JSON_FORMAT, JSON_VERSION, LARGE_FORMAT
from index.store.model import Index, IndexMeta, text_rules
from index.store.passages import MemoryStore

_REQUIRED: dict[str, type] = {
    "format": str, "version": int, "built_at": str, "corpus_dir": str, "corpus_hash": str,
    "corpus_fingerprint": list, "tokenizer": dict, "tokenizer_hash": str, "documents": list,
    "passages": list, "removed": list, "dictionary": dict, "charmap": dict,
}
_PASSAGE_KEYS: dict[str, type] = {
    "id": str, "doc": str, "paragraph": int, "sentences": list, "terms": list,
}


def read_index(path: Path) -> Index:
    """Open the index at `path`, either layout, validated; any problem raises `IndexFileError` saying what is
    wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndexFileError(f"no index at {path}", "run 'qabot index build'") from None
    except OSError as exc:
        raise IndexFileError(f"cannot read index {path}: {exc.strerror}", "check the file's permissions") from None
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise IndexFileError(f"index {path} is corrupt (not valid JSON)", "run 'qabot index build'") from None
    if isinstance(data, dict) and data.get("format") == LARGE_FORMAT:
        from index.store.bigstore import read_large  # archives only: keeps `qabot ask` light

        return read_large(path, data)  # memory-mapped arrays beside a small pointer file
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise IndexFileError(f"{path} is not a qabot index", "run 'qabot index build'")
    if data.get("version") != JSON_VERSION:
        raise IndexFileError(f"index {path} has format version {data.get('version')!r}, expected {JSON_VERSION}",
                             "run 'qabot index build'")
    for key, kind in _REQUIRED.items():
        if not isinstance(data.get(key), kind):
            raise IndexFileError(f"index {path} is damaged (field '{key}')", "run 'qabot index build'")
    for passage in data["passages"]:
        if not isinstance(passage, dict) or any(not isinstance(passage.get(k), t) for k, t in _PASSAGE_KEYS.items()):
            raise IndexFileError(f"index {path} is damaged (a passage)", "run 'qabot index build'")
        if len(passage["terms"]) != len(passage["sentences"]):
            raise IndexFileError(f"index {path} is damaged (passage {passage['id']})", "run 'qabot index build'")
    dictionary = data["dictionary"]
    if not isinstance(dictionary.get("total"), int) or not isinstance(dictionary.get("freq"), dict):
        raise IndexFileError(f"index {path} is damaged (dictionary)", "run 'qabot index build'")
    try:
        meta = IndexMeta.parse(data, dictionary["freq"], dictionary["total"])
    except (TypeError, ValueError, KeyError) as exc:
        raise IndexFileError(f"index {path} is damaged ({exc})", "run 'qabot index build'") from None
    normalizer, tokenizer = text_rules(meta)
    return Index(meta, MemoryStore(data["passages"]), normalizer, tokenizer, path, (path,))
