"""The passages' text on disk: consecutive passages in blocks, each compressed with zlib and decompressed on
demand. Every block is compressed with the same preset dictionary, text sampled from the corpus before the
build (`text_sample`): small blocks then compress nearly as well as the whole text.

A block, once decompressed, is its passage count, each passage's sentence count and each sentence's length
in bytes (uint32, little-endian), then the sentences, UTF-8, back to back.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

import numpy as np

#: Passages per block: larger blocks compress better, smaller ones are quicker to read one passage from.
BLOCK_PASSAGES = 64
#: Bytes of the preset dictionary (zlib uses at most 32 KB of it).
DICTIONARY_BYTES = 32 * 1024
_LEVEL = 6


def text_sample(texts: Iterable[str]) -> bytes:
    """The preset dictionary made of `texts` (the first ones of a corpus): their last `DICTIONARY_BYTES`
    bytes, whole characters only."""
    kept: list[bytes] = []
    size = 0
    for text in texts:
        encoded = text.encode("utf-8")
        kept.append(encoded)
        size += len(encoded)
        if size >= 2 * DICTIONARY_BYTES:
            break
    sample = b"".join(kept)[-DICTIONARY_BYTES:]
    return sample.decode("utf-8", "ignore").encode("utf-8")


def encode_block(passages: Sequence[Sequence[str]], dictionary: bytes = b"") -> bytes:
    """One block of passages (each a sequence of sentences), compressed with the preset `dictionary`."""
    encoded = [[s.encode("utf-8") for s in sentences] for sentences in passages]
    header = np.asarray([len(passages), *(len(p) for p in encoded), *(len(s) for p in encoded for s in p)],
                        dtype="<u4")
    compressor = zlib.compressobj(_LEVEL, zdict=dictionary) if dictionary else zlib.compressobj(_LEVEL)
    return compressor.compress(header.tobytes() + b"".join(s for p in encoded for s in p)) + compressor.flush()


def decode_block(data: bytes, dictionary: bytes = b"") -> list[tuple[str, ...]]:
    """The passages of a block, each its sentences; a damaged block raises `ValueError`."""
    try:
        decompressor = zlib.decompressobj(zdict=dictionary) if dictionary else zlib.decompressobj()
        raw = decompressor.decompress(data)
        if not decompressor.eof:
            raise zlib.error("incomplete block")
    except zlib.error as exc:
        raise ValueError(f"a text block is damaged ({exc})") from None
    if len(raw) < 4:
        raise ValueError("a text block is damaged (too short)")
    count = int(np.frombuffer(raw, dtype="<u4", count=1)[0])
    sentences = np.frombuffer(raw, dtype="<u4", count=count, offset=4).tolist()
    total = sum(sentences)
    lengths = np.frombuffer(raw, dtype="<u4", count=total, offset=4 + 4 * count).tolist()
    at = 4 + 4 * (count + total)
    texts: list[str] = []
    for length in lengths:
        texts.append(raw[at:at + length].decode("utf-8"))
        at += length
    if at != len(raw):
        raise ValueError("a text block is damaged (wrong length)")
    out: list[tuple[str, ...]] = []
    first = 0
    for n in sentences:
        out.append(tuple(texts[first:first + n]))
        first += n
    return out
