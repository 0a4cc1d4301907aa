"""Measure answer quality on a question set in the `dev.jsonl` format."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.engine import Engine
from index.errors import QabotError

if TYPE_CHECKING:
    from index.dialog import Reply

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
    questions = read_questions_raw(path)
    for item in questions:
        if not isinstance(item.get("q"), str) or "expect" not in item:
            raise QabotError(f"{path}: question {item['id']!r} needs 'q' and 'expect'", "see tests/data/dev.jsonl")
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


@dataclass
class DialogReport:
    """Per-turn accuracy over multi-turn dialogs: first turns and follow-ups counted apart."""

    dialogs: int = 0
    first_turns: int = 0
    first_correct: int = 0
    follow_ups: int = 0
    follow_ups_correct: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Share of first turns and of follow-up turns answered correctly."""
        return {"first_turns": self.first_correct / max(self.first_turns, 1),
                "follow_ups": self.follow_ups_correct / max(self.follow_ups, 1)}


def read_dialogs(path: Path) -> list[dict[str, Any]]:
    """Read dialogs: one JSON object per line with `id` and `turns` (each a `q` and an `expect`)."""
    dialogs = []
    for item in read_questions_raw(path):
        turns = item.get("turns")
        if not isinstance(turns, list) or not turns or not all(
                isinstance(t, dict) and isinstance(t.get("q"), str) and "expect" in t for t in turns):
            raise QabotError(f"{path}: dialog {item.get('id')!r} needs 'turns' with 'q' and 'expect'",
                             "see tests/data/dialogs.jsonl")
        dialogs.append(item)
    return dialogs


def read_questions_raw(path: Path) -> list[dict[str, Any]]:
    """JSON objects, one per non-empty line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QabotError(f"cannot read {path}: {exc}", "pass a UTF-8 .jsonl file") from None
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise QabotError(f"{path}:{number} is not valid JSON", "one JSON object per line") from None
        if not isinstance(item, dict):
            raise QabotError(f"{path}:{number} is not a JSON object", "one JSON object per line")
        item.setdefault("id", f"{path.stem}:{number}")
        items.append(item)
    return items


def shown_text(reply: Reply) -> str | None:
    """What a dialog reply shows the user, for comparison with `expect` (None: it says there is no answer)."""
    if reply.kind == "answer":
        result = reply.result
        return result.answer.sentence if result is not None and result.answered and result.answer else None
    if reply.kind in ("more", "detail"):
        return "".join(p.text for p in reply.passages) or None
    if reply.kind in ("reason", "measure"):
        return reply.sentence
    return None


def evaluate_dialogs(engine: Engine, dialogs: Iterable[dict[str, Any]]) -> DialogReport:
    """Play every dialog in a fresh conversation and score each turn."""
    from index.dialog import Conversation

    report = DialogReport()
    for dialog in dialogs:
        report.dialogs += 1
        conversation = Conversation(lambda: engine)
        for n, turn in enumerate(dialog["turns"]):
            reply = conversation.reply(turn["q"])
            shown = shown_text(reply)
            expect = turn["expect"]
            ok = shown is None if expect is None else shown is not None and loose(expect) in loose(shown)
            if n == 0:
                report.first_turns += 1
                report.first_correct += ok
            else:
                report.follow_ups += 1
                report.follow_ups_correct += ok
            if not ok:
                report.misses.append({"id": f"{dialog['id']}/{n + 1}", "q": turn["q"], "expect": expect,
                                      "kind": reply.kind, "understood": reply.question, "got": shown})
    return report
