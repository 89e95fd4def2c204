"""The JSON API under ``/api/v1``; shapes and query rules live in :mod:`icsfeed.publish.api`."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from ..publish import api
from ..publish.openapi import openapi_document
from .http import Representation, cacheable
from .links import absolute_feed_url
from .state import WebState

bp = Blueprint("api", __name__, url_prefix="/api/v1")

JSON = "application/json"


def _state() -> WebState:
    return current_app.extensions["icsfeed"]


@bp.get("/systems")
def systems() -> Response:
    snapshot = _state().events.current()
    body = api.dumps(api.systems_json(snapshot.events, absolute_feed_url(), snapshot.names))
    return cacheable(request, Representation(body, snapshot.last_modified), JSON)


@bp.get("/windows")
def windows() -> Response:
    try:
        query = api.WindowQuery.from_args(request.args)
    except ValueError as exc:
        return Response(api.dumps(api.error_json(str(exc))), status=400, mimetype=JSON,
                        headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "no-store"})
    snapshot = _state().events.current()
    body = api.dumps(api.windows_json(query.select(snapshot.events), snapshot.names))
    return cacheable(request, Representation(body, snapshot.last_modified), JSON)


@bp.get("/now")
def now() -> Response:
    state = _state()
    snapshot = state.events.current()
    body = api.dumps(api.now_json(snapshot.events, state.clock(), snapshot.names))
    return Response(body, mimetype=JSON, headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"})


@bp.get("/openapi.json")
def openapi() -> Response:
    return cacheable(request, Representation(api.dumps(openapi_document())), JSON)
