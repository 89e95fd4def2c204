"""Public URLs of this service: ``Config.public_url`` when set, else the URL the request came in on."""
from __future__ import annotations

from flask import current_app, request

from ..publish.api import FeedUrl
from .feeds import feed_path


def base_url() -> str:
    """The site root (with any mount prefix) and a trailing slash."""
    configured = current_app.extensions["icsfeed"].config.public_url
    return (configured or request.url_root).rstrip("/") + "/"


def absolute_feed_url() -> FeedUrl:
    """``feed_url(env, system)`` for the current request."""
    root = base_url()
    return lambda env, system: root + feed_path(env, system)
