"""`qabot chat`: an interactive conversation in the terminal (line editing and history via readline)."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

from bot.terminal import render_reply, reply_json
from index.answering.dialog import Conversation
from index.answering.engine import Engine
from index.settings import Settings

HELP = """输入问题并回车即可提问,也可以接着追问:
  还有呢? / 更多       下一个相关段落
  具体说说 / 详细点     整段原文和前后段落
  为什么? / 怎么做的?  原因或做法
  那芜湖市呢?          同样的问题换个对象
命令:/new 重新开始  /help 显示本帮助  /quit 退出(也可按 Ctrl-D)"""


def _setup_readline(path: Path) -> Path | None:
    try:
        import readline
    except ImportError:  # pragma: no cover - e.g. some Windows builds
        return None
    with contextlib.suppress(OSError):
        readline.read_history_file(path)
    readline.set_history_length(1000)
    return path


def _save_history(path: Path | None) -> None:
    if path is None:
        return
    import readline

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        readline.write_history_file(path)


def run_chat(engine: Engine, k: int = 3, as_json: bool = False, settings: Settings | None = None) -> int:
    """Read questions until Ctrl-D or /quit, answering each from the report, follow-ups included; with
    `as_json`, one JSON object per turn and nothing else (for scripts). The history is kept in
    `settings.cache_dir` (default: `Settings.from_env()`)."""
    if as_json:
        return _json_chat(engine, k)
    settings = settings or Settings.from_env()
    interactive = sys.stdin.isatty()
    history = _setup_readline(settings.cache_dir / "chat_history") if interactive else None
    color = sys.stdout.isatty() and not settings.no_color
    title = engine.documents[0].title if len(engine.documents) == 1 else f"{len(engine.documents)} 篇报道"
    print(f"关于《{title}》,有什么想问的?可以接着追问(“还有呢?”“具体说说”“为什么?”“那芜湖市呢?”)。"
          "输入 /help 查看帮助,Ctrl-D 退出。")
    conversation = Conversation(lambda: engine, k=k)
    try:
        while True:
            try:
                line = input("问> " if interactive else "")
            except EOFError:
                print()
                break
            text = line.strip()
            if not text:
                continue
            if text in {"/quit", "/exit"}:
                break
            if text in {"/help", "帮助"}:
                print(HELP)
                continue
            if text in {"/new", "/reset"}:
                conversation.forget()
                print("好的,重新开始。")
                continue
            print(render_reply(engine, conversation.reply(text), color))
            print()
    except KeyboardInterrupt:
        print()
    finally:
        _save_history(history)
    return 0


def _json_chat(engine: Engine, k: int) -> int:
    """One JSON object per input line (a blank line is a turn too); /new starts afresh."""
    conversation = Conversation(lambda: engine, k=k)
    for raw in sys.stdin.buffer:
        text = raw.decode("utf-8", errors="replace").strip()
        if text in {"/new", "/reset"}:
            conversation.forget()
            print(json.dumps({"query": text, "kind": "new"}, ensure_ascii=False), flush=True)
            continue
        print(json.dumps(reply_json(engine, conversation.reply(text)), ensure_ascii=False), flush=True)
    return 0
