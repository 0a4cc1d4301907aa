"""The synonym table (HIT's Cilin) restricted to an index's vocabulary."""

from __future__ import annotations

from index.text.thesaurus import Thesaurus


def test_an_unknown_word_stands_for_the_vocabulary_words_of_its_group() -> None:
    thesaurus = Thesaurus(frozenset({"征集", "意见"}))
    assert thesaurus.synonyms("收集") == ("征集",)
    assert thesaurus.synonyms("意见") == ()  # a word the vocabulary has is no unknown word


def test_a_known_word_is_related_to_the_vocabulary_words_of_its_group() -> None:
    thesaurus = Thesaurus(frozenset({"体会", "感受", "办法", "方式", "群众"}))
    assert "感受" in thesaurus.related("体会")
    assert "方式" in thesaurus.related("办法")
    assert thesaurus.related("群众") == ()  # no other word of its group in the vocabulary


def test_posts_and_roles_do_not_stand_for_each_other() -> None:
    # 领导 and 负责人 share a group, but a question about one post is not answered by another
    thesaurus = Thesaurus(frozenset({"领导", "负责人"}))
    assert thesaurus.related("领导") == ()
