"""The two timestamps of the list page, and the looser ones of detail pages.

    16-05-2026 kl. 17:07      last updated (list page: end of the heading line)
    07-05-2026 08:57:00       first published (list page: a line of its own)

Both are Europe/Copenhagen wall-clock times; they become aware datetimes.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import COPENHAGEN

_DATE = r"(?P<day>\d{1,2})[-./](?P<month>\d{1,2})[-./](?P<year>\d{4})"
UPDATED_STAMP = _DATE + r"\s+kl\.?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
PUBLISHED_STAMP = _DATE + r"\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}):(?P<second>\d{2})"
ANY_STAMP = _DATE + r"\s+(?:kl\.?\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"

_ANY = re.compile(ANY_STAMP)


def local_time(match: re.Match[str]) -> dt.datetime | None:
    """The aware datetime of a stamp match, or None when it names no real date or time."""
    parts = match.groupdict()
    try:
        return dt.datetime(int(parts["year"]), int(parts["month"]), int(parts["day"]), int(parts["hour"]),
                           int(parts["minute"]), int(parts.get("second") or 0), tzinfo=COPENHAGEN)
    except ValueError:
        return None


def find_time(text: str) -> dt.datetime | None:
    """The first stamp in ``text`` (with or without ``kl.`` and seconds) as an aware datetime."""
    match = _ANY.search(text)
    return local_time(match) if match else None


def page_time(text: str) -> dt.datetime:
    """A page stamp (``16-05-2026 kl. 17:07``, ``07-05-2026 08:57:00``) as an aware datetime.

    Raises ValueError when ``text`` holds none.
    """
    stamp = find_time(text)
    if stamp is None:
        raise ValueError(f"not a page timestamp: {text!r}")
    return stamp
