"""Build and run the Telegram bot (python-telegram-bot v22 `Application`)."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import sys
import threading
from collections.abc import Collection
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, LinkPreviewOptions, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BasePersistence,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.telegram import access, handlers, redact, texts
from bot.telegram.delivery import MAX_IN_FLIGHT, TELEGRAM_LIMITS, Delivery, FloodLimits
from bot.telegram.handlers import Deps
from bot.telegram.persistence import SqlitePersistence, state_path
from bot.telegram.ratelimit import BACKLOG, UserRateLimiter
from bot.telegram.sendlog import SendLog, sends_path
from bot.telegram.service import EngineLoader, QaService
from bot.telegram.shutdown import GRACE, STOP_SIGNALS, serve, serve_polling
from bot.telegram.state import ChatState
from bot.telegram.updates import (
    JournalingRequest,
    ReliableApplication,
    UpdateJournal,
    journal_path,
    replay_pending,
)
from index.errors import QabotError
from index.settings import Settings

log = logging.getLogger("bot.telegram")

App = Application[Any, Any, Any, Any, Any, Any]

#: The update types the bot handles; everything else is not even fetched.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
#: Default incoming limit: questions per user per period (seconds).
QUESTION_LIMIT = (10, 30.0)
#: Start-up tries to reach the Bot API this many times, waiting 1, 2, 4 … (at most 30) seconds in between:
#: about a minute and a half before it gives up.
START_ATTEMPTS = 8
START_BACKOFF = 1.0
START_MAX_BACKOFF = 30.0


def api_urls(base_url: str) -> tuple[str, str]:
    """The Bot API and file URLs for a local server, e.g. ``http://127.0.0.1:8081``.

    ``…/bot`` (PTB's own form, the token is appended) and ``…/bot{token}`` are taken as they are.
    """
    base = base_url.strip().rstrip("/")
    if "{token}" in base:
        return base, base
    root = base.removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


def spare_failed_imports() -> None:
    """httpcore imports the optional `sniffio` each time it sets up a lock, and Python does not remember a
    failed import: without sniffio installed (anyio ≥ 4.11 no longer brings it) every request searches the whole
    path for it again, about a tenth of the bot's CPU. A ``None`` in ``sys.modules`` makes that import fail at
    once, as Python documents; httpcore then takes its asyncio path as before (encode/httpcore#1102)."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def quiet_http_logs() -> None:
    """Keep request URLs (which hold the token) out of the logs."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # PTB's own DEBUG lines include the API URL with the token
    if logging.getLogger("telegram").getEffectiveLevel() < logging.INFO:
        logging.getLogger("telegram").setLevel(logging.INFO)


async def _post_init(application: App) -> None:
    """Load the index once, then register the command menu."""
    deps: Deps = application.bot_data[handlers.DEPS]
    await deps.service.load()
    # the chats remembered from before the restart, least recently used first
    for chat_id, _ in sorted(application.chat_data.items(), key=lambda item: item[1].touched):
        deps.recent[chat_id] = None
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in texts.COMMANDS])
    await describe(application.bot)
    await replay_pending(application)  # questions fetched before a kill, never answered


async def describe(bot: Bot) -> None:
    """Set the bot's description and short description (in Chinese) where they differ; failures are only logged."""
    async def description() -> None:
        if (await bot.get_my_description()).description != texts.DESCRIPTION:
            await bot.set_my_description(texts.DESCRIPTION)

    async def short_description() -> None:
        if (await bot.get_my_short_description()).short_description != texts.SHORT_DESCRIPTION:
            await bot.set_my_short_description(texts.SHORT_DESCRIPTION)

    for what, step in (("description", description), ("short description", short_description)):
        try:
            await step()
        except TelegramError as exc:  # the bot answers as well without them
            log.warning("could not set the bot's %s: %s", what, exc)


async def connect(application: App, attempts: int = START_ATTEMPTS, backoff: float = START_BACKOFF,
                  max_backoff: float = START_MAX_BACKOFF) -> None:
    """Initialize (getMe), trying again with exponential back-off while the Bot API cannot be reached.

    Each failed try is one log line; after `attempts` it gives up with a QabotError. A rejected token
    or a bad request is raised at once: waiting cannot mend it.
    """
    waited = 0.0
    for attempt in range(1, attempts + 1):
        try:
            await application.initialize()
            return
        except NetworkError as exc:  # unreachable, refused, timed out, 5xx
            if isinstance(exc, BadRequest):
                raise
            if attempt >= attempts:
                raise QabotError(f"cannot reach the Telegram Bot API: {exc.message}",
                                 f"tried {attempts} times in {waited:.0f} s; check the network or "
                                 "TELEGRAM_API_BASE_URL") from None
            delay = min(max_backoff, backoff * 2 ** (attempt - 1))
            waited += delay
            log.warning("cannot reach the Telegram Bot API (%s); trying again in %g s (attempt %d of %d)",
                        exc.message, delay, attempt + 1, attempts)
            await asyncio.sleep(delay)


def build_application(
    token: str,
    engine_loader: EngineLoader,
    base_url: str | None = None,
    *,
    admins: Collection[int] = (),
    allowed_chats: Collection[int] | None = None,
    question_limit: tuple[int, float] = QUESTION_LIMIT,
    question_backlog: int = BACKLOG,
    flood_limits: FloodLimits | None = TELEGRAM_LIMITS,
    attempts: int = 6,
    journal: UpdateJournal | None = None,
    persistence: BasePersistence[Any, ChatState, Any] | None = None,
    sends: SendLog | None = None,
    http_timeout: float = 5.0,
) -> App:
    """The bot's `Application`: handlers, HTML defaults, flood control; the index loads in post_init.

    `engine_loader` is called (in a worker thread) at start and on /reload.
    `base_url` points the bot at another Bot API server (see :func:`api_urls`).
    Requests are retried up to `attempts` times and kept under `flood_limits` (None: no
    limits) by :class:`~bot.telegram.delivery.Delivery`; `journal` (see
    :mod:`bot.telegram.updates`) makes each update answered once across restarts, and `persistence` (see
    :mod:`bot.telegram.persistence`) keeps each chat's :class:`ChatState` (buttons, conversations) across them,
    and `sends` (see :mod:`bot.telegram.sendlog`) the flood windows;
    `allowed_chats` (None: all) is the allowlist; `question_limit` (questions, seconds) is the per-user
    limit, over which up to `question_backlog` questions wait their turn (see :mod:`bot.telegram.ratelimit`); `http_timeout` bounds each request's
    connect, read and write (a long poll's read gets its poll timeout on top).
    """
    quiet_http_logs()
    spare_failed_imports()
    delivery = Delivery(flood_limits, attempts=attempts, sends=sends)
    builder = (
        ApplicationBuilder()
        .token(token)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                do_quote=True,
                allow_sending_without_reply=True,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .application_class(ReliableApplication, kwargs={"journal": journal})
        .context_types(ContextTypes(chat_data=ChatState))
        .concurrent_updates(True)
        .rate_limiter(delivery)
        .connection_pool_size(MAX_IN_FLIGHT)
        .connect_timeout(http_timeout)
        .read_timeout(http_timeout)
        .write_timeout(http_timeout)
        .get_updates_request(JournalingRequest(journal, connection_pool_size=1, connect_timeout=http_timeout,
                                               read_timeout=http_timeout, write_timeout=http_timeout))
        .post_init(_post_init)
    )
    if persistence is not None:
        builder = builder.persistence(persistence)
    if base_url:
        api, files = api_urls(base_url)
        builder = builder.base_url(api).base_file_url(files)
    application: App = builder.build()

    async def typing(chat_id: object) -> None:
        """An answer waits on the flood limits: show "typing…" in its chat meanwhile."""
        if isinstance(chat_id, int | str):
            await application.bot.send_chat_action(chat_id, ChatAction.TYPING)

    delivery.on_wait = typing
    application.bot_data[handlers.DEPS] = Deps(
        service=QaService(engine_loader),
        limiter=UserRateLimiter(*question_limit, backlog=question_backlog),
        admins=frozenset(admins),
    )
    application.bot_data[access.ACCESS] = access.Access(allowed_chats, admins)
    add_handlers(application)
    return application


def add_handlers(application: App) -> None:
    """Route updates to the handlers."""
    new = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE
    application.add_handler(TypeHandler(Update, access.gate), group=-1)  # the allowlist, before all else
    for name, callback in (
        ("start", handlers.start_command),
        ("help", handlers.help_command),
        ("about", handlers.about_command),
        ("ask", handlers.ask_command),
        ("reload", handlers.reload_command),
    ):
        application.add_handler(CommandHandler(name, callback, filters=new))
    application.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, handlers.on_text))
    # a photo or a document whose caption asks a question is read like a text (same addressing rules)
    captioned = new & filters.CAPTION & (filters.PHOTO | filters.Document.ALL)
    application.add_handler(MessageHandler(captioned, handlers.on_text))
    application.add_handler(MessageHandler(new & private & filters.COMMAND, handlers.unknown_command))
    application.add_handler(
        MessageHandler(new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.not_text)
    )
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_handler(InlineQueryHandler(handlers.on_inline_query))
    application.add_error_handler(handlers.on_error)


def _fail(message: str, hint: str = "", code: int = 1) -> int:
    """One clear line on stderr (in the CLI's format); the exit code (2: a wrong command line)."""
    print(f"qabot: error: {message}" + (f" (hint: {hint})" if hint else ""), file=sys.stderr)
    return code


def log_level(value: str | None) -> int:
    """QABOT_LOG_LEVEL (DEBUG, INFO, WARNING, ERROR; default INFO)."""
    level = logging.getLevelName((value or "INFO").strip().upper())
    return level if isinstance(level, int) else logging.INFO


def open_journal(token: str, state_dir: Path) -> UpdateJournal | None:
    """The bot's update journal; None (with a warning) if the state directory is unusable."""
    path = journal_path(state_dir, token)
    try:
        return UpdateJournal(path).open()
    except OSError as exc:
        log.warning("cannot keep the update journal in %s (%s): a kill may lose the questions in flight",
                    path.parent, exc.strerror)
        return None


def open_state(journal: UpdateJournal | None) -> SqlitePersistence | None:
    """The chats' saved state beside the update journal; None (with a warning) if it cannot be kept."""
    if journal is None:
        return None
    path = state_path(journal.path)
    try:
        return SqlitePersistence(path).open()
    except OSError as exc:
        log.warning("cannot keep the bot's state in %s (%s): buttons and conversations end at a restart",
                    path.parent, exc.strerror)
        return None


def open_sends(journal: UpdateJournal | None, limits: FloodLimits | None) -> SendLog | None:
    """The log of recent sends beside the update journal (for flood limits that hold across restarts); None
    without limits, or (with a warning) if it cannot be kept."""
    if journal is None or limits is None:
        return None
    keep = max(limits.overall_period, limits.group_period, limits.chat_period)
    path = sends_path(journal.path)
    try:
        return SendLog(path, keep).open()
    except OSError as exc:
        log.warning("cannot keep the send log in %s (%s): after a restart the flood limits start afresh",
                    path.parent, exc.strerror)
        return None


def run(
    token: str,
    *,
    index_path: Path | None,
    webhook_url: str | None,
    listen: str,
    port: int,
    secret_token: str | None,
    base_url: str | None,
    state_dir: Path | None = None,
    flood_limits: FloodLimits | None = TELEGRAM_LIMITS,
    poll_timeout: float = 10.0,
    http_timeout: float = 5.0,
    grace: float = GRACE,
    start_attempts: int = START_ATTEMPTS,
    start_backoff: float = START_BACKOFF,
    settings: Settings | None = None,
) -> int:
    """Run the bot until stopped (SIGINT/SIGTERM); returns the exit code.

    Long polling unless `webhook_url` is given, then a webhook server (:mod:`bot.telegram.webhook`)
    listens on `listen`:`port` at the URL's path and checks `secret_token`. `base_url` (or
    TELEGRAM_API_BASE_URL) points it at a local Bot API server; QABOT_ADMIN_IDS lists
    the users allowed to /reload, QABOT_ALLOWED_CHATS the chats served (default all),
    QABOT_LOG_LEVEL the log level. Both modes keep their update journal in `state_dir`
    (default QABOT_STATE_DIR or ~/.local/state/qabot) and stops within about `grace`
    seconds of the signal (see :mod:`bot.telegram.shutdown`). An unreachable Bot API is tried
    `start_attempts` times, the waits doubling from `start_backoff` seconds (see :func:`connect`).
    The token is masked in everything the process logs or prints. Those variables come from `settings`
    (default: `Settings.from_env()`).
    """
    settings = settings or Settings.from_env()
    level = log_level(settings.log_level)
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    token = token.strip()
    if not token:
        return _fail("no bot token", "set TELEGRAM_BOT_TOKEN or pass --token-file FILE")
    if webhook_url and secret_token is not None:
        from bot.telegram.webhook import secret_token_problem

        if problem := secret_token_problem(secret_token):
            return _fail(problem, "Telegram accepts A-Z, a-z, 0-9, '_' and '-', 1-256 characters", code=2)
    redact.install(token)
    from index.answering.loading import load_engine  # the engine's import is heavy; only needed here

    def notify(line: str) -> None:
        log.info("%s", line)

    admins = settings.admin_ids
    allowed = access.Access(settings.allowed_chats, admins).allowed
    try:
        journal = open_journal(token, state_dir or settings.state_dir)
    except QabotError as exc:  # another bot runs with the same journal
        return _fail(exc.message, exc.hint)
    persistence = open_state(journal)
    sends = open_sends(journal, flood_limits)
    application = build_application(
        token,
        partial(load_engine, index_path=index_path, notify=notify, env=settings),
        base_url or settings.telegram_api_base_url,
        admins=admins,
        allowed_chats=allowed,
        flood_limits=flood_limits,
        journal=journal,
        persistence=persistence,
        sends=sends,
        http_timeout=http_timeout,
    )
    if level <= logging.DEBUG:  # everything, the HTTP libraries too: the token is masked anyway
        for name in ("httpx", "httpcore", "telegram"):
            logging.getLogger(name).setLevel(logging.DEBUG)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    # stop signals can only be installed from the main thread
    signals = STOP_SIGNALS if threading.current_thread() is threading.main_thread() else ()
    try:
        # getMe first, on our own: a rejected token or a server still unreachable after the
        # retries is one clear line here, where PTB's bootstrap would log a traceback (serve skips the repeat)
        loop.run_until_complete(connect(application, start_attempts, start_backoff))
        if webhook_url:
            from bot.telegram.webhook import WebhookSource  # tornado: only in webhook mode

            source = WebhookSource(application, listen=listen, port=port, path=urlsplit(webhook_url).path,
                                   url=webhook_url, secret_token=secret_token, allowed_updates=ALLOWED_UPDATES)
            serve(application, source, grace=grace, stop_signals=signals)
        else:
            serve_polling(application, allowed_updates=ALLOWED_UPDATES, poll_timeout=poll_timeout, grace=grace,
                          stop_signals=signals)
    except InvalidToken:
        return _fail("Telegram rejected the bot token", "check TELEGRAM_BOT_TOKEN or --token-file FILE")
    except QabotError as exc:
        return _fail(exc.message, exc.hint)
    except TelegramError as exc:
        return _fail(f"the Telegram Bot API failed: {exc.message}", "check the network or TELEGRAM_API_BASE_URL")
    except OSError as exc:  # e.g. the webhook port is taken
        return _fail(f"cannot start: {exc}", "check --listen and --port")
    finally:
        if not loop.is_closed():
            loop.run_until_complete(application.bot.shutdown())
            loop.close()
        asyncio.set_event_loop(None)
        if persistence is not None:
            persistence.close()
        if sends is not None:
            sends.close()
        if journal is not None:
            journal.close()
    return 0
