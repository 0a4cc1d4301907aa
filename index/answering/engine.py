"""The question-answering engine: an index in memory and the path from a question to an answer."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from index.answering.decision import (
    ASIDE_CREDIT,
    MIN_EVIDENCE,
    MIN_SUBJECT,
    SYNONYM_CREDIT,
    Group,
    Verdict,
    Weights,
    done_there,
    is_person,
    judge,
    list_sizes,
    named_by_verb,
    named_list_asked,
    roughly_held,
    same_destination,
    sentence_gives,
    weight,
    word_groups,
)
from index.answering.leads import lead_for
from index.answering.outline import about_report, headings_of, region
from index.answering.query import Question, Reader, Term
from index.answering.selection import best_sentence, highlight_spans
from index.cache import LRUCache
from index.ranking.bm25 import top_weighted
from index.store.model import Index
from index.text import lexicon
from index.text.places import place_names
from index.text.regex import regex
from index.text.thesaurus import commonness, frames, general_words, names_in, verbal
from index.types import Answer, Document, Hit, Passage, Removal, Result

#: Suggestions are drawn from at most this many sections and at most this many are kept (an archive has
#: thousands of sections; a report a handful).
SUGGESTION_SECTIONS = 50
SUGGESTIONS = 10
#: A candidate scored within this share of the first that holds this much more of the question is judged first.
FULLER_TIE, FULLER_MARGIN = 0.3, 0.1
#: Shortest clause of a section heading that names its part when quoted (深学深思), and the most documents whose
#: headings are looked through for one (an archive's parts are named by number or topic).
HEADING_CLAUSE, HEADED_DOCUMENTS = 4, 50
#: Longest question the engine reads; the rest of a longer text is ignored.
MAX_QUERY_CHARS = 2000
#: A thesaurus phrase this long that no index term holds whole (通报查处) is scored by the terms it is made of.
PHRASE_CHARS = 4
#: ... at this weight, a word's worth shared among its parts.
PHRASE_PART_WEIGHT = 0.5
#: A conversation's current passage answers a follow-up question if it ranks within this many passages.
PREFER_WITHIN = 3
#: Candidates looked through for one that says some of the kind a question asks what some of did.
SOME_WITHIN = 3
#: Passages tried, best first, for one that answers (a question naming 芜湖市 is answered where 芜湖市 stands).
CANDIDATES = 5
#: Vocabularies up to this size get their name table made whole at first use; larger ones are asked word by word.
WHOLE_TABLES = 50_000
#: Fewest characters of a name the question gives as the report writes it, for it to name one body (`_full_names`).
FULL_NAME = 8
#: Words whose lookups a large index remembers.
LOOKUP_CACHE = 100_000
#: A passage is offered as related when it holds this share of the question's weight (answers need more).
RELATED_COVERAGE = 0.4
#: Most passages whose matching form is kept in memory.
MATCHING_CACHE = 4096
#: Most people a sentence may name and settle a claim of another person by (以焦裕禄精神和沈浩精神为镜子); a list of
#: leaders does not say which of them is meant.
MAX_NAMES_INSTEAD = 2
#: A post counted (有几位省委副书记?) has its quantity word at most this many characters before it.
COUNT_REACH = 4
#: Fewest characters a question must have to be taken as quoting a passage that holds it word for word.
MIN_VERBATIM = 4
#: Of candidates scored within RUN_TIE of the first, one holding a run of the question's characters at least
#: LONG_RUN long and RUN_MARGIN longer than the first's is judged first (see `Engine._verbatim_first`).
RUN_TIE, LONG_RUN, RUN_MARGIN = 0.3, 8, 3
#: Punctuation and spaces left out of a passage's matching text, so 市、县 holds 市县.
_UNSPACED = regex(r"[\s、,,;;::。!?!?“”\"'‘’()()《》]+")
_CLAUSE = regex(r"[^,,;;。!?!?:“”\"]+")
#: A stretch the question quotes (“1+8”, "钉钉子"): words of the report, as it writes them.
_QUOTED = regex(r"[“\"]([^“”\"]{2,12})[”\"]")
#: A clause that cannot open a suggested question: it leans on the one before (并对…, 和…, 是…), breaks off (…的,
#: …涉及), only sets the time (…启动以来), or a quotation is cut in two.
_NO_SUBJECT = regex(r"^[并对和而但从在把将让以为及与或是]|的$|涉及$|以来$|^[^“]*”|“[^”]*$")
#: A figure with its measure word, which a suggested question asks for (多少户), and the digits of any figure or date.
_SUGGESTED_FIGURE = regex(rf"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?({lexicon.UNIT_PATTERN})(?:以上)?")
_DIGITS = regex(r"\d+(?:\.\d+)?")
#: Longest quoted text read as a term of the sentence (“四风”, “三严三实”), not as a quotation.
_QUOTED_TERM = 6
#: A paragraph's motto: at most this many parts (clauses or items listed) of at most this many characters.
_SLOGAN_CLAUSES, _SLOGAN_CLAUSE = 4, 10
#: The parts of a motto: its clauses and the items listed in them (察民情、听民意、解民忧).
_MOTTO_PART = regex(r"[^,,;;。!?!?:“”\"、]+")
#: Longest clause a suggested question is made of.
_SUGGESTED_CLAUSE = 24


#: What a question asks for when it asks who someone is: a post it names is not filled in with its holder.
_WHO_ASKED = ("person", "name", "role")


def _unquoted_clauses(text: str) -> list[str]:
    """A paragraph's clauses, short quoted terms read as words (“四风”) and longer quotations, sayings that make no
    question of the report's own, left out."""
    unquoted = re.sub(rf"“([^”]{{1,{_QUOTED_TERM}}})”", r"\1", text)
    unquoted = re.sub(r"“[^”]*”", "“”", unquoted)
    return [c.strip() for c in _CLAUSE.findall(unquoted) if c.strip()]


def _slogan(passage: Passage, i: int) -> bool:
    """Is the passage's sentence `i` the motto a paragraph opens with: a few short clauses or items, no figure
    (从严要求,全程督导。; 直接到群众中去察民情、听民意、解民忧。)?"""
    if i != 0 or i >= len(passage.sentences):
        return False
    clauses = [c for c in _MOTTO_PART.findall(passage.sentences[i]) if c.strip()]
    return len(clauses) <= _SLOGAN_CLAUSES and all(len(c.strip()) <= _SLOGAN_CLAUSE for c in clauses) and \
        not any(ch.isdigit() for ch in passage.sentences[i])


def _read_together(passage: Passage, j: int) -> bool:
    """Is the passage's sentence `j` read with the one after it: the motto the paragraph opens with
    (学原著,学党史,学先进。认真学习…), or what the next points back to (学习教育,是…基础环节。…将之作为头道工序)?"""
    return j + 1 < len(passage.sentences) and \
        (_slogan(passage, j) or lexicon.POINTS_BACK.search(passage.sentences[j + 1]) is not None)


def _public_view_asked(folded: str) -> bool:
    """Is how people at large took a thing, or what they think of it, asked (网民啥反应?, 网友认可吗?)?"""
    return any(p.search(folded) for p in (lexicon.VIEW_ASKED, lexicon.APPROVAL_ASKED, lexicon.DISAPPROVAL_ASKED,
                                          lexicon.REACTION_ASKED, lexicon.PUBLIC_ATTITUDE_ASKED, lexicon.SAYER_ASKED,
                                          lexicon.PUBLIC_FEELING_ASKED))


def _longest_run(said: str, text: str) -> int:
    """The length of the longest run of `said`'s characters that `text` holds in a row."""
    best = 0
    for start in range(len(said)):
        end = start + best + 1
        while end <= len(said) and said[start:end] in text:
            best, end = end - start, end + 1
    return best


def _close_to_first(order: Sequence[int], scores: Mapping[int, float], share: float,
                    within: int | None = None) -> list[int]:
    """The candidates after the first, among the first `within` (`SUBJECT_WITHIN`), scored within `share` of it."""
    top = scores.get(order[0], 0.0) if order else 0.0
    return [i for i in order[1:within or SUBJECT_WITHIN] if scores.get(i, 0.0) >= top * (1 - share)]


def _promoted(order: list[int], scores: Mapping[int, float], share: float, test: Callable[[int], bool],
              within: int | None = None) -> list[int]:
    """The candidates with, unless the first passes `test`, the first of those scored within `share` of it (among
    the first `within`) that does moved to the front."""
    if len(order) < 2 or test(order[0]):
        return order
    found = next((i for i in _close_to_first(order, scores, share, within) if test(i)), None)
    return order if found is None else [found, *(i for i in order if i != found)]


def _answer_first(result: Result) -> tuple[Hit, ...]:
    """The hits with the answer's passage first (it may have been chosen from below the top hit)."""
    if result.answer is None or (result.hits and result.hits[0].passage.id == result.answer.passage.id):
        return result.hits
    if not result.hits:  # 哪天发的?: no word to search by, but the passage that answers is one
        return (Hit(rank=1, passage=result.answer.passage, score=0.0),)
    first = next((h for h in result.hits if h.passage.id == result.answer.passage.id), None)
    if first is None:  # a heading or the metadata answered: the passage it stands with leads
        first = Hit(rank=1, passage=result.answer.passage, score=0.0)
    order = [first, *(h for h in result.hits if h.passage.id != first.passage.id)][: len(result.hits)]
    return tuple(replace(h, rank=n) for n, h in enumerate(order, start=1))


class _Lookup(Collection[str]):
    """A set of words decided word by word (and remembered), for tables too large to make whole."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._known = LRUCache[str, bool](LOOKUP_CACHE)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._test(word)
            self._known[word] = known
        return known

    def __iter__(self) -> Iterator[str]:
        return iter(())  # not enumerable: only asked about words

    def __len__(self) -> int:
        return 0


class _Commonness(Mapping[str, float]):
    """`commonness` of any word, computed when first asked (see `_Lookup`)."""

    def __init__(self) -> None:
        self._known = LRUCache[str, float](LOOKUP_CACHE)

    def __getitem__(self, word: str) -> float:
        known = self._known.get(word)
        if known is None:
            known = commonness(word)
            self._known[word] = known
        return known

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _as_asked(words: Sequence[str], question: Question) -> tuple[str, ...]:
    """Words in the user's own letter case where the question has them so (GDP, not gdp)."""
    text = unicodedata.normalize("NFKC", question.text)
    out = []
    for word in words:
        at = text.lower().find(word.lower()) if word.isascii() else -1
        out.append(text[at: at + len(word)] if at >= 0 else word)
    return tuple(out)


def _outermost(words: Sequence[str]) -> tuple[str, ...]:
    """The words not inside another of them, figures left out (专项行动, not 专项 and 行动 too)."""
    return tuple(w for w in dict.fromkeys(words) if not w.isdigit() and not any(w != o and w in o for o in words))


#: A candidate scored within this share of the first, among the first few, whose sentence opens with the
#: question's subject, is judged first.
SUBJECT_TIE = 0.1
SUBJECT_WITHIN = 3
#: ... and, within this share, one where it opens a clause and acts, for a question asking what it does.
ACTING_TIE = 0.3
#: Of the first few candidates, one scored within this share of the first that says the verb a how-question asks
#: (咋改的? ↔ 坚持即知即改、立行立改) is judged first where the first does not say it.
MANNER_TIE, MANNER_WITHIN = 0.5, 5
#: A figure whose sentence lacks a word of the question gives way to one scored within this share of it whose
#: sentence holds them all.
WANTING_TIE = 0.5


class Engine:
    """Answers questions from one loaded index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.path = index.path
        self.normalizer = index.normalizer
        self.tokenizer = index.tokenizer
        self.documents: tuple[Document, ...] = index.meta.documents
        self._documents = {d.id: d for d in self.documents}
        # Passages and their terms, read on demand; the BM25 backend.
        self.store = index.store
        self.passages: Sequence[Passage] = index.passages
        self.scorer = index.scorer
        self._suggestions: list[str] | None = None
        self._by_passage: dict[int, str | None] = {}
        self._reader: Reader | None = None
        self._verbs = index.meta.verbs
        self._common = index.meta.common
        self._weights: Weights | None = None
        self._names: Collection[str] | None = index.meta.names
        self._matching: dict[int, str] = {}
        self._listing: dict[tuple[str, int, bool], int | None] = {}
        self._sizes: dict[int, frozenset[int]] = {}
        self._sentences: dict[int, tuple[str, ...]] = {}
        self._verdicts: tuple[Question | None, list[Group], dict[int, Verdict]] = (None, [], {})
        self._whole_text: str | None = None  # (every passage in matching form, for `_full_names`)
        self._full_names_of: tuple[Question | None, list[str]] = (None, [])

    @property
    def built_at(self) -> str:
        """When the index was built (ISO 8601, UTC)."""
        return self.index.meta.built_at

    @property
    def corpus_dir(self) -> Path:
        """The folder the index was built from."""
        return self.index.meta.corpus_dir

    @property
    def removed(self) -> tuple[Removal, ...]:
        """The spam the build removed."""
        return self.index.meta.removed

    # --- lookup -------------------------------------------------------------------------------------------
    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any."""
        return self.store.passage(passage_id)

    def document(self, doc_id: str) -> Document:
        """The document with this id."""
        return self._documents[doc_id]

    def neighbors(self, passage_id: str, radius: int = 1) -> list[Passage]:
        """The passage with up to `radius` paragraphs before and after it in the same document, in order."""
        passage = self.store.passage(passage_id)
        if passage is None:
            return []
        lo, hi = passage.paragraph - radius, passage.paragraph + radius
        return [p for p in self.store.doc_passages(passage.doc) if lo <= p.paragraph <= hi and p.paragraph > 0]

    def citation(self, passage: Passage) -> str:
        """"section · 第N段", with the report's title first where the index holds more than one report (the
        section is left out where there is none)."""
        parts = [self.document(passage.doc).title] if len(self.documents) > 1 else []
        if passage.paragraph:
            parts.append(passage.section or "导语")
        parts.append(f"第{passage.paragraph}段" if passage.paragraph else "报道信息")
        return " · ".join(parts)

    def info(self) -> dict[str, Any]:
        """A description of the loaded index."""
        return {"path": str(self.path) if self.path else None, "built_at": self.built_at,
                "corpus_dir": str(self.corpus_dir), "documents": len(self.documents),
                "passages": len(self.passages), "vocabulary": self.scorer.vocabulary,
                "removed": len(self.removed)}

    # --- answering ----------------------------------------------------------------------------------------
    @property
    def reader(self) -> Reader:
        """Reads questions against this index's vocabulary."""
        if self._reader is None:
            # what every title shares (an archive's titles share nothing: stop at the first that does not)
            scope: set[str] | None = None
            rounds: set[str] | None = None
            for document in self.documents:
                title = self.normalizer.normalize(document.title)
                scope = set(self.terms(document.title)) if scope is None else scope.intersection(self.terms(document.title))
                # (the year it was published in is its setting too: 2014年 asks nothing of a report of 2014)
                held = [*lexicon.ORDINAL.findall(title), *([document.date[:4]] if document.date else [])]
                rounds = set(held) if rounds is None else rounds.intersection(held)
                if not scope and not rounds:
                    break
            self._reader = Reader(self.normalizer.normalize, self.tokenizer.tokens, self.scorer.idf_table,
                                  self.names, frozenset(t for t in scope or () if t in self.names), rounds or (),
                                  self._verbs or frozenset())
        return self._reader

    @property
    def names(self) -> Collection[str]:
        """Index terms that name a place or a person (a question naming one is answered only where it stands).
        Carried by a small index; for an archive, whose vocabulary is large, looked up word by word."""
        if self._names is None:
            self._names = frozenset(names_in(self.scorer.idf_table)) if self.scorer.vocabulary <= WHOLE_TABLES \
                else _Lookup(lambda w: bool(names_in([w])) and w in self.scorer.idf_table)
        return self._names

    def terms(self, query: str) -> list[str]:
        """The index terms of a question, exactly as documents are tokenized."""
        return self.tokenizer.tokens(self.normalizer.normalize(query[:MAX_QUERY_CHARS]))

    def read(self, query: str) -> Question:
        """The question as the engine reads it (see index/answering/query.py)."""
        question = self.reader.read(query[:MAX_QUERY_CHARS])
        numbered = self._part_by_heading(question.folded)
        if numbered is not None:  # (深学深思那一段讲的啥 → 第二部分讲的啥: a part named by its heading's words)
            question = replace(self.reader.read(numbered), text=question.text)
        named = self._post_holder(question)
        if named is None:
            return question
        read = self.reader.read(named)
        # (…副书记是那位?: read again, 那位 is 哪位, and the question asks who holds the post)
        # (but 省委书记带头写了文章,是哪个领导?: who did it, the holder named)
        return question if read.wants in _WHO_ASKED and question.wants not in _WHO_ASKED else \
            replace(read, text=question.text)

    def _part_by_heading(self, folded: str) -> str | None:
        """The question with a part of the report it names by words of that part's heading (“深学深思”那个部分,
        深学深思那一段) named by its number instead (第二部分); None where it names none so. A clause of a heading
        that the report's text says too (敞开大门) names the part only with a word for a part (部分, 节), not a
        paragraph (段)."""
        if not lexicon.PART_NAMED_AFTER.search(folded):
            return None
        for document in self.documents if len(self.documents) <= HEADED_DOCUMENTS else ():
            passages = self.store.doc_passages(document.id)
            for n, heading in enumerate(headings_of(passages), start=1):
                said = self.normalizer.normalize(heading)
                for clause in lexicon.CLAUSE_END.split(said):
                    at = folded.find(clause) if len(clause) >= HEADING_CLAUSE else -1
                    if at < 0:
                        continue
                    part = lexicon.PART_NAMED_AFTER.match(folded, at + len(clause))
                    if part is None or (part.group("paragraph") and
                                        any(clause in self.normalizer.normalize(p.text) for p in passages)):
                        continue
                    quoted = folded.rfind("“", 0, at)
                    start = quoted if quoted >= 0 and set(folded[quoted + 1:at]) <= set(said) else at
                    rest = folded[part.end():]
                    if lexicon.GIST.search(rest) and not lexicon.PART_WORDS.search(rest) and "哪" not in rest:
                        # (深学深思那一段讲的啥: not the heading the question quotes, what the part opens with)
                        return f"{folded[:start]}第{n}部分开头讲了啥"
                    return f"{folded[:start]}第{n}部分{rest}"
        return None

    def _post_holder(self, question: Question) -> str | None:
        """The question with the one person the report gives a post it names (省委书记带头写了什么? → 省委书记张宝顺):
        the post says who, what that person did answers. None where it asks who holds the post, or the report
        gives the post to no one or to several."""
        if any(self._names_person(t) for t in question.terms):
            return None  # (省政协主席是王明方吧?: the question names the person it means)
        folded = question.folded
        for post in lexicon.TOP_POST.finditer(folded):
            if question.wants in _WHO_ASKED and not self._deed_after(question, post.end()):
                continue  # 省委书记是谁?: who holds it is asked (not 省委书记带头写了文章,是哪个领导?: who did it)
            if any(is_person(folded[post.end(): post.end() + size]) for size in (2, 3)) or \
                    lexicon.QUANTITY_WORDS.search(folded, max(0, post.start() - COUNT_REACH), post.start()):
                continue  # 省委书记张宝顺: named already; 有几位省委副书记?: the holders counted, not one
            holders = {m.group(2) for i, _ in self.scorer.top([post.group(0)], k=CANDIDATES)
                       for m in lexicon.POST_THEN_NAME.finditer(self.passages[i].text)
                       if m.group(1).endswith(post.group(0)) and is_person(m.group(2))}
            if len(holders) == 1:
                return folded[:post.end()] + holders.pop() + folded[post.end():]
        return None

    @staticmethod
    def _deed_after(question: Question, at: int) -> bool:
        """Does a verb of the question stand at `at` (省委书记|带头写…), after an adverb or none?"""
        adverb = lexicon.ADVERB_BEFORE_DEED.match(question.folded, at)
        start = adverb.end() if adverb else at
        return any(question.folded.startswith(t.word, start) and verbal(t.word) for t in question.terms)

    def _names_person(self, term: Term) -> bool:
        """Does the word name a person: a name of the index that is no place, or an unknown word shaped like a
        name (王名方)? (Without reading jieba's dictionary: a question's first answer stays fast.)"""
        if term.word in self.names:
            return term.word not in place_names()
        return term.role == "constraint" and 2 <= len(term.word) <= 3 and term.word[0] in lexicon.SURNAMES

    def ask(self, query: str, k: int = 3, offset: int = 0, prefer: Passage | None = None) -> Result:
        """Answer `query` from the report: status, the answer sentence and its lead, the top-k passages.

        `prefer` (the passage a conversation is about) answers instead of the best passage when it ranks
        among the top few and answers the question by itself.
        """
        return self.answer(self.read(query), k, offset, prefer)

    def answer(self, question: Question, k: int = 3, offset: int = 0, prefer: Passage | None = None,
               shown: str | None = None) -> Result:
        """:meth:`ask` for a question already read (a conversation may have carried words into it). `shown`: a
        sentence the conversation has just shown, which does not answer again (another one must)."""
        result = self._retrieve(question, k, offset, prefer, shown)
        result = replace(result, hits=tuple(replace(h, relevant=self._relevant(question, h)) for h in result.hits))
        if question.options and result.status == "answered" and result.answer is not None:
            result = self._choose(question, result, result.answer)
        elif question.offered and result.status == "answered" and (answer := result.answer) is not None:
            said = self.normalizer.normalize(answer.sentence)
            named = [o for o in question.offered if o in said or o.rstrip("市县省") in said]
            if len(named) == 1:  # 是芜湖还是马鞍山征集的? → 芜湖
                result = replace(result, answer=replace(answer, lead=named[0]))
            elif not named:  # 归合肥管还是归巢湖管?: the sentence names neither, so the report does not settle it
                result = self._unsettled(question, result, answer, question.offered)
        if result.status == "answered":
            return replace(result, hits=_answer_first(result)) if offset == 0 else result
        if result.status == "partial" and offset == 0:  # (the passage it speaks of the subject from leads)
            result = replace(result, hits=_answer_first(result))
        return replace(result, suggestions=tuple(self.suggestions(question=question, hits=result.hits)))

    def _retrieve(self, question: Question, k: int, offset: int, prefer: Passage | None = None,
                  shown: str | None = None) -> Result:
        query = question.text[:MAX_QUERY_CHARS]
        terms = question.search_terms
        # one ranking serves both the hits shown and the candidates judged below, where the hits are among them
        head = self._rank(question, CANDIDATES, 0) if offset == 0 and k <= CANDIDATES else None
        ranked = head[:max(k, 1)] if head is not None else self._rank(question, max(k, 1), offset)
        hits = tuple(Hit(rank=offset + n + 1, passage=self.passages[i], score=s)
                     for n, (i, s) in enumerate(ranked) if s > 0 or offset + n == 0)
        about = about_report(self.store, self.scorer, self._documents, question, hits, self.normalizer.normalize)
        if about is not None:
            return about
        part = region(self.store, self.scorer, self._documents, question, hits)
        for passage in sorted(part, key=lambda p: -self.verdict(question, p.position).coverage):
            # 结尾用的是哪方面的数据? / 讲完芜湖后接着讲的是哪个县?: asked of one part of the report
            answer, lacking = self._answer(question, passage, shown)
            if lacking is None:
                return Result(query=query, answered=True, answer=answer, hits=hits, terms=tuple(terms))
        if not ranked:
            return Result(query=query, answered=False, answer=None, hits=hits, terms=tuple(terms))
        head = head if head is not None else self._rank(question, CANDIDATES, 0)
        # The header (title, date, source) answers questions about the report itself only (index/answering/outline.py).
        order = [i for i, s in head if s > 0 and self.passages[i].paragraph > 0]
        verb = question.asked_verb or question.manner_verb
        principle = verb is None and lexicon.PRINCIPLE_ASKED.search(question.folded) is not None
        if principle:
            verb = lexicon.PRINCIPLE_WORD  # 遵循什么原则?: the passages that say what is held to (坚持…) come first
        if verb is not None and self.scorer.vocabulary <= WHOLE_TABLES and verb in self.scorer.idf_table:
            # 主要学什么?: the passages that say the verb most are candidates too, and one that lists what it is done
            # to (学原著,学党史,学先进) comes first (in a report-sized index: in an archive one character is everywhere)
            order += [i for i, _ in self.scorer.top([verb], k=CANDIDATES) if i not in order and self.passages[i].paragraph > 0]
            order.sort(key=lambda i: self._lists(question, i) is None)
            if principle:
                order.sort(key=lambda i: verb not in self.passages[i].text)
        scores = dict(head)
        order = self._subject_first(question, order, scores)
        order = self._acting_first(question, order, scores)
        order = self._fuller_first(question, order, scores)
        order = self._manner_first(question, order, scores)
        order = self._treated_as_first(question, order, scores)
        order = self._some_first(question, order)
        order = self._verbatim_first(question, order, scores)
        if prefer is not None and prefer.position in order[:PREFER_WITHIN]:
            order.remove(prefer.position)
            order.insert(0, prefer.position)
        first: tuple[int, Verdict] | None = None
        local: Answer | None = None
        wanting: tuple[Answer, float] | None = None
        for position in order:
            verdict = self.verdict(question, position)
            first = first or (position, verdict)
            if not verdict.answers:
                continue
            answer, lacking = self._answer(question, self.passages[position], shown)
            if lacking is None and local is None and self._of_one_place(question, answer.sentence):
                # 征求到多少意见? names no place: the report-wide figure, if one answers, before 芜湖市's
                local = answer
                continue
            if lacking is None:
                if wanting is None and self._sentence_lacks(question, answer.sentence):
                    # 全省一共收到多少条意见?: a figure whose sentence lacks a word of the question (各省委督导组…
                    # 20800多条) gives way to one scored near it whose sentence holds them all (全省…75.6万余条)
                    wanting = (answer, scores.get(position, 0.0))
                elif wanting is None or (scores.get(position, 0.0) >= wanting[1] * (1 - WANTING_TIE) and
                                         not self._sentence_lacks(question, answer.sentence)):
                    return Result(query=query, answered=True, answer=answer, hits=hits, terms=tuple(terms))
                continue
            if first[0] == position:
                first = (position, replace(verdict, missing=(lacking,)))
        if wanting is not None:
            return Result(query=query, answered=True, answer=wanting[0], hits=hits, terms=tuple(terms))
        if local is not None:
            return Result(query=query, answered=True, answer=local, hits=hits, terms=tuple(terms))
        if first is not None and not first[1].missing and first[1].evidence >= MIN_EVIDENCE and \
                not self._unheld(question, first[0]) and self._says_any(question, first[0]):
            # The passage holds every word of the question that names something; only verbs differ
            # (庐江县是怎么查找问题的? ↔ 切实找准查实…突出问题): it answers.
            answer, lacking = self._answer(question, self.passages[first[0]], shown)
            if lacking is None:
                return Result(query=question.text[:MAX_QUERY_CHARS], answered=True, answer=answer, hits=hits,
                              terms=tuple(terms))
        if question.wants in ("yesno", "open"):  # (…是来安县的做法?: a claim, asked with no 吗)
            corrected = self._said_of_another_place(question, shown)
            if corrected is not None:  # 画群体像…是芜湖的做法吧?: no, 淮南市's
                return Result(query=query, answered=True, answer=corrected, hits=hits, terms=tuple(terms))
        return self._partial(question, hits, terms, first)

    def _said_of_another_place(self, question: Question, shown: str | None) -> Answer | None:
        """For a claim that something is one place's (用真心、下真功、动真格是来安县的做法?), the sentence that says it of
        another place, with that place as the short answer; None if none of the passages that best match the
        rest of the claim does."""
        # (a place claimed as whose it is, 是来安县的做法?, or put to be confirmed, 合肥开了11条热线对吧?; not one
        # asked whether it did something, 马鞍山有没有设热线?)
        confirming = lexicon.CONFIRMING_TAG.search(question.text) is not None
        claimed = [t for t in question.terms if t.role == "entity" and any(a in place_names() for a in t.alternatives)
                   and (confirming or re.search(rf"[是属]{re.escape(t.word)}", question.folded))]
        # 电影是孔繁森吗?, 以孔繁森精神为镜子?, 来调研的是习近平吗?: a person claimed where the report names others
        # (one claim at a time: 张宝顺到过芜湖吗? is no claim of another person where the place is unsaid)
        # (as what something is, 是孔繁森吗, 以孔繁森精神为镜, 电影《孔繁森》: not as who did it, 王学军有没有撰写…)
        people = [] if claimed else [t for t in question.terms if question.wants == "yesno" and is_person(t.word) and
                                     re.search(rf"[是以为叫《]{re.escape(t.word)}", question.folded)]
        claimed += people
        if not claimed:
            return None
        # (in a yes/no claim, the pieces of what is claimed too: 庐江 of 庐江县)
        rest = replace(question, terms=tuple(t for t in question.terms if t not in claimed and not (
            question.wants == "yesno" and any(t.word in c.word for c in claimed))))
        if not any(t.role != "frame" and len(t.word) > 1 for t in rest.terms):
            return None
        said = {a for t in claimed for a in t.alternatives} | {t.word for t in claimed}
        for position in [i for i, score in self._rank(rest, PREFER_WITHIN, 0) if score > 0]:
            if not self.verdict(rest, position).answers:
                continue
            answer, lacking = self._answer(rest, self.passages[position], shown)
            if lacking is not None:
                continue
            # the place the sentence is about, opening it (淮南市深学细照…), not one it names among others (赴合肥等6市)
            other = self._people_instead(answer.sentence, said, question.folded, people[0].word) if people else \
                next((w for w in lexicon.longest_first(place_names()) if len(w) > 1 and
                      answer.sentence.lstrip().startswith(w) and not any(w in s or s in w for s in said)), None)
            if other is not None:
                return replace(answer, lead=other)
        return None

    def _people_instead(self, sentence: str, said: Collection[str], folded: str, claimed: str) -> str | None:
        """The people, or the work, a sentence names instead of the person claimed (焦裕禄、沈浩; 《焦裕禄》); None where
        it names the one claimed too, or more people than say which one is meant."""
        names = [w for w in dict.fromkeys(self.terms(sentence)) if len(w) > 1 and is_person(w)]
        named = [w for w in names if not any(w != n and w in n for n in names)]  # (王明 of 王明方)
        title = lexicon.WORK_TITLE.findall(sentence)
        if any(w in s or s in w for w in named for s in said):
            return None  # the sentence names the person claimed too: it does not settle the claim so
        if title:
            return title[0] if len(title) == 1 else None
        return self._names_as_claimed(named, sentence, folded, claimed) if 0 < len(named) <= MAX_NAMES_INSTEAD else None

    @staticmethod
    def _names_as_claimed(named: Sequence[str], sentence: str, folded: str, claimed: str) -> str:
        """The names a sentence gives instead of the one claimed, with what follows it in the claim where the
        sentence has that too (以孔繁森精神为镜子? → 焦裕禄精神和沈浩精神), else the names alone."""
        first, last = sentence.find(named[0]), sentence.find(named[-1])
        after = general_words(folded[folded.find(claimed) + len(claimed):])[:1]  # (精神 of 孔繁森精神为镜子)
        end = last + len(named[-1])
        if first < 0 or last < first or not after or not sentence.startswith(after[0], end):
            return "、".join(named)
        return sentence[first: end + len(after[0])]

    def _choose(self, question: Question, result: Result, answer: Answer) -> Result:
        """A choice item's answer: the one option the answer sentence names (or, for 不包括…, the one it does
        not), as the short answer; where it names none of them, the report does not settle the choice."""
        said = self.normalizer.normalize(answer.sentence)
        named = [o for o in question.options if o.strip("“”\"《》") in said]
        chosen = [o for o in question.options if o not in named] if lexicon.NOT_AMONG.search(question.folded) else named
        if len(chosen) == 1:
            return replace(result, answer=replace(answer, lead=chosen[0]))
        return result if named else self._unsettled(question, result, answer, question.options)

    def _unsettled(self, question: Question, result: Result, answer: Answer, choices: tuple[str, ...]) -> Result:
        """A partial answer for a choice the answer sentence names none of: the report does not settle it."""
        subject = next((t.word for t in question.terms if t.role == "entity"), None) or \
            next((t.word for t in question.terms if t.role == "content" and len(t.word) > 1), question.folded)
        return replace(result, answered=False, status="partial", unsupported=choices, subject=subject,
                       answer=replace(answer, lead=None), suggestions=tuple(self.suggestions(question=question, hits=result.hits)))

    def about(self, question: Question, subject: str, k: int = 3) -> Result:
        """What the report says of `subject` where it does not answer `question` about it: a partial answer
        from the passage that best speaks of both, or none."""
        query = question.text[:MAX_QUERY_CHARS]
        found = self.scorer.top(list(dict.fromkeys([*self.terms(subject), *question.search_terms])), k=CANDIDATES)
        holder = next((i for i, s in found if s > 0 and subject in self.matching_text(i)), None)
        hits = tuple(Hit(rank=n + 1, passage=self.passages[i], score=s) for n, (i, s) in enumerate(found[:k]))
        if holder is None:
            return Result(query=query, answered=False, answer=None, hits=hits, terms=tuple(question.search_terms),
                          suggestions=tuple(self.suggestions(question=question, hits=hits)))
        passage = self.passages[holder]
        unsupported = _outermost([w for w in self._unheld(question, holder) if w not in subject and subject not in w])
        wanted = self.terms(subject)
        i = best_sentence("", wanted, self.store.sentence_terms(holder), passage.sentences, self.scorer.idf)
        return Result(query=query, answered=False, answer=self._mark(passage.sentences[i].strip(), passage, wanted),
                      hits=hits, terms=tuple(question.search_terms), status="partial",
                      unsupported=_as_asked(unsupported, question) or ("这一点",), subject=subject,
                      suggestions=tuple(self.suggestions(question=question, hits=hits)))

    def _of_one_place(self, question: Question, sentence: str) -> bool:
        """Is the sentence a figure of one named place (芜湖市…3.3万余条) while the question, asking for a figure,
        names none (nor does the conversation it carries)?"""
        if question.wants != "figure" or any(t.word in place_names() or t.role == "entity"
                                             for t in (*question.terms, *question.context)):
            return False
        places = place_names()
        folded = self.normalizer.normalize(sentence)
        return any(w in folded for w in self.names if w in places and w not in question.scope and len(w) > 1)

    def _sentence_lacks(self, question: Question, sentence: str) -> bool:
        """Does the answer sentence lack a word of the question that names something (全省 in 全省一共收到多少条意见?
        where the sentence counts what the supervision groups collected)?"""
        if question.wants != "figure":
            return False
        folded = _UNSPACED.sub("", self.normalizer.normalize(sentence))
        return any(t.role in ("content", "entity") and not t.aside and len(t.word) > 1 and t.word not in self.weights.verbs
                   and not any(a in folded for a in (t.word, *t.alternatives)) for t in question.terms)

    def _unheld(self, question: Question, position: int) -> list[str]:
        """The question's words that name something (not framing ones, not verbs: 开展 in 芜湖市开展了哪些专项行动?
        is no part of what the report fails to say) the passage at `position` does not hold."""
        held, text = self.store.term_set(position), self.matching_text(position)
        return [t.word for t in question.terms if t.role != "frame" and not t.aside and t.word not in self.weights.verbs and
                not any(a in held or a in text for a in (t.word, *t.alternatives))]

    def _says_any(self, question: Question, position: int) -> bool:
        """Does the passage at `position` hold any word of the question as it is asked, not only by a synonym
        (天气 said only as the 新气象 of a change is no weather)?"""
        held, text = self.store.term_set(position), self.matching_text(position)
        return any(t.word in held or t.word in text for t in question.terms if t.role != "frame" and t.kind != "synonym")

    def _rank(self, question: Question, k: int, offset: int) -> list[tuple[int, float]]:
        """BM25 over the question's words, and the conversation's carried words at their lower weight. A phrase
        the thesaurus gives in the report's words that no index term holds whole (点名处理 → 通报查处) is scored by
        the index terms it is made of (通报, 查处)."""
        table = self.scorer.idf_table
        unheld = [alt for t in question.terms if not (t.aside and t.role == "frame") and
                  not any(a in table for a in t.alternatives) for alt in t.alternatives if len(alt) >= PHRASE_CHARS]
        # (of words, not single characters: 市县两级 is no 市, 县)
        terms = question.search_terms
        parts = [part for split in map(self.terms, unheld) if all(len(part) > 1 for part in split)
                 for part in split if part not in terms]
        if parts or (question.context and question.context_weight > 0):
            return top_weighted(self.scorer, [(terms, 1.0), (parts, PHRASE_PART_WEIGHT),
                                              (question.context_terms, question.context_weight)], k, offset)
        return self.scorer.top(terms, k=k, offset=offset) if terms else []

    def _partial(self, question: Question, hits: tuple[Hit, ...], terms: list[str],
                 first: tuple[int, Verdict] | None) -> Result:
        """What the report says of the question's subject when it does not say what is asked; or nothing."""
        query = question.text[:MAX_QUERY_CHARS]
        nothing = Result(query=query, answered=False, answer=None, hits=hits, terms=tuple(terms))
        if first is None:
            return nothing
        position, verdict = first
        if any(t.role == "constraint" and t.word in place_names() for t in question.terms):
            return nothing  # it names a place the report never mentions (北京的天气)
        missing = set(verdict.missing)
        entities = [t for t in question.terms if t.role == "entity"]
        subject_terms = [t for t in question.terms if t.role != "frame" and t.kind != "synonym" and
                         t.word not in missing]
        if entities and any(t.word in missing for t in entities):
            # The best passage is about something else (合肥's actions for a question about 淮南市): speak of
            # the named subject where the report does.
            named = [a for t in entities for a in t.alternatives]
            found = self.scorer.top(list(dict.fromkeys([*named, *terms])), k=CANDIDATES)
            holder = next((i for i, _ in found if all(any(a in self.store.term_set(i) for a in t.alternatives)
                                                       for t in entities)), None)
            if holder is None:
                return nothing
            position = holder
            missing = set(self._unheld(question, position))
            subject_terms = entities
        elif not missing and any(any(a in self.store.term_set(position) for a in t.alternatives) for t in entities):
            # The passage speaks of the named subject (淮南市) but not of what is asked about it.
            missing = set(self._unheld(question, position))
            subject_terms = entities
        strength = sum(weight(t, self.weights) for t in subject_terms
                       if any(a in self.store.term_set(position) for a in t.alternatives))
        if not missing or strength < MIN_SUBJECT * self.scorer.unseen_idf:
            return nothing
        passage = self.passages[position]
        subject = max(subject_terms, key=lambda t: (t.role == "entity", not _DIGITS.fullmatch(t.word), len(t.word),
                                                    weight(t, self.weights)))  # (a figure, 232.4, names no subject)
        wanted = [a for t in subject_terms for a in t.alternatives]
        i = best_sentence("", wanted, self.store.sentence_terms(position), passage.sentences, self.scorer.idf)
        sentence = passage.sentences[i].strip()
        unsupported = tuple(w for w in dict.fromkeys(verdict.missing if position == first[0] else ())
                            if w in missing) or _outermost(sorted(missing, key=question.folded.find))
        return Result(query=query, answered=False, answer=self._mark(sentence, passage, wanted), hits=hits,
                      terms=tuple(terms), status="partial", unsupported=_as_asked(unsupported, question),
                      subject=subject.word)

    @property
    def weights(self) -> Weights:
        """What question words weigh (see index/answering/decision.py)."""
        if self._weights is None:
            # Carried by the index; otherwise (an index built before they were) looked up word by word.
            common: Mapping[str, float] = self._common if self._common is not None else _Commonness()
            verbs: Collection[str] = self._verbs if self._verbs is not None else _Lookup(frames)
            self._weights = Weights(self.scorer.idf_table, self.scorer.unseen_idf, common, verbs,
                                    lambda word: self.reader.related(word))
        return self._weights

    def _relevant(self, question: Question, hit: Hit) -> bool:
        """Is a passage worth offering as related: it holds a fair share of the question (the answer rule,
        looser), every place or person the question names, and is part of the report's body?"""
        if hit.score <= 0 or hit.passage.paragraph == 0:
            return False
        verdict = self.verdict(question, hit.passage.position)
        named = {t.word for t in question.terms if t.role == "entity"}
        return not named.intersection(verdict.missing) and verdict.coverage >= RELATED_COVERAGE and \
            verdict.evidence >= MIN_EVIDENCE

    def verdict(self, question: Question, position: int) -> Verdict:
        """How well the passage at `position` answers the question."""
        asked, groups, known = self._verdicts  # the question read last: answering judges a passage twice
        if asked is not question:
            asked, groups, known = question, word_groups(question, self.weights), {}
            self._verdicts = (asked, groups, known)
        found = known.get(position)
        if found is None:
            found = known[position] = judge(question, self.store.term_set(position), self.matching_text(position),
                                            self.weights, groups, self._lists(question, position) is not None or
                                            self._defines(question, position) is not None or
                                            (lexicon.going_asked(question.folded) is not None and
                                             any(done_there(question, s) for s in self.matching_sentences(position))),
                                            self._list_sizes(position), self._counts_asked(question, position),
                                            nicknamed=named_by_verb(question, self.passages[position].text, self.weights.verbs),
                                            named=named_list_asked(question, self.passages[position].text))
            other_body = [name for name in self._full_names(question) if name not in self.matching_text(position)]
            if other_body:  # 省委教育实践活动领导小组组长是谁? is not answered by the cities' 活动领导小组
                found = known[position] = replace(found, missing=(*found.missing, *other_body))
            text = self.passages[position].text
            if lexicon.REST_ASKED.search(question.folded) and lexicon.PART_GIVEN.search(text) and \
                    not lexicon.REST_SAID.search(text):
                # 1602个之外剩下的那些,第一书记是谁兼任的?: the passage speaks of the part it sets apart only
                found = known[position] = replace(found, missing=(*found.missing, "其余"))
        return found

    def _full_names(self, question: Question) -> list[str]:
        """The full names of groups the question gives as the report writes them somewhere (省委教育实践活动领导小组,
        ending in a word for a group): a passage that does not say one speaks of another group of that kind, if of
        any. Only in a report-sized index (an archive says any name in many ways)."""
        if self.scorer.vocabulary > WHOLE_TABLES:
            return []
        if self._full_names_of[0] is question:
            return self._full_names_of[1]
        if self._whole_text is None:
            self._whole_text = "\n".join(self.matching_text(p.position) for p in self.passages)
        folded = _UNSPACED.sub("", question.folded)
        names: list[str] = []
        at = 0
        while at <= len(folded) - FULL_NAME:
            # the longest stretch from `at` the text holds (every start of a stretch it holds it holds too)
            end = at
            while end < len(folded) and folded[at:end + 1] in self._whole_text:
                end += 1
            end = end if end >= at + FULL_NAME else 0
            name = folded[at:end]
            head = next((name[-n:] for n in (4, 3, 2) if name[-n:] in self.scorer.idf_table and name[-n:] != name), None)
            if end and head and lexicon.HAN.fullmatch(name[0]) and lexicon.GROUP_NAMED.search(head):
                names.append(name)
            at = end if end else at + 1
        self._full_names_of = (question, names)
        return names

    def _list_sizes(self, position: int) -> frozenset[int]:
        """How many items each list of the passage holds (`decision.list_sizes`), kept per passage."""
        sizes = self._sizes.get(position)
        if sizes is None:
            if len(self._sizes) >= MATCHING_CACHE:
                self._sizes.clear()
            sizes = self._sizes[position] = list_sizes(self.passages[position].text)
        return sizes

    def _subject_first(self, question: Question, order: list[int], scores: Mapping[int, float]) -> list[int]:
        """The candidates with, among those scored nearly as high as the first, one whose sentence opens with the
        question's subject first (省委对三严三实学习做了啥部署? ↔ 省委部署在全省开展…, not 各地各单位按照省委部署要求…)."""
        subject = next((t.word for t in sorted(question.terms, key=lambda t: question.folded.find(t.word))
                        if t.role in ("content", "entity") and len(t.word) > 1 and t.word not in self.weights.verbs), None)
        if subject is None:
            return order
        return _promoted(order, scores, SUBJECT_TIE, lambda i: self._opens_with(i, subject))

    def _acting_first(self, question: Question, order: list[int], scores: Mapping[int, float]) -> list[int]:
        """For a question asking what someone does (第一批单位现在还干啥?), among the candidates scored close to the
        first, one where the question's subject opens a clause and acts (…,第一批活动单位机构不撤、人员不减) comes
        before one where it only qualifies a thing (第一批活动单位查摆的4395个问题)."""
        if not lexicon.DOING_ASKED.search(question.folded):
            return order
        named = [t.word for t in question.terms if t.role in ("content", "entity") and len(t.word) > 1 and
                 t.word not in self.weights.verbs and not t.aside]  # (not 群友 of 群友问:…)
        subject = min(named, key=lambda w: (question.folded.find(w), -len(w)), default=None)
        if subject is None:
            return order
        return _promoted(order, scores, ACTING_TIE, lambda i: self._acts(i, subject))

    def _manner_first(self, question: Question, order: list[int], scores: Mapping[int, float]) -> list[int]:
        """For a question asking how a thing is done (各地咋改的?), a candidate close to the first that says the verb
        (即知即改) is judged before one that does not say it at all (…进行集中反馈点评)."""
        verb = question.manner_verb
        if not verb:
            return order
        return _promoted(order, scores, MANNER_TIE, lambda i: verb in self.matching_text(i), MANNER_WITHIN)

    def _treated_as_first(self, question: Question, order: list[int], scores: Mapping[int, float]) -> list[int]:
        """For a question asking what a thing is treated as (焦裕禄精神和沈浩精神被当成什么?), a candidate close to the
        first that says it so, 以X为Y with X of the question's words (以焦裕禄精神和沈浩精神为镜子), is judged first."""
        taken_from = lexicon.TAKEN_FROM_ASKED.search(question.folded)
        if not lexicon.TREATED_AS_ASKED.search(question.folded) and taken_from is None:
            return order
        words = [w for w in question.naming_words if len(w) > 1]

        def says(text: str, m: re.Match[str]) -> bool:
            # (拿谁当镜子?: what it is taken as, 为镜; 焦裕禄精神被当成什么?: what is taken, 以焦裕禄精神…为)
            return bool(set("".join(taken_from.groups(""))) & set(text[m.end(): m.end() + 2])) if taken_from else \
                any(w in m.group(0) for w in words)
        said = [i for i in (order[:1] + _close_to_first(order, scores, MANNER_TIE, MANNER_WITHIN)) if any(
            says(self.matching_text(i), m) for m in lexicon.TAKEN_AS_SAID.finditer(self.matching_text(i)))]
        if not said:
            return order
        # (of several, the one holding most of the question; on a tie the report's earlier: its lead says it of the
        # whole, 安徽省以…为镜子, where a later paragraph says it of some, 各级党员领导干部自觉以…为镜)
        first = max(said, key=lambda i: (self.verdict(question, i).coverage, -self.passages[i].paragraph))
        return [first, *(i for i in order if i != first)]

    def _some_first(self, question: Question, order: list[int]) -> list[int]:
        """For a question asking what some of a kind did (有的单位在网上怎么征意见?), a candidate that says some of that
        kind did something (一些单位利用官方微博征求意见) is judged first: one saying what all of it did
        (第二批参加单位普遍通过…) does not say what some did."""
        words = {t.word for t in question.terms if len(t.word) > 1}
        asked = {w for m in lexicon.SOME_OF.finditer(question.folded) for w in words
                 if question.folded.startswith(w, m.end())}
        if not asked:
            return order

        def says_some(position: int) -> bool:
            text = self.matching_text(position)
            return any(text.startswith(w, m.end()) for m in lexicon.SOME_SAID.finditer(text) for w in asked)

        said = next((i for i in order[:SOME_WITHIN] if says_some(i)), None)
        return order if said is None or said == order[0] else [said, *(i for i in order if i != said)]

    def _acts(self, position: int, subject: str) -> bool:
        """Does a clause of the passage open with `subject` and go on with no 的 (a subject that acts)?"""
        return any(clause.startswith(subject) and "的" not in clause
                   for s in self.matching_sentences(position) for clause in lexicon.CLAUSE_END.split(s.strip()))

    def _fuller_first(self, question: Question, order: list[int], scores: Mapping[int, float]) -> list[int]:
        """Of the candidates scored close to the first, one that holds clearly more of the question's words is
        judged first (第一批活动单位是不是已经撤了? ↔ …机构不撤, not …目前已有3142个整改完毕)."""
        close = _close_to_first(order, scores, FULLER_TIE)
        if not close:
            return order
        coverage = {i: self.verdict(question, i).coverage for i in (order[0], *close)}
        fuller = max(close, key=lambda i: coverage[i])
        if coverage[fuller] < coverage[order[0]] + FULLER_MARGIN:
            return order
        return [fuller, *(i for i in order if i != fuller)]

    def _verbatim_first(self, question: Question, order: list[int], scores: Mapping[int, float]) -> list[int]:
        """The candidate that holds the whole question word for word comes first (班子强不强 ↔ “班子强不强,关键看
        班长。”): the question quotes it. Else, of those scored close to the first, one that holds a clearly longer
        run of the question's characters (焦裕禄精神和沈浩精神被当作什么? ↔ 以焦裕禄精神和沈浩精神为镜子, not
        焦裕禄精神、沈浩精神作为红线) does: it says the thing as the question puts it."""
        if not order:
            return order
        quoted = [_UNSPACED.sub("", q) for q in _QUOTED.findall(question.folded)]
        if quoted and not all(q in self.matching_text(order[0]) for q in quoted):
            # 省里弄的那个“1+8”到底是个啥?: the passage that holds what the question quotes, whatever else it says
            holder = next((i for i in order if all(q in self.matching_text(i) for q in quoted)), None)
            if holder is not None:
                return [holder, *(i for i in order if i != holder)]
        said = _UNSPACED.sub("", question.folded)
        if len(said) < MIN_VERBATIM:
            return order
        holder = next((i for i in order if said in self.matching_text(i)), None)
        if holder is None:
            close = _close_to_first(order, scores, RUN_TIE)
            runs = {i: _longest_run(said, self.matching_text(i)) for i in (order[0], *close)}
            holder = max(close, key=lambda i: runs[i], default=None)
            if holder is not None and (runs[holder] < LONG_RUN or runs[holder] < runs[order[0]] + RUN_MARGIN):
                holder = None
        return order if holder is None or holder == order[0] else [holder, *(i for i in order if i != holder)]

    def _opens_with(self, position: int, word: str) -> bool:
        """Does a sentence of the passage open with `word` (its subject)?"""
        return any(s.lstrip().startswith(word) for s in self.matching_sentences(position))

    def _defines(self, question: Question, position: int) -> int | None:
        """The sentence of the passage that says what the thing the question asks the standing of is
        (学习教育是什么地位? ↔ 学习教育,是教育实践活动的基础环节), if one does."""
        if not lexicon.DEFINITION_ASKED.search(question.folded):
            return None
        for n, sentence in enumerate(self.matching_sentences(position)):
            defined = lexicon.DEFINES.match(sentence.strip())
            if defined and defined.group(1) in question.folded:
                return n
        return None

    def _counts_asked(self, question: Question, position: int) -> bool:
        """Does a sentence of the passage count what the question asks how many of, with its measure word
        (省里派了多少个检查组? ↔ 16个省委督导组)?"""
        counted = question.counted(self.weights.verbs)
        if question.wants != "figure" or not question.units or not counted or \
                any(t.kind != "synonym" for t in counted):
            return False
        return None in self._lacking(question, position)

    def _lacking(self, question: Question, position: int) -> list[str | None]:
        """What each sentence of the passage lacks of what is asked (`decision.sentence_gives`; None: nothing)."""
        sentences = self.matching_sentences(position)
        quoted = any(lexicon.QUOTATION.search(s) for s in sentences)
        return [sentence_gives(question, s, t, self.weights.verbs, self.weights.related, quoted)
                for s, t in zip(sentences, self.store.sentence_terms(position), strict=True)]

    def _lists(self, question: Question, position: int) -> int | None:
        """The sentence of the passage that lists what the verb the question asks about is done to (主要学什么? ↔
        学原著,学党史,学先进), or the ways it is done (怎么学的? ↔ 集中学,专题学,讨论学), if one does."""
        manner = question.asked_verb is None and question.manner_verb is not None
        verb = question.manner_verb if manner else question.asked_verb
        if verb is None:
            return None
        if (verb, position, manner) not in self._listing:
            form = lexicon.parallel(verb, manner)
            listed = re.compile(re.escape(verb) + lexicon.ENUMERATION.pattern)  # 对照理论理想、党章党纪、…
            found = next((n for n, s in enumerate(self.matching_sentences(position))
                          if form.search(s) or (len(verb) > 1 and listed.search(s))), None)
            if len(self._listing) >= MATCHING_CACHE:
                self._listing.clear()
            self._listing[verb, position, manner] = found
        return self._listing[verb, position, manner]

    def matching_sentences(self, position: int) -> tuple[str, ...]:
        """The passage's sentences in matching form, kept per passage (its answer, its subject, what it lists or
        says a thing is are all read from them)."""
        sentences = self._sentences.get(position)
        if sentences is None:
            if len(self._sentences) >= MATCHING_CACHE:
                self._sentences.clear()
            sentences = self._sentences[position] = tuple(self.normalizer.normalize(s)
                                                          for s in self.passages[position].sentences)
        return sentences

    def matching_text(self, position: int) -> str:
        """The passage's text in matching form (for character-level matching)."""
        text = self._matching.get(position)
        if text is None:
            normalized = self.normalizer.normalize(self.passages[position].text)
            text = _UNSPACED.sub("", normalized)
            if lexicon.GLOSS.search(normalized):
                # 市、县(市、区)委班子 also as 市、县委班子: the words a gloss in brackets splits
                normalized = lexicon.GLOSS.sub("", normalized)
                text += "\n" + _UNSPACED.sub("", normalized)
            if lexicon.SHARED_ENDING.search(normalized):
                # 市、县委 also as 市委、县委: the ending a list of tiers shares is each one's
                text += "\n" + _UNSPACED.sub("", lexicon.SHARED_ENDING.sub(lexicon.each_with_ending, normalized))
            if len(self._matching) < MATCHING_CACHE:
                self._matching[position] = text
        return text

    def passage_terms(self, position: int) -> set[str]:
        """The index terms of the passage at `position`."""
        return self.store.term_set(position)

    def _answer(self, question: Question, passage: Passage, shown: str | None = None) -> tuple[Answer, str | None]:
        """The answer sentence of a passage and, if no sentence holds what is asked, what is lacking. The
        sentence `shown` is left out (where it is the passage's only one, the passage holds no answer)."""
        sentence_terms = self.store.sentence_terms(passage.position)
        terms = question.search_terms
        folded = self.matching_sentences(passage.position)
        lacking = self._lacking(question, passage.position)
        keep = [n for n, s in enumerate(passage.sentences) if shown is None or s.strip() not in shown]
        if not keep:
            return self._mark(passage.sentences[0].strip(), passage, terms), "这一点"
        fits = [lacking[n] is None for n in keep]
        # the names a better-fitting sentence must keep (looked up only where fitting decides between sentences)
        mixed = any(fits) and not all(fits)
        names = [a for t in question.terms if t.role == "entity" or
                 (mixed and 2 <= len(t.word) <= 3 and t.word[0] in lexicon.SURNAMES and is_person(t.word))
                 for a in t.alternatives]
        framing = {a for t in question.terms if t.role == "frame" and lexicon.ROLES.search(t.word) for a in t.alternatives}
        # 省委书记张宝顺去了几个市?: the post only says who he is; the sentence that says what he did answers
        # a word the question says only by a synonym (网民 for 网友) weighs as it does in the verdict
        # (and one said only around it counts less: 说学习教育是头道工序。…算什么环节? asks of 环节)
        def weight(word: str) -> float:
            return self.scorer.idf(word) * (SYNONYM_CREDIT if word in question.resaid else 1.0) * \
                (ASIDE_CREDIT if word in question.aside_words else 1.0)

        # (多少位领导各自挑了联系点?: how each did it, 各自, picks no sentence; the one that counts them answers)
        chosen_by = [t for t in terms if t not in framing and not (question.wants == "figure" and t in lexicon.EACH_WORDS)]
        i = keep[best_sentence(question.folded, chosen_by, [sentence_terms[n] for n in keep],
                               [passage.sentences[n] for n in keep], weight, fits, names, framing, question.said_as)]
        listing = self._lists(question, passage.position)
        i = listing if listing is not None and listing in keep else i  # 学原著,学党史,学先进 answers 学什么
        if lexicon.DEEDS_ASKED.search(question.folded):  # 到群众中去要做哪几件事? ↔ 察民情、听民意、解民忧
            i = next((n for n in keep if lexicon.DEEDS_LISTED.search(folded[n])), i)
        told = list(lexicon.ROUGH_FIGURE.finditer(question.folded))
        if told and not any(roughly_held(r, folded[i]) for r in told):
            # 八百多次 督导: the sentence that gives the figure told (督导820次), not the motto beside it
            i = next((n for n in keep if lacking[n] is None and any(roughly_held(r, folded[n]) for r in told)), i)
        sayer = lexicon.SAYER_ASKED.search(question.folded)
        if sayer is not None:  # 网民是咋说的?: the sentence where they say it (不少网民表示,…), not one quoting another
            says = re.compile(rf"{re.escape(sayer.group(1))}[^,,。]{{0,4}}?(?:表示|说|认为|指出|称|强调)")
            i = next((n for n in keep if lacking[n] is None and says.search(folded[n])), i)
        public_asked = lexicon.PUBLIC_STATEMENT.search(question.folded) is not None

        def means_said(n: int) -> bool:  # (not in what people at large said, 不少网民表示,运用新媒体…, unless asked)
            return lexicon.MEANS_SAID.search(folded[n]) is not None and (
                public_asked or not lexicon.PUBLIC_STATEMENT.match(folded[n]))

        if lexicon.MEANS_ASKED.search(question.folded) and not means_said(i):
            # 拍砖吐槽用的是什么?: the sentence that says what was used (利用官方微博…), not the one quoted
            i = min((n for n in keep if lacking[n] is None and means_said(n)), key=lambda n: abs(n - i), default=i)
        if lacking[i] == "名单" and lexicon.ASKED_SIZE.search(question.folded):
            # 要做哪三件事?: the sentence that lists that many (察民情、听民意、解民忧), however little else it matches
            i = next((n for n in keep if lacking[n] is None), i)
        if lacking[i] is not None and (question.wants in ("person", "why") or
                                       lexicon.DESTINATION_ASKED.search(question.folded) is not None or
                                       lexicon.MEDIUM_ASKED.search(question.folded) is not None or
                                       any(asks.search(question.folded) for asks, _, _ in lexicon.ASKED_ASPECTS)):
            # 官方微博那句话咋说的? / 网友咋看的? / “欢迎拍砖吐槽”是谁搞的?: the words quoted, what people think, or
            # who did it, said next to the sentence that names the subject (是到哪里去察民情的?: 直接到群众中去…)
            i = next((n for n in (i - 1, i + 1) if n in keep and lacking[n] is None), i)
        if (question.wants == "how" or lexicon.DOING_ASKED.search(question.folded)) and _slogan(passage, i) and \
                i + 1 in keep and lacking[i + 1] is None and not _slogan(passage, i + 1) and \
                not same_destination(question.folded, folded[i], question.said_as):  # (到群众中去察民情…: the motto says what is done there)
            i += 1  # 怎么督导的?: not the paragraph's motto (从严要求,全程督导), what was done (省委抽调170人组成…)
        sentence = passage.sentences[i].strip()
        core = ""
        together = next((j for j in (i - 1, i) if j >= 0 and j in keep and j + 1 in keep and _read_together(passage, j)), None)
        if together is not None:
            # 学原著,学党史,学先进。认真学习…: a motto is shown with the sentence it heads, which says who does it,
            # and a sentence that points back with what it points to
            core, sentence = sentence, passage.sentences[together].strip() + passage.sentences[together + 1].strip()
        if lacking[i] is None and i + 1 in keep and _public_view_asked(question.folded) and \
                (statement := lexicon.PUBLIC_STATEMENT.match(folded[i + 1])) and statement.group("who") in folded[i]:
            # 网民对用微博征意见啥反应?: how they took it (引来不少网民“点赞”) and what they said of it (不少网民表示,…)
            sentence += passage.sentences[i + 1].strip()
        if shown is not None and (question.wants == "how" or lexicon.DOING_ASKED.search(question.folded)) and \
                _slogan(passage, i):
            return self._mark(sentence, passage, terms), "这一点"  # the motto says nothing more than what was shown
        if shown is not None and len(keep) < len(passage.sentences) and not set(terms) & set(sentence_terms[i]):
            return self._mark(sentence, passage, terms), "这一点"  # the rest of the passage is about other things
        if lacking[i] is not None:
            return self._mark(sentence, passage, terms), lacking[i]
        lead = lead_for(question, core or sentence, terms, self._lead_weight, self.normalizer.normalize,
                        self.weights.related)
        return replace(self._mark(sentence, passage, terms), lead=lead, core=core), None

    def _lead_weight(self, term: str) -> float:
        """A word's IDF; a synonym the index does not hold as one term (程度不高 for 学历低) weighs as a word in
        no passage, as it does in the verdict."""
        return self.scorer.idf(term) or self.scorer.unseen_idf

    def _mark(self, sentence: str, passage: Passage, terms: Sequence[str]) -> Answer:
        """An answer with the question's words marked in the sentence."""
        normalized, offsets = self.normalizer.normalize_with_offsets(sentence)
        # Single characters (条, 人) would light up all over the sentence; mark words only, unless nothing else.
        matched = [t for t in dict.fromkeys(terms) if t in normalized]
        matched = [t for t in matched if len(t) > 1] or matched
        return Answer(sentence=sentence, passage=passage, highlights=highlight_spans(matched, normalized, offsets))

    def suggestions(self, n: int = 3, question: Question | None = None, hits: Sequence[Hit] = ()) -> list[str]:
        """Questions the report answers: first about the passages closest to `question` (its `hits`), then
        one per section, drawn from the section headings."""
        out: list[str] = []
        for hit in hits:
            asked = self._suggestion_for(hit.passage)
            if asked and asked not in out and (question is None or asked != question.text):
                out.append(asked)
        if self._suggestions is None:
            self._suggestions = self._make_suggestions()
        out.extend(s for s in self._suggestions if s not in out)
        return out[:n]

    def _suggestion_for(self, passage: Passage) -> str | None:
        """A question that passage answers, from its opening clause (芜湖市积极创新开门纳谏方式 → …是怎么做的?)."""
        if passage.position in self._by_passage:
            return self._by_passage[passage.position]
        asked = None
        if passage.paragraph > 0:
            for clause in _unquoted_clauses(passage.text)[:3]:
                figure = _SUGGESTED_FIGURE.search(clause) if len(_DIGITS.findall(clause)) == 1 else None
                if figure and figure.group(1) not in lexicon.DATE_UNITS:
                    # 各级党员干部走访群众232.4万余户 → 各级党员干部走访群众多少户?
                    candidate = f"{clause[: figure.start()]}多少{figure.group(1)}{clause[figure.end():]}?"
                elif 5 <= len(clause) <= 18 and not _DIGITS.search(clause):
                    candidate = f"{clause}是怎么做的?"
                else:
                    continue
                if _NO_SUBJECT.search(clause) or lexicon.A_NOT_A.search(clause) or not lexicon.HAN.match(clause) or \
                        lexicon.QUESTION_WORD.search(clause) or len(clause) > _SUGGESTED_CLAUSE:
                    continue
                result = self._retrieve(self.read(candidate), k=1, offset=0)
                if result.answered and result.answer and result.answer.passage.id == passage.id:
                    asked = candidate
                    break
        if len(self._by_passage) < MATCHING_CACHE:
            self._by_passage[passage.position] = asked
        return asked

    def _make_suggestions(self) -> list[str]:
        out: list[str] = []
        for number, section in enumerate(self.store.sections()):
            if number >= SUGGESTION_SECTIONS or len(out) >= SUGGESTIONS:
                break
            for phrase in section.replace(",", ",").split(","):
                question = f"“{phrase.strip()}”是怎么做的?"
                result = self._retrieve(self.read(question), k=1, offset=0)
                if result.answered and result.hits[0].passage.section == section:
                    out.append(question)
                    break
        return out
