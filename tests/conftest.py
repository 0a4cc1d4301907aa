"""Shared fixtures: one index of the project's corpus per test session, copied where a test changes it; the
fake Bot API server and the bot running against it.

`pytest -m "not slow"` leaves out the tests marked slow (archives, bot processes, fault runs): under a minute
for daily work. CI runs them all.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from bot.telegram.app import App
    from index.answering.engine import Engine
    from tests.fakebotapi import FakeBotApi
    from tests.telegram_fixtures import Loader

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
    from index.answering.loading import load_engine

    return load_engine(index_path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of corpus/ that a test may change (file times kept, as the index fingerprints them)."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def copy_index(source: Path, folder: Path) -> Path:
    """A private copy of an index (its pointer and its versions) in `folder`."""
    from index.store.layout import data_root

    path = folder / source.name
    shutil.copyfile(source, path)
    shutil.copytree(data_root(source), data_root(path))
    return path


def data_file(index_path: Path) -> Path:
    """The data file an index's pointer names."""
    return index_path.parent / json.loads(index_path.read_text(encoding="utf-8"))["data"]


def rewrite_meta(index_path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Change the metadata in an index's data file in place, as a build with other inputs would have written it."""
    import struct

    from index.store.layout import footer_bytes, read_footer

    path = data_file(index_path)
    raw = path.read_bytes()
    meta, sections = read_footer(raw, len(raw))
    (length,) = struct.unpack("<Q", raw[-16:-8])
    change(meta)
    path.write_bytes(raw[: len(raw) - 16 - length] + footer_bytes(meta, sections))


def built_content(index_path: Path) -> tuple[bytes, dict[str, Any], dict[str, Any]]:
    """What a build wrote, to compare two builds: the data file's sections (the bytes before its footer), its
    metadata without the build time, and its section table."""
    import struct

    from index.store.layout import read_footer

    raw = data_file(index_path).read_bytes()
    meta, sections = read_footer(raw, len(raw))
    del meta["built_at"]
    (length,) = struct.unpack("<Q", raw[-16:-8])
    return raw[: len(raw) - 16 - length], meta, sections


@pytest.fixture
def built(tmp_path: Path, corpus: Path, index_path: Path) -> Path:
    """An index of the private corpus copy, in tmp_path, that a test may change or damage.

    It is the session's index, copied and pointed at the copy: what building it there would write (the
    reports, their hashes and fingerprints are the same), without building it once per test.
    """
    path = copy_index(index_path, tmp_path)
    rewrite_meta(path, lambda meta: meta.update(corpus_dir=str(corpus.resolve())))
    return path


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """The fake Bot API server (tests/fakebotapi.py), on a free port of 127.0.0.1."""
    from tests.fakebotapi import FakeBotApi

    with FakeBotApi() as server:
        yield server


@pytest.fixture
def loader(index_path: Path) -> Loader:
    """Loads the engine over the session index (and can be made to fail)."""
    from tests.telegram_fixtures import Loader

    return Loader(index_path)


@pytest.fixture
async def bot(api: FakeBotApi, loader: Loader) -> AsyncIterator[App]:
    """The real bot polling the fake server."""
    from tests.telegram_fixtures import running_bot

    async with running_bot(api, loader) as app:
        yield app


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
