"""Where the engine gets passages and their terms: read from an index's files on demand, the ones in use
remembered."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

import numpy as np

from index.cache import LRUCache
from index.store.arrays import IndexFiles
from index.types import Passage

#: Passages (and their sentences' terms) kept made: all of a report, the ones in use of an archive.
PASSAGE_CACHE = 4096
#: Up to this many passages (a report), every passage made is kept for good.
KEPT_PASSAGES = 2000


class PassageStore(Protocol):
    """What the engine needs of an index's passages."""

    @property
    def passages(self) -> Sequence[Passage]:
        """Every passage, by position."""

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


class LazyPassages(Sequence[Passage]):
    """The passages of an index, made on access."""

    def __init__(self, store: MappedStore) -> None:
        self._store = store

    def __len__(self) -> int:
        return self._store.size

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._store.passage_at(i) for i in range(*index.indices(self._store.size))]
        i = int(index)
        if i < 0:
            i += self._store.size
        if not 0 <= i < self._store.size:
            raise IndexError("passage index out of range")
        return self._store.passage_at(i)

    def __iter__(self) -> Iterator[Passage]:
        for i in range(self._store.size):
            yield self._store.passage_at(i)


class MappedStore:
    """Passages, their sentences and terms from an index's files, read on demand.

    Per-sentence terms are not stored: they are the tokens of the sentence, which the engine's tokenizer
    (with the dictionary the index was built with) gives again exactly.
    """

    def __init__(self, files: IndexFiles, doc_ids: Sequence[str], header_keywords: str,
                 tokens: Callable[[str], list[str]], normalize: Callable[[str], str]) -> None:
        self.files = files
        self.size = files.counts.passages
        self._doc_ids = list(doc_ids)
        self._doc_index = {doc: i for i, doc in enumerate(self._doc_ids)}
        self._tokens = tokens
        self._normalize = normalize
        self._header_keywords = header_keywords
        self._extra: list[str] | None = None
        self._made = LRUCache[int, Passage](PASSAGE_CACHE)
        self._terms = LRUCache[int, list[list[str]]](PASSAGE_CACHE)
        self._sets = LRUCache[int, set[str]](PASSAGE_CACHE)
        self.passages = LazyPassages(self)
        # a report's few passages are kept once made (an archive's go through the bounded cache)
        self._kept: list[Passage | None] | None = [None] * self.size if self.size <= KEPT_PASSAGES else None

    def passage_at(self, position: int) -> Passage:
        """The passage at `position`."""
        kept = self._kept[position] if self._kept is not None else None
        if kept is not None:
            return kept
        made = self._made.get(position)
        if made is not None:
            return made
        a = self.files.arrays
        doc = self._doc_ids[int(np.searchsorted(a["doc_passage"], position, side="right")) - 1]
        paragraph = int(a["passage_para"][position])
        part = int(a["passage_part"][position])
        section_no = int(a["passage_section"][position])
        sentences = self.files.sentences(position)
        made = Passage(id=f"{doc}#{paragraph}" + (f".{part}" if part else ""), doc=doc, paragraph=paragraph,
                       section=self.files.sections.at(section_no) if section_no >= 0 else None,
                       text="\n".join(sentences) if paragraph == 0 else "".join(sentences),
                       sentences=sentences, position=position)
        self._made[position] = made
        if self._kept is not None:
            self._kept[position] = made
        return made

    def _doc_range(self, doc_id: str) -> range:
        d = self._doc_index.get(doc_id)
        if d is None:
            return range(0)
        a = self.files.arrays
        return range(int(a["doc_passage"][d]), int(a["doc_passage"][d + 1]))

    def doc_passages(self, doc_id: str) -> list[Passage]:
        """Every passage of a document, in order."""
        return [self.passage_at(i) for i in self._doc_range(doc_id)]

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any (found by its paragraph and part, without making its neighbours)."""
        doc, _, number = passage_id.rpartition("#")
        paragraph, _, part = number.partition(".")
        if not paragraph.isdigit() or not (part.isdigit() or not part):
            return None
        span = self._doc_range(doc)
        a = self.files.arrays
        paragraphs = a["passage_para"][span.start:span.stop]
        parts = a["passage_part"][span.start:span.stop]
        found = np.flatnonzero((paragraphs == int(paragraph)) & (parts == (int(part) if part else 0)))
        if not len(found):
            return None
        made = self.passage_at(span.start + int(found[0]))
        return made if made.id == passage_id else None

    def sections(self) -> Iterator[str]:
        """Distinct section headings in order of first appearance."""
        numbers = np.asarray(self.files.arrays["passage_section"])
        values, first = np.unique(numbers, return_index=True)
        for value in values[np.argsort(first, kind="stable")].tolist():
            if value >= 0:
                yield self.files.sections.at(value)

    def sentence_terms(self, position: int) -> list[list[str]]:
        """The index terms of each sentence of the passage at `position`."""
        terms = self._terms.get(position)
        if terms is None:
            terms = [self._tokens(self._normalize(s)) for s in self.files.sentences(position)]
            self._terms[position] = terms
        return terms

    def term_set(self, position: int) -> set[str]:
        """Every index term of the passage at `position` (a header passage's keywords included)."""
        terms = self._sets.get(position)
        if terms is None:
            terms = {t for sentence in self.sentence_terms(position) for t in sentence}
            if int(self.files.arrays["passage_para"][position]) == 0:
                if self._extra is None:
                    keywords = self._header_keywords
                    self._extra = self._tokens(self._normalize(keywords)) if keywords else []
                terms.update(self._extra)
            self._sets[position] = terms
        return terms
