"""Who may use the bot: an optional allowlist of chats (QABOT_ALLOWED_CHATS).

The gate runs before every other handler. Without an allowlist everyone is served. With
one, a chat not on it (a private chat's id is its user's id) gets a single refusal line,
at most once per :data:`REFUSAL_PERIOD` per chat so that a flood gets one line and not a
flood of replies; in groups only messages addressed to the bot are refused (the rest is
ignored). Admins (QABOT_ADMIN_IDS) are always allowed in their private chats.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot

from bot.telegram.addressing import question_in
from index.cache import LRUCache

log = logging.getLogger("bot.telegram")

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]

#: Key of the :class:`Access` in `application.bot_data`.
ACCESS = "qabot.access"
REFUSAL = "抱歉，这个机器人不在这个聊天里提供服务。"
REFUSAL_PERIOD = 60.0
MAX_CHATS = 10_000


class Access:
    """The allowlist (None: everyone) and when each refused chat was last told."""

    def __init__(self, allowed: Collection[int] | None, admins: Collection[int] = (),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.allowed = None if allowed is None else frozenset(allowed) | frozenset(admins)
        self._told: LRUCache[int, bool] = LRUCache(MAX_CHATS, ttl=REFUSAL_PERIOD, clock=clock)
        self.refused = 0

    def allows(self, chat_id: int) -> bool:
        return self.allowed is None or chat_id in self.allowed

    def first_refusal(self, chat_id: int) -> bool:
        """True at most once per REFUSAL_PERIOD for a chat."""
        if chat_id in self._told:
            return False
        self._told[chat_id] = True
        return True


async def gate(update: object, context: Context) -> None:
    """Stop updates from chats not on the allowlist (after one refusal line)."""
    access = context.bot_data.get(ACCESS)
    if not isinstance(access, Access) or access.allowed is None or not isinstance(update, Update):
        return
    chat = update.effective_chat
    user = update.effective_user
    where = chat.id if chat is not None else (user.id if user is not None else None)
    if where is not None and access.allows(where):
        return
    access.refused += 1
    log.info("refused an update from chat=%s (not in QABOT_ALLOWED_CHATS)", where)
    if update.inline_query is not None:
        await update.inline_query.answer([], cache_time=300, is_personal=True)
    elif update.callback_query is not None:
        await update.callback_query.answer(REFUSAL)
    elif update.message is not None and chat is not None and where is not None:
        message = update.message
        addressed = chat.type == ChatType.PRIVATE or (message.text or "").startswith("/") or (
            question_in(message, context.bot.username, context.bot.id) is not None)
        if addressed and access.first_refusal(where):
            await message.reply_text(REFUSAL)
    raise ApplicationHandlerStop
