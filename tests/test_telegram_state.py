"""End to end, state that survives restarts and conversations that follow the message replied to.

The real PTB Application polls the fake Bot API server over HTTP and is stopped and started again between
the steps of a user (as a deployment does), with its update journal and its saved state in a folder of its
own; once it runs as `qabot telegram` does, in a process of its own, and is killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.telegram.app import App, open_sends
from bot.telegram.delivery import FloodLimits
from bot.telegram.persistence import SqlitePersistence, state_path
from bot.telegram.shutdown import stop_gracefully
from bot.telegram.updates import UpdateJournal, journal_path
from tests.fakebotapi import TOKEN, FakeBotApi, SentMessage, most_in_window
from tests.telegram_fixtures import GROUP, OTHER, USER, Loader, cited, deps_of, running_bot
from tests.test_telegram_run import start, stop

pytestmark = pytest.mark.timeout(60)

QUESTION = "征求到多少条意见建议?"  # three passages match it


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi() as server:
        yield server


@asynccontextmanager
async def bot_run(api: FakeBotApi, index_path: Path, state_dir: Path, **options: Any) -> AsyncIterator[App]:
    """One run of the bot with its journal and saved state in `state_dir` (a deployment's start and stop)."""
    journal = UpdateJournal(journal_path(state_dir, TOKEN)).open()
    persistence = SqlitePersistence(state_path(journal.path)).open()
    sends = open_sends(journal, options.get("flood_limits"))
    try:
        async with running_bot(api, Loader(index_path), journal=journal, persistence=persistence, sends=sends,
                               **options) as app:
            yield app
    finally:
        if sends is not None:
            sends.close()
        persistence.close()
        journal.close()


def assert_accepted(api: FakeBotApi) -> None:
    rejected = [(c.method, c.error) for c in api.calls if not c.ok and c.method != "getUpdates" and not c.fault]
    assert not rejected


async def turn(api: FakeBotApi, text: str, chat: int = USER, user: int = USER, chat_type: str = "private",
               **kw: Any) -> SentMessage:
    [reply] = await api.reply(api.send_text(chat, user, text, chat_type, **kw), timeout=10)
    return reply


async def press(api: FakeBotApi, message: SentMessage, label: str, user: int | None = None) -> None:
    edits = message.edits
    api.press_button(message, message.button(label), user_id=user)
    await api.until(lambda: message.edits == edits + 1, what=f"the answer edited by {label}")


# --- buttons --------------------------------------------------------------------------------------------------
async def test_buttons_work_after_a_restart(api: FakeBotApi, index_path: Path, tmp_path: Path) -> None:
    async with bot_run(api, index_path, tmp_path):
        answer = await turn(api, QUESTION)
        [offer] = (await api.reply(api.send_text(OTHER, OTHER, "/start"), count=2))[1:]
        first, first_cited = answer.text, cited(answer)

    async with bot_run(api, index_path, tmp_path):  # a new process: nothing in memory
        await press(api, answer, "下一条")
        assert answer.text.startswith("第 2 个相关段落") and cited(answer) != first_cited
        await press(api, answer, "上一条")
        assert answer.text == first
        api.press_button(offer, offer.buttons[1], user_id=OTHER)  # a suggestion offered before the restart
        [asked] = await api.reply(offer.raw)
        assert asked.text.startswith(f"问：{offer.buttons[1]['text']}\n")
        assert not api.callback_answers or all("过期" not in str(a.get("text")) for a in api.callback_answers.values())
    assert_accepted(api)


async def test_a_restart_between_asking_and_pressing_next_after_a_kill(api: FakeBotApi, index_path: Path) -> None:
    """`qabot telegram` killed with SIGKILL right after it answered: the next process still pages that answer."""
    process = start(api, index_path, poll_timeout=1.0)
    try:
        api.wait_for(lambda: api.calls_to("getUpdates"), timeout=20, what="polling to start")
        question = api.send_text(USER, USER, QUESTION)
        [answer] = api.wait_for(lambda: api.replies_to(question), timeout=10, what="the answer")
        journal = journal_path(Path(os.environ["QABOT_STATE_DIR"]), TOKEN)
        api.wait_for(lambda: '{"d": 1}' in journal.read_text("utf-8"), timeout=10, what="the question done")
        polls = len(api.calls_to("getUpdates"))
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
    process = start(api, index_path, poll_timeout=1.0)
    try:
        api.wait_for(lambda: len(api.calls_to("getUpdates")) > polls + 1, timeout=20, what="polling again")
        api.press_button(answer, answer.button("下一条"))
        api.wait_for(lambda: answer.edits == 1, timeout=10, what="the answer paged")
        assert answer.text.startswith("第 2 个相关段落")
        assert len(api.replies_to(question)) == 1  # answered once, not again after the kill
    finally:
        code, err = stop(process)
    assert code == 0, err
    assert "过期" not in "".join(str(a.get("text")) for a in api.callback_answers.values())


# --- conversations --------------------------------------------------------------------------------------------
async def test_a_conversation_goes_on_after_a_restart(api: FakeBotApi, index_path: Path, tmp_path: Path) -> None:
    async with bot_run(api, index_path, tmp_path):
        await turn(api, "合肥市开展了哪四个专项行动?")
        answer = await turn(api, QUESTION, chat=OTHER, user=OTHER)
        await press(api, answer, "下一条", user=OTHER)  # the second passage shown
        paged = cited(answer)

    async with bot_run(api, index_path, tmp_path) as app:
        swap = await turn(api, "那芜湖市呢?")  # read as the same question about 芜湖市
        assert swap.text.startswith("问：芜湖市开展了哪")
        detail = await turn(api, "具体说说", chat=OTHER, user=OTHER)  # the passage the button showed last
        assert f"▶ {paged.rsplit(' · ', 1)[-1]}" in detail.text
        more = await turn(api, "还有呢?", chat=OTHER, user=OTHER)  # after the two already shown
        assert "下一个相关段落" in more.text and cited(more) not in (paged, cited(answer))
        assert deps_of(app).service.replays == 2  # each conversation rebuilt once, from its saved turns
    assert_accepted(api)


async def test_a_context_expires_across_a_restart_as_it_would_have(
        api: FakeBotApi, index_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with bot_run(api, index_path, tmp_path):
        await turn(api, "合肥市开展了哪四个专项行动?")
    import time

    import bot.telegram.service as service_module

    later = SimpleNamespace(time=lambda: time.time() + 601, monotonic=time.monotonic)  # down for ten minutes
    monkeypatch.setattr(service_module, "time", later)
    async with bot_run(api, index_path, tmp_path):
        assert "先问一个" in (await turn(api, "还有呢?")).text


async def test_the_saved_state_is_json_in_the_state_folder(api: FakeBotApi, index_path: Path, tmp_path: Path) -> None:
    async with bot_run(api, index_path, tmp_path):
        await turn(api, QUESTION)
    [database] = tmp_path.glob("*.sqlite3")
    assert database.name == f"telegram-{TOKEN.split(':')[0]}.sqlite3"
    assert oct(os.stat(database).st_mode & 0o777) == "0o600"
    with sqlite3.connect(database) as db:
        [(data,)] = db.execute("SELECT data FROM chat_data WHERE chat_id = ?", (USER,)).fetchall()
    assert data.startswith("{") and QUESTION in data

    database.write_bytes(b"not a database at all" * 100)  # damaged: set aside, the bot starts anew
    async with bot_run(api, index_path, tmp_path):
        assert "3.3万" in (await turn(api, "芜湖市征求到多少条意见建议?")).text
    assert list(tmp_path.glob("*.sqlite3.damaged-*"))


# --- replies to an answer ---------------------------------------------------------------------------------------
async def test_a_group_reply_continues_the_answer_replied_to_whoever_asked_it(api: FakeBotApi, index_path: Path,
                                                                             tmp_path: Path) -> None:
    async with bot_run(api, index_path, tmp_path):
        alice = await turn(api, "/ask 马鞍山市对多少名年老体弱党员开展帮学送学?", GROUP, USER, "supergroup")
        bob = await turn(api, "/ask 各地举办了多少场先进事迹报告会?", GROUP, OTHER, "supergroup")
        assert "5600多名" in alice.text and "2855场" in bob.text
        # Bob replies to Alice's answer: it is about Alice's question, not about Bob's own last one
        reply = await turn(api, "那流动党员呢?", GROUP, OTHER, "supergroup", reply_to=alice)
        assert reply.text.startswith("问：马鞍山市对多少名流动党员") and "1500多名流动党员" in reply.text
        # Bob's own conversation goes on from there; Alice's is as she left it
        more = await turn(api, "@qabot_test_bot 程度不高党员呢?", GROUP, OTHER, "supergroup")
        assert "3800多名" in more.text
        own = await turn(api, "@qabot_test_bot 还有呢?", GROUP, USER, "supergroup")
        # her own question goes on: the next figure of the list her answer is one of
        assert "3800多名文化程度不高党员" in own.text and "各地举办" not in own.text
    # a reply to an older answer continues that one, even after a restart
    async with bot_run(api, index_path, tmp_path):
        later = await turn(api, "那专题培训班呢?", GROUP, USER, "supergroup", reply_to=bob)
        assert later.text.startswith("问：各地举办了多少场专题培训班") and "639期" in later.text
    assert_accepted(api)


async def test_detail_is_about_the_passage_last_shown(api: FakeBotApi, index_path: Path, tmp_path: Path) -> None:
    async with bot_run(api, index_path, tmp_path):
        answer = await turn(api, f"/ask {QUESTION}", GROUP, USER, "supergroup")
        first = cited(answer)
        await press(api, answer, "下一条", user=USER)
        second = cited(answer)
        assert second != first
        typed = await turn(api, "@qabot_test_bot 具体说说", GROUP, USER, "supergroup")
        assert f"▶ {second.rsplit(' · ', 1)[-1]}" in typed.text
        # another member replying 具体说说 to the paged answer gets that passage too
        replied = await turn(api, "具体说说", GROUP, OTHER, "supergroup", reply_to=answer)
        assert replied.text == typed.text
    assert_accepted(api)


# --- flood limits across a restart ------------------------------------------------------------------------------
async def test_flood_limits_hold_across_a_restart_mid_burst(api: FakeBotApi, index_path: Path, tmp_path: Path) -> None:
    """Stopped in the middle of a burst and started again at once, the bot sends no more in any window than the
    limits allow: the windows start where the last run left them (the send log in the state folder)."""
    limits = FloodLimits(overall=10, overall_period=2.0, group=3, group_period=6.0, chat=1000)
    private = [api.send_text(5000 + i, 5000 + i, QUESTION) for i in range(24)]
    group = [api.send_text(GROUP, 6000 + i, f"/ask {QUESTION}", "supergroup") for i in range(4)]
    asked = private + group
    async with bot_run(api, index_path, tmp_path, flood_limits=limits) as app:
        await api.until(lambda: len(api.calls_to("sendMessage")) >= 8, timeout=10, what="the first window full")
        await stop_gracefully(app, grace=0.1)
    before = len(api.calls_to("sendMessage"))
    assert before < len(asked)  # really stopped mid-burst
    async with bot_run(api, index_path, tmp_path, flood_limits=limits):  # at once
        await api.until(lambda: all(api.replies_to(m) for m in asked), timeout=30, what="every answer")
    sends = [c for c in api.calls_to("sendMessage") if c.ok]
    assert most_in_window([c.at for c in sends], 2.0) <= 10
    assert most_in_window([c.at for c in sends if c.params["chat_id"] == GROUP], 6.0) <= 3
    assert all(len(api.replies_to(m)) == 1 for m in asked)
    assert list(tmp_path.glob("*-sends.jsonl"))
