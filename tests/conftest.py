"""Shared fixtures: one index of the project's corpus per test session."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from index.answering.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"

# Tests never touch the user's real cache or index.
os.environ.pop("QABOT_INDEX", None)
os.environ.pop("QABOT_CORPUS", None)


@pytest.fixture(autouse=True)
def _own_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test keeps the bot's update journal in a folder of its own, never the user's."""
    monkeypatch.setenv("QABOT_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(scope="session")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of corpus/ built once for the session (treat as read-only)."""
    from index.store.building import build_index

    path = tmp_path_factory.mktemp("index") / "index.json"
    build_index(CORPUS, path)
    return path


@pytest.fixture(scope="session")
def engine(index_path: Path) -> Engine:
    """The engine over the session index."""
    from index.store.loading import load_engine

    return load_engine(index_path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of corpus/ that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture
def built(tmp_path: Path, corpus: Path) -> Path:
    """An index of the private corpus copy, in tmp_path."""
    from index.store.building import build_index

    path = tmp_path / "index.json"
    build_index(corpus, path)
    return path


@pytest.fixture
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Environment for a subprocess with its own cache dir (so the default index lands in tmp)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    env = {k: v for k, v in os.environ.items() if k not in {"QABOT_INDEX", "QABOT_CORPUS"}}
    env["XDG_CACHE_HOME"] = str(cache)
    env["HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["NO_COLOR"] = "1"
    yield env


def run_cli(args: list[str], env: dict[str, str], stdin: bytes | None = None,
            cwd: Path | None = None, timeout: float = 60):  # type: ignore[no-untyped-def]
    """Run the real CLI as a subprocess (`python -m bot ...`)."""
    import subprocess

    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, env=env,
                          cwd=cwd or ROOT, timeout=timeout)
