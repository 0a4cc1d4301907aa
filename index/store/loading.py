"""Open the index for serving: build it when missing, rebuild it when stale or damaged, never lose it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.corpus.files import content_hash, corpus_files, fingerprint
from index.errors import IndexFileError, QabotError
from index.settings import Settings
from index.store.indexfile import read_index
from index.store.model import Index, IndexMeta
from index.text.tokenization import TokenizerSettings

Notify = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def staleness(meta: IndexMeta, corpus_dir: Path | None) -> str | None:
    """Why the index no longer matches its corpus or tokenizer, or None if it is current."""
    if meta.tokenizer_hash != TokenizerSettings().digest():
        return "the tokenizer changed"
    stored = meta.corpus_dir
    wanted = corpus_dir.resolve() if corpus_dir else stored
    if wanted != stored:
        return f"it was built from {stored}, not {wanted}"
    if not wanted.is_dir():
        return None  # the corpus is gone: keep serving what was indexed
    files = corpus_files(wanted)
    if fingerprint(wanted, files) == meta.corpus_fingerprint:
        return None
    if content_hash(wanted, files) != meta.corpus_hash:
        return "the corpus changed"
    return None


def load_index(index_path: Path | None = None, corpus_dir: Path | None = None,
               notify: Notify | None = None, env: Settings | None = None) -> Index:
    """Open the index at `index_path` (default: `env.index`).

    A missing, corrupt or stale index is (re)built from `corpus_dir` (default: the one it was built from, else
    `env.corpus`), with a one-line notice through `notify`. If a rebuild fails, a still-readable old index
    keeps serving; otherwise the error is raised. `env` defaults to `Settings.from_env()`.
    """
    say = notify or _quiet
    env = env or Settings.from_env()
    path = index_path or env.index
    index: Index | None = None
    try:
        index = read_index(path)
    except IndexFileError as exc:
        if path.exists():
            say(f"{exc.message}; rebuilding it")
    reason = None
    if index is not None:
        try:
            reason = staleness(index.meta, corpus_dir)
        except QabotError as exc:
            say(f"cannot check the corpus ({exc.message}); using the existing index")
        if reason is None:
            return index
        say(f"rebuilding the index because {reason}")
    source = corpus_dir or (index.meta.corpus_dir if index else env.corpus)
    existed = path.exists()
    from index.store.building import build_index  # only to (re)build: keeps `qabot ask` light

    try:
        report = build_index(source, path, env=env)
    except QabotError as exc:
        if index is None:
            raise
        say(f"rebuild failed ({exc.message}); still serving the previous index")
        return index
    for skipped in report.skipped:
        say(f"skipped {skipped.file} in the corpus ({skipped.reason})")
    if not existed:
        say(f"built the index at {path} ({report.passages} passages, {report.documents} document(s))")
    return read_index(path)
