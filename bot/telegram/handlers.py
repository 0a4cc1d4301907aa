"""Thin async handlers: read the update, call the service, send what `replies` renders."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram import InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent, Message, Update
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import CallbackContext, ExtBot

from bot.telegram import buttons, texts
from bot.telegram.addressing import question_in
from bot.telegram.buttons import Callback
from bot.telegram.formatting import escape, shorten
from bot.telegram.ratelimit import UserRateLimiter, Verdict
from bot.telegram.replies import (
    about_message,
    answer_messages,
    context_messages,
    not_found_message,
    sentence_for,
)
from bot.telegram.service import QaService
from bot.telegram.state import ButtonStore
from index.errors import QabotError
from index.types import Result

log = logging.getLogger("bot.telegram")

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]

#: Key of the bot's services in `application.bot_data`.
DEPS = "qabot"
#: Seconds during which a chat is told about an error only once.
ERROR_NOTICE_PERIOD = 60.0
INLINE_RESULTS = 5


@dataclass
class Deps:
    """What the handlers share, kept in ``application.bot_data[DEPS]``."""

    service: QaService
    buttons: ButtonStore = field(default_factory=ButtonStore)
    limiter: UserRateLimiter = field(default_factory=UserRateLimiter)
    admins: frozenset[int] = frozenset()
    error_notices: OrderedDict[int, float] = field(default_factory=OrderedDict)


def deps(context: Context) -> Deps:
    """The shared services."""
    value = context.bot_data[DEPS]
    assert isinstance(value, Deps)
    return value


# --- sending ------------------------------------------------------------------------------------------------
async def send_parts(
    reply_to: Message, parts: Sequence[str], keyboard: InlineKeyboardMarkup | None = None
) -> Message:
    """Send message parts in order, the first replying to `reply_to`, the keyboard under the last."""
    sent = reply_to
    for i, part in enumerate(parts):
        markup = keyboard if i == len(parts) - 1 else None
        sent = await reply_to.reply_text(part, reply_markup=markup, do_quote=i == 0)
    return sent


def _view(service: QaService, result: Result, offset: int, header: str | None = None) -> list[str]:
    hit = result.hits[0]
    answer = result.answer
    lead = answer.lead if answer is not None and answer.passage.id == hit.passage.id else None
    if offset:
        header = texts.RANK_HEADER.format(rank=offset + 1)
    return answer_messages(
        hit.passage,
        sentence_for(hit.passage, result),
        service.engine.citation(hit.passage),
        lead=lead,
        header=header,
    )


# --- questions ----------------------------------------------------------------------------------------------
async def answer_question(update: Update, context: Context, question: str, reply_to: Message,
                          *, show_question: bool = False) -> None:
    """Answer one question in the chat of `reply_to`: the answer with buttons, or suggestions."""
    d = deps(context)
    user = update.effective_user
    chat = reply_to.chat
    verdict = d.limiter.check(user.id) if user is not None else Verdict.ALLOW
    if verdict is not Verdict.ALLOW:
        if verdict is Verdict.NOTIFY:
            seconds = max(1, round(d.limiter.retry_in(user.id))) if user is not None else 30
            await reply_to.reply_text(texts.RATE_LIMITED.format(seconds=seconds))
        log.info("question chat=%s limited=%s", chat.type, verdict.value)
        return
    started = time.perf_counter()
    result = d.service.ask(question, k=2)
    engine_ms = (time.perf_counter() - started) * 1000
    header = texts.ASKED_HEADER.format(question=shorten(question, 100)) if show_question else None
    if result.answered and result.hits:
        key = d.buttons.put(chat.id, question)
        hit = result.hits[0]
        keyboard = buttons.answer_keyboard(key, 0, len(result.hits) > 1, d.service.tag, hit.passage.position)
        await send_parts(reply_to, _view(d.service, result, 0, header), keyboard)
    else:
        await send_suggestions(reply_to, context, not_found_message(question, bool(result.suggestions)),
                               result.suggestions)
    total_ms = (time.perf_counter() - started) * 1000  # with rendering and sending
    log.info("question chat=%s latency_ms=%.1f engine_ms=%.1f answered=%s",
             chat.type, total_ms, engine_ms, result.answered)
    log.debug("question text=%r", question)


async def send_suggestions(reply_to: Message, context: Context, text: str, questions: Sequence[str]) -> None:
    """A message with one button per suggested question."""
    d = deps(context)
    keyboard = None
    if questions:
        key = d.buttons.put(reply_to.chat.id, *questions)
        keyboard = buttons.questions_keyboard(key, questions)
    await reply_to.reply_text(text, reply_markup=keyboard)


async def on_text(update: Update, context: Context) -> None:
    """A text message: a question in private chats; in groups only when addressed to the bot."""
    message = update.effective_message
    if message is None:
        return
    question = question_in(message, context.bot.username, context.bot.id)
    if question is None:
        return
    if not question:
        await message.reply_text(texts.MENTION_USAGE.format(username=context.bot.username))
        return
    await answer_question(update, context, question, message)


async def ask_command(update: Update, context: Context) -> None:
    """/ask 问题"""
    message = update.effective_message
    if message is None or message.text is None:
        return
    parts = message.text.split(maxsplit=1)
    question = parts[1].strip() if len(parts) > 1 else ""
    if not question:
        await message.reply_text(texts.ASK_USAGE)
        return
    await answer_question(update, context, question, message)


# --- commands -----------------------------------------------------------------------------------------------
async def start_command(update: Update, context: Context) -> None:
    """/start: a greeting and questions to try."""
    message = update.effective_message
    if message is None:
        return
    suggestions = deps(context).service.engine.suggestions(3)
    await message.reply_text(texts.START)
    if suggestions:
        await send_suggestions(message, context, texts.START_SUGGESTIONS, suggestions)


async def help_command(update: Update, context: Context) -> None:
    """/help: what the bot can do."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.HELP.format(username=escape(context.bot.username)))


async def about_command(update: Update, context: Context) -> None:
    """/about: the report and the size of the index."""
    engine = deps(context).service.engine
    if update.effective_message is not None:
        await update.effective_message.reply_text(about_message(engine.documents, engine.info()))


async def unknown_command(update: Update, context: Context) -> None:
    """A command this bot does not have (private chats only)."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.UNKNOWN_COMMAND)


async def not_text(update: Update, context: Context) -> None:
    """Photos, stickers, voice and the like: say what the bot can do."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.NOT_TEXT)


async def reload_command(update: Update, context: Context) -> None:
    """/reload (admins): load the rebuilt index; if that fails the old one keeps serving."""
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return
    d = deps(context)
    if user is None or user.id not in d.admins:
        await message.reply_text(texts.RELOAD_DENIED)
        return
    await message.reply_text(texts.RELOADING)
    try:
        engine = await d.service.load()
    except Exception as exc:  # any failure must leave the old index serving
        reason = f"{exc.message} {exc.hint}".strip() if isinstance(exc, QabotError) else repr(exc)
        log.exception("reload failed; the previous index keeps serving")
        await message.reply_text(texts.RELOAD_FAILED.format(reason=escape(shorten(reason, 500))))
        return
    info = engine.info()
    await message.reply_text(texts.RELOAD_DONE.format(documents=info["documents"], passages=info["passages"]))


# --- buttons ------------------------------------------------------------------------------------------------
async def on_button(update: Update, context: Context) -> None:
    """A pressed inline button; expired ones say so."""
    query = update.callback_query
    if query is None:
        return
    data = Callback.decode(query.data if isinstance(query.data, str) else None)
    message = query.message if isinstance(query.message, Message) else None
    if data is None or message is None:
        await query.answer(texts.EXPIRED)
        return
    d = deps(context)
    if data.action == buttons.CONTEXT:
        await _show_context(update, context, data, message)
        return
    entry = d.buttons.get(message.chat.id, data.key)
    if entry is None or (data.action == buttons.SUGGESTION and data.number >= len(entry.questions)):
        await query.answer(texts.EXPIRED)
        return
    if data.action == buttons.SUGGESTION:
        await query.answer()
        await answer_question(update, context, entry.questions[data.number], message, show_question=True)
        return
    await _show_rank(update, context, data, message, entry.questions[0])


async def _show_rank(
    update: Update, context: Context, data: Callback, message: Message, question: str
) -> None:
    """Replace an answer with the passage at another rank for the same question."""
    query = update.callback_query
    assert query is not None
    d = deps(context)
    offset = data.number
    result = d.service.ask(question, k=2, offset=offset)
    if not result.hits:
        await query.answer(texts.NO_MORE)
        return
    await query.answer()
    hit = result.hits[0]
    has_next = len(result.hits) > 1
    keyboard = buttons.answer_keyboard(data.key, offset, has_next, d.service.tag, hit.passage.position)
    parts = _view(d.service, result, offset)
    try:
        await message.edit_text(parts[0], reply_markup=keyboard if len(parts) == 1 else None)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():  # a double tap: the message already shows it
            raise
        return
    if len(parts) > 1:
        await send_parts(message, parts[1:], keyboard)


async def _show_context(update: Update, context: Context, data: Callback, message: Message) -> None:
    """Send the paragraph with its neighbours, as a reply to the answer."""
    query = update.callback_query
    assert query is not None
    service = deps(context).service
    engine = service.engine
    if data.key != service.tag or data.number >= len(engine.passages):
        await query.answer(texts.EXPIRED)
        return
    await query.answer()
    passage = engine.passages[data.number]
    around = engine.neighbors(passage.id, radius=1) or [passage]
    await send_parts(message, context_messages(around, passage, engine.citation))


# --- inline mode --------------------------------------------------------------------------------------------
async def on_inline_query(update: Update, context: Context) -> None:
    """@bot 问题 in any chat: up to five answers to choose from (questions to try when empty)."""
    inline = update.inline_query
    if inline is None:
        return
    service = deps(context).service
    question = inline.query.strip()
    started = time.perf_counter()
    if question:
        result = service.ask(question, k=INLINE_RESULTS)
        articles = _articles(service, result) if result.answered else [_not_found_article(result)]
    else:
        asked = [service.ask(q, k=1) for q in service.engine.suggestions(3)]
        result = None
        articles = [_articles(service, r, title=r.query, prefix=f"s{i}-")[0]
                    for i, r in enumerate(asked) if r.answered and r.hits]
    latency = (time.perf_counter() - started) * 1000
    await inline.answer(articles, cache_time=60)
    answered = result.answered if result is not None else "suggestions"
    log.info("inline latency_ms=%.1f answered=%s results=%d", latency, answered, len(articles))
    log.debug("inline text=%r", question)


def _articles(
    service: QaService, result: Result, title: str | None = None, prefix: str = ""
) -> list[InlineQueryResultArticle]:
    """One article per hit: the answer sentence as title, the section as description."""
    articles = []
    for hit in result.hits[:INLINE_RESULTS]:
        sentence = sentence_for(hit.passage, result)
        answer = result.answer
        lead = answer.lead if answer is not None and answer.passage.id == hit.passage.id else None
        header = texts.ASKED_HEADER.format(question=shorten(title, 100)) if title else None
        body = answer_messages(
            hit.passage, sentence, service.engine.citation(hit.passage), lead=lead, header=header
        )
        section = hit.passage.section or service.engine.document(hit.passage.doc).title
        articles.append(
            InlineQueryResultArticle(
                id=f"{prefix}{hit.passage.position}",
                title=shorten(title or sentence.text, 100),
                description=shorten(section, 100),
                input_message_content=InputTextMessageContent(body[0]),
            )
        )
    return articles


def _not_found_article(result: Result) -> InlineQueryResultArticle:
    """The single result when the report does not answer: say so and list questions to try."""
    tip = result.suggestions[0] if result.suggestions else "/help"
    text = not_found_message(result.query, bool(result.suggestions))
    text += "".join(f"\n• {escape(s)}" for s in result.suggestions)
    return InlineQueryResultArticle(
        id="none",
        title=texts.INLINE_NOT_FOUND_TITLE,
        description=texts.INLINE_NOT_FOUND_DESCRIPTION.format(suggestion=tip),
        input_message_content=InputTextMessageContent(text),
    )


# --- errors -------------------------------------------------------------------------------------------------
def _kind(update: Update) -> str:
    for name in ("message", "edited_message", "callback_query", "inline_query", "channel_post"):
        if getattr(update, name, None) is not None:
            return name
    return "update"


async def on_error(update: object, context: Context) -> None:
    """Log the failure with its context and tell the user once; the bot keeps running."""
    error = context.error
    if not isinstance(update, Update):
        if isinstance(error, NetworkError):
            log.warning("network trouble talking to Telegram: %s", error)
        else:
            log.error("error outside an update: %r", error, exc_info=error)
        return
    chat = update.effective_chat
    user = update.effective_user
    log.error(
        "error handling update %s (%s, chat=%s type=%s, user=%s): %r",
        update.update_id, _kind(update), chat.id if chat else None, chat.type if chat else None,
        user.id if user else None, error, exc_info=error,
    )
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(texts.ERROR)
            return
        except TelegramError:
            pass  # already answered: say it in the chat instead
    message = update.effective_message
    if message is not None and chat is not None and _first_notice(context, chat.id):
        try:
            await message.reply_text(texts.ERROR)
        except TelegramError as exc:
            log.warning("could not tell the user about the error: %s", exc)


def _first_notice(context: Context, chat_id: int) -> bool:
    """True at most once per chat in ERROR_NOTICE_PERIOD seconds."""
    notices = deps(context).error_notices
    now = time.monotonic()
    if now - notices.get(chat_id, -ERROR_NOTICE_PERIOD) < ERROR_NOTICE_PERIOD:
        return False
    notices[chat_id] = now
    notices.move_to_end(chat_id)
    while len(notices) > 10_000:
        notices.popitem(last=False)
    return True
