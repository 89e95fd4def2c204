"""A WSGI layer in front of Flask that answers repeated feed requests without a request context.

The Flask route renders a feed (or takes it from the render cache), answers, and leaves a
:class:`ServedFeed` in the WSGI environ. This layer records the status and headers Flask
sent for that variant of the request: method, gzip or not, 200 or 304. A later request
for the same path and query, in the same store state and hour, that falls into a recorded
variant gets those very headers and the cached body straight from a dict. Whether it is
the same store state is asked of :class:`~icsfeed.web.state.EventCache` on every request,
which rechecks the store at most once a second, so a new poll is seen as soon as through
Flask. Everything else (other paths and methods, errors, a first request) goes to Flask.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .http import Representation, not_modified, wants_gzip
from .state import WebState

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]
Headers = list[tuple[str, str]]
Variant = tuple[str, bool, bool]   # method, gzipped, not modified

FEED_PREFIX = "/calendars/"
SERVED_FEED = "icsfeed.served_feed"   # the environ key the feed route leaves its ServedFeed under


@dataclass(frozen=True)
class ServedFeed:
    """What the feed route answered from: the store state, hour and representation, and its endpoint."""

    snapshot_key: str
    hour: dt.datetime
    representation: Representation
    endpoint: str


@dataclass
class _Recorded:
    """One feed URL's representation and the status and headers Flask sent per variant."""

    served: ServedFeed
    responses: dict[Variant, tuple[str, Headers]] = field(default_factory=dict)


class FeedFastPath:
    """Wraps the Flask WSGI app; answers GET and HEAD of a recorded feed variant itself."""

    def __init__(self, app: WSGIApp, state: WebState, *, size: int = 256):
        self._app = app
        self._state = state
        self._size = size
        self._recorded: dict[tuple[str, str], _Recorded] = {}
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        if method not in ("GET", "HEAD") or not path.startswith(FEED_PREFIX):
            return self._app(environ, start_response)
        url = (path, environ.get("QUERY_STRING", ""))
        recorded = self._recorded.get(url)
        if recorded is not None and self._is_current(recorded.served):
            representation = recorded.served.representation
            variant = _variant(method, representation, environ)
            response = recorded.responses.get(variant)
            if response is not None:
                return self._answer(recorded.served, variant, response, start_response)
        return self._through_flask(url, method, environ, start_response)

    def _is_current(self, served: ServedFeed) -> bool:
        """Whether ``served`` is what the route would answer from now (same store state and hour)."""
        state = self._state
        return served.snapshot_key == state.events.current().key and served.hour == state.feed_hour()

    def _answer(self, served: ServedFeed, variant: Variant, response: tuple[str, Headers],
                start_response: Callable) -> list[bytes]:
        method, gzipped, unchanged = variant
        status, headers = response
        start_response(status, list(headers))
        self._state.metrics.count_request(served.endpoint, method, 304 if unchanged else 200)
        if method == "HEAD" or unchanged:
            return []
        representation = served.representation
        return [representation.gzipped if gzipped else representation.body]

    def _through_flask(self, url: tuple[str, str], method: str, environ: dict[str, Any],
                       start_response: Callable) -> Iterable[bytes]:
        sent: list[tuple[str, Headers]] = []

        def recording_start_response(status: str, headers: Headers, exc_info=None):
            sent.append((status, list(headers)))
            return start_response(status, headers, exc_info)

        body = self._app(environ, recording_start_response)
        served: ServedFeed | None = environ.get(SERVED_FEED)
        if served is not None and len(sent) == 1 and sent[0][0][:3] in ("200", "304"):
            self._record(url, served, _variant(method, served.representation, environ), sent[0])
        return body

    def _record(self, url: tuple[str, str], served: ServedFeed, variant: Variant,
                response: tuple[str, Headers]) -> None:
        with self._lock:
            recorded = self._recorded.get(url)
            if recorded is None or recorded.served.representation is not served.representation:
                if url not in self._recorded and len(self._recorded) >= self._size:
                    self._recorded.pop(next(iter(self._recorded)))
                recorded = self._recorded[url] = _Recorded(served)
            recorded.responses[variant] = response


def _variant(method: str, representation: Representation, environ: dict[str, Any]) -> Variant:
    """Which of the recorded responses a request gets, decided as the Flask route decides."""
    return (method, wants_gzip(representation, environ.get("HTTP_ACCEPT_ENCODING")),
            not_modified(representation, environ.get("HTTP_IF_NONE_MATCH"), environ.get("HTTP_IF_MODIFIED_SINCE")))
