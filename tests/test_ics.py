"""The iCalendar feeds, read back by the parsers calendar clients use.

Python: ``ical`` (strict), ``icalendar``, ``vobject``, ``recurring-ical-events``. JavaScript
(one ``node`` call for all files): Mozilla's ical.js and node-ical (``tests/js``). BCOP
maintenance notes: circuit-maintenance-parser in its own virtualenv
(``tests/maintnote``). Events come from real seed messages (``test_reconcile``'s helpers).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import vobject
from hypothesis import given
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from icalendar.parser import Contentline
from test_reconcile import (  # noqa: F401 (seed fixtures)
    DMS, FakeExtract, events_of, local, page_time, seed, seed_page_events, seed_page_meanings, stored)

from icsfeed.model import COPENHAGEN, Event, Fallback, Impact, Kind, Status, SystemState, Window
from icsfeed.publish.fallback import EMERGENCY_PROCEDURE_URL
from icsfeed.publish.ics import DEFAULT_PAST, FeedOptions, FeedSpec, build_calendar, fold_line, render_calendar
from icsfeed.reconcile import reconcile
from icsfeed.systems import BY_SLUG

ROOT = Path(__file__).parents[1]
UTC = dt.timezone.utc
NOW = dt.datetime(2025, 1, 1, tzinfo=UTC)  # before every seed window: nothing is "past"
WO_1432758 = {248: {"cancelled_systems": DMS}, 250: {"cancelled_systems": DMS}}


def render(events, env=None, system=None, *, now=NOW, **options) -> bytes:
    return render_calendar(events, FeedSpec(env, system), FeedOptions(**options), now=now)


def vevents(feed: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(feed).walk("VEVENT")


def strict(feed: bytes):
    """The feed as Home Assistant's strict ``ical`` library reads it (raises on any error)."""
    return IcsCalendarStream.calendar_from_ics(feed.decode("utf-8"))


def utc(value) -> dt.datetime:
    return value.astimezone(UTC)


def handmade(**changes) -> Event:
    """An event with every text field exercised; ``changes`` override."""
    event = Event(
        uid="0123456789abcdef@icsfeed", env="prd", start=local(2026, 2, 3, 18), end=local(2026, 2, 3, 23),
        all_day=False, status=Status.SCHEDULED, kind=Kind.PLANNED,
        title="PRD-servicewindow DMS; comma, semicolon; back\\slash",
        systems=(SystemState("dms-import"), SystemState("dms-transit", Impact.DEGRADED)), refs=("WO0000000000001",),
        created=dt.datetime(2026, 1, 20, 9, 0, tzinfo=UTC), last_modified=dt.datetime(2026, 1, 21, 9, 0, tzinfo=UTC),
        fallback=Fallback.ALLOWED, source_url="https://info.skat.dk/data.aspx?oid=1&x=read&lang=us",
        body=("Servicevindue lørdag den 7. marts 2026, kl. 08.00-22.00; filer sendt til DMS Import, DMS Eksport og "
              "DMS Forsendelse bliver afvist\\afventer, og online-adgang er lukket.\rNødproceduren\x07 må bruges: "
              "æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ æøå ÆØÅ.\r\nSidste linje."))
    return dataclasses.replace(event, **changes)


# --- the calendar and its events ---------------------------------------------------------

def test_calendar_properties_and_timezone(seed):
    feed = render(events_of(seed, 3), "prd", "dms-import")
    text = feed.decode()
    calendar = icalendar.Calendar.from_ical(feed)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"].startswith("-//icsfeed//")
    assert str(calendar["X-WR-CALNAME"]) == str(calendar["NAME"]) == "DMS Import (PRD)"
    assert "DMS Import in production (PRD)" in str(calendar["X-WR-CALDESC"])
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text and "X-PUBLISHED-TTL:PT1H\r\n" in text
    assert "METHOD" not in calendar
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Copenhagen"
    rules = {c.name: c["RRULE"] for c in zone.subcomponents}
    assert rules["STANDARD"]["BYMONTH"] == [10] and rules["DAYLIGHT"]["BYMONTH"] == [3]
    assert "DTSTART;TZID=Europe/Copenhagen:20260519T180000\r\n" in text
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "[PRD] DMS Import: service window"
    assert event["STATUS"] == "CONFIRMED" and event["TRANSP"] == "TRANSPARENT"
    assert str(event["URL"]).startswith("https://info.skat.dk/")
    assert [str(c) for c in event["CATEGORIES"].cats] == ["DMS Import", "PRD"]
    assert event["DTSTAMP"].dt == event["LAST-MODIFIED"].dt == page_time(seed.entries[3]["updated"])
    assert event["CREATED"].dt == page_time(seed.entries[3]["published"])
    assert event["SEQUENCE"] == 0


def test_vtimezone_rules_agree_with_zoneinfo(seed):
    zone = icalendar.Calendar.from_ical(render([])).walk("VTIMEZONE")[0].to_tz()
    instant = dt.datetime(2024, 1, 1, tzinfo=UTC)
    while instant.year < 2031:
        local_time = instant.astimezone(COPENHAGEN).replace(tzinfo=None)
        if not _ambiguous(local_time):
            assert local_time.replace(tzinfo=zone).utcoffset() == instant.astimezone(COPENHAGEN).utcoffset()
        instant += dt.timedelta(hours=7)


def _ambiguous(wall: dt.datetime) -> bool:
    return wall.replace(tzinfo=COPENHAGEN, fold=0).utcoffset() != wall.replace(tzinfo=COPENHAGEN, fold=1).utcoffset()


def test_dst_window_is_ninety_minutes_in_every_python_parser(seed):
    """``Sunday October 26, 2025, 0245 (DST) - 0315 (ST)``: 00:45Z-02:15Z."""
    feed = render(events_of(seed, 165), "prd")
    expected = (dt.datetime(2025, 10, 26, 0, 45, tzinfo=UTC), dt.datetime(2025, 10, 26, 2, 15, tzinfo=UTC))
    (event,) = vevents(feed)
    assert (utc(event["DTSTART"].dt), utc(event["DTEND"].dt)) == expected
    (strict_event,) = strict(feed).events
    assert (utc(strict_event.dtstart), utc(strict_event.dtend)) == expected
    (vevent,) = vobject.readOne(feed.decode()).vevent_list
    assert (utc(vevent.dtstart.value), utc(vevent.dtend.value)) == expected
    (occurrence,) = recurring_ical_events.of(icalendar.Calendar.from_ical(feed)).between((2025, 10, 25), (2025, 10, 27))
    assert (utc(occurrence["DTSTART"].dt), utc(occurrence["DTEND"].dt)) == expected


def test_each_system_feed_shows_that_systems_state(seed):
    """WO0000001432758: DMS feeds show it cancelled, Import and Manifest feeds 18:00-21:00."""
    events = events_of(seed, 254, 250, 248, changes=WO_1432758)
    for system in DMS:
        (event,) = vevents(render(events, "prd", system))
        assert event["STATUS"] == "CANCELLED"
        assert str(event["SUMMARY"]) == f"Cancelled: [PRD] {BY_SLUG[system].name}: service window"
        assert event["X-MAINTNOTE-STATUS"] == "CANCELLED"
    for system in ("import", "manifest"):
        (event,) = vevents(render(events, "prd", system))
        assert event["STATUS"] == "CONFIRMED"
        assert (event["DTSTART"].dt, event["DTEND"].dt) == (local(2025, 6, 25, 18), local(2025, 6, 25, 21))
        assert str(event["SUMMARY"]) == f"[PRD] {BY_SLUG[system].name}: service window"
    (combined,) = vevents(render(events, "prd"))
    assert combined["STATUS"] == "CONFIRMED"
    assert str(combined["SUMMARY"]) == "[PRD] Manifest, Import: service window"
    assert "DMS Import: taken out of this window" in str(combined["DESCRIPTION"])
    assert "Status: partly cancelled" in str(combined["DESCRIPTION"])
    objects = {str(o): o.params["X-MAINTNOTE-OBJECT-IMPACT"] for o in combined["X-MAINTNOTE-OBJECT-ID"]}
    assert objects == {"dms-import": "NO-IMPACT", "dms-export": "NO-IMPACT", "dms-transit": "NO-IMPACT",
                       "manifest": "OUTAGE", "import": "OUTAGE"}
    assert vevents(render(events, "tfe")) == []


def test_cancelled_windows_are_marked_or_hidden(seed):
    events = events_of(seed, 116)
    (shown,) = vevents(render(events, "prd"))
    assert shown["STATUS"] == "CANCELLED" and str(shown["SUMMARY"]).startswith("Cancelled: [PRD] ")
    assert vevents(render(events, "prd", cancelled="hide")) == []
    assert vevents(render(events, "prd", alarm=dt.timedelta(minutes=30)))[0].walk("VALARM") == []


def test_text_is_escaped_and_folded_at_75_octets():
    event = handmade()
    feed = render([event], lang="da")
    lines = feed.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert all(line.decode("utf-8") for line in lines if line)  # no character split across a fold
    assert b"comma\\, semicolon\\; back\\\\slash" in feed.replace(b"\r\n ", b"")
    (parsed,) = vevents(feed)
    description = str(parsed["DESCRIPTION"])
    assert description.startswith(event.title + "\n\nMiljø: Produktion (PRD)\n")
    body = event.body.replace("\r\n", "\n").replace("\r", "\n").replace("\x07", "")
    assert description.endswith(body + "\n\nKilde: " + event.source_url)
    (strict_event,) = strict(feed).events
    assert strict_event.description == str(parsed["DESCRIPTION"])
    (vevent,) = vobject.readOne(feed.decode()).vevent_list
    assert vevent.description.value == str(parsed["DESCRIPTION"])


@given(st.text(st.sampled_from("ab ,;:\\^\"æøå€\u0301😀\t"), max_size=400))
def test_lines_are_folded_exactly_as_icalendar_folds_them(text):
    assert fold_line(text) == Contentline(text).to_ical()


def test_all_day_and_open_ended_windows():
    all_day = handmade(uid="all-day@icsfeed", start=dt.date(2025, 6, 25), end=dt.date(2025, 6, 26), all_day=True)
    open_end = handmade(uid="open@icsfeed", end=None)
    feed = render([all_day, open_end], now=dt.datetime(2025, 6, 1, tzinfo=UTC))
    assert b"DTSTART;VALUE=DATE:20250625\r\nDTEND;VALUE=DATE:20250627\r\n" in feed
    (day, open_ended) = vevents(feed)
    assert open_ended["DTEND"].dt - open_ended["DTSTART"].dt == dt.timedelta(hours=12)
    assert "End: not announced; shown until 2026-02-04 06:00." in str(open_ended["DESCRIPTION"])
    assert [(e.uid, e.dtstart) for e in strict(feed).events] == [
        ("all-day@icsfeed", dt.date(2025, 6, 25)), ("open@icsfeed", local(2026, 2, 3, 18))]


def test_window_without_start_says_it_starts_at_publication(seed):
    (event,) = vevents(render(events_of(seed, 207, 206, 205), "tfe"))
    assert event["DTSTART"].dt == page_time(seed.entries[207]["published"])
    assert "Start: not announced; shown from the announcement's publication." in str(event["DESCRIPTION"])


def test_moved_window_keeps_its_uid_and_raises_sequence(seed):
    fake = FakeExtract()
    announced = fake.add(seed.message(3), seed.extraction(3))
    moved = fake.add(dataclasses.replace(announced, body="Moved to 1900-2330.\n\n" + announced.body,
                                         updated=announced.updated + dt.timedelta(days=2)),
                     seed.extraction(3, windows=(Window(local(2026, 5, 19, 19), local(2026, 5, 19, 23, 30)),)))
    (before,) = vevents(render(reconcile([stored(announced)], extract=fake)))
    (after,) = vevents(render(reconcile([stored(announced, moved)], extract=fake)))
    assert after["UID"] == before["UID"]
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert after["DTSTART"].dt == local(2026, 5, 19, 19)
    assert after["LAST-MODIFIED"].dt == after["DTSTAMP"].dt == moved.updated
    assert before["CREATED"].dt == after["CREATED"].dt == announced.published


def test_duplicate_announcements_are_one_event_naming_both_references(seed):
    (event,) = vevents(render(events_of(seed, 51, 55), "prd", "manifest"))
    assert "References: WO0000001554625, WO0000001554765" in str(event["DESCRIPTION"])
    assert event["X-MAINTNOTE-MAINTENANCE-ID"] == "WO0000001554625"


def test_same_events_give_the_same_bytes(seed):
    events = events_of(seed, 254, 250, 248, 140, 141, 51, 55, 39, 40, 316, 165, changes=WO_1432758)
    feed = render(events)
    assert render(list(reversed(events))) == feed
    assert render(events, now=NOW + dt.timedelta(days=1)) == feed
    starts = [utc(e["DTSTART"].dt) for e in vevents(feed)]
    assert starts == sorted(starts)


def test_past_windows_leave_the_feed(seed):
    events = events_of(seed, 3)  # 19 May 2026, 18:00-23:00
    later = dt.datetime(2026, 5, 19, 21, 0, tzinfo=UTC) + DEFAULT_PAST
    assert len(vevents(render(events, now=later))) == 1
    assert vevents(render(events, now=later + dt.timedelta(hours=1))) == []
    assert len(vevents(render(events, now=later + dt.timedelta(hours=1), past=DEFAULT_PAST + dt.timedelta(days=1)))) == 1


def test_alarm_before_start(seed):
    (event,) = vevents(render(events_of(seed, 3), alarm=dt.timedelta(minutes=30)))
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm["TRIGGER"].dt == -dt.timedelta(minutes=30)
    assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])


def test_danish_feed(seed):
    events = events_of(seed, 116, 3)
    calendar = icalendar.Calendar.from_ical(render(events, "prd", "dms-transit", lang="da"))
    assert str(calendar["X-WR-CALNAME"]) == "DMS Forsendelse (NCTS) (PRD)"
    assert "Toldstyrelsens driftsstatus" in str(calendar["X-WR-CALDESC"])
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["Aflyst: [PRD] DMS Forsendelse (NCTS): servicevindue",
                         "[PRD] DMS Forsendelse (NCTS): servicevindue"]


def test_window_naming_no_system_is_summarised_by_its_title(seed):
    (event,) = vevents(render(events_of(seed, 1)))  # category "TFE (testsystems)" only
    assert str(event["SUMMARY"]) == "[TFE] TFE/TEST-servicewindow Gateways Wednesday May 13, 2026"


def test_degraded_windows_say_extended_response_times():
    event = handmade(systems=(SystemState("dms-export", Impact.DEGRADED),), fallback=None)
    (parsed,) = vevents(render([event]))
    assert str(parsed["SUMMARY"]) == "[PRD] DMS Export: extended response times"
    assert parsed["X-MAINTNOTE-IMPACT"] == "DEGRADED"


def test_ncts_windows_carry_the_emergency_procedure(seed):
    events = events_of(seed, 3)  # DMS incl. Forsendelse; emergency procedure "only if absolutely necessary"
    (transit,) = vevents(render(events, "prd", "dms-transit"))
    text = str(transit["DESCRIPTION"])
    assert "Fallback procedure: only if absolutely necessary" in text
    assert "copy 1 for the office of departure" in text and "by the next day at the latest" in text
    assert "NCTS NØDPROCEDURE" in text and EMERGENCY_PROCEDURE_URL in text
    (danish,) = vevents(render(events, "prd", "dms-transit", lang="da"))
    assert "eksemplar 1 til afgangstoldstedet" in str(danish["DESCRIPTION"])
    (import_only,) = vevents(render(events, "prd", "dms-import"))
    assert EMERGENCY_PROCEDURE_URL not in str(import_only["DESCRIPTION"])
    not_allowed = [dataclasses.replace(e, fallback=Fallback.NOT_ALLOWED) for e in events]
    assert EMERGENCY_PROCEDURE_URL not in str(vevents(render(not_allowed, "prd", "dms-transit"))[0]["DESCRIPTION"])


# --- options -------------------------------------------------------------------------------

def test_options_from_query():
    options = FeedOptions.from_query({"systems": "dms-import,manifest", "kind": "planned", "cancelled": "hide",
                                      "past": "P7D", "alarm": "PT30M", "lang": "da", "download": "1"})
    assert options == FeedOptions(systems=("dms-import", "manifest"), kinds=(Kind.PLANNED,), cancelled="hide",
                                  past=dt.timedelta(days=7), alarm=dt.timedelta(minutes=30), lang="da")
    assert FeedOptions.from_query({}) == FeedOptions()
    assert FeedOptions.from_query({"alarm": ""}).alarm is None
    with pytest.raises(ValueError, match="unknown environment 'test'"):
        FeedSpec("test", None)


@pytest.mark.parametrize("key,value", [
    ("past", "90 days"), ("past", "-P1D"), ("past", "P99999999D"), ("alarm", "P36526D"), ("alarm", "30"), ("alarm", "P1Y"), ("lang", "de"),
    ("cancelled", "maybe"), ("kind", "info"), ("kind", "planned,"), ("systems", "DMS Import"),
])
def test_bad_options_are_refused_with_one_line_naming_them(key, value):
    with pytest.raises(ValueError) as raised:
        FeedOptions.from_query({key: value})
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"{key}=")


def test_systems_and_kind_filters(seed):
    events = events_of(seed, 39, 40, 3)
    manifest_only = vevents(render(events, "prd", systems=("manifest",)))
    assert sorted(str(e["SUMMARY"]) for e in manifest_only) == [
        "[PRD] Manifest: service window", "[PRD] Manifest: service window"]
    assert vevents(render(events, "prd", kinds=(Kind.INCIDENT,))) == []


# --- every feed of the seed page, every parser ------------------------------------------

def seed_feed_specs(events: list[Event]) -> list[FeedSpec]:
    """Every feed of the events but the per-system ones across both environments (their union)."""
    systems = sorted({s.slug for e in events for s in e.systems})
    return [FeedSpec(None, None)] + [FeedSpec(env, system) for env in ("prd", "tfe") for system in (None, *systems)]


def test_seed_feed_in_icalendar_vobject_and_recurring_ical_events(seed_page_events):
    feed = render(seed_page_events)
    uids = sorted(e.uid for e in seed_page_events)
    assert sorted(str(e["UID"]) for e in vevents(feed)) == uids
    assert sorted(v.uid.value for v in vobject.readOne(feed.decode()).vevent_list) == uids
    occurrences = recurring_ical_events.of(icalendar.Calendar.from_ical(feed)).between((2025, 1, 1), (2027, 1, 1))
    assert sorted(str(o["UID"]) for o in occurrences) == uids


@pytest.mark.node
def test_javascript_parsers_read_the_feeds(tmp_path, seed, seed_page_events):
    feeds = {
        "seed": render(seed_page_events),
        "dst": render(events_of(seed, 165)),
        "text": render([handmade(), handmade(uid="day@icsfeed", start=dt.date(2026, 2, 4), end=dt.date(2026, 2, 5),
                                             all_day=True)], lang="da"),
    }
    paths = {}
    for name, feed in feeds.items():
        paths[name] = tmp_path / f"{name}.ics"
        paths[name].write_bytes(feed)
    run = subprocess.run(["node", "parse.mjs", *map(str, paths.values())], cwd=ROOT / "tests" / "js",
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    parsed = json.loads(run.stdout)
    for name, feed in feeds.items():
        expected = [(str(e["UID"]), str(e["SUMMARY"]), _js_time(e["DTSTART"].dt), str(e["DESCRIPTION"]))
                    for e in vevents(feed)]
        for parser in ("icaljs", "nodeical"):
            seen = [(e["uid"], e["summary"], e["start"], e["description"]) for e in parsed[str(paths[name])][parser]]
            assert sorted(seen) == sorted(expected), (name, parser)
    dst = parsed[str(paths["dst"])]
    for parser in ("icaljs", "nodeical"):
        (event,) = dst[parser]
        assert (event["start"], event["end"]) == ("2025-10-26T00:45:00.000Z", "2025-10-26T02:15:00.000Z"), parser


def _js_time(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return value.isoformat()


def test_circuit_maintenance_parser_reads_the_maintenance_notes(tmp_path, seed_page_events):
    python = ROOT / ".venv-maintnote" / "bin" / "python"
    assert python.exists(), "run tests/setup-services.sh: it installs circuit-maintenance-parser in .venv-maintnote"
    feed = tmp_path / "prd.ics"
    events = [e for e in seed_page_events if e.env == "prd" and not e.all_day]  # it reads DTSTART as a timestamp
    feed.write_bytes(render(events, "prd"))
    run = subprocess.run([str(python), str(ROOT / "tests" / "maintnote" / "parse_ical.py"), str(feed)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    maintenances = [json.loads(m) if isinstance(m, str) else m for m in json.loads(run.stdout)]
    assert len(maintenances) == len(events)
    by_uid = {e.uid: e for e in events}
    for maintenance in maintenances:
        event = by_uid[maintenance["uid"]]
        assert maintenance["provider"] == "Toldstyrelsen" and maintenance["account"] == "PRD"
        assert maintenance["maintenance_id"] == (event.refs[0] if event.refs else event.uid)
        assert {c["circuit_id"] for c in maintenance["circuits"]} == {s.slug for s in event.systems}
        assert maintenance["status"] in ("CONFIRMED", "CANCELLED", "COMPLETED")
        assert maintenance["start"] == int(event.start.timestamp())
        assert maintenance["sequence"] == event.sequence


# --- the real pipeline ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_seed_events(seed_messages) -> list[Event]:
    """Scrape + the real extraction + reconcile over the whole seed page."""
    return reconcile([stored(m) for m in seed_messages])


def test_real_pipeline_feeds_all_parse_strictly(real_seed_events):
    events = real_seed_events
    assert len({e.uid for e in events}) == len(events) > 100
    for spec in seed_feed_specs(events):
        calendar = strict(render_calendar(events, spec, FeedOptions(), now=NOW))
        wanted = [e for e in events if spec.env in (None, e.env) and (spec.system is None or e.state_of(spec.system))]
        assert sorted(e.uid for e in calendar.events) == sorted(e.uid for e in wanted), spec
        assert all(e.dtend is None or e.dtend > e.dtstart for e in calendar.events), spec


@pytest.mark.parametrize("options", [{}, {"lang": "da", "alarm": dt.timedelta(minutes=30)},
                                     {"cancelled": "hide", "systems": ("dms-import", "manifest")}])
def test_the_feed_bytes_are_icalendars_serialization_of_the_calendar(real_seed_events, options):
    for spec in seed_feed_specs(real_seed_events):
        built = build_calendar(real_seed_events, spec, FeedOptions(**options), now=NOW)
        assert render_calendar(real_seed_events, spec, FeedOptions(**options), now=NOW) == built.to_ical(), spec
    assert render([handmade()], lang="da") == build_calendar([handmade()], FeedSpec(), FeedOptions(lang="da"),
                                                             now=NOW).to_ical()


def test_real_pipeline_finds_most_gold_spans(real_seed_events, seed_page_events):
    spans = {(e.env, e.start, e.end) for e in real_seed_events}
    expected = {(e.env, e.start, e.end) for e in seed_page_events}
    assert len(spans & expected) >= 0.7 * len(expected)
