"""Conversations through Telegram: the real PTB Application against the fake Bot API server.

Dialogs are played each in its own private chat (all at once) and scored turn by turn beside the engine's own
dialog evaluation: a few of tests/data/own_dialogs.jsonl, and (slow) every one of tests/data/dialogs.jsonl
(bench/telegram_dialogs.py plays a whole set through the bot in its own process). Then two users interleave
their dialogs, two members of a group follow up side by side, and the inline buttons and typed
follow-ups are checked to agree.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.telegram import texts
from bot.telegram.app import App
from bot.telegram.formatting import tg_len
from bot.telegram.replies import explain_messages, more_message
from bot.telegram.texts import SMALL_TALK
from index.answering.dialog import Conversations, shown_order
from index.answering.engine import Engine
from index.evaluation import evaluate_dialogs, read_dialogs
from tests.fakebotapi import FakeBotApi, SentMessage, parse_html
from tests.telegram_fixtures import (
    ADMIN,
    GROUP,
    OTHER,
    USER,
    assert_accepted,
    citation,
    cited,
    deps_of,
    play_dialogs,
    telegram_report,
)

pytestmark = pytest.mark.timeout(60)

DIALOGS = Path(__file__).parent / "data" / "dialogs.jsonl"
OWN_DIALOGS = Path(__file__).parent / "data" / "own_dialogs.jsonl"
THIRD = 1003  # a third member of the group
#: What the bot says when the report does not answer, or when there is nothing to follow up on.
NO_ANSWER = ("没有找到", "先问一个", "没有说明", "没有更多", "报道没有提到")

log = logging.getLogger(__name__)


async def turn(api: FakeBotApi, chat_id: int, user_id: int, text: str, chat_type: str = "private",
               **kw: Any) -> SentMessage:
    """The user says something; the bot's reply to it (every reply in these tests is one message)."""
    message = api.send_text(chat_id, user_id, text, chat_type, **kw)
    [reply] = await api.reply(message, timeout=15)
    return reply


def says_no_answer(reply: SentMessage) -> bool:
    # a greeting ("你好") gets a friendly line, which is no answer from the report either
    return any(marker in reply.text for marker in NO_ANSWER) or reply.text in SMALL_TALK.values()


# --- the dialog sets ----------------------------------------------------------------------------------------
#: A few of the project's own dialogs, one or more of each kind: pronouns, ellipsis, swaps (a partial answer, a
#: place the report lacks), 还有呢? / 具体说说 / 为什么? / 怎么做的?, a topic switch, follow-ups the report cannot
#: answer; some of their turns the engine gets wrong (Telegram must get the same ones wrong).
OWN_FEW = ("c003", "c020", "c029", "c034", "c043", "c058", "c061", "c068", "c070", "c073", "c092", "c098")


def assert_one_reply_per_turn(api: FakeBotApi, dialogs: list[dict[str, Any]],
                              played: dict[str, list[list[SentMessage]]]) -> None:
    """Each turn got one reply, in its own chat, answering that very message."""
    for n, dialog in enumerate(dialogs):
        replies = played[dialog["id"]]
        assert [len(r) for r in replies] == [1] * len(dialog["turns"]), dialog["id"]
        assert all(r[0].chat_id == 50_000 + n for r in replies)
        assert len(api.sent(50_000 + n)) == len(dialog["turns"])
        asked = [r[0].raw["reply_to_message"]["text"] for r in replies]
        assert asked == [t["q"] for t in dialog["turns"]], dialog["id"]


async def test_own_dialogs_score_as_the_engine_does(api: FakeBotApi, bot: App, engine: Engine) -> None:
    """A few of the project's own dialogs, all at once: every turn shows what the engine's dialog evaluation
    shows and is scored the same (context kept per chat, turns in order, answers rendered as the engine gave)."""
    dialogs = [d for d in read_dialogs(OWN_DIALOGS) if d["id"] in OWN_FEW]
    assert len(dialogs) == len(OWN_FEW)
    played = await play_dialogs(api, dialogs)
    engine_report = evaluate_dialogs(engine, dialogs)
    report, differ = telegram_report(engine_report, played)
    assert not differ, [(d['got'], d['engine_got']) for d in differ]
    assert [t["ok"] for t in report.turns] == [t["ok"] for t in engine_report.turns]
    assert report.misses and report.follow_ups_correct > report.follow_ups / 2  # both kinds of verdict checked
    assert_one_reply_per_turn(api, dialogs, played)
    assert_accepted(api)


@pytest.mark.slow
async def test_every_dialog_through_telegram(api: FakeBotApi, bot: App, engine: Engine) -> None:
    dialogs = read_dialogs(DIALOGS)
    played = await play_dialogs(api, dialogs)  # each dialog in its own private chat, all of them at once
    engine_report = evaluate_dialogs(engine, dialogs)
    report, differ = telegram_report(engine_report, played)
    accuracy = report.metrics()["follow_ups"]
    misses = [t["id"] for t in report.misses]
    log.warning("dialogs through Telegram: %d/%d follow-ups correct (%.3f), first turns %d/%d; misses: %s",
                report.follow_ups_correct, report.follow_ups, accuracy, report.first_correct, report.first_turns,
                misses or "none")
    assert report.first_correct == report.first_turns, misses
    assert accuracy >= 0.9, misses
    assert not differ  # Telegram shows, turn by turn, what the engine's own dialog evaluation counts
    assert_one_reply_per_turn(api, dialogs, played)
    assert len(deps_of(bot).service.conversations) == len(dialogs)
    assert_accepted(api)


# --- contexts never mix -------------------------------------------------------------------------------------
async def test_two_users_interleaving_never_share_context(api: FakeBotApi, bot: App) -> None:
    alice = ["马鞍山市对多少名年老体弱党员开展帮学送学?", "那流动党员呢?", "程度不高党员呢?"]
    bob = ["各地举办了多少场先进事迹报告会?", "那专题培训班呢?", "还有呢?"]
    wanted_alice = ["5600多名", "1500多名流动党员", "3800多名"]
    wanted_bob = ["2855场", "639期", None]
    for n in range(3):
        # both send at the same moment; their updates are handled concurrently
        a = api.send_text(USER, USER, alice[n])
        b = api.send_text(OTHER, OTHER, bob[n])
        [to_alice], [to_bob] = await asyncio.gather(api.reply(a), api.reply(b))
        assert wanted_alice[n] in to_alice.text
        if wanted_bob[n]:
            assert wanted_bob[n] in to_bob.text and not says_no_answer(to_bob)
        assert "先进事迹报告会" not in to_alice.text and "帮学送学" not in to_bob.text
    # bob's 还有呢? reads on from his own answer (639期): the rest of its sentence, not alice's paragraph
    assert "这一段接着说" in to_bob.text and "各地举办了多少场专题培训班" in to_bob.text
    assert "44900多人" in to_bob.text and "639期" not in to_bob.text
    # someone who never asked has nothing to follow up on
    stranger = await turn(api, THIRD, THIRD, "还有呢?")
    assert "先问一个" in stranger.text
    assert [b["text"] for b in stranger.buttons] == deps_of(bot).service.engine.suggestions(3)
    assert_accepted(api)


async def test_group_members_follow_up_separately(api: FakeBotApi, bot: App) -> None:
    first_alice = await turn(api, GROUP, USER, "@qabot_test_bot 马鞍山市对多少名年老体弱党员开展帮学送学?",
                             "supergroup")
    first_bob = await turn(api, GROUP, OTHER, "/ask 各地举办了多少场先进事迹报告会?", "supergroup")
    assert "5600多名" in first_alice.text and "2855场" in first_bob.text
    # Alice follows up by replying to the bot's answer, Bob by mentioning it: each continues their own question
    alice = await turn(api, GROUP, USER, "那流动党员呢?", "supergroup", reply_to=first_alice)
    bob = await turn(api, GROUP, OTHER, "@qabot_test_bot 那专题培训班呢?", "supergroup")
    assert "1500多名流动党员" in alice.text and "问：马鞍山市对多少名流动党员" in alice.text
    assert "639期" in bob.text and "问：各地举办了多少场专题培训班" in bob.text
    # a third member's follow-up has no context, whatever the others asked
    third = await turn(api, GROUP, THIRD, "/ask 为什么?", "supergroup")
    assert "先问一个" in third.text
    # a member pressing a suggestion starts their own conversation
    api.press_button(third, third.buttons[0], user_id=THIRD)
    [suggested] = await api.reply(third.raw)
    assert not says_no_answer(suggested)
    more = await turn(api, GROUP, THIRD, "/ask 还有呢?", "supergroup")
    # the suggested question is the member's own now: 还有呢? continues it (it has one matching passage only:
    # that passage whole, and the paragraph after it in its section)
    assert "先问一个" not in more.text and "这一段的全文" in more.text.splitlines()[0]
    assert texts.NEXT_PARAGRAPH in more.text.splitlines()
    conversations = deps_of(bot).service.conversations
    assert len(conversations) == 3  # (group, member) each
    assert_accepted(api)


# --- buttons and typed follow-ups agree ---------------------------------------------------------------------
# Sequences of more than three messages run in a group (Telegram allows a private chat about one message a
# second, a group twenty a minute), each as one member's conversation.
async def ask_in_group(api: FakeBotApi, text: str) -> SentMessage:
    return await turn(api, GROUP, USER, f"/ask {text}", "supergroup")


async def press(api: FakeBotApi, message: SentMessage, label: str) -> None:
    edits = message.edits
    api.press_button(message, message.button(label), user_id=USER)
    await api.until(lambda: message.edits == edits + 1, what=f"the answer edited by {label}")


async def test_next_button_and_typed_more_advance_the_same_way(api: FakeBotApi, bot: App) -> None:
    engine = deps_of(bot).service.engine
    question = "征求到多少条意见建议?"
    answer = await ask_in_group(api, question)
    first = engine.ask(question, k=4)
    assert first.answer is not None
    order = shown_order(first.answer.passage, [h for h in first.hits if h.relevant])
    assert cited(answer) == citation(engine, order[0])

    await press(api, answer, "下一条")
    assert cited(answer) == citation(engine, order[1])

    more = await ask_in_group(api, "还有呢?")  # carries on after what the button showed
    assert cited(more) == citation(engine, order[2])
    assert more.text.splitlines()[-1] == f"📄 {citation(engine, order[2])}"
    assert more.button("上下文")

    await press(api, answer, "下一条")  # the button's next is the same third passage
    assert cited(answer) == cited(more)
    assert_accepted(api)


async def test_buttons_follow_a_conversation_answer_without_repeating_it(api: FakeBotApi, bot: App) -> None:
    await ask_in_group(api, "芜湖市征求到多少条意见建议?")
    answer = await ask_in_group(api, "全省呢?")  # answered from a passage that is not the top hit
    assert answer.text.startswith("问：全省征求到多少条意见建议?\n75.6万余条\n") and "75.6万余条" in answer.styled("bold")
    first_quote = cited(answer)
    await press(api, answer, "下一条")
    second_quote = cited(answer)
    assert second_quote != first_quote
    more = await ask_in_group(api, "还有呢?")
    assert cited(more) not in (first_quote, second_quote)
    await press(api, answer, "上一条")
    assert cited(answer) == first_quote and answer.text.startswith("75.6万余条\n")
    # typed in another chat, "还有呢?" first unfolds the answer's paragraph, then shows what the button showed
    await turn(api, USER, USER, "芜湖市征求到多少条意见建议?")
    await turn(api, USER, USER, "全省呢?")
    assert cited(await turn(api, USER, USER, "还有呢?")) == first_quote
    assert cited(await turn(api, USER, USER, "还有呢?")) == second_quote
    assert_accepted(api)


async def test_detail_is_the_context_button(api: FakeBotApi, bot: App) -> None:
    answer = await turn(api, USER, USER, "小四风是指什么?")
    api.press_button(answer, answer.button("上下文"))
    [by_button] = await api.reply(answer.raw)
    typed = await turn(api, USER, USER, "具体说说")
    assert typed.html == by_button.html
    assert "▶ " in typed.text and "即知即改、立行立改" in typed.text
    assert_accepted(api)


async def test_reason_measure_and_what_the_report_does_not_say(api: FakeBotApi, bot: App) -> None:
    await turn(api, USER, USER, "省委抽调多少人组成督导组?")
    why = await turn(api, USER, USER, "为什么?")
    assert why.text.startswith("问：省委抽调多少人组成督导组?")
    assert why.text.splitlines()[1] == "原因：确保教育实践活动不走过场"
    assert "原因：确保教育实践活动不走过场" in why.styled("bold")
    assert why.text.splitlines()[-1].endswith("第6段") and why.button("上下文")

    await turn(api, OTHER, OTHER, "芜湖市设立了几条热线电话?")
    how = await turn(api, OTHER, OTHER, "怎么做的?")
    assert how.text.splitlines()[1].startswith("做法：") and "依托市级主要媒体" in how.text

    await turn(api, THIRD, THIRD, "刘云山什么时候来安徽调研?")
    unstated = await turn(api, THIRD, THIRD, "为什么?")
    assert "报道里没有说明原因" in unstated.text and "原因：" not in unstated.text
    assert_accepted(api)


async def test_more_after_a_whole_list_goes_on_to_the_next_paragraph_in_one_message(api: FakeBotApi, bot: App) -> None:
    await turn(api, USER, USER, "合肥都有哪些专项行动?")
    more = await turn(api, USER, USER, "还有呢?")  # one reply: the list again, then what the report says next
    assert more.text.startswith("问：合肥都有哪些专项行动? · 报道列出的就是这些")
    listed, then = more.text.split("下一段接着说", 1)
    assert "固本强基四个专项行动" in listed and then.lstrip().startswith("来安县编发《便民服务手册》")
    assert then.splitlines()[-1].endswith("第32段")
    assert_accepted(api)


# --- state: start, expiry, reload, escaping -----------------------------------------------------------------
async def test_start_starts_afresh(api: FakeBotApi, bot: App) -> None:
    service = deps_of(bot).service
    await turn(api, USER, USER, "芜湖市设立了几条热线电话?")
    start = api.send_text(USER, USER, "/start")
    _, offer = await api.reply(start, count=2)
    assert [b["text"] for b in offer.buttons] == service.engine.suggestions(3)
    assert "先问一个" in (await turn(api, USER, USER, "还有呢?")).text
    help_text = (await turn(api, OTHER, OTHER, "/help")).text
    assert "还有呢" in help_text and "10 分钟" in help_text


async def test_context_expires_after_a_quiet_spell(api: FakeBotApi, bot: App) -> None:
    service = deps_of(bot).service
    now = [0.0]
    service.conversations = Conversations(lambda: service.engine, clock=lambda: now[0])
    await turn(api, USER, USER, "省委督导组有多少个?")
    now[0] += 599
    assert "这一段的全文" in (await turn(api, USER, USER, "还有呢?")).text
    now[0] += 601  # ten minutes of quiet
    assert "先问一个" in (await turn(api, USER, USER, "还有呢?")).text


async def test_follow_ups_survive_a_reload_and_use_the_new_index(api: FakeBotApi, bot: App) -> None:
    service = deps_of(bot).service
    before = service.engine
    await turn(api, USER, USER, "马鞍山市对多少名年老体弱党员开展帮学送学?")
    reload = api.send_text(ADMIN, ADMIN, "/reload")
    _, done = await api.reply(reload, count=2)
    assert "已重新加载" in done.text and service.engine is not before
    assert service.conversations.get(USER).engine() is service.engine
    assert "1500多名流动党员" in (await turn(api, USER, USER, "那流动党员呢?")).text
    assert_accepted(api)


async def test_follow_up_text_is_escaped(api: FakeBotApi, bot: App) -> None:
    await turn(api, USER, USER, "合肥市开展了哪四个专项行动?")
    reply = await turn(api, USER, USER, "那<b>芜湖</b>&市呢?")
    # the user's tags show as typed; bold marks only the report's own words in what it says of 芜湖
    assert "问：<b>芜湖</b>&市" in reply.text
    assert reply.styled("bold") and all(b in reply.text.split("\n", 1)[1] and "<" not in b for b in reply.styled("bold"))
    assert_accepted(api)


# --- rendering ----------------------------------------------------------------------------------------------
def test_follow_up_replies_are_split_within_the_limit(engine: Engine) -> None:
    passage = max(engine.passages, key=lambda p: len(p.text))
    sentence = passage.sentences[0].strip()
    question = "<问题> & " * 20
    more = more_message(passage, engine.terms(sentence), engine.citation(passage), question, limit=300)
    cases = [
        [more],
        explain_messages("reason", question, sentence[:10], sentence, engine.citation(passage), limit=120),
        explain_messages("measure", question, None, None, None, limit=120),
    ]
    for limit, parts in zip((300, 120, 120), cases, strict=True):
        assert all(tg_len(p) <= limit for p in parts)
        texts = [parse_html(p)[0] for p in parts]  # each part valid on its own
        assert "<问题> &" in "".join(texts)
    assert parse_html(more)[0].endswith("段") and "…" in parse_html(more)[0]  # one message: the paragraph cut
    assert len(cases[1]) > 1 and "报道里没有说明具体做法" in parse_html(cases[2][-1])[0]
