"""Measure answer quality on a question set in the `dev.jsonl` format."""

from __future__ import annotations

import json
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.answering.engine import Engine
from index.errors import QabotError
from index.text.regex import regex

if TYPE_CHECKING:
    from index.answering.dialog import Reply

_SPACE = regex(r"\s+")


def loose(text: str) -> str:
    """NFKC with all whitespace removed: how expected text is compared."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


#: Halves of a question set, by a fixed rule on each item's id (see `half_of`).
HALVES = ("tune", "test")


def half_of(item_id: str) -> str:
    """"tune" or "test": the CRC-32 of the id, even or odd. Fixed before any tuning, the same on every machine."""
    return HALVES[zlib.crc32(item_id.encode("utf-8")) % 2]


@dataclass
class EvalReport:
    """Metrics over one question set (and per category, when items have `cat`) and every question that missed."""

    answerable: int = 0
    unanswerable: int = 0
    hit1: int = 0
    hit3: int = 0
    reciprocal_ranks: float = 0.0
    sentence1: int = 0
    abstained_correctly: int = 0  # unanswerable and not answered (none or partial)
    answered_correctly: int = 0  # answerable and answered
    partial: int = 0  # status partial, whatever the question
    leads_given: int = 0  # answered with a lead
    leads_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    categories: dict[str, EvalReport] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Number of questions."""
        return self.answerable + self.unanswerable

    def metrics(self) -> dict[str, float]:
        """hit@1, hit@3, MRR, sentence@1 over answerable questions; abstention accuracy over all; the share of
        answerable questions refused and of unanswerable ones answered; lead accuracy where one is given."""
        n = max(self.answerable, 1)
        return {
            "hit@1": self.hit1 / n,
            "hit@3": self.hit3 / n,
            "mrr": self.reciprocal_ranks / n,
            "sentence@1": self.sentence1 / n,
            "abstention_accuracy": (self.abstained_correctly + self.answered_correctly) / max(self.total, 1),
            "unanswerable_abstained": self.abstained_correctly / max(self.unanswerable, 1),
            "answerable_answered": self.answered_correctly / n,
            "answerable_refused": (self.answerable - self.answered_correctly) / n,
            "unanswerable_answered": (self.unanswerable - self.abstained_correctly) / max(self.unanswerable, 1),
            "lead_accuracy": self.leads_right / max(self.leads_given, 1),
            "leads_given": float(self.leads_given),
            "partial": float(self.partial),
        }


def lead_right(lead: str, gold: str | None, expect: str) -> bool:
    """Is a short answer right: it holds the expected one, or (where none is expected) it is part of the
    expected text or holds it?"""
    got = loose(lead)
    if gold is not None:
        want = loose(gold)
        return want in got or (len(got) >= 2 and got in want)
    want = loose(expect)
    return got in want or want in got


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
        cat = item.get("cat")
        parts = [report] if not isinstance(cat, str) else \
            [report, report.categories.setdefault(cat, EvalReport())]
        miss = _score(engine, item, depth, parts)
        if miss is not None:
            report.misses.append(miss)
    return report


def _score(engine: Engine, item: dict[str, Any], depth: int, parts: list[EvalReport]) -> dict[str, Any] | None:
    """Score one question into every report in `parts`; the miss to list, if any."""
    result = engine.ask(item["q"], k=depth)
    expect = item["expect"]
    answered = result.status == "answered"
    got = result.answer.sentence if result.answer else None
    for part in parts:
        part.partial += result.status == "partial"
    if expect is None:
        for part in parts:
            part.unanswerable += 1
            part.abstained_correctly += not answered
        if answered:
            return {"id": item["id"], "q": item["q"], "why": "answered an unanswerable question", "got": got}
        return None
    wanted = loose(expect)
    rank = next((h.rank for h in result.hits if wanted in loose(h.passage.text + (h.passage.section or ""))), None)
    answer = result.answer
    shown = loose(answer.sentence + (answer.lead or "")) if answer and answered else ""
    in_sentence = wanted in shown
    # Leads are judged where the set says what the lead should be (a `lead` key, null for "no short answer").
    lead = answer.lead if answer and answered and "lead" in item else None
    right = lead is not None and lead_right(lead, item["lead"], expect)
    for part in parts:
        part.answerable += 1
        part.hit1 += rank == 1
        part.hit3 += rank is not None and rank <= 3
        part.reciprocal_ranks += 1 / rank if rank else 0.0
        part.sentence1 += in_sentence
        part.answered_correctly += answered
        part.leads_given += lead is not None
        part.leads_right += right
    problems = []
    if rank != 1:
        problems.append(f"top passage lacks it (rank {rank})" if rank else "not in the top passages")
    if not answered:
        problems.append(f"not answered ({result.status}: {', '.join(result.unsupported)})")
    elif not in_sentence:
        problems.append("answer sentence lacks it")
    if lead is not None and not right:
        problems.append(f"wrong lead {lead!r}")
    if problems:
        got = got or (result.hits[0].passage.text if result.hits else None)
        return {"id": item["id"], "q": item["q"], "expect": expect, "why": "; ".join(problems), "got": got}
    return None


@dataclass
class MetamorphicReport:
    """Variants of answerable questions: those that must keep the answer, those that must not be answered."""

    keep: int = 0
    kept: int = 0
    refuse: int = 0
    refused: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Share of keep-variants answered with the expected text, and of refuse-variants not answered."""
        return {"kept": self.kept / max(self.keep, 1), "refused": self.refused / max(self.refuse, 1)}


def read_metamorphic(path: Path) -> list[dict[str, Any]]:
    """Read metamorphic items: `q`, `expect`, and lists `keep` and `refuse` of variants."""
    items = read_questions_raw(path)
    for item in items:
        if not isinstance(item.get("expect"), str) or not all(
                isinstance(item.get(k), list) and all(isinstance(v, str) for v in item[k]) for k in ("keep", "refuse")):
            raise QabotError(f"{path}: item {item.get('id')!r} needs 'expect', 'keep' and 'refuse'",
                             "see tests/data/metamorphic.jsonl")
    return items


def evaluate_metamorphic(engine: Engine, items: Iterable[dict[str, Any]]) -> MetamorphicReport:
    """Ask every variant: keep-variants must be answered with the expected text, refuse-variants not at all."""
    report = MetamorphicReport()
    for item in items:
        wanted = loose(item["expect"])
        for variant in item["keep"]:
            result = engine.ask(variant)
            answer = result.answer
            ok = result.status == "answered" and answer is not None and \
                wanted in loose(answer.sentence + (answer.lead or ""))
            report.keep += 1
            report.kept += ok
            if not ok:
                report.misses.append({"id": item["id"], "q": variant, "why": f"lost the answer ({result.status})",
                                      "expect": item["expect"], "got": answer.sentence if answer else None})
        for variant in item["refuse"]:
            result = engine.ask(variant)
            report.refuse += 1
            report.refused += result.status != "answered"
            if result.status == "answered":
                report.misses.append({"id": item["id"], "q": variant, "why": "answered", "expect": None,
                                      "got": result.answer.sentence if result.answer else None})
    return report


@dataclass
class DialogReport:
    """Per-turn accuracy over multi-turn dialogs: first turns and follow-ups counted apart; every turn played
    (`turns`, each with its verdict `ok`) and those that missed."""

    dialogs: int = 0
    first_turns: int = 0
    first_correct: int = 0
    follow_ups: int = 0
    follow_ups_correct: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)

    def count(self, first: bool, ok: bool) -> None:
        """Count one turn: a first turn or a follow-up, right or not."""
        if first:
            self.first_turns += 1
            self.first_correct += ok
        else:
            self.follow_ups += 1
            self.follow_ups_correct += ok

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
    """What a dialog reply shows the user, for comparison with `expect` (None: it says there is no answer).
    A partial answer counts as saying what the report says of the subject."""
    from index.answering.dialog import Answered, Detail, Explained, More

    if isinstance(reply, Answered):
        answer = reply.result.answer
        return answer.sentence + (answer.lead or "") if answer and reply.result.status != "none" else None
    if isinstance(reply, More) and reply.piece is not None:
        return reply.piece + (reply.then.text if reply.then is not None else "")
    if isinstance(reply, More):
        return "".join(p.text for p in reply.shown) or None
    if isinstance(reply, Detail):
        return "".join(p.text for p in reply.passages) or None
    if isinstance(reply, Explained):
        return reply.sentence
    return None


def turn_ok(reply: Reply, expect: str | None) -> bool:
    """Is a dialog turn right: it shows the expected text, or (expect None) it does not claim an answer?"""
    from index.answering.dialog import Answered

    if expect is None:
        return reply.result.status != "answered" if isinstance(reply, Answered) else shown_text(reply) is None
    shown = shown_text(reply)
    return shown is not None and loose(expect) in loose(shown)


def evaluate_dialogs(engine: Engine, dialogs: Iterable[dict[str, Any]], context_weight: float | None = None) \
        -> DialogReport:
    """Play every dialog in a fresh conversation and score each turn."""
    from index.answering.dialog import CONTEXT_WEIGHT, Conversation

    report = DialogReport()
    for dialog in dialogs:
        report.dialogs += 1
        conversation = Conversation(lambda: engine, context_weight=CONTEXT_WEIGHT if context_weight is None
                                    else context_weight)
        for n, turn in enumerate(dialog["turns"]):
            reply = conversation.reply(turn["q"])
            shown = shown_text(reply)
            expect = turn["expect"]
            ok = turn_ok(reply, expect)
            report.count(n == 0, ok)
            played = {"id": f"{dialog['id']}/{n + 1}", "q": turn["q"], "expect": expect, "kind": reply.kind,
                      "understood": reply.question, "got": shown}
            report.turns.append({**played, "ok": ok})
            if not ok:
                report.misses.append(played)
    return report
