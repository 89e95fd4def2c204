"""Log lines carry their context fields, as text for people and as JSON for collectors."""
import json
import logging

from icsfeed.logging_setup import JsonFormatter, TextFormatter


def _record(**extra):
    record = logging.makeLogRecord({"name": "icsfeed.poll", "levelname": "WARNING", "levelno": 30,
                                    "msg": "poll failed, store unchanged"})
    record.__dict__.update(extra)
    return record


def test_text_lines_end_with_the_context_fields():
    line = TextFormatter().format(_record(source="https://info.skat.dk/x", detail="HTTP 503"))
    assert line.endswith("WARNING icsfeed.poll: poll failed, store unchanged source=https://info.skat.dk/x detail=HTTP 503")


def test_json_lines_hold_message_and_fields():
    data = json.loads(JsonFormatter().format(_record(source="s", messages=3)))
    assert data["message"] == "poll failed, store unchanged" and data["level"] == "warning"
    assert data["source"] == "s" and data["messages"] == 3
