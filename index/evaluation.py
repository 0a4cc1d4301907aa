"""Measure answer quality on a question set in the `dev.jsonl` format."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.engine import Engine
from index.errors import QabotError

_SPACE = re.compile(r"\s+")


def loose(text: str) -> str:
    """NFKC with all whitespace removed: how expected text is compared."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class EvalReport:
    """Metrics over one question set and every question that missed."""

    answerable: int = 0
    unanswerable: int = 0
    hit1: int = 0
    hit3: int = 0
    reciprocal_ranks: float = 0.0
    sentence1: int = 0
    abstained_correctly: int = 0
    answered_correctly: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Number of questions."""
        return self.answerable + self.unanswerable

    def metrics(self) -> dict[str, float]:
        """hit@1, hit@3, MRR, sentence@1 over answerable questions; abstention accuracy over all."""
        n = max(self.answerable, 1)
        return {
            "hit@1": self.hit1 / n,
            "hit@3": self.hit3 / n,
            "mrr": self.reciprocal_ranks / n,
            "sentence@1": self.sentence1 / n,
            "abstention_accuracy": (self.abstained_correctly + self.answered_correctly) / max(self.total, 1),
            "unanswerable_abstained": self.abstained_correctly / max(self.unanswerable, 1),
            "answerable_answered": self.answered_correctly / n,
        }


def read_questions(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL question file; each line needs `q` and `expect` (text or null)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QabotError(f"cannot read {path}: {exc}", "pass a UTF-8 .jsonl file") from None
    questions: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise QabotError(f"{path}:{number} is not valid JSON", "one JSON object per line") from None
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or "expect" not in item:
            raise QabotError(f"{path}:{number} needs 'q' and 'expect'", "see tests/data/dev.jsonl") from None
        item.setdefault("id", f"{path.stem}:{number}")
        questions.append(item)
    return questions


def evaluate(engine: Engine, questions: Iterable[dict[str, Any]], depth: int = 10) -> EvalReport:
    """Ask every question and score the answers."""
    report = EvalReport()
    for item in questions:
        result = engine.ask(item["q"], k=depth)
        expect = item["expect"]
        if expect is None:
            report.unanswerable += 1
            if not result.answered:
                report.abstained_correctly += 1
            else:
                report.misses.append({"id": item["id"], "q": item["q"], "why": "answered an unanswerable question",
                                      "got": result.answer.sentence if result.answer else None})
            continue
        report.answerable += 1
        wanted = loose(expect)
        rank = next((h.rank for h in result.hits if wanted in loose(h.passage.text)), None)
        in_sentence = result.answer is not None and wanted in loose(result.answer.sentence)
        report.hit1 += rank == 1
        report.hit3 += rank is not None and rank <= 3
        report.reciprocal_ranks += 1 / rank if rank else 0.0
        report.sentence1 += in_sentence
        report.answered_correctly += result.answered
        problems = []
        if rank != 1:
            problems.append(f"top passage lacks it (rank {rank})" if rank else "not in the top passages")
        if not result.answered:
            problems.append("abstained")
        elif not in_sentence:
            problems.append("answer sentence lacks it")
        if problems:
            got = result.answer.sentence if result.answer else (result.hits[0].passage.text if result.hits else None)
            report.misses.append({"id": item["id"], "q": item["q"], "expect": expect, "why": "; ".join(problems),
                                  "got": got})
    return report
