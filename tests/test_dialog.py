"""Conversations: follow-ups read against the previous turn, per chat, expiring, bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answering.dialog import Answered, Conversation, Conversations, Explained, More, shown_order
from index.answering.engine import Engine
from index.evaluation import evaluate, evaluate_dialogs, read_dialogs, read_questions, shown_text
from tests.conftest import ROOT, run_cli

DIALOGS = Path(__file__).parent / "data" / "dialogs.jsonl"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_dialog_eval_set_meets_the_bar(engine: Engine) -> None:
    dialogs = read_dialogs(DIALOGS)
    assert len(dialogs) >= 25
    assert all(2 <= len(d["turns"]) <= 3 for d in dialogs)
    report = evaluate_dialogs(engine, dialogs)
    assert report.metrics()["follow_ups"] >= 0.9, report.misses
    assert report.metrics()["first_turns"] == 1.0, report.misses


def test_single_question_sets_do_not_regress(engine: Engine) -> None:
    for name in ("dev.jsonl", "extra.jsonl"):
        m = evaluate(engine, read_questions(ROOT / "tests/data" / name)).metrics()
        assert m["hit@1"] >= 0.97 and m["sentence@1"] >= 0.93 and m["abstention_accuracy"] == 1.0


def test_an_average_asked_of_those_counted_is_no_claim_about_all_of_them(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委抽调了多少人组成督导组?")
    reply = chat.reply("这些人平均好大年纪呀?")  # 平均 (on average), not 均 (all): their age, which the report does not give
    assert not (isinstance(reply, Answered) and reply.result.status == "answered")


def test_more_asked_as_a_question_reads_on_in_the_next_passage(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("拿什么作为红线贯穿活动始终?")
    onward = chat.reply("还有呢?省委具体部署了什么?")  # the passage talked about says no more of it: the next one does
    assert isinstance(onward, Answered) and onward.result.answer is not None
    assert "为期1个月" in onward.result.answer.sentence


def test_what_the_report_says_next_is_more(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第二批参加单位通过哪些渠道征求意见?")
    onward = chat.reply("接下来文章又讲了什么?")  # 又讲了什么: what it tells next, not what the report is about
    assert isinstance(onward, More) and any("察民情" in passage.text for passage in onward.shown)


def test_follow_ups_typed_with_full_width_marks_or_traditional_characters(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委督导组累计督导了多少次？")
    more = chat.reply("还有呢？")  # full-width ？ as Chinese keyboards type it
    assert isinstance(more, More) and more.piece is not None and "12400余人次" in more.piece
    chat.reply("省委督导组累计督导了多少次?")
    assert isinstance(chat.reply("還有呢?"), More)
    chat.reply("省委督导组累计督导了多少次?")
    assert isinstance(chat.reply("請接著說。"), More)  # asked politely (请)


def test_more_after_the_last_paragraph_does_not_repeat_it_with_the_byline(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("第一批单位的问题整改了多少")
    assert isinstance(first, Answered) and first.result.answer is not None
    rest = chat.reply("还有呢?")  # the clause after the short answer opens with the next figure: read on to it
    assert isinstance(rest, More) and rest.piece == "1253个正积极整改中。"
    more = chat.reply("还有呢?")  # the paragraph is that sentence and (记者 黄永礼): another passage goes on
    assert isinstance(more, More) and more.passages and more.piece is None
    assert first.result.answer.sentence not in more.passages[0].text


def test_more_goes_on_to_the_paragraph_next_to_the_answer(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("各地怎么抓三严三实学习贯彻的?")
    assert isinstance(first, Answered) and first.result.answer is not None
    own = chat.reply("还有呢?")
    assert isinstance(own, More) and own.whole
    # the paragraph just before it says what the province did for the same study, which the section's
    # heading paragraph, ranked above it, does not
    neighbour = chat.reply("还有呢?")
    assert isinstance(neighbour, More) and neighbour.passages
    assert "编发学习辅导材料5万余份" in neighbour.passages[0].text


def test_a_how_follow_up_is_not_answered_with_the_paragraphs_motto(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("为啥要派督导组")
    how = chat.reply("咋督导的")  # the motto (从严要求,全程督导) says no more than the sentence just shown
    assert isinstance(how, Answered) and how.result.answer is not None
    assert "真督实导" in how.result.answer.sentence


def test_a_swap_replaces_the_word_most_like_it(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("各地梳理出市级领导班子及成员的四风意见建议多少条？")
    reply = chat.reply("那县级的呢？")  # 县级 for 市级, not for 各地
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert reply.result.answer.lead == "21500多条"


def test_letters_glossing_a_swapped_word_are_dropped(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("市级领导班子梳理出多少四风方面的意见?")
    reply = chat.reply("那县级 (xianji) 呢?")  # (xianji) only spells 县级
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert reply.result.answer.lead == "21500多条"


def test_swap_asks_the_same_thing_about_another_subject(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("马鞍山市对多少名年老体弱党员开展帮学送学?")
    reply = chat.reply("那流动党员呢?")
    assert reply.kind == "answer" and reply.result and reply.result.answer
    assert reply.result.answer.lead == "1500多名"
    assert "流动党员" in reply.question


def test_how_someone_put_it_is_what_they_said_not_a_quotation_nearby(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("有单位用官方微博征求意见吗?")
    reply = chat.reply("网民具体怎么说的?")
    assert reply.kind == "answer" and reply.result and reply.result.answer
    assert "感受到了诚意" in reply.result.answer.sentence  # 不少网民表示,…: reported speech


def test_how_people_took_it_is_what_they_did_even_where_just_shown(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("有单位用官方微博征求意见吗?")
    reply = chat.reply("网民反响如何?")
    assert reply.kind == "answer" and reply.result and reply.result.answer
    assert "点赞" in reply.result.answer.sentence  # 引来不少网民“点赞”, not what they said of it


def test_they_are_the_group_the_last_question_spoke_of_first(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("一些单位用什么来征求网民意见?")
    assert chat.reply("他们还做了什么?").question.startswith("单位")  # the 单位, not the 网民 they asked


def test_they_are_a_group_the_last_question_named_in_everyday_words(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省里派下去的检查组一共几个?")
    reply = chat.reply("他们一共下去跑了多少趟?")  # 他们: the 检查组 (督导组), not 省里
    assert reply.kind == "answer" and reply.result and reply.result.answer
    assert reply.result.answer.lead == "820次"




def test_it_is_the_thing_the_last_answer_named(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("来安县编发了一本什么手册?")
    reply = chat.reply("它对老百姓有什么用?")
    assert "便民服务手册" in reply.question
    assert reply.result and reply.result.answer and "咨询有路" in reply.result.answer.sentence


def test_it_after_a_switch_is_what_was_switched_to(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("淮南在学习上有什么特色做法?")
    reply = chat.reply("换马鞍山看看,它搞了什么?")
    assert "马鞍山" in reply.question and "淮南" not in reply.question
    assert isinstance(reply, Answered) and reply.result.answer is not None and "帮学送学" in reply.result.answer.sentence


def test_why_people_took_it_well_is_not_what_came_of_it_again(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("网民对单位用官方微博征求意见是什么反应?")
    reply = chat.reply("为什么会点赞?")
    assert isinstance(reply, Explained) and reply.sentence is not None
    assert "感受到了诚意" in reply.sentence  # 利用…,引来…“点赞”: 引来 says what came of it, no aim


def test_more_asked_with_a_question_asks_it_of_what_was_being_talked_about(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("“三严三实”集中学习教育搞了多长时间?")
    reply = chat.reply("其他的呢?省领导带头做了些什么?")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "张宝顺带头撰写" in reply.result.answer.sentence  # the passage just shown, not the leaders' visits
    chat = Conversation(lambda: engine)
    chat.reply("省里在三严三实学习上都安排了啥呀")
    reply = chat.reply("还有呢,书记本人带头做了啥")  # (asked of the report where the last answer's passage lacks it)
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "张宝顺带头撰写" in reply.result.answer.sentence


def test_a_follow_up_answered_by_the_sentence_just_shown_gets_it_again(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("淮南市学三严三实是咋弄的")
    reply = chat.reply("它对照的是啥精神")  # (not the passage's other sentence, which names no 精神)
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "焦裕禄精神" in reply.result.answer.sentence
    chat = Conversation(lambda: engine)
    chat.reply("省委督导组是怎么组成的?")
    reply = chat.reply("然后呢?他们做了哪些工作?")  # (the kind asked, 工作, is named by neither sentence: on to the next)
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "820次" in reply.result.answer.sentence




@pytest.mark.parametrize(("turns", "lead"), [
    (["省委督导组一共多少个?", "市县派的督导组呢?"], "1264个"),  # another tier: what that tier made
    (["第一批查出多少问题来着", "改完多少了呀"], "3142个整改完毕"),  # only a deed: the figure of that deed
    (["各地通报查处了多少涉及四风问题的人?", "这个数字是从什么时候开始算的?"], "活动启动以来"),  # since when
    (["第一批活动单位查摆出多少个四风方面的问题?", "这些问题现在整改完了多少?", "剩下的那些呢?"],
     "1253个正积极整改中"),  # the rest: the figure the same sentence gives next
    (["第一批活动单位查摆出多少个四风方面的问题?", "这些问题现在整改完了多少?", "剩下那些的落实情况呢?"],
     "1253个正积极整改中"),  # how the rest stands, asked
    (["第一批活动单位查摆出多少个四风方面的问题?", "这些问题现在整改完了多少?", "剩下的呢,多少个?"],
     "1253个正积极整改中"),  # the rest, and the count asked again
    (["第一批活动单位查摆出多少个四风方面的问题?", "这些问题现在整改完了多少?", "剩下那些现在什么状态,多少个?"],
     "1253个正积极整改中"),  # how the rest stands, and how many
    (["给基层书记专门开的培训班开了多少期?", "人呢?"], "44900多人"),  # the same thing counted in people
    (["16个省辖市都成立了啥样的领导小组?", "县(市、区)那一级有多少个成立了?"], "105个"),  # 那一级: the tier pointed at
    (["各市县举办先进事迹报告会多少场", "省级报告团巡回报告呢?"], "20场"),  # 省级 is 省里, whose 报告团 gave 20场
    (["各市县举办先进事迹报告会多少场?", "省里的报告团讲了多少场?"], "20场"),  # a new doer: not 多少场报告会
    (["省里有多少个领导各自包了一个联系点?", "每人包几个?"], "1个"),  # per leader: not 几个领导
    (["省里报告团巡回报告了多少场?", "市县的报告会呢?"], "2855场"),  # a swap that finds nothing: what was asked,
    # of the new subject alone (市县 held 报告会, though none 巡回报告)
])
def test_a_follow_up_leads_with_what_it_asks(engine: Engine, turns: list[str], lead: str) -> None:
    chat = Conversation(lambda: engine)
    for text in turns[:-1]:
        chat.reply(text)
    reply = chat.reply(turns[-1])
    assert reply.kind == "answer" and reply.result and reply.result.answer
    assert reply.result.answer.lead == lead


def test_a_follow_up_naming_what_the_passage_lacks_is_not_carried_to_it(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("培训了多少基层党组织书记?")
    reply = chat.reply("普通党员培训了多少?")  # the report counts 书记 trained, not 党员
    assert reply.result is not None and reply.result.status != "answered"


def test_swap_to_a_subject_the_report_does_not_cover_is_declined(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("合肥市开展了哪四个专项行动?")
    reply = chat.reply("那芜湖市呢?")
    assert reply.result is not None and not reply.result.answered
    assert reply.result.suggestions
    # The failed follow-up keeps the context: the user can still ask for more.
    assert chat.reply("具体说说").kind == "detail"


def test_more_pages_through_passages_without_repeating(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("征求到多少条意见建议?")
    assert first.result and first.result.answer
    own = chat.reply("还有呢?")  # first the rest of the answer's paragraph: the answer gave one sentence of it
    assert isinstance(own, More) and own.whole and own.passages == (first.result.answer.passage,)
    seen = {first.result.answer.passage.id}
    for _ in range(3):
        more = chat.reply("还有呢?")
        assert isinstance(more, More) and len(more.passages) == 1 and not more.whole
        assert more.passages[0].id not in seen
        seen.add(more.passages[0].id)


def test_more_shows_only_matching_passages_and_then_says_so(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委督导组有多少个?")
    own = chat.reply("还有呢?")
    assert [p.paragraph for p in own.passages] == [6]  # the answer's paragraph whole (it says more than 16个)
    assert own.then is not None and own.then.paragraph == 7  # the other paragraph about 督导组, what it says next
    # (shown already, paragraph 7 is not shown again; the rest share no more than a common word: none)
    assert chat.reply("还有呢?").passages == ()


def test_more_where_nothing_else_matches_shows_the_whole_answer_once(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("安徽第二批活动以什么为标尺?")
    assert first.result and first.result.answer
    more = chat.reply("还有呢?")  # beyond the short answer: the whole paragraph, and the one after it
    assert isinstance(more, More) and more.whole and more.passages == (first.result.answer.passage,)
    assert "沈浩精神为镜子" in more.passages[0].text
    assert more.then is not None and more.then.text.startswith("3月25日至27日") and not more.complete
    again = chat.reply("还有呢?")
    assert isinstance(again, More) and again.passages == () and not again.complete


def test_follow_ups_ending_in_a_particle_are_read_as_without_it(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第一批活动单位机构撤了吗?")
    assert chat.reply("具体点呢?").kind == "detail"
    assert chat.reply("那还有吗?").kind == "more"
    assert chat.reply("再说说").kind == "more" and chat.reply("然后呢?").kind == "more"
    # 具体呢?, 详细说说儿? (an erhua 儿 ending it): the detail
    assert chat.reply("具体呢?").kind == "detail" and chat.reply("详细说说儿?").kind == "detail"
    assert chat.reply("详细港港呢?").kind == "detail"  # Nanjing: 港 讲
    # Cantonese order and words: 讲多啲 (说多些), 详细啲讲下
    assert chat.reply("再講多啲").kind == "detail" and chat.reply("再多講啲啦").kind == "detail"
    # Shanghainese: 再多讲一眼伐 (再多讲一点吗)
    assert chat.reply("再多讲一眼伐").kind == "detail"
    # English, and 再讲一点, go on
    assert chat.reply("more pls").kind == "more" and chat.reply("再讲一点吗").kind == "more"
    # 请再多介绍一些 (detail, politely), 还有哪些成效指标? (more of the kind just answered)
    assert chat.reply("请再多介绍一些。").kind == "detail" and chat.reply("还有哪些成效指标?").kind == "more"


def test_context_expires_after_a_quiet_spell(engine: Engine) -> None:
    clock = Clock()
    chat = Conversation(lambda: engine, ttl=600, clock=clock)
    chat.reply("芜湖市设立了几条热线电话?")
    clock.now += 601
    assert chat.reply("还有呢?").kind == "no-context"


def test_new_self_contained_question_starts_fresh(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("合肥市开展了哪四个专项行动?")
    chat.reply("芜湖市设立了几条热线电话?")
    reply = chat.reply("那庐江县呢?")
    assert reply.question.startswith("庐江县设立了")


def test_two_chats_never_mix(engine: Engine) -> None:
    chats = Conversations(lambda: engine)
    chats.reply("alice", "马鞍山市对多少名年老体弱党员开展帮学送学?")
    chats.reply("bob", "各地举办了多少场先进事迹报告会?")
    alice = chats.reply("alice", "那流动党员呢?")
    bob = chats.reply("bob", "那专题培训班呢?")
    assert alice.result and alice.result.answer and "1500多名流动党员" in alice.result.answer.sentence
    assert bob.result and bob.result.answer and "639期" in bob.result.answer.sentence


def test_number_of_conversations_is_bounded(engine: Engine) -> None:
    chats = Conversations(lambda: engine, max_chats=3)
    for chat in range(10):
        chats.reply(chat, "芜湖市设立了几条热线电话?")
    assert len(chats) == 3
    assert chats.reply(0, "还有呢?").kind == "no-context"  # the oldest was dropped
    assert chats.reply(9, "还有呢?").kind == "more"


def test_reason_and_measure_come_from_next_to_the_answer(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委抽调多少人组成督导组?")
    why = chat.reply("为什么?")
    assert why.kind == "reason" and why.lead == "确保教育实践活动不走过场"
    chat.reply("芜湖市设立了几条热线电话?")
    how = chat.reply("怎么做的?")
    assert how.kind == "measure" and how.lead and "依托市级主要媒体" in how.lead


@pytest.mark.parametrize("aim", ["派这么多图个啥?", "派他们下去是为了啥?", "这么做的目的?", "那样搞的用意是啥?"])
def test_what_something_was_done_for_is_its_reason(engine: Engine, aim: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委派了多少个督导组?")
    why = chat.reply(aim)
    assert why.kind == "reason" and why.lead == "确保教育实践活动不走过场"


@pytest.mark.parametrize("why", ["为什么这样定位?", "為什麼要這樣定位?"])
def test_why_it_was_done_so_is_its_reason(engine: Engine, why: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第二批参加单位把学习教育作为什么?")
    reply = chat.reply(why)
    assert reply.kind == "reason" and reply.lead == "打牢转变作风的思想基础"


def test_the_reason_for_what_a_thing_is_is_not_saying_what_it_is(engine: Engine) -> None:
    # 学习教育,是…基础环节 says where it stands; why it stands there is the next sentence's 打牢…基础
    chat = Conversation(lambda: engine)
    chat.reply("第二批单位把学习教育放在什么位置")
    reply = chat.reply("为什么要这样安排")
    assert reply.kind == "reason" and reply.lead == "打牢转变作风的思想基础"


def test_why_something_happened_is_not_the_clause_saying_it_happened(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("一些单位用官方微博干什么?")
    why = chat.reply("网民为什么点赞?")
    assert why.kind == "reason" and why.lead == "让大家感受到了诚意"  # not 引来不少网民“点赞”


@pytest.mark.slow
def test_cli_eval_dialogs(isolated_env: dict[str, str]) -> None:
    proc = run_cli(["eval", "--dialogs", str(DIALOGS)], isolated_env)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert "follow-up turns correct" in out and "misses: none" in out


@pytest.mark.slow
def test_chat_follows_up_in_the_terminal(isolated_env: dict[str, str]) -> None:
    script = "合肥市开展了哪四个专项行动?\n那芜湖市呢?\n芜湖市设立了几条热线电话?\n怎么做的?\n"
    proc = run_cli(["chat"], isolated_env, stdin=script.encode())
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert "答:正风肃纪、为民服务、除弊祛垢、固本强基" in out
    assert "报道没有提到芜湖市的" in out  # what the report does say of 芜湖市 follows
    assert "做法:依托市级主要媒体" in out


def test_more_after_a_figure_reads_on_clause_by_clause(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("村级党组织开展了多少次集中学习?")
    assert first.result and first.result.answer and first.result.answer.lead == "103800多次"
    pieces = [chat.reply(q) for q in ("还有呢?", "再说说")]
    assert all(isinstance(p, More) and p.passages == (first.result.answer.passage,) for p in pieces)
    read = [p.piece or "" for p in pieces if isinstance(p, More)]
    assert "40900多场" in read[0] and "103800" not in read[0] and "31100余人次" not in read[0]
    assert "31100余人次" in read[1]  # the sentence's last clause: the paragraph is read
    after = chat.reply("还有呢?")  # then the other passages, never this paragraph again
    assert isinstance(after, More) and after.piece is None
    assert all(p.id != first.result.answer.passage.id for p in after.passages)


def test_more_after_a_figure_reads_on_to_a_clause_counting_in_the_same_measure(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("第一批单位查出多少个毛病?")
    assert first.result and first.result.answer and first.result.answer.lead.startswith("4395个")
    more = chat.reply("接着说")  # 目前已有3142个整改完毕: the next clause counts the same problems
    assert isinstance(more, More) and more.piece is not None and more.piece.startswith("目前已有3142个整改完毕")


def test_more_after_a_figure_listed_with_others_reads_the_next_one(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("市县两级领导班子成员深入基层多少人次?")
    assert first.result and first.result.answer and first.result.answer.lead == "38500余人次"
    pieces = [chat.reply(q) for q in ("还有呢?", "接着呢?")]
    read = [getattr(p, "piece", None) or "" for p in pieces]
    assert read[0].startswith("召开座谈会11300多场")  # listed after 、, not skipped for the clause after it
    assert read[1].startswith("各级党员干部走访群众232.4万余户")


def test_reading_on_goes_on_to_the_next_sentence_whole(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("因四风问题被通报查处的有多少人?")
    assert "92400多个" in (getattr(chat.reply("还有呢?"), "piece", None) or "")
    onward = chat.reply("再说说")  # the answer's sentence is read: the next one, whole
    assert isinstance(onward, More) and onward.piece is not None and onward.piece.startswith("同时,抓好1660个")


@pytest.mark.parametrize(("question", "then"), [
    ("第二批参加单位通过哪些渠道征求意见?", "直接到群众中去察民情"),  # the list given whole: what the report says next
    ("学习教育主要学些什么?", "集中学,专题学,讨论学"),  # the paragraph whole, the answer one sentence of it
    ("合肥都有哪些专项行动?", "来安县编发《便民服务手册》"),
])
def test_more_at_the_end_of_a_paragraph_goes_on_to_the_next_one_in_its_section(engine: Engine, question: str,
                                                                              then: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(question)
    more = chat.reply("还有呢?")
    assert isinstance(more, More) and more.then is not None and more.then.text.startswith(then)
    assert more.then.section == more.passages[0].section


def test_more_does_not_go_on_past_the_end_of_a_section(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("淮南市画好了哪几个像?")  # the section's last paragraph: the next one opens another section
    more = chat.reply("还有呢?")
    assert isinstance(more, More) and more.listed and more.then is None


def test_more_after_a_short_answer_in_a_one_sentence_paragraph_reads_the_rest_of_it(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("庐江县听取意见时坚持什么?")
    assert first.result and first.result.answer and first.result.answer.lead == "用真心、下真功、动真格"
    more = chat.reply("还有呢?")  # what the sentence says after the short answer, not another passage
    assert isinstance(more, More) and more.passages == (first.result.answer.passage,)
    assert more.piece is not None and more.piece.startswith("通过量化指标") and "动真格" not in more.piece


def test_a_part_of_what_was_counted_is_asked_of_the_last_answer(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第一批单位查出了多少四风问题?")
    part = chat.reply("其中改好的有多少?")  # 其中: of those 4395, not the 其中 of another sentence
    assert part.result and part.result.answer and part.result.answer.lead and "3142个" in part.result.answer.lead
    chat.reply("通报查处四风问题的有多少人?")
    assert chat.reply("其中处级干部多少?").result.status != "answered"  # of the 1140人: not said


def test_they_after_a_count_of_people_are_those_people(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("通报查处四风问题的有几多人?")  # 几多: Cantonese 多少, read so in the follow-up too
    they = chat.reply("他们都是因为什么问题被查处的?")
    assert they.question.startswith("1140人")


def test_more_never_repeats_a_preferred_answer(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("芜湖市征求到多少条意见建议?")
    answer = chat.reply("全省呢?")  # answered from a passage that is not the top hit for its words
    assert answer.result and answer.result.answer
    assert answer.result.answer.passage.id == answer.result.hits[0].passage.id  # shown first all the same
    seen = {answer.result.answer.passage.id}
    own = chat.reply("还有呢?")
    assert isinstance(own, More) and own.whole and own.passages[0].id in seen  # its paragraph, once
    for _ in range(2):
        more = chat.reply("还有呢?")
        assert more.passages and more.passages[0].id not in seen
        seen.add(more.passages[0].id)


def test_passages_seen_elsewhere_are_skipped_by_more(engine: Engine) -> None:
    chats = Conversations(lambda: engine)
    first = chats.reply("alice", "征求到多少条意见建议?")
    assert first.result and first.result.answer
    order = shown_order(first.result.answer.passage, [h for h in engine.ask(first.question, k=4).hits if h.relevant],
                        answered=first.result.status == "answered")
    chats.seen("alice", first.question, 2)  # e.g. the "next" button showed the second one
    chats.seen("alice", "另一个问题", 4)  # another question's passages: no effect
    chats.seen("bob", first.question, 4)  # no conversation: none is made
    assert chats.reply("alice", "还有呢?").passages == (order[2],)
    assert len(chats) == 1


def test_detail_names_the_paragraph_asked_about(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("小四风是指什么?")
    detail = chat.reply("具体说说")
    assert first.result and first.result.answer
    assert detail.passage == first.result.answer.passage and detail.passage in detail.passages


def test_asking_for_more_in_two_clauses_or_with_chatter_is_still_asking_for_more(engine: Engine) -> None:
    # 还有啥?详细说说: more, said twice; 详细讲一下咧?: detail, with a particle of the south
    chat = Conversation(lambda: engine)
    first = chat.reply("小四风是指什么?")
    detail = chat.reply("详细讲一下咧?")
    assert first.result and first.result.answer
    assert detail.passage == first.result.answer.passage
    chat = Conversation(lambda: engine)
    chat.reply("省委书记张宝顺做了什么?")
    more = chat.reply("还有啥?详细说说")
    assert isinstance(more, More) and more.passages


@pytest.mark.parametrize(("second", "third"), [("还有呢?请继续补充相关数据。", "再多说点?后续还有哪些情况?"),
                                               ("请继续补充", "详细说说?报道接着还提到了什么?")])
def test_going_on_asked_in_two_sentences_reads_on_figure_by_figure(engine: Engine, second: str, third: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("各省委督导组累计深入市、县(市、区)督导多少次?")
    assert "12400余人次" in (shown_text(chat.reply(second)) or "")  # the next figure of the sentence, then the one after
    assert "462场" in (shown_text(chat.reply(third)) or "")


def test_what_came_of_the_last_answer_is_the_result_stated_next_to_it(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("芜湖市设了几条热线?")
    reply = chat.reply("效果如何?")
    assert isinstance(reply, Explained) and reply.kind == "result"
    assert reply.lead is not None and "征求到意见建议3.3万余条" in reply.lead
    chat.reply("有单位用官方微博征求意见吗?")
    reply = chat.reply("效果咋样?")
    assert isinstance(reply, Explained) and reply.lead is not None and "点赞" in reply.lead


def test_a_follow_up_about_what_the_report_never_speaks_of_is_not_answered_from_the_context(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("督导组多少个")
    weather = chat.reply("今天天气咋样")
    assert isinstance(weather, Answered) and weather.result.status != "answered"
    assert chat.reply("查了多少地方?").kind == "answer"  # a place kind is no such thing


def test_regional_follow_ups_are_read_as_their_standard_forms(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委为学三严三实部署了啥子?")
    assert chat.reply("还有呢?").kind == "more"
    assert chat.reply("还有别的没得?").kind == "more"  # 没得 is 吗
    assert chat.reply("还有冇得?").kind == "more"  # 冇得 is 没有: 还有没有
    chat = Conversation(lambda: engine)
    chat.reply("芜湖开了几条热线?")
    switched = chat.reply("不聊芜湖了,马鞍山给多少流动党员送学?")  # 不聊X了: X is left behind
    assert isinstance(switched, Answered) and switched.result.answer is not None
    assert switched.result.answer.lead == "1500多名"
    chat = Conversation(lambda: engine)
    chat.reply("庐江县找问题用了啥办法?")
    switched = chat.reply("说个别的,省委抽了好多人组督导组?")  # a new topic, 好多 asking how many
    assert isinstance(switched, Answered) and switched.result.answer is not None
    assert switched.result.answer.lead == "170人"


def test_what_a_thing_made_is_for_is_the_clauses_that_follow_it(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("领导小组研究制定了什么方案?")
    why = chat.reply("目的是啥?")  # 啥 asks as 什么 does
    assert isinstance(why, Explained) and why.lead is not None and "明确各领域突出问题" in why.lead


def test_more_follow_up_words_people_use(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("督导组个别谈话多少人次?")
    assert "462场" in (getattr(chat.reply("还有呢?"), "piece", None) or "")
    assert "20800多条" in (getattr(chat.reply("接着呢"), "piece", None) or "")  # 接着呢 reads on too
    chat = Conversation(lambda: engine)
    chat.reply("第一批单位现在还在干啥?")
    assert chat.reply("怎么保证的?").kind == "measure"
    chat = Conversation(lambda: engine)  # Cantonese: 仲有呢 还有呢, 接住呢/跟住呢 接着呢, 效果点 效果怎样
    chat.reply("督导组个别谈话几多人次?")
    assert "462场" in (getattr(chat.reply("仲有呢?"), "piece", None) or "")
    assert "20800多条" in (getattr(chat.reply("接住呢?"), "piece", None) or "")
    chat = Conversation(lambda: engine)
    chat.reply("督导组个别谈话几多人次?")
    chat.reply("仲有呢?")
    assert "20800多条" in (getattr(chat.reply("跟住呢?"), "piece", None) or "")  # 跟住: 接着 too
    chat = Conversation(lambda: engine)
    chat.reply("督导组下去督导多少次?")  # 还有啥数 (what other figures), 唠唠 (说说: tell me)
    assert "12400余人次" in (getattr(chat.reply("还有啥数,唠唠"), "piece", None) or "")
    # more of the kind answered; 嗯 only hesitates
    for follow_up in ("还有啥渠道?", "嗯还有别的吗", "then? 详细说说", "还有没有别的?", "再往下还有什么?"):  # (再往下: further on)
        chat = Conversation(lambda: engine)
        chat.reply("征求意见都有哪些渠道")
        assert isinstance(chat.reply(follow_up), More)
    chat.reply("一些单位利用乜嘢征求意见?")
    assert chat.reply("效果点?").kind == "result"


def test_a_result_asked_with_a_remark_after_it_is_a_result_follow_up(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("一些单位利用什么征求意见?")
    result = chat.reply("效果咋样,网友买账没?")
    assert isinstance(result, Explained) and result.kind == "result" and result.lead and "点赞" in result.lead


def test_how_it_was_done_is_not_what_was_asked_of_said_again(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("正反典型对照起到了什么作用?")
    how = chat.reply("具体是怎么做的?")
    assert isinstance(how, Explained) and how.kind == "measure" and how.lead and "组建先进事迹报告团" in how.lead


def test_a_cadre_rank_asked_of_people_counted_is_not_settled_by_a_tier(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("因为四风被查处的有多少人")
    after = chat.reply("里面有厅级干部吗")  # 8位省级…领导干部 is a tier of other people, no rank of these
    assert isinstance(after, Answered) and after.result.status != "answered"


def test_the_kind_of_punishment_asked_of_people_counted_is_not_the_count_again(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("因为四风问题被查处的有多少人?")
    after = chat.reply("他们受了什么处分?")  # 查处 said again names no 处分: the report does not say
    assert isinstance(after, Answered) and after.result.status != "answered"


def test_more_about_a_place_stays_with_that_place(engine: Engine) -> None:
    """还有呢? after a question naming a place does not page on to a passage that does not name it."""
    chat = Conversation(lambda: engine)
    first = chat.reply("庐江县听意见咋做的?")
    assert first.result and first.result.answer and "庐江县" in first.result.answer.sentence
    for _ in range(2):
        more = chat.reply("还有呢?")
        assert isinstance(more, More)
        assert all("庐江县" in p.text for p in more.passages)


def test_who_is_answered_by_the_body_the_sentence_names_not_for_the_rest(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("合肥搞了几个专项行动")
    chat.reply("这些行动定了多少项任务")
    who = chat.reply("每项任务是谁负责")  # the sentence shown already: its body for each task is new
    assert who.result and who.result.status == "answered" and who.result.answer
    assert who.result.answer.lead == "牵头领导和责任单位"
    chat = Conversation(lambda: engine)
    chat.reply("软弱涣散党组织里多少个由乡镇干部兼第一书记")
    rest = chat.reply("剩下那些的第一书记是谁当?")  # what the sentence says of the 1602 is not said of the others
    assert rest.result and rest.result.status != "answered"


def test_these_people_are_the_people_described_last(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("马鞍山给年老体弱的党员送学了没")
    count = chat.reply("这些人一共有多少")  # 年老体弱的党员, not every 党员 the sentence counts
    assert count.result and count.result.answer and count.result.answer.lead == "5600多名"


def test_turning_away_to_ask_something_else_asks_afresh(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("第一批整改完了多少个?")
    reply = chat.reply("算了问个别的省领导集中看的电影叫啥")  # 算了: what follows is a new question
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert reply.result.answer.lead == "《焦裕禄》"
    # 好, / ok before turning away: a word of assent, no word of the question
    reply = chat.reply("好,换个话题:报道的责任编辑是谁?")
    assert isinstance(reply, Answered) and reply.result.answer is not None and reply.result.answer.lead == "梁 海燕"
    reply = chat.reply("ok 再问个别的 各地通报查处了多少人")
    assert isinstance(reply, Answered) and reply.result.answer is not None and reply.result.answer.lead == "1140人"


def test_they_after_a_place_named_in_the_same_follow_up_are_that_place(engine: Engine) -> None:
    # 来安县呢,他们搞了啥?: 他们 is 来安县, not 合肥 of the last question
    chat = Conversation(lambda: engine)
    chat.reply("合肥在整改上搞了哪些专项行动?")
    reply = chat.reply("来安县呢,他们搞了啥?")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "《便民服务手册》" in reply.result.answer.sentence


def test_who_did_it_after_when_is_answered_by_the_same_sentence_with_its_doer(engine: Engine) -> None:
    # 谁开的? after 哪天开的: the sentence just shown names who held the meeting; that is new, not a repeat
    chat = Conversation(lambda: engine)
    chat.reply("专题点评通报会哪天开的")
    reply = chat.reply("谁开的?")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert reply.result.answer.lead == "省委教育实践活动领导小组"


def test_it_after_the_reports_setting_is_what_the_setting_made(engine: Engine) -> None:
    # 它 after 省里组建的先进事迹报告团…: 省里 is the report's setting; 它 is the 报告团, and where it went is new
    chat = Conversation(lambda: engine)
    chat.reply("省里组建的先进事迹报告团巡回报告了多少场?")
    reply = chat.reply("它都到了哪些地方去报告?")
    assert isinstance(reply, Answered) and reply.question.startswith("先进事迹报告团")
    assert reply.result.status == "answered" and reply.result.answer is not None
    assert "赴省辖市和部分县" in reply.result.answer.sentence


def test_another_kind_asked_of_the_same_sentence_is_no_repeat(engine: Engine) -> None:
    # 谁负责? after 多少项任务?: the sentence just shown names who (牵头领导和责任单位): new, shown again
    chat = Conversation(lambda: engine)
    chat.reply("合肥市公布了第一批多少项任务?")
    reply = chat.reply("谁负责?")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "牵头领导和责任单位" in reply.result.answer.sentence
    # (but 在哪些省份? about 马鞍山's 流动党员: the place the sentence names is the one talked about, nothing new)
    chat = Conversation(lambda: engine)
    chat.reply("马鞍山帮学送学的流动党员有多少?")
    provinces = chat.reply("这些流动党员主要在哪些省份务工?")
    assert isinstance(provinces, Answered) and provinces.result.status != "answered"


def test_this_part_is_the_part_just_named(engine: Engine) -> None:
    # 这部分 after 第三部分的小标题是什么?: 第三部分, whose opening says what matters most
    chat = Conversation(lambda: engine)
    chat.reply("文章第三部分的小标题是什么?")
    reply = chat.reply("这部分开头第一句说什么至关重要?")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "能听进多少群众意见" in reply.result.answer.sentence


def test_a_new_deed_asked_of_the_same_sentence_gets_its_next_figure(engine: Engine) -> None:
    # 收了多少条? after 芜湖设了几条热线?: the same sentence's next 条 figure (3.3万余条), not 11条 again
    chat = Conversation(lambda: engine)
    chat.reply("芜湖设了几条热线")
    reply = chat.reply("收了多少条")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert reply.result.answer.lead == "3.3万余条"
    # (一共几条? asks nothing new: not another figure)
    chat = Conversation(lambda: engine)
    chat.reply("芜湖设了几条热线")
    again = chat.reply("一共几条")
    assert isinstance(again, Answered) and (again.result.answer is None or again.result.answer.lead != "3.3万余条")


def test_by_the_way_opens_a_new_question(engine: Engine) -> None:
    # 顺便问,…: asked afresh, the conversation's 联系点 carried nowhere
    chat = Conversation(lambda: engine)
    chat.reply("党员领导干部活动联系点建了多少个")
    reply = chat.reply("顺便问,安徽以什么为镜子")
    assert isinstance(reply, Answered) and reply.result.answer is not None
    assert "以焦裕禄精神和沈浩精神为镜子" in reply.result.answer.sentence

    # 不相关的问题喔,…: said to be unrelated, asked afresh too
    chat = Conversation(lambda: engine)
    chat.reply("3月24日开的是什么会?")
    reply = chat.reply("不相關的問題喔,這篇是哪一天發表的?")
    assert isinstance(reply, Answered) and reply.result.answer is not None and reply.result.answer.lead == "2014-05-07"


def test_these_two_are_the_two_things_just_named(engine: Engine) -> None:
    # 这两种精神 after 以焦裕禄精神和沈浩精神为镜子: both spirits
    chat = Conversation(lambda: engine)
    chat.reply("安徽以什么为镜子")
    reply = chat.reply("这两种精神在活动中处于什么位置")
    assert isinstance(reply, Answered) and reply.question.startswith("焦裕禄精神和沈浩精神")
    assert reply.result.answer is not None and "作为红线" in reply.result.answer.sentence


def test_a_place_pointed_back_at_is_the_place_just_named(engine: Engine) -> None:
    # 那里 / 那个市 after 哪个市设立了11条热线电话? → 芜湖市 (not 合肥那边, which names its own)
    for follow_up in ("那里一共征求到多少条意见建议?", "那个市目前共征求到多少条意见建议?"):
        chat = Conversation(lambda: engine)
        chat.reply("哪个市设立了11条热线电话征求意见?")
        reply = chat.reply(follow_up)
        assert isinstance(reply, Answered) and reply.question.startswith("芜湖市"), follow_up
        assert reply.result.answer is not None and reply.result.answer.lead == "3.3万余条"


def test_regional_pronouns_point_back_too(engine: Engine) -> None:
    # 佢哋 (他们) after 暗访组有几多个?: the 暗访组; 点处理 is 怎么处理
    chat = Conversation(lambda: engine)
    chat.reply("暗訪組有幾多個?")
    reply = chat.reply("佢哋查咗幾多個市縣?")
    assert isinstance(reply, Answered) and reply.question.startswith("暗访组")
    handled = chat.reply("佢哋發現嘅典型案例點處理?")
    assert isinstance(handled, Answered) and "怎么处理" in handled.question


def test_how_it_was_reached_is_the_clause_before_what_was_reached(engine: Engine) -> None:
    # 怎么做到的? after 督导工作全覆盖: 分别派出督导组1264个、指导组11697个,| 实现了…全覆盖
    chat = Conversation(lambda: engine)
    chat.reply("活动督导工作有没有全覆盖?")
    reply = chat.reply("怎么做到的?")
    assert isinstance(reply, Explained) and reply.lead is not None and "督导组1264个" in reply.lead


def test_the_whole_province_swapped_in_replaces_the_body_too(engine: Engine) -> None:
    # 全省呢? after 省委督导组收上来多少条意见建议?: all the province's (75.6万余条), not a 全省督导组
    chat = Conversation(lambda: engine)
    chat.reply("省委督导组收上来多少条意见建议?")
    reply = chat.reply("那全省拢共呢?")
    assert isinstance(reply, Answered) and "督导组" not in reply.question
    assert reply.result.answer is not None and reply.result.answer.lead == "75.6万余条"


def test_tiers_run_together_are_the_tiers_the_report_lists(engine: Engine) -> None:
    # 各个市县 after 省里的先进事迹报告团做了多少场报告?: 各市、县, the tiers of 2855场
    chat = Conversation(lambda: engine)
    chat.reply("省里的先进事迹报告团做了多少场报告?")
    tiers = chat.reply("那各个市县呢?")
    assert isinstance(tiers, Answered) and tiers.question.startswith("各市县")
    assert tiers.result.answer is not None and "2855场" in tiers.result.answer.sentence


def test_another_deed_of_the_same_subject_is_asked_of_that_subject(engine: Engine) -> None:
    # 召开座谈会呢? after 省委督导组开展个别谈话多少人次?: 省委督导组's meetings (462场), counted in their own unit,
    # not the province's 11300多场
    chat = Conversation(lambda: engine)
    chat.reply("省委督导组开展个别谈话多少人次?")
    reply = chat.reply("召开座谈会呢?")
    assert isinstance(reply, Answered) and reply.question.startswith("省委督导组")
    assert reply.result.answer is not None and reply.result.answer.lead == "462场"
    # (收集到的意见建议呢?: the passage talked about holds them: 20800多条)
    chat = Conversation(lambda: engine)
    chat.reply("各省委督导组开展个别谈话多少人次?")
    opinions = chat.reply("收集到的意见建议呢?")
    assert isinstance(opinions, Answered) and opinions.result.answer is not None
    assert "20800多条" in opinions.result.answer.sentence


def test_a_count_asked_by_its_measure_word_alone_counts_what_the_last_question_counted(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("芜湖开了几条热线?")
    other = chat.reply("合肥开了几条?")  # 几条 热线: the report gives 合肥 no hotlines, and its 四个专项行动 are no answer
    assert isinstance(other, Answered) and "热线" in other.question and other.result.status != "answered"
    chat.reply("省里派了几个暗访组?")
    own = chat.reply("督导组有几个?")  # a follow-up that names what it counts keeps it
    assert isinstance(own, Answered) and own.result.answer is not None and own.result.answer.lead == "16个省委督导组"


def test_a_swap_followed_by_the_last_question_in_its_verb_alone_is_a_swap(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("暗访那回查了多少个县?")
    other = chat.reply("乡镇呢?查了几个?")  # the 暗访 said nothing of 乡镇: the 督导组 they sent are no answer
    assert isinstance(other, Answered) and "暗访" in other.question and other.result.status != "answered"
    chat.reply("省委督导组累计督导了多少次?")
    onward = chat.reply("然后呢,他们做了些啥")  # 然后呢 swaps in no subject: the question is asked of 他们
    assert isinstance(onward, Answered) and "省委督导组做了些啥" in onward.question


def test_a_swap_to_someone_the_sentence_just_shown_names_too_is_answered_by_it_again(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("张宝顺在学习上带了什么头?")
    other = chat.reply("那省几大班子的领导同志呢?")  # the sentence shown names them too: 省几大班子领导同志集中观看…
    assert isinstance(other, Answered) and other.result.answer is not None
    assert "集中观看电影《焦裕禄》" in other.result.answer.sentence


def test_a_swap_followed_by_a_count_in_another_measure_word_asks_it_of_the_swapped_in(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("省委先后开了几次常委会议研究部署?")
    other = chat.reply("那分别选了联系点的省领导呢,几位?")  # 几位 after 几次: the leaders are counted, not meetings
    assert isinstance(other, Answered) and other.result.answer is not None
    assert other.result.answer.lead is not None and "19位" in other.result.answer.lead


@pytest.mark.parametrize("first", [
    "省委督导组是多少人组成的?",
    "省委抽了多少人组成督导组",  # the groups the answer says they formed: 170人组成16个省委督导组
])
def test_they_after_how_many_make_up_a_group_are_the_group(engine: Engine, first: str) -> None:
    # 省委督导组是多少人组成的? → 170人; 他们 then are the groups (督导了820次), not the 170 people in them
    chat = Conversation(lambda: engine)
    chat.reply(first)
    they = chat.reply("他们一共下去督导了几次?")
    assert they.result and they.result.answer and they.result.answer.lead and "820次" in they.result.answer.lead


@pytest.mark.parametrize(("first", "asked", "other"), [
    ("芜湖市是怎么开门纳谏的?", "还有别的地方的例子吗?", "庐江县在听取意见时"),  # the next paragraph naming another place
    ("合肥四个专项行动是啥?", "还有别的地方的例子吗?", "来安县编发《便民服务手册》"),
    ("立行立改方面合肥做了啥?", "还有其他地方吗?", "来安县编发《便民服务手册》"),  # not read on in 合肥's paragraph
])
def test_another_places_example_is_the_next_paragraph_that_names_one(engine: Engine, first: str, asked: str,
                                                                      other: str) -> None:
    chat = Conversation(lambda: engine)
    chat.reply(first)
    more = chat.reply(asked)
    assert isinstance(more, More) and more.passages and more.passages[0].text.startswith(other)


def test_a_part_of_what_was_just_counted_set_apart_by_what_it_says_must_be_said(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    chat.reply("全省一共收到多少条意见?")
    part = chat.reply("里面说吃喝的有多少条?")  # the report counts no opinions by what they are about
    assert not (isinstance(part, Answered) and part.result.status == "answered")


def test_besides_that_then_more_is_more(engine: Engine) -> None:
    # 除此以外 on its own before 还有别的法子吗: more of what was talked about, not a question afresh
    chat = Conversation(lambda: engine)
    chat.reply("第二批参加单位靠哪些渠道征求意见")
    more = chat.reply("除此以外,还有别的法子吗")
    assert isinstance(more, More) and any("察民情" in passage.text for passage in more.shown)


def test_why_after_an_answer_shown_under_its_motto_is_the_reason_in_its_sentence(engine: Engine) -> None:
    chat = Conversation(lambda: engine)
    first = chat.reply("第一批单位现在撤了吗")  # shown under 批次衔接,上下联动。
    assert isinstance(first, Answered) and first.result.answer is not None
    assert first.result.answer.sentence.startswith("批次衔接")
    why = chat.reply("为什么不撤")  # what staying on is for: 抓好整改落实…, not nothing
    assert isinstance(why, Explained) and why.lead is not None and "整改落实" in why.lead
