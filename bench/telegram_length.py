"""How much a user reads: the median visible length of the bot's answers to the dev questions.

    python bench/telegram_length.py [--compare COMMIT] [--show N]

Each question of tests/data/dev.jsonl is asked in a private chat of its own, through the real bot (PTB's
Application, long polling) against the fake Bot API server (tests/fakebotapi.py) on 127.0.0.1. What the
bot sends in reply is parsed as Telegram parses it; the visible characters are the text without tags and
without line breaks, an expandable blockquote counted folded (not at all: the user sees one line of it
only when they tap it open). The median is over every question, and over those answered from the report.

`--compare COMMIT` measures that commit's bot the same way (its tree is taken with `git archive` into a
temporary folder and run there, with its own index) and prints both figures and their ratio.
`--show N` prints the replies to the first N questions as the user sees them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


async def _measure(root: Path) -> list[dict[str, Any]]:
    """Ask every dev question of `root`'s checkout through its bot; the replies with their visible length."""
    sys.path.insert(0, str(root))
    try:  # the checkout's own engine and bot (older checkouts keep the builder at the top of index/)
        from index.store.building import build_index
    except ImportError:
        from index.building import build_index  # type: ignore[no-redef]
    from tests.fakebotapi import FakeBotApi
    from tests.telegram_fixtures import Loader, running_bot

    questions = [json.loads(line) for line in (root / "tests/data/dev.jsonl").read_text("utf-8").splitlines()
                 if line.strip()]
    index = Path(tempfile.mkdtemp(prefix="qabot-length-")) / "index.json"
    build_index(root / "corpus", index)
    rows = []
    with FakeBotApi() as api:
        async with running_bot(api, Loader(index, root / "corpus"), flood_limits=None):
            for n, item in enumerate(questions):
                chat = 70_000 + n
                message = api.send_text(chat, chat, item["q"])
                await api.reply(message, timeout=15)
                await asyncio.sleep(0.05)  # the parts of a long answer
                replies = api.replies_to(message) + [m for m in api.sent(chat) if m.reply_to is None]
                # the text and entities as sent: what a user reads is counted by this checkout's
                # `visible` (an older checkout's run, for --compare, has none)
                rows.append({"q": item["q"], "answered": item.get("expect") is not None,
                             "parts": [{"text": m.text, "entities": m.entities} for m in replies],
                             "messages": len(replies), "text": "\n".join(m.text for m in replies)})
    return rows


def measure(root: Path) -> list[dict[str, Any]]:
    return asyncio.run(_measure(root))


def extract(commit: str) -> Path:
    """The tree of `commit` in a temporary folder (git archive; the repository is not touched)."""
    folder = Path(tempfile.mkdtemp(prefix="qabot-base-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit],
                             capture_output=True, check=True).stdout
    tar_path = folder / "tree.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(folder / "tree", filter="data")
    return folder / "tree"


def summary(rows: list[dict[str, Any]]) -> dict[str, float]:
    from bot.telegram.formatting import visible

    for row in rows:
        row["visible"] = sum(visible(p["text"], p["entities"]) for p in row["parts"])
    answered = [r["visible"] for r in rows if r["answered"]]
    return {"median": statistics.median(r["visible"] for r in rows),
            "median_answered": statistics.median(answered) if answered else float("nan"),
            "messages": sum(r["messages"] for r in rows) / len(rows), "questions": len(rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", metavar="COMMIT", help="measure this commit too and compare")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print the first N replies")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # for --compare's child
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.root), ensure_ascii=False))
        return
    runs: list[tuple[str, list[dict[str, Any]]]] = []
    if args.compare:
        tree = extract(args.compare)
        env = {**os.environ, "PYTHONPATH": str(tree)}
        out = subprocess.run([sys.executable, __file__, "--json", "--root", str(tree)], cwd=tree, env=env,
                             capture_output=True, text=True, check=True).stdout
        runs.append((args.compare, json.loads(out.splitlines()[-1])))
    runs.append(("this checkout", measure(ROOT)))
    for name, rows in runs:
        figures = summary(rows)
        print(f"{name}: median {figures['median']:.0f} visible characters per reply "
              f"({figures['median_answered']:.0f} for the questions the report answers), "
              f"{figures['messages']:.2f} messages per reply, {figures['questions']:.0f} questions")
        for row in rows[: args.show]:
            print(f"  — {row['q']} ({row['visible']})\n    " + row["text"].replace("\n", "\n    "))
    if len(runs) == 2:
        before, after = (summary(rows)["median"] for _, rows in runs)
        print(f"after/before: {after / before:.2f}")


if __name__ == "__main__":
    main()
