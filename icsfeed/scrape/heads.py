"""Splitting a heading into its category labels and its title.

The list page runs them together without a separator::

    DMS eksport, DMS Forsendelse (NCTS), DMS Import, ManifestPRD-servicewindow DMS Tuesday May 19, 2026
    TFE (testsystems)TFE/TEST-servicewindow Gateways Wednesday May 13, 2026
    EMCSEMCS Planned unavailability Wednesday, February 25th, 2026

Labels are comma-separated; the title starts right after the last one. Known labels
(``icsfeed.systems.known_labels``) are matched longest first, even when the title goes on
in lower case (``EMCSchallenges with…``), unless the word runs on to a comma (``Importers,
…`` is one label). A label the catalogue does
not know is kept: it ends where a lower-case letter or ``)`` runs into a capital
(``Toll PortalPRD-…``) or where a title word such as ``PRD``/``TFE``/``Servicewindow``
starts (``UCCPRD-…``).
"""
from __future__ import annotations

import functools
import re

from ..systems import known_labels

MAX_UNKNOWN_LABEL = 40
_TITLE_WORD = r"(?:PRD|TFE|[Ss]ervice[ -]?(?:window|vindue)|[Ss]ervicevindue)"
_UNKNOWN_END = re.compile(rf"(?<=[a-zæøå)\]])(?=[A-ZÆØÅ])|(?<=[^\s,])(?={_TITLE_WORD})|,\s*")
_SEPARATOR = re.compile(r",\s*")


@functools.cache
def _known_label() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label) for label in known_labels())
    return re.compile(rf"\s*(?i:{alternatives})(?![a-zæøå]+,)")


def _label_end(head: str, pos: int) -> int | None:
    """Where a category label starting at ``pos`` ends, or None when none starts there."""
    known = _known_label().match(head, pos)
    if known:
        return known.end()
    if re.match(_TITLE_WORD, head[pos:]):
        return None
    comma = _SEPARATOR.search(head, pos, pos + MAX_UNKNOWN_LABEL + 2)
    if comma and comma.start() > pos and _known_label().match(head, comma.end()) \
            and not re.search(_TITLE_WORD, head[pos:comma.start()]):
        return comma.start()  # an unknown label in a list: "Toll Portal (New), DMS Import…"
    end = _UNKNOWN_END.search(head, pos, pos + MAX_UNKNOWN_LABEL + 1)
    if end is None or end.start() == pos:
        return None
    if end.group().startswith(","):
        rest = head[end.end():]
        if not rest[:1].isalpha() or not rest[:1].isupper():  # ", 2026" belongs to a title
            return None
    return end.start()


def split_head(head: str) -> tuple[tuple[str, ...], str]:
    """``(categories, title)`` of a run-together heading; labels are kept as the page spells them."""
    categories: list[str] = []
    pos = 0
    while (end := _label_end(head, pos)) is not None:
        categories.append(head[pos:end].strip())
        separator = _SEPARATOR.match(head, end)
        if separator is None or _label_end(head, separator.end()) is None:
            pos = end
            break
        pos = separator.end()
    return tuple(categories), head[pos:].strip()


def split_label_list(text: str) -> tuple[str, ...]:
    """The labels of an explicit comma-separated list (``A, B (x, y), C``); commas in brackets do not split."""
    labels, depth, current = [], 0, []
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth <= 0:
            labels.append("".join(current))
            current = []
        else:
            current.append(char)
    labels.append("".join(current))
    return tuple(label.strip() for label in labels if label.strip())
