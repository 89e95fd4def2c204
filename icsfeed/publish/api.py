"""The JSON shapes of the API (``/api/v1``) and the static build, in one place.

Pure functions over :class:`~icsfeed.model.Event`: the span an event occupies, what is
down at an instant, the query of ``/api/v1/windows``, and the objects the API returns.
Every string from upstream is passed through as data; :func:`dumps` escapes ``<``, ``>``
and ``&`` so that a JSON body can never be mistaken for markup.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..model import COPENHAGEN, Event, Message, Status, isoformat
from ..systems import BY_SLUG, CATALOGUE, ENVIRONMENTS, is_test_environment_label, lookup, slug_for

FeedUrl = Callable[[str | None, str | None], str]
"""``feed_url(env, system)``: the public URL of a feed (``None`` for "all")."""

OPEN_END = dt.timedelta(hours=12)
"""How long an event without an end or completion stamp is taken to last."""

NEXT_LIMIT = 10
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
SLUGS_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$"
STATUSES_PATTERN = "^(" + "|".join(s.value for s in Status) + ")(,(" + "|".join(s.value for s in Status) + "))*$"
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(9000, 1, 1)
LIVE_STATUSES = (Status.SCHEDULED, Status.PARTLY_CANCELLED)


# --- spans -----------------------------------------------------------------------------

def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), COPENHAGEN)


def event_span(event: Event) -> tuple[dt.datetime, dt.datetime]:
    """The instants an event occupies, ``[start, end)``, as aware datetimes.

    All-day events run from local midnight of the first day to local midnight after the
    last (inclusive) day. An open end is the completion stamp or, failing that,
    :data:`OPEN_END` after the start.
    """
    if event.all_day:
        start = _local_midnight(_as_date(event.start))
        last = _as_date(event.end) if event.end is not None else _as_date(event.start)
        return start, _local_midnight(last + dt.timedelta(days=1))
    start = event.start
    if event.end is not None:
        return start, event.end
    if event.done_at is not None and event.done_at > start:
        return start, event.done_at
    return start, start + OPEN_END


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.astimezone(COPENHAGEN).date() if isinstance(value, dt.datetime) else value


def affected(event: Event) -> tuple[str, ...]:
    """The systems still taken down by an event (per-system cancellations left out)."""
    if event.status not in LIVE_STATUSES:
        return ()
    return tuple(s.slug for s in event.systems if not s.cancelled)


def is_down(event: Event, now: dt.datetime) -> bool:
    """True while a live event is under way at ``now``."""
    start, end = event_span(event)
    return bool(affected(event)) and start <= now < end


def down_now(events: Iterable[Event], now: dt.datetime) -> list[Event]:
    """Events under way at ``now``, the soonest to end first."""
    return sorted((e for e in events if is_down(e, now)), key=lambda e: (event_span(e)[1], e.uid))


def upcoming(events: Iterable[Event], now: dt.datetime, limit: int = NEXT_LIMIT) -> list[Event]:
    """The next ``limit`` live events that start after ``now``, soonest first."""
    later = [e for e in events if affected(e) and event_span(e)[0] > now]
    return sorted(later, key=lambda e: (event_span(e)[0], e.uid))[:limit]


def overlapping(events: Iterable[Event], start: dt.datetime, end: dt.datetime) -> list[Event]:
    """Events sharing an instant with ``[start, end)``, by start."""
    found = [e for e in events if event_span(e)[0] < end and event_span(e)[1] > start]
    return sorted(found, key=lambda e: (event_span(e)[0], e.env, e.uid))


# --- systems -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SystemNames:
    """Display names: the catalogue's, else the label upstream gave an unknown category."""

    labels: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_messages(cls, messages: Iterable[Message]) -> "SystemNames":
        """The labels of the categories the catalogue does not know (``toll-portal-new`` -> ``Toll Portal (New)``)."""
        return cls({slug_for(label): label for message in messages for label in message.categories
                    if lookup(label) is None and not is_test_environment_label(label)})

    def __call__(self, slug: str, lang: str = "en") -> str:
        system = BY_SLUG.get(slug)
        if system is None:
            return self.labels.get(slug) or slug.replace("-", " ").capitalize()
        return system.name_da if lang == "da" else system.name


CATALOGUE_NAMES = SystemNames()
"""Names from the catalogue alone (unknown slugs read as their words)."""


def system_slugs(events: Iterable[Event], names: SystemNames = CATALOGUE_NAMES) -> list[str]:
    """The catalogue's slugs in catalogue order, then the unknown ones seen in events or labels, sorted."""
    seen = {s.slug for e in events for s in e.systems} | set(names.labels)
    return [s.slug for s in CATALOGUE] + sorted(seen - BY_SLUG.keys())


# --- the query of /api/v1/windows ---------------------------------------------------------

@dataclass(frozen=True)
class WindowQuery:
    """Filters of ``/api/v1/windows``: an inclusive day range, one environment, systems, statuses."""

    start: dt.date | None = None
    end: dt.date | None = None
    env: str | None = None
    systems: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "WindowQuery":
        """Read ``from``, ``to``, ``env``, ``systems`` and ``status``; ValueError names the bad one."""
        env = args.get("env")
        if env is not None and env not in ENVIRONMENTS:
            raise ValueError(f"env={env!r}: use one of {', '.join(ENVIRONMENTS)}")
        return cls(start=_day(args, "from"), end=_day(args, "to"), env=env,
                   systems=tuple(_listed(args, "systems", SLUGS_PATTERN, "comma-separated system slugs")),
                   statuses=tuple(Status(s) for s in _listed(args, "status", STATUSES_PATTERN,
                                                             "comma-separated statuses: "
                                                             + ", ".join(s.value for s in Status))))

    def select(self, events: Iterable[Event]) -> list[Event]:
        """The events that pass every filter, by start."""
        start = _local_midnight(_clamp(self.start)) if self.start else None
        end = _local_midnight(_clamp(self.end) + dt.timedelta(days=1)) if self.end else None
        chosen = []
        for event in events:
            first, last = event_span(event)
            if (start and last <= start) or (end and first >= end):
                continue
            if self.env and event.env.lower() != self.env:
                continue
            if self.systems and not any(event.state_of(slug) for slug in self.systems):
                continue
            if self.statuses and event.status not in self.statuses:
                continue
            chosen.append(event)
        return sorted(chosen, key=lambda e: (event_span(e)[0], e.env, e.uid))


def _clamp(day: dt.date) -> dt.date:
    """Days far outside any window are moved into range, where time-zone arithmetic cannot overflow."""
    return min(max(day, EARLIEST_DAY), LATEST_DAY)


def _day(args: Mapping[str, str], name: str) -> dt.date | None:
    raw = args.get(name)
    if raw is None:
        return None
    try:
        if not re.match(DATE_PATTERN, raw):
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r}: use a date, YYYY-MM-DD") from None


def _listed(args: Mapping[str, str], name: str, pattern: str, expected: str) -> list[str]:
    raw = args.get(name)
    if raw is None:
        return []
    if not re.match(pattern, raw):
        raise ValueError(f"{name}={raw!r}: use {expected}")
    return list(dict.fromkeys(raw.split(",")))


# --- the objects --------------------------------------------------------------------------

def event_json(event: Event, names: SystemNames = CATALOGUE_NAMES) -> dict:
    """One event as the API shows it."""
    start, end = event_span(event)
    return {
        "uid": event.uid,
        "env": event.env.lower(),
        "kind": event.kind.value,
        "status": event.status.value,
        "title": event.title,
        "start": isoformat(event.start),
        "end": isoformat(event.end),
        "all_day": event.all_day,
        "span": {"start": isoformat(start), "end": isoformat(end)},
        "systems": [{"slug": s.slug, "name": names(s.slug), "impact": s.impact.value,
                     "cancelled": s.cancelled} for s in event.systems],
        "refs": list(event.refs),
        "fallback": event.fallback.value if event.fallback else None,
        "sequence": event.sequence,
        "created": isoformat(event.created),
        "last_modified": isoformat(event.last_modified),
        "done_at": isoformat(event.done_at),
        "start_from_publication": event.start_from_publication,
        "source_url": event.source_url,
        "description": event.body,
    }


def systems_json(events: Sequence[Event], feed_url: FeedUrl, names: SystemNames = CATALOGUE_NAMES) -> dict:
    """Every system with its feeds, and the feeds of each environment and of everything."""
    return {
        "all": feed_url(None, None),
        "environments": [{"slug": env, "name": name, "feed": feed_url(env, None)}
                         for env, name in ENVIRONMENTS.items()],
        "systems": [{"slug": slug, "name": names(slug), "name_da": names(slug, "da"),
                     "description": BY_SLUG[slug].description if slug in BY_SLUG else "",
                     "known": slug in BY_SLUG,
                     "feeds": {env: feed_url(env, slug) for env in ENVIRONMENTS}}
                    for slug in system_slugs(events, names)],
    }


def windows_json(events: Sequence[Event], names: SystemNames = CATALOGUE_NAMES) -> dict:
    """A list of events, as ``/api/v1/windows`` returns it."""
    return {"count": len(events), "windows": [event_json(e, names) for e in events]}


def now_json(events: Sequence[Event], now: dt.datetime, names: SystemNames = CATALOGUE_NAMES) -> dict:
    """What is down at ``now`` and what comes next."""
    return {"now": isoformat(now), "down": [event_json(e, names) for e in down_now(events, now)],
            "next": [event_json(e, names) for e in upcoming(events, now)]}


def error_json(reason: str) -> dict:
    return {"error": reason}


def dumps(value) -> bytes:
    """Deterministic UTF-8 JSON with ``<``, ``>`` and ``&`` escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n").encode()
