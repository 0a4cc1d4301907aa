"""Thin async handlers: read the update, call the service, send what `replies` renders."""

from __future__ import annotations

import asyncio
import logging
import math
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram import (
    Chat,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
    User,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import CallbackContext, ExtBot

from bot.telegram import buttons, texts
from bot.telegram.addressing import question_in
from bot.telegram.buttons import Callback
from bot.telegram.delivery import Delivery
from bot.telegram.formatting import Rich, escape, shorten
from bot.telegram.ratelimit import Admission, UserRateLimiter
from bot.telegram.replies import (
    about_message,
    answer_message,
    context_messages,
    explain_messages,
    more_message,
    not_found_message,
    sentence_for,
)
from bot.telegram.service import QaService
from bot.telegram.smalltalk import small_talk
from bot.telegram.state import EMPTY, MAX_CHATS, ChatState, Entry, Presses, Thread, Turn
from bot.telegram.wording import in_own_words, rewritten, tidy
from bot.terminal import not_said
from index.answering.dialog import Answered, Detail, Explained, More, Reply, page, shown_order
from index.answering.engine import Engine
from index.cache import LRUCache
from index.errors import QabotError
from index.types import Passage, Result

log = logging.getLogger("bot.telegram")

Context = CallbackContext[ExtBot[None], dict[Any, Any], ChatState, dict[Any, Any]]

#: Key of the bot's services in `application.bot_data`.
DEPS = "qabot"
#: Seconds during which a chat is told about an error only once.
ERROR_NOTICE_PERIOD = 60.0
INLINE_RESULTS = 5


@dataclass
class Deps:
    """What the handlers share, kept in ``application.bot_data[DEPS]``."""

    service: QaService
    limiter: UserRateLimiter = field(default_factory=UserRateLimiter)
    admins: frozenset[int] = frozenset()
    error_notices: LRUCache[int, bool] = field(default_factory=lambda: _notices())
    refusals: LRUCache[int, bool] = field(default_factory=lambda: _notices())  # chats that refused a message (403)
    presses: Presses = field(default_factory=Presses)
    recent: OrderedDict[int, None] = field(default_factory=OrderedDict)  # chats by last use (see chat_state)


def deps(context: Context) -> Deps:
    """The shared services."""
    value = context.bot_data[DEPS]
    assert isinstance(value, Deps)
    return value


# --- sending ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outgoing:
    """One message to send: HTML text and the keyboard under it."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


def parts_of(parts: Sequence[str], keyboard: InlineKeyboardMarkup | None = None) -> list[Outgoing]:
    """Message parts in order, the keyboard under the last."""
    return [Outgoing(part, keyboard if i == len(parts) - 1 else None) for i, part in enumerate(parts)]


async def send_all(reply_to: Message, messages: Sequence[Outgoing]) -> list[Message]:
    """Send messages in order, the first replying to `reply_to`; the messages sent."""
    sent = []
    for i, out in enumerate(messages):
        sent.append(await reply_to.reply_text(out.text, reply_markup=out.keyboard, do_quote=i == 0))
    return sent


async def send_parts(
    reply_to: Message, parts: Sequence[str], keyboard: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Send message parts in order, the first replying to `reply_to`, the keyboard under the last."""
    return await send_all(reply_to, parts_of(parts, keyboard))


# --- the chat's memory ---------------------------------------------------------------------------------------
def chat_state(context: Context, chat_id: int) -> ChatState:
    """The chat's remembered state (:class:`ChatState`, persisted); the least recently used chats are forgotten."""
    state = context.chat_data
    assert state is not None  # every update with a chat has its chat data
    state.touched = time.time()
    recent = deps(context).recent
    recent[chat_id] = None
    recent.move_to_end(chat_id)
    while len(recent) > MAX_CHATS:
        oldest, _ = recent.popitem(last=False)
        context.application.drop_chat_data(oldest)
    return state


def conversation_key(chat: Chat, user: User | None) -> Hashable:
    """Whose conversation a message continues.

    A private chat has one. In a group every member has their own, keyed by (chat id, user id): there
    each message is addressed to the bot on its own (/ask, a mention, a reply to the bot), and "还有呢?"
    or "那芜湖市呢?" from one member must neither continue nor be steered by what another just asked.
    Senders without a user (a channel posting in its discussion group) share the chat's.
    """
    if chat.type == ChatType.PRIVATE or user is None:
        return chat.id
    return (chat.id, user.id)


def member_key(chat: Chat, user: User | None) -> str:
    """The member's conversation in the chat's state ("" for the chat's one conversation)."""
    key = conversation_key(chat, user)
    return str(key[1]) if isinstance(key, tuple) else ""


def continued(context: Context, state: ChatState, member: str, message: Message) -> Thread:
    """The conversation a message continues: that of the bot's answer it replies to, whoever asked it; else the
    member's own."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
        thread = state.thread_of(replied.message_id)
        if thread is not None:
            return thread
    return state.thread(member)


# --- questions and follow-ups --------------------------------------------------------------------------------
async def answer_question(update: Update, context: Context, question: str, reply_to: Message,
                          *, show_question: bool = False) -> None:
    """Answer one message in the chat of `reply_to`, as a follow-up of the conversation it continues."""
    d = deps(context)
    user = update.effective_user
    chat = reply_to.chat
    if not await _take_turn(context, user, reply_to) or await _small_talk(question, reply_to):
        return
    state = chat_state(context, chat.id)
    member = member_key(chat, user)
    started = time.perf_counter()
    before = continued(context, state, member, reply_to)
    reply, thread = d.service.reply(conversation_key(chat, user), question, before)
    engine_ms = (time.perf_counter() - started) * 1000
    thread, asked = worded(d.service.engine, reply, before, thread)
    state.set_thread(member, thread)
    # a follow-up rewritten in full ("那芜湖市呢?" → "芜湖市开展了哪四个专项行动?") says how it was understood
    show_question = show_question or (isinstance(reply, Answered) and
                                      rewritten(d.service.engine.normalizer.normalize, question, reply.question))
    messages, answered = render_reply(d.service, state, reply, asked, show_question=show_question)
    sent = await send_all(reply_to, messages)
    state.answered((m.message_id for m in sent), thread)  # a reply to any of them continues this conversation
    total_ms = (time.perf_counter() - started) * 1000  # with rendering and sending
    log.info("question chat=%s kind=%s latency_ms=%.1f engine_ms=%.1f answered=%s",
             chat.type, reply.kind, total_ms, engine_ms, answered)
    log.debug("question text=%r understood=%r", question, reply.question)


def worded(engine: Engine, reply: Reply, before: Thread, after: Thread) -> tuple[Thread, str]:
    """The question `reply` is about, as the user is shown it: in their own words where they typed them (this
    message, or the question it follows up), without 请问 (see :mod:`bot.telegram.wording`); and the thread,
    which remembers the wording of the question a conversation is about."""
    if isinstance(reply, Answered):
        own = [reply.text, *([before.asked[1]] if before.asked else [])]
        shown = reply.text if reply.question == reply.text else \
            in_own_words(engine.normalizer.normalize_with_offsets, reply.question, own)
        if reply.result.status in ("answered", "partial"):  # the conversation is about this question now
            after = after.worded(reply.question, shown)
        return after, tidy(shown)
    if after.asked is not None and after.asked[0] == reply.question:
        return after, tidy(after.asked[1])
    return after, tidy(reply.question)


async def _take_turn(context: Context, user: User | None, reply_to: Message) -> bool:
    """Wait until the user's question limit allows an answer (told once); False if it is dropped instead."""
    admission = deps(context).limiter.admit(user.id) if user is not None else Admission(0.0)
    chat = reply_to.chat.type
    if admission.delay is None:  # too many of this user's questions wait already
        if admission.notify:
            await reply_to.reply_text(texts.RATE_DROPPED)
        log.info("question chat=%s limited=dropped", chat)
        return False
    if admission.delay > 0:  # over the limit: answered when it allows
        if admission.notify:
            await reply_to.reply_text(texts.RATE_DEFERRED.format(seconds=math.ceil(admission.delay)))
        log.info("question chat=%s limited=deferred wait_s=%.1f", chat, admission.delay)
        # like a send waiting on the flood limits: stopped at shutdown, answered after the restart
        delivery = context.bot.rate_limiter
        await (delivery.hold(admission.delay) if isinstance(delivery, Delivery)
               else asyncio.sleep(admission.delay))
    return True


async def _small_talk(text: str, reply_to: Message) -> bool:
    """Answer "你好", "谢谢" and the like (see bot.telegram.smalltalk); whether the message was one."""
    talk = small_talk(text)
    if talk is None:
        return False
    await reply_to.reply_text(texts.SMALL_TALK[talk])
    log.info("question chat=%s kind=small-talk", reply_to.chat.type)
    return True


def render_reply(service: QaService, state: ChatState, reply: Reply, asked: str, *, show_question: bool = False
                 ) -> tuple[list[Outgoing], bool]:
    """The messages of one conversation reply about the question `asked` (as the user is shown it; its buttons'
    entries put in `state`), and whether it says something from the report. Rendered all at once, so a /reload
    meanwhile cannot mix two indexes."""
    engine = service.engine
    if isinstance(reply, Answered):
        result = reply.result
        answer = result.answer
        header = texts.ASKED_HEADER.format(question=shorten(asked, 100)) if show_question else None
        if result.status == "partial" and answer is not None:  # what the report does not say, then what it does
            text = answer_message(answer.passage, Rich(answer.sentence, answer.highlights),
                                  engine.citation(answer.passage), header=header,
                                  notice=(not_said(result), texts.SAID_OF.format(subject=result.subject)))
            return [Outgoing(text, buttons.context_keyboard(service.tag, answer.passage.position))], False
        if not (result.answered and answer is not None):
            text = not_found_message(asked, bool(result.suggestions))
            return [suggestions_message(state, text, result.suggestions)], False
        text = answer_message(answer.passage, Rich(answer.sentence, answer.highlights),
                              engine.citation(answer.passage), lead=answer.lead, header=header)
        key = state.put(reply.question, anchor=answer.passage.id)
        has_next = len(shown_order(answer.passage, result.hits)) > 1
        return [Outgoing(text, buttons.answer_keyboard(key, 0, has_next, service.tag, answer.passage.position))], True
    if isinstance(reply, More):
        if not reply.passages:
            return [Outgoing(texts.NO_MORE)], False
        terms = engine.terms(reply.question)
        then = reply.then
        return [Outgoing(more_message(passage, terms, engine.citation(passage), asked, piece=reply.piece,
                                      whole=reply.whole, complete=reply.complete, listed=reply.listed, then=then,
                                      then_citation=engine.citation(then) if then else ""),
                         buttons.context_keyboard(service.tag, passage.position)) for passage in reply.passages], True
    if isinstance(reply, Detail):
        return parts_of(context_messages(reply.passages, reply.passage, engine.citation)), True
    if isinstance(reply, Explained):
        where = reply.passage  # the sentence's passage, or the answer's when the report does not say
        citation = engine.citation(where) if where is not None and reply.sentence is not None else None
        parts = explain_messages(reply.kind, asked, reply.lead, reply.sentence, citation)
        around = buttons.context_keyboard(service.tag, where.position) if where is not None else None
        return parts_of(parts, around), citation is not None
    # no context to follow up on: ask a question first (questions drawn from the report's sections)
    suggestions = engine.suggestions(3)
    text = texts.NO_CONTEXT_SUGGESTIONS if suggestions else texts.NO_CONTEXT
    return [suggestions_message(state, text, suggestions)], False


def suggestions_message(state: ChatState, text: str, questions: Sequence[str]) -> Outgoing:
    """A message with one button per suggested question."""
    keyboard = buttons.questions_keyboard(state.put(*questions), questions) if questions else None
    return Outgoing(text, keyboard)


def has_visible_text(text: str) -> bool:
    """Is there anything but spaces and invisible format characters (zero-width, direction marks)?"""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


async def on_text(update: Update, context: Context) -> None:
    """A text or a media caption: a question in private chats; in groups when addressed to the bot."""
    message = update.effective_message
    if message is None:
        return
    question = question_in(message, context.bot.username, context.bot.id)
    if question is None:
        return
    if not has_visible_text(question):
        private = message.chat.type == "private"
        await message.reply_text(texts.EMPTY_QUESTION if private
                                 else texts.MENTION_USAGE.format(username=context.bot.username))
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
    """/start: a greeting, how to ask (in a group: /ask, a mention, a reply) and questions to try."""
    message = update.effective_message
    if message is None:
        return
    service = deps(context).service
    suggestions = service.engine.suggestions(3)
    state = chat_state(context, message.chat.id)
    user = update.effective_user
    service.forget(conversation_key(message.chat, user))  # a fresh start: no follow-ups on what came before
    state.set_thread(member_key(message.chat, user), EMPTY)
    private = message.chat.type == ChatType.PRIVATE
    await message.reply_text(texts.START if private else texts.START_GROUP.format(
        username=escape(context.bot.username)))
    if suggestions:
        await send_all(message, [suggestions_message(state, texts.START_SUGGESTIONS, suggestions)])


async def help_command(update: Update, context: Context) -> None:
    """/help: what the bot can do."""
    if update.effective_message is not None:
        minutes = round(deps(context).service.context_ttl / 60)
        await update.effective_message.reply_text(
            texts.HELP.format(username=escape(context.bot.username), minutes=minutes)
        )


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
        if isinstance(exc, QabotError):  # a known failure: its message and hint say it all
            log.error("reload failed; the previous index keeps serving: %s (%s)", exc.message, exc.hint)
        else:
            log.exception("reload failed; the previous index keeps serving")
        await message.reply_text(texts.RELOAD_FAILED)  # the reason (paths and all) stays in the log
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
    if data.action == buttons.CONTEXT:
        await _show_context(update, context, data, message)
        return
    entry = chat_state(context, message.chat.id).get(data.key)
    if entry is None or (data.action == buttons.SUGGESTION and data.number >= len(entry.questions)):
        await query.answer(texts.EXPIRED)
        return
    if data.action == buttons.SUGGESTION:
        question = entry.questions[data.number]
        await _first_press(update, context, message,
                           lambda: answer_question(update, context, question, message, show_question=True))
        return
    await _show_rank(update, context, data, message, entry)


async def _show_rank(update: Update, context: Context, data: Callback, message: Message, entry: Entry) -> None:
    """Replace an answer with another passage for the same question.

    Passages come in the order a conversation shows them on "还有呢?" (:func:`page`: the answer's own
    first, then the others that match), and the conversations hear of those the button showed (the presser's,
    and the answer's own, which a reply to the answer continues), so typing "还有呢?" afterwards carries on
    after them instead of repeating one, and "具体说说" is about the passage shown last.
    """
    query = update.callback_query
    assert query is not None
    d = deps(context)
    service = d.service
    engine = service.engine
    offset = data.number
    question = entry.questions[0]
    anchor = engine.passage(entry.anchor) if entry.anchor else None
    result = service.ask(question, k=offset + 2, prefer=anchor)
    first: Passage | None = anchor or (result.answer.passage if result.answer else None) or \
        (result.hits[0].passage if result.hits else None)
    passage, has_next = page(engine, question, first, offset) if first is not None else (None, False)
    if passage is None:
        await query.answer(texts.NO_MORE)
        return
    await query.answer()
    answer = result.answer
    text = answer_message(
        passage,
        sentence_for(passage, result),
        engine.citation(passage),
        lead=answer.lead if answer is not None and answer.passage.id == passage.id else None,
        header=texts.RANK_HEADER.format(rank=offset + 1) if offset else None,
        footer=texts.NO_MORE if offset and not has_next else None,  # the last matching passage
    )
    keyboard = buttons.answer_keyboard(data.key, offset, has_next, service.tag, passage.position)
    _seen(context, message, update.effective_user, Turn(time.time(), question=question, shown=offset + 1,
                                                          anchor=passage.id))
    try:
        await message.edit_text(text, reply_markup=keyboard)  # one message, paged in place
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():  # a double tap: the message already shows it
            raise


def _seen(context: Context, message: Message, presser: User | None, turn: Turn) -> None:
    """A button on `message` showed passages (`turn`): the answer's conversation and the presser's hear of it."""
    state = chat_state(context, message.chat.id)
    service = deps(context).service
    shown = state.thread_of(message.message_id)
    if shown is not None:
        state.answered([message.message_id], shown.then(turn, service.context_ttl))
    member = member_key(message.chat, presser)
    own = state.thread(member)
    if own.asked is not None and own.asked[0] == turn.question:  # the presser's conversation is about it
        state.set_thread(member, service.seen(conversation_key(message.chat, presser), own, turn))


async def _show_context(update: Update, context: Context, data: Callback, message: Message) -> None:
    """Send the paragraph with its neighbours, as a reply to the answer."""
    query = update.callback_query
    assert query is not None
    service = deps(context).service
    engine = service.engine
    if data.key != service.tag or data.number >= len(engine.passages):
        await query.answer(texts.EXPIRED)
        return
    passage = engine.passages[data.number]
    around = engine.neighbors(passage.id, radius=1) or [passage]
    parts = context_messages(around, passage, engine.citation)
    await _first_press(update, context, message, lambda: send_parts(message, parts))


async def _first_press(update: Update, context: Context, message: Message,
                       send: Callable[[], Awaitable[object]]) -> None:
    """Answer the button and `send` what it asks for, unless the same user pressed it before (then only answer)."""
    query = update.callback_query
    assert query is not None
    presses = deps(context).presses
    press = (message.chat.id, message.message_id, query.data, query.from_user.id)
    if not presses.first(press):
        await query.answer(texts.ALREADY_SENT)
        return
    try:
        await query.answer()
        await send()
    except BaseException:
        presses.forget(press)  # nothing (or not all) was sent: a new press tries again
        raise


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
    """One article per passage that matches the question (the answer's first): the sentence as title, the
    section as description."""
    articles = []
    answer = result.answer
    shown = answer.passage.id if answer is not None else None
    for hit in [h for h in result.hits if h.relevant or h.passage.id == shown][:INLINE_RESULTS]:
        sentence = sentence_for(hit.passage, result)
        lead = answer.lead if answer is not None and answer.passage.id == hit.passage.id else None
        header = texts.ASKED_HEADER.format(question=shorten(title, 100)) if title else None
        body = answer_message(hit.passage, sentence, service.engine.citation(hit.passage), lead=lead, header=header)
        section = hit.passage.section or service.engine.document(hit.passage.doc).title
        articles.append(
            InlineQueryResultArticle(
                id=f"{prefix}{hit.passage.position}",
                title=shorten(title or sentence.text, 100),
                description=shorten(section, 100),
                input_message_content=InputTextMessageContent(body),
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
    if isinstance(error, Forbidden):  # blocked by the user, removed from the group: nobody to tell
        if chat is None or _once(deps(context).refusals, chat.id):
            log.info("chat=%s (type=%s) refuses the bot's messages (%s); update %s not answered",
                     chat.id if chat else None, chat.type if chat else None, error.message, update.update_id)
        return
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
    return _once(deps(context).error_notices, chat_id)


def _notices() -> LRUCache[int, bool]:
    """The chats told something in the last ERROR_NOTICE_PERIOD seconds (at most 10,000)."""
    return LRUCache(10_000, ttl=ERROR_NOTICE_PERIOD)


def _once(notices: LRUCache[int, bool], chat_id: int) -> bool:
    """True at most once per chat in ERROR_NOTICE_PERIOD seconds, by the chats kept in `notices`."""
    if chat_id in notices:
        return False
    notices[chat_id] = True
    return True
