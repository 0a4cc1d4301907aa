"""Build an index: read reports → clean → parse → chunk → normalize → tokenize → write."""

from __future__ import annotations

import shutil
import time
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from index.corpus.files import content_hash, corpus_files, fingerprint
from index.corpus.reports import collect_passages, no_readable_reports
from index.errors import QabotError
from index.ranking.scoring import SPARSE_MIN_PASSAGES
from index.settings import Settings
from index.store.atomic import write_json_atomic
from index.store.formats import JSON_FORMAT, JSON_VERSION
from index.text.normalize import Normalizer, build_charmap
from index.text.thesaurus import commonness, is_verb, names_in
from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary, restrict_dictionary
from index.types import BuildReport, Skipped

#: Corpora larger than this (in bytes) get a large index without counting their passages first.
SMALL_CORPUS_BYTES = 4 * 1024 * 1024


def build_index(corpus_dir: Path, index_path: Path, settings: TokenizerSettings | None = None,
                layout: str = "auto", workers: int | None = None, progress: bool | None = None,
                strict: bool = False, env: Settings | None = None) -> BuildReport:
    """Build the index for every report in `corpus_dir` and write it atomically to `index_path`.

    `layout` "json" writes one JSON file (small corpora), "large" memory-mapped arrays (see
    index/store/bigstore.py), "auto" picks by the number of passages (`SPARSE_MIN_PASSAGES`). A large build
    tokenizes with `workers` processes (default: one per core) and shows a progress bar on stderr when
    `progress` is true (default: when stderr is a terminal). A report that is empty or neither UTF-8 nor
    GB18030 is left out and listed in the report's `skipped`, or with `strict` fails the build
    (`UnreadableReport`). On any failure the index at `index_path` is left as it was. `env` gives the spam
    patterns and the cache folder (default: `Settings.from_env()`).
    """
    started = time.perf_counter()
    settings = settings or TokenizerSettings()
    env = env or Settings.from_env()
    corpus_dir = corpus_dir.resolve()
    files = corpus_files(corpus_dir)
    collected = None
    skipped: list[Skipped] | None = None if strict else []
    if layout == "auto":
        layout = "large"
        if sum(path.stat().st_size for path in files) <= SMALL_CORPUS_BYTES:
            collected = collect_passages(corpus_dir, files, skipped, env.spam_patterns)
            if len(collected[1]) <= SPARSE_MIN_PASSAGES:
                layout = "json"
    if layout == "large":
        from index.store.parallel import build_large  # archives only: keeps `qabot ask` light

        return build_large(corpus_dir, index_path, files, settings, workers=workers, progress=progress,
                           started=started, strict=strict, env=env)
    if layout != "json":
        raise ValueError(f"unknown index layout {layout!r}")
    documents, passages, removed = collected or collect_passages(corpus_dir, files, skipped, env.spam_patterns)
    if not documents:
        raise no_readable_reports(corpus_dir)

    charmap = build_charmap()
    normalizer = Normalizer(charmap)
    normalized = [[normalizer.normalize(s) for s in p["sentences"]] for p in passages]
    extras = [normalizer.normalize(p.get("extra", "")) for p in passages]
    freq, total = full_dictionary(settings, env.cache_dir)
    # Stopwords and question words go in too, so questions segment as they would with the full dictionary.
    texts = [s for sentences in normalized for s in sentences] + extras + [*settings.stopwords,
                                                                          *settings.question_affixes]
    restricted = restrict_dictionary(freq, texts)
    tokenizer = Tokenizer(restricted, total, settings)
    vocabulary: set[str] = set()
    for passage, sentences, extra in zip(passages, normalized, extras, strict=True):
        passage["terms"] = [tokenizer.tokens(s) for s in sentences]
        passage["extra"] = tokenizer.tokens(extra) if extra else []
        for terms in [*passage["terms"], passage["extra"]]:
            vocabulary.update(terms)

    data: dict[str, Any] = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus_dir": str(corpus_dir),
        "corpus_hash": content_hash(corpus_dir, files),
        "corpus_fingerprint": fingerprint(corpus_dir, files),
        "tokenizer": asdict(settings),
        "tokenizer_hash": settings.digest(),
        "documents": documents,
        "passages": passages,
        "removed": [asdict(r) for r in removed],
        "dictionary": {"total": total, "freq": restricted},
        "charmap": charmap,
        "names": names_in(vocabulary),
        "common": {w: round(c, 6) for w in sorted(vocabulary) if (c := commonness(w)) < 1.0},
        "verbs": sorted(w for w in vocabulary if is_verb(w)),
    }
    try:
        write_json_atomic(index_path, data)
    except OSError as exc:
        raise QabotError(f"could not write the index to {index_path}: {exc.strerror or exc}",
                         "free some disk space or pass --index PATH; the previous index is unchanged") from None
    # The arrays of a large index this file replaced (index/store/bigstore.py: data_root).
    shutil.rmtree(index_path.with_name(index_path.name + ".data"), ignore_errors=True)
    return BuildReport(index_path, len(documents), len(passages), len(vocabulary), tuple(removed),
                       time.perf_counter() - started, tuple(skipped or ()))


