"""Short conversations about the report: follow-ups resolved against the previous turn, per chat.

Rules only, no language model: "那芜湖市呢?" re-asks the last question about 芜湖市; "还有呢?" shows the next
passage; "具体说说" the whole paragraph with its neighbours; "为什么?" / "怎么做的?" the reason or the measures
stated next to the last answer. Anything else is a new question and starts afresh. Context expires after a
quiet spell, and the number of conversations kept is bounded.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from index.decision import MIN_COVERAGE
from index.engine import Engine
from index.places import place_names
from index.types import Hit, Passage, Result

#: Seconds of quiet after which a conversation forgets its context.
CONTEXT_TTL = 600.0
#: Most conversations kept at once; the least recently used is dropped first.
MAX_CONVERSATIONS = 10_000

_PUNCT = "??!!。.,,~~ "
_MORE = re.compile(r"^(?:那)?(?:还有呢|还有吗|还有|更多|再来一个|再来一条|下一个|下一条|下一段|继续|别的呢|其他呢|其它呢|/more|/next)$")
_DETAIL = re.compile(r"^(?:请)?(?:具体说说|具体讲讲|具体点|详细点|详细一点|详细说说|详细讲讲|说详细点|展开说说|展开讲讲|上下文|全文|原文)$")
_REASON = re.compile(r"^(?:那|这)?(?:是)?(?:为什么|为啥|为何|什么原因|原因是什么|目的是什么|有什么用|为了什么)$")
_MEASURE = re.compile(r"^(?:那|这|具体)?(?:是)?(?:怎么做的|怎么做|怎样做的|怎么搞的|如何做的|如何做到的|怎么开展的|怎么落实的|"
                      r"采取了什么措施|有什么措施|有哪些措施|用了什么办法|有什么办法)$")
_SWAP = re.compile(r"^(?:那|那么|换成|如果是)?(?P<x>.{1,12}?)(?:呢|怎么样|又如何|如何|又怎样|的呢)$")

_REASON_CUES = re.compile(r"为了|因为|由于|旨在|目的|以便|确保|让|为[^,。]{1,12}提供|是[^,。]{1,12}的基础|关键|至关重要|基础")
_MEASURE_CUES = re.compile(r"通过|采取|采用|坚持|按照|利用|依托|建立|建起|开展|组织|组建|实行|制定|设立|编发|举办|抽调|选配|"
                           r"召开|成立|明确|搭建|组成|开通|发放|进行|对照|研读")
_CLAUSE = re.compile(r"[^,,;;。!?!?]+[,,;;。!?!?]*")
_BY_MEANS = re.compile(r"通过|采取|采用|利用|依托")
_TRAILING_PUNCT = re.compile(r"[,,;;。!?!?]+$")
_PLACE_SUFFIX = re.compile(r"[省市县区镇乡村]$")
_ASKED = re.compile(r"(?:多少|几|什么|哪些|哪|谁)(?:人次|个月|[个位名人次场期份条户项件天年批所家种])?")


def shown_order(first: Passage, hits: Iterable[Hit]) -> list[Passage]:
    """The passages for a question in the order they are shown: the answer's passage `first` (which a
    conversation may have preferred over the top hit), then the other hits by rank."""
    return [first, *(h.passage for h in hits if h.passage.id != first.id)]


@dataclass(frozen=True)
class Reply:
    """What to show for one message of a conversation."""

    kind: str  # "answer" | "more" | "detail" | "reason" | "measure" | "no-context"
    question: str  # the question as understood (a follow-up rewritten in full)
    result: Result | None = None  # for "answer"
    passages: tuple[Passage, ...] = ()  # for "more" and "detail"
    sentence: str | None = None  # for "reason" / "measure": the sentence that says it
    lead: str | None = None  # for "reason" / "measure": the clause that says it
    passage: Passage | None = None  # where `sentence` stands; for "detail" the paragraph asked about


@dataclass
class _Context:
    question: str
    result: Result
    shown: int  # passages shown so far for this question (1 = the answer's passage)
    at: float


@dataclass
class Conversation:
    """One chat's context and the rules that read follow-ups against it."""

    engine: Callable[[], Engine]
    ttl: float = CONTEXT_TTL
    clock: Callable[[], float] = time.monotonic
    k: int = 3
    _context: _Context | None = field(default=None, repr=False)

    def reply(self, text: str) -> Reply:
        """Answer one message, reading it as a follow-up when it is one."""
        engine = self.engine()
        now = self.clock()
        context = self._context if self._context and now - self._context.at <= self.ttl else None
        bare = text.strip().strip(_PUNCT)
        if _MORE.match(bare):
            return self._more(engine, context, now) if context else Reply("no-context", text)
        if _DETAIL.match(bare):
            return self._detail(engine, context, now) if context else Reply("no-context", text)
        if _REASON.match(bare) or _MEASURE.match(bare):
            kind = "reason" if _REASON.match(bare) else "measure"
            return self._explain(engine, context, kind, now) if context else Reply("no-context", text)
        swap = _SWAP.match(bare)
        if context and swap:
            rewritten = self._swap(engine, context.question, swap.group("x"))
            if rewritten:
                return self._ask(engine, rewritten, now, focus=engine.normalizer.normalize(swap.group("x")))
        return self._ask(engine, text, now, context=context)

    def forget(self) -> None:
        """Drop the context (the next message starts afresh)."""
        self._context = None

    # --- the rules ------------------------------------------------------------------------------------------
    def _ask(self, engine: Engine, question: str, now: float, focus: str | None = None,
             context: _Context | None = None) -> Reply:
        current = context.result.answer.passage if context and context.result.answer else None
        result = engine.ask(question, k=self.k, prefer=current)
        if focus and result.answer and not self._about(engine, result.answer.passage, result.terms, focus):
            # Another of the top passages may speak of the new subject (全省呢? → the province-wide figures).
            other = next((h.passage for h in result.hits
                          if self._about(engine, h.passage, result.terms, focus)), None)
            retry = engine.ask(question, k=self.k, prefer=other) if other else None
            if retry is not None and retry.answer is not None and retry.answer.passage == other:
                result = retry
            else:
                result = Result(query=result.query, answered=False, answer=None, hits=result.hits,
                                suggestions=tuple(engine.suggestions()), terms=result.terms)
        if result.answered:
            self._context = _Context(question, result, 1, now)
        elif focus is None:
            self._context = None  # a new question the report does not answer; a failed follow-up keeps context
        return Reply("answer", question, result=result)

    @staticmethod
    def _about(engine: Engine, passage: Passage, terms: tuple[str, ...], focus: str) -> bool:
        """Does the passage speak of `focus` and of the rest of the question too? 那芜湖市呢? after a question
        about 合肥市 is answered only by a passage about 芜湖市 doing the same thing."""
        held = engine.passage_terms(passage.position)
        if focus not in held and focus not in engine.normalizer.normalize(passage.text):
            return False
        question = engine.read("".join(t for t in terms if t not in focus and focus not in t))
        return not question.terms or engine.verdict(question, passage.position).coverage >= MIN_COVERAGE

    def _more(self, engine: Engine, context: _Context, now: float) -> Reply:
        first = context.result.answer.passage if context.result.answer else context.result.hits[0].passage
        hits = engine.ask(context.question, k=context.shown + 1).hits
        order = shown_order(first, [h for h in hits if h.relevant])
        more = order[context.shown:context.shown + 1]
        context.shown += len(more)
        context.at = now
        return Reply("more", context.question, passages=tuple(more))

    def seen(self, question: str, shown: int) -> None:
        """The first `shown` passages for `question` (in :func:`shown_order`) were shown some other way, e.g. by a
        "next" button: "还有呢?" carries on after them. Only the current question's context is touched."""
        now = self.clock()
        context = self._context
        if context and now - context.at <= self.ttl and context.question == question:
            context.shown = max(context.shown, shown)
            context.at = now

    def _detail(self, engine: Engine, context: _Context, now: float) -> Reply:
        context.at = now
        anchor = context.result.answer.passage if context.result.answer else context.result.hits[0].passage
        return Reply("detail", context.question, passages=tuple(engine.neighbors(anchor.id)) or (anchor,),
                     passage=anchor)

    def _explain(self, engine: Engine, context: _Context, kind: str, now: float) -> Reply:
        """The clause next to the last answer that gives a reason (为了, 确保 …) or a measure (通过, 采取 …)."""
        context.at = now
        answer = context.result.answer
        if answer is None:
            return Reply(kind, context.question)
        cues = _REASON_CUES if kind == "reason" else _MEASURE_CUES
        order = [answer.passage, *[p for p in engine.neighbors(answer.passage.id) if p.id != answer.passage.id]]
        best: tuple[float, str, str, Passage] | None = None
        for rank, passage in enumerate(order):
            for sentence in passage.sentences:
                clauses = _CLAUSE.findall(sentence)
                hits = [len(cues.findall(c)) for c in clauses]
                if kind == "reason":
                    # 通过X,Y: Y says what X is for.
                    for n in range(1, len(clauses)):
                        if _BY_MEANS.search(clauses[n - 1]) and not hits[n]:
                            hits[n] = 1
                i = 0
                while i < len(clauses):
                    if not hits[i]:
                        i += 1
                        continue
                    j = i + 1  # a run of clauses that each state a reason or a measure reads as one
                    while j < len(clauses) and hits[j]:
                        j += 1
                    span = "".join(clauses[i:j])
                    # Prefer the answer's own sentence, then its passage, then the neighbours.
                    score = sum(hits[i:j]) + (1.0 if sentence.strip() == answer.sentence else 0.0) - 0.5 * rank
                    if best is None or score > best[0]:
                        best = (score, _TRAILING_PUNCT.sub("", span), sentence.strip(), passage)
                    i = j
        if best is None:
            return Reply(kind, context.question, passage=answer.passage)
        return Reply(kind, context.question, sentence=best[2], lead=best[1], passage=best[3])

    @staticmethod
    def _swap(engine: Engine, previous: str, replacement: str) -> str | None:
        """The previous question with its place (or the term most like `replacement`) replaced."""
        folded = engine.normalizer.normalize(previous)
        terms = sorted(set(engine.terms(previous)), key=len, reverse=True)
        if not terms:
            return None
        places = place_names()

        def is_place(term: str) -> bool:
            return term in places or bool(_PLACE_SUFFIX.search(term) and len(term) >= 2)

        new = engine.normalizer.normalize(replacement)
        words = [t for t in terms if len(t) > 1]
        if is_place(new):
            candidates = [t for t in terms if is_place(t)]
            if not any(t in folded for t in candidates):
                return f"在{new},{folded}"  # the question named no place: ask it about this one
        else:
            candidates = [t for t in words if t[-1] == new[-1]]
        target = next((t for t in candidates if t in folded), None)
        if target is not None:
            start, end = folded.index(target), folded.index(target) + len(target)
            if not is_place(new):
                # 年老体弱党员 → 流动党员: modifiers glued before the replaced word go with it.
                while glued := next((t for t in words if folded[:start].endswith(t)), None):
                    start -= len(glued)
            return folded[:start] + new + folded[end:]
        # Otherwise replace what the question counts or names: the words right after 多少/几/什么 (+ measure).
        asked = _ASKED.search(folded)
        if asked is None:
            return None
        start = end = asked.end()
        while glued := next((t for t in words if folded[end:].startswith(t)), None):
            end += len(glued)
        if end == start:  # nothing after it (记者是谁?): the words before it, past 是/的
            end = start = len(folded[: asked.start()].rstrip("是的"))
            while glued := next((t for t in words if folded[:start].endswith(t)), None):
                start -= len(glued)
        return folded[:start] + new + folded[end:] if end > start else None


class Conversations:
    """Conversations by chat id, bounded in number (least recently used dropped)."""

    def __init__(self, engine: Callable[[], Engine], max_chats: int = MAX_CONVERSATIONS,
                 ttl: float = CONTEXT_TTL, clock: Callable[[], float] = time.monotonic, k: int = 3) -> None:
        self._engine = engine
        self._max = max_chats
        self._ttl = ttl
        self._clock = clock
        self._k = k
        self._chats: OrderedDict[object, Conversation] = OrderedDict()

    def __len__(self) -> int:
        return len(self._chats)

    def get(self, chat: object) -> Conversation:
        """The conversation of one chat (created on first use)."""
        conversation = self._chats.get(chat)
        if conversation is None:
            conversation = Conversation(self._engine, self._ttl, self._clock, self._k)
            self._chats[chat] = conversation
            while len(self._chats) > self._max:
                self._chats.popitem(last=False)
        else:
            self._chats.move_to_end(chat)
        return conversation

    def reply(self, chat: object, text: str) -> Reply:
        """Answer `text` in the context of `chat`."""
        return self.get(chat).reply(text)

    def seen(self, chat: object, question: str, shown: int) -> None:
        """:meth:`Conversation.seen` for a chat that has a conversation (no new one is made)."""
        conversation = self._chats.get(chat)
        if conversation is not None:
            conversation.seen(question, shown)
