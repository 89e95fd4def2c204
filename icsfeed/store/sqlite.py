"""The SQLite store: one file, WAL mode, shared by a poller and several web workers.

Writers serialize with ``BEGIN IMMEDIATE`` and wait up to :data:`BUSY_TIMEOUT` for each
other; readers see the last committed state and never block on a writer.
"""
from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import ConfigError
from .schema import SQLITE
from .sql import SQLStore

BUSY_TIMEOUT = 30.0
PREFIX = "sqlite:///"


def sqlite_path(url: str) -> str:
    """The file of ``sqlite:///relative/path``, ``sqlite:////absolute/path`` or ``sqlite:///:memory:``."""
    if not url.startswith(PREFIX) or len(url) == len(PREFIX):
        raise ConfigError(f"database URL {url!r}: use sqlite:///PATH (four slashes for an absolute path)")
    return url[len(PREFIX):]


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Put the database in WAL mode and return its journal mode.

    SQLite answers "database is locked" at once, without waiting on the busy timeout, when
    replicas that start together switch a new file at the same moment; so retry, briefly
    backing off, for up to :data:`BUSY_TIMEOUT`."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    pause = 0.005
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


class SQLiteStore(SQLStore):
    """A store in one SQLite file, created with its parent directories when missing."""

    dialect = SQLITE

    def __init__(self, url: str):
        self.path = sqlite_path(url)
        super().__init__(url, display_url=self.path)

    def _connect(self) -> sqlite3.Connection:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            mode = _switch_to_wal(conn)
            if mode not in ("wal", "memory"):
                raise sqlite3.OperationalError(f"cannot switch to WAL mode (journal mode is {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.close()
            raise
        return conn

    @contextlib.contextmanager
    def _write_transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
