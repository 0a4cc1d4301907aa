"""Where the engine gets passages, their terms and its scorer: all in memory from a JSON index
(`MemoryStore`), or on demand from a large index (`index.store.bigstore.LargeStore`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from index.ranking.bm25 import Scorer
from index.ranking.scoring import choose_scorer
from index.types import Passage


class PassageStore(Protocol):
    """What the engine needs of an index's passages."""

    @property
    def passages(self) -> Sequence[Passage]:
        """Every passage, by position."""

    @property
    def scorer(self) -> Scorer:
        """The BM25 backend over the passages."""

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any."""

    def doc_passages(self, doc_id: str) -> Sequence[Passage]:
        """Every passage of a document, in order."""

    def sections(self) -> Iterator[str]:
        """Distinct section headings in order of first appearance."""

    def sentence_terms(self, position: int) -> Sequence[Sequence[str]]:
        """The index terms of each sentence of the passage at `position`."""

    def term_set(self, position: int) -> set[str]:
        """Every index term of the passage at `position`."""


class MemoryStore:
    """A JSON index's passages, all in memory (what the engine has always done for one report)."""

    def __init__(self, raw: Sequence[Mapping[str, Any]]) -> None:
        """`raw`: the passages as the JSON index holds them (id, doc, paragraph, section, sentences, terms of
        each sentence, extra terms)."""
        self.passages: tuple[Passage, ...] = tuple(
            Passage(id=p["id"], doc=p["doc"], paragraph=p["paragraph"], section=p.get("section"),
                    text="\n".join(p["sentences"]) if p["paragraph"] == 0 else "".join(p["sentences"]),
                    sentences=tuple(p["sentences"]), position=i)
            for i, p in enumerate(raw))
        self._by_id = {p.id: p for p in self.passages}
        self._by_doc: dict[str, list[Passage]] = {}
        for passage in self.passages:
            self._by_doc.setdefault(passage.doc, []).append(passage)
        self._sentence_terms: list[list[list[str]]] = [p["terms"] for p in raw]
        terms: list[list[str]] = [[t for s in p["terms"] for t in s] + p.get("extra", []) for p in raw]
        self._term_sets = [set(t) for t in terms]
        self.scorer: Scorer = choose_scorer(terms)

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any."""
        return self._by_id.get(passage_id)

    def doc_passages(self, doc_id: str) -> list[Passage]:
        """Every passage of a document, in order."""
        return self._by_doc.get(doc_id, [])

    def sections(self) -> Iterator[str]:
        """Distinct section headings in order of first appearance."""
        seen: set[str] = set()
        for passage in self.passages:
            if passage.section and passage.section not in seen:
                seen.add(passage.section)
                yield passage.section

    def sentence_terms(self, position: int) -> list[list[str]]:
        """The index terms of each sentence of the passage at `position`."""
        return self._sentence_terms[position]

    def term_set(self, position: int) -> set[str]:
        """Every index term of the passage at `position`."""
        return self._term_sets[position]
