"""The reports of a corpus folder: which files they are, and how to tell when they change."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from index.errors import QabotError


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
