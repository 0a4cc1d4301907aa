"""The Telegram front end's small parts: button state, limits, callback data, addressing, settings."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram import Chat, Message, MessageEntity, User

from bot.telegram.addressing import question_in
from bot.telegram.app import api_urls
from bot.telegram.buttons import CALLBACK_DATA_LIMIT, Callback, answer_keyboard, questions_keyboard
from bot.telegram.ratelimit import Admission, UserRateLimiter
from bot.telegram.state import ButtonStore
from tests.fakebotapi import auto_entities, parse_html

pytestmark = pytest.mark.timeout(30)

BOT = User(id=99, first_name="报道问答", is_bot=True, username="qabot_test_bot")
ALICE = User(id=5, first_name="Alice", is_bot=False)


# --- per-chat button state ----------------------------------------------------------------------------------
def test_button_store_is_bounded_per_chat_and_in_chats() -> None:
    store = ButtonStore(max_chats=2, max_entries=3)
    keys = [store.put(1, f"问题{i}") for i in range(5)]
    assert len(set(keys)) == 5 and all(len(k) <= 8 for k in keys)
    assert store.get(1, keys[0]) is None and store.get(1, keys[1]) is None  # oldest dropped
    assert store.get(1, keys[4]).questions == ("问题4",)  # type: ignore[union-attr]
    store.put(2, "a")
    store.get(1, keys[4])  # chat 1 used last
    store.put(3, "b")  # evicts chat 2
    assert store.chats == 2 and len(store) == 4
    assert store.get(1, keys[4]) is not None and store.get(3, keys[4]) is None  # keys belong to their chat


# --- per-user incoming limit --------------------------------------------------------------------------------
def test_rate_limit_defers_a_bounded_backlog_and_notifies_once_per_burst() -> None:
    now = [0.0]
    limiter = UserRateLimiter(limit=3, period=30, clock=lambda: now[0], backlog=2, total_backlog=3)
    assert [limiter.admit(7) for _ in range(3)] == [Admission(0.0)] * 3
    assert limiter.admit(7) == Admission(30.0, notify=True)  # waits for the first slot, told once
    assert limiter.admit(7) == Admission(30.0)  # the same window has room for three at 30 s
    assert limiter.admit(7) == Admission(None, notify=True)  # two wait already: dropped, told once
    assert limiter.admit(7) == Admission(None)
    assert limiter.admit(8) == Admission(0.0)  # other users unaffected
    now[0] = 10.0
    for _ in range(2):
        limiter.admit(9)
    assert [limiter.admit(9) for _ in range(2)] == [Admission(0.0), Admission(30.0, notify=True)]
    assert limiter.admit(9) == Admission(None, notify=True)  # three wait among all users: the bound
    now[0] = 30.0  # the two waiting questions of user 7 are answered now, and there is room for one more
    assert limiter.admit(7) == Admission(0.0)
    assert limiter.admit(7) == Admission(30.0, notify=True)  # a new burst is told again


# --- callback data ------------------------------------------------------------------------------------------
def test_callback_data_round_trips_and_stays_under_64_bytes() -> None:
    data = Callback("n", "zzzzzz", 123456).encode()
    assert Callback.decode(data) == Callback("n", "zzzzzz", 123456)
    for junk in (None, "", "x:1:2", "n:1", "n:a:b", "n:a:1:2", "n:a b:1"):
        assert Callback.decode(junk) is None
    with pytest.raises(ValueError):
        Callback("n", "k" * 70, 1).encode()
    keyboard = answer_keyboard("zzzzzz", 2, True, "ffff", 10**6)
    many = questions_keyboard("zzzzzz", ["很长的问题" * 30] * 3)
    for markup in (keyboard, many):
        for row in markup.inline_keyboard:
            for button in row:
                assert len(str(button.callback_data).encode()) <= CALLBACK_DATA_LIMIT
    assert [b.text for b in keyboard.inline_keyboard[0]] == ["◀ 上一条", "下一条 ▶"]
    assert all(len(row[0].text) <= 40 for row in many.inline_keyboard)


# --- who is asked -------------------------------------------------------------------------------------------
def message(text: str, chat_type: str = Chat.PRIVATE, reply_to: Message | None = None,
            entities: list[MessageEntity] | None = None) -> Message:
    chat = Chat(id=5 if chat_type == Chat.PRIVATE else -100, type=chat_type)
    found = entities
    if found is None:
        found = [MessageEntity(e["type"], e["offset"], e["length"]) for e in auto_entities(text)]
    return Message(message_id=1, date=dt.datetime.now(dt.timezone.utc), chat=chat, from_user=ALICE, text=text,
                   entities=found, reply_to_message=reply_to)


def test_private_text_is_always_a_question() -> None:
    assert question_in(message("  刘云山 来皖  "), "qabot_test_bot", BOT.id) == "刘云山 来皖"
    assert question_in(message("@qabot_test_bot 问题"), "qabot_test_bot", BOT.id) == "问题"


def test_group_text_is_a_question_only_when_addressed() -> None:
    group = Chat.SUPERGROUP
    ask = "qabot_test_bot", BOT.id
    assert question_in(message("问题", group), *ask) is None
    assert question_in(message("@someone 问题", group), *ask) is None
    assert question_in(message("请问 @QAbot_test_bot 问题", group), *ask) == "请问 问题"
    assert question_in(message("@qabot_test_bot", group), *ask) == ""
    mine = Message(message_id=2, date=dt.datetime.now(dt.timezone.utc), chat=Chat(-100, group), from_user=BOT,
                   text="答")
    theirs = Message(message_id=3, date=dt.datetime.now(dt.timezone.utc), chat=Chat(-100, group),
                     from_user=ALICE, text="嗯")
    assert question_in(message("那么呢", group, reply_to=mine), *ask) == "那么呢"
    assert question_in(message("那么呢", group, reply_to=theirs), *ask) is None
    by_name = [MessageEntity(MessageEntity.TEXT_MENTION, 0, 4, user=BOT)]
    assert question_in(message("报道问答 问题", group, entities=by_name), *ask) == "问题"


# --- settings -----------------------------------------------------------------------------------------------
def test_api_urls_accept_a_server_root_or_ptb_form() -> None:
    assert api_urls("http://127.0.0.1:8081/") == ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot")
    assert api_urls("http://h/bot") == ("http://h/bot", "http://h/file/bot")
    assert api_urls("http://h/x/bot{token}")[0] == "http://h/x/bot{token}"


# --- the fake server is as strict as Telegram ---------------------------------------------------------------
@pytest.mark.parametrize("bad", [
    "<b>open", "a</b>", "<b><i>x</b></i>", "<p>x</p>", "a & b", "a < b", "a > b", '<span>x</span>',
    "<a>x</a>", "<blockquote><blockquote>x</blockquote></blockquote>", "&nbsp;",
])
def test_fake_server_rejects_what_telegram_rejects(bad: str) -> None:
    with pytest.raises(Exception, match="can't parse entities"):
        parse_html(bad)


def test_fake_server_parses_telegram_html() -> None:
    text, entities = parse_html('<b>粗</b>&lt;&amp;&gt;<blockquote expandable>引🙂<i>用</i></blockquote>'
                                '<a href="http://x?a=1&amp;b=2">链</a><span class="tg-spoiler">s</span>')
    assert text == "粗<&>引🙂用链s"
    kinds = {e["type"]: (e["offset"], e["length"]) for e in entities}
    assert kinds["bold"] == (0, 1)
    assert kinds["expandable_blockquote"] == (4, 4)  # the emoji counts two UTF-16 units
    assert kinds["italic"] == (7, 1)
    assert next(e for e in entities if e["type"] == "text_link")["url"] == "http://x?a=1&b=2"
