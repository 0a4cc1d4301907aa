"""The `qabot` command line: a thin layer over the `index` engine.

Kept light on purpose: it imports neither telegram nor httpx, and the engine only when a command needs it.
The environment is read once, into `index.settings.Settings`, which every command gets as `args.settings`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from index.settings import Settings

if TYPE_CHECKING:
    from index.answering.engine import Engine
    from index.evaluation import EvalReport

PROG = "qabot"
#: Spam removals `index build` lists by default (an archive can have thousands).
REMOVALS_SHOWN = 20


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2), and no abbreviated options: a question that starts like one
    (--j) is not read as --json."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # the message quotes the arguments: newlines and terminal escapes in them are shown escaped
        message = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class UsageError(Exception):
    """A command was called in a way that cannot work; exit status 2."""


def _notice(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _engine(args: argparse.Namespace) -> Engine:
    from index.answering.loading import load_engine

    return load_engine(args.index, args.corpus, notify=_notice, env=args.settings)


def _stdin_lines() -> Iterator[str]:
    # Decode by hand so that invalid UTF-8 becomes U+FFFD instead of an exception. Blank lines are kept:
    # every input line gets its output line.
    for raw in sys.stdin.buffer:
        yield raw.decode("utf-8", errors="replace").strip()


def _from_argv(text: str) -> str:
    # Python hands invalid UTF-8 in arguments over as lone surrogates, which no UTF-8 output can
    # print; make them U+FFFD as for stdin.
    return text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.terminal import render_text, result_json

    if args.k < 1:
        raise UsageError("-k must be at least 1")
    question = _from_argv(" ".join(args.question)).strip()
    if not args.question and sys.stdin.isatty():
        raise UsageError("no question given (ask one as an argument, pipe questions in, or run 'qabot chat')")
    engine = _engine(args)
    questions: Iterator[str] = iter([question]) if args.question else _stdin_lines()
    color = sys.stdout.isatty() and not args.settings.no_color
    for n, text in enumerate(questions):
        result = engine.ask(text, k=args.k)
        if args.json:
            print(json.dumps(result_json(result), ensure_ascii=False), flush=True)
        else:
            if n:
                print("\n" + "─" * 40)
            print(render_text(engine, result, color), flush=True)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.chat import run_chat

    return run_chat(_engine(args), k=args.k, as_json=args.json, settings=args.settings)


def cmd_index_build(args: argparse.Namespace) -> int:
    from index.store.building import build_index

    settings: Settings = args.settings
    path = args.index or settings.index
    report = build_index(args.corpus or settings.corpus, path, strict=args.strict, env=settings)
    print(f"indexed {report.documents} document{'s' * (report.documents != 1)}, {report.passages} passages, "
          f"{report.vocabulary} terms in {report.seconds:.2f} s → {path}")
    if report.removed:
        print(f"removed {len(report.removed)} spam fragment{'s' * (len(report.removed) != 1)}:")
        shown = report.removed if args.all_removals else report.removed[:REMOVALS_SHOWN]
        for removal in shown:
            put_back = f" → {removal.replacement!r}" if removal.replacement else ""
            print(f"  {removal.doc}:{removal.line}  {removal.text!r}{put_back}  ({removal.rule})")
        if len(shown) < len(report.removed):
            print(f"  … and {len(report.removed) - len(shown)} more (--all-removals lists them all)")
    else:
        print("removed no spam")
    if report.skipped:
        count = len(report.skipped)
        print(f"skipped {count} report{'s' * (count != 1)} that could not be read (--strict fails instead):")
        for skipped in report.skipped:
            print(f"  {skipped.file}  ({skipped.reason})")
    return 0


def cmd_index_info(args: argparse.Namespace) -> int:
    from index.answering.engine import Engine
    from index.store.indexfile import read_index

    path = args.index or args.settings.index
    index = read_index(path)
    engine = Engine(index)
    info = engine.info()
    size = sum(f.stat().st_size for f in index.files)  # a large index: its pointer and its arrays
    print(f"index:      {path} ({size / 1024:.0f} KiB, built {info['built_at']})")
    print(f"corpus:     {info['corpus_dir']}")
    print(f"documents:  {info['documents']}")
    shown = 20  # an archive has thousands
    for doc in engine.documents[:shown]:
        print(f"  {doc.id}: {doc.title} ({doc.date or '?'}, {doc.source or '?'})")
    if len(engine.documents) > shown:
        print(f"  … and {len(engine.documents) - shown} more")
    print(f"passages:   {info['passages']}")
    print(f"vocabulary: {info['vocabulary']} terms")
    print(f"spam removed: {info['removed']} fragments")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from index.evaluation import (
        evaluate,
        evaluate_dialogs,
        evaluate_metamorphic,
        half_of,
        read_dialogs,
        read_metamorphic,
        read_questions,
    )

    if args.metamorphic:
        items = [i for i in read_metamorphic(args.file) if args.half in ("all", half_of(str(i["id"])))]
        meta = evaluate_metamorphic(_engine(args), items)
        mm = meta.metrics()
        summary = [f"{args.file}: {len(items)} questions, {meta.keep} variants to keep, {meta.refuse} to refuse",
                   f"kept {meta.kept}/{meta.keep} ({mm['kept']:.3f})  refused {meta.refused}/{meta.refuse} "
                   f"({mm['refused']:.3f})"]
        return _print_eval(args, mm, meta.misses, summary, "  {id} {q} — {why}; expected {expect!r}, got {got!r}")
    if args.dialogs:
        dialogs = [d for d in read_dialogs(args.file) if args.half in ("all", half_of(str(d["id"])))]
        dialog_report = evaluate_dialogs(_engine(args), dialogs)
        d = dialog_report.metrics()
        summary = [f"{args.file}: {dialog_report.dialogs} dialogs, {dialog_report.first_turns} first turns, "
                   f"{dialog_report.follow_ups} follow-ups",
                   f"first turns correct {d['first_turns']:.3f}  follow-up turns correct {d['follow_ups']:.3f}"]
        return _print_eval(args, d, dialog_report.misses, summary,
                           "  {id} {q} (read as {kind}: {understood}); expected {expect!r}, got {got!r}")
    questions = read_questions(args.file)
    if args.half != "all":
        questions = [q for q in questions if half_of(str(q["id"])) == args.half]
    report = evaluate(_engine(args), questions)
    m = report.metrics()
    half = "" if args.half == "all" else f" ({args.half} half)"
    summary = [f"{args.file}{half}: {report.answerable} answerable, {report.unanswerable} unanswerable",
               f"hit@1 {m['hit@1']:.3f}  hit@3 {m['hit@3']:.3f}  MRR {m['mrr']:.3f}  sentence@1 {m['sentence@1']:.3f}  "
               f"abstention accuracy {m['abstention_accuracy']:.3f}" +
               (f"  lead accuracy {m['lead_accuracy']:.3f}" if report.leads_given else ""),
               _eval_line("all", report)]
    if report.categories:
        summary.append("by category:")
        summary.extend(_eval_line(cat, part) for cat, part in sorted(report.categories.items()))
    metrics: dict[str, object] = {**m, "categories": {c: r.metrics() for c, r in report.categories.items()}}
    return _print_eval(args, metrics, report.misses, summary, "  {id} {q} — {why}; expected {expect!r}, got {got!r}")


def _eval_line(name: str, report: EvalReport) -> str:
    """One line of figures for a question set or one of its categories."""
    m = report.metrics()
    parts = [f"{name:<14}", f"n={report.total:<4}"]
    if report.answerable:
        parts += [f"hit@1 {m['hit@1']:.3f}", f"sentence@1 {m['sentence@1']:.3f}",
                  f"refused {report.answerable - report.answered_correctly}/{report.answerable}",
                  f"lead {report.leads_right}/{report.leads_given}"]
    if report.unanswerable:
        parts.append(f"unanswerable answered {report.unanswerable - report.abstained_correctly}/{report.unanswerable}")
    parts.append(f"partial {report.partial}")
    return "  ".join(parts)


def _print_eval(args: argparse.Namespace, metrics: Mapping[str, object], misses: list[dict[str, object]],
                summary: list[str], miss_format: str) -> int:
    if args.json:
        print(json.dumps({"metrics": metrics, "misses": misses}, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(summary))
    if misses:
        print(f"misses ({len(misses)}):")
        for miss in misses:
            print(miss_format.format_map({"expect": None, **miss}))
    else:
        print("misses: none")
    return 0


def cmd_telegram(args: argparse.Namespace) -> int:
    from index.errors import QabotError

    settings: Settings = args.settings
    token = settings.telegram_token
    if args.token_file:
        try:
            token = args.token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise QabotError(f"cannot read the token file {args.token_file}: {exc.strerror}",
                             "check the path and permissions") from None
    if not token:
        raise QabotError("no bot token", "set TELEGRAM_BOT_TOKEN or pass --token-file FILE")
    secret = args.secret_token or settings.telegram_webhook_secret
    if secret is not None and not args.secret_token:
        _check_secret_token(secret, "TELEGRAM_WEBHOOK_SECRET")
    from bot.telegram.app import run

    return run(token, index_path=args.index, webhook_url=args.webhook_url, listen=args.listen, port=args.port,
               secret_token=secret, base_url=settings.telegram_api_base_url, settings=settings)


def _check_secret_token(value: str, where: str) -> str:
    """`value` if Telegram accepts it as a webhook secret token, else a UsageError naming `where`."""
    from bot.telegram.webhook import secret_token_problem  # only for `qabot telegram` (it imports telegram)

    problem = secret_token_problem(value)
    if problem:
        raise UsageError(f"{where}: {problem}")
    return value


def _secret_token_argument(value: str) -> str:
    try:
        return _check_secret_token(value, "--secret-token")
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--secret-token: ")) from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    common = _Parser(add_help=False)
    common.add_argument("--index", type=Path, default=None,
                        help="index file (default: $QABOT_INDEX or $XDG_CACHE_HOME/qabot/index.json)")
    common.add_argument("--corpus", type=Path, default=None,
                        help="folder of .txt reports (default: $QABOT_CORPUS or ./corpus)")
    parser = _Parser(prog=PROG, description="Ask questions about a report and get answers from its own text.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ask = sub.add_parser("ask", parents=[common], help="answer one question (or one per line on stdin)")
    ask.add_argument("question", nargs="*", help="the question; omit it to read questions from stdin")
    ask.add_argument("-k", type=int, default=3, help="number of passages to return (default 3)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", parents=[common], help="interactive chat in the terminal")
    chat.add_argument("-k", type=int, default=3, help="passages per page (default 3)")
    chat.add_argument("--json", action="store_true",
                      help="read turns from stdin, print one JSON object per turn (ask --json's shape, plus kind "
                           "and understood)")
    chat.set_defaults(func=cmd_chat)

    index = sub.add_parser("index", help="build or describe the index")
    index_sub = index.add_subparsers(dest="index_command", required=True, parser_class=_Parser)
    build = index_sub.add_parser("build", parents=[common], help="(re)build the index from the corpus")
    build.add_argument("--all-removals", action="store_true",
                       help=f"list every removed spam fragment (default: the first {REMOVALS_SHOWN})")
    build.add_argument("--strict", action="store_true",
                       help="fail on a report that is empty or not UTF-8 or GB18030 text (default: skip it)")
    build.set_defaults(func=cmd_index_build)
    info = index_sub.add_parser("info", parents=[common], help="describe the current index")
    info.set_defaults(func=cmd_index_info)

    evaluation = sub.add_parser("eval", parents=[common], help="measure answers on a question set (.jsonl)")
    evaluation.add_argument("file", type=Path, help="questions, one JSON object per line (q, expect)")
    evaluation.add_argument("--dialogs", action="store_true",
                            help="FILE holds dialogs (id, turns: [{q, expect}, …]); score the follow-up turns")
    evaluation.add_argument("--metamorphic", action="store_true",
                            help="FILE holds questions with variants that must keep (keep) or lose (refuse) the answer")
    evaluation.add_argument("--json", action="store_true", help="print metrics and misses as JSON")
    evaluation.add_argument("--half", choices=("all", "tune", "test"), default="all",
                            help="score only one half of the set (split by a fixed rule on each id)")
    evaluation.set_defaults(func=cmd_eval)

    telegram = sub.add_parser("telegram", parents=[common], help="run the Telegram bot")
    telegram.add_argument("--token-file", type=Path, help="file holding the bot token (else $TELEGRAM_BOT_TOKEN)")
    telegram.add_argument("--webhook-url", help="public HTTPS URL for webhook mode (default: long polling)")
    telegram.add_argument("--listen", default="127.0.0.1", help="webhook listen address (default 127.0.0.1)")
    telegram.add_argument("--port", type=int, default=8443, help="webhook listen port (default 8443)")
    telegram.add_argument("--secret-token", type=_secret_token_argument,
                          help="webhook secret token: 1-256 of A-Z a-z 0-9 _ - (else $TELEGRAM_WEBHOOK_SECRET)")
    telegram.set_defaults(func=cmd_telegram)
    return parser


def _tolerant_streams() -> None:
    """Invalid UTF-8 typed or piped in reads as U+FFFD, and text the terminal cannot show prints as '?'."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # e.g. already read from
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from index.errors import QabotError

    _tolerant_streams()
    args = build_parser().parse_args(argv)
    args.settings = Settings.from_env()
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc} (see '{PROG} {args.command} --help')", file=sys.stderr)
        return 2
    except QabotError as exc:
        hint = f" (hint: {exc.hint})" if exc.hint else ""
        print(f"{PROG}: error: {exc.message}{hint}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `qabot ask ... | head`); silence the interpreter's own complaint.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


