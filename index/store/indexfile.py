"""The index file: plain JSON with a format version, written atomically, validated on load.

A large index's file is a small JSON pointer to memory-mapped arrays instead (index/store/bigstore.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from index.errors import IndexFileError, QabotError

FORMAT = "qabot-index"
VERSION = 2
#: The format of a large index's pointer file (see index/store/bigstore.py).
LARGE_FORMAT = "qabot-index-large"
_REQUIRED: dict[str, type] = {
    "format": str, "version": int, "built_at": str, "corpus_dir": str, "corpus_hash": str,
    "corpus_fingerprint": list, "tokenizer": dict, "tokenizer_hash": str, "documents": list,
    "passages": list, "removed": list, "dictionary": dict, "charmap": dict,
}
_PASSAGE_KEYS: dict[str, type] = {
    "id": str, "doc": str, "paragraph": int, "sentences": list, "terms": list,
}


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every `.txt` report in the folder (recursively), sorted."""
    if not corpus_dir.is_dir():
        raise QabotError(f"corpus folder not found: {corpus_dir}",
                         "pass --corpus DIR with a folder of .txt reports, or set QABOT_CORPUS")
    # What `sorted(p for p in corpus_dir.rglob("*.txt") if p.is_file())` gives (symlinked folders are not
    # entered, order by path components), without pathlib's per-file overhead on archives of many reports.
    root = str(corpus_dir)
    prefix = root.rstrip(os.sep) + os.sep
    found = [os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names
             if name.endswith(".txt")]
    found = [p for p in found if os.path.isfile(p)]
    found.sort(key=lambda p: p[len(prefix):].split(os.sep))
    files = [Path(p) for p in found]
    if not files:
        raise QabotError(f"no .txt reports in {corpus_dir}", "put one report per .txt file in the folder")
    return files


def fingerprint(corpus_dir: Path, files: list[Path]) -> list[list[Any]]:
    """Cheap change detector: (relative path, size, mtime in ns) of every report."""
    out: list[list[Any]] = []
    prefix = str(corpus_dir).rstrip(os.sep) + os.sep
    for path in files:
        name = str(path)
        stat = os.stat(name)
        # Faster than Path.relative_to for archives of many thousand reports; the same result.
        relative = name[len(prefix):].replace(os.sep, "/") if name.startswith(prefix) else \
            path.relative_to(corpus_dir).as_posix()
        out.append([relative, stat.st_size, stat.st_mtime_ns])
    return out


def content_hash(corpus_dir: Path, files: list[Path]) -> str:
    """SHA-256 over the relative paths and bytes of every report."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(corpus_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def replace_atomically(path: Path, write: Callable[[IO[str]], object], mode: int = 0o644) -> None:
    """Write through `write` to a temporary file beside `path`, fsync, then `os.replace`: readers never see
    half a file, and a failure leaves the old one as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write `data` as compact JSON with `replace_atomically`."""
    replace_atomically(path, lambda handle: json.dump(data, handle, ensure_ascii=False, separators=(",", ":")))


def read_index(path: Path) -> dict[str, Any]:
    """Load and validate an index file; any problem raises `IndexFileError` saying what is wrong."""
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
        from index.store.bigstore import read_large  # memory-mapped arrays beside a small pointer file

        return read_large(path, data)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise IndexFileError(f"{path} is not a qabot index", "run 'qabot index build'")
    if data.get("version") != VERSION:
        raise IndexFileError(f"index {path} has format version {data.get('version')!r}, expected {VERSION}",
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
    return data
