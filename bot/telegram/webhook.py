"""Webhook mode: a small HTTP server (tornado, PTB's own webhook dependency) that Telegram posts updates to.

PTB's built-in webhook server answers a body that is not JSON with 500, logs a CRITICAL traceback for
JSON that is not an Update, and answers 200 before anything is kept, so a kill loses the updates in
flight. This one, in the way PTB's "custom webhook" examples put updates on ``application.update_queue``:

- refuses a request without the right ``X-Telegram-Bot-Api-Secret-Token`` with 403;
- answers 400 to a body that is not JSON or not an Update, with one log line and no traceback;
- writes the update to the update journal (:mod:`bot.telegram.updates`, fsynced) *before* answering
  200, so an update Telegram was told we have is answered after a kill too (Telegram sends again
  whatever did not get its 200);
- logs the address it listens on.

The secret token is checked against Telegram's rule (:func:`secret_token_problem`) before start.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import socket
from collections.abc import Sequence
from types import TracebackType
from typing import Any

import tornado.web
from telegram import Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.telegram.updates import Guard

log = logging.getLogger("bot.telegram")

App = Application[Any, Any, Any, Any, Any, Any]

#: What Telegram accepts as a webhook's secret token.
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Larger bodies are refused (an update is a few kilobytes).
MAX_BODY = 1 << 20


def secret_token_problem(value: str) -> str | None:
    """Why Telegram would reject `value` as a webhook secret token, or None if it is fine."""
    if SECRET_TOKEN.fullmatch(value):
        return None
    if not value or len(value) > 256:
        return f"the webhook secret token must be 1-256 characters long (it has {len(value)})"
    return "the webhook secret token may hold only the letters A-Z and a-z, digits, '_' and '-'"


class Webhook:
    """What the server does with one request: check, parse, journal and queue the update."""

    def __init__(self, application: App, secret_token: str | None) -> None:
        self.application = application
        self.secret_token = secret_token
        guard = getattr(application, "guard", None)
        self.journal = guard.journal if isinstance(guard, Guard) else None

    async def receive(self, secret: str | None, body: bytes, peer: str | None = None) -> int:
        """The HTTP status to answer: 200 once the update is journaled and queued, else 403 or 400."""
        if self.secret_token is not None and not (
                secret is not None and hmac.compare_digest(secret.encode(), self.secret_token.encode())):
            log.info("webhook: refused a request from %s without the right secret token (403)", peer)
            return 403
        update = self._parse(body, peer)
        if update is None:
            return 400
        data, parsed = update
        if self.journal is not None:
            await self.journal.received([data])  # fsynced before Telegram hears 200
        bot = self.application.bot
        if isinstance(bot, ExtBot):
            bot.insert_callback_data(parsed)  # as PTB's own webhook does
        await self.application.update_queue.put(parsed)
        return 200

    def _parse(self, body: bytes, peer: str | None) -> tuple[dict[str, Any], Update] | None:
        try:
            data = json.loads(body)
        except ValueError:  # also bytes that are not UTF-8
            log.warning("webhook: refused a body from %s that is not JSON (400)", peer)
            return None
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int) \
                or isinstance(data["update_id"], bool):
            log.warning("webhook: refused JSON from %s that is not an update (400)", peer)
            return None
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # any malformed field: PTB's parsers raise all sorts
            log.warning("webhook: refused update %s from %s, not a valid update: %s (400)",
                        data["update_id"], peer, type(exc).__name__)
            return None
        return data, update


class _Handler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("POST",)

    def initialize(self, webhook: Webhook) -> None:  # tornado's per-request hook
        self.webhook = webhook

    async def post(self) -> None:
        """One update from Telegram."""
        request = self.request
        status = await self.webhook.receive(request.headers.get(SECRET_HEADER), request.body, request.remote_ip)
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(b"{}" if status == 200 else b'{"ok": false}')

    def log_exception(self, typ: type[BaseException] | None, value: BaseException | None,
                      tb: TracebackType | None) -> None:
        log.debug("webhook: %r", value)  # e.g. a body over MAX_BODY; tornado answers it itself


class _Server(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        pass  # one line per update is logged by the handlers already


class WebhookSource:
    """The webhook as the bot's update source (see :class:`bot.telegram.shutdown.UpdateSource`).

    `start` listens on `listen`:`port` at `path`, logs where, and registers `url` with Telegram
    (setWebhook, with the secret token and the update types); `stop` stops listening.
    """

    def __init__(self, application: App, *, listen: str, port: int, path: str, url: str,
                 secret_token: str | None, allowed_updates: Sequence[str] | None) -> None:
        self.application = application
        self.listen = listen
        self.port = port
        self.path = "/" + path.strip("/")
        self.url = url
        self.secret_token = secret_token
        self.allowed_updates = allowed_updates
        self.webhook = Webhook(application, secret_token)
        self._server: HTTPServer | None = None
        self.address: tuple[str, int] | None = None  # where it listens, once started

    async def start(self) -> None:
        server = HTTPServer(_Server([(rf"{re.escape(self.path)}/?", _Handler, {"webhook": self.webhook})]),
                            max_body_size=MAX_BODY)
        sockets = bind_sockets(self.port, self.listen, family=socket.AF_UNSPEC)
        server.add_sockets(sockets)
        self._server = server
        host, port = sockets[0].getsockname()[:2]
        self.address = (host, port)
        shown = f"[{host}]" if ":" in host else host
        log.info("webhook: listening on http://%s:%d%s for %s", shown, port, self.path, self.url)
        await self.application.bot.set_webhook(self.url, secret_token=self.secret_token,
                                               allowed_updates=self.allowed_updates)

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            await server.close_all_connections()
