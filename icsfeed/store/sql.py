"""What the SQLite and PostgreSQL stores share: migrations, imports, rows <-> messages.

A backend supplies a connection (``_connect``), a write transaction that serializes
writers (``_write_transaction``) and its :class:`~icsfeed.store.schema.Dialect`; everything
else lives here once. Message stamps are stored with their offset and come back in
Copenhagen time; bookkeeping stamps (first/last seen, polls, imports) are stored and
returned in UTC.
"""
from __future__ import annotations

import abc
import contextlib
import datetime as dt
import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import StoreError
from ..model import COPENHAGEN, Message, MessageVersion
from .base import ImportResult, PollRecord, Store, StoredMessage, StoredVersion
from .schema import LATEST_VERSION, MIGRATIONS, VERSION_TABLE, Dialect

UTC = dt.timezone.utc

VERSION_COLUMNS = ("identity", "fingerprint", "content_key", "title", "body", "published", "updated",
                   "categories", "systems", "refs", "source_url", "language", "status_text", "type_text",
                   "earlier", "first_seen")
MESSAGE_FIELDS = VERSION_COLUMNS[3:15]
POLL_COLUMNS = ("source", "at", "ok", "detail", "etag", "last_modified", "message_count", "extra")

INSERT_VERSION = (f"INSERT INTO message_versions ({', '.join(VERSION_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(VERSION_COLUMNS))})")
SELECT_VERSIONS = (f"SELECT m.identity, m.first_seen, m.last_seen, v.id, v.first_seen, "
                   f"{', '.join('v.' + name for name in MESSAGE_FIELDS)} "
                   "FROM messages m JOIN message_versions v ON v.identity = m.identity")
SELECT_POLL = f"SELECT {', '.join(POLL_COLUMNS)} FROM polls WHERE source = ?"


def redact_url(url: str) -> str:
    """``url`` without a password (in the authority or the query), for error messages."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = netloc.replace(f":{parts.password}@", "@", 1)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def one_line(exc: BaseException) -> str:
    """The first line of an exception's text, or its type when it has none."""
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


# --- values <-> columns ---------------------------------------------------------------

def stamp_text(value: dt.datetime) -> str:
    """A message stamp as ISO 8601 with its own offset."""
    _require_aware(value)
    return value.isoformat()


def utc_text(value: dt.datetime) -> str:
    """A bookkeeping stamp as UTC ISO 8601 of fixed width, so text order is time order."""
    _require_aware(value)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _require_aware(value: dt.datetime) -> None:
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {value!r}")


def read_datetime(value: str | dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """A stamp as either backend returns it (ISO text or an aware datetime), in ``tz``."""
    parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.astimezone(tz)


def read_json(value):
    """A JSON column as either backend returns it (text or already decoded)."""
    return json.loads(value) if isinstance(value, str) else value


def content_key(updated: dt.datetime, body: str) -> str:
    """What makes two versions the same content: the stamp and the body's words."""
    text = f"{utc_text(updated)}\x1f{' '.join(body.split())}"
    return hashlib.sha256(text.encode()).hexdigest()


def version_row(message: Message, seen_at: dt.datetime) -> tuple:
    """The ``message_versions`` row of one version, in :data:`VERSION_COLUMNS` order."""
    earlier = [{"published": stamp_text(v.published), "body": v.body} for v in message.versions]
    return (message.identity, message.fingerprint, content_key(message.updated, message.body),
            message.title, message.body, stamp_text(message.published), stamp_text(message.updated),
            json.dumps(list(message.categories), ensure_ascii=False),
            json.dumps(list(message.systems), ensure_ascii=False),
            json.dumps(list(message.refs), ensure_ascii=False),
            message.source_url, message.language, message.status_text, message.type_text,
            json.dumps(earlier, ensure_ascii=False), utc_text(seen_at))


def message_from_row(row: tuple) -> Message:
    """A message from the :data:`MESSAGE_FIELDS` columns of a version row."""
    fields = dict(zip(MESSAGE_FIELDS, row, strict=True))
    return Message(
        title=fields["title"], body=fields["body"],
        published=read_datetime(fields["published"], COPENHAGEN),
        updated=read_datetime(fields["updated"], COPENHAGEN),
        categories=tuple(read_json(fields["categories"])), systems=tuple(read_json(fields["systems"])),
        refs=tuple(read_json(fields["refs"])), source_url=fields["source_url"], language=fields["language"],
        status_text=fields["status_text"], type_text=fields["type_text"],
        versions=tuple(MessageVersion(published=read_datetime(v["published"], COPENHAGEN), body=v["body"])
                       for v in read_json(fields["earlier"])),
    )


def poll_row(record: PollRecord) -> tuple:
    return (record.source, utc_text(record.at), bool(record.ok), record.detail, record.etag,
            record.last_modified, record.message_count, json.dumps(record.extra, ensure_ascii=False))


def poll_from_row(row: tuple) -> PollRecord:
    source, at, ok, detail, etag, last_modified, message_count, extra = row
    return PollRecord(source=source, at=read_datetime(at, UTC), ok=bool(ok), detail=detail, etag=etag,
                      last_modified=last_modified, message_count=message_count, extra=read_json(extra))


# --- versions -------------------------------------------------------------------------

@dataclass
class KnownVersions:
    """The fingerprints and content keys stored for one identity."""

    fingerprints: set[str]
    content_keys: set[str]

    def add(self, message: Message) -> None:
        self.fingerprints.add(message.fingerprint)
        self.content_keys.add(content_key(message.updated, message.body))


def earlier_version(message: Message, version: MessageVersion) -> Message:
    """An earlier version a detail page lists, as a message of its own (stamped when published)."""
    return Message(title=message.title, body=version.body, published=message.published,
                   updated=version.published, categories=message.categories, systems=message.systems,
                   refs=message.refs, source_url=message.source_url, language=message.language,
                   type_text=message.type_text)


def unseen_versions(message: Message, known: KnownVersions) -> list[Message]:
    """The versions ``message`` brings that the store lacks.

    The message itself is new when its fingerprint is; an earlier version it lists is new
    when no stored version has the same stamp and body.
    """
    unseen = [] if message.fingerprint in known.fingerprints else [message]
    keys = set(known.content_keys) | {content_key(message.updated, message.body)}
    for version in message.versions:
        candidate = earlier_version(message, version)
        key = content_key(candidate.updated, candidate.body)
        if key not in keys:
            unseen.append(candidate)
            keys.add(key)
    return unseen


def version_order(version: StoredVersion, row_id: int) -> tuple:
    """Oldest first: by the updated stamp, then the publication, then the order of arrival."""
    return version.message.updated, version.message.published, row_id


def stored_messages(rows: list[tuple]) -> list[StoredMessage]:
    """Group joined message/version rows into stored messages, newest latest version first."""
    seen: dict[str, tuple] = {}
    versions: dict[str, list[tuple[StoredVersion, int]]] = {}
    for identity, first_seen, last_seen, row_id, version_seen, *fields in rows:
        seen[identity] = (read_datetime(first_seen, UTC), read_datetime(last_seen, UTC))
        stored = StoredVersion(message_from_row(tuple(fields)), read_datetime(version_seen, UTC))
        versions.setdefault(identity, []).append((stored, row_id))
    result = []
    for identity, (first_seen, last_seen) in seen.items():
        ordered = tuple(v for v, _ in sorted(versions[identity], key=lambda pair: version_order(*pair)))
        result.append(StoredMessage(identity=identity, latest=ordered[-1].message, first_seen=first_seen,
                                    last_seen=last_seen, versions=ordered))
    result.sort(key=lambda m: (m.latest.updated, m.latest.published, m.identity), reverse=True)
    return result


# --- the store ------------------------------------------------------------------------

class SQLStore(Store, abc.ABC):
    """A store on a DB-API connection; subclasses connect and open write transactions."""

    dialect: Dialect

    def __init__(self, url: str, *, display_url: str | None = None):
        self.url = url
        self.display_url = display_url or redact_url(url)
        self._lock = threading.RLock()
        self._conn = None
        with self._guard("cannot open"):
            self._conn = self._connect()
            try:
                self._migrate()
            except BaseException:
                self.close()
                raise

    # hooks

    @abc.abstractmethod
    def _connect(self):
        """A new DB-API connection in autocommit mode (one statement, one transaction)."""

    @abc.abstractmethod
    def _write_transaction(self) -> contextlib.AbstractContextManager:
        """A transaction that excludes every other writer, yielding the connection."""

    def _connection(self):
        if self._conn is None:
            raise StoreError(f"database {self.display_url}: the store is closed")
        return self._conn

    # helpers

    @contextlib.contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn any failure into a one-line :class:`StoreError` naming the database."""
        try:
            yield
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"database {self.display_url}: {action}: {one_line(exc)}") from exc

    def _execute(self, conn, sql: str, params: tuple = ()):
        return conn.execute(self.dialect.query(sql), params)

    def _schema_version(self, conn) -> int:
        if self._execute(conn, self.dialect.table_exists, ("schema_version",)).fetchone() is None:
            return 0
        return self._execute(conn, "SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    def _migrate(self) -> None:
        """Apply the pending migrations, each in a transaction that excludes other writers."""
        with self._lock:
            current = self._schema_version(self._connection())
            if current > LATEST_VERSION:
                raise StoreError(f"database {self.display_url}: schema version {current} is newer than this "
                                 f"icsfeed knows ({LATEST_VERSION}); upgrade icsfeed")
            for migration in MIGRATIONS[current:]:
                with self._write_transaction() as conn:
                    conn.execute(self.dialect.ddl(VERSION_TABLE))
                    if self._schema_version(conn) >= migration.version:
                        continue  # another process applied it meanwhile
                    for statement in migration.statements:
                        conn.execute(self.dialect.ddl(statement))
                    self._execute(conn, "INSERT INTO schema_version (version, description, applied_at) "
                                        "VALUES (?, ?, ?)",
                                  (migration.version, migration.description,
                                   utc_text(dt.datetime.now(UTC))))

    def _known_versions(self, conn) -> dict[str, KnownVersions]:
        known: dict[str, KnownVersions] = {}
        for identity, fingerprint, key in self._execute(
                conn, "SELECT identity, fingerprint, content_key FROM message_versions").fetchall():
            entry = known.setdefault(identity, KnownVersions(set(), set()))
            entry.fingerprints.add(fingerprint)
            entry.content_keys.add(key)
        return known

    # the interface

    def import_messages(self, messages: list[Message], *, seen_at: dt.datetime,
                        progress: Callable[[int], None] | None = None) -> ImportResult:
        new: dict[str, None] = {}
        changed: dict[str, None] = {}
        unchanged = 0
        with self._lock, self._guard(f"import of {len(messages)} messages failed"):
            seen = utc_text(seen_at)
            with self._write_transaction() as conn:
                known = self._known_versions(conn)
                for message in messages:
                    identity = message.identity
                    if identity in known:
                        self._execute(conn, "UPDATE messages SET last_seen = ? WHERE identity = ? AND last_seen < ?",
                                      (seen, identity, seen))
                    else:
                        self._execute(conn, "INSERT INTO messages (identity, first_seen, last_seen) VALUES (?, ?, ?)",
                                      (identity, seen, seen))
                        known[identity] = KnownVersions(set(), set())
                        new[identity] = None
                    versions = unseen_versions(message, known[identity])
                    for version in versions:
                        self._execute(conn, INSERT_VERSION, version_row(version, seen_at))
                        known[identity].add(version)
                    if versions and identity not in new:
                        changed[identity] = None
                    elif not versions:
                        unchanged += 1
                    if progress is not None:
                        progress(1)
                self._execute(conn, "INSERT INTO imports (at, new_count, changed_count, unchanged_count) "
                                    "VALUES (?, ?, ?, ?)", (seen, len(new), len(changed), unchanged))
        return ImportResult(new=tuple(new), changed=tuple(changed), unchanged=unchanged)

    def messages(self) -> list[StoredMessage]:
        with self._lock, self._guard("cannot read messages"):
            rows = self._execute(self._connection(), SELECT_VERSIONS).fetchall()
        return stored_messages(rows)

    def record_poll(self, record: PollRecord) -> None:
        with self._lock, self._guard(f"cannot record the poll of {record.source}"):
            row = poll_row(record)
            with self._write_transaction() as conn:
                self._execute(conn, f"INSERT INTO polls ({', '.join(POLL_COLUMNS)}) "
                                    f"VALUES ({', '.join('?' * len(POLL_COLUMNS))})", row)

    def last_poll(self, source: str, *, ok_only: bool = False) -> PollRecord | None:
        sql = SELECT_POLL + (" AND ok" if ok_only else "") + " ORDER BY at DESC, id DESC LIMIT 1"
        with self._lock, self._guard(f"cannot read the polls of {source}"):
            row = self._execute(self._connection(), sql, (source,)).fetchone()
        return poll_from_row(tuple(row)) if row else None

    def last_success(self) -> dt.datetime | None:
        with self._lock, self._guard("cannot read the last success"):
            conn = self._connection()
            stamps = [self._execute(conn, "SELECT MAX(at) FROM imports").fetchone()[0],
                      self._execute(conn, "SELECT MAX(at) FROM polls WHERE ok").fetchone()[0]]
        found = [read_datetime(stamp, UTC) for stamp in stamps if stamp is not None]
        return max(found, default=None)

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
