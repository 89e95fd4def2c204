"""The index page at ``/``, in English or Danish."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, request, url_for

from .i18n import choose_language
from .links import absolute_feed_url, base_url
from .pages import index_context, render_index
from .state import WebState

bp = Blueprint("index", __name__)


@bp.get("/")
def index() -> Response:
    state: WebState = current_app.extensions["icsfeed"]
    lang = choose_language(request.args.get("lang"), request.headers.get("Accept-Language"))
    snapshot = state.events.current()
    html = render_index(index_context(
        snapshot.events, now=state.clock(), lang=lang, feed_url=absolute_feed_url(),
        asset_url=url_for("static", filename=""), api_url=base_url() + "api/v1/openapi.json",
        other_language_url="?lang=" + ("en" if lang == "da" else "da"),
        last_success=snapshot.last_success, names=snapshot.names, notice=state.notice))
    response = Response(html, mimetype="text/html")
    response.headers["Content-Language"] = lang
    response.headers["Cache-Control"] = "no-cache"
    response.vary.add("Accept-Language")
    return response
