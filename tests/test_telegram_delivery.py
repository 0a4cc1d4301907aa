"""Units behind reliability: the update journal, the guard against doing an update twice, retries and flood windows."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.telegram.delivery import Delivery, FloodLimits, Stopped
from bot.telegram.sendlog import SendLog
from bot.telegram.updates import FORGET_DONE_AFTER, Guard, UpdateJournal, journal_path
from index.errors import QabotError
from tests.fakebotapi import most_in_window


def update(uid: int) -> dict[str, Any]:
    return {"update_id": uid, "message": {"message_id": uid, "date": 0, "chat": {"id": 1, "type": "private"},
                                          "text": f"问题 {uid}"}}


# --- the journal ----------------------------------------------------------------------------------------------
async def test_journal_keeps_what_was_fetched_until_answered(tmp_path: Path) -> None:
    path = tmp_path / "state" / "journal.jsonl"
    journal = UpdateJournal(path).open()
    await journal.received([update(1), update(2), update(3)])
    await journal.received([update(2)])  # fetched again: recorded once
    journal.finished(1)
    journal.close()
    with path.open("a") as handle:
        handle.write('{"d": 2')  # a line cut by a kill
    again = UpdateJournal(path).open()
    assert [u["update_id"] for u in again.pending_updates()] == [2, 3]
    assert again.is_done(1) and not again.is_done(2)
    assert again.skipped_lines == 1
    again.close()
    assert all(json.loads(line) for line in path.read_text().splitlines())  # compacted: no torn line left


def test_journal_is_named_after_the_bot_id_not_the_token(tmp_path: Path) -> None:
    assert journal_path(tmp_path, "12345:SECRET").name == "telegram-12345.jsonl"
    assert "SECRET" not in journal_path(tmp_path, "SECRET-without-id").name


def test_one_process_per_journal(tmp_path: Path) -> None:
    first = UpdateJournal(tmp_path / "j.jsonl").open()
    with pytest.raises(QabotError, match="another qabot bot is running"):
        UpdateJournal(tmp_path / "j.jsonl").open()
    first.close()
    UpdateJournal(tmp_path / "j.jsonl").open().close()


async def test_journal_stays_bounded(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    journal = UpdateJournal(path, keep_done=50, compact_after=100).open()
    for uid in range(1, 1001):
        await journal.received([update(uid)])
        journal.finished(uid)
    assert len(journal.done) == 50 and not journal.pending
    assert len(path.read_text().splitlines()) <= 100 + 2
    journal.close()


def test_journal_ignores_foreign_lines(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    path.write_text("\n".join(['[1, 2]', '"text"', '{"u": {"update_id": "7"}}', '{"d": [true, "x", 5]}',
                               '{"u": {"update_id": 9}}', '{"x": 1}', "not json"]) + "\n")
    journal = UpdateJournal(path).open()
    assert list(journal.pending) == [9] and list(journal.done) == [5]
    assert journal.skipped_lines == 5
    journal.close()


async def test_old_answered_ids_are_forgotten_but_unanswered_updates_kept(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    journal = UpdateJournal(path).open()
    await journal.received([update(1), update(2)])
    journal.finished(1)
    journal.close()
    old = time.time() - FORGET_DONE_AFTER - 60
    os.utime(path, (old, old))  # Telegram may have started its update ids anew since
    again = UpdateJournal(path).open()
    assert not again.is_done(1) and list(again.pending) == [2]
    again.close()


def test_guard_handles_each_update_once_and_defers_when_stopping(tmp_path: Path) -> None:
    journal = UpdateJournal(tmp_path / "j.jsonl").open()
    journal.finished(5)
    guard = Guard(journal)
    assert guard.begin(1) and not guard.begin(1)  # a second delivery of the same update
    assert not guard.begin(5)  # answered before the restart
    guard.stopping = True
    assert not guard.begin(2) and guard.deferred == 1
    assert guard.duplicates == 2
    journal.close()
    assert Guard(None).begin(3)


# --- retries --------------------------------------------------------------------------------------------------
class Flaky:
    """A Bot API call that fails with the given errors first."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls: list[float] = []

    async def __call__(self) -> bool:
        self.calls.append(time.monotonic())
        if self.errors:
            raise self.errors.pop(0)
        return True


async def send(delivery: Delivery, call: Flaky, endpoint: str = "sendMessage", chat_id: int = 1) -> Any:
    return await delivery.process_request(call, (), {}, endpoint, {"chat_id": chat_id}, None)


async def test_transient_errors_are_retried_with_back_off() -> None:
    delivery = Delivery(None, backoff=0.01)
    call = Flaky(NetworkError("Bad Gateway"), TimedOut(), NetworkError("Internal Server Error (500)"))
    assert await send(delivery, call) is True
    assert len(call.calls) == 4 and delivery.retried == 3


async def test_a_bad_request_is_not_retried_and_getme_fails_at_once() -> None:
    delivery = Delivery(None, backoff=0.01)
    call = Flaky(BadRequest("can't parse entities"))
    with pytest.raises(BadRequest):
        await send(delivery, call)
    assert len(call.calls) == 1
    call = Flaky(NetworkError("down"))
    with pytest.raises(NetworkError):
        await send(delivery, call, endpoint="getMe")
    assert len(call.calls) == 1


async def test_retries_end() -> None:
    delivery = Delivery(None, attempts=3, backoff=0.01)
    call = Flaky(*[NetworkError("down")] * 5)
    with pytest.raises(NetworkError):
        await send(delivery, call)
    assert len(call.calls) == 3


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")
async def test_429_pauses_every_request() -> None:
    for flood in (None, FloodLimits()):
        delivery = Delivery(flood, backoff=0.01)
        first, second = Flaky(RetryAfter(1)), Flaky()
        task = asyncio.create_task(send(delivery, first, chat_id=1))
        await asyncio.sleep(0.05)
        await send(delivery, second, chat_id=2)  # another chat waits too
        await task
        assert second.calls[0] - first.calls[0] >= 0.95 and first.calls[1] - first.calls[0] >= 0.95


async def test_close_stops_waiting_requests_but_not_those_on_their_way() -> None:
    delivery = Delivery(FloodLimits(overall=1, overall_period=10.0))
    on_the_way = asyncio.Event()

    async def slow() -> bool:
        on_the_way.set()
        await asyncio.sleep(0.2)
        return True

    sending = asyncio.create_task(delivery.process_request(slow, (), {}, "sendMessage", {"chat_id": 1}, None))
    await on_the_way.wait()
    waiting = asyncio.create_task(send(delivery, Flaky(), chat_id=2))  # no room for 10 s
    await asyncio.sleep(0.05)
    assert delivery.close() == 1
    assert await sending is True
    with pytest.raises(Stopped):
        await waiting
    with pytest.raises(Stopped):
        await send(delivery, Flaky())


# --- flood windows --------------------------------------------------------------------------------------------
async def test_flood_windows_hold_in_any_window() -> None:
    limits = FloodLimits(overall=10, overall_period=0.3, group=3, group_period=0.4, chat=2, chat_period=0.2)
    delivery = Delivery(limits)
    sent: list[tuple[int, float, float]] = []

    def request(chat: int) -> Any:
        async def call() -> bool:
            start = time.monotonic()
            await asyncio.sleep(0.003 * (chat % 4))  # requests take different times on the way
            sent.append((chat, start, time.monotonic()))
            return True
        return call

    chats = [1, 2, 3, 4, 5, 6, -100, -200] * 6
    await asyncio.gather(*(delivery.process_request(request(c), (), {}, "sendMessage", {"chat_id": c}, None)
                           for c in chats))
    assert len(sent) == len(chats)
    arrived = [at for _, _, at in sent]  # the latest a request can reach the server
    left = [at for _, at, _ in sent]  # the earliest
    for stamps in (arrived, left):
        assert most_in_window(stamps, 0.3) <= 10
    for chat in set(chats):
        for stamps in ([a for c, a, _ in sent if c == chat], [a for c, _, a in sent if c == chat]):
            assert most_in_window(stamps, 0.4 if chat < 0 else 0.2) <= (3 if chat < 0 else 2)


async def test_the_send_log_starts_the_windows_where_a_killed_run_left_them(tmp_path: Path) -> None:
    wall = [1000.0]
    log = SendLog(tmp_path / "sends.jsonl", keep=60.0, clock=lambda: wall[0]).open()
    done = log.left(-100)  # a group message, answered
    wall[0] += 0.5
    log.back(done)
    log.left(7)  # on its way when the process was killed: no "back" line
    log.left(None)
    wall[0] += 1.0
    lines = (tmp_path / "sends.jsonl").read_text().splitlines()
    (tmp_path / "sends.jsonl").write_text("\n".join([*lines, '{"b": 99, "t": 1.0}', "not json", '{"l": 3'])
                                          + "\n")  # a foreign answer, garbage, a line cut by the kill
    again = SendLog(tmp_path / "sends.jsonl", keep=60.0, clock=lambda: wall[0]).open()
    assert sorted(again.recent, key=str) == sorted([(-100, 1000.5), (7, 1001.5), (None, 1001.5)], key=str)
    assert len((tmp_path / "sends.jsonl").read_text().splitlines()) == 3  # rewritten to the recent sends

    now = [50.0]
    limits = FloodLimits(overall=3, overall_period=2.0, group=1, group_period=60.0, chat=1, chat_period=3.0)
    delivery = Delivery(limits, sends=again, clock=lambda: now[0], wall=lambda: wall[0])
    await delivery.initialize()
    assert delivery._overall is not None and delivery._overall.wait(now[0]) == pytest.approx(1.0)  # full: 3 sends
    assert delivery._chat_window(-100).wait(now[0]) == pytest.approx(59.0)  # the group's one a minute is used
    assert delivery._chat_window(7).wait(now[0]) == pytest.approx(3.0)  # counted from the restart
    assert delivery._chat_window(8).wait(now[0]) == 0.0
    wall[0] += 61
    assert SendLog(tmp_path / "sends.jsonl", keep=60.0, clock=lambda: wall[0]).open().recent == deque()
