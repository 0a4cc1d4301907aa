"""Tables kept in arrays instead of dicts of strings give exactly what the dicts gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text import thesaurus
from index.text.places import jieba_dictionary
from index.text.thesaurus import PackedWords


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


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="甲乙丙丁ab\0", min_size=1, max_size=4), st.integers(0, 1 << 40)),
                max_size=30),
       st.lists(st.text(alphabet="甲乙丙丁abc", max_size=4), max_size=10))
def test_packed_words_read_as_a_dict(pairs: list[tuple[str, int]], others: list[str]) -> None:
    packed = PackedWords.from_words([w for w, _ in pairs], [v for _, v in pairs])
    expected = dict(pairs)  # the last value of a repeated word counts
    assert dict(packed.items()) == expected and len(packed) == len(expected)
    for word in [*expected, *others]:
        assert packed.get(word) == expected.get(word)
        assert (word in packed) == (word in expected)
