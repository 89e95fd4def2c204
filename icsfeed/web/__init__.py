"""The web service: calendar feeds, the index page, the JSON API, health and metrics.

``create_app(config, store)`` builds a Flask app with no global state; ``serve`` runs it
with the in-process poller. In production run ``gunicorn icsfeed.web.wsgi:app`` and the
poller as its own process (``icsfeed poll``).
"""
from __future__ import annotations

import functools
import logging

from flask import Flask, Response, request
from werkzeug.serving import make_server

from ..config import Config
from ..extract import extract
from ..reconcile import reconcile
from ..store import Store, open_store
from . import api, errors, feeds, health, index
from .fastpath import FeedFastPath
from .state import Clock, EventCache, Metrics, WebState, utc_now

log = logging.getLogger(__name__)


def create_app(config: Config, store: Store | None = None, *, clock: Clock | None = None,
               notice: str | None = None) -> Flask:
    """A Flask app serving ``store`` (opened from ``config.database_url`` when not given).

    ``clock`` returns the current aware datetime (tests pass a fixed one); ``notice`` is
    shown on the index page (e.g. that the shipped snapshot is being shown).
    """
    app = Flask(__name__)
    store = store if store is not None else open_store(config.database_url)
    remembered = functools.lru_cache(maxsize=16384)(extract)   # a poll brings few new versions: extract only those
    events = EventCache(store, functools.partial(reconcile, extract=remembered))
    state = WebState(config=config, store=store, clock=clock or utc_now, events=events, metrics=Metrics(),
                     notice=notice)
    app.extensions["icsfeed"] = state
    app.wsgi_app = FeedFastPath(app.wsgi_app, state)  # repeated feed requests skip Flask
    for blueprint in (index.bp, feeds.bp, api.bp, health.bp):
        app.register_blueprint(blueprint)
    errors.register(app)

    @app.after_request
    def count_and_harden(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        app.extensions["icsfeed"].metrics.count_request(request.endpoint or "unmatched", request.method,
                                                        response.status_code)
        return response

    return app


def serve(config: Config, host: str, port: int, poll: bool) -> int:
    """Serve on ``host:port`` until interrupted; with ``poll``, poll upstream in a background thread.

    An empty store is first filled by one poll or, when the site is unreachable, the shipped snapshot.
    """
    from ..poll import ensure_initial_data, start_background_poller

    with open_store(config.database_url) as store:
        notice = ensure_initial_data(config, store)
        stop_polling = start_background_poller(config, store) if poll else None
        app = create_app(config, store, notice=notice)
        app.extensions["icsfeed"].events.current()  # reconcile now rather than on the first request
        server = make_server(host, port, app, threaded=True)
        log.info("serving", extra={"url": f"http://{host}:{server.server_port}/", "poll": poll})
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            if stop_polling is not None:
                stop_polling()
    return 0
