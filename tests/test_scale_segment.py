"""The fast segmenter gives exactly jieba's words, so indexes and answers do not change."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.evaluation import read_questions
from index.text.segment import FastSegmenter
from index.text.tokenization import TokenizerSettings, full_dictionary, import_jieba
from tests.conftest import CORPUS, DATA, built_content

_ALPHABET = list("的一是了不人在有这个上们来到时大地为中国年着就那和要出也得里后自以会家可下而过天去能对小多然于心学么"
                 "之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长"
                 "回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感省委督导组焦裕禄乡镇街道") + list(
    "abcXYZ0123456789 .,!?%-_#&+。,、“”()\n\t\u3000")


@pytest.fixture(scope="module")
def jieba_and_fast() -> tuple[Any, FastSegmenter]:
    jieba = import_jieba()
    freq, total = full_dictionary(TokenizerSettings())
    reference = jieba.Tokenizer()
    reference.FREQ, reference.total, reference.initialized = freq, total, True
    from jieba import finalseg

    return reference, FastSegmenter(freq, total, finalseg)


def _texts() -> list[str]:
    lines = [line.strip() for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [q["q"] for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(DATA / name)]
    return lines + questions


@pytest.mark.parametrize("hmm", [True, False])
def test_same_words_as_jieba_on_the_report_and_the_questions(jieba_and_fast: tuple[Any, FastSegmenter],
                                                             hmm: bool) -> None:
    reference, fast = jieba_and_fast
    for text in _texts():
        assert fast.cut(text, hmm) == list(reference.cut(text, HMM=hmm)), text
        assert fast.cut_for_search(text, hmm) == list(reference.cut_for_search(text, HMM=hmm)), text


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.one_of(st.text(alphabet=_ALPHABET, min_size=1, max_size=6),
                                 st.sampled_from(["教育实践活动", "中华人民共和国", "四风", "三严三实", "2014年5月",
                                                  "PM2.5", "1+8", "百分之五十", "C++", "3.3万余条"])),
                       max_size=12),
       hmm=st.booleans())
def test_same_words_as_jieba_on_any_text(jieba_and_fast: tuple[Any, FastSegmenter], pieces: list[str],
                                         hmm: bool) -> None:
    reference, fast = jieba_and_fast
    text = "".join(pieces)
    assert fast.cut_for_search(text, hmm) == list(reference.cut_for_search(text, HMM=hmm))
    assert fast.cut(text, hmm) == list(reference.cut(text, HMM=hmm))


def test_tokens_are_the_filtered_jieba_segments(jieba_and_fast: tuple[Any, FastSegmenter]) -> None:
    from index.text.tokenization import Tokenizer

    reference, _ = jieba_and_fast
    tokenizer = Tokenizer(reference.FREQ, reference.total, TokenizerSettings())
    for text in _texts() * 2:  # the second time from the tokenizer's memory of words
        expected = [t for t in map(tokenizer._term, reference.cut_for_search(text)) if t]
        assert tokenizer.tokens(text) == expected, text


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET + list("一二三四五六七八九十百千万两零点第个天國學Ⅻ①ﬁ\u00a8\u200b\u3000"), max_size=20))
def test_fast_normalize_is_the_matching_form(text: str) -> None:
    from index.text.normalize import Normalizer

    normalizer = _normalizer()
    assert isinstance(normalizer, Normalizer)
    assert normalizer.normalize(text) == normalizer.normalize_with_offsets(text)[0]


def _normalizer() -> Any:
    from index.text.normalize import Normalizer, build_charmap

    global _NORMALIZER
    if _NORMALIZER is None:
        _NORMALIZER = Normalizer(build_charmap())
    return _NORMALIZER


_NORMALIZER: Any = None


def _require_numba() -> None:
    """Skip without numba (the optional `fast` extra), except in CI, which installs it with `test`: there the
    compiled route must be checked, not skipped."""
    from index.text import native

    if not native.available():
        if os.environ.get("CI"):
            pytest.fail("numba is not installed: CI installs it with the `test` extra (pip install -e '.[test]')")
        pytest.skip("numba is not installed (pip install -e '.[fast]')")


@pytest.fixture(scope="module")
def native_pair(jieba_and_fast: tuple[Any, FastSegmenter]) -> tuple[Any, Any]:
    """Two tokenizers over the full dictionary: Python routes and compiled ones (index builds use these)."""
    from index.text import native
    from index.text.tokenization import Tokenizer

    _require_numba()
    reference, _ = jieba_and_fast
    python = Tokenizer(reference.FREQ, reference.total, TokenizerSettings())
    compiled = Tokenizer(reference.FREQ, reference.total, TokenizerSettings())
    compiled.segmenter.use_native(native.NativeRoute(native.Trie(reference.FREQ, reference.total)))
    python.segmenter.reached, compiled.segmenter.reached = set(), set()
    return python, compiled


@pytest.mark.slow
def test_compiled_route_gives_the_same_tokens_and_reached_entries(native_pair: tuple[Any, Any]) -> None:
    python, compiled = native_pair
    for text in _texts():
        assert compiled.tokens(text) == python.tokens(text), text
    assert compiled.segmenter.reached == python.segmenter.reached


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.one_of(st.text(alphabet=_ALPHABET, min_size=1, max_size=6),
                                 st.sampled_from(["教育实践活动", "异民族", "中华人民共和国", "PM2.5", "1+8"])),
                       max_size=12))
def test_compiled_route_on_any_text(native_pair: tuple[Any, Any], pieces: list[str]) -> None:
    python, compiled = native_pair
    text = "".join(pieces)
    assert compiled.segmenter.cut(text) == python.segmenter.cut(text)
    assert compiled.segmenter.cut(text, False) == python.segmenter.cut(text, False)


@pytest.mark.slow
def test_an_archive_build_is_the_same_compiled_with_numba_and_in_python(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled segmentation is only faster: the C extension (index/text/csegment.c), the numba route and
    pure Python give the same index, file for file."""
    import index.text.compiled
    import index.text.native
    from index.store.building import build_index

    _require_numba()
    assert index.text.compiled.available(), "index.text.csegment was not built: pip install -e . needs a C compiler"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    questions = [q["q"] for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(DATA / name)]
    (corpus / "questions.txt").write_text("\n".join(["问题汇编", *questions]) + "\n", encoding="utf-8")

    def counting(module: Any, name: str, calls: Path) -> None:
        """Count calls of `module.name` (through a file, should the workers be processes)."""
        original = getattr(module, name)

        def counted(*args: Any) -> Any:
            with calls.open("a") as log:
                log.write("x")
            return original(*args)

        monkeypatch.setattr(module, name, counted)

    counting(index.text.compiled, "segmenter", tmp_path / "c-calls")
    build_index(corpus, tmp_path / "c.json", workers=1, progress=False, compiled=True)
    assert (tmp_path / "c-calls").exists(), "the compiled segmenter was not used"
    monkeypatch.setattr(index.text.compiled, "csegment", None)
    counting(index.text.native.NativeRoute, "__call__", tmp_path / "numba-calls")
    build_index(corpus, tmp_path / "numba.json", workers=1, progress=False, compiled=True)
    assert (tmp_path / "numba-calls").exists(), "the numba route was not used"
    monkeypatch.setattr(index.text.native, "available", lambda: False)
    build_index(corpus, tmp_path / "python.json", workers=1, progress=False, compiled=True)
    python = built_content(tmp_path / "python.json")
    assert built_content(tmp_path / "c.json") == python
    assert built_content(tmp_path / "numba.json") == python
