"""The OpenAPI 3.1 description of ``/api/v1``, built from the same constants the API checks."""
from __future__ import annotations

from .. import __version__
from ..model import Fallback, Impact, Kind, Status
from ..systems import ENVIRONMENTS
from .api import DATE_PATTERN, SLUGS_PATTERN, STATUSES_PATTERN

_TEXT = {"type": "string"}
_NULLABLE_TEXT = {"type": ["string", "null"]}
_STAMP = {"type": "string", "description": "ISO 8601: a date, or a date-time with its UTC offset"}
_NULLABLE_STAMP = {"type": ["string", "null"], "description": _STAMP["description"]}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict, *, description: str = "") -> dict:
    schema = {"type": "object", "required": list(properties), "properties": properties}
    return {**schema, "description": description} if description else schema


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


SCHEMAS: dict[str, dict] = {
    "Error": _object({"error": {**_TEXT, "description": "one line naming the bad parameter"}}),
    "SystemState": _object({
        "slug": _TEXT, "name": _TEXT,
        "impact": {"type": "string", "enum": [i.value for i in Impact]},
        "cancelled": {"type": "boolean", "description": "taken out of this window"},
    }),
    "Span": _object({"start": _STAMP, "end": _STAMP},
                    description="the instants the event occupies, [start, end), with open ends resolved"),
    "Window": _object({
        "uid": _TEXT,
        "env": {"type": "string", "enum": list(ENVIRONMENTS)},
        "kind": {"type": "string", "enum": [k.value for k in Kind]},
        "status": {"type": "string", "enum": [s.value for s in Status]},
        "title": _TEXT,
        "start": _STAMP,
        "end": _NULLABLE_STAMP,
        "all_day": {"type": "boolean"},
        "span": _ref("Span"),
        "systems": {"type": "array", "items": _ref("SystemState")},
        "refs": {"type": "array", "items": _TEXT},
        "fallback": {"type": ["string", "null"], "enum": [f.value for f in Fallback] + [None]},
        "sequence": {"type": "integer", "minimum": 0},
        "created": _STAMP,
        "last_modified": _STAMP,
        "done_at": _NULLABLE_STAMP,
        "start_from_publication": {"type": "boolean"},
        "source_url": _NULLABLE_TEXT,
        "description": _TEXT,
    }, description="one calendar event: a service window of one environment"),
    "Windows": _object({"count": {"type": "integer", "minimum": 0},
                        "windows": {"type": "array", "items": _ref("Window")}}),
    "Now": _object({"now": _STAMP,
                    "down": {"type": "array", "items": _ref("Window"), "description": "under way now"},
                    "next": {"type": "array", "items": _ref("Window"), "description": "the next windows"}}),
    "System": _object({
        "slug": _TEXT, "name": _TEXT, "name_da": _TEXT, "description": _TEXT,
        "known": {"type": "boolean", "description": "in the catalogue (false: a category seen upstream)"},
        "feeds": _object({env: {"type": "string", "format": "uri"} for env in ENVIRONMENTS}),
    }),
    "Environment": _object({"slug": _TEXT, "name": _TEXT, "feed": {"type": "string", "format": "uri"}}),
    "Systems": _object({"all": {"type": "string", "format": "uri"},
                        "environments": {"type": "array", "items": _ref("Environment")},
                        "systems": {"type": "array", "items": _ref("System")}}),
}


def _query(name: str, description: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


_DAY = {"type": "string", "format": "date", "pattern": DATE_PATTERN}

WINDOW_PARAMETERS = [
    _query("from", "first day (Europe/Copenhagen), inclusive", _DAY),
    _query("to", "last day (Europe/Copenhagen), inclusive", _DAY),
    _query("env", "one environment", {"type": "string", "enum": list(ENVIRONMENTS)}),
    _query("systems", "comma-separated system slugs; windows touching any of them",
           {"type": "string", "pattern": SLUGS_PATTERN}),
    _query("status", "comma-separated statuses", {"type": "string", "pattern": STATUSES_PATTERN}),
]


def openapi_document() -> dict:
    """The OpenAPI 3.1 document served at ``/api/v1/openapi.json``."""
    bad = _json(_ref("Error"), "a query parameter has a value the API cannot use")
    return {
        "openapi": "3.1.0",
        "info": {"title": "icsfeed API", "version": __version__,
                 "description": "Planned service windows of the Danish Customs Agency's systems, "
                                "read from its service-status page."},
        "servers": [{"url": "/"}],
        "paths": {
            "/api/v1/systems": {"get": {
                "operationId": "listSystems", "summary": "Systems and their calendar feeds",
                "responses": {"200": _json(_ref("Systems"), "every system and feed")}}},
            "/api/v1/windows": {"get": {
                "operationId": "listWindows", "summary": "Service windows, filtered",
                "parameters": WINDOW_PARAMETERS,
                "responses": {"200": _json(_ref("Windows"), "the matching windows, by start"), "400": bad}}},
            "/api/v1/now": {"get": {
                "operationId": "now", "summary": "What is down now and what comes next",
                "responses": {"200": _json(_ref("Now"), "windows under way and the next ones")}}},
        },
        "components": {"schemas": SCHEMAS},
    }
