"""Reconciliation: stored messages -> calendar events (pure: no I/O, no clock).

The rules are those of ``shared/spec/events.md``:

- Messages sharing their first WO/INC reference and an environment form a *group*; a
  message without a reference is a group of its own (keyed by its identity). A
  ``PRD+TFE`` message joins one group per environment; a message naming no environment
  counts as production.
- Within a group the latest message (updated, then published stamp) states the truth:
  the windows come from the latest message that does more than cancel; a message that
  only cancels (status cancelled, or every system it names taken out) keeps the window
  it cancels. Each system's state comes from the latest message naming it.
- One event per window. A window without a start begins at the group's first
  publication (``start_from_publication``).
- Events of one environment with the same span and overlapping systems are one event
  (duplicate announcements): references and systems are united, the UID is that of the
  first-published one.
- UIDs hash the group key, the environment and the window's ordinal (windows sorted by
  start), never a time, so a moved window keeps its UID.
- SEQUENCE and LAST-MODIFIED come from replaying every stored version in time order:
  SEQUENCE counts changes of span, status or system states; LAST-MODIFIED is the stamp
  of the version that last changed anything the event shows.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from .extract import extract as extract_meaning
from .model import COPENHAGEN, Env, Event, Extraction, Impact, Kind, Message, Status, SystemState, Window
from .store.base import StoredMessage, StoredVersion
from .systems import CATALOGUE

Extract = Callable[[Message], Extraction]

_CATALOGUE_ORDER = {system.slug: index for index, system in enumerate(CATALOGUE)}
_SEVERITY = {Impact.NONE: 0, Impact.DEGRADED: 1, Impact.OUTAGE: 2}


@dataclass(frozen=True)
class _Reading:
    """One version of one message, what it means, and the groups it belongs to."""

    identity: str
    message: Message
    extraction: Extraction
    order: tuple
    groups: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, identity: str, message: Message, extraction: Extraction) -> _Reading:
        refs = extraction.refs or message.refs
        key = refs[0] if refs else identity
        envs = () if extraction.kind is Kind.INFO else (extraction.env or Env.PRD).members
        return cls(identity, message, extraction, (message.updated, message.published, identity),
                   tuple((key, env) for env in envs))

    @property
    def refs(self) -> tuple[str, ...]:
        return self.extraction.refs or self.message.refs

    @property
    def systems(self) -> tuple[str, ...]:
        """Every system the message names: its categories, then those its text names."""
        named = (*self.message.systems, *self.extraction.impacts, *self.extraction.cancelled_systems)
        return tuple(dict.fromkeys(named))

    @property
    def cancels_only(self) -> bool:
        """True when the message only takes systems out of a window it does not restate."""
        cancelled = self.extraction.cancelled_systems
        return self.extraction.status is Status.CANCELLED or (
            bool(cancelled) and set(self.systems) <= set(cancelled))


def reconcile(history: Sequence[StoredMessage], *, extract: Extract = extract_meaning) -> list[Event]:
    """The calendar events ``history`` describes, sorted by start, environment and UID.

    Every stored version is extracted once; the versions are replayed in the order of
    their updated stamps so that SEQUENCE and LAST-MODIFIED are deterministic.
    """
    readings = sorted((_Reading.of(stored.identity, version.message, extract(version.message))
                       for stored in history for version in _versions(stored)), key=lambda r: r.order)
    replay = _Replay()
    seen: dict[str, Event] = {}
    revised: dict[str, Event] = {}
    for stamp, batch in groupby(readings, key=lambda r: r.message.updated):
        for event in replay.apply(batch):
            if seen.get(event.uid) != event:
                seen[event.uid] = event
                revised[event.uid] = _revise(revised.get(event.uid), event, stamp)
    return sorted((revised[event.uid] for event in replay.events()), key=_sort_key)


class _Replay:
    """The events the versions seen so far describe, updated one batch of versions at a time.

    Only the groups a new version belongs to, and the spans their events occupy, are
    worked out again.
    """

    def __init__(self) -> None:
        self.current: dict[str, _Reading] = {}
        self.members: dict[tuple[str, str], dict[str, _Reading]] = {}
        self.by_group: dict[tuple[str, str], list[Event]] = {}
        self.by_span: dict[tuple, dict[tuple[str, str], list[Event]]] = {}
        self.merged: dict[tuple, list[Event]] = {}

    def apply(self, batch: Iterable[_Reading]) -> list[Event]:
        """Take in newer versions; return the (merged) events of every span they touched."""
        dirty_groups: set[tuple[str, str]] = set()
        for reading in batch:
            previous = self.current.get(reading.identity)
            for group in previous.groups if previous else ():
                del self.members[group][reading.identity]
                dirty_groups.add(group)
            self.current[reading.identity] = reading
            for group in reading.groups:
                self.members.setdefault(group, {})[reading.identity] = reading
                dirty_groups.add(group)
        dirty_spans: set[tuple] = set()
        for group in sorted(dirty_groups):
            for event in self.by_group.pop(group, []):
                dirty_spans.add(_span_key(event))
                self.by_span[_span_key(event)].pop(group, None)
            members = self.members.get(group)
            for event in _group_events(*group, list(members.values())) if members else []:
                self.by_group.setdefault(group, []).append(event)
                self.by_span.setdefault(_span_key(event), {}).setdefault(group, []).append(event)
                dirty_spans.add(_span_key(event))
        changed: list[Event] = []
        for span in dirty_spans:
            self.merged[span] = _merge_duplicates([e for events in self.by_span[span].values() for e in events])
            changed.extend(self.merged[span])
        return changed

    def events(self) -> list[Event]:
        return [event for events in self.merged.values() for event in events]


def _span_key(event: Event) -> tuple:
    return event.env, event.start, event.end, event.all_day


def _versions(stored: StoredMessage) -> list[StoredVersion]:
    """Every version of a stored message, the latest included."""
    versions = list(stored.versions)
    if not any(v.message.fingerprint == stored.latest.fingerprint for v in versions):
        versions.append(StoredVersion(stored.latest, stored.last_seen))
    return versions


def _revise(previous: Event | None, event: Event, stamp: dt.datetime) -> Event:
    """``event`` as of ``stamp``, numbered after its ``previous`` state."""
    if previous is None:
        return dataclasses.replace(event, sequence=0, last_modified=stamp)
    sequence = previous.sequence + (_major(previous) != _major(event))
    unchanged = dataclasses.replace(previous, sequence=0, last_modified=stamp) == \
        dataclasses.replace(event, sequence=0, last_modified=stamp)
    return dataclasses.replace(event, sequence=sequence, last_modified=previous.last_modified if unchanged else stamp)


def _major(event: Event) -> tuple:
    """What a calendar client must see as a new revision: span, status, system states."""
    return event.start, event.end, event.all_day, event.status, event.systems


def _sort_key(event: Event) -> tuple:
    return _instant(event.start), event.env, event.uid


def _instant(value: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(), COPENHAGEN)


# --- one state of the page -> events -------------------------------------------------

def _group_events(key: str, env: str, group: list[_Reading]) -> list[Event]:
    ordered = sorted(group, key=lambda r: r.order)
    with_windows = [r for r in ordered if r.extraction.windows]
    if not with_windows:
        return []
    source = next((r for r in reversed(with_windows) if not r.cancels_only), with_windows[-1])
    latest = ordered[-1]
    states = _system_states(ordered)
    created = min(r.message.published for r in ordered)
    windows = sorted(source.extraction.windows, key=lambda w: _instant(w.start if w.start is not None else created))
    shared = dict(
        env=env,
        status=_status(states.values(), latest.extraction.status),
        kind=source.extraction.kind,
        title=latest.message.title,
        systems=_ordered_states(states.values()),
        refs=tuple(dict.fromkeys(ref for r in ordered for ref in r.refs)),
        created=created,
        last_modified=latest.message.updated,
        fallback=_last(r.extraction.fallback for r in ordered),
        body=latest.message.body,
        source_url=_last(r.message.source_url for r in ordered),
        done_at=_last(r.extraction.done_at for r in ordered),
    )
    return [Event(uid=_uid(key, env, ordinal), **_span(window, created), **shared)
            for ordinal, window in enumerate(windows)]


def _span(window: Window, published: dt.datetime) -> dict:
    """Start, end and all-day flag of a window; a missing start is the publication."""
    if window.start is not None:
        return dict(start=window.start, end=window.end, all_day=window.all_day)
    start: dt.datetime | dt.date = published.astimezone(COPENHAGEN)
    if window.all_day:
        start = start.date()
    if window.end is not None and window.end < start:
        start = window.end
    return dict(start=start, end=window.end, all_day=window.all_day, start_from_publication=True)


def _system_states(ordered: list[_Reading]) -> dict[str, SystemState]:
    """Each system's state as the latest message naming it states it."""
    states: dict[str, SystemState] = {}
    for reading in ordered:
        extraction = reading.extraction
        everything = extraction.status is Status.CANCELLED
        for slug in reading.systems:
            states[slug] = SystemState(slug, extraction.impacts.get(slug, Impact.OUTAGE),
                                       cancelled=everything or slug in extraction.cancelled_systems)
        if everything and not reading.systems:
            states = {slug: dataclasses.replace(state, cancelled=True) for slug, state in states.items()}
    return states


def _status(states: Iterable[SystemState], stated: Status) -> Status:
    """The event's status from its systems' states, else as the latest message states it."""
    cancelled = [state.cancelled for state in states]
    if cancelled and all(cancelled):
        return Status.CANCELLED
    if any(cancelled):
        return Status.PARTLY_CANCELLED
    if stated is Status.CANCELLED and not cancelled:
        return Status.CANCELLED
    return stated if stated in (Status.COMPLETED, Status.PARTLY_CANCELLED) else Status.SCHEDULED


def _ordered_states(states: Iterable[SystemState]) -> tuple[SystemState, ...]:
    return tuple(sorted(states, key=lambda s: (_CATALOGUE_ORDER.get(s.slug, len(_CATALOGUE_ORDER)), s.slug)))


def _last(values: Iterable):
    """The last value that is not None."""
    found = None
    for value in values:
        if value is not None:
            found = value
    return found


def _uid(key: str, env: str, ordinal: int) -> str:
    digest = hashlib.sha256(f"{key}\x1f{env}\x1f{ordinal}".encode()).hexdigest()[:32]
    return f"{digest}@icsfeed"


# --- duplicates -----------------------------------------------------------------------

def _merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per span and environment for announcements with overlapping systems."""
    buckets: dict[tuple, list[Event]] = {}
    for event in sorted(events, key=lambda e: (e.created, e.uid)):
        buckets.setdefault(_span_key(event), []).append(event)
    merged: list[Event] = []
    for bucket in buckets.values():
        clusters: list[list[Event]] = []
        for event in bucket:
            slugs = {state.slug for state in event.systems}
            touching = [c for c in clusters if slugs & {s.slug for e in c for s in e.systems}]
            cluster = [event] + [e for c in touching for e in c]
            clusters = [c for c in clusters if c not in touching] + [cluster]
        merged.extend(_merge(cluster) for cluster in clusters)
    return merged


def _merge(cluster: list[Event]) -> Event:
    """Duplicates as one event: the first-published one's UID, the latest one's text."""
    if len(cluster) == 1:
        return cluster[0]
    first = min(cluster, key=lambda e: (e.created, e.uid))
    latest = max(cluster, key=lambda e: (e.last_modified, e.created, e.uid))
    states: dict[str, list[SystemState]] = {}
    for event in cluster:
        for state in event.systems:
            states.setdefault(state.slug, []).append(state)
    systems = _ordered_states(_merge_states(same) for same in states.values())
    stated = next((s for s in (Status.COMPLETED, Status.PARTLY_CANCELLED) if any(e.status is s for e in cluster)),
                  Status.SCHEDULED)
    by_time = sorted(cluster, key=lambda e: (e.last_modified, e.created, e.uid))
    return dataclasses.replace(
        latest,
        uid=first.uid,
        status=_status(systems, stated),
        kind=Kind.PLANNED if any(e.kind is Kind.PLANNED for e in cluster) else latest.kind,
        systems=systems,
        refs=tuple(dict.fromkeys(ref for e in sorted(cluster, key=lambda e: (e.created, e.uid)) for ref in e.refs)),
        created=first.created,
        fallback=_last(e.fallback for e in by_time),
        source_url=_last(e.source_url for e in by_time),
        done_at=_last(e.done_at for e in by_time),
        start_from_publication=any(e.start_from_publication for e in cluster),
    )


def _merge_states(states: list[SystemState]) -> SystemState:
    """A system named by several duplicates: out only when every one takes it out."""
    live = [s for s in states if not s.cancelled] or states
    worst = max(live, key=lambda s: _SEVERITY[s.impact])
    return SystemState(worst.slug, worst.impact, cancelled=not any(not s.cancelled for s in states))
