"""Tables kept in arrays instead of dicts of strings give exactly what the dicts gave."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.evaluation import read_questions
from index.ranking import compiled
from index.text import thesaurus
from index.text.packed import PackedWords
from index.text.places import jieba_dictionary
from tests.conftest import CORPUS, DATA


def test_the_general_dictionary_is_jiebas_read_line_by_line() -> None:
    expected: dict[str, int] = {}
    with jieba_dictionary().open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[1].isdigit():
                expected[parts[0]] = int(parts[1]) * 256 + thesaurus._pos_number(parts[2])
    general = thesaurus._general()
    assert len(general) == len(expected)
    assert dict(general.items()) == expected
    assert all(general.get(word) == value for word, value in expected.items())
    assert general.get("从未有过的词语") is None and "从未有过的词语" not in general
    assert thesaurus.word_facts("领导") == (expected["领导"] // 256, "n")


def test_a_file_not_of_that_form_is_read_line_by_line() -> None:
    assert thesaurus._read_packed("甲 3 n\n乙 x n\n".encode()) is None
    assert thesaurus._read_packed("甲 3 n\r\n".encode()) is None
    assert thesaurus._read_packed("甲 3\n".encode()) is None
    packed = thesaurus._read_packed("甲 3 n\n乙乙 12 v\n甲 5 n\n".encode())
    assert packed is not None and dict(packed.items()) == {"甲": 5 * 256 + thesaurus._pos_number("n"),
                                                          "乙乙": 12 * 256 + thesaurus._pos_number("v")}


@pytest.mark.parametrize("found_in_c", [True, False])
@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(st.text(alphabet="甲乙丙丁ab\0", min_size=1, max_size=4), st.integers(0, 1 << 40)),
                      max_size=30),
       others=st.lists(st.text(alphabet="甲乙丙丁abc", max_size=4), max_size=10))
def test_packed_words_read_as_a_dict(pairs: list[tuple[str, int]], others: list[str], found_in_c: bool) -> None:
    """Words are found by the compiled lookup (index/ranking/cscan.c) and by the Python one alike."""
    packed = PackedWords.from_words([w for w, _ in pairs], [v for _, v in pairs])
    assert (packed._compiled is not None) == compiled.available()
    if not found_in_c:
        packed._compiled = None
    expected = dict(pairs)  # the last value of a repeated word counts
    assert dict(packed.items()) == expected and len(packed) == len(expected)
    for word in [*expected, *others]:
        assert packed.get(word) == expected.get(word)
        assert (word in packed) == (word in expected)


def test_a_served_index_segments_as_its_build_did(engine: Any) -> None:
    """A served index's dictionary is kept in arrays and its log probabilities computed on lookup; a build's is
    a dict with a table made once: the same words either way."""
    from jieba import finalseg

    from index.text.segment import FastSegmenter

    packed = engine.index.meta.dictionary
    assert isinstance(packed, PackedWords)
    as_dict = dict(packed.items())
    total = engine.index.meta.dictionary_total
    served, built = FastSegmenter(packed, total, finalseg), FastSegmenter(as_dict, total, finalseg)
    texts = [line for path in sorted(CORPUS.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    texts += [q["q"] for q in read_questions(DATA / "dev.jsonl")]
    for text in texts:
        for hmm in (True, False):
            assert served.cut(text, hmm) == built.cut(text, hmm), text
            assert served.cut_for_search(text, hmm) == built.cut_for_search(text, hmm), text
