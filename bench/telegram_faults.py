"""Faults, restarts and shutdown: is every question answered exactly once, and how fast does the bot stop?

    python bench/telegram_faults.py [--users 50] [--questions-per-user 10] [--rate 0.1]

The bot runs as in production (`bot.telegram.app.run`, its own process, long polling,
flood limits on) against the fake Bot API server on 127.0.0.1 (tests/fakebotapi.py).

1. faults: `users` × `questions-per-user` questions (in waves of five over about five
   seconds) while `rate` of the calls to getUpdates
   and sendMessage fail, in turn: 429 with retry_after, 500, 502, a timeout (the server
   holds the request past the client's timeout and never answers) and a dropped
   connection. Counts questions answered once, twice, never; checks the bot still runs.
2. restarts: the bot is stopped mid-stream by SIGTERM (and, in another run, SIGKILL), then
   started again on the same state directory; the same counts, plus what the first run
   left for the second.
3. shutdown: the time from SIGTERM or SIGINT to the process's exit, idle and with answers
   in flight (a backlog held back by the flood limits).

Every wait is bounded; the script stops by itself.
"""

from __future__ import annotations

import argparse
import re
import signal
import tempfile
import time
from pathlib import Path

from telegram_harness import Bot, ask_many, build_index, counts, wait

from tests.fakebotapi import FakeBotApi, RandomFaults

FAST = {"http_timeout": 2.0, "poll_timeout": 2}  # a timeout fault costs seconds, not tens of seconds


def tally(answers: list[int]) -> str:
    once = sum(1 for n in answers if n == 1)
    twice = sum(1 for n in answers if n > 1)
    never = sum(1 for n in answers if n == 0)
    return f"{once} answered exactly once, {twice} more than once, {never} never (of {len(answers)})"


def faults(index: Path, users: int, per_user: int, rate: float, timeout: float) -> None:
    print(f"1. faults: {users} users × {per_user} questions, {rate:.0%} of getUpdates and sendMessage calls fail")
    injected = RandomFaults(rate, seed=11, timeout=FAST["http_timeout"] + FAST["poll_timeout"] + 1.0)
    with FakeBotApi() as api:
        bot = Bot(api, index, Path(tempfile.mkdtemp(prefix="qabot-state-")), dict(FAST)).start()
        api.faults = injected
        started = time.monotonic()
        asked = []
        everyone = list(range(40000, 40000 + users))
        for _ in range(per_user):  # in waves, so that getUpdates is called often enough to fail in every way
            for first in range(0, users, 5):
                asked += ask_many(api, everyone[first:first + 5], 1)
                time.sleep(0.05)
        try:
            wait(lambda: all(counts(api, asked)), timeout, "every answer", every=0.2)
        except TimeoutError as exc:
            print(f"   ! {exc}")
        seconds = time.monotonic() - started
        time.sleep(1.0)  # room for late duplicates
        api.faults = None
        still_running = bot.running
        late = api.send_text(49999, 49999, "刘云山什么时候来安徽调研?")
        answered_late = wait(lambda: bool(api.replies_to(late)), 30, "an answer after the faults") >= 0
        code = bot.stop()
        retries = len(re.findall(r"failed \(.*\); retry", bot.log))
        poll_errors = bot.log.count("getUpdates failed")
        print(f"   {tally(counts(api, asked))} in {seconds:.1f} s")
        for method in ("getUpdates", "sendMessage"):
            kinds = {k: n for (m, k), n in sorted(injected.by_method.items()) if m == method}
            print(f"   {method}: {len(api.calls_to(method))} calls, {sum(kinds.values())} failed "
                  f"({', '.join(f'{k}: {n}' for k, n in kinds.items())})")
        print(f"   sends retried {retries} times; getUpdates errors logged {poll_errors} (PTB retries timeouts and "
              "429s on its own, without a log line)")
        print(f"   bot still running at the end: {still_running}, answers after the faults: {answered_late}, "
              f"exit code on SIGTERM: {code}")


def restart(index: Path, sig: int, users: int, per_user: int, timeout: float) -> None:
    name = signal.Signals(sig).name
    print(f"2. restart after {name}: {users} users × {per_user} questions, stopped after a third were answered")
    with FakeBotApi() as api:
        state = Path(tempfile.mkdtemp(prefix="qabot-state-"))
        options = {**FAST, "flood_limits": {"overall": 30, "chat": 3, "chat_period": 3.0}}
        first = Bot(api, index, state, options).start()
        asked = ask_many(api, list(range(50000, 50000 + users)), per_user)
        wait(lambda: sum(map(bool, counts(api, asked))) >= len(asked) // 3, timeout, "a third answered", every=0.01)
        code = first.stop(sig)
        before = counts(api, asked)
        left = re.search(r"stopped in ([0-9.]+) s: (\d+) answer\(s\) in flight finished; left for the next start: "
                         r"(\d+) not begun, (\d+) stopped before sending", first.log)
        second = Bot(api, index, state, options).start()
        try:
            wait(lambda: all(counts(api, asked)), timeout, "every answer", every=0.2)
        except TimeoutError as exc:
            print(f"   ! {exc}")
        time.sleep(1.0)
        second.stop()
        replayed = re.search(r"answering (\d+) question\(s\) fetched before the last stop", second.log)
        duplicates_skipped = second.log.count("was already answered; skipped")
        after = counts(api, asked)
        print(f"   first run: exit code {code}, exited {first.stopped_in:.2f} s after {name}, "
              f"{sum(map(bool, before))} answered before it stopped")
        if left:
            print(f"   it finished {left.group(2)} answers in flight and left {int(left.group(3)) + int(left.group(4))} "
                  f"for the next start ({left.group(3)} not begun, {left.group(4)} stopped before sending)")
        print(f"   second run: replayed {replayed.group(1) if replayed else 0} from the journal, "
              f"skipped {duplicates_skipped} redelivered update(s) already answered")
        print(f"   {tally(after)}")
        duplicated = [i for i, n in enumerate(after) if n > 1]
        if duplicated:
            print(f"   answered twice: question(s) {duplicated} — their answer was on its way at the kill")


def shutdown(index: Path) -> None:
    print("3. shutdown time (signal → process exit)")
    for sig in (signal.SIGTERM, signal.SIGINT):
        for busy in (False, True):
            with FakeBotApi() as api:
                bot = Bot(api, index, Path(tempfile.mkdtemp(prefix="qabot-state-")), dict(FAST)).start()
                note = "idle"
                if busy:
                    asked = ask_many(api, list(range(60000, 60040)), 5)  # 200 answers at 30/s: ~7 s of backlog
                    wait(lambda asked=asked: sum(map(bool, counts(api, asked))) >= 20, 60,  # type: ignore[misc]
                         "answers under way", every=0.01)
                    note = "200 answers queued behind the flood limits"
                code = bot.stop(sig)
                print(f"   {signal.Signals(sig).name}, {note}: exited in {bot.stopped_in:.2f} s, exit code {code}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions-per-user", type=int, default=10)
    parser.add_argument("--rate", type=float, default=0.10, help="share of calls that fail")
    parser.add_argument("--timeout", type=float, default=240.0, help="give up waiting after this many seconds")
    args = parser.parse_args()
    index = build_index()
    faults(index, args.users, args.questions_per_user, args.rate, args.timeout)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        restart(index, sig, 20, 10, args.timeout)
    shutdown(index)


if __name__ == "__main__":
    main()
