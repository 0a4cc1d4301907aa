"""Reports are read into documents with metadata, sections, paragraphs and sentences."""

from __future__ import annotations

from pathlib import Path

from index.answering.engine import Engine
from index.corpus.chunking import MAX_PASSAGE_CHARS, group_sentences, split_sentences
from index.corpus.documents import is_heading


def test_metadata_is_read_from_the_report(engine: Engine) -> None:
    (doc,) = engine.documents
    assert doc.title == "安徽省第二批党的群众路线教育实践活动第一环节工作综述"
    assert doc.date == "2014-05-07"
    assert doc.source == "安徽日报"
    assert doc.reporter == "黄永礼"
    assert doc.editor == "梁 海燕"


def test_paragraphs_know_their_section_and_number(engine: Engine) -> None:
    body = [p for p in engine.passages if p.paragraph > 0]
    assert [p.paragraph for p in body] == list(range(1, 36))
    assert body[0].section is None
    assert body[2].section == "周密部署,真督实导,确保活动不走过场"
    assert body[-1].section == "即知即改,立行立改,力求活动取得实效"
    sections = {p.section for p in body}
    assert len(sections) == 5  # four headings plus the lead paragraphs before the first


def test_headings_are_not_passages(engine: Engine) -> None:
    assert all(not is_heading(p.text) for p in engine.passages if p.paragraph > 0)
    assert is_heading("深学深思,砥砺品质,打牢思想基础")
    assert not is_heading("  学习教育,是教育实践活动的基础环节。")


def test_sentences_concatenate_back_to_the_text() -> None:
    text = "“班子强不强,关键看班长。 ”各地认真开展培训!目前累计举办639期?还在继续"
    parts = split_sentences(text)
    assert "".join(parts) == text
    assert parts == ["“班子强不强,关键看班长。 ”", "各地认真开展培训!", "目前累计举办639期?", "还在继续"]


def test_long_paragraphs_split_at_sentence_ends_within_the_bound() -> None:
    sentences = [f"第{i}句" + "字" * 60 + "。" for i in range(12)]
    groups = list(group_sentences(sentences))
    assert len(groups) > 1
    assert all(sum(map(len, g)) <= MAX_PASSAGE_CHARS for g in groups)
    assert [s for g in groups for s in g] == sentences


def test_citation_names_section_and_paragraph(engine: Engine) -> None:
    passage = engine.passage("anhui-mass-line-2014-05-07#6")
    lead = engine.passage("anhui-mass-line-2014-05-07#2")
    assert passage is not None and lead is not None
    # One report in the index: its title would only repeat itself under every answer.
    assert engine.citation(passage) == "周密部署,真督实导,确保活动不走过场 · 第6段"
    assert engine.citation(lead) == "导语 · 第2段"
    assert [p.paragraph for p in engine.neighbors(passage.id)] == [5, 6, 7]


def test_citation_names_the_report_where_there_are_several(corpus: Path, tmp_path: Path) -> None:
    from index.answering.loading import load_engine
    from index.store.building import build_index

    (corpus / "second.txt").write_text("另一篇报道的标题\n发表时间:2014-05-08 来源:安徽日报\n\n  芜湖市今天下了雨。\n",
                                       encoding="utf-8")
    path = tmp_path / "two.json"
    build_index(corpus, path)
    engine = load_engine(path, corpus)
    passage = engine.passage("anhui-mass-line-2014-05-07#6")
    assert passage is not None
    assert engine.citation(passage).startswith("安徽省第二批党的群众路线教育实践活动第一环节工作综述 · 周密部署")
