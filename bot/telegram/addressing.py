"""Whether a message is a question for the bot, and the question without the mention."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.constants import ChatType


def question_in(message: Message, username: str, bot_id: int) -> str | None:
    """The question a text message asks the bot, or None if it is not addressed to it.

    Any text in a private chat is a question. In groups only a message that mentions the
    bot (``@username`` or a text mention) or replies to one of its messages is; the
    mention itself is cut out. The result may be empty (a bare mention).
    """
    text = message.text
    if text is None:
        return None
    kinds: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    mentions = [
        (entity, value)
        for entity, value in message.parse_entities(kinds).items()
        if (entity.type == MessageEntity.MENTION and value.lower() == f"@{username}".lower())
        or (entity.type == MessageEntity.TEXT_MENTION and entity.user is not None
            and entity.user.id == bot_id)
    ]
    if message.chat.type != ChatType.PRIVATE:
        reply = message.reply_to_message
        to_bot = reply is not None and reply.from_user is not None and reply.from_user.id == bot_id
        if not mentions and not to_bot:
            return None
    for _, value in mentions:
        text = text.replace(value, " ")
    return " ".join(text.split())
