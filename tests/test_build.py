"""The static build: every feed, the JSON and the index page; unchanged files are left alone."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import icalendar
import pytest

from icsfeed.model import COPENHAGEN
from icsfeed.publish.static import build_site
from icsfeed.store import open_store
from icsfeed.systems import CATALOGUE

NOW = dt.datetime(2025, 11, 18, 19, 30, tzinfo=COPENHAGEN)
BASE = "https://feeds.example/customs/"


@pytest.fixture
def store(tmp_path, web_messages):
    with open_store(f"sqlite:///{tmp_path / 'build.sqlite3'}") as store:
        store.import_messages(web_messages, seen_at=NOW - dt.timedelta(hours=1))
        yield store


def snapshot(root) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def test_build_writes_every_feed_the_json_and_the_page(store, tmp_path):
    out = tmp_path / "site"
    result = build_site(store, out, base_url=BASE, now=NOW)
    files = snapshot(out)
    slugs = [s.slug for s in CATALOGUE] + ["toll-portal-new"]
    expected = {"all.ics", "prd.ics", "tfe.ics", "systems.json", "windows.json", "index.html", "index.da.html",
                "static/style.css", "static/app.js"} | {f"{env}/{slug}.ics" for env in ("prd", "tfe") for slug in slugs}
    assert set(files) == expected
    assert result.changed == len(expected) and result.unchanged == 0

    tfe = icalendar.Calendar.from_ical(files["tfe.ics"][0])
    assert [e["DTSTART"].dt for e in tfe.walk("VEVENT")] == [dt.datetime(2025, 11, 20, 8, 0, tzinfo=COPENHAGEN)]
    systems = json.loads(files["systems.json"][0])
    assert systems["all"] == BASE + "all.ics"
    assert {s["slug"]: s["feeds"]["prd"] for s in systems["systems"]}["manifest"] == BASE + "prd/manifest.ics"
    assert json.loads(files["windows.json"][0])["count"] == 5
    page = files["index.html"][0].decode()
    assert 'href="webcal://feeds.example/customs/prd/dms-import.ics"' in page
    assert 'href="static/style.css"' in page and 'href="index.da.html"' in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert "Utilgængeligt lige nu" in files["index.da.html"][0].decode()


def test_rebuild_leaves_identical_files_untouched(store, tmp_path, web_messages):
    out = tmp_path / "site"
    first = build_site(store, out, base_url=BASE, now=NOW)
    before = snapshot(out)
    again = build_site(store, out, base_url=BASE, now=NOW)
    assert again.changed == 0 and again.unchanged == first.changed
    assert snapshot(out) == before  # same bytes, same modification times

    moved = dataclasses.replace(web_messages[1], updated=NOW,
                                body=web_messages[1].body.replace("0800-1000", "0900-1100"))
    store.import_messages([moved], seen_at=NOW)
    after = build_site(store, out, base_url=BASE, now=NOW)
    changed = {name for name, (content, _) in snapshot(out).items() if content != before[name][0]}
    assert after.changed == len(changed) and after.unchanged == first.changed - len(changed)
    assert {"all.ics", "tfe.ics", "tfe/manifest.ics", "windows.json"} <= changed
    assert not changed & {"prd.ics", "prd/manifest.ics", "tfe/dms-import.ics", "systems.json", "static/app.js"}
