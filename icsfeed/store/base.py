"""The storage interface every backend implements (SQLite, PostgreSQL).

A store keeps every message it has seen and every version of it, forever: a message
that drops off the upstream page stays. Imports are atomic and idempotent.
"""
from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Message


@dataclass(frozen=True)
class StoredVersion:
    """One version of a message as the store first saw it."""

    message: Message
    first_seen: dt.datetime


@dataclass(frozen=True)
class StoredMessage:
    """A message's identity, its latest version and when it was seen."""

    identity: str
    latest: Message
    first_seen: dt.datetime
    last_seen: dt.datetime
    versions: tuple[StoredVersion, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What an import changed: identities of new and changed messages, and the unchanged count."""

    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def total(self) -> int:
        return len(self.new) + len(self.changed) + self.unchanged


@dataclass(frozen=True)
class PollRecord:
    """The outcome of one poll of one source."""

    source: str
    at: dt.datetime
    ok: bool
    detail: str = ""
    etag: str | None = None
    last_modified: str | None = None
    message_count: int = 0
    extra: dict = field(default_factory=dict)


class Store(abc.ABC):
    """A place that remembers messages and polls."""

    url: str

    @abc.abstractmethod
    def import_messages(self, messages: list[Message], *, seen_at: dt.datetime,
                        progress: Callable[[int], None] | None = None) -> ImportResult:
        """Store new messages and new versions in one transaction; never delete.

        ``progress(1)`` is called once per message handled. On any error nothing is written.
        """

    @abc.abstractmethod
    def messages(self) -> list[StoredMessage]:
        """Every message ever seen with all its versions, newest first by last update."""

    @abc.abstractmethod
    def record_poll(self, record: PollRecord) -> None:
        """Remember the outcome of a poll (for /healthz, /metrics and conditional GET)."""

    @abc.abstractmethod
    def last_poll(self, source: str, *, ok_only: bool = False) -> PollRecord | None:
        """The latest poll of ``source`` (the latest good one with ``ok_only``)."""

    @abc.abstractmethod
    def last_success(self) -> dt.datetime | None:
        """When any import or poll last succeeded."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
