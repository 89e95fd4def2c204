"""The list page as text: the seed gives exactly the 342 gold messages."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from icsfeed.model import COPENHAGEN
from icsfeed.scrape import parse_page, split_head
from icsfeed.systems import is_test_environment_label, lookup

ENTRY = "{head}{updated}\n\n{body}\n\n{published}\n"


def _page(*entries: dict) -> str:
    return "On this page you can see {0}\n\n" + "".join(ENTRY.format(**entry) for entry in entries)


def test_seed_gives_the_gold_messages_in_page_order(seed_messages, gold_messages):
    assert len(seed_messages) == len(gold_messages) == 342
    for message, gold in zip(seed_messages, gold_messages):
        assert message.head == gold["head"]
        assert message.body == gold["body"]
        assert message.published.strftime("%d-%m-%Y %H:%M:%S") == gold["published"]
        assert message.updated.strftime("%d-%m-%Y kl. %H:%M") == gold["updated"]


def test_seed_repeats_are_one_message(seed_path, seed_messages):
    text = seed_path.read_text(encoding="utf-8")
    assert text.count(" kl. ") >= 1000
    assert len({(m.published, m.updated, m.head, m.body) for m in seed_messages}) == 342


def test_times_are_copenhagen_wall_clock(seed_messages):
    first = seed_messages[0]
    assert first.published == dt.datetime(2026, 5, 7, 8, 57, tzinfo=COPENHAGEN)
    assert first.published.utcoffset() == dt.timedelta(hours=2)  # summer time
    winter = next(m for m in seed_messages if m.published.month == 1)
    assert winter.published.utcoffset() == dt.timedelta(hours=1)
    assert all(m.published <= m.updated + dt.timedelta(minutes=1) for m in seed_messages)


def test_every_seed_category_is_a_catalogue_label(seed_messages):
    labels = Counter(label for m in seed_messages for label in m.categories)
    assert all(lookup(label) or is_test_environment_label(label) for label in labels)
    assert labels["DMS eksport"] > 100 and labels["TFE (testsystems)"] > 30
    assert all(m.categories for m in seed_messages)


def test_systems_leave_out_the_test_environment_marker(seed_messages):
    first = seed_messages[0]
    assert first.categories == ("TFE (testsystems)",)
    assert first.systems == ()
    second = seed_messages[1]
    assert second.categories == ("DMS eksport", "DMS Forsendelse (NCTS)", "DMS Import", "Manifest")
    assert second.systems == ("dms-export", "dms-transit", "dms-import", "manifest")


def test_refs_are_every_reference_in_order(seed_messages):
    assert seed_messages[0].refs == ("WO0000001584153",)
    both = next(m for m in seed_messages if "INC000001821031" in m.body)
    assert both.refs == ("WO0000001575683", "INC000001821031")
    assert sum(1 for m in seed_messages if not m.refs) > 0  # messages without a reference stay messages


def test_seed_is_english(seed_messages):
    assert {m.language for m in seed_messages} == {"en"}


@pytest.mark.parametrize("head, categories, title", [
    ("EMCSEMCS Planned unavailability Wednesday, February 25th, 2026.", ("EMCS",),
     "EMCS Planned unavailability Wednesday, February 25th, 2026."),
    ("DMS eksportDMS eksport, Information - Temporary limitation to 300 goods", ("DMS eksport",),
     "DMS eksport, Information - Temporary limitation to 300 goods"),
    ("Export, Other messagese-export s2s phased out 01/09-2025", ("Export", "Other messages"),
     "e-export s2s phased out 01/09-2025"),
    ("ICS2ICS2 Rejected ENS filings", ("ICS2",), "ICS2 Rejected ENS filings"),
    ("DMS Forsendelse (NCTS)Issues with DMS Guarantee", ("DMS Forsendelse (NCTS)",), "Issues with DMS Guarantee"),
    ("TFE (testsystems), Other messagesDMS TFE issue", ("TFE (testsystems)", "Other messages"), "DMS TFE issue"),
    # labels the catalogue does not know are kept, never dropped
    ("Toll Portal (New), DMS ImportPRD-servicewindow Tuesday May 19, 2026",
     ("Toll Portal (New)", "DMS Import"), "PRD-servicewindow Tuesday May 19, 2026"),
    ("UCCPRD-servicewindow Tuesday May 19, 2026", ("UCC",), "PRD-servicewindow Tuesday May 19, 2026"),
    ("DMS Import, New PortalTechnical difficulties", ("DMS Import", "New Portal"), "Technical difficulties"),
    ("Importers, DMS ImportIssue", ("Importers", "DMS Import"), "Issue"),
    ("MitID Login, DMS ImportIssue", ("MitID Login", "DMS Import"), "Issue"),
    ("EU-systemer, Øvrige meddelelserPRD-servicevindue UUM&DS", ("EU-systemer", "Øvrige meddelelser"),
     "PRD-servicevindue UUM&DS"),
])
def test_heading_splits_into_categories_and_title(head, categories, title):
    assert split_head(head) == (categories, title)


def test_an_unknown_category_gets_its_own_slug():
    page = _page({"head": "DMS Import, Toll Portal (New)PRD-servicewindow Friday May 1, 2026",
                  "updated": "30-04-2026 kl. 10:00", "body": "Friday May 1, 2026, 0800-0900\n\nWO0000001234567",
                  "published": "30-04-2026 09:59:00"})
    (message,) = parse_page(page)
    assert message.categories == ("DMS Import", "Toll Portal (New)")
    assert message.systems == ("dms-import", "toll-portal-new")


def test_the_same_entry_repeated_is_one_message_and_an_edit_is_another():
    entry = {"head": "ManifestPRD-servicewindow Manifest", "updated": "01-04-2026 kl. 12:00",
             "body": "Manifest is unavailable.\n\nWO0000001000001", "published": "01-04-2026 11:00:00"}
    edited = {**entry, "body": "Manifest is unavailable until 14:00.\n\nWO0000001000001"}
    messages = parse_page(_page(entry, entry, edited, entry, edited))
    assert [m.body.split("\n")[0] for m in messages] == ["Manifest is unavailable.",
                                                        "Manifest is unavailable until 14:00."]


def test_stamps_inside_a_body_do_not_split_it():
    body = "Done 12-03-2025 kl. 18:50\n\nUpdate 12-03-2025 17:00:00 - still running\n\nWO0000001387536"
    page = _page({"head": "DMS ImportPRD-servicewindow March 12", "updated": "12-03-2025 kl. 18:50",
                  "body": body, "published": "11-03-2025 18:15:00"})
    (message,) = parse_page(page.replace("\n", "\r\n").encode())
    assert message.body == body
    assert message.updated == dt.datetime(2025, 3, 12, 18, 50, tzinfo=COPENHAGEN)


def test_a_danish_page_is_danish_and_the_url_decides_first():
    page = _page({"head": "DMS Eksport, DMS ImportPRD-servicevindue tirsdag den 19. maj 2026",
                  "updated": "12-05-2026 kl. 14:28",
                  "body": "Tirsdag den 19. maj 2026 kl. 18:00-23:00\n\nDMS Import og DMS Eksport vil ikke være "
                          "tilgængelige i servicevinduet.\n\nWO0000001586573",
                  "published": "12-05-2026 14:28:00"})
    (message,) = parse_page(page)
    assert message.language == "da"
    assert message.systems == ("dms-export", "dms-import")
    assert parse_page(page, source_url="https://info.skat.dk/data.aspx?lang=us&oid=54316")[0].language == "en"
    assert parse_page(page, language="en")[0].language == "en"


def test_the_page_url_is_each_message_source_when_text_has_no_links(seed_path):
    url = "https://info.skat.dk/data.aspx?lang=us&oid=54316"
    messages = parse_page(seed_path.read_bytes(), source_url=url)
    assert len(messages) == 342 and {m.source_url for m in messages} == {url}


def test_a_cp1252_page_reads_like_the_utf8_one(seed_path, seed_messages):
    text = seed_path.read_text(encoding="utf-8")
    cut = text.index("\n", text.index("12-05-2026 14:28:00")) + 1  # the first three messages
    messages = parse_page(text[:cut].encode("cp1252"))
    assert messages == seed_messages[:3]


def test_icsfeed_extract_prints_one_object_per_gold_message(seed_path, gold_messages, capsys):
    from icsfeed.cli import main

    assert main(["-q", "extract", str(seed_path)]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    def stamp(value: str, fmt: str) -> str:
        return dt.datetime.fromisoformat(value).strftime(fmt)

    assert [(stamp(p["published"], "%d-%m-%Y %H:%M:%S"), stamp(p["updated"], "%d-%m-%Y kl. %H:%M"))
            for p in printed] == [(g["published"], g["updated"]) for g in gold_messages]
