"""The JSON API: its shapes, its filters, its errors, and its OpenAPI document (validated and fuzzed)."""
from __future__ import annotations

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.generation.modes import GenerationMode

from icsfeed.config import Config
from icsfeed.model import COPENHAGEN
from icsfeed.store import open_store
from icsfeed.web import create_app

NOW = dt.datetime(2025, 11, 18, 19, 30, tzinfo=COPENHAGEN)


@pytest.fixture(scope="module")
def app(tmp_path_factory, web_messages):
    path = tmp_path_factory.mktemp("api") / "api.sqlite3"
    with open_store(f"sqlite:///{path}") as store:
        store.import_messages(web_messages, seen_at=NOW - dt.timedelta(minutes=10))
        yield create_app(Config(database_url=store.url, public_url="https://feeds.example"), store,
                         clock=lambda: NOW)


@pytest.fixture
def client(app):
    return app.test_client()


def windows(client, query: str = "") -> list[dict]:
    response = client.get(f"/api/v1/windows{query}")
    assert response.status_code == 200, response.data
    assert response.json["count"] == len(response.json["windows"])
    return response.json["windows"]


def test_systems_lists_the_catalogue_and_unknown_categories_with_feeds(client):
    body = client.get("/api/v1/systems").json
    assert body["all"] == "https://feeds.example/calendars/all.ics"
    assert [e["feed"] for e in body["environments"]] == ["https://feeds.example/calendars/prd.ics",
                                                         "https://feeds.example/calendars/tfe.ics"]
    by_slug = {s["slug"]: s for s in body["systems"]}
    assert by_slug["dms-export"]["name_da"] == "DMS Eksport" and by_slug["dms-export"]["known"] is True
    assert by_slug["toll-portal-new"]["known"] is False
    assert by_slug["toll-portal-new"]["name"] == "Toll Portal (New)"
    assert by_slug["manifest"]["feeds"] == {"prd": "https://feeds.example/calendars/prd/manifest.ics",
                                            "tfe": "https://feeds.example/calendars/tfe/manifest.ics"}


def test_windows_come_sorted_with_their_spans(client):
    found = windows(client)
    assert [w["span"]["start"] for w in found] == sorted(w["span"]["start"] for w in found)
    first = found[0]
    assert first["env"] == "prd" and first["start"] == "2025-11-18T18:00:00+01:00"
    assert first["end"] == "2025-11-18T23:00:00+01:00"
    assert {s["slug"] for s in first["systems"]} == {"dms-import", "dms-export"}
    assert first["refs"] == ["WO0000009000001"]


@pytest.mark.parametrize(("query", "refs"), [
    ("?env=tfe", ["WO0000009000002"]),
    ("?status=cancelled", ["WO0000009000003"]),
    ("?systems=ics2,toll-portal-new", ["WO0000009000003", "WO0000009000005"]),
    ("?from=2025-11-20&to=2025-11-22", ["WO0000009000002", "WO0000009000003"]),
    ("?from=2025-11-25", ["WO0000009000005"]),
    ("?to=2025-11-17", []),
    ("?env=prd&status=scheduled&systems=manifest", ["WO0000009000004"]),
    ("?systems=no-such-system", []),
])
def test_windows_filters(client, query, refs):
    assert [w["refs"][0] for w in windows(client, query)] == refs


@pytest.mark.parametrize(("query", "named"), [
    ("?from=18-11-2025", "from"), ("?to=2025-13-01", "to"), ("?env=uat", "env"),
    ("?systems=DMS%20Import", "systems"), ("?status=postponed", "status"), ("?from=20251118", "from"),
])
def test_bad_query_values_are_400_json(client, query, named):
    response = client.get(f"/api/v1/windows{query}")
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert response.json["error"].startswith(f"{named}=")


def test_now_tells_what_is_down_and_what_is_next(client):
    body = client.get("/api/v1/now").json
    assert body["now"] == "2025-11-18T19:30:00+01:00"
    assert [w["refs"] for w in body["down"]] == [["WO0000009000001"]]
    assert [w["refs"][0] for w in body["next"]] == ["WO0000009000002", "WO0000009000004", "WO0000009000005"]


def test_api_answers_cross_origin_and_conditionally(client):
    first = client.get("/api/v1/systems")
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/systems", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304


def test_openapi_document_is_valid_openapi_3_1(client):
    document = client.get("/api/v1/openapi.json").json
    assert document["openapi"] == "3.1.0"
    validate(document)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_openapi_document(app, mode):
    """Schemathesis: valid queries get documented 2xx answers, invalid ones documented 4xx."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)

    @given(case=schema.as_strategy(mode))
    @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(headers={"Accept-Encoding": "identity"})  # the WSGI transport does not gunzip

    check()
