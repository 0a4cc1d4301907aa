"""The synonym table (HIT's Cilin) restricted to an index's vocabulary."""

from __future__ import annotations

from index.text.thesaurus import Thesaurus, is_verb


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


def test_everyday_words_stand_for_the_words_news_reports_use() -> None:
    thesaurus = Thesaurus(frozenset({"手册", "群众", "报告团", "电影"}))
    assert "手册" in thesaurus.synonyms("小册子")
    assert "群众" in thesaurus.synonyms("老百姓")
    assert "报告团" in thesaurus.synonyms("宣讲团")
    assert "电影" in thesaurus.synonyms("片子")


def test_the_everyday_words_table_never_groups_one_tier_place_or_post_with_another() -> None:
    from index.text import lexicon
    from index.text.places import place_names
    from index.text.thesaurus import register_groups

    places = place_names()
    for words in register_groups():  # (its phrases of choices written out)
        line = " ".join(words)
        # (the report's word, first, may be one character of a phrase it does not run together: 撤 of 机构不撤)
        assert len(words) >= 2 and all(len(w) >= 2 for w in words[1:]), line
        assert all(w and all("\u4e00" <= c <= "\u9fff" for c in w) for w in words), line
        tiers = {tier for w in words for tier, pattern in lexicon.TIERS if pattern.fullmatch(w)}
        assert len(tiers) <= 1, line  # 省级 and 市级 are never one another
        posts = {w for w in words if lexicon.ROLES.fullmatch(w) and w[0] in lexicon.TIER_CHARS}
        assert len({w[0] for w in posts}) <= 1, line  # 省长 is no 市长
        assert sum(w in places for w in words) <= 1, line


def test_a_synonym_the_report_says_in_two_of_its_words_counts() -> None:
    thesaurus = Thesaurus(frozenset({"辅导", "报告"}))
    assert "辅导报告" in thesaurus.synonyms("讲座")  # 辅导|报告: two words of the report in a row


def test_an_everyday_phrase_is_found_as_it_stands() -> None:
    thesaurus = Thesaurus(frozenset({"年老", "群众", "意见", "镜子"}))
    text = "马鞍山给年纪大的党员"
    assert [text[a:b] for a, b in thesaurus.phrases_in(text)] == ["年纪大"]  # a phrase jieba would cut apart
    assert thesaurus.phrases_in("听群众意见") == []  # holds words of the vocabulary: read word by word


def test_a_verb_the_dictionary_tags_a_numeral_is_a_verb() -> None:
    assert is_verb("整顿")  # jieba's dictionary tags it m; Cilin places it among activities
    assert not is_verb("多种") and not is_verb("很多")  # numerals and quantities stay what they are
    assert is_verb("收集") and not is_verb("党员")


def test_a_phrase_of_choices_stands_for_every_phrase_it_spells() -> None:
    from index.text.thesaurus import register_mates

    for phrase in ("偷偷去检查", "秘密查", "暗地里下去走访"):  # {偷偷|…|暗地里}{|地}{|去|下去}{检查|查|…|走访}
        assert "暗访" in register_mates(phrase), phrase


def test_a_word_typed_by_sound_stands_for_the_one_common_word_it_sounds_like() -> None:
    from index.text.thesaurus import typed_for

    assert typed_for("厂次") == "场次"  # chang ci: no dictionary holds 厂次
    assert typed_for("职物") is None  # 职务 or 植物, both common: no telling which
    assert typed_for("个市") is None and typed_for("开过") is None  # a measure word or aspect run into a word
    assert typed_for("精神") is None  # a word itself
