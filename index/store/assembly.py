"""The build's parent side: batches from the workers, in corpus order, gathered into one numbering of terms,
and the index's arrays written from them.

The parent appends each batch's text blocks to the data file, maps the worker's term ids to global ones (numbered
in order of first occurrence in the corpus, as rank-bm25 numbers them) and keeps only integer arrays. At the
end it transposes them into compact term columns (index/ranking/sparse.py) and writes the version's arrays
(index/store/layout.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from index.ranking.sparse import assemble
from index.store.layout import Counts, IndexWriter, offset_type
from index.store.workers import Batch
from index.types import Document, Removal, Skipped

if TYPE_CHECKING:  # (numpy.typing costs a cold `qabot ask` 40 ms to import)
    import numpy.typing as npt


class _IdMap:
    """A worker's term ids -> global ids, growing."""

    def __init__(self) -> None:
        self.array = np.empty(1 << 16, dtype=np.int32)
        self.size = 0

    def extend(self, values: list[int]) -> None:
        need = self.size + len(values)
        if need > len(self.array):
            grown = np.empty(max(need, 2 * len(self.array)), dtype=np.int32)
            grown[: self.size] = self.array[: self.size]
            self.array = grown
        self.array[self.size:need] = values
        self.size = need


def bound_float32(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    """`values` in float32, each rounded up where float32 cannot hold it: still an upper bound."""
    narrow = values.astype(np.float32)
    below = narrow.astype(np.float64) < values
    narrow[below] = np.nextafter(narrow[below], np.float32(np.inf))
    return narrow


def _concat(chunks: list[npt.NDArray[Any]], dtype: Any) -> npt.NDArray[Any]:
    return np.concatenate(chunks).astype(dtype, copy=False) if chunks else np.empty(0, dtype=dtype)


def _pointers(chunks: list[npt.NDArray[Any]]) -> npt.NDArray[np.int64]:
    out = np.zeros(sum(len(c) for c in chunks) + 1, dtype=np.int64)
    if len(out) > 1:
        np.cumsum(np.concatenate(chunks), out=out[1:])
    return out


@dataclass
class Collected:
    """Everything the batches held, gathered; the sentences went to the writer as they came."""

    terms: list[str] = field(default_factory=list)  # in order of first occurrence
    vocab: dict[str, int] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)
    documents: list[Document] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    section_ids: dict[str, int] = field(default_factory=dict)
    passages: int = 0
    sentences: int = 0
    block_bytes: list[int] = field(default_factory=list)  # the compressed size of each text block
    block_sizes: list[int] = field(default_factory=list)  # and its passages
    _maps: dict[int, _IdMap] = field(default_factory=dict)
    _chunks: dict[str, list[npt.NDArray[Any]]] = field(default_factory=lambda: {k: [] for k in (
        "paragraphs", "parts", "sections", "ids", "counts", "distinct", "lengths", "doc_sizes")})

    def add(self, batch: Batch, writer: IndexWriter) -> None:
        """Take the next batch (in corpus order)."""
        idmap = self._maps.setdefault(batch.pid, _IdMap())
        fresh: list[int] = []
        for term in batch.new_terms:
            g = self.vocab.get(term)
            if g is None:
                g = self.vocab[term] = len(self.vocab)
                self.terms.append(term)
            fresh.append(g)
        idmap.extend(fresh)
        chunks = self._chunks
        chunks["ids"].append(idmap.array[batch.ids])
        for key, array in (("paragraphs", batch.paragraphs), ("parts", batch.parts), ("counts", batch.counts),
                           ("distinct", batch.distinct), ("lengths", batch.lengths)):
            chunks[key].append(array)
        chunks["doc_sizes"].append(np.asarray(batch.doc_sizes, dtype=np.int64))
        chunks["sections"].append(np.asarray(
            [-1 if s is None else self.section_ids.setdefault(s, len(self.section_ids)) for s in batch.sections],
            dtype=np.int32))
        self.reached.update(batch.reached)
        self.documents.extend(batch.documents)
        self.removed.extend(batch.removed)
        self.skipped.extend(Skipped(name, reason) for name, reason in batch.skipped)
        for block in batch.blocks:
            writer.write_texts(block)
            self.block_bytes.append(len(block))
        self.block_sizes.extend(batch.block_sizes)
        self.passages += len(batch.paragraphs)
        self.sentences += batch.sentences

    def write(self, writer: IndexWriter, dictionary: dict[str, int], text_dict: bytes) -> tuple[Counts,
                                                                                                dict[str, float]]:
        """Write every array of the version (the chunks are used up), the text blocks' preset dictionary
        among them; the counts, and BM25's corpus figures (avgdl, average idf)."""
        writer.save_array("text_dict", np.frombuffer(text_dict, dtype=np.uint8), "uint8")
        chunks = self._chunks
        lengths = _concat(chunks.pop("lengths"), np.int64)
        row_ptr = _pointers(chunks.pop("distinct"))
        ids = _concat(chunks.pop("ids"), np.int32)
        counts = _concat(chunks.pop("counts"), np.int32)
        postings = len(ids)
        columns = assemble(row_ptr, ids, counts, lengths, len(self.vocab))
        del ids, counts, row_ptr
        writer.save_array("idf", columns["idf"], "float64")
        narrow, wide, coded = len(columns["gaps8"]), len(columns["gaps16"]), len(columns["codes"])
        for name in ("gaps8", "gaps16", "wide", "coded", "codes"):
            writer.save_array(f"col_{name}", columns.pop(name), "uint8" if name != "gaps16" else "uint16")
        code_type = "uint16" if len(columns["impacts"]) <= 1 << 16 else "int32"
        writer.save_array("pair1", columns["pair1"], code_type)
        writer.save_array("impacts", columns["impacts"], "float64")
        writer.save_array("pair_tf", columns["pair_tf"], "int32")
        writer.save_array("pair_len", columns["pair_len"], "int32")
        passages_int = "int32" if len(lengths) < 1 << 31 else "int64"
        writer.save_array("exc_pos", columns["exc_pos"], offset_type(postings))
        writer.save_array("exc_val", columns["exc_val"], passages_int)
        writer.save_array("code_pos", columns["code_pos"], offset_type(postings))
        writer.save_array("code_val", columns["code_val"], code_type)
        writer.save_array("col_max", bound_float32(columns["maxima"]), "float32")
        writer.save_array("skip_rows", columns["skip_rows"], "int32")
        writer.save_array("col_ptr", columns["indptr"], offset_type(postings))
        writer.save_array("block_ptr", _pointers([np.asarray(self.block_bytes, dtype=np.int64)]), "int64")
        writer.save_array("block_first", _pointers([np.asarray(self.block_sizes, dtype=np.int64)]), "int64")
        doc_sizes = _concat(chunks.pop("doc_sizes"), np.int64)
        writer.save_array("doc_passage", _pointers([doc_sizes]), "int64")
        paragraphs = _concat(chunks.pop("paragraphs"), np.int32)
        writer.save_array("passage_para", paragraphs, "int16" if int(paragraphs.max(initial=0)) < 1 << 15 else "int32")
        parts = _concat(chunks.pop("parts"), np.int16)
        writer.save_array("passage_part", parts, "int8" if int(parts.max(initial=0)) < 1 << 7 else "int16")
        writer.save_array("passage_section", _concat(chunks.pop("sections"), np.int32), "int32")
        by_term = sorted(range(len(self.terms)), key=self.terms.__getitem__)
        writer.save_strings("terms", "term_ptr", [self.terms[i] for i in by_term])
        writer.save_array("term_ids", by_term, "int32")
        writer.save_strings("sections", "section_ptr", sorted(self.section_ids, key=self.section_ids.__getitem__))
        words = list(dictionary)
        writer.save_lines("dict_words", words)
        freqs = np.asarray([dictionary[w] for w in words], dtype=np.int64)
        writer.save_array("dict_freq", freqs, "int32" if int(freqs.max(initial=0)) < 1 << 31 else "int64")
        counts_of = Counts(passages=len(lengths), documents=len(self.documents), sentences=self.sentences,
                           blocks=len(self.block_sizes), vocabulary=len(self.vocab),
                           postings=postings, narrow=narrow, wide=wide, coded=coded, dictionary=len(words),
                           pairs=len(columns["impacts"]), exceptions=len(columns["exc_pos"]),
                           code_exceptions=len(columns["code_pos"]), skips=len(columns["skip_rows"]),
                           sections=len(self.section_ids))
        return counts_of, {"avgdl": columns["avgdl"], "average_idf": columns["average_idf"]}
