"""The index page: every feed with its subscribe links, a 14-day timeline and what is down now.

:func:`index_context` turns events into plain values; :func:`render_index` fills the
template. The web app and the static build share both. Jinja autoescapes everything,
so upstream text reaches the page only as text.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import jinja2

from ..model import COPENHAGEN, Event, Status
from ..publish.api import (
    CATALOGUE_NAMES,
    FeedUrl,
    SystemNames,
    affected,
    down_now,
    event_span,
    overlapping,
    system_slugs,
)
from ..systems import ENVIRONMENTS
from .i18n import TEXT, day_parts, span_label, stamp_label

TIMELINE_DAYS = 14


@dataclass(frozen=True)
class Feed:
    """One feed and the ways to subscribe to it."""

    key: str
    label: str
    name: str
    url: str
    webcal: str
    google: str
    outlook: str
    next_window: str


@dataclass(frozen=True)
class Bar:
    """One window on a timeline row; ``left`` and ``width`` are percentages of the 14 days."""

    left: float
    width: float
    env: str
    label: str
    title: str
    cancelled: bool


@dataclass(frozen=True)
class Row:
    name: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Outage:
    """A line of the banner: which systems are down where, until when, and why."""

    env: str
    systems: str
    until: str
    title: str


@dataclass(frozen=True)
class Upcoming:
    when: str
    env: str
    systems: str
    title: str
    status: str
    cancelled: bool


def subscribe_links(url: str, name: str) -> tuple[str, str, str]:
    """``webcal://``, Google Calendar's add-by-URL and Outlook.com's add-from-web for an https URL."""
    webcal = "webcal://" + url.split("://", 1)[-1]
    google = "https://calendar.google.com/calendar/r?" + urlencode({"cid": webcal}, quote_via=quote)
    outlook = "https://outlook.live.com/calendar/0/addfromweb?" + urlencode({"url": url, "name": name},
                                                                           quote_via=quote)
    return webcal, google, outlook


def _feed(key: str, label: str, name: str, url: str, next_window: str) -> Feed:
    return Feed(key, label, name, url, *subscribe_links(url, name), next_window=next_window)


def _next_label(events: Sequence[Event], now: dt.datetime, env: str | None, slug: str | None, lang: str) -> str:
    later = [e for e in events
             if (env is None or e.env.lower() == env) and event_span(e)[1] > now
             and (slug in affected(e) if slug else affected(e))]
    if not later:
        return TEXT[lang]["none_planned"]
    first = min(later, key=lambda e: event_span(e)[0])
    return span_label(first.start, first.end, first.all_day, lang)


def _systems_label(event: Event, names: SystemNames, lang: str, *, only_affected: bool = False) -> str:
    slugs = affected(event) if only_affected else tuple(s.slug for s in event.systems)
    return ", ".join(names(slug, lang) for slug in slugs)


def _timeline(events: Sequence[Event], slugs: Sequence[str], names: SystemNames, start: dt.datetime,
              lang: str) -> list[Row]:
    end = start + dt.timedelta(days=TIMELINE_DAYS)
    total = (end - start).total_seconds()
    shown = overlapping(events, start, end)
    rows = []
    for slug in slugs:
        bars = []
        for event in shown:
            state = event.state_of(slug)
            if state is None:
                continue
            first, last = event_span(event)
            left = max((first - start).total_seconds(), 0) / total * 100
            right = min((last - start).total_seconds(), total) / total * 100
            cancelled = state.cancelled or event.status == Status.CANCELLED
            when = span_label(event.start, event.end, event.all_day, lang)
            status = TEXT[lang][event.status.value] if not state.cancelled else TEXT[lang]["cancelled"]
            bars.append(Bar(left=round(left, 3), width=round(max(right - left, 0.4), 3), env=event.env.lower(),
                            label=f"{event.env.upper()} {when} ({status})",
                            title=f"{event.env.upper()} {when}: {event.title}", cancelled=cancelled))
        if bars:
            rows.append(Row(names(slug, lang), tuple(bars)))
    return rows


def index_context(events: Sequence[Event], *, now: dt.datetime, lang: str, feed_url: FeedUrl,
                  asset_url: str, api_url: str, other_language_url: str,
                  last_success: dt.datetime | None, names: SystemNames = CATALOGUE_NAMES,
                  notice: str | None = None) -> dict:
    """Everything the index template shows, as plain values."""
    text = TEXT[lang]
    slugs = system_slugs(events, names)
    everything = _feed("all", text["everything"], text["title"], feed_url(None, None),
                       _next_label(events, now, None, None, lang))
    environments = []
    for env in ENVIRONMENTS:
        feeds = [_feed(env, text["all_systems"], f"{text['title']} ({env.upper()})", feed_url(env, None),
                       _next_label(events, now, env, None, lang))]
        feeds += [_feed(f"{env}-{slug}", names(slug, lang), f"{names(slug, lang)} ({env.upper()})",
                        feed_url(env, slug), _next_label(events, now, env, slug, lang)) for slug in slugs]
        environments.append({"key": env, "name": text[f"env_{env}"], "feeds": feeds})

    local_now = now.astimezone(COPENHAGEN)
    day0 = dt.datetime.combine(local_now.date(), dt.time(), COPENHAGEN)
    days = [(day0 + dt.timedelta(days=i)).date() for i in range(TIMELINE_DAYS)]
    horizon = day0 + dt.timedelta(days=TIMELINE_DAYS)
    outages = [Outage(env=e.env.upper(), systems=_systems_label(e, names, lang, only_affected=True),
                      until=span_label(event_span(e)[1], None, False, lang).rstrip(" –"), title=e.title)
               for e in down_now(events, now)]
    upcoming = [Upcoming(when=span_label(e.start, e.end, e.all_day, lang), env=e.env.upper(),
                         systems=_systems_label(e, names, lang), title=e.title, status=text[e.status.value],
                         cancelled=e.status == Status.CANCELLED)
                for e in overlapping(events, now, horizon)]
    return {
        "lang": lang, "t": text, "asset_url": asset_url, "notice": notice,
        "other_language_url": other_language_url,
        "now_left": round((now - day0).total_seconds() / (horizon - day0).total_seconds() * 100, 3),
        "days": [{"parts": day_parts(day, lang), "label": span_label(day, None, True, lang),
                  "with_month": i == 0 or day.day == 1, "weekend": day.weekday() >= 5}
                 for i, day in enumerate(days)],
        "rows": _timeline(events, slugs, names, day0, lang),
        "outages": outages, "upcoming": upcoming,
        "everything": everything, "environments": environments,
        "api_url": api_url,
        "updated": stamp_label(last_success, lang) if last_success else text["never"],
    }


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("icsfeed.web", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


_TEMPLATES = _environment()


def render_index(context: dict) -> str:
    """The index page's HTML."""
    return _TEMPLATES.get_template("index.html").render(context)
