"""Operations endpoints: ``/healthz`` (is the data fresh?), ``/readyz`` (can this process serve
feeds?), ``/livez`` (is it running?) and ``/metrics`` (Prometheus text format).

Orchestrators probe ``/livez`` and ``/readyz``; ``/healthz`` is for monitoring. A long upstream
outage makes ``/healthz`` stale while the last good feeds are still served, so it must not
take a replica out of service or restart it: that would turn an upstream outage into ours.
"""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, current_app

from ..errors import StoreError
from ..publish.api import down_now, dumps
from ..systems import ENVIRONMENTS
from .state import WebState

bp = Blueprint("health", __name__)

PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8"


def _state() -> WebState:
    return current_app.extensions["icsfeed"]


def freshness(last_success: dt.datetime | None, now: dt.datetime, stale_after: float) -> dict:
    """The ``/healthz`` body: ``ok`` while the last good update is at most ``stale_after`` seconds old."""
    age = None if last_success is None else max((now - last_success).total_seconds(), 0.0)
    status = "no-data" if age is None else ("ok" if age <= stale_after else "stale")
    return {"status": status, "last_success": last_success.isoformat(timespec="seconds") if last_success else None,
            "age_seconds": None if age is None else round(age, 3), "stale_after_seconds": stale_after}


def _probe(body: dict, ok: bool) -> Response:
    return Response(dumps(body), status=200 if ok else 503, mimetype="application/json",
                    headers={"Cache-Control": "no-store"})


@bp.get("/healthz")
def healthz() -> Response:
    state = _state()
    try:
        body = freshness(state.store.last_success(), state.clock(), state.config.stale_after)
    except StoreError as exc:
        body = {"status": "store-error", "detail": str(exc)}
    return _probe(body, body["status"] == "ok")


@bp.get("/livez")
def livez() -> Response:
    """200 while the process answers requests (a restart would fix nothing else)."""
    return _probe({"status": "alive"}, True)


@bp.get("/readyz")
def readyz() -> Response:
    """200 when the store answers and holds messages to serve, however old; 503 otherwise."""
    try:
        snapshot = _state().events.current()
    except StoreError as exc:
        return _probe({"status": "store-error", "detail": str(exc)}, False)
    ready = snapshot.last_success is not None
    return _probe({"status": "ready" if ready else "no-data", "events": len(snapshot.events)}, ready)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _labels(labels: dict[str, str]) -> str:
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items()) + "}" if labels else ""


def _family(name: str, kind: str, help_text: str, samples: list[tuple[dict, float]]) -> list[str]:
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    return lines + [f"{name}{_labels(labels)} {float(value)!r}" for labels, value in samples]


def _stamp(value: dt.datetime | None) -> float:
    return value.timestamp() if value else 0.0


@bp.get("/metrics")
def metrics() -> Response:
    state = _state()
    snapshot = state.events.current()
    now = state.clock()
    with state.metrics.lock:
        requests = [({"endpoint": e, "method": m, "status": s}, n)
                    for (e, m, s), n in sorted(state.metrics.requests.items())]
        renders = [({"feed": feed}, n) for feed, n in sorted(state.metrics.renders.items())]
    polls = [(source, state.store.last_poll(source), state.store.last_poll(source, ok_only=True))
             for source in state.config.sources]
    down = down_now(snapshot.events, now)
    lines = (
        _family("icsfeed_http_requests_total", "counter", "HTTP requests by endpoint, method and status.", requests)
        + _family("icsfeed_feed_renders_total", "counter", "Calendar feeds rendered, by feed.", renders)
        + _family("icsfeed_last_success_timestamp_seconds", "gauge",
                  "When an import or poll last succeeded (0: never).", [({}, _stamp(snapshot.last_success))])
        + _family("icsfeed_poll_last_ok", "gauge", "Whether the latest poll of a source succeeded (1) or failed (0).",
                  [({"source": s}, 1.0 if last and last.ok else 0.0) for s, last, _ in polls if last])
        + _family("icsfeed_poll_last_timestamp_seconds", "gauge", "When a source was last polled.",
                  [({"source": s}, _stamp(last.at)) for s, last, _ in polls if last])
        + _family("icsfeed_poll_last_success_timestamp_seconds", "gauge",
                  "When a source was last polled successfully (0: never).",
                  [({"source": s}, _stamp(good.at if good else None)) for s, last, good in polls if last])
        + _family("icsfeed_events", "gauge", "Calendar events known, by environment.",
                  [({"env": env}, sum(e.env.lower() == env for e in snapshot.events)) for env in ENVIRONMENTS])
        + _family("icsfeed_events_down_now", "gauge", "Events under way now, by environment.",
                  [({"env": env}, sum(e.env.lower() == env for e in down)) for env in ENVIRONMENTS])
    )
    return Response("\n".join(lines) + "\n", mimetype=PROMETHEUS, headers={"Cache-Control": "no-store"})
