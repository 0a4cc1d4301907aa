"""End to end: the real PTB Application polls a fake Bot API server over HTTP; the test plays the user."""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path

import pytest

from bot.telegram.app import App
from bot.telegram.delivery import FloodLimits
from bot.telegram.replies import context_messages
from tests.fakebotapi import TOKEN, FakeBotApi, Fault, SentMessage
from tests.telegram_fixtures import (
    ADMIN,
    GROUP,
    OTHER,
    USER,
    Loader,
    assert_accepted,
    cited,
    deps_of,
    running_bot,
)

pytestmark = pytest.mark.timeout(30)

QUESTION = "刘云山什么时候来安徽调研?"
TITLE = "安徽省第二批党的群众路线教育实践活动第一环节工作综述"
UNANSWERABLE = "北京明天的天气怎么样"


async def ask(api: FakeBotApi, text: str, chat_id: int = USER, user_id: int = USER, **kw: object) -> SentMessage:
    """Send a text and return the bot's (last) reply to it."""
    message = api.send_text(chat_id, user_id, text, **kw)  # type: ignore[arg-type]
    replies = await api.reply(message)
    return replies[-1]


# --- start-up and commands ----------------------------------------------------------------------------------
async def test_start_registers_chinese_commands_and_greets_with_questions(api: FakeBotApi, bot: App) -> None:
    assert api.calls_to("getMe") and api.calls_to("deleteWebhook")
    commands = {c["command"]: c["description"] for c in api.commands}
    assert set(commands) == {"start", "help", "about", "ask"}
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in commands.values())

    start = api.send_text(USER, USER, "/start")
    greeting, offer = await api.reply(start, count=2)
    assert "你好" in greeting.text
    suggestions = deps_of(bot).service.engine.suggestions(3)
    assert [b["text"] for b in offer.buttons] == suggestions
    assert all(len(b["callback_data"].encode()) <= 64 for b in offer.buttons)

    # pressing a suggested question asks it
    api.press_button(offer, offer.buttons[0])
    answer = (await api.reply(offer.raw))[-1]
    assert suggestions[0] in answer.text and answer.text.splitlines()[-1].startswith("📄 ")
    assert_accepted(api)


async def test_help_and_about(api: FakeBotApi, bot: App) -> None:
    help_text = (await ask(api, "/help")).text
    assert "/ask" in help_text and "@qabot_test_bot" in help_text and "上下文" in help_text

    about = await ask(api, "/about")
    assert TITLE in about.styled("bold")
    assert "2014-05-07" in about.text and "安徽日报" in about.text
    info = deps_of(bot).service.engine.info()
    assert f"{info['passages']} 个段落" in about.text
    assert_accepted(api)


# --- answering ----------------------------------------------------------------------------------------------
async def test_private_question_gets_answer_and_citation(api: FakeBotApi, bot: App) -> None:
    question = api.send_text(USER, USER, QUESTION)
    [reply] = await api.reply(question)
    assert reply.reply_to == question["message_id"]
    assert reply.text.startswith("3月25日至27日\n")
    assert "刘云山" in reply.styled("bold")  # matched terms in bold
    assert reply.text.rstrip().endswith("导语 · 第2段")
    assert TITLE not in reply.text  # one report: the citation does not repeat its title
    # the report speaks of him in this paragraph only: no "next" to a passage that does not name him
    assert {b["text"] for b in reply.buttons} == {"📖 上下文"}

    figure = "全省建立了多少个党员领导干部活动联系点?"
    answer = deps_of(bot).service.engine.ask(figure).answer
    assert answer is not None and answer.lead  # the engine gives a short direct answer here ...
    reply = await ask(api, figure)
    assert reply.text.startswith(f"{answer.lead}\n")  # ... and it comes first, in bold
    assert answer.lead in reply.styled("bold")
    assert_accepted(api)


async def test_next_and_context_buttons(api: FakeBotApi, bot: App) -> None:
    answer = await ask(api, "省委督导组有多少个?")
    first, first_cited = answer.text, cited(answer)
    assert {b["text"] for b in answer.buttons} >= {"下一条 ▶", "📖 上下文"}

    api.press_button(answer, answer.button("下一条"))
    await api.until(lambda: answer.edits == 1, what="the answer to be edited")
    assert "第 2 个相关段落" in answer.text
    assert "督导组1264个" in answer.text  # the groups the cities and counties sent, the next paragraph
    assert cited(answer) != first_cited
    assert {b["text"] for b in answer.buttons} >= {"◀ 上一条", "📖 上下文"}

    api.press_button(answer, answer.button("上一条"))
    await api.until(lambda: answer.edits == 2, what="the answer to be edited back")
    assert answer.text == first

    api.press_button(answer, answer.button("上下文"))
    [context] = await api.reply(answer.raw)
    assert "上下文" in context.text
    assert "▶ 第6段" in context.text
    assert len(context.styled("blockquote")) >= 2  # the paragraph and its neighbours
    assert any("170人组成16个省委督导组" in q for q in context.styled("blockquote"))
    assert len(api.callback_answers) == 3  # every press was answered (no endless spinner)
    assert_accepted(api)


async def test_expired_buttons_say_so(api: FakeBotApi, bot: App) -> None:
    answer = await ask(api, QUESTION)
    for data in ("n:zz9:1", "s:zz9:0", "c:0000:1", "garbage"):
        query = api.press_button(answer, data)
        await api.until(lambda q=query: q["id"] in api.callback_answers, what=f"answer to {data}")  # type: ignore[misc]
        assert "过期" in api.callback_answers[query["id"]]["text"]
    assert answer.edits == 0
    assert_accepted(api)


async def test_unanswerable_question_offers_questions_as_buttons(api: FakeBotApi, bot: App) -> None:
    reply = await ask(api, UNANSWERABLE)
    assert "没有找到" in reply.text and not reply.styled("blockquote")
    assert 2 <= len(reply.buttons) <= 3
    asked = reply.buttons[1]["text"]
    api.press_button(reply, reply.buttons[1])
    [answer] = await api.reply(reply.raw)
    assert answer.text.startswith(f"问：{asked}\n")
    assert answer.text.splitlines()[-1].startswith("📄 ") and "第" in answer.text.splitlines()[-1]
    assert_accepted(api)


async def test_user_text_is_escaped(api: FakeBotApi, bot: App) -> None:
    reply = await ask(api, "<b>北京</b> & <天气>?")
    assert "<b>北京</b> & <天气>" in reply.text  # shown literally, not as markup
    assert not reply.styled("bold")
    assert_accepted(api)


async def test_blank_private_message_asks_for_a_question(api: FakeBotApi, bot: App) -> None:
    reply = await ask(api, "\u200b \u3000")
    assert "没有看到问题" in reply.text and "@" not in reply.text
    assert_accepted(api)


async def test_non_text_messages_get_a_hint(api: FakeBotApi, bot: App) -> None:
    for send in (api.send_photo, api.send_sticker, api.send_voice):
        message = send(USER, USER)
        [hint] = await api.reply(message)
        assert "文字" in hint.text and "/help" in hint.text
    unknown = await ask(api, "/foo")
    assert "/help" in unknown.text


async def test_inline_mode_returns_answers(api: FakeBotApi, bot: App) -> None:
    query = api.inline_query(USER, "全省建立了多少个党员领导干部活动联系点?")
    answer = await api.until(lambda: api.inline_answers.get(query["id"]), what="the inline answer")
    results = answer["results"]
    assert 1 <= len(results) <= 5
    top = results[0]
    assert "5322" in top["title"]
    assert top["description"]
    assert "5322" in top["input_message_content"]["message_text"]
    assert top["input_message_content"].get("parse_mode") == "HTML"

    miss = api.inline_query(USER, UNANSWERABLE)
    answer = await api.until(lambda: api.inline_answers.get(miss["id"]), what="the inline answer")
    [only] = answer["results"]
    assert "没有找到" in only["title"]

    empty = api.inline_query(USER, "")
    answer = await api.until(lambda: api.inline_answers.get(empty["id"]), what="the inline answer")
    assert [r["title"] for r in answer["results"]] == deps_of(bot).service.engine.suggestions(3)
    assert_accepted(api)


# --- groups -------------------------------------------------------------------------------------------------
async def test_group_answers_only_when_addressed(api: FakeBotApi, bot: App) -> None:
    kw = {"chat_id": GROUP, "user_id": OTHER, "chat_type": "supergroup"}
    ignored = [
        api.send_text(GROUP, OTHER, QUESTION, "supergroup"),
        api.send_text(GROUP, OTHER, f"@someone_else {QUESTION}", "supergroup"),
        api.send_text(GROUP, OTHER, f"/ask@other_bot {QUESTION}", "supergroup"),
        api.send_photo(GROUP, OTHER, chat_type="supergroup"),
    ]
    by_command = await ask(api, f"/ask {QUESTION}", **kw)  # type: ignore[arg-type]
    assert "3月25日至27日" in by_command.text
    by_suffix = await ask(api, f"/ask@qabot_test_bot {QUESTION}", **kw)  # type: ignore[arg-type]
    assert "3月25日至27日" in by_suffix.text
    by_mention = await ask(api, f"@qabot_test_bot {QUESTION}", **kw)  # type: ignore[arg-type]
    assert "3月25日至27日" in by_mention.text
    by_reply = await ask(api, "全省建立了多少个党员领导干部活动联系点?", reply_to=by_mention, **kw)  # type: ignore[arg-type]
    assert "5322" in by_reply.text
    bare = await ask(api, "@qabot_test_bot", **kw)  # type: ignore[arg-type]
    assert "写上问题" in bare.text
    usage = await ask(api, "/ask", **kw)  # type: ignore[arg-type]
    assert "/ask" in usage.text
    for message in ignored:
        assert api.replies_to(message) == []
    assert len(api.sent(GROUP)) == 6
    assert_accepted(api)


# --- behaving well ------------------------------------------------------------------------------------------
@pytest.mark.slow
async def test_per_user_limit_answers_late_with_one_notice_and_a_bounded_backlog(
    api: FakeBotApi, loader: Loader
) -> None:
    # 3 questions in any 2 s; 2 more may wait for their turn
    async with running_bot(api, loader, flood_limits=FloodLimits(chat=100), question_limit=(3, 2.0),
                           question_backlog=2):
        # the engine answers once first, so that the user's first answer is not slowed by loading it: the wait
        # measured below is the limit's alone
        await ask(api, QUESTION, chat_id=OTHER, user_id=OTHER)
        questions = [api.send_text(USER, USER, f"{QUESTION} {i}") for i in range(7)]
        await api.until(lambda: len(api.sent(USER)) >= 5, what="three answers and two notices")
        # another user is not affected
        other = await ask(api, QUESTION, chat_id=OTHER, user_id=OTHER)
        assert "3月25日至27日" in other.text
        await api.until(lambda: len(api.sent(USER)) >= 7, timeout=5, what="the two late answers")
        await asyncio.sleep(0.3)  # room for anything more to show up
    sent = api.sent(USER)
    assert len(sent) == 7
    [waits] = [m for m in sent if "秒后回答" in m.text]
    [dropped] = [m for m in sent if "没有收下" in m.text]
    assert waits.reply_to == questions[3]["message_id"] and dropped.reply_to == questions[5]["message_id"]
    for question in questions[:5]:  # every question within limit and backlog is answered, once
        assert len([m for m in api.replies_to(question) if "3月25日至27日" in m.text]) == 1
    late = [m for q in questions[3:5] for m in api.replies_to(q) if "3月25日至27日" in m.text]
    first = [m for q in questions[:3] for m in api.replies_to(q)]
    assert min(m.at for m in late) - min(m.at for m in first) >= 1.9  # when the limit allowed
    assert api.replies_to(questions[6]) == []  # beyond the backlog: dropped (told once, above)


async def test_error_is_logged_and_told_once_and_the_bot_keeps_running(
    api: FakeBotApi, bot: App, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = deps_of(bot).service
    real_reply = service.reply

    def broken(chat: object, text: str, thread: object = None):  # type: ignore[no-untyped-def]
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(service, "reply", broken)
    with caplog.at_level(logging.ERROR, logger="bot.telegram"):
        first = api.send_text(USER, USER, QUESTION)
        second = api.send_text(USER, USER, QUESTION)
        [apology] = await api.reply(first)
        await api.until(lambda: any("engine exploded" in r.getMessage() for r in caplog.records
                                    if "update" in r.getMessage() and r.exc_info) and
                        sum("engine exploded" in r.getMessage() for r in caplog.records) >= 2,
                        what="both failures logged")
    assert "出错" in apology.text
    assert api.replies_to(second) == []  # told once, not for every failure
    record = next(r for r in caplog.records if "engine exploded" in r.getMessage())
    assert f"chat={USER}" in record.getMessage() and "message" in record.getMessage()

    monkeypatch.setattr(service, "reply", real_reply)
    assert "3月25日至27日" in (await ask(api, QUESTION)).text


@pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")  # raised inside PTB's limiter
async def test_flood_control_retries_after_429(api: FakeBotApi, bot: App) -> None:
    hits = {"n": 0}

    def once(method: str, params: dict[str, object]) -> Fault | None:
        if method == "sendMessage" and hits["n"] == 0:
            hits["n"] += 1
            return Fault(status=429, retry_after=1)
        return None

    api.faults = once
    reply = await ask(api, QUESTION)
    assert "3月25日至27日" in reply.text
    sends = api.calls_to("sendMessage")
    assert [c.status for c in sends] == [429, 200]
    assert sends[1].at - sends[0].at >= 1.0


async def test_reload_by_admin_and_a_bad_rebuild_keeps_serving(api: FakeBotApi, bot: App, loader: Loader) -> None:
    denied = await ask(api, "/reload", chat_id=OTHER, user_id=OTHER)
    assert "管理员" in denied.text
    assert loader.loads == 1

    message = api.send_text(ADMIN, ADMIN, "/reload")
    _, done = await api.reply(message, count=2)
    assert "已重新加载" in done.text and loader.loads == 2

    loader.fail = True
    message = api.send_text(ADMIN, ADMIN, "/reload")
    _, failed = await api.reply(message, count=2)
    assert "失败" in failed.text and "日志" in failed.text
    assert not re.search(r"[A-Za-z/]", failed.text)  # in Chinese, without the server's paths
    assert "3月25日至27日" in (await ask(api, QUESTION)).text
    assert_accepted(api)


async def test_logs_one_line_per_question_without_text_or_token(
    api: FakeBotApi, loader: Loader, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(api, loader):
        await ask(api, QUESTION)
        await ask(api, UNANSWERABLE)
    lines = [r for r in caplog.records if r.name == "bot.telegram" and r.getMessage().startswith("question ")]
    info = [r.getMessage() for r in lines if r.levelno == logging.INFO]
    assert len(info) == 2
    assert "chat=private" in info[0] and "latency_ms=" in info[0] and "answered=True" in info[0]
    assert "answered=False" in info[1]
    assert not any("刘云山" in line or "北京" in line for line in info)
    assert any("刘云山" in r.getMessage() for r in lines if r.levelno == logging.DEBUG)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert TOKEN not in everything and TOKEN.split(":")[1] not in everything
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


# --- long content -------------------------------------------------------------------------------------------
def write_long_report(folder: Path) -> None:
    """A report with long paragraphs (split by the engine), one sentence longer than a message, and a short
    paragraph on the same subject as that sentence."""
    lines = ["长报道测试标题", "发表时间:2020-01-01    来源:测试日报", "", "  开头一段说明这篇报道的背景。", "",
             "第一部分小节标题", ""]
    for p in range(3):
        lines += ["  " + "".join(f"第{p}段第{i}句讲述了试点单位编号{p * 100 + i}的具体做法和取得的成效。"
                                 for i in range(80)), ""]
    lines += ["  超长单句" + ",".join(f"罕见词语紫藤萝编号{i}的情况需要说明" for i in range(400)) + "。", ""]
    lines += ["  紫藤萝的情况需要说明:罕见词语另有简表。", ""]
    folder.mkdir()
    (folder / "long-report-2020-01-01.txt").write_text("\n".join(lines), encoding="utf-8")


async def test_a_paragraph_longer_than_a_message_pages_in_one_message(api: FakeBotApi, tmp_path: Path) -> None:
    """The answer is one message (the long text cut with an ellipsis), paging edits it and keeps its buttons,
    and 📖 上下文 sends the paragraph whole, in parts split at sentence ends (or commas)."""
    write_long_report(tmp_path / "corpus")
    async with running_bot(api, Loader(tmp_path / "index.json", tmp_path / "corpus")) as app:
        engine = deps_of(app).service.engine
        question = api.send_text(USER, USER, "紫藤萝情况需要说明")
        [answer] = await api.reply(question)
        views = [answer.text]
        while any("下一条" in b["text"] for b in answer.buttons):
            edits = answer.edits
            api.press_button(answer, answer.button("下一条"))
            await api.until(lambda e=edits: answer.edits == e + 1, what="the answer paged")  # type: ignore[misc]
            views.append(answer.text)
        assert len(views) == 2 and len(api.sent(USER)) == 1  # paged in place: no fragment sent anywhere
        long_view = next(v for v in views if "编号7的" in v)
        assert len(long_view.encode("utf-16-le")) // 2 <= 4096 and "…" in long_view
        assert long_view.rstrip().endswith("第5段")
        assert "编号399的" not in long_view and answer.button("上下文")
        assert "没有更多相关段落了" in views[-1]

        long_passage = next(p for p in engine.passages if "编号399的" in p.text)
        if "编号7的" not in answer.text:  # back to the long one
            api.press_button(answer, answer.button("上一条"))
            await api.until(lambda: "编号7的" in answer.text, what="the long passage again")
        api.press_button(answer, answer.button("上下文"))
        expected = len(context_messages(engine.neighbors(long_passage.id), long_passage, engine.citation))
        assert expected >= 2
        await api.until(lambda: len(api.sent(USER)) == 1 + expected, what="the context in several parts")
        parts = api.sent(USER)[1:]
        assert all(p.reply_to == answer.message_id for p in parts[:1]) and not any(p.buttons for p in parts)
        assert "编号399的情况需要说明。" in "".join(p.text for p in parts)  # whole

        answer = await ask(api, "试点单位编号105的具体做法")
        before = len(api.sent(USER))
        api.press_button(answer, answer.button("上下文"))
        asked = engine.passages[int(answer.button("上下文")["callback_data"].rsplit(":", 1)[1])]
        expected = len(context_messages(engine.neighbors(asked.id), asked, engine.citation))
        assert expected >= 2
        await api.until(lambda: len(api.sent(USER)) == before + expected, what="the context in several parts")
        context = api.sent(USER)[before:]
        assert context[0].reply_to == answer.message_id
        for part in context[:-1]:
            assert part.text.rstrip().endswith("。")  # split at a sentence end
            assert part.styled("blockquote")  # a quote cut in two is closed and reopened
        assert "第1段第5句讲述了试点单位编号105" in "".join(p.text for p in context)
    assert_accepted(api)
