"""The domain: messages as the site publishes them, and what they mean.

Plain frozen dataclasses passed between the pipeline stages
(fetch -> scrape -> extract -> store -> reconcile -> publish -> serve).
Every datetime is timezone-aware; local times are Europe/Copenhagen.
JSON conversion lives here, in one place.
"""
from __future__ import annotations

import datetime as dt
import enum
import hashlib
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


class Kind(enum.StrEnum):
    PLANNED = "planned"
    INCIDENT = "incident"
    INFO = "info"


class Env(enum.StrEnum):
    PRD = "PRD"
    TFE = "TFE"
    PRD_TFE = "PRD+TFE"

    @property
    def members(self) -> tuple[str, ...]:
        """The single environments this value covers: ``PRD+TFE`` -> ``("prd", "tfe")``."""
        return tuple(part.lower() for part in self.value.split("+"))


class Status(enum.StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    PARTLY_CANCELLED = "partly-cancelled"


class Fallback(enum.StrEnum):
    ALLOWED = "allowed"
    RESTRICTED = "restricted"
    NOT_ALLOWED = "not-allowed"


class Impact(enum.StrEnum):
    OUTAGE = "outage"
    DEGRADED = "degraded"
    NONE = "none"


def _require_aware(name: str, value: dt.datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


def _instant(value: dt.datetime | dt.date) -> dt.datetime | dt.date:
    """A datetime as UTC: two times of one zone compare by wall clock, wrong across DST (02:30 CEST < 02:00 CET)."""
    return value.astimezone(dt.timezone.utc) if isinstance(value, dt.datetime) else value


def isoformat(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601 with the UTC offset for datetimes, a plain date for dates."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


@dataclass(frozen=True)
class MessageVersion:
    """One earlier state of a message, as a detail page lists it under ``Published:``."""

    published: dt.datetime
    body: str

    def __post_init__(self) -> None:
        _require_aware("published", self.published)


@dataclass(frozen=True)
class Message:
    """One announcement on the status page, in its latest version.

    ``categories`` are the raw labels the site shows (``DMS eksport``, ``TFE (testsystems)``);
    ``systems`` their catalogue slugs in the same order. ``published`` is the first
    publication, ``updated`` the last-updated stamp; the pair identifies the message on a page.
    """

    title: str
    body: str
    published: dt.datetime
    updated: dt.datetime
    categories: tuple[str, ...] = ()
    systems: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    source_url: str | None = None
    language: str = "en"
    status_text: str | None = None
    type_text: str | None = None
    versions: tuple[MessageVersion, ...] = ()

    def __post_init__(self) -> None:
        _require_aware("published", self.published)
        _require_aware("updated", self.updated)

    @property
    def head(self) -> str:
        """Categories and title as the page runs them together."""
        return ", ".join(self.categories) + self.title

    @property
    def identity(self) -> str:
        """A stable key across versions: the first publication and the systems.

        The last-updated stamp, the title and the body change when the site edits a
        message; the first-publication stamp does not. Two different messages published
        in the same second are told apart by their categories.
        """
        digest = hashlib.sha1("|".join(sorted(self.categories)).encode()).hexdigest()[:8]
        return f"{self.published.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}-{digest}"

    @property
    def fingerprint(self) -> str:
        """A hash of everything a version can change: equal fingerprints, same version."""
        parts = [self.title, self.body, isoformat(self.updated) or "", "|".join(self.categories),
                 self.status_text or "", self.type_text or ""]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Window:
    """A span during which systems are unavailable or degraded.

    Timed windows hold aware datetimes; all-day windows hold dates with an inclusive end.
    Either end may be missing (``None``) when the message does not state it.
    """

    start: dt.datetime | dt.date | None
    end: dt.datetime | dt.date | None
    all_day: bool = False

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is None:
                continue
            if self.all_day:
                if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                    raise ValueError(f"all-day window {name} must be a date, got {value!r}")
            elif not isinstance(value, dt.datetime):
                raise ValueError(f"timed window {name} must be a datetime, got {value!r}")
            else:
                _require_aware(name, value)
        if self.start is not None and self.end is not None and _instant(self.end) < _instant(self.start):
            raise ValueError(f"window ends before it starts: {self.start} > {self.end}")

    def to_json(self) -> dict:
        return {"start": isoformat(self.start), "end": isoformat(self.end), "all_day": self.all_day}


@dataclass(frozen=True)
class Extraction:
    """What one message means (``shared/spec/extraction.md``)."""

    kind: Kind
    env: Env | None
    status: Status
    refs: tuple[str, ...] = ()
    windows: tuple[Window, ...] = ()
    done_at: dt.datetime | None = None
    fallback: Fallback | None = None
    impacts: dict[str, Impact] = field(default_factory=dict)
    cancelled_systems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_json(self, message: Message) -> dict:
        """The ``icsfeed extract`` output object for ``message``."""
        return {
            "published": isoformat(message.published),
            "updated": isoformat(message.updated),
            "title": message.title,
            "systems": list(message.systems),
            "refs": list(self.refs),
            "kind": self.kind.value,
            "env": self.env.value if self.env else None,
            "status": self.status.value,
            "done_at": isoformat(self.done_at),
            "fallback": self.fallback.value if self.fallback else None,
            "windows": [w.to_json() for w in self.windows],
            "impacts": {slug: level.value for slug, level in self.impacts.items()},
            "cancelled_systems": list(self.cancelled_systems),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class SystemState:
    """How one system fares in an event: its impact, and whether it was taken out of the window."""

    slug: str
    impact: Impact = Impact.OUTAGE
    cancelled: bool = False


@dataclass(frozen=True)
class Event:
    """One calendar event: a window of one environment, as the latest messages state it.

    ``uid`` is stable for the life of the event; ``sequence`` counts changes of time, status
    or summary; ``created`` is the first publication, ``last_modified`` the last change.
    ``start_from_publication`` marks an event whose message gave no start (it starts when
    the message was published).
    """

    uid: str
    env: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    all_day: bool
    status: Status
    kind: Kind
    title: str
    systems: tuple[SystemState, ...]
    refs: tuple[str, ...]
    created: dt.datetime
    last_modified: dt.datetime
    sequence: int = 0
    fallback: Fallback | None = None
    body: str = ""
    source_url: str | None = None
    done_at: dt.datetime | None = None
    start_from_publication: bool = False

    def state_of(self, slug: str) -> SystemState | None:
        """This event as one system sees it, or None when the system is not affected."""
        return next((s for s in self.systems if s.slug == slug), None)
