"""The build's worker: read, clean, parse, chunk, normalize and tokenize a batch of reports.

A worker is set up once (`start_worker`: one jieba tokenizer, the character table, the spam rules) and then
turns each batch of reports into a `Batch`: the documents, each passage's distinct terms as ids in the
worker's own numbering with their counts, the terms new to the worker, and the passages' text in compressed
blocks (index/store/texts.py): compact, cheap to send from a worker process, and compressed in parallel. The build runs it in its own process for a report
and in one process per core for an archive (index/store/building.py).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.corpus.cleaning import SpamCleaner
from index.corpus.reading import UnreadableReport
from index.corpus.reports import HEADER_KEYWORDS, read_report
from index.errors import QabotError
from index.store.texts import BLOCK_PASSAGES, encode_block
from index.text import native
from index.text.normalize import Normalizer
from index.text.tokenization import Tokenizer, TokenizerSettings, restrict_dictionary
from index.types import Document, Removal

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt

    Int32 = npt.NDArray[np.int32]
    Int64 = npt.NDArray[np.int64]



@dataclass(frozen=True)
class WorkerSetup:
    """What every worker is started with."""

    corpus_dir: Path
    charmap: dict[str, str]
    freq: dict[str, int]
    total: int
    settings: TokenizerSettings
    spam_patterns: tuple[str, ...]
    strict: bool
    #: The prefix dictionary for compiled segmentation (index/text/compiled.py where the extension was built,
    #: else the numba route of index/text/native.py), or None for the Python one.
    trie: native.Trie | None = None
    #: The text blocks' preset compression dictionary (index/store/texts.py).
    text_dict: bytes = b""
    #: Tokenize each batch with the dictionary restricted to what its texts reach: the same tokens, and
    #: cheaper to set up than the whole dictionary for a corpus of a few batches (a report).
    restrict: bool = False


@dataclass
class Batch:
    """What a worker sends back for a batch of reports, in corpus order."""

    pid: int
    error: tuple[str, str] | None = None  # a `QabotError`'s message and hint: the build fails with it
    documents: list[Document] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    doc_sizes: list[int] = field(default_factory=list)  # passages of each document
    sections: list[str | None] = field(default_factory=list)  # of each passage
    paragraphs: Int32 = field(default_factory=lambda: np.empty(0, dtype=np.int32))
    parts: npt.NDArray[np.int16] = field(default_factory=lambda: np.empty(0, dtype=np.int16))
    blocks: list[bytes] = field(default_factory=list)  # the passages' text, compressed (index/store/texts.py)
    block_sizes: list[int] = field(default_factory=list)  # passages in each block
    sentences: int = 0
    new_terms: list[str] = field(default_factory=list)  # terms this worker had not sent before, by its ids
    ids: Int32 = field(default_factory=lambda: np.empty(0, dtype=np.int32))  # distinct terms of each passage
    counts: Int32 = field(default_factory=lambda: np.empty(0, dtype=np.int32))  # and how often each occurs
    distinct: Int64 = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # distinct terms per passage
    lengths: Int64 = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # terms per passage
    reached: list[str] = field(default_factory=list)  # dictionary fragments reached, new to this worker


class _Worker:
    """One process's tokenizing state: the whole dictionary's tokenizer, or one per batch (`restrict`)."""

    def __init__(self, setup: WorkerSetup) -> None:
        self.setup = setup
        self.normalizer = Normalizer(setup.charmap)
        self.cleaner = SpamCleaner(setup.spam_patterns)
        self.keywords = self.normalizer.normalize(HEADER_KEYWORDS)
        self.vocab: dict[str, int] = {}
        self.reached: set[str] = set()  # dictionary fragments the texts reached (see FastSegmenter.reached)
        self.sent: set[str] = set()  # those of them sent to the parent already
        self._whole: tuple[Tokenizer, list[str]] | None = None
        if not setup.restrict:
            self._whole = self._tokenizer(setup.freq)

    def _tokenizer(self, freq: dict[str, int]) -> tuple[Tokenizer, list[str]]:
        """A tokenizer over `freq` recording what it reaches, and the header keywords' terms."""
        tokenizer = Tokenizer(freq, self.setup.total, self.setup.settings)
        tokenizer.segmenter.reached = self.reached
        trie = self.setup.trie
        if trie is not None:
            from index.text import compiled

            segmenter = compiled.segmenter(trie)
            if segmenter is not None:
                tokenizer.segmenter.use_compiled(segmenter, trie.words)
            else:
                tokenizer.segmenter.use_native(native.NativeRoute(trie))
        return tokenizer, tokenizer.tokens(self.keywords)

    def tokenizer_for(self, texts: list[str]) -> tuple[Tokenizer, list[str]]:
        """The tokenizer for a batch of (normalized) texts, and the header keywords' terms."""
        if self._whole is not None:
            return self._whole
        return self._tokenizer(restrict_dictionary(self.setup.freq, [*texts, self.keywords]))


_worker: _Worker | None = None


def start_worker(setup: WorkerSetup) -> None:
    """Set this process up as a worker (a pool's initializer, or the build's own process)."""
    global _worker
    _worker = _Worker(setup)


def stop_worker() -> None:
    """Let go of this process's worker state (its tokenizer holds the whole dictionary)."""
    global _worker
    _worker = None


def tokenize_batch(task: list[str]) -> Batch:
    """Read, parse and tokenize a batch of reports (paths relative to the corpus)."""
    worker = _worker
    if worker is None:
        raise RuntimeError("start_worker was not called in this process")
    normalize, vocab = worker.normalizer.normalize, worker.vocab
    batch = Batch(pid=os.getpid())
    paragraphs: list[int] = []
    parts: list[int] = []
    ids: list[int] = []
    counts: list[int] = []
    distinct: list[int] = []
    lengths: list[int] = []
    passages: list[dict[str, Any]] = []
    try:
        for name in task:
            try:
                document, found, removals = read_report(worker.setup.corpus_dir,
                                                        worker.setup.corpus_dir / name, worker.cleaner)
            except UnreadableReport as exc:
                if worker.setup.strict:
                    raise
                batch.skipped.append((name, exc.reason))
                continue
            batch.documents.append(Document(**document))
            batch.removed.extend(removals)
            batch.doc_sizes.append(len(found))
            passages.extend(found)
    except QabotError as exc:
        return Batch(pid=batch.pid, error=(exc.message, exc.hint))
    normalized = [[normalize(s) for s in passage["sentences"]] for passage in passages]
    tokenizer, extra = worker.tokenizer_for([s for sentences in normalized for s in sentences])
    tokens = tokenizer.tokens
    for passage, texts in zip(passages, normalized, strict=True):
        paragraphs.append(passage["paragraph"])
        _, _, part = passage["id"].rpartition("#")[2].partition(".")
        parts.append(int(part) if part else 0)
        batch.sections.append(passage["section"])
        terms: list[str] = []
        for text in texts:
            terms.extend(tokens(text))
        batch.sentences += len(texts)
        if passage.get("extra"):
            terms.extend(extra)
        tf = Counter(terms)  # in order of first occurrence, as rank-bm25 counts
        for term in tf:
            j = vocab.get(term)
            if j is None:
                j = vocab[term] = len(vocab)
                batch.new_terms.append(term)
            ids.append(j)
        counts.extend(tf.values())
        distinct.append(len(tf))
        lengths.append(len(terms))
    tokenizer.segmenter.sync_reached()
    batch.reached = list(worker.reached - worker.sent)
    worker.sent.update(batch.reached)
    batch.paragraphs = np.asarray(paragraphs, dtype=np.int32)
    batch.parts = np.asarray(parts, dtype=np.int16)
    for first in range(0, len(passages), BLOCK_PASSAGES):
        block = passages[first:first + BLOCK_PASSAGES]
        batch.blocks.append(encode_block([p["sentences"] for p in block], worker.setup.text_dict))
        batch.block_sizes.append(len(block))
    batch.ids = np.asarray(ids, dtype=np.int32)
    batch.counts = np.asarray(counts, dtype=np.int32)
    batch.distinct = np.asarray(distinct, dtype=np.int64)
    batch.lengths = np.asarray(lengths, dtype=np.int64)
    return batch
