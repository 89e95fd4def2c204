"""The PostgreSQL store, for several replicas sharing one database (psycopg 3).

One connection per store, in autocommit mode for reads. Writes and migrations run in
transactions holding one advisory lock, so replicas starting together migrate once and
concurrent imports apply one after the other.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
from psycopg.conninfo import conninfo_to_dict

from .schema import POSTGRES
from .sql import SQLStore

CONNECT_TIMEOUT = 10
WRITE_LOCK = 0x1C5FEED  # pg_advisory_xact_lock key held by every icsfeed write


class PostgresStore(SQLStore):
    """A store in a PostgreSQL database, reconnecting when the connection broke."""

    dialect = POSTGRES

    def _connect(self) -> psycopg.Connection:
        params = conninfo_to_dict(self.url)
        params.setdefault("connect_timeout", CONNECT_TIMEOUT)
        params.setdefault("application_name", "icsfeed")
        return psycopg.connect(**params, autocommit=True)

    def _connection(self) -> psycopg.Connection:
        conn = super()._connection()
        if conn.broken:
            conn.close()
            self._conn = conn = self._connect()
        return conn

    @contextlib.contextmanager
    def _write_transaction(self) -> Iterator[psycopg.Connection]:
        conn = self._connection()
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield conn
