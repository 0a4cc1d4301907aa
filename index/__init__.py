"""qabot's engine: clean → chunk → tokenize → BM25 → retrieve → answer. Never imports telegram."""

from __future__ import annotations

from index.building import BuildReport, build_index
from index.engine import Engine
from index.errors import QabotError
from index.loading import load_engine

__all__ = ["BuildReport", "Engine", "QabotError", "build_index", "load_engine"]
