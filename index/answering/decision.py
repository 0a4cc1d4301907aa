"""Does a passage answer a question, speak of its subject only, or neither? Three outcomes, not two.

- answered: the passage holds enough of the question's weight, every constraint (a name, a figure, a round,
  a word naming what is asked), and its answer sentence holds what is asked for (a figure with the asked
  measure word, a date, a person);
- partial: the report speaks of the question's subject but not of what is asked (芜湖市的市长);
- none: it does not speak of it.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from index.answering.query import Question, Term, occurrences
from index.corpus.chunking import split_sentences
from index.text import lexicon
from index.text.numerals import small_number
from index.text.places import place_names
from index.text.regex import regex
from index.text.thesaurus import general_words, is_verb, person_names, same_in_register, verbal, word_facts

#: The report answers when the passage holds at least this share of the question's term weight ...
MIN_COVERAGE = 0.8
#: ... and at least this much matched IDF, in units of the IDF of a term found in no passage (so that one
#: common word such as 好 in "你好" is not enough). Calibrated with `python bench/calibrate.py`.
MIN_EVIDENCE = 0.25
#: A partial answer needs a subject at least this specific (matched IDF in units of an unseen term's).
MIN_SUBJECT = 0.6

#: Weight of a one-character word relative to a longer one: 下, 去, 看, 条 say less about what is asked.
SINGLE_CHAR_FACTOR = 0.25
#: A passage that holds only pieces of a word (督导组 of 省委督导组) or only its characters gets this share of it.
PIECE_CREDIT = 0.5
#: A word whose pieces the passage all holds apart (征求意见 ↔ 征求到各类意见建议) gets this share of it.
SPLIT_CREDIT = 0.8
#: A verb of the question (收集) or the kind it asks for (什么平台) that the passage says otherwise gets this
#: share of its weight: such words frame more than they constrain.
FRAME_CREDIT = 0.5
#: Longest list a question may ask for by its size (19位省领导的名单) and be held to it.
MAX_LISTED = 100
#: Longest clause of a list written as a sentence of short clauses (学原著,学党史,学先进).
SHORT_CLAUSE = 6
#: Most people a report may name one by one (19位省领导: 16个督导组的组长都是哪些人? asks their names); more are
#: answered by their kind (38500余人次深入基层的是哪些人?).
MAX_NAMED = 20
#: Most items a list may hold and stand for the count a question states (三个像: 群体像、集体像、个体像).
MAX_COUNTED_ITEMS = 10
#: How far after 几个 the person counted may stand (几个|读书不多的党员).
PEOPLE_AFTER_COUNT = 8
#: How far after a count the 的 may stand that ends a phrase modifying what is counted.
MODIFIER_REACH = 12
#: Two general words the report does not use are forgiven where the question's own words the passage holds weigh
#: this many unseen words' IDF (年纪大、身体不好、没啥文化的党员: several everyday words around what the report says).
TWO_FORGIVEN = 2.0
#: A word found only as a synonym counts this much (天气 is 气象 in the thesaurus, but 新气象 is no weather).
SYNONYM_CREDIT = 0.5
#: A word said only around the question counts this much in choosing the answer's sentence.
ASIDE_CREDIT = 0.5
#: Characters a word's halves may stand apart in a passage (征求|到|意见).
GAP = 2
#: Characters on each side of a word claimed that the passage must say around another word in its place
#: (精神和|孔繁森|精神为 ↔ 精神和|沈浩|精神为), and the longest such other word.
SLOT_CONTEXT = 3
SLOT_WORD = 6
#: Questions whose asked term (`_term_asked`) is kept.
TERM_CACHE = 256
#: Characters in a row a question must share with a short line to quote it (意见从).
QUOTED_RUN = 3

#: Characters after a word whose last character the passage says them after, for it to be said (回到|群众中).
ALIKE_AFTER = 3
#: Characters before 去 the question must hold with it for the sentence to tell what is gone to do (群众中|去).
GOING_HELD = 3
#: Characters on each side of a question word the sentence must hold too for the question to quote it.
QUOTED_AROUND = 2
#: A word for people said after another (党员|志愿者, 党员|参与者): the one counted, its head.
_PERSON_HEAD = regex(r"([\u4e00-\u9fff]{1,3}?[者员])(?![\u4e00-\u9fff]{0,1}[者员])")
#: Where two things of a kind are joined (焦裕禄精神|和|沈浩精神), and how long the second may be.
_JOINT = regex(r"(?<=[\u4e00-\u9fff”])(?:和|与|及|、)(?=[\u4e00-\u9fff“])")
LISTED_ITEM = 8
#: ... and between two terms asked together (拍砖和吐槽).
_JOINT_PLAIN = regex(r"和|与|及|、|”\s*“")  # (“拍砖”“吐槽”)
#: Fewest characters of each of two parallel names joined by 和 (牵头领导和责任单位).
MIN_PARALLEL = 4
#: How many characters longer than a list's inner items its first or last item may be (the rest is the sentence's).
LIST_ITEM_SLACK = 2
NUMBER_IN = regex(r"(\d+(?:\.\d+)?)(万|亿)?")
#: A figure that ends an item of a list of counts (深入基层38500余人次、召开座谈会11300多场): each item its own clause.
_FIGURE_LISTED = regex(lexicon.FIGURE.pattern + "、")
_DATE = regex(r"\d{1,2}月(?:\d{1,2}日)?|\d{4}年|\d{4}-\d{1,2}")
#: Places named by their level (16个省辖市, 市、县(市、区)和乡镇、街道): an answer to 哪些地方.
_LEVELS = regex(rf"\d+个(?:{lexicon.PLACE_LEVEL.pattern})|(?:市|县|区|乡镇|街道)[、(]")
#: A month named on its own (4月份, 五月), not a day's date (3月24日) or a span (1个月).
_MONTH = regex(r"(?<![\d个])(\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?![\d一二三四五六七八九十日号])")
#: A year named (2013年): where a passage names none, the year the report was published in holds.
_YEAR = regex(r"(?<!\d)(?:19|20)\d\d年")
_ORDINAL_IN = regex(r"第[一二三四五六七八九十\d]+|头道|首[批次个]")
#: One thing of a kind asked for by which it is (哪个网站, 哪家媒体): its name, not the kind.
_ONE_WHICH = regex(r"哪(?:一|1)?[个家款](?=[\u4e00-\u9fff]{2})")
#: A name given in quotes after the words it is given to (搭建政情民意“直通车”).
NICKNAME = regex(r"[\u4e00-\u9fff]“[^”]{1,10}”")
#: How far before a quoted name the verb that names what was done may stand (搭建|政情民意|“直通车”).
NAMED_AFTER_VERB = 6
#: The part of a plan named with a plus asked (“1+8”方案里那个8是啥?, 1+8 方案 那8个 分别 是啥): its items.
_PLUS_PART_ASKED = regex(r"\d\+(\d)(?=.*?(?<![+\d])\1(?:个|项)?[”\"]?\s*(?:分方案|子方案)?(?:都|分别|具体)?\s*"
                         r"(?:(?:是指|指的是|是|指)(?:\d个)?)?(?:什么|啥|哪))")  # (8个分方案都啥, 那个8 是8个啥方案)
#: A character done to the thing named right after it (芜湖搭的那个平台).
_ONE_CHAR_DONE = regex(r"([\u4e00-\u9fff])的")
#: The name of the thing before it is asked (平台|叫什么).
_NAME_ASKED_AFTER = regex(r"[,,]?(?:被|也)?(?:叫|叫做|称为|称作|名叫)(?:什么|啥)")
_DONE_NAMED = regex(r"的(?:那个|那|这个)?[,,\s]?(?:叫|叫做|称为|称作|名叫)(?:什么|啥)")
#: Characters before a tier that make it where something went, not who did it (派到各市的巡查组).
_GONE_TO = frozenset("到赴往去")
#: A sentence that says what a thing is (学习教育,是…): the thing.
_DEFINING = regex(rf"(?:^|[。!?;]){lexicon.DEFINES.pattern.removeprefix('^')}")
#: A place a sentence opens with (芜湖市积极创新…): what the sentence tells is that place's.
_PLACE_FIRST = regex(r"[\u4e00-\u9fff]{1,4}?[市县区]")


@dataclass(frozen=True)
class Verdict:
    """How well one passage answers one question."""

    coverage: float  # share of the question's weight the passage holds
    evidence: float  # matched weight in units of an unseen term's IDF
    missing: tuple[str, ...]  # constraints the passage does not hold (words as the question has them)

    @property
    def answers(self) -> bool:
        """Coverage, evidence and every constraint."""
        return not self.missing and self.coverage >= MIN_COVERAGE and self.evidence >= MIN_EVIDENCE


@dataclass(frozen=True)
class Weights:
    """What a word's weight is made of: the index's IDF, the IDF of a word in no passage, and how common the
    index's words are in the general language (`index.text.thesaurus.commonness`, only those below 1)."""

    idf: Mapping[str, float]
    unseen_idf: float
    common: Mapping[str, float]
    verbs: Collection[str] = frozenset()  # the index's words that are verbs (看, 收集): they frame more than name
    #: The index's synonyms of one of its words (体会 → 感受), looked up only where a passage lacks the word.
    related: Callable[[str], Sequence[str]] = lambda word: ()


def weight(term: Term, weights: Weights) -> float:
    """How much a question word says about what is asked: its IDF (the best of what stands for it), less for
    a single character or a word common everywhere; an unknown word that names what is asked counts as a
    word in no passage; one that frames counts nothing."""
    if term.role == "frame":
        return 0.0
    known = [max(float(weights.idf[a]), 0.0) for a in term.alternatives if a in weights.idf]
    if known:
        single = SINGLE_CHAR_FACTOR if len(term.word) == 1 and term.role != "entity" else 1.0
        return max(known) * single * weights.common.get(term.word, 1.0)
    return weights.unseen_idf if lexicon.HAN.search(term.word) or term.role == "constraint" else 0.0


def holds(term: Term, passage_terms: set[str], passage_text: str) -> bool:
    """Does the passage hold the word: one of its index terms, or its characters in a row (看 in 观看)?"""
    return any(a in passage_terms for a in term.alternatives) or term.word in passage_text or \
        any(a in passage_text for a in term.alternatives)


#: A word of the question with its pieces (省委督导组: 省委, 督导组), the longest of them, and each one's weight.
Group = tuple[list[Term], Term, dict[str, float]]


def word_groups(question: Question, weights: Weights) -> list[Group]:
    """The question's words grouped with their pieces: the same for every passage judged."""
    words = [t.word for t in question.terms]
    pieces: dict[str, list[Term]] = {}
    for term in question.terms:
        outer = max((w for w in words if term.word in w), key=len)
        pieces.setdefault(outer, []).append(term)
    return [(group, max(group, key=lambda t: len(t.word)), {t.word: weight(t, weights) for t in group})
            for group in pieces.values()]


def judge(question: Question, passage_terms: set[str], passage_text: str, weights: Weights,
          groups: Sequence[Group] | None = None, listed: bool = False, lists: Collection[int] = (),
          counted: bool = False, nicknamed: bool = False, named: str | None = None) -> Verdict:
    """The verdict for one passage (its index terms and its text in matching form).

    Search mode emits the pieces of a long word too (省委督导组 → 省委, 督导组): a word and its pieces count
    once, as much as the heaviest of them; a passage that holds only some pieces, or only the characters of
    a word that names no constraint, gets `PIECE_CREDIT` of it. `listed`: the passage lists what the verb the
    question asks about is done to (`lexicon.parallel`); `lists`: how many items each list of the passage
    holds (`list_sizes`); `counted`: a sentence of the passage counts what the question, in other words, asks
    how many of, with the measure word asked (多少个检查组 ↔ 16个省委督导组); `nicknamed`: the passage gives a
    name in quotes right after a verb of the question (`named_by_verb`: 搭建政情民意“直通车”), which answers
    搭建的那个平台叫什么? whatever it calls the thing; `named`: the name the passage gives a list it holds, asked
    for its items (`named_list_asked`).
    """
    total = matched = 0.0
    forgivable: list[float] = []  # a general word the report does not use, unsaid
    resaid: list[float] = []  # what a word said only by a synonym lacks of its weight: it was said
    missing: list[str] = []
    resaid_verbs = 0.0
    # 暗访组的领导: a group's leader, where the passage says who leads it (由厅级干部带队的暗访组)
    group_led = lexicon.GROUP_LEADER.search(question.folded) is not None and lexicon.LED_BY.search(passage_text) is not None
    work_asked = lexicon.WORK_ASKED.search(question.folded) is not None  # 哪部片子: a work asked for by name
    for group, whole, each in word_groups(question, weights) if groups is None else groups:
        found = 1.0 if (group_led and (whole.word in lexicon.LEADER_WORDS or whole.word in lexicon.LEADING_VERBS)) or \
            (nicknamed and _name_asked_of(whole.word, question.folded)) or _headed_alike(whole.word, question.folded, passage_text) \
            else _found(whole, passage_terms, passage_text, weights)
        if (whole.word in lexicon.SETTING_WORDS or whole.word in question.setting) and found < 1:
            continue  # 全省, 省里, 第二批: the whole report's setting, said or not
        if whole.aside and found < 1:
            continue  # 我们乡里也在搞…: what the asker says around the question counts where the passage holds it
        if named and found < 1 and whole.role != "entity" and whole.word not in place_names() and \
                not (whole.word in named or named in whole.word):
            continue  # 我就知道个吃喝风,另外那几个是啥风?: the items of a name the passage lists are asked, whatever frames it
        if whole.role == "frame" and whole.kind == "synonym":
            if found > 0 and verbal(whole.word, adverbs=True):
                # 搞督查 ↔ 督导: a verb the report says otherwise counts where the passage says it so
                resaid_verbs += max((float(weights.idf[a]) for a in whole.alternatives if a in weights.idf),
                                    default=0.0) * SYNONYM_CREDIT
            continue
        total += max(each.values())
        if found > 0:
            matched += max(each.values()) * found
            if found < 1 and (whole.kind == "word" or (whole.kind == "synonym" and whole.word not in weights.idf)):
                resaid.append(max(each.values()) * (1 - found))  # 商量 said as 研究: no worse than unsaid
        else:
            held = [each[t.word] * _found(t, passage_terms, passage_text, weights) for t in group if t is not whole]
            # 查出 for 查摆, 减少 for 不减: an asked event said in other words of the same characters
            said_otherwise = whole.kind == "event" and _said_otherwise(whole.word, passage_text)
            # 是处级干部带队吗?: a rank claimed is checked against the rank the passage gives (厅级), a cadre's
            # against a cadre's, not a tier's (省级)
            cadre = lexicon.CADRE_RANK.fullmatch(whole.word) is not None
            claimed_rank = question.wants == "yesno" and (cadre or lexicon.RANK.fullmatch(whole.word) is not None) and \
                (lexicon.CADRE_RANK if cadre else lexicon.RANK).search(passage_text) is not None
            # 以焦裕禄精神和孔繁森精神为镜子,是这么写的吗?: a word claimed where the passage says another between the
            # same words (精神和|沈浩|精神为) settles the claim too
            claimed_slot = question.wants == "yesno" and whole.role in ("entity", "constraint") and \
                _slot_said_otherwise(whole.word, question.folded, passage_text)
            # 刘云山是不是批评安徽了?: a judgment claimed is settled by a passage that says how it was judged (高度评价)
            claimed_judgment = question.wants == "yesno" and lexicon.JUDGMENT_CLAIMED.fullmatch(whole.word) is not None \
                and lexicon.JUDGMENT_SAID.search(passage_text) is not None
            if claimed_rank or claimed_slot or claimed_judgment:  # the passage settles the claim: it holds what is asked of
                held.append(each[whole.word] / PIECE_CREDIT)
            elif said_otherwise:
                held.append(each[whole.word] * FRAME_CREDIT / PIECE_CREDIT)
            elif whole.role in ("entity", "constraint"):
                missing.append(whole.word)
            elif whole.asked or (whole.word in weights.verbs and question.wants not in ("date", "yesno")):
                # 什么平台? answered by 搭建政情民意“直通车”; 收集到多少意见 by 征求到意见建议3.3万余条
                held.append(each[whole.word] * FRAME_CREDIT / PIECE_CREDIT)
            else:  # 查找 for 找准查实: its characters there, not side by side
                held.append(each[whole.word] * _characters(whole.word, passage_text))
            pieces = [t for t in group if t is not whole and len(t.word) > 1]
            if whole.role not in ("entity", "constraint") and pieces and \
                    "".join(t.word for t in pieces) == whole.word and \
                    all(_found(t, passage_terms, passage_text, weights) >= 1 for t in pieces):
                held.append(max(each.values()) * SPLIT_CREDIT / PIECE_CREDIT)  # 征求意见 ↔ 征求到各类意见建议
            credit = PIECE_CREDIT * max(held, default=0.0)
            matched += credit
            if (whole.kind == "ordinary" or (whole.kind == "synonym" and whole.word not in weights.idf and not (whole.asked and work_asked)) or
                    said_otherwise or _scattered(whole, passage_text)) and max(each.values()) > credit:  # (a framing word, weighing nothing, is no word to forgive; nor is a work asked for, 哪部片子, the report names otherwise)
                forgivable.append(max(each.values()) - credit)
    if matched > 0:  # (with a word of the question's own held: a verb alone answers nothing)
        total += resaid_verbs
        matched += resaid_verbs
    # 主要学什么? ↔ 学原著,学党史,学先进; 关键看啥? ↔ 能听进多少群众意见,至关重要: the answer's own form weighs as a
    # word found in one passage (`listed` too: 到群众里去干啥? ↔ 直接到群众中去察民情, `done_there`)
    if listed or ((key := lexicon.KEY_ASKED.search(question.folded)) is not None and
                  _key_of_the_asked(question, key, passage_text)) or \
            (lexicon.PRINCIPLE_ASKED.search(question.folded) and lexicon.PRINCIPLE_SAID.search(passage_text)) or \
            _defines_asked(question, passage_text):
        total += weights.unseen_idf
        matched += weights.unseen_idf
    roughs = [(rough, roughly_held(rough, passage_text)) for rough in lexicon.ROUGH_FIGURE.finditer(question.folded)]
    # 75万多 ↔ 75.6万余条: a rough figure found weighs as a word found in one passage
    found_roughly = sum(held for _, held in roughs) * weights.unseen_idf
    # 4395个问题是哪批单位查出来的?: a figure of three or more digits the question states, found, weighs so too
    found_roughly += sum(len(f) >= DISTINCT_FIGURE and f in passage_text for f in question.figures) * weights.unseen_idf
    total += found_roughly
    matched += found_roughly
    own = matched  # (what the question's own words found, before the conversation's)
    for term in question.context:  # carried from the conversation: counts where the passage holds it
        if _found(term, passage_terms, passage_text, weights) > 0:
            carried = question.context_weight * weight(term, weights)
            total += carried
            matched += carried
    missing.extend(_other_tier(question, passage_text, weights.verbs))
    missing.extend(_whole_for_one(question, passage_text))
    # 去年安徽征求了多少条意见?: a year named from another, which the passage does not name
    missing.extend(year for year in question.years if year not in passage_text)
    # 副组长, 常务副省长: a deputy is another post than the one the passage names (组长)
    missing.extend(m.group(0) for m in lexicon.DEPUTY_POST.finditer(question.folded) if m.group(0) not in passage_text)
    missing.extend(_as_asked(f, question) for f in question.figures
                   if f not in passage_text and not _claimed(f, question, passage_text) and
                   not (f in question.setting and not _YEAR.search(passage_text)) and
                   not _listed_count(f, question, lists) and not _counts_own_list(f, question) and
                   not _other_choice_held(f, question, passage_text))
    # (本人在法院干了三十多年,…想请教一下:…: a rough figure the asker tells of themselves is no claim)
    missing.extend(rough.group(0) for rough, held in roughs
                   if not held and not _claimed(rough.group(0), question, passage_text) and
                   rough.group(0) in (question.asking or question.folded))
    missing.extend(o for o in question.ordinals if not _ordinal_held(o, passage_text) and
                   not _setting(o, question, passage_text))
    # 第一督导组的组长是谁?: a group by its number, where the passage numbers none (16个省委督导组, 第一组长)
    missing.extend(m.group(0) for m in _GROUP_NUMBERED.finditer(question.folded) if m.group(0) not in passage_text)
    missing.extend(_months_unsaid(question, passage_text))
    missing.extend(_claim_unsettled(question, passage_text))
    if total <= 0 or weights.unseen_idf <= 0:
        return Verdict(0.0, 0.0, tuple(missing))
    forgiven = sum(forgivable) + sum(resaid)
    if (len(forgivable) <= 1 or (len(forgivable) == 2 and own >= TWO_FORGIVEN * weights.unseen_idf)) and forgiven > 0 and \
            matched + sum(resaid) >= weights.unseen_idf and matched / (total - forgiven) >= MIN_COVERAGE:
        # One general word the report does not use (网友 where it says 网民), and one it says only by a
        # synonym, among words it does hold (at least an unseen word's worth) are ways of putting the
        # question, not something the answer must say.
        total -= forgiven
    if counted and matched > 0:  # (after forgiving: the answer's form vouches for the words said otherwise, not for others)
        total += weights.unseen_idf
        matched += weights.unseen_idf
    return Verdict(matched / total, matched / weights.unseen_idf, tuple(missing))


def named_list_asked(question: Question, passage_text: str) -> str | None:
    """The name the passage gives a list of things (吃喝风、红包风、赌博风、走读风“小四风”: 小四风) where the question
    names it, none of its items (小四风里那个走读风…? asks of one of them), and asks for a list of no other size
    (对照四面镜子,要克服哪两种问题? asks for other things); else None."""
    if question.wants != "list":
        return None
    size = lexicon.ASKED_SIZE.search(question.folded)
    for match in lexicon.NAMED_LIST.finditer(passage_text):
        name, items = match.group(2).strip("“”"), match.group(1).split("、")
        if name in question.folded and not any(item in question.folded for item in items) and \
                (size is None or small_number(size.group(1)) == len(items)):
            return name
    return None


def _defines_asked(question: Question, passage_text: str) -> bool:
    """Is the standing of a thing asked (算个啥位置, 是什么环节, 摆在啥位置) and does a sentence of the passage say what
    a thing of the question's words is (学习教育,是教育实践活动的基础环节)?"""
    return (lexicon.DEFINITION_ASKED.search(question.folded) is not None or
            lexicon.STANDING_ASKED.search(question.folded) is not None) and any(
        _of_the_question(question, m.group(1)) for m in _DEFINING.finditer(passage_text))


def _of_the_question(question: Question, thing: str) -> bool:
    """Does a thing a sentence says what it is (学习教育) hold a word of the question (学习)?"""
    return any(len(t.word) > 1 and t.word in thing for t in question.terms)


def _headed_alike(word: str, folded: str, passage_text: str) -> bool:
    """Is a two-character word the passage does not hold said there by its last character, with the words after
    it in the question after it there too (回到群众中去 ↔ 也到群众中去)?"""
    return len(word) == 2 and word not in passage_text and any(
        len(after := folded[at + 2: at + 2 + ALIKE_AFTER]) == ALIKE_AFTER and lexicon.HAN_RUN.fullmatch(after) is not None
        and word[1] + after in passage_text for at in occurrences(folded, word))


def _name_asked_of(word: str, folded: str) -> bool:
    """Is the word a thing (not a post or a person) whose name the question asks, right before 叫什么 (那个平台叫什么?)?"""
    return len(word) > 1 and not lexicon.ROLES.search(word) and not lexicon.PERSON_NOUNS.search(word) and \
        any(_NAME_ASKED_AFTER.match(folded, at + len(word)) for at in occurrences(folded, word))


def _key_of_the_asked(question: Question, asked: re.Match[str], text: str) -> bool:
    """Does a sentence of the text say what is crucial (关键, 至关重要) of what the question asks it of, the words
    before its 关键看啥 (`asked`) said there too (活动搞得好不好,关键看啥? ↔ 活动搞得好不好,…,至关重要; not
    班子强不强,关键看班长)?"""
    subject = [t for t in question.terms if t.role != "frame" and t.word in question.folded[: asked.start()]]
    return any(lexicon.KEY_SAID.search(sentence) is not None and
               (not subject or any(a in sentence for t in subject for a in (t.word, *t.alternatives)))
               for sentence in split_sentences(text))


def _done_thing_named(question: Question, verbs: Collection[str]) -> bool:
    """Is the name asked of what a verb of the question made, the thing itself unsaid (搭起来的叫什么?)?"""
    return any(len(t.word) > 1 and any(a in verbs for a in (t.word, *t.alternatives)) and
               any(_DONE_NAMED.match(question.folded, at + len(t.word)) for at in occurrences(question.folded, t.word))
               for t in question.terms) or \
        any(_DONE_NAMED.match(question.folded, m.end()) for m in lexicon.DOING_ANY.finditer(question.folded))  # (搞的那个叫啥?)


def named_by_verb(question: Question, text: str, verbs: Collection[str]) -> bool:
    """Does the text give a name in quotes right after a verb of the question (搭建的那个平台叫什么? ↔ 搭建政情民意
    “直通车”): the name of what was done?"""
    done = [a for t in question.terms for a in {t.word, *t.alternatives} if len(a) > 1 and a in verbs]
    # (or a verb of one character, the first of the text's: 芜湖搭的那个平台 ↔ 搭建)
    firsts = {m.group(1) for m in _ONE_CHAR_DONE.finditer(question.folded)}
    # (全面搞的那个叫啥? ↔ 全面进行“回头看”: a verb of doing anything is any verb the text has there)
    doing = lexicon.DOING_ANY.search(question.folded) is not None

    def done_before(window: str) -> bool:
        return any(w in window for w in done) or \
            (doing and any(window[i:i + 2] in verbs for i in range(len(window) - 1))) or \
            any(window[i] in firsts and window[i:i + 2] in verbs and is_verb(window[i]) for i in range(len(window) - 1))

    return any(done_before(text[max(0, m.start() - NAMED_AFTER_VERB): m.start() + 1]) for m in NICKNAME.finditer(text))


def _claim_unsettled(question: Question, passage_text: str) -> list[str]:
    """What a yes/no question claims a thing was done by (是靠官方微博收的吗?, 是不是由厅级干部担任?) where the
    passage does not settle it: it says no means (依托, 通过), or not the verb done by the one claimed (担任)."""
    if question.wants != "yesno":
        return []
    return [question.folded[c.start:c.end] for c in question.claims
            if not (c.verb in passage_text if c.agent else lexicon.MEANS_SAID.search(passage_text))]


def _months_unsaid(question: Question, passage_text: str) -> list[str]:
    """The months the question names (四月份督导了几次?) that the passage does not: what it says is of another
    time. (A yes/no question's month is a claim, checked against the date the passage gives, unless it asks of
    another time again: 5月份是不是又来了?)"""
    month = _MONTH.search(question.folded)
    if month is None or (question.wants == "yesno" and not lexicon.ANOTHER_TIME.search(question.folded) and
                         lexicon.AGAIN not in question.folded[month.end():]):  # (4月份还有再组暗访组吗?: again)
        return []
    return [m.group(0) for m in _MONTH.finditer(question.folded)
            if f"{small_number(m.group(1))}月" not in passage_text and not _date_told(question, m.start())]


def _date_told(question: Question, at: int) -> bool:
    """Is the date at `at` one someone says or remembers, where a date is asked (同事说刘云山4月来的安徽,我看着不对,
    到底哪几天?): a claim about the date asked, not another time?"""
    return question.wants == "date" and lexicon.hearsay_at(question.folded, at)


def _state_asked(question: Question) -> str | None:
    """A word in the clause of 多少/几 saying what happened to what is counted (已经完成了多少项, 多少条已经办结,
    整改不合格): a result or state reached; None if the clause has none."""
    # (the last that asks: …查到了马鞍山党员的人数了,流动党员是多少人? asks in its last clause)
    asked = next(reversed(list(lexicon.QUANTITY_WORDS.finditer(question.folded))), None)
    if asked is None:
        return None
    clause = lexicon.CLAUSE_END.split(question.folded[: asked.start()])[-1] + \
        lexicon.CLAUSE_END.split(question.folded[asked.end():])[0]
    found = lexicon.RESULT_WORD.search(clause) or lexicon.DONE.search(clause)  # (已经解决了多少条: 解决)
    if found is not None and (lexicon.GOAL_BEFORE.search(clause, 0, found.start()) or lexicon.THEN_AFTER.match(clause, found.end())):
        return None  # 多少项要完成的任务, 学完要讨论几回: what is to be done, or when, no state reached
    if found is None:
        already = lexicon.ALREADY_DONE.search(clause)  # 有多少条已经整改?: 整改, done
        return already.group(1) if already is not None and is_verb(already.group(1)) else None
    # the whole verb with its result (整顿好, not 顿好)
    verbs = [t.word for t in question.terms if len(t.word) > 1 and t.word.endswith(found.group(0)[:-1]) and
             t.word + found.group(0)[-1] in clause]
    return max(verbs, key=len) + found.group(0)[-1] if verbs else found.group(0)


#: People counted in a who-question (那8位省级领导是谁?).
_COUNTED_PEOPLE = regex(r"(?<!哪)(?<!哪个)\d+(?:位|名|个人)")  # (not 哪1位: which one)
_ONE_PERSON = regex(r"哪1[位名个]")
#: Places asked as those that did something (督导组是哪些地方派的?), not where a thing is (基地在哪几个地方?).
_PLACES_THAT_DID = regex(rf"是哪(?:些|几个)?(?:{'|'.join(lexicon.ANY_PLACE)})[\u4e00-\u9fff]{{1,4}}的")
#: A tier in a list of tiers (全省市、县(市、区)和乡镇、街道…).
_TIER_LISTED = regex(r"(?:市|县|区|乡镇|街道|村)(?:\([^)]*\))?[、和及与]")
#: Which one the report names is asked (文章点名的是哪个市?, 提到了哪个市?).
_NAMED_ASKED = regex(r"(?:点名|点到|提及|提到|列举|列出|写到|说到)(?:了)?的?(?:是)?哪")
#: People asked as a kind (是哪些人?), not by name.
_PEOPLE_WHO = regex(r"(?:哪些|什么|啥)人|都是(?:谁|哪个|哪位)(?:当|担任|兼任|任|来当)")  # (组长都是谁当的?: holders of a post)
#: Which ones of a kind named right before (案例是哪几起?, 单位都是哪些?).
_WHICH_OF_NAMED = regex(r"(?:都|分别|具体)*是哪(?:些|几)[\u4e00-\u9fff]?$")
#: Who does it, asked after 由 (由哪类主体担任?).
_BY_WHOM_ASKED = regex(r"由(?:哪|什么|啥|谁)")
#: The aspect of a thing asked (哪方面的毛病).
_ASPECT_ASKED = regex(r"(?:哪|什么|啥)(?:个|些|一)?方面")
#: Words of so many characters asked (用哪八个字概括?).
_CHARACTERS_ASKED = regex(r"[哪那这](\d+)个字")
#: A noun for people right before 多少 (处级干部有多少): what is counted.
_PERSON_BEFORE = regex(rf"({lexicon.PERSON_NOUNS.pattern})[,,]?(?:有|是|一共|共|总共)?$")  # (全省党员,一共多少?)
#: Most characters between a verb and the people a sentence says do or undergo it (省几大班子领导同志|集中观看).
PEOPLE_NEAR_DEED = 12
#: ... and, for those who do it, between them and the verb (领导同志|集中|观看; not 厅级干部|带队的|暗访组).
SUBJECT_GAP = 2
#: Fewest characters of a figure the question states that mark one passage (4395, 3.3; not 1, 16).
DISTINCT_FIGURE = 3


def _done_after_the_date(question: Question, sentence: str, date: re.Match[str]) -> bool:
    """Is the verb a when-question asks of (哪天|通报的) said only in a clause the sentence adds after its dated one
    (…进行集中暗访,并对…进行通报和曝光): the date is of what was done first."""
    asked = next(reversed(list(lexicon.DATE_WORDS.finditer(question.folded))), None)  # (几月几号|通报的)
    if asked is None:
        return False
    after = lexicon.CLAUSE_END.split(question.folded[asked.end():].removeprefix("是"))[0]
    verb = next((t.word for t in question.terms if len(t.word) > 1 and after.startswith(t.word)), None)
    later = lexicon.THEN_CLAUSE.search(sentence, date.end())
    return verb is not None and later is not None and verb in sentence and sentence.find(verb, date.end()) >= later.end()


def _same_head(word: str, other: str) -> bool:
    """Whether two compounds end in the same head noun of two characters (焦裕禄精神 and 沈浩精神): another of its kind."""
    return len(word) > 2 and len(other) > 2 and word[-2:] == other[-2:]


def _asking_sentence(folded: str) -> str:
    """The last sentence of a question told in several (我的老师常常说“钉钉子”精神。文章里是谁要…?), where it
    asks: what the sentences before it say is the asker's, not what is asked."""
    stops = [m.end() for m in re.finditer(r"[。!！]", folded.rstrip("。!！?？ "))]
    last = folded[stops[-1]:] if stops else folded
    if not lexicon.QUESTION_WORD.search(last):
        return folded
    # (…他说文化不高的老党员最难学 报道里说马鞍山给多少…?: after a turn to asking, what is told before it is the asker's)
    turns = [m.start() for m in lexicon.ASK_TURN.finditer(last) if lexicon.QUESTION_WORD.search(last, m.start())]
    return last[turns[-1]:] if turns else last


def _slot_said_otherwise(word: str, folded: str, text: str) -> bool:
    """Does the text say another word where the question says `word`, between the same words on both sides
    (精神和|孔繁森|精神为 ↔ 精神和|沈浩|精神为)?"""
    for at in occurrences(folded, word):
        left, right = folded[max(0, at - SLOT_CONTEXT): at], folded[at + len(word): at + len(word) + SLOT_CONTEXT]
        if not (lexicon.HAN_RUN.fullmatch(left) and lexicon.HAN_RUN.fullmatch(right)) or \
                min(len(left), len(right)) < SLOT_CONTEXT:
            continue
        other = re.search(rf"{re.escape(left)}([\u4e00-\u9fff]{{1,{SLOT_WORD}}}?){re.escape(right)}", text)
        if other is not None and other.group(1) != word:
            return True
    return False


def _named_after(word: str, sentence: str) -> bool:
    """Does a person's name stand right after the word in the sentence (记者 黄永礼, 省长王学军)?"""
    return any(is_person(after[:n]) for at in occurrences(sentence, word)
               for after in [sentence[at + len(word):].lstrip()] for n in (3, 2) if len(after) >= n)


def _modified(word: str, sentence: str) -> bool:
    """Does a noun stand right before the word in the sentence, making a name of the two (先进事迹|报告团)?"""
    return any(lexicon.HAN_RUN.fullmatch(before := sentence[max(0, at - 2): at]) is not None and len(before) == 2 and
               before[-1] not in lexicon.FUNCTION_CHARS and not is_verb(before) for at in occurrences(sentence, word))


def _counts(figure: re.Match[str], nouns: Collection[str], sentence: str, reach: int = lexicon.COUNTED_BEFORE,
            said: Collection[str] = ()) -> bool:
    """Does the figure count one of `nouns`: the noun a little after it in its clause (8个由厅级干部带队的暗访组)
    or right before it, up to `reach` characters away (指导组11697个), with no verb between but one `said` with
    it (问题|突出的|10个县 for 问题较突出的县区)?"""
    after = _after_figure(figure, sentence)
    before = sentence[: figure.start()]
    return any(any(before[: len(before) - gap].endswith(n) and not _verb_between(before[len(before) - gap:], said)
                   for gap in range(reach + 1)) or _heads(n, after) or
               (len(n) > 1 and set(n) <= lexicon.PLACE_TIER_CHARS and all(c in after for c in n)) or  # 几个市县 ↔ 1个省辖市或省直管县
               (n in lexicon.ANY_PLACE and lexicon.PLACE_TIER_CHARS & set(after[:2])) or  # 几个地方 ↔ 1个省辖市
               (len(n) > 1 and n[-1] in lexicon.PLACE_TIER_CHARS and figure.group(1) == n[-1])  # 几个省辖市 ↔ 6市
               for n in nouns)


def _heads(noun: str, after: str) -> bool:
    """Does the noun stand after a figure as what it counts, not as a word for the people counted that another one
    follows (8位省级|党员|领导干部: cadres are counted, not every 党员)?"""
    return any(not (lexicon.PERSON_NOUNS.fullmatch(noun) and lexicon.PERSON_NOUNS.match(after, at + len(noun))) or
               after.startswith("干部", at + len(noun))  # (领导|干部 are 领导 too)
               for at in occurrences(after, noun))


def _verb_between(text: str, said: Collection[str]) -> bool:
    """Does a verb not `said` stand in the text between a noun and the figure after it (单位|查摆的|4395个: the noun
    does, and the figure counts what it did)?"""
    return any(len(w) > 1 and is_verb(w) and w not in said for w in general_words(text))


def meetings_named(text: str) -> list[str]:
    """The meetings the text names (`lexicon.MEETING_NAME`: 座谈会, 报告会, 常委会议; not 体会, 社会)."""
    return [w for w in general_words(text) if lexicon.MEETING_NAME.search(w)]


def names_group(sentence: str, figure: re.Match[str]) -> bool:
    """Does the figure count a group the sentence names after it, before any other figure (8个由厅级干部带队的暗访组),
    or right before it (督导组1264个)?"""
    after = lexicon.CLAUSE.match(sentence, figure.end())
    return bool(lexicon.GROUP_NAMED.search(re.split(r"\d", after.group(0)[:lexicon.COUNTED_AFTER])[0] if after else "")) or \
        any(g.end() == figure.start() for g in lexicon.GROUP_NAMED.finditer(sentence, max(0, figure.start() - 3), figure.start()))


def _listed_with_told(question: Question, sentence: str, found: Sequence[re.Match[str]],
                      fitting: Sequence[re.Match[str]]) -> bool:
    """Is a figure that can answer listed right beside one the question tells (市级三千八百多条,县级是多少条? ↔
    3800多条和21500多条)? Then it counts what the told one counts."""
    told = {_digits(m) for m in lexicon.FIGURE.finditer(question.folded)}
    return any(re.fullmatch(r"[、和及]", sentence[a.end(): b.start()]) for a in found for b in found
               if (_digits(a) in told and b in fitting) or (_digits(b) in told and a in fitting))


def _after_figure(figure: re.Match[str], sentence: str) -> str:
    """Where a noun the figure counts may stand after it: the start of its clause (8个由厅级干部带队的暗访组)."""
    after = lexicon.CLAUSE.match(sentence, figure.end())
    near = after.group(0)[:lexicon.COUNTED_AFTER] if after else ""
    taken = lexicon.TAKEN_AS.search(near)
    if taken is not None and after is not None:  # 1个省辖市或省直管县作为活动联系点: they count as what they are taken as
        near = after.group(0)[:taken.end() + lexicon.COUNTED_AFTER]
    if near[:1] not in lexicon.AGENT_MARKS:
        return near
    if "的" in near:  # 1602个由乡镇…负责同志兼任: who does it is not what is counted; …带队的暗访组 is
        return near.partition("的")[2]
    # …负责同志兼任第一书记: what the agent is to those counted, after its verb
    words = general_words(after.group(0) if after else near)
    last_verb = max((n for n, w in enumerate(words) if len(w) > 1 and is_verb(w)), default=len(words))
    return "".join(words[last_verb + 1:])


def _parts(figures: Sequence[re.Match[str]], nouns: Collection[str], sentence: str, asked: str = "",
           said: Collection[str] = ()) -> bool:
    """Do the figures that count the noun count kinds of it, each its own (5600多名年老体弱党员、3800多名文化程度
    不高党员): two or more with one measure word, each with other words between it and the noun (16个省委督导组
    and 8位…担任省委督导组第一组长 count groups and people, no parts of one whole), none of them a kind the question
    `asked` names (对文化程度不高的党员…一共有多少人?)."""
    kinds: dict[str, set[str]] = {}
    for figure in figures:
        part = _after_figure(figure, sentence)
        at = min((part.find(n) for n in nouns if n in part), default=-1)
        if at < 0:
            continue
        if at == 0:
            return False  # one figure counts the noun itself
        if len(part[:at]) > 1 and (part[:at] in asked or any(w in part[:at] for w in said)):
            return False  # (…岁数大、身子骨弱的党员…一共多少人?: a kind said in the report's words for the question's)
        kinds.setdefault(figure.group(1) or "", set()).add(part[:at])
    return any(len(found) > 1 for found in kinds.values())


def clause_start(sentence: str, at: int, marks: str = lexicon.CLAUSE_MARKS) -> int:
    """Where the clause going on at `at` starts (after the last of `marks` before it, or the sentence's start)."""
    return max(sentence.rfind(c, 0, at) for c in marks) + 1


def _clause(figure: re.Match[str], sentence: str) -> str:
    """The clause of the sentence that gives the figure."""
    start = clause_start(sentence, figure.start())
    ends = [i for c in lexicon.CLAUSE_MARKS if (i := sentence.find(c, figure.end())) >= 0]
    end = min(ends, default=len(sentence))
    # 全省…领导班子成员深入基层38500余人次、召开座谈会11300多场: each count listed is its own, said of who the
    # first item names
    listed = [m.end() for m in _FIGURE_LISTED.finditer(sentence, start, end)]
    if not listed:
        return sentence[start:end]
    own_start = max((i for i in listed if i <= figure.start()), default=start)
    own_end = min((i - 1 for i in listed if i > figure.end()), default=end)
    first = "" if own_start == start else lexicon.FIGURE.sub("", sentence[start: listed[0] - 1])
    return first + sentence[own_start: own_end]


def _clause_speaks(figure: re.Match[str], question: Question, sentence: str, units: bool = True,
                   skipped: Collection[str] = ()) -> bool:
    """Does the clause that gives a figure hold a word of the question (召开座谈会462场 for 座谈会), or the report's
    word for one that only frames it (蹲点 ↔ 联系点), or count places the question asks of (几个地方 ↔ 1个省辖市), so
    that the figure is of what is asked, not of something else the sentence counts alongside? `units`: whether the
    measure word asked (人次) counts as such a word; `skipped`: words that do not. A clause that says things are
    under way speaks of those asked unfinished (还在改的剩几个? ↔ 1253个正积极整改中)."""
    clause = _clause(figure, sentence)
    return any(a in clause for t in question.terms if _sayable(t) and (units or t.word not in lexicon.UNITS) and
               t.word not in skipped for a in (t.word, *t.alternatives)) or \
        any(t.word in lexicon.ANY_PLACE and _counts(figure, [t.word], sentence) for t in question.terms) or \
        (lexicon.UNFINISHED.search(question.folded) is not None and lexicon.UNDER_WAY.search(clause) is not None)


def _sayable(term: Term) -> bool:
    """Is the question's word one a passage says for it: a word of two or more characters that names, or one that
    frames said in the report's words (打牌 ↔ 赌博, 蹲点 ↔ 联系点)?"""
    return (term.role != "frame" or term.kind == "synonym") and len(term.word) > 1


def _subject_words(question: Question) -> list[str]:
    """The question's words before its first verb (督导组和干部|一对一地谈了多少人次?): who did it, not what was done."""
    words = general_words(question.folded)
    first = next((n for n, w in enumerate(words) if (facts := word_facts(w)) is not None and
                  facts[1] in lexicon.VERB_POS), len(words))
    before = "".join(words[:first])
    return [t.word for t in question.terms if t.word in before]


def _said_with(verb: Term, figures: Sequence[re.Match[str]], sentence: str,
               related: Callable[[str], Sequence[str]]) -> bool:
    """Does the clause of one of the figures say the verb, or a synonym of it?"""
    return any(a in _clause(m, sentence) for m in figures for a in (*verb.alternatives, *related(verb.word)))


def _acted_on(question: Question, sentence: str) -> str | None:
    """The number of a rough figure the question states that, in the clause asking a count, then underwent what the
    sentence does not say (75.6万多条意见建议最后采纳了多少条?): the count asked is of a part of it, not it."""
    asking = lexicon.QUANTITY_WORDS.search(question.folded)
    for rough in lexicon.ROUGH_FIGURE.finditer(question.folded):
        between = question.folded[rough.end(): asking.start()] if asking else ""
        if not between or re.search(r"[,,。;;??!!]", between):
            continue  # (听说有九万多个,具体是多少?: the figure checked)
        if any(len(w) > 1 and is_verb(w) and _characters(w, sentence) < 1 for w in general_words(between)):
            return rough.group(1) or rough.group(3) or rough.group(5)
    return None


#: Where the words that pick a part out of a whole the question states begin (…基层党组织中,|属于城市社区的有多少个).
_PART_OPENS = regex(r"(?:当中|之中|里头|里面|中|里)[,,]")
#: What the part counted is, after 多少/几 (多少个是社区的, 几个属于城市社区的).
_PART_IS = regex(r"[个条项名位人次场份户件]?(?:是|属于|来自)([\u4e00-\u9fff]{2,8}?)的")


def _part_selected(question: Question, sentence: str, stated: Sequence[re.Match[str]],
                   related: Callable[[str], Sequence[str]]) -> str | None:
    """The verb after 多少/几 that picks out the part counted of a figure the question states and the sentence gives
    (1140人里几个被撤职?), where the sentence holds none of its characters (担任 for 兼任, 未改 for 整改) nor a
    synonym of it; else None."""
    if not stated:
        return None
    at = question.folded.find(_digits(stated[0]))
    asking = lexicon.QUANTITY_WORDS.search(question.folded, at + 1) if at >= 0 else None
    if asking is None:
        return None
    after = lexicon.CLAUSE_END.split(question.folded[asking.end():])[0]
    # (or the words between the whole and 多少 that pick the part: 1660个…中,属于城市社区的有多少个?)
    between = _PART_OPENS.split(question.folded[at: asking.start()], 1)

    def unsaid(w: str) -> bool:
        return len(w) > 1 and lexicon.HAN.fullmatch(w[0]) is not None and w not in lexicon.FRAMING_WORDS and \
            (word_facts(w) or (0, ""))[1] != "d" and _characters(w, sentence) == 0 and not any(r in sentence for r in related(w))
    # (1660个…里头有多少个是社区的?: what the part is, said in the clause of a figure of the sentence's own, not
    # elsewhere in it: 一村(社区)一策)
    kind = _PART_IS.match(after)
    if kind is not None:
        clauses = [sentence[clause_start(sentence, m.start()): m.end() + len(_after_figure(m, sentence))]
                   for m in lexicon.FIGURE.finditer(sentence) if m.group(1) and _digits(m) != _digits(stated[0])]
        words = [w for w in general_words(kind.group(1)) if len(w) > 1 and w not in lexicon.FRAMING_WORDS]
        if words and not any(w in c or any(r in c for r in related(w)) for w in words for c in clauses):
            return words[0]
    return next((w for w in general_words(after) if is_verb(w) and unsaid(w)), None) or \
        next((w for w in (general_words(between[1]) if len(between) > 1 else ()) if unsaid(w)), None)


def _done_asked(question: Question, verbs: Collection[str]) -> Term | None:
    """The verb right before a bare 多少 that names nothing counted (合肥征求到多少?): how much it got is asked."""
    asking = lexicon.QUANTITY_WORDS.search(question.folded)
    if asking is None or asking.group(0) not in ("多少", "几") or \
            re.search(r"[\u4e00-\u9fff]", question.folded[asking.end():]):
        return None  # (暗访覆盖县数?: the count of 县 is asked)
    before = question.folded[: asking.start()].rstrip("了过")
    before = before[:-1] if before[-1:] in lexicon.RESULT_COMPLEMENTS else before
    return next((t for t in question.terms if t.word in verbs and len(t.word) > 1 and before.endswith(t.word)), None)


def _digits(figure: re.Match[str]) -> str:
    """The number of a figure match (16 of 16个, 3.3 of 3.3万余条)."""
    found = NUMBER_IN.match(figure.group(0))
    return found.group(1) if found else ""


def value_of(digits: str, multiplier: str | None) -> float:
    """A figure's value from its digits and 万/亿 (3.3, 万 → 33000)."""
    return float(digits) * {"万": 1e4, "亿": 1e8}.get(multiplier or "", 1.0)


def roughly_held(rough: re.Match[str], passage_text: str) -> bool:
    """Does the passage give a figure the rough one stands for (1100多 → 1140; 200多万 → 232.4万), counting what
    it counts where the question says (1万多场 → 11300多场, not 12400余人次)?"""
    found = lexicon.UNIT_AT.match(rough.string[rough.end():])
    asked = found.group(0) if found and found.group(0) != "个" else None  # (3800多个党员: 个 counts anything)

    def counts_as_asked(number: re.Match[str]) -> bool:
        unit = lexicon.UNIT_AT.match(passage_text[number.end():].lstrip("余多来"))
        return asked is None or (unit is not None and lexicon.same_family(asked, unit.group(0)))

    return any(roughly(rough, m) and counts_as_asked(m) for m in NUMBER_IN.finditer(passage_text))


def _kinds_listed(question: Question, sentence: str) -> bool:
    """Does a question asking how many kinds (几种像?) get a sentence that lists them, items of the thing it
    counts (画好行业“群体像”、班子“集体像”、党员“个体像”)?"""
    counted = _KINDS_COUNTED.search(question.folded)
    if counted is None:
        return False
    thing = counted.group(1) or next((m.group(1) for m in _KIND_NAMED.finditer(question.folded)), "")
    return bool(thing) and any(_items_are(m.group(0), thing[-1]) for m in lexicon.ENUMERATION.finditer(sentence))


def _said_of_others(question: Question, sentence: str) -> str | None:
    """A word of the question the sentence says only in a clause about others (其他省领导也都…) than the one
    the question names and the sentence names elsewhere (张宝顺): the sentence does not say it of that one."""
    if not lexicon.OTHERS.search(sentence):
        return None  # (most sentences: every sentence of every candidate is asked)
    clauses = lexicon.CLAUSE.findall(sentence)
    of_others = [c for c in clauses if lexicon.OTHERS_CLAUSE.match(c)]
    if not of_others or lexicon.OTHERS.search(question.folded):
        return None  # (除张宝顺外,其他省领导也都…是吗?: the others asked of)
    named = [t.word for t in question.terms if t.role == "entity" and any(t.word in c for c in clauses)]
    if not named or any(w in c for w in named for c in of_others):
        return None
    return next((t.word for t in question.terms if t.role != "frame" and not t.aside and len(t.word) > 1 and t.word not in named and
                 any(t.word in c for c in of_others) and not any(t.word in c for c in clauses if c not in of_others)), None)


def roughly_stated(folded: str, figures: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """Where a part is asked of a figure the question gives roughly (20800多条里头,说吃喝的有几条?), the first of
    the sentence's `figures` each rough figure stands for: the whole, which does not answer."""
    if not lexicon.PART_OF_STATED.search(folded):
        return []
    return [first for rough in lexicon.ROUGH_FIGURE.finditer(folded)
            if (first := next((m for m in figures if (n := NUMBER_IN.match(m.group(0))) and roughly(rough, n)), None))]


def roughly(rough: re.Match[str], number: re.Match[str]) -> bool:
    """Is a figure (`NUMBER_IN`'s match) one the rough one (`lexicon.ROUGH_FIGURE`'s) stands for: from it up
    to the next step of its last nonzero digit (9万多 → 92400)?"""
    digits, multiplier = next((rough.group(i), rough.group(i + 1)) for i in (1, 3, 5) if rough.group(i))
    low = value_of(digits, multiplier)
    places = -len(digits.partition(".")[2]) if "." in digits else len(digits) - len(digits.rstrip("0"))
    step = 10 ** places * (low / float(digits)) if float(digits) else 1.0  # 3.3万多: up to 3.4万
    if rough.group(5):
        low -= step / 2  # 45000左右: half a step either way (44900多)
    return low <= value_of(number.group(1), number.group(2)) < low + step


def _claimed_unit(figure: str, question: Question) -> str | None:
    """The measure word of a count the yes/no question claims (位 of 是20位吗?; none for 2013年), or a question
    asks the true count of (稿子写12个县,原文几个?), or None."""
    # (a rough figure stated, 一万多场…到底多少场?, still picks the passage that gives it roughly)
    if question.wants != "yesno" and not (question.wants == "figure" and figure in question.figures and
                                          lexicon.TRUE_COUNT_ASKED.search(question.folded)):
        return None
    bare = re.search(rf"{re.escape(figure)}(?:万|亿)?(?:多|余|来)?", question.folded)
    after = re.search(rf"{re.escape(figure)}(?:万|亿)?(?:多|余|来)?({lexicon.UNIT_PATTERN})", question.folded)
    if bare is not None and counts_people(question, bare.end(), after.group(1) if after else None,
                                          after.end() if after else 0):
        return "人"
    if bare is not None and question.wants == "yesno" and \
            not lexicon.TRAILING_PARTICLES.sub("", lexicon.CLAUSE_END.split(question.folded[bare.end():], 1)[0]).strip():
        return ""  # 流动党员有没有两千多啊?: the count of what is named before, whatever its measure word
    return after.group(1) if after is not None and after.group(1) not in ("年", "月", "日") else None


def counts_people(question: Question, figure_end: int, unit: str | None, unit_end: int) -> bool:
    """Does a figure the question claims count people: a word for them right after it (五万多|村支书: no measure word),
    or 个 and then …的人 (1410个沾“四风”的人: the all-purpose measure word)?"""
    return _people_at(question, figure_end) or (unit == "个" and _people_after(question, unit_end))


def _people_after(question: Question, at: int) -> bool:
    """Do the words from `at` of the question up to the end of their clause name people (个|沾“四风”的人)?"""
    return re.match(rf"[^,,。;;??]{{0,10}}?的(?:{lexicon.PERSON_NOUNS.pattern})(?=$|[^\u4e00-\u9fff]|[吗呢啊吧呀])",
                    question.folded[at:]) is not None


def _people_at(question: Question, at: int) -> bool:
    """Does a word of the question for people (村支书, 书记) start at `at` of it?"""
    return any(question.folded.startswith(t.word, at) and any(lexicon.PERSON_NOUNS.search(a) for a in (t.word, *t.alternatives))
               for t in question.terms)


def _claimed(figure: str, question: Question, passage_text: str) -> bool:
    """In a yes/no question a count is a claim to check (是20位吗?): the passage that gives the count of that
    kind answers it, whatever the count."""
    unit = _claimed_unit(figure, question)
    if unit is None:  # 是4月份来的吗?: a month or day claimed is checked against the date the passage gives
        date = re.search(rf"(?<![\d.]){re.escape(figure)}(?:月|日|号)", question.folded)
        return date is not None and _DATE.search(passage_text) is not None and \
            (question.wants == "yesno" or _date_told(question, date.start()))
    return any((not unit and m.group(1)) or lexicon.same_family(unit, m.group(1) or "")
               for m in lexicon.FIGURE.finditer(passage_text))


def _tiers(before: str) -> set[str]:
    """The tiers named nearest before a noun (全省市、县两级领导班子 → 市, 县: 全省 is the scope, not the tier;
    省里组成8个由厅级干部带队的暗访组 → 省)."""
    found = sorted((m.start(), m.end(), tier) for tier, words in lexicon.TIERS for m in words.finditer(before)
                   if m.group(0) not in lexicon.WHOLE_PROVINCE)
    if not found:
        return set()
    nearest = max(end for _, end, _ in found)
    tiers = {tier for _, end, tier in found if end >= nearest - 1}
    start = min(start for start, end, _ in found if end >= nearest - 1)
    for begin, end, tier in reversed(found):  # a list of tiers names all of them (市、县(市、区)和乡镇督导组)
        if begin >= start or (end <= start and lexicon.TIER_LIST.fullmatch(before[end:start])):  # (市县: two tiers in one word)
            tiers.add(tier)
            start = min(start, begin)
    return tiers


def _other_tier(question: Question, passage_text: str, verbs: Collection[str]) -> list[str]:
    """Tier words right before a word of the question (市级督导组, 市里组成) where the passage puts another tier
    before every mention of that word (省委督导组, 省里组成): the report does not say it of the tier asked."""
    if not any(pattern.search(question.folded) for _, pattern in lexicon.TIERS):
        return []
    out: list[str] = []
    words = [t.word for t in question.terms]
    for term in question.terms:
        # (检查组 where the passage says 督导组: the word the passage says it by)
        held = next((a for a in (term.word, *term.alternatives) if len(a) > 1 and a in passage_text), None)
        if len(term.word) < 2 or held is None or any(term.word != w and term.word in w for w in words):
            continue
        for at in occurrences(question.folded, term.word):
            head = _COUNT_BEFORE_NOUN.sub("", question.folded[:at])  # (县里派了|多少个|督导组: who sent what is counted)
            # (省直单位|领导班子: the bodies of a tier are of that tier, as its leaders are)
            head = _TIER_BODIES.sub("", head.rstrip())
            offset = max(0, len(head) - lexicon.TIER_ADJACENT - 2)
            before = head[offset:].rstrip().removesuffix("的")
            # (报告团到省辖市和部分县区共宣讲了…: the tiers gone to, after 到 in the clause, did nothing)
            gone = max(head.rfind(c) for c in _GONE_TO)
            gone = gone if gone >= clause_start(head, len(head)) else -1
            named = {m.group(0): tier for tier, pattern in lexicon.TIERS for m in pattern.finditer(before)
                     if m.group(0) not in lexicon.WHOLE_PROVINCE and before[m.start() - 1: m.start()] not in _GONE_TO and
                     not (gone >= 0 and offset + m.start() > gone) and (
                         (m.end() == len(before) and (term.word not in verbs or m.group(0).endswith("里"))) or
                         (term.word not in verbs and _done_by(before[m.end():])))}  # 市县派的督导组 (not 省委在通报会上)
            asked = set(named.values())
            # (before a verb, only who does it: 市里组成; 全省 is the scope, never a tier: 全省乡镇, 全省派出的指导组)
            said = [_tiers(_doers_before(passage_text, i)) for i in occurrences(passage_text, held)
                    if not _said_before_in_sentence(asked, passage_text, i)]  # (省委…召开市县两级…专题点评通报会)
            tier = max(named, key=before.rfind) if named else ""
            if asked and said and all(tiers and not asked & tiers for tiers in said) and \
                    not any(o.startswith(tier) for o in out):  # (县里组成了几个暗访组?: 县里组成, once)
                out.append(tier + term.word)
    return out


#: Verbs that only carry the deed named after them (进行点评, 开展调研).
_CARRYING_VERBS = frozenset("进行 开展 予以 加以 作出 做出".split())
#: How many kinds of a thing, asked (几种像, 画几种?) ...
_KINDS_COUNTED = regex(r"(?:几|多少)[种类样](?:的)?([\u4e00-\u9fff]{0,3}?)(?=[,,??。]|$|呢|啊|呀|吗|嘛)")
#: ... and the thing named with a question word before it (画啥像, 什么像).
_KIND_NAMED = regex(r"(?:啥|什么|哪些)([\u4e00-\u9fff]{1,2})")
#: How many, asked right before what is counted (多少个, 几个): no word between a tier and what it did.
_COUNT_BEFORE_NOUN = regex(r"(?:多少|几)(?:个|支|家|批|项|条)?$")
#: The bodies of a tier named after its tier word (省直单位, 市级机关): of that tier, not a word between.
_TIER_BODIES = regex(r"(?<=[级直委里])(?:单位|机关|部门)的?$")


def _done_by(gap: str) -> bool:
    """Is `gap`, between a tier and the thing, what the tier did to it (派, 派下去: 省里派下去的检查组)?"""
    verb = gap[:-2] if gap[-2:] in lexicon.DIRECTIONAL_COMPLEMENTS else gap.rstrip("".join(lexicon.ASPECT_MARKS))
    # (县里派了: what the tier did; not 县区进行了单独点评, where 进行 only carries what was done to it)
    return 0 < len(gap) <= 3 and bool(verb) and gap not in lexicon.PREPOSITIONS and verb not in _CARRYING_VERBS and \
        is_verb(verb)


def _said_before_in_sentence(tiers: Collection[str], text: str, at: int) -> bool:
    """Is one of the tiers named before `at` in the sentence of `text` that holds it (省委…召开市县两级…通报会)?"""
    start = clause_start(text, at, "。!?;")
    return any(m.group(0) not in lexicon.WHOLE_PROVINCE
               for tier, pattern in lexicon.TIERS if tier in tiers for m in pattern.finditer(text, start, at))


def _doers_before(text: str, at: int) -> str:
    """The text that may say who does what stands at `at`: the last `lexicon.TIER_REACH` characters before it, or
    before what it is done to (对16个省辖市和50个县…进行集中暗访: the tiers after 对 are where it was done, not who
    did it)."""
    done_to = lexicon.DONE_TO.search(text, max(0, at - lexicon.DONE_TO_REACH), at)
    end = done_to.start() if done_to else at
    # (赴省辖市和部分县(市、区)巡回报告: the places gone to are not who went)
    gone = [m.start() for m in lexicon.GOING_TO.finditer(text, max(0, end - lexicon.TIER_REACH), end)]
    end = gone[-1] if gone else end
    start = max(0, end - lexicon.TIER_REACH)
    while start > 0 and text[start - 1] in lexicon.TIER_LIST_CHARS:  # a list of tiers the reach cuts is read whole
        start -= 1
    return text[start: end]


def _asks_in_its_words(folded: str, sentence: str) -> bool:
    """Does the question's 多少 stand in words the sentence says itself (关键是看能听进多少群众意见嘛? ↔ 能听进多少群众
    意见,至关重要): the report's own phrase quoted, not a figure asked?"""
    for m in lexicon.QUANTITY_WORDS.finditer(folded):
        if m.start() >= QUOTED_AROUND and m.end() + QUOTED_AROUND <= len(folded) and \
                folded[m.start() - QUOTED_AROUND: m.end() + QUOTED_AROUND] in sentence:
            return True
        # (能听进去多少老百姓的意见: the verb without its direction, 听进多少, and the rest said otherwise)
        verb = folded[: m.start()].rstrip("".join(lexicon.DIRECTIONS))
        if len(verb) < m.start() and len(verb) >= QUOTED_AROUND and verb[-QUOTED_AROUND:] + m.group(0) in sentence:
            return True
    return False


def compared_figures(folded: str, sentence: str) -> list[re.Match[str]]:
    """Where the question asks which of several is the most or the least (哪类人最多?), the figures of one measure
    word the sentence lists one after another (5600多名…、3800多名…、1500多名…), which answer it compared; else none."""
    if not lexicon.MOST_OF_LISTED.search(folded):
        return []
    figures = [m for m in lexicon.FIGURE.finditer(sentence) if m.group(1)]
    for unit in dict.fromkeys(m.group(1) for m in figures):
        listed = [m for m in figures if m.group(1) == unit]
        if len(listed) > 1 and all(sentence[m.start() - 1: m.start()] == "、" for m in listed[1:]):
            return listed
    return []


def _tier_of_asked(question: Question, sentence: str) -> bool:
    """Does the sentence name a tier of place right before what the question asks the tier of (哪一级的负责同志 ↔
    由乡镇 (街道)党(工)委负责同志兼任), in the same clause?"""
    asked = lexicon.TIER_OF_ASKED.search(question.folded)
    if asked is None:
        return False
    nouns = [t.word for t in question.terms if len(t.word) > 1 and question.folded.startswith(t.word, asked.end())]
    if not nouns:
        return False
    noun = max(nouns, key=len)
    return any(lexicon.PLACE_LEVEL.search(lexicon.CLAUSE_END.split(_doers_before(sentence, at))[-1])
               for at in occurrences(sentence, noun))


def _whole_for_one(question: Question, passage_text: str) -> list[str]:
    """全省 or 各地 asked where the passage tells of one place (芜湖市积极…全市共征求到…, 庐江县在听取意见时…):
    what it says is that place's."""
    asked = lexicon.NEWSPAPER.sub("", question.folded)  # (安徽省有多少名党员?: the province the report is about is 全省)
    wholes = [w for w in (*lexicon.WHOLE_SCOPE, *sorted(question.scope, key=len, reverse=True))
              if w in asked and w not in passage_text]
    if not wholes or any(t.word in place_names() for t in question.terms):  # (…各地举措,芜湖市有啥创新?: 芜湖市's)
        return []
    for sentence in lexicon.SENTENCE_PART.split(passage_text):
        subject = _PLACE_FIRST.match(sentence)
        if subject and subject.group(0) in place_names():
            return wholes
    return []


def _joint_tiers(question: Question, sentence: str, figure: re.Match[str]) -> bool:
    """Does the figure count several tiers together (全省市、县两级…38500余人次) where the question asks of
    some of them only (市级)? A norm each tier keeps (集中学习5天以上) is no total and is said of each, and
    figures given in a row for the tiers (3800多条和21500多条) are each one's."""
    unit = figure.group(1) or ""
    if lexicon.same_family("天", unit) or lexicon.NORM_AFTER.match(sentence, figure.end()):
        return False
    joined = rf"(?:{lexicon.FIGURE_JOINER.pattern})"
    if re.match(rf"{joined}\d", sentence[figure.end():]) or re.search(rf"\d[^\d,,;;。]{{0,6}}{joined}$", sentence[:figure.start()]):
        return False
    asked = {tier for tier, words in lexicon.TIERS for m in words.finditer(question.folded)
             if m.group(0) not in lexicon.WHOLE_PROVINCE}
    if any(sentence.startswith(tier, figure.end()) for tier in asked):
        return False  # 单独点评的县区有几个? ↔ 10个县(区): the figure counts the tier asked itself
    clause = lexicon.SENTENCE_PART.split(sentence[:figure.start()])[-1]
    said = _tiers(clause)
    return bool(asked) and len(said) > 1 and asked < said


def _other_choice_held(figure: str, question: Question, passage_text: str) -> bool:
    """Is the figure one of two the question offers (44900还是49400?) and the other one in the passage?"""
    for pair in lexicon.FIGURE_CHOICE.finditer(question.folded):
        if figure in pair.group(1, 2):
            other = pair.group(2) if figure == pair.group(1) else pair.group(1)
            return other in passage_text
    return False


def _as_asked(figure: str, question: Question) -> str:
    """A figure with the measure word or date unit the question gives it (2013 → 2013年)."""
    found = re.search(rf"{re.escape(figure)}(?:{lexicon.UNIT_PATTERN}|[年月日号])?", question.folded)
    return found.group(0) if found else figure


def list_sizes(text: str) -> frozenset[int]:
    """How many items each list of a passage's own text holds: items joined by 、 (用真心、下真功、动真格: 3), two
    quoted ones joined (“信仰危机”和“本领恐慌”: 2), or a sentence of short clauses alike at one end (学原著,学党史,学先进: 3)."""
    sizes = {m.group(0).count("、") + 1 for m in lexicon.ENUMERATION.finditer(text)}
    if lexicon.QUOTED_PAIR.search(text):
        sizes.add(2)  # “信仰危机”和“本领恐慌”
    sizes.update(len(clauses) for clauses in _clause_lists(text))
    return frozenset(sizes)


def _clause_lists(text: str) -> list[list[str]]:
    """The sentences of a text that are lists of short clauses alike at one end (学原著,学党史,学先进), as clauses."""
    out = []
    for sentence in lexicon.SENTENCE_PART.split(text):
        clauses = [c.strip() for c in re.split(r"[,,]", sentence) if c.strip()]
        if len(clauses) > 1 and all(len(c) <= SHORT_CLAUSE for c in clauses) and \
                (len({c[0] for c in clauses}) == 1 or len({c[-1] for c in clauses}) == 1):
            out.append(clauses)
    return out


def _listed_count(figure: str, question: Question, lists: Collection[int]) -> bool:
    """Is a small count the question states of things (淮南 三个像, 庐江 三个真) said by a list of that many
    items (行业“群体像”、班子“集体像”、党员“个体像”), where the report gives no figure for them?"""
    asked = re.search(rf"(?<![\d.]){re.escape(figure)}[{''.join(lexicon.CLASSIFIERS)}面句]", question.folded)
    if asked is None or not figure.isdigit() or not 2 <= int(figure) <= MAX_COUNTED_ITEMS:
        return False
    # 除了行业群体像,另外两个是啥?: the list names the one set aside too
    besides = lexicon.BESIDES.search(question.folded) is not None and asked.start() > question.folded.find("除")
    return int(figure) in lists or (besides and int(figure) + 1 in lists)


#: What joins things named one after another (焦裕禄、沈浩; 吃喝风和红包风; 跟).
_NAMED_JOINT = regex(r"[、和与及跟]")


def _counts_own_list(figure: str, question: Question) -> bool:
    """Does a small count the question states count the items it names right before it (焦裕禄、沈浩这两位, 吃喝风和
    红包风这两样): it only says how many were just named, nothing the passage must hold?"""
    if not figure.isdigit() or not 2 <= int(figure) <= MAX_COUNTED_ITEMS:
        return False
    named = re.search(rf"((?:[\u4e00-\u9fff“”]{{1,12}}?{_NAMED_JOINT.pattern})+[\u4e00-\u9fff“”]{{1,12}}?)[这那]?"
                      rf"{re.escape(figure)}[{''.join(lexicon.CLASSIFIERS)}]", question.folded)
    return named is not None and len(_NAMED_JOINT.findall(named.group(1))) + 1 == int(figure)


def _setting(ordinal: str, question: Question, passage_text: str) -> bool:
    """Is the round the report as a whole is about (第二批 in its title), and the passage names no other?"""
    measure = ordinal[-1]
    return ordinal in question.setting and not re.search(rf"第[一二三四五六七八九十百\d]+{measure}", passage_text)


#: A group asked of by its number (第一督导组, 第三组), not a post numbered (第一组长).
_GROUP_NUMBERED = regex(r"第[一二三四五六七八九十\d]+(?:督导|暗访|指导|巡回)?小?组(?![长张常员])")


def _ordinal_held(ordinal: str, passage_text: str) -> bool:
    """Does the passage say the ordinal, or the first one as 头/首 (第一道工序 ↔ 头道工序, 第一批 ↔ 首批)? An
    ordinal of anything else than a round or stage (第二组长) is held unless the passage numbers that thing
    otherwise (第一组长)."""
    if ordinal in passage_text or \
            (ordinal.startswith("第一") and any(first + ordinal[2:] in passage_text for first in lexicon.FIRST_OF)):
        return True
    if ordinal[-1] in lexicon.SAME_ROUND and any(ordinal[:-1] + r in passage_text for r in lexicon.SAME_ROUND):
        return True  # 首轮公布的任务 ↔ 公布第一批39项任务: a round is a batch
    return not lexicon.ORDINAL.fullmatch(ordinal) and not lexicon.NEXT_ROUND.fullmatch(ordinal) and \
        re.search(lexicon.NUMBERED + re.escape(ordinal[-1]), passage_text) is None


def _said_otherwise(event: str, passage_text: str) -> bool:
    """Are an event's characters all in the passage (查出 for 查摆), or its verb without the result it
    reached (撤掉 for 不撤), or its verb said not to happen (减少, 撤销 for 不减, 不撤), or said to happen where it is
    asked whether it did not (没开 ↔ 召开)? A direction after the verb (查出来) is no part of it."""
    if len(event) == 3 and event[2] in lexicon.DIRECTIONS:
        event = event[:2]
    return _characters(event, passage_text) == 1.0 or \
        (len(event) == 2 and event[1] in lexicon.RESULT_COMPLEMENTS and event[0] in passage_text) or \
        (len(event) == 2 and re.search(rf"[不没未]{re.escape(event[0])}", passage_text) is not None) or \
        (len(event) == 2 and event[0] in lexicon.NEGATIONS and is_verb(event[1]) and event[1] in passage_text)


def _scattered(term: Term, passage_text: str) -> bool:
    """Is a word of the report's, said elsewhere in it, here only in its characters apart (集体 ↔ 集中观看…
    体会, 作风 ↔ 四风…作): a way of putting the question, not a constraint on the answer (a tier or rank, 省级,
    is one)?"""
    return term.kind == "word" and len(term.word) > 1 and not lexicon.TIER_CHARS & set(term.word) and \
        _characters(term.word, passage_text) == 1.0


def _people_counted(folded: str) -> bool:
    """Are people what the question counts by 个 (流动党员帮学送学几个?, 有几个读书不多的党员?): a person noun before
    the count, with nothing after it, or one after it (not 书记跑了几个市)?"""
    asking = lexicon.ASKED_UNIT.search(folded)
    if asking is None or asking.group(1) != "个":
        return False
    # (有多少个啊也给他们送学了吧: the count ends its clause where a particle does)
    ended = lexicon.CLAUSE_PARTICLE.search(folded, asking.end())
    after = folded[asking.end(): ended.start() if ended else len(folded)]
    after = lexicon.PEOPLE_COUNTED_SKIP.sub("", lexicon.TRAILING_PARTICLES.sub("", after))
    before = lexicon.PEOPLE_COUNTED_SKIP.sub("", folded[: asking.start()])
    if not after:
        return lexicon.PERSON_NOUNS.search(before) is not None
    # (几个年纪大身体差的党员: the people after a longer phrase that modifies them)
    modified = after.find("的", 0, MODIFIER_REACH)
    return lexicon.PERSON_NOUNS.search(after[:PEOPLE_AFTER_COUNT]) is not None or \
        (modified >= 0 and lexicon.PERSON_NOUNS.match(after, modified + 1) is not None)


def _characters(word: str, passage_text: str) -> float:
    """Share of a word's characters the passage holds (only for words of two or more Han characters)."""
    if len(word) < 2 or not lexicon.HAN.fullmatch(word[0]):
        return 0.0
    return sum(c in passage_text for c in word) / len(word)


def _found(term: Term, passage_terms: set[str], passage_text: str, weights: Weights) -> float:
    """1 if the passage holds the word itself or the report's word for it in the everyday-words table
    (`index/data/register.txt`), SYNONYM_CREDIT if only another synonym, 0 if neither."""
    if term.word in passage_terms or term.word in passage_text:
        return 1.0
    if any(w in passage_terms or w in passage_text for w in term.phrased):
        return 1.0  # 一对一谈话 where the passage says 个别谈话
    if holds(term, passage_terms, passage_text):
        if term.kind != "synonym" or any(same_in_register(term.word, a) and (a in passage_terms or a in passage_text)
                                         for a in term.alternatives):
            return 1.0  # 老百姓 ↔ 群众: an everyday word means what the report's word of its group means
        return SYNONYM_CREDIT
    every = lexicon.EVERY_TIER.fullmatch(term.word) if len(term.word) > 1 else None
    if every and any(tier == every.group(1) and words.search(passage_text) for tier, words in lexicon.TIERS):
        return 1.0  # 各市 where the passage names the cities (16个省辖市)
    said = term.word if len(term.word) > 1 and lexicon.TIERS_SAID.fullmatch(term.word) else ""
    tiers = [words for tier, words in lexicon.TIERS if tier in said.replace("镇", "乡")]
    if tiers and (said not in weights.idf or said.endswith("里")) and all(words.search(passage_text) for words in tiers):
        # 市里县里, a word the report does not use, where the passage names both tiers (全省市、县(市、区)委班子); 省里,
        # the province as where things are done, where it names it (省委, 全省): not the report's 村级 or 省级, a level,
        # where a passage names a 村 in passing or 全省
        return 1.0
    if lexicon.TIER_COMMITTEE.fullmatch(term.word) and f"{term.word[0]}里" in passage_text:
        return SYNONYM_CREDIT  # 省委暗访组 where the passage says 省里组成…暗访组: the tier's authorities, said loosely
    if term.word == lexicon.GRASSROOTS and lexicon.GRASSROOTS_TIERS.search(passage_text):
        return 1.0  # 基层派出的指导组 ↔ 乡镇、街道也分别派出…指导组11697个
    if term.word in lexicon.METHOD_KINDS and (any(k in passage_text for k in lexicon.METHOD_KINDS) or
                                              lexicon.MEANS_SAID.search(passage_text)):
        return 1.0  # 载体, 形式 where the passage names the way in its own word (多种渠道, 通过…)
    if _on_the_thing(term.word, passage_text):
        return 1.0  # 网上 where the passage names 网民: online, where the netizens are
    level = lexicon.TIER_LEVEL.fullmatch(term.word)
    if level and any(level.group(1) in m.group(1) for m in lexicon.TIERS_COUNTED.finditer(passage_text)):
        return 1.0  # 市级 where the passage names 市、县两级
    if term.word == lexicon.PARTY_COMMITTEE and lexicon.TIER_COMMITTEE.search(passage_text):
        return 1.0  # 党委班子 where the passage names 市、县委班子
    if term.word in lexicon.LEADER_WORDS and lexicon.LEADING_POST.search(passage_text):
        return 1.0  # 中央领导 where the passage names the post a leader holds (中央书记处书记刘云山)
    if term.word in lexicon.REQUIREMENT_WORDS and lexicon.NORM_SAID.search(passage_text):
        return 1.0  # 最低天数要求 where the passage sets a bound (集中学习5天以上)
    if term.kind == "group" and lexicon.GROUP_NAMED.search(passage_text):
        return 1.0  # 小组, 小分队 where the passage names a group formed for a task (暗访组, 报告团)
    if term.kind == "meeting" and meetings_named(passage_text):
        return 1.0  # 会议 where the passage names a meeting (座谈会)
    if any(lexicon.TAKEN_AS.fullmatch(a) for a in term.alternatives) and lexicon.TAKEN_AS_SAID.search(passage_text):
        return 1.0  # 作为镜子 where the passage says 以…为镜子
    if len(term.word) == 2 and term.word.endswith("子") and re.search(rf"以[^,,。;;]{{1,20}}?为{term.word[0]}", passage_text):
        return 1.0  # 当镜子 where the passage says 以…为镜: the same noun without its suffix
    if any(len(stem) >= 2 and stem in passage_text for stem in _without_direction(term.word)):
        return 1.0  # 听进去 where the passage says 听进: the verb, where it went aside
    related = [r for r in (weights.related(term.word) if term.kind == "word" and len(term.word) > 1 else ())
               if r in passage_terms or _gapped(r, passage_text)]
    if any(same_in_register(term.word, r) for r in related):
        return 1.0  # 听取意见 where the passage says 征求意见: the everyday-words table has them for one thing
    return SYNONYM_CREDIT if related else 0.0


def _without_direction(word: str) -> list[str]:
    """A verb without the direction it went after it (听进去 → 听进, 查出来 → 查出, 查), if it has one."""
    return [word[:-n] for n, ends in ((1, lexicon.DIRECTIONS), (2, lexicon.DIRECTIONAL_COMPLEMENTS))
            if len(word) > n and word[-n:] in ends]


def _on_the_thing(word: str, passage_text: str) -> bool:
    """Is the word a place made of a thing and 上 (网上, 书上; a place word in jieba's general dictionary) where the
    passage names the thing, its character starting a word there (网民, 网络)?"""
    return len(word) == 2 and word[1] == "上" and (facts := word_facts(word)) is not None and facts[1] == "s" and \
        re.search(f"{re.escape(word[0])}[\u4e00-\u9fff]", passage_text) is not None


def _gapped(word: str, passage_text: str) -> bool:
    """Does the passage say a word of four or more characters with a little between its halves (征求意见 ↔
    征求到意见建议)?"""
    return len(word) >= 4 and lexicon.HAN_RUN.fullmatch(word) is not None and any(
        re.search(f"{re.escape(word[:i])}[\u4e00-\u9fff]{{1,{GAP}}}{re.escape(word[i:])}", passage_text)
        for i in range(2, len(word) - 1))


def _slogan_said(question: Question, sentence: str) -> bool:
    """Is a slogan asked (口号, 顺口的话), or a wording, and said by the sentence as a run of short clauses of one length (先学一步、
    学深一些,带头贯彻、走在前面; 集中学,专题学,讨论学)?"""
    # (or the wording of a line or its characters asked, 早一步那句原话咋写的?, of no one named, of a short line that
    # shares words with it: 先学一步、学深一些 is how the report puts it)
    worded = lexicon.QUOTE_ASKED.search(question.folded) is not None and _LINE_POINTED.search(question.folded) is not None \
        and lexicon.SHORT_LINE.match(sentence) is not None and _holds_run_of(question.folded, sentence, 2) and \
        not _names_someone(question)
    if not (lexicon.SLOGAN_ASKED.search(question.folded) or worded) or _LIST_CLOSED.search(sentence):
        return False  # (集中学习、座谈研讨、辅导交流等多种形式, …固本强基四个专项行动: things listed, no slogan)
    clauses = [c.strip() for c in _SLOGAN_BREAKS.split(sentence)]
    return any(len(a) == len(b) and 3 <= len(a) <= 4 and lexicon.HAN_RUN.fullmatch(a + b)
               for a, b in itertools.pairwise(clauses))


#: The report's own words asked for (原文, 文章原话).
_REPORT_OWN_WORDS = regex(r"原文|(?:文章|报道|文中|稿子|综述|新闻)的?原话")
#: A line, or characters of it, pointed at (这句, 那三个“民”字).
_LINE_POINTED = regex(r"句|字")
#: The end of a list of things (、辅导交流等, 、固本强基四个): what it lists are no slogan.
_LIST_CLOSED = regex(r"、[\u4e00-\u9fff]{2,6}?(?:等|[一二三四五六七八九十\d]+[个项种类条])")
#: What separates the clauses of a slogan.
_SLOGAN_BREAKS = regex(r"[、,,;;。]")


def _line_quoted(question: Question, sentence: str) -> bool:
    """Is the sentence a short line of the report's own that the question quotes some of (意见从群众中来,…后半句咋说的?
    ↔ 意见,从群众中来;效果,也到群众中去。), or asks for in the report's own words, naming no one who said it
    (讲群众意见和活动效果的那句对仗话原文是什么?)?"""
    if not lexicon.SHORT_LINE.match(sentence):
        return False
    if _REPORT_OWN_WORDS.search(question.folded) and _of_no_ones_words(question):
        return True  # (文章原话, 原文: the report's own words, where no one else's are asked)
    return _quotes_run_of(question.folded, sentence)


def _quotes_run_of(folded: str, sentence: str) -> bool:
    """Does the sentence's Chinese, read through its punctuation, hold `QUOTED_RUN` characters in a row of the
    question (意见从 ↔ 意见,从群众中来)?"""
    return _holds_run_of(folded, re.sub(r"[^\u4e00-\u9fff]", "", sentence), QUOTED_RUN)


def _holds_run_of(folded: str, text: str, size: int) -> bool:
    """Does the text hold `size` characters in a row of the question, all Chinese?"""
    return any(lexicon.HAN_RUN.fullmatch(folded[at:at + size]) and folded[at:at + size] in text
               for at in range(len(folded) - size + 1))


def _report_worded(question: Question, sentence: str) -> bool:
    """Is the report's own wording asked, naming no one who said it, of what the sentence says in some of the
    question's words (卢江县听取意见坚持的那“三个真”,原文确切怎么写? ↔ 庐江县在听取意见时坚持…; not 刘云山原话咋说的?), not
    only those it quotes to point at a part (“即知即改、立行立该”那段,原文怎么说意见从哪来…?)?"""
    return lexicon.REPORT_WORDING_ASKED.search(question.folded) is not None and _of_no_ones_words(question) and \
        _quotes_run_of(lexicon.QUOTED.sub(",", question.folded), sentence)


def _phrasing_asked(question: Question) -> bool:
    """Is only how something is put asked (集中学习时长的要求是如何表述的?), of no one's words (not 刘云山原话咋说的?, nor
    a line or slogan asked: 那句话怎么说的?)? The sentence that says it puts it so."""
    return lexicon.PHRASING_ASKED.search(question.folded) is not None and \
        lexicon.LINE_OR_SLOGAN.search(question.folded) is None and _of_no_ones_words(question)


def _people_word_asked(question: Question, asked: re.Match[str], verbs: Collection[str]) -> bool:
    """Is a word for people what 哪些 asks (哪些当事人, 哪些先进典型人物), not a single character after a deed (哪些招让人敢说
    真话?) nor people said after a verb (哪些途径收集群众的看法?)?"""
    end = asked.end(1)
    return not any(t.word in verbs and t.word in asked.group(1) for t in question.terms) and any(
        len(t.word) > 1 and lexicon.PERSON_NOUNS.search(t.word) and
        any(at < end <= at + len(t.word) for at in occurrences(question.folded, t.word)) for t in question.terms)


def _of_no_ones_words(question: Question) -> bool:
    """Does the question ask of no one's own words: no word for who (谁, 哪位) and no person named (刘云山原话咋说的?)?"""
    return not lexicon.PERSON_WORDS.search(question.folded) and not _names_someone(question)


def _names_someone(question: Question) -> bool:
    """Does the question name a person (who said it: 刘云山原话咋说的?)?"""
    return any(is_person(t.word) for t in question.terms if t.role != "frame")


def _spells_out(question: Question, sentence: str) -> bool:
    """False if the question asks what a numbered term stands for (小四风指的是什么?), or what any term means
    (走读风是啥意思?), and the sentence names the term without spelling it out next to it (坚持聚焦“四风”; 走读风 as
    one item of a list): what it stands for is not said there."""
    term = _term_asked(question.folded)
    if term is None:
        return True
    parts = [term] if term in sentence else [p for p in _JOINT_PLAIN.split(term) if p]
    if not all(p in sentence for p in parts):
        return True  # (said in other words: not judged here)
    return all(_spelled_at(p, sentence) for p in parts)  # (拍砖和吐槽是什么意思?: each of them)


def _spelled_at(term: str, sentence: str) -> bool:
    """Is the term spelled out next to where the sentence names it? Named only inside a longer quote (吐槽 of
    “…欢迎拍砖、吐槽。”, 四风 of “小四风”), it is quoted, not spelled out."""
    said = [at for at in occurrences(sentence, term) if not _inside_longer_quote(sentence, at, len(term))]
    return any(lexicon.SPELLED_BEFORE.search(sentence[:at]) or
               lexicon.SPELLED_AFTER.match(sentence[at + len(term):].lstrip("”」")) for at in said)


@functools.lru_cache(maxsize=TERM_CACHE)
def _term_asked(folded: str) -> str | None:
    """The term whose meaning or members the question asks (小四风 of 小四风指的是什么?), or None: read once per
    question, not once per sentence judged."""
    meaning = lexicon.MEANING_OF_TERM.search(folded)
    kind = lexicon.KIND_OF_TERM.search(folded) if meaning is None else None
    if kind is not None and folded[: kind.start()].endswith(kind.group(1)):
        meaning = kind  # 焦裕禄精神是啥精神?: what the spirit is
    asked = meaning or lexicon.MEMBERS_OF_TERM.search(folded)
    if asked is None:
        return None
    # (“四解决四推动”,具体是要解决哪四个…: the term may stand before a comma)
    # (逆向测评 是什么意思?: and after a space)
    stretch = re.search(r"[\u4e00-\u9fff\d+“”「」]*(?=[,,]?$)", folded[: asked.start()].rstrip())
    quoted = lexicon.TERM_START.sub("", stretch.group(0)) if stretch else ""
    term = quoted.strip("“”「」")
    if meaning is not None and quoted.startswith("“") and quoted.endswith("”") and term.isdigit():
        return term  # (“1+8”里的“8”指的是什么?: a figure quoted from a name)
    if meaning is kind and kind is not None and term == kind.group(1):
        return None  # (17.3万多份的资料是什么资料?: which papers, named by what sets them apart)
    return term if len(term) >= 2 and not any(c.isdigit() for c in term) and \
        (meaning or lexicon.NUMBERED_TERM.search(term)) else None  # (5322个是指啥?: what a figure counts)


def _inside_longer_quote(sentence: str, at: int, length: int) -> bool:
    """Is the stretch at `at` part of a longer quoted name (四风 in “小四风”)?"""
    opened = sentence.rfind("“", 0, at + 1)
    closed = sentence.find("”", at)
    return opened >= 0 and sentence.rfind("”", 0, at) < opened and closed >= 0 and closed - opened - 1 > length


def post_before(name: str, sentence: str) -> str | None:
    """The post the sentence gives right before the person's name, saying who they are (省长王学军 → 省长,
    记者 黄永礼 → 记者), or None."""
    for at in occurrences(sentence, name):
        items = re.split(lexicon.CLAUSE_END.pattern, sentence[:at])[-1].split("、")
        post = lexicon.POST_BEFORE_NAME.search(items[-1].rstrip(" (\uff08"))
        if post:
            # (中共中央政治局常委、中央书记处书记刘云山: the posts listed right before one name are all theirs)
            posts = [post.group(0)]
            for item in reversed(items[:-1]):
                if lexicon.POST_LISTED.fullmatch(item) is None:
                    break
                posts.insert(0, item)
            return "、".join(posts)
    return None


def _doers_said(question: Question, sentence: str, done_by: re.Pattern[str]) -> list[str]:
    """Who the sentence says does what the question asks (`done_by`: 由…任, 8位…担任), where the question does not
    name them itself."""
    # (holding a post, however said: 由…任组长 answers 组长是谁当的?)
    holds = lexicon.HOLDS_POST.search(question.folded) is not None
    return [m.group(1) for m in done_by.finditer(sentence)
            if (m.group(2) in question.folded or (holds and lexicon.HOLDS_POST.fullmatch(m.group(2)))) and
            m.group(1) not in question.folded]


def _people_of_the_deed(question: Question, sentence: str, verbs: Collection[str]) -> bool:
    """Does the sentence name the kind of people who do, or undergo, a deed of the question's, right before its
    verb or after it in one clause with no 的 between (哪些人集中观看了电影? ↔ 省几大班子领导同志集中观看电影;
    培训的是哪些人? ↔ 培训基层党组织书记44900多人), a kind the question does not name itself?"""
    for verb in (t.word for t in question.terms if len(t.word) > 1 and t.word in sentence and
                 (t.word in verbs or ((facts := word_facts(t.word)) is not None and facts[1] in lexicon.DEED_POS))):
        for at in occurrences(sentence, verb):
            before = lexicon.CLAUSE_END.split(sentence[:at])[-1][-PEOPLE_NEAR_DEED:]
            after = lexicon.CLAUSE_END.split(sentence[at + len(verb):])[0][:PEOPLE_NEAR_DEED]
            doers = [m for m in _people_named(before, question.folded) if len(before) - m.end() <= SUBJECT_GAP]
            undergoers = [m for m in _people_named(after, question.folded) if "的" not in after[:m.start()]]
            if doers or undergoers:
                return True
    return False


def _people_named(text: str, folded: str) -> list[re.Match[str]]:
    """The words for people in the text (党员干部, 同志), but in a count of something else (领导班子, 人次) or in
    the question itself."""
    skipped = [m.span() for m in lexicon.PEOPLE_COUNTED_SKIP.finditer(text)]
    return [m for m in lexicon.PERSON_NOUNS.finditer(text)
            if m.group(0) not in folded and not any(a <= m.start() < b for a, b in skipped)]


def _deed_said(deed: str, sentence: str, related: Callable[[str], Sequence[str]]) -> bool:
    """Does the sentence say the deed, in its word or a related one (主持, 陪), or a post taken by the verb's last
    character before the post (出任, 担任 ↔ 由党委主要负责同志任组长)?"""
    return deed in sentence or any(r in sentence for r in related(deed)) or \
        any(len(d) == 2 and re.search(rf"{re.escape(d[-1])}(?:{lexicon.ROLES.pattern})", sentence) is not None
            for d in (deed, *related(deed)))


def _relation_asked(question: Question) -> Term | None:
    """The word of the question, one the report does not use, that says in what way the person asked for is linked
    to it (主演 of 是谁主演的), if one stands next to the question word (谁, 哪位, 哪个)."""
    folded = question.folded
    spots = list(lexicon.PERSON_WORDS.finditer(folded)) + \
        [m for m in re.finditer(r"哪[一1]?个", folded) if not lexicon.PERSON_WORDS.match(folded, m.start())]
    for spot in spots:
        before = re.sub(r"(?:是|为|由)$", "", folded[: spot.start()])
        after = folded[spot.end():]
        for term in sorted(question.terms, key=lambda t: -len(t.word)):
            if term.role == "frame" or term.role == "entity" or len(term.word) < 2 or term.aside or \
                    term.kind not in ("ordinary", "event"):
                continue  # (a word of the report's, or one it says otherwise: 负责人 ↔ 负责同志, is no facet it lacks)
            if before.endswith(term.word) or after.startswith(term.word):
                return term
    return None


def _says_of_people(word: str, kind: str, sentence: str) -> bool:
    """Does the sentence say `word`, asked of people of a `kind` (哪些先进人物?: 先进), of people of it, not merely
    the kind again (分别由哪些厅级干部带队? ↔ 由厅级干部带队: no one of it) nor of something else (先进事迹报告团)?"""
    if len(kind) > 2 and kind in sentence and word in kind:
        return False
    people = lexicon.PERSON_NOUNS.pattern
    return lexicon.PERSON_NOUNS.search(word) is not None or not re.search(rf"{re.escape(word)}(?:{people})", kind) or \
        re.search(rf"{re.escape(word)}[\u4e00-\u9fff]{{0,3}}?(?:{people})", sentence) is not None


def _organ_named(question: Question, sentence: str, verbs: Collection[str] = ()) -> bool:
    """Does the sentence name a body (领导小组研究制定了…), not within the question's own words (培训基层党组织书记:
    those trained), and in the clause of the deed the question asks who did, where that clause says it (哪个部门编印的?
    ↔ 省委部署…,编发学习辅导材料: no body named for 编发)?"""
    taken = {i for t in question.terms if len(t.word) > 1 for at in occurrences(sentence, t.word)
             for i in range(at, at + len(t.word))}
    asked = lexicon.BODY_KIND.search(question.folded)
    deeds = [a for t in question.terms if len(t.word) > 1 and asked and question.folded.find(t.word, asked.end()) >= 0
             and any(w in verbs for w in (t.word, *t.alternatives)) for a in (t.word, *t.alternatives)]
    clauses = [c for c in lexicon.CLAUSE_END.split(sentence) if any(d in c for d in deeds)] or [sentence]
    return any(m.start() not in taken and any(m.group(0) in c for c in clauses) for m in lexicon.ORGAN.finditer(sentence))


def _sum_of_parts(folded: str, sentence: str, figures: Sequence[re.Match[str]]) -> bool:
    """Does the question ask a sum of things (`lexicon.SUM_OF_PARTS`) the sentence gives a figure for each of: kinds
    counted (三类合计, with two figures or more), or two things it names, each by a different figure (督导组和指导组合计
    ↔ 督导组1264个、指导组11697个; not 市县以及乡镇…指导组合计, the places one figure counts for)?"""
    asked = lexicon.SUM_OF_PARTS.search(folded)
    if asked is None or len(figures) < 2:
        return False
    if asked.group("left") is None:
        return True
    beside = [lexicon.LIST_MARK.split(sentence[clause_start(sentence, m.start()): m.start()])[-1] +
              lexicon.LIST_MARK.split(lexicon.CLAUSE_END.split(sentence[m.end():], 1)[0], 1)[0] for m in figures]

    def by(side: str, i: int) -> bool:
        return any(side[k: k + 2] in beside[i] for k in range(len(side) - 1))

    return any(by(asked.group("left"), i) and by(asked.group("right"), j)
               for i in range(len(figures)) for j in range(len(figures)) if i != j)


def _at_a_part(folded: str) -> bool:
    """Is the wording asked that of a place in the report (开头咋说的?: whatever sentence opens it is said so), not
    of a line that starts with words quoted (“亲”开头的那句)?"""
    end = lexicon.REPORT_END.search(folded)
    return end is not None and not folded[: end.start()].endswith("”")


def _counts_anyone(words: Sequence[str], figure: re.Match[str]) -> bool:
    """Are `words` people whoever they are (人员数量为多少?), whom a figure counted in 人 counts (人数1140人)?"""
    return all(w in lexicon.ANYONE_COUNTED for w in words) and lexicon.same_family("人", figure.group(1) or "")


def sentence_gives(question: Question, sentence: str, terms: Collection[str], verbs: Collection[str] = (),
                   related: Callable[[str], Sequence[str]] = lambda word: (), quoted_near: bool = True) -> str | None:
    """None if the sentence (matching form, and its index terms) holds the kind of thing asked for; else
    what it lacks: a figure with the asked measure word, a date, a person or body, a name, a place.
    `quoted_near`: its passage quotes someone (the words asked may be theirs, not the report's own)."""
    said_of_others = _said_of_others(question, sentence)
    if said_of_others is not None:
        return said_of_others  # 张宝顺的联系点在哪?: …其他省领导也都分赴各自活动联系点 says it of the other leaders
    asked_in = _asking_sentence(question.folded)
    for negated in lexicon.NOT_THIS_ONE.finditer(question.folded):
        # 督导组的组长(不是第一组长)是谁?: the word asked, where the sentence says it only inside the one set aside
        word = next((t.word for t in question.terms if len(t.word) > 1 and t.word in negated.group(1) and
                     t.word != negated.group(1) and t.word in question.folded[: negated.start()]), None)
        if word is not None and word not in sentence.replace(negated.group(1), ""):
            return word
    if lexicon.PEOPLE_NAMES_ASKED.search(question.folded) and not any(is_person(t) for t in terms):
        return "名字"  # 暗访组曝光的官员名字有哪些?: …典型案例进行通报和曝光 names no one
    compared = compared_figures(question.folded, sentence)
    for asks, gives, lack in lexicon.ASKED_ASPECTS:
        if asks.search(asked_in) and not gives.search(sentence) and \
                not (asks is lexicon.QUOTE_ASKED and (_line_quoted(question, sentence) or _slogan_said(question, sentence) or
                                                      _at_a_part(question.folded) or
                                                      (not quoted_near and (_report_worded(question, sentence) or
                                                                            _phrasing_asked(question))))) and \
                not (lack == "排名" and compared) and not (lack == "看法" and lexicon.REPORT_VIEW.search(asked_in)) and \
                not (lack == "批评" and question.wants == "yesno" and lexicon.JUDGMENT_CLAIMED.search(asked_in) and
                     lexicon.JUDGMENT_SAID.search(sentence)):
            # (是不是批评安徽了?: a claim of a judgment, which the judgment said settles, 给予高度评价)
            return lack  # 每个暗访组有几个人? is not answered by a total; 谁说的? by a sentence no one says
        if lack == "排名" and asks.search(asked_in) and not compared and lexicon.MOST_ASKED.search(asked_in) and \
                not lexicon.RANKING_SAID.search(sentence):
            return lack  # 反映最多的是啥问题?: …兼任第一书记 ranks no problem
    if compared:
        return None  # 哪类人最多?: the figures listed, compared, answer
    identity = lexicon.IDENTITY_ASKED.match(question.folded)
    if identity is not None and is_person(identity.group(1)) and post_before(identity.group(1), sentence) is None:
        # (whatever else is asked after it: 焦裕禄是谁?他是做什么工作的?)
        return "身份"  # 沈浩是谁?: 沈浩精神 names him, but not who he is (省长王学军 says who 王学军 is)
    if not _spells_out(question, sentence):
        return "含义"  # “三严三实”具体是哪三严哪三实?: the sentence names the term but does not spell it out
    named_only = _named_only_in_a_name(question, sentence)
    if named_only is not None:
        return named_only  # 沈浩以前是做什么的?: 沈浩精神 names the spirit after him, and says nothing of what he did
    if lexicon.MEANING_ASKED.search(question.folded) and _only_listed(question, sentence):
        return "含义"  # 走读风具体指的啥?: the sentence only names it among others (吃喝风、红包风、赌博风、走读风)
    if ((question.wants == "how" and lexicon.DONE_HOW_ASKED.search(question.folded)) or
            lexicon.PROCEDURE_ASKED.search(question.folded)) and _only_listed(question, sentence):
        return "做法"  # 逆向测评具体是咋操作的?: the sentence only names it among other ways (量化指标、匿名征集、逆向测评…)
    if lexicon.PRINCIPLE_ASKED.search(question.folded) and not lexicon.PRINCIPLE_SAID.search(sentence) and \
            not (lexicon.PUBLIC_ATTITUDE_ASKED.search(question.folded) and lexicon.REACTION_SAID.search(sentence)):
        return "原则"  # 整改遵循什么原则?: a sentence that says what is held to (坚持即知即改、立行立改)
    if (key := lexicon.KEY_ASKED.search(question.folded)) is not None and not _key_of_the_asked(question, key, sentence):
        return "关键"  # 搞得好不好,关键看啥?: a sentence that says what is crucial (能听进多少群众意见,至关重要)
    if lexicon.STANDING_ASKED.search(question.folded) or any(
            not lexicon.KIND_OF_STANDING.search(m.group(0)) for m in lexicon.DEFINITION_ASKED.finditer(question.folded)):
        defined = lexicon.DEFINES.match(sentence.strip())
        if not (defined and _of_the_question(question, defined.group(1))) and \
                not lexicon.TAKEN_AS.search(sentence):
            return "定位"  # 督导组的定位是什么?: no sentence says what it is, or what it is taken as (作为头道工序)
    if lexicon.ORDINAL_ASKED.search(question.folded):
        return None if _ORDINAL_IN.search(sentence) else "次序"
    characters = _CHARACTERS_ASKED.search(question.folded)
    if characters:  # 用哪八个字概括?: a line, or a clause, of that many characters (批次衔接,上下联动)
        chars = int(characters.group(1))
        clauses = [len(lexicon.HAN.findall(c)) for c in lexicon.CLAUSE_END.split(sentence)]
        return None if chars in clauses or chars == sum(clauses) else "原话"
    size = lexicon.ASKED_SIZE.search(question.folded) or _PLUS_PART_ASKED.search(question.folded)
    count = small_number(size.group(1)) if size else 0
    if 2 <= count <= MAX_COUNTED_ITEMS and not _lists_of(count, sentence, question.naming_words):
        return "名单"  # 哪两种精神? is answered by 焦裕禄精神和沈浩精神, not by 四面镜子's four
    # 印发了多少册?发放范围如何?: a count asked beside the other question, none given (not 有几个年轻人说…: a
    # generic measure word tells of people, no count asked)
    if question.units and question.units[0] not in lexicon.GENERIC_UNITS and \
            question.wants in ("how", "open", "why", "purpose") and lexicon.FIGURE.search(sentence) is None and \
            not _kinds_listed(question, sentence):
        return question.units[0]
    if question.wants == "figure" and not _asks_in_its_words(question.folded, sentence):
        found_figures = list(lexicon.FIGURE.finditer(sentence))
        units = {m.group(1) or "" for m in found_figures}
        if not units and _kinds_listed(question, sentence):
            return None  # 淮南市要画几种像?: 画好行业“群体像”、班子“集体像”、党员“个体像” lists them, three
        if not units:
            return question.units[0] if question.units else "数字"
        meeting = any(t.kind == "meeting" for t in question.terms) or \
            lexicon.MEETINGS_COUNTED.search(question.folded) is not None  # (开了多少个报告会?: any meeting named)

        persons_by_ge = _people_counted(question.folded)
        members_counted = lexicon.MEMBERS_COUNTED.search(question.folded) is not None

        def fits(asked: str, unit: str) -> bool:
            # meetings are counted in 场 or 次, and casually in 个 (开了多少个会议?); people casually in 个 too
            # (流动党员有几个? ↔ 1500多名流动党员)
            if asked == "人" and unit == "人次" and members_counted:
                return False  # 班子成员一共有多少人?: how many there are, not the times they went (38500余人次)
            return lexicon.same_family(asked, unit) or (meeting and lexicon.same_family(lexicon.MEETING_UNIT, unit)) or \
                (persons_by_ge and asked == "个" and lexicon.same_family("人", unit))

        for unit in question.units:
            if not any(fits(unit, u) for u in units):
                return unit
        # the figures that can answer: not one the question states itself (39项任务完成了多少项?), nor one
        # counted per item (分别选择1个) for a total
        guess = lexicon.GUESS_TOLD.search(question.folded)  # (…几个市?她记得是八个: a guess told after it)
        given = set(question.figures) if not (lexicon.TRUE_COUNT_ASKED.search(question.folded) or
                                              guess is not None) else set()  # (10个吧,准确是几个?: the guess may be right)
        # (not an average the asker means to work out: 想算个人均谈话量,先问下…一共多少人次?)
        per_item = any(not lexicon.WORKED_OUT.search(question.folded, max(0, m.start() - 3), m.start()) and
                       not lexicon.EACH_OF_NAMED.search(question.folded, 0, m.end())
                       for m in lexicon.PER_ITEM.finditer(question.folded))
        part_of_stated = lexicon.PART_OF_STATED.search(question.folded) is not None
        wholes = {m.span() for m in roughly_stated(question.folded, found_figures)}

        def stated_figure(m: re.Match[str]) -> bool:  # (or the whole it gives roughly, a part of which is asked)
            return _digits(m) in given or m.span() in wholes

        figures = [m for m in found_figures if not stated_figure(m)
                   and (per_item or not lexicon.PER_ITEM_BEFORE.search(sentence[max(0, m.start() - 4): m.start()]))]
        acted_on = _acted_on(question, sentence)
        figures = [m for m in figures if _digits(m) != acted_on]
        if question.units and not any(fits(u, m.group(1) or "") for m in figures for u in question.units):
            return question.units[0]
        if per_item and not lexicon.PER_ITEM_GIVEN.search(sentence):
            return "平均数"  # 每个暗访组有几个人?: a total does not answer
        fitting = [m for m in figures
                   if not question.units or any(fits(u, m.group(1) or "") for u in question.units)]
        place = lexicon.PLACES_COUNTED.search(question.folded)
        if place is not None and not any(
                m.group(1) == place.group(1) or place.group(1) in sentence[m.end(): m.end() + lexicon.PLACE_NAMED_AFTER]
                for m in found_figures):
            return place.group(1)  # 走访了多少个村?: 232.4万余户 and 75.6万余条 count no villages
        group = lexicon.GROUPS_ASKED.search(question.folded)
        if group is not None and not any(names_group(sentence, m) for m in fitting):
            return group.group(1)  # 巡查小组编了几个组?: 10个县(区) counts no group
        if _sum_of_parts(question.folded, sentence, fitting) and \
                not any(lexicon.TOTAL_SAID.search(sentence, clause_start(sentence, m.start()), m.start()) for m in fitting):
            return "合计"  # 督导组和指导组合计多少个?: 督导组1264个、指导组11697个 give each, not the sum
        stated = {m.group(1) for m in lexicon.FIGURE.finditer(question.folded)
                  if m.group(1) and (guess is None or m.start() < guess.start())}
        if stated & set(question.units) and not any((m.group(1) or "") in stated for m in figures):
            return question.units[0]  # 39项任务里完成了多少项?: another figure of 项 answers, not 四个专项行动
        stated_at = [m.end() for m in found_figures if stated_figure(m)]
        # (督导组1264个、指导组11697个: a figure listed right after the stated one, of another thing, is no part of it)
        other = [m for m in fitting if stated_at and m.start() >= stated_at[0] and
                 (joined := re.fullmatch(r"[、和及]([\u4e00-\u9fff]{2,6})", sentence[stated_at[0]: m.start()])) and
                 joined.group(1) not in question.folded]
        if stated_at and part_of_stated and not any(m.start() >= stated_at[0] and m not in other for m in fitting):
            return question.units[0] if question.units else "数字"  # 3.3万条意见里采纳了多少条?: a part follows its whole
        selected = _part_selected(question, sentence, [m for m in found_figures if _digits(m) in given], related)
        if selected is not None:
            return selected  # 1140人里几个被撤职?: the sentence counts no part of them 撤职
        # (a figure the question states and asks a part of, 4395个问题里改好了多少? / 4395个问题改完几个了?, is what
        # the answer is part of)
        speaking = figures if part_of_stated or _state_asked(question) is not None else found_figures
        # (几期? is answered by the one figure of 期 whatever its clause says: 举办专题培训班639期)
        exact = [m for m in fitting if (m.group(1) or "") in question.units and m.group(1) not in lexicon.GENERIC_UNITS]
        if len(exact) != 1 and not any(_clause_speaks(m, question, sentence) for m in fitting) and \
                any(_clause_speaks(m, question, sentence) for m in speaking):
            # 座谈会有多少人参加?: 个别谈话12400余人次 counts something else; 召开座谈会462场 speaks of it (2855场报告会
            # 有多少人听?: so does the figure the question states)
            return question.units[0] if question.units else "数字"
        if not any(_clause_speaks(m, question, sentence, units=False) for m in fitting) and \
                any(_clause_speaks(m, question, sentence, units=False, skipped=_subject_words(question)) for m in speaking):
            # 请先进人物来讲事迹请了多少人次?: 参观…30.4万余人次 shares only the measure word, 举办先进事迹报告会 speaks of
            # what was done (but 督导组…谈了多少人次?: who did it is named before every figure, 开展个别谈话12400余人次)
            return question.units[0] if question.units else "数字"
        counted = question.counted(verbs)
        done = _done_asked(question, verbs) if not counted else None
        if done is not None and not _said_with(done, fitting, sentence, related):
            return done.word  # 合肥征求到多少?: no figure of the sentence is of what 征求 got (四个专项行动)
        doers = lexicon.DOERS_COUNTED.search(question.folded)
        # (not 身体不好的党员有多少人?: how they are, not what they did)
        did = next((t for t in question.terms if doers and t.word == doers.group(1) and t.word in verbs and
                    verbal(t.word)), None)
        if did is not None and not _said_with(did, fitting, sentence, related):
            return did.word  # 座谈会参加的有多少人?: 深入基层38500余人次 counts those who did else
        # (学习辅导资料有多少份? ↔ 学习辅导材料5万余份: the index's synonyms of a report word count it too)
        nouns = [a for t in counted for a in (*t.alternatives, *(related(t.word) if t.kind == "word" else ()))]
        # where more follows the counted words (集体|学习, 先进事迹|宣讲会) they modify the thing counted: they need
        # only stand in the figure's clause before it (集中学习103800多次, 先进事迹报告会2855场)
        rest = question.folded.split(counted[-1].word, 1)[-1] if counted else ""
        head = bool(re.match(r"[\u4e00-\u9fff]", rest)) and not lexicon.QUESTION_WORD.search(rest) and \
            not lexicon.QUANTITY_WORDS.match(rest)  # (联系点|个数: nothing is modified)
        reach = lexicon.COUNTED_BEFORE_MODIFIER if head else lexicon.COUNTED_BEFORE
        if any(t.kind == "meeting" for t in counted):  # 开了多少个会议? ↔ 召开座谈会11300多场
            nouns += meetings_named(sentence)
        if head:  # the word they modify counts too (集体|学习 ↔ 集中学习103800多次)
            nouns += [a for t in question.terms if len(t.word) > 1 and rest.startswith(t.word) for a in t.alternatives]
        asking = lexicon.QUANTITY_WORDS.search(question.folded)
        # (有多少位党员: after a measure word of people too)
        person_unit = re.match(r"[位名]", question.folded[asking.end():]) if asking and question.units else None
        people = (lexicon.PERSON_NOUNS.match(question.folded, asking.end() + (1 if person_unit else 0)) or
                  _PERSON_BEFORE.search(question.folded[: asking.start()])) \
            if asking and (not question.units or person_unit) else None  # 有多少干部, 干部有多少
        if person_unit and people is not None and lexicon.PERSON_NOUNS.match(question.folded, people.end()):
            people = None  # (多少名党员|领导干部: people of a longer name, counted as the sentence names them)
        person_head = _PERSON_HEAD.match(question.folded, people.end()) if people is not None else None
        if person_head is not None and person_head.group(1) not in sentence:
            return person_head.group(1)  # 多少名党员志愿者?: 志愿者 are counted, whom no figure of 党员 counts
        if people is not None and not any(_counts(m, [people.group(1)], sentence, lexicon.COUNTED_BEFORE_MODIFIER) or
                                          _counts_anyone([people.group(1)], m) for m in figures):
            return people.group(1)  # 年度考核中有多少干部不合格?: no figure there counts 干部
        # (小组 said apart from what the group does, 暗查小组: any group the figure counts, 8个…暗访组)
        groups = bool(counted) and all(t.kind == "group" for t in counted)
        # (only a figure with the measure word asked can count it: not 19日 of 3月15日至19日…厅级干部)
        if counted and not any(_counts(m, nouns, sentence, reach, [t.word for t in question.terms]) or
                               _counts_anyone([t.word for t in counted], m) or
                               (groups and lexicon.GROUP_NAMED.search(_after_figure(m, sentence))) for m in fitting) and \
                not _listed_with_told(question, sentence, found_figures, fitting):
            return counted[-1].word  # 巡视工作发现了多少个问题?: a figure, but of 县, not of 问题
        after_asking = lexicon.UNIT_AT.sub("", question.folded[asking.end():], count=1) if asking else ""
        whole = nouns or [t.word for t in question.terms if len(t.word) > 1 and after_asking.startswith(t.word)] or \
            [t.word for t in question.terms if (not question.units or any(lexicon.same_family("人", u) for u in question.units)) and
             len(t.word) > 1 and lexicon.PERSON_NOUNS.fullmatch(t.word)]  # 三类党员加起来一共多少人?, 共有党员多少名?, 党员统共得有多少?: 党员
        if lexicon.TOTAL_ASKED.search(question.folded) and \
                _parts(figures, whole, sentence, question.folded, [a for a in question.resaid if len(a) > 1]):
            return "总数"  # 马鞍山一共有多少党员?: 5600多名年老体弱党员、3800多名…党员 count parts of them
        if lexicon.ALONE.search(question.folded) and not lexicon.ALONE_MANNER.search(question.folded) and figures and \
                all(_joint_tiers(question, sentence, m) for m in figures):
            return "分级数字"  # 乡镇单独派出了多少个指导组?: 市、县和乡镇…派出指导组11697个 counts all three
        state = _state_asked(question)
        # (a result said otherwise: 整改完毕 for 改好; not 抓好 or 整顿建设 for 整顿好, 整顿完)
        reached = state is not None and (state in sentence or (
            (lexicon.DONE.search(state) is not None or state[-1] in lexicon.RESULT_CHARS) and lexicon.DONE.search(sentence) is not None))
        if state is not None and not reached:
            return state  # 已经完成了多少项? / 有多少条已经办结? / 整顿好了多少个?: the sentence counts them all, not those done
        return None if figures else "数字"
    if question.wants == "date":
        since = (lexicon.SINCE_ASKED.search(question.folded) and lexicon.SINCE.search(sentence)) or \
            (lexicon.UNTIL_ASKED.search(question.folded) and lexicon.UNTIL_SAID.search(sentence) and
             not lexicon.UNTIL_SAID.search(question.folded))  # 统计到什么时候? ↔ 截至目前 (not “截至目前”是截至哪天?)
        date = _DATE.search(sentence)
        if date is not None and _done_after_the_date(question, sentence, date):
            return "时间"  # 暗访结果是哪天通报的?: 3月15日至19日…进行集中暗访,并…进行通报: when it was found, not told
        # (什么时候能感受到变化? → 从一开始就感受到)
        # (从什么时候开始能感受到? → 从一开始就感受到, too)
        relative = (lexicon.WHEN_ASKED.search(question.folded) or lexicon.SINCE_WHEN_ABLE.search(question.folded)) and \
            lexicon.RELATIVE_TIME.search(sentence)
        return None if date or since or relative else "时间"  # 从什么时候算的? → 活动启动以来
    if question.wants == "level":
        return None if lexicon.LEVEL_IN.search(sentence) or _tier_of_asked(question, sentence) else "级别"
    if any(_claimed_unit(f, question) is not None and not _claimed(f, question, sentence) for f in question.figures):
        return "数字"  # 是20位吗?: the sentence that gives the count answers
    if question.wants == "why":
        # (1140人为什么被通报查处?: what they were punished for, 通报查处涉及“四风”问题人数1140人)
        punished = lexicon.PUNISHED.search(question.folded) is not None and lexicon.PUNISHED_FOR.search(sentence) is not None
        return None if lexicon.REASON_CUES.search(sentence) or punished else "原因"
    if question.wants == "purpose":  # 是干啥用的? → 作为重要抓手; 效果是什么? → 让群众…
        return None if lexicon.REASON_CUES.search(sentence) or lexicon.PURPOSE_CUES.search(sentence) or \
            _what_it_does(question, sentence, verbs) or \
            _goes_to_do(question.folded, sentence, same_destination(question.folded, sentence, question.said_as)) else "用途"
    told = [f for f in question.numbers if f != "1"]  # (rough ones too: 44900多人)
    # (38500余人次深入基层的是哪些人?: too many people to name, so what kind of people)
    many = bool(told) and all(f.replace(".", "", 1).isdigit() and float(f) > MAX_NAMED for f in told) and \
        _PEOPLE_WHO.search(question.folded) is not None
    if (many or any(p.search(question.folded) for p in (lexicon.PEOPLE_KIND_ASKED, lexicon.FIGURE_OF_WHAT,
                                                        lexicon.FIGURE_REFERRED))) and \
            told and all(re.search(rf"(?<![\d.+]){re.escape(f)}(?![\d.+])", sentence) for f in told):  # (not 8 of “1+8”)
        return None  # 1140人具体指的是什么人?: the sentence giving the figure says who they are (查处涉及“四风”问题)
    if lexicon.MEMBERS.search(question.folded) and not (
            _PEOPLE_WHO.search(question.folded) and
            (any(lexicon.BODY.search(doer) for doer in _doers_said(question, sentence, lexicon.DONE_BY_BODY)) or
             _doers_said(question, sentence, lexicon.DONE_BY_PEOPLE) or _people_of_the_deed(question, sentence, verbs))):
        # 6个市分别是哪些? is answered by a list or by names, not by the count again (but 兼任第一书记的是哪些人? by
        # the people a sentence says do it: 由乡镇 (街道)党(工)委负责同志兼任)
        items = max([len(re.findall(r"[\u4e00-\u9fff“”]+、", sentence)),
                     *(len(clauses) - 1 for clauses in _clause_lists(sentence))])
        others = [t for t in terms if t not in set(question.search_terms)]
        # (哪几个县? is answered by places named, not by a person and a place: 张宝顺先后赴合肥)
        places_asked = question.wants in ("place", "where") or lexicon.PLACES_ASKED.search(question.folded) is not None
        names = sum((not places_asked and is_person(t)) or t in place_names() for t in others)
        tiers = len(_TIER_LISTED.findall(sentence)) if _PLACES_THAT_DID.search(question.folded) else 0
        if tiers > 1:
            names = tiers  # 督导组是哪些地方派的?: tiers of places answer (市、县和乡镇)
        # (no one else named: 19位省领导… is not said of 张宝顺's 合肥等6市)
        if lexicon.besides(question.folded) is None and not any(is_person(t) for t in others) and any(
                re.search(rf"哪(?:几|些)[个位名]?{re.escape(kind.group(1))}", question.folded)
                for t in others if t in place_names()
                for kind in re.finditer(rf"{re.escape(t)}等\d+[个位名]?([\u4e00-\u9fff])", sentence)):
            return None  # 张宝顺去了哪几个市?: 合肥等6市, the one named with the count, is all the report says of them
        if (items < 2 or places_asked) and names < 2:
            return "名单"  # (哪些县? is answered by places named, not by a list of other things: 巡视工作、干部管理)
        if names < 2 and not _listed_by(question, sentence):
            return "名单"  # 中央规定书目具体有哪几本?: the sentence's list (四面镜子) is of something else
        # (哪一位领导?: one person named answers)
        if question.wants == "person" and sum(map(is_person, others)) < (1 if _ONE_PERSON.search(question.folded) else 2):
            return "名单"  # 四个专项行动的牵头领导分别是谁?: a list of the actions names no one
        found = re.search(r"(?:哪些|哪几[个种项类条]?|是哪些|分别是)(\w{2,4}?)(?:$|呢|啊|呀|吗)", question.folded)
        kind = found.group(1) if found else _kind_before_asking(question)
        listed = [m for m in lexicon.ENUMERATION.finditer(sentence)]
        # the kind in the question's words or in the report's for it (途径 ↔ …等多种渠道)
        kinds = [a for t in question.terms if kind and t.word == kind for a in t.alternatives]
        if kind and len(kind) == 4 and not kinds:
            kinds = [kind[2:]]  # 专门行动 ↔ 四个专项行动: a compound the report does not use, by the noun it ends in
        if kind and not lexicon.PERSON_NOUNS.search(kind) and kind not in lexicon.PLACE_KINDS and \
                kind not in lexicon.GENERIC_KINDS and \
                not lexicon.QUESTION_WORD.search(kind) and listed and not any(
                any(k in sentence[m.start(): m.end() + lexicon.LISTED_WITHIN] for k in (kind, *kinds)) or
                _items_are(m.group(0), kind[-1]) or _items_are(m.group(0), kind[0]) or
                any(_items_are(m.group(0), k[-1]) for k in kinds) for m in listed):  # (不良风气 ↔ 不正之风: 吃喝风、…)
            return "名单"  # 具体都是哪些任务?, 39项任务都有啥?: the list there (正风肃纪、为民服务…) is of 专项行动
        asked_size = re.findall(r"哪(\d+)", question.folded)  # 是哪10个?
        pools = set(lexicon.POOL_ASKED_FROM.findall(question.folded))  # (19位省领导中,哪1位…?: one of the 19)
        counts = [int(f) for f in (*question.figures, *asked_size) if f.isdigit() and f not in pools]
        counts = [c for c in counts if c <= MAX_LISTED]
        if counts and max(items + 1, names) < max(counts):
            return "名单"  # 19位省领导的名单: the sentence names four of them
    besides = lexicon.besides(question.folded)
    # (other deeds besides one, 除了列问题还要干啥?, are said by a sentence of several clauses)
    deeds = besides is not None and lexicon.DOING_ASKED.search(question.folded) is not None and \
        (lexicon.ITEMS.search(sentence) is not None or len(lexicon.CLAUSE.findall(sentence)) > 1)
    if besides and not (question.wants == "list" and lexicon.ENUMERATION.search(sentence)) and not deeds and not any(
            _of_a_kind(t, besides.group(1)) and t not in besides.group(1) and besides.group(1) not in t
            for t in terms if t not in question.scope and t not in set(question.search_terms) and
            not any(t != w and t in w for w in terms)):  # 鞍山市 is a piece of 马鞍山市, no other place
        return "名单"  # 6个市除了合肥还有哪些? / 除了马鞍山还有哪些地方…?: the sentence names no other
    if question.wants in ("list", "open") and lexicon.WHICH_ONES.search(question.folded):
        # kinds of things, not of deeds (哪些工作 is answered by what was done, whatever it is called)
        kinds = [a for t in question.terms if t.asked for a in t.alternatives
                 if (facts := word_facts(a)) is None or facts[1] not in lexicon.DEED_POS]
        vague = [k for k in kinds if re.search(rf"(?:{lexicon.INDEFINITE.pattern}){re.escape(k)}", sentence)]
        said = [k for k in kinds if k in sentence and k not in vague]
        which = _ONE_WHICH.search(question.folded)
        if said and which is not None and not any(
                _modified(k, sentence) or re.search(rf"[”》]{re.escape(k)}|{re.escape(k)}[“《]", sentence) or
                _named_after(k, sentence)  # (哪个记者? ↔ 记者 黄永礼)
                for k in said if not any(k != w and k in w for w in said)):  # (网上|平台 is the kind, 网上平台)
            return "名字"  # 网上平台是哪个网站?: one of the kind named (政情民意“直通车”), not the kind said again
        # the kind asked right after 哪个 (哪个电视台), where the sentence says neither it nor its report words (a
        # meeting or group kind is held by any one named; a body kind by any body named)
        unsaid = [t for t in question.terms if t.asked and question.folded.startswith(t.word, which.end())
                  and t.kind not in ("meeting", "group") and t.word not in lexicon.GENERIC_KINDS and t.word not in verbs
                  and not any(a in sentence for a in (t.word, *t.alternatives))
                  and not (t.word in lexicon.BODY_KINDS and _organ_named(question, sentence))] if which is not None else []
        if unsaid and not named_by_verb(question, sentence, verbs) and not lexicon.WORK_TITLE.search(sentence):
            return "名字"  # 直通车是哪个电视台的?: no station, nor any one of its kind, is named
        # (哪些基层党员? is answered by people named, not by a place: 对安徽省…给予高度评价)
        kind_of_people = re.search(rf"{lexicon.WHICH_ONES.pattern}([\u4e00-\u9fff]{{0,4}}?(?:{lexicon.PERSON_NOUNS.pattern}))",
                                   question.folded)
        people_asked = kind_of_people is not None
        if kind_of_people is not None and _people_word_asked(question, kind_of_people, verbs) and \
                not lexicon.PERSON_NOUNS.search(sentence) and \
                not any(is_person(t) for t in terms if t not in set(question.search_terms)):
            return "名单"  # 案例涉及哪些当事人?: the sentence names no one, nor any kind of people
        if kind_of_people is not None:
            said = [k for k in said if _says_of_people(k, kind_of_people.group(1), sentence)]
        names = any(is_person(t) or (not people_asked and t in place_names())
                    for t in terms if t not in set(question.search_terms))
        if vague and not said:
            return "名单"  # 是哪些单位?: 一些单位 names none of them
        kind = _kind_before_asking(question, _WHICH_OF_NAMED)
        if kind is not None and not kinds and not lexicon.ENUMERATION.search(sentence) and \
                re.search(rf"(?:{lexicon.INDEFINITE.pattern})[^,,。;;]{{0,8}}?{re.escape(kind)}", sentence):
            return "名单"  # 选的违法违纪案例是哪几起?: 选择一批…典型案例 names none of them
        # (the words asked, not their alternatives: 部门 is read as 行业 and 机构 too)
        asked_words = [t.word for t in question.terms if t.asked and any(a in kinds for a in t.alternatives)]
        bodies = bool(asked_words) and all(w in lexicon.BODY_KINDS for w in asked_words)
        # (由哪类主体担任? is answered by whom the sentence says does it: 由党委主要负责同志任组长)
        by_whom = _BY_WHOM_ASKED.search(question.folded) is not None and \
            bool(_doers_said(question, sentence, lexicon.DONE_BY_BODY))
        if kinds and not said and not names and not by_whom and not lexicon.ENUMERATION.search(sentence) and \
                not (bodies and _organ_named(question, sentence, verbs) and question.wants != "list"):
            # (哪个机构研究制定的? is answered by the body that did it: 省委教育实践活动领导小组)
            return "名单"  # 170人都来自哪些单位?: the sentence neither names a 单位 nor lists anything
    # (哪方面的毛病? is answered by the aspect named: 在“四风”方面存在的突出问题)
    aspect = _ASPECT_ASKED.search(question.folded) is not None and "方面" in sentence
    # (把…当作什么主线? is answered by what the sentence takes it as: 作为红线)
    taken = any(lexicon.TAKEN_AS.fullmatch(a) for t in question.terms for a in t.alternatives)
    # (哪类案件? is answered by the kind named: 违法违纪典型案例)
    kind_asked = lexicon.KIND_ASKED.search(question.folded) is not None
    if question.wants in ("list", "open") and not aspect and not lexicon.ENUMERATION.search(sentence) and any(
            t.asked and t.kind == "synonym" and t.word not in sentence and
            any(a in sentence and not re.search(rf"{re.escape(a)}[^。;;]{{0,6}}?[《“]", sentence) and
                not (taken and re.search(rf"(?:{lexicon.TAKEN_AS.pattern}){re.escape(a)}", sentence)) and
                not (kind_asked and _modified(a, sentence)) and a not in lexicon.METHOD_KINDS for a in t.alternatives) and
            (facts := word_facts(t.word)) is not None and facts[1].startswith("n") for t in question.terms):
        # 1140人受了什么处分?: 查处, the word for the kind said again, names no 处分 (什么片子? ↔ 电影《焦裕禄》 does, and
        # 什么评语? ↔ 高度评价,认为“…”)
        return "名单"
    asked = set(question.search_terms)
    if question.wants == "role":
        return None if lexicon.ROLES.search(sentence) else "职务"
    if question.wants == "name":
        kind = lexicon.NAMED_KIND_AT_END.search(question.folded)
        # (a work's title names it where it ends in the kind asked: 《便民服务手册》 for 手册叫啥名称?; a person named is
        # no title: 文章叫啥题目?)
        named = (not lexicon.TITLE_ASKED.search(question.folded) and any(is_person(t) for t in terms if t not in asked)) or \
            any(m.group(0)[1:-1].endswith(t) for m in lexicon.WORK_TITLE.finditer(sentence) for t in asked if len(t) > 1) or any(
            re.search(rf"[”》](?:作为|成为|为)?(?!方面)[\u4e00-\u9fff]{{0,2}}?{re.escape(t)}|{re.escape(t)}[“《]|[\u4e00-\u9fff]“{re.escape(t)}”",
                      sentence)  # (“四解决四推动”作为重要抓手: the quoted name is the 抓手's; not “四风”方面典型案例: of what)
            for t in asked if len(t) > 1) or (
            kind is not None and any(len(t) > 2 and t.endswith(kind.group(1) or kind.group(2)) for t in terms if t not in asked)) or \
            any(_modified(a, sentence) for t in question.terms if t.asked and t.word + "叫" in question.folded and
                not lexicon.ROLES.search(t.word) for a in t.alternatives) or \
            (lexicon.NICKNAME_ASKED.search(question.folded) is not None and NICKNAME.search(sentence) is not None) or \
            ((any(_name_asked_of(t.word, question.folded) for t in question.terms) or _done_thing_named(question, verbs)) and
             named_by_verb(question, sentence, verbs)) or \
            collective_name(question, sentence) is not None or \
            ((any(t.kind == "meeting" for t in question.terms) or lexicon.MEETING_NAME_ASKED.search(question.folded)) and
             bool(meetings_named(sentence)))
            # 吃吃喝喝、收红包这些毛病叫什么? → “小四风”; 那个会议叫啥名字? → 专题点评通报会
            # 那个会叫啥会?: a word of that kind (专题点评通报会) names it; 宣讲团叫什么?: 先进事迹报告团
        return None if named else "名字"
    if question.wants == "person":
        relation = _relation_asked(question)
        if relation is not None and not any(a in sentence for a in (relation.word, *relation.alternatives)):
            return "人"  # 电影《焦裕禄》是谁主演的?: the sentence names someone, but not as one who 主演
        done_by = lexicon.DONE_BY_ASKED.search(question.folded)
        deed = done_by.group("done") if done_by is not None else ""
        if relation is None and deed and deed not in verbs and deed[-1] not in lexicon.FUNCTION_CHARS and \
                is_verb(deed) and not _deed_said(deed, sentence, related):  # (落到谁身上: where, no deed)
            return "人"  # 是谁导演的?, 是哪位领导主持的?: what the one asked for did, which the sentence does not say
        done_to = lexicon.DONE_TO_ASKED.search(question.folded)
        if done_to is not None and not _deed_said(done_to.group("done"), sentence, related):
            return "人"  # 是谁陪他的?: someone other than the one spoken of, by what they did to him
        met = lexicon.OBJECT_PERSON_ASKED.search(question.folded)
        if met is not None and not any(_deed_said(deed, sentence, related) for deed in {met.group("done"), met.group("done")[-1]}):
            return "人"  # 刘云山见了谁?: whom the one named met, which his own post is no answer to
        # (the tail of a longer word is no name: 本强基 of 固本强基)
        persons = [t for t in terms if t not in asked and is_person(t) and
                   not any(len(o) == len(t) + 1 and o.endswith(t) for o in terms)]
        if _COUNTED_PEOPLE.search(question.folded) and not persons:
            return "名单"  # 担任第一组长的8位省级领导是谁?: who these people are, by name; no body answers it
        # a body or role the question does not name itself (牵头领导分别是谁? is not answered by 牵头领导)
        unasked = sentence
        for term in lexicon.longest_first(t for t in asked if len(t) > 1):
            unasked = unasked.replace(term, "□")
        # (牵头领导是谁?: 明确每项任务牵头领导和责任单位 lists a body beside the role asked, no one who holds it)
        unasked = lexicon.LISTED_BESIDE.sub("□", unasked)
        # (给啥人送学?: a kind of people asked, which people of a kind named answer: 年老体弱党员)
        # (not 是啥人上门去送?: who did it, which the kinds they did it for do not say)
        people_kinds = (any(not question.folded[:m.start()].endswith("是")
                            for m in lexicon.PEOPLE_KIND_ASKED.finditer(question.folded)) or
                        (not question.figures and lexicon.PEOPLE_WHICH_ASKED.search(question.folded) is not None)) and \
            lexicon.PERSON_NOUNS.search(unasked) is not None
        # (哪些人的事迹?: whose, which people of a kind say, but not a body that did something: 省里组建先进事迹报告团)
        whose = lexicon.WHOSE_ASKED.search(question.folded) is not None
        return None if (lexicon.BODY.search(unasked) and (not whose or lexicon.PERSON_NOUNS.search(unasked))) or \
            persons or people_kinds else "人"
    if question.wants in ("place", "where"):
        if lexicon.DESTINATION_ASKED.search(question.folded) and lexicon.DESTINATION.search(sentence):
            return None  # 效果往哪儿去?: 也到群众中去, where it goes
        if lexicon.MEDIUM_ASKED.search(question.folded) and lexicon.MEDIUM_SAID.search(sentence):
            return None  # “亲,欢迎拍砖吐槽”是在哪儿发的?: 一些单位利用官方微博征求意见, where it was put out
        places = place_names()
        # (not the place the question names itself: 马鞍山的流动党员在哪些城市? is not answered by 马鞍山市)
        # (nor the report's own province where the question names it: 来安徽之前去的是哪个省?)
        own = [a for a in asked if len(a) > 1] + [w for w in question.scope if len(w) > 1 and w in question.folded]
        one = lexicon.ONE_PLACE.search(question.folded) is not None
        asked_level = lexicon.PLACE_LEVEL_ASKED.search(question.folded)
        level = (asked_level.group(1) or asked_level.group(2)) if asked_level else None
        # (是哪个省?: the report's own province, which it names everywhere, is the answer; not 其他哪些省份?)
        scope = question.scope if level != "省" or lexicon.OTHERS.search(question.folded) \
            else frozenset()
        # (the places the sentence names beside those the question does)
        others = [t for t in terms if t in places and t not in asked and t not in scope]
        named = any(not any(a in t or t in a for a in own) and
                    not (one and (etc := re.search(rf"{re.escape(t)}等(\d+)", sentence)) and
                         etc.group(1) not in question.numbers and not _NAMED_ASKED.search(question.folded))
                    for t in others)
        # (哪个市? is not answered by 合肥等6市, but 六个市…头一个是哪个市? is, and 点名的是哪个市?: the one named)
        if level:  # (沈浩是哪个村的干部? is not answered by 淮南市, a city)
            named = named and any(_place_level(t, places) >= lexicon.PLACE_LEVELS[level] for t in others)
        went = lexicon.MOTION_ASKED.search(question.folded) is not None
        if question.wants == "where" or went:
            # 在哪里开的?: a place the event is at (在合肥召开), not any place named; 去了哪些市?: places gone to
            # (赴合肥等6市), not the kind of place chosen (选择1个省辖市)
            named = any(re.search(rf"(?:在|于|赴|到|去|前往){re.escape(t)}", sentence) for t in others)
        if went and lexicon.PLACES_GONE_TO.search(sentence) and not lexicon.LEVEL_NAMES_ASKED.search(question.folded):
            return None  # 报告团去了哪些地方? ↔ 赴省辖市和部分县(市、区)巡回报告
        # 哪些地方成立了领导小组? is answered by 16个省辖市和105个县; 在哪里开的? by a place's name only
        # (not where each is asked of: 19位省领导各自联系的是哪些县? is not answered by 1个县 each)
        # (每位省领导选了什么地方? asks the kind of place each chose: 1个省辖市或省直管县 answers it)
        # (张宝顺的联系点是哪里?: one person's own, which 19位省领导分别选择1个省辖市 does not tell)
        one_of_each = any(t.role != "frame" and is_person(t.word) for t in question.terms) and \
            lexicon.PER_ITEM_GIVEN.search(sentence) is not None
        levels = question.wants == "place" and not went and not lexicon.ONE_PLACE.search(question.folded) and \
            (not lexicon.PER_ITEM.search(question.folded) or lexicon.PLACE_KIND_ASKED.search(question.folded)) and \
            not lexicon.LEVEL_NAMES_ASKED.search(question.folded) and not one_of_each and _LEVELS.search(sentence)
        # 哪里的媒体?: the tier of the thing asked of (依托市级主要媒体)
        tier = lexicon.TIER_OF_ASKED.search(question.folded) is not None and lexicon.TIER_LEVEL.search(sentence) is not None
        return None if named or levels or tier else "地方"
    return None


def _place_level(name: str, places: Collection[str]) -> int:
    """How low a place stands (`lexicon.PLACE_LEVELS`): by its ending, or for a short form (来安) the lowest of the
    places it is short for (来安县); the lowest of all where neither tells."""
    lowest = max(lexicon.PLACE_LEVELS.values())
    ending = next((rank for word, rank in lexicon.PLACE_LEVELS.items() if name.endswith(word)), None)
    if ending is not None:
        return ending
    return max((rank for word, rank in lexicon.PLACE_LEVELS.items() if name + word in places), default=lowest)


def _named_only_in_a_name(question: Question, sentence: str) -> str | None:
    """A person the question asks of whom the sentence names only in the name of something else (沈浩精神, 电影
    《焦裕禄》), where the question does not name that thing: the person, as what the sentence lacks."""
    if lexicon.NAMED_THINGS.search(question.folded):
        return None  # (焦裕禄沈浩精神, 焦裕禄那个电影: the question names the thing too)
    for term in question.terms:
        if term.role == "frame" or term.aside or len(term.word) < 2 or term.word not in sentence:
            continue
        if not all(sentence.startswith(lexicon.NAMED_AFTER, i + len(term.word)) or
                   lexicon.WORK_TITLE_OPEN.search(sentence[:i]) for i in occurrences(sentence, term.word)):
            continue
        # (not the kind asked: 沈浩生前是做什么工作的? ↔ …环节工作 says nothing of his)
        others = [t for t in question.terms if t.role != "frame" and not t.aside and not t.asked and len(t.word) > 1 and
                  t.word not in term.word and term.word not in t.word]
        if any(a in sentence for t in others for a in t.alternatives):
            continue  # (…拿啥当尺子量干部?: the sentence speaks of the rest of the question, 以“三严三实”为标尺)
        if is_person(term.word):  # (last: it may read jieba's general dictionary)
            return term.word
    return None


def _only_listed(question: Question, sentence: str) -> bool:
    """Does the sentence name the question's own words (not its places or people) only as items of a list?"""
    named = [t.word for t in question.terms if t.role == "entity"]
    words = [t.word for t in question.terms if t.role == "content" and len(t.word) > 1 and t.word in sentence and
             not any(t.word in n for n in named)]  # (庐江 of 庐江县)
    lists = []
    for listing in lexicon.ENUMERATION.finditer(sentence):
        items = listing.group(0).split("、")
        # (the first and last items run into the words around the list: only about an inner item's length counts)
        size = item_size(items) + LIST_ITEM_SLACK
        lists.append((listing.end() - len(listing.group(0)) + max(0, len(items[0]) - size),
                      listing.end() - max(0, len(items[-1]) - size)))
    return bool(words and lists) and all(any(start <= at and at + len(word) <= end for start, end in lists)
                                         for word in words for at in occurrences(sentence, word))


def item_size(items: Sequence[str]) -> int:
    """The typical length of a list's items, from its inner ones (the first and last run into the words around it;
    a list has three items or more)."""
    return round(statistics.median(len(i) for i in items[1:-1]))


def _what_it_does(question: Question, sentence: str, verbs: Collection[str]) -> bool:
    """Does a clause after the one that names the thing asked about say what it does, opening with a verb
    (制定了“1+8”活动方案, | 明确各领域突出问题, | 做好分类指导: what the 方案 is for)?"""
    clauses = lexicon.CLAUSE.findall(sentence)
    named = next((i for i, clause in enumerate(clauses) if any(w in clause for w in question.naming_words)), None)
    return named is not None and any(clause.strip()[:2] in verbs for clause in clauses[named + 1:])


#: What frames a destination (到|群众|中去): the place is what is left.
_DESTINATION_EDGES = regex(r"^(?:到|往|向)|(?:中间|中|里|里头|里面|里边|当中)?去?$")


def same_destination(query: str, text: str, said_as: Callable[[str], Sequence[str]] = lambda word: (word,)) -> bool:
    """Do the question and the sentence say going to the same place (到群众里头去 ↔ 到群众中去; `said_as`: the
    report's words for a word of the question, 到老百姓中间 ↔ 到群众中去)?"""
    asked = lexicon.going_asked(query)
    if asked is None:
        return False
    place = _DESTINATION_EDGES.sub("", asked.group(0))
    places = said_as(place)
    return len(place) > 1 and any(_DESTINATION_EDGES.sub("", m.group(0)) in places
                                  for m in lexicon.DESTINATION.finditer(text))


def done_there(question: Question, sentence: str) -> bool:
    """Does the sentence say going where the question says and what is done there (到群众里去干啥? ↔ 直接到群众中去
    察民情、听民意)?"""
    return same_destination(question.folded, sentence, question.said_as) and \
        _goes_to_do(question.folded, sentence, alike=True)


def _goes_to_do(folded: str, sentence: str, alike: bool) -> bool:
    """Does the sentence say, right after the going the question names (到群众中去, or the same place said `alike`:
    到群众里去), what is gone to do (察民情、听民意): 去 and 来 before a verb tell the purpose?"""
    return any(m.start() >= GOING_HELD and (alike or sentence[m.start() - GOING_HELD: m.end()] in folded) and
               lexicon.HAN.match(sentence, m.end()) is not None and sentence[m.end()] not in lexicon.FUNCTION_CHARS
               for m in re.finditer(r"[去来]", sentence))


def _listed_by(question: Question, sentence: str) -> bool:
    """Does a list of the sentence (A、B、C) stand next to a word of the question (正风肃纪、为民服务、除弊祛垢、
    固本强基四个专项行动), or a list of short clauses hold one (学原著,学党史,学先进 for 哪三样,原著啥的), or a pair
    joined in a clause that holds one (克服存在的“信仰危机”和“本领恐慌” for 要克服哪两个问题?), so that it lists what
    is asked of?"""
    spots = [(i, i + len(w)) for w in question.naming_words for i in occurrences(sentence, w)]
    return any(max(start - m.end(), m.start() - end) <= lexicon.LISTED_WITHIN
               for m in lexicon.ITEMS.finditer(sentence) for start, end in spots) or \
        any(w in c for clauses in _clause_lists(sentence) for c in clauses for w in question.naming_words) or \
        _lists_of(2, sentence, question.naming_words)


#: What asks for the items of a thing named before it (39项任务都有啥?).
_ITEMS_ASKED = regex(r"(?:都|分别|具体)*(?:有|是|包括)(?:啥|什么|哪些)(?:$|呢|啊|呀)")


def _of_a_kind(other: str, aside: str) -> bool:
    """Is `other` one more of what is set aside (合肥以外还有谁?: another place, not a person; 除了张宝顺: a person)?"""
    if any(place in aside for place in place_names()):
        return other in place_names()
    if is_person(aside):
        return is_person(other)
    return is_person(other) or other in place_names() or _same_head(other, aside)


def _kind_before_asking(question: Question, asks: re.Pattern[str] = _ITEMS_ASKED) -> str | None:
    """The question's word right before what asks for its items (39项任务|都有啥? → 任务; with `asks`
    _WHICH_OF_NAMED, 案例|是哪几起? → 案例), if any."""
    asking = asks.search(question.folded)
    before = question.folded[: asking.start()] if asking else ""
    return max((t.word for t in question.terms if len(t.word) > 1 and before.endswith(t.word)), key=len, default=None)


def _lists_of(size: int, sentence: str, words: Sequence[str]) -> bool:
    """Does the sentence list `size` things: a list of that many items (A、B、C), or two of a kind joined
    (学习教育、听取意见; 焦裕禄精神和沈浩精神: the same ending; “信仰危机”和“本领恐慌”: both quoted) in a
    clause that holds one of the question's `words`?"""
    if any(m.group(0).count("、") + 1 == size for m in lexicon.ENUMERATION.finditer(sentence)):
        return True
    if size != 2:
        return False
    for joint in _JOINT.finditer(sentence):
        found = lexicon.CLAUSE.match(sentence, clause_start(sentence, joint.start()))
        clause = found.group(0) if found else ""
        if not any(w in clause for w in words):
            continue
        after = sentence[joint.end(): joint.end() + LISTED_ITEM]
        if joint.group(0) == "、":
            if clause.count("、") == 1:  # (not two items of a longer list)
                return True
            continue
        if sentence[joint.start() - 1] == "”" and after.startswith("“"):
            return True
        if any(lexicon.HAN_RUN.fullmatch(end := sentence[max(0, joint.start() - n): joint.start()]) and end in after[1:]
               for n in (2, 1)):
            return True
        # (牵头领导和责任单位: two parallel names of one length, the second ending the clause)
        last = lexicon.CLAUSE.match(sentence, joint.end())
        second = last.group(0) if last else ""
        before = sentence[joint.start() - len(second): joint.start()]
        if MIN_PARALLEL <= len(second) <= LISTED_ITEM and lexicon.HAN_RUN.fullmatch(before) and "的" not in before + second:
            return True  # (not 年度考核中发现的问题和平时掌握的情况: what is described, not named)
    return False


def _items_are(listing: str, head: str) -> bool:
    """Do most items of a list end with `head` (吃喝风、红包风、赌博风、走读风 are 风, and 风气 asks for them)?"""
    items = listing.split("、")
    # (用真心、下真功、动真格 are each a 真, and 哪几个真 asks for them)
    return sum(item.rstrip("“”").endswith(head) for item in items) * 2 > len(items) or \
        (len(items) > 1 and all(head in item for item in items))


def collective_name(question: Question, sentence: str) -> str | None:
    """The quoted name the sentence gives a list of things after it (吃喝风、红包风、赌博风、走读风“小四风”), where two
    or more of its items hold the question's words (吃吃喝喝、收红包、打牌赌钱这些毛病叫什么?); else None."""
    words = [a for t in question.terms if _sayable(t) for a in (t.word, *t.alternatives)]
    for match in lexicon.NAMED_LIST.finditer(sentence):
        items = match.group(1).split("、")
        if sum(any(w in item or item in w for w in words) for item in items) >= 2:
            return match.group(2)
    return None


def is_person(term: str) -> bool:
    """A personal name: tagged so in jieba's dictionary, or unknown to it and shaped like one (李锦斌). A
    two-character one must open with a surname: the dictionary tags some common words so too (纳谏, 弘扬)."""
    if term in person_names():
        return len(term) != 2 or term[0] in lexicon.SURNAMES
    return 2 <= len(term) <= 3 and term[0] in lexicon.SURNAMES and lexicon.HAN.fullmatch(term[-1]) is not None and \
        word_facts(term) is None
