"""Dialogs through Telegram: every dialog of a set played through the real bot, scored turn by turn.

    python bench/telegram_dialogs.py [FILE] [--half tune|test|all]

FILE is a dialog set (tests/data/own_dialogs.jsonl by default; any file `qabot eval --dialogs` reads); by
default its test half (the tuning half for tuning, `all` for every dialog). The bot runs as in production
(`bot.telegram.app.run`, its own process, long polling) against the fake Bot API server on 127.0.0.1
(tests/fakebotapi.py, in this process). Each dialog is one user's private chat; all chats run at once, each
user sending a turn once the bot has answered the last.

A turn is scored from what the bot's reply shows, the way `qabot eval --dialogs` scores the engine's reply:
the expected text must be in the answer's sentence and lead, the passage of 还有呢? or 具体说说, or the
sentence stating a reason or measure; for `expect: null` the bot must not claim an answer. Printed: first-turn
and follow-up accuracy through Telegram and by `qabot eval --dialogs` on the same dialogs, and every turn
where the two differ, in verdict or in what is shown (there should be none).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from telegram_harness import ROOT, Bot, build_index

from index.answering.loading import load_engine
from index.evaluation import DialogReport, evaluate_dialogs, half_of, read_dialogs
from tests.fakebotapi import FakeBotApi
from tests.telegram_fixtures import play_dialogs, telegram_report

DIALOGS = ROOT / "tests/data/own_dialogs.jsonl"


def line(name: str, report: DialogReport) -> str:
    """First-turn and follow-up accuracy, with counts."""
    m = report.metrics()
    return (f"  {name:<22} first turns {report.first_correct}/{report.first_turns} ({m['first_turns']:.3f})  "
            f"follow-ups {report.follow_ups_correct}/{report.follow_ups} ({m['follow_ups']:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DIALOGS)
    parser.add_argument("--half", choices=("tune", "test", "all"), default="test")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for any one reply")
    args = parser.parse_args()
    dialogs = [d for d in read_dialogs(args.file) if args.half in ("all", half_of(str(d["id"])))]
    index = build_index()
    engine_report = evaluate_dialogs(load_engine(index), dialogs)
    with FakeBotApi() as api:
        bot = Bot(api, index, Path(tempfile.mkdtemp(prefix="qabot-state-"))).start()
        try:
            played = asyncio.run(play_dialogs(api, dialogs, timeout=args.timeout))
        finally:
            code = bot.stop()
    report, differ = telegram_report(engine_report, played)
    print(f"{args.file} ({args.half}): {len(dialogs)} dialogs, {report.first_turns + report.follow_ups} turns, "
          f"each dialog in its own private chat, all at once")
    print(line("through Telegram", report))
    print(line("qabot eval --dialogs", engine_report))
    print(f"  turns that differ: {len(differ) or 'none'}")
    for turn in differ:
        print(f"    {turn['id']} {turn['q']} (expected {turn['expect']!r}): Telegram "
              f"{'right' if turn['ok'] else 'wrong'}, showing {turn['got']!r}; engine "
              f"{'right' if turn['engine_ok'] else 'wrong'} ({turn['kind']}), showing {turn['engine_got']!r}")
    print(f"  bot exit code on SIGTERM {code}")


if __name__ == "__main__":
    main()
