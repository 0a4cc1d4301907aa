"""The engine over the index at a path, opened (and built or rebuilt where needed) by index/store/loading.py."""

from __future__ import annotations

from pathlib import Path

from index.answering.engine import Engine
from index.settings import Settings
from index.store.loading import Notify, load_index


def load_engine(index_path: Path | None = None, corpus_dir: Path | None = None,
                notify: Notify | None = None, env: Settings | None = None) -> Engine:
    """An engine over `load_index(index_path, corpus_dir, notify, env)`: see there for the defaults, the
    rebuilds and their notices."""
    return Engine(load_index(index_path, corpus_dir, notify, env))
