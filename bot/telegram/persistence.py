"""PTB persistence on sqlite3 (standard library), as JSON: each chat's :class:`~bot.telegram.state.ChatState`.

One file per bot in the state directory, beside the update journal (``telegram-<bot id>.sqlite3``), one row
per chat. PTB loads every chat's state at start and hands over the chats an update touched;
:class:`~bot.telegram.updates.ReliableApplication` has the update's chat written (:meth:`save_chat`) after
each update and *before* the update is marked answered in the journal, so a restart (even after a kill) finds every button and
conversation of every answer it does not send again. Nothing is pickled: a row is the JSON of
:meth:`ChatState.to_json`. Only chat data is kept (no user, bot or callback data, no ConversationHandler).

A file that is not a database (damaged, or something else) is moved aside with a warning and a new one is
started; a failed write is logged once and the bot answers on, remembering in memory only.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.telegram.state import ChatState

log = logging.getLogger("bot.telegram")

Data = dict[Any, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_data (
    chat_id INTEGER PRIMARY KEY,
    data TEXT NOT NULL,
    updated REAL NOT NULL
)
"""


def state_path(journal: Path) -> Path:
    """The state database beside an update journal (``telegram-<id>.jsonl`` → ``telegram-<id>.sqlite3``)."""
    return journal.with_suffix(".sqlite3")


class SqlitePersistence(BasePersistence[Data, ChatState, Data]):
    """Chats' states in one sqlite3 file, as JSON (see the module docstring)."""

    def __init__(self, path: Path, update_interval: float = 60.0,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False,
                                                     callback_data=False), update_interval=update_interval)
        self.path = path
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self.failed = False  # a write failed: said once

    # --- the file ---------------------------------------------------------------------------------------------
    def open(self) -> SqlitePersistence:
        """Open (or create) the database; a damaged one is moved aside and started anew. OSError if the
        folder is unusable."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as exc:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(self._clock())}")
            log.warning("the bot's state %s cannot be read (%s): moved to %s, starting with no saved state",
                        self.path, exc, aside.name)
            self.path.replace(aside)
            self._db = self._connect()
        return self

    def _connect(self) -> sqlite3.Connection:
        existed = self.path.exists()
        db = sqlite3.connect(self.path, isolation_level=None)  # autocommit: each write stands on its own
        try:
            db.execute("PRAGMA journal_mode=WAL")  # a write is a short append, and survives a kill
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            db.execute("SELECT count(*) FROM chat_data").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        if not existed:
            self.path.chmod(0o600)  # users' questions are in it
        return db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(sql, args)
        except sqlite3.Error as exc:
            if not self.failed:
                self.failed = True
                log.error("cannot write the bot's state to %s (%s): buttons and conversations are kept in "
                          "memory only until this is mended", self.path, exc)

    # --- chat data --------------------------------------------------------------------------------------------
    async def get_chat_data(self) -> dict[int, ChatState]:
        if self._db is None:
            return {}
        states: dict[int, ChatState] = {}
        skipped = 0
        for chat_id, data in self._db.execute("SELECT chat_id, data FROM chat_data ORDER BY updated"):
            try:
                value = json.loads(data)
            except ValueError:
                value = None
            if isinstance(value, dict):
                states[int(chat_id)] = ChatState.from_json(value)
            else:
                skipped += 1
        if skipped:
            log.warning("the bot's state %s: skipped %d unreadable chat(s)", self.path, skipped)
        return states

    async def update_chat_data(self, chat_id: int, data: ChatState) -> None:
        self.save_chat(chat_id, data)

    def save_chat(self, chat_id: int, data: ChatState) -> None:
        """Write one chat's state now (committed: a kill after this keeps it)."""
        self._write("INSERT INTO chat_data (chat_id, data, updated) VALUES (?, ?, ?) ON CONFLICT(chat_id) "
                    "DO UPDATE SET data = excluded.data, updated = excluded.updated",
                    (chat_id, json.dumps(data.to_json(), ensure_ascii=False, separators=(",", ":")),
                     self._clock()))

    async def drop_chat_data(self, chat_id: int) -> None:
        self._write("DELETE FROM chat_data WHERE chat_id = ?", (chat_id,))

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatState) -> None:
        pass  # this process is the only writer: what it holds is current

    async def flush(self) -> None:
        pass  # every write is committed as it is made

    # --- what is not kept -------------------------------------------------------------------------------------
    async def get_user_data(self) -> dict[int, Data]:
        return {}

    async def get_bot_data(self) -> Data:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict[Any, Any]:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        pass

    async def update_user_data(self, user_id: int, data: Data) -> None:
        pass

    async def update_bot_data(self, data: Data) -> None:
        pass

    async def update_callback_data(self, data: Any) -> None:
        pass

    async def drop_user_data(self, user_id: int) -> None:
        pass

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        pass

    async def refresh_bot_data(self, bot_data: Data) -> None:
        pass
