"""Whether a message is a question for the bot, and the question without the mention."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.constants import ChatType


def question_in(message: Message, username: str, bot_id: int) -> str | None:
    """The question a text message (or a photo's or document's caption) asks the bot, or None if it is not
    addressed to it.

    Any text in a private chat is a question. In groups only a message that mentions the
    bot (``@username`` or a text mention) or replies to one of its messages is; the
    mention itself is cut out. A caption may also start with ``/ask`` (command handlers see only
    texts). The result may be empty (a bare mention).
    """
    kinds: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    if message.text is not None:
        text, entities = message.text, message.parse_entities(kinds)
    elif message.caption is not None:
        text, entities = message.caption, message.parse_caption_entities(kinds)
    else:
        return None
    asked = False
    if message.text is None and text.startswith("/"):  # a caption: no command handler sees "/ask 问题" there
        command, *rest = text.split(maxsplit=1)
        name, _, target = command[1:].partition("@")
        if name.lower() != "ask" or (target and target.lower() != username.lower()):
            return None  # another command, or /ask for another bot
        text, asked = (rest[0] if rest else ""), True
    mentions = [
        (entity, value)
        for entity, value in entities.items()
        if (entity.type == MessageEntity.MENTION and value.lower() == f"@{username}".lower())
        or (entity.type == MessageEntity.TEXT_MENTION and entity.user is not None
            and entity.user.id == bot_id)
    ]
    if message.chat.type != ChatType.PRIVATE:
        reply = message.reply_to_message
        to_bot = reply is not None and reply.from_user is not None and reply.from_user.id == bot_id
        if not mentions and not to_bot and not asked:
            return None
    for _, value in mentions:
        text = text.replace(value, " ")
    return " ".join(text.split())
