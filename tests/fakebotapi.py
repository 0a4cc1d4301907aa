"""A fake Telegram Bot API server for end-to-end tests.

A real HTTP server on 127.0.0.1 (an ephemeral port, stdlib ``ThreadingHTTPServer`` in a
thread) that serves ``/bot<token>/<method>`` the way Telegram does for the methods the
bot uses. Tests play the user through the ``send_*``/``press_button``/``inline_query``
helpers, which queue updates for ``getUpdates`` (or build them for a webhook), and assert
on :attr:`FakeBotApi.calls` and :attr:`FakeBotApi.messages`.

Like Telegram it
- answers ``getUpdates`` with long polling: updates below ``offset`` are confirmed and
  forgotten, an empty queue waits up to ``timeout`` seconds, a newer ``getUpdates``
  ends an older one with 409 Conflict, and polling while a webhook is set is a 409;
- checks HTML text (``parse_mode=HTML``): only Telegram's tags, balanced, with ``&``,
  ``<`` and ``>`` escaped, else 400 "Bad Request: can't parse entities: …"; a text
  longer than 4096 characters after parsing is 400 "Bad Request: message is too long";
- checks callback data (1–64 bytes), reply targets, edits ("message is not modified"),
  callback and inline query ids (answered once);
- rejects an unknown token with 401 Unauthorized.

Every request is recorded with a monotonic timestamp (for flood-limit measurements), and
:attr:`FakeBotApi.faults` is a hook that can answer any call with an error status (429
with ``retry_after``, 500, 502 …), delay it or drop the connection; :class:`RandomFaults`
is one that fails a share of the calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TOKEN = "123456789:TEST-fake-token_for-qabot"
BOT_USER: dict[str, Any] = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "报道问答",
    "username": "qabot_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64
CALLBACK_ANSWER_LIMIT = 200

# parameters PTB sends as plain strings; all others are JSON-encoded
_STRING_PARAMS = frozenset({
    "text", "parse_mode", "callback_query_id", "inline_query_id", "url", "secret_token",
    "next_offset", "language_code", "caption", "ip_address", "inline_message_id",
    "description", "short_description", "action",
})

# Telegram's HTML tags and the entity each one makes
_TAGS: dict[str, str] = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "span": "spoiler",
    "tg-spoiler": "spoiler", "a": "text_link", "code": "code", "pre": "pre", "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_CHAT_ACTIONS = frozenset({"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                           "upload_document", "choose_sticker", "find_location", "record_video_note",
                           "upload_video_note"})
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR = re.compile(r"([A-Za-z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_AUTO_ENTITY = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?|(?<!\w)@[A-Za-z0-9_]{3,32}")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9A-Fa-f]+);")


class ApiError(Exception):
    """An error answer: HTTP status and Telegram's description."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def bad_request(detail: str) -> ApiError:
    """400 Bad Request with Telegram's wording."""
    return ApiError(400, f"Bad Request: {detail}")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into plain text and entities; raise ApiError(400) like Telegram."""

    def fail(detail: str, at: int) -> ApiError:
        offset = len(text[:at].encode())
        return bad_request(f"can't parse entities: {detail} at byte offset {offset}")

    out: list[str] = []
    length = 0  # of the plain text so far, in UTF-16 units
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict[str, Any]] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if match is None:
                raise fail("Can't find end of the tag", i)
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in _TAGS:
                raise fail(f'Unsupported {"end" if closing else "start"} tag "{name}"', i)
            if closing:
                if not stack or stack[-1][0] != name:
                    expected = f'"</{stack[-1][0]}>"' if stack else "no end tag"
                    raise fail(f'Unmatched end tag, expected {expected}, found "</{name}>"', i)
                _, start, attrs = stack.pop()
                if length > start:
                    entities.append(_entity(name, start, length - start, attrs))
            else:
                attrs = {
                    m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                    for m in _ATTR.finditer(match.group(3))
                }
                if name == "span" and attrs.get("class") != "tg-spoiler":
                    raise fail('Tag "span" must have class "tg-spoiler"', i)
                if name == "a" and "href" not in attrs:
                    raise fail('Tag "a" must have attribute "href"', i)
                if name == "tg-emoji" and "emoji-id" not in attrs:
                    raise fail('Tag "tg-emoji" must have attribute "emoji-id"', i)
                if name == "blockquote" and any(tag == "blockquote" for tag, _, _ in stack):
                    raise fail("Blockquote entities can't be nested", i)
                stack.append((name, length, attrs))
            i = match.end()
            continue
        if char == "&":
            match = _ENTITY.match(text, i)
            if match is None:
                raise fail('Unsupported HTML entity or unescaped "&"', i)
            char = html.unescape(match.group())
            i = match.end()
        elif char == ">":
            raise fail('Unescaped ">"', i)
        else:
            i += 1
        out.append(char)
        length += utf16_len(char)
    if stack:
        name = stack[-1][0]
        raise bad_request(f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{name}"')
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _entity(name: str, offset: int, length: int, attrs: dict[str, str]) -> dict[str, Any]:
    kind = _TAGS[name]
    if name == "blockquote" and "expandable" in attrs:
        kind = "expandable_blockquote"
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if kind == "text_link":
        entity["url"] = attrs["href"]
    if kind == "custom_emoji":
        entity["custom_emoji_id"] = attrs["emoji-id"]
    if kind == "code" and attrs.get("class", "").startswith("language-"):
        entity["type"] = "pre"
        entity["language"] = attrs["class"].removeprefix("language-")
    return entity


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Telegram strips leading and trailing whitespace from a text, moving entities along."""
    head = utf16_len(text) - utf16_len(text.lstrip())
    text = text.strip()
    total = utf16_len(text)
    kept = []
    for entity in entities:
        start = max(0, entity["offset"] - head)
        end = min(total, entity["offset"] + entity["length"] - head)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return text, kept


def entity_text(text: str, entity: dict[str, Any]) -> str:
    """The part of `text` an entity covers."""
    units = text.encode("utf-16-le")
    start, end = entity["offset"] * 2, (entity["offset"] + entity["length"]) * 2
    return units[start:end].decode("utf-16-le")


def auto_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram's clients add: a leading /command and @mentions."""
    entities: list[dict[str, Any]] = []
    for match in _AUTO_ENTITY.finditer(text):
        kind = "bot_command" if match.group().startswith("/") else "mention"
        entities.append({
            "type": kind,
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        })
    return entities


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() when it arrived
    status: int = 0  # HTTP status answered; 0 while in flight (e.g. a long poll)
    result: Any = None
    error: str | None = None
    fault: Fault | None = None

    @property
    def ok(self) -> bool:
        """Whether Telegram would have accepted it."""
        return self.status == 200

    @property
    def done(self) -> bool:
        """Whether it has been answered (or dropped)."""
        return self.status != 0


@dataclass
class Fault:
    """What the `faults` hook can make of a call."""

    status: int = 0  # answer with this HTTP status instead (e.g. 429, 500, 502); 0: answer normally
    description: str = ""
    retry_after: int | None = None  # sent as parameters.retry_after (429)
    delay: float = 0.0  # seconds to wait before answering (or dropping)
    drop: bool = False  # close the connection without answering


FaultHook = Callable[[str, dict[str, Any]], Fault | None]


class RandomFaults:
    """A `faults` hook failing a share of the calls to some methods, each time in one of these ways.

    ``429`` (with ``retry_after``), ``500``, ``502``, ``timeout`` (held longer than the
    client waits, then dropped unanswered) and ``drop`` (connection closed at once), in
    turn for each method. A
    failed call is never carried out, like a request Telegram's front end refused. Seeded,
    with a stream of draws per method, so which calls of a method fail does not hang on how
    the calls of the others interleave with them; :attr:`injected` counts the faults by kind, :attr:`by_method` by
    method and kind.
    """

    KINDS = ("429", "500", "502", "timeout", "drop")

    def __init__(self, rate: float, methods: tuple[str, ...] = ("getUpdates", "sendMessage"), seed: int = 1,
                 kinds: tuple[str, ...] = KINDS, timeout: float = 2.0, retry_after: int = 1) -> None:
        import random

        self.rate = rate
        self.methods = frozenset(methods)
        self.kinds = kinds
        self.timeout = timeout
        self.retry_after = retry_after
        self.injected: dict[str, int] = {}
        self.by_method: dict[tuple[str, str], int] = {}
        self.enabled = True
        self._random = {method: random.Random(f"{seed}:{method}") for method in methods}
        self._lock = threading.Lock()

    def __call__(self, method: str, params: dict[str, Any]) -> Fault | None:
        if not self.enabled or method not in self.methods:
            return None
        with self._lock:
            if self._random[method].random() >= self.rate:
                return None
            # in turn for each method, so that even a short run fails each method in every way
            done = sum(n for (m, _), n in self.by_method.items() if m == method)
            kind = self.kinds[done % len(self.kinds)]
            self.injected[kind] = self.injected.get(kind, 0) + 1
            self.by_method[method, kind] = self.by_method.get((method, kind), 0) + 1
        if kind == "429":
            return Fault(status=429, retry_after=self.retry_after)
        if kind == "timeout":
            return Fault(delay=self.timeout, drop=True)
        if kind == "drop":
            return Fault(drop=True)
        return Fault(status=int(kind))

    @property
    def total(self) -> int:
        """Faults injected so far."""
        return sum(self.injected.values())


@dataclass
class SentMessage:
    """A message the bot sent (its latest version if edited)."""

    chat_id: int
    message_id: int
    text: str  # as the user sees it (HTML parsed)
    html: str  # as the bot sent it
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    reply_to: int | None
    at: float
    edits: int = 0
    raw: dict[str, Any] = field(default_factory=dict)

    def styled(self, kind: str) -> list[str]:
        """The pieces of text under one kind of entity, e.g. "bold" or "blockquote"."""
        return [entity_text(self.text, e) for e in self.entities if e["type"] == kind]

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button(self, label: str) -> dict[str, Any]:
        """The button whose text contains `label`."""
        for button in self.buttons:
            if label in button["text"]:
                return button
        raise AssertionError(f"no button {label!r} in {[b['text'] for b in self.buttons]}")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: with Nagle's algorithm the second waits for the
    # client's (delayed) ACK of the first, 40 ms a reply on a kept-alive connection
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        api = self.server.api
        url = urlsplit(self.path)
        match = re.fullmatch(r"/bot([^/]*)/([A-Za-z]+)", url.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if match is None:
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        token, method = match.groups()
        try:
            params = _parse_params(url.query, body, self.headers.get("Content-Type", ""))
        except ValueError as exc:
            self._reply(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
            return
        status, payload = api.handle(token, method, params, drop=self._drop)
        if status:
            self._reply(status, payload)

    def _drop(self) -> None:
        self.close_connection = True

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client gave up (e.g. a cancelled long poll)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024  # the bot opens many connections at once under load

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that went away (e.g. killed)
            super().handle_error(request, client_address)
    api: FakeBotApi


def _parse_params(query: str, body: bytes, content_type: str) -> dict[str, Any]:
    raw: dict[str, Any] = dict(parse_qsl(query))
    if body:
        if content_type.startswith("application/json"):
            raw.update(json.loads(body))
            return raw
        if content_type.startswith("multipart/form-data"):
            raise ValueError("file uploads are not supported by this fake")
        raw.update(parse_qsl(body.decode(), keep_blank_values=True))
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, str) and key not in _STRING_PARAMS:
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        params[key] = value
    return params


class FakeBotApi:
    """The fake server: start it, point the bot at :attr:`base_url`, play the user."""

    def __init__(self, token: str = TOKEN, bot_user: dict[str, Any] | None = None, port: int = 0) -> None:
        self.token = token
        self._port = port  # 0: an ephemeral one, chosen at start
        self.bot_user = dict(bot_user or BOT_USER)
        self.calls: list[Call] = []
        self.messages: list[SentMessage] = []  # every message the bot sent, in order
        self.commands: list[dict[str, Any]] = []
        self.description = ""  # setMyDescription
        self.short_description = ""  # setMyShortDescription
        self.webhook: dict[str, Any] = {}
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self.faults: FaultHook | None = None
        self.blocked: set[int] = set()  # chats whose user blocked the bot: sending there is 403 Forbidden
        self._updates: list[dict[str, Any]] = []
        self.pushed_at: dict[int, float] = {}  # update_id -> time.monotonic() when queued
        self._allowed_updates: list[str] | None = None
        self._chats: dict[int, dict[str, Any]] = {}
        self._history: dict[tuple[int, int], dict[str, Any]] = {}  # every message, by (chat, id)
        self._next_message_id: dict[int, Iterator[int]] = {}
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._poll_generation = 0
        self._lock = threading.Condition()
        self._closing = False
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ------------------------------------------------------------------------------------------
    def start(self) -> FakeBotApi:
        """Listen on 127.0.0.1 at the port given (default: an ephemeral one)."""
        self._server = _Server(("127.0.0.1", self._port), _Handler)
        self._server.api = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-bot-api", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; wakes pending long polls."""
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port it listens on (or will, when given and not started yet)."""
        if self._server is None:
            assert self._port, "not started"
            return self._port
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The server root, e.g. for TELEGRAM_API_BASE_URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """PTB's `base_url` (the token is appended to it)."""
        return f"{self.url}/bot"

    # --- the user's side ------------------------------------------------------------------------------------
    @staticmethod
    def user(user_id: int, first_name: str = "测试用户", **extra: Any) -> dict[str, Any]:
        """A user object."""
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "zh-hans", **extra}

    def chat(
        self, chat_id: int, chat_type: str = "private", user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The chat object for an id (private chats are named after their user)."""
        with self._lock:
            chat = self._chats.get(chat_id)
            if chat is None:
                chat = {"id": chat_id, "type": chat_type}
                if chat_type == "private":
                    chat["first_name"] = (user or {}).get("first_name", "测试用户")
                else:
                    chat["title"] = f"测试群 {abs(chat_id)}"
                self._chats[chat_id] = chat
            return chat

    def make_message(
        self,
        chat_id: int,
        user_id: int,
        content: dict[str, Any],
        chat_type: str = "private",
        reply_to: dict[str, Any] | SentMessage | None = None,
    ) -> dict[str, Any]:
        """A message from a user (stored in the chat's history, not queued)."""
        user = self.user(user_id)
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_id),
            "from": user,
            "chat": self.chat(chat_id, chat_type, user),
            "date": int(time.time()),
            **content,
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to.raw if isinstance(reply_to, SentMessage) else reply_to
        with self._lock:
            self._history[(chat_id, message["message_id"])] = message
        return message

    def make_text(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        chat_type: str = "private",
        reply_to: dict[str, Any] | SentMessage | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A text message update (not queued): for posting to a webhook."""
        content: dict[str, Any] = {"text": text}
        found = auto_entities(text) if entities is None else entities
        if found:
            content["entities"] = found
        message = self.make_message(chat_id, user_id, content, chat_type, reply_to)
        return {"update_id": next(self._update_ids), "message": message}

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates."""
        update.setdefault("update_id", next(self._update_ids))
        with self._lock:
            self.pushed_at[update["update_id"]] = time.monotonic()
            self._updates.append(update)
            self._lock.notify_all()
        return update

    def send_text(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        chat_type: str = "private",
        reply_to: dict[str, Any] | SentMessage | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """The user sends a text; commands and @mentions get their entities as in Telegram."""
        update = self.push(self.make_text(chat_id, user_id, text, chat_type, reply_to, entities))
        message: dict[str, Any] = update["message"]
        return message

    def send_photo(self, chat_id: int, user_id: int, caption: str | None = None,
                   chat_type: str = "private") -> dict[str, Any]:
        """The user sends a photo."""
        sizes = [
            {"file_id": f"photo-{w}", "file_unique_id": f"p{w}", "width": w, "height": w, "file_size": w * 50}
            for w in (90, 320)
        ]
        content: dict[str, Any] = {"photo": sizes}
        return self.send_content(chat_id, user_id, self._captioned(content, caption), chat_type)

    def send_document(self, chat_id: int, user_id: int, caption: str | None = None,
                      chat_type: str = "private") -> dict[str, Any]:
        """The user sends a document (a PDF)."""
        document = {"file_id": "doc-1", "file_unique_id": "d1", "file_name": "报道.pdf",
                    "mime_type": "application/pdf", "file_size": 12345}
        return self.send_content(chat_id, user_id, self._captioned({"document": document}, caption), chat_type)

    @staticmethod
    def _captioned(content: dict[str, Any], caption: str | None) -> dict[str, Any]:
        """A media message's content with its caption; commands and @mentions get entities as in Telegram."""
        if caption:
            content["caption"] = caption
            if found := auto_entities(caption):
                content["caption_entities"] = found
        return content

    def send_sticker(self, chat_id: int, user_id: int, chat_type: str = "private") -> dict[str, Any]:
        """The user sends a sticker."""
        sticker = {"file_id": "sticker-1", "file_unique_id": "s1", "type": "regular", "width": 512,
                   "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}
        return self.send_content(chat_id, user_id, {"sticker": sticker}, chat_type)

    def send_voice(self, chat_id: int, user_id: int, chat_type: str = "private") -> dict[str, Any]:
        """The user sends a voice message."""
        voice = {"file_id": "voice-1", "file_unique_id": "v1", "duration": 3, "mime_type": "audio/ogg"}
        return self.send_content(chat_id, user_id, {"voice": voice}, chat_type)

    def send_content(self, chat_id: int, user_id: int, content: dict[str, Any],
                     chat_type: str = "private") -> dict[str, Any]:
        """The user sends any other kind of message."""
        message = self.make_message(chat_id, user_id, content, chat_type)
        self.push({"message": message})
        return message

    def press_button(self, message: SentMessage | dict[str, Any], data: str | dict[str, Any],
                     user_id: int | None = None) -> dict[str, Any]:
        """The user presses an inline button (its callback data, or the button itself)."""
        raw = message.raw if isinstance(message, SentMessage) else message
        callback_data = str(data["callback_data"]) if isinstance(data, dict) else data
        chat_id = raw["chat"]["id"]
        query: dict[str, Any] = {
            "id": str(next(self._query_ids)),
            "from": self.user(user_id if user_id is not None else chat_id),
            "message": self._history.get((chat_id, raw["message_id"]), raw),
            "chat_instance": f"ci{chat_id}",
            "data": callback_data,
        }
        self._callback_ids.add(query["id"])
        self.push({"callback_query": query})
        return query

    def inline_query(self, user_id: int, query: str, chat_type: str = "sender") -> dict[str, Any]:
        """The user types ``@bot query`` in a chat."""
        inline: dict[str, Any] = {"id": f"iq{next(self._query_ids)}", "from": self.user(user_id),
                                  "query": query, "offset": "", "chat_type": chat_type}
        self._inline_ids.add(inline["id"])
        self.push({"inline_query": inline})
        return inline

    # --- what the bot did -----------------------------------------------------------------------------------
    def sent(self, chat_id: int | None = None) -> list[SentMessage]:
        """Messages the bot sent (to one chat), oldest first."""
        with self._lock:
            return [m for m in self.messages if chat_id is None or m.chat_id == chat_id]

    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one method."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def replies_to(self, message: dict[str, Any] | SentMessage) -> list[SentMessage]:
        """The bot's messages replying to a given message."""
        raw = message.raw if isinstance(message, SentMessage) else message
        return [m for m in self.sent(raw["chat"]["id"]) if m.reply_to == raw["message_id"]]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0, what: str = "condition") -> Any:
        """Block until `predicate()` is truthy (checked on every call the bot makes); return its value."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out waiting for {what}; last calls: {self._summary()}")
                self._lock.wait(min(remaining, 0.05))

    async def until(self, predicate: Callable[[], Any], timeout: float = 5.0, what: str = "condition") -> Any:
        """`wait_for` for async tests: polls without blocking the event loop the bot runs on."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; last calls: {self._summary()}")
            await asyncio.sleep(0.01)

    async def reply(self, message: dict[str, Any], count: int = 1, timeout: float = 5.0) -> list[SentMessage]:
        """Wait for the bot's reply (`count` messages replying to `message`)."""
        def ready() -> list[SentMessage] | None:
            replies = self.replies_to(message)
            return replies if len(replies) >= count else None

        what = f"{count} replies to message {message['message_id']}"
        replies: list[SentMessage] = await self.until(ready, timeout, what)
        return replies

    def _summary(self) -> str:
        return ", ".join(f"{c.method}:{c.status}" + (f"({c.error})" if c.error else "")
                         for c in self.calls[-8:])

    # --- the API --------------------------------------------------------------------------------------------
    def handle(self, token: str, method: str, params: dict[str, Any],
               drop: Callable[[], None]) -> tuple[int, dict[str, Any]]:
        """Serve one request; returns (status, JSON body), or (0, {}) when the connection is dropped."""
        call = Call(method=method, params=params, at=time.monotonic())
        with self._lock:  # recorded on arrival, so a pending long poll is visible too
            self.calls.append(call)
            self._lock.notify_all()
        fault = self.faults(method, params) if self.faults is not None else None
        if fault is not None:
            call.fault = fault
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                drop()
                self._record(call, -1, error="dropped")
                return 0, {}
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            if fault is not None and fault.status:
                retry = {"retry_after": fault.retry_after} if fault.retry_after is not None else None
                default = (f"Too Many Requests: retry after {fault.retry_after}" if fault.status == 429
                           else "Internal Server Error")
                raise ApiError(fault.status, fault.description or default, retry)
            handler = getattr(self, f"_api_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = handler(params)
        except ApiError as exc:
            self._record(call, exc.status, error=exc.description)
            body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return exc.status, body
        self._record(call, 200, result=result)
        return 200, {"ok": True, "result": result}

    def _record(self, call: Call, status: int, result: Any = None, error: str | None = None) -> None:
        with self._lock:
            call.status, call.result, call.error = status, result, error
            self._lock.notify_all()

    def _new_message_id(self, chat_id: int) -> int:
        with self._lock:
            counter = self._next_message_id.setdefault(chat_id, itertools.count(1))
            return next(counter)

    def _known_chat(self, chat_id: Any) -> dict[str, Any]:
        try:
            chat = self._chats.get(int(chat_id))
        except (TypeError, ValueError):
            chat = None
        if chat is None:
            raise bad_request("chat not found")
        if chat["id"] in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    @staticmethod
    def _text(params: dict[str, Any], key: str = "text") -> tuple[str, list[dict[str, Any]]]:
        text = str(params.get(key, ""))
        mode = str(params.get("parse_mode") or "").upper()
        if mode == "HTML":
            text, entities = parse_html(text)
        elif mode:
            raise bad_request(f"unsupported parse_mode {mode} in this fake")
        else:
            entities = list(params.get("entities") or [])
        text, entities = _trim(text, entities)
        if not text:
            raise bad_request("message text is empty")
        if utf16_len(text) > MESSAGE_LIMIT:
            raise bad_request("message is too long")
        return text, entities

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if not markup:
            return None
        if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
            raise bad_request("can't parse reply keyboard markup JSON object")
        for row in markup["inline_keyboard"]:
            for button in row:
                if not button.get("text"):
                    raise bad_request("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_LIMIT:
                    raise bad_request("BUTTON_DATA_INVALID")
        return markup

    # methods (one per Bot API method, named _api_<lowercase name>)
    def _api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def _api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0.0, float(params.get("timeout") or 0))
        deadline = time.monotonic() + timeout
        with self._lock:
            if self.webhook.get("url"):
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                    "use deleteWebhook to delete the webhook first")
            if "allowed_updates" in params and params["allowed_updates"] is not None:
                self._allowed_updates = list(params["allowed_updates"]) or None
            self._poll_generation += 1
            generation = self._poll_generation
            while True:
                self._confirm(offset)
                ready = self._deliverable()
                if ready or self._closing:
                    return ready[:limit]
                if generation != self._poll_generation:
                    raise ApiError(409, "Conflict: terminated by other getUpdates request; "
                                        "make sure that only one bot instance is running")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._lock.wait(remaining)

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            self._updates = self._updates[offset:]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]

    def _deliverable(self) -> list[dict[str, Any]]:
        allowed = self._allowed_updates
        if allowed:
            # Telegram never delivers the kinds not asked for
            self._updates = [u for u in self._updates if any(kind in u for kind in allowed)]
        return list(self._updates)

    def _api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._known_chat(params.get("chat_id"))
        text, entities = self._text(params)
        markup = self._check_markup(params.get("reply_markup"))
        reply = params.get("reply_parameters") or {}
        if "reply_to_message_id" in params:
            reply = {"message_id": params["reply_to_message_id"],
                     "allow_sending_without_reply": params.get("allow_sending_without_reply", False)}
        replied = None
        if reply:
            replied = self._history.get((chat["id"], int(reply["message_id"])))
            if replied is None and not reply.get("allow_sending_without_reply"):
                raise bad_request("message to be replied not found")
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat["id"]),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if markup:
            message["reply_markup"] = markup
        if replied is not None:
            message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        sent = SentMessage(
            chat_id=chat["id"], message_id=message["message_id"], text=text, html=str(params.get("text", "")),
            entities=entities, reply_markup=markup, reply_to=replied["message_id"] if replied else None,
            at=time.monotonic(), raw=message,
        )
        with self._lock:
            self._history[(chat["id"], message["message_id"])] = message
            self.messages.append(sent)
        return message

    def _api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        if params.get("inline_message_id"):
            self._text(params)
            return True
        chat = self._known_chat(params.get("chat_id"))
        message = self._history.get((chat["id"], int(params.get("message_id") or 0)))
        if message is None:
            raise bad_request("message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise bad_request("message can't be edited")
        text, entities = self._text(params)
        markup = self._check_markup(params.get("reply_markup"))
        if text == message.get("text") and entities == message.get("entities", []) \
                and markup == message.get("reply_markup"):
            raise bad_request("message is not modified: specified new message content and reply markup are "
                              "exactly the same as a current content and reply markup of the message")
        edited = {k: v for k, v in message.items() if k not in ("entities", "reply_markup")}
        edited.update(text=text, edit_date=int(time.time()))
        if entities:
            edited["entities"] = entities
        if markup:
            edited["reply_markup"] = markup
        with self._lock:
            self._history[(chat["id"], message["message_id"])] = edited
            for sent in self.messages:
                if sent.chat_id == chat["id"] and sent.message_id == message["message_id"]:
                    sent.text, sent.html, sent.entities = text, str(params.get("text", "")), entities
                    sent.reply_markup, sent.raw = markup, edited
                    sent.edits += 1
        return edited

    def _api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._callback_ids or query_id in self.callback_answers:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        if len(str(params.get("text") or "")) > CALLBACK_ANSWER_LIMIT:
            raise bad_request("MESSAGE_TOO_LONG")
        with self._lock:
            self.callback_answers[query_id] = params
        return True

    def _api_answerinlinequery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id", ""))
        if query_id not in self._inline_ids or query_id in self.inline_answers:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        results = params.get("results") or []
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise bad_request("RESULT_ID_INVALID")
        if len(set(ids)) != len(ids):
            raise bad_request("RESULT_ID_DUPLICATE")
        for result in results:
            content = result.get("input_message_content") or {}
            if "message_text" in content:
                self._text(content, "message_text")
            self._check_markup(result.get("reply_markup"))
        with self._lock:
            self.inline_answers[query_id] = params
        return True

    def _api_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        with self._lock:
            self.commands = list(commands)
        return True

    def _api_getmycommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return list(self.commands)

    def _api_sendchataction(self, params: dict[str, Any]) -> bool:
        self._known_chat(params.get("chat_id"))
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _api_getmydescription(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"description": self.description}

    def _api_setmydescription(self, params: dict[str, Any]) -> bool:
        text = str(params.get("description") or "")
        if len(text) > 512:
            raise bad_request("BOT_DESCRIPTION_INVALID")
        with self._lock:
            self.description = text
        return True

    def _api_getmyshortdescription(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"short_description": self.short_description}

    def _api_setmyshortdescription(self, params: dict[str, Any]) -> bool:
        text = str(params.get("short_description") or "")
        if len(text) > 120:
            raise bad_request("BOT_ABOUT_INVALID")
        with self._lock:
            self.short_description = text
        return True

    def _api_deletewebhook(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self.webhook = {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
        return True

    def _api_setwebhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if url and not url.startswith(("https://", "http://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        with self._lock:
            self.webhook = dict(params) if url else {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
            self._lock.notify_all()
        return True

    def _api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            info: dict[str, Any] = {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                                    "pending_update_count": len(self._updates)}
            if self.webhook.get("allowed_updates"):
                info["allowed_updates"] = self.webhook["allowed_updates"]
            return info

    def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _api_logout(self, params: dict[str, Any]) -> bool:
        return True


def most_in_window(stamps: list[float], period: float) -> int:
    """The most timestamps in any `period` seconds (the peak send rate the server saw)."""
    stamps = sorted(stamps)
    best, start = 0, 0
    for end, stamp in enumerate(stamps):
        while stamp - stamps[start] >= period:
            start += 1
        best = max(best, end - start + 1)
    return best
