"""qabot's configuration, read from the environment in one place: `Settings.from_env()`.

The command line builds it once and hands it to what it runs (the engine, the chat, the Telegram bot);
library entry points called without one (`build_index`, `load_engine`) read it then. No other module reads
the environment (tests/test_settings.py holds to that), and the README's configuration table lists every
variable read here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The corpus shipped beside the package (in a checkout: the repository's corpus/ folder).
BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def parse_ids(value: str | None) -> frozenset[int]:
    """Ids separated by commas or spaces; anything that is not an integer is ignored."""
    parts = (part.strip() for part in (value or "").replace(",", " ").split())
    return frozenset(int(part) for part in parts if part.lstrip("-").isdigit())


def _path(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None


@dataclass(frozen=True)
class Settings:
    """Everything the environment configures, parsed. Secrets are left out of `repr`."""

    #: QABOT_INDEX: the index file.
    index: Path
    #: QABOT_CORPUS: the folder of .txt reports, else ./corpus if it exists, else the bundled corpus.
    corpus: Path
    #: $XDG_CACHE_HOME/qabot: the default index, jieba's dictionary cache, the chat history.
    cache_dir: Path
    #: QABOT_STATE_DIR, else $XDG_STATE_HOME/qabot: the bot's update journal.
    state_dir: Path
    #: QABOT_SPAM_PATTERNS: extra spam patterns, one a line (`REGEX` or `REGEX => REPLACEMENT`).
    spam_patterns: tuple[str, ...] = ()
    #: QABOT_LOG_LEVEL: the bot's log level name.
    log_level: str = "INFO"
    #: QABOT_ADMIN_IDS: Telegram users allowed to /reload.
    admin_ids: frozenset[int] = frozenset()
    #: QABOT_ALLOWED_CHATS: the chats the bot answers in; None for all.
    allowed_chats: frozenset[int] | None = None
    #: TELEGRAM_BOT_TOKEN ("" when unset).
    telegram_token: str = field(default="", repr=False)
    #: TELEGRAM_API_BASE_URL: a Bot API server other than Telegram's.
    telegram_api_base_url: str | None = None
    #: TELEGRAM_WEBHOOK_SECRET: the webhook's secret token.
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    #: NO_COLOR: no bold in terminal output.
    no_color: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment (default: `os.environ`) gives."""
        get = (os.environ if environ is None else environ).get
        home = Path.home()
        cache_dir = (_path(get("XDG_CACHE_HOME")) or home / ".cache") / "qabot"
        state_home = _path(get("XDG_STATE_HOME")) or home / ".local" / "state"
        state_dir = _path(get("QABOT_STATE_DIR")) or state_home / "qabot"
        local = Path("corpus")
        allowed = get("QABOT_ALLOWED_CHATS")
        return cls(
            index=_path(get("QABOT_INDEX")) or cache_dir / "index.json",
            corpus=_path(get("QABOT_CORPUS")) or (local.resolve() if local.is_dir() else BUNDLED_CORPUS),
            spam_patterns=tuple(line for line in (get("QABOT_SPAM_PATTERNS") or "").splitlines() if line.strip()),
            cache_dir=cache_dir,
            state_dir=state_dir,
            log_level=(get("QABOT_LOG_LEVEL") or "INFO").strip().upper() or "INFO",
            admin_ids=parse_ids(get("QABOT_ADMIN_IDS")),
            allowed_chats=parse_ids(allowed) if allowed and allowed.strip() else None,
            telegram_token=(get("TELEGRAM_BOT_TOKEN") or "").strip(),
            telegram_api_base_url=get("TELEGRAM_API_BASE_URL") or None,
            telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET") or None,
            no_color=bool(get("NO_COLOR")),
        )
