"""What a user installs: only what the report bot needs; the rest is in extras."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

tomllib = pytest.importorskip("tomllib")  # Python 3.11+


def _name(requirement: str) -> tuple[str, set[str]]:
    """A requirement's distribution name and extras."""
    match = re.match(r"\s*([A-Za-z0-9_.-]+)\s*(?:\[([^\]]*)\])?", requirement)
    assert match, requirement
    return match.group(1).lower(), {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}


def test_required_dependencies_are_only_what_the_bot_needs() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = dict(map(_name, project["dependencies"]))
    assert required == {"jieba": set(), "rank-bm25": set(), "numpy": set(), "python-telegram-bot": {"webhooks"}}
    extras = {extra: {_name(r)[0] for r in requirements}
              for extra, requirements in project["optional-dependencies"].items()}
    assert extras["fast"] == {"numba"}
    assert {"opencc", "cpca", "babel"} <= extras["dev"]
    assert {"numba", "opencc"} <= extras["test"]  # CI runs the compiled-route and OpenCC table checks

