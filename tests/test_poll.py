"""Polling the site stub on loopback into a real SQLite store: every failure leaves the store as it was."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import logging
import socket
import threading
from pathlib import Path

import pytest

from icsfeed.config import Config
from icsfeed.fetch import Fetcher
from icsfeed.logging_setup import setup_logging
from icsfeed.poll import (SHRINK_CONFIRMATIONS, ensure_initial_data, poll_once, run_poller, snapshot_messages,
                          start_background_poller)
from icsfeed.store import open_store

from sitestub import SiteStub

START = dt.datetime(2026, 5, 17, 6, 0, tzinfo=dt.timezone.utc)
UA = "icsfeed-test/1 (+ops@test.example)"


@pytest.fixture(scope="module")
def stub(seed_path: Path):
    with SiteStub(seed_path.read_text(encoding="utf-8"), hang_seconds=3.0) as running:
        yield running


@pytest.fixture
def site(stub: SiteStub) -> SiteStub:
    stub.behaviour, stub.generation, stub.busy_left = "ok", 0, 1
    stub.requests.clear()
    return stub


@pytest.fixture
def config(site: SiteStub, tmp_path: Path) -> Config:
    return Config(database_url=f"sqlite:///{tmp_path / 'icsfeed.sqlite3'}", sources=(site.list_url,),
                  fetch_timeout=10.0, fetch_retries=1, max_body_bytes=3 * len(site.page()), max_detail_pages=5,
                  poll_interval=3600.0, user_agent=UA)


@pytest.fixture
def store(config: Config):
    with open_store(config.database_url) as opened:
        yield opened


@pytest.fixture
def fetcher(config: Config):
    slept: list[float] = []
    with Fetcher(config, sleep=slept.append, rng=lambda: 0.0) as made:
        made.slept = slept
        yield made


def unreachable_url() -> str:
    """A loopback URL nothing listens on (the port was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/data.aspx?lang=us&oid=54316"


def all_feed(store) -> bytes | None:
    """The rendered all.ics of the store, once the reconciler and the calendar renderer exist."""
    try:
        from icsfeed.publish.ics import FeedOptions, FeedSpec, render_calendar
        from icsfeed.reconcile import reconcile
    except ImportError:
        return None
    return render_calendar(reconcile(store.messages()), FeedSpec(), FeedOptions(), now=START)


FAILURES = [
    ("server-error", "fetch", 500),
    ("hang", "fetch", None),
    ("truncated", "fetch", None),
    ("garbage", "unreadable", 200),
    ("empty", "empty", 200),
    ("huge", "fetch", None),
    ("markup-changed", "unreadable", 200),
    ("half", "shrunk", 200),
]


def test_every_upstream_failure_leaves_the_store_and_the_feeds_as_after_the_last_good_poll(site, config, store, fetcher):
    first = poll_once(config, store, fetcher, now=START)
    good_messages, good_feed = store.messages(), all_feed(store)
    assert good_feed is None or good_feed.count(b"BEGIN:VEVENT") > 10
    assert first.ok and first.sources[0].status == 200 and first.sources[0].message_count == site.message_count
    assert first.new == len(good_messages) >= site.message_count - 5  # a few messages share an identity

    not_modified = poll_once(config, store, fetcher, now=START + dt.timedelta(minutes=15))
    assert not_modified.ok and not_modified.sources[0].status == 304 and not_modified.new == 0
    assert site.requests[-1][1]["If-None-Match"] == store.last_poll(site.list_url).etag
    assert store.messages() == good_messages
    last_good = store.last_poll(site.list_url, ok_only=True)
    assert last_good.message_count == site.message_count and last_good.extra["status"] == 304

    with Fetcher(dataclasses.replace(config, fetch_timeout=0.5), sleep=fetcher.slept.append) as impatient:
        for step, (behaviour, reason, status) in enumerate(FAILURES, start=2):
            site.behaviour = behaviour
            outcome = poll_once(config, store, impatient if behaviour == "hang" else fetcher,
                                now=START + dt.timedelta(minutes=15 * step))
            assert not outcome.ok, behaviour
            assert (outcome.sources[0].reason, outcome.sources[0].status) == (reason, status), behaviour
            assert store.messages() == good_messages, behaviour
            failed = store.last_poll(site.list_url)
            assert (failed.ok, failed.extra["reason"]) == (False, reason)
            assert site.list_url in failed.detail and "\n" not in failed.detail
            assert store.last_poll(site.list_url, ok_only=True) == last_good
        assert all_feed(store) == good_feed  # a pure function of the messages: once after all the failures is enough
        assert store.last_poll(site.list_url).detail.endswith(
            f"page shows {site.message_count // 2} messages, the last good poll {site.message_count}; "
            "keeping the store as it is")

    site.behaviour, site.generation = "ok", 1  # the same messages in new bytes: a 200, not a 304
    again = poll_once(config, store, fetcher, now=START + dt.timedelta(hours=6))
    assert again.ok and again.sources[0].status == 200 and (again.new, again.changed) == (0, 0)
    after = store.messages()
    assert [(m.identity, m.latest, m.first_seen, m.versions) for m in after] == \
           [(m.identity, m.latest, m.first_seen, m.versions) for m in good_messages]
    assert all_feed(store) == good_feed
    assert store.last_poll(site.list_url).extra | {"seconds": 0} == {
        "status": 200, "bytes": len(site.page()), "seconds": 0, "new": 0, "changed": 0,
        "unchanged": site.message_count, "details": 0}
    assert {headers["User-Agent"] for _, headers in site.requests} == {UA}


def test_a_shrunk_page_is_accepted_once_it_has_been_seen_in_a_row(site, config, store, fetcher):
    assert poll_once(config, store, fetcher, now=START).ok
    site.behaviour = "half"
    outcomes = [poll_once(config, store, fetcher, now=START + dt.timedelta(hours=n + 1)).ok
                for n in range(SHRINK_CONFIRMATIONS)]
    assert outcomes == [False] * (SHRINK_CONFIRMATIONS - 1) + [True]
    assert store.last_poll(site.list_url, ok_only=True).message_count == site.message_count // 2
    assert len(store.messages()) >= site.message_count - 5  # nothing was dropped from the store


def test_a_shrink_streak_is_broken_by_a_different_count(site, config, store, fetcher):
    assert poll_once(config, store, fetcher, now=START).ok
    for n, behaviour in enumerate(["half", "half", "garbage", "half"], start=1):
        site.behaviour = behaviour
        assert not poll_once(config, store, fetcher, now=START + dt.timedelta(hours=n)).ok
    assert store.last_poll(site.list_url).extra["shrunk_streak"] == 1


def test_retry_after_is_respected_while_polling(site, config, store, fetcher):
    site.behaviour = "busy"
    assert poll_once(config, store, fetcher, now=START).ok
    assert fetcher.slept == [float(site.retry_after)]


def test_detail_pages_of_new_messages_are_fetched_up_to_the_limit(site, config, store, fetcher):
    outcome = poll_once(config, store, fetcher, now=START, details=True)
    assert outcome.ok and outcome.sources[0].details_fetched == config.max_detail_pages
    detail_requests = [path for path, _ in site.requests if "x=read" in path]
    assert len(detail_requests) == config.max_detail_pages
    closed = [m for m in store.messages() if m.latest.status_text == "Closed"]
    assert len(closed) == config.max_detail_pages
    assert all(m.latest.type_text == "Scheduled unavailability" for m in closed)
    assert store.last_poll(site.list_url).extra["details"] == config.max_detail_pages

    site.requests.clear()
    assert poll_once(config, store, fetcher, now=START + dt.timedelta(hours=1), details=True).ok
    assert [path for path, _ in site.requests if "x=read" in path] == []  # nothing new, nothing fetched


def test_run_poller_once_exits_zero_on_success_and_one_on_failure(site, config):
    assert run_poller(config, once=True) == 0
    site.behaviour = "markup-changed"
    assert run_poller(config, once=True) == 1
    with open_store(config.database_url) as store:
        assert store.last_poll(site.list_url).extra["reason"] == "unreadable"
        assert store.last_poll(site.list_url, ok_only=True).message_count == site.message_count


def test_run_poller_loops_until_stopped(site, config):
    stop = threading.Event()
    stop.set()  # polls once, then sees the stop at its first wait
    assert run_poller(config, stop=stop) == 0
    with open_store(config.database_url) as store:
        assert store.last_poll(site.list_url).ok


def test_the_background_poller_polls_at_once_and_stops(site, config, store):
    polled = threading.Event()
    watcher = logging.getLogger("icsfeed.poll")
    handler = logging.Handler()
    handler.emit = lambda record: polled.set()
    watcher.addHandler(handler)
    level = watcher.level
    watcher.setLevel(logging.INFO)
    try:
        stop = start_background_poller(config, store)
        assert polled.wait(timeout=60)
        stop()
    finally:
        watcher.removeHandler(handler)
        watcher.setLevel(level)
    assert store.last_poll(site.list_url).ok
    assert not any(thread.name == "icsfeed-poller" for thread in threading.enumerate())


def test_no_background_poller_with_a_zero_interval(config, store):
    stop = start_background_poller(dataclasses.replace(config, poll_interval=0.0), store)
    stop()
    assert store.last_poll(config.sources[0]) is None


def test_first_start_with_an_unreachable_site_imports_the_shipped_snapshot(config, store):
    offline = dataclasses.replace(config, sources=(unreachable_url(),))
    notice = ensure_initial_data(offline, store, now=START)
    shipped = snapshot_messages()
    assert notice == (f"Showing the snapshot shipped with icsfeed ({len(shipped)} messages, last updated "
                      "2026-05-16); live updates start when the site is reachable")
    assert {m.identity for m in store.messages()} == {m.identity for m in shipped}
    failed = store.last_poll(offline.sources[0])
    assert not failed.ok and failed.extra["reason"] == "fetch"
    assert ensure_initial_data(offline, store, now=START) is None  # not empty any more


def test_first_start_with_a_reachable_site_polls_it(site, config, store):
    assert ensure_initial_data(config, store, now=START) is None
    assert store.last_poll(site.list_url).ok
    assert {m.latest.source_url.split("?")[0] for m in store.messages()} == {site.base_url + "/data.aspx"}


@pytest.fixture
def json_logs():
    """What icsfeed logs with ``--log-format json``, written to a buffer instead of stderr."""
    logger = logging.getLogger("icsfeed")
    saved = logger.handlers[:], logger.level, logger.propagate
    setup_logging("json")
    buffer = io.StringIO()
    logger.handlers[0].setStream(buffer)
    yield buffer
    logger.handlers[:], logger.level, logger.propagate = saved


def test_polls_are_logged_as_json(site, config, store, fetcher, json_logs):
    poll_once(config, store, fetcher, now=START)
    site.behaviour = "empty"
    poll_once(config, store, fetcher, now=START + dt.timedelta(hours=1))
    records = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    ok, failed = [r for r in records if r["logger"] == "icsfeed.poll"]
    assert (ok["message"], ok["source"], ok["status"], ok["messages"]) == ("poll ok", site.list_url, 200, site.message_count)
    assert ok["new"] == len(store.messages())
    assert (failed["message"], failed["level"], failed["reason"]) == ("poll failed, store unchanged", "warning", "empty")
    assert failed["detail"] == f"{site.list_url}: empty body"


def test_run_poller_fills_an_empty_store_with_the_snapshot_when_the_site_is_unreachable(config):
    offline = dataclasses.replace(config, sources=(unreachable_url(),), fetch_retries=0)
    assert run_poller(offline, once=True) == 1
    with open_store(config.database_url) as store:
        assert {m.identity for m in store.messages()} == {m.identity for m in snapshot_messages()}
        assert not store.last_poll(offline.sources[0]).ok
