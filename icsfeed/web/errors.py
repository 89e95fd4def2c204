"""Errors as one clear line: plain text for feeds and pages, ``{"error": …}`` under ``/api/``.

Calendar clients and scripts show whatever body they get; an HTML error page or a traceback
helps none of them. A failing store is a 503 with ``Retry-After`` (the client tries again
later and keeps its copy of the feed); anything unexpected is logged with its traceback and
answered with a 500 that says no more.
"""
from __future__ import annotations

import logging

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from ..errors import StoreError
from ..publish.api import dumps

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def _answer(status: int, text: str, headers: dict[str, str] | None = None) -> Response:
    if request.path.startswith("/api/"):
        response = Response(dumps({"error": text}), status=status, mimetype="application/json")
    else:
        response = Response(text + "\n", status=status, mimetype="text/plain")
    response.headers["Cache-Control"] = "no-store"
    response.headers.update(headers or {})
    return response


def _http_error(error: HTTPException) -> Response:
    headers = {name: value for name, value in error.get_headers() if name.lower() != "content-type"}
    return _answer(error.code or 500, f"{error.code} {error.name}: {request.path}", headers)   # e.g. Allow on a 405


def _store_error(error: StoreError) -> Response:
    log.error("store unavailable", extra={"path": request.path, "detail": str(error)})
    return _answer(503, "the store is unavailable; try again shortly", {"Retry-After": str(RETRY_AFTER_SECONDS)})


def _unexpected(error: Exception) -> Response:
    log.exception("unhandled error", extra={"path": request.path})
    return _answer(500, "internal error")


def register(app: Flask) -> None:
    """Answer every error of ``app`` as one line (see the module docstring)."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(StoreError, _store_error)
    app.register_error_handler(Exception, _unexpected)
