"""Where the corpus and the index live by default."""

from __future__ import annotations

import os
from pathlib import Path

INDEX_ENV = "QABOT_INDEX"
CORPUS_ENV = "QABOT_CORPUS"
_REPO_CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def cache_dir() -> Path:
    """qabot's own cache folder: `$XDG_CACHE_HOME/qabot` (XDG default ~/.cache/qabot)."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache).expanduser() / "qabot"


def default_index_path() -> Path:
    """`$QABOT_INDEX`, else `index.json` in `cache_dir()`."""
    env = os.environ.get(INDEX_ENV)
    if env:
        return Path(env).expanduser()
    return cache_dir() / "index.json"


def default_corpus_dir() -> Path:
    """`$QABOT_CORPUS`, else `./corpus` if it exists, else the corpus shipped beside the package."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        return Path(env).expanduser()
    local = Path("corpus")
    if local.is_dir():
        return local.resolve()
    return _REPO_CORPUS
