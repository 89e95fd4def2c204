"""Every error of the web service is one clear line: text for feeds and pages, JSON under /api/."""
from __future__ import annotations

import logging

import pytest

from test_web import make_client, store  # noqa: F401  (the store fixture)


@pytest.fixture
def client(store):  # noqa: F811
    return make_client(store)


@pytest.mark.parametrize("path", ["/calendars/all.ICS", "/calendars/prd/dms-import.ics/", "/nope", "/%00"])
def test_an_unknown_path_is_a_plain_404_naming_it(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert text.count("\n") == 1 and text.startswith("404 Not Found: ") and "<" not in text


def test_an_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/v1/nope")
    assert response.status_code == 404 and response.mimetype == "application/json"
    assert response.json == {"error": "404 Not Found: /api/v1/nope"}


def test_a_wrong_method_is_a_405_with_allow(client):
    response = client.post("/calendars/all.ics")
    assert response.status_code == 405 and response.mimetype == "text/plain"
    assert {"GET", "HEAD"} <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_a_failing_store_is_a_503_with_retry_after(store):  # noqa: F811
    client = make_client(store)
    store.close()
    for path, mimetype in (("/calendars/all.ics", "text/plain"), ("/api/v1/now", "application/json")):
        response = client.get(path)
        assert response.status_code == 503 and response.mimetype == mimetype
        assert response.headers["Retry-After"] == "30" and response.headers["Cache-Control"] == "no-store"
        assert "store is unavailable" in response.get_data(as_text=True)


def test_an_unexpected_error_is_logged_and_answered_in_one_line(store, caplog, monkeypatch):  # noqa: F811
    client = make_client(store)
    state = client.application.extensions["icsfeed"]

    def broken():
        raise RuntimeError("secret detail")

    monkeypatch.setattr(state.events, "current", broken)
    with caplog.at_level(logging.ERROR, logger="icsfeed.web.errors"):
        response = client.get("/api/v1/now")
    assert response.status_code == 500 and response.json == {"error": "internal error"}
    assert "secret detail" not in response.get_data(as_text=True)
    assert any(record.exc_info and "secret detail" in str(record.exc_info[1]) for record in caplog.records)


def test_a_store_failing_after_start_serves_the_last_snapshot(store, caplog):  # noqa: F811
    client = make_client(store)
    before = client.get("/calendars/all.ics")
    assert before.status_code == 200
    store.close()
    events = client.application.extensions["icsfeed"].events
    events._checked_at = float("-inf")               # the next request checks the store again
    with caplog.at_level(logging.WARNING, logger="icsfeed.web.state"):
        after = client.get("/calendars/all.ics?cancelled=hide")
        again = client.get("/calendars/all.ics")
    assert after.status_code == 200 and b"BEGIN:VCALENDAR" in after.data
    assert again.status_code == 200 and again.data == before.data
    assert any("serving the last snapshot" in record.getMessage() for record in caplog.records)
