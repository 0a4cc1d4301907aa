"""The real CLI, run as a subprocess the way users run it."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_index, run_cli

QUESTION = "芜湖市设立了几条热线电话?"


@pytest.fixture
def env(isolated_env: dict[str, str], index_path: Path, tmp_path: Path) -> dict[str, str]:
    """Environment whose default index is a copy of the session index."""
    copy = copy_index(index_path, tmp_path)
    return {**isolated_env, "QABOT_INDEX": str(copy)}


def test_ask_prints_answer_citation_and_passage(env: dict[str, str]) -> None:
    proc = run_cli(["ask", QUESTION], env)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    lines = out.splitlines()
    assert lines[0] == "答:11条热线电话"  # the figure first
    assert lines[1].startswith("芜湖市积极创新开门纳谏方式") and lines[1].endswith("3.3万余条。")
    assert lines[2] == "出处:敞开大门,广开言路,真找问题找真问题 · 第23段"  # one report: no title
    assert "搭建政情民意“直通车”" in out
    assert "\033[" not in out  # no bold when not writing to a terminal
    assert proc.stderr == b""


def test_ask_says_when_the_report_does_not_answer(env: dict[str, str]) -> None:
    proc = run_cli(["ask", "今天天气怎么样?"], env)
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert out.startswith("报道中没有找到这个问题的答案。")
    assert out.count("  · ") >= 2


def test_ask_says_what_the_report_does_not_say_of_a_subject(env: dict[str, str]) -> None:
    proc = run_cli(["ask", "芜湖市市长是谁?"], env)
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 0
    assert lines[0] == "报道没有提到芜湖市的市长。"
    assert lines[1].startswith("关于芜湖市,报道说:芜湖市积极创新开门纳谏方式")
    assert not any(line.startswith("答:") for line in lines)


@pytest.mark.parametrize(("question", "said"), [
    ("每个暗访组有几个人?", "报道没有提到暗访组有多少人。"),  # a count it does not give: how many, not 暗访组的人
    ("一共走访了多少个村?", "报道没有提到走访有多少个村。"),  # places counted by 个 (232.4万余户 counts homes)
    ("芜湖的热线开到几点?", "报道没有提到芜湖的具体时刻。"),  # a time of day: no sentence gives one
])
def test_ask_says_what_the_report_does_not_say(env: dict[str, str], question: str, said: str) -> None:
    proc = run_cli(["ask", question], env)
    assert proc.returncode == 0
    assert proc.stdout.decode().splitlines()[0] == said


def test_ask_for_the_bots_own_view_is_not_answered_as_the_reports(env: dict[str, str]) -> None:
    proc = run_cli(["ask", "你覺得這次活動的效果好不好?"], env)
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 0
    assert lines[0] == "我只转述报道的内容,不发表自己的看法。"
    assert lines[1].startswith("关于") and "报道说:" in lines[1]
    assert not any(line.startswith("答:") for line in lines)


def test_ask_a_choice_item(env: dict[str, str]) -> None:
    proc = run_cli(["ask", "暗访组由哪一级干部带队？A.处级 B.厅级 C.省级"], env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().splitlines()[0] == "答:厅级"  # the option the report names
    unsettled = run_cli(["ask", "张宝顺调研的6市中包括：A.芜湖 B.阜阳 C.安庆"], env).stdout.decode().splitlines()
    assert "芜湖、阜阳、安庆" in unsettled[0] and unsettled[1].startswith("关于张宝顺,报道说:")


def test_ask_json_reads_stdin_and_prints_one_object_per_line(env: dict[str, str]) -> None:
    questions = ["蕪湖市徵求到多少條意見建議?", "你好", "小四风是指什么?", "", "芜湖市GDP是多少?"]
    proc = run_cli(["ask", "--json", "-k", "2"], env, stdin="\n".join(questions).encode())
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["query"] for r in rows] == questions  # a line out for every line in, blank ones too
    for row in rows:
        assert set(row) == {"query", "status", "answered", "answer", "unsupported", "subject", "passages",
                            "suggestions"}
        assert row["answered"] == (row["status"] == "answered")
        for rank, p in enumerate(row["passages"], start=1):
            assert set(p) == {"rank", "id", "score", "text", "section", "doc", "paragraph"}
            assert p["rank"] == rank and isinstance(p["score"], float) and isinstance(p["paragraph"], int)
    assert len(rows[0]["passages"]) == 2
    assert rows[0]["answered"] and "3.3万余条" in rows[0]["answer"]["sentence"]
    assert set(rows[0]["answer"]) == {"sentence", "lead", "passage_id", "section", "doc"}
    assert rows[0]["answer"]["lead"] == "3.3万余条"
    assert rows[1]["status"] == "none" and rows[1]["answer"] is None and len(rows[1]["suggestions"]) >= 2
    assert rows[2]["answer"]["lead"] == "吃喝风、红包风、赌博风、走读风"
    assert rows[3]["status"] == "none"
    assert rows[4]["status"] == "partial" and rows[4]["unsupported"] == ["GDP"] and rows[4]["subject"] == "芜湖市"
    assert rows[4]["answer"]["lead"] is None and "芜湖市" in rows[4]["answer"]["sentence"]


def test_invalid_utf8_on_stdin_is_answered_not_crashed(env: dict[str, str]) -> None:
    proc = run_cli(["ask", "--json"], env, stdin=b"\xff\xfe\x80abc\n" + QUESTION.encode() + b"\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == 2 and rows[1]["answered"]
    assert b"Traceback" not in proc.stderr


@pytest.mark.slow
def test_first_run_builds_the_index_in_the_cache(isolated_env: dict[str, str], tmp_path: Path) -> None:
    proc = run_cli(["ask", QUESTION], isolated_env)
    assert proc.returncode == 0, proc.stderr
    assert "built the index at" in proc.stderr.decode()
    assert (tmp_path / "cache" / "qabot" / "index.json").is_file()
    again = run_cli(["ask", QUESTION], isolated_env)
    assert again.stderr == b"" and again.stdout == proc.stdout


def test_index_build_reports_counts_spam_and_time(isolated_env: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "idx.json"
    proc = run_cli(["index", "build", "--corpus", str(ROOT / "corpus"), "--index", str(target)], isolated_env)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert out.startswith("indexed 1 document, 36 passages, ")
    assert " s → " in out.splitlines()[0]
    assert "removed 7 spam fragments:" in out
    assert "anhui-mass-line-2014-05-07:38  'beplay2体育官网' → '典型'  (pattern)" in out
    assert "'Baidu'  (trailing-line)" in out
    info = run_cli(["index", "info", "--index", str(target)], isolated_env).stdout.decode()
    assert "passages:   36" in info and "安徽日报" in info


def test_eval_prints_metrics_and_misses(env: dict[str, str]) -> None:
    proc = run_cli(["eval", str(ROOT / "tests/data/dev.jsonl")], env)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    for metric in ("hit@1", "hit@3", "MRR", "sentence@1", "abstention accuracy"):
        assert metric in out
    assert "misses: none" in out


def test_eval_lists_misses(env: dict[str, str], tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "x1", "q": "你好", "expect": "不存在的文字"}, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    out = run_cli(["eval", str(questions)], env).stdout.decode()
    assert "misses (1):" in out and "x1 你好" in out


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["ask", "-k", "0", "x"], 2, "-k must be at least 1"),
    (["frobnicate"], 2, "invalid choice"),
    (["ask", "--corpus", "/nonexistent/corpus", "--index", "/tmp/qabot-test-none/i.json", "x"], 1,
     "corpus folder not found"),
    (["eval", "/nonexistent.jsonl"], 1, "cannot read"),
    (["telegram"], 1, "no bot token"),
    (["telegram", "--webhook-url", "https://x.org/h", "--secret-token", "has space"], 2, "secret token may hold"),
    (["telegram", "--secret-token", "x" * 257], 2, "1-256 characters"),
])
def test_errors_are_one_line_with_a_hint(env: dict[str, str], args: list[str], code: int, needle: str) -> None:
    env = {k: v for k, v in env.items() if k != "TELEGRAM_BOT_TOKEN"}
    proc = run_cli(args, env)
    err = proc.stderr.decode()
    assert proc.returncode == code
    assert needle in err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and ("hint" in err or "--help" in err)


def test_cli_never_imports_telegram_or_httpx(env: dict[str, str]) -> None:
    code = ("import sys; from bot.cli import main; main(['ask', '" + QUESTION + "']); "
            "print('LEAK' if {'telegram', 'httpx'} & set(sys.modules) else 'CLEAN')")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert proc.stdout.decode().splitlines()[-1] == "CLEAN"


def test_ask_never_imports_the_builds_compiled_segmentation(env: dict[str, str]) -> None:
    """A cold `qabot ask` stays fast: the build's compiled segmentation (the C extension, numba and the numba
    route's module) is not imported."""
    code = ("import sys; from bot.cli import main; main(['ask', '" + QUESTION + "']); "
            "print(sorted({'numba', 'index.text.csegment', 'index.text.compiled', 'index.text.native'} "
            "& set(sys.modules)))")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert proc.stdout.decode().splitlines()[-1] == "[]", proc.stderr.decode()


@pytest.mark.parametrize("question", [QUESTION, "省委督导组有多少个?"])
def test_ask_in_the_reports_words_never_reads_the_general_dictionary(env: dict[str, str], question: str) -> None:
    """A cold `qabot ask` in the report's own words stays small and fast: jieba's general-language dictionary,
    needed only for words the index does not know, is not read."""
    code = ("from bot.cli import main; main(['ask', '" + question + "']); "
            "from index.text import thesaurus; print('READ' if thesaurus._general.cache_info().currsize else 'UNREAD')")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert proc.stdout.decode().splitlines()[-1] == "UNREAD", proc.stderr.decode()


def test_chat_answers_pages_and_exits_on_eof(env: dict[str, str]) -> None:
    proc = run_cli(["chat", "-k", "2"], env, stdin="省委督导组有多少个?\n更多\n更多\n/help\n你好\n".encode())
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert "170人组成16个省委督导组" in out
    # an answer in a conversation is its sentence; 更多 shows its paragraph once, then the next passage
    assert out.count("各省委督导组累计深入市、县(市、区)督导820次") == 1
    assert "这一段的全文:" in out
    assert "第7段\n  全省市、县(市、区)和乡镇、街道也分别派出督导组1264个" in out
    assert "/quit" in out  # help text
    assert "报道中没有找到这个问题的答案。" in out


def test_chat_reads_on_after_a_figure_among_several(env: dict[str, str]) -> None:
    proc = run_cli(["chat", "--json"], env, stdin="村级党组织开展了多少次集中学习?\n还有呢?\n再说说\n".encode())
    assert proc.returncode == 0, proc.stderr
    turns = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    assert [t["kind"] for t in turns] == ["answer", "more", "more"]
    assert turns[1]["answer"]["sentence"] == "上级党组织负责人作辅导报告40900多场,"  # the next figure's clause
    assert turns[2]["answer"]["sentence"] == "邀请先进典型介绍事迹31100余人次。"
    proc = run_cli(["chat"], env, stdin="村级党组织开展了多少次集中学习?\n还有呢?\n".encode())
    assert "这一段接着说:\n  上级党组织负责人作辅导报告40900多场," in proc.stdout.decode()


def test_chat_says_a_list_given_whole_is_all_the_report_lists(env: dict[str, str]) -> None:
    proc = run_cli(["chat"], env, stdin="合肥都有哪些专项行动?\n还有呢?\n".encode())
    assert proc.returncode == 0, proc.stderr
    assert "报道列出的就是这些:\n  合肥市开展正风肃纪、为民服务、除弊祛垢、固本强基四个专项行动" in proc.stdout.decode()
    # and what the report says next, the paragraph after it in the same section
    assert "下一段接着说:\n即知即改,立行立改,力求活动取得实效 · 第32段\n  来安县编发《便民服务手册》" in proc.stdout.decode()


def test_a_conversation_goes_the_same_way_whatever_the_hash_seed(env: dict[str, str]) -> None:
    turns = "芜湖全市征求到多少条意见建议?\n那全省呢?\n省领导的联系点是怎么定的?\n".encode()
    outputs = [run_cli(["chat", "--json"], {**env, "PYTHONHASHSEED": seed}, stdin=turns).stdout for seed in ("1", "3")]
    assert outputs[0] == outputs[1]
    swapped = json.loads(outputs[0].decode().splitlines()[1])
    assert swapped["understood"] == "全省征求到多少条意见建议?"  # 芜湖全市, the places side by side, go together
    assert swapped["answer"]["lead"] == "75.6万余条"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_chat_in_a_terminal_has_a_prompt_and_bold_terms(env: dict[str, str]) -> None:
    import pty
    import select
    import subprocess
    import time

    env = {k: v for k, v in env.items() if k != "NO_COLOR"}
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "chat"], stdin=slave, stdout=slave, stderr=slave,
                            env=env, cwd=ROOT)
    os.close(slave)
    output = b""

    def read_until(needle: bytes, timeout: float = 20) -> None:
        nonlocal output
        deadline = time.monotonic() + timeout
        while needle not in output and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    output += os.read(master, 65536)
                except OSError:
                    break

    try:
        read_until("问> ".encode())
        os.write(master, (QUESTION + "\n").encode())
        read_until("出处".encode())
        prompt_by = time.monotonic() + 20
        while output.count("问> ".encode()) < 2 and proc.poll() is None and time.monotonic() < prompt_by:
            read_until(b"\x00", timeout=0.2)  # the next prompt: readline is reading again
        os.write(master, b"\x04")  # Ctrl-D
        deadline = time.monotonic() + 20
        while proc.poll() is None and time.monotonic() < deadline:
            read_until(b"\x00", timeout=0.2)  # keep draining so the child never blocks on a full terminal
        assert proc.wait(timeout=1) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    text = output.decode(errors="replace")
    assert "问> " in text
    assert "\033[1m芜湖市\033[0m" in text


@pytest.mark.slow
def test_index_build_lists_the_first_removals_unless_asked_for_all(isolated_env: dict[str, str],
                                                                    tmp_path: Path) -> None:
    corpus = tmp_path / "archive"
    corpus.mkdir()
    for n in range(5):  # 5 copies x 7 removals
        shutil.copy(next((ROOT / "corpus").glob("*.txt")), corpus / f"r{n}.txt")
    args = ["index", "build", "--corpus", str(corpus), "--index", str(tmp_path / "i.json")]
    short = run_cli(args, isolated_env).stdout.decode().splitlines()
    assert short[1] == "removed 35 spam fragments:"
    assert short[-1] == "  … and 15 more (--all-removals lists them all)"
    full = run_cli([*args, "--all-removals"], isolated_env).stdout.decode().splitlines()
    assert len([line for line in full if line.startswith("  r")]) == 35


def _archive(folder: Path) -> Path:
    """The report plus what a newsroom's archive holds: a GBK report, a UTF-8 one with a BOM, an empty file
    and one that is no text at all."""
    folder.mkdir()
    shutil.copy(next((ROOT / "corpus").glob("*.txt")), folder)
    (folder / "gbk-report.txt").write_bytes(
        "芜湖日报\n发表时间:2014-05-08 来源:芜湖日报\n\n  繁昌县设立了42条热线电话,收集意见建议1200条。\n".encode("gbk"))
    (folder / "bom-report.txt").write_bytes(
        "\ufeff滁州日报\n发表时间:2014-05-09 来源:滁州日报\n\n  天长市开通了7条民情专线。\n".encode())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


@pytest.mark.slow
def test_index_build_reads_gbk_and_bom_reports_and_skips_what_it_cannot_read(isolated_env: dict[str, str],
                                                                            tmp_path: Path) -> None:
    corpus, target = _archive(tmp_path / "archive"), tmp_path / "idx.json"
    proc = run_cli(["index", "build", "--corpus", str(corpus), "--index", str(target)], isolated_env)
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert out.startswith("indexed 3 documents, 40 passages, ")  # 36 + a header and a paragraph each
    assert out.splitlines()[-3:] == ["skipped 2 reports that could not be read (--strict fails instead):",
                                     "  binary.txt  (not UTF-8 or GB18030 text)", "  empty.txt  (empty)"]
    asked = run_cli(["ask", "--json", "--index", str(target), "--corpus", str(corpus)], isolated_env,
                    stdin="繁昌县设立了几条热线电话?\n天长市开通了几条民情专线?\n".encode())
    assert asked.returncode == 0 and asked.stderr == b"", asked.stderr
    gbk, bom = (json.loads(line) for line in asked.stdout.decode().splitlines())
    assert gbk["answer"]["doc"] == "gbk-report" and "42条热线电话" in gbk["answer"]["sentence"]
    assert bom["answer"]["doc"] == "bom-report" and bom["answer"]["sentence"] == "天长市开通了7条民情专线。"
    info = run_cli(["index", "info", "--index", str(target)], isolated_env).stdout.decode()
    assert "bom-report: 滁州日报 (2014-05-09, 滁州日报)" in info and "\ufeff" not in info


def test_index_build_strict_fails_on_a_report_it_cannot_read(isolated_env: dict[str, str], tmp_path: Path) -> None:
    corpus, target = _archive(tmp_path / "archive"), tmp_path / "idx.json"
    (corpus / "empty.txt").unlink()
    proc = run_cli(["index", "build", "--strict", "--corpus", str(corpus), "--index", str(target)], isolated_env)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and proc.stdout == b""
    assert err == (f"qabot: error: {corpus / 'binary.txt'} is not UTF-8 or GB18030 text "
                   "(hint: convert it to UTF-8, or build without --strict to skip it)\n")
    assert not target.exists()
    (corpus / "binary.txt").unlink()
    (corpus / "blank.txt").write_text(" \n\n", encoding="utf-8")
    err = run_cli(["index", "build", "--strict", "--corpus", str(corpus), "--index", str(target)],
                  isolated_env).stderr.decode()
    assert err == f"qabot: error: {corpus / 'blank.txt'} is empty (hint: remove it, or build without --strict to skip it)\n"


def test_the_first_question_builds_without_what_it_cannot_read_and_says_so(isolated_env: dict[str, str],
                                                                          tmp_path: Path) -> None:
    corpus = _archive(tmp_path / "archive")
    proc = run_cli(["ask", "--corpus", str(corpus), QUESTION], isolated_env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("答:11条热线电话")
    assert proc.stderr.decode().splitlines()[:2] == [
        "qabot: skipped binary.txt in the corpus (not UTF-8 or GB18030 text)",
        "qabot: skipped empty.txt in the corpus (empty)"]
