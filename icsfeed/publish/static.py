"""A static copy of the site: every feed, the JSON and the index page, for any web server.

``build_site`` writes only files whose bytes changed, so a web server's ETags and a
sync to object storage stay quiet when upstream did not change.
"""
from __future__ import annotations

import datetime as dt
import importlib.resources
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..reconcile import reconcile
from ..store import Store
from ..systems import ENVIRONMENTS
from . import api
from .ics import FeedOptions, FeedSpec, render_calendar

STATIC_ASSETS = ("style.css", "app.js")


@dataclass(frozen=True)
class BuildResult:
    """How many files were written and how many already held the same bytes."""

    changed: int
    unchanged: int


def static_feed_path(env: str | None, system: str | None) -> str:
    """``all.ics``, ``prd.ics``, ``prd/dms-import.ics``."""
    if env is None:
        return "all.ics"
    return f"{env}.ics" if system is None else f"{env}/{system}.ics"


def site_files(store: Store, *, base_url: str, now: dt.datetime) -> dict[str, bytes]:
    """Every file of the site by its relative path."""
    from ..web.pages import index_context, render_index  # the page template lives with the web app

    history = store.messages()
    events = reconcile(history)
    names = api.SystemNames.from_messages(stored.latest for stored in history)
    root = base_url.rstrip("/") + "/" if base_url else ""

    def feed_url(env: str | None, system: str | None) -> str:
        return root + static_feed_path(env, system)

    options = FeedOptions.from_query({})
    files: dict[str, bytes] = {}
    for env in (None, *ENVIRONMENTS):
        for system in (None, *api.system_slugs(events, names)) if env else (None,):
            files[static_feed_path(env, system)] = render_calendar(events, FeedSpec(env, system), options, now=now)
    files["systems.json"] = api.dumps(api.systems_json(events, feed_url, names))
    files["windows.json"] = api.dumps(api.windows_json(api.WindowQuery().select(events), names))
    for lang, page, other in (("en", "index.html", "index.da.html"), ("da", "index.da.html", "index.html")):
        context = index_context(events, now=now, lang=lang, feed_url=feed_url, asset_url="static/",
                                api_url="systems.json", other_language_url=other,
                                last_success=store.last_success(), names=names)
        files[page] = render_index(context).encode()
    assets = importlib.resources.files("icsfeed.web").joinpath("static")
    for name in STATIC_ASSETS:
        files[f"static/{name}"] = assets.joinpath(name).read_bytes()
    return files


def write_if_changed(path: Path, content: bytes) -> bool:
    """Write ``content`` atomically unless ``path`` already holds exactly it; True when written."""
    try:
        if path.read_bytes() == content:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as tmp:
        tmp.write(content)
    os.chmod(tmp.name, 0o644)
    os.replace(tmp.name, path)
    return True


def build_site(store: Store, out_dir: Path, *, base_url: str, now: dt.datetime | None = None) -> BuildResult:
    """Write the site to ``out_dir`` (feeds, ``systems.json``, ``windows.json``, ``index.html``).

    ``base_url`` is where the files will be served from (for subscribe links); ``now``
    (default: the current time) places the index page's timeline.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    written = [write_if_changed(Path(out_dir) / name, content)
               for name, content in site_files(store, base_url=base_url, now=now).items()]
    return BuildResult(changed=sum(written), unchanged=len(written) - sum(written))
