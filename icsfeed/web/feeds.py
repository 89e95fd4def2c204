"""The calendar feeds: ``/calendars/all.ics``, ``/calendars/{env}.ics``, ``/calendars/{env}/{system}.ics``."""
from __future__ import annotations

from collections.abc import Iterable

from flask import Blueprint, Response, current_app, request

from ..model import Event
from ..publish.ics import FeedOptions, FeedSpec, render_calendar
from ..systems import ENVIRONMENTS
from .fastpath import SERVED_FEED, ServedFeed
from .http import Representation, cacheable, plain_error
from .state import WebState

bp = Blueprint("feeds", __name__)

ICS_MIMETYPE = "text/calendar; charset=utf-8"
TOP_FEEDS = ("all", *ENVIRONMENTS)


def feed_path(env: str | None, system: str | None) -> str:
    """The path of a feed below the site root, without a leading slash."""
    if env is None:
        return "calendars/all.ics"
    return f"calendars/{env}.ics" if system is None else f"calendars/{env}/{system}.ics"


def feed_events(events: Iterable[Event], env: str | None, system: str | None) -> list[Event]:
    """The events a feed shows: its environment's, touching its system."""
    return [e for e in events
            if (env is None or e.env.lower() == env) and (system is None or e.state_of(system) is not None)]


@bp.get("/calendars/<name>.ics")
def top_feed(name: str) -> Response:
    if name not in TOP_FEEDS:
        return plain_error(404, f"no feed {name}.ics; feeds: {', '.join(f + '.ics' for f in TOP_FEEDS)}, "
                                f"or {{env}}/{{system}}.ics")
    return _feed(None if name == "all" else name, None)


@bp.get("/calendars/<env>/<system>.ics")
def system_feed(env: str, system: str) -> Response:
    if env not in ENVIRONMENTS:
        return plain_error(404, f"no environment {env!r}; environments: {', '.join(ENVIRONMENTS)}")
    return _feed(env, system)


def _feed(env: str | None, system: str | None) -> Response:
    state: WebState = current_app.extensions["icsfeed"]
    snapshot = state.events.current()
    if system is not None and system not in snapshot.slugs:
        return plain_error(404, f"no system {system!r}; systems: {', '.join(snapshot.slugs)}")
    try:
        options = FeedOptions.from_query(request.args)
    except ValueError as exc:
        return plain_error(400, " ".join(str(exc).split()))
    hour = state.feed_hour()
    key = (snapshot.key, env, system, tuple(sorted(request.args.items(multi=True))), hour)

    def render() -> Representation:
        state.metrics.count_render(feed_path(env, system).removeprefix("calendars/"))
        body = render_calendar(list(snapshot.events), FeedSpec(env, system), options, now=hour)
        shown = feed_events(snapshot.events, env, system)
        return Representation(body, max((e.last_modified for e in shown), default=snapshot.last_modified))

    headers = {}
    if request.args.get("download") == "1":
        filename = feed_path(env, system).removeprefix("calendars/").replace("/", "-")
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    representation = state.feeds.get(key, render)
    request.environ[SERVED_FEED] = ServedFeed(snapshot.key, hour, representation, request.endpoint)
    return cacheable(request, representation, ICS_MIMETYPE, headers=headers)
