"""Storage: SQLite by default, PostgreSQL for several replicas."""
from __future__ import annotations

from ..errors import ConfigError
from .base import ImportResult, PollRecord, Store, StoredMessage, StoredVersion

__all__ = ["ImportResult", "PollRecord", "Store", "StoredMessage", "StoredVersion", "open_store"]


def open_store(url: str) -> Store:
    """Open (and migrate) the store at ``url``: ``sqlite:///PATH`` or ``postgresql://…``."""
    if url.startswith("sqlite:"):
        from .sqlite import SQLiteStore
        return SQLiteStore(url)
    if url.startswith(("postgresql:", "postgres:")):
        from .postgres import PostgresStore
        return PostgresStore(url)
    raise ConfigError(f"database URL {url!r}: use sqlite:///PATH or postgresql://USER@HOST/DB")
