"""Questions about the report itself: who wrote it, where and when it ran, its title, its parts and gist.

记者是谁? / 哪天发的? / 哪家报纸? answer from the report's metadata; 有几个小标题? / 第二部分讲的什么? /
这篇报道讲了什么? from its title and section headings, in the report's own order. A question that also names
something the report reports on (刘云山什么时候来的?) is not about the report and goes the usual way.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from index.answering.query import Question, Term
from index.ranking.bm25 import Scorer
from index.store.passages import PassageStore
from index.text import lexicon
from index.text.numerals import small_number, spelled
from index.text.regex import regex
from index.text.thesaurus import is_verb
from index.types import Answer, Document, Hit, Passage, Result

_PART = r"(?:部分|小标题|标题|小节|节|章节|板块|块)"
#: 讲整改的是哪一部分? / 讲学习教育的那一节标题是什么: the heading of the section about something.
#: Longest question that is only a name for the report (这篇报道讲的).
_BARE_REPORT = 6
#: Paragraphs that make a report's opening (its lines and the lead that follows them).
OPENING = 2
#: Passages searched for the section a topic is in.
CANDIDATES = 5
#: Passages read to find the section that speaks most of a topic (讲学习教育的是哪一部分?).
SECTION_CANDIDATES = 50
#: A part of the report asked for (讲整改的是哪一块?; not 分管哪一块工作, where 块 counts the work).
_ASKS_PART = regex(rf"哪(?:一|个|1)?(?:个)?{_PART}(?!(?<=块)(?:工作|业务|任务|领域|事务))|(?:讲|说|写|关于|介绍)(?!啥|什么|哪)\S+?(?:的[,,]?(?:是)?(?:那|这)?|那|这)[一1]?(?:个)?{_PART}|"
                        rf"^\S{{2,8}}?(?:那|这)[一1]?(?:个)?大?(?:块儿?|部分|段)(?:的)?[\s,,]*(?:小标题|标题)")  # (听意见那块的小标题, 那一大段,小标题)


#: A section named by what it speaks of, first (听群众意见|那块,开头咋说的?).
_TOPIC_PART = regex(r"^(\S{2,10}?)(?:那|这)[一1]?(?:个)?大?(?:块儿?|部分|段|节)")
#: A report named by the round or stage it reviews (第二环节的工作综述): another one, where the title names another.
_NUMBERED_WORK = regex(rf"(第[一二三四五六七八九十\d]+(?:环节|批))(?:的|活动的?)?(?:工作)?(?:{lexicon.REPORT_WORD.pattern})")
#: A field's name that is a date's (发表时间, 发布日期).
_DATE_NAMED = regex(r"时间|日期")
_ABOUT = (lexicon.GIST, lexicon.PART_WORDS, lexicon.PART_COUNT, lexicon.PART_WHICH, lexicon.PART_ORDINAL, lexicon.REPORT_END,
          lexicon.PARAGRAPH_ORDINAL, lexicon.IN_THE_TITLE,
          lexicon.PART_HINT,
          lexicon.TEXT_UNITS, lexicon.GENRE_ASKED,
          *(pattern for pattern, _ in lexicon.META_FIELDS),
          # the words that ask (哪位 leaves 位 behind as a term)
          lexicon.PERSON_WORDS, lexicon.NAME_WORDS, lexicon.DATE_WORDS, lexicon.PLACE_WORDS, lexicon.LIST_WORDS,
          lexicon.ROUND_OR_STAGE_ASKED,  # (哪一批: 一批 is asked, not named)
          lexicon.DAY_NAMED,  # (是5月8日发表的吗?: the date claimed)
          lexicon.NEWSPAPER)  # (来源是人民日报还是安徽日报?: the paper claimed)


def _framing(question: Question, store: PassageStore, header: Passage, headings: str = "",
             opening: Passage | None = None) -> bool:
    """Is every word of the question about the report (or held by its header: 记者黄永礼, or by its `opening`
    passage, or quoted from a section heading: 小标题“深学深思”后面是啥?)?"""
    folded = question.folded
    named = _names_report(folded)  # (这篇是谁的手笔?: writing or printing it is about the report too)
    # (the opening's words only where the report is named: 沈浩精神说的是什么? asks of the spirit, not the report)
    held = store.term_set(header.position) | (store.term_set(opening.position) if opening and named else set())
    covered = {i for pattern in _ABOUT for m in pattern.finditer(folded) for i in range(*m.span())}
    # (文末署的责任编辑是谁?: signing or writing it, glued to a word about the report, is about the report too; not
    # 搞得 of 黄永礼觉得活动搞得怎么样?)
    field = any(pattern.search(folded) for pattern, _ in lexicon.META_FIELDS)
    made = {i for m in lexicon.MAKING_OF_IT.finditer(folded) for i in range(*m.span())} if named or field else set()
    quoted = "".join(lexicon.QUOTED.findall(folded)) if headings else ""
    told = _told_before(folded)
    this = lexicon.THIS_REPORT.search(folded) is not None  # (本文的来源报刊: a word for the paper, of this one)
    for term in question.terms:
        if field and len(term.word) == 1 and term.role != "constraint" and is_verb(term.word):
            continue  # (哪天发出来的?我看看…: a verb of one character, around a field asked, asks nothing of the report)
        if told and folded.rfind(term.word) < told:
            continue  # (我负责讲第二部分,第二部分讲的啥?: what the asker tells before asking)
        if term.role == "frame" or term.aside or _report_word(term.word) or term.word in held or \
                (this and any(_report_word(w) for w in term.alternatives)) or \
                (term.word in quoted and term.word in headings) or \
                (named and _making(term)):
            continue
        at = folded.find(term.word)
        span = range(at, at + len(term.word))
        if at >= 0 and (all(i in covered for i in span) or
                        (any(i in covered for i in span) and all(i in covered or i in made for i in span))):
            continue
        return False
    return True


#: A question word right before a field's name (哪个|报社): that field is what is asked.
_WHICH_BEFORE = regex(r"(?:哪个|哪家|哪一家|哪1家|什么|啥)$")
#: What a question cannot want of a field (记者是哪里人? wants a place, which no name of the reporter's gives).
_UNWANTED_OF = {"editor": ("where", "place"), "reporter": ("where", "place")}
#: (field of a report's metadata, what a question asks) where the question names no field but the report itself.
_FIELD_BY_ASKED = (("editor", ("person",)), ("reporter", ("person",)), ("date", ("date",)),
                   ("source", ("place", "where")))


def _other_works_asked(folded: str) -> bool:
    """Does the question ask of other works (他还写过哪些报道?), not only after a clause that asks a field of this one
    (写这篇的记者叫啥,想看看他还写了啥: the name is asked)?"""
    other = lexicon.OTHER_WORKS.search(folded)
    if other is None:
        return False
    before = folded[:other.start()]
    clause = lexicon.CLAUSE_OR_SPACE.search(before)
    return clause is None or not (lexicon.QUESTION_WORD.search(before[:clause.start()]) and
                                  any(pattern.search(before) for pattern, _ in lexicon.META_FIELDS))


def _told_before(folded: str) -> int:
    """Where the clause that asks starts, when the clauses before it are the asker's and ask nothing (老师让我们
    总结一下,这篇报道第三部分主要说了什么?; 材料出处要注明,这篇稿子来源于哪家报纸?: the clause that asks points at
    this report, where the clauses before it name no writing it may point back at), else 0."""
    clauses = [m.end() for m in lexicon.CLAUSE_OR_SPACE.finditer(folded.rstrip("?？!！。 "))]
    start = clauses[-1] if clauses else 0
    return start if start and lexicon.QUESTION_WORD.search(folded[start:]) and \
        (lexicon.FIRST_PERSON.search(folded[:start]) or
         (lexicon.THIS_REPORT.search(folded[start:]) and not lexicon.REPORT_WORD.search(folded[:start]))) and \
        not lexicon.QUESTION_WORD.search(folded[:start]) else 0


def _names_report(folded: str) -> bool:
    """Does the question name the report itself (这篇, 这文章, 稿子)?"""
    return lexicon.REPORT_WORD.search(folded) is not None


def _of_the_report_alone(question: Question) -> bool:
    """Does the question name the report and nothing else but the making of it (这文章谁弄的?)?"""
    return _names_report(question.folded) and all(
        term.role == "frame" or term.aside or _report_word(term.word) or _making(term) for term in question.terms)


def _making(term: Term) -> bool:
    """Does the word say the making of a report, as typed or in the report's words (登报 → 发表)?"""
    return any(lexicon.MAKING_OF_IT.fullmatch(word) for word in (term.word, *term.alternatives))


def _report_word(word: str) -> bool:
    """Is the word one for the report, pointed at or not (稿子, 这篇报道)?"""
    return word in lexicon.REPORT_WORDS or word.lstrip("这那该本此篇个") in lexicon.REPORT_WORDS


def about_report(store: PassageStore, scorer: Scorer, documents: Mapping[str, Document], question: Question,
                 hits: Sequence[Hit], normalize: Callable[[str], str]) -> Result | None:
    """The answer to a question about the report itself, or None if it is not one.

    `store` holds the index's passages, `scorer` ranks them, `documents` its reports by id (in corpus order),
    `hits` the passages the question found, `normalize` reads text in matching form.
    """
    folded = lexicon.keywords_joined(question.folded)  # (讲 学习教育 的 那部分)
    if folded != question.folded:  # (a copy only where keywords were typed apart: the question's readings stay cached)
        question = dataclasses.replace(question, folded=folded)
    sequel = _sequel(store, scorer, question, hits, normalize)
    if sequel is not None:
        return sequel
    if lexicon.FIELD_ELSEWHERE.search(folded):
        return None  # 这些媒体具体是哪几家?, 起止日期是哪天?: of what the report tells, not of the report
    doc = documents[hits[0].passage.doc] if hits else next(iter(documents.values()), None)
    if doc is None:
        return None
    passages = store.doc_passages(doc.id)
    header = next((p for p in passages if p.paragraph == 0), None)
    if header is None:
        return None
    if _ASKS_PART.search(folded) and question.wants != "figure":
        # 讲整改落实的是哪个小标题? — the heading of the section that speaks of it (not a figure asked after a remark
        # that names a part, 同事说芜湖这块做得不错,…总数是多少?)
        topic = [a for t in question.terms if t.role != "frame" and t.word not in lexicon.REPORT_WORDS
                 and not lexicon.PART_WORDS.search(t.word) for a in t.alternatives]
        # the section that speaks of it most: its passages' scores summed (学习教育 is one passage's word in
        # 周密部署…, the subject of 深学深思…)
        spoken = _section_of(store, scorer, doc, topic)
        if spoken is not None and spoken.section:
            return _result(question, hits, spoken.section, spoken, lead=spoken.section)
    sections = headings_of(passages)
    begins = lexicon.LINE_BEGINNING.search(folded)
    # (its words asked, not a figure of it, 那条“亲”开头的微博收到多少个赞?, nor a heading, “周密部署”开头的小标题)
    if begins is not None and question.wants != "figure" and "标题" not in folded:
        # 以“亲”开头的那句原话是啥?: the line that begins so, not the report's opening
        start = normalize(begins.group(1) or begins.group(2))
        begun = next(((s, p) for p in passages if p.paragraph > 0 for s in p.sentences
                      if normalize(s).lstrip("“\"'‘ ").startswith(start)), None)
        return _result(question, hits, begun[0].strip(), begun[1], lead=begun[0].strip()) if begun else None
    end = lexicon.REPORT_END.search(folded)
    named = _paragraphs_of(passages, sections, folded, end) if end else None
    pointed = _TOPIC_PART.search(folded, 0, end.start()) if end and named is None else None
    # (讲基层党组织书记培训那段开头: the part or the paragraph that speaks of it)
    paragraphs = named if named is not None else \
        (pointed and _spoken_in(store, scorer, doc, question, pointed)) or [p for p in passages if p.paragraph > 0]
    if end and lexicon.LINES_ASKED.search(folded):
        # 文章开头用哪几句话来概括?, 开头那几句排比是啥: the lines themselves, whatever the question calls them;
        # 第三部分开头那句: the part's
        part = (paragraphs[0] if end.group(1) else paragraphs[-1]) if paragraphs else None
        said = said_lines(part) if part else []
        if part and said:
            line = said[0] if end.group(1) else said[-1]
            return _result(question, hits, line, part, lead=line)
    # (这篇综述主要讲的是在推进哪两个环节的工作?: the report's gist, in the words of its opening)
    opening = next((p for p in passages if p.paragraph > 0), None) if lexicon.GIST.search(folded) else None
    ordinal = lexicon.PART_ORDINAL.search(folded)
    heading_asked = ordinal if lexicon.HEADING_ASKED.search(folded) else None  # the part named, where its heading is asked
    if heading_asked and sections:  # 第三部分讨论的主题是什么,小标题怎么写?: that part's heading, however asked
        heading = _part_heading(question, hits, passages, sections, heading_asked)
        if heading is not None:
            return heading
        # (第五个小标题是什么? of a report with four: none, not another line)
        return Result(query=question.text, answered=False, answer=None, hits=tuple(hits),
                      terms=tuple(question.search_terms))
    if not _framing(question, store, header, "\n".join(sections) if "“" in folded else "", opening):
        return None
    if _other_works_asked(folded) or any(m.group(1) not in doc.title for m in _NUMBERED_WORK.finditer(folded)) or \
            (lexicon.PERSONAL_VIEW.search(folded) and
             any(field in ("reporter", "editor") and pattern.search(folded) for pattern, field in lexicon.META_FIELDS)):
        # 他还写过哪些报道?, 第二环节的工作综述是哪天发表的?: beyond this report (its title: …第一环节工作综述); 记者觉得活动
        # 怎么样?: what its makers think, which it does not say
        return Result(query=question.text, answered=False, answer=None, hits=tuple(hits),
                      terms=tuple(question.search_terms))
    numbered = lexicon.PARAGRAPH_ORDINAL.search(folded)
    if numbered and not end:  # 第二自然段写了什么?: the paragraph of that number
        n = small_number(numbered.group(1))
        part = next((p for p in passages if p.paragraph == n), None)
        return _result(question, hits, "".join(said_lines(part)) or part.text, part, lead=None) if part else None
    # (末尾的责任编辑叫啥?: the field)
    if end and paragraphs and not any(pattern.search(folded) for pattern, _ in lexicon.META_FIELDS) and \
            not heading_asked:  # (最后一段的小标题: the part's heading)
        part = paragraphs[0] if end.group(1) else paragraphs[-1]
        said = said_lines(part) or [part.text]
        if (lexicon.GIST.search(folded) or "段" in end.group(0)) and "句" not in folded:
            # 开头讲了什么, 最后一段给了哪些数据: the paragraph, not a line
            return _result(question, hits, "".join(said), part, lead=None)
        line = said[0] if end.group(1) else said[-1]
        return _result(question, hits, line, part, lead=line)
    quoted = [q for q in lexicon.QUOTED.findall(folded) if any(q in name for name in sections)]
    if quoted and lexicon.PART_WHICH.search(folded):  # “深学深思”是第几部分的小标题?: the number of its part
        n = next(i for i, name in enumerate(sections, 1) if quoted[0] in name)
        first = next(p for p in passages if p.section == sections[n - 1])
        return _result(question, hits, sections[n - 1], first, lead=f"第{spelled(n) if n <= 10 else n}部分")
    if lexicon.PART_COUNT.search(folded) and sections:
        first = next(p for p in passages if p.section == sections[0])
        return _result(question, hits, ";".join(sections), first, lead=f"{len(sections)}个")
    if ordinal and sections and question.wants not in ("figure", "person", "date"):
        # (第二部分配了几张图?, 第二部分的作者是谁?: no heading says so)
        return _part_heading(question, hits, passages, sections, ordinal)
    identity = lexicon.IDENTITY_ASKED.match(folded)
    for field, post in (("editor", "责任编辑"), ("reporter", "记者")):
        value = getattr(doc, field)
        if identity is not None and value and _loose(value) == identity.group(1):
            # 梁海燕是谁?: the one who edited it (责任编辑:梁 海燕), named in the header, not in the text
            return _result(question, hits, _header_line(header, value), header, lead=post)
    # The field a question word asks of wins (黄永礼是哪个报社的记者? asks for the source), else the one asked last
    # (记者黄永礼是哪家报纸的?).
    asked = [(end, field, said) for _, end, field, said in sorted(
        ((bool(_WHICH_BEFORE.search(folded[: m.start()]) or "哪" in m.group(0)), m.end(), field, m.group(0))
         for pattern, field in lexicon.META_FIELDS for m in pattern.finditer(folded)), reverse=True)]
    # (发表时间是什么?: a date named asks for a date, whatever the question word)
    fitting = [field for _, field, said in asked if question.wants != "figure" and
               (((question.wants == "date") == (field == "date") and question.wants not in _UNWANTED_OF.get(field, ())) or
                question.wants == "yesno" or
                (field == "date" and question.wants in ("list", "open", "name") and _DATE_NAMED.search(said)))]
    if asked and not fitting and not (any(field == "title" for _, field, _ in asked) and
                                      lexicon.ROUND_OR_STAGE_ASKED.search(folded)):
        return None  # 责任编辑是哪年入职的? asks for something the metadata does not hold (标题里说的是第几批? the title does)
    if not asked and _of_the_report_alone(question):
        # 这篇是谁的手笔? / 这文章哪年哪月的? / 这篇东西是哪里登的?: the field the question word asks for (a
        # person only as the one who made it: 这篇报道的校对是谁? names a post the metadata does not hold)
        made = lexicon.MAKING_OF_IT.search(lexicon.REPORT_WORD.sub("", folded))
        fitting = [field for field, wants in _FIELD_BY_ASKED if question.wants in wants and
                   (field not in ("editor", "reporter") or made) and
                   (field != "editor" or lexicon.EDITING.search(folded))][:1]
    if fitting == ["title"] and lexicon.ROUND_OR_STAGE_ASKED.search(folded):
        fitting = []  # 标题里说的是哪个环节?: the stage its title names, below
    for field in fitting:  # (发稿日期 来源: the date, which the question word asks for)
        value = getattr(doc, field)
        if value:
            return _result(question, hits, _header_line(header, value), header, lead=str(value))
    # 这是一篇什么体裁的文章? — the kind its title names; 这是第几批活动的综述? / 综述的是哪个环节? — the round or
    # stage it names; each of them where one question asks several (第几批活动的哪个环节?)
    genre = lexicon.GENRE.search(doc.title)
    titled = [(m.start(), genre.group(0)) for m in lexicon.GENRE_ASKED.finditer(folded) if genre][:1]
    for which in lexicon.ROUND_OR_STAGE_ASKED.finditer(folded):
        ordinal = re.search(rf"第[一二三四五六七八九十\d]+{which.group(1)}", doc.title)
        titled += [(which.start(), ordinal.group(0))] if ordinal else []
    if titled:
        return _result(question, hits, header.sentences[0].strip(), header,
                       lead="、".join(dict.fromkeys(lead for _, lead in sorted(titled))))
    # 这篇报道? / 文章呢?: nothing but the report named (他还写过哪些报道? asks something else)
    only_report = len(folded) <= _BARE_REPORT and bool(question.terms) and question.wants in ("open", "list") and \
        all(t.word in lexicon.REPORT_WORDS for t in question.terms)
    if lexicon.GIST.search(folded) or only_report:
        listed = _listed_in_opening(question, passages, normalize)
        if listed is not None:  # 这篇综述主要讲哪两个环节的工作? → 推进学习教育、听取意见环节工作
            return listed
        return _result(question, hits, _gist(doc, sections, opening), header,
                       lead=doc.title if lexicon.CAMPAIGN_ASKED.search(folded) else None)  # (not 主要讲啥: all of it)
    return None


def region(store: PassageStore, scorer: Scorer, documents: Mapping[str, Document], question: Question,
           hits: Sequence[Hit]) -> list[Passage]:
    """The passages a question is asked of when it names a part of the report by where it stands: its opening
    (导语里提到了哪位领导?), its closing (结尾用的是哪方面的数据?), or the part after the one about something
    (讲完芜湖的做法后,接着讲的是哪个县?); of them, those that speak of what the question names besides the part
    (开头提到了哪个电影? is not so answered). Empty if it names no part."""
    after = lexicon.PART_AFTER.search(question.folded)
    end = lexicon.REPORT_END.search(question.folded)
    back = lexicon.FROM_THE_END.search(question.folded)
    ordinal = lexicon.PART_ORDINAL.search(question.folded)
    numbered = ordinal is not None and bool(ordinal.group(1) or ordinal.group(2))
    doc = documents[hits[0].passage.doc] if hits else next(iter(documents.values()), None)
    if (after is None and end is None and back is None and not numbered) or doc is None:
        return []
    body = [p for p in store.doc_passages(doc.id) if p.paragraph > 0]
    topic_part = _TOPIC_PART.search(question.folded) if end and not numbered else None
    if ordinal is not None and numbered:
        # 第二部分开头…, 第三部分中芜湖那段…: asked of that part, not of the report (the part's opening, its end)
        sections = headings_of(body)
        n = _part_number(ordinal, sections)
        body = [p for p in body if 1 <= n <= len(sections) and p.section == sections[n - 1]] or body
    elif topic_part is not None:
        # 听群众意见那块,开头咋说的?: the opening of the part that speaks most of it
        body = _spoken_in(store, scorer, doc, question, topic_part) or body
    if after:
        topic = [a for t in question.terms if t.word in after.group(1) for a in t.alternatives]
        found = scorer.top(topic, k=1) if topic else []
        at = next((n for n, p in enumerate(body) if found and found[0][1] > 0 and p.position == found[0][0]), None)
        part = body[at + 1: at + 2] if at is not None else []
    elif back:  # 倒数第二段(开头): counted from the end
        n = small_number(back.group(1))
        part = body[len(body) - n: len(body) - n + 1] if 0 < n <= len(body) else []
    elif end:
        part = body[:OPENING] if end.group(1) else body[-1:]
    else:
        part = body
    # (no word for the report itself, nor a one-character verb: 用什么数据收尾)
    named = [t for t in question.terms if t.role != "frame" and t.word not in lexicon.REPORT_WORDS and
             not t.word.isdigit() and  # (那八个字: how long the line is)
             (len(t.word) > 1 or not is_verb(t.word)) and
             not lexicon.REPORT_END.search(t.word) and not (after and t.word in after.group(0)) and
             not (topic_part and t.word in topic_part.group(0))]  # (“敞开大门”那一部分: 部分 names the part)
    return [p for p in part if not named or
            any(a in store.term_set(p.position) for t in named for a in t.alternatives)]


def _section_of(store: PassageStore, scorer: Scorer, doc: Document, topic: Sequence[str]) -> Passage | None:
    """The first passage found of the section of `doc` that speaks most of a topic: its passages' scores summed
    (学习教育 is one passage's word in 周密部署…, the subject of 深学深思…); None if none speaks of it."""
    spoken: dict[str, float] = {}
    where: dict[str, Passage] = {}
    for i, score in scorer.top(list(topic), k=SECTION_CANDIDATES) if topic else []:
        passage = store.passages[i]
        if score > 0 and passage.section and passage.doc == doc.id:
            spoken[passage.section] = spoken.get(passage.section, 0.0) + score
            where.setdefault(passage.section, passage)
    return where[max(spoken, key=lambda name: spoken[name])] if spoken else None


def _sequel(store: PassageStore, scorer: Scorer, question: Question, hits: Sequence[Hit],
            normalize: Callable[[str], str]) -> Result | None:
    """What comes right after (or before) a stretch of the report's wording: “班子强不强”后面那句 →
    关键看班长. The stretch must end (or start) where the report's clause does."""
    cue = lexicon.SEQUEL.search(question.folded)
    if cue is None:
        return None
    before = question.folded[:cue.start()]
    quoted = re.findall(r"“([^”]+)”", before)
    stretch = _UNQUOTED.sub("", quoted[-1] if quoted else lexicon.TEXT_UNITS.sub("", before))
    if not quoted and stretch.endswith(tuple(_BREAKS)) and "句" not in question.folded[cue.start():cue.end() + 3]:
        return None  # (第一批搞完的单位,后头人和摊子咋处理的?: what was done after, not the next words)
    stretch = stretch.strip(_BREAKS)
    order = [h.passage.position for h in hits]
    order += [i for i, s in scorer.top(list(question.search_terms), k=CANDIDATES * 2) if s > 0]
    sentences = [(store.passages[i], n, _UNQUOTED.sub("", normalize(s)))
                 for i in dict.fromkeys(order) if store.passages[i].paragraph > 0
                 for n, s in enumerate(store.passages[i].sentences)]
    # (typed without quotes, by three characters at least: 环节 of 第一环节后面的第二环节 ends many a clause)
    for size in range(len(stretch), 0 if quoted else 2, -1):
        anchor = stretch[:size] if cue.group(2) else stretch[-size:]
        for passage, n, text in sentences:
            at = text.find(anchor)
            if at < 0:
                continue
            after = cue.group(1) is not None
            if cue.group(3):  # the other of a pair: the item joined to it by 、, after it or before it
                after = text[at + len(anchor): at + len(anchor) + 1] == "、"
                if not after and text[at - 1: at] != "、":
                    continue
            if after:
                rest = text[at + len(anchor):]
                if not rest.strip(_BREAKS) and n + 1 < len(passage.sentences):
                    # the stretch ends its sentence (“班子强不强,关键看班长”后面讲了什么?): the next one
                    return _result(question, hits, passage.sentences[n + 1].strip(), passage, lead=None)
                clause = _CLAUSE.match(rest.lstrip(_BREAKS))
                if clause is not None and _SEVERAL_ASKED.search(question.folded[cue.start():]):
                    clause = lexicon.CLAUSE.match(rest.lstrip(_BREAKS))  # 后面还有哪几句?: the rest of the list, to the clause's end
            else:
                rest = text[:at]
                clause = _LAST_CLAUSE.search(rest.rstrip(_BREAKS))
            if (rest and rest[0 if after else -1] not in _BREAKS) or clause is None:
                continue  # the stretch does not end a clause here (调研 of 调研时)
            return _result(question, hits, passage.sentences[n].strip(), passage,
                           lead=_as_written(clause.group(0), passage.sentences[n]))
    return None


def _as_written(words: str, sentence: str) -> str:
    """The words as the sentence writes them, with the quotation marks read past (除四风之害 → 除“四风”之害)."""
    found = re.search(f"{_UNQUOTED.pattern}*".join(map(re.escape, words)), sentence)
    return found.group(0) if found else words


_UNQUOTED = regex(r"[“”\"'‘’\s]")
_BREAKS = "、,,;;::。!?!?"
_CLAUSE = regex(r"[^、,,;;::。!?!?]+")
#: The longest clause of a motto (补精神之“钙”、除“四风”之害、祛行为之垢、立为民之制).
_MOTTO_CLAUSE = 8
_LAST_CLAUSE = regex(r"[^、,,;;::。!?!?]+$")
#: Several lines asked after a stretch (后面还有哪几句?, 后头还有啥?).
_SEVERAL_ASKED = regex(r"几句|哪些|还有(?:啥|什么)")


def _listed_in_opening(question: Question, passages: Sequence[Passage], normalize: Callable[[str], str]) -> Result | None:
    """Which things of a kind the report covers (哪两个环节, 哪些环节), as its opening lists them right before the
    word for the kind; None if the question asks no kind or the opening lists none."""
    kind = _KIND_ASKED.search(question.folded)
    if kind is None or kind.group(1) in lexicon.REPORT_WORDS:
        return None
    for passage in passages:
        if not 0 < passage.paragraph <= OPENING:
            continue
        for sentence in passage.sentences:
            items = re.search(rf"((?:[\u4e00-\u9fff]+、)+[\u4e00-\u9fff]+?){kind.group(1)}", normalize(sentence))
            if items:  # the first item without the words before it (高质量推进|学习教育)
                named = items.group(1).split("、")
                named[0] = named[0][-max(len(n) for n in named[1:]):]
                return _result(question, [], sentence.strip(), passage, lead="、".join(named))
    return None


#: The kind of thing asked for by 哪些/哪几/哪两个 (哪两个环节 → 环节).
_KIND_ASKED = regex(r"(?:哪些|哪几个?|哪[两三四五六七八九十2-9][个种项类条]?)([\u4e00-\u9fff]{2})")


def _spoken_in(store: PassageStore, scorer: Scorer, doc: Document, question: Question, topic: re.Match[str]) -> list[Passage]:
    """The paragraphs of the part a question names by what it speaks of (`_TOPIC_PART`): the section that speaks
    most of it, or, named as a 段, the paragraph."""
    words = [a for t in question.terms if t.word in topic.group(1) and t.role != "frame" for a in t.alternatives]
    if topic.group(0).endswith("段"):
        best = scorer.top(words, k=1) if words else []
        return [store.passages[best[0][0]]] if best and best[0][1] > 0 and store.passages[best[0][0]].doc == doc.id else []
    spoken = _section_of(store, scorer, doc, words)
    return [p for p in store.doc_passages(doc.id) if spoken is not None and p.paragraph > 0 and p.section == spoken.section]


def _paragraphs_of(passages: Sequence[Passage], sections: Sequence[str], folded: str,
                   end: re.Match[str] | None) -> list[Passage] | None:
    """The paragraphs of the part named, by number or heading, before where in it the question points (第一部分
    最后一段, 第二部分第一句, 深学深思…下面第一句); None if it names no part."""
    paragraphs = [p for p in passages if p.paragraph > 0]
    ordinal = lexicon.PART_ORDINAL.search(folded, 0, end.start()) if end else None
    if ordinal and (ordinal.group(1) or ordinal.group(2)):
        n = _part_number(ordinal, sections)
        return [p for p in paragraphs if 1 <= n <= len(sections) and p.section == sections[n - 1]]
    named = next((name for name in sections if end and _loose(name) in _loose(folded[:end.start()])), None)
    # (“敞开大门,广开言路”那一部分开头: a heading quoted in part)
    named = named or next((name for quoted in lexicon.QUOTED.findall(folded[:end.start()] if end else "")
                           for name in sections if len(quoted) > 1 and _loose(quoted) in _loose(name)), None)
    # (深学深思,砥砺品质,打牢思想基础下面第一句话: the part under that heading)
    return [p for p in paragraphs if p.section == named] if named else None


def said_lines(part: Passage) -> list[str]:
    """A paragraph's sentences, stripped, without its byline ((记者 黄永礼) says nothing)."""
    return [s.strip() for s in part.sentences if s.strip() and not lexicon.BYLINE.fullmatch(s.strip())]


def _part_heading(question: Question, hits: Sequence[Hit], passages: Sequence[Passage], sections: Sequence[str],
                  ordinal: re.Match[str]) -> Result | None:
    """The heading of the part `lexicon.PART_ORDINAL` names, as the answer (None: the report has no such part)."""
    n = _part_number(ordinal, sections)
    if not 1 <= n <= len(sections):
        return None
    section = sections[n - 1]
    first = next(p for p in passages if p.section == section)
    return _result(question, hits, section, first, lead=section)


def _part_number(ordinal: re.Match[str], sections: Sequence[str]) -> int:
    """The number of the part `lexicon.PART_ORDINAL` names (第三部分 → 3, 最后一部分 → the last, 开头 → 1)."""
    return len(sections) if ordinal.group(2) else small_number(ordinal.group(1) or "1")


def _gist(doc: Document, sections: Sequence[str], opening: Passage | None) -> str:
    """The title, the sentence of the opening paragraph that says what was done (not a motto of short clauses:
    补精神之“钙”、除“四风”之害…) and the headings, as the report gives them."""
    lede = next((s for s in said_lines(opening) if any(len(c) > _MOTTO_CLAUSE for c in _CLAUSE.findall(s))),
                None) if opening is not None else None
    return "。".join(part for part in (doc.title, (lede or "").rstrip("。"), ";".join(sections)) if part)


def headings_of(passages: Sequence[Passage]) -> list[str]:
    """The section headings of the passages, each once, in the order the report gives them."""
    out: list[str] = []
    for passage in passages:
        if passage.section and passage.section not in out:
            out.append(passage.section)
    return out


def _header_line(header: Passage, value: str) -> str:
    """The header's line that gives a field's value (责任编辑:梁 海燕), else its first line."""
    return next((s for s in header.sentences if _loose(value) in _loose(s)), header.sentences[0]).strip()


def _loose(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _result(question: Question, hits: Sequence[Hit], sentence: str, passage: Passage, lead: str | None) -> Result:
    answer = Answer(sentence=sentence, passage=passage, lead=lead)
    return Result(query=question.text, answered=True, answer=answer, hits=tuple(hits),
                  terms=tuple(question.search_terms))
