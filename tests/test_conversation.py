"""Conversations that follow the thread: pronouns, left-out subjects, swaps of the right kind, partial answers,
and scripted chats through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.answering.dialog import Answered, Conversation, Explained, More
from index.answering.engine import Engine
from index.evaluation import evaluate_dialogs, half_of, read_dialogs, shown_text
from tests.conftest import run_cli

DATA = Path(__file__).parent / "data"


def turns(engine: Engine, *texts: str) -> list[Answered]:
    chat = Conversation(lambda: engine)
    replies = [chat.reply(t) for t in texts]
    assert all(isinstance(r, Answered) for r in replies)
    return replies  # type: ignore[return-value]


def follow_up(engine: Engine, first: str, then: str) -> object:
    """The reply, of whatever kind, to `then` asked after `first`."""
    chat = Conversation(lambda: engine)
    chat.reply(first)
    return chat.reply(then)


@pytest.mark.parametrize(("first", "follow_up", "understood", "shown"), [
    ("来安县编印了什么?", "这个手册是干什么用的?", "便民服务手册是干什么用的?", "咨询有路"),
    ("省委抽调了多少人组成督导组?", "这些人分成了几个组?", "170人分成了几个组?", "16个省委督导组"),
    ("刘云山什么时候来皖调研的?", "他对安徽的活动咋评价的?", "刘云山对安徽的活动咋评价的?", "很好的成绩"),
    ("芜湖市征求到多少条意见建议?", "全省一共呢?", "全省征求到多少条意见建议?", "75.6万余条"),
    ("马鞍山市对多少名年老体弱党员开展帮学送学?", "那流动党员呢?", "马鞍山市对多少名流动党员开展帮学送学?", "1500多名"),
    ("马鞍山给哪些党员送学?", "该市文化程度不高的党员有多少?", "马鞍山市文化程度不高的党员有多少?", "3800多名"),
    ("村级党组织开展集中学习多少次?", "上级党组织负责人作辅导报告多少次?", "上级党组织负责人作辅导报告多少次?",
     "40900多场"),  # 多少次 is answered by 场 too; not the count just shown
    ("村级党组织集中学习搞了多少次?", "上级来作辅导报告的呢?", "上级来作辅导报告多少次?",
     "40900多场"),  # X said in other words than the passage's (上级…作辅导报告)
    # a scope and a thing swapped at once: the scope as a whole (各市县), the thing for the one most like it
    ("各市县的先进事迹报告会办了多少场?", "省里的报告团呢?", "省里的先进事迹报告团办了多少场?", "20场"),
    # their own: no more than the one swapped in
    ("省委督导组召开了多少场座谈会?", "市县领导班子成员自己开的呢?", "市县领导班子成员召开了多少场座谈会?", "11300多场"),
    # a count with no thing named, of a scope (全省): the thing the last question counted
    ("芜湖征集到多少条意见建议?", "那全省一共征集到多少条?", "那全省一共征集到多少条意见建议?", "75.6万余条"),
])
def test_follow_ups_are_read_against_what_was_said(engine: Engine, first: str, follow_up: str, understood: str,
                                                  shown: str) -> None:
    _, reply = turns(engine, first, follow_up)
    assert reply.question == understood
    assert reply.result.status == "answered" and reply.result.answer is not None
    assert shown in reply.result.answer.sentence + (reply.result.answer.lead or "")


def test_a_follow_up_that_leaves_its_subject_out_stays_on_it(engine: Engine) -> None:
    _, reply = turns(engine, "芜湖市设了几条热线?", "征求到多少意见了?")
    assert reply.result.answer is not None and reply.result.answer.lead == "3.3万余条"  # 芜湖's, not 全省's
    _, meeting = turns(engine, "省委常委会开了几次会研究活动?", "会上研究了什么?")
    assert meeting.result.answer is not None and "专题研究部署" in meeting.result.answer.sentence
    # the effect asked of what was being talked about: the result it states, not a sentence with the word 效果
    chat = Conversation(lambda: engine)
    chat.reply("马鞍山给多少流动党员帮学送学?")
    effect = chat.reply("达到了什么效果?")
    assert isinstance(effect, Explained) and effect.lead == "实现学习教育全覆盖"
    # a post swaps for the post asked of
    _, deputy = turns(engine, "省长是谁?", "副书记呢?")
    assert deputy.question == "副书记是谁?" and deputy.result.answer is not None and deputy.result.answer.lead == "李锦斌"
    # a person with their post swaps for the person the last question named with theirs
    _, swapped = turns(engine, "省委书记张宝顺去了几个市调研?", "那省长王学军呢?")
    assert swapped.question == "省长王学军去了几个市调研?" and swapped.result.status != "answered"
    # naming nothing of its own (verbs only), a follow-up is about the tasks just spoken of, not any 保证
    _, how = turns(engine, "合肥市第一批确定了多少项任务?", "怎么保证落实的?")
    assert how.result.answer is not None and "牵头领导和责任单位" in how.result.answer.sentence


def test_a_new_question_starts_afresh(engine: Engine) -> None:
    _, reply = turns(engine, "芜湖市设了几条热线?", "小四风指的是什么?")
    assert reply.result.answer is not None and reply.result.answer.lead == "吃喝风、红包风、赌博风、走读风"


def test_a_new_topic_announced_is_asked_afresh(engine: Engine) -> None:
    asked = "换个问题,流动党员有多少?"
    _, reply = turns(engine, "合肥开展了几个专项行动?", asked)
    fresh = engine.ask(asked)
    assert reply.question == asked and reply.result.answer is not None and fresh.answer is not None
    assert reply.result.answer.sentence == fresh.answer.sentence and "1500多名流动党员" in fresh.answer.sentence


def test_a_swap_the_report_does_not_cover_says_what_it_does_say(engine: Engine) -> None:
    _, reply = turns(engine, "庐江县是怎么查找问题的?", "那淮南市呢?")
    assert reply.result.status == "partial" and reply.result.subject == "淮南市"
    assert reply.result.answer is not None and "群体像" in reply.result.answer.sentence
    _, round_ = turns(engine, "第一批活动单位查摆了多少个问题?", "第二批呢?")
    assert round_.question == "第二批活动单位查摆了多少个问题?" and round_.result.status != "answered"


def test_why_never_gives_the_fact_as_its_own_reason(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("芜湖市设立了几条热线电话?")
    why = chat.reply("为什么?")
    assert isinstance(why, Explained)
    assert why.sentence is None or "11条热线电话" not in (why.lead or "")


@pytest.mark.parametrize(("first", "follow_up", "said"), [
    # why something named is done is read where it is named
    ("学习教育在整个活动里是什么地位?", "为什么要把它当头道工序?", "打牢转变作风的思想基础"),
    # 他们具体是怎么做的?: how those just spoken of did it, the measures said with the answer (not 在开展第二批活动
    # 同时, which says when)
    ("第二批启动后,第一批活动单位的机构撤了没有?", "他们具体是怎么做的?", "全面进行“回头看”"),
    ("庐江县听取意见时坚持什么原则?", "那是怎样落实的?", "匿名征集"),  # 怎样 asks how as 怎么 does
    # why, in words the report does not use anywhere (排在头一个): the reason for what was just answered
    ("学习教育是第几道工序", "为啥要放在前面", "打牢转变作风的思想基础"),  # (前面: 走在前面, another thing)
])
def test_why_or_how_is_read_where_the_answer_says_it(engine: Engine, first: str, follow_up: str, said: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(first)
    reply = chat.reply(follow_up)
    assert isinstance(reply, Explained) and reply.lead is not None and said in reply.lead


def test_a_sentence_just_shown_is_no_answer_to_a_new_question(engine: Engine) -> None:
    question = engine.read("查处涉及“四风”问题的有多少人?")
    first = engine.answer(question)
    assert first.answer is not None
    again = engine.answer(question, shown=first.answer.sentence)
    assert again.status != "answered" or again.answer is None or again.answer.sentence != first.answer.sentence
    # In a conversation: a follow-up the shown sentence does not answer anew (nothing the report says of 撤职)
    # is not answered by showing it again with the same figure.
    before, reply = turns(engine, "查处涉及“四风”问题的有多少人?", "其中有多少人被撤职?")
    assert before.result.answer is not None
    shown = reply.result.answer
    assert reply.result.status != "answered" or shown is None or \
        (shown.sentence, shown.lead) != (before.result.answer.sentence, before.result.answer.lead)


def test_a_follow_up_asking_a_new_figure_of_the_same_sentence_keeps_it(engine: Engine) -> None:
    before, reply = turns(engine, "市县两级领导班子成员深入基层多少人次?", "开了多少座谈会?")
    assert before.result.answer is not None and reply.result.answer is not None
    assert reply.result.answer.sentence == before.result.answer.sentence


@pytest.mark.parametrize(("first", "why"), [
    ("第二批参加单位把什么当作头道工序?", "为什么这样安排?"),
    ("基层党组织书记专题培训办了多少期?", "为什么要专门培训书记?"),
])
def test_why_about_what_was_just_answered_gives_the_reason_next_to_it(engine: Engine, first: str, why: str) -> None:
    chat = Conversation(lambda: engine)
    answered = chat.reply(first)
    assert isinstance(answered, Answered) and answered.result.answer is not None
    reply = chat.reply(why)
    assert isinstance(reply, Explained) and reply.kind == "reason" and reply.sentence is not None
    near = {p.id for p in engine.neighbors(answered.result.answer.passage.id)}
    assert reply.passage is not None and reply.passage.id in near


def test_why_about_something_else_is_asked_anew(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("芜湖市设立了几条热线电话?")
    assert isinstance(chat.reply("为什么要开展专题点评通报会?"), Answered)


def test_a_body_of_people_swaps_for_the_group_the_question_was_about(engine: Engine) -> None:
    _, reply = turns(engine, "全省市县两级领导班子成员召开了多少场座谈会?", "省委督导组呢?")
    assert "省委督导组" in reply.question and "座谈会" in reply.question and "领导班子成员" not in reply.question
    assert reply.result.answer is not None and "省委督导组" in reply.result.answer.sentence


def test_the_thing_counted_said_with_who_did_it_now_asks_its_count(engine: Engine) -> None:
    _, reply = turns(engine, "市县两级领导班子成员开了几场座谈会?", "省委督导组开的座谈会呢?")
    assert reply.result.answer is not None and reply.result.answer.lead == "462场", reply.question


def test_the_same_deed_of_a_new_doer_counts_what_the_last_question_counted(engine: Engine) -> None:
    _, reply = turns(engine, "市县领导班子成员开了多少座谈会?", "那省委督导组开了多少?")
    assert reply.result.answer is not None and reply.result.answer.lead == "462场", reply.question


def test_a_post_asked_after_a_question_about_someone_is_that_persons(engine: Engine) -> None:
    _, reply = turns(engine, "刘云山几号到的安徽?", "职务呢?")
    assert reply.result.answer is not None and reply.result.answer.lead == "中共中央政治局常委、中央书记处书记", reply.question


def test_a_swap_put_as_what_if_asks_the_last_question_of_it(engine: Engine) -> None:
    _, reply = turns(engine, "暗访组暗访了几个省辖市?", "换成县的话有多少个?")
    assert "县" in reply.question and "省辖市" not in reply.question
    assert reply.result.answer is not None and reply.result.answer.lead is not None and "50个" in reply.result.answer.lead


def test_they_without_people_named_is_what_the_last_question_was_about(engine: Engine) -> None:
    _, reply = turns(engine, "第一批活动单位的机构撤了吗?", "他们具体在做什么?")
    assert reply.question.startswith("第一批活动单位")


def test_a_place_with_a_gloss_swaps_as_its_head_and_keeps_the_verb(engine: Engine) -> None:
    before, reply = turns(engine, "多少个省辖市成立了活动领导小组?", "县(市、区)呢?")
    assert "县(市、区)" in reply.question and "成立" in reply.question and "省辖市" not in reply.question
    assert reply.result.status == "answered" and reply.result.answer is not None
    assert before.result.answer is not None and reply.result.answer.lead != before.result.answer.lead


def test_a_follow_up_on_the_same_passage_moves_on_to_the_sentence_not_yet_shown(engine: Engine) -> None:
    before, reply = turns(engine, "一些单位用什么征求意见?", "网民对这种做法怎么看?")
    assert before.result.answer is not None and reply.result.answer is not None
    assert reply.result.status == "answered"
    assert reply.result.answer.passage.id == before.result.answer.passage.id
    assert reply.result.answer.sentence != before.result.answer.sentence


def test_own_dialog_set_meets_its_bars(engine: Engine) -> None:
    dialogs = read_dialogs(DATA / "own_dialogs.jsonl")
    assert len(dialogs) >= 80
    report = evaluate_dialogs(engine, [d for d in dialogs if half_of(str(d["id"])) == "tune"])
    assert report.metrics()["first_turns"] >= 0.95, report.misses
    assert report.metrics()["follow_ups"] >= 0.9, report.misses


def test_chat_json_scripts_a_conversation(isolated_env: dict[str, str]) -> None:
    script = "芜湖市征求到多少条意见建议?\n全省一共呢?\n还有呢?\n\n/new\n还有呢?\n"
    proc = run_cli(["chat", "--json"], isolated_env, stdin=script.encode())
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["kind"] for r in rows] == ["answer", "answer", "more", "answer", "new", "no-context"]
    assert rows[0]["answer"]["lead"] == "3.3万余条" and rows[0]["understood"] == "芜湖市征求到多少条意见建议?"
    assert rows[1]["understood"] == "全省征求到多少条意见建议?" and rows[1]["answer"]["lead"] == "75.6万余条"
    assert rows[2]["passages"] and rows[2]["status"] == "answered"
    assert rows[3]["status"] == "none"  # a blank line is a turn too


def test_a_follow_up_of_verbs_only_is_not_answered_with_what_another_passage_says_of_others(engine: Engine) -> None:
    _, done = turns(engine, "合肥第一批公布了多少项任务", "现在完成了多少?")
    assert done.result.status != "answered"  # the report gives 第一批活动单位's finished problems, not 合肥's tasks
    assert done.result.answer is not None and "合肥" in done.result.answer.sentence


def test_the_rest_of_that_figure_and_other_results(engine: Engine) -> None:
    *_, rest = turns(engine, "第一批活动单位查摆出多少个四风问题?", "这个数里已经整改完毕的有多少?", "那个数剩下的呢?")
    assert rest.result.answer is not None and rest.result.answer.lead == "1253个正积极整改中"
    chat = Conversation(lambda: engine)
    chat.reply("因四风问题被通报查处的有多少人?")
    more = chat.reply("还有别的成效吗?")  # 还有别的X吗: more of the same
    assert isinstance(more, More)


def test_a_swap_said_with_the_words_of_a_memo_swaps_the_tier(engine: Engine) -> None:
    # 县级层面的相关情况呢?: the tier swapped in; 层面, 相关情况 only frame it
    _, county = turns(engine, "各地梳理出的市级领导班子及成员“四风”方面意见建议有多少条?", "县级层面的相关情况呢?")
    assert county.result.answer is not None and county.result.answer.lead == "21500多条"
    _, province = turns(engine, "芜湖市开门纳谏目前共征求到多少条意见建议?", "全省范围内的相关数据呢?")
    assert province.result.answer is not None and province.result.answer.lead == "75.6万余条"


@pytest.mark.parametrize(("first", "more", "piece"), [
    # go on, said formally or briefly
    ("全省市、县两级领导班子成员深入基层多少人次?", "请继续介绍后续相关情况。", "召开座谈会11300多场"),
    ("全省市、县两级领导班子成员深入基层多少人次?", "再说点", "召开座谈会11300多场"),
    # what comes next, however it is pointed at (后头, 再往下, 然后咧, 接着说说儿)
    ("全省市、县两级领导班子成员深入基层多少人次?", "后头呢", "召开座谈会11300多场"),
    ("全省市、县两级领导班子成员深入基层多少人次?", "再往下呢?", "召开座谈会11300多场"),
    ("全省市、县两级领导班子成员深入基层多少人次?", "然后咧?", "召开座谈会11300多场"),
    ("全省市、县两级领导班子成员深入基层多少人次?", "还有呢?接着说说儿。", "召开座谈会11300多场"),
    ("全省市、县两级领导班子成员深入基层多少人次?", "接着往下唠唠呗", "召开座谈会11300多场"),  # 唠唠: 说说
    ("全省市、县两级领导班子成员深入基层多少人次?", "还有啥呢,再多讲点?", "召开座谈会11300多场"),  # 多讲点: 多说点
    ("全省市、县两级领导班子成员深入基层多少人次?", "还有呢?文中接着提到了什么?", "召开座谈会11300多场"),  # what it goes on to say
    ("全省市、县两级领导班子成员深入基层多少人次?", "仲有呢?詳細啲講下", "召开座谈会11300多场"),  # 详细些讲下: in detail
    # 还有哪些(督导)成效?: more of the kind just answered
    ("省委督导组深入市县督导多少次?", "还有哪些督导成效?详细说说。", "12400余人次"),
    ("省委督导组深入市县督导多少次?", "还有其他主要成效数据吗?", "12400余人次"),
    ("全省市、县两级领导班子成员深入基层多少人次?", "除此以外呢?", "召开座谈会11300多场"),  # 除此以外: more
])
def test_going_on_or_more_of_the_kind_reads_on_from_the_short_answer(engine: Engine, first: str, more: str,
                                                                       piece: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(first)
    reply = chat.reply(more)
    assert isinstance(reply, More) and reply.piece is not None and piece in reply.piece


def test_a_follow_up_about_the_passage_being_talked_about_is_not_answered_from_another_place(engine: Engine) -> None:
    *_, media = turns(engine, "芜湖开通了几条热线电话?", "哪家媒体牵头的?")  # 依托市级主要媒体: which one, it does not say
    assert media.result.status != "answered"


def test_a_follow_up_naming_nothing_asks_of_what_was_just_said(engine: Engine) -> None:
    # 分别是哪几天开的? after 开了几次常委会?: the report gives no dates of those meetings; 刘云山's 3月25日至27日 elsewhere
    # (where 政治局常委 shares a word) is no answer
    *_, dates = turns(engine, "省委开了几次常委会研究部署?", "分别是哪几天开的?")
    assert dates.result.status != "answered"
    # ... but 开这个会…? points at a meeting the passage just shown never names: the one the report says
    *_, aim = turns(engine, "3月15日省里组成了几个暗访组?", "开这个会是为了么事?")
    assert aim.result.answer is not None and "帮助各地找准查实" in aim.result.answer.sentence


def test_what_was_aimed_at_is_the_reason(engine: Engine) -> None:
    reply = follow_up(engine, "庐江县听取意见时用了哪些办法？", "为了达到什么目的？")
    assert isinstance(reply, Explained) and reply.kind == "reason" and reply.lead == "切实找准查实“四风”方面存在的突出问题"


def test_a_swap_the_report_lacks_the_facet_for_says_what_it_does_say_of_the_new_subject(engine: Engine) -> None:
    _, swapped = turns(engine, "省里的先进事迹报告团巡回报告了多少场?", "那各市县呢?")
    assert swapped.result.status == "partial" and swapped.result.answer is not None
    assert "报告会2855场" in swapped.result.answer.sentence  # 各市、县's, not 省里's 20场 again



def test_a_question_about_the_report_itself_is_not_kept_on_the_last_place(engine: Engine) -> None:
    _, author = turns(engine, "合肥搞了哪些专项行动?", "这篇报道是谁写的?")
    assert author.result.status == "answered" and author.result.answer is not None
    assert author.result.answer.lead == "黄永礼"


@pytest.mark.parametrize(("first", "more", "shown"), [
    ("党员干部都学些啥", "还学了啥", "研读党章和中央规定书目"),  # what else was done: read on
    ("开展第二批活动时,第一批活动单位的机构撤了吗?", "接着干啥了?", "全面进行“回头看”"),
])
def test_what_else_was_done_reads_on(engine: Engine, first: str, more: str, shown: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(first)
    reply = chat.reply(more)
    assert isinstance(reply, More) and any(shown in p.text for p in reply.passages)


@pytest.mark.parametrize(("first", "lead", "piece"), [
    ("合肥四个专项行动头两个是啥?", "正风肃纪、为民服务", "除弊祛垢、固本强基四个专项行动"),  # the rest of the list
    ("合肥开展了哪几个专项行动?", "正风肃纪、为民服务、除弊祛垢、固本强基", "确定并公布第一批39项任务"),
])
def test_what_comes_next_reads_on_from_the_short_answer(engine: Engine, first: str, lead: str, piece: str) -> None:
    chat = Conversation(lambda: engine)
    answered = chat.reply(first)
    assert isinstance(answered, Answered) and answered.result.answer is not None
    assert answered.result.answer.lead == lead
    reply = chat.reply("接着呢?")
    assert isinstance(reply, More) and reply.piece is not None and reply.piece.startswith(piece)


def test_a_particle_mid_message_ends_no_clause_but_an_opening_asking_for_more(engine: Engine) -> None:
    _, reply = turns(engine, "第一批单位查摆了多少个四风问题?", "已经改完的呢还有几个没改完")  # no swap to 已经改完的
    assert reply.result.answer is not None and reply.result.answer.lead == "1253个正积极整改中"
    chat = Conversation(lambda: engine)
    chat.reply("庐江县听意见用啥办法?")
    assert isinstance(chat.reply("这样呢是为了啥"), Explained)  # why it was done so, not a swap to 这样


@pytest.mark.parametrize(("first", "more"), [("征求意见都用了啥渠道?", "还有啥?"), ("文章开头说要补啥除啥?", "后头还有呢?"),
                                            ("芜湖设了几条热线电话?", "接着呢还有没有别的")])  # dictated: no comma
def test_what_else_asked_plainly_reads_on(engine: Engine, first: str, more: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(first)
    assert isinstance(chat.reply(more), More)


def test_more_after_one_figure_of_a_list_reads_the_next_one_at_a_time(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("马鞍山对多少名年老体弱党员帮学送学?")
    second, third = chat.reply("还有呢?"), chat.reply("还有吗?")
    assert isinstance(second, More) and second.piece == "3800多名文化程度不高党员"
    assert isinstance(third, More) and third.piece is not None and third.piece.startswith("1500多名流动党员")


def test_a_change_of_subject_announced_is_not_answered_from_the_last_one(engine: Engine) -> None:
    _, reply = turns(engine, "省委督导组一共抽了多少人?", "不说这个了,俺家老母鸡不下蛋咋弄?")
    assert reply.result.status != "answered"
    # what is set aside named by name (芜湖不说了): the question after it is asked afresh
    _, reply = turns(engine, "芜湖设了几条热线电话?", "芜湖不说了 这篇报道是哪个记者写的")
    assert reply.result.answer is not None and reply.result.answer.lead == "黄永礼"


def test_a_total_asked_in_regional_words_only_frames_a_swap(engine: Engine) -> None:
    _, reply = turns(engine, "省委督导组收上来多少条意见建议?", "那全省拢共呢?")
    assert reply.question.startswith("全省") and "拢共" not in reply.question  # 拢共 is 一共


def test_a_swap_that_brings_its_own_scope_drops_the_old_one(engine: Engine) -> None:
    _, reply = turns(engine, "市县班子成员 下基层 多少人次", "那省委督导组呢")
    assert reply.question == "省委督导组 下基层 多少人次"  # not 市县省委督导组
    assert reply.result.answer is None or reply.result.answer.lead != "38500余人次"


def test_a_follow_up_on_a_meeting_stays_on_the_meeting(engine: Engine) -> None:
    _, which = turns(engine, "3月24日通报会上被重点点评的县区有几个?", "都是哪几个县?")
    assert which.result.status != "answered"  # the report does not name the 10个县(区)


def test_those_still_under_way_are_the_rest_of_the_figure(engine: Engine) -> None:
    *_, rest = turns(engine, "第一批单位查出的四风问题多少个", "改完的呢", "还在改的呢")
    assert rest.result.answer is not None and rest.result.answer.lead == "1253个正积极整改中"


def test_the_total_asked_after_a_part_is_the_whole_it_is_part_of(engine: Engine) -> None:
    _, whole = turns(engine, "第一批单位的问题改完了几个?", "总数呢?")
    assert whole.result.answer is not None and whole.result.answer.lead is not None
    assert whole.result.answer.lead.startswith("4395个")
    _, none = turns(engine, "合肥公布了多少项任务?", "加起来呢?")  # no larger figure before it: no whole is made up
    assert none.result.status != "answered"


def test_another_part_of_the_report_asked_elliptically_is_that_parts_heading(engine: Engine) -> None:
    _, last = turns(engine, "首节标题为何?", "末节呢?")
    assert last.result.answer is not None and last.result.answer.lead == "即知即改,立行立改,力求活动取得实效"


def test_this_thing_points_back_to_what_the_last_answer_named(engine: Engine) -> None:
    _, use = turns(engine, "来安县编了本啥?", "这东西管啥用?")
    assert use.question.startswith("便民服务手册")  # not 来安县编了本…
    assert use.result.answer is not None and "咨询有路" in use.result.answer.sentence


def test_its_points_back_to_what_the_last_question_was_about(engine: Engine) -> None:
    _, ways = turns(engine, "庐江县听取意见时坚持什么?", "其办法有哪些?")
    assert ways.question.startswith("庐江县")  # not the last answer's 用真心、下真功、动真格


def test_more_after_a_whole_list_says_the_report_lists_no_more(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("合肥都有哪些专项行动?")
    again, on = chat.reply("还有呢?"), chat.reply("还有呢?")
    assert isinstance(again, More) and again.listed and again.piece is not None and "固本强基" in again.piece
    assert isinstance(on, More) and not on.listed  # then the other passages, as for any question


def test_who_holds_a_post_of_the_sentence_just_shown_is_given_from_it(engine: Engine) -> None:
    _, heads = turns(engine, "省里派了几个督导组?", "那这些组的第一组长都是啥人?")
    assert heads.result.answer is not None and heads.result.answer.lead == "8位省级党员领导干部"


def test_how_something_was_done_by_its_verb_is_the_list_of_that_verb_next_to_the_answer(engine: Engine) -> None:
    how = follow_up(engine, "学习教育在活动里是什么环节?", "具体咋学?")
    assert isinstance(how, Explained) and how.sentence is not None and "学原著" in how.sentence


@pytest.mark.parametrize("more", ["接著呢?", "还有啥数没?", "接着呢,还有啥?", "其他的呢?", "还有呢?谢谢。", "还有呢lah?",
                                  "请问还有别的吗?"])
def test_more_asked_in_traditional_characters_by_kind_or_twice_goes_on_with_the_figures(engine: Engine, more: str) -> None:
    on = follow_up(engine, "省委督导组开展个别谈话多少人次?", more)  # 接著: 接着; 还有啥数没?: more figures; 接着呢,还有啥?: both clauses ask for more; thanks, a Malaysian lah and 请问 ask nothing more
    assert isinstance(on, More) and on.piece is not None and "462场" in on.piece


@pytest.mark.parametrize("more", ["其他的成绩呢", "其他成效呢?", "还有别的成绩不?", "此外还取得了哪些成效?", "其他方面还有什么成果?"])
def test_more_results_asked_by_their_kind_go_on_with_the_next_figure(engine: Engine, more: str) -> None:
    on = follow_up(engine, "四风问题一共查处了多少人", more)  # other results, named as such: what the sentence counts next
    assert isinstance(on, More) and on.piece is not None and "92400多个" in on.piece


def test_more_asked_then_told_in_full_is_more(engine: Engine) -> None:
    on = follow_up(engine, "省委拿啥当重要抓手", "还有呢详细唠唠")  # 还有呢 and 详细说说 (唠唠) both ask for more
    assert isinstance(on, More) and "“小四风”" in "".join(p.text for p in on.passages)


def test_who_else_after_a_list_of_people_is_more_of_it(engine: Engine) -> None:
    again = follow_up(engine, "哪几位省领导选了联系点?", "还有谁呢?")
    assert isinstance(again, More) and again.piece is not None and "李锦斌" in again.piece


def test_what_people_a_figure_just_shown_counts_is_given_with_the_figure(engine: Engine) -> None:
    _, kind = turns(engine, "马鞍山给哪些党员帮学送学?", "其中1500多名是啥人?")
    assert kind.result.answer is not None and kind.result.answer.lead == "1500多名流动党员"


def test_tiers_listed_in_a_swap_run_together_but_a_gloss_stays(engine: Engine) -> None:
    # 那各市、县呢? is 各市县; 县(市、区)呢? stays one tier with its gloss
    _, listed = turns(engine, "省里的先进事迹报告团巡回报告了多少场?", "那各市、县呢?")
    assert listed.question.startswith("各市县")
    _, glossed = turns(engine, "多少个省辖市成立了活动领导小组?", "县(市、区)呢?")
    assert "县(市、区)" in glossed.question and "省辖市" not in glossed.question


def test_a_question_of_another_event_is_no_follow_up(engine: Engine) -> None:
    # 集中暗访是几号到几号? asks the dates of an event of its own (暗访), not of the passage just shown
    _, reply = turns(engine, "5322个是什么联系点的数量", "集中暗访是几号到几号")
    assert reply.result.status == "answered" and reply.result.answer is not None
    assert reply.result.answer.lead == "3月15日至19日"


def test_who_all_manage_them_asks_of_what_was_just_said(engine: Engine) -> None:
    # 都谁来管? (who manages them) after 合肥's actions: who leads each task, not a list of names asked afresh
    _, reply = turns(engine, "合肥开展了哪些专项行动?", "这些任务都谁来管?")
    assert reply.result.answer is not None and "牵头领导" in reply.result.answer.sentence


def test_they_are_what_the_report_was_said_to_name_not_the_report(engine: Engine) -> None:
    _, them = turns(engine, "报道里说的“小四风”是哪几种?", "省里对它们是怎么整治的?")  # 它们: 小四风, not 报道
    assert "小四风" in them.question and them.result.answer is not None and "专项整治" in them.result.answer.sentence


@pytest.mark.parametrize(("then", "said"), [("发表日期呢?", "2014-05-07"), ("那来源呢", "安徽日报")])
def test_a_field_of_the_report_asked_by_itself_is_the_reports(engine: Engine, then: str, said: str) -> None:
    *_, field = turns(engine, "合肥第一批公布了多少项任务?", "换个问题,这篇的记者是谁?", then)  # not swapped into the last question
    assert field.result.answer is not None and field.result.answer.lead == said


@pytest.mark.parametrize(("first", "then", "x"), [
    ("合肥搞了几个专项行动?", "马鞍山那边呢", "马鞍山搞了"),  # (not 马鞍山边)
    ("暗访组有几个?", "这个督导组呢?", "督导组有几个"),  # (not 这个督导组: no 个 left behind either)
    ("暗访组是几号到几号暗访的", "那个专题点评通报会呢 是哪天开的", "专题点评通报会几号"),
    ("省委督导组召开座谈会多少场?", "那个别谈话呢?", "个别谈话"),  # (那|个别谈话: 个 begins the word)
])
def test_a_pointing_word_before_a_swap_is_left_out_whole(engine: Engine, first: str, then: str, x: str) -> None:
    _, swapped = turns(engine, first, then)
    assert swapped.question.startswith(x)


@pytest.mark.parametrize(("first", "then", "heading"), [
    ("第二部分的小标题是啥", "下一部分呢", "敞开大门"),
    ("第三个小标题叫什么?", "那下个小标题呢?", "即知即改"),
])
def test_the_next_part_is_the_one_numbered_after_the_last(engine: Engine, first: str, then: str, heading: str) -> None:
    _, following = turns(engine, first, then)
    assert following.result.answer is not None and following.result.answer.sentence.startswith(heading)


def test_a_swap_to_another_tiers_own_thing_asks_what_was_asked_of_it(engine: Engine) -> None:
    # 各县市办的报告会呢? after the province's touring group: the cities' and counties' own meetings, counted
    _, swapped = turns(engine, "省先进事迹报告团巡回报告了几场?", "各县市办的报告会呢?")
    assert swapped.result.answer is not None and swapped.result.answer.lead == "2855场"


@pytest.mark.parametrize("asked", [("第一个小标题是什么", "下一个?", "再往后一个呢"), ("报道第一部分的标题是啥?", "后面一个呢", "再往后呢?")])
def test_the_next_one_asked_alone_steps_through_the_numbered_parts(engine: Engine, asked: tuple[str, ...]) -> None:
    *_, third = turns(engine, *asked)
    assert third.result.answer is not None and third.result.answer.sentence.startswith("敞开大门")


def test_reading_on_after_a_parts_content_stays_in_that_part(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第二部分开头讲了什么")
    onward = chat.reply("再往后呢")
    assert isinstance(onward, More) and "学原著" in shown_text(onward) and "敞开大门" not in shown_text(onward)


def test_the_same_count_of_anothers_with_the_thing_left_out_is_a_swap(engine: Engine) -> None:
    _, swapped = turns(engine, "市级班子梳理出的四风意见建议有多少条?", "县级班子的有多少条?")
    assert swapped.result.answer is not None and swapped.result.answer.lead == "21500多条"  # not 75.6万余条 collected


def test_another_figure_of_the_same_sentence_asked_by_its_thing_is_given(engine: Engine) -> None:
    _, swapped = turns(engine, "全省各级党员干部走访了多少户群众?", "收集到的意见呢?")
    assert swapped.result.answer is not None and swapped.result.answer.lead == "75.6万余条"  # 收集 ↔ 征求: the 意见 asked


def test_why_an_effect_was_felt_is_what_the_clauses_before_it_say(engine: Engine) -> None:
    # 为啥网民觉得有诚意?: …表示,运用新媒体征集社情民意,听取网民的意见建议,| 让大家感受到了诚意
    chat = Conversation(lambda: engine)
    chat.reply("哪些单位在官方微博上征求意见?")
    why = chat.reply("网民为啥觉得有诚意?")
    assert isinstance(why, Explained) and why.lead is not None and why.lead.startswith("运用新媒体征集社情民意")


@pytest.mark.parametrize(("first", "then"), [("芜湖设热线依托的是什么?", "那这些媒体是哪几家报社?"),
                                             ("集中学习教育为期多久?", "起止日期是哪天到哪天?")])
def test_a_field_word_pointed_at_what_the_report_tells_of_is_not_the_reports_own(engine: Engine, first: str, then: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(first)
    reply = chat.reply(then)
    assert "安徽日报" not in (shown_text(reply) or "") and "2014-05-07" not in (shown_text(reply) or "")


@pytest.mark.parametrize(("first", "then", "said"), [
    ("省委督导组下基层督导了几次?", "除此之外还开展了哪些工作?", "个别谈话12400余人次"),
    ("各地通报查处四风问题的有多少人?", "此外呢?", "92400多个"),
    ("各地通报查处四风问题的有多少人?", "然后还干成了什么?", "92400多个")])
def test_more_asked_with_a_question_word_and_naming_nothing_reads_on(engine: Engine, first: str, then: str,
                                                                     said: str) -> None:
    chat = Conversation(lambda: engine)
    answer = chat.reply(first).result.answer
    more = chat.reply(then)
    assert answer is not None and answer.lead is not None
    assert isinstance(more, More) and said in (shown_text(more) or "") and answer.lead not in (shown_text(more) or "")


def test_more_asked_of_someone_pointed_at_is_asked_of_them(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委书记叫什么名字?")
    reply = chat.reply("他还带头写了什么?")
    assert not isinstance(reply, More) and "学习体会文章" in (shown_text(reply) or "")


def test_the_others_besides_one_named_where_the_report_names_none_are_not_answered(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("张宝顺先后去了几个市搞调研?")
    others = chat.reply("除了合肥另外那几个是哪?")  # 合肥等6市 names no other; 另外…是哪: which ones, not how many
    assert others.result.status != "answered" and (others.result.answer is None or others.result.answer.lead is None)


def test_another_number_alone_asks_the_same_of_the_one_numbered_so(engine: Engine) -> None:
    _, second = turns(engine, "报道第一个小标题是什么?", "第二个呢?")
    assert second.result.answer is not None and second.result.answer.sentence.startswith("深学深思")


def test_the_part_of_another_tier_is_that_tier(engine: Engine) -> None:
    _, counties = turns(engine, "暗访组去了几个省辖市?", "县(市、区)的部分呢?")
    assert counties.result.answer is not None and counties.result.answer.lead == "50个"


@pytest.mark.parametrize(("first", "then", "said"), [("淮南市有什么特色做法?", "马鞍山的做法呢?", "帮学送学"),
                                                     ("合肥开展了哪些专项行动?", "那芜湖的做法呢?", "热线电话")])
def test_another_places_way_of_doing_it_is_asked_of_that_place(engine: Engine, first: str, then: str, said: str) -> None:
    _, other = turns(engine, first, then)
    assert other.result.answer is not None and said in other.result.answer.sentence


@pytest.mark.parametrize(("first", "then", "said"), [("第一部分的小标题是什么", "那最后一部分的呢", "即知即改"),
                                                     ("马鞍山市学习教育方面有什么做法?", "淮南市的相关做法呢?", "群体像"),
                                                     ("合肥开展了哪些专项行动?", "我想问别的:这篇报道是哪家报纸的?", "安徽日报")])
def test_swaps_and_new_questions_are_not_read_as_asking_for_more(engine: Engine, first: str, then: str, said: str) -> None:
    _, reply = turns(engine, first, then)
    assert said in (shown_text(reply) or "")


def test_asking_on_never_shows_again_the_paragraph_just_read_on_to(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第二批活动期间第一批单位的机构撤了没有?")
    more = chat.reply("还有呢?")
    assert isinstance(more, More) and more.then is not None  # its paragraph whole, then the next one (据统计…)
    again = chat.reply("然后呢?")
    assert isinstance(again, More) and more.then.id not in {p.id for p in again.shown}
