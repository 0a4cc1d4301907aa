"""`qabot chat`: an interactive conversation in the terminal (line editing and history via readline)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from bot.terminal import render_text
from index.engine import Engine
from index.types import Result

HELP = """输入问题并回车即可提问。命令:
  /more 或 更多   下一批相关段落
  /help          显示本帮助
  /quit          退出(也可按 Ctrl-D)"""
MORE = {"/more", "/next", "更多", "还有呢", "还有吗", "下一个"}


def _history_file() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "qabot" / "chat_history"


def _setup_readline() -> Path | None:
    try:
        import readline
    except ImportError:  # pragma: no cover - e.g. some Windows builds
        return None
    path = _history_file()
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


def run_chat(engine: Engine, k: int = 3) -> int:
    """Read questions until Ctrl-D or /quit, answering each from the report."""
    interactive = sys.stdin.isatty()
    history = _setup_readline() if interactive else None
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    title = engine.documents[0].title if len(engine.documents) == 1 else f"{len(engine.documents)} 篇报道"
    print(f"关于《{title}》,有什么想问的?输入 /help 查看帮助,Ctrl-D 退出。")
    last: Result | None = None
    offset = 0
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
            if text.rstrip("?？!！。") in MORE:
                if last is None:
                    print("还没有问题可以继续。先问一个吧。")
                    continue
                offset += k
                more = engine.ask(last.query, k=k, offset=offset)
                if not more.hits:
                    print("没有更多相关段落了。")
                    continue
                for hit in more.hits:
                    print(f"{hit.rank}. {engine.citation(hit.passage)}\n   {hit.passage.text}")
                continue
            last = engine.ask(text, k=k)
            offset = 0
            print(render_text(engine, last, color))
            print()
    except KeyboardInterrupt:
        print()
    finally:
        _save_history(history)
    return 0
