"""The list page, as the text a browser shows, -> its unique messages.

Each entry reads (``shared/seeds/README.md``)::

    DMS eksport, DMS ImportPRD-servicewindow Tuesday May 19, 202612-05-2026 kl. 14:28
    <body: newest update on top>
    WO0000001586573
    12-05-2026 14:28:00

The heading line ends with the last-updated stamp (``kl.``), a line holding only the
first-publication stamp (or holding it in its last table cell) closes the entry; everything between is the body. Lines outside
entries (menus, footers) are ignored. The page lists a message once per listing it
appears in: equal (published, updated, categories, title, body), whitespace aside, is one message.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import Message
from ..systems import is_test_environment_label, lookup, systems_of
from .heads import MAX_UNKNOWN_LABEL, split_head, split_label_list
from .stamps import PUBLISHED_STAMP, UPDATED_STAMP, local_time

_LABEL_UPDATED = r"(?:(?:last updated|sidst opdateret|opdateret)\s*:?\s*)?"
_LABEL_PUBLISHED = r"(?:(?:published|publiceret|offentliggjort)\s*:?\s*)?"
_HEAD_LINE = re.compile(rf"^\s*(?:[•·▪◦]\s*)?(?P<head>.*?)[\s:]*{_LABEL_UPDATED}{UPDATED_STAMP}\s*$", re.IGNORECASE)
_PUBLISHED_LINE = re.compile(rf"^(?:(?P<cells>.*)\t)?\s*{_LABEL_PUBLISHED}{PUBLISHED_STAMP}\s*$", re.IGNORECASE)
_REF = re.compile(r"\b(?:WO|INC)\d{6,}\b")
BODY_WHITESPACE = " \t\r\n"  # the page keeps no-break spaces; so does a body


@dataclass(frozen=True)
class Link:
    """A detail-page link found at ``offset`` in a page's text."""

    offset: int
    url: str


@dataclass(frozen=True)
class _Entry:
    head: str
    updated: dt.datetime
    published: dt.datetime
    body: str
    start: int
    end: int


def refs_in(text: str) -> tuple[str, ...]:
    """Every WO/INC reference in ``text``, in order, each once."""
    return tuple(dict.fromkeys(_REF.findall(text)))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _is_label_list(line: str) -> bool:
    """True for a line of category labels: some the catalogue knows, all short and without full stops."""
    labels = split_label_list(line)
    return any(lookup(label) or is_test_environment_label(label) for label in labels) and all(
        len(label) <= MAX_UNKNOWN_LABEL and not re.search(r"[.:;!?]", label) for label in labels)


def _heading_above(previous: list[tuple[int, str]]) -> tuple[int, str]:
    """Offset and heading of a stamp standing on its own line: the title line, after its categories line if any."""
    if len(previous) == 2 and _is_label_list(previous[0][1]):
        return previous[0][0], "\t".join(line for _, line in previous)
    return previous[-1] if previous else (0, "")


def _heading(offset: int, head: str, previous: list[tuple[int, str]]) -> tuple[int, str]:
    """Offset and heading of the entry whose stamp is on the line at ``offset``.

    Usually the heading is the text before the stamp; a stamp on its own line follows its
    heading, and a title without categories may follow a line of them.
    """
    if not head:
        return _heading_above(previous)
    if previous and not split_head(head)[0] and _is_label_list(previous[-1][1]):
        return previous[-1][0], f"{previous[-1][1]}\t{head}"
    return offset, head


def _entries(text: str) -> Iterator[_Entry]:
    start, head, updated, body, previous = 0, None, None, [], []
    for offset, line in _lines(text):
        if head is None:
            match = _HEAD_LINE.match(line)
            if match and (updated := local_time(match)):
                start, head = _heading(offset, match["head"].strip(), previous)
                body = []
            elif line.strip():
                previous = [*previous[-1:], (offset, line.strip())]
            continue
        match = _PUBLISHED_LINE.match(line)
        published = local_time(match) if match else None
        if published is None:
            body.append(line)
            continue
        if match["cells"]:  # the stamp in the last cell of a row: the other cells end the body
            body.append(" ".join(cell.strip() for cell in match["cells"].split("\t") if cell.strip()))
        yield _Entry(head, updated, published, "\n".join(body).strip(BODY_WHITESPACE), start, offset + len(line))
        head, previous = None, []


def _categories_and_title(head: str) -> tuple[tuple[str, ...], str]:
    if "\t" in head:  # cells of a table row: categories, then the title
        first, *rest = head.split("\t")
        return split_label_list(first), " ".join(part.strip() for part in rest if part.strip())
    return split_head(head)


def parse_list_text(text: str, *, source_url: str | None = None, language: str = "en",
                    links: Sequence[Link] = ()) -> list[Message]:
    """The unique messages of a list page's text, in page order.

    ``links`` are the detail links of the page's HTML by text offset: a message takes the
    first one from its heading to its publication stamp as its ``source_url`` (else the
    page's ``source_url``).
    """
    offsets = [link.offset for link in links]
    seen: dict[tuple, Message] = {}
    for entry in _entries(text):
        categories, title = _categories_and_title(entry.head)
        key = (entry.published, entry.updated, categories, " ".join(title.split()), " ".join(entry.body.split()))
        if key in seen:
            continue
        first = bisect.bisect_left(offsets, entry.start)
        url = links[first].url if first < len(links) and offsets[first] <= entry.end else source_url
        seen[key] = Message(
            title=title, body=entry.body, published=entry.published, updated=entry.updated,
            categories=categories, systems=systems_of(categories), refs=refs_in(entry.body),
            source_url=url, language=language)
    return list(seen.values())
