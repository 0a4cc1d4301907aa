"""Short conversations about the report: follow-ups read against what is being talked about, per chat.

Rules only, no language model, and the words they read by live in `index/text/lexicon.py`:
- 还有呢? reads the answer's paragraph on (after a figure among several, the next one; otherwise the whole
  paragraph), then the matching paragraph next to it, then the next passage that matches; 具体说说 the
  paragraph last shown with its neighbours; 为什么? / 怎么做的? the reason or the measures stated next to the
  last answer;
- 那X呢? asks the last question again with X in place of the part of it of the same kind (a place for a
  place, 全省 for a place or a scope, a group of people for a group, a year for a year, 第二批 for 第一批);
- 他, 它们, 这些人, 这个手册, 那个数字 are read as what the conversation spoke of last (他们 with no people
  named: what the last question was about);
- 为什么要专门培训书记? about what was just answered is 为什么? (the reason stated next to it);
- the sentence just shown is no answer to a new question unless it gives something new (another figure);
  where the same passage has another sentence that answers, that one is shown;
- any other follow-up is asked with the conversation's words carried along at a lower weight (as TREC CAsT's
  historical query expansion does): where the new question names its own subject, its own words win.
Context expires after a quiet spell, and the number of conversations kept is bounded.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from index.answering.decision import MIN_COVERAGE, is_person
from index.answering.engine import RELATED_COVERAGE, Engine
from index.answering.leads import figure_in, remainder_figure, whole_figure
from index.answering.outline import said_lines
from index.answering.query import Question, Term, occurrences
from index.cache import LRUCache
from index.text import lexicon
from index.text.numerals import small_number
from index.text.places import place_names
from index.text.regex import regex
from index.text.thesaurus import is_verb, word_facts
from index.types import Hit, Passage, Result

#: Seconds of quiet after which a conversation forgets its context.
CONTEXT_TTL = 600.0
#: Most conversations kept at once; the least recently used is dropped first.
MAX_CONVERSATIONS = 10_000
#: Weight of the conversation's words in a follow-up, relative to the follow-up's own (measured on the tuning
#: half of tests/data/own_dialogs.jsonl with `python bench/context_weight.py`).
CONTEXT_WEIGHT = 0.5
#: A word of the passage talked about this specific (IDF) names its subject where the conversation names no one
#: and no place (重点点评 of the 3月24日 meeting).
SUBJECT_IDF = 2.0
#: The answer's neighbouring paragraph is read next where it ranks this high for the question (a fixed depth, so
#: that paging through the passages one at a time keeps one order).
NEIGHBOR_RANKS = 4

#: Marks around a follow-up, stripped once it is in matching form (full-width ？！，～ are ?!,~ there).
_PUNCT = "?!。.,~ "
_CLAUSE = regex(r"[^,,;;。!?!?]+[,,;;。!?!?]*")
_FIRST_CLAUSE = regex(r"[,,;;]")
#: Between the clauses of a message, typed with punctuation or spaces (还有啥?详细说说, 详细说说 求你了).
_CLAUSES = regex(r"[,,;;??!!\s]+")
#: Where a particle may end an opening asking for more, dictated with no comma after it (接着呢|还有没有别的).
_PARTICLE_END = regex(r"(?<=[呢吗])(?=[\u4e00-\u9fff])")
#: A word of assent or hesitation opening a follow-up (嗯, 哦, 好的): nothing of what it asks.
_INTERJECTION = regex(r"^(?:嗯+|哦+|噢+|喔+|好的|好吧|ok|okay|明白了?|懂了|收到)[,.。!~\s]*")
_LIST_EDGES = ",，。;；、 "
_TRAILING_PUNCT = regex(r"[,,;;。!?!?]+$")
_CLAUSE_END = regex(lexicon.CLAUSE_END.pattern + "+")
#: A figure counting people (170人, 1140人, 5600多名).
_PEOPLE_COUNT = regex(r"\d+(?:多|余)?[人名位]")
#: A clause that ends in a figure (作辅导报告40900多场): one of a sentence's tallies.
_TALLY = regex(rf"(?:{lexicon.FIGURE.pattern})[”’)）]?\s*$")
#: At most this many characters (目前已有) before the figure a clause opens with.
_FIGURE_OPENING = 4
#: The next item of a list of figures (…年老体弱党员、| 3800多名…), and a text that opens with a figure.
_NEXT_FIGURE_ITEM = regex(r"、(?=\d)")
_FIGURE_AT = regex(r"\d")
_CLOSING = "”’」』)）"
#: A count asked by its measure word alone, ending the question (合肥开了几条?).
_BARE_COUNT = regex(rf"(?:几|多少)({lexicon.UNIT_PATTERN})[呢啊呀吧啦哈?？!！。 ]*$")
#: Tiers a swap opens with (各市县…, 市县…, 县里…), not a body named by its tier (省政协).
_TIERS_FIRST = regex(r"^(?:(?:各|全)[省市县乡镇村]{1,3}|[省市县乡镇村]{2,3}|[省市县乡镇村](?:里|级))")
_ASKED = regex(r"(?:多少|几|什么|哪些|哪|谁|啥)")
#: A deed asked how much it yielded, with nothing counted named (开了多少?): its verb, and the question word.
_BARE_DEED = regex(r"([\u4e00-\u9fff])[了过]?(多少|几)[呢啊呀吧啦哈?？!！。 ]*$")
#: A part of the report pointed at (这部分, 这一段, 该部分).
_THIS_PART = regex(r"[这该本此](?:一)?(?:个)?(?:部分|段|节)")


# --- what a conversation says ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Answered:
    """An answer (or a partial answer, or none) to a question, read in the conversation."""

    question: str  # the question as understood (a follow-up rewritten in full)
    text: str  # as the user wrote it
    result: Result
    kind: str = "answer"


@dataclass(frozen=True)
class More:
    """The next passage that matches the question (none: there is no more). `piece`: what the answer's own
    paragraph says next, read on from the answer (the next clause of its sentence, or its next sentence), and
    `passages` is that paragraph; `whole`: `passages` is the answer's own paragraph, shown whole (the answer
    gave one sentence of it); `complete`: that paragraph or piece ends what the paragraph says and no other
    passage matches, so it is all the report says of it; `listed`: the piece is the answer's list again, given
    whole already (正风肃纪、为民服务、除弊祛垢、固本强基四个专项行动): the report lists no more; `then`: where
    the answer's paragraph is read to its end, the paragraph after it in the same section, what the report says
    next (…开通网上平台等多种渠道 | 直接到群众中去察民情、听民意、解民忧。…)."""

    question: str
    text: str
    passages: tuple[Passage, ...]
    kind: str = "more"
    piece: str | None = None
    whole: bool = False
    complete: bool = False
    listed: bool = False
    then: Passage | None = None

    @property
    def shown(self) -> tuple[Passage, ...]:
        """The passages the reply shows: `passages`, then `then`."""
        return (*self.passages, self.then) if self.then is not None else self.passages


@dataclass(frozen=True)
class Detail:
    """The paragraph last shown, with the ones before and after it."""

    question: str
    text: str
    passage: Passage
    passages: tuple[Passage, ...]
    kind: str = "detail"


@dataclass(frozen=True)
class Explained:
    """The reason (kind "reason"), the measures ("measure") or what came of it ("result") the report states
    next to the last answer; `sentence` is None where it states none."""

    question: str
    text: str
    kind: str
    sentence: str | None = None
    lead: str | None = None  # the clause that says it
    passage: Passage | None = None


@dataclass(frozen=True)
class NoContext:
    """A follow-up with nothing to follow up on."""

    question: str
    text: str
    kind: str = "no-context"


Reply = Answered | More | Detail | Explained | NoContext


def shown_order(first: Passage, hits: Iterable[Hit], answered: bool = False) -> list[Passage]:
    """The passages for a question in the order they are shown: the answer's passage `first` (which a
    conversation may have preferred over the top hit), then the other matching hits by rank; after an
    `answered` question, the paragraphs right after and right before the answer's in its section come first
    where they are among the first NEIGHBOR_RANKS hits (reading on goes on where the answer stands)."""
    ranked = [h for h in hits if h.passage.id != first.id and h.relevant]
    order = [h.passage for h in ranked]
    if answered:
        near = [h.passage for h in ranked if h.rank <= NEIGHBOR_RANKS and h.passage.doc == first.doc and
                h.passage.section == first.section and abs(h.passage.position - first.position) == 1]
        order = sorted(near, key=lambda p: p.position < first.position) + [p for p in order if p not in near]
    return [first, *order]


def page(engine: Engine, question: str, first: Passage, offset: int) -> tuple[Passage | None, bool]:
    """The passage at `offset` (0: the answer's own) in the order a conversation shows them, and whether a
    further one follows. Typed 还有呢? and a "next" button page through this one function."""
    result = engine.ask(question, k=max(offset + 2, NEIGHBOR_RANKS), prefer=first)
    order = shown_order(first, result.hits, answered=result.status == "answered")
    return (order[offset] if offset < len(order) else None), len(order) > offset + 1


def read_from(text: str, sentence: str, lead: str | None, tallies_only: bool = True) -> int:
    """Where reading on from a short answer starts in its paragraph: after the clause it ends, where that
    clause is one of a sentence's tallies (集中学习103800多次, | 上级党组织负责人作辅导报告40900多场, | …) or,
    unless `tallies_only`, any clause before the sentence's last; after the first items of a list where only they
    were asked (正风肃纪、为民服务、| 除弊祛垢…), or after the item of a list of figures the short answer opens
    (5600多名年老体弱党员、| 3800多名…); -1 otherwise (the paragraph is then shown whole)."""
    at = text.find(sentence)
    if at < 0 or not lead:
        return -1
    end = at + len(sentence)
    found = text.find(lead, at, end)
    mark = _CLAUSE_END.search(text, found + len(lead), end) if found >= 0 else None
    listed = found + len(lead) + 1  # 深入基层38500余人次、| 召开座谈会11300多场,: a tally listed right after the short answer's
    item = _NEXT_FIGURE_ITEM.search(text, found + len(lead), mark.start()) if found >= 0 and mark is not None else None
    if item is not None and _FIGURE_AT.match(lead):
        return item.end()  # 5600多名年老体弱党员、| 3800多名…: the next figure of the list the short answer is one of
    if found >= 0 and "、" in lead and text.startswith("、", listed - 1):
        return listed  # 正风肃纪、为民服务、| 除弊祛垢、固本强基: the first items of a list were asked, the rest follow
    if mark is not None and text.startswith("、", listed - 1) and _TALLY.search(text, listed, mark.start()):
        return listed
    if mark is None or text[mark.start()] in lexicon.SENTENCE_MARKS or not text[mark.end():end].strip(_CLOSING + " ") or \
            (tallies_only and not _TALLY.search(text, at, mark.start()) and
             not _opens_with_figure(text, mark.end(), lead)):
        # (3142个整改完毕, | 1253个正积极整改中: a figure the short answer opens, and the next clause opens with another)
        return -1
    return mark.end()


def _opens_with_figure(text: str, start: int, lead: str) -> bool:
    """Does the clause at `start` open with a figure and its measure word, after at most a short adverb before it
    (1253个正积极整改中; 目前已有3142个, counted in the short answer's own measure word), where the short answer
    `lead` opens with a figure too?"""
    own = lexicon.FIGURE.match(lead)
    digit = _FIGURE_AT.search(text, start, start + _FIGURE_OPENING + 1)
    if own is None or digit is None:
        return False
    figure = lexicon.FIGURE.match(text, digit.start())
    if figure is None or not figure.group(1) or _CLAUSE_END.search(text, start, figure.start()):
        return False
    return figure.start() == start or own.group(1) == figure.group(1)


def next_piece(text: str, start: int) -> tuple[str, int] | None:
    """The next piece of a paragraph from `start`, and where it ends: in mid sentence, up to the end of its
    next tally (作辅导报告40900多场, | 邀请…31100余人次), of its item in a list of figures (3800多名文化程度不高
    党员、|) or else of the sentence; at a sentence's start, the whole sentence; None at the paragraph's end."""
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    in_sentence = start > 0 and text[:start].rstrip(_CLOSING + " \n\t\u3000")[-1:] not in lexicon.SENTENCE_MARKS
    end = start
    clause = _CLAUSE_END.search(text, start)
    item = _NEXT_FIGURE_ITEM.search(text, start, clause.start() if clause else len(text)) \
        if in_sentence and _FIGURE_AT.match(text, start) else None
    if item is not None:  # one figure of a list at a time (3800多名文化程度不高党员、| 1500多名…)
        return text[start:item.start()].strip(), item.end()
    while end < len(text):
        mark = _CLAUSE_END.search(text, end)
        end = mark.end() if mark is not None else len(text)
        closes = mark is None or text[mark.start()] in lexicon.SENTENCE_MARKS
        if closes or (in_sentence and mark is not None and _TALLY.search(text, start, mark.start())):
            break
    while end < len(text) and text[end] in _CLOSING:
        end += 1
    piece = text[start:end].strip()
    if lexicon.BYLINE.fullmatch(piece):
        return None  # (记者 黄永礼) says nothing more
    return (piece, end) if piece else None


# --- one conversation -------------------------------------------------------------------------------------------
@dataclass
class _Context:
    question: str  # as understood
    result: Result
    anchor: Passage  # the passage being talked about: the answer's, or the one last shown
    terms: tuple[Term, ...]  # the words carried to follow-ups
    shown: int  # passages shown so far for this question (1 = the answer's passage)
    at: float
    wants: str | None = None  # the kind of thing the question asked (Question.wants)
    read: int = -1  # how far the answer's paragraph has been read on (-1: not yet)
    then: Passage | None = None  # the paragraph shown as what the report says next (not shown again as matching)


def _more_said_first(clauses: list[str]) -> list[str]:
    """The clauses, with an opening that asks for more split off the first where no comma follows it (接着呢还有没有
    别的, 然后呢后面接着讲的啥; not 按呢是欲做啥 or 还在整改的呢还有几个, which ask no more)."""
    first = clauses[0] if clauses else ""
    at = next((m.start() for m in _PARTICLE_END.finditer(first) if lexicon.MORE.fullmatch(first[: m.start()])), None)
    return [first[:at], first[at:], *clauses[1:]] if at is not None else clauses


@dataclass
class Conversation:
    """One chat's context and the rules that read follow-ups against it."""

    engine: Callable[[], Engine]
    ttl: float = CONTEXT_TTL
    clock: Callable[[], float] = time.monotonic
    k: int = 3
    context_weight: float = CONTEXT_WEIGHT
    _context: _Context | None = field(default=None, repr=False)

    def reply(self, text: str) -> Reply:
        """Answer one message, reading it as a follow-up when it is one."""
        engine = self.engine()
        now = self.clock()
        context = self._context if self._context and now - self._context.at <= self.ttl else None
        # (read in matching form: 还有呢？ and 還有呢? are 还有呢?; 还有别的没得? is 还有别的吗?)
        bare = lexicon.standard_asking(engine.normalizer.normalize(text).strip().strip(_PUNCT))
        bare = _INTERJECTION.sub("", bare) or bare  # 嗯还有别的吗, 好的,还有呢?
        bare = lexicon.TRAILING_CHATTER.sub("", bare) or bare  # 还有呢?谢谢。
        plain = lexicon.TRAILING_PARTICLES.sub("", bare) or bare  # 具体点呢?, 为什么呀?
        clauses = _more_said_first([c for c in _CLAUSES.split(plain) if c])
        # 还有别的地方吗?: another place's paragraph, before reading on
        if context is not None and lexicon.OTHER_PLACE_ASKED.search(plain) and \
                not any(name in plain for name in place_names()):
            other = self._other_place(engine, context, text, now)
            if other is not None:
                return other
        next_one = _next_numbered(_previous(engine, context), plain) if context is not None else None
        if next_one is not None:  # 下一个呢? after 第一个小标题是啥?: the second heading
            return self._ask(engine, text, next_one, now, context)
        if lexicon.MORE.match(bare) or lexicon.MORE.match(plain) or (
                all(lexicon.MORE.match(c) or lexicon.DETAIL.match(c) for c in clauses) and
                any(lexicon.MORE.match(c) for c in clauses)):  # 接着呢,还干了啥? / 还有啥?详细说说
            return self._more(engine, context, text, now) if context else NoContext(text, text)
        if lexicon.DETAIL.match(plain) or (clauses and lexicon.DETAIL.match(clauses[0]) and not any(
                lexicon.QUESTION_WORD.search(c) or engine.terms(c) for c in clauses[1:])):  # 详细说说 求你了
            return self._detail(engine, context, text, now) if context else NoContext(text, text)
        head = lexicon.TRAILING_PARTICLES.sub("", _FIRST_CLAUSE.split(plain, 1)[0])  # 效果咋样,网友买账没?
        if context is not None and (lexicon.RESULT.match(plain) or lexicon.RESULT.match(head)):
            # 效果咋样?: what came of what was just answered, where the report says it next to the answer
            explained = self._explain(engine, context, text, "result", now)
            if explained.sentence is not None:
                return explained
        if lexicon.REASON.match(bare) or lexicon.MEASURE.match(bare):
            kind = "reason" if lexicon.REASON.match(bare) else "measure"
            return self._explain(engine, context, text, kind, now) if context else NoContext(text, text)
        if context is None:
            return self._ask(engine, text, text, now, None)
        if len(clauses) == 2 and clauses[0].endswith("呢") and not lexicon.MORE.match(clauses[0]) and \
                lexicon.QUESTION_WORD.search(clauses[1]) and not any(
                t.role != "frame" and t.word not in engine.weights.verbs for t in engine.read(clauses[1]).terms):
            bare = clauses[0]  # 乡镇呢?查了几个?: the swap (or the rest: 还在改的呢,几多个?), and the last question asked again in its verb alone
            tail = lexicon.TRAILING_PARTICLES.sub("", engine.normalizer.normalize(clauses[1])).strip("?？!！。 ")
            counted = lexicon.ASKED_UNIT.fullmatch(tail)
            before = lexicon.ASKED_UNIT.search(engine.normalizer.normalize(_previous(engine, context)))
            swapped_in = lexicon.SWAP.match(bare)
            if counted and counted.group(1) and swapped_in and before is not None and before.group(1) and \
                    before.group(1) != counted.group(1):
                # 那选了联系点的省领导呢,几位? after 开了几次常委会?: a count in another measure word, of X
                x = _clean_swap(swapped_in.group("x"))
                return self._ask(engine, text, x + clauses[1], now, context)
        answer = context.result.answer
        if answer is not None and answer.lead:
            # 剩下的那些呢? after 整改完了多少?: the figure the same sentence gives next, for the rest; 人呢? after
            # 举办专题培训班639期: the same sentence's count of people (培训…44900多人)
            other_unit = lexicon.COUNT_IN_OTHER_UNIT.match(bare)
            figure = remainder_figure(answer.sentence, [answer.lead]) if lexicon.REMAINDER.match(bare) else \
                whole_figure(answer.sentence, [answer.lead]) if lexicon.WHOLE_ASKED.match(bare) else \
                figure_in(answer.sentence, other_unit.group("unit"), [answer.lead]) \
                if other_unit and other_unit.group("unit") not in lexicon.PLACE_UNITS else None
            if figure is not None:
                result = replace(context.result, answer=replace(answer, lead=figure))
                context.result, context.at = result, now
                return Answered(text, text, result)
        if lexicon.NEW_TOPIC.match(bare) and lexicon.NEW_TOPIC.sub("", bare):
            return self._ask(engine, text, text, now, None)  # 换个问题 …: asked afresh
        if len(clauses) > 1 and lexicon.MORE.fullmatch(clauses[0]) and lexicon.QUESTION_WORD.search("".join(clauses[1:])):
            # 还有呢?省委在聚焦“四风”上还提了什么?: more of what was being talked about, asked as a question
            rest = "".join(clauses[1:])
            understood = self._resolve(engine, context, rest)
            talked = self._context
            reply = self._ask(engine, text, understood, now, context, carry=True)
            following = context.anchor.position + 1
            found = reply.result.answer
            if following < len(engine.passages) and engine.passages[following].doc == context.anchor.doc and \
                    (found is None or found.passage.id != context.anchor.id):
                # where the passage talked about says no more of it, the one after it in the same report may
                # (还有呢?领导干部自己还做了什么?)
                onward, kept = engine.passages[following], self._context
                self._context = talked
                further = self._ask(engine, text, understood, now, context, carry=True, prefer=onward)
                if further.result.status == "answered" and further.result.answer is not None and \
                        further.result.answer.passage.id == onward.id:
                    return further
                self._context = kept
            return reply
        if self._asks_more(engine, context, plain):
            # 此外还抓了什么?, 其他工作量数据呢?: what the passage talked about says next; where it has said all
            # it says, the question asked of what is being talked about
            kept = replace(context)
            more = self._more(engine, context, text, now)
            if more.piece is not None or more.whole:
                return more
            context = self._context = kept
        if (lexicon.WHY_WORDS.search(bare) or lexicon.AIM_ASKED.search(bare)) and self._of_context(engine, context, text):
            # 为什么要专门培训书记?, 派这么多图个啥? about what was just answered: the reason stated next to it
            explained = self._explain(engine, context, text, "reason", now)
            if explained.sentence is not None:
                return explained
        swap = lexicon.SWAP.match(bare)
        if swap and swap.group("unit"):  # 县级班子的有多少条? after 市级班子…有多少条?: the thing left out, counted alike
            before = lexicon.ASKED_UNIT.search(_previous(engine, context))
            swap = swap if before is not None and (before.group(1) or before.group(2)) == swap.group("unit") else None
        if swap:
            x = _next_in_order(_clean_swap(swap.group("x")), _previous(engine, context))
            if any(pattern.fullmatch(x) for pattern, _ in lexicon.META_FIELDS):
                return self._ask(engine, text, f"这篇报道的{x}?", now, context)  # 发表日期呢?: a field of the report's own
            # X怎么样? swaps a subject (那芜湖市怎么样?); about anything else (效果怎么样?) it asks something new
            asks_new = not bare.endswith("呢") and _kind(engine, engine.normalizer.normalize(x)) in ("other", "predicate")
            # 该市流动党员有多少?: a pronoun in X points back; it is resolved, not swapped in
            pointing = bool(x) and (lexicon.POINTING.match(x) is not None or _pronoun_in(x))
            rewritten = self._swap(engine, context, x) if x and not asks_new and not pointing else None
            if rewritten:  # (a part of the report, 末节呢?, is no subject its answer must speak of)
                focus = None if _part_named(engine.normalizer.normalize(x)) or re.fullmatch(lexicon.NUMBERED, x) else \
                    engine.normalizer.normalize(x)
                # (another thing or deed of the same subject, 收的意见呢?: the passage talked about first, where it
                # answers; another place or scope is another subject)
                kind = _kind(engine, engine.normalizer.normalize(x))
                prefer = context.anchor if kind in ("other", "predicate") else None
                swapped = self._ask(engine, text, rewritten, now, context, focus=focus, prefer=prefer)
                previous = _previous(engine, context)
                asked = _ASKED.search(previous)
                if (swapped.result.status == "none" or (swapped.result.status == "partial" and
                                                        _another_tier_and_thing(engine, x, previous))) and asked and focus:
                    # 市县的报告会呢? after 省里报告团巡回报告了多少场?: what the last question asked (多少场), of X
                    # alone, where X with the rest of the last question answers nothing
                    kept = self._context
                    alone = self._ask(engine, text, x + previous[asked.start():], now, context, focus=focus, prefer=prefer)
                    if alone.result.status == "answered" or (swapped.result.status == "none" and alone.result.status != "none"):
                        return alone
                    self._context = kept
                return swapped
        reply = self._ask(engine, text, self._resolve(engine, context, text), now, context, carry=True)
        if reply.result.status == "none" and (lexicon.WHY_WORDS.search(bare) or lexicon.AIM_ASKED.search(bare)):
            # 为啥要放在最前面? after 学习教育是第几道工序?: in words the report does not use, the reason for what was
            # just answered
            explained = self._explain(engine, context, text, "reason", now)
            if explained.sentence is not None:
                return explained
        return reply

    def forget(self) -> None:
        """Drop the context (the next message starts afresh)."""
        self._context = None

    def seen(self, question: str, shown: int, anchor: Passage | None = None) -> None:
        """The first `shown` passages for `question` (in :func:`shown_order`) were shown some other way, e.g. by a
        "next" button (the last of them `anchor`): "还有呢?" carries on after them, "具体说说" is about `anchor`.
        Only the current question's context is touched."""
        now = self.clock()
        context = self._context
        if context and now - context.at <= self.ttl and context.question == question:
            context.shown = max(context.shown, shown)
            context.anchor = anchor or context.anchor
            context.at = now

    # --- questions ------------------------------------------------------------------------------------------
    def _ask(self, engine: Engine, text: str, understood: str, now: float, context: _Context | None,
             focus: str | None = None, carry: bool = False, prefer: Passage | None = None) -> Answered:
        question = engine.read(understood)
        result = engine.answer(question, k=self.k, prefer=prefer)
        if carry and context is not None and question.folded and not _off_the_report(engine, question):
            # (你好 carries nothing along, nor 今天天气咋样?, which names only what the report never speaks of)
            # Asked again with the conversation's words carried along; the question's own words decide
            # between the two answers, and where they fit both equally the conversation goes on.
            own = question
            question = question.with_context(context.terms, self.context_weight)
            carried = engine.answer(question, k=self.k, prefer=prefer or context.anchor)
            asked = result
            if result.status != "answered":
                better = carried.status in ("answered", "partial") and not self._unheld_noun(engine, own, carried)
            else:
                better = carried.status == "answered" and \
                    (self._names_nothing(own) or self._fit(engine, own, carried) >= self._fit(engine, own, result))
            result = carried if better else result
            elsewhere = result.status == "answered" and result.answer is not None and \
                result.answer.passage.paragraph > 0 and result.answer.passage.id != context.anchor.id
            named = _talked_about(engine, context) if elsewhere and _of_anchor(engine, own, context.anchor) else []
            if named and result.answer is not None and not _names_in(engine, own, result.answer.passage) and \
                    not any(_speaks_of(engine, result.answer.passage, n) for n in named):
                # 现在完成了几项? after 合肥's tasks: what another passage says of others is not said of 合肥
                result = engine.about(question, named[0], k=self.k)
            elif result is carried and asked.status != "answered" and self._names_nothing(own) and elsewhere and \
                    not self._points_elsewhere(engine, own, context.anchor):
                result = asked  # 分别是哪几天开的? after 开了几次常委会?: of what was just said, not a date said elsewhere
        if focus and result.status == "none":
            result = engine.about(question, focus, k=self.k)
        elif focus and result.status == "partial":
            # 那各市县呢? where the report lacks the facet for X: what it says of X, not of the last subject
            about = engine.about(question, focus, k=self.k)
            result = about if about.answer is not None else result
        if focus and result.answer and result.status == "answered" and \
                not self._about(engine, result.answer.passage, understood, focus):
            # Another of the top passages may speak of the new subject (全省呢? → the province-wide figures).
            other = next((h.passage for h in result.hits if self._about(engine, h.passage, understood, focus)), None)
            retry = engine.answer(question, k=self.k, prefer=other) if other else None
            if retry is not None and retry.answer is not None and retry.answer.passage == other:
                result = retry
            else:  # what the report does say of X, if anything
                result = engine.about(question, focus, k=self.k)
        if context is not None and result.answer is not None and _repeats(engine, question, result, context):
            # What was just shown is no answer to a new question: the sentence's next figure of the measure word
            # asked (收了多少条? after 11条热线电话 → 3.3万余条), else another sentence must say it, or none does.
            lead = result.answer.lead
            rest = remainder_figure(result.answer.sentence, [lead]) \
                if lead and question.wants == "figure" and _new_deed(engine, understood, context) else None
            result = replace(result, answer=replace(result.answer, lead=rest)) if rest else \
                engine.answer(question, k=self.k, prefer=context.anchor, shown=result.answer.stated)
        elif context is not None and result.answer is not None and _shown_again(result, context.result) and \
                not lexicon.REACTION_ASKED.search(question.folded) and \
                not (focus and _names_anew(engine, focus, result.answer.sentence, _previous(engine, context))):
            # 网民对这种做法怎么看? after the sentence about the 微博: another sentence of the same passage that
            # answers says more (but 网民反响如何? is answered by the one that says how they took it: 引来…“点赞”).
            onward = engine.answer(question, k=self.k, prefer=context.anchor, shown=result.answer.stated)
            # (not one without the kind asked or the place asked of, where the sentence shown names them: 它对照的是
            # 啥精神? → 焦裕禄精神 again)
            shown_terms = [t for t in question.terms if (t.asked or t.role == "entity") and
                           any(a in result.answer.sentence for a in t.alternatives)]
            if onward.status == "answered" and onward.answer is not None and \
                    onward.answer.passage.id == result.answer.passage.id and \
                    all(any(a in onward.answer.sentence for a in t.alternatives) for t in shown_terms):
                result = onward
        if result.status in ("answered", "partial") and result.answer is not None:
            # a partial answer is about its subject too: 那淮南市呢? after what the report says of 庐江县
            terms = tuple(t for t in question.terms if t.role != "frame")
            if context is not None and carry:
                held = engine.passage_terms(result.answer.passage.position)
                terms += tuple(t for t in question.context if any(a in held for a in t.alternatives))
            self._context = _Context(understood, result, result.answer.passage, terms, 1, now, question.wants)
        elif focus is None and not carry:
            self._context = None  # a new question the report does not answer; a failed follow-up keeps context
        return Answered(understood, text, result)

    @staticmethod
    def _points_elsewhere(engine: Engine, question: Question, anchor: Passage) -> bool:
        """Does the follow-up point at a thing the passage just talked about never names (开这个会…? after an
        answer about the 暗访组)?"""
        text = engine.normalizer.normalize(anchor.text)
        return any(m.group("noun") not in text for m in lexicon.DEMONSTRATIVE.finditer(question.folded) if m.group("noun"))

    @staticmethod
    def _names_nothing(question: Question) -> bool:
        """Does the follow-up name nothing of its own (怎么保证落实的?: verbs only)? Then it is about what was said."""
        return not any(t.role == "entity" or (t.role != "frame" and len(t.word) > 1 and
                                              (f := word_facts(t.word)) is not None and f[1] in lexicon.CONTENT_POS)
                       for t in question.terms)

    @staticmethod
    def _unheld_noun(engine: Engine, question: Question, result: Result) -> bool:
        """Does the follow-up name a thing of its own (普通党员培训了多少? after 书记) that the carried answer's passage
        does not hold? Then the conversation's words found it, not the follow-up's."""
        if result.answer is None:
            return False
        held = engine.passage_terms(result.answer.passage.position)
        text = engine.matching_text(result.answer.passage.position)
        return any(t.role == "content" and t.kind == "word" and len(t.word) > 1 and t.word not in engine.weights.verbs
                   and not t.asked and (f := word_facts(t.word)) is not None and f[1] in lexicon.ORDINARY_POS
                   and t.word not in held and t.word not in text for t in question.terms)

    @staticmethod
    def _fit(engine: Engine, question: Question, result: Result) -> float:
        """How much of the question's own words the answer's passage holds."""
        return engine.verdict(question, result.answer.passage.position).coverage if result.answer else 0.0

    @staticmethod
    def _about(engine: Engine, passage: Passage, understood: str, focus: str) -> bool:
        """Does the passage speak of `focus` and of the rest of the question too? 那芜湖市呢? after a question
        about 合肥市 is answered only by a passage about 芜湖市 doing the same thing."""
        if not _speaks_of(engine, passage, focus):
            return False
        rest = engine.read(understood.replace(focus, ""))
        return not rest.terms or engine.verdict(rest, passage.position).coverage >= MIN_COVERAGE

    @staticmethod
    def _asks_more(engine: Engine, context: _Context, plain: str) -> bool:
        """Does the follow-up ask for more (还, 此外, 其他 …) of no kind of answer in particular, naming nothing but
        what is done and kinds of things (此外还抓了什么?, 其他工作量数据呢?; not 还有几个在整改?)?"""
        if not lexicon.MORE_ASKED.search(plain) or lexicon.WHY_WORDS.search(plain):
            return False
        question = engine.read(plain)
        if question.wants not in ("open", "list", "how", "yesno") or question.figures or question.ordinals:
            return False
        if lexicon.POINTING.search(plain) or _pronoun_in(plain):
            return False  # (他还带头干了啥?: of the one named before, asked afresh)
        return all(t.role == "frame" or len(t.word) == 1 or t.word in engine.weights.verbs or
                   lexicon.OTHERS.fullmatch(t.word) or lexicon.MORE_KINDS.fullmatch(t.word) for t in question.terms)

    def _of_context(self, engine: Engine, context: _Context, text: str) -> bool:
        """Is the follow-up about what the conversation is on: it names nothing (为什么这样安排?), or the passage
        being talked about holds what it names and most of its words (为什么要专门培训书记?)?"""
        question = engine.read(self._resolve(engine, context, text))
        if all(t.role == "frame" or t.word in engine.weights.verbs for t in question.terms):
            return True
        verdict = engine.verdict(question, context.anchor.position)
        return not verdict.missing and verdict.coverage >= RELATED_COVERAGE

    # --- 还有呢? 具体说说 为什么? ---------------------------------------------------------------------------
    def _more(self, engine: Engine, context: _Context, text: str, now: float) -> More:
        answer = context.result.answer
        first = answer.passage if answer else context.result.hits[0].passage
        passage, _ = page(engine, context.question, first, context.shown)
        while passage is not None and context.then is not None and passage.id == context.then.id:
            context.shown += 1  # (shown already, as what the report says next)
            passage, _ = page(engine, context.question, first, context.shown)
        context.at = now
        if context.shown == 1 and context.result.status == "answered" and answer is not None:
            # 还有呢? right after an answer: the answer's paragraph read on from the clause that gave the short
            # answer, a clause or a sentence at a time; with no such clause, the paragraph's whole text (or,
            # where no other passage matches, that paragraph as all the report says); then the other passages
            if context.read < 0 and _listed_whole(context.question, answer.sentence, answer.lead):
                # 合肥专项行动有哪些? → 还有呢?: the list was given whole; the report lists no more
                context.read = len(first.text)
                context.then = then = _next_in_section(engine, first)
                return More(context.question, text, (first,), piece=answer.sentence.strip(), listed=True, then=then)
            if context.read < 0:
                context.read = read_from(first.text, answer.sentence, answer.lead)
                if context.read < 0:
                    said = said_lines(first)
                    # a paragraph of one sentence, shown with the answer: what it says after a short answer that
                    # lists (坚持用真心、下真功、动真格, | 通过量化指标…)
                    if answer.lead and "、" in answer.lead and len(said) == 1:
                        context.read = read_from(first.text, answer.sentence, answer.lead, tallies_only=False)
                    if context.read < 0 and (passage is None or len(said) > 1):
                        # (a byline, (记者 黄永礼), says nothing more)
                        context.read = len(first.text)
                        context.then = then = _next_in_section(engine, first)
                        return More(context.question, text, (first,), whole=True,
                                    complete=passage is None and then is None, then=then)
                    if context.read < 0:
                        context.read = len(first.text)
            piece = next_piece(first.text, context.read)
            if piece is not None:
                context.read = piece[1]
                last = not first.text[piece[1]:].strip()
                then = _next_in_section(engine, first) if last else None
                context.then = then or context.then
                return More(context.question, text, (first,), piece=piece[0],
                            complete=last and passage is None and then is None, then=then)
        if passage is None:
            return More(context.question, text, ())
        context.shown += 1
        context.anchor = passage
        return More(context.question, text, (passage,))

    def _other_place(self, engine: Engine, context: _Context, text: str, now: float) -> More | None:
        """还有别的地方的例子吗? after an answer about one place: the nearest paragraph after it (else before it) that
        names another place, the report's own setting aside; None where the answer names no place."""
        scope = engine.reader.scope

        def places(passage: Passage) -> set[str]:
            return {name for name in place_names() if name in passage.text and name not in scope}

        anchor = context.anchor
        own = places(anchor)
        if not own:
            return None
        paragraphs = [p for p in engine.store.doc_passages(anchor.doc) if p.paragraph > 0]
        after = [p for p in paragraphs if p.position > anchor.position]
        before = [p for p in reversed(paragraphs) if p.position < anchor.position]
        other = next((p for p in (*after, *before) if places(p) - own), None)
        if other is None:
            return None
        context.at = now
        context.shown += 1
        context.anchor = other
        return More(context.question, text, (other,))

    def _detail(self, engine: Engine, context: _Context, text: str, now: float) -> Detail:
        context.at = now
        anchor = context.anchor
        return Detail(context.question, text, anchor, tuple(engine.neighbors(anchor.id)) or (anchor,))

    def _explain(self, engine: Engine, context: _Context, text: str, kind: str, now: float) -> Explained:
        """The clause next to the last answer that gives a reason (为了, 确保 …) or a measure (通过, 采取 …),
        never the answer's own fact again (设立11条热线电话 is not why it was done)."""
        context.at = now
        answer = context.result.answer
        if answer is None:
            return Explained(context.question, text, kind)
        cues = {"reason": lexicon.REASON_CUES, "result": lexicon.RESULT_CUES}.get(kind, lexicon.MEASURE_CUES)
        fact = engine.normalizer.normalize(answer.lead or "")
        asked = _previous(engine, context)
        # 网民为什么点赞?: the clause that says 点赞 is what is explained, not its reason
        effect = [t.word for t in engine.read(text).terms if t.role != "frame" and len(t.word) > 1 and
                  t.word not in engine.weights.verbs and kind == "reason"]
        # (网民为啥觉得有诚意? after 引来不少网民“点赞”: what it adds to the answer is the effect a cause is sought of)
        stated = engine.normalizer.normalize(answer.stated)
        added = [w for w in effect if w not in stated] or effect
        # The neighbours only where they go on about the same subject (the next paragraph is often another
        # city's: its reasons are not this one's).
        def named(passage: Passage) -> set[str]:
            return {t for t in engine.passage_terms(passage.position) if t in engine.names}

        own = named(answer.passage)
        neighbors = [p for p in engine.neighbors(answer.passage.id) if p.id != answer.passage.id]
        order = [answer.passage, *[p for p in neighbors if not named(p) - own]]
        best: tuple[float, str, str, Passage] | None = None
        for rank, passage in enumerate(order):
            for sentence in passage.sentences:
                clauses = _CLAUSE.findall(sentence)
                hits = [len(cues.findall(c)) for c in clauses]
                explained = bool(effect) and any(w in engine.normalizer.normalize(sentence) for w in effect)
                caused = 0  # (the clause saying the effect a cause is sought of, where the clauses before say it)
                if kind == "reason":
                    # 通过X,Y: Y says what X is for; in the answer's own sentence, 制定了X,明确…,做好…: the clauses
                    # that open with a verb after the one that makes X say what X is for
                    made = sentence.strip() == answer.stated and bool(lexicon.MEASURE_CUES.search(clauses[0])) and \
                        not any(hits)  # (only where the sentence states no reason: 确保…不走过场 is one)
                    for n in range(1, len(clauses)):
                        does = made and clauses[n].strip()[:2] in engine.weights.verbs and \
                            not lexicon.BY_MEANS.search(clauses[n])  # (通过…: a measure, not what it is for)
                        # (利用官方微博征求意见,引来不少网民“点赞”: what came of it, no aim)
                        if (lexicon.BY_MEANS.search(clauses[n - 1]) or does) and not hits[n] and \
                                not lexicon.RESULT_CUES.match(clauses[n].strip()):
                            hits[n] = 1
                    # 不少网民表示,运用新媒体征集社情民意,…,让大家感受到了诚意: what brought about the effect asked of (为啥
                    # 觉得有诚意?) is said in the clauses before the causing one that says it
                    caused = next((n for n, c in enumerate(clauses) if n and explained and lexicon.CAUSING.match(c.strip()) and
                                   any(w in engine.normalizer.normalize(c) for w in added)), 0)
                    for n in range(caused):
                        if not lexicon.SAYING_CLAUSE.search(clauses[n]):
                            hits[n] = max(hits[n], 1)
                    if caused:
                        hits[caused] = 0  # (the effect itself is no reason for it)
                if kind == "measure":  # (派出督导组1264个、指导组11697个,| 实现了…全覆盖: how it was reached)
                    for n in range(1, len(clauses)):
                        if lexicon.REACHED.match(clauses[n].strip()):
                            hits[n - 1] += 2  # (said right before what it reached: the surest measure)
                    # (在开展第二批活动同时,: when, not how)
                    hits = [0 if lexicon.TIME_CLAUSE.match(c.strip()) else h for c, h in zip(clauses, hits, strict=True)]
                i = 0
                while i < len(clauses):
                    if not hits[i]:
                        i += 1
                        continue
                    j = i + 1  # a run of clauses that each state a reason or a measure reads as one
                    while j < len(clauses) and hits[j]:
                        j += 1
                    span = "".join(clauses[i:j])
                    said = engine.normalizer.normalize(span)
                    if (kind == "reason" and ((fact and fact in said) or
                                              any(w in said for w in (added if j <= caused else effect)) or
                                              # (学习教育,是…基础环节 after 放在什么位置?: what it is, no reason for it)
                                              (not fact and sentence.strip() == answer.stated and
                                               lexicon.DEFINES.match(sentence.strip()) is not None))) or \
                            (kind == "result" and fact and fact in said) or \
                            (kind == "measure" and _TRAILING_PUNCT.sub("", said) in asked):  # (正反典型对照: what was asked of)
                        i = j
                        continue
                    # Prefer the sentence that says what is explained (为啥当头道工序? ↔ …作为头道工序,打牢…基础),
                    # the answer's own sentence, then its passage, then the neighbours.
                    score = sum(hits[i:j]) + (1.0 if sentence.strip() == answer.stated else 0.0) + \
                        (1.5 if explained else 0.0) - 0.5 * rank
                    if best is None or score > best[0]:
                        best = (score, _TRAILING_PUNCT.sub("", span), sentence.strip(), passage)
                    i = j
        done = lexicon.MEASURE_VERB.search(engine.normalizer.normalize(text)) if kind == "measure" else None
        if best is None and done is not None:
            # 具体咋学的? where no clause says how: the clauses next to it that open or end with that verb
            # (学原著,学党史,学先进; 集中学,专题学,讨论学)
            forms = (lexicon.parallel(done.group(1)), lexicon.parallel(done.group(1), manner=True))
            listed = next(((m, s, p) for p in (answer.passage, *neighbors) for s in p.sentences for form in forms
                           if (m := form.search(engine.normalizer.normalize(s)))), None)
            if listed is not None:
                found, sentence, passage = listed
                return Explained(context.question, text, kind, sentence=sentence.strip(),
                                 lead=found.group(0).strip(_LIST_EDGES), passage=passage)
        if best is None:
            return Explained(context.question, text, kind, passage=answer.passage)
        return Explained(context.question, text, kind, sentence=best[2], lead=best[1], passage=best[3])

    # --- reading a follow-up against the context --------------------------------------------------------------
    def _resolve(self, engine: Engine, context: _Context, text: str) -> str:
        """The follow-up with 他, 它们, 这些人, 这个手册, 那个数字 read as what the conversation spoke of (佢哋, 伊拉:
        regional words in their standard form)."""
        folded = lexicon.standard_asking(engine.normalizer.normalize(text))
        switched = lexicon.SWITCHED_TO.match(folded)
        if switched is not None:  # 换成来安县,它的抓手是什么?: 它 is the place switched to
            rest = switched.group("rest")
            pointed = lexicon.THING_PRONOUN.search(rest) or lexicon.GROUP_PRONOUN.search(rest)
            folded = rest[: pointed.start()] + switched.group("x") + rest[pointed.end():] if pointed else folded
        answer = context.result.answer
        said = engine.normalizer.normalize(context.question + (answer.sentence if answer else ""))
        lead = engine.normalizer.normalize(answer.lead) if answer and answer.lead else ""
        if lead and re.search(r"\d", lead):
            folded = lexicon.FIGURE_PRONOUN.sub(lead, folded)
        bare_count = _BARE_COUNT.search(folded)
        read = engine.read(folded) if bare_count else None
        if read and bare_count and all(t.role == "entity" for t in read.counted(engine.weights.verbs)):
            # 合肥开了几条? after 芜湖开了几条热线?: the thing the last question counted by that measure word (not
            # where the follow-up names its own: 督导组有几个?, nor where it names a new doer: 省里的报告团讲了多少场?)
            last = engine.read(_previous(engine, context))
            counted = "".join(t.word for t in last.counted(engine.weights.verbs))
            before = {a for t in last.terms for a in (t.word, *t.alternatives)}
            # (a scope is no doer: 全省一共征集到多少条? after 芜湖征集到多少条意见?)
            doer = any(t.role == "content" and len(t.word) > 1 and t.word not in lexicon.SETTING_WORDS and
                       ((f := word_facts(t.word)) is None or f[1] == "n") and
                       not before.intersection((t.word, *t.alternatives)) for t in read.terms)
            # (nor where it asks per item of what was counted: 每人包几个? after 多少个领导…?)
            per_item = lexicon.PER_ITEM.search(folded[: bare_count.start()]) is not None
            if counted and bare_count.group(1) in last.units and counted not in folded and not doer and not per_item:
                folded = folded[: bare_count.end(1)] + counted + folded[bare_count.end(1):]
        deed = _BARE_DEED.search(folded)
        if deed is not None and bare_count is None:
            # 那省委督导组开了多少? after 市县两级领导班子开了多少座谈会?: the same deed, what it yielded counted
            last = engine.read(_previous(engine, context))
            asked = lexicon.ASKED_UNIT.search(last.folded)
            counted = "".join(t.word for t in last.counted(engine.weights.verbs)) or \
                next((t.word for t in last.terms if asked is not None and asked.group(1) and len(t.word) > 2 and
                      last.folded.startswith(t.word, asked.start(1))), "")  # (多少座谈会: no 座 counted)
            if asked is not None and counted and counted not in folded and \
                    last.folded[: asked.start()].rstrip("了过").endswith(deed.group(1)):
                folded = folded[: deed.end(2)] + counted + folded[deed.end(2):]
        part = lexicon.PART_OF_LAST.match(folded)
        if part:  # 其中改好的有多少?: a part of what the last question counted (4395个“四风”方面问题)
            pronoun = "这些人" if _PEOPLE_COUNT.search(lead) else "它们"
            folded = self._group(engine, context, pronoun, lead) + "中" + folded[part.end():]
        group = lexicon.GROUP_PRONOUN.search(folded)
        # (来安县呢,他们搞了啥?: 他们 are the place the follow-up names before it, not the last question's)
        if group and not any(w in place_names() and 0 <= folded.find(w) < group.start() for w in engine.terms(folded)):
            folded = folded.replace(group.group(0), self._group(engine, context, group.group(0), lead), 1)
        it = lexicon.THING_PRONOUN.search(folded)
        if it:  # 它: the thing the last answer named (《便民服务手册》), else what the last question was about
            previous = _previous(engine, context)
            its = it.group(0) == "其"  # (其, its, is the last question's subject's: 其所用办法)
            titled = lexicon.WORK_TITLE.search(answer.sentence) if answer and not its else None
            named = lead.strip("《》") if lead and not re.search(r"\d", lead) and not its else \
                titled.group(0).strip("《》") if titled and titled.group(0) not in previous else \
                _thing_of(engine, previous)
            folded = folded[:it.start()] + named + folded[it.end():] if named else folded
        person = lexicon.PERSON_PRONOUN.search(folded)
        if person:
            name = self._person(engine, context, said)
            folded = folded[:person.start()] + name + folded[person.end():] if name else folded
        there = lexicon.PLACE_THERE.search(folded)
        if there:  # 那里: the place the last answer named (哪个市设立了11条热线电话? → 芜湖市), else the last question
            places = [w for w in engine.terms(said) if w in place_names() and len(w) > 1]
            place = lead if lead in place_names() else min(places, key=said.find, default=None)
            folded = folded[:there.start()] + place + folded[there.end():] if place else folded
        # 这部分 → the part of the report the last question named (第三部分)
        previous_part = lexicon.PART_ORDINAL.search(_previous(engine, context))
        if previous_part is not None:
            folded = _THIS_PART.sub(previous_part.group(0), folded, count=1)
        # 这个手册 → 便民服务手册; 该市流动党员 → the place of that level the conversation named (马鞍山市)
        for pattern in (lexicon.DEMONSTRATIVE, lexicon.POINTING):
            for match in reversed(list(pattern.finditer(folded))):
                noun = match.group("noun") if "noun" in pattern.groupindex else match.group(0)[-1]
                # (这两种精神 → 焦裕禄精神和沈浩精神: the several the conversation named)
                thing = _named_by(engine, said, noun, several="count" in pattern.groupindex and bool(match.group("count")))
                if thing:
                    folded = folded[:match.start()] + thing + folded[match.end():]
        return folded

    @staticmethod
    def _group(engine: Engine, context: _Context, pronoun: str, lead: str) -> str:
        """它们, 这些人: the counted group of the last question (几个暗访组 → 暗访组), or the people it
        counted (170人), or else what it was about (its subject)."""
        previous = _previous(engine, context)
        asked = lexicon.ASKED_UNIT.search(previous)
        # (with the question's own words the report says otherwise: 检查组, which the index cuts 检查|组)
        terms = [*engine.terms(previous), *(t.word for t in engine.read(previous).terms if len(t.word) > 1)]
        counted = max((t for t in terms if asked and previous[asked.end():].startswith(t)), key=len, default="")

        def subject() -> str:  # whoever the question was about
            return _subject(engine, previous, lexicon.longest_first({t for t in terms if t not in lexicon.FUNCTION_CHARS}),
                            verbal_nouns=True) or ""

        counted_people = _PEOPLE_COUNT.search(lead)
        if (pronoun.endswith("人") or pronoun in ("他们", "她们")) and counted_people:
            # (but 他们 after 省委督导组是多少人组成的? are the groups the question was about, not the 170人 in them,
            # and after 抽了多少人组成督导组? the groups the answer says they formed: 170人组成16个省委督导组)
            about = subject() if pronoun in ("他们", "她们") else ""
            if lexicon.GROUP_NAMED.search(about):
                return about
            sentence = context.result.answer.sentence if context.result.answer else ""
            formed = lexicon.GROUP_FORMED.match(sentence, sentence.find(lead) + len(lead)) if about and lead in sentence else None
            return formed.group(1) if formed else counted_people.group(0)
        people = [t for t in terms if lexicon.PEOPLE_ENDINGS.search(t) and len(t) > 1]
        if pronoun in ("他们", "她们", "这些人", "那些人") and people:
            # the group the question spoke of first, its subject (一些单位用什么来征求网民意见? → 单位), with
            # the words glued before it (第一批活动单位)
            group = min(people, key=lambda t: (previous.find(t), -len(t)))
            start = previous.find(group)
            # (and a word that describes it before 的: 年老体弱的党员)
            while glued := max((t for t in terms if len(t) > 1 and previous[:start].removesuffix("的").endswith(t) and
                                ((f := word_facts(t)) is None or f[1] not in lexicon.FRAMING_POS)), key=len, default=""):
                start -= len(glued) + previous[:start].endswith("的")
            return previous[start: previous.find(group) + len(group)]
        if counted or people:
            return counted or max(people, key=len)
        return subject()  # 他们 after a question about 第一批活动单位

    @staticmethod
    def _person(engine: Engine, context: _Context, said: str) -> str | None:
        """他/她: the person the last answer names (its lead), else the last one the conversation named."""
        answer = context.result.answer
        if answer and answer.lead and is_person(answer.lead):
            return answer.lead
        names = [t for t in engine.terms(said) if is_person(t)]
        return names[0] if names else None

    # --- 那X呢? -------------------------------------------------------------------------------------------------
    @staticmethod
    def _swap(engine: Engine, context: _Context, replacement: str) -> str | None:
        """The last question with the part of it of the same kind as `replacement` replaced by it."""
        previous = _previous(engine, context)
        new = engine.normalizer.normalize(replacement)
        terms = sorted(set(engine.terms(previous)), key=lambda t: (-len(t), previous.find(t), t))
        words = [t for t in terms if len(t) > 1]
        titled = lexicon.POST_THEN_NAME.fullmatch(new)
        if titled and titled.group(2) in engine.names:
            # 那省长王学军呢? after 省委书记张宝顺…: the person with their post for the person with theirs
            name = titled.group(2)
            target = next((t for t in words if t in engine.names and t != name and t in previous and
                           _kind(engine, t) == _kind(engine, name)), None)
            if target is not None:
                end = previous.index(target) + len(target)
                post = lexicon.POST_BEFORE_NAME.search(previous[:end - len(target)])
                start = post.start() if post else end - len(target)
                return _splice(engine, context.question, start, end, replacement.strip())
        posts = [m for m in lexicon.ROLES.finditer(previous) if not m.group(0).endswith(new) and m.group(0) not in new] \
            if lexicon.POST_BEFORE_NAME.fullmatch(new) else []
        if posts:
            # 省长是谁? → 副书记呢?: a post for the post asked of (the last one before the question word)
            post = posts[-1]
            start = post.start()
            while start > 0 and "\u4e00" <= previous[start - 1] <= "\u9fff" and previous[start - 1] not in "的里和与及":
                start -= 1
            return _splice(engine, context.question, start, post.end(), replacement.strip())
        part, asked_part = _part_named(new), lexicon.PART_ORDINAL.search(previous)
        if part and asked_part:  # 首节标题为何? → 末节呢?: the part asked of, by its place in the report
            return previous[:asked_part.start()] + part.group(0) + previous[asked_part.end():]
        numbered = lexicon.ORDINAL_NUMBER.search(new) if re.fullmatch(lexicon.NUMBERED, new) else None
        number = lexicon.ORDINAL_NUMBER.search(previous)
        if numbered and number and (asked_part or lexicon.ORDINAL_NAMING.search(previous)):
            # 第二个小标题是什么? → 第三个呢?: the same asked of the one numbered so
            return previous[:number.start()] + numbered.group(0) + previous[number.end():]
        kind = _kind(engine, new)
        if kind == "meta":  # 记者是谁? → 来源呢?: the report's own 来源
            return f"这篇报道的{new}是什么?"
        if lexicon.ROLE_WORDS.fullmatch(new):  # 刘云山几号来的? → 职务呢?: the post of the person talked about
            answer = context.result.answer
            person = Conversation._person(engine, context, previous + (answer.sentence if answer else ""))
            return f"{person}的{new}是什么?" if person else None
        counting = lexicon.ASKED_UNIT.search(previous)
        counted = next((t.word for t in engine.read(previous).counted(engine.weights.verbs)
                        if len(t.word) > 1 and new.endswith(t.word)), "") if counting is not None else ""
        done_by = new[: -len(counted)] if counted else ""
        if counting is not None and len(done_by) > 2 and (is_verb(done_by[-1]) or is_verb(done_by[-2:])):
            # 那省委督导组开的座谈会呢? after …开了多少场座谈会?: the thing counted, said with who did it now
            return f"{new}有{counting.group(0)}?"
        place_thing = _place_then_thing(new)
        if kind == "predicate" and not (place_thing and _kind(engine, place_thing.group(2)) in ("other", "people")):
            # 那市县两级领导班子成员深入基层呢? — what it asked (多少) about a new subject and deed; a deed with no
            # subject, opening with its verb (召开座谈会呢? after 省委督导组开展个别谈话多少人次?), is the last question's
            # subject's. The measure word the last question counted its own deed in (人次) may not count the new one (场).
            asked = _ASKED.search(previous)
            if asked is None:
                return None
            first = next(iter(engine.tokenizer.tokens(new)), "")
            subject = _subject(engine, previous, words) if is_verb(first) or is_verb(first[:2]) else None
            rest = _without_unit(previous, asked)
            return (subject or "") + new + rest
        if kind in ("year", "ordinal"):
            pattern = lexicon.YEAR if kind == "year" else lexicon.ORDINAL
            out = previous
            for marks in (lexicon.ORDINAL, lexicon.YEAR):
                part = marks.search(new)
                if part is None:
                    continue
                same = marks.search(out)
                out = out.replace(same.group(0), part.group(0), 1) if same else part.group(0) + out
            return out if out != previous or not pattern.search(previous) else None
        places = ("place", "scope", "level")
        split = _SCOPE_THEN_THING.fullmatch(new) or place_thing
        if split and new not in engine.terms(new) and _kind(engine, split.group(1)) in places and \
                _kind(engine, split.group(2)) in ("other", "people"):
            # 省里的报告团呢? after 各市县的先进事迹报告会…?: the scope swapped, then the thing most like the one named
            swapped = Conversation._swap(engine, context, split.group(1))
            thing = split.group(2)
            like = min((t for t in engine.terms(swapped or "") if len(t) > 1 and t != thing and
                        len(set(t) & set(thing)) >= 2), key=lambda t: (-len(set(t) & set(thing)), -len(t), t), default=None)
            if swapped and like:
                return swapped.replace(like, thing, 1)
            if swapped and thing in swapped:  # (马鞍山市的做法呢? after 淮南市…有什么特色做法?: the thing is asked already)
                return swapped
            if split is place_thing:  # (那芜湖的做法呢? after 合肥开展了哪些专项行动?: the thing, of the place)
                return f"{split.group(1)}的{thing}是什么?"
        same_kind = [] if kind == "other" else \
            [t for t in words if _kind(engine, t) == kind or
             (kind in places and _kind(engine, t) in places)]
        # of several, the one most like it (县级 for 市级, not 各地 of 各地梳理出市级…)
        same_kind.sort(key=lambda t: -len(set(t) & set(new)))
        target = next((t for t in same_kind if t in previous and t != new), None)
        if target is None and kind == "people":
            target = _subject(engine, previous, words)
        if target is None and kind in ("place", "scope"):
            # the question named no place: ask it about this one (省先进事迹报告团… → 各市县先进事迹报告团…: a tier
            # glued before the thing is replaced)
            tier = previous[:1] in lexicon.TIER_CHARS and previous[:2] not in engine.terms(previous)
            return f"{new}{previous[1:] if tier else previous}"
        if target is None:
            target = next((t for t in words if t[-1] == new[-1] and t in previous), None)
        if target is not None:
            start, end = previous.index(target), previous.index(target) + len(target)
            if kind in ("place", "scope", "level"):
                # 芜湖全市 → 全省: the places side by side go together
                while glued := next((t for t in same_kind if previous.startswith(t, end) and t != new), None):
                    end += len(glued)
                while glued := next((t for t in same_kind if previous[:start].endswith(t) and t != new), None):
                    start -= len(glued)
                # (the report's scope as a whole, 各市县, where the index holds it but for one character: 各市)
                start, end = min(((at, at + len(w)) for w in lexicon.SCOPE_WORDS for at in occurrences(previous, w)
                                  if at <= start and end <= at + len(w) and len(w) - (end - start) <= 1),
                                 key=lambda span: span[0] - span[1], default=(start, end))
                # 全省呢? after 省委督导组收上来多少条…?: the whole province, not its body: the body goes too
                body = next((t for t in words if previous.startswith(t, end) and lexicon.PEOPLE_ENDINGS.search(t)), None) \
                    if any(new.startswith(w) for w in lexicon.WHOLE_SCOPE) else None
                end += len(body) if body else 0
            else:
                # 年老体弱党员 → 流动党员: modifiers glued before the replaced word go with it.
                while glued := next((t for t in words if previous[:start].endswith(t) and
                                     _kind(engine, t) == "other"), None):
                    start -= len(glued)
                if any(new.startswith(w) for w in lexicon.SCOPE_WORDS):
                    # 市县 督导组 → 省委督导组: the scope it brings replaces the one before the word replaced
                    before = previous[:start].rstrip(" 的")
                    scope = next((w for w in lexicon.longest_first(lexicon.SCOPE_WORDS) if before.endswith(w)), None)
                    start = len(before) - len(scope) if scope else start
            return _splice(engine, context.question, start, end, replacement.strip())
        # Otherwise replace what the question counts or names: the words right after 多少/几/什么 (+ measure).
        asked = lexicon.ASKED_UNIT.search(previous) or _ASKED.search(previous)
        if asked is None:
            return None
        start = end = asked.end()
        while glued := next((t for t in words if previous[end:].startswith(t) and  # what is counted, not a verb
                             ((f := word_facts(t)) is None or f[1] not in ("v", "vd", "p"))), None):
            end += len(glued)
        if end == start:  # nothing after it (记者是谁?): the words before it, past 是/的, up to who does it
            # (省委督导组|个别谈话多少? → 收的意见呢?: 省委督导组 stays)
            end = start = len(previous[: asked.start()].rstrip("是的"))
            while glued := next((t for t in words if previous[:start].endswith(t) and (
                    start == end or _kind(engine, t) not in (*places, "people"))), None):
                start -= len(glued)
        return previous[:start] + new + previous[end:] if end > start else None


def _previous(engine: Engine, context: _Context) -> str:
    """The conversation's last question as read (几多人 → 多少人: regional words in their standard form)."""
    return lexicon.standard_asking(engine.normalizer.normalize(context.question))


def _off_the_report(engine: Engine, question: Question) -> bool:
    """Does the question name nothing of the report and a thing it never speaks of (天气 in 今天天气咋样?)?"""
    if question.terms:
        return False
    words = [t for t in engine.tokenizer.tokens(question.folded) if len(t) > 1 and lexicon.HAN_RUN.fullmatch(t)]
    return any(w not in engine.weights.idf and w not in lexicon.FRAMING_WORDS and w not in lexicon.PLACE_KINDS and
               (facts := word_facts(w)) is not None and facts[1] in lexicon.CONTENT_POS for w in words)


def _talked_about(engine: Engine, context: _Context) -> list[str]:
    """What the conversation is about: its names, or else the words it asked about that its passage holds and
    that are specific enough to name a subject."""
    held = engine.passage_terms(context.anchor.position)
    return [t.word for t in context.terms if t.role == "entity"] or \
        [t.word for t in context.terms if t.role != "frame" and len(t.word) > 1 and t.word in held and
         t.word not in engine.weights.verbs and engine.weights.idf.get(t.word, 0.0) >= SUBJECT_IDF]


def _of_anchor(engine: Engine, question: Question, anchor: Passage) -> bool:
    """Does the question name nothing the passage being talked about does not (现在完成了几项?: only what happened;
    哪家媒体牵头的? after 芜湖's hotlines, 依托市级主要媒体): no figure, no round, no word but verbs and its own? (A
    verb it asks of, 集中暗访是几号到几号?, names an event of its own.)"""
    held = engine.passage_terms(anchor.position)
    return not question.figures and not question.ordinals and \
        all(t.role == "frame" or len(t.word) < 2 or
            ((t.word in engine.weights.verbs or is_verb(t.word)) and t.role != "constraint") or
            any(a in held for a in t.alternatives) for t in question.terms)


def _names_in(engine: Engine, question: Question, passage: Passage) -> bool:
    """Does the question name a thing of its own, no verb, that the passage holds (焦裕禄精神和沈浩精神处于什么位置?
    ↔ 把学习弘扬焦裕禄精神、沈浩精神作为红线)? Then the passage speaks of what it asks about."""
    held = engine.passage_terms(passage.position)
    return any(t.role != "frame" and len(t.word) > 2 and t.word not in engine.weights.verbs and not is_verb(t.word) and
               t.word in held for t in question.terms)


def _speaks_of(engine: Engine, passage: Passage, focus: str) -> bool:
    """Does the passage hold X: its word, its text (the matching text leaves punctuation out: 县(市、区) stands
    there as 县市区), its tier (县级 ↔ 市、县两级), or most of what X says (上级来作辅导报告 ↔ 上级…作辅导报告)?"""
    held = engine.passage_terms(passage.position)
    text = engine.matching_text(passage.position)
    if focus in held or re.sub(r"\W", "", focus) in text or \
            any(words.fullmatch(focus) and words.search(text) for _, words in lexicon.TIERS):
        return True
    named = [t for t in engine.read(focus).terms if t.role != "frame" and t.kind != "event"]
    # (收集到的意见 ↔ 征求到…意见建议: the thing, where the verb describing it is said otherwise)
    named = [t for t in named if t.word not in engine.weights.verbs] or named
    found = [t for t in named if any(a in held or a in text for a in t.alternatives)]
    # (a tier said otherwise, 省级 ↔ 省里, where the passage holds the thing of that tier: 省级报告团 ↔ 省里…报告团)
    tiers = [t for t in named if t not in found and any(words.fullmatch(t.word) and words.search(text)
                                                        for _, words in lexicon.TIERS)] if found else []
    said = sum(len(t.word) for t in found + tiers)
    return said >= MIN_COVERAGE * sum(len(t.word) for t in named)


def _repeats(engine: Engine, question: Question, result: Result, last: _Context) -> bool:
    """Would `result` show again the sentence just shown with nothing new? It gives no thing of the kind
    asked (a figure, a name, a place, a date), or the same one as before while none of the question's own
    words the sentence holds is new to the conversation (then the sentence may well give another figure)."""
    new, old = result.answer, last.result.answer
    if result.status != "answered" or new is None or old is None or new.sentence.strip() != old.sentence.strip():
        return False
    if new.lead is None:
        # (哪些地方? after 多少场?: the places the same sentence names are new, the kind asked is another; not
        # the place the conversation is about, 马鞍山市 for 这些流动党员在哪些省份务工?)
        if question.wants in ("place", "where"):
            said = [t for t in engine.terms(engine.normalizer.normalize(last.question)) if len(t) > 1]
            return not any(len(w) > 1 and (w in place_names() or lexicon.PLACE_LEVEL.fullmatch(w)) and
                           not any(t in w or w in t for t in said) for w in engine.terms(new.sentence))
        return question.wants in lexicon.TYPED_WANTS and last.wants == question.wants
    if lexicon.REST_OF.search(question.folded) and not any(c.isdigit() for c in new.lead):
        return True  # 剩下那些的第一书记是谁当?: who the sentence says of the part it counts is not said of the rest
    if new.lead != old.lead:
        return False
    held, before = set(engine.terms(new.sentence)), set(engine.terms(last.question))
    return not any(t.role != "frame" and a in held and a not in before for t in question.terms for a in t.alternatives)


def _new_deed(engine: Engine, text: str, last: _Context) -> bool:
    """Does the follow-up name a deed the last question did not (收了多少条? after 设了几条热线?; not 一共几条?)?"""
    said = _previous(engine, last)
    return any(is_verb(t) and t not in said for t in engine.tokenizer.tokens(engine.normalizer.normalize(text)))


def _names_anew(engine: Engine, focus: str, sentence: str, said: str) -> bool:
    """Does the sentence name a word of the subject swapped in that the last question did not (省几大班子其他领导呢? after
    张宝顺在学习上带了什么头?: the sentence shown names 省几大班子 too, and answers again)?"""
    return any(len(w) > 1 and w in sentence and w not in said
               for w in engine.tokenizer.tokens(engine.normalizer.normalize(focus)))


def _another_tier_and_thing(engine: Engine, x: str, previous: str) -> bool:
    """Does the swap open with tiers (各市县) and go on to a thing of the index the last question did not name (报告会
    after 报告团): what is asked of, at another tier?"""
    tier = _TIERS_FIRST.match(x)
    if tier is None:
        return False
    said = set(engine.terms(previous))
    return any(len(w) > 1 and w in engine.weights.idf and w not in said and not w.endswith("级") and
               w not in lexicon.AGGREGATE_WORDS for w in engine.terms(x[tier.end():]))


def _shown_again(result: Result, last: Result) -> bool:
    """Does an answer that is a sentence (no short answer) show again the sentence just shown, itself one (a
    motto shown with it answers anew: 怎么招呼网友的? → “亲,…欢迎拍砖、吐槽。”)?"""
    new, old = result.answer, last.answer
    return result.status == "answered" and new is not None and old is not None and new.lead is None and \
        old.lead is None and new.stated.strip() == old.stated.strip()


def _next_in_section(engine: Engine, passage: Passage) -> Passage | None:
    """The paragraph after the passage's own, where it stands in the same section (what the report says next)."""
    return next((p for p in engine.store.doc_passages(passage.doc)
                 if p.paragraph == passage.paragraph + 1 and p.section == passage.section), None)


def _listed_whole(question: str, sentence: str, lead: str | None) -> bool:
    """Did a question asking for a list (哪些, 什么办法) get the sentence's whole list of things, no figures
    (正风肃纪、为民服务、除弊祛垢、固本强基), its short answer, if any, naming every item?"""
    items = max((m.group(0) for m in lexicon.LISTED_THINGS.finditer(sentence)), key=len, default="")
    if not lexicon.MANY_ASKED.search(lexicon.standard_asking(question)) or items.count("、") < lexicon.LISTED_MIN - 1:
        return False
    # (the first item is read with the words before it, the last with 等… after it)
    return lead is None or all(re.sub(r"等[^、]*$", "", item) in lead for item in items.split("、")[1:])


def _pronoun_in(text: str) -> bool:
    """Does the text point back at someone named before with a pronoun for a person or a group (他, 他们, 该组)?"""
    return any(p.search(text) for p in (lexicon.PERSON_PRONOUN, lexicon.GROUP_PRONOUN))


def _place_then_thing(x: str) -> re.Match[str] | None:
    """X of 那X呢? as a place name and a thing (马鞍山市的做法: 马鞍山市, 做法), the longest name that leaves one, if
    it is one."""
    names = place_names()
    for end in range(len(x) - 2, 0, -1):  # (the name looked up by X's openings, not a pattern of all names)
        split = re.fullmatch(rf"({re.escape(x[:end])})的?([\u4e00-\u9fff]{{2,}})", x) if x[:end] in names else None
        if split is not None:
            return split if not lexicon.ASKING.search(split.group(2)) else None  # (not 淮南有多少)
    return None


def _part_named(x: str) -> re.Match[str] | None:
    """The part of the report X of 那X呢? names by its place (末节, 第二部分), if it names one."""
    return lexicon.PART_ORDINAL.fullmatch(lexicon.standard_asking(x))


def _without_unit(previous: str, asked: re.Match[str]) -> str:
    """What the last question asks, from its question word on; a count without a measure word of its own and what
    it counted (多少人次? → 多少?, 多少场座谈会? → 多少?; 多少次? stays)."""
    unit = lexicon.ASKED_UNIT.match(previous, asked.start())
    if unit is None or not unit.group(1) or unit.group(1) in lexicon.GENERIC_UNITS:
        return previous[asked.start():]  # (多少次: any deed may be counted so)
    return "多少" + previous[len(previous.rstrip(_PUNCT + "呢吗啊呀")):]


def _clean_swap(x: str) -> str:
    """X of 那X呢? without the words that only frame it (全省一共 → 全省), tiers listed run together (各市、县,
    各个市县 → 各市县)."""
    if not lexicon.GLOSS.search(x):  # (县(市、区) is one tier, glossed)
        x = re.sub(r"(?<=[市县区乡镇])[、和](?=[市县区乡镇])", "", re.sub(r"各个(?=[市县区乡镇])", "各", x))
    return lexicon.SWAP_FILLER.sub("", x).strip() or x.strip()


#: A scope or place, then the thing of it (省里的报告团, 芜湖的热线).
_SCOPE_THEN_THING = regex(rf"({lexicon.SCOPE_PATTERN})的?([\u4e00-\u9fff]{{2,}})")


def _part_numbered(previous: str) -> tuple[re.Match[str], int] | None:
    """The ordinal of a part the last question named by its number (第一部分, 第2个小标题), and the number after it."""
    numbered = lexicon.ORDINAL_OF_PART.search(previous)
    n = small_number(numbered.group(1)) if numbered is not None else 0
    return (numbered, n + 1) if numbered is not None and n else None


def _next_in_order(x: str, previous: str) -> str:
    """X with 下一 read as the number after the one the last question gave (下一部分 after 第一部分…: 第2部分)."""
    after = lexicon.NEXT_IN_ORDER.match(x)
    numbered = _part_numbered(previous)
    if after is None or numbered is None:
        return x
    return f"第{numbered[1]}{x[after.end():]}"


def _next_numbered(previous: str, asked: str) -> str | None:
    """The last question with its part's number one higher, where `asked` asks for the next one alone (下一个呢?
    after 第一部分的小标题是什么?: 第2部分的小标题是什么?); else None."""
    numbered = _part_numbered(previous)
    following = lexicon.NEXT_ONE.match(asked)
    if numbered is None or following is None or \
            (following.group("bare") is not None and not lexicon.HEADING_ASKED.search(previous)):
        return None
    ordinal, n = numbered
    return f"{previous[:ordinal.start(1)]}{n}{previous[ordinal.end(1):]}"


def _kind(engine: Engine, word: str) -> str:
    """What kind of thing a word names, for swaps: "year", "ordinal", "scope", "level", "place", "people",
    "meta" (about the report itself: 来源), "predicate" (it says what was done: 深入基层) or "other"."""
    head = lexicon.GLOSS.sub("", word)
    if head and head != word:  # 县(市、区) is a 县
        return _kind(engine, head)
    if lexicon.YEAR.fullmatch(word) or (lexicon.YEAR.search(word) and lexicon.ORDINAL.search(word)):
        return "year" if not lexicon.ORDINAL.search(word) else "ordinal"
    if lexicon.ORDINAL.fullmatch(word) or lexicon.ORDINAL.search(word):
        return "ordinal"
    if word in lexicon.SCOPE_WORDS:
        return "scope"
    if lexicon.LEVEL.match(word):
        return "level"
    if word in place_names() or (word in engine.names and not lexicon.PEOPLE_ENDINGS.search(word)):
        return "place"
    if lexicon.PEOPLE_ENDINGS.search(word) and len(word) > 1:
        return "people"
    if any(p.search(word) for p, _ in lexicon.META_FIELDS):
        return "meta"
    if len(word) >= 4 and any((f := word_facts(t)) is not None and f[1] == "v" and len(t) > 1
                              for t in engine.terms(word)):
        return "predicate"
    return "other"


def _subject(engine: Engine, question: str, words: Sequence[str], verbal_nouns: bool = False) -> str | None:
    """The words a question opens with, up to its first verb: 省委督导组 in 省委督导组开了多少场座谈会
    (`verbal_nouns`: 活动 in 第一批活动单位 is part of it too)."""
    stops = ("v", "vd", "p") if verbal_nouns else ("v", "vd", "vn", "p")
    said = lexicon.SAID_IN_REPORT_FIRST.match(question)
    start = said.end() + question.startswith("“", said.end()) if said else 0  # (文中提到的“小四风”: 小四风)
    at = start
    while glued := next((t for t in words if question.startswith(t, at) and _kind(engine, t) != "predicate" and
                         ((f := word_facts(t)) is None or f[1] not in stops)), None):
        at += len(glued)
    return question[start:at] or None


def _thing_of(engine: Engine, question: str) -> str | None:
    """What a question is about, for 它: its subject (省委督导组开了多少场座谈会), or, where that is only the report's
    setting (省里组建的先进事迹报告团…), what the setting did something to (先进事迹报告团)."""
    words = lexicon.longest_first(set(engine.terms(question)))
    subject = _subject(engine, question, words)
    if subject not in lexicon.SETTING_WORDS:
        return subject
    rest = question[len(subject):]
    verb = next((t for t in words if rest.startswith(t)), "")
    rest = rest[len(verb):].lstrip("的了")
    return _subject(engine, rest, words) if verb else subject


def _named_by(engine: Engine, said: str, noun: str, several: bool = False) -> str | None:
    """The longest word or title the conversation said that ends with `noun` (手册 → 便民服务手册); with `several`,
    all of them in the order said (这两种精神 → 焦裕禄精神和沈浩精神), where there are more than one."""
    titles = [t.strip("《》") for t in re.findall(r"《[^》]+》", said)]
    found = [w for w in {*engine.terms(said), *titles} if w.endswith(noun) and len(w) > len(noun)]
    outer = sorted((w for w in found if not any(w != o and w in o for o in found)), key=said.find) if several else []
    if len(outer) > 1:
        return "和".join(outer)
    return max(found, key=len) if found else None


class Conversations:
    """Conversations by chat id, bounded in number (least recently used dropped)."""

    def __init__(self, engine: Callable[[], Engine], max_chats: int = MAX_CONVERSATIONS,
                 ttl: float = CONTEXT_TTL, clock: Callable[[], float] = time.monotonic, k: int = 3) -> None:
        self._engine = engine
        self._ttl = ttl
        self._clock = clock
        self._k = k
        self._chats: LRUCache[object, Conversation] = LRUCache(max_chats)

    def __len__(self) -> int:
        return len(self._chats)

    def get(self, chat: object) -> Conversation:
        """The conversation of one chat (created on first use)."""
        conversation = self._chats.get(chat)
        if conversation is None:
            conversation = Conversation(self._engine, self._ttl, self._clock, self._k)
            self._chats[chat] = conversation
        return conversation

    def reply(self, chat: object, text: str) -> Reply:
        """Answer `text` in the context of `chat`."""
        return self.get(chat).reply(text)

    def seen(self, chat: object, question: str, shown: int, anchor: Passage | None = None) -> None:
        """:meth:`Conversation.seen` for a chat that has a conversation (no new one is made)."""
        conversation = self._chats.peek(chat)
        if conversation is not None:
            conversation.seen(question, shown, anchor)


def _splice(engine: Engine, text: str, start: int, end: int, new: str) -> str:
    """`text` with the characters behind its matching form's [start, end) replaced by `new`: the rewritten
    question in the user's own writing (哪四个, not the matching form's 哪4个)."""
    folded, offsets = engine.normalizer.normalize_with_offsets(text)
    if not 0 <= start < end <= len(offsets):
        return folded[:start] + engine.normalizer.normalize(new) + folded[end:]
    return text[:offsets[start]] + new + text[offsets[end - 1] + 1:]
