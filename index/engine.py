"""The question-answering engine: an index in memory and the path from a question to an answer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.leads import lead_for
from index.normalize import Normalizer
from index.passages import open_store
from index.selection import answer_signals, answers, best_sentence, highlight_spans
from index.tokenization import Tokenizer, TokenizerSettings
from index.types import Answer, Document, Hit, Passage, Result

#: Suggestions are drawn from at most this many sections and at most this many are kept (an archive has
#: thousands of sections; a report a handful).
SUGGESTION_SECTIONS = 50
SUGGESTIONS = 10
#: Longest question the engine reads; the rest of a longer text is ignored.
MAX_QUERY_CHARS = 2000
#: A conversation's current passage answers a follow-up question if it ranks within this many passages.
PREFER_WITHIN = 3


class Engine:
    """Answers questions from one loaded index."""

    def __init__(self, data: dict[str, Any], path: Path | None = None) -> None:
        self.path = path
        self.built_at: str = data["built_at"]
        self.corpus_dir = Path(data["corpus_dir"])
        self.removed: list[dict[str, Any]] = data["removed"]
        self.normalizer = Normalizer(data["charmap"])
        settings = TokenizerSettings(**{**data["tokenizer"],
                                        "domain_words": tuple(data["tokenizer"]["domain_words"]),
                                        "stopwords": tuple(data["tokenizer"]["stopwords"]),
                                        "question_affixes": tuple(data["tokenizer"]["question_affixes"])})
        self.tokenizer = Tokenizer(data["dictionary"]["freq"], data["dictionary"]["total"], settings)
        self.documents: tuple[Document, ...] = tuple(Document(**d) for d in data["documents"])
        self._documents = {d.id: d for d in self.documents}
        # Passages, their terms and the BM25 backend: in memory for a JSON index, on demand for a large one.
        self.store = open_store(data, self.tokenizer.tokens, self.normalizer.normalize)
        self.passages: Sequence[Passage] = self.store.passages
        self.scorer = self.store.scorer
        self._suggestions: list[str] | None = None

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
        """"title · section · 第N段" (the section is left out where there is none)."""
        parts = [self.document(passage.doc).title]
        if passage.section:
            parts.append(passage.section)
        parts.append(f"第{passage.paragraph}段" if passage.paragraph else "报道信息")
        return " · ".join(parts)

    def info(self) -> dict[str, Any]:
        """A description of the loaded index."""
        return {"path": str(self.path) if self.path else None, "built_at": self.built_at,
                "corpus_dir": str(self.corpus_dir), "documents": len(self.documents),
                "passages": len(self.passages), "vocabulary": self.scorer.vocabulary,
                "removed": len(self.removed)}

    # --- answering ----------------------------------------------------------------------------------------
    def terms(self, query: str) -> list[str]:
        """The index terms of a question, exactly as documents are tokenized."""
        return self.tokenizer.tokens(self.normalizer.normalize(query[:MAX_QUERY_CHARS]))

    def ask(self, query: str, k: int = 3, offset: int = 0, prefer: Passage | None = None) -> Result:
        """Answer `query` from the report: the best sentence, the top-k passages and whether it answers.

        `prefer` (the passage a conversation is about) answers instead of the best passage when it ranks
        among the top few and answers the question by itself.
        """
        result = self._retrieve(query, k, offset, prefer)
        if result.answered:
            return result
        return Result(query=result.query, answered=False, answer=None, hits=result.hits,
                      suggestions=tuple(self.suggestions()), terms=result.terms)

    def _retrieve(self, query: str, k: int, offset: int, prefer: Passage | None = None) -> Result:
        query = query[:MAX_QUERY_CHARS]
        unique = list(dict.fromkeys(self.terms(query)))
        ranked = self.scorer.top(unique, k=max(k, 1), offset=offset)
        hits = tuple(Hit(rank=offset + n + 1, passage=self.passages[i], score=s) for n, (i, s) in enumerate(ranked))
        if not ranked:
            return Result(query=query, answered=False, answer=None, hits=hits, terms=tuple(unique))
        head = self.scorer.top(unique, k=PREFER_WITHIN) if offset or prefer else ranked[:1]
        best = head[0][0]
        if prefer is not None and any(i == prefer.position for i, _ in head) and \
                answers(self.signals(unique, prefer.position)):
            best = prefer.position
        answered = answers(self.signals(unique, best)) and not self.unknown_places(unique)
        answer = self._answer(query, unique, self.passages[best]) if answered else None
        return Result(query=query, answered=answered, answer=answer, hits=hits, terms=tuple(unique))

    def unknown_places(self, terms: list[str]) -> list[str]:
        """Place names in the question that no passage mentions."""
        unseen = [t for t in terms if len(t) > 1 and t not in self.scorer.idf_table]
        if not unseen:
            return []
        from index.places import place_names

        places = place_names()
        return [t for t in unseen if t in places]

    def passage_terms(self, position: int) -> set[str]:
        """The index terms of the passage at `position`."""
        return self.store.term_set(position)

    def signals(self, terms: list[str], position: int) -> tuple[float, float]:
        """(coverage, evidence) of the passage at `position` for these query terms."""
        return answer_signals(terms, self.store.term_set(position), self.scorer.idf_table, self.scorer.unseen_idf)

    def _answer(self, query: str, terms: list[str], passage: Passage) -> Answer:
        sentence_terms = self.store.sentence_terms(passage.position)
        i = best_sentence(query, terms, sentence_terms, passage.sentences, self.scorer.idf)
        sentence = passage.sentences[i].strip()
        normalized, offsets = self.normalizer.normalize_with_offsets(sentence)
        # Single characters (条, 人) would light up all over the sentence; mark words only, unless nothing else.
        held = set(sentence_terms[i])
        matched = [t for t in terms if t in held]
        matched = [t for t in matched if len(t) > 1] or matched
        lead = lead_for(query, sentence, terms, self.scorer.idf, self.normalizer.normalize,
                        self.document(passage.doc), header=passage.paragraph == 0)
        return Answer(sentence=sentence, passage=passage, highlights=highlight_spans(matched, normalized, offsets),
                      lead=lead)

    def suggestions(self, n: int = 3) -> list[str]:
        """Questions the report answers, one per section, drawn from its section headings."""
        if self._suggestions is None:
            self._suggestions = self._make_suggestions()
        return self._suggestions[:n]

    def _make_suggestions(self) -> list[str]:
        out: list[str] = []
        for number, section in enumerate(self.store.sections()):
            if number >= SUGGESTION_SECTIONS or len(out) >= SUGGESTIONS:
                break
            for phrase in section.replace(",", ",").split(","):
                question = f"“{phrase.strip()}”是怎么做的?"
                result = self._retrieve(question, k=1, offset=0)
                if result.answered and result.hits[0].passage.section == section:
                    out.append(question)
                    break
        return out
