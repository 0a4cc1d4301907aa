"""Render engine results for a terminal and as JSON lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from index.answering.engine import Engine
from index.text.lexicon import OWN_VIEW, PLACE_UNITS, UNITS
from index.types import Answer, Hit, Result

if TYPE_CHECKING:  # the conversation's module is loaded only where a conversation is (qabot chat)
    from index.answering.dialog import Reply

BOLD, RESET, DIM = "\033[1m", "\033[0m", "\033[2m"
NOT_IN_REPORT = "报道中没有找到这个问题的答案。"
NO_CONTEXT = "还没有可以接着聊的问题,先问一个吧。"
NO_MORE = "没有更多相关段落了。"
ALL_SAID = "没有其他相关段落了;报道关于这一点说的就是这一段:"
WHOLE_PARAGRAPH = "这一段的全文:"
READ_ON = "这一段接着说:"
LISTED = "报道列出的就是这些:"
ALL_READ = "(报道关于这一点说的就是这些。)"
NEXT_PARAGRAPH = "下一段接着说:"
#: Label and "not stated" notice for reason, measure and result follow-ups.
EXPLAIN = {"reason": ("原因", "报道里没有说明原因。"), "measure": ("做法", "报道里没有说明具体做法。"),
           "result": ("效果", "报道里没有说明效果。")}


def emphasize(answer: Answer, color: bool) -> str:
    """The answer sentence with matched terms in bold (only when writing to a terminal)."""
    if not color:
        return answer.sentence
    out: list[str] = []
    last = 0
    for start, end in answer.highlights:
        out.append(answer.sentence[last:start])
        out.append(f"{BOLD}{answer.sentence[start:end]}{RESET}")
        last = end
    out.append(answer.sentence[last:])
    return "".join(out)


def not_said(result: Result) -> str:
    """What the report does not say, for a partial answer: 报道没有提到芜湖市的市长。 / 报道没有提到暗访组有多少人。"""
    if OWN_VIEW in result.unsupported:
        return "我只转述报道的内容,不发表自己的看法。"
    asked = "、".join(result.unsupported) or "这一点"
    subject = result.subject or ""
    if result.unsupported and all(word in UNITS for word in result.unsupported):
        counted = "、".join(("个" + w if w in PLACE_UNITS else w) for w in result.unsupported)  # (多少个村)
        return f"报道没有提到{subject}有多少{counted}。"  # a count: 暗访组有多少人, not 暗访组的人
    if subject and not any(subject in word for word in result.unsupported):
        return f"报道没有提到{subject}的{asked}。"
    return f"报道没有提到{asked}。"


def related(result: Result) -> list[Hit]:
    """The other passages worth listing: those that match the question, not the answer's own."""
    shown = result.answer.passage.id if result.answer else None
    return [h for h in result.hits if h.passage.id != shown and h.relevant]


def render_text(engine: Engine, result: Result, color: bool, paragraph: bool = True) -> str:
    """Answer, citation and passage; a partial answer; or the not-in-report notice with suggestions. Without
    `paragraph` (in a conversation) the answer's paragraph is left for 还有呢? to show."""
    lines: list[str] = []
    answer = result.answer
    if result.status == "answered" and answer:
        if answer.lead:
            lines.append(f"答:{BOLD if color else ''}{answer.lead}{RESET if color else ''}")
            lines.append(emphasize(answer, color))
        else:
            lines.append(f"答:{emphasize(answer, color)}")
        lines.append(f"出处:{engine.citation(answer.passage)}")
        if paragraph and _loose(answer.passage.text) != _loose(answer.sentence) and answer.passage.paragraph > 0:
            lines.append("")
            lines.extend(f"  {line}" for line in answer.passage.text.splitlines())
        others = related(result)
    elif result.status == "partial" and answer:
        lines.append(not_said(result))
        lines.append(f"关于{result.subject},报道说:{emphasize(answer, color)}")
        lines.append(f"出处:{engine.citation(answer.passage)}")
        others = []
    else:
        lines.append(NOT_IN_REPORT)
        if result.suggestions:
            lines.append("可以试试这样问:")
            lines.extend(f"  · {s}" for s in result.suggestions)
        others = []
    if others:
        lines.append("")
        lines.append("相关段落:")
        for hit in others:
            preview = hit.passage.text.replace("\n", " ")
            preview = preview if len(preview) <= 40 else preview[:40] + "…"
            dim, reset = (DIM, RESET) if color else ("", "")
            lines.append(f"  {hit.rank}. {dim}{engine.citation(hit.passage)}{reset}  {preview}")
    return "\n".join(lines)


def _loose(text: str) -> str:
    return "".join(text.split())


def result_json(result: Result) -> dict[str, Any]:
    """The documented JSON shape of one answer."""
    answer = None
    if result.status in ("answered", "partial") and result.answer:
        passage = result.answer.passage
        answer = {"sentence": result.answer.sentence, "lead": result.answer.lead, "passage_id": passage.id,
                  "section": passage.section, "doc": passage.doc}
    return {
        "query": result.query,
        "status": result.status,
        "answered": result.status == "answered",
        "answer": answer,
        "unsupported": list(result.unsupported),
        "subject": result.subject,
        "passages": [{"rank": h.rank, "id": h.passage.id, "score": round(h.score, 6), "text": h.passage.text,
                      "section": h.passage.section, "doc": h.passage.doc, "paragraph": h.passage.paragraph}
                     for h in result.hits],
        "suggestions": list(result.suggestions),
    }


def render_reply(engine: Engine, reply: Reply, color: bool) -> str:
    """A conversation reply: an answer, the next passage, the paragraph in context, or a reason, measure or result."""
    from index.answering.dialog import Answered, Detail, More, NoContext

    if isinstance(reply, Answered):
        understood = "" if _loose(reply.question) == _loose(engine.normalizer.normalize(reply.text)) else \
            f"(问:{reply.question})\n"
        return understood + render_text(engine, reply.result, color, paragraph=False)
    if isinstance(reply, NoContext):
        return NO_CONTEXT
    if isinstance(reply, More):
        if not reply.passages:
            return NO_MORE
        then = f"\n\n{NEXT_PARAGRAPH}\n{engine.citation(reply.then)}\n  {reply.then.text}" if reply.then else ""
        if reply.piece is not None:
            return f"{LISTED if reply.listed else READ_ON}\n  {reply.piece}\n出处:{engine.citation(reply.passages[0])}" + \
                (f"\n{ALL_READ}" if reply.complete else "") + then
        shown = "\n\n".join(f"{engine.citation(p)}\n  {p.text}" for p in reply.passages)
        if reply.whole:
            return f"{ALL_SAID if reply.complete else WHOLE_PARAGRAPH}\n{shown}" + then
        return shown
    if isinstance(reply, Detail):
        return "\n\n".join(f"第{p.paragraph}段 · {p.section or '导语'}\n  {p.text}" for p in reply.passages)
    label, missing = EXPLAIN[reply.kind]
    if reply.sentence is None or reply.passage is None:
        return missing
    return f"{label}:{reply.lead}\n{reply.sentence}\n出处:{engine.citation(reply.passage)}"


def reply_json(engine: Engine, reply: Reply) -> dict[str, Any]:
    """One conversation turn as JSON: the `ask --json` shape, with `kind` and `understood` (the follow-up as
    read), and what a more/detail/reason/measure turn shows."""
    from index.answering.dialog import Answered, Detail, Explained, More

    if isinstance(reply, Answered):
        out = result_json(reply.result)
    else:
        out = {"query": reply.text, "status": "none", "answered": False, "answer": None, "unsupported": [],
               "subject": None, "passages": [], "suggestions": []}
        if isinstance(reply, More) and reply.piece is not None:
            passage = reply.passages[0]
            out["answer"] = {"sentence": reply.piece, "lead": None, "passage_id": passage.id,
                             "section": passage.section, "doc": passage.doc}
        if isinstance(reply, (More, Detail)):
            shown = reply.shown if isinstance(reply, More) else reply.passages
            out["passages"] = [{"rank": n, "id": p.id, "text": p.text, "section": p.section, "doc": p.doc,
                                "paragraph": p.paragraph} for n, p in enumerate(shown, start=1)]
            out["status"] = "answered" if reply.passages else "none"
        elif isinstance(reply, Explained) and reply.sentence and reply.passage:
            out["status"] = "answered"
            out["answer"] = {"sentence": reply.sentence, "lead": reply.lead, "passage_id": reply.passage.id,
                             "section": reply.passage.section, "doc": reply.passage.doc}
        out["answered"] = out["status"] == "answered"
    return {**out, "query": reply.text, "kind": reply.kind, "understood": reply.question}
