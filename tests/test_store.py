"""The store on a real SQLite file and a real PostgreSQL server.

PostgreSQL comes from ``$ICSFEED_TEST_PG_URL`` (default ``postgresql://postgres@127.0.0.1:5432/postgres``);
this module creates a fresh database there and one schema per test, and fails when the
server cannot be reached.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import secrets
import signal
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
import pytest

from icsfeed.errors import StoreError
from icsfeed.model import COPENHAGEN, Message, MessageVersion
from icsfeed.store import ImportResult, PollRecord, open_store
from icsfeed.store.postgres import PostgresStore
from icsfeed.store.schema import LATEST_VERSION
from icsfeed.store.sqlite import SQLiteStore

PG_SERVER_URL = os.environ.get("ICSFEED_TEST_PG_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
UTC = dt.timezone.utc
BASE = dt.datetime(2026, 5, 4, 9, 30, tzinfo=COPENHAGEN)
SEEN = dt.datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def message(n: int, *, revision: int = 0, body: str | None = None, **changes) -> Message:
    """Message ``n`` of a made-up page; each revision is edited an hour after the one before."""
    fields = dict(
        title=f"PRD-servicewindow DMS number {n}",
        body=body if body is not None else f"Service window {n}, revision {revision}.\n\nWO{1000 + n}",
        published=BASE + dt.timedelta(minutes=n),
        updated=BASE + dt.timedelta(minutes=n, hours=revision),
        categories=("DMS Import", "DMS eksport"),
        systems=("dms-import", "dms-export"),
        refs=(f"WO{1000 + n}",),
        source_url=f"https://info.skat.dk/data.aspx?oid={n}",
    )
    return Message(**{**fields, **changes})


def bulk_messages(count: int, *, first: int = 0, body_size: int = 2000) -> list[Message]:
    """Many distinct messages with long bodies, to make an import slow and larger than the page cache."""
    filler = ("The online system will be unavailable during the service window. " * (body_size // 64 + 1))[:body_size]
    return [message(n, body=f"Bulk message {n}.\n{filler}") for n in range(first, first + count)]


# --- fixtures ---------------------------------------------------------------------------

def _with_database(server_url: str, database: str, **query: str) -> str:
    parts = urlsplit(server_url)
    extra = "&".join(f"{key}={quote(value, safe='')}" for key, value in query.items())
    return urlunsplit(parts._replace(path=f"/{database}", query="&".join(filter(None, [parts.query, extra]))))


@pytest.fixture(scope="module")
def pg_database() -> str:
    """A fresh PostgreSQL database for this module, dropped afterwards."""
    try:
        admin = psycopg.connect(PG_SERVER_URL, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {PG_SERVER_URL} is needed (set ICSFEED_TEST_PG_URL): {exc}")
    name = f"icsfeed_test_{secrets.token_hex(6)}"
    admin.execute(f"CREATE DATABASE {name}")
    try:
        yield _with_database(PG_SERVER_URL, name)
    finally:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """An empty store URL: a SQLite file in a new directory, or a new schema of the test database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'icsfeed.sqlite3'}"
    database = request.getfixturevalue("pg_database")
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(database, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return _with_database(database, urlsplit(database).path.lstrip("/"), options=f"-csearch_path={schema}")


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened


# --- imports ----------------------------------------------------------------------------

def test_new_changed_and_unchanged_are_counted_by_identity(store):
    first = store.import_messages([message(1), message(2)], seen_at=SEEN)
    assert first == ImportResult(new=(message(1).identity, message(2).identity), changed=(), unchanged=0)

    second = store.import_messages([message(1), message(2, revision=1), message(3)],
                                   seen_at=SEEN + dt.timedelta(minutes=15))
    assert second.new == (message(3).identity,)
    assert second.changed == (message(2).identity,)
    assert second.unchanged == 1
    assert second.total == 3


def test_importing_the_same_page_twice_changes_nothing_but_last_seen(store):
    page = [message(n, revision=n % 2) for n in range(5)]
    store.import_messages(page, seen_at=SEEN)
    before = store.messages()

    later = SEEN + dt.timedelta(hours=1)
    again = store.import_messages(page, seen_at=later)

    assert again == ImportResult(new=(), changed=(), unchanged=5)
    after = store.messages()
    assert [dataclasses.replace(m, last_seen=SEEN) for m in after] == before
    assert {m.last_seen for m in after} == {later}
    assert {m.first_seen for m in after} == {SEEN}


def test_a_page_repeating_a_message_stores_it_once(store):
    result = store.import_messages([message(1), message(1), message(2)], seen_at=SEEN)
    assert result == ImportResult(new=(message(1).identity, message(2).identity), changed=(), unchanged=1)
    assert [len(m.versions) for m in store.messages()] == [1, 1]


def test_a_message_that_drops_off_the_page_stays(store):
    store.import_messages([message(1), message(2)], seen_at=SEEN)
    store.import_messages([message(2)], seen_at=SEEN + dt.timedelta(hours=1))

    stored = {m.identity: m for m in store.messages()}
    assert set(stored) == {message(1).identity, message(2).identity}
    assert stored[message(1).identity].latest == message(1)
    assert stored[message(1).identity].last_seen == SEEN


def test_every_version_is_kept_oldest_first(store):
    for revision in range(3):
        store.import_messages([message(7, revision=revision)], seen_at=SEEN + dt.timedelta(hours=revision))

    (stored,) = store.messages()
    assert [v.message for v in stored.versions] == [message(7, revision=r) for r in range(3)]
    assert [v.first_seen for v in stored.versions] == [SEEN + dt.timedelta(hours=r) for r in range(3)]
    assert stored.latest == message(7, revision=2)
    assert stored.first_seen == SEEN and stored.last_seen == SEEN + dt.timedelta(hours=2)


def test_an_older_version_arriving_late_does_not_replace_the_latest(store):
    store.import_messages([message(4, revision=2)], seen_at=SEEN)
    late = store.import_messages([message(4, revision=1)], seen_at=SEEN + dt.timedelta(hours=1))

    assert late.changed == (message(4).identity,)
    (stored,) = store.messages()
    assert stored.latest == message(4, revision=2)
    assert [v.message.updated for v in stored.versions] == [message(4, revision=r).updated for r in (1, 2)]


def test_earlier_versions_from_a_detail_page_are_kept_without_duplicates(store):
    listed = message(5, revision=2)
    store.import_messages([message(5, revision=0)], seen_at=SEEN)
    earlier = (
        MessageVersion(published=message(5, revision=0).updated,  # already stored; reflowed whitespace
                       body="  Service window 5,\nrevision 0.  WO1005 "),
        MessageVersion(published=message(5, revision=1).updated, body="The first edit."),
        MessageVersion(published=listed.updated, body=listed.body),  # the current version, listed too
    )
    detail = dataclasses.replace(listed, versions=earlier)

    result = store.import_messages([detail], seen_at=SEEN + dt.timedelta(hours=3))
    again = store.import_messages([detail], seen_at=SEEN + dt.timedelta(hours=4))

    assert result.changed == (listed.identity,) and again.unchanged == 1
    (stored,) = store.messages()
    assert [v.message.body for v in stored.versions] == [message(5).body, "The first edit.", listed.body]
    assert [v.message.updated for v in stored.versions] == [message(5, revision=r).updated for r in range(3)]
    assert stored.latest == detail
    assert stored.latest.versions == earlier


def test_messages_are_newest_first_and_stamps_come_back_aware_in_copenhagen(store):
    in_utc = message(3, published=(BASE + dt.timedelta(minutes=3)).astimezone(UTC),
                     updated=dt.datetime(2026, 5, 10, 6, 15, 30, tzinfo=UTC))
    store.import_messages([message(1), in_utc, message(2, revision=3)], seen_at=SEEN)

    stored = store.messages()
    assert [m.identity for m in stored] == [in_utc.identity, message(2).identity, message(1).identity]
    latest = stored[0].latest
    assert latest == in_utc
    assert latest.updated.tzinfo is COPENHAGEN and latest.published.tzinfo is COPENHAGEN
    assert latest.updated.isoformat() == "2026-05-10T08:15:30+02:00"
    assert stored[0].first_seen.utcoffset() == dt.timedelta(0)


def test_a_failed_import_writes_nothing_and_names_the_database(store):
    store.import_messages([message(1)], seen_at=SEEN)
    before = store.messages()
    invalid = dataclasses.replace(message(9), body=None)  # passes the constructor, breaks half-way through the batch

    calls = []
    with pytest.raises(StoreError) as raised:
        store.import_messages([message(1, revision=1), message(2), invalid, message(3)],
                              seen_at=SEEN + dt.timedelta(hours=1), progress=calls.append)

    assert calls == [1, 1]
    assert isinstance(raised.value.__cause__, TypeError)
    text = str(raised.value)
    assert "\n" not in text and "import of 4 messages failed" in text
    assert urlsplit(store.url).path.rsplit("/", 1)[-1] in text
    assert store.messages() == before
    assert store.last_success() == SEEN
    assert store.import_messages([message(2)], seen_at=SEEN).new == (message(2).identity,)


def test_an_interrupted_import_writes_nothing(store):
    def interrupt_at_second(step: int) -> None:
        calls.append(step)
        if len(calls) == 2:
            raise KeyboardInterrupt

    calls: list[int] = []
    with pytest.raises(KeyboardInterrupt):
        store.import_messages([message(1), message(2), message(3)], seen_at=SEEN, progress=interrupt_at_second)
    assert store.messages() == []
    assert store.import_messages([message(1)], seen_at=SEEN).new == (message(1).identity,)


def test_concurrent_imports_of_one_page_store_each_message_once(store_url):
    page = [message(n) for n in range(60)]
    stores = [open_store(store_url) for _ in range(3)]
    results: list[ImportResult] = []
    threads = [threading.Thread(target=lambda s=s: results.append(s.import_messages(page, seen_at=SEEN)))
               for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(len(r.new) for r in results) == [0, 0, 60]
    assert sorted(r.unchanged for r in results) == [0, 60, 60]
    assert [m.latest for m in stores[0].messages()] == page[::-1]
    for s in stores:
        s.close()


def test_the_seed_page_round_trips_with_every_version(store, seed_messages):
    identities = {m.identity for m in seed_messages}
    first = store.import_messages(seed_messages, seen_at=SEEN)
    again = store.import_messages(seed_messages, seen_at=SEEN + dt.timedelta(minutes=15))

    assert set(first.new) == identities and first.changed == ()
    assert again == ImportResult(new=(), changed=(), unchanged=len(seed_messages))
    stored = store.messages()
    assert len(stored) == len(identities)
    versions = [v.message for m in stored for v in m.versions]
    assert len(versions) == len(set(seed_messages)) and set(versions) == set(seed_messages)
    for m in stored:
        assert m.latest == max((v.message for v in m.versions), key=lambda v: v.updated)
    assert [m.latest.updated for m in stored] == sorted((m.latest.updated for m in stored), reverse=True)


# --- polls ------------------------------------------------------------------------------

def test_polls_are_remembered_per_source(store):
    a, b = "https://info.skat.dk/a", "https://info.skat.dk/b"
    good = PollRecord(a, SEEN, True, "200", etag='"abc"', last_modified="Wed, 20 May 2026 12:00:00 GMT",
                      message_count=342, extra={"duration_s": 1.5, "new": ["x"]})
    failed = PollRecord(a, SEEN + dt.timedelta(minutes=15), False, "connection refused")
    for record in (good, failed, PollRecord(b, SEEN - dt.timedelta(days=1), True)):
        store.record_poll(record)

    assert store.last_poll(a) == failed
    assert store.last_poll(a, ok_only=True) == good
    assert store.last_poll(b).at == SEEN - dt.timedelta(days=1)
    assert store.last_poll("https://elsewhere") is None
    assert store.last_success() == SEEN


def test_last_success_is_the_latest_import_or_good_poll(store):
    assert store.last_success() is None
    store.import_messages([message(1)], seen_at=SEEN)
    assert store.last_success() == SEEN
    store.record_poll(PollRecord("src", SEEN + dt.timedelta(hours=2), False, "HTTP 503"))
    assert store.last_success() == SEEN
    store.record_poll(PollRecord("src", SEEN + dt.timedelta(hours=3), True, "HTTP 304"))
    assert store.last_success() == SEEN + dt.timedelta(hours=3)
    assert store.last_success().tzinfo is not None


# --- migrations -------------------------------------------------------------------------

def _schema_versions(store) -> list[int]:
    return [row[0] for row in store._connection().execute("SELECT version FROM schema_version ORDER BY version")]


def test_opening_twice_migrates_once_and_keeps_the_data(store_url):
    with open_store(store_url) as first:
        first.import_messages([message(1)], seen_at=SEEN)
    with open_store(store_url) as second:
        assert _schema_versions(second) == list(range(1, LATEST_VERSION + 1))
        assert [m.latest for m in second.messages()] == [message(1)]


def test_replicas_starting_together_all_open_the_store(store_url):
    opened, failures = [], []

    def start() -> None:
        try:
            opened.append(open_store(store_url))
        except Exception as exc:  # collected and reported below
            failures.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert [_schema_versions(s) for s in opened] == [list(range(1, LATEST_VERSION + 1))] * 4
    for s in opened:
        s.close()


def test_a_database_from_a_newer_icsfeed_is_refused(store):
    with store._write_transaction() as conn:
        store._execute(conn, "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                       (LATEST_VERSION + 1, "from the future", "2030-01-01T00:00:00+00:00"))
    with pytest.raises(StoreError, match=f"schema version {LATEST_VERSION + 1} is newer"):
        open_store(store.url)


def test_a_closed_store_says_so(store):
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.messages()


# --- errors -----------------------------------------------------------------------------

def _assert_one_line(error: StoreError, *names: str) -> None:
    text = str(error)
    assert "\n" not in text and error.__cause__ is not None
    for name in names:
        assert name in text


def test_sqlite_creates_missing_parent_directories_in_wal_mode(tmp_path):
    path = tmp_path / "a" / "b" / "icsfeed.sqlite3"
    with SQLiteStore(f"sqlite:///{path}") as store:
        assert store._connection().execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert store._connection().execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert path.is_file()


def test_sqlite_under_a_file_instead_of_a_directory_is_a_store_error(tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    with pytest.raises(StoreError) as raised:
        SQLiteStore(f"sqlite:///{blocker / 'icsfeed.sqlite3'}")
    _assert_one_line(raised.value, str(blocker / "icsfeed.sqlite3"), "cannot open")


def test_a_corrupt_sqlite_file_is_a_store_error(tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(secrets.token_bytes(8192))
    with pytest.raises(StoreError) as raised:
        SQLiteStore(f"sqlite:///{path}")
    _assert_one_line(raised.value, str(path), "not a database")


def test_an_unreachable_postgresql_is_a_store_error_without_the_password():
    url = "postgresql://icsfeed:s3cret-pw@127.0.0.1:1/icsfeed"
    with pytest.raises(StoreError) as raised:
        PostgresStore(url)
    _assert_one_line(raised.value, "postgresql://icsfeed@127.0.0.1:1/icsfeed", "cannot open")
    assert "s3cret-pw" not in str(raised.value)


def test_a_missing_postgresql_database_is_a_store_error(pg_database):
    url = _with_database(pg_database, "icsfeed_no_such_database")
    with pytest.raises(StoreError) as raised:
        open_store(url)
    _assert_one_line(raised.value, "icsfeed_no_such_database")


def test_postgresql_reconnects_after_losing_its_connection(pg_database):
    url = _with_database(pg_database, urlsplit(pg_database).path.lstrip("/"))
    with open_store(url) as store, psycopg.connect(pg_database, autocommit=True) as admin:
        store.import_messages([message(1)], seen_at=SEEN)
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE application_name = 'icsfeed' AND datname = current_database()")
        with pytest.raises(StoreError) as raised:
            store.messages()
        _assert_one_line(raised.value, "cannot read messages")
        assert [m.latest for m in store.messages()] == [message(1)]


# --- several processes on one SQLite file -------------------------------------------------

CHILD = """
import datetime as dt, sys
sys.path.insert(0, {tests!r})
from test_store import bulk_messages
from icsfeed.store.sqlite import SQLiteStore

calls = 0
def progress(step):
    global calls
    calls += step
    if calls == {signal_at}:
        print("importing", flush=True)
        if {block!r}:
            sys.stdin.read()  # hold the transaction open until killed

store = SQLiteStore({url!r})
store.import_messages(bulk_messages({count}, first=100), seen_at=dt.datetime.now(dt.timezone.utc), progress=progress)
print("committed", flush=True)
"""


@pytest.mark.parametrize("block", [True, False], ids=["killed-while-blocked", "killed-while-running"])
def test_a_killed_import_leaves_the_database_as_before_or_complete(tmp_path, block):
    url = f"sqlite:///{tmp_path / 'icsfeed.sqlite3'}"
    count = 3000
    with SQLiteStore(url) as store:
        store.import_messages([message(n) for n in range(5)], seen_at=SEEN)
        before = store.messages()

    script = CHILD.format(tests=str(Path(__file__).parent), url=url, count=count, signal_at=2000, block=block)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout.readline() == "importing\n"
        if block:  # uncommitted pages reached the WAL; another process still reads the committed state
            assert (tmp_path / "icsfeed.sqlite3-wal").stat().st_size > 1_000_000
            with SQLiteStore(url) as reader:
                assert reader.messages() == before
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL

    with SQLiteStore(url) as store:
        assert store._connection().execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        after = store.messages()
        if block:
            assert after == before
        else:
            assert after == before or {m.identity for m in after} == (
                {m.identity for m in before} | {m.identity for m in bulk_messages(count, first=100, body_size=0)})
        result = store.import_messages([message(50)], seen_at=SEEN + dt.timedelta(hours=1))
        assert result.new == (message(50).identity,)
        assert len(store.messages()) == len(after) + 1


def test_writers_in_two_processes_take_turns(tmp_path):
    url = f"sqlite:///{tmp_path / 'icsfeed.sqlite3'}"
    script = CHILD.format(tests=str(Path(__file__).parent), url=url, count=400, signal_at=200, block=False)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "importing\n"
        with SQLiteStore(url) as store:  # waits for the child's transaction, then writes its own
            result = store.import_messages([message(1), *bulk_messages(1, first=100)], seen_at=SEEN)
    finally:
        output, _ = child.communicate()
    assert output == "committed\n" and child.returncode == 0
    assert result == ImportResult(new=(message(1).identity,), changed=(), unchanged=1)
    with SQLiteStore(url) as store:
        assert len(store.messages()) == 401
        assert store._connection().execute("PRAGMA integrity_check").fetchall() == [("ok",)]
