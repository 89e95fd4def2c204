"""A detail page (``data.aspx?oid=N&x=read``) -> one message with its earlier versions.

As a browser shows it (labels and values on one line, or the value on the next)::

    PRD-servicewindow DMS Tuesday May 19, 2026          <- the title, above the fields
    Last updated     12-05-2026 kl. 14:28               (Danish: Sidst opdateret)
    Type             Scheduled unavailability
    Status           Closed
    System           DMS eksport, DMS Import, Manifest
    Message                                             (Danish: Meddelelse)
    <the current text>
    Published: 12-05-2026 14:28:00                      (Danish: Publiceret:)
    <an earlier version>
    Published: 11-05-2026 09:00:00
    <the first version>

``published`` is the earliest publication stamp (the last-updated stamp when no earlier
version is listed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ScrapeError
from ..model import Message, MessageVersion
from ..systems import systems_of
from .heads import split_label_list
from .listpage import BODY_WHITESPACE, refs_in
from .stamps import ANY_STAMP, find_time, local_time

_FIELDS = {
    "last updated": "updated", "sidst opdateret": "updated", "opdateret": "updated",
    "type": "type", "status": "status", "system": "system", "systems": "system", "systemer": "system",
    "message": "message", "meddelelse": "message", "besked": "message",
}
_DANISH_LABELS = frozenset({"sidst opdateret", "opdateret", "systemer", "meddelelse", "besked"})
_FIELD_LINE = re.compile(
    r"^\s*(?P<label>" + "|".join(sorted(map(re.escape, _FIELDS), key=len, reverse=True)) + r")\s*(?::|\t|$)\s*(?P<value>.*)$",
    re.IGNORECASE)
_VERSION_LINE = re.compile(rf"^\s*(?:published|publiceret|offentliggjort)\s*:?\s*{ANY_STAMP}\s*$", re.IGNORECASE)
_VERSIONS_HEADING = re.compile(r"^\s*(?:earlier|previous|older) versions?|^\s*(?:tidligere|ældre) versioner|"
                               r"^\s*(?:history|historik)\s*:?\s*$", re.IGNORECASE)
# Where the content of a detail page starts and ends in its HTML (footers come after it).
CONTENT = (re.compile(r"^\s*(?:message|meddelelse|besked)\s*:?\s*$", re.IGNORECASE),
           re.compile(rf"^\s*(?:published|publiceret|offentliggjort)\b|^\s*{ANY_STAMP}\s*$|"
                      r"^\s*(?:message|meddelelse|besked)\s*:?\s*$", re.IGNORECASE))


@dataclass(frozen=True)
class _Field:
    name: str
    label: str
    value: str
    line: int


def _fields(lines: list[str]) -> list[_Field] | None:
    """The header fields up to and including ``Message``, or None when the page has no such block."""
    fields: list[_Field] = []
    for index, line in enumerate(lines):
        match = _FIELD_LINE.match(line)
        if not match:
            continue
        name = _FIELDS[match["label"].lower()]
        if name == "updated" or fields:
            fields.append(_Field(name, match["label"].lower(), match["value"].strip(), index))
        if fields and name == "message":
            names = {field.name for field in fields}
            return fields if {"updated", "message"} <= names and names & {"type", "status", "system"} else None
    return None


def is_detail_text(text: str) -> bool:
    """True when ``text`` has a detail page's field block (Last updated … Message)."""
    return _fields(text.split("\n")) is not None


def _value(lines: list[str], field: _Field, next_line: int) -> str:
    """A field's value: on its own line, or on the next non-empty line before the next field."""
    if field.value:
        return field.value
    return next((line.strip() for line in lines[field.line + 1:next_line] if line.strip()), "")


def _body(lines: list[str]) -> str:
    return "\n".join(lines).strip(BODY_WHITESPACE)


def parse_detail_text(text: str, *, source_url: str | None = None, language: str | None = None,
                      name: str = "page") -> Message:
    """The message of a detail page's text; ScrapeError when it is not a detail page."""
    lines = text.split("\n")
    fields = _fields(lines)
    if fields is None:
        raise ScrapeError(f"{name}: not a detail page (no 'Last updated' … 'Message' fields)")
    values = {field.name: _value(lines, field, later.line) for field, later in zip(fields, fields[1:])}
    updated = find_time(values.get("updated", ""))
    if updated is None:
        raise ScrapeError(f"{name}: detail page without a readable 'Last updated' time")
    message = fields[-1]
    stamps = [(index, local_time(match)) for index, line in enumerate(lines[message.line + 1:], message.line + 1)
              if (match := _VERSION_LINE.match(line))]
    stamps = [(index, stamp) for index, stamp in stamps if stamp is not None]
    body_end = stamps[0][0] if stamps else len(lines)
    body_lines = ([message.value] if message.value else []) + lines[message.line + 1:body_end]
    while body_lines and (not body_lines[-1].strip(BODY_WHITESPACE) or _VERSIONS_HEADING.match(body_lines[-1])):
        body_lines.pop()
    body = _body(body_lines)
    versions = tuple(MessageVersion(stamp, _body(lines[index + 1:following]))
                     for (index, stamp), following in zip(stamps, [i for i, _ in stamps[1:]] + [len(lines)]))
    categories = split_label_list(values.get("system", ""))
    title = next((line.strip() for line in reversed(lines[:fields[0].line]) if line.strip()), "")
    if categories and title.startswith(", ".join(categories)):  # a heading run together as on the list page
        title = title[len(", ".join(categories)):].strip() or title
    danish = any(field.label in _DANISH_LABELS for field in fields)
    return Message(
        title=title, body=body, published=min([updated, *(v.published for v in versions)]), updated=updated,
        categories=categories, systems=systems_of(categories),
        refs=tuple(dict.fromkeys(refs_in(body) + tuple(r for v in versions for r in refs_in(v.body)))),
        source_url=source_url, language=language or ("da" if danish else "en"),
        status_text=values.get("status") or None, type_text=values.get("type") or None, versions=versions)
