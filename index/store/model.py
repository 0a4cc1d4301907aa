"""The index as the engine takes it: what its build recorded, the text rules it was built with, its passages
and their BM25 scorer.

`read_index` (index/store/indexfile.py) opens one, of any size: its arrays memory-mapped
(index/store/layout.py), its passages read on demand, scored by rank-bm25's `BM25Okapi` for a report and
by its exact fast twin, the sparse scorer, for an archive (index/store/scorers.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from index.ranking.bm25 import Scorer
from index.store.passages import PassageStore
from index.text.normalize import Normalizer
from index.text.tokenization import Tokenizer, TokenizerSettings
from index.types import Document, Passage, Removal


@dataclass(frozen=True)
class IndexMeta:
    """What an index records of its build: where from, with which tokenizer, what it read and removed."""

    built_at: str
    corpus_dir: Path
    corpus_hash: str
    #: (relative path, size, mtime in ns) of every report: the cheap check that the corpus is unchanged.
    corpus_fingerprint: list[list[Any]]
    tokenizer: TokenizerSettings
    tokenizer_hash: str
    documents: tuple[Document, ...]
    removed: tuple[Removal, ...]
    #: The traditional→simplified table the index was built with.
    charmap: Mapping[str, str]
    #: The part of jieba's dictionary the corpus reaches, and the full dictionary's total frequency.
    dictionary: Mapping[str, int]
    dictionary_total: int
    #: Index terms naming a place or a person; None where the index does not carry them (the engine finds them).
    names: frozenset[str] | None = None
    #: How common each index term is in the general language (below 1 only); None where not carried.
    common: Mapping[str, float] | None = None
    #: The index terms that are verbs in the general language; None where not carried.
    verbs: frozenset[str] | None = None
    #: Index-only words of every header passage (index.corpus.reports.HEADER_KEYWORDS when built).
    header_keywords: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any], dictionary: Mapping[str, int], dictionary_total: int) -> IndexMeta:
        """From the metadata as an index file holds it (JSON values). A malformed field raises TypeError,
        ValueError or KeyError."""
        names, common, verbs = data.get("names"), data.get("common"), data.get("verbs")
        return cls(
            built_at=str(data["built_at"]),
            corpus_dir=Path(data["corpus_dir"]),
            corpus_hash=str(data["corpus_hash"]),
            corpus_fingerprint=list(data["corpus_fingerprint"]),
            tokenizer=TokenizerSettings.from_json(data["tokenizer"]),
            tokenizer_hash=str(data["tokenizer_hash"]),
            documents=tuple(Document(**d) for d in data["documents"]),
            removed=tuple(Removal(**r) for r in data["removed"]),
            charmap=data["charmap"],
            dictionary=dictionary,
            dictionary_total=int(dictionary_total),
            names=frozenset(names) if isinstance(names, list) else None,
            common=common if isinstance(common, dict) else None,
            verbs=frozenset(verbs) if isinstance(verbs, list) else None,
            header_keywords=str(data.get("header_keywords", "")),
        )

    def to_json(self) -> dict[str, Any]:
        """The metadata as an index file holds it (JSON values; the dictionary's entries are kept apart)."""
        data: dict[str, Any] = {
            "built_at": self.built_at,
            "corpus_dir": str(self.corpus_dir),
            "corpus_hash": self.corpus_hash,
            "corpus_fingerprint": self.corpus_fingerprint,
            "tokenizer": asdict(self.tokenizer),
            "tokenizer_hash": self.tokenizer_hash,
            "documents": [asdict(d) for d in self.documents],
            "removed": [asdict(r) for r in self.removed],
            "charmap": dict(self.charmap),
            "dictionary_total": self.dictionary_total,
            "header_keywords": self.header_keywords,
        }
        if self.names is not None:
            data["names"] = sorted(self.names)
        if self.common is not None:
            data["common"] = dict(self.common)
        if self.verbs is not None:
            data["verbs"] = sorted(self.verbs)
        return data


@dataclass(frozen=True)
class Index:
    """An opened index: its metadata, the normalizer and tokenizer it was built with (questions go through
    the same), its passages and their scorer, and the files it was read from."""

    meta: IndexMeta
    store: PassageStore
    scorer: Scorer
    normalizer: Normalizer
    tokenizer: Tokenizer
    path: Path | None = None
    #: Every file the index is read from (its pointer and its version's files).
    files: tuple[Path, ...] = ()

    @property
    def passages(self) -> Sequence[Passage]:
        """Every passage, by position."""
        return self.store.passages


def text_rules(meta: IndexMeta) -> tuple[Normalizer, Tokenizer]:
    """The normalizer and tokenizer an index was built with (its character table, dictionary and settings)."""
    return Normalizer(meta.charmap), Tokenizer(meta.dictionary, meta.dictionary_total, meta.tokenizer)
