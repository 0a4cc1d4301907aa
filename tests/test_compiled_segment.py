"""The compiled segmenter (index/text/csegment.c) gives exactly jieba's words, so archive indexes do not change.

Checked against jieba itself (its `cut` and `cut_for_search`, with and without its HMM), not against the
Python segmenter: on the report and the questions, on generated archive text, and on any text hypothesis
makes of rare and unknown characters (runs for jieba's HMM, some with no emission probability at all, where
only its tie rules decide), Latin, digits, decimals and percentages, punctuation, spaces and line ends.
The install builds the extension (a C compiler is needed); without it these tests fail rather than skip.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.evaluation import read_questions
from index.text import compiled, native
from index.text.segment import FastSegmenter, reached_entries
from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary, import_jieba
from tests.conftest import CORPUS, DATA, ROOT

#: Common characters, the report's own words and characters jieba's dictionary lacks.
_COMMON = list("的一是了不人在有这个上们来到时大地为中国年着就那和要出也得里后自以会家可下而过天去能对小多然于心学么"
               "之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长"
               "回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感省委督导组焦裕禄乡镇街道")
_OTHER = [*"abcXYZ0123456789 .,!?%-_#&+。,、“”()《》:;\n\t\r\u3000\u00a0１２ａ㐀\u4dff\u9fd6\u9fffＡ", "𠀀", "😀"]
_PIECES = ["教育实践活动", "中华人民共和国", "四风", "三严三实", "2014年5月", "PM2.5", "1+8", "百分之五十", "C++",
           "3.3万余条", "1.5%", "3.14", "a.1", "2.", ".5", "50%以上", "O2O", "B超", "T恤", "卡拉OK", "#1", "a&b",
           "x_y", "-3.5", "1.2.3", "ab12.34%cd", "异民族", "黄永礼", "王学军说", "\r\n"]


_HAN_RUN = re.compile("[\u4E00-\u9FD5]+")


@pytest.fixture(scope="module")
def pair() -> tuple[Any, compiled.Segmenter]:
    """jieba over the project's dictionary (its default one with the domain words), and the compiled
    segmenter over the same dictionary."""
    assert compiled.available(), "index.text.csegment was not built: pip install -e . needs a C compiler"
    jieba = import_jieba()
    freq, total = full_dictionary(TokenizerSettings())
    reference = jieba.Tokenizer()
    reference.FREQ, reference.total, reference.initialized = freq, total, True
    segmenter = compiled.segmenter(native.Trie(freq, total))
    assert segmenter is not None
    return reference, segmenter


@cache
def _unscored() -> list[str]:
    """Characters of the HMM's range for which jieba's tables have no emission probability in any state."""
    from jieba import finalseg

    return [chr(c) for c in range(0x4E00, 0x9FD6) if not any(chr(c) in finalseg.emit_P[s] for s in "BEMS")]


def _same(pair: tuple[Any, compiled.Segmenter], text: str) -> None:
    reference, segmenter = pair
    for hmm in (True, False):
        assert segmenter.cut(text, hmm) == list(reference.cut(text, HMM=hmm)), (text, hmm)
        assert segmenter.cut_for_search(text, hmm) == list(reference.cut_for_search(text, HMM=hmm)), (text, hmm)


def _same_numbers(pair: tuple[Any, compiled.Segmenter], text: str) -> None:
    """The route's scores and the HMM's log probabilities are jieba's to the bit, not only its words."""
    from jieba import finalseg

    reference, segmenter = pair
    if text:
        route: dict[int, tuple[float, int]] = {}
        reference.calc(text, reference.get_DAG(text), route)
        assert segmenter.route(text) == [route[i] for i in range(len(text))], text
    for run in _HAN_RUN.findall(text):
        prob, states = finalseg.viterbi(run, "BMES", finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
        assert segmenter.viterbi(run) == (prob, "".join(states)), run


def _texts() -> list[str]:
    lines = [line for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [q["q"] for name in ("dev.jsonl", "extra.jsonl") for q in read_questions(DATA / name)]
    return lines + questions


def test_the_compiled_segmenter_is_built() -> None:
    """The install compiles index/text/csegment.c (without a C compiler builds segment in Python, and this test
    says so)."""
    assert compiled.available(), "index.text.csegment was not built: pip install -e . needs a C compiler"


def test_the_hmm_tables_are_jiebas() -> None:
    from jieba import finalseg

    start, trans, emit = compiled.hmm_tables()
    assert list(start) == [finalseg.start_P[s] for s in "BEMS"]
    assert trans[4 * 0 + 1] == finalseg.trans_P["B"]["E"] and trans[4 * 0 + 0] == finalseg.MIN_FLOAT  # B→E, B→B
    assert emit[4 * (ord("中") - 0x4E00) + 3] == finalseg.emit_P["S"]["中"]
    assert len(emit) == 4 * (0x9FD5 - 0x4E00 + 1)


def test_the_report_and_the_questions(pair: tuple[Any, compiled.Segmenter]) -> None:
    for text in _texts():
        _same(pair, text)
        _same_numbers(pair, text)
    _same(pair, "\n".join(_texts()))  # one long text: blocks, line ends and all


def test_unscored_characters_exist() -> None:
    """The HMM's ties are exercised: jieba's tables lack some characters of its range altogether."""
    assert len(_unscored()) > 100


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.one_of(st.text(alphabet=_COMMON + _OTHER, min_size=1, max_size=8),
                                 st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5),
                                         min_size=1, max_size=8),
                                 st.sampled_from(_PIECES)),
                       max_size=14))
def test_any_text(pair: tuple[Any, compiled.Segmenter], pieces: list[str]) -> None:
    _same(pair, "".join(pieces))
    _same_numbers(pair, "".join(pieces))


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_unscored()[:40] + _COMMON[:20] + list("a1.%")), max_size=30))
def test_runs_the_hmm_cannot_score(pair: tuple[Any, compiled.Segmenter], text: str) -> None:
    """Runs of characters jieba's HMM has no probability for (every path MIN_FLOAT-sized: only the order of
    its additions and its tie rules decide)."""
    _same(pair, text)
    _same_numbers(pair, text)


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=2, max_size=40))
def test_runs_of_rare_characters(pair: tuple[Any, compiled.Segmenter], text: str) -> None:
    """Mostly characters that start no dictionary word: long runs for the HMM."""
    _same(pair, text)
    _same_numbers(pair, text)


def test_every_word_of_a_generated_archive(pair: tuple[Any, compiled.Segmenter], tmp_path: Path) -> None:
    """Two thousand passages of generated archive text (dictionary words drawn by frequency into the
    report's sentences: rare words, names and numbers), every line."""
    out = tmp_path / "c2k"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), "2000", str(out), "--seed", "11",
                    "--no-report"], check=True, capture_output=True, cwd=ROOT)
    lines = [line for path in sorted(out.rglob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 2000
    for line in lines:
        _same(pair, line)
        _same_numbers(pair, line)


def test_expand_is_cut_for_search_of_one_word(pair: tuple[Any, compiled.Segmenter]) -> None:
    reference, segmenter = pair
    freq = reference.FREQ
    for word in ["中华人民共和国", "教育实践活动", "三严三实", "ab", "一", "", "异民族", "PM2.5", "省委督导组"]:
        # jieba's cut_for_search for one word of cut
        expected = [word[i:i + 2] for i in range(len(word) - 1) if len(word) > 2 and freq.get(word[i:i + 2])]
        expected += [word[i:i + 3] for i in range(len(word) - 2) if len(word) > 3 and freq.get(word[i:i + 3])]
        assert segmenter.expand(word) == [*expected, word], word


def test_empty_and_odd_input(pair: tuple[Any, compiled.Segmenter]) -> None:
    _, segmenter = pair
    for text in ["", " ", "\r\n", "\r", "\n\r", "\r\n\r\n", "。", "\x00", "\ud800x", "a" * 5000, "的" * 5000]:
        _same(pair, text)
    with pytest.raises(TypeError):
        segmenter.cut(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        segmenter.viterbi("中a")
    with pytest.raises(ValueError):
        segmenter.viterbi("")


def test_a_trie_that_does_not_fit_is_refused() -> None:
    trie = native.Trie({"甲": 1, "甲乙": 2, "丙": 0}, 3)
    start, trans, emit = compiled.hmm_tables()
    args = [trie.child_ptr, trie.child_chars, trie.child_nodes, trie.lp, trie.is_word, trie.fallback, start, trans,
            emit]
    assert compiled.csegment.Segmenter(*args).cut("甲乙丙") == ["甲乙", "丙"]
    broken = trie.child_nodes.copy()
    broken[0] = 99
    with pytest.raises(ValueError):
        compiled.csegment.Segmenter(*args[:2], broken, *args[3:])
    with pytest.raises(TypeError):
        compiled.csegment.Segmenter(*args[:3], trie.lp.astype(np.float32), *args[4:])
    with pytest.raises(TypeError):
        compiled.csegment.Segmenter(*args[:8], emit[:10])
    unready = compiled.csegment.Segmenter.__new__(compiled.csegment.Segmenter)
    for method in (unready.cut, unready.cut_for_search, unready.expand, unready.route, unready.viterbi):
        with pytest.raises(RuntimeError):
            method("甲乙")
    with pytest.raises(RuntimeError):
        compiled.csegment.Segmenter(*args).__init__(*args)  # once


# --- as index builds use it ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tokenizers(pair: tuple[Any, compiled.Segmenter]) -> tuple[Tokenizer, Tokenizer]:
    """Two tokenizers over the whole dictionary noting what they reach: Python's and the compiled one."""
    reference, _ = pair
    trie = native.Trie(reference.FREQ, reference.total)
    python = Tokenizer(reference.FREQ, reference.total, TokenizerSettings())
    fast = Tokenizer(reference.FREQ, reference.total, TokenizerSettings())
    python.segmenter.reached, fast.segmenter.reached = set(), set()
    fast.segmenter.use_compiled(compiled.segmenter(trie), trie.words)
    assert fast.segmenter.compiled is not None and python.segmenter.compiled is None
    return python, fast


def test_the_same_terms_and_dictionary_entries(tokenizers: tuple[Tokenizer, Tokenizer]) -> None:
    """The same index terms, and the same dictionary entries reached, in the same order (the index's file)."""
    python, fast = tokenizers
    for text in _texts() * 2:  # the second time from the tokenizers' memory of words
        assert fast.tokens(text) == python.tokens(text), text
        assert fast.segment(text) == python.segment(text), text
    fast.segmenter.sync_reached()
    python.segmenter.sync_reached()  # nothing to do for the Python route
    freq = python.segmenter._freq
    assert fast.segmenter.reached and python.segmenter.reached
    assert list(reached_entries(fast.segmenter.reached, freq).items()) == \
        list(reached_entries(python.segmenter.reached, freq).items())
    assert {w for w in fast.segmenter.reached if w in freq} == {w for w in python.segmenter.reached if w in freq}


@pytest.mark.parametrize("settings", [TokenizerSettings(mode="precise"), TokenizerSettings(hmm=False),
                                      TokenizerSettings(mode="precise", hmm=False)])
def test_the_same_terms_in_other_modes(pair: tuple[Any, compiled.Segmenter], settings: TokenizerSettings) -> None:
    reference, _ = pair
    trie = native.Trie(reference.FREQ, reference.total)
    python = Tokenizer(reference.FREQ, reference.total, settings)
    fast = Tokenizer(reference.FREQ, reference.total, settings)
    fast.segmenter.use_compiled(compiled.segmenter(trie), trie.words)
    for text in _texts():
        assert fast.tokens(text) == python.tokens(text), text
        assert fast.segment(text) == python.segment(text), text


def test_reaching_is_noted_only_when_asked(pair: tuple[Any, compiled.Segmenter]) -> None:
    reference, _ = pair
    trie = native.Trie(reference.FREQ, reference.total)
    from jieba import finalseg

    segmenter = FastSegmenter(reference.FREQ, reference.total, finalseg)
    segmenter.use_compiled(compiled.segmenter(trie), trie.words)
    assert segmenter.compiled is not None and not segmenter.compiled.record
    segmenter.cut("中华人民共和国")
    assert segmenter.compiled.take_reached() == []
    segmenter.reached = set()
    segmenter.cut("中华人民共和国")
    segmenter.sync_reached()
    assert {"中华人民共和国", "中", "华", "人"} <= segmenter.reached
    segmenter.cut("中华人民共和国")  # noted once
    assert segmenter.compiled.take_reached() == []

