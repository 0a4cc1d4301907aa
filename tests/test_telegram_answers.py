"""End to end, what an answer looks like on a phone: the short answer first, the paragraph folded away, only
passages that match the question, the reason the report does not give said as such.

The real PTB Application polls the fake Bot API server over HTTP; the test plays the user.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.telegram.app import App
from bot.telegram.formatting import visible
from index.answering.dialog import shown_order
from tests.fakebotapi import FakeBotApi, SentMessage, entity_text
from tests.telegram_fixtures import USER, Loader, citation, cited, deps_of, running_bot

pytestmark = pytest.mark.timeout(60)

DEV = Path(__file__).parent / "data" / "dev.jsonl"
#: The median visible length of an answer to a dev question before answers were made short (bench/telegram_length.py
#: on a506416, the state the issue was filed against): answers must stay within half of it.
BEFORE = 194


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi, index_path: Path) -> AsyncIterator[App]:
    async with running_bot(api, Loader(index_path), flood_limits=None) as app:
        yield app


def assert_accepted(api: FakeBotApi) -> None:
    rejected = [(c.method, c.error) for c in api.calls if not c.ok and c.method != "getUpdates" and not c.fault]
    assert not rejected


async def ask(api: FakeBotApi, text: str, chat: int = USER) -> SentMessage:
    [reply] = await api.reply(api.send_text(chat, chat, text))
    return reply


def folded(message: SentMessage) -> list[str]:
    return [entity_text(message.text, e) for e in message.entities if e["type"] == "expandable_blockquote"]


def outside_quotes(message: SentMessage) -> str:
    text = message.text
    for quote in folded(message):
        text = text.replace(quote, "")
    return text


# --- a short answer first -------------------------------------------------------------------------------------
async def test_the_lead_comes_first_the_sentence_once_the_paragraph_folded(api: FakeBotApi, bot: App) -> None:
    engine = deps_of(bot).service.engine
    question = "省委督导组有多少个,由多少人组成?"
    answer = engine.ask(question).answer
    assert answer is not None and answer.lead and answer.passage.text.strip() != answer.sentence
    reply = await ask(api, question)
    lines = reply.text.splitlines()
    assert lines[0] == answer.lead and answer.lead in reply.styled("bold")  # the short answer, in bold
    assert lines[1] == answer.sentence and "省委督导组" in reply.styled("bold")  # the sentence, its words marked
    assert outside_quotes(reply).count(answer.sentence) == 1  # said once where it is read
    assert folded(reply) == [answer.passage.text.strip()]  # the paragraph, folded away
    assert not reply.styled("blockquote")
    assert lines[-1] == "📄 周密部署… · 第6段" == f"📄 {citation(engine, answer.passage)}"  # a short citation
    assert_accepted(api)


async def test_without_a_lead_the_sentence_is_the_answer_and_a_paragraph_that_is_the_sentence_is_not_repeated(
        api: FakeBotApi, bot: App) -> None:
    engine = deps_of(bot).service.engine
    no_lead = "1+8活动方案是干什么用的?"
    answer = engine.ask(no_lead).answer
    assert answer is not None and answer.lead is None
    reply = await ask(api, no_lead)
    assert reply.text.splitlines()[0] == answer.sentence
    assert reply.styled("bold") == [answer.sentence]  # the answer in bold ...
    assert set(reply.styled("underline")) == {answer.sentence[a:b] for a, b in answer.highlights}  # ... words marked

    whole = "市县乡镇派出了多少个指导组?"  # its paragraph is the one sentence
    answer = engine.ask(whole).answer
    assert answer is not None and answer.passage.text.strip() == answer.sentence
    reply = await ask(api, whole)
    assert reply.text == f"{answer.lead}\n{answer.sentence}\n📄 {citation(engine, answer.passage)}"
    assert not folded(reply) and not reply.styled("blockquote")
    assert_accepted(api)


async def test_a_partial_answer_says_what_the_report_does_not_say_then_what_it_says(api: FakeBotApi, bot: App) -> None:
    await ask(api, "合肥市开展了哪四个专项行动?")
    reply = await ask(api, "那芜湖市呢?")
    lines = reply.text.splitlines()
    assert lines[0] == "问：芜湖市开展了哪四个专项行动?"  # the question as understood (a follow-up rewritten)
    assert lines[1] == "报道没有提到芜湖市的专项行动。"
    assert lines[2].startswith("关于芜湖市，报道说：芜湖市积极创新开门纳谏方式")
    assert reply.text.splitlines()[-1] == "📄 敞开大门… · 第23段" and reply.button("上下文")
    assert_accepted(api)


async def test_answers_to_the_dev_questions_are_at_most_half_as_long_as_before(api: FakeBotApi, bot: App) -> None:
    lengths = []
    for n, line in enumerate(DEV.read_text("utf-8").splitlines()):
        reply = await ask(api, json.loads(line)["q"], chat=80_000 + n)
        lengths.append(visible(reply.text, reply.entities))
    assert statistics.median(lengths) <= BEFORE / 2, sorted(lengths)
    assert_accepted(api)


# --- the question as understood, in the user's words ----------------------------------------------------------
async def test_the_question_shown_is_in_the_users_own_words(api: FakeBotApi, bot: App) -> None:
    fresh = await ask(api, "请问合肥市开展了哪四个专项行动？")
    assert not fresh.text.startswith("问：")  # not rewritten: not repeated
    again = await ask(api, "请问合肥市开展了哪四个专项行动？")  # read with the conversation: the same question
    assert not again.text.startswith("问：")
    swap = await ask(api, "那芜湖市呢?")  # rewritten: shown as understood, in the words the user typed
    assert swap.text.splitlines()[0] == "问：芜湖市开展了哪四个专项行动？"
    why = await ask(api, "为什么?")  # about 芜湖市 now: the report said what it does of it
    assert why.text.splitlines()[0] == "问：芜湖市开展了哪四个专项行动？"
    await ask(api, "请问省委抽调了多少人组成督导组？", chat=USER + 6)
    whole = await ask(api, "还有呢?", chat=USER + 6)  # first the answer's paragraph, unfolded
    assert whole.text.splitlines()[0] == "问：省委抽调了多少人组成督导组？ · 这一段的全文"
    more = await ask(api, "还有呢?", chat=USER + 6)  # (past the paragraph shown after it: 下一段接着说)
    assert more.text.splitlines()[0] == "问：省委抽调了多少人组成督导组？ · 下一个相关段落"

    chat = USER + 7
    await ask(api, "蕪湖市徵求到多少條意見建議?", chat=chat)
    whole = await ask(api, "全省呢?", chat=chat)
    assert whole.text.splitlines()[0] == "问：全省徵求到多少條意見建議?"
    await ask(api, "请问刘云山什么时候来安徽调研？", chat=chat + 1)
    him = await ask(api, "他对安徽省教育实践活动怎么评价？", chat=chat + 1)  # 他 read as who was spoken of
    assert him.text.splitlines()[0] == "问：刘云山对安徽省教育实践活动怎么评价？"
    assert_accepted(api)


# --- reasons and measures the report does not state ------------------------------------------------------------
async def test_why_without_a_stated_reason_says_so_and_never_gives_the_fact(api: FakeBotApi, bot: App) -> None:
    fact = await ask(api, "芜湖市设立了几条热线电话?")
    assert fact.text.startswith("11条热线电话\n")
    why = await ask(api, "为什么?")
    assert why.text.splitlines() == ["问：芜湖市设立了几条热线电话?", "报道里没有说明原因。"]
    assert "11条" not in why.text.replace("问：芜湖市设立了几条热线电话?", "") and not why.styled("bold")

    await ask(api, "刘云山什么时候来安徽调研?", chat=USER + 1)
    why = await ask(api, "为什么?", chat=USER + 1)
    assert why.text.splitlines()[1:] == ["报道里没有说明原因。"] and "3月25日" not in why.text
    assert_accepted(api)


async def test_what_came_of_it_leads_with_the_result_in_bold(api: FakeBotApi, bot: App) -> None:
    await ask(api, "芜湖市设立了几条热线电话?", chat=USER + 2)
    effect = await ask(api, "效果咋样?", chat=USER + 2)
    assert effect.text.splitlines()[1] == "效果：目前全市共征求到意见建议3.3万余条"
    # the result in bold, then the sentence that states it with that clause marked
    assert effect.styled("bold") == ["效果：目前全市共征求到意见建议3.3万余条", "目前全市共征求到意见建议3.3万余条"]
    assert_accepted(api)


# --- only passages that match ---------------------------------------------------------------------------------
async def test_inline_results_are_only_passages_that_match(api: FakeBotApi, bot: App) -> None:
    engine = deps_of(bot).service.engine
    question = "省委督导组有多少个?"
    hits = engine.ask(question, k=5).hits
    assert len(hits) == 5 and not all(h.relevant for h in hits)  # BM25 finds more than match
    query = api.inline_query(USER, question)
    results = (await api.until(lambda: api.inline_answers.get(query["id"]), what="the inline answer"))["results"]
    assert [int(r["id"]) for r in results] == [h.passage.position for h in hits if h.relevant]
    assert all(r["input_message_content"]["message_text"].count("📄") == 1 for r in results)
    assert_accepted(api)


async def test_next_pages_matching_passages_in_one_message_and_says_when_they_run_out(
        api: FakeBotApi, bot: App) -> None:
    engine = deps_of(bot).service.engine
    question = "征求到多少条意见建议?"
    answer = await ask(api, question)
    result = engine.ask(question, k=10)
    assert result.answer is not None
    matching = shown_order(result.answer.passage, result.hits, answered=result.status == "answered")
    assert sorted(p.id for p in matching[1:]) == \
        sorted(h.passage.id for h in result.hits if h.relevant and h.passage != result.answer.passage)
    shown = [cited(answer)]
    while any("下一条" in b["text"] for b in answer.buttons):
        edits = answer.edits
        api.press_button(answer, answer.button("下一条"))
        await api.until(lambda e=edits: answer.edits == e + 1, what="the next passage")  # type: ignore[misc]
        shown.append(cited(answer))
    assert shown == [citation(engine, p) for p in matching]  # every matching passage, nothing else
    assert answer.text.splitlines()[-1] == "没有更多相关段落了。"  # the last one says so
    assert len(api.sent(USER)) == 1  # all of it in the one message

    # a 下一条 past the end (an old keyboard) is answered so, and changes nothing
    data = answer.button("上一条")["callback_data"].rsplit(":", 1)[0] + f":{len(matching)}"
    press = api.press_button(answer, data)
    await api.until(lambda: press["id"] in api.callback_answers, what="the press answered")
    assert api.callback_answers[press["id"]]["text"] == "没有更多相关段落了。"
    assert len(api.sent(USER)) == 1
    assert_accepted(api)
