"""Shared by the Telegram benchmarks: the real bot in a child process against the fake Bot API server.

The fake server (tests/fakebotapi.py) runs in the benchmark's process on 127.0.0.1; the
bot is `bot.telegram.app.run` in its own process, as in production. Everything is bounded
in time: waits raise after their timeout and the bot is killed if it does not stop.
"""

from __future__ import annotations

import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402, F401 (also for the benches that import this harness)
from tests.fakebotapi import TOKEN, FakeBotApi, most_in_window  # noqa: E402, F401 (re-exported for the benches)

RUNNER = """
import json, sys
from pathlib import Path
from bot.telegram.app import run
from bot.telegram.delivery import FloodLimits
args = json.loads(sys.argv[1])
args["index_path"] = Path(args["index_path"])
args["state_dir"] = Path(args["state_dir"])
limits = args.pop("flood_limits")
args["flood_limits"] = None if limits is None else FloodLimits(**limits)
sys.exit(run(args.pop("token"), **args))
"""

QUESTIONS = [json.loads(line)["q"] for line in (ROOT / "tests/data/dev.jsonl").read_text("utf-8").splitlines()
             if line.strip()] + ["北京明天的天气怎么样", "报道里提到了哪些城市?"]


def build_index() -> Path:
    """An index of corpus/ in a temporary folder."""
    from index.store.building import build_index as build

    path = Path(tempfile.mkdtemp(prefix="qabot-bench-")) / "index.json"
    build(ROOT / "corpus", path)
    return path


@dataclass
class Bot:
    """The bot in a child process."""

    api: FakeBotApi
    index: Path
    state_dir: Path
    options: dict[str, Any] = field(default_factory=dict)
    process: subprocess.Popen[str] | None = None
    log: str = ""
    stopped_in: float = 0.0
    _log_file: Any = None

    def start(self, timeout: float = 60.0) -> Bot:
        args = {"token": TOKEN, "index_path": str(self.index), "webhook_url": None, "listen": "127.0.0.1",
                "port": 0, "secret_token": None, "base_url": self.api.url, "state_dir": str(self.state_dir),
                "flood_limits": {}, **self.options}
        polls = len(self.api.calls_to("getUpdates"))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # the log goes to a file: a pipe nobody reads during the run would fill up and stall the bot
        self._log_file = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen([sys.executable, "-c", RUNNER, json.dumps(args)], cwd=ROOT, env=env,
                                        stdout=subprocess.DEVNULL, stderr=self._log_file, text=True)
        self.api.wait_for(lambda: len(self.api.calls_to("getUpdates")) > polls, timeout=timeout,
                          what="the bot to poll")
        return self

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def cpu_seconds(self) -> float:
        """User + system CPU time of the bot process so far."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        """Signal the bot and wait for it to exit (killed after `timeout`); its exit code."""
        assert self.process is not None
        started = time.monotonic()
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.stopped_in = time.monotonic() - started
        self._log_file.seek(0)
        self.log += self._log_file.read()
        self._log_file.close()
        return int(self.process.returncode)


def ask_many(api: FakeBotApi, users: list[int], per_user: int, groups: dict[int, list[int]] | None = None
             ) -> list[dict[str, Any]]:
    """Each private user asks `per_user` questions, each group member as many with /ask; interleaved."""
    asked = []
    members = [(g, u) for g, us in (groups or {}).items() for u in us]
    for round_ in range(per_user):
        for n, user in enumerate(users):
            asked.append(api.send_text(user, user, QUESTIONS[(round_ * 7 + n) % len(QUESTIONS)]))
        for n, (group, user) in enumerate(members):
            text = f"/ask {QUESTIONS[(round_ * 5 + n) % len(QUESTIONS)]}"
            asked.append(api.send_text(group, user, text, "supergroup"))
    return asked


def counts(api: FakeBotApi, asked: list[dict[str, Any]]) -> list[int]:
    """Answers each question got (an answer's first part replies to the question)."""
    by_message: dict[tuple[int, int], int] = {}
    for message in api.sent():
        if message.reply_to is not None:
            key = (message.chat_id, message.reply_to)
            by_message[key] = by_message.get(key, 0) + 1
    return [by_message.get((m["chat"]["id"], m["message_id"]), 0) for m in asked]


def wait(predicate: Callable[[], bool], timeout: float, what: str, every: float = 0.05) -> float:
    """Poll until `predicate()`; seconds waited. Raises TimeoutError after `timeout`."""
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)
    return time.monotonic() - started


def engine_ms(log: str) -> list[float]:
    """The engine's time per question, from the bot's log lines."""
    return [float(m) for m in re.findall(r"engine_ms=([0-9.]+)", log)]


def mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else float("nan")
