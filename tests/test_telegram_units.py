"""The Telegram front end's small parts: button state, limits, callback data, addressing, settings."""

from __future__ import annotations

import copy as copy_module
import datetime as dt
import json
from collections import OrderedDict

import pytest
from telegram import Chat, Message, MessageEntity, User

from bot.telegram.addressing import question_in
from bot.telegram.app import api_urls
from bot.telegram.buttons import CALLBACK_DATA_LIMIT, Callback, answer_keyboard, questions_keyboard
from bot.telegram.ratelimit import Admission, UserRateLimiter
from bot.telegram.state import (
    EMPTY,
    MAX_ANSWERS_PER_CHAT,
    MAX_ENTRIES_PER_CHAT,
    MAX_TURNS,
    ChatState,
    Entry,
    Turn,
)
from index.answering.engine import Engine
from tests.fakebotapi import auto_entities, parse_html

pytestmark = pytest.mark.timeout(30)

BOT = User(id=99, first_name="报道问答", is_bot=True, username="qabot_test_bot")
ALICE = User(id=5, first_name="Alice", is_bot=False)


# --- per-chat state ------------------------------------------------------------------------------------------
def test_chat_state_is_bounded_and_round_trips_through_json() -> None:
    state = ChatState()
    keys = [state.put(f"问题{i}", anchor=f"doc#{i}") for i in range(MAX_ENTRIES_PER_CHAT + 2)]
    assert len(set(keys)) == len(keys) and all(len(k) <= 8 for k in keys)
    assert state.get(keys[0]) is None and state.get(keys[1]) is None  # oldest dropped
    assert state.get(keys[-1]) == Entry(("问题51",), "doc#51")
    thread = EMPTY.then(Turn(100.0, text="合肥市开展了哪四个专项行动?"), ttl=600).then(
        Turn(110.0, question="合肥市开展了哪四个专项行动?", shown=2, anchor="doc#31"), ttl=600)
    thread = thread.worded("合肥市开展了哪4个专项行动?", "合肥市开展了哪四个专项行动?")
    state.set_thread("", thread)
    state.answered([7, 8], thread)
    for n in range(MAX_ANSWERS_PER_CHAT):
        state.answered([100 + n], EMPTY)
    assert state.thread_of(7) is None and state.thread_of(149) == EMPTY

    copy = ChatState.from_json(json.loads(json.dumps(state.to_json())))
    assert copy.buttons == state.buttons and copy.threads == state.threads and copy.answers == state.answers
    assert copy.counter == state.counter and copy.thread("") == thread and copy.thread("42") == EMPTY
    assert copy.put("新的") not in keys  # keys go on where they were
    deep = copy_module.deepcopy(state)
    state.put("再一个")
    assert len(deep.buttons) == MAX_ENTRIES_PER_CHAT and deep.buttons != state.buttons
    # what cannot be read is left out, not an error
    assert ChatState.from_json({"v": 99}).buttons == OrderedDict()
    assert ChatState.from_json({"v": 1, "b": {"k": "x"}, "m": {"": 3}, "a": [[1, {"t": [[1, 2, 3]]}]]}).answers \
        == OrderedDict({1: EMPTY})


def test_a_thread_keeps_its_last_turns_and_none_from_before_a_quiet_spell() -> None:
    thread = EMPTY
    for i in range(MAX_TURNS + 3):
        thread = thread.then(Turn(float(i), text=f"问{i}"), ttl=600)
    assert [t.text for t in thread.turns] == [f"问{i}" for i in range(3, MAX_TURNS + 3)]
    later = thread.then(Turn(10_000.0, text="还有呢?"), ttl=600)
    assert [t.text for t in later.turns] == ["还有呢?"]


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


# --- the question in the user's words -------------------------------------------------------------------------
def test_the_understood_question_keeps_the_users_characters(engine: Engine) -> None:
    from bot.telegram.wording import in_own_words, rewritten, tidy

    words = engine.normalizer.normalize_with_offsets
    assert tidy(in_own_words(words, "请问芜湖市开展了哪4个专项行动?", ["那芜湖市呢?", "请问合肥市开展了哪四个专项行动？"])) \
        == "芜湖市开展了哪四个专项行动？"
    assert in_own_words(words, "全省征求到多少条意见建议?", ["全省呢？", "蕪湖市徵求到多少條意見建議？"]) \
        == "全省徵求到多少條意見建議？"
    assert in_own_words(words, "gdp是多少", ["GDP是多少"]) == "GDP是多少" and in_own_words(words, "x", []) == "x"
    assert tidy("  请问一下， 省委督导组有多少个？") == "省委督导组有多少个？" and tidy("请问") == "请问"
    assert not rewritten(engine.normalizer.normalize, "请问合肥市开展了哪四个专项行动？", "请问合肥市开展了哪4个专项行动?")
    assert rewritten(engine.normalizer.normalize, "那芜湖市呢?", "芜湖市开展了哪4个专项行动?")


def test_a_missing_sniffio_is_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpcore imports sniffio on every request; when it is not installed, that import must fail at once."""
    import importlib.util
    import sys

    from bot.telegram.app import spare_failed_imports

    monkeypatch.delitem(sys.modules, "sniffio", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, package=None: None)
    spare_failed_imports()
    assert sys.modules["sniffio"] is None
    with pytest.raises(ImportError):
        import sniffio  # noqa: F401
    monkeypatch.delitem(sys.modules, "sniffio")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, package=None: object())  # installed: untouched
    spare_failed_imports()
    assert "sniffio" not in sys.modules
