"""Read a question: what it asks for, which of its words constrain the answer, and which only frame it.

    "芜胡市收集到多少意见呀?" → typo 芜胡市 read as 芜湖市, particle 呀 dropped, wants a figure;
    "芜湖市市长是谁?"          → 市长 is a word the report never uses and names what is asked: a constraint;
    "省领导看了哪部电影?"      → 看 frames the question (the report says 观看): matched by its characters.

Everything comes from the index's vocabulary, the lexicon (`index/text/lexicon.py`), the synonym table and jieba's
general-language dictionary (`index/text/thesaurus.py`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from index.memory import release_freed
from index.text import lexicon
from index.text.numerals import NUMERAL_CHARS, cardinal, spelled
from index.text.places import place_names
from index.text.regex import regex
from index.text.sounds import first_reading, first_readings_alike, reads_as, sound_alike, split_syllables
from index.text.thesaurus import (
    MIN_PHRASE,
    Thesaurus,
    commonness,
    general_words,
    is_verb,
    person_names,
    register_mates,
    same_in_register,
    typed_for,
    word_facts,
)

#: Fewest characters of each word an unknown stretch is cut into by the general dictionary (县委市委 → 县委, 市委):
#: shorter stretches are never looked up there, so that a question of known words does not load it.
MIN_SPLIT = 2
_LATIN = regex(r"^[a-z][a-z0-9.+-]*$")
_LATIN_RUN = regex(r"[a-z]{2,}")
#: The asker's own, right before a word (我孙女, 我们孙子, 俺家老伴, 吾友), or nothing before it (孙女呀,…).
_MINE_BEFORE = regex(r"(?:^|[,,.。!!??\s]|我|俺|咱|吾|我们|俺们|咱们|我家|俺家|我的|俺的|我们的)$")
#: What any quiz item holds (a label, a blank, an option, a judging mark), checked before reading one.
_QUIZ_MARKS = regex(rf"{lexicon.QUIZ_LABELS}|对还是错|是对是错|[((]|_{{2}}|(?<![a-z])[ab][.、:)]")
#: A blank that ends a quotation (“班子强不强,______。”), the words quoted before it.
_BLANK_ENDING_QUOTE = regex(r"[“\"]([^“”\"_]{2,20}?)[,,、]?\s*_{2,}\s*[。.]?\s*[”\"]")
#: Where a message's clauses end (kept with the clause before them).
_CLAUSE_BREAKS = " ,,。!!??~～;;"
#: ... of which those that go on with the same question (…典型案例,有几件?), not end one (…带队?一共几个组?).
_COMMAS = " ,,"
_CLAUSES = regex(rf"(?<=[{_CLAUSE_BREAKS}])")
#: Clauses ended by punctuation (not by spaces, which part the words of a terse query: 芜湖 市长 谁).
_PUNCTUATED = regex(r"[,,。!!;;??~～…]+")
#: Parts of speech of words that say how, or when, what is counted did something (各自, 分别, 先后), not what it is.
_NOT_COUNTED_POS = frozenset({"d", "r", "t"})
#: What marks a verb done or under way right after it (见了, 去过).
_ASPECT_MARKS = frozenset("了过着")
#: Measure words of one character (份, 条, 个): right after a count they are the count's, no typo.
_ONE_CHAR_UNITS = frozenset(u for u in lexicon.UNITS if len(u) == 1)
#: Fewest characters of a word of the index that names a thing, not examples of a kind (警示教育|那些材料).
NAMED_THING_CHARS = 3
#: Characters a count ends in, right before its measure word (几份, 五份; digits aside).
_COUNT_ENDS = frozenset("几" + NUMERAL_CHARS)
#: Emoji and other symbols a message ends with.
_SYMBOLS_AT_END = regex(r"[^\w\s,,。!!??~～;;]+$")
#: Marks after which a sentence goes on.
_SENTENCE_GOES_ON = ",,、;;"
#: ... and where the clauses of a written message end, to tell the one that asks from what is said around it (a
#: space there is no break: 抽了多少人 去组成督导组 is one clause spoken).
_WRITTEN_CLAUSES = regex(rf"(?<=[{_CLAUSE_BREAKS.strip()}])")
#: 户 counted right after the households named (群众家庭有多少户?).
_HOUSEHOLDS_COUNTED = regex(r"(?:一共|总共|共)?有?(?:多少|几)户")
#: What is passed over in the words after 多少个 that say what is counted.
_COUNTED_SKIPS = "的“”‘’「」\"'"
#: What follows 多少个 that is no thing counted: the end of the question, or which one is meant (…乡镇街道那个).
_NOT_COUNTED_AFTER = regex(r"\s*(?:[??!!]|[\u4e00-\u9fff]{2,8}(?:那个|那块|那一块|那边)[呢吗啊呀]?[??!!\s]*$)")
#: A chunk of a message typed with a space after it.
_SPACED_CHUNK = regex(r"[^ ]+ +")
#: A clause the asker says of themselves, ended by spaces rather than a comma (小组作业我分到那部分 …).
_MINE = rf"[^ ]*?(?:{lexicon.FIRST_PERSON.pattern})[^ ]{{2,}}"
_MINE_SPACED = regex(rf"{_MINE} +")
#: ... and one typed after the question, last (标题是啥 老师要我们抄标题).
_MINE_SPACED_LAST = regex(rf"(?<= ){_MINE}$")
#: Most letters read as the initials of as many syllables (sw → 省委).
MAX_INITIALS = 3
#: Letters right next to Chinese characters (sheng委书记): maybe pinyin typed for a character.
_PINYIN_RUN = regex(r"(?<=[\u4e00-\u9fff])[a-z]{1,12}|[a-z]{1,12}(?=[\u4e00-\u9fff])|(?<![a-z])[a-z]{4,14}(?![a-z])")
#: A surname, then a post (张书记): a person named by the post they hold.
_SURNAME_POST = regex(rf"(?<![\u4e00-\u9fff])({lexicon.SURNAME_CLASS})({lexicon.ROLES.pattern})")
_TRAILING_PUNCT = regex(r"[\s?!。.,~…、;:\"'“”‘’()\[\]【】《》<>]+$")  # matching form: NFKC applied
#: 第2批 as the report writes it, 第二批 (ordinals stay words in the matching form: see index/text/numerals.py).
_ORDINAL_DIGITS = regex(r"第(\d{1,2})(批|轮|届|期|次|阶段|环节|季度|部分|个|节|段|组|书记)")
_DIGIT_IN_WORD = regex(r"(?<![\d.])\d{1,2}(?=[\u4e00-\u9fff])")
_KIND_ASKED = regex(r"(?:什么|啥|哪些|哪[\d几一二两三四五六七八九十]*(?:种|类|个|项|条|位|家|样|股|部|本|篇|方面))(?:样的|的)?(?:具体|主要|重要)?(?:的)?")
#: ... or right before 叫什么 (那个渠道被叫做什么?): the thing whose name is asked, which the answer names otherwise.
_NAMED_KIND = regex(r"^(?:被|也)?(?:叫|叫做|称为|称作|名叫)(?:什么|啥)")
_NUMBER = regex(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
#: A figure right after these is part of the question form (哪4个, 几1, 每1), not a stated figure.
_NOT_STATED_BEFORE = "哪几每第"
#: A count with its measure word (20位, 1140人; not 2013年): in a yes/no question, a claim to check, no word to match.
_CLAIMED_COUNT = regex(rf"\d+(?:\.\d+)?(?:万|亿)?(?:多|余|来)?(?!年|月|日)(?:{lexicon.UNIT_PATTERN})")
#: A month claimed (是4月份搞的吗?): checked against the date a passage gives, not a word to find (a day, 3月15日,
#: may be what names the event).
_CLAIMED_MONTH = regex(r"\d{1,2}月(?!\d)")
#: Typos are read as the vocabulary's word only for words this long (two-character words are too close to
#: each other: 经费 is one character from 经验).
TYPO_MIN_CHARS = 3
TYPO_MAX_CHARS = 8
#: ... and a character that stands in words of the index is read as a typo by its sound only in words this short.
SOUND_TYPO_CHARS = 4
#: Vocabularies larger than this (an archive's) keep the typo index hashed, in arrays.
HASHED_WILDCARDS = 50_000
#: Patterns of words that only ask (个数, 数量, 哪天): never a constraint.
_ASKING = (lexicon.QUANTITY_WORDS, lexicon.DATE_WORDS, lexicon.PERSON_WORDS, lexicon.PLACE_WORDS, lexicon.LIST_WORDS,
           lexicon.ROLE_WORDS, lexicon.WHERE_WORDS, lexicon.LEVEL_WORDS, lexicon.LEVEL_LAST, lexicon.PURPOSE_WORDS, lexicon.PLACE_COUNT_WORDS)
#: Any of them, for asking whether a word is one of them as a whole.
_ASKING_WORD = regex("|".join(f"(?:{p.pattern})" for p in _ASKING))
#: Texts whose cutting into tokens is remembered (a question's, cut several times over while it is read).
TOKEN_CACHE = 8
#: A word this frequent in jieba's dictionary (借助) keeps its characters: none of them is a typo.
GENERAL_WORD_FREQ = 100
#: Most vocabulary words one unknown word stands for (来安 → 来安县; 读本 → 学习材料, 学习资料, 材料, 资料).
MAX_EXPANSIONS = 4
#: Most short forms whose vocabulary words are remembered.
MAX_SHORT_FORMS = 10_000


@dataclass(frozen=True)
class Term:
    """One word of a question and how it can be found in a passage."""

    word: str  # as the question has it (matching form)
    alternatives: tuple[str, ...]  # index terms that stand for it (itself if the index has it)
    role: str  # "content" | "entity" | "constraint" (unknown, names what is asked) | "frame" (unknown, only frames)
    kind: str = "word"  # how `alternatives` were found: "word" (itself), "short" (来安 → 来安县), "synonym";
    # "group": a word for a group (小组) set off from what it does (微服私访的小组), held by any group named;
    # "meeting": a word for meetings (会议) counted or set off (开了多少个会议?), held by any meeting named (座谈会);
    # "ordinary": none found, a general-language noun that is not what is asked (网友 where the report says 网民);
    # "event": none found, the verb a yes/no or when-question asks about (下雨 in 合肥会下雨吗?)
    asked: bool = False  # names the kind of thing asked for (平台 in 搭建了什么平台?): the answer may not repeat it
    aside: bool = False  # said only around the question (我们乡里也在搞这个活动, …?村里党员老问我): counts where held
    # the report's words for an everyday phrase this word makes with one next to it (一对一|谈话 → 个别谈话): it is
    # held where they are
    phrased: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeansClaim:
    """What a yes/no question claims a thing was done by: `folded[start:end]`, a means (靠, 通过) or, with `agent`,
    the one who did it (由); `verb`, what was done, the first verb after it."""
    start: int
    end: int
    verb: str
    agent: bool


@dataclass(frozen=True)
class Question:
    """A question as the engine reads it."""

    text: str  # as written
    folded: str  # matching form: normalized, typos read, fillers and particles dropped
    terms: tuple[Term, ...]
    wants: str  # date, role, name, person, where, place, figure, list, how, why, purpose, yesno or open
    units: tuple[str, ...]  # measure words asked for (几条 → 条)
    figures: tuple[str, ...]  # figures the question states (2013, 3.3): the answer must hold them
    ordinals: tuple[str, ...]  # 第三批: the answer must say it
    scope: frozenset[str] = frozenset()  # names the report as a whole is about (安徽): no answer to 哪里
    setting: frozenset[str] = frozenset()  # rounds and the year the report is about (第二批, 2014): said or not, held
    context: tuple[Term, ...] = ()  # words of the conversation so far, weighing `context_weight` of their own
    context_weight: float = 0.0
    options: tuple[str, ...] = ()  # a choice item's options (a.人民日报 b.安徽日报): the answer names one
    offered: tuple[str, ...] = ()  # names offered to choose from (是芜湖还是马鞍山…?): the one the answer names leads
    claims: tuple[MeansClaim, ...] = ()  # a yes/no question's claims of how or by whom (是靠官方微博收的吗?)
    years: tuple[str, ...] = ()  # years named from another (去年): the answer must say them
    asking: str = ""  # the clauses that ask, where the asker says things around them ("": the whole question)
    days: tuple[str, ...] = ()  # what the asker tells of their day first (昨天跟几个老同事喝茶): nothing asked

    @functools.cached_property
    def search_terms(self) -> list[str]:
        """What BM25 scores: every index term that stands for a question word, once; a word said around the
        question and only framing it (看到这新闻 张宝顺啥职位?: 看到) is left out."""
        return list(dict.fromkeys(a for t in self.terms if not (t.aside and t.role == "frame") for a in t.alternatives))

    def with_context(self, terms: tuple[Term, ...], weight: float) -> Question:
        """This question with a conversation's words carried along (those it does not have itself)."""
        own = set(self.search_terms)
        carried = tuple(t for t in terms if t.role != "frame" and not own.intersection(t.alternatives))
        return replace(self, context=carried, context_weight=weight if carried else 0.0)

    def said_as(self, word: str) -> tuple[str, ...]:
        """A word of the question and the report's words for it (老百姓: 群众, 人民群众…)."""
        return (word, *(a for t in self.terms if t.word == word for a in t.alternatives if a != word))

    @functools.cached_property
    def resaid(self) -> frozenset[str]:
        """The report's words for the question's words it says only by a synonym (网民 for 网友), not the question's
        own words."""
        said = {t.word for t in self.terms}
        return frozenset(a for t in self.terms if t.kind == "synonym" for a in t.alternatives if a not in said)

    @functools.cached_property
    def aside_words(self) -> frozenset[str]:
        """The index terms that stand only for words told before the clauses that ask (工序 of 退休在家翻报纸,说学习
        教育是头道工序。…算什么环节), not for any word of what they ask nor a guess after them (…拍砖吐槽来着?)."""
        start = self.folded.find(self.asking) if self.asking else -1
        if start <= 0:
            return frozenset()
        told = [t for t in self.terms if t.aside and t.word not in self.asking and
                all(at < start for at in occurrences(self.folded, t.word))]
        asked = {a for t in self.terms if t not in told for a in t.alternatives}
        return frozenset(a for t in told for a in t.alternatives if a not in asked)

    @functools.cached_property
    def naming_words(self) -> list[str]:
        """The index terms that stand for the question's words of two or more characters that do not only frame
        it: what a clause of the answer should hold."""
        return [a for t in self.terms if t.role != "frame" and len(t.word) > 1 for a in t.alternatives]

    @functools.cached_property
    def numbers(self) -> tuple[str, ...]:
        """Every number written in the question, rough ones too (44900 of 44900多人), unlike `figures`."""
        return tuple(_NUMBER.findall(self.folded))

    @functools.cached_property
    def asked_verb(self) -> str | None:
        """The character before 什么/啥 that may be a verb asked what of (学 of 主要学什么), or the verb after 拿什么来
        (对照 of 拿什么来对照)."""
        found = lexicon.VERB_ASKED.search(self.folded) or lexicon.VERB_ASKED_WITH.search(self.folded)
        return found.group(1) if found and found.group(1) not in lexicon.FUNCTION_CHARS else None

    @functools.cached_property
    def manner_verb(self) -> str | None:
        """The one-character verb a question asks how it is done (学 of 学习教育怎么学的?)."""
        found = lexicon.VERB_HOW_ASKED.search(self.folded)
        return found.group(1) if found and found.group(1) not in lexicon.FUNCTION_CHARS else None

    @property
    def context_terms(self) -> list[str]:
        """What BM25 scores for the carried words."""
        return list(dict.fromkeys(a for t in self.context for a in t.alternatives))

    def counted(self, verbs: Collection[str] = ()) -> tuple[Term, ...]:
        """The words right after 多少/几 and its measure word, up to a verb: what is counted (多少个党员领导干部
        活动联系点; 多少个涉及群众利益的问题). Empty where a verb follows at once (多少人次参观)."""
        match = lexicon.ASKED_UNIT.search(self.folded)
        unit = (match.group(1) or match.group(2)) if match else None
        if match is None or (unit and lexicon.same_family("人", unit)) or \
                (not unit and not match.group(3) and not self.folded[match.end():]):
            return ()  # 多少人(次)参观: people are counted, what follows is what they did
        rest = self.folded[match.end():]  # (多少问题: with no measure word, the noun after it)
        if _NOT_COUNTED_AFTER.match(rest):
            rest = ""  # 指导组多少个?乡镇街道那个: the question ends, or says which one it means
        if unit and rest and lexicon.same_family("次", unit) and lexicon.PLACE_TIER_CHARS.issuperset(rest[:2]):
            return ()  # 督了几次市县?: times, and where they went, not 市县 counted
        words: list[Term] = []
        # 检查组一共有几个组?: the noun said again by its last character is the one named before
        echo = len(rest) == 1 and any(len(t.word) > 1 and t.word.endswith(rest) for t in self.terms
                                      if t.word in self.folded[: match.start()])
        if not rest or echo or match.group(2) or match.group(3) or lexicon.DEED_AFTER_COUNT.match(rest):
            # 联系点多少个, 联系点个数, 联系点总数, 村支部有多少个要整顿: the word before
            # (联系点 总数: keywords typed apart; 联系点总共多少个: 总共 is no thing counted)
            # (…典型案例,凡几件?: the thing named in the clause before, the count asked after a comma)
            before = lexicon.ALL_TOGETHER_AT_END.sub("", self.folded[: match.start()].rstrip(_COMMAS)).rstrip(_COMMAS)
            scope = next((w for w in lexicon.SETTING_WORDS if before.endswith(w)), None)
            if scope is not None and len(scope) < len(before):  # 座谈会 全省 多少场: the province is no thing counted
                before = before[: -len(scope)].rstrip().rstrip(_COMMAS)  # (单位,全省共计多少家?: the clause before)
            # (到目前, 截至目前: when it counts to, not what; 典型案例,截至目前|一共多少个?: the thing before it)
            up_to = list(lexicon.UP_TO_NOW.finditer(before))
            now = {m.group(1) for m in up_to}
            if up_to and up_to[-1].end() == len(before):
                before = before[: up_to[-1].start()].rstrip(_COMMAS)
            # (督导组下去几次?: 下去, said in the report's words as a verb, 深入, is what was done, not what is counted)
            named = [t for t in self.terms if len(t.word) > 1 and t.alternatives and t.role != "frame" and
                     t.word not in verbs and not all(a in verbs for a in t.alternatives) and t.word in before and
                     t.word not in now and t.word not in lexicon.REQUIREMENT_WORDS]  # (集中学习规定几天?: 集中学习)
            right_before = tuple(t for t in named if before.endswith(t.word))
            things = [t for t in named if t.role != "entity"]
            if right_before and things and all(t.role == "entity" for t in right_before):
                # 热线 芜湖 几条: the place typed last is where, the thing counted is the word before it
                right_before = (max(things, key=lambda t: before.rfind(t.word)),)
            if unit and lexicon.same_family("次", unit):  # 下去市里县里多少回?: times, and where they went
                right_before = tuple(t for t in right_before if not lexicon.TIERS_SAID.fullmatch(t.word))
            # 第一批活动单位一共有多少家?: what there are so many of is the thing named before 有
            # (联系点一共建了多少个?, 联系点各地总共建了多少个?: what so many of were made, not where or who made
            # them: 那市县办了多少场?, 市县委班子搞了几回?)
            if unit and lexicon.same_family("次", unit) and lexicon.MEETING_HELD.search(before):
                return ()  # 为第二批活动开了几次?: times a meeting was held on it, not the thing counted
            there = (lexicon.THERE_ARE, lexicon.SUMMED_THERE) if not (unit and lexicon.same_family("次", unit)) else (lexicon.THERE_ARE,)
            return right_before or tuple(t for t in named if t.word not in lexicon.SETTING_WORDS and any(
                p.fullmatch(_scope_stripped(before.rsplit(t.word, 1)[-1].lstrip(_COMMAS))) for p in there)) or \
                tuple(t for t in things if t.word not in lexicon.SETTING_WORDS and t.word not in lexicon.PLACE_KINDS and
                      not lexicon.TIERS_SAID.fullmatch(t.word) and not lexicon.PEOPLE_ENDINGS.search(t.word) and
                      lexicon.DONE_IN_ALL.fullmatch(_scope_stripped(before.rsplit(t.word, 1)[-1].lstrip(","))))
        while rest:
            word = max((t for t in self.terms if t.alternatives and rest.startswith(t.word)),
                       key=lambda t: len(t.word), default=None)
            if word is None and rest[:1] in _COUNTED_SKIPS:  # (多少个“四风”典型案例: quoted, the same words)
                rest = rest[1:]
                continue
            if word is not None and word.word in verbs:
                after = rest[len(word.word):]
                noun = max((t for t in self.terms if t.alternatives and after.startswith(t.word) and
                            t.word not in verbs), key=lambda t: len(t.word), default=None)
                if not words and noun is not None and \
                        not lexicon.TRAILING_PARTICLES.sub("", after[len(noun.word):]).strip("?？ "):
                    # 多少家参加单位: a verb before the noun that ends the question makes a name of one kind of it
                    return (noun,) if len(noun.word) > 1 else ()
                # 多少个涉及“四风”问题的单位, 多少个基本需求和利益受损的问题: what the clause describes ends the
                # question after 的
                last = re.search(r"的([\u4e00-\u9fff]{2,4})$", lexicon.TRAILING_PARTICLES.sub("", rest).strip("?？ "))
                head = next((t for t in self.terms if last and t.word == last.group(1) and t.word not in verbs), None)
                if head is not None:
                    return (head,)
            if word is None or word.word in verbs or (words and word.role == "frame") or \
                    (words and (facts := word_facts(word.word)) is not None and facts[1] in _NOT_COUNTED_POS):
                break  # (几个暗访组下去: where it went only frames the question; 多少个领导各自…: how they did it)
            words.append(word)
            rest = rest[len(word.word):]
            if word.word in lexicon.GROUP_KINDS:
                break  # 多少个小组暗访作风?: the group is counted, what follows is what it does
        # 多少个问题多的县?: the words counted so far say what the thing after 的 that ends the question is like
        # (not where a word of the question follows them: 几本新闻|写作的教材)
        like = _LIKE_THEN_HEAD.fullmatch(lexicon.TRAILING_PARTICLES.sub("", rest).strip("?？ "))
        if words and like and not any(rest.startswith(w.word) for w in self.terms):
            head = next((t for t in self.terms if t.word == like.group(1) and t.word not in verbs), None)
            if head is not None:
                return (head,)
        return tuple(t for t in words if len(t.word) > 1)

    @property
    def constraints(self) -> list[Term]:
        """Words the answer must speak of."""
        return [t for t in self.terms if t.role in ("entity", "constraint")]


#: How long a compound is that is read by its halves (督察队伍 → 督察, 队伍).
COMPOUND = 4
#: Below this frequency in jieba's dictionary a compound of known halves is read by them (公开处理 → 公开, 处理).
RARE_COMPOUND_FREQ = 10


class Reader:
    """Reads questions against one index's vocabulary. `scope`: the names every report's title holds (the
    place all of it is about); `setting`: the rounds it names and the year it was published in (第二批, 2014)."""

    def __init__(self, normalize: Callable[[str], str], tokens: Callable[[str], list[str]],
                 vocabulary: Mapping[str, float], names: Collection[str], scope: Collection[str] = (),
                 setting: Collection[str] = (), verbs: Collection[str] = frozenset()) -> None:
        self._normalize = normalize
        self._verbs = verbs
        self._scope = scope
        self._setting = frozenset(setting)
        # a question's text is cut several times over while it is read (the question words, the words, roles)
        self._tokens = functools.lru_cache(maxsize=TOKEN_CACHE)(lambda text: tuple(self._unglued(tokens(text))))
        self._vocabulary = vocabulary
        self._names = names
        self._thesaurus = Thesaurus(vocabulary)
        self._wildcards: Wildcards | None = None
        self._pairs: dict[str, list[str]] | None = None
        self._homophones: dict[tuple[str, ...], list[str]] | None = None
        self._omissions: dict[str, str | None] | None = None
        self._short_forms: dict[str, tuple[str, ...]] = {}
        self._by_surname: dict[str, list[str]] | None = None
        self._last_covered: tuple[str, frozenset[int]] = ("", frozenset())

    @property
    def scope(self) -> frozenset[str]:
        """Names the report as a whole is about (安徽): every question's `Question.scope`."""
        return frozenset(self._scope)

    def read(self, text: str) -> Question:
        """Read one question."""
        folded = self._normalize(text)
        for variant, word in lexicon.VARIANTS.items():
            folded = folded.replace(variant, word)
        folded = lexicon.THIS_REPORT_AS_REPORT.sub(r"\1报道", lexicon.LATIN_FULL_STOP.sub("。", folded))
        folded = lexicon.REPORT_MADE.sub("报道", folded)
        for typed, word in lexicon.TYPED_BY_SOUND:  # 付书记: 副书记; 多少各: 多少个
            folded = typed.sub(word, folded)
        if _LATIN_RUN.search(folded):
            for english, word in lexicon.ENGLISH_WORDS:
                folded = english.sub(word, folded)
        folded = lexicon.NAMES_GIVEN_ASKED.sub(r"\1名单", folded)
        folded = lexicon.SPOKEN_PLUS.sub(lambda m: f"{cardinal(m.group(1)) or m.group(1)}+{cardinal(m.group(2)) or m.group(2)}",
                                         folded)
        folded, options, judged = _quiz_item(folded)
        folded = lexicon.standard_asking(lexicon.MENTION.sub(" ", lexicon.EMOJI.sub(" ", folded)).strip())
        who = lexicon.WHO_DID.search(folded)
        if who and is_verb(who.group("done")):  # 是哪个陪同的?: 是谁陪同的 (not 是哪个单位的?)
            folded = folded[:who.start()] + "是谁" + folded[who.start("done"):]
        folded = lexicon.ERHUA.sub(lambda m: m.group(0) if _erhua_word(folded, m.start()) else "", folded)
        folded = self._without_afterthought(folded)
        few = lexicon.THOSE_FEW.search(folded)
        if few is not None and not lexicon.QUESTION_WORD.search(folded[:few.start()] + folded[few.end():]) and \
                not lexicon.YES_OR_NO_ASKED.search(folded):
            # 小四风是那几种?: with nothing else asking, 那几 is 哪几 typed by sound (not 那几拨人,查了多少个县?, nor
            # 那几天,有没有去马鞍山?)
            folded = folded[:few.start()] + "哪几" + folded[few.end():]
        bare = _TRAILING_PUNCT.sub("", lexicon.TRAILING_CHATTER.sub("", folded)) or _TRAILING_PUNCT.sub("", folded)
        # (督导组开了642场座谈会?: a statement of a figure asked back is a claim to check, as with 吗)
        # (培训了44900还是49400?: two claims, one of which may be said)
        yesno = judged or bool(lexicon.YESNO.search(bare)) or ("还是" in bare and lexicon.FIGURE_CHOICE.search(bare) is not None) or \
            ((lexicon.CLAIM_ASKED.search(folded) is not None or lexicon.CONFIRMING.search(bare) is not None) and
             not lexicon.QUESTION_WORD.search(bare))  # (是搞两个月吧: a claim put to be confirmed)
        bare = lexicon.LEADING_FILLERS.sub("", lexicon.TASK_OF_ASKER.sub(r"\1", lexicon.TOPIC_DROPPED.sub("", bare)))
        bare = self._without_asker(bare)
        core = lexicon.TRAILING_PARTICLES.sub("", bare) or bare
        core = _ORDINAL_DIGITS.sub(lambda m: "第" + spelled(int(m.group(1))) + m.group(2), core)
        core = lexicon.DAY_NUMBER.sub(r"\1日", core)  # 3月24号 is 3月24日
        core = lexicon.DOTTED_DAY.sub(r"\1月\2日", core)  # 3.24 too
        core = lexicon.GE_BEFORE_VISITS.sub("", core)  # 几个人次 is 几人次
        core = lexicon.COST_SUFFIX.sub("费用", core)  # 花了多少印刷费: a cost
        core = lexicon.STAGE_ORDINAL.sub(r"\1环节", core)  # 第一阶段 is 第一环节
        core = lexicon.FIRST_ROUND.sub(r"第一\1", core)
        core = lexicon.TIER_UNITS.sub("", lexicon.TIER_LEVEL_SAID.sub(r"\1级", core))  # 县一级 is 县级; 县级单位, 县
        core = lexicon.THAT_FIGURE.sub(r"\1个数字", core)  # 那个数说的是啥: that figure
        core = lexicon.FIGURE_TAKEN.sub("", core)
        core = lexicon.ROUGHLY_AFTER.sub(r"\1", core)  # 12000人次上下 is 12000人次, given roughly
        core = lexicon.NEGATED_AMOUNT.sub(r"\1", core)  # 没念过多少书的…有几个: 没念过书的
        core = lexicon.BOUND_ASKED.sub("至少", core)  # 下限定的是多少天: 至少多少天
        core = lexicon.GROUPS_COUNTED.sub("个", self._words_with_numerals(core))  # 凡十八组: 18个
        core = self._across_de(self._contracted(self._read_typos(core)))
        core = lexicon.PROVINCE_BODY.sub("安徽省", core)  # 安徽政协 is 省政协
        core = lexicon.CAPITAL_FOR_CENTRE.sub("中央", core)  # 北京来的大领导: a leader of 中央
        core = lexicon.REMAINING_ONE.sub("哪", core)  # 还有一样是啥: 还有哪样
        core = lexicon.OTHERS_ASKED.sub("几个是哪些", core)  # 另外几个?: 另外几个是哪些
        core = lexicon.SENIOR_LEADER.sub("", core)  # 大领导: a leader
        core = lexicon.MEETING_AT.sub("会议", core)  # 在什么会上: 会议上
        core = lexicon.TOP_SECRETARY.sub(lambda m: lexicon.HEAD_OF[m.group(2)], core)  # 省里的一把手书记: 省委书记
        core = lexicon.HEADS_SEVERAL.sub(lambda m: lexicon.leaders_of(m.group(2)), core)  # 省里头头们: 省领导
        core = self._read_surname_posts(lexicon.HEADS.sub(lambda m: lexicon.HEAD_OF[m.group(2)], core))
        said = lexicon.HOW_THE_REPORT_SAYS.search(core)
        if said is not None and lexicon.QUESTION_WORD.search(core[: said.start()]):
            core = core[: said.start()]  # …能感受到什么,文章怎么说的?: how the report puts it, where something else is asked
        masked = self._masked(core)
        wants = _wants(masked, yesno)
        that = lexicon.THAT_FOR_WHICH.search(core)
        if wants == "open" and that and not lexicon.QUESTION_WORD.search(core[:that.start()] + core[that.end():]):
            # 这篇稿子是那天发表的: with no question word anywhere else (学原著那部分,…是哪“四面镜子”? has one), 那天 is
            # 哪天 typed by sound
            core = lexicon.THAT_FOR_WHICH.sub(lambda m: "哪" + m.group(1), core, count=1)
            masked = self._masked(core)
            wants = _wants(masked, yesno)
        if lexicon.REPORT_CLAIM.search(core):
            wants = "yesno"  # 报道是不是认为,能听进多少…意见非常重要?: whether it says so
        # an unknown verb is what is asked where nothing else is: 合肥会下雨吗?, 推荐一部电影 (not 借助了哪方面的力量?)
        events = wants in ("yesno", "date") or (wants == "open" and not lexicon.QUESTION_WORD.search(core))
        # (a figure stated before the true one is asked, 大概一万二千人次上下,精确数是多少?, is a claim too)
        terms = self._terms(self._without_scope(core), events,
                            wants in ("yesno", "open") or lexicon.TRUE_COUNT_ASKED.search(core) is not None,
                            wants == "date")
        claims = tuple(means_claims(core, self._vocabulary)) if wants == "yesno" else ()
        terms = _claims_aside(terms, core, claims) if wants == "yesno" else \
            self._described(core, terms)  # (a claim is checked whole)
        told_days = asker_days(masked)  # (spans: masked keeps the offsets of core)
        days = tuple(core[a:b] for a, b in told_days)
        terms = _told_around(core, terms, days)
        # 公款吃喝那些四风问题: what the asker gives as examples of a kind counts where the passage holds it; the kind
        # after them is what is asked of
        # (not 警示教育那些材料: a thing the report names in one word, said of what follows)
        examples = [m.span(1) for m in lexicon.EXAMPLES_OF_KIND.finditer(core)
                    if not self._names_a_thing(m.group(1))]
        if examples:
            terms = _set_aside(terms, lambda t: t.role not in ("entity", "constraint") and
                               _only_within(core, t.word, examples))
        choice = lexicon.CHOICE_OFFERED.search(core)
        offered = [max((t.word for t in terms if t.role in ("entity", "constraint") and
                        _only_within(core, t.word, [choice.span(n)])), key=len, default="") for n in (1, 2)] if choice else []
        offered = offered if all(offered) and len(offered) == 2 and not options else []
        if offered:  # 3.3万多条意见是芜湖还是马鞍山征集的?: either may be the one the passage names
            terms = _set_aside(terms, lambda t: t.word in offered)
        purpose = lexicon.PURPOSE_OPENING.match(core)
        if purpose is not None and _asks(core[purpose.end():]):
            # 为推动整改闭环管理,第一批单位开展了什么复查工作?: what it is done for counts where the passage holds it
            terms = _set_aside(terms, lambda t: t.role not in ("entity", "constraint") and
                               all(at < purpose.end() for at in occurrences(core, t.word)))
        mine = _asker_spans(core)
        if mine and (any(w in core[mine[-1][1]:] for w in lexicon.WHOLE_SCOPE) or
                     not lexicon.HERE_OF_ASKER.search(core[mine[-1][1]:])):
            # 我是合肥1个退休的老师,…想问问全省…派了多少个督导组?, 我是在合肥上班的,…省委督导组一共有几个?: the
            # asker's own place is not what is asked of (but 我是合肥的,我们这边…: it is)
            terms = _set_aside(terms, lambda t: t.role in ("entity", "constraint") and t.word in place_names() and all(
                any(a <= at < b for a, b in mine) for at in occurrences(core, t.word)))
        def names_report(part: str) -> bool:
            return bool(self._vocab_near(part))

        asking = _asking_part(core, masked, names_report)
        told = _told_first(core)
        if told and any(t.role != "frame" and len(t.word) > 1 and t.word in core[told:] for t in terms):
            # …天天路过市委那边,想问问报道里说芜湖开了几条热线电话?: 市委 is where the asker passes by
            # (and a place told of, where the question names its own: 芜湖的材料已经梳理过了。想进一步了解:庐江县…)
            own_place = any(t.role == "entity" and t.word in place_names() and t.word in core[told:] for t in terms)
            terms = _set_aside(terms, lambda t: (t.role != "entity" or (own_place and t.word in place_names())) and
                               t.word not in core[told:])
            # (the clauses that ask, read after it: not 下期嘉宾是庐江人, before 我想先做做功课:…)
            asking = core[told:] if asking is None or core[told:] in asking else \
                _asking_part(core[told:], masked[told:], names_report) or core[told:]
        if asking is None or not any(t.role != "frame" and len(t.word) > 1 and t.word in asking for t in terms):
            asking = core
        else:  # what is said around the question asks of no event (…哪天发表的?作业要标注引用日期) and no figure
            # (…学几天啊?我们乡里才学了两天)
            # (an unknown word said around it in a sentence of the asker's, 科里让我核一下…, too: not one typed
            # before it with a space, 医院这块 查出多少四风问题, which says what is asked of)
            start = core.find(asking)
            written = start <= 0 or not core[start - 1].isspace()
            terms = tuple(replace(t, aside=True, role="content" if t.kind == "event" else t.role)
                          if (t.role not in ("entity", "constraint") or t.kind == "event" or
                              (written and t.role == "constraint" and t.word not in place_names())) and
                          t.word not in asking
                          else t for t in terms)
        # 我在地铁上没看完那个整改的情况,…: a word the report never uses, said only in a clause of the asker's or of
        # someone they speak of that asks nothing, while another clause asks, tells of them (地铁), not of what is
        # asked (not a topic named before the clause that asks of it, 渔民反映的问题,给解决了木有?)
        told_only = _only_told(core, {t.word for t in terms if t.kind == "ordinary" and t.role != "entity"})
        terms = _set_aside(terms, lambda t: t.kind == "ordinary" and t.role != "entity" and t.word in told_only)
        return Question(text=text, folded=core, terms=terms, wants=wants, scope=self.scope,
                        units=self._units(_spans_blanked(masked, told_days) if asking == core else
                                          _stretches_blanked(self._masked(asking), days)),
                        figures=_figures(_stretches_blanked(asking, days)),
                        ordinals=tuple(o.replace("个", "") for o in lexicon.ORDINAL_NAMING.findall(asking)) +
                        tuple(m.replace("1", "一") for m in lexicon.NEXT_ROUND.findall(asking)),  # (下1个环节 as typed)
                        setting=self._setting, options=options, offered=tuple(offered), claims=claims,
                        years=tuple(lexicon.RELATIVE_YEAR.findall(asking)), asking="" if asking == core else asking,
                        days=days)

    def _described(self, core: str, terms: tuple[Term, ...]) -> tuple[Term, ...]:
        """The words of a clause that says what the thing asked about does (上面派下来查作风的那些督导组: 作风)
        count where a passage holds them: the thing itself, named after it, is what the passage must hold. Who
        does it (中央派驻安徽的督导组: 中央), before the verb, still counts."""
        after_verb: list[str] = []
        for clause in _DESCRIBING.finditer(core) if "的" in core else ():
            head = core[clause.end():]
            text = clause.group(1)
            if lexicon.WH_WORD.search(text) or lexicon.REPORT_AS_SOURCE.search(text) or \
                    not any(len(t.word) > 1 and head.startswith(t.word) for t in terms):
                continue  # (文中认为…成败的关键: what the report says, not a thing described)
            if lexicon.MEANS_SAID.match(text) and lexicon.QUANTITY_WORDS.search(head):
                continue  # (通过网上平台征求到的意见有多少条?: the means counts only what it brought)
            verb = next((at + n for at in range(len(text)) for n in (4, 3, 2, 1) if text[at:at + n] in self._verbs or
                         (n == 1 and text[at] in lexicon.SINGLE_CHAR_VERBS)), None)
            if verb is not None:
                after_verb.append(text[verb:])
        described = _set_aside(terms, lambda t: t.role not in ("entity", "constraint") and t.kind != "event" and
                               any(t.word in rest for rest in after_verb))
        # (派下去检查的工作组: what the thing does, said otherwise, is searched by the report's words for it)
        return tuple(replace(t, role="content") if t.aside and t.role == "frame" and t.kind == "synonym" and
                     len(t.word) > 1 else t for t in described)

    def _read_surname_posts(self, folded: str) -> str:
        """A surname and a post (张书记, 王省长) for the one person of the report with that surname."""
        def named(match: re.Match[str]) -> str:
            persons = [n for n in self._names if n[0] == match.group(1) and 2 <= len(n) <= 3 and n not in place_names()]
            return persons[0] + match.group(2) if len(persons) == 1 else match.group(0)
        return _SURNAME_POST.sub(named, folded)

    def _without_afterthought(self, folded: str) -> str:
        """A question followed by a remark that asks nothing and names nothing of the report (小四风是哪四风啊
        老记不住), or by a guess at what it asks for (几个市?是不是6个?, 标题是什么,讲的是整改吗?): the question
        alone."""
        parts = _CLAUSES.split(folded)
        while len(parts) > 1:
            last = parts[-1]
            checked = _SYMBOLS_AT_END.sub("", last.strip(_CLAUSE_BREAKS)).strip(_CLAUSE_BREAKS)  # (有说吗😭)
            if not checked or ((lexicon.FIGURE_GUESS.match(last) or lexicon.ROUGH_GUESS.match(last)) and
                               any(lexicon.QUANTITY_WORDS.search(p) for p in parts[:-1])) or \
                    ((lexicon.YESNO.search(checked) or checked.endswith("吧") or  # (…是哪个市 是我们马鞍山不)
                      (checked.startswith("是") and checked.endswith("不"))) and not lexicon.WH_WORD.search(checked) and
                     not lexicon.IMPORTANCE_ASKED.search(checked) and  # (…多少话,这事要不要紧?: what is asked)
                     any(lexicon.WH_WORD.search(p) for p in parts[:-1])) or \
                    (lexicon.PART_POINTER.fullmatch(checked) and
                     any(lexicon.WH_WORD.search(p) or lexicon.PART_WORDS.search(p) for p in parts[:-1])) or \
                    ((lexicon.TASK_REMARK.match(checked) or lexicon.ASKED_OF_ASKER.search(checked)) and
                     not lexicon.QUESTION_WORD.search(checked)) or \
                    (lexicon.ASKER_VERSION.match(checked) and not lexicon.QUESTION_WORD.search(checked) and
                     any(lexicon.WH_WORD.search(p) or lexicon.ASKING.search(p) for p in parts[:-1])) or \
                    (lexicon.ASKER_PUZZLED.fullmatch(lexicon.TRAILING_PARTICLES.sub("", checked)) and
                     any(lexicon.QUESTION_WORD.search(p) for p in parts[:-1])) or \
                    (lexicon.EXACT_REMARK.match(checked) and not parts[-2].endswith(" ") and  # (…能咋样?原话怎么讲的?)
                     any(lexicon.QUESTION_WORD.search(p) or lexicon.ASKING.search(p) for p in parts[:-1])) or \
                    (lexicon.ASKER_CLAUSE.match(checked) and not lexicon.QUESTION_WORD.search(checked) and
                     not lexicon.ASKING.search(checked) and  # (我想问问各地是咋抓的: 咋 asks)
                     not lexicon.YESNO.search(checked) and not any(c.isdigit() for c in checked) and
                     not self._names_any(checked)):
                # (几个市?是不是6个?: a guess at the figure asked for; 标题是什么,讲的是整改吗?: a guess; 第二部分
                # 小标题?学习那块: which part it is, said again; 作业要写出处: what the asker needs it for; …省长的名字,
                # 我怕学生写错字: the asker's own worry)
                parts.pop()
                continue
            if parts[-2].endswith(" ") and lexicon.QUESTION_WORD.search(parts[-2]) and \
                    max(len(lexicon.HAN.findall(checked)), len(lexicon.HAN.findall(parts[-2]))) <= lexicon.KEYWORD_BY_ASKING:
                break  # (通报会 谁 主持, 多少个 县: keywords; the word after the question word is what it asks)
            asks = _wants(last, bool(lexicon.YESNO.search(last))) != "open" or lexicon.QUESTION_WORD.search(last) or \
                any(c.isdigit() for c in last)
            if asks or self._vocab_near(last) or _LATIN_RUN.search(last) or \
                    not any(lexicon.QUESTION_WORD.search(p) for p in parts[:-1]):  # (多少 yijian: pinyin, read later)
                break
            parts.pop()
        return "".join(parts)

    def _without_asker(self, folded: str) -> str:
        """The question without what the asker says of themselves before it (我是编辑,想确认下…) where that
        names nothing of the report: 俺是合肥郊区的老党员 keeps 合肥."""
        spans = _asker_spans(folded)
        for start, end in reversed(spans):
            # (同事老提“小四风”,我有点懵。具体是哪四个风?: a word of the report quoted is what is asked of)
            quoted = any(w in self._vocabulary for m in lexicon.QUOTED.finditer(folded, start, end)
                         for w in self._tokens(m.group(1)) if len(w) > 1)
            if not quoted and not self._names_any(lexicon.NEWSPAPER.sub("", folded[start:end])):  # (这篇安徽日报的稿子: the source)
                folded = folded[:start] + folded[end:]
        return lexicon.LEADING_FILLERS.sub("", folded) if spans else folded

    def _unglued(self, tokens: Iterable[str]) -> Iterator[str]:
        """The tokens, with a preposition the segmenter glued to a name split off (来安给|老百姓 → 来安, 给): a
        word of the index, or a short form of a place's name, before it; and a grammatical character it glued to
        the next one into a word no dictionary holds (督导组|里担|的 → 里, 担; 要学的是 → 要, 学)."""
        tokens = list(tokens)
        for n, token in enumerate(tokens):
            head = token[:-1]
            if len(token) == 3 and token not in self._vocabulary and token[-1] in lexicon.PREPOSITIONS and \
                    (head in self._vocabulary or any(w in place_names() for w in self._longer(head))):
                yield head
                yield token[-1]
            elif len(token) == 2 and token[0] in lexicon.GLUED_HEADS and lexicon.HAN.fullmatch(token[1]) and \
                    token not in self._vocabulary and word_facts(token) is None and \
                    (n + 1 == len(tokens) or len(tokens[n + 1]) > 1 or word_facts(token[1] + tokens[n + 1]) is None):
                # (not 会下|雨, read anew as 会|下雨 with the character left after it)
                yield token[0]
                yield token[1]
            else:
                yield token

    def _names_a_thing(self, text: str) -> bool:
        """Does the text end in a word of three or more characters the index holds (警示教育): a thing named?"""
        words = self._tokens(text)
        return bool(words) and len(words[-1]) >= NAMED_THING_CHARS and words[-1] in self._vocabulary

    def _names_any(self, text: str) -> bool:
        """Does the text name a place, person or body of the report (合肥 of 俺是合肥郊区的老党员)?"""
        return any(w in self._names or w in place_names() for w in self._tokens(text))

    def _masked(self, folded: str) -> str:
        """The text with question words inside the report's own words blanked (几 of 省几大班子), and 几 that
        counts vaguely (退休好几年了, 十几个人), and 为 of 以…为什么 (as what, not why)."""
        for token in self._tokens(folded):
            if token in self._vocabulary and lexicon.QUESTION_WORD.search(token):
                folded = folded.replace(token, "□" * len(token))
        if "几" in folded or "多少" in folded:
            folded = lexicon.VAGUE_COUNT.sub(lambda m: "□" * len(m.group(0)), folded)
        return lexicon.AS_WHAT.sub(r"\1□", folded) if "以" in folded else folded

    def _units(self, folded: str) -> tuple[str, ...]:
        """Measure words asked for, except where the "unit" begins a word of the report (多少年老体弱党员)."""
        out = []
        for match in lexicon.ASKED_UNIT.finditer(folded):
            unit = match.group(1) or match.group(2)
            if not unit:
                if lexicon.PEOPLE_BEFORE_ASKING.search(folded[:match.start()]):
                    out.append("人")  # 去看展览的人有多少? asks 多少人
                continue
            at = match.start(1) if match.group(1) else match.start(2)
            if match.group(2):  # 人数, 场数: the measure word asked, whatever word it stands in
                out.append(unit)
            elif folded.startswith("个人", at):  # 几个人: people counted (个人, a word of the report, is not read)
                out.append("人")
            elif not self._unit_in_word(folded, at, unit):
                rest = folded[match.end():]
                if unit in lexicon.PLACE_UNITS and lexicon.PERSON_NOUNS.match(rest):
                    continue  # 多少省领导: leaders of the province, not a count of provinces
                # 几个人, 多少个基层党组织书记, 多少个犯四风毛病的人, 党员有几个 count people, not things
                # (not 有几个是乡镇领导兼第一书记: what 个 counts is said to be led so, not a person)
                counted = re.match(rf"(?:(?!多少|几)[^,。?!了由被给让对在]){{0,12}}?(?:{lexicon.PERSON_NOUNS.pattern})(?:$|[,。?!了呢吗呀啊]|"
                                   rf"的(?:$|[,。?!])|(?P<did>[\u4e00-\u9fff]{{1,3}})了?$)", rest)
                if counted and counted.group("did") and (facts := word_facts(counted.group("did"))) is not None and \
                        facts[1] not in lexicon.VERB_POS:
                    counted = None  # (多少个党员领导干部联系点: 联系点 are counted, not the people before them)
                # (多少个沾了“四风”的人, 多少个因为四风被查的人: a clause that ends in 的 and a person, whatever was done in
                # it, to them too)
                counted = counted or re.match(rf"(?:(?!多少|几)[^,。?!由给让对在]){{0,12}}?的(?:{lexicon.PERSON_NOUNS.pattern})(?:$|[,。?!呢吗呀啊])",
                                              rest)
                person = unit == "个" and not rest.startswith("是") and (counted or
                    re.search(rf"(?:{lexicon.PERSON_NOUNS.pattern})[,,]?(?:\s*(?:{lexicon.SCOPE_PATTERN}))?(?:一共|总共|共)?(?:有|是)?$", folded[:match.start()]))
                out.append("人" if person else unit)
        if lexicon.DURATION_WORDS.search(folded):
            out.append("天")  # any measure word of time answers (its family)
        return tuple(out)

    # --- words ----------------------------------------------------------------------------------------------
    def _words(self, folded: str) -> list[str]:
        """The question's tokens; where tokens the index does not know stand side by side, their text cut
        anew into words of the general language (会下, 雨 → 会, 下雨: the index's dictionary holds only the
        report's words, so jieba's HMM glues unknown ones as it can). An everyday phrase of the thesaurus the
        cutting splits (年纪大, 马上就改) stays one word."""
        out, unknown = self._cut(folded)
        # (和县收集了多少条意见?: a joining character with nothing before it to join starts a place name)
        if unknown or _UNJOINED.search(folded):
            spans = self._thesaurus.phrases_in(folded)
            if spans:
                out, at = [], 0
                for start, end in spans:
                    out += self._cut(folded[at:start])[0] + [folded[start:end]]
                    at = end
                out += self._cut(folded[at:])[0]
            out += self._glued_places(folded, out)
        # A post glued to a place (合肥市长 → 合肥市, 长): the post is a word of the question too.
        out.extend(m.group(0) for m in lexicon.ROLES.finditer(folded) if not any(m.group(0) in w for w in out))
        return [part for word in out for part in self._halves(word)]

    def _halves(self, word: str) -> tuple[str, ...]:
        """A compound the segmenter glued that no dictionary knows whole (nor the thesaurus), as its two halves
        where the report says each, or a word for it (督察队伍 → 督察 ↔ 督导, 队伍); else the word."""
        if len(word) != COMPOUND or word in self._vocabulary or self._thesaurus.synonyms(word):
            return (word,)
        halves = (word[:2], word[2:])
        if all(h in self._vocabulary or self._thesaurus.synonyms(h) for h in halves) and (
                (facts := word_facts(word)) is None or
                (facts[0] < RARE_COMPOUND_FREQ and facts[1] not in lexicon.IDIOM_POS and is_verb(halves[1]))):
            # (the general dictionary, read last: only where a compound of known halves is unknown, or barely known,
            # no set phrase, and an act done some way: 公开|处理, not the kind of thing 网络|工具 asks for)
            return halves
        return (word,)

    def _glued_places(self, folded: str, words: list[str]) -> list[str]:
        """Places the report never names, which the cut into its words glued to what follows them (上海有,
        台湾民众): found in the general-language cut, unless a word of the report's straddles them (省辖市和|县区
        holds no 和县)."""
        known = [(m.start(), m.end()) for w in words if len(w) > 1 and w in self._vocabulary
                 for m in re.finditer(re.escape(w), folded)]
        found, at = [], 0
        for word in general_words(folded):
            start, end = at, at + len(word)
            at = end
            if word in place_names() and not any(word in w for w in words if w in self._vocabulary) and \
                    not _joins_tiers(folded, word, start) and not any(s < end and start < e and not (start <= s and e <= end) for s, e in known):
                found.append(word)
        return found

    def _cut(self, folded: str) -> tuple[list[str], bool]:
        """The tokens of `_words`, and whether any is unknown to the index."""
        if not folded:
            return [], False
        out: list[str] = []
        unknown = False
        run: list[str] = []
        at = start = 0
        singles: list[tuple[int, int]] = []  # (where in out, where in folded) of one-character tokens

        def flush(until: int) -> None:
            text = "".join(run)
            # 毛病现|在改好: where a general word runs on past an unknown word into the characters dropped after it
            # (现在), the general dictionary cuts the stretch up to the next known word
            words = general_words(folded[start:until]) if len(run) == 1 and len(text) > 1 else []
            ends = set(itertools.accumulate(len(w) for w in words))
            if words and len(text) not in ends and any(e > len(text) for e in ends):
                out.extend(w for w in self._joined(words) if not all(c in lexicon.FUNCTION_CHARS for c in w))
            elif len(run) > 1 or (len(text) >= 2 * MIN_SPLIT and word_facts(text) is None and self._completes(text)):
                # (县委市委: two words of the general language; 没有写心|得: with a particle the cut left out after it,
                # which may end a word)
                whole = folded[start:until]
                whole = whole if whole.startswith(text) and all(c in lexicon.WORD_ENDING_PARTICLES for c in whole[len(text):]) else text
                out.extend(w for w in self._joined(general_words(whole)) if w not in lexicon.FUNCTION_CHARS)
            elif len(run) == 1 and len(text) > 2 and (pieces := general_words(text))[0] in lexicon.FUNCTION_CHARS:
                out.extend(w for w in pieces[1:] if w not in lexicon.FUNCTION_CHARS)  # 对政府: 对, then a word
            else:
                if len(text) == 1:
                    singles.append((len(out), start))
                out.extend(run)
            run.clear()

        for token in self._tokens(folded):
            found = folded.find(token, at)
            if len(token) > 2 and token not in self._vocabulary and re.fullmatch(lexicon.UNIT_PATTERN, token[0]) and \
                    re.search(r"(?:多少|几|\d)$", folded[:found]):
                token = token[1:]  # 多少户老乡, 3项内容: the measure word glued to an unknown noun (户老乡)
                found += 1
            known = token in self._vocabulary or not lexicon.HAN.search(token)
            if known and run and found == at and len(token) == 1 and len(run[-1]) > 1 and \
                    found + 1 - start >= 2 * MIN_SPLIT and word_facts(run[-1]) is None and \
                    self._completes(folded[start:found + 1]):
                known = False  # 市委县|委: a known character that ends the general words of an unknown glue (市委, 县委)
            if known or (run and found != at):
                flush(found if found >= 0 else len(folded))
            if known:
                if len(token) == 1 and found >= 0:
                    singles.append((len(out), found))
                out.append(token)
            else:
                if not run:
                    start = max(found, 0)
                run.append(token)
                # (asking and framing words are no phrase: 多少 alone does not load the thesaurus)
                unknown = unknown or not (token in lexicon.FRAMING_WORDS or lexicon.QUESTION_WORD.search(token) or
                                          all(c in lexicon.FUNCTION_CHARS for c in token))
            if found >= 0:
                at = found + len(token)
        flush(len(folded))
        covered = {i for token in self._tokens(folded) for at in occurrences(folded, token)
                   for i in range(at, at + len(token))} if singles else set()
        for k, p in singles:
            # 目的 cut 目|的, 把手 cut 把|手: a stopword the cut left out next to a known character, with which it
            # makes a word of the report or, where a piece is unknown (so the table is read anyway), of the
            # everyday-words table
            word = next((w for w in (folded[p - 1: p + 1] if p > 0 and p - 1 not in covered else "",
                                     folded[p: p + 2] if p + 1 < len(folded) and p + 1 not in covered else "")
                         if len(w) == 2 and (w in self._vocabulary or (unknown and self._thesaurus.synonyms(w)))), None)
            if word is not None:
                out[k] = word
                unknown = unknown or word not in self._vocabulary
        return out, unknown

    @staticmethod
    def _completes(text: str) -> bool:
        """Does `text`, an unknown run with the known character after it, cut into words of the general language
        of `MIN_SPLIT` characters or more, none of them the run itself (市委县委 → 市委, 县委)?"""
        words = general_words(text)
        return len(words) > 1 and all(len(w) >= MIN_SPLIT for w in words)

    def _terms(self, folded: str, events: bool, claims: bool, dates_asked: bool = False) -> tuple[Term, ...]:
        """The question's words with their roles. `events`: an unknown verb is what is asked; `claims`: a count
        is a claim to check (是20位吗?), not a word to match (a when-question's 1140人 names what it asks of);
        `dates_asked`: a month someone says (同事说是4月来的,到底哪几天?) is a claim to check."""
        out: list[Term] = []
        seen: set[str] = set()
        asking = {i for pattern in _ASKING for m in pattern.finditer(folded) for i in range(*m.span())} | \
            {i for m in lexicon.A_NOT_A.finditer(folded) for i in range(m.start(), m.end() - 1)}  # (下不|下雨: the word stays)
        words = self._words(folded)
        roughs = [m.span() for m in lexicon.ROUGH_FIGURE.finditer(folded)]
        cursor = 0  # (撤没撤: the second 撤 is the word, the first asks)
        for token in words:
            at = folded.find(token, cursor)
            at = folded.find(token) if at < 0 else at
            cursor = at + len(token) if at >= 0 else cursor
            if at >= 0 and any(i in asking for i in range(at, at + len(token))) and token not in place_names():
                # part of the words that ask (地方 in 哪些地方, 高不高); what sticks out of them (开 of 天开 in
                # 哪天开的) is read on its own
                # (开几场会: 开 and 场 stand apart, no word)
                token = max("".join("\0" if i in asking else c for i, c in enumerate(token, start=at)).split("\0"), key=len)
                if len(token) < 2:
                    continue
            rough = ((not token.replace(".", "", 1).isdigit() or token not in self._vocabulary) and
                     any(start <= at < end for start, end in roughs)) or \
                (token.isdigit() and claims and (_CLAIMED_COUNT.match(folded, at) is not None or
                                                 _CLAIMED_MONTH.match(folded, at) is not None)) or \
                (token.isdigit() and dates_asked and _CLAIMED_MONTH.match(folded, at) is not None and
                 lexicon.hearsay_at(folded, at))
            # 多少|个人, 每|个人: a measure word and the people it counts, not 个人 (oneself)
            counting = (token == "个人" and re.search(r"(?:多少|几|\d|每)$", folded[:at]) is not None) or \
                (token in lexicon.HOUSEHOLDS and (re.search(r"(?:多少|几|\d)户$", folded[:at]) is not None or  # 多少户|人家
                                                  _HOUSEHOLDS_COUNTED.match(folded, at + len(token)) is not None))  # 家庭|有多少户
            # 5|万人: the tail of a figure (5万人), read with it, not a word to match
            tail = token[0] in "万亿" and at > 0 and folded[at - 1].isdigit()
            if token in seen or token in self._scope or rough or counting or tail or _joins_tiers(folded, token, at) or \
                    (token.isdigit() and folded.startswith(token + "几", at)):
                # the report's own setting (安徽 in 安徽省委书记) is no constraint on where the answer is; 二十几号
                # is a guess and 一千一百多 a rough figure (checked as a figure), not words to match
                continue
            seen.add(token)
            if token not in self._vocabulary and len(token) == 2 and _facet(token, folded) is not None and \
                    (typed := typed_for(token)) is not None:
                token = typed  # 报告会的厂次是多少: 场次, typed by sound, what is asked
            if token not in self._vocabulary and len(token) > 1 and token[-1] in lexicon.ASPECT_MARKS and \
                    (token[:-1] in self._vocabulary or is_verb(token[:-1])):
                token = token[:-1]  # 看过, 开过: the verb, its aspect aside
            elif token not in self._vocabulary and len(token) > 1 and token[0] == lexicon.DONE_BEFORE_VERB and \
                    is_verb(token[1:]) and lexicon.HAN.match(folded, at + len(token)) and \
                    not lexicon.WHETHER_AFTER.match(folded, at + len(token)):  # (not 有用没?: whether it is of use)
                token = token[1:]  # 有用(匿名的方式吗?): southern 有 before a verb says it was done; the verb is asked
            elif token not in self._vocabulary and len(token) > 2 and token[-1] == lexicon.DOER and is_verb(token[:-1]):
                token = token[:-1]  # 处理者: those it was done to or who did it, found by the verb
            elif token not in self._vocabulary and len(token) > 2 and token[-1] in lexicon.GLUED_AFTER_NOUN and \
                    (token[:-1] in self._vocabulary or self._longer(token[:-1])):
                token = token[:-1]  # 微博上, 微博来 (glued by the segmenter): the thing, where or whither aside
            elif token[0] in lexicon.GLUED_MEASURES and self._reads_as(token, token[1:], seen):
                token = token[1:]  # 那本册子: the thing, its measure word aside
            elif token[-1] in lexicon.RESULT_COMPLEMENTS and self._reads_as(token, token[:-1], seen):
                token = token[:-1]  # 整理出, 收集到: the verb, the result it reached aside
            elif token[-2:] in lexicon.DIRECTIONAL_COMPLEMENTS and len(token) > 2 and token not in self._vocabulary and \
                    not self._thesaurus.synonyms(token):
                token = token[:-2]  # 登出来: the verb, where it went aside
            if token in self._vocabulary:
                role = "entity" if token in self._names else "content"
                if _ASKING_WORD.fullmatch(token) or token in lexicon.AGGREGATE_WORDS or token in lexicon.HABITUAL or \
                        (token == "1" and folded[at + 1: at + 2] in lexicon.CLASSIFIERS) or \
                        token in lexicon.STATUS_WORDS or (token in lexicon.WHILE_WORDS and not _WORDS_GO_ON.search(folded)) or \
                        token in lexicon.DEGREE or token in lexicon.PEOPLE_PRONOUNS or \
                        (at >= 0 and (lexicon.PEOPLE_GROUPED.match(folded, at) or lexicon.DOING_COUNTED.match(folded, at))):
                    role = "frame"  # 时间, 人数, 共计, 平时: words that ask, even where the report uses them
                elif any(token in m.group(0) for pattern in (lexicon.DEFINITION_ASKED, lexicon.POINTED_AGAIN,
                                                              lexicon.KEY_ASKED, lexicon.PRINCIPLE_ASKED)
                         for m in pattern.finditer(folded)):
                    # 算哪一步, 学习教育这一步, 关键看啥: the standing asked, the thing pointed at again, what is crucial
                    role = "frame"
                elif _part_pointed(token, folded):
                    role = "frame"  # 听意见那部分,…: the part of the report pointed at by what it is about, as 那块
                elif role == "content" and len(token) > 1 and token not in lexicon.SCOPE_WORDS and \
                        _facet(token, folded) == "copula" and \
                        token not in lexicon.FRAMING_WORDS and not any(token in w and token != w for w in self._tokens(folded)) and \
                        not (lexicon.PERSON_NOUNS.fullmatch(token) and _PEOPLE_COUNTED.search(folded)) and \
                        not ((_kind_named_after(token, folded, _VERB_THEN_PEOPLE) or _kind_named_after(token, folded)) and
                             is_verb(token)):
                    # (not 被查处的干部有多少人?: the people counted, whom a count of people answers; nor 统计的是什么人?:
                    # the people the figure counts are asked; nor 担任的是什么职务?: the kind after it is)
                    role = "constraint"  # 组长是谁: what is asked, the answer must speak of it
                out.append(Term(token, (token,), role, asked=role == "content" and _asked_kind(token, folded)))
                continue
            motion = lexicon.MOTION_TO_TIER.fullmatch(token)
            if motion and not is_verb(token):  # 下村: going down to the tier, said where the passage names it (村级)
                out.append(Term(token, (motion.group(1),), "content", "short"))
                continue
            level = lexicon.TIER_LEVEL.fullmatch(token)
            if level and level.group(1) in self._vocabulary:  # 县级: the tier, where the passage names it (105个县)
                out.append(Term(token, (level.group(1),), "content", "short"))
                continue
            longer = self._longer(token)
            if longer:  # a short form: 来安 → 来安县
                out.append(Term(token, longer, "entity" if any(w in self._names for w in longer) else "content",
                                "short"))
                continue
            if token in lexicon.AGGREGATE_WORDS:
                continue  # 共有16个?: a total asked or claimed, no word to find (not 共有's other sense, 共性)
            if token in lexicon.REPORT_ONLY_WORDS:  # 原文怎么说的?: the report itself, no word to search by (not 原著)
                out.append(Term(token, (), "frame"))
                continue
            alternatives = self._thesaurus.synonyms(token)[:MAX_EXPANSIONS] or \
                (self._thesaurus.synonyms(token + "的")[:MAX_EXPANSIONS]
                 if token + "的" in folded or token + "儿的" in folded else ())  # 当官|的, 当官儿的
            role = self._unknown_role(token, folded, events)
            if alternatives and role != "frame" and all(a in words for a in alternatives) and \
                    not all(same_in_register(token, a) for a in alternatives):  # (电影…片子: the film said again)
                # 查处的人受了什么处分?: the question says both, so 处分 is not its 查处 again: the report must say it
                out.append(Term(token, (), "constraint", "ordinary"))
                continue
            if alternatives and role == "frame" and len(token) >= MIN_PHRASE and \
                    ((facts := word_facts(token)) is None or facts[1] in lexicon.IDIOM_POS) and \
                    not any(a in lexicon.FRAMING_WORDS for a in alternatives):
                role = "content"  # an everyday phrase (衡量尺度, 动笔写) or an idiom (微服私访) says what the report's word says
            if alternatives:
                out.append(Term(token, alternatives, "content" if role != "frame" else "frame", "synonym",
                                asked=role != "frame" and _asked_kind(token, folded)))
            elif role in ("ordinary", "kind"):
                out.append(Term(token, (), "content", "ordinary", asked=role == "kind" or _asked_kind(token, folded)))
            elif role == "event":
                out.append(Term(token, (), "constraint", "event"))
            elif role != "frame":
                out.append(Term(token, (), role))
        out = self._phrased(folded, words, out)
        out.extend(self._abbreviated(folded, words, out))
        out = _one_of_each_offered(out, folded)
        # A post right before a person's name (省委书记张宝顺) says who the person is: the name is what to find.
        named = [t.word for t in out if t.role == "entity" and 2 <= len(t.word) <= 3 and t.word[0] in lexicon.SURNAMES]
        titles = [t.word for t in out if lexicon.ROLES.search(t.word) and
                  any(at + len(t.word) == folded.find(n) for n in named for at in occurrences(folded, t.word))]
        out = [replace(t, role="frame") if any(t.word in w for w in titles) else t for t in out]
        # 意见里有多少条是关于四风的: what sets the part apart must be said
        parts = [m.span(m.lastgroup) for m in lexicon.SUBSET_ASKED.finditer(folded) if m.lastgroup]
        out = [replace(t, role="constraint") if (t.role == "content" or (t.role == "frame" and len(t.word) > 1 and
                                                                      t.word not in lexicon.FRAMING_WORDS)) and any(
            a <= at and at + len(t.word) <= b for a, b in parts for at in occurrences(folded, t.word)) else t for t in out]
        # 稿子里刘云山的职务, 文章为什么说…: the report as where it is said frames the question (and 原文几个, 实际多少:
        # the true count asked; 哪位同志: a person asked; 顺口的话: a slogan asked)
        sources = [m.span() for pattern in (lexicon.REPORT_AS_SOURCE, lexicon.REPORT_CLAIM, lexicon.TRUE_COUNT_ASKED,
                                            lexicon.PART_REFERENCE, lexicon.FIGURES_ASKED, lexicon.REPORT_COME_ACROSS,
                                            lexicon.PERSON_ASKED_AS_COMRADE, lexicon.SLOGAN_ASKED)
                   for m in pattern.finditer(folded)]
        if sources:
            out = [replace(t, role="frame") if t.role != "frame" and all(
                any(a <= at < b for a, b in sources) for at in occurrences(folded, t.word)) else t for t in out]
        # 拿谁的精神当镜子来对照?, 拿啥当尺子量干部?: what it is taken as for names nothing the 以…为 sentence must
        # say
        purposes = [(m.end(), (end.start() if (end := lexicon.CLAUSE_END.search(folded, m.end())) else len(folded)))
                    for m in lexicon.TAKEN_FROM_ASKED.finditer(folded)
                    if lexicon.FOR_PURPOSE.match(folded, m.end()) or
                    ((first := general_words(folded[m.end(): m.end() + 4])[:1]) and is_verb(first[0]))]
        if purposes:
            out = [replace(t, role="frame") if t.role == "content" and all(
                any(a <= at < b for a, b in purposes) for at in occurrences(folded, t.word)) else t for t in out]
        # 俺是肥东乡下的老党员,…: what the asker says of themselves names nothing the answer must speak of
        mine = _asker_spans(folded)
        if mine:
            out = [replace(t, role="frame") if t.word not in self._vocabulary and t.kind != "short" and
                   _only_within(folded, t.word, mine) else t for t in out]
        # 碰头商量了几回?: the times asked are of the verb said right before them, which the answer must say
        out = [replace(t, role="constraint") if t.alternatives and len(t.word) > 1 and
               t.word not in lexicon.AGGREGATE_WORDS and t.word not in lexicon.FRAMING_WORDS and any(
                # (累计多少次: in all, no verb; 达到多少次: how many it came to)
            lexicon.TIMES_AFTER_VERB.match(folded, at + len(t.word)) for at in occurrences(folded, t.word)) else t
            for t in out]
        # …市县两级…, 那乡镇一级梳理出多少条?: the place or tier turned to must be said, not the one told of before; and
        # 全省社区党组织开展集中学习多少次?: a tier of two characters names whose it is (村级党组织's is another's)
        turned = {m.end() for m in lexicon.TURNED_TO.finditer(folded) if m.start() > 0}
        # (…市县两级专题点评通报会,那省直单位的…是哪天开的?: any word first said where it is turned to)
        out = [replace(t, role="constraint") if t.role == "content" and (
            (len(t.word) > 1 and t.word in lexicon.PLACE_LEVELS) or
            ((t.word in lexicon.PLACE_LEVELS or t.word in place_names() or
              (len(t.word) > 1 and t.word[0] not in lexicon.GLUED_MEASURES)) and  # (那本册子: that one, pointed at)
             folded.find(t.word) in turned)) else t
            for t in out]
        # 市县两级, 市、县两级: the count of the tiers just named says nothing of its own (各市、县 names both)
        counted_tiers = {m.end() for m in lexicon.TIERS_COUNTED.finditer(folded)}
        out = [replace(t, role="frame") if t.role != "frame" and lexicon.TIER_COUNT.fullmatch(t.word) and any(
            at + len(t.word) in counted_tiers for at in occurrences(folded, t.word)) else t for t in out]
        # 调了多少名工作人员?: people in general, counted, are said by the figure's measure word (抽调170人)
        staff = [m.span() for m in lexicon.PEOPLE_IN_GENERAL.finditer(folded)]
        if staff and any(lexicon.SAME_UNIT.get(u, u) == "人" for u in self._units(folded)):
            out = [replace(t, role="frame") if t.role in ("content", "constraint") and occurrences(folded, t.word) and
                   _only_within(folded, t.word, staff) else t for t in out]
        # 刘云山同志: an honorific after a name says who, as the name does
        out = [replace(t, role="frame") if t.word in lexicon.HONORIFICS and occurrences(folded, t.word) and all(
            any(folded[max(0, at - size): at] in self._names or folded[max(0, at - size): at] in person_names()
                for size in (2, 3)) for at in occurrences(folded, t.word)) else t for t in out]
        # 微服私访的小组, 暗查小组: a group named by what it does, set off or said otherwise, which the report may
        # name otherwise (暗访组)
        # (秘密走访小组: by what it does, said as a verb right before it)
        # (指导小队: by what the report names such a group, 指导组)
        resaid = [t.word for t in out if t.kind == "synonym" or (len(t.word) > 1 and t.word in self._verbs) or
                  (len(t.word) > 1 and t.word + "组" in self._vocabulary)]
        out = [replace(t, kind="group") if t.word in lexicon.GROUP_KINDS and t.kind in ("word", "ordinary", "synonym") and all(
            at == 0 or folded[at - 1] in lexicon.GROUP_SET_OFF or any(folded[:at].endswith(w) for w in resaid) or
            _GROUPS_COUNTED.search(folded, 0, at) is not None  # (分成几个小组: groups counted, whatever they do)
            for at in occurrences(folded, t.word)) else t for t in out]
        # 省里派下去的检查小组: sent out, said in the question's own words of a group formed for a task, frames it
        # (not 派出, the report's word: 派出大量督导组…达到了怎样的效果? asks of the sentence that says it)
        if any(t.word in lexicon.SENDING for t in out):
            groups = [at + len(t.word) for t in out if t.kind == "group" or t.word in lexicon.GROUP_KINDS or
                      any(a.endswith(lexicon.GROUP_ENDS) for a in t.alternatives) for at in occurrences(folded, t.word)]
            out = [replace(t, role="frame") if t.role == "content" and t.kind == "synonym" and t.word in lexicon.SENDING
                   and any(end > at for at in occurrences(folded, t.word) for end in groups) else t for t in out]
        # 老百姓的意见: opinions are the people's; who gave them counts where said, is not missed where not
        out = [replace(t, aside=True) if t.role != "frame" and t.word in lexicon.THE_PEOPLE and all(
            lexicon.PEOPLES_SAY.match(folded, at + len(t.word)) for at in occurrences(folded, t.word)) else t for t in out]
        out = [replace(t, kind="meeting") if (t.word in lexicon.MEETING_KINDS and t.kind in ("word", "ordinary") and all(
            at == 0 or folded[at - 1] in lexicon.KIND_SET_OFF for at in occurrences(folded, t.word))) or
               t.word == lexicon.BIG_MEETING else t for t in out]
        # 实际|困难: a common word of the report the general language joins to an unknown noun after it (实际困难)
        # only says which of that thing is meant, where the noun only frames the question (not a rarer word that
        # sets it apart, 省直|机关; nor one before a noun that says what is asked, 干部|队伍)
        unknown = {t.word for t in out if t.kind == "synonym" and t.role == "frame"}
        out = [replace(t, role="frame") if t.role == "content" and t.kind == "word" and len(t.word) > 1 and any(
            folded.startswith(u, at + len(t.word)) and t.word + u not in self._vocabulary and
            (facts := word_facts(t.word + u)) is not None and facts[1] == "n"
            for u in unknown for at in occurrences(folded, t.word)) and commonness(t.word) < 1.0 else t for t in out]
        # A word the index does not know whose every character the question's known words cover where it stands
        # (省委常委 in 省委|常委会议) is another cut of those words, no word of its own.
        known = [(m.start(), m.end()) for t in out if len(t.word) > 1 and t.word in self._vocabulary
                 for m in re.finditer(re.escape(t.word), folded)]
        out = [t for t in out if t.alternatives or len(t.word) < 3 or t.word in self._vocabulary or not (
            occurrences(folded, t.word) and all(all(any(a <= i < b for a, b in known) for i in range(at, at + len(t.word)))
                                                for at in occurrences(folded, t.word)))]
        # A word inside a longer one (芜湖 in 芜湖市: search mode emits both) constrains nothing of its own.
        words = [t.word for t in out]
        inner = {t.word for t in out if any(t.word != w and t.word in w for w in words)}
        return tuple(t if t.word not in inner or t.role in ("content", "frame") else
                     replace(t, role="content" if t.alternatives else "frame")
                     for t in out)

    def _reads_as(self, token: str, part: str, seen: Collection[str]) -> bool:
        """Is an unknown word of three or more characters, unknown to jieba too, read as `part` of it: a word
        of the index, or one the thesaurus has synonyms for, not read already?"""
        return token not in self._vocabulary and len(token) > 2 and word_facts(token) is None and \
            part not in seen and (part in self._vocabulary or bool(self._thesaurus.synonyms(part)))

    def _abbreviated(self, folded: str, words: list[str], terms: list[Term]) -> list[Term]:
        """The report's two-character words that shorten two words side by side in the question, by their first
        characters or the first of one and the last of the other (暗中走访 → 暗访, 督促指导 → 督导)."""
        have = {t.word for t in terms}
        out: list[Term] = []
        def plain(word: str) -> bool:
            return len(word) == 2 and all(
                lexicon.HAN.fullmatch(c) and c not in lexicon.FUNCTION_CHARS and c not in NUMERAL_CHARS for c in word)

        for first, second in itertools.pairwise(words):
            if not (plain(first) and plain(second)) or first + second not in folded or \
                    first in lexicon.SCOPE_WORDS or second[-1] in lexicon.LOCATIVE_ENDS or \
                    second in lexicon.DIRECTIONAL_COMPLEMENTS:
                continue  # (全省|下面 is no 全面: a scope, and where it lies; 中央|下来 no 中来: a direction)
            at = folded.find(first + second) + 4
            if second[1] + folded[at:at + 1] in lexicon.DIRECTIONAL_COMPLEMENTS:
                continue  # (上面|发下|去 is no 上下: 下去, the direction, cut apart)
            for short in (first[0] + second[0], first[0] + second[1]):
                if short in self._vocabulary and short not in have and short not in (first, second) and \
                        not lexicon.TIER_CHARS & set(short):  # 全省|市县 is no 全市
                    have.add(short)
                    out.append(Term(short, (short,), "content", "short"))
        return out

    def _contracted(self, folded: str) -> str:
        """The text with a two-character word of the report and the two-character word after it read as the
        report's word they contract to (暗访|小组 → 暗访组, 督导|小组 → 督导组): the first and the second's last
        character."""
        at = 0
        while at + 4 <= len(folded):
            run = folded[at:at + 4]
            short = run[:2] + run[3]
            if short in self._vocabulary and run[:2] in self._vocabulary and run[2:] in self._vocabulary and \
                    run not in self._vocabulary and run[2:] not in self._names:
                folded = folded[:at] + short + folded[at + 4:]
            at += 1
        return folded

    def _across_de(self, folded: str) -> str:
        """The text with a one-character noun that a clause ending in 的 modifies read as the word the two make
        where the report (or the everyday-words table) has it (蹲的点 → 蹲点, 挂钩的那种点 → 挂钩点, 暗访的组 →
        暗访组): a compound said apart."""
        for m in reversed(list(lexicon.NOUN_AFTER_DE.finditer(folded))):
            before, noun = folded[max(0, m.start() - 2): m.start()], m.group(1)
            if folded[m.end() - 1: m.end() + 1] in self._vocabulary:
                continue  # (not the first character of a word of the report: 督导组的组长)
            if self._thesaurus.in_register(folded[max(0, m.start() - 2): m.start() + 2]):
                continue  # (负责的人: a phrase of the everyday-words table as it stands)
            # (where the table has the two as a word, only for a word of the report of the same head noun: 蹲点 →
            # 联系点, not 读书 → 学习 for 读的那些书)
            if any(len(before) >= size and (word := before[-size:] + noun) not in self._names and
                   (word in self._vocabulary or any(w.endswith(noun) for w in self._thesaurus.in_register(word)))
                   for size in (2, 1)):
                folded = folded[: m.start()] + noun + folded[m.end():]
        return folded

    def related(self, word: str) -> tuple[str, ...]:
        """The vocabulary's synonyms of one of its words (体会 → 感受)."""
        return self._thesaurus.related(word)[:MAX_EXPANSIONS]

    def _joined(self, words: list[str]) -> list[str]:
        """Single characters the general dictionary left apart joined again where the two make a short form of
        the index's words (微, 博 → 微博, of 官方微博: the dictionary predates the word)."""
        out: list[str] = []
        for word in words:
            if out and len(out[-1]) == 1 == len(word) and lexicon.HAN.match(out[-1] + word) and \
                    out[-1] not in lexicon.FUNCTION_CHARS and word not in lexicon.FUNCTION_CHARS and \
                    self._longer(out[-1] + word):
                out[-1] += word
            else:
                out.append(word)
        return out

    def _phrased(self, folded: str, words: Sequence[str], terms: list[Term]) -> list[Term]:
        """The terms, each word of the report that makes an everyday phrase of the everyday-words table with the word
        after it or, failing that, the word before it (一对一|谈话, 贯穿|全程) marked with the report's words for the
        phrase (个别谈话, 贯穿始终)."""
        out = []
        partners: dict[str, tuple[str, ...]] = {}  # an unknown word of a phrase (先进|人物): the phrase's words too
        for term in terms:
            phrased: tuple[str, ...] = ()
            if term.kind == "word" and term.role in ("content", "constraint") and term.word in self._vocabulary and \
                    term.word in words:
                at = words.index(term.word)
                after = words[at + 1] if at + 1 < len(words) else ""
                before = words[at - 1] if at > 0 else ""
                for mate, phrase in ((after, term.word + after if after else ""), (before, before + term.word if before else "")):
                    if phrase and phrase in folded and not phrased:
                        said = self._thesaurus.in_register(phrase)
                        phrased = tuple(w for w in said if term.word not in w) if term.role == "content" else ()
                        if said and mate not in self._vocabulary:
                            # (总体|方案 ↔ 活动方案: the unknown word is said by the phrase the report has for both)
                            partners[mate] = tuple(w for w in said if mate not in w and w != term.word)
                # (一对一|聊天: the table has 一对一谈话, with 谈话 for 聊天)
                for phrase in [*(term.word + mate for mate in register_mates(after)
                                 if after not in self._vocabulary),
                               *(mate + term.word for mate in register_mates(before)
                                 if before not in self._vocabulary)]:
                    phrased = phrased or tuple(w for w in self._thesaurus.in_register(phrase) if term.word not in w)
            out.append(replace(term, phrased=phrased) if phrased else term)
        return [replace(t, phrased=partners[t.word]) if t.word in partners and not t.phrased and t.kind == "ordinary"
                else t for t in out]

    def _longer(self, word: str) -> tuple[str, ...]:
        """The vocabulary's longer words an unknown word is a short form of (来安 → 来安县, 微博 → 官方微博), or
        shortens by the first characters of its halves (官微 → 官方微博)."""
        if len(word) < 2 or not lexicon.HAN.search(word):
            return ()
        found = self._short_forms.get(word)
        if found is None:
            longer = sorted((w for w in self._vocabulary if (word in w and len(w) <= len(word) + 3) or
                             (len(word) == 2 and len(w) == 4 and w[0] + w[2] == word)), key=lambda w: (len(w), w))
            found = tuple(longer[:MAX_EXPANSIONS])
            if len(self._short_forms) < MAX_SHORT_FORMS:  # (a scan of the vocabulary: kept, bounded)
                self._short_forms[word] = found
        return found

    def _unknown_role(self, word: str, folded: str, events: bool) -> str:
        """"constraint" if an unknown word names something the answer must speak of, "frame" if it only
        frames the question. What is asked about (the word next to the question word: 市长是谁, 多大年纪,
        GDP是多少) and names (places, people, bodies) constrain; other words by their part of speech in
        jieba's dictionary (nouns constrain; verbs, adverbs, time words and particles frame). An unknown word
        jieba does not know either (usually a fragment of the HMM's: 人去, 来过) frames unless it looks
        like a name. With `events` (a yes/no or when-question, or a request without a question word: 推荐一部电影) an
        unknown verb is what is asked."""
        # (the pattern first: it rarely matches, and is_verb reads the general dictionary)
        if any(word in m.group("done", "done_before") for m in lexicon.COUNT_UNDERGONE.finditer(folded)) and is_verb(word):
            return "event"  # 有多少条被采纳了?: the count of those it was done to
        if word in lexicon.FRAMING_WORDS or word in lexicon.UNITS or word in lexicon.SETTING_OUT or \
                _ASKING_WORD.fullmatch(word) or \
                lexicon.QUESTION_WORD.search(word) or len(word) < 2:
            return "frame"
        if lexicon.EACH_OF.fullmatch(word):
            return "frame"  # 每组是什么级别的干部带队?: each one named (a figure per item is PER_ITEM's)
        if lexicon.COUNTING_FROM.fullmatch(word) and (lexicon.SINCE_ASKED.search(folded) or lexicon.UNTIL_ASKED.search(folded)):
            return "frame"  # 从什么时候算起的?: counting, from the point asked, which the sentence gives (活动启动以来)
        if any(folded.startswith(word + aspect, at) for aspect in lexicon.ASPECT_MARKS for at in occurrences(folded, word)):
            return "event" if events else "frame"  # used as a verb (编印了什么), whatever jieba tags it
        if lexicon.KIND_POINTED.fullmatch(word) or (lexicon.ONE_OCCASION.fullmatch(word) and any(
                at > 0 and folded[at - 1] in "这那" for at in occurrences(folded, word))):
            return "frame"  # 暗访那一趟是几号?, 最少的那类有几名?: the occasion or kind pointed at, no count asked
        if word in lexicon.EXAMPLE_WORDS and lexicon.EXAMPLE_POINTED.search(folded):
            return "frame"  # 连心桥那个例子是哪个县搞的?: the example spoken of, no word of the report's
        if lexicon.MULTIPLIED_UNIT.fullmatch(word):
            return "frame"  # 3.3|万条: the rest of a figure, checked as a figure
        if word[0] in lexicon.DATE_UNITS and word_facts(word) is None and \
                any(at > 0 and folded[at - 1].isdigit() for at in occurrences(folded, word)):
            return "frame"  # 24日开: a date's last character glued to the verb after it
        if any(word in m.group(0) for pattern in (lexicon.DEFINITION_ASKED, lexicon.PRINCIPLE_ASKED)
               for m in pattern.finditer(folded)):
            return "frame"  # 定位是什么, 被定位成什么: the standing asked, which the sentence saying what it is gives
        if lexicon.TEXT_UNITS.fullmatch(word) and lexicon.QUOTE_ASKED.search(folded):
            return "frame"  # 原文是怎么说的: the words asked for, which the quoting sentence gives
        if any(word in m.group(0) for m in lexicon.LIST_ENDS_ASKED.finditer(folded)):
            return "frame"  # 后两面是什么: which items of the list, not a word the passage must hold
        if _part_pointed(word, folded):
            return "frame"  # 整改那一段,…: the part of the report pointed at by what it is about
        if lexicon.UNIT_OF_ASKER.fullmatch(word):
            return "frame"  # 科里讨论说…: where the asker heard it, not what is asked
        if lexicon.KIN.fullmatch(word) and all(_MINE_BEFORE.search(folded[:at]) for at in occurrences(folded, word)):
            return "frame"  # 阿拉孙子讲…: who the asker heard it from, not what is asked (not 焦裕禄的孙子)
        if len(word) == 2 and word[0] in lexicon.MODAL_CHARS and word_facts(word) is None and is_verb(word[1]):
            return "frame"  # 要治的是哪两种毛病: a modal and a verb the segmenter ran together, no facet asked
        facet = _facet(word, folded)
        if facet == "copula":
            facts = word_facts(word)
            if facts is not None and facts[1] in lexicon.HOW_EXACTLY_POS:
                return "frame"  # 准确是多少, 具体是什么: how exactly it is asked, not what
            if facts is not None and facts[1] in lexicon.VERB_POS and _kind_named_after(word, folded):
                return "event" if events else "frame"  # 接受的是哪种点评: the kind of 点评 is asked, not the 接受
            return "constraint" if lexicon.HAN.search(word) or _LATIN.match(word) else "frame"
        if not lexicon.HAN.search(word):
            return "constraint" if facet and _LATIN.match(word) else "frame"  # stray letters (ok, hi, bot)
        if word in place_names() or lexicon.CADRE_RANK.fullmatch(word) or word in lexicon.WIDER_SCOPES:
            return "constraint"  # (县处级干部有多少人?: a rank the answer must give; 全国: a scope the report is not of)
        facts = word_facts(word)
        if facts is not None and len(word) == 2 and word[1] in lexicon.A_LITTLE and facts[0] <= lexicon.RARE_WORD_FREQ \
                and not self._thesaurus.synonyms(word):
            # 问下, 干点啥: a verb with (一)下 / (一)点 run together, a rare slip of the dictionary's (not 包点, a word
            # the thesaurus knows)
            return "frame"
        if facts is not None and len(word) == 2 and facts[0] <= lexicon.RARE_WORD_FREQ and \
                not self._thesaurus.synonyms(word) and _straddles(word, folded, facts[0]):
            # 翻手|机: a rare word the segmenter cut across the edge of a common one (手机); not 下面|包点, a word the
            # thesaurus knows
            return "frame"
        if facts is None:
            # 印刷费用: a compound of known words read by the noun it ends in, one the report does not use
            facts = next((tail for i in range(2, len(word) - 1)
                          if word_facts(word[:i]) is not None and (tail := word_facts(word[i:])) is not None and
                          tail[1] in lexicon.ORDINARY_POS and word[i:] not in self._vocabulary), None)
        if facts is None and word[-1] in lexicon.MEASURE_SUFFIXES and word_facts(word[:-1]) is not None:
            return "ordinary"  # 采纳率: a measure of something, which the report may not give
        if facts is None:
            looks_named = (word[0] in lexicon.SURNAMES and len(word) <= 3 and word[-1] not in lexicon.FUNCTION_CHARS) or \
                bool(lexicon.NAME_ENDINGS.search(word) and len(word) >= 3)
            return "constraint" if looks_named else "frame"
        pos = facts[1]
        if pos == "l" and word.endswith(lexicon.DOCTRINE_SUFFIX):
            pos = "n"  # 享乐主义: a set phrase naming a doctrine is a noun (not 一般来说, 说白了, 好人好事)
        if facet == "bare" and pos in lexicon.ORDINARY_POS and _asked_kind(word, folded) and \
                not lexicon.NAME_ENDINGS.search(word):
            return "kind"  # 秉持什么态度: the kind of thing asked for, which the answer need not name
        if facet and pos in lexicon.FACET_POS:
            return "constraint"
        if facet == "bare" and pos in lexicon.VERB_POS and _amount_of(word, folded):
            return "constraint"  # 发了多少补助: the amount of it asked, a noun there
        if any(m.start() <= at and at + len(word) <= m.end() for m in lexicon.DISAPPROVAL_ASKED.finditer(folded)
               for at in occurrences(folded, word)):
            return "frame"  # 网民是不是挺反感的?: what they thought is asked, which how they took it settles
        if events and (pos in lexicon.VERB_POS or (pos == "vn" and all(folded[at - 1: at] == "的"
                                                                      for at in occurrences(folded, word)))):
            return "event"  # 合肥会下雨吗?, 哪年出生的?, 有没有额外的工资?: the event, or the thing, asked about
        if pos in lexicon.VERB_POS and _done_by_people_asked(word, folded):
            return "event"  # 陪同的省领导有哪些?: what the people asked of did, which the answer must tell
        if pos == "vn" and lexicon.QUANTITY_WORDS.search(folded) and all(
                is_verb(folded[at + len(word): at + len(word) + 2]) for at in occurrences(folded, word)):
            return "constraint"  # 经费|预算多少: a verbal noun before a verb of it, its amount asked
        if pos in lexicon.CONTENT_POS and pos != "ns":
            # (市长 the report names no one as: a post, what the answer must speak of)
            named = lexicon.NAME_ENDINGS.search(word) or pos not in lexicon.ORDINARY_POS or lexicon.ROLES.fullmatch(word)
            return "constraint" if named else "ordinary"  # a noun of the general language the report does not use (网友 for 网民)
        return "frame"

    def _without_scope(self, text: str) -> str:
        """The text without the report's own setting, where it does not stand inside a longer word of the
        index (安徽省长 → 省长; 安徽日报 stays)."""
        for name in sorted(self._scope, key=lambda w: (len(w), w)):
            if any(other in name for other in self._scope if other != name):
                continue  # 安徽省: taking out 安徽 leaves 省 to the words after it (安徽省长 → 省长)
            kept = [w for w in self._longer(name) if w not in self._scope]
            at = text.find(name)
            while at >= 0:
                if any(text.find(w, max(0, at - len(w)), at + len(w) + len(name)) >= 0 for w in kept):
                    at = text.find(name, at + len(name))
                    continue
                text = text[:at] + text[at + len(name):]
                at = text.find(name, at)
        return text

    def _words_with_numerals(self, text: str) -> str:
        """Digits inside a word of the report read as its numerals (小4风 → 小四风, 4面镜子 → 四面镜子)."""
        for match in reversed(list(_DIGIT_IN_WORD.finditer(text))):
            digits = match.group(0)
            if len(digits) > 2 or digits.startswith("0"):
                continue
            numeral = spelled(int(digits))
            read = text[:match.start()] + numeral + text[match.end():]
            window = read[max(0, match.start() - 3): match.start() + len(numeral) + 3]
            if any(not w.isdigit() and any(c in w for c in numeral) for w in self._vocab_near(window, shortest=3)):
                text = read
        return text

    def _unit_in_word(self, folded: str, at: int, unit: str) -> bool:
        """Does the measure word at `at` begin a longer word of the report (多少|年老体弱党员)? Not where it counts
        people and a word for people follows (多少位|省领导: 位省 is only a cut of 19位省领导)."""
        if lexicon.same_family(unit, "人") and re.match(rf"\w{{0,2}}?(?:{lexicon.PERSON_NOUNS.pattern})", folded[at + len(unit):]):
            return False
        if lexicon.AGE_WORD.match(folded, at):
            return True  # 好多|年纪大…的党员: age, not years
        return any(folded.startswith(w, at) for w in self._vocab_near(folded[at: at + 6]) if len(w) > len(unit))

    def _vocab_near(self, window: str, shortest: int = 2) -> list[str]:
        """The index's words, up to eight characters long, inside `window`."""
        return [window[i:j] for i in range(len(window)) for j in range(i + shortest, min(len(window), i + 8) + 1)
                if window[i:j] in self._vocabulary]

    def _edge_of_a_word(self, run: str, i: int) -> bool:
        """Is the differing character at an edge of `run` next to a word of the index (找 before 四风 in
        找四风问题 is no typo of 小四风)?"""
        rest = run[1:] if i == 0 else run[:-1] if i == len(run) - 1 else ""
        return len(rest) >= 2 and rest in self._vocabulary

    def _read_typos(self, folded: str) -> str:
        """Replace a run of characters one character away from a vocabulary word (芜胡市 → 芜湖市, 督导祖 →
        督导组), unless the run is itself a word (淮北市 is a place, not a typo) or the difference is a numeral."""
        if self._wildcards is None:
            self._wildcards = _wildcard_index(self._vocabulary)
        wildcards = self._wildcards
        out = folded
        # the wrong character stands in no word of the index and is no grammar (_typo): only runs holding one
        loose = self._loose_positions(out)
        for size in range(TYPO_MAX_CHARS, TYPO_MIN_CHARS - 1, -1):
            # (runs holding a loose character; short ones anywhere, for a character typed by sound: 小四分)
            starts = range(len(out) - size + 1) if size <= SOUND_TYPO_CHARS else \
                sorted({s for at in loose for s in range(max(0, at - size + 1), at + 1)})
            for start in starts:
                if start + size > len(out):
                    continue
                run = out[start:start + size]
                if run in self._vocabulary or not lexicon.HAN.fullmatch(run[0]) or not lexicon.HAN.fullmatch(run[-1]):
                    continue
                for i in range(size):
                    word = wildcards.get(run[:i] + "\0" + run[i + 1:])
                    # (a character that stands in words of the index, or in a general word with its neighbour, is a
                    # typo where it sounds like the word's: 小四分 → 小四风)
                    heard = word is not None and sound_alike(run[i], word[i], fuzzy=True)
                    if word is None or (start + i not in loose and not heard) or _counts_in(out, start + i):
                        continue
                    if word not in out and _typo(run, word, i) and not self._edge_of_a_word(run, i) and \
                            (heard or not _general_word_in(run, i)):
                        out = out[:start] + word + out[start + size:]
                        loose = self._loose_positions(out)
                        break
        return self._read_pinyin(self._read_sound_names(self._read_sound_typos(self._read_omissions(out, loose))))

    def _read_sound_names(self, folded: str) -> str:
        """A three-character personal name of the report typed with one given-name character by sound (王名方 →
        王明方, 刘云三 → 刘云山, as fuzzy pinyin hears it): a run the index does not know, read as the one name of the
        report it sounds like. Only for a vocabulary small enough to list its names by surname (a report's)."""
        if len(self._vocabulary) > HASHED_WILDCARDS:
            return folded
        if self._by_surname is None:
            self._by_surname = {}
            for word in self._vocabulary:
                if len(word) == 3 and word[0] in lexicon.SURNAMES and all(lexicon.HAN.fullmatch(c) for c in word):
                    self._by_surname.setdefault(word[0], []).append(word)
        for start in range(len(folded) - 2):
            run = folded[start:start + 3]
            if run in self._vocabulary or run[0] not in self._by_surname:
                continue
            found = [name for name in self._by_surname[run[0]]
                     if sum(a != b for a, b in zip(run, name, strict=True)) == 1 and
                     all(a == b or sound_alike(a, b, fuzzy=True) for a, b in zip(run, name, strict=True)) and
                     (name in person_names() or word_facts(name) is None)]
            if len(found) == 1:
                folded = folded[:start] + found[0] + folded[start + 3:]
        return folded

    def _read_omissions(self, folded: str, loose: set[int]) -> str:
        """A run that is a report word with one character left out (征意见 → 征求意见), where a character of it
        stands in no word of the index and the run is no word of the general language. Only for a vocabulary
        small enough to index every such shortening (a report's)."""
        if len(self._vocabulary) > HASHED_WILDCARDS or not loose:
            return folded
        if self._omissions is None:
            self._omissions = _omission_index(self._vocabulary)
        out = folded
        for size in range(TYPO_MAX_CHARS - 1, 1, -1):
            for start in sorted({s for at in loose for s in range(max(0, at - size + 1), at + 1)}):
                run = out[start:start + size]
                word = self._omissions.get(run)
                if word is None or len(run) < size or run in self._vocabulary or not all(lexicon.HAN.match(c) for c in run):
                    continue
                facts = word_facts(run)
                # (not a run whose first character ends the word before it: 出来|县级 is no 来安县)
                edge = out[start - 1: start + 1] if start > 0 else ""
                if word not in out and (facts is None or facts[0] <= lexicon.RARE_WORD_FREQ) and \
                        not (edge and edge not in self._vocabulary and word_facts(edge) is not None):
                    read = out[:start] + word + out[start + size:]
                    return self._read_omissions(read, self._loose_positions(read))
        return out

    def _loose_positions(self, text: str) -> set[int]:
        """Positions of Han characters, not grammar, that stand in no word of the index two to four characters
        long: where a typo can be."""
        covered = self._covered(text)
        return {i for i, c in enumerate(text) if i not in covered and lexicon.HAN.match(c) and c not in lexicon.FUNCTION_CHARS}

    def _covered(self, text: str) -> frozenset[int]:
        """Positions of characters that stand in a word of the index two to four characters long (kept for the
        text read last: the typo readings ask of one text in turn)."""
        if self._last_covered[0] == text:
            return self._last_covered[1]
        covered: set[int] = set()
        for size in range(2, 5):
            for start in range(len(text) - size + 1):
                if text[start:start + size] in self._vocabulary:
                    covered.update(range(start, start + size))
        self._last_covered = (text, frozenset(covered))
        return self._last_covered[1]

    def _read_pinyin(self, folded: str) -> str:
        """Letters typed for characters next to them (sheng委书记 → 省委书记, wuhu市 → 芜湖市): the syllables read as
        the characters that make, with their neighbours, the longest word of the index; none if two words tie. A
        word of two syllables or more typed on its own (Wuhu 一共收集了多少 yijian?) is read as a whole word.
        Only for a vocabulary small enough to read through (a report's)."""
        if len(self._vocabulary) > HASHED_WILDCARDS or not _PINYIN_RUN.search(folded):
            return folded
        out = folded
        for match in reversed(list(_PINYIN_RUN.finditer(folded))):
            before, after = out[:match.start()], out[match.end():]
            left = re.search(r"[\u4e00-\u9fff]{0,3}$", before).group(0)  # type: ignore[union-attr]
            right = re.match(r"[\u4e00-\u9fff]{0,3}", after).group(0)  # type: ignore[union-attr]
            found: dict[str, int] = {}
            syllables = list(split_syllables(match.group(0)))
            # sw书记 → 省委书记: letters that make no syllables are the syllables' initials, read only with the
            # characters next to them (a word of the index they complete)
            initials = not syllables and len(match.group(0)) <= MAX_INITIALS and bool(left or right)
            for parts in syllables or ([tuple(match.group(0))] if initials else []):
                if not left and not right and len(parts) < 2:
                    continue  # a word typed on its own (wuhu, yijian): two syllables or more, read as a whole word
                for word in self._vocabulary:
                    for lead in range(len(left) + 1):
                        head = left[len(left) - lead:]
                        tail = word[lead + len(parts):]
                        if len(word) < lead + len(parts) or not word.startswith(head) or \
                                not right.startswith(tail) or (not head and not tail and (left or right)):
                            continue
                        chars = word[lead:lead + len(parts)]
                        if (initials and (head or tail) and
                                all((first_reading(c) or "").startswith(s) for c, s in zip(chars, parts, strict=True))) or \
                                (not initials and all(reads_as(c, s) for c, s in zip(chars, parts, strict=True))):
                            found[chars] = max(found.get(chars, 0), len(word))
            if found:
                best = max(found.values())
                chosen = [chars for chars, size in found.items() if size == best]
                if len(chosen) == 1:
                    out = out[:match.start()] + chosen[0] + out[match.end():]
        return out

    def _read_sound_typos(self, folded: str) -> str:
        """A two-character run the index and the general dictionary do not know, one character of which sounds
        like that of exactly one index word (调妍 → 调研, 标提 → 标题): typed by sound, read as the word. Only for a
        vocabulary small enough to index every such pair (a report's, as for omissions)."""
        if len(self._vocabulary) > HASHED_WILDCARDS:
            return folded
        if self._pairs is None:
            self._pairs = {}
            for word in itertools.chain(self._vocabulary, lexicon.REPORT_FIELD_WORDS):  # (标提 for 标题)
                if len(word) == 2 and lexicon.HAN.fullmatch(word[0]) and lexicon.HAN.fullmatch(word[1]):
                    for i in range(2):
                        self._pairs.setdefault(word[:i] + "\0" + word[i + 1:], []).append(word)
        out = folded
        covered = self._covered(out)
        for start in range(len(out) - 1):
            run = out[start:start + 2]
            if run in self._vocabulary or run in lexicon.REPORT_FIELD_WORDS or not lexicon.HAN.fullmatch(run[0]) or \
                    not lexicon.HAN.fullmatch(run[1]) or \
                    run[0] in lexicon.FUNCTION_CHARS or run[1] in lexicon.FUNCTION_CHARS or start + 1 in covered:
                continue
            if any(_in_a_general_word(out, at, start) and not self._report_word_ends_at(out, at) for at in (start, start + 1)):
                # 助 of 借助 in 借助市里 is no 出 of 出市, and 答案里 no 案例: either character is one of a general word
                # outside the run (but 习惯 of 学习|惯彻 straddles 学习: 贯彻)
                continue
            for i in range(2):
                if _counts_in(out, start + i) or (i == 0 and start in covered):
                    continue  # (安徽省|涨: the character a word of the index holds, 省, is no typo; the one after it may be)
                if i == 1 and out[start + 2: start + 3] in _ASPECT_MARKS and (facts := word_facts(run[1])) is not None and \
                        facts[1].startswith("v"):
                    continue  # 调研时见了: a verb done (见了), no 间 of 时间
                if i == 0 and run[1] in "一1" and is_verb(run[0]):
                    continue  # 顺便提一嘴: a verb done once, no 第一
                found = {w for w in self._pairs.get(run[:i] + "\0" + run[i + 1:], ()) if sound_alike(w[i], run[i])}
                if len(found) > 1:  # (标提: 标题 by ti, not 标尺 by 提's rare chi)
                    found = {w for w in found if first_readings_alike(w[i], run[i])}
                if len(found) == 1 and _typo(run, word := found.pop(), i) and \
                        not any(a <= start + i < b for a, b in self._thesaurus.phrases_in(out)) and \
                        not _in_an_idiom(out, start):
                    # (微服私访式 is no 私方式: an everyday phrase of the thesaurus is no typo)
                    out = out[:start] + word + out[start + 2:]
                    covered = self._covered(out)
                    break
        return self._read_homophones(_writing_words(out))

    def _report_word_ends_at(self, text: str, at: int) -> bool:
        """Does an index word of two or three characters end right before `at`, so that a general word made of its
        last character and the one at `at` (学习|惯 → 习惯) straddles it?"""
        return any(text[at - n: at] in self._vocabulary for n in (2, 3) if at - n >= 0) and \
            not _common_pair(text, at)

    def _read_homophones(self, folded: str) -> str:
        """A run of three or four characters that sounds, character for character by their commonest readings, like
        exactly one index word it shares a character with (读到组 → 督导组, 督到组 → 督导组): dictated or typed by
        sound, read as the word."""
        if self._homophones is None:
            self._homophones = {}
            for word in self._vocabulary:
                if 3 <= len(word) <= 4 and lexicon.HAN_RUN.fullmatch(word):
                    key = tuple(first_reading(c) or "" for c in word)
                    self._homophones.setdefault(key, []).append(word)
        covered = self._covered(folded)
        # (only where a character the report's words do not hold, or a word of three or more the index does not
        # know (联心桥 for 连心桥), and no particle, may be a sound typed)
        unknown_words = {token for token in self._tokens(folded) if len(token) >= 3 and token not in self._vocabulary}
        unknown = {i for token in unknown_words for at in occurrences(folded, token) for i in range(at, at + len(token))}
        open_at = [(i not in covered or i in unknown) and "\u4e00" <= c <= "\u9fff" and c not in lexicon.FUNCTION_CHARS
                   for i, c in enumerate(folded)]
        if not any(open_at):
            return folded
        opened = list(itertools.accumulate(open_at, initial=0))  # open characters before each position
        sounds = [first_reading(c) or "" for c in folded]
        for size in (4, 3):
            for start in range(len(folded) - size + 1):
                if opened[start + size] == opened[start]:
                    continue
                words = self._homophones.get(tuple(sounds[start:start + size]))
                run = folded[start:start + size]
                if not words or run in self._vocabulary or not lexicon.HAN_RUN.fullmatch(run):
                    continue
                found = {w for w in words if w != run and any(a == b for a, b in zip(w, run, strict=True)) and
                         all(a == b or ((_typo(run, w, i) or a in lexicon.FUNCTION_CHARS) and
                                        (run in unknown_words or not self._edge_of_a_word(run, i)))
                             for i, (a, b) in enumerate(zip(run, w, strict=True)))}  # (合肥是 is no 合肥市)
                if len(found) == 1:
                    return self._read_homophones(folded[:start] + found.pop() + folded[start + size:])
        return folded


#: People counted (多少人, 几个人, 多少名).
_PEOPLE_COUNTED = regex(r"(?:多少|几)个?[人名位]")


def _erhua_word(folded: str, at: int) -> bool:
    """Does the 儿 at `at` end a word of the everyday-words table (头儿, 活儿, 小本儿), which keeps it?"""
    return any(same_in_register(w, w) for w in (folded[max(at - n, 0): at + 1] for n in (1, 2, 3)))


def _quiz_item(folded: str) -> tuple[str, tuple[str, ...], bool]:
    """A question-bank item read as a question: its options split off (a.人民日报 b.安徽日报), its blanks
    asked (省委抽调( )人 → 省委抽调多少人), its label dropped; and whether it is a statement to judge."""
    if not _QUIZ_MARKS.search(folded):
        return folded, (), False
    judged = lexicon.TRUE_OR_FALSE.search(folded) is not None
    marks = list(lexicon.OPTION.finditer(folded))
    options: tuple[str, ...] = ()
    if len(marks) >= 2 and [m.group(1) for m in marks] == list("abcd"[:len(marks)]):
        ends = [m.start() for m in marks[1:]] + [len(folded)]
        options = tuple(t for m, end in zip(marks, ends, strict=True)
                        if (t := folded[m.end(): end].strip().rstrip("。,;?!").strip("“”\"")))
        folded = folded[: marks[0].start()].rstrip()
    folded = lexicon.TRUE_OR_FALSE_MARK.sub("", lexicon.QUIZ_LABEL.sub("", folded))
    # “班子强不强,______。”: the words quoted before a blank that ends the quote, and what follows them
    # (not a heading's: 第三部分小标题“敞开大门,广开言路,______”, whose words are found as the heading's)
    if not lexicon.PART_WORDS.search(folded):
        folded = _BLANK_ENDING_QUOTE.sub(lambda m: f"“{m.group(1)}”的后半句是什么", folded)
    folded = lexicon.BLANK.sub(lambda m: "多少" if re.match(rf"\s*(?:{lexicon.UNIT_PATTERN})", folded[m.end():]) else "什么",
                               folded)
    return folded, options, judged


def _asking_part(folded: str, masked: str, names_report: Callable[[str], bool]) -> str | None:
    """The clauses that ask, where the asker also says things around them: their own before (我们乡里也在搞这个
    活动,省里拿啥当尺子?), or what names nothing of the report (在赶稿,能告诉我…吗?), or any remark after (…算个啥
    地位?村里党员老问我), or words typed with spaces before it that ask and name nothing (在店里等餐 闲着 张宝顺…).
    None where there are no such remarks."""
    remark = _spoken_remark(masked, names_report)
    if remark:
        return _asking_part(folded[remark:], masked[remark:], names_report) or folded[remark:]
    # (小组作业我分到学习教育那部分 市县委班子集中学习要学几天: a sentence of the asker's, typed off with a space)
    parts = [piece for part in _WRITTEN_CLAUSES.split(masked) for piece in _mine_spaced(part)]
    if len(parts) < 2:
        return None
    asks = [_asks(p.strip(_CLAUSE_BREAKS)) for p in parts]
    if not any(asks):
        return None
    first = asks.index(True)
    # (请问那句话原文是怎样写的?: what the question points back at is in the sentences before it)
    pointed = _POINTED_BACK.search("".join(parts[first:])) is not None
    kept: list[str] = []
    at = 0
    for i, (part, asking) in enumerate(zip(parts, asks, strict=True)):
        # (a sentence of its own before the question, 论述整改成效时需要引用第一批的数据做对照。, tells why it is asked)
        if asking or (i < first and not lexicon.FIRST_PERSON.search(part) and names_report(part) and
                      # (见“钉钉子”三字甚妙。: what is asked of; 学员里不少是基层来的,…感兴趣。: its sentence ends before)
                      (not any(p.rstrip().endswith(("。", ".")) for p in (parts[i:i + 1] if pointed else parts[i:first])) or
                       "“" in part)):
            kept.append(folded[at:at + len(part)])
        at += len(part)
    asked = "".join(kept)
    return asked if len(asked) < len(folded) else None


def _mine_spaced(part: str) -> list[str]:
    """The clause, split after a sentence of the asker's that spaces end (小组作业我分到那部分 市县委…学几天), or
    before one typed last after a space (新闻的标题是啥 老师要我们抄标题)."""
    mine = _MINE_SPACED.match(part)
    if mine is None or mine.end() == len(part) or _asks(mine.group(0).strip()):
        last = _MINE_SPACED_LAST.search(part.rstrip(_CLAUSE_BREAKS))
        if last is None or _asks(last.group(0)) or not _asks(part[:last.start()].strip()):
            return [part]
        return [part[:last.start()], part[last.start():]]
    return [part[:mine.end()], part[mine.end():]]


#: A pointer back at what was said before the question (那句话, 这个做法).
_POINTED_BACK = regex(r"[那这该其][\u4e00-\u9fff]")


def _spoken_remark(masked: str, names_report: Callable[[str], bool]) -> int:
    """Where the question starts after words typed first with spaces between, none of which asks or names
    anything in the report (在店里等餐 闲着 张宝顺自己写没写…; 看到这新闻: the report itself); 0 if it starts at once."""
    at = 0
    for chunk in _SPACED_CHUNK.finditer(masked):
        words = chunk.group(0).strip()
        if chunk.start() != at or chunk.end() == len(masked) or _asks(words) or \
                names_report(lexicon.REPORT_WORD.sub("", words)):
            break
        at = chunk.end()
    return at


def _only_within(text: str, word: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Does every occurrence of `word` in `text` lie inside one of `spans`?"""
    return all(any(a <= at and at + len(word) <= b for a, b in spans) for at in occurrences(text, word))


def _set_aside(terms: tuple[Term, ...], said_around: Callable[[Term], bool]) -> tuple[Term, ...]:
    """The terms, those `said_around` the question (`Term.aside`) marked so."""
    return tuple(replace(t, aside=True) if said_around(t) else t for t in terms)


def _told_around(core: str, terms: tuple[Term, ...], days: Sequence[str]) -> tuple[Term, ...]:
    """The terms, with those of a label before the question (编目需要:…), of who told the asker something (我孙子
    说…) and of the asker's `days` set aside."""
    label = lexicon.LABEL.match(core)
    if label is not None and not lexicon.QUIZ_LABEL.match(core):  # 编目需要:这篇稿子的记者是谁?
        terms = _set_aside(terms, lambda t: t.role != "entity" and t.word in label.group(0) and
                           t.word not in core[label.end():])
    # (我孙子说…, 王大爷记得…: who told it, or recalls it)
    found = [m for pattern in (lexicon.HEARSAY_SOURCE, lexicon.NAMED_SOURCE, lexicon.UNNAMED_SOURCE) if (m := pattern.search(core))]
    sources = [m.group("source") for m in found] + [w for m in found if (w := m.groupdict().get("where"))]  # (我们小区的…)
    # (老师课上讲了淮南的“三个像”,…是哪三个像?: who taught it and where, in a clause that asks nothing, before one that asks)
    # (跟老邻居下棋时聊起省里的暗访,…哪几天?: whom the asker talked with, and where)
    sources += [m.group("source") for pattern in (lexicon.TEACHER_SOURCE, lexicon.CHATTED_OF) for m in pattern.finditer(core)
                if not lexicon.QUESTION_WORD.search(m.group(0)) and lexicon.QUESTION_WORD.search(core, m.end())]
    sources += days
    if sources:
        terms = _set_aside(terms, lambda t: t.role != "entity" and any(t.word in source for source in sources))
    # 北京来的大领导刘云山: where a person the report names came from only says who is meant
    origins = list(lexicon.CAME_FROM.finditer(core))
    people = [t.word for t in terms if t.role == "entity" and t.word in person_names()] if origins else []
    places = [o.group(1) or o.group(2) for o in origins
              if any(p in core[o.end(): o.end() + lexicon.CAME_FROM_REACH + len(p)] for p in people)]
    if places:
        terms = _set_aside(terms, lambda t: t.role != "entity" and any(t.word in place for place in places))
    return terms


def _stretches_blanked(text: str, stretches: Iterable[str]) -> str:
    """The text with each of the stretches blanked (□ for each character: offsets kept)."""
    for stretch in stretches:
        text = text.replace(stretch, "□" * len(stretch))
    return text


def _spans_blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each span blanked (□ for each character)."""
    for a, b in spans:
        text = text[:a] + "□" * (b - a) + text[b:]
    return text


def asker_days(folded: str) -> list[tuple[int, int]]:
    """Where the asker tells of their day before asking (昨天跟几个老同事喝茶,…哪天开的?), where a few people or days
    (几个老同事, 前几天) are no count asked."""
    return [m.span("source") for m in lexicon.ASKER_DAY.finditer(folded)
            if not lexicon.QUESTION_WORD.search(lexicon.A_FEW.sub("", m.group(0))) and
            lexicon.QUESTION_WORD.search(folded, m.end())]


def _only_told(folded: str, words: Collection[str]) -> set[str]:
    """Those of the words said only in clauses (ended by punctuation) that ask nothing and tell of the asker or of
    people they speak of (我, 家人们, 有人), while another clause asks (the clauses read once, where words are given)."""
    if not words:
        return set()
    clauses = [c for c in _PUNCTUATED.split(folded) if c.strip()]
    asking = [_asks(c) for c in clauses]
    if not any(asking):
        return set()
    telling = [not ask and lexicon.TELLER.search(c) is not None for c, ask in zip(clauses, asking, strict=True)]
    return {w for w in words if any(w in c for c in clauses) and
            all(tells for c, tells in zip(clauses, telling, strict=True) if w in c)}


def _told_first(folded: str) -> int:
    """Where the question proper starts after what the asker tells first: a turn to asking (想问问, 报道里说, 她好奇了:), or
    the clause after the last one telling what the asker heard (听亲戚说…); 0 where nothing is told first."""
    sheet = lexicon.WORKSHEET_ASKS.search(folded)
    if sheet is not None and _asks(folded[sheet.end():]):
        return sheet.end()
    turn = lexicon.ASK_TURN.search(folded)
    if turn is not None:
        return turn.end()
    colon = lexicon.ASKED_AFTER_COLON.search(folded) or lexicon.ASKED_BEFORE_QUOTE.search(folded)
    if colon is not None and _asks(folded[colon.end():]):
        return colon.end()
    told, mark, rest = folded.partition(":")
    last = _CLAUSES.split(told)[-1]
    # (or the clause right before the colon: 下期嘉宾是庐江人,我想先做做功课:庐江县…用了哪些办法?)
    if mark and (lexicon.ASKER_OPENING.match(told) or lexicon.ASKER_OPENING.match(last) or lexicon.WISH_OPENING.match(last) or
                 lexicon.FIRST_PERSON.search(told)) and not _asks(told) and _asks(rest):
        return len(told) + 1  # 我在为本馆的数据库撰写摘要,…需要核对1个数字:省委…多少人?
    parts = _CLAUSES.split(folded)
    heard = [i for i, part in enumerate(parts[:-1]) if lexicon.HEARD.search(part)]
    return sum(len(p) for p in parts[:heard[-1] + 1]) if heard else 0


def _asks(clause: str) -> bool:
    """Does a clause ask something (a question word, a yes/no form, 那效果呢)?"""
    bare = lexicon.TRAILING_PARTICLES.sub("", clause)
    if lexicon.PASSING_ON.match(clause) and not lexicon.QUESTION_WORD.search(clause):
        return False  # (我好给孩子们说个数: what the asker will do with the answer)
    return bool(lexicon.QUESTION_WORD.search(clause) or lexicon.YESNO.search(clause) or lexicon.YESNO.search(bare) or
                clause.endswith("呢") or _wants(bare, False) != "open")


#: Roles from the loosest to the most binding.
_BINDING = ("frame", "content", "entity", "constraint")


def _one_of_each_offered(terms: list[Term], folded: str) -> list[Term]:
    """Words offered one for another (形式/办法, 经费/预算) as one word that any of them says; it binds the
    answer only as much as the loosest of them (作用/用途 frames, as 作用 does)."""
    for offered in lexicon.SLASHED.finditer(folded):
        words = offered.group(0).split("/")
        group = [t for t in terms if t.word in words]
        if len(group) < 2:
            continue
        first = group[0]
        loosest = min(group, key=lambda t: _BINDING.index(t.role) if t.role in _BINDING else len(_BINDING))
        alternatives = tuple(dict.fromkeys(a for t in group for a in (t.alternatives or (t.word,))))
        merged = replace(loosest, word=first.word, alternatives=alternatives)
        terms = [merged if t is first else t for t in terms if t not in group or t is first]
    return terms


def _asker_spans(folded: str) -> list[tuple[int, int]]:
    """Where the clauses the asker says of themselves stand, before the one that asks (`lexicon.ASKER_CLAUSE`)."""
    spans: list[tuple[int, int]] = []
    if not lexicon.FIRST_PERSON.search(folded):
        return spans
    at = 0
    parts = _CLAUSES.split(folded)
    # (我是中学老师,正在用这篇稿子出题。: the rest of a sentence the asker opens is their own too where it ends
    # before the question; in 俺老伴问我,说省里派人下来暗访作风,多会儿的事啊? it is what is asked of)
    opened, rest = False, []
    for part in parts[:-1]:
        asks = lexicon.QUESTION_WORD.search(part) or lexicon.ASKING.search(part)  # (俺们山东的活动搞得咋样,…)
        if not asks and lexicon.ASKER_CLAUSE.match(lexicon.LEADING_FILLERS.sub("", part)):
            spans.append((at, at + len(part)))
            opened = True
        elif not asks and opened and "“" not in part:  # (…,见“钉钉子”三字甚妙。: what is asked of, quoted)
            rest.append((at, at + len(part)))
        else:
            opened, rest = False, []
        if part[-1] not in _SENTENCE_GOES_ON:  # the sentence ends
            spans.extend(rest if opened else [])
            opened, rest = False, []
        at += len(part)
    return sorted(spans)


def _general_word_in(run: str, i: int) -> bool:
    """Is the differing character of a run part of a common two-character word of the general language inside
    the run (纪 of 纪委 in 纪委书记: no typo of 省委书记)?"""
    return any(_common_pair(run, start) for start in (i - 1, i))


def _writing_words(folded: str) -> str:
    """After the measure word of writings (这篇报到), two characters that sound like a word for the report (报道)
    are that word, whatever else they may be."""
    def read(match: re.Match[str]) -> str:
        run = match.group(2)
        alike = [w for w in lexicon.REPORT_WORDS if len(w) == 2 and w != run and
                 all(a == b or sound_alike(a, b) for a, b in zip(w, run, strict=True))]
        return match.group(1) + (alike[0] if len(alike) == 1 else run)
    return _AFTER_WRITING_MEASURE.sub(read, folded)


def _in_a_general_word(text: str, at: int, run_start: int) -> bool:
    """Is the character at `at` part of a two-character word of the general language other than the run that
    starts at `run_start` (助 in 借助, for the run 助市)?"""
    return any(start != run_start and _common_pair(text, start) for start in (at - 1, at))


def _in_an_idiom(text: str, start: int) -> bool:
    """Do the two characters from `start` stand inside a set phrase of four of the general language (不差 of
    一字不差), which is how it is written, no slip?"""
    return any((facts := word_facts(text[at:at + 4])) is not None and facts[1] in lexicon.IDIOM_POS
               for at in range(max(0, start - 2), start + 1) if at + 4 <= len(text))


def _common_pair(text: str, start: int) -> bool:
    """Are the two characters from `start` a common word of the general language, and no name?"""
    return start >= 0 and start + 2 <= len(text) and (facts := word_facts(text[start:start + 2])) is not None and \
        facts[0] >= GENERAL_WORD_FREQ and facts[1] not in lexicon.NAME_POS


#: Two characters after the measure word of writings (这篇|报到).
_AFTER_WRITING_MEASURE = regex(rf"([{''.join(sorted(lexicon.WRITING_MEASURES))}])([\u4e00-\u9fff]{{2}})")
#: Longest question read as keywords when it has no question word (督导组 经费).
_KEYWORDS = 12


#: 中/时 that go on into a word of their own (从群众中来, 到群众中去): no postposition.
_WORDS_GO_ON = regex(r"[中时][来去]")


def _part_pointed(word: str, folded: str) -> bool:
    """Does the word end a pointer at a part of the report by what it is about (听意见那部分, 整改那一段)?"""
    return any(m.group(0).endswith(word) for m in lexicon.PART_POINTER.finditer(folded))


def _facet(word: str, folded: str) -> str | None:
    """How `word` stands next to the question word, if it names what is asked: "copula" (市长是谁,
    GDP是多少), "bare" (多大年纪, 年纪多大: only a noun names what is asked there), or None."""
    found = None
    if folded.rstrip().endswith(word) and len(folded) <= _KEYWORDS and lexicon.HAN.match(word) and \
            not lexicon.QUESTION_WORD.search(folded):
        found = "bare"  # 督导组 经费: keywords typed without a question word, the last one what is asked
    for at in occurrences(folded, word):
        before, after = folded[:at], folded[at + len(word):]
        if lexicon.FACET_BEFORE.match(after) or _amount_after_comma(after):
            return "copula"
        # (号码 多少: Chinese keywords typed apart; not English ones, visited 多少)
        if lexicon.FACET_BEFORE_BARE.match(after if not lexicon.HAN.match(word) else after.removeprefix(" ")) or \
                any(m.end() == len(before) for m in lexicon.FACET_AFTER.finditer(before)):
            found = "bare"
    return found


def _amount_after_comma(after: str) -> bool:
    """Is the amount of the word before `after` asked after a comma, with nothing after 多少 that says what it
    counts (专项经费|,共有多少; not 家庭|,一共有多少户, 那趟|,是几号)?"""
    amount = lexicon.FACET_BEFORE.match(after[1:]) if after[:1] in ",，" else None
    return amount is not None and lexicon.QUANTITY_WORDS.search(amount.group(0)) is not None and \
        not lexicon.HAN.search(lexicon.TRAILING_PARTICLES.sub("", after[1 + amount.end():]))


#: A count asked right before a word for a group (几个|小组, 多少个|队伍).
_GROUPS_COUNTED = regex(r"(?:几|多少)个$")


def _done_by_people_asked(word: str, folded: str) -> bool:
    """Is the verb what the people asked of did, said before them (陪同的省领导有哪些?) or after them at the end of a
    cleft question (是哪几位省领导陪同的?)?"""
    before = lexicon.WHICH_ONES.search(folded) is not None and any(
        re.match(rf"的[\u4e00-\u9fff]{{0,2}}?(?:{lexicon.PERSON_NOUNS.pattern})", folded[at + len(word):])
        for at in occurrences(folded, word))
    after = folded.endswith(word + "的") and \
        re.search(rf"(?:{lexicon.PERSON_NOUNS.pattern}|谁)$", folded[: -len(word) - 1]) is not None and \
        bool(lexicon.WHICH_ONES.search(folded) or lexicon.PERSON_WORDS.search(folded))
    return before or after


def _amount_of(word: str, folded: str) -> bool:
    """Is `word` what an amount is asked of, where a verb cannot stand (发了多少补助; not 培训多少人)?"""
    return any(lexicon.AMOUNT_AFTER.search(folded[:at]) is not None and
               (at + len(word) == len(folded) or lexicon.CLAUSE_END.match(folded, at + len(word)) is not None)
               for at in occurrences(folded, word))


def _kind_named_after(word: str, folded: str, kind: re.Pattern[str] | None = None) -> bool:
    """Is `word` followed by 的是 and the kind of thing asked for (接受的是哪种点评, 采取的是什么方式), or by the `kind`
    given (`_VERB_THEN_PEOPLE`: 统计的是什么人)?"""
    pattern = _VERB_THEN_KIND if kind is None else kind
    return any(pattern.match(folded, at + len(word)) for at in occurrences(folded, word))


def _asked_kind(word: str, folded: str) -> bool:
    """Does `word` stand right after 什么/哪些/哪四种 (the kind of thing asked for), right before 叫什么 (the
    thing whose name is asked: 那个渠道被叫做什么), or is it the result asked of (效果咋样), or what was thought
    (怎么评价)?"""
    return any(any(m.end() == at for m in _KIND_ASKED.finditer(folded[:at])) or
               (not lexicon.ROLES.search(word) and _NAMED_KIND.match(folded[at + len(word):]) is not None) or
               lexicon.RESULT_ASKED.match(folded, at) is not None or  # 效果咋样: what came of it is asked
               any(m.start() <= at < m.end() for pattern in (lexicon.VIEW_ASKED, lexicon.APPROVAL_ASKED)
                   for m in pattern.finditer(folded))  # 怎么评价, 认可: what was thought
               for at in occurrences(folded, word))


#: 的是 and a question word for a kind with the noun of that kind after it (的是哪种点评).
_VERB_THEN_KIND = regex(r"的(?:是|为)(?:哪|什么|啥)[种类个样些项一]{0,2}[\u4e00-\u9fff]{2}")
#: ... or the kind of people (统计的是什么人).
_VERB_THEN_PEOPLE = regex(r"的(?:是|为)(?:哪些|哪类|什么|啥)(?:样的?)?人")
#: A clause that describes the thing named after it (上面派下来查作风的|那些督导组): something done, then 的 and
#: maybe a pointer.
_DESCRIBING = regex(r"([^\W\d_a-zA-Z是]{3,16})的(?:那些|那个|那几个|这些|这个|那|这)?")


def occurrences(text: str, word: str) -> list[int]:
    """Every position where `word` starts in `text`."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


#: A joining character (和, 与) at the start of the question or of a clause: nothing before it to join.
_UNJOINED = regex(rf"(?:^|[^\u4e00-\u9fff])[{''.join(sorted(lexicon.JOINING_CHARS))}]")


#: What the things counted are like, then the thing itself ending the question (多少个问题|多的县).
_LIKE_THEN_HEAD = regex(r"[\u4e00-\u9fff]{1,3}的([\u4e00-\u9fff]{1,4})")


def _joins_tiers(folded: str, word: str, at: int) -> bool:
    """Is `word` at `at` a joining character and the start of a tier word after it (市级和|县级, 省辖市和|县 hold no
    和县)?"""
    return word[0] in lexicon.JOINING_CHARS and word in place_names() and \
        (any(tier.match(folded, at + 1) for _, tier in lexicon.TIERS) or
         (at > 0 and folded[at - 1] in lexicon.TIER_CHARS and folded[at + 1] in lexicon.TIER_CHARS))


def _counts_in(text: str, at: int) -> bool:
    """Is the character at `at` the measure word of a count right before it (多少份发下去: 份, no 分 of 分发)?"""
    before = text[at - 1] if at > 0 else ""
    return text[at] in _ONE_CHAR_UNITS and (text[max(0, at - 2): at] == "多少" or before in _COUNT_ENDS or
                                            before.isdigit())


def _straddles(word: str, folded: str, frequency: int) -> bool:
    """Does the word, wherever the question has it, share its first or last character with a word far more
    common (`lexicon.STRADDLED_RATIO` times) made with the character next to it (翻手|机 ↔ 手机)?"""
    def common(pair: str) -> bool:
        facts = word_facts(pair) if len(pair) == 2 else None
        return facts is not None and facts[0] >= frequency * lexicon.STRADDLED_RATIO
    return all(common(folded[at - 1: at + 1] if at > 0 else "") or common(folded[at + len(word) - 1: at + len(word) + 1])
               for at in occurrences(folded, word))


def _typo(run: str, word: str, i: int) -> bool:
    wrong = run[i]
    # (a numeral is no typo, 三个 of 四个, but in the sound of a place's name it is: 五湖市 for 芜湖市)
    numeral = wrong in NUMERAL_CHARS and not (len(word) >= 3 and word in place_names())
    if not lexicon.HAN.match(wrong) or wrong in lexicon.FUNCTION_CHARS or wrong in lexicon.SAYING_CHARS or numeral or \
            word[i] in NUMERAL_CHARS or (wrong in lexicon.TIER_CHARS and word[i] in lexicon.TIER_CHARS) or \
            (i > 0 and run[i - 1] == "几"):
        return False  # 市委书记 is no typo of 省委书记: another tier; 全省几成 none of 省几大: the measure of 几
    facts = word_facts(run)
    return facts is None or facts[0] <= lexicon.RARE_WORD_FREQ


def _wildcard_index(vocabulary: Mapping[str, float]) -> Wildcards:
    """Each vocabulary word with one character blanked → the word (None where two words share a key)."""
    if len(vocabulary) > HASHED_WILDCARDS:
        return HashedWildcards(vocabulary)
    return _keyed(vocabulary, _blanked)


def _typo_words(vocabulary: Iterable[str]) -> Iterator[str]:
    """The words a typo can be of: three to eight characters, Han."""
    return (w for w in vocabulary if TYPO_MIN_CHARS <= len(w) <= TYPO_MAX_CHARS and lexicon.HAN.match(w))


def _blanked(word: str) -> list[str]:
    return [word[:i] + "\0" + word[i + 1:] for i in range(len(word))]


def _shortened(word: str) -> list[str]:
    return [word[:i] + word[i + 1:] for i in range(1, len(word) - 1)]


def _keyed(vocabulary: Iterable[str], keys: Callable[[str], list[str]]) -> dict[str, str | None]:
    """Each key of each typo-able word → the word, None where two words share a key."""
    index: dict[str, str | None] = {}
    for word in _typo_words(vocabulary):
        for key in keys(word):
            index[key] = None if key in index and index[key] != word else word
    return index


def _omission_index(vocabulary: Mapping[str, float]) -> dict[str, str | None]:
    """Each vocabulary word of three or more characters with one inner character left out → the word (None where
    two words shorten alike). An end left out is a short form (来安 of 来安县), read elsewhere."""
    return _keyed(vocabulary, _shortened)


class Wildcards(Protocol):
    """A word with one character blanked (\0) → the one vocabulary word it can be, or None."""

    def get(self, key: str) -> str | None: ...


class HashedWildcards:
    """:func:`_wildcard_index` for an archive's vocabulary in two sorted arrays (the keys' hashes and the words'
    numbers) instead of a dict of strings: a tenth of the memory."""

    def __init__(self, vocabulary: Mapping[str, float]) -> None:
        import numpy as np

        words = list(_typo_words(vocabulary))
        hashes = np.fromiter((hash(key) for w in words for key in _blanked(w)), dtype=np.int64)
        numbers = np.fromiter((n for n, w in enumerate(words) for _ in range(len(w))), dtype=np.int32)
        # The words as one UTF-8 blob with offsets: no string object kept per word.
        encoded = [w.encode("utf-8") for w in words]
        self._ends = np.cumsum([len(b) for b in encoded], dtype=np.int64)
        self._blob = b"".join(encoded)
        del words, encoded
        order = np.argsort(hashes, kind="stable")
        self._hashes, numbers = hashes[order], numbers[order]
        shared = np.zeros(len(numbers), dtype=bool)  # a key two words share reads as none of them
        same = (self._hashes[1:] == self._hashes[:-1]) & (numbers[1:] != numbers[:-1])
        shared[1:] |= same
        shared[:-1] |= same
        self._numbers = np.where(shared, -1, numbers)
        release_freed()  # the temporaries of building it

    def get(self, key: str) -> str | None:
        hashed = hash(key)
        at = int(self._hashes.searchsorted(hashed))
        if at >= len(self._hashes) or self._hashes[at] != hashed or self._numbers[at] < 0:
            return None
        number = int(self._numbers[at])
        word = self._blob[int(self._ends[number - 1]) if number else 0:int(self._ends[number])].decode("utf-8")
        blank = key.find("\0")
        # a hash is no proof: the word must be the key with its blank filled
        return word if len(word) == len(key) and word[:blank] == key[:blank] and word[blank + 1:] == key[blank + 1:] \
            else None


#: Kinds of answer, each with the words that ask for it, in order of precedence where two start at one place.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", lexicon.DATE_NOUN_ASKED),
    ("date", lexicon.DATE_WORDS), ("role", lexicon.ROLE_WORDS), ("name", lexicon.NAME_WORDS),
    ("level", lexicon.LEVEL_WORDS), ("level", lexicon.LEVEL_LAST),
    ("person", lexicon.PERSON_WORDS), ("where", lexicon.WHERE_WORDS),
    ("place", lexicon.PLACE_WORDS), ("list", lexicon.FIGURE_OF_WHAT), ("figure", lexicon.QUANTITY_WORDS),
    ("list", lexicon.LIST_WORDS),
    ("how", lexicon.HOW_WORDS), ("why", lexicon.WHY_WORDS), ("purpose", lexicon.PURPOSE_WORDS),
    ("open", lexicon.IMPORTANCE_ASKED),  # (能听进多少意见,有多重要?: how much it matters, not a figure)
)


def _scope_stripped(text: str) -> str:
    """The text without the scope words it opens with (各地|总共建了)."""
    scope = next((w for w in lexicon.longest_first(lexicon.SETTING_WORDS) if text.startswith(w)), "")
    return text[len(scope):]


def _wants(folded: str, yesno: bool) -> str:
    """The kind of answer a question asks for: that of the question word that ends last (省几大班子看的是
    哪部电影? asks for a name of a film, not a figure; 组长叫什么名字? for a name, not a thing). A claim put
    with no question word names its kind only to state it (查处的人数是1140人吗?, 暗访的时间是3月24日吗?), and
    so does one asked why it is said (为啥说能听进多少意见那么要紧?)."""
    best: tuple[int, int, int, str] | None = None
    folded = lexicon.keywords_joined(folded)  # (作用 是什么: keywords typed apart ask as 作用是什么 does)
    claimed = [m.span() for m in lexicon.WHY_SAID.finditer(folded)]
    # (去了哪几个市?列出来: a list requested names no kind; the question word does)
    requested = [(m.start() - 1, m.end()) for m in lexicon.LIST_REQUESTED.finditer(folded)]
    claimed += requested
    # (关键在哪?: what is crucial, not a place)
    claimed += [m.span() for m in lexicon.KEY_ASKED.finditer(folded) if m.group(0).endswith(("哪", "哪里", "地方"))]
    # (哪个市的数量最多?: which one has the most, not a count)
    claimed += [(m.start() - 1, m.end()) for m in lexicon.MOST_AMOUNT.finditer(folded) if "哪" in folded[:m.start()]]
    if lexicon.QUANTITY_WORDS.search(folded):  # (人数 级别: the count asked first)
        claimed += [(m.start() - 1, m.end()) for m in lexicon.LEVEL_LAST.finditer(folded)]
    again = lexicon.ASKED_AGAIN.search(folded)
    if again is not None and "哪" in folded[:again.start()]:  # (not 几个专项行动?都是什么?: their names, not a count)
        claimed.append((again.start() - 1, again.end()))
    for rank, (kind, pattern) in enumerate(_KINDS):
        found = [m for m in pattern.finditer(folded) if not any(start < m.start() and m.end() <= end for start, end in claimed)]
        if found:
            # Latest end first; then the longer match (多长时间 is a duration, not a date); then precedence.
            key = (found[-1].end(), found[-1].end() - found[-1].start(), -rank, kind)
            best = key if best is None or key[:3] > best[:3] else best
    if requested and (best is None or (yesno and not lexicon.ASKING.search(folded))):
        return "list"  # 39项任务能列一下吗?: the items, not whether it can be done
    if yesno and lexicon.FIGURE_GIVEN_ASKED.search(folded):
        return "figure"  # 党员总数有没有个数?: whether the report gives it, which it does by giving it
    if best is not None and best[3] == "how" and lexicon.COUNT_STATE_ASKED.search(folded):
        return "figure"  # 报告会听众参与人次的具体数量情况如何?: a count asked in officialese
    if best is not None and not (yesno and not lexicon.ASKING.search(folded)):
        return best[3]
    return "yesno" if yesno else "open"


def _claims_aside(terms: tuple[Term, ...], folded: str, claims: Sequence[MeansClaim]) -> tuple[Term, ...]:
    """The terms, the counts and dates a yes/no question claims of something it names (人数是1400人吗?,
    暗访是3月24日开展的吗?) and what it claims a thing was done by (芜湖是靠|官方微博|收意见的吗?, `claims`) set aside:
    the passage that gives another is the one that settles it. (A year is no claim: 2013年 is another time.
    那3月15日呢? names nothing else: the date is what it asks about.)"""
    def claimed(term: Term) -> bool:
        return term.role == "content" and term.word.isdigit() and re.search(
            rf"(?<![\d.]){term.word}(?:万|亿)?(?:多|余|来)?(?:{lexicon.UNIT_PATTERN}|月|日|号)", folded) is not None \
            and re.search(rf"(?<![\d.]){term.word}年", folded) is None

    if not any(len(t.word) > 1 and t.role != "frame" and not claimed(t) for t in terms):
        return terms
    return _set_aside(terms, lambda t: claimed(t) or any(c.start <= at and at + len(t.word) <= c.end
                                                         for c in claims for at in occurrences(folded, t.word)))


def means_claims(folded: str, vocabulary: Collection[str]) -> list[MeansClaim]:
    """The claims of means or agent in a question (是靠…收的吗?, 是不是由…担任?), each up to the verb after it;
    none where no verb follows (经费是不是由财政拨款?: nothing done that a passage could say). One of who did a
    thing with no 由 (是不是省纪委召开的?) counts only where its verb is a word of the report's `vocabulary`, which
    a passage can say, and no light one (搞, 做) said of anything."""
    out = []
    for marker in lexicon.MEANS_CLAIMED.finditer(folded):
        end = marker.end()
        for word in general_words(folded[marker.end():]):
            if is_verb(word):
                if end > marker.end():
                    out.append(MeansClaim(marker.end(), end, word, marker.group(1) == "由"))
                break
            end += len(word)
    for marker in lexicon.AGENT_CLAIMED.finditer(folded):  # 是不是|省纪委|召开的(,对吗)
        words = general_words(folded[marker.end(): folded.rindex("的")])
        if len(words) > 1 and len(words[-1]) > 1 and is_verb(words[-1]) and words[-1] in vocabulary and \
                not any(is_verb(w) for w in words[:-1]) and \
                lexicon.BODY.search(claimed := "".join(words[:-1])):
            out.append(MeansClaim(marker.end(), marker.end() + len(claimed), words[-1], True))
    doer = lexicon.DOER_CLAIMED.search(folded)  # 带头撰写…文章的是|省长王学军
    if doer is not None and lexicon.BODY.search(doer.group(1)):
        verb = next((w for w in reversed(general_words(folded[: doer.start()])) if len(w) > 1 and is_verb(w) and w in vocabulary),
                    None)
        if verb is not None:
            out.append(MeansClaim(doer.start(1), doer.end(1), verb, True))
    return out


def _figures(folded: str) -> tuple[str, ...]:
    """Figures the question states (2013年, 3.3万, 十九位), other than 1 (一个, 一天 are manners of speaking),
    than stray digits that stand apart from the words (问题? 3), than guesses (二十几号), than rough figures
    (一千一百多, checked apart) and than which items of a list are asked (前两个)."""
    out = []
    for match in _NUMBER.finditer(folded):
        before = folded[match.start() - 1: match.start()]
        after = folded[match.end(): match.end() + 1]
        attached = bool(lexicon.HAN.match(before) or lexicon.HAN.match(after))
        rough = any(m.start() <= match.start() < m.end() for m in lexicon.ROUGH_FIGURE.finditer(folded))
        ends = any(m.start() <= match.start() < m.end() for m in lexicon.LIST_ENDS_ASKED.finditer(folded))  # 前2个
        if match.group(0) != "1" and attached and (not before or before not in _NOT_STATED_BEFORE) and \
                after != "几" and not rough and not ends:
            out.append(match.group(0))
    return tuple(out)
