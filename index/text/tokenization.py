"""One tokenizer for documents and queries: jieba over normalized text, minus punctuation and stopwords.

The index carries the part of jieba's dictionary that its corpus touches (every dictionary entry, with its
prefix entries, that jieba's DAG walk can reach inside the corpus text) plus the dictionary's total
frequency. Segmenting with that restricted dictionary gives exactly the same tokens on the corpus as the full
dictionary, and loading it takes milliseconds instead of jieba's ~0.6 s.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from index.settings import Settings
from index.text.regex import regex
from index.text.segment import FastSegmenter

#: Bump when tokenization, or a table the index derives from its words, changes in a way the settings do not show.
TOKENIZER_VERSION = 4

#: Domain terms jieba does not know as words, added with `add_word` (which, unlike `load_userdict`
#: before initialization, always takes effect).
DOMAIN_WORDS: tuple[str, ...] = (
    "三严三实", "四风", "小四风", "焦裕禄精神", "沈浩精神", "教育实践活动", "群众路线", "督导组", "指导组",
    "省委督导组", "回头看", "四解决四推动", "软弱涣散", "暗访组", "帮学送学", "联系点", "专题培训班",
    "四面镜子", "热线电话", "官方微博", "专项行动", "便民服务手册", "连心桥", "吃喝风", "红包风", "赌博风",
    "走读风", "正风肃纪", "除弊祛垢", "固本强基", "即知即改", "立行立改", "钉钉子", "集中学习", "先进事迹",
    "报告会", "警示教育", "意见建议", "常委会议", "活动方案", "省辖市", "省直管县", "第一组长",
    "黄永礼", "张宝顺", "王学军", "王明方", "李锦斌", "沈浩", "刘云山", "马鞍山市", "庐江县", "来安县",
    "淮南市", "芜湖市", "合肥市",
)

#: Function words and question words that say nothing about which passage answers.
STOPWORDS: frozenset[str] = frozenset(
    """
    的 了 和 与 及 或 在 是 有 为 也 都 就 而 又 还 被 把 对 从 向 到 于 以 之 其 这 那 这个 那个 这些 那些
    这篇 那篇 该 各 每 某 个 们 我 你 他 她 它 我们 你们 他们 咱们 您 自己 吗 呢 吧 啊 呀 嘛 哦 么 啦 呗
    什么 多少 哪些 哪个 哪里 哪儿 哪 几 几个 几次 几位 几种 怎么 怎样 怎么样 如何 为什么 为何 何 何时
    谁 是否 是不是 有没有 请问 请 一下 告诉 知道 想 想知道 能 能否 可以 会 要 吗? 呢? 一共 总共 共
    分别 具体 到底 究竟 主要 一些 有些 有的 那么 这么 还有 以及 等 等等 啥 咋 嗯 哈 吧 所 得 地 着 过
    什么样 什么时候 时候 多长 多久 多大 多远 指 是指 指的是 叫 叫做 名字 哪里 哪儿 那边 这边 呀 哇 吗
    里头 里面 里边
    """.split()
)

#: Question words jieba glues to a neighbour ("几条", "指什么", "以什么"); they are cut off a token's ends.
QUESTION_AFFIXES: tuple[str, ...] = ("什么", "多少", "哪些", "哪个", "怎么", "怎样", "如何", "是否", "多大", "多久", "多长",
                                     "几", "哪", "啥")

_HAS_WORD_CHAR = regex(r"\w")
#: Most words whose index terms `Tokenizer.tokens` remembers.
_TERM_CACHE_SIZE = 1 << 20


@dataclass(frozen=True)
class TokenizerSettings:
    """Everything that changes tokens; its hash decides whether an index is stale."""

    mode: str = "search"  # "precise" (jieba.cut) or "search" (jieba.cut_for_search)
    hmm: bool = True
    domain_words: tuple[str, ...] = DOMAIN_WORDS
    stopwords: tuple[str, ...] = field(default_factory=lambda: tuple(sorted(STOPWORDS)))
    question_affixes: tuple[str, ...] = QUESTION_AFFIXES
    version: int = TOKENIZER_VERSION

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenizerSettings:
        """The settings as an index holds them (`asdict` written as JSON: tuples as lists). Fields this
        version does not know are left out, so that an index built by another version reads as stale, not
        damaged."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
        return cls(**values)

    def digest(self) -> str:
        """A short hash of the settings."""
        payload = json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


def import_jieba() -> Any:
    """jieba, imported without its pkg_resources look-up and with its own logging quiet."""
    # jieba imports pkg_resources only to locate its data files, which costs ~75 ms at start-up; blocking
    # that import makes it fall back to plain paths.
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    jieba.setLogLevel(60)  # jieba logs dictionary loading at INFO/DEBUG on its own logger
    return jieba


def full_dictionary(settings: TokenizerSettings, cache_dir: Path | None = None) -> tuple[dict[str, int], int]:
    """jieba's default dictionary with the domain words added: (entries incl. prefixes, total).

    jieba's cache of its parsed dictionary goes to `cache_dir` (default: `Settings.from_env().cache_dir`).
    """
    jieba = import_jieba()
    tokenizer = jieba.Tokenizer()
    # jieba caches its parsed dictionary with marshal, by default in the shared /tmp where anyone could plant
    # the file; keep it in the user's own cache folder instead.
    private = cache_dir or Settings.from_env().cache_dir
    private.mkdir(parents=True, exist_ok=True, mode=0o700)
    tokenizer.tmp_dir = str(private)
    tokenizer.initialize()
    for word in settings.domain_words:
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), 100))
    return tokenizer.FREQ, tokenizer.total


def restrict_dictionary(freq: Mapping[str, int], texts: Iterable[str]) -> dict[str, int]:
    """The dictionary entries jieba's DAG walk can reach inside `texts` (see module docstring)."""
    kept: dict[str, int] = {}
    for text in texts:
        n = len(text)
        for k in range(n):
            i = k
            frag = text[k]
            while i < n and frag in freq:
                kept[frag] = freq[frag]
                i += 1
                frag = text[k:i + 1]
    return kept


class Tokenizer:
    """Turns normalized text into index terms."""

    def __init__(self, freq: Mapping[str, int], total: int, settings: TokenizerSettings) -> None:
        import_jieba()
        self.settings = settings
        self._stopwords = frozenset(settings.stopwords)
        # jieba's segmentation, exactly, at about twice its speed (see index/text/segment.py), over the
        # dictionary given (read, never changed: no copy of it is made).
        from jieba import finalseg

        self._segmenter = FastSegmenter(freq, total, finalseg)
        self._terms: dict[str, list[str]] = {}  # word of `cut` -> its index terms

    @property
    def segmenter(self) -> FastSegmenter:
        """The segmenter behind `segment` and `tokens`."""
        return self._segmenter

    def segment(self, text: str) -> list[str]:
        """All jieba segments of `text`, punctuation and stopwords included."""
        if self.settings.mode == "search":
            return self._segmenter.cut_for_search(text, self.settings.hmm)
        return self._segmenter.cut(text, self.settings.hmm)

    def tokens(self, text: str) -> list[str]:
        """Index terms of normalized `text`, in order, duplicates kept."""
        compiled = self._segmenter.compiled
        if compiled is not None:
            return compiled.terms(text, self.settings.hmm, self._terms, self._word_terms)
        out: list[str] = []
        cache = self._terms
        for word in self._segmenter.cut(text, self.settings.hmm):
            terms = cache.get(word)
            out.extend(self._word_terms(word) if terms is None else terms)
        return out

    def _word_terms(self, word: str) -> list[str]:
        """A word's terms: its search-mode pieces (or itself) that are index terms, remembered (words repeat
        a lot)."""
        pieces = self._segmenter.expand(word) if self.settings.mode == "search" else [word]
        terms = [t for t in map(self._term, pieces) if t]
        if len(self._terms) < _TERM_CACHE_SIZE:
            self._terms[word] = terms
        return terms

    def _term(self, token: str) -> str:
        """The index term of one segment, or "" if it is not one."""
        token = self._strip_question_words(token)
        if token and not token.isspace() and token not in self._stopwords and _HAS_WORD_CHAR.search(token):
            return token
        return ""

    def _strip_question_words(self, token: str) -> str:
        if len(token) < 2 or token in self._stopwords:
            return token
        for affix in self.settings.question_affixes:
            if token.startswith(affix) and len(token) > len(affix):
                return self._strip_question_words(token[len(affix):])
            if token.endswith(affix) and len(token) > len(affix):
                return self._strip_question_words(token[: -len(affix)])
        return token
