"""Greetings and thanks are not questions: "你好" gets a friendly line, not "no answer to 你好 in the report"."""

from __future__ import annotations

import unicodedata

#: Whole messages that are small talk, by kind (the reply is ``texts.SMALL_TALK[kind]``). Matched after
#: NFKC, lower case, and with spaces, punctuation, symbols and emoji taken out, so "你好！👋" and "Hi" match
#: but "你好,芜湖市设了几条热线?" is a question.
SMALL_TALK: dict[str, tuple[str, ...]] = {
    "hello": ("你好", "您好", "你好呀", "你好啊", "你好吗", "大家好", "嗨", "哈喽", "哈啰", "在吗", "在不在", "早",
              "早上好", "早安", "上午好", "中午好", "下午好", "晚上好", "hi", "hello", "hey", "hallo", "yo"),
    "thanks": ("谢谢", "多谢", "多谢了", "谢谢了", "谢了", "谢啦", "谢谢你", "谢谢您", "谢谢啦", "感谢", "非常感谢", "太感谢了",
               "辛苦了", "thanks", "thank you", "thankyou", "thx", "ty"),
    "bye": ("再见", "拜拜", "拜", "回见", "回头见", "晚安", "bye", "byebye", "goodbye", "good night"),
}

_KINDS = {"".join(word.split()): kind for kind, words in SMALL_TALK.items() for word in words}


def _bare(text: str) -> str:
    """The message without spaces, punctuation, symbols, emoji and invisible characters, in lower case."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def small_talk(text: str) -> str | None:
    """The kind of small talk the whole message is ("hello", "thanks", "bye"), or None for anything else."""
    return _KINDS.get(_bare(text))
