"""The HTTP contract of the web app: feeds, the index page, health and metrics (Flask test client)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import importlib
import json
import signal
import socket
import subprocess
import sys
import time

import httpx
import icalendar
import pytest
from flask import request as flask_request
from prometheus_client.parser import text_string_to_metric_families

from icsfeed.config import Config
from icsfeed.model import COPENHAGEN
from icsfeed.reconcile import reconcile
from icsfeed.store import PollRecord, open_store
from icsfeed.web import create_app
from icsfeed.web.state import EventCache

NOW = dt.datetime(2025, 11, 18, 19, 30, tzinfo=COPENHAGEN)
SEEN = NOW - dt.timedelta(minutes=10)
SOURCE = "https://upstream.example/status"


@pytest.fixture
def store(tmp_path, web_messages):
    with open_store(f"sqlite:///{tmp_path / 'web.sqlite3'}") as store:
        store.import_messages(web_messages, seen_at=SEEN)
        yield store


def make_client(store, now=NOW, **settings):
    config = Config(database_url=store.url, sources=(SOURCE,), **settings)
    return create_app(config, store, clock=lambda: now).test_client()


@pytest.fixture
def client(store):
    return make_client(store)


def events_of(body: bytes) -> list:
    return list(icalendar.Calendar.from_ical(body).walk("VEVENT"))


# --- feeds ---------------------------------------------------------------------------------

def test_feed_is_an_inline_calendar_with_validators_and_cors(client):
    response = client.get("/calendars/all.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert "Content-Disposition" not in response.headers
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "public" in response.headers["Cache-Control"] and "max-age=" in response.headers["Cache-Control"]
    assert "Accept-Encoding" in response.headers["Vary"]
    etag, weak = response.get_etag()
    assert etag and not weak
    assert response.last_modified == dt.datetime(2025, 11, 17, 14, 0, tzinfo=dt.timezone.utc)
    assert len(events_of(response.data)) == 5


def test_download_parameter_makes_an_attachment(client):
    response = client.get("/calendars/prd/dms-import.ics?download=1")
    assert response.headers["Content-Disposition"] == 'attachment; filename="prd-dms-import.ics"'


def test_conditional_requests_get_304(client):
    first = client.get("/calendars/prd.ics")
    etag = first.headers["ETag"]
    again = client.get("/calendars/prd.ics", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == etag
    since = first.headers["Last-Modified"]
    assert client.get("/calendars/prd.ics", headers={"If-Modified-Since": since}).status_code == 304
    older = "Mon, 01 Jan 2024 00:00:00 GMT"
    assert client.get("/calendars/prd.ics", headers={"If-Modified-Since": older}).status_code == 200
    assert client.get("/calendars/prd.ics", headers={"If-None-Match": '"other"', "If-Modified-Since": since}
                      ).status_code == 200


def test_head_has_the_headers_of_get_and_no_body(client):
    get = client.get("/calendars/tfe.ics")
    head = client.head("/calendars/tfe.ics")
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert int(head.headers["Content-Length"]) == len(get.data)


def test_gzip_only_when_asked(client):
    plain = client.get("/calendars/all.ics")
    assert "Content-Encoding" not in plain.headers
    packed = client.get("/calendars/all.ics", headers={"Accept-Encoding": "gzip, deflate"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.data) == plain.data
    assert packed.headers["ETag"] != plain.headers["ETag"]
    assert client.get("/calendars/all.ics", headers={"Accept-Encoding": "gzip", "If-None-Match": packed.headers["ETag"]}
                      ).status_code == 304


def test_environment_and_system_feeds_hold_their_events(client):
    prd = events_of(client.get("/calendars/prd.ics").data)
    tfe = events_of(client.get("/calendars/tfe.ics").data)
    assert len(prd) == 4 and len(tfe) == 1
    assert tfe[0]["DTSTART"].dt == dt.datetime(2025, 11, 20, 8, 0, tzinfo=COPENHAGEN)
    assert [e["DTSTART"].dt for e in events_of(client.get("/calendars/prd/dms-import.ics").data)] == [
        dt.datetime(2025, 11, 18, 18, 0, tzinfo=COPENHAGEN)]
    assert events_of(client.get("/calendars/tfe/dms-import.ics").data) == []


def test_unknown_category_gets_its_own_feed(client):
    response = client.get("/calendars/prd/toll-portal-new.ics")
    assert response.status_code == 200
    assert [e["DTSTART"].dt for e in events_of(response.data)] == [dt.datetime(2025, 11, 26, 10, 0, tzinfo=COPENHAGEN)]


@pytest.mark.parametrize(("path", "listed"), [
    ("/calendars/prd/no-such-system.ics", ["dms-import", "manifest", "toll-portal-new"]),
    ("/calendars/uat/dms-import.ics", ["prd", "tfe"]),
    ("/calendars/everything.ics", ["all.ics", "prd.ics", "tfe.ics"]),
])
def test_unknown_feeds_are_404_listing_the_valid_ones(client, path, listed):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/plain"
    assert all(name in response.get_data(as_text=True) for name in listed)


@pytest.mark.parametrize("query", ["past=forever", "past=P99999999D", "lang=xx", "cancelled=maybe", "kind=gossip"])
def test_bad_feed_parameters_are_400_with_one_line(client, query):
    response = client.get(f"/calendars/all.ics?{query}")
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert text.count("\n") == 1 and query.split("=")[0] in text


def test_feed_options_reach_the_calendar(client):
    shown = events_of(client.get("/calendars/prd.ics?cancelled=hide").data)
    assert len(shown) == 3
    assert all(str(e["STATUS"]) != "CANCELLED" for e in shown)


# --- upstream text is data -------------------------------------------------------------------

def test_markup_from_upstream_is_escaped_everywhere(client):
    page = client.get("/").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page

    raw = client.get("/api/v1/windows").get_data(as_text=True)
    assert "<script>" not in raw and "<img" not in raw
    titles = [w["title"] for w in json.loads(raw)["windows"]]
    assert any("<script>alert('title')</script>" in title for title in titles)

    body = client.get("/calendars/prd/manifest.ics").data
    assert not any(line.startswith((b"<", b"&")) for line in body.split(b"\r\n"))
    (event,) = events_of(body)
    description = str(event["DESCRIPTION"])
    assert "<script>alert('title')</script>" in description
    assert "<img src=x onerror=alert('body')> & \"friends\"" in description


def test_responses_forbid_sniffing(client):
    assert client.get("/").headers["X-Content-Type-Options"] == "nosniff"


# --- the index page -------------------------------------------------------------------------

def test_index_lists_every_feed_with_subscribe_links(client):
    page = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    for path in ("all", "prd", "tfe", "prd/dms-import", "tfe/dms-export", "prd/toll-portal-new", "tfe/emcs"):
        assert f"http://localhost/calendars/{path}.ics" in page
    assert 'href="webcal://localhost/calendars/prd/manifest.ics"' in page
    assert ("https://calendar.google.com/calendar/r?cid="
            "webcal%3A%2F%2Flocalhost%2Fcalendars%2Fprd%2Fmanifest.ics") in page
    assert ("https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2Flocalhost%2Fcalendars%2Fprd%2Fmanifest.ics"
            "&amp;name=Manifest%20%28PRD%29") in page
    assert 'data-copy="http://localhost/calendars/tfe/manifest.ics"' in page


def test_index_shows_what_is_down_and_the_timeline(client):
    page = client.get("/").get_data(as_text=True)
    banner = page[page.index('class="banner banner-down"'):page.index('id="timeline"')]
    assert "DMS Import" in banner and "DMS Export" in banner and "23:00" in banner
    assert "Manifest" not in banner
    timeline = page[page.index('class="tl"'):page.index('id="feeds"')]
    assert timeline.count('class="tl-row"') == 5  # DMS Import, DMS Export, Manifest, ICS2, Toll Portal
    assert timeline.count("tl-bar env-prd cancelled") == 1
    assert timeline.count("tl-bar env-tfe") == 1


def test_index_without_current_windows_says_all_is_well(store):
    page = make_client(store, now=NOW + dt.timedelta(days=1)).get("/").get_data(as_text=True)
    assert "banner-ok" in page and "banner-down" not in page


@pytest.mark.parametrize("how", [{"query_string": {"lang": "da"}}, {"headers": {"Accept-Language": "da-DK,da;q=0.9"}}])
def test_index_speaks_danish(client, how):
    response = client.get("/", **how)
    page = response.get_data(as_text=True)
    assert response.headers["Content-Language"] == "da"
    assert '<html lang="da">' in page and "Utilgængeligt lige nu" in page and "DMS Eksport" in page


def test_static_assets_are_served(client):
    assert b"clipboard" in client.get("/static/app.js").data
    assert client.get("/static/style.css").mimetype == "text/css"


# --- health and metrics ---------------------------------------------------------------------

def test_healthz_is_ok_while_fresh(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok" and response.json["age_seconds"] == 600


def test_healthz_is_503_when_stale(store):
    response = make_client(store, now=NOW + dt.timedelta(hours=2), stale_after=3600).get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "stale"


def test_healthz_is_503_without_data(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'empty.sqlite3'}") as empty:
        response = make_client(empty).get("/healthz")
    assert response.status_code == 503 and response.json == {
        "status": "no-data", "last_success": None, "age_seconds": None, "stale_after_seconds": 21600.0}


def test_probes_ignore_freshness(store):
    stale = make_client(store, now=NOW + dt.timedelta(days=30), stale_after=3600)
    assert stale.get("/healthz").status_code == 503
    for path, status in (("/livez", "alive"), ("/readyz", "ready")):
        response = stale.get(path)
        assert response.status_code == 200 and response.json["status"] == status
        assert response.headers["Cache-Control"] == "no-store"
    assert stale.get("/readyz").json["events"] > 0


def test_readyz_is_503_without_data_but_livez_is_200(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'empty.sqlite3'}") as empty:
        client = make_client(empty)
        assert client.get("/readyz").status_code == 503 and client.get("/readyz").json["status"] == "no-data"
        assert client.get("/livez").status_code == 200


def test_metrics_parse_and_count(client, store):
    store.record_poll(PollRecord(source=SOURCE, at=NOW - dt.timedelta(minutes=5), ok=False, detail="HTTP 503"))
    client.get("/calendars/all.ics")
    client.get("/calendars/all.ics")
    client.get("/calendars/nope.ics")
    samples = {}
    for family in text_string_to_metric_families(client.get("/metrics").get_data(as_text=True)):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    assert samples[("icsfeed_http_requests_total",
                    (("endpoint", "feeds.top_feed"), ("method", "GET"), ("status", "200")))] == 2
    assert samples[("icsfeed_http_requests_total",
                    (("endpoint", "feeds.top_feed"), ("method", "GET"), ("status", "404")))] == 1
    assert samples[("icsfeed_feed_renders_total", (("feed", "all.ics"),))] == 1   # the second came from the cache
    assert samples[("icsfeed_last_success_timestamp_seconds", ())] == SEEN.timestamp()
    assert samples[("icsfeed_poll_last_ok", (("source", SOURCE),))] == 0
    assert samples[("icsfeed_poll_last_success_timestamp_seconds", (("source", SOURCE),))] == 0
    assert samples[("icsfeed_events_down_now", (("env", "prd"),))] == 1


# --- caching ------------------------------------------------------------------------------

def test_events_are_reconciled_once_per_store_change(store, web_messages):
    calls = []

    def counting(history):
        calls.append(len(history))
        return reconcile(history)

    cache = EventCache(store, counting, check_every=0)
    first = cache.current()
    assert cache.current() is first and calls == [5]
    store.record_poll(PollRecord(source=SOURCE, at=NOW, ok=True))  # a poll that changed nothing
    assert cache.current().events == first.events and calls == [5]
    moved = dataclasses.replace(web_messages[1], updated=NOW,
                                body=web_messages[1].body.replace("0800-1000", "0900-1100"))
    store.import_messages([moved], seen_at=NOW + dt.timedelta(minutes=1))
    assert cache.current().events != first.events and calls == [5, 5]


def test_the_store_is_asked_at_most_once_per_interval(store, web_messages):
    cache = EventCache(store, reconcile, check_every=3600)
    first = cache.current()
    moved = dataclasses.replace(web_messages[1], updated=NOW,
                                body=web_messages[1].body.replace("0800-1000", "0900-1100"))
    store.import_messages([moved], seen_at=NOW + dt.timedelta(minutes=1))
    assert cache.current() is first


def test_a_repeated_feed_request_reuses_the_cached_representation(client):
    first = client.get("/calendars/all.ics", headers={"Accept-Encoding": "gzip"})
    second = client.get("/calendars/all.ics", headers={"Accept-Encoding": "gzip"})
    assert first.headers["ETag"] == second.headers["ETag"] and first.headers["ETag"].endswith('-gzip"')
    assert gzip.decompress(second.data) == client.get("/calendars/all.ics").data


# --- the WSGI fast path for cached feeds ----------------------------------------------------

def counting_flask_requests(store, clock=lambda: NOW):
    """A client, its state, and the list of paths that reached Flask (the fast path skips Flask's hooks)."""
    app = create_app(Config(database_url=store.url, sources=(SOURCE,)), store, clock=clock)
    reached = []
    app.before_request(lambda: reached.append(flask_request.full_path))
    state = app.extensions["icsfeed"]
    state.events = EventCache(store, reconcile, check_every=0)   # see every store change at once
    return app.test_client(), state, reached


def answer(response) -> tuple:
    return response.status, list(response.headers), response.data


FEED_URLS = ["/calendars/all.ics", "/calendars/prd.ics", "/calendars/tfe/dms-import.ics",
             "/calendars/prd/dms-import.ics?download=1", "/calendars/all.ics?lang=da&alarm=PT30M"]


@pytest.mark.parametrize("url", FEED_URLS)
@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("encoding", [None, "gzip, deflate", "gzip;q=0, identity"])
@pytest.mark.parametrize("condition", [None, "etag", "etag-gzip", "other-etag", "since", "since-older",
                                       "star", "other-etag-and-since"])
def test_the_fast_path_answers_exactly_as_the_flask_route(store, url, method, encoding, condition):
    client, _, reached = counting_flask_requests(store)
    plain = make_client(store).get(url)
    etag, last_modified = plain.headers["ETag"].strip('"'), plain.headers["Last-Modified"]
    headers = {"Accept-Encoding": encoding} if encoding else {}
    headers |= {None: {}, "etag": {"If-None-Match": f'"{etag}"'}, "etag-gzip": {"If-None-Match": f'"{etag}-gzip"'},
                "other-etag": {"If-None-Match": '"other"'}, "since": {"If-Modified-Since": last_modified},
                "since-older": {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}, "star": {"If-None-Match": "*"},
                "other-etag-and-since": {"If-None-Match": '"a", W/"b"', "If-Modified-Since": last_modified},
                }[condition]
    through_flask = client.open(url, method=method, headers=headers)
    fast = client.open(url, method=method, headers=headers)
    assert len(reached) == 1   # the second one never reached Flask
    assert answer(fast) == answer(through_flask)
    assert fast.status_code in (200, 304)


def test_the_fast_path_keeps_each_variant_apart(store):
    client, _, reached = counting_flask_requests(store)
    plain = client.get("/calendars/all.ics")
    packed = client.get("/calendars/all.ics", headers={"Accept-Encoding": "gzip"})
    unchanged = client.get("/calendars/all.ics", headers={"If-None-Match": plain.headers["ETag"]})  # a 304
    head = client.head("/calendars/all.ics")
    assert len(reached) == 4   # each variant goes through Flask once
    assert answer(client.get("/calendars/all.ics")) == answer(plain)
    assert answer(client.get("/calendars/all.ics", headers={"Accept-Encoding": "gzip"})) == answer(packed)
    conditional = {"If-None-Match": plain.headers["ETag"]}
    assert answer(client.get("/calendars/all.ics", headers=conditional)) == answer(unchanged)
    assert answer(client.head("/calendars/all.ics")) == answer(head)
    assert answer(client.get("/calendars/all.ics?lang=da")) != answer(plain)
    assert len(reached) == 5 and gzip.decompress(packed.data) == plain.data


def test_the_fast_path_sees_a_new_poll(store, web_messages):
    client, _, reached = counting_flask_requests(store)
    before = client.get("/calendars/tfe.ics")
    assert answer(client.get("/calendars/tfe.ics")) == answer(before) and len(reached) == 1
    moved = dataclasses.replace(web_messages[1], updated=NOW,
                                body=web_messages[1].body.replace("0800-1000", "0900-1100"))
    store.import_messages([moved], seen_at=NOW + dt.timedelta(minutes=1))
    after = client.get("/calendars/tfe.ics", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
    assert events_of(after.data)[0]["DTSTART"].dt == dt.datetime(2025, 11, 20, 9, 0, tzinfo=COPENHAGEN)
    assert len(reached) == 2


def test_the_fast_path_renders_again_when_the_hour_turns(store):
    now = [NOW]
    client, state, reached = counting_flask_requests(store, clock=lambda: now[0])
    client.get("/calendars/all.ics")
    client.get("/calendars/all.ics")
    now[0] = NOW + dt.timedelta(hours=1)
    client.get("/calendars/all.ics")
    assert len(reached) == 2 and state.metrics.renders["all.ics"] == 2


def test_errors_and_other_methods_always_reach_flask(store):
    client, _, reached = counting_flask_requests(store)
    for _ in range(2):
        assert client.get("/calendars/prd/no-such-system.ics").status_code == 404
        assert client.get("/calendars/all.ics?lang=xx").status_code == 400
        assert client.post("/calendars/all.ics").status_code == 405
    assert len(reached) == 6


# --- entry points -------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_on_loopback_until_interrupted(store):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "icsfeed", "--db", store.url, "serve", "--no-poll",
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as http:
            for _ in range(100):
                try:
                    response = http.get("/calendars/prd/dms-import.ics?past=P10000D")  # a real clock
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                pytest.fail(f"icsfeed serve did not answer: {server.stdout.read1().decode()}")
            assert response.status_code == 200
            assert len(events_of(response.content)) == 1
            assert http.get("/api/v1/systems").status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=15) == 0


def test_wsgi_module_builds_the_app_from_the_environment(store, monkeypatch):
    monkeypatch.setenv("ICSFEED_DATABASE_URL", store.url)
    sys.modules.pop("icsfeed.web.wsgi", None)
    wsgi = importlib.import_module("icsfeed.web.wsgi")
    try:
        assert wsgi.app.test_client().get("/calendars/tfe.ics").status_code == 200
    finally:
        wsgi.app.extensions["icsfeed"].store.close()
        sys.modules.pop("icsfeed.web.wsgi", None)


def test_healthz_is_503_when_the_store_fails(store):
    client = make_client(store)
    store.close()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "store-error" and "closed" in response.json["detail"]
    ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.json["status"] == "store-error"
    assert client.get("/livez").status_code == 200
