"""A short direct answer to lead with: the figure, date, name or list the answer sentence holds.

"省委督导组有多少个,由多少人组成?" → "170人组成16个省委督导组"; "小四风是指什么?" → "吃喝风、红包风、赌博风、走读风".
Everything comes from the answer sentence (or, for questions about the report itself, its metadata).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence

from index.answering.decision import (
    LIST_ITEM_SLACK,
    NUMBER_IN,
    clause_start,
    collective_name,
    compared_figures,
    counts_people,
    is_person,
    item_size,
    names_group,
    post_before,
    roughly,
    roughly_stated,
    value_of,
)
from index.answering.query import Question, occurrences
from index.text import lexicon
from index.text.numerals import cardinal, small_number
from index.text.places import place_names
from index.text.regex import regex
from index.text.thesaurus import general_words, is_verb, word_facts

#: A month or day a yes/no question claims (是4月份来的吗?).
# (not 3月24日的点评, 3月中旬那次暗访: it names the event)
_DATE_CLAIMED = regex(r"(?<![\d.])\d{1,2}(?:月|日|号)(?!\d{1,2}(?:日|号))(?![上中下]?旬?(?:的|[那这][个次回场趟]))")
#: A figure a yes/no question claims (75万多条), with its multiplier and measure word.
_CLAIM = regex(rf"(\d+(?:\.\d+)?)(万|亿)?(余|多|来)?({lexicon.UNIT_PATTERN})?")
_DATE_UNITS = ("年", "月", "日", "号")
#: A figure offered as a guess at the one asked (50个县还是多少个县?).
_GUESSED = regex(r"\d[^,,。??]*?(?:还是|或者|或是)(?:多少|几)")
#: Characters after a figure the question states that name what it counts (1500多名|流动党员), and its measure word.
STATED_NOUN_REACH = 8
_UNIT_AT = regex(rf"^(?:{lexicon.UNIT_PATTERN})")
#: A claimed figure is answered by one at most this many times larger or smaller (50个 ↔ 50个县, not 16个).
CLAIM_REACH = 3.0
#: A rough claim (三千一百来个, 75万多条) is the figure up to this share above it (3142个, 75.6万余条).
ROUGH_CLAIM = 0.1
_FIGURE_WITH_UNIT = regex(
    rf"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:{lexicon.UNIT_PATTERN}|万)(?:以上|以下|左右)?|"
    rf"(?<!第){lexicon.SPELLED_COUNT.pattern}")  # 四个专项行动: a small count in words
#: Added to a figure whose measure word is the one asked: of one family, the asked word wins (多少场 → 462场 over
#: 820次) unless the rest of the question points clearly elsewhere.
EXACT_UNIT_BONUS = 1.0
#: How far before 多少/几 the counted noun may stand (暗访组一共有几个).
_COUNTED_REACH = 8
#: Characters around the question word within which a question term counts double.
_FOCUS = 3
#: Longest rest-of-clause kept as the counted noun after a classifier (16个省委督导组).
_MAX_NOUN = 8
#: Farthest a counted noun may stand after its figure in the same clause (8个由厅级干部带队的暗访组).
_NOUN_REACH = 12
#: Most characters between figures shown together as the sentence gives them.
_FIGURES_REACH = 16
_DATE = regex(r"\d{4}-\d{1,2}-\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?")
_ITEM_CHARS = r"\u4e00-\u9fff“”"
#: Items and the quoted name they are given, which ends the list (吃喝风、…、走读风“小四风”等; not 除“四风”之害, a
#: quoted word inside an item).
_DEFINITION = regex(rf"([{_ITEM_CHARS}]+(?:、[{_ITEM_CHARS}]+){{1,}})[“\"]([^”\"]{{2,12}})[”\"](?=等|[,,。;;、]|$)")
#: How far before a title the question's verb may stand (集中观看电影《焦裕禄》).
_WORK_REACH = 6
#: A word the question quotes (那个“开关”): a part of a name the sentence quotes whole.
_QUOTED_PART = regex(r"“([^“”]{1,8})”")
#: 由 a body, then what it does (由党委主要负责同志任组长, 由乡镇…负责同志兼任第一书记).
#: The verb a who-question asks the doer of (谁开的?, 由谁召开?).
_DOER_ASKED = regex(r"谁(?:来|去)?([\u4e00-\u9fff]{1,2}?)(?:的|了|呢|啊|呀|$)")
#: Who holds a post, said before it without 由 (选配8位省级党员领导干部分别担任省委督导组第一组长).
_HOLDS_POST = regex(r"([^,,;;。由]{2,20}?)(?:分别|各自)?(担任|兼任)")
#: Most characters of a stretch of the question looked for in a sentence before a name.
_STRETCH = 8
#: Most characters of a body or role given right after the question's words.
_BODY_REACH = 12
_ORDINAL = regex(r"第[一二三四五六七八九十\d]+\w|头道|首[批次个]")
_QUOTED_NAME = regex(r"《[^》]{1,30}》|“[^”]{1,12}”")
#: A question word standing where the sentence has a name (…之间的什么?), and how many characters before it must
#: stand in the sentence too.
_BLANK = regex(r"(?:什么|啥)(?:东西)?$")
_BLANK_CONTEXT = 4
#: The item a list goes on with, up to the end of its clause (立为民之制).
_LAST_ITEM = regex(rf"[{_ITEM_CHARS}]+")
#: Levels of place counted (多少个|县市区, 几个|市), not a body or rank of one (市委, 县级).
_PLACES = regex(rf"(?:{lexicon.PLACE_LEVEL.pattern})+(?![委级长民里])")
#: A work asked for as which one of its kind (哪个影片, 哪个手册).
_WHICH_WORK = regex(r"哪[一1]?个(?:书|电影|影片|片子|手册|小?册子|本子)")
_ASKS_WORK = regex(rf"哪[一1]?部|哪[一1]?本|哪[一1]?份|(?:什么|啥)(?:书|电影|影片|手册|片|小?册子|本子)|{_WHICH_WORK.pattern}|"
                   r"叫什么|叫啥|名字|名称|什么")

Normalize = Callable[[str], str]


def _trim_items(items: list[str]) -> list[str]:
    """Cut the words glued to the first and last item, using the inner items' typical length."""
    if len(items) < 3:
        return items
    size = item_size(items)
    # (等 ends a list: 省委副书记李锦斌|等19位省领导)
    final = items[-1].split("等", 1)[0] if "等" in items[-1][1:] else ""
    return [_whole_words(items[0], size, last=True), *items[1:-1],
            final if 0 < len(final) <= size + LIST_ITEM_SLACK else _whole_words(items[-1], size, last=False)]


def _whole_words(item: str, size: int, last: bool) -> str:
    """The end (`last`) or start of `item` about `size` characters long, cut between the general dictionary's
    words (发放征求意见函 of …普遍通过发放征求意见函, not 放征求意见函)."""
    words = general_words(item)
    pieces = ["".join(words[n:]) if last else "".join(words[:len(words) - n]) for n in range(len(words))]
    fitting = [p for p in pieces if size <= len(p) <= size + LIST_ITEM_SLACK]
    if fitting:
        return min(fitting, key=len)
    return item[-size:] if last else item[:size]


def _best_clause(sentence: str, terms: Sequence[str], weight: Callable[[str], float], normalize: Normalize,
                 must: re.Pattern[str] | None = None) -> str | None:
    best, best_score = None, 0.0
    for match in lexicon.CLAUSE.finditer(sentence):
        clause = match.group(0)
        if must is not None and not must.search(clause):
            continue
        folded = normalize(clause)
        score = sum(weight(t) for t in set(terms) if t in folded)
        if score > best_score:
            best, best_score = clause, score
    return best


def _asked_units(query: str) -> list[str]:
    """Measure words the question asks for: 多少位 → 位, 几条 → 条, 多少人次 → 人次 ("" for a bare 多少; none for
    one asking again what was asked: …多少场?分别是多少?)."""
    again = lexicon.ASKED_AGAIN.search(query)
    return lexicon.asked_units(query[:again.start()] if again and lexicon.QUANTITY_WORDS.search(query[:again.start()])
                               else query)


def _focus_weights(query: str, terms: Sequence[str], weight: Callable[[str], float],
                   normalize: Normalize) -> dict[str, float]:
    """Term weights, doubled for the words right next to the question word (整改完了多少 → 整改, 完)."""
    folded = normalize(query)
    spots = [m.span() for m in lexicon.QUESTION_WORD.finditer(folded)]
    out: dict[str, float] = {}
    for term in set(terms):
        if term in lexicon.FUNCTION_CHARS or term in lexicon.NEGATIONS:
            continue  # (不让…掉队: 不 says nothing of 文化程度不高)
        w = weight(term)
        at = folded.find(term)
        if at >= 0 and any(at - _FOCUS <= b and a <= at + len(term) + _FOCUS for a, b in spots):
            w *= 2
        out[term] = w
    return out


def _figures(sentence: str, query: str, terms: Sequence[str], weight: Callable[[str], float],
             normalize: Normalize, counted_words: Sequence[str] = (), units: Sequence[str] | None = None,
             stated: Sequence[str] = ()) -> str | None:
    dates = [m.span() for m in _DATE.finditer(sentence)]
    # not a figure the question states itself (派了十六个督导组,抽了几个人? → 170人, not 16个)
    candidates = [m for m in _FIGURE_WITH_UNIT.finditer(sentence)
                  if not any(a <= m.start() < b for a, b in dates)]
    # (but a figure guessed at, 是50个县还是多少个县?, may be the one asked for)
    if not _GUESSED.search(query):
        candidates = [m for m in candidates if _number(m.group(0)) not in stated] or candidates
        # (nor one it states roughly before a clause that asks of something else: 给五千六百多名年老体弱党员送学,那流动
        # 党员覆盖了多少人? → 1500多名)
        candidates = [m for m in candidates if not any(
            roughly(r, number) for r in _stated_before(query, terms) if (number := NUMBER_IN.match(m.group(0))))] or \
            candidates
    folded = normalize(query)
    wholes = {m.span() for m in roughly_stated(folded, candidates)}  # (4000多个问题里改完了几个?)
    candidates = [m for m in candidates if m.span() not in wholes] or candidates
    if not candidates:
        return None
    asked = _asked_units(query) or [""]
    wanted = {lexicon.SAME_UNIT.get(u, u) for u in asked if u and (units is None or u in units)} or \
        {lexicon.SAME_UNIT.get(u, u) for u in units or ()}  # 几个人: the question reads 人 where its words say 个
    asking = lexicon.QUANTITY_WORDS.search(query)
    if not wanted and asking and re.match(rf"[\u4e00-\u9fff]{{0,5}}?(?:{lexicon.MEMBER_NOUNS.pattern})", query[asking.end():]):
        wanted = {"人"}  # 培训了多少(基层)书记?: people counted (44900多人), not the classes (639期)
    if lexicon.PLACE_COUNT_WORDS.search(query):
        # 多少地方?: the figures that count places, in a row (16个省辖市和50个县)
        ends = [(m.start(), level.end()) for m in candidates if (level := lexicon.PLACE_LEVEL.match(sentence, m.end()))]
        if ends:
            start, end = ends[0]
            for at, stop in ends[1:]:  # joined by 和/、/及
                if not lexicon.FIGURE_JOINER.fullmatch(sentence[end:at]):
                    break
                end = stop
            return sentence[start:end]
    counted = counted_words[-1] if counted_words else _counted_noun(query, terms, normalize)
    # a count of places of one level (县数, 多少个县市区 → 50个县(市、区), not 16个省辖市)
    places = next((_PLACES.match(query, m.end()) for m in lexicon.ASKED_UNIT.finditer(query)), None)
    asked_level = next((u for u in sorted(wanted) if u in lexicon.PLACE_UNITS), None) or \
        (places.group(0)[0] if places else None)
    if wanted == {"个"} and counted and lexicon.PERSON_NOUNS.search(counted):
        wanted = {"人"}  # 多少个领导 → 19位省领导: people, counted casually by 个
    if wanted and (counted in lexicon.MEETING_KINDS or lexicon.MEETINGS_COUNTED.search(query)):
        wanted.add(lexicon.MEETING_UNIT)  # 开了多少个会议?: meetings are counted in 场 (召开座谈会11300多场)
    if wanted:
        # the asked measure word's family (多少次 → 40900多场 too); the exact word wins where nothing else decides;
        # a bare 个 is answered by whatever measure word counts the thing asked (多少个省领导 → 19位省领导)
        candidates = [m for m in candidates if any(lexicon.same_family(w, _unit(m.group(0))) for w in wanted) or
                      (wanted == {"个"} and counted and
                       counted in normalize(_clause_after(sentence, m.end()))[:len(counted) + 1])] or candidates
    if lexicon.MEETINGS_HELD.search(query) and "人次" not in wanted:
        # 开会开了多少回?: 召开座谈会11300多场, not 深入基层38500余人次 (but 谈话多少人次、座谈会多少场: both)
        candidates = [m for m in candidates if _unit(m.group(0)) != "人次"] or candidates
    if counted in lexicon.GROUP_KINDS:  # 微服私访的小组有几个? → 8个…暗访组, the figure of a group named
        # (after it or right before it: 督导组1264个、指导组11697个)
        # (not past another figure: 170人组成16个省委督导组 counts people, asked or not: 有几个组,抽了多少人?)
        candidates = [m for m in candidates if _unit(m.group(0)) in wanted - {"个"} or names_group(sentence, m)] or \
            candidates
    unfinished = lexicon.UNFINISHED.search(query) is not None
    finished = not unfinished and lexicon.DONE.search(query) is not None
    # (not where what happened to them is asked: 好多问题🤯 第一批现在改完几个了?)
    many = list(lexicon.VAGUE_AMOUNT.finditer(query, 0, asking.start())) if asking and not (unfinished or finished) else []
    said = _following_term(query[many[-1].end():], terms) if many else None
    if said:  # 热线收到很多意见,到底收了几多条?: the thing said to be many is counted (意见建议3.3万余条, not 11条热线电话)
        candidates = [m for m in candidates if said in normalize(sentence[clause_start(sentence, m.start()): m.end()] +
                                                                  _clause_after(sentence, m.end()))] or candidates
    if counted and len(counted) > 1 and len(asked) <= 1 and \
            (any(folded.startswith(counted, m.end()) for m in lexicon.ASKED_UNIT.finditer(folded)) or
             (counted not in place_names() and any(  # (not 实际多少: the true count, no thing)
                 folded[:m.start()].rstrip(" 的").endswith(counted) and
                 not lexicon.TRUE_COUNT_ASKED.match(folded, m.start() - len(counted))
                 for m in lexicon.QUANTITY_WORDS.finditer(folded)))):
        # (… or right before it, keywords: 芜湖热线征集意见多少条, 意见总量)
        # 开热线收到多少条意见? → 意见建议3.3万余条: a figure that counts another thing the question names (11条热线电话)
        # is not the count of the thing named right after 多少 (a verb there, 有好多名参加, names none)
        others = [m for m in candidates if _counts_other(sentence, m, counted, folded, terms, normalize)]
        if others and not is_verb(counted):
            candidates = [m for m in candidates if m not in others] or candidates
    weights = _focus_weights(query, terms, weight, normalize)
    # The characters just before 多少 say what happened to what is counted (改完了多少 ↔ 3142个整改完毕).
    focus = {c for c in query[max(0, asking.start() - _FOCUS): asking.start()]
             if c not in lexicon.FUNCTION_CHARS and c not in (counted or "")} if asking else set()

    # …党组织里,由乡镇…兼任的有多少个?: a part of what was counted, given after 其中 (其中1602个由乡镇…)
    part = lexicon.PART_ASKED.search(query) is not None

    # a rough figure checked (听说有九万多个,具体是多少?), not one that only says which thing is meant (三点三万多条意见
    # 建议,…几条热线电话?: what it counts is not what is asked)
    counted_here = counted_words[-1] if counted_words else None
    roughs = [r for r in lexicon.ROUGH_FIGURE.finditer(folded)
              if not counted_here or counted_here in folded[r.end(): r.end() + len(counted_here) + 2]]

    def closeness(match: re.Match[str]) -> float:
        # Each question word counts by its weight, less the farther its nearest occurrence is from the figure;
        # where the figure is one item of a list of figures (对5600多名年老体弱党员、3800多名文化程度不高党员), the
        # words of its own item, wherever they stand in it.
        start, end = _item_of(sentence, match, candidates)
        before = normalize(lexicon.CLAUSE_END.split(sentence[start: match.start()])[-1])
        after = normalize(_clause_after(sentence[:end], match.end()))
        score = EXACT_UNIT_BONUS if lexicon.SAME_UNIT.get(_unit(match.group(0)), _unit(match.group(0))) in wanted else 0.0
        listed = end - start < len(sentence)
        # (not a word of the next clause: 走访群众232.4万余户, | 共征求到… speaks of another figure)
        clause_end = _clause_end(sentence, match.end())
        # (nor a word ending the clause before: 8个…暗访组,| 对16个省辖市 is no count of 暗访组)
        opened = clause_start(sentence, match.start(), ",,;;")
        for term, w in weights.items():
            gaps = [0 if listed else min(abs(i + len(term) - match.start()), abs(i - match.end()))
                    for i in occurrences(sentence, term) if start <= i and i + len(term) <= end and i < clause_end and
                    (listed or i >= opened or i + len(term) < opened - 1)]
            if gaps:
                score += w / (1 + min(gaps))
        if focus:
            # ... or just before it, where the figure ends its clause (开了多少场会 ↔ 召开座谈会462场)
            # (in a list of figures, anywhere in its own item: 5600多名年老体弱党员 for 年老体弱的党员有几个人?)
            around = normalize(sentence[start: end]) if listed else after[:_FOCUS + 1] if after else before[-_FOCUS - 2:]
            score += sum(c in around for c in focus) / len(focus) * 2 * max(weights.values(), default=1.0)
            if not listed and after and any(c in before[-2:] for c in focus):
                # (the verb right before the figure: 抽了多少人 ↔ 抽调170人, not 选配8位)
                score += max(weights.values(), default=1.0)
        if asked_level and (named := lexicon.PLACE_LEVEL.match(sentence, match.end())) and \
                named.group(0)[-1] == asked_level[-1]:  # 市 ↔ 省辖市
            score += 2 * max(weights.values(), default=1.0)
        number = NUMBER_IN.match(match.group(0))
        if number and any(roughly(r, number) for r in roughs):
            score += 4 * max(weights.values(), default=1.0)  # 听说有九万多个,具体是多少? → 92400多个
        if lexicon.PART_GIVEN.search(sentence[max(0, match.start() - 3): match.start()]):
            # 其中1602个由乡镇…兼任第一书记: a part of the figure before, the answer where the question asks the part
            # (党组织里,由乡镇负责同志兼任的有多少个?) or says what sets it apart; else the whole is asked (有多少个要整顿?)
            own = normalize(sentence[opened: clause_end])
            whole = normalize(sentence[: opened])
            apart = any(term in own and term not in whole for term in weights)
            score += (4 if part or apart else -2) * max(weights.values(), default=1.0)
        if finished:  # 已经改正好的有多少?: the figure of those done (3142个整改完毕)
            score += 2 * max(weights.values(), default=1.0) * bool(lexicon.DONE.search(after))
        if unfinished:
            # 还有多少没整改完?: not the figure of those finished (3142个整改完毕), the one of those under way
            score -= 4 * max(weights.values(), default=1.0) * bool(lexicon.RESULT_WORD.search(after))
            score += 2 * max(weights.values(), default=1.0) * bool(lexicon.UNDER_WAY.search(after))
        if counted:
            # What is counted stands by the figure: 多少个县 → 50个县; 多少个指导组 → 指导组11697个; in the same
            # clause a little farther: 几个暗访组 → 8个由厅级干部带队的暗访组, 意见多少条 → 意见建议3.3万余条.
            # (a word said otherwise, or one the index holds only in parts, weighs as `weight` has it: as a word in
            # no passage)
            noun = weights.get(counted) or weight(counted)
            if after.startswith(counted) or before.endswith(counted):
                score += 2 * noun
            elif counted in after[:_NOUN_REACH] or counted in before[-_NOUN_REACH:]:
                score += noun
            # (做指导的小组 → 指导组11697个, not 督导组1264个 beside it: the group named by the figure, right before it
            # or in its clause after, by what the question says it does)
            group = _group_by(sentence, match) if counted in lexicon.GROUP_KINDS else None
            if group is not None and len(group) > 2 and group[:2] in query:
                score += noun
        return score

    both = _joined_counts(sentence, query, candidates, terms, normalize) if len(asked) == 1 else []
    if both:  # 督导组 指导组 个数 → 督导组1264个、指导组11697个
        return _figures_together(sentence, both, labelled=True)
    ranked = sorted(candidates, key=closeness, reverse=True)
    if len(asked) == 1 and len(ranked) > 1 and closeness(ranked[0]) == closeness(ranked[1]) and \
            _item_of(sentence, ranked[0], candidates) != _item_of(sentence, ranked[1], candidates) and \
            _unit(ranked[0].group(0)) == _unit(ranked[1].group(0)):
        return None  # 马鞍山帮学送学了多少党员?: nothing asked picks one of 5600多名年老体弱党员、3800多名…
    chosen = sorted(ranked[: len(asked)], key=lambda m: m.start())
    if len(chosen) == 1:
        chosen = _respective(sentence, query, candidates, chosen[0], normalize)
    return _figures_together(sentence, chosen)


def _figures_together(sentence: str, figures: Sequence[re.Match[str]], labelled: bool = False) -> str:
    """The figures as the sentence gives them, from the first to the last where one short stretch holds them all
    (170人组成16个省委督导组, 639期,培训基层党组织书记44900多人), with the label of the first where the others have
    one (督导组1264个、指导组11697个); else each with what it counts, joined."""
    first, last = figures[0], figures[-1]
    between = sentence[first.end(): last.start()]
    # (not across a part of the sentence, after ; or 。: figures on both sides are told apart)
    if len(figures) == 1 or len(between) > _FIGURES_REACH or lexicon.SENTENCE_PART.search(between):
        return ",".join(_with_counted_noun(sentence, m) for m in figures)
    start = first.start()
    label = re.search(r"[、和及]([\u4e00-\u9fff]{1,6})$", between) if labelled else None
    if label is not None:
        before = sentence[max(0, start - len(label.group(1))): start]
        if lexicon.HAN_RUN.fullmatch(before) and before[-1] == label.group(1)[-1]:
            start -= len(before)  # (督导组 before 1264个, as 指导组 before 11697个)
    return sentence[start: last.start()] + _with_counted_noun(sentence, last)


def _counts_other(sentence: str, figure: re.Match[str], counted: str, folded: str, terms: Sequence[str],
                  normalize: Normalize) -> bool:
    """Whether the noun right after a figure is another word of the question than the one counted (11条热线电话 where
    意见 is counted), and the figure's clause does not go on to name the counted one (16个省委督导组 counts 督导组).
    A verb after it says what became of the things counted (3142个整改完毕), no other thing."""
    after = normalize(_clause_after(sentence, figure.end()))
    return _unit(figure.group(0)) in lexicon.CLASSIFIERS and counted not in after and any(
        after.startswith(t) and t in folded and t not in counted and counted not in t and not is_verb(t)
        for t in terms if len(t) > 1)


def _group_by(sentence: str, figure: re.Match[str]) -> str | None:
    """The name of the group a figure counts, right before it (指导组11697个) or after it in its clause (8个…暗访组),
    with the character before the one `lexicon.GROUP_NAMED` finds (指|导组)."""
    named = next((g for g in lexicon.GROUP_NAMED.finditer(sentence, max(0, figure.start() - 3), figure.start())
                  if g.end() == figure.start()), None)
    text = sentence
    if named is None:
        text = _clause_after(sentence, figure.end())[:lexicon.COUNTED_AFTER]
        named = lexicon.GROUP_NAMED.search(text)
    return text[max(0, named.start() - 1): named.end()] if named else None


def _stated_before(query: str, terms: Sequence[str]) -> list[re.Match[str]]:
    """The rough figures a question states in the clauses before the one that asks, where that one asks of another
    thing in words of its own: turned to with 那 (…,那流动党员覆盖了多少人?), or named by words the clauses before do
    not say, while the figure told counts something the asking clause does not name (除了1500多名流动党员,年老体弱的
    党员帮学了多少名?; not 说全省培训了四万多名书记,到底培训了多少人?, where the figure told is checked): the asker
    knows them."""
    asking = lexicon.QUANTITY_WORDS.search(query)
    if asking is None:
        return []
    start = max((m.end() for m in lexicon.CLAUSE_END.finditer(query, 0, asking.start())), default=0)
    if not start or not any(len(t) > 1 and t in query[start: asking.start()] for t in terms):
        return []
    told = list(lexicon.ROUGH_FIGURE.finditer(query, 0, start))
    if lexicon.TURNED_TO.match(query, start - 1):
        return told
    if lexicon.TRUE_COUNT_ASKED.search(query) or \
            not any(len(t) > 1 and t in query[start: asking.start()] and t not in query[:start] for t in terms):
        return []
    # (what the figure told counts: the words after its measure word, up to the end of its clause)
    named = [_UNIT_AT.sub("", lexicon.CLAUSE_END.split(query[r.end():], maxsplit=1)[0]) for r in told]
    return [r for r, said in zip(told, named, strict=True)
            if len(said) > 1 and said[:STATED_NOUN_REACH] not in query[start:]]


def _joined_counts(sentence: str, query: str, candidates: Sequence[re.Match[str]], terms: Sequence[str],
                   normalize: Normalize) -> list[re.Match[str]]:
    """The figures of two things the question names side by side (督导组 指导组 个数, 督导组和指导组各多少个), where
    each stands right by its own figure (督导组1264个、指导组11697个); none otherwise."""
    folded = normalize(sentence)
    counted: dict[str, re.Match[str]] = {}
    for term in lexicon.longest_first(t for t in set(terms) if len(t) > 1):
        for m in candidates:
            if m not in counted.values() and not any(term in other for other in counted) and \
                    (folded[: m.start()].endswith(term) or folded[m.end():].startswith(term)):
                counted[term] = m
                break
    nouns = sorted(counted, key=query.find)
    joined = len(nouns) == 2 and re.search(
        rf"{re.escape(nouns[0])}(?:\s|{lexicon.FIGURE_JOINER.pattern})*{re.escape(nouns[1])}", query) is not None
    return sorted(counted.values(), key=lambda m: m.start()) if joined else []


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause going on at `at` ends (the next clause mark, or the sentence's end)."""
    return min((i for c in lexicon.CLAUSE_MARKS if (i := sentence.find(c, at)) >= 0), default=len(sentence))


def _item_of(sentence: str, match: re.Match[str], figures: Sequence[re.Match[str]]) -> tuple[int, int]:
    """The span of the list item a figure opens, where its clause lists figures one item each, each after a 、
    (5600多名年老体弱党员、3800多名…): from the figure to the next one, the last up to the word the others end with
    (what follows it, 开展帮学送学, is said of all); else the whole sentence."""
    opened = clause_start(sentence, match.start())
    clause_end = _clause_end(sentence, match.end())
    starts = [m.start() for m in figures if opened <= m.start() < clause_end]
    if len(starts) < 2 or any(sentence[at - 1] != "、" for at in starts[1:]):
        return 0, len(sentence)
    items = [sentence[a: b - 1] for a, b in itertools.pairwise(starts)]
    ends = [b - 1 for b in starts[1:]]
    # the last item ends with the word the others end with (…党员), or as the shortest other one does
    size = next((n for n in range(min(map(len, items)), 0, -1) if len({item[-n:] for item in items}) == 1), 0)
    last = sentence.find(items[0][-size:], starts[-1], clause_end) if size else -1
    ends.append(last + size if last >= 0 else min(clause_end, starts[-1] + min(map(len, items))))
    at = starts.index(match.start())
    return starts[at], ends[at]


def _respective(sentence: str, query: str, candidates: Sequence[re.Match[str]], chosen: re.Match[str],
                normalize: Normalize) -> list[re.Match[str]]:
    """Of figures given in a row for a list named before them (市、县两级…3800多条和21500多条), the one in the
    place of the item the question names (县级 → 21500多条), all of them where it names every item (市县两级);
    `chosen` where it names none or only some."""
    row = [chosen]
    for m in candidates:  # the figures joined to the chosen one by 和/、/及
        if m.start() > row[-1].end() and lexicon.FIGURE_JOINER.fullmatch(sentence[row[-1].end(): m.start()]):
            row.append(m)
    for m in reversed(candidates):
        if m.end() < row[0].start() and lexicon.FIGURE_JOINER.fullmatch(sentence[m.end(): row[0].start()]):
            row.insert(0, m)
    if len(row) < 2:
        return [chosen]
    if len(row) == 2 and lexicon.QUANTITY_WORDS.search(query) and \
            not any(lexicon.YESNO.search(c) for c in lexicon.CLAUSE_END.split(query)):
        untold = [m for m in row if not re.search(rf"(?<![\d.]){re.escape(_number(m.group(0)))}(?![\d.])", query)]
        if len(untold) == 1:
            return untold  # 市级3800多条,县级是多少条? → 21500多条: the one of the row not told (not one claimed)
    for items in lexicon.ITEM_LIST.finditer(sentence[: row[0].start()]):
        named = lexicon.ITEM_SEPARATOR.split(items.group(1))
        if len(named) == len(row):
            # (an item's words may run on from the verb before the list: 梳理出|市、县两级)
            hits = [n for n, item in enumerate(named) if any(normalize(item)[i:] in query for i in range(len(item)))]
            if len(hits) == 1:
                return [row[hits[0]]]
            if len(hits) == len(row):  # the row as the report writes it (3800多条和21500多条)
                whole = re.compile(re.escape(sentence[row[0].start(): row[-1].end()])).match(sentence, row[0].start())
                return [whole] if whole else row
    return [chosen]


def remainder_figure(sentence: str, shown: Sequence[str]) -> str | None:
    """The figure of the sentence given after the ones `shown` (leads already shown) and of the same measure
    word's family (整改完毕3142个 shown → 1253个正积极整改中): what 剩下的呢? asks; None if there is none."""
    figures = list(_FIGURE_WITH_UNIT.finditer(sentence))
    last = max((m for m in figures if any(lead.startswith(m.group(0)) for lead in shown)), key=lambda m: m.start(),
               default=None)
    if last is None:
        return None
    after = [m for m in figures if m.start() > last.start() and lexicon.same_family(_unit(last.group(0)), _unit(m.group(0)))]
    return _with_counted_noun(sentence, after[0]) if after else None


def whole_figure(sentence: str, shown: Sequence[str]) -> str | None:
    """The figure of the sentence, before the ones `shown` and larger, of the same measure word's family
    (3142个整改完毕 shown → 查摆的4395个“四风”方面问题): the whole they are part of, what 总数呢? asks; None if there
    is none."""
    figures = list(_FIGURE_WITH_UNIT.finditer(sentence))
    first = min((m for m in figures if any(lead.startswith(m.group(0)) for lead in shown)), key=lambda m: m.start(),
                default=None)
    if first is None or not NUMBER_IN.match(first.group(0)):
        return None  # (a count in words, 四个专项行动, is the whole of nothing here)
    wholes = [m for m in figures if m.start() < first.start() and lexicon.same_family(_unit(first.group(0)), _unit(m.group(0)))
              and _value(m.group(0)) > _value(first.group(0))]
    return _with_counted_noun(sentence, wholes[0]) if wholes else None


def figure_in(sentence: str, unit: str, shown: Sequence[str]) -> str | None:
    """The sentence's first figure of the measure word's family (人 → 44900多人) other than the leads `shown`:
    what 人呢? asks after 639期; None if there is none."""
    return next((_with_counted_noun(sentence, m) for m in _FIGURE_WITH_UNIT.finditer(sentence)
                 if lexicon.same_family(unit, _unit(m.group(0))) and not any(lead.startswith(m.group(0)) for lead in shown)),
                None)


#: A word for a group right before 多少/几 (查作风的组有几个?).
_GROUP_BEFORE = regex(rf"({'|'.join(sorted(lexicon.GROUP_KINDS, key=len, reverse=True))})(?:{lexicon.THERE_ARE.pattern})?$")


def _counted_noun(query: str, terms: Sequence[str], normalize: Normalize) -> str | None:
    """The question term right after 多少/几 and its measure word (多少个县 → 县), else right before it
    (芜湖意见多少条 → 意见)."""
    folded = normalize(query)
    match = lexicon.ASKED_UNIT.search(folded) or lexicon.QUANTITY_WORDS.search(folded)
    if not match:
        return None
    rest, before = folded[match.end():].lstrip(), folded[: match.start()]  # (多少个 县: keywords)
    # 多少个省领导: the report's own province is no word of the question, the word after it is counted
    after = _following_term(rest, terms) or (_following_term(rest[1:], terms) if rest[:1] in lexicon.TIER_CHARS else "")
    if after:
        return after
    group = _GROUP_BEFORE.search(before.replace(" ", ""))  # (指导小队 有 多少个: keywords)
    if group or rest[:1] in lexicon.GROUP_KINDS:  # 查作风的组有几个?, 有几队: a group is counted, whatever it does
        return group.group(1) if group else rest[:1]
    # else the nearest word before it, across a verb or two (暗访组有几个, 暗访组 数量)
    near = [(before.rfind(t) + len(t), len(t), t) for t in terms if len(t) > 1 and t in before[-_COUNTED_REACH:]]
    return max(near)[2] if near else None


def _number(figure: str) -> str:
    spelled = lexicon.SPELLED_COUNT.fullmatch(figure)
    return (cardinal(spelled.group(1)) or "") if spelled else re.sub(r"[^\d.].*$", "", figure)


def _unit(figure: str) -> str:
    spelled = lexicon.SPELLED_COUNT.fullmatch(figure)
    return spelled.group(2) if spelled else re.sub(r"^[\d.]+(?:万|亿)?(?:余|多)?|(?:以上|以下|左右)$", "", figure)


def _clause_after(sentence: str, end: int) -> str:
    rest = lexicon.CLAUSE.match(sentence, end)
    return rest.group(0) if rest else ""


def _with_counted_noun(sentence: str, match: re.Match[str]) -> str:
    """16个 → 16个省委督导组: after a classifier, the rest of a short clause names what is counted."""
    figure = match.group(0)
    if _unit(figure) not in lexicon.CLASSIFIERS:
        return figure
    tail = _clause_after(sentence, match.end())
    return figure + tail if 0 < len(tail) <= _MAX_NOUN and not re.search(r"\d", tail) else figure


#: A kind asked in one character, before a filler or the end of a clause (什么桥来着, 什么桥?, 是建起了什么桥的).
_ONE_CHAR_KIND = regex(r"([\u4e00-\u9fff])(?=来着|嗯|[?？!！。,， ]|的(?:$|[?？!！。,， ]))")


def _work_named_first(query: str, work: str, terms: Sequence[str]) -> bool:
    """Does the question name the work itself before what it asks (来安县的那本手册,…可以得到什么?), so that it asks
    something else of it (not 来安县整了个啥小册子?)?"""
    asking = [m.start() for m in lexicon.QUESTION_WORD.finditer(query)]
    return bool(asking) and any(len(t) > 1 and t in work and 0 <= query.find(t) < asking[-1] for t in terms)


def _category(query: str, terms: Sequence[str], normalize: Normalize) -> str | None:
    """The word a list question asks about: 什么办法 → 办法, 哪四个专项行动 → 专项行动, 哪几种像 → 像."""
    folded = normalize(query)
    match = lexicon.LIST_WORDS.search(folded)
    if not match:
        return None
    rest = folded[match.end():]
    rest = rest[1:] if rest[:1] in lexicon.CLASSIFIERS else rest  # 哪几|个专项行动: the measure word aside
    bare = lexicon.TRAILING_PARTICLES.sub("", rest).rstrip("?？!！。 ")
    # 建起了什么桥?: a kind in one character, no word of the question's own (…什么桥来着,嗯…: before a filler too)
    one = _ONE_CHAR_KIND.match(rest)
    found = _following_term(rest, terms) or (bare if len(bare) == 1 and lexicon.HAN.match(bare) else None) or \
        (one.group(1) if one else None)
    ends = lexicon.LIST_ENDS_ASKED.search(folded)
    if found is None and ends is not None:  # 四个专项行动头两个是啥?: the kind named before the items asked
        found = max((t for t in terms if folded[: ends.start()].endswith(t)), key=len, default=None)
    return found


def _listing(query: str, sentence: str, terms: Sequence[str], normalize: Normalize) -> str | None:
    folded_query = normalize(query)
    for match in _DEFINITION.finditer(sentence):
        if normalize(match.group(2)) in folded_query:
            return "、".join(_trim_items(match.group(1).split("、")))
    category = _category(query, terms, normalize)
    if not category:
        return None
    lists: list[tuple[int, str]] = []
    for clause in lexicon.CLAUSE.finditer(sentence):
        found = lexicon.ENUMERATION.search(clause.group(0))
        if not found:
            continue
        raw = found.group(0).split("、")
        items = _trim_items(raw)
        start = found.start() + len(raw[0]) - len(items[0])
        # What the list is about stands in the items (群体像) or right after them (…等办法, …四个专项行动).
        if category in normalize(clause.group(0)[start: found.end() + lexicon.LISTED_WITHIN]):
            said = normalize(clause.group(0))
            lists.append((sum(len(t) > 1 and t in said for t in set(terms)), "、".join(items)))
    # of several, the one whose clause says most of the question (解决征求意见…的问题 ↔ 解决好征求意见聚焦不够、…等问题,
    # not 巡视工作、…中发现的问题)
    return max(lists, key=lambda scored: scored[0])[1] if lists else None


def lead_for(question: Question, sentence: str, terms: Sequence[str], weight: Callable[[str], float],
             normalize: Normalize, related: Callable[[str], Sequence[str]]) -> str | None:
    """The short answer to put first, of the kind the question asks for; None when the sentence is the
    answer or no part of it is surely what is asked. A count asked in a clause before one that asks who, when
    or what rank (派了几个组 啥级别的带队?) leads too: 8个,厅级干部."""
    lead = _lead_of_kind(question, sentence, terms, weight, normalize, related)
    if lead is None or question.wants not in ("level", "person", "date"):
        return lead
    # (跟几个老同事喝茶: the asker's day, no count asked)
    clauses = [c for c in lexicon.CLAUSE_OR_SPACE.split(question.folded) if c and c not in question.days]
    if len(clauses) < 2 or not any(lexicon.COUNT_ASKED.search(c) for c in clauses[:-1]) or \
            lexicon.QUANTITY_WORDS.search(clauses[-1]):
        return lead
    # (what is counted may stand in a clause of its own before: 暗访组 几个 谁带队)
    figure = _figures(sentence, "".join(clauses[:-1]), terms, weight, normalize)
    return f"{figure},{lead}" if figure and figure not in lead else lead


def _without_passing_on(folded: str) -> str:
    """The question without what the asker says last of passing the answer on (…?我好给学生讲个数), which names
    nothing the short answer is of."""
    last = lexicon.PASSING_ON_LAST.search(folded)
    return folded[:last.start()] if last and last.start() > 0 else folded


def _lead_of_kind(question: Question, sentence: str, terms: Sequence[str], weight: Callable[[str], float],
                  normalize: Normalize, related: Callable[[str], Sequence[str]]) -> str | None:
    """The short answer of the kind the question asks for last (see `lead_for`)."""
    query = _without_passing_on(question.folded)
    if question.wants == "date":
        clause = _best_clause(sentence, terms, weight, normalize, must=_DATE) or sentence
        date = _DATE.search(clause)
        since = lexicon.SINCE.search(sentence) if lexicon.SINCE_ASKED.search(query) else None
        relative = lexicon.RELATIVE_TIME.search(clause) if lexicon.WHEN_ASKED.search(query) else None
        return date.group(0) if date else since.group(0) if since else \
            relative.group(0) if relative else None  # 从什么时候算的? → 活动启动以来
    filled = _filled_in(query, sentence, normalize)
    if filled:
        return filled
    taken = lexicon.TAKEN_FROM_ASKED.search(query)
    said = lexicon.taken_as(taken.group(1)).search(sentence) if taken else None
    if said is not None:
        return said.group(1)  # 以谁为镜? → 焦裕禄精神、沈浩精神: what the sentence takes as it (以…为镜), not who does
    if lexicon.LIKENED_ASKED.search(query):
        return _image(sentence, query, terms, normalize)
    if question.wants in ("list", "open", "name") and (lexicon.LIST_WORDS.search(query) or _WHICH_WORK.search(query)):
        listing = _listing(query, sentence, terms, normalize)
        if listing:
            return _slice(listing, query)
        work = list(lexicon.WORK_TITLE.finditer(sentence))
        category = _category(query, terms, normalize)
        # 哪部电影 → 电影《焦裕禄》; not for 什么文章 when the sentence names a film.
        before = normalize(sentence[max(0, work[0].start() - _WORK_REACH): work[0].start()]) if work else ""
        # (哪个影片 → 电影《焦裕禄》: the kind said in the sentence's word for it)
        kinds = (category, *next((t.alternatives for t in question.terms if t.word == category), ())) if category else ()
        # (not where the question names the work itself: 来安县的那本手册,让群众…可以得到什么?)
        if len(work) == 1 and _ASKS_WORK.search(query) and \
                (any(before.endswith(k) or k in work[0].group(0) for k in kinds) if kinds else
                 any(len(t) > 1 and t in before for t in terms) and not _work_named_first(query, work[0].group(0), terms)):
            # 看了哪部电影? → 电影《焦裕禄》; a bare 什么 only where the question's verb stands by the title
            # (看了什么 ↔ 观看电影《焦裕禄》), not 带头做了什么
            return work[0].group(0)
        # 建起了什么桥? → “连心桥”: the one quoted name of the kind asked
        kind = [m for m in _QUOTED_NAME.finditer(sentence) if category and m.group(0)[1:-1].endswith(category)]
        if len(kind) == 1:
            # (搭建了什么直通车? → 政情民意“直通车”: the kind named whole is asked which one, the words before it say)
            return _modifier(normalize(sentence[: kind[0].start()])) + kind[0].group(0) \
                if kind[0].group(0)[1:-1] == category else kind[0].group(0)
    asked_ordinal = re.search(r"第几(\w?)", query) if lexicon.ORDINAL_ASKED.search(query) else None
    if asked_ordinal:  # 第几批 → 第一批; 第几道工序 → 头道
        found = [m.group(0) for m in _ORDINAL.finditer(sentence)]
        return next((f for f in found if f.endswith(asked_ordinal.group(1))), found[0] if len(found) == 1 else None)
    if question.wants == "level":  # 什么级别的干部带队? → 厅级干部
        levels = _ranks(sentence, terms)
        return levels[0] if len(levels) == 1 else None
    compared = compared_figures(query, sentence)
    if compared:  # 哪类人最多? → 5600多名年老体弱党员: the item of the largest (or smallest) figure listed
        chosen = (max if "最多" in query else min)(compared, key=lambda m: _value(m.group(0)))
        if question.wants == "figure":
            return chosen.group(0)  # 人数最多的那一类有多少人? → 5600多名: the count asked
        start, end = _item_of(sentence, chosen, compared)
        return sentence[start: end] if end - start < len(sentence) else chosen.group(0)
    if question.wants == "figure":
        # what is counted, in the sentence's own word for it (村支部 → 基层党组织)
        # (多少条吐槽 → 意见建议3.3万余条: a word of the report the everyday-words table groups with it)
        counted = [next((a for a in (t.word, *t.alternatives) if a in sentence), None) or
                   next((a for a in related(t.word) if a in sentence), t.word) for t in question.counted()]
        return _figures(sentence, query, terms, weight, normalize, counted, question.units,
                        question.figures)
    if question.wants == "yesno":
        claimed = lexicon.CADRE_RANK.search(query)
        # (with the word it ranks: 省级 alone says little)
        ranks = [r for r in _ranks(sentence, terms) if len(r) > 2] if claimed else []
        if claimed and len(ranks) == 1 and not ranks[0].startswith(claimed.group(0)):
            return ranks[0]  # 暗访组是8个,由处级干部带队,对吗? → 厅级干部: the rank that settles it
        # (3月24日的通报会是省纪委召开的,对吗?: who did it is claimed, not the date that names the meeting)
        dated = _DATE_CLAIMED.search(query) and not any(claim.agent for claim in question.claims)
        date = _DATE.search(sentence) if dated else None  # 是4月份来的吗? → 3月25日至27日
        return date.group(0) if date else _claimed_figure(sentence, question, terms, normalize) or (ranks[0] if len(ranks) == 1 else None)
    if question.wants == "name":
        several = re.search(rf"(?<![\d.])([2-9])[{''.join(lexicon.CLASSIFIERS)}]", query)
        if several:  # 要克服的两个问题叫什么? → “信仰危机”和“本领恐慌”: names of that many, never one person's
            pair = lexicon.QUOTED_PAIR.search(sentence)
            return pair.group(0) if pair and several.group(1) == "2" else None
        return _quoted_whole(query, sentence) or collective_name(question, sentence) or \
            _person(sentence, terms, normalize, query) or _named(sentence, terms, normalize, query)
    if question.wants == "person" and lexicon.PEOPLE_KIND_ASKED.search(query):
        # 3800多名指的是啥人? → 3800多名文化程度不高党员: the figure with the people it counts
        for f in question.numbers:
            said = re.search(rf"(?<![\d.]){re.escape(f)}(?![\d.])(?:余|多)?(?:名|位|人)([^、,,;;。“”]{{2,16}})", sentence)
            # (up to a verb: 1500多名流动党员|开展帮学送学; not 44900多人 after the people, 培训基层党组织书记44900多人)
            people = "".join(itertools.takewhile(lambda w: len(w) < 2 or not is_verb(w),
                                                 general_words(said.group(1)))) if said else ""
            if said and lexicon.PERSON_NOUNS.search(people):
                return sentence[said.start(): said.start(1)] + people
    if question.wants == "role":  # 来调研的中央领导是什么职务? → the post before the one person the sentence names
        # (是谁,啥头衔? asks both: the post, then the name)
        named = _post_of(sentence, terms, normalize)  # (王学军是什么官? → 省长: the person is named)
        if named is not None:
            return named
        person = _person(sentence, terms, normalize, query)
        if person is None or not is_person(person) or (post := post_before(person, normalize(sentence))) is None:
            return person
        return post + person if lexicon.PERSON_WORDS.search(query) else post
    if question.wants == "person" and lexicon.besides(query) is not None:
        # 除了张宝顺还有谁? → 王学军、王明方、李锦斌: everyone else the sentence names by post
        others = _others_named(normalize(sentence), terms)
        return "、".join(others) if others else _person(sentence, terms, normalize, query)
    if question.wants == "person":
        return _person(sentence, terms, normalize, query) or _post_of(sentence, terms, normalize) or \
            _body_of(sentence, query, normalize)
    if question.wants in ("place", "where") and lexicon.ONE_PLACE.search(query):
        return _place(sentence, query)
    return None


def _ranks(sentence: str, terms: Sequence[str]) -> list[str]:
    """The ranks the sentence names, each with the word it ranks (厅级干部)."""
    return list(dict.fromkeys(m.group(0) + _following_term(sentence[m.end():], terms) for m in lexicon.RANK.finditer(sentence)))


#: What opens a claimed figure (是不是有|2500多名, 是|3800多名): no word it counts.
_CLAIM_OPENING = regex(r"(?:是不是|是否|有没有|[是有为共达约了 ])+$")


def _image(sentence: str, query: str, terms: Sequence[str], normalize: Normalize) -> str | None:
    """What the thing asked of is likened to (以焦裕禄精神和沈浩精神为镜子 → 镜子, 作为红线贯穿 → 红线, 建起…“连心桥”
    → “连心桥”): in the clause that names most of the question's words, else the one quoted name the question
    does not say."""
    clause = max((c for c in lexicon.CLAUSE_END.split(sentence) if c), key=lambda c: sum(t in normalize(c) for t in terms),
                 default="")
    taken = lexicon.TAKEN_AS_IMAGE.search(clause)
    if taken and taken.group(1):
        return taken.group(1)
    if taken and taken.group(2):
        words = general_words(taken.group(2))
        return words[0] if words and len(words[0]) >= 2 else None
    quoted = [m.group(0) for m in _QUOTED_NAME.finditer(sentence)
              if m.group(0).startswith("“") and normalize(m.group(0)[1:-1]) not in query]
    return quoted[0] if len(quoted) == 1 else None


def _claimed_figure(sentence: str, question: Question, terms: Sequence[str], normalize: Normalize) -> str | None:
    """The sentence's figure for the one a yes/no question claims (是不是有75万多条? → 75.6万余条): of the
    claim's measure word's family, in the clause that holds the word it counts and most of the question's
    (开了642场座谈会? → 召开座谈会462场, not 督导820次), the nearest in value, where it is within a factor of
    `CLAIM_REACH`. The figure claimed (or roughly claimed: 三千一百来个), where the sentence gives it, is its own
    answer unless another one's clause holds more of the question's words (1602个党组织由乡镇领导兼第一书记,
    对么? → 其中1602个由乡镇…兼任; 年老体弱党员是3800多名? → 5600多名)."""
    query = question.folded
    claims = [m for m in _CLAIM.finditer(query) if m.group(4) not in _DATE_UNITS]
    if len(claims) == 2 and lexicon.FIGURE_CHOICE.search(query):
        claims = [c for c in claims if c.group(1) in sentence]  # 44900还是49400?: the one the sentence gives
    if len({value_of(c.group(1), c.group(2)) for c in claims}) != 1:
        return None  # (…两百个人啊我听说是两百人: one claim, said twice)
    claim = claims[0]
    # (1660个党组织是不是全部由乡镇领导兼第一书记? → 其中1602个: the part that does it, not the figure again)
    every = lexicon.ALL_OF_THEM.match(query, claim.end()) is not None
    if query[:claim.start()].endswith(("的", "那", "这")) and not every:
        return None  # 合肥的39项任务有没有…?, 合肥那39项任务: a figure after 的 or pointed at says which things
    # (五万多|村支书: people counted with no measure word, 村 no measure of them)
    unit = "人" if counts_people(question, claim.start(4) if claim.group(4) else claim.end(), claim.group(4),
                                claim.end()) else claim.group(4) or ""
    claimed = value_of(claim.group(1), claim.group(2))
    words = [t for t in terms if len(t) > 1]
    # the word the claimed figure counts: right after it (642场|座谈会) or right before it (座谈会|13100多场)
    # (年老体弱党员是|3800多名; 第一书记 是|1600个; 流动党员是不是有|2500多名)
    before = _CLAIM_OPENING.sub("", query[:claim.start()])
    counted = [w for w in terms if query.startswith(w, claim.end())]
    while found_before := max((w for w in terms if len(w) > 1 and before.endswith(w)), key=len, default=None):
        counted.append(found_before)  # (流动|党员是不是有2500多名: the words of the noun before it, all)
        before = before[: -len(found_before)]
    rough = claim.group(3) is not None
    # (the words before the sentence's first figure, 马鞍山市对|5600多名…、3800多名…, are every figure's: they tell none apart)
    figures = list(_FIGURE_WITH_UNIT.finditer(sentence))
    words = [w for w in words if not figures or w not in sentence[:figures[0].start()]]
    # (all of them claimed: the part the sentence gives after the whole, 1660个…其中1602个; not what did it, 8个暗访组)
    pool = figures
    if every:
        whole = next((m for m in figures if _value(m.group(0)) == claimed), None)
        pool = [m for m in figures if whole is not None and m.start() >= whole.end() and _value(m.group(0)) < claimed]
        if len(pool) != 1:
            return None  # (4395个问题是不是全部改完了? ↔ 3142个整改完毕,1253个正积极整改中: either part settles it)
    found = [(not (counted and all(w in _clause_of(sentence, m) for w in counted)) and not _as_claimed(value, claimed, rough),
              -sum(w in _clause_of(sentence, m) for w in words), not _as_claimed(value, claimed, rough),
              abs(math.log(value / claimed)), m.group(0))
             for m in pool
             if (not unit or lexicon.same_family(unit, _unit(m.group(0)))) and (value := _value(m.group(0))) > 0]
    if not found or claimed <= 0:
        return None
    _, _, _, distance, figure = min(found)
    if distance > math.log(CLAIM_REACH):
        return None
    # (县级…是2150多条? → 21500多条: of a row of figures for a list, the one in the place of the item named)
    chosen = next(m for m in figures if m.group(0) == figure)
    return _respective(sentence, query, figures, chosen, normalize)[0].group(0)


def _as_claimed(value: float, claimed: float, rough: bool) -> bool:
    """Is the figure the one claimed: the same, or for a rough claim (三千一百来个) within `ROUGH_CLAIM` of it?"""
    return value == claimed or (rough and claimed <= value <= claimed * (1 + ROUGH_CLAIM))


def _clause_of(sentence: str, match: re.Match[str]) -> str:
    """The clause, or the item of a list (5600多名年老体弱党员、), a figure stands in."""
    return sentence[clause_start(sentence, match.start(), ",,;;。、"):match.end()] + _clause_after(sentence, match.end()).split("、", 1)[0]


def _value(figure: str) -> float:
    number = NUMBER_IN.match(figure)
    return value_of(number.group(1), number.group(2)) if number else 0.0


def _place(sentence: str, query: str) -> str | None:
    """The one place the sentence names that the question does not (3.3万条是哪个市征求到的? → 芜湖市)."""
    names = place_names()
    found = {sentence[i:j] for i in range(len(sentence)) for j in range(i + 2, min(len(sentence), i + 6) + 1)
             if sentence[i:j] in names}
    found = {n for n in found if n not in query and not any(n != m and n in m for m in found)}
    return found.pop() if len(found) == 1 else None


def _slice(listing: str, query: str) -> str:
    """The items of a list the question asks for by where they stand (前两面 → the first two, 后两个 → the last
    two), or the whole list."""
    asked = lexicon.LIST_ENDS_ASKED.search(query)
    items = listing.split("、")
    size = small_number(asked.group(2)) if asked else 0
    if not asked or not 0 < size < len(items):
        return listing
    return "、".join(items[:size] if asked.group(1) in ("前", "头") else items[-size:])


def _filled_in(query: str, sentence: str, normalize: Normalize) -> str | None:
    """The name or list the sentence gives where the question puts 什么 after the same words (干部和群众之间的什么? ↔
    干群之间的“连心桥”; 坚持什么? ↔ 坚持用真心、下真功、动真格): the words right before the question word, then a quoted
    name or items joined by 、 in the sentence."""
    asked = _BLANK.search(query)
    if asked is None:
        return None
    folded = normalize(sentence)
    for before in dict.fromkeys((query[: asked.start()], query[: asked.start()].removesuffix("的"))):
        for size in range(min(len(before), _BLANK_CONTEXT), 1, -1):
            for at in occurrences(folded, before[-size:]):
                name = _QUOTED_NAME.match(folded, at + size) or lexicon.ITEMS.match(folded, at + size) or \
                    (_LAST_ITEM.match(folded, at + size) if before.endswith("、") else None)  # (…祛行为之垢、什么?)
                if name:  # (items inside a quotation end before its closing mark)
                    return name.group(0) if "“" in name.group(0) else name.group(0).rstrip("”")
    return None


def _quoted_whole(query: str, sentence: str) -> str | None:
    """The sentence's quoted name a word the question quotes is part of (那个“开关”叫啥? → 总开关)."""
    for part in _QUOTED_PART.findall(query):
        whole = re.search(rf"“([^“”]*{re.escape(part)}[^“”]*)”", sentence)
        if whole is not None and whole.group(1) != part:
            return whole.group(1)
    return None


def _post_of(sentence: str, terms: Sequence[str], normalize: Normalize) -> str | None:
    """The post the sentence gives right before the person the question names (王学军是谁? → 省长王学军 → 省长)."""
    folded = normalize(sentence)
    return next((post for name in sorted({t for t in terms if is_person(t)})
                 if (post := post_before(name, folded)) is not None), None)


def _held_stretches(query: str, folded: str, longest: int) -> list[str]:
    """The stretches of the question, three to `longest` characters, that the sentence (matching form) holds,
    longest first."""
    return lexicon.longest_first({query[i:j] for i in range(len(query))
                                  for j in range(i + 3, min(len(query), i + longest) + 1) if query[i:j] in folded})


def _body_of(sentence: str, query: str, normalize: Normalize) -> str | None:
    """Who the sentence says does what is asked, where it names no one but a body or role: the one it says 由 …
    does it (由党委主要负责同志任组长), or what it gives right after the longest stretch of the question it holds
    (每项任务谁负责? → 明确每项任务|牵头领导和责任单位)."""
    folded = normalize(sentence)
    for by in lexicon.DONE_BY_BODY.finditer(folded):
        does = folded[by.start(2): by.end(2) + _BODY_REACH // 2]  # 任组长, 兼任第一书记: what the question asks of
        if lexicon.BODY.search(by.group(1)) and (all(c in query for c in by.group(2)) or  # 谁带的队? ↔ 带队
                                                 _shares_pair(does, query)):
            return by.group(1)
    for holds in _HOLDS_POST.finditer(folded):
        post = folded[holds.end(): holds.end() + _BODY_REACH]
        words = general_words(holds.group(1))
        # (after the verb that picks them: 选配|8位省级党员领导干部)
        first = next((n for n, w in enumerate(words) if not is_verb(w)), len(words))
        body = "".join(words[first:])
        if lexicon.BODY.search(body) and _shares_pair(post, query):
            return body
    doer = _doer_before(folded, query)
    if doer is not None:
        return doer
    for stretch in _held_stretches(query, folded, len(query))[:1]:
        after = folded[folded.find(stretch) + len(stretch):]
        rest = after[:next((i for i, c in enumerate(after) if c in lexicon.CLAUSE_MARKS), len(after))]
        # (牵头领导是谁?: a role the question names itself asks who holds it; 和责任单位 is no answer)
        if 2 <= len(rest) <= _BODY_REACH and lexicon.BODY.search(rest) and not lexicon.BODY.search(stretch) and \
                rest[0] not in "和与及、" and not any(c.isdigit() for c in rest):
            return rest
    return None


def _doer_before(folded: str, query: str) -> str | None:
    """The body that opens the clause of the verb a who-question asks of (谁开的? ↔ 省委教育实践活动领导小组专门|召开)."""
    asked = _DOER_ASKED.search(query)
    if asked is None:
        return None
    verb = asked.group(1)
    for at in occurrences(folded, verb):
        # (开 of 召开: the word it ends)
        start = at - 1 if len(verb) == 1 and at > 0 and is_verb(folded[at - 1: at + 1]) else at
        body = lexicon.DOER_ADVERBS.sub("", folded[clause_start(folded, start, ",,;;。"): start])
        if 2 <= len(body) <= _BODY_REACH * 2 and lexicon.BODY.search(body) and not any(c.isdigit() for c in body):
            return body
    return None


def _shares_pair(text: str, query: str) -> bool:
    """Does the question hold two characters in a row of `text` (任组长 ↔ 组长)?"""
    return any(text[i:i + 2] in query for i in range(len(text) - 1))


def _following_term(rest: str, terms: Sequence[str]) -> str:
    """The question's longest word that `rest` starts with (厅级|干部带队 → 干部), or nothing."""
    return max((t for t in terms if rest.startswith(t)), key=len, default="")


def _named(sentence: str, terms: Sequence[str], normalize: Normalize, query: str = "") -> str | None:
    """The name the report gives a thing of the question: 《便民服务手册》 for 手册, “1+8”活动方案 for 活动方案; one the
    question does not say itself, where there is one (…发扬定钉子精神,全面进行的那个叫啥? → “回头看”)."""
    folded = normalize(sentence)
    words = lexicon.longest_first(t for t in set(terms) if len(t) > 1)
    found: list[tuple[bool, str]] = []
    for match in _QUOTED_NAME.finditer(folded):
        name = _name_of(folded, match, words)
        if name is not None:
            # (said by the question: all but one of its characters are the question's, 定钉子 for “钉钉子”)
            inner = match.group(0)[1:-1]
            found.append((sum(c in query for c in inner) >= max(2, len(inner) - 1), name))
    return min(found, key=lambda f: f[0])[1] if found else None


def _name_of(folded: str, match: re.Match[str], words: Sequence[str]) -> str | None:
    """The quoted name `match` as the name of a thing one of `words` names: right before it, inside it (直通车叫啥? →
    政情民意“直通车”, with the words that name it before the quote) or right after it; None where none does."""
    before, after = folded[: match.start()], folded[match.end():]
    for term in words:
        if before.endswith(term):
            return match.group(0)
        if term in match.group(0):
            return _modifier(before) + match.group(0)
        if after.startswith(term):
            return match.group(0) + term
    return None


def _modifier(before: str) -> str:
    """The words right before a quoted name that are part of it: those after the last verb (搭建|政情民意“直通车”),
    none where they end in 的 (干群之间的“连心桥”)."""
    run = re.search(r"[\u4e00-\u9fff]{1,8}$", before)
    words = general_words(run.group(0)) if run else []
    last_verb = max((n for n, w in enumerate(words) if is_verb(w)), default=-1)
    named = "".join(words[last_verb + 1:])
    return "" if named.endswith("的") or last_verb < 0 else named


#: Characters that may stand between a name and what its bearer does (张宝顺|先后|赴合肥).
_DOER_GAP = 2


def _person(sentence: str, terms: Sequence[str], normalize: Normalize, query: str = "") -> str | None:
    """The name right after the longest stretch of the question the sentence holds, else after a word of it
    (省长是谁? → 省长王学军 → 王学军; 省委副书记是谁? → 省委副书记李锦斌, not 省委书记张宝顺)."""
    folded = normalize(sentence)
    # (省委书记…蹲点,省长是谁?: what the question word stands by first, the longest of it the sentence holds)
    before = [query[: m.start()].removesuffix("是").removesuffix("为") for m in lexicon.PERSON_WORDS.finditer(query)]
    asked = [b[-n:] for b in before for n in range(min(len(b), _STRETCH), 1, -1) if b[-n:] in folded][:1]
    stretches = [*asked, *_held_stretches(query, folded, _STRETCH),
                 *lexicon.longest_first(t for t in set(terms) if len(t) > 1)]
    for term in stretches:
        at = folded.find(term)
        while at >= 0:
            after = folded[at + len(term): at + len(term) + 4]
            for size in (3, 2):
                name = after[:size]
                # (not a run that ends inside a word: 负责同志任组|长 holds no 任组)
                straddled = len(after) > size and (facts := word_facts(after[size - 1: size + 1])) is not None and \
                    facts[1] not in lexicon.NAME_POS
                if len(name) == size and is_person(name) and not _named_in(name, terms) and name[0] not in "余多来" and \
                        not straddled:
                    return name
            at = folded.find(term, at + 1)
    doer = _doer_named(folded, stretches, terms)
    if doer is not None:
        return doer
    if any(t in lexicon.LEADER_WORDS for t in terms) or any(w in query for w in lexicon.LEADER_WORDS):
        # 来调研的中央领导是哪一位? → 中央书记处书记刘云山: the name after the post a leader holds
        for post in lexicon.LEADING_POST.finditer(folded):
            found = _name_at(folded, post.end())
            if found is not None and not _named_in(found, terms):
                return found
    return None


def _name_at(folded: str, at: int) -> str | None:
    """The person's name of three characters, else two, that starts at `at` (省长|王学军), if any."""
    return next((folded[at: at + size] for size in (3, 2) if len(folded[at: at + size]) == size and
                 is_person(folded[at: at + size])), None)


def _others_named(folded: str, terms: Sequence[str]) -> list[str]:
    """The people the sentence names after their posts (省长王学军), those of the question left out."""
    others = []
    for post in lexicon.LEADING_POST.finditer(folded):
        name = _name_at(folded, post.end())
        held = any(folded.endswith(t, 0, post.end()) for t in terms if len(t) > 1)  # (除了省长: not 王学军)
        if name is not None and not held and not _named_in(name, terms) and name not in others:
            others.append(name)
    return others


def _named_in(name: str, terms: Sequence[str]) -> bool:
    """Is the name, or the part of one read as a name (张宝 of 张宝顺), a word of the question?"""
    return any(name in t for t in terms)


def _doer_named(folded: str, stretches: Sequence[str], terms: Sequence[str]) -> str | None:
    """The name that opens a clause and does what the question asks, up to two characters before it
    (谁带头写学习体会文章? → 张宝顺|带头撰写…; 谁赴合肥调研? → 张宝顺|先后|赴合肥…)."""
    for stretch in stretches:
        at = folded.find(stretch)
        if at < 0:
            continue
        start = clause_start(folded, at)
        for size in (3, 2):
            name = folded[start: start + size]
            if len(name) == size and 0 <= at - start - size <= _DOER_GAP and is_person(name) and not _named_in(name, terms):
                return name
    return None
