"""Detail pages (``data.aspx?oid=N&x=read``): one message with its earlier versions."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from icsfeed.errors import ScrapeError
from icsfeed.model import COPENHAGEN, MessageVersion
from icsfeed.scrape import parse_detail, parse_page, read_path

PAGES = Path(__file__).parent / "data" / "pages"
URL = "https://info.skat.dk/data.aspx?oid=2460961&x=read"


def _at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 2, day, hour, minute, tzinfo=COPENHAGEN)


def test_english_detail_page_has_fields_body_and_versions(gold_messages):
    message = parse_detail((PAGES / "detail_nemlogin_en.html").read_bytes(), source_url=URL)
    gold = next(g for g in gold_messages if g["head"].endswith("Nemlog-in issues"))
    assert message.title == "Nemlog-in issues"
    assert message.type_text == "Operational disruption"
    assert message.status_text == "Closed"
    assert message.categories == ("DMS eksport", "DMS Forsendelse (NCTS)", "DMS Import", "EMCS", "Manifest")
    assert message.systems == ("dms-export", "dms-transit", "dms-import", "emcs", "manifest")
    assert message.head == gold["head"]
    assert message.body == gold["body"]  # the current text, as the list page shows it
    assert message.updated == _at(4, 20, 42)
    assert message.published == _at(4, 15, 32)  # the earliest publication
    assert message.published.strftime("%d-%m-%Y %H:%M:%S") == gold["published"]
    assert [v.published for v in message.versions] == [_at(4, 17, 2), _at(4, 15, 32)]
    assert message.versions[0].body.endswith("Update 04-02-2026 17:00:\xa0Fallback procedures are allowed when necessary.")
    assert message.versions[1] == MessageVersion(
        _at(4, 15, 32), "We are currently experiencing issues with nemlog-in. Which may cause the systems to be "
                        "inaccessible.\xa0\n\nThe issue is being investigated.")  # no hidden draft, no footer
    assert message.source_url == URL
    assert message.language == "en"


def test_danish_detail_page_in_cp1252():
    (message,) = read_path(PAGES / "detail_nemlogin_da.html")
    assert message.language == "da"
    assert message.title == "Problemer med NemLog-in"
    assert (message.type_text, message.status_text) == ("Driftsforstyrrelse", "Lukket")
    assert message.systems == ("dms-export", "dms-transit", "dms-import", "emcs", "manifest")
    assert "Beredskabsproceduren må ikke længere anvendes." in message.body
    assert "Tidligere versioner" not in message.body
    assert message.refs == ("INC000001790001",)
    assert message.versions == (MessageVersion(_at(4, 15, 32), "Vi oplever problemer med NemLog-in, som kan gøre "
                                                               "systemerne utilgængelige.\n\nINC000001790001"),)
    assert message.published == _at(4, 15, 32)


def test_parse_page_dispatches_to_the_detail_parser():
    data = (PAGES / "detail_nemlogin_en.html").read_bytes()
    (message,) = parse_page(data, source_url=URL)
    assert message == parse_detail(data, source_url=URL)


def test_detail_page_as_text_with_labels_and_colons():
    text = ("DMS eksport, DMS Import, Toll Portal (New)Technical difficulties in DMS\n"
            "Last updated: 25-08-2025 kl. 19:35\nType: Operational disruption\nStatus: Open\n"
            "System: DMS eksport, DMS Import, Toll Portal (New)\nMessage:\n"
            "Update at 19:35 - fallback no longer allowed.\n\nWO0000001459279\n"
            "Published: 25-08-2025 17:25:00\nUpdate 17:25 - fallback allowed.\n\nWO0000001459279\n"
            "Published: 25-08-2025 15:41:00\nExtended response times.\n")
    message = parse_detail(text)
    assert message.title == "Technical difficulties in DMS"
    assert message.body == "Update at 19:35 - fallback no longer allowed.\n\nWO0000001459279"
    assert message.systems == ("dms-export", "dms-import", "toll-portal-new")
    assert message.refs == ("WO0000001459279",)
    assert message.published == dt.datetime(2025, 8, 25, 15, 41, tzinfo=COPENHAGEN)
    assert [v.body for v in message.versions] == ["Update 17:25 - fallback allowed.\n\nWO0000001459279",
                                                  "Extended response times."]


def test_a_detail_page_without_versions_is_published_when_updated():
    message = parse_detail("X\nLast updated\n01-03-2026 kl. 10:00\nStatus\nOpen\nMessage\nBody text\n")
    assert message.published == message.updated == dt.datetime(2026, 3, 1, 10, 0, tzinfo=COPENHAGEN)
    assert message.versions == () and message.status_text == "Open" and message.type_text is None


def test_a_list_page_is_not_a_detail_page(seed_path):
    with pytest.raises(ScrapeError, match=r"^page: not a detail page"):
        parse_detail(seed_path.read_bytes())
