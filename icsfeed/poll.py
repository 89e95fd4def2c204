"""Polling the live site into the store, never losing what the store already has.

One poll of one source: fetch (conditionally), parse, sanity-check, import in one
transaction, record the poll. A failed fetch, an empty or unreadable page, a page whose
markup no longer yields messages, or one showing at most half the messages of the last
good poll changes nothing: the poll is recorded as failed (with a reason) and logged,
and the feeds keep what the last good poll gave them. Poll records carry the counters
``/metrics`` reports (``status``, ``bytes``, ``seconds``, ``new``, ``changed``, ``unchanged``,
``details``, ``reason``) and the validators for the next conditional GET.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import importlib.resources
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .config import DEFAULT_SOURCE, Config
from .errors import FetchError, IcsfeedError, InputError, StoreError
from .fetch import Fetcher, FetchResult
from .model import Message
from .store import PollRecord, Store

log = logging.getLogger("icsfeed.poll")

SHRINK_LIMIT = 0.5
"""A page showing this share or less of the last good poll's messages is not trusted ..."""
SHRINK_CONFIRMATIONS = 3
"""... unless this many polls in a row showed the same smaller count: then the site really dropped them."""
SNAPSHOT = "data/snapshot-en.txt"
STARTUP_TIMEOUT = 10.0
"""Seconds the first-start probe of the upstream site may take per request."""


@dataclass(frozen=True)
class SourceOutcome:
    """What one poll of one source did; ``reason`` names the check that failed, if one did."""

    source: str
    ok: bool
    detail: str
    status: int | None = None
    message_count: int = 0
    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    details_fetched: int = 0
    reason: str = ""


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of every configured source did."""

    at: dt.datetime
    sources: tuple[SourceOutcome, ...]

    @property
    def ok(self) -> bool:
        return all(source.ok for source in self.sources)

    @property
    def new(self) -> int:
        return sum(len(source.new) for source in self.sources)

    @property
    def changed(self) -> int:
        return sum(len(source.changed) for source in self.sources)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def shrink_streak(count: int, latest: PollRecord | None) -> int:
    """How many polls in a row, counting this one, have shown a page suspiciously shrunk to ``count``."""
    before = latest.extra.get("shrunk_streak", 0) if latest and latest.extra.get("shrunk_to") == count else 0
    return before + 1


def shrink_problem(count: int, last_good: PollRecord | None, streak: int) -> str | None:
    """Why a page showing ``count`` messages is not trusted, or None when it is.

    A page with at most :data:`SHRINK_LIMIT` of the last good poll's messages is suspect, until
    :data:`SHRINK_CONFIRMATIONS` polls in a row (``streak``) have shown exactly that count.
    """
    if last_good is None or not last_good.message_count or count > last_good.message_count * SHRINK_LIMIT:
        return None
    if streak >= SHRINK_CONFIRMATIONS:
        return None
    return f"page shows {count} messages, the last good poll {last_good.message_count}"


def poll_once(config: Config, store: Store, fetcher: Fetcher, *, now: dt.datetime,
              details: bool = False) -> PollOutcome:
    """Poll every configured source once; with ``details``, also fetch detail pages of new or changed messages."""
    return PollOutcome(now, tuple(_poll_source(config, store, fetcher, source, now=now, details=details)
                                  for source in config.sources))


def _poll_source(config: Config, store: Store, fetcher: Fetcher, source: str, *,
                 now: dt.datetime, details: bool) -> SourceOutcome:
    last_good = store.last_poll(source, ok_only=True)
    latest = store.last_poll(source)
    started = time.monotonic()
    try:
        result = fetcher.fetch(source, etag=last_good.etag if last_good else None,
                               last_modified=last_good.last_modified if last_good else None)
    except FetchError as exc:
        return _failed(store, source, now, "fetch", str(exc), status=exc.status_code)
    counters = {"status": result.status, "bytes": len(result.body or b""),
                "seconds": round(time.monotonic() - started, 3)}
    if result.not_modified:
        if last_good is None:
            return _failed(store, source, now, "not-modified", f"{source}: 304 Not Modified without a previous good poll",
                           status=304)
        return _succeeded(store, source, now, result, last_good.message_count, counters,
                          etag=result.etag or last_good.etag,
                          last_modified=result.last_modified or last_good.last_modified,
                          detail="not modified")
    if not (result.body or b"").strip():
        return _failed(store, source, now, "empty", f"{source}: empty body", status=result.status)
    from .scrape import parse_page
    try:
        messages = parse_page(result.body, source_url=result.url)
    except InputError as exc:
        return _failed(store, source, now, "unreadable", str(exc), status=result.status)
    count = len(messages)  # distinct messages: the scraper drops the repeats of other listings
    if count == 0:
        return _failed(store, source, now, "unreadable", f"{source}: no messages found", status=result.status)
    streak = shrink_streak(count, latest)
    problem = shrink_problem(count, last_good, streak)
    if problem:
        return _failed(store, source, now, "shrunk", f"{source}: {problem}; keeping the store as it is",
                       status=result.status, extra={"shrunk_to": count, "shrunk_streak": streak})
    try:
        imported = store.import_messages(messages, seen_at=now)
    except StoreError as exc:
        return _failed(store, source, now, "store", str(exc), status=result.status)
    fetched = _import_details(config, store, fetcher, messages, set(imported.new) | set(imported.changed),
                              page_url=result.url, now=now) if details else 0
    counters |= {"new": len(imported.new), "changed": len(imported.changed), "unchanged": imported.unchanged,
                 "details": fetched}
    outcome = _succeeded(store, source, now, result, count, counters, etag=result.etag,
                         last_modified=result.last_modified,
                         detail=f"{count} messages, {len(imported.new)} new, {len(imported.changed)} changed")
    return dataclasses.replace(outcome, new=imported.new, changed=imported.changed, details_fetched=fetched)


def _succeeded(store: Store, source: str, now: dt.datetime, result: FetchResult, count: int, counters: dict, *,
               etag: str | None, last_modified: str | None, detail: str) -> SourceOutcome:
    store.record_poll(PollRecord(source=source, at=now, ok=True, detail=detail, etag=etag,
                                 last_modified=last_modified, message_count=count, extra=counters))
    log.info("poll ok", extra={"source": source, "detail": detail, "messages": count, **counters})
    return SourceOutcome(source, True, detail, status=result.status, message_count=count)


def _failed(store: Store, source: str, now: dt.datetime, reason: str, detail: str, *,
            status: int | None = None, extra: dict | None = None) -> SourceOutcome:
    counters = {"status": status, "reason": reason, **(extra or {})}
    store.record_poll(PollRecord(source=source, at=now, ok=False, detail=detail, extra=counters))
    log.warning("poll failed, store unchanged", extra={"source": source, "detail": detail, **counters})
    return SourceOutcome(source, False, detail, status=status, reason=reason)


def _import_details(config: Config, store: Store, fetcher: Fetcher, messages: list[Message], wanted: set[str], *,
                    page_url: str, now: dt.datetime) -> int:
    """Fetch and import the detail pages (with their earlier versions) of the ``wanted`` messages; how many."""
    from .scrape import parse_detail

    urls = list(dict.fromkeys(m.source_url for m in messages
                              if m.identity in wanted and m.source_url and m.source_url != page_url))
    fetched = 0
    for url in urls[:config.max_detail_pages]:
        try:
            result = fetcher.fetch(url)
            store.import_messages([parse_detail(result.body or b"", source_url=url)], seen_at=now)
        except (FetchError, InputError, StoreError) as exc:
            log.warning("detail page skipped", extra={"url": url, "detail": str(exc)})
            continue
        fetched += 1
    return fetched


def run_poller(config: Config, *, once: bool = False, details: bool = False,
               stop: threading.Event | None = None) -> int:
    """Poll now and then every ``config.poll_interval`` seconds until ``stop`` is set; with ``once``
    (or interval 0) poll once and return 1 when any source failed.

    A store still empty after a failed first poll gets the shipped snapshot, so that a fresh
    deployment shows something while the site cannot be reached.
    """
    from .store import open_store

    stop = stop or threading.Event()
    with open_store(config.database_url) as store, Fetcher(config) as fetcher:
        outcome = poll_once(config, store, fetcher, now=utcnow(), details=details)
        if not outcome.ok and not store.messages():
            import_snapshot(store, now=utcnow())
        if once or config.poll_interval <= 0:
            return 0 if outcome.ok else 1
        while not stop.wait(config.poll_interval):
            try:
                poll_once(config, store, fetcher, now=utcnow(), details=details)
            except IcsfeedError as exc:  # a database hiccup must not end a long-running poller
                log.error("poll aborted", extra={"detail": str(exc)})
        return 0


def start_background_poller(config: Config, store: Store) -> Callable[[], None]:
    """Poll in a daemon thread every ``config.poll_interval`` seconds (none when 0); returns ``stop()``."""
    if config.poll_interval <= 0:
        return lambda: None
    stopping = threading.Event()

    def loop() -> None:
        with Fetcher(config) as fetcher:
            while not stopping.is_set():
                try:
                    poll_once(config, store, fetcher, now=utcnow())
                except Exception:  # the thread must outlive any one poll; the error is logged in full
                    log.exception("background poll aborted")
                stopping.wait(config.poll_interval)

    thread = threading.Thread(target=loop, name="icsfeed-poller", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join(timeout=config.fetch_timeout + 5)

    return stop


def snapshot_messages() -> list[Message]:
    """The messages of the status page shipped inside the package."""
    from .scrape import parse_page

    text = importlib.resources.files("icsfeed").joinpath(SNAPSHOT).read_text(encoding="utf-8")
    return parse_page(text, source_url=DEFAULT_SOURCE, language="en")


def import_snapshot(store: Store, *, now: dt.datetime) -> str:
    """Import the shipped snapshot; returns (and logs) the notice saying so."""
    messages = snapshot_messages()
    store.import_messages(messages, seen_at=now)
    as_of = max(message.updated for message in messages)
    notice = (f"Showing the snapshot shipped with icsfeed ({len(messages)} messages, last updated "
              f"{as_of:%Y-%m-%d}); live updates start when the site is reachable")
    log.warning(notice, extra={"messages": len(messages), "as_of": as_of.isoformat()})
    return notice


def ensure_initial_data(config: Config, store: Store, *, fetcher: Fetcher | None = None,
                        now: dt.datetime | None = None) -> str | None:
    """On an empty store, poll once; when the site cannot be had, import the shipped snapshot.

    Returns the notice for the web page when the snapshot was imported, else None.
    """
    if store.messages():
        return None
    now = now or utcnow()
    probe_config = dataclasses.replace(config, fetch_retries=0, fetch_timeout=min(config.fetch_timeout, STARTUP_TIMEOUT))
    with contextlib.nullcontext(fetcher) if fetcher else Fetcher(probe_config) as probe:
        if poll_once(config, store, probe, now=now).ok:
            return None
    return import_snapshot(store, now=now)
