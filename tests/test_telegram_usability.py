"""End to end, what a person on a phone meets: texts in Chinese, greetings, captions, buttons pressed twice,
questions asked too fast, a user who blocked the bot, "typing…" while an answer waits.

The real PTB Application polls the fake Bot API server over HTTP; the test plays the user.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from datetime import datetime
from pathlib import Path

import pytest

from bot.telegram.app import App
from bot.telegram.delivery import FloodLimits
from bot.telegram.shutdown import stop_gracefully
from bot.telegram.updates import UpdateJournal
from tests.fakebotapi import FakeBotApi, Fault
from tests.telegram_fixtures import GROUP, OTHER, USER, Loader, assert_accepted, deps_of, running_bot

pytestmark = pytest.mark.timeout(30)

QUESTION = "刘云山什么时候来安徽调研?"
FIGURE = "全省建立了多少个党员领导干部活动联系点?"


# --- texts ----------------------------------------------------------------------------------------------------
async def test_about_shows_a_local_build_time_and_plain_numbers(
    api: FakeBotApi, loader: Loader, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "CST-8")  # the server's zone: UTC+8, whatever the machine's
    time.tzset()
    try:
        async with running_bot(api, loader) as app:
            message = api.send_text(USER, USER, "/about")
            [about] = await api.reply(message)
            info = deps_of(app).service.engine.info()
    finally:
        monkeypatch.undo()
        time.tzset()
    built = datetime.fromisoformat(info["built_at"])  # UTC, as the index records it
    local = (built.replace(tzinfo=None) + (datetime(2000, 1, 1, 8) - datetime(2000, 1, 1))).strftime(
        "%Y-%m-%d %H:%M")
    assert f"索引更新于 {local}" in about.text
    assert info["built_at"] not in about.text and "+00:00" not in about.text
    assert f"共 1 篇报道，{info['passages']} 个段落" in about.text
    assert "词" not in about.text  # no vocabulary count
    assert_accepted(api)


async def test_group_start_says_how_to_ask_in_a_group(api: FakeBotApi, bot: App) -> None:
    message = api.send_text(GROUP, OTHER, "/start", "supergroup")
    greeting, offer = await api.reply(message, count=2)
    assert "/ask" in greeting.text and "@qabot_test_bot" in greeting.text and "回复" in greeting.text
    assert offer.buttons  # questions to try, as in a private chat

    private = api.send_text(USER, USER, "/start")
    greeting, _ = await api.reply(private, count=2)
    assert "直接发给我一个问题" in greeting.text and "/ask" not in greeting.text
    assert_accepted(api)


def test_texts_users_see_are_chinese() -> None:
    from bot.telegram import access, texts

    for name in dir(texts):
        value = getattr(texts, name)
        if name.isupper() and isinstance(value, str):
            assert re.search(r"[\u4e00-\u9fff]", value), name
    assert re.search(r"[\u4e00-\u9fff]", access.REFUSAL)


# --- small talk -----------------------------------------------------------------------------------------------
async def test_greetings_and_thanks_get_a_friendly_line_not_a_search(api: FakeBotApi, bot: App) -> None:
    for i, (text, expected) in enumerate((("你好", "你好！"), ("您好！", "你好！"), ("hi 👋", "你好！"),
                                          ("Hello!", "你好！"), ("谢谢～", "不客气"), ("多谢", "不客气"),
                                          ("Thank you", "不客气"), ("再见", "再见"))):
        message = api.send_text(3000 + i, 3000 + i, text)  # each from another user: under the question limit
        [reply] = await api.reply(message)
        assert reply.text.startswith(expected) and "/help" in reply.text, text
        assert "没有找到" not in reply.text and not reply.buttons

    # a greeting in front of a question leaves a question
    message = api.send_text(USER, USER, "你好,芜湖市设了几条热线?")
    [answer] = await api.reply(message)
    assert "11条" in answer.text

    # thanks between a question and its follow-up does not break the conversation
    await api.reply(api.send_text(USER, USER, "省委督导组有多少个?"))
    await api.reply(api.send_text(USER, USER, "谢谢!"))
    [more] = await api.reply(api.send_text(USER, USER, "还有呢?"))
    assert "各省委督导组累计深入市、县(市、区)督导820次" in more.text  # the answer's paragraph, read on

    # in a group, addressed to the bot as any question is
    mention = api.send_text(GROUP, OTHER, "@qabot_test_bot 你好", "supergroup")
    [reply] = await api.reply(mention)
    assert reply.text.startswith("你好！")
    chatter = api.send_text(GROUP, OTHER, "大家好", "supergroup")  # not addressed: ignored
    await api.reply(api.send_text(GROUP, OTHER, "/ask 谢谢", "supergroup"))
    assert api.replies_to(chatter) == []
    assert_accepted(api)


def test_small_talk_matches_whole_messages_only() -> None:
    from bot.telegram.smalltalk import SMALL_TALK, small_talk

    assert all(small_talk(word) == kind for kind, words in SMALL_TALK.items() for word in words)
    assert small_talk(" 你好！！😊 ") == "hello" and small_talk("\u200bTHANKS.") == "thanks"
    for question in ("你好,芜湖市设了几条热线?", "谢谢你们的报道里提到了哪些城市", "好", "", "🙂"):
        assert small_talk(question) is None, question


# --- captions -------------------------------------------------------------------------------------------------
async def test_a_caption_that_asks_is_answered_like_a_text(api: FakeBotApi, bot: App) -> None:
    photo = api.send_photo(USER, USER, caption=QUESTION)
    [answer] = await api.reply(photo)
    assert "3月25日至27日" in answer.text
    document = api.send_document(USER, USER, caption=FIGURE)
    [answer] = await api.reply(document)
    assert "5322" in answer.text
    bare = api.send_photo(USER, USER)  # no caption: still the hint that the bot reads text
    [hint] = await api.reply(bare)
    assert "文字" in hint.text

    # in a group the caption must be addressed to the bot, as a text must
    kw = {"chat_type": "supergroup"}
    ignored = api.send_photo(GROUP, OTHER, caption=QUESTION, **kw)
    other_bot = api.send_photo(GROUP, OTHER, caption=f"/ask@other_bot {QUESTION}", **kw)
    mentioned = api.send_photo(GROUP, OTHER, caption=f"@qabot_test_bot {QUESTION}", **kw)
    assert "3月25日至27日" in (await api.reply(mentioned))[-1].text
    asked = api.send_document(GROUP, OTHER, caption=f"/ask {FIGURE}", **kw)
    assert "5322" in (await api.reply(asked))[-1].text
    assert api.replies_to(ignored) == [] and api.replies_to(other_bot) == []
    assert_accepted(api)


# --- the bot's profile ----------------------------------------------------------------------------------------
async def test_descriptions_are_set_in_chinese_at_start(api: FakeBotApi, loader: Loader) -> None:
    async with running_bot(api, loader):
        pass
    from bot.telegram import texts

    assert api.description == texts.DESCRIPTION and api.short_description == texts.SHORT_DESCRIPTION
    assert re.search(r"[\u4e00-\u9fff]", api.description) and re.search(r"[\u4e00-\u9fff]", api.short_description)
    assert len(api.description) <= 512 and len(api.short_description) <= 120
    assert len(api.calls_to("setMyDescription")) == 1

    async with running_bot(api, loader):  # already set: not set again
        pass
    assert len(api.calls_to("setMyDescription")) == 1 and len(api.calls_to("setMyShortDescription")) == 1
    assert_accepted(api)


async def test_a_refused_description_is_only_logged(
    api: FakeBotApi, loader: Loader, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(method: str, params: dict[str, object]) -> Fault | None:
        return Fault(status=400, description="Bad Request: no") if method.startswith("setMy") and "Description" in method else None

    api.faults = refuse
    with caplog.at_level(logging.WARNING, logger="bot.telegram"):
        async with running_bot(api, loader):
            [answer] = await api.reply(api.send_text(USER, USER, QUESTION))
            assert "3月25日至27日" in answer.text
    warnings = [r for r in caplog.records if "description" in r.getMessage()]
    assert len(warnings) == 2  # each tried on its own
    assert all(r.levelno == logging.WARNING and not r.exc_info for r in warnings)


# --- a user who blocked the bot -------------------------------------------------------------------------------
async def test_a_user_who_blocked_the_bot_is_one_info_line_and_one_attempt(
    api: FakeBotApi, bot: App, caplog: pytest.LogCaptureFixture
) -> None:
    api.blocked.add(OTHER)
    with caplog.at_level(logging.INFO):
        for text in (QUESTION, FIGURE):  # e.g. sent just before blocking
            message = api.send_text(OTHER, OTHER, text)
            await api.until(lambda m=message: any(c.params.get("reply_parameters", {}).get("message_id")  # type: ignore[misc]
                                                  == m["message_id"] for c in api.calls_to("sendMessage")),
                            what="the attempt to answer")
        await api.reply(api.send_text(USER, USER, QUESTION))  # and the bot answers others as before
    attempts = [c for c in api.calls_to("sendMessage") if c.params["chat_id"] == OTHER]
    assert [c.status for c in attempts] == [403, 403]  # one per question: no retry, no apology after it
    records = [r for r in caplog.records if str(OTHER) in r.getMessage()]
    assert len(records) == 1, [r.getMessage() for r in records]  # once per chat, not per question
    assert records[0].levelno == logging.INFO and "blocked" in records[0].getMessage()
    assert not any(r.exc_info or r.levelno >= logging.WARNING for r in caplog.records)


# --- buttons pressed twice ------------------------------------------------------------------------------------
async def test_a_second_press_answers_the_button_and_sends_nothing_again(api: FakeBotApi, bot: App) -> None:
    [offer] = (await api.reply(api.send_text(USER, USER, "/start"), count=2))[1:]
    first, again = api.press_button(offer, offer.buttons[0]), api.press_button(offer, offer.buttons[0])  # a double tap
    [answer] = await api.reply(offer.raw)
    await api.until(lambda: {first["id"], again["id"]} <= set(api.callback_answers), what="both presses answered")
    texts = sorted(str(api.callback_answers[q["id"]].get("text") or "") for q in (first, again))
    assert texts[0] == "" and "已经发过" in texts[1]

    later = api.press_button(offer, offer.buttons[0])  # pressed again later
    await api.until(lambda: later["id"] in api.callback_answers, what="the press answered")
    other = api.press_button(offer, offer.buttons[1])  # another question on the same keyboard is asked
    await api.reply(offer.raw, count=2)

    context_button = answer.button("上下文")
    presses = [api.press_button(answer, context_button) for _ in range(3)]
    [shown] = await api.reply(answer.raw)
    await api.until(lambda: all(q["id"] in api.callback_answers for q in presses), what="every press answered")
    assert "上下文" in shown.text
    await api.until(lambda: other["id"] in api.callback_answers, what="the other press answered")
    assert len(api.replies_to(offer.raw)) == 2 and len(api.replies_to(answer.raw)) == 1
    assert_accepted(api)


# --- "typing…" while an answer waits --------------------------------------------------------------------------
@pytest.mark.slow
async def test_typing_while_an_answer_waits_on_the_flood_limits(api: FakeBotApi, loader: Loader) -> None:
    from bot.telegram.delivery import TYPING_EVERY

    async with running_bot(api, loader, flood_limits=FloodLimits(chat=1, chat_period=2.0)):
        asked = [api.send_text(USER, USER, q) for q in (QUESTION, FIGURE, QUESTION, FIGURE)]
        other = api.send_text(OTHER, OTHER, QUESTION)  # one answer: nothing to wait for
        await api.until(lambda: all(api.replies_to(m) for m in asked), timeout=15, what="four answers, paced")
        await api.reply(other)
    actions = api.calls_to("sendChatAction")
    assert actions and all(c.ok and c.params["action"] == "typing" for c in actions)
    assert {c.params["chat_id"] for c in actions} == {USER}
    sends = [c.at for c in api.calls_to("sendMessage") if c.params["chat_id"] == USER]
    assert sends[0] < actions[0].at < sends[1]  # while the second answer waited
    stamps = [c.at for c in actions]
    assert all(b - a >= TYPING_EVERY - 0.1 for a, b in itertools.pairwise(stamps))  # not more often
    assert len(stamps) == 2  # ~6 s of waiting: at the start and once more


# --- questions asked too fast ---------------------------------------------------------------------------------
async def test_a_question_held_back_by_the_limit_is_answered_after_a_restart(
    api: FakeBotApi, loader: Loader, tmp_path: Path
) -> None:
    """Stopped while it waits for its turn, it stays in the journal and is answered at the next start."""
    journal = UpdateJournal(tmp_path / "journal.jsonl").open()
    async with running_bot(api, loader, journal=journal, question_limit=(1, 30.0)) as app:
        first, held = api.send_text(USER, USER, QUESTION), api.send_text(USER, USER, FIGURE)
        await api.reply(first)
        [notice] = await api.reply(held)
        wait = re.search(r"(\d+) 秒后回答", notice.text)
        assert wait is not None and 20 <= int(wait.group(1)) <= 30  # 30 s after the first, less its answer's time
        summary = await stop_gracefully(app, grace=0.2)
    journal.close()
    assert summary["seconds"] < 2 and summary["stopped"] == 1
    journal = UpdateJournal(tmp_path / "journal.jsonl").open()
    assert [u["message"]["text"] for u in journal.pending_updates()] == [FIGURE]
    async with running_bot(api, loader, journal=journal):
        await api.reply(held, count=2)
    journal.close()
    assert len([m for m in api.replies_to(held) if "5322" in m.text]) == 1
    assert len(api.replies_to(first)) == 1
