"""What one app instance holds: the store, the clock, reconciled events cached per store change, counters."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..config import Config
from ..errors import StoreError
from ..model import Event
from ..publish.api import SystemNames, system_slugs
from ..store import Store, StoredMessage
from .http import Representation

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def content_key(history: Sequence[StoredMessage]) -> str:
    """A digest of every stored version: equal keys, equal reconciliation."""
    digest = hashlib.sha256()
    for stored in sorted(history, key=lambda s: s.identity):
        digest.update(stored.identity.encode())
        for version in stored.versions or ():
            digest.update(version.message.fingerprint.encode())
        digest.update(stored.latest.fingerprint.encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """The reconciled events of one state of the store."""

    events: tuple[Event, ...]
    names: SystemNames
    last_success: dt.datetime | None
    key: str

    @functools.cached_property
    def last_modified(self) -> dt.datetime | None:
        return max((e.last_modified for e in self.events), default=None)

    @functools.cached_property
    def slugs(self) -> tuple[str, ...]:
        """Every system slug with a feed: the catalogue's and the unknown ones seen."""
        return tuple(system_slugs(self.events, self.names))


class EventCache:
    """Reconciles the store's history once per change.

    A request reads the store's last-success stamp (one query); only when it moved are the
    messages read, and only when their versions changed is the history reconciled again.
    """

    def __init__(self, store: Store, reconcile: Callable[[Sequence[StoredMessage]], list[Event]],
                 *, check_every: float = 1.0):
        self._store = store
        self._reconcile = reconcile
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._check_every = check_every
        self._checked_at = -math.inf

    def current(self) -> Snapshot:
        """The events of the store as of at most ``check_every`` seconds ago.

        While the store fails, the last snapshot is served (logged once per check); with
        none yet, the ``StoreError`` goes up."""
        snapshot = self._snapshot
        if snapshot is not None and time.monotonic() - self._checked_at < self._check_every:
            return snapshot
        try:
            return self._refresh()
        except StoreError as error:
            self._checked_at = time.monotonic()
            if self._snapshot is None:
                raise
            log.warning("store unavailable, serving the last snapshot", extra={"detail": str(error)})
            return self._snapshot

    def _refresh(self) -> Snapshot:
        stamp = self._store.last_success()
        self._checked_at = time.monotonic()
        with self._lock:
            snapshot = self._snapshot
            if snapshot is not None and snapshot.last_success == stamp:
                return snapshot
            history = self._store.messages()
            key = content_key(history)
            if snapshot is not None and snapshot.key == key:
                self._snapshot = dataclasses.replace(snapshot, last_success=stamp)
            else:
                self._snapshot = Snapshot(tuple(self._reconcile(history)),
                                          SystemNames.from_messages(s.latest for s in history), stamp, key)
            return self._snapshot


class RenderCache:
    """Rendered feed bodies, kept until the events or the hour change (bounded, oldest out first).

    Rendering ``all.ics`` takes tens of milliseconds; a cached body is served in microseconds.
    The feed's ``now`` is taken to the hour, so the ``past=`` cut-off moves hourly.
    """

    def __init__(self, size: int = 256):
        self._size = size
        self._feeds: dict[tuple, Representation] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple, render: Callable[[], Representation]) -> Representation:
        with self._lock:
            feed = self._feeds.get(key)
        if feed is None:
            feed = render()
            with self._lock:
                if len(self._feeds) >= self._size:
                    self._feeds.pop(next(iter(self._feeds)))
                self._feeds[key] = feed
        return feed


@dataclass
class Metrics:
    """Counters for ``/metrics``: requests by endpoint and status, and feed renders."""

    requests: Counter = field(default_factory=Counter)
    renders: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count_request(self, endpoint: str, method: str, status: int) -> None:
        with self.lock:
            self.requests[(endpoint, method, str(status))] += 1

    def count_render(self, feed: str) -> None:
        with self.lock:
            self.renders[feed] += 1


@dataclass
class WebState:
    """Everything the views need, kept on the app (``app.extensions["icsfeed"]``)."""

    config: Config
    store: Store
    clock: Clock
    events: EventCache
    metrics: Metrics
    feeds: RenderCache = field(default_factory=RenderCache)
    notice: str | None = None

    def feed_hour(self) -> dt.datetime:
        """The ``now`` a feed is rendered for: the clock taken to the hour."""
        return self.clock().replace(minute=0, second=0, microsecond=0)
