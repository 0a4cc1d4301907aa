"""Load: 1000 questions from 100 users, as fast as the fake Bot API server delivers them.

    python bench/telegram_load.py [--questions-per-user 10] [--users 100] [--limiter off|on|both]

The bot runs as in production (`bot.telegram.app.run`, its own process, long polling)
against the fake server on 127.0.0.1 (tests/fakebotapi.py, in this process). All
questions are queued at once; the run ends when each has its answer (or after a timeout).

Reported per run: answers per second (questions / time from the first question queued
to the last answer received), latency from an update being queued to its answer's
sendMessage reaching the server (p50, p99, max), the bot's CPU time per answer and the
engine's share of it. With the flood limiter on: the most sends the server saw in any
second overall, in any 3 s and any second in one private chat, and in any minute in a
group (Telegram's limits: 30/s overall, 20/min per group, ~1/s per chat with short
bursts), and whether anything was dropped. One group with three members is among the
users, so the group limit is exercised (its 30 answers need over a minute).
"""

from __future__ import annotations

import argparse
import os
import signal
import tempfile
import time
from pathlib import Path

from telegram_harness import (
    Bot,
    ask_many,
    build_index,
    counts,
    engine_ms,
    mean,
    most_in_window,
    percentile,
    wait,
)

from tests.fakebotapi import FakeBotApi

GROUP = -100900


def run(index: Path, limiter: bool, users: int, per_user: int, timeout: float) -> dict[str, float]:
    private = list(range(20000, 20000 + users - 3))
    groups = {GROUP: [30001, 30002, 30003]}
    with FakeBotApi() as api:
        bot = Bot(api, index, Path(tempfile.mkdtemp(prefix="qabot-state-")),
                  {"flood_limits": {} if limiter else None}).start()
        cpu_before = bot.cpu_seconds()
        here_before = sum(os.times()[:2])
        started = time.monotonic()
        asked = ask_many(api, private, per_user, groups)
        try:
            wait(lambda: all(counts(api, asked)), timeout, "every answer", every=0.1)
        except TimeoutError as exc:
            print(f"  ! {exc}")
        finished = time.monotonic()
        time.sleep(0.5)
        cpu = bot.cpu_seconds() - cpu_before
        here = sum(os.times()[:2]) - here_before
        running = bot.running
        code = bot.stop(signal.SIGTERM)
        answered = counts(api, asked)
        first_reply = {}
        for message in api.sent():
            if message.reply_to is not None:
                first_reply.setdefault((message.chat_id, message.reply_to), message.at)
        latencies = []
        for message, update_at in zip(asked, [api.pushed_at[u] for u in sorted(api.pushed_at)], strict=True):
            at = first_reply.get((message["chat"]["id"], message["message_id"]))
            if at is not None:
                latencies.append(at - update_at)
        sends = [c for c in api.calls_to("sendMessage") if c.ok]
        last = max((m.at for m in api.sent()), default=finished)
        private_last = max((m.at for m in api.sent() if m.chat_id != GROUP), default=finished)
        private_answers = sum(1 for m in asked if m["chat"]["id"] != GROUP)
        figures = {
            "questions": len(asked), "answered": sum(1 for n in answered if n), "duplicates": sum(answered) -
            sum(1 for n in answered if n), "seconds": last - started, "answers_per_s": len(latencies) / (last - started),
            "private_seconds": private_last - started, "private_per_s": private_answers / (private_last - started),
            "p50_ms": percentile(latencies, 50) * 1000, "p99_ms": percentile(latencies, 99) * 1000,
            "max_ms": max(latencies, default=float("nan")) * 1000, "cpu_ms_per_answer": cpu / max(1, len(latencies)) * 1000,
            "server_cpu_ms_per_answer": here / max(1, len(latencies)) * 1000,
            "engine_ms_mean": mean(engine_ms(bot.log)), "sends": len(sends),
            "max_per_s": most_in_window([c.at for c in sends], 1.0),
            "max_per_chat_1s": max(most_in_window([c.at for c in sends if c.params["chat_id"] == u], 1.0)
                                   for u in private),
            "max_per_chat_3s": max(most_in_window([c.at for c in sends if c.params["chat_id"] == u], 3.0)
                                   for u in private),
            "max_group_per_min": most_in_window([c.at for c in sends if c.params["chat_id"] == GROUP], 60.0),
            "rejected_429": sum(1 for c in api.calls_to("sendMessage") if c.status == 429),
            "bot_running_at_end": float(running), "exit_code": code,
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--questions-per-user", type=int, default=10)
    parser.add_argument("--limiter", choices=["off", "on", "both"], default="both")
    parser.add_argument("--timeout", type=float, default=180.0, help="give up waiting after this many seconds")
    args = parser.parse_args()
    index = build_index()
    for limiter in ([False, True] if args.limiter == "both" else [args.limiter == "on"]):
        print(f"flood limiter {'on' if limiter else 'off'}: {args.users} users × {args.questions_per_user} questions")
        figures = run(index, limiter, args.users, args.questions_per_user, args.timeout)
        print(f"  answered {figures['answered']:.0f}/{figures['questions']:.0f}, duplicates {figures['duplicates']:.0f}, "
              f"in {figures['seconds']:.1f} s: {figures['answers_per_s']:.0f} answers/s "
              f"(private chats: {figures['private_per_s']:.0f}/s, done in {figures['private_seconds']:.1f} s; "
              "the group's 30 wait on its 20 a minute)")
        print(f"  latency update → sendMessage: p50 {figures['p50_ms']:.0f} ms, p99 {figures['p99_ms']:.0f} ms, "
              f"max {figures['max_ms']:.0f} ms")
        print(f"  bot CPU {figures['cpu_ms_per_answer']:.2f} ms per answer, of which the engine "
              f"{figures['engine_ms_mean']:.2f} ms; the fake server (and this script) "
              f"{figures['server_cpu_ms_per_answer']:.2f} ms")
        print(f"  sends seen by the server: most in any 1 s {figures['max_per_s']:.0f}; one private chat: "
              f"{figures['max_per_chat_1s']:.0f} in 1 s, {figures['max_per_chat_3s']:.0f} in 3 s; the group: "
              f"{figures['max_group_per_min']:.0f} in 60 s; 429s {figures['rejected_429']:.0f}")
        print(f"  bot still running at the end: {bool(figures['bot_running_at_end'])}, exit code on SIGTERM "
              f"{figures['exit_code']:.0f}")


if __name__ == "__main__":
    main()
