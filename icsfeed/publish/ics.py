"""iCalendar feeds: events -> one ``.ics`` per environment and system (RFC 5545, RFC 7986).

Pure: the clock comes in as ``now``; the same events, spec, options and ``now`` give the
same bytes, events sorted by start and UID. Times are written with ``TZID=Europe/Copenhagen``
and a VTIMEZONE with its yearly rules, except inside the hour the clocks repeat in October,
which is written in UTC; all-day windows are DATE values with an exclusive DTEND.

Choices a client can see:

- Feeds keep events that ended within :data:`DEFAULT_PAST` (a year, ``past=``) and every
  future one: a year of history answers "was that outage planned?" (and keeps the shipped
  snapshot visible on a first start) without the feed growing forever.
- A window without an end lasts until its completion stamp or else twelve hours
  (:func:`icsfeed.publish.api.event_span`, the same span the JSON API reports); its
  description says the end was not announced.
- Events are TRANSPARENT: a service window does not make anyone busy.
- A per-system feed shows that system's state: a system taken out of a window sees the
  window cancelled, the others see it confirmed.
- Each event carries the maintenance-notification properties of the BCOP
  (``X-MAINTNOTE-*``, as circuit-maintenance-parser reads them), one object per system.
"""
from __future__ import annotations

import calendar as month_calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Component, Timezone, TimezoneDaylight, TimezoneStandard, vDuration
from icalendar import Event as VEvent

from ..model import COPENHAGEN, Event, Fallback, Impact, Kind, Status, SystemState
from ..systems import BY_SLUG, ENVIRONMENTS
from . import fallback as ncts
from .api import event_span

PRODID = "-//icsfeed//Toldstyrelsen service windows//EN"
PROVIDER = "Toldstyrelsen"
DEFAULT_PAST = dt.timedelta(days=366)
REFRESH_INTERVAL = dt.timedelta(hours=1)
LANGUAGES = ("en", "da")
CANCELLED_CHOICES = ("show", "hide")
CRLF = b"\r\n"
FOLD_OCTETS = 74        # octets per physical line: icalendar folds before the octet that would make 75
_ESCAPES = b"\\^"       # a fold never separates these from the character they escape

UTC = dt.timezone.utc

_TEXT = {
    "en": {
        "all": "All systems", "env": {"prd": "Production (PRD)", "tfe": "Test (TFE)"},
        "calendar": "Planned service windows and disruptions of {what} {where}, from the Danish Customs "
                    "Agency's service status page.",
        "everything": "every system",
        "where": {"prd": "in production (PRD)", "tfe": "in test (TFE)", None: "in production (PRD) and test (TFE)"},
        "window": "service window", "degraded": "extended response times", "incident": "disruption",
        "no-impact": "no impact expected", "cancelled": "Cancelled: ",
        "impact": {Impact.OUTAGE: "unavailable", Impact.DEGRADED: "extended response times or instability",
                   Impact.NONE: "not affected"},
        "taken-out": "taken out of this window",
        "status": {Status.SCHEDULED: "scheduled", Status.COMPLETED: "completed", Status.CANCELLED: "cancelled",
                   Status.PARTLY_CANCELLED: "partly cancelled"},
        "fallback": {Fallback.ALLOWED: "may be used during the window",
                     Fallback.RESTRICTED: "only if absolutely necessary (for example perishable goods); "
                                          "contact the customs office",
                     Fallback.NOT_ALLOWED: "may not be used"},
        "labels": {"environment": "Environment", "status": "Status", "systems": "Systems",
                   "fallback": "Fallback procedure", "refs": "References", "done": "Done at",
                   "text": "Announcement", "source": "Source"},
        "no-start": "Start: not announced; shown from the announcement's publication.",
        "no-end": "End: not announced; shown until {end}.",
    },
    "da": {
        "all": "Alle systemer", "env": {"prd": "Produktion (PRD)", "tfe": "Test (TFE)"},
        "calendar": "Planlagte servicevinduer og driftsforstyrrelser for {what} {where}, fra Toldstyrelsens "
                    "driftsstatus.",
        "everything": "alle systemer",
        "where": {"prd": "i produktion (PRD)", "tfe": "i test (TFE)", None: "i produktion (PRD) og test (TFE)"},
        "window": "servicevindue", "degraded": "forlængede svartider", "incident": "driftsforstyrrelse",
        "no-impact": "ingen forventet påvirkning", "cancelled": "Aflyst: ",
        "impact": {Impact.OUTAGE: "utilgængelig", Impact.DEGRADED: "forlængede svartider eller ustabilitet",
                   Impact.NONE: "ikke påvirket"},
        "taken-out": "taget ud af servicevinduet",
        "status": {Status.SCHEDULED: "planlagt", Status.COMPLETED: "afsluttet", Status.CANCELLED: "aflyst",
                   Status.PARTLY_CANCELLED: "delvist aflyst"},
        "fallback": {Fallback.ALLOWED: "må bruges i servicevinduet",
                     Fallback.RESTRICTED: "kun hvis det er absolut nødvendigt (for eksempel letfordærvelige "
                                          "varer); kontakt toldstedet",
                     Fallback.NOT_ALLOWED: "må ikke bruges"},
        "labels": {"environment": "Miljø", "status": "Status", "systems": "Systemer",
                   "fallback": "Nødprocedure", "refs": "Referencer", "done": "Afsluttet",
                   "text": "Meddelelse", "source": "Kilde"},
        "no-start": "Start: ikke oplyst; vist fra meddelelsens offentliggørelse.",
        "no-end": "Slut: ikke oplyst; vist til {end}.",
    },
}

_MAINTNOTE_IMPACT = {Impact.OUTAGE: "OUTAGE", Impact.DEGRADED: "DEGRADED", Impact.NONE: "NO-IMPACT"}
_SEVERITY = {Impact.NONE: 0, Impact.DEGRADED: 1, Impact.OUTAGE: 2}


def system_name(slug: str, lang: str = "en") -> str:
    """The catalogue name of a system (its slug when the catalogue does not know it)."""
    system = BY_SLUG.get(slug)
    if system is None:
        return slug
    return system.name_da if lang == "da" else system.name


@dataclass(frozen=True)
class FeedSpec:
    """Which feed: one environment (``prd``/``tfe``) or both, one system or all."""

    env: str | None = None
    system: str | None = None

    def __post_init__(self) -> None:
        if self.env is not None and self.env not in ENVIRONMENTS:
            raise ValueError(f"unknown environment {self.env!r}: use one of {', '.join(ENVIRONMENTS)}")

    def name(self, lang: str = "en") -> str:
        """``DMS Import (PRD)``, ``All systems (TFE)``, ``Manifest``."""
        what = system_name(self.system, lang) if self.system else _TEXT[lang]["all"]
        return f"{what} ({self.env.upper()})" if self.env else what

    def description(self, lang: str = "en") -> str:
        text = _TEXT[lang]
        what = system_name(self.system, lang) if self.system else text["everything"]
        return text["calendar"].format(what=what, where=text["where"][self.env])


@dataclass(frozen=True)
class FeedOptions:
    """What a subscriber asked for (the query string of a feed URL).

    ``systems`` narrows a feed to some systems (empty: all); ``kinds`` chooses planned
    windows and/or incidents; ``cancelled`` shows cancelled windows marked as such or
    hides them; ``past`` keeps events that ended at most that long ago; ``alarm`` adds a
    reminder that long before each start; ``lang`` is the language of the text.
    """

    systems: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = (Kind.PLANNED, Kind.INCIDENT)
    cancelled: str = "show"
    past: dt.timedelta = DEFAULT_PAST
    alarm: dt.timedelta | None = None
    lang: str = "en"

    def __post_init__(self) -> None:
        if self.cancelled not in CANCELLED_CHOICES:
            raise ValueError(f"cancelled={self.cancelled!r}: use show or hide")
        if self.lang not in LANGUAGES:
            raise ValueError(f"lang={self.lang!r}: use one of {', '.join(LANGUAGES)}")
        for name in ("past", "alarm"):
            value = getattr(self, name)
            if value is not None and value < dt.timedelta(0):
                raise ValueError(f"{name}={_duration_text(value)}: must not be negative")

    @classmethod
    def from_query(cls, args: Mapping[str, str]) -> FeedOptions:
        """Read ``systems``, ``kind``, ``cancelled``, ``past``, ``alarm`` and ``lang``.

        Durations are ISO 8601 (``P90D``, ``PT30M``); an empty ``alarm`` means none.
        Other keys are ignored. A bad value raises ValueError naming it.
        """
        options: dict = {}
        if args.get("systems"):
            options["systems"] = tuple(_slugs("systems", args["systems"]))
        kinds = args.get("kind", args.get("kinds"))
        if kinds:
            options["kinds"] = tuple(_kind(value) for value in kinds.split(","))
        for key in ("cancelled", "lang"):
            if args.get(key):
                options[key] = args[key]
        if args.get("past"):
            options["past"] = _duration("past", args["past"])
        if args.get("alarm"):
            options["alarm"] = _duration("alarm", args["alarm"])
        return cls(**options)


def _slugs(key: str, text: str) -> list[str]:
    slugs = [part.strip() for part in text.split(",")]
    for slug in slugs:
        if not slug or not all(c.isascii() and (c.isalnum() or c == "-") for c in slug):
            raise ValueError(f"{key}={text!r}: expected comma-separated slugs such as dms-import,manifest")
    return slugs


def _kind(text: str) -> Kind:
    try:
        kind = Kind(text.strip())
    except ValueError:
        kind = None
    if kind not in (Kind.PLANNED, Kind.INCIDENT):
        raise ValueError(f"kind={text!r}: use planned and/or incident")
    return kind


#: The longest ``past`` or ``alarm`` accepted: a century (longer ones would leave the calendar's years).
MAX_DURATION = dt.timedelta(days=36525)


def _duration(key: str, text: str) -> dt.timedelta:
    try:
        value = vDuration.from_ical(text.strip().upper())
    except ValueError:
        raise ValueError(f"{key}={text!r}: expected an ISO 8601 duration such as P90D or PT30M") from None
    if value < dt.timedelta(0):
        raise ValueError(f"{key}={text!r}: must not be negative")
    if value > MAX_DURATION:
        raise ValueError(f"{key}={text!r}: must be at most {_duration_text(MAX_DURATION)}")
    return value


def _duration_text(value: dt.timedelta) -> str:
    return vDuration(value).to_ical().decode()


# --- which events, as which feed sees them --------------------------------------------

@dataclass(frozen=True)
class _View:
    """An event as one feed shows it: the systems in view and their combined status."""

    event: Event
    systems: tuple[SystemState, ...]
    status: Status

    @property
    def live(self) -> tuple[SystemState, ...]:
        """The systems in view still in the window (all of them when every one was taken out)."""
        return tuple(s for s in self.systems if not s.cancelled) or self.systems


def _view(event: Event, spec: FeedSpec, options: FeedOptions, oldest_end: dt.datetime) -> _View | None:
    """The event as the feed shows it, or None; :func:`_views` has checked environment, kind and system."""
    systems = event.systems
    if spec.system is not None:
        systems = tuple(s for s in systems if s.slug == spec.system)
    if options.systems:
        systems = tuple(s for s in systems if s.slug in options.systems)
    if not systems and (spec.system is not None or options.systems):
        return None
    if event_span(event)[1] < oldest_end:     # the costliest test last
        return None
    cancelled = [s.cancelled for s in systems]
    if cancelled and all(cancelled):
        status = Status.CANCELLED
    elif any(cancelled):
        status = Status.PARTLY_CANCELLED
    elif any(s.cancelled for s in event.systems):
        status = Status.SCHEDULED  # other systems were taken out, not these
    else:
        status = event.status
    if status is Status.CANCELLED and options.cancelled == "hide":
        return None
    return _View(event, systems, status)


# --- rendering ------------------------------------------------------------------------

def render_calendar(events: Iterable[Event], spec: FeedSpec, options: FeedOptions, *, now: dt.datetime) -> bytes:
    """The feed ``spec`` with ``options`` as iCalendar bytes (CRLF lines folded at 75 octets).

    The bytes of ``build_calendar(...).to_ical()``, made faster: each VEVENT is serialized as
    soon as it is built (a feed never holds hundreds of component trees at once, which made
    the garbage collector walk every stored event mid-render) and lines are folded by
    :func:`fold_line`.
    """
    *head, end = [line for line in _calendar(spec, options, now).content_lines() if line]
    vevents = [to_ical(_vevent(view, options)) for view in _views(events, spec, options, now)]
    return b"".join([*(fold_line(line) + CRLF for line in head), *vevents, fold_line(end) + CRLF])


def build_calendar(events: Iterable[Event], spec: FeedSpec, options: FeedOptions, *, now: dt.datetime) -> Calendar:
    """The feed as one ``icalendar.Calendar``; :func:`render_calendar` writes its bytes."""
    cal = _calendar(spec, options, now)
    for view in _views(events, spec, options, now):
        cal.add_component(_vevent(view, options))
    return cal


def _calendar(spec: FeedSpec, options: FeedOptions, now: dt.datetime) -> Calendar:
    """The VCALENDAR with its properties and VTIMEZONE, no events yet."""
    lang = options.lang
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", spec.name(lang))
    cal.add("x-wr-calname", spec.name(lang))
    cal.add("description", spec.description(lang))
    cal.add("x-wr-caldesc", spec.description(lang))
    cal.add("x-wr-timezone", COPENHAGEN.key)
    cal.add("refresh-interval", vDuration(REFRESH_INTERVAL), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    cal.add_component(vtimezone(COPENHAGEN, now.year))
    return cal


def _views(events: Iterable[Event], spec: FeedSpec, options: FeedOptions, now: dt.datetime) -> list[_View]:
    """The events the feed shows, as it shows them, by start and UID.

    The tests that turn most events away run inline, before any call: a store of 100,000
    events is walked in half the time of one :func:`_view` call per event.
    """
    env, system, kinds = spec.env, spec.system, options.kinds
    oldest_end = now - options.past
    views = []
    for event in events:
        if (env is not None and event.env.lower() != env) or event.kind not in kinds:
            continue
        if system is not None:
            for state in event.systems:
                if state.slug == system:
                    break
            else:
                continue
        view = _view(event, spec, options, oldest_end)
        if view is not None:
            views.append(view)
    views.sort(key=lambda v: (event_span(v.event)[0], v.event.uid))
    return views


def to_ical(component: Component) -> bytes:
    """``component.to_ical()``, byte for byte: icalendar's content lines, folded by :func:`fold_line`.

    icalendar folds character by character in Python (a bytes object per character), which
    was the largest single cost of a render; slicing the encoded line is several times cheaper.
    """
    return b"".join([fold_line(line) + CRLF for line in component.content_lines() if line])


def fold_line(line: str) -> bytes:
    """A content line as UTF-8, folded as icalendar folds it (RFC 5545, 3.1).

    Each physical line holds as many whole characters as fit in :data:`FOLD_OCTETS` octets,
    less a trailing backslash or caret (kept with the character it escapes on the next line).
    """
    data = line.encode()
    if len(data) <= FOLD_OCTETS:
        return data
    parts = []
    start = 0
    while len(data) - start > FOLD_OCTETS:
        end = start + FOLD_OCTETS
        while data[end] & 0xC0 == 0x80:   # not inside a multi-byte character
            end -= 1
        if data[end - 1] in _ESCAPES:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def _vevent(view: _View, options: FeedOptions) -> VEvent:
    event, lang = view.event, options.lang
    vevent = VEvent()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", event.last_modified.astimezone(UTC))
    vevent.add("created", event.created.astimezone(UTC))
    vevent.add("last-modified", event.last_modified.astimezone(UTC))
    vevent.add("sequence", event.sequence)
    start, end = _dtstart_dtend(event)
    vevent.add("dtstart", start)
    if end > start:
        vevent.add("dtend", end)
    vevent.add("summary", _summary(view, lang))
    vevent.add("description", _description(view, lang, end))
    vevent.add("status", "CANCELLED" if view.status is Status.CANCELLED else "CONFIRMED")
    vevent.add("transp", "TRANSPARENT")
    if event.source_url:
        vevent.add("url", event.source_url)
    vevent.add("categories", [system_name(s.slug, lang) for s in view.live] + [event.env.upper()])
    _add_maintnote(vevent, view)
    if options.alarm is not None and view.status is not Status.CANCELLED:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _summary(view, lang))
        alarm.add("trigger", -options.alarm)
        vevent.add_component(alarm)
    return vevent


def _dtstart_dtend(event: Event) -> tuple[dt.datetime | dt.date, dt.datetime | dt.date]:
    """DATE values with an exclusive end for all-day events, Copenhagen times otherwise."""
    if event.all_day:
        last = event.end if event.end is not None else event.start
        return event.start, last + dt.timedelta(days=1)
    start, end = event_span(event)
    return _wall_time(start), _wall_time(end)


def _wall_time(value: dt.datetime) -> dt.datetime:
    """Copenhagen time, or UTC inside the hour the clocks repeat.

    RFC 5545 reads a repeated local time as its first occurrence, but ical.js and
    node-ical take the second, and the second cannot be written with a TZID at all.
    """
    local = value.astimezone(COPENHAGEN)
    if local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset():
        return value.astimezone(UTC)
    return local


def _summary(view: _View, lang: str) -> str:
    """``[PRD] DMS Import: service window``; the announcement's title when it names no system."""
    text = _TEXT[lang]
    event = view.event
    impacts = {s.impact for s in view.live}
    if event.kind is Kind.INCIDENT:
        what = text["incident"]
    elif impacts == {Impact.DEGRADED}:
        what = text["degraded"]
    elif impacts == {Impact.NONE}:
        what = text["no-impact"]
    else:
        what = text["window"]
    names = ", ".join(system_name(s.slug, lang) for s in view.live)
    prefix = text["cancelled"] if view.status is Status.CANCELLED else ""
    subject = f"{names}: {what}" if names else event.title
    return _plain(f"{prefix}[{event.env.upper()}] {subject}").replace("\n", " ")


def _description(view: _View, lang: str, shown_end: dt.datetime | dt.date) -> str:
    text = _TEXT[lang]
    labels = text["labels"]
    event = view.event
    lines = [event.title, "",
             f"{labels['environment']}: {text['env'].get(event.env.lower(), event.env)}",
             f"{labels['status']}: {text['status'][view.status]}"]
    if event.done_at is not None:
        lines.append(f"{labels['done']}: {_local(event.done_at)}")
    if event.systems:
        lines.append(f"{labels['systems']}:")
        lines.extend(f"- {system_name(s.slug, lang)}: {text['taken-out'] if s.cancelled else text['impact'][s.impact]}"
                     for s in event.systems)
    if event.fallback is not None:
        lines.append(f"{labels['fallback']}: {text['fallback'][event.fallback]}")
    if event.start_from_publication:
        lines.append(text["no-start"])
    if event.end is None:
        lines.append(text["no-end"].format(end=_local(shown_end)))
    if event.refs:
        lines.append(f"{labels['refs']}: {', '.join(event.refs)}")
    if ncts.applies(event.fallback, [s.slug for s in view.live]) and view.status is not Status.CANCELLED:
        lines += ["", ncts.ncts_guidance(lang)]
    lines += ["", f"{labels['text']}:", event.body.strip()]
    if event.source_url:
        lines += ["", f"{labels['source']}: {event.source_url}"]
    return _plain("\n".join(lines))


def _plain(text: str) -> str:
    """Text with ``\n`` line ends and no other control characters (which iCalendar TEXT forbids)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc, less \t and \n


def _local(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(COPENHAGEN).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _add_maintnote(vevent: VEvent, view: _View) -> None:
    """The BCOP maintenance-notification properties, one object (system) per line."""
    event = view.event
    live = [s for s in view.systems if not s.cancelled]
    worst = max((s.impact for s in live), key=_SEVERITY.__getitem__, default=Impact.NONE)
    vevent.add("x-maintnote-provider", PROVIDER)
    vevent.add("x-maintnote-account", event.env.upper())
    vevent.add("x-maintnote-maintenance-id", event.refs[0] if event.refs else event.uid)
    for state in view.systems:
        impact = Impact.NONE if state.cancelled else state.impact
        vevent.add("x-maintnote-object-id", state.slug,
                   parameters={"X-MAINTNOTE-OBJECT-IMPACT": _MAINTNOTE_IMPACT[impact]})
    vevent.add("x-maintnote-impact", _MAINTNOTE_IMPACT[worst])
    status = {Status.CANCELLED: "CANCELLED", Status.COMPLETED: "COMPLETED"}.get(view.status, "CONFIRMED")
    vevent.add("x-maintnote-status", status)


# --- VTIMEZONE ------------------------------------------------------------------------

def vtimezone(zone: ZoneInfo, year: int) -> Timezone:
    """A VTIMEZONE with the yearly rules ``zone`` follows in ``year``.

    Each offset change of that year becomes a STANDARD or DAYLIGHT component with a
    ``FREQ=YEARLY;BYMONTH=..;BYDAY=..SU``-style rule starting in 1970, as clients such as
    Outlook expect. A zone without changes gets a single STANDARD component.
    """
    tz = Timezone()
    tz.add("tzid", zone.key)
    changes = _offset_changes(zone, year)
    if not changes:
        moment = dt.datetime(year, 1, 1, tzinfo=UTC).astimezone(zone)
        tz.add_component(_observance(TimezoneStandard(), moment.utcoffset(), moment.utcoffset(), moment.tzname(),
                                     dt.datetime(1970, 1, 1)))
        return tz
    for instant in changes:
        before = (instant - dt.timedelta(seconds=1)).astimezone(zone)
        after = instant.astimezone(zone)
        wall = (instant + before.utcoffset()).replace(tzinfo=None)
        nth = -1 if wall.day + 7 > month_calendar.monthrange(wall.year, wall.month)[1] else (wall.day - 1) // 7 + 1
        weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[wall.weekday()]
        first = dt.datetime.combine(_nth_weekday(1970, wall.month, wall.weekday(), nth), wall.time())
        component = TimezoneDaylight() if after.dst() else TimezoneStandard()
        _observance(component, before.utcoffset(), after.utcoffset(), after.tzname(), first)
        component.add("rrule", {"freq": "yearly", "bymonth": wall.month, "byday": f"{nth}{weekday}"})
        tz.add_component(component)
    return tz


def _observance(component, offset_from: dt.timedelta, offset_to: dt.timedelta, name: str, start: dt.datetime):
    component.add("dtstart", start)
    component.add("tzname", name)
    component.add("tzoffsetfrom", offset_from)
    component.add("tzoffsetto", offset_to)
    return component


def _offset_changes(zone: ZoneInfo, year: int) -> list[dt.datetime]:
    """The UTC instants in ``year`` at which ``zone`` changes its offset (to the quarter hour)."""
    changes = []
    day = dt.datetime(year, 1, 1, tzinfo=UTC)
    while day.year == year:
        following = day + dt.timedelta(days=1)
        if day.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            instant = day
            while instant.astimezone(zone).utcoffset() == day.astimezone(zone).utcoffset():
                instant += dt.timedelta(minutes=15)
            changes.append(instant)
        day = following
    return changes


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` (``-1``: last) given weekday of a month."""
    days = [d for d in range(1, month_calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth])
