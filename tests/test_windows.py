"""The time-expression engine, phrase by phrase: every phrasing of the spec, English and Danish.

Each case gives a message (title, body, publication) and the exact windows it means, as ISO
8601 with the UTC offset, so a wrong date, hour or daylight-saving offset fails the case.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from icsfeed.extract.windows import find_windows
from icsfeed.model import COPENHAGEN, Message


def _message(body: str, published: str, title: str = "", updated: str | None = None) -> Message:
    when = dt.datetime.fromisoformat(published).replace(tzinfo=COPENHAGEN)
    last = dt.datetime.fromisoformat(updated).replace(tzinfo=COPENHAGEN) if updated else when
    return Message(title=title, body=body, published=when, updated=last)


def _iso(value) -> str | None:
    return None if value is None else value.isoformat(timespec="minutes") if isinstance(value, dt.datetime) \
        else value.isoformat()


def _spans(found) -> list[tuple]:
    return [(_iso(w.start), _iso(w.end)) for w in found.windows]


def _windows(body: str, published: str, title: str = "", updated: str | None = None) -> list[tuple]:
    return _spans(find_windows(_message(body, published, title, updated)))


# (case id, title, body, published, expected windows)
PHRASES = [
    ("hhmm_range", "", "PRD-servicewindow Saturday May 16, 2026, 1200-2100", "2026-05-11T09:31",
     [("2026-05-16T12:00+02:00", "2026-05-16T21:00+02:00")]),
    ("leading_zero_hhmm", "", "TFE/TEST-servicewindow Gateways Wednesday May 13, 2026, 0745-0900", "2026-05-07T08:57",
     [("2026-05-13T07:45+02:00", "2026-05-13T09:00+02:00")]),
    ("just_after_midnight", "", "Wednesday May 6, 2026, 0001-0400", "2026-04-30T11:33",
     [("2026-05-06T00:01+02:00", "2026-05-06T04:00+02:00")]),
    ("dotted_times", "", "TEST/TFE-servicewindow Thursday January 8, 2026, 12.00-16.00", "2026-01-07T16:41",
     [("2026-01-08T12:00+01:00", "2026-01-08T16:00+01:00")]),
    ("colon_times", "", "PRD-servicewindow Tuesday May 27, 2025, 18:00-23:30", "2025-05-21T14:13",
     [("2025-05-27T18:00+02:00", "2025-05-27T23:30+02:00")]),
    ("bare_hour_to_clock", "", "EU has announced a servicewindow on multiple systems at 07-06-2025 from 10-15:00",
     "2025-05-22T17:54", [("2025-06-07T10:00+02:00", "2025-06-07T15:00+02:00")]),
    ("at_8_9_am", "Service window for TFE Tuesday 9/9 at 8-9 am", "The systems will return errors.",
     "2025-09-05T15:47", [("2025-09-09T08:00+02:00", "2025-09-09T09:00+02:00")]),
    ("am_pm", "", "Sunday May 17, 2026 from 10 am to 6 pm the systems are closed for maintenance.", "2026-05-11T10:00",
     [("2026-05-17T10:00+02:00", "2026-05-17T18:00+02:00")]),
    ("ends_2359_kept", "", "Saturday November 29, 2025, 0800-2359", "2025-11-24T09:18",
     [("2025-11-29T08:00+01:00", "2025-11-29T23:59+01:00")]),
    ("between_and", "", "Tuesday August 5, 2025, 1900\nPerformance optimization will be carried out between 1900 "
     "and 1945.", "2025-08-05T16:34", [("2025-08-05T19:00+02:00", "2025-08-05T19:45+02:00")]),
    ("mellem_kl_og_next_day", "", "Servicevindue torsdag den 5. juni 2025 mellem kl. 19.30 og 01.30",
     "2025-06-01T10:00", [("2025-06-05T19:30+02:00", "2025-06-06T01:30+02:00")]),
    ("until_midnight", "", "A servicewindow has been announced, April 23rd f at 19:00 until midnight.",
     "2025-04-22T15:00", [("2025-04-23T19:00+02:00", "2025-04-24T00:00+02:00")]),
    ("from_until_next_day", "", "EMCS will be unavailable on Saturday March 28, 2026 from 21:00 until 06:00.",
     "2026-03-20T10:00", [("2026-03-28T21:00+01:00", "2026-03-29T06:00+02:00")]),
    ("end_before_start_next_day", "", "PRD-servicewindow Friday January 9, 2026, 2100-0200", "2026-01-05T10:00",
     [("2026-01-09T21:00+01:00", "2026-01-10T02:00+01:00")]),
    ("next_day_marker", "", "PRD-servicewindow Saturday May 16, 2026 from 08:00 to 08:00 the next day",
     "2026-05-10T10:00", [("2026-05-16T08:00+02:00", "2026-05-17T08:00+02:00")]),
    ("danish_naeste_dag", "", "Servicevindue lørdag den 16. maj 2026 kl. 22.00 til kl. 06.00 næste dag",
     "2026-05-10T10:00", [("2026-05-16T22:00+02:00", "2026-05-17T06:00+02:00")]),
    ("danish_klokken_hhmm", "", "Servicevindue på Toldsystemer lørdag den 26. februar 2022 klokken 1515-2100.",
     "2022-02-21T19:48", [("2022-02-26T15:15+01:00", "2022-02-26T21:00+01:00")]),
    ("night_between_two_days", "", "Natten mellem lørdag den 6. og søndag den 7. juni 2026 fra kl. 22 til kl. 04 "
     "er systemerne lukket.", "2026-06-01T10:00", [("2026-06-06T22:00+02:00", "2026-06-07T04:00+02:00")]),
    ("day_month_comma_year", "", "Service window Wednesday, 18 May, 2022, 1800-2130", "2022-05-16T13:51",
     [("2022-05-18T18:00+02:00", "2022-05-18T21:30+02:00")]),
    ("multi_day_span_one_window", "", "PRD-servicewindow Friday June 6, 2025, 2100 – Saturday June 7, 2025, 2200",
     "2025-05-25T12:16", [("2025-06-06T21:00+02:00", "2025-06-07T22:00+02:00")]),
    ("the_13th_of_december", "", "EMCS will be unavailable on Saturday the 13th of December at 21:00 until Sunday "
     "the 14th of December at 06:00.", "2025-12-11T09:37",
     [("2025-12-13T21:00+01:00", "2025-12-14T06:00+01:00")]),
    ("day_month_abbrev", "TFE-servicewindow Gateways certificate renewal Monday 23.feb", "Renewal 12.00-12.30.",
     "2026-02-19T13:25", [("2026-02-23T12:00+01:00", "2026-02-23T12:30+01:00")]),
    ("slash_date_dash_year", "Servicewindow on EU-systems 13/11-2025", "EU has announced a servicewindow on EUCTP, "
     "20.00-21.30.", "2025-11-13T12:34", [("2025-11-13T20:00+01:00", "2025-11-13T21:30+01:00")]),
    ("slash_date_full", "Service window EU-systems 11/10/2025 09-23:30", "The following systems will be unavailable.",
     "2025-10-09T09:15", [("2025-10-11T09:00+02:00", "2025-10-11T23:30+02:00")]),
    ("slash_day_month", "service on integrated systems on 28/08 18-20", "15 minutes downtime between 18-20",
     "2025-08-28T15:40", [("2025-08-28T18:00+02:00", "2025-08-28T20:00+02:00")]),
    ("dotted_date_till_weekday", "", "Saturday the 22.11.2025 from 07:00 till Sunday 23:59 you may experience "
     "unavailability.", "2025-11-21T10:50", [("2025-11-22T07:00+01:00", "2025-11-23T23:59+01:00")]),
    ("weekday_slash_dates", "", "The servicewindow is at Thuesday 4/3 at 20:00 to Wednesday 5/3 at 00:00.",
     "2025-02-28T10:14", [("2025-03-04T20:00+01:00", "2025-03-05T00:00+01:00")]),
    ("danish_long_date", "", "Servicevindue lørdag den 26. februar 2022 kl. 08.00-20.00", "2022-02-20T10:00",
     [("2022-02-26T08:00+01:00", "2022-02-26T20:00+01:00")]),
    ("danish_two_days", "", "Servicevindue 20. og 21. maj 2023 kl. 8-16", "2023-05-10T10:00",
     [("2023-05-20T08:00+02:00", "2023-05-20T16:00+02:00"), ("2023-05-21T08:00+02:00", "2023-05-21T16:00+02:00")]),
    ("danish_fra_til_span", "", "Systemerne er lukket fra fredag den 5. juni kl. 22.00 til søndag den 7. juni 2015 "
     "kl. 16", "2015-05-28T10:00", [("2015-06-05T22:00+02:00", "2015-06-07T16:00+02:00")]),
    ("danish_kl_bare_hour", "", "Lørdag den 1. december 2012 kl. 14 - 19.30", "2012-11-20T10:00",
     [("2012-12-01T14:00+01:00", "2012-12-01T19:30+01:00")]),
    ("ordinal_list_five_days", "", "The service windows are all in the timeperiod 09:00-14:00 and the days of april "
     "7th, 10th, 11th, 14th and 15th.", "2025-04-03T10:33",
     [(f"2025-04-{d}T09:00+02:00", f"2025-04-{d}T14:00+02:00") for d in ("07", "10", "11", "14", "15")]),
    ("dst_explicit_markers", "", "PRD-servicewindow Sunday October 26, 2025, 0245 (DST) – 0315 (ST).",
     "2025-10-21T16:01", [("2025-10-26T02:45+02:00", "2025-10-26T03:15+01:00")]),
    ("dst_ambiguous_first", "", "PRD-servicewindow Sunday October 25, 2026, 0230-0400", "2026-10-20T10:00",
     [("2026-10-25T02:30+02:00", "2026-10-25T04:00+01:00")]),
    ("spring_gap_moves_forward", "", "PRD-servicewindow Sunday March 29, 2026, 0230-0400", "2026-03-20T10:00",
     [("2026-03-29T03:30+02:00", "2026-03-29T04:00+02:00")]),
    ("dst_markers_end_before_start_same_night", "", "PRD-servicewindow Sunday October 25, 2026, 0230 (DST) – 0200 "
     "(ST).", "2026-10-20T10:00", [("2026-10-25T02:30+02:00", "2026-10-25T02:00+01:00")]),
    ("danish_sommertid_vintertid", "", "Servicevindue søndag den 25. oktober 2026 kl. 02.45 (sommertid) – 02.15 "
     "(vintertid).", "2026-10-20T10:00", [("2026-10-25T02:45+02:00", "2026-10-25T02:15+01:00")]),
    ("two_nights_each_day", "", "EMCS opdateres over to nætter: den 9. og 10. september 2022, begge dage mellem "
     "kl. 20.00 og 02.00.", "2022-09-01T10:30", [("2022-09-09T20:00+02:00", "2022-09-10T02:00+02:00"),
                                                  ("2022-09-10T20:00+02:00", "2022-09-11T02:00+02:00")]),
    ("missing_year_from_publication", "", "EMCS will be unavailable via NemLogin on Thursday the 12th of Marts "
     "00:01-03:00", "2026-03-10T13:19", [("2026-03-12T00:01+01:00", "2026-03-12T03:00+01:00")]),
    ("month_left_out", "", "EMCS will be unavailable on Saturday the 20th at 21:00 until Sunday the 21st at 06:00.",
     "2025-09-15T10:00", [("2025-09-20T21:00+02:00", "2025-09-21T06:00+02:00")]),
    ("danish_d_dot_date", "", "Servicevindue tirsdag d. 19. maj 2026 kl. 18-23", "2026-05-12T10:00",
     [("2026-05-19T18:00+02:00", "2026-05-19T23:00+02:00")]),
    ("missing_year_next_year", "", "EMCS will be unavailable on Tuesday the 6th of January at 17:00-17:30.",
     "2025-12-20T10:00", [("2026-01-06T17:00+01:00", "2026-01-06T17:30+01:00")]),
    ("stale_year", "", "Tuesday January 13, 2025, 0900-1600", "2026-01-11T10:30",
     [("2026-01-13T09:00+01:00", "2026-01-13T16:00+01:00")]),
    ("weekday_typo_date_wins", "", "TEST/TFE-servicewindow Thursday August 5, 2025, 1700-2330", "2025-08-05T10:33",
     [("2025-08-05T17:00+02:00", "2025-08-05T23:30+02:00")]),
    ("title_agrees_with_weekday", "EMCS Planned unavailability Saturday the 16th of August",
     "EMCS will be unavailable on Saturday the 15th of August at 21:00-22:30.", "2025-08-12T12:33",
     [("2025-08-16T21:00+02:00", "2025-08-16T22:30+02:00")]),
    ("title_typo_body_wins", "PRD-servicewindow Gateways Wednesday March 114, 2026",
     "PRD-servicewindow Gateways Wednesday March 11, 2026, 1745-2200", "2026-03-05T11:45",
     [("2026-03-11T17:45+01:00", "2026-03-11T22:00+01:00")]),
    ("date_on_line_above", "", "EMCS PRD-servicewindow Thursday February 12, 2026\nThere will be no crosscheck "
     "between 0830-0930.", "2026-02-09T10:05", [("2026-02-12T08:30+01:00", "2026-02-12T09:30+01:00")]),
    ("title_date_for_body_range", "DMS TFE servicewindow 28/05", "DMS TFE will be unavailable from 12-15:00.",
     "2025-05-27T14:10", [("2025-05-28T12:00+02:00", "2025-05-28T15:00+02:00")]),
    ("sub_range_merged", "", "PRD-servicewindow Saturday September 20, 2025, 1100-1530\n1100-1315 – Lookup in Taric "
     "not possible.", "2025-09-17T09:17", [("2025-09-20T11:00+02:00", "2025-09-20T15:30+02:00")]),
    ("start_without_end", "EMCS service window – New EMCS", "EMCS will be unavailable on May 26th at 17:00 until the "
     "new EMCS go live on May 27th.", "2025-05-21T15:00", [("2025-05-26T17:00+02:00", None)]),
    ("end_without_start", "AS4 TFE Servicewindow thursday 4th of September", "There is currently an ongoing "
     "servicewindow on AS4 TFE, files may be rejected during the servicewindow until 16:00", "2025-09-04T14:25",
     [(None, "2025-09-04T16:00+02:00")]),
    ("date_only_all_day", "DMS cancelled from PRD-servicewindow Wednesday June 25, 2025", "DMS Import is cancelled "
     "from the PRD-servicewindow today Wednesday June 25, 2025.", "2025-06-25T18:33",
     [("2025-06-25", "2025-06-25")]),
    ("all_day_without_window_word", "", "Export will be closed all day Saturday May 16, 2026.", "2026-05-10T10:00",
     [("2026-05-16", "2026-05-16")]),
    ("all_day_span", "", "NCTS will be closed from Saturday May 16 to Sunday May 17, 2026 for an upgrade.",
     "2026-05-10T10:00", [("2026-05-16", "2026-05-17")]),
    ("open_start_until_further_notice", "", "ICS will be closed from Saturday March 1, 2014 at 0800 until further "
     "notice.", "2014-02-24T14:00", [("2014-03-01T08:00+01:00", None)]),
    ("end_only_window_in_previous_sentence", "Ongoing servicewindow EMCS B2B Wednesday 5th of June",
     "There is currently an ongoing servicewindow on the gateway. Messages may be rejected until 14:30.",
     "2024-06-05T13:05", [(None, "2024-06-05T14:30+02:00")]),
    ("danish_all_day", "", "Servicevindue lørdag den 4. juli 2026: systemerne er utilgængelige hele dagen.",
     "2026-06-20T10:00", [("2026-07-04", "2026-07-04")]),
]


@pytest.mark.parametrize("case, title, body, published, expected", PHRASES, ids=[p[0] for p in PHRASES])
def test_phrase(case, title, body, published, expected):
    assert _windows(body, published, title) == expected


def test_dst_window_is_ninety_minutes():
    [window] = find_windows(_message("Sunday October 26, 2025, 0245 (DST) – 0315 (ST)", "2025-10-21T16:01")).windows
    assert window.end.timestamp() - window.start.timestamp() == 90 * 60      # same-zone subtraction is wall clock
    assert window.start.astimezone(dt.timezone.utc).isoformat() == "2025-10-26T00:45:00+00:00"


# Text that holds numbers but no window.
NOT_WINDOWS = [
    ("references", "WO0000001584153 / INC000001821031"),
    ("s2s_as4_kb", "File access (S2S) via AS4GW, files below 100 KB, phase 4.2, PGR2.2, 500-600 entries."),
    ("citation", "You must contact the customs office (2026-03-13 Danish Customs Agency Newsletter – Ny "
     "kontaktindgang til Toldstyrelsen)."),
    ("phone_hours", "The phones 72 22 12 12 are open until 10:00 PM. We are open for telephone inquiries on "
     "Saturday until 9 pm and again on Sunday from 10 am to 6 pm."),
    ("incident_without_span", "EU has informed of unscheduled unavailability of ICS2-STP, starting 10.50"),
    ("ongoing_incident", "We are currently experiencing issues with response times in DMS."),
    ("point_in_time_rule_change", "The change will be applied 15th December at 18.00"),
    ("past_window_reference", "Many declarations are submitted after the service window Friday/Saturday, June 6-7, "
     "2025."),
    ("quantity_not_hours", "Saturday May 16, 2026: expect delays from 5 to 10 minutes."),
    ("version_and_year", "Opening hours during Easter 2025, see https://toldst.dk/nyheder/2025/abningstider"),
]


@pytest.mark.parametrize("case, body", NOT_WINDOWS, ids=[n[0] for n in NOT_WINDOWS])
def test_no_window(case, body):
    assert _windows(body, "2025-06-09T11:31") == []


def test_updates_extend_the_end():
    body = "The TFE-Servicewindow is extended until 1900.\nTEST/TFE-servicewindow Thursday April 9, 2026, 1200-1600"
    assert _windows(body, "2026-04-07T06:58") == [("2026-04-09T12:00+02:00", "2026-04-09T19:00+02:00")]


def test_newest_expected_end_wins_and_done_sets_done_at():
    body = ("PRD-servicewindow Sunday June 8, 2025, 0108\nDone.\nPRD-servicewindow\nDelayed.\nExpected end time Sunday "
            "June 8, 2025, 0100\nPRD-servicewindow\nDelayed.\nExpected end time Saturday, June 7, 2025, 2359\n"
            "PRD-servicewindow Friday June 6, 2025, 2100 – Saturday June 7, 2025, 2200\nDMS Import\n"
            "Update 2025-06-02: Edit of starting time to 2100")
    found = find_windows(_message(body, "2025-05-25T12:16", updated="2025-06-08T01:09"))
    assert _spans(found) == [("2025-06-06T21:00+02:00", "2025-06-08T01:00+02:00")]
    assert _iso(found.done_at) == "2025-06-08T01:08+02:00"


def test_edit_of_starting_time():
    body = "PRD-servicewindow Friday June 6, 2025, 2000-2300\nUpdate 2025-06-02: Edit of starting time to 2100"
    assert _windows(body, "2025-05-25T12:16") == [("2025-06-06T21:00+02:00", "2025-06-06T23:00+02:00")]


def test_announced_end_time_changed_at_the_bottom():
    body = ("PRD-servicewindow Wednesday June 25, 2025, 1800-2300\n"
            "Update 17:20:  The announced end time is changed to 21:00.")
    assert _windows(body, "2025-06-19T07:06", updated="2025-06-25T21:21") == [
        ("2025-06-25T18:00+02:00", "2025-06-25T21:00+02:00")]


def test_date_moved_one_day_later():
    body = ("EU has announced a servicewindow on multiple systems at 07-06-2025 from 10-15:00\nUnstability can occur "
            "during the time window 10-15:00\nUpdate 06-02-2025: Date moved 1 day later")
    assert _windows(body, "2025-05-22T17:54") == [("2025-06-08T10:00+02:00", "2025-06-08T15:00+02:00")]


def test_moved_to_a_new_date_keeps_the_hours():
    body = ("Update 12:00: The servicewindow is moved to Sunday May 17, 2026.\n"
            "PRD-servicewindow Saturday May 16, 2026, 1200-2100")
    assert _windows(body, "2026-05-10T10:00", updated="2026-05-14T12:00") == [
        ("2026-05-17T12:00+02:00", "2026-05-17T21:00+02:00")]


def test_danish_moved_to_a_new_date():
    body = "Opdatering: Servicevinduet er flyttet til søndag den 17. maj 2026.\nLørdag den 16. maj 2026 kl. 12-21"
    assert _windows(body, "2026-05-10T10:00") == [("2026-05-17T12:00+02:00", "2026-05-17T21:00+02:00")]


def test_new_range_in_an_update_replaces_the_old_one():
    body = ("PRD-servicewindow Wednesday February 25, 2026, 1800-2100\nUPDATE 24.02.2026 at 16:05:\nThe "
            "PRD-servicewindow is moved.\nThursday, February 26, 2026, 1700-2000.")
    assert _windows(body, "2026-02-23T10:04", updated="2026-02-24T16:05") == [
        ("2026-02-26T17:00+01:00", "2026-02-26T20:00+01:00")]


def test_vague_delay_keeps_the_end_and_done_is_stamped():
    body = ("Saturday July 5, 2025, 1635\nDone.\nSaturday July 5, 2025, 1543\nDelayed. Approx 1 hour.\n"
            "Files will be processed when the service window has passed.")
    found = find_windows(_message(body, "2025-07-03T12:39", "PRD-servicewindow Saturday July 5, 2025, 1130-1600.",
                                  updated="2025-07-05T16:35"))
    assert _spans(found) == [("2025-07-05T11:30+02:00", "2025-07-05T16:00+02:00")]
    assert _iso(found.done_at) == "2025-07-05T16:35+02:00"


def test_done_stamp_weekday_beats_date_near_last_update():
    body = ("Sunday August 23, 2025, 0022\nDone\nSaturday August 23, 2025, 1912\nThe PRD-servicewindue is extended to "
            "2359\nPRD-servicewindow Saturday August 23, 2025, 0800-2000")
    found = find_windows(_message(body, "2025-08-14T13:47", updated="2025-08-24T00:22"))
    assert _spans(found) == [("2025-08-23T08:00+02:00", "2025-08-23T23:59+02:00")]
    assert _iso(found.done_at) == "2025-08-24T00:22+02:00"


def test_done_time_only_update_on_publication_day():
    body = "Currently experiencing login issues.\nINC000001746260\nUpdate 09:39 - Systems are up and running."
    found = find_windows(_message(body, "2025-10-14T09:36", updated="2025-12-13T18:59"))
    assert found.windows == () and _iso(found.done_at) == "2025-10-14T09:39+02:00"


@pytest.mark.parametrize("update", ["Opdatering kl. 14.05: Fejlen er rettet.",
                                    "Update 14:05: The correction has been deployed, declarations are processed "
                                    "normally again.",
                                    "Update 14:05 - The error has been fixed."])
def test_stamped_fix_gives_done_at(update):
    found = find_windows(_message(f"{update}\nWe are experiencing errors.", "2024-06-19T11:20",
                                  updated="2024-06-19T14:07"))
    assert _iso(found.done_at) == "2024-06-19T14:05+02:00"


def test_expected_resolution_date_is_not_a_window():
    assert _windows("DMS Export is unavailable. The issue is expected resolved Tuesday May 19, 2026.",
                    "2026-05-15T10:00") == []


def test_superseded_resolution_is_not_done():
    body = ("Update at 12-03-2025 13:00: in a few cases the copy may still appear, the case is under investigation.\n"
            "Update at 12-03-2025 11:45: It should be possible once again to print EAD/TAD.")
    assert find_windows(_message(body, "2025-01-23T13:37", updated="2025-04-18T10:17")).done_at is None


def test_danish_update_extends_and_completes():
    body = ("Opdatering kl. 23.10: Servicevinduet er afsluttet.\nOpdatering kl. 21.00: Servicevinduet er forlænget "
            "til kl. 23.00\nServicevindue lørdag den 16. maj 2026 kl. 12.00-21.00")
    found = find_windows(_message(body, "2026-05-11T09:00", updated="2026-05-16T23:12"))
    assert _spans(found) == [("2026-05-16T12:00+02:00", "2026-05-16T23:00+02:00")]
    assert _iso(found.done_at) == "2026-05-16T23:10+02:00"


def test_cancelled_window_is_kept():
    body = "Update 15.08.2025 at 09:50 - The servicewindow is cancelled.\nSaturday August 16, 2025, 2100-2245"
    assert _windows(body, "2025-08-14T10:49", updated="2025-08-15T09:56") == [
        ("2025-08-16T21:00+02:00", "2025-08-16T22:45+02:00")]


def test_weekday_conflict_is_reported():
    found = find_windows(_message("TEST/TFE-servicewindow Thursday August 5, 2025, 1700-2330", "2025-08-05T10:33"))
    assert any("Tuesday" in w for w in found.warnings)


CASES = Path(__file__).parent / "data" / "windows"


def _moment(text: str | None, all_day: bool):
    if text is None:
        return None
    if all_day:
        return dt.date.fromisoformat(text)
    value = dt.datetime.fromisoformat(text)
    return (value if value.tzinfo else value.replace(tzinfo=COPENHAGEN)).timestamp()


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.txt")))
def test_case_file(case):
    """``tests/data/windows/<case>.txt`` is a message body; ``<case>.json`` what it means."""
    expected = json.loads((CASES / f"{case}.json").read_text(encoding="utf-8"))
    found = find_windows(_message((CASES / f"{case}.txt").read_text(encoding="utf-8"), expected["published"],
                                  expected["title"], expected["updated"]))
    all_day = expected["all_day"]
    got = [(_moment(_iso(w.start), all_day), _moment(_iso(w.end), all_day)) for w in found.windows]
    assert got == [(_moment(s, all_day), _moment(e, all_day)) for s, e in expected["windows"]]
    assert _moment(_iso(found.done_at), False) == _moment(expected["done_at"], False)


# Phrasings read across lines or sentences: a `Date:` line and a `Time:` line, a long-subject duration, dates one
# per line above a range with no line introducing them, a reopening sentences after the closing.
# (case id, title, body, published, incident, expected windows)
APART = [
    ("date_line_time_line_duration", "EU service window CCN2",
     "DG TAXUD has announced an intervention on the CCN2 platform.\n\nDate: 12/03/2026\nTime: 18:00 CET\n"
     "Duration: approximately 4 hours", "2026-03-05T10:00", False,
     [("2026-03-12T18:00+01:00", "2026-03-12T22:00+01:00")]),
    ("date_line_lone_time_line", "EU service window CCN2",
     "DG TAXUD has announced an intervention on the CCN2 platform.\nDate: 12/03/2026\nTime: 18:00",
     "2026-03-05T10:00", False, [("2026-03-12T18:00+01:00", None)]),
    ("date_line_time_range_line", "", "Service window\nDate: 12/03/2026\nTime: 18:00-20:00", "2026-03-05T10:00",
     False, [("2026-03-12T18:00+01:00", "2026-03-12T20:00+01:00")]),
    ("dato_linje_tidspunkt_kl", "", "Servicevindue på EU's systemer\nDato: 12.03.2026\nTidspunkt: kl. 18-20",
     "2026-03-05T10:00", False, [("2026-03-12T18:00+01:00", "2026-03-12T20:00+01:00")]),
    ("dato_linje_varighed", "Servicevindue CCN2", "Dato: 26.03.2026\nTidspunkt: kl. 18\nVarighed: ca. 4 timer",
     "2026-03-20T10:00", False, [("2026-03-26T18:00+01:00", "2026-03-26T22:00+01:00")]),
    ("date_time_lines_dst_night", "Service window", "Date: 28/03/2026\nTime: 23:00\nDuration: 4 hours",
     "2026-03-20T10:00", False, [("2026-03-28T23:00+01:00", "2026-03-29T04:00+02:00")]),
    ("date_time_lines_incident_span", "Unavailability of CCN2", "CCN2 is unavailable.\nDate: 12/03/2026\n"
     "Time: 14:00\nDuration: 2 hours", "2026-03-12T14:10", True,
     [("2026-03-12T14:00+01:00", "2026-03-12T16:00+01:00")]),
    ("long_subject_duration", "", "The service window starts at 18:00 on Saturday 14 March. The planned "
     "maintenance of the system will take approximately 3 hours.", "2026-03-05T10:00", False,
     [("2026-03-14T18:00+01:00", "2026-03-14T21:00+01:00")]),
    ("langt_subjekt_varighed", "", "Servicevinduet starter lørdag den 14. marts kl. 18.00. Vedligeholdelsen af "
     "systemet forventes at vare ca. 3 timer.", "2026-03-05T10:00", False,
     [("2026-03-14T18:00+01:00", "2026-03-14T21:00+01:00")]),
    ("langt_subjekt_med_i", "", "Systemet opdateres lørdag den 14. marts fra kl. 10.00. Arbejdet på serverne i "
     "driftscentret vil tage 2 timer.", "2026-03-05T10:00", False,
     [("2026-03-14T10:00+01:00", "2026-03-14T12:00+01:00")]),
    ("dates_one_per_line_no_intro", "PRD-servicewindow DMS", "PRD-servicewindow DMS\nTuesday 3 March 2026\n"
     "Thursday 5 March 2026\n1800-2200", "2026-02-25T10:00", False,
     [("2026-03-03T18:00+01:00", "2026-03-03T22:00+01:00"), ("2026-03-05T18:00+01:00", "2026-03-05T22:00+01:00")]),
    ("datoer_en_pr_linje_begge_dage", "", "Tirsdag den 3. marts 2026\nTorsdag den 5. marts 2026\n"
     "kl. 18-22 begge dage", "2026-02-25T10:00", False,
     [("2026-03-03T18:00+01:00", "2026-03-03T22:00+01:00"), ("2026-03-05T18:00+01:00", "2026-03-05T22:00+01:00")]),
    ("reopens_two_sentences_later", "", "DMS Import closes at 18:00 on Friday 6 March. Declarations can be "
     "prepared in the meantime. The system opens again at 06:00 on Monday.", "2026-03-02T10:00", False,
     [("2026-03-06T18:00+01:00", "2026-03-09T06:00+01:00")]),
    ("lukker_aabner_igen_senere", "", "DMS Import lukker fredag den 6. marts kl. 18.00. Angivelser kan forberedes "
     "i mellemtiden. Systemet åbner igen mandag kl. 06.00.", "2026-03-02T10:00", False,
     [("2026-03-06T18:00+01:00", "2026-03-09T06:00+01:00")]),
    ("aabne_systemet_igen", "", "e-Eksport lukker fredag den 6. marts 2026 kl. 18.00. Angivelser afvises. "
     "Vi forventer at åbne systemet igen søndag den 8. marts kl. 12.00.", "2026-03-02T10:00", False,
     [("2026-03-06T18:00+01:00", "2026-03-08T12:00+01:00")]),
    # Not windows, or not more of them:
    ("date_time_lines_webinar", "New guide to DMS", "Join our webinar about the service window.\n"
     "Date: 12/03/2026\nTime: 10:00", "2026-03-05T10:00", False, []),
    ("date_time_lines_without_outage", "New CCN2 release", "DG TAXUD informs about the new release.\n"
     "Date: 12/03/2026\nTime: 18:00", "2026-03-05T10:00", False, []),
    ("date_time_lines_incident_start_only", "Unavailability of CCN2", "CCN2 is unavailable.\nDate: 12/03/2026\n"
     "Time: 14:00", "2026-03-12T14:10", True, []),
    ("long_subject_not_the_work", "", "DMS Import closes at 12:00 on Friday 6 March. The processing of all "
     "declarations will take approximately 3 hours.", "2026-03-02T10:00", False, []),
    ("long_subject_duration_not_closing", "", "The maintenance starts at 18:00 on Saturday 14 March. The planned "
     "maintenance of the system will take 3 hours to install on all servers.", "2026-03-05T10:00", False,
     [("2026-03-14T18:00+01:00", None)]),
    ("one_day_written_twice_above_range", "PRD-servicewindow", "Tuesday 3 March 2026\nTuesday 3 March 2026\n"
     "1800-2200", "2026-02-25T10:00", False, [("2026-03-03T18:00+01:00", "2026-03-03T22:00+01:00")]),
    ("reopening_too_far_on", "", "DMS Import lukker fredag den 6. marts kl. 18.00. Angivelser kan forberedes. "
     "Filer afvises. Nødproceduren kan bruges. Kontakt os ved spørgsmål. Systemet åbner igen mandag kl. 06.00.",
     "2026-03-02T10:00", False, []),
    ("reopening_in_incident", "", "DMS Import closes at 18:00 on Friday 6 March. Declarations can be prepared in "
     "the meantime. The system opens again at 06:00 on Monday.", "2026-03-06T18:05", True, []),
]


@pytest.mark.parametrize("case, title, body, published, incident, expected", APART, ids=[a[0] for a in APART])
def test_read_apart(case, title, body, published, incident, expected):
    assert _spans(find_windows(_message(body, published, title), incident=incident)) == expected


# Windows assembled across sentences (exact start, end and offset; the ``not`` cases must not fire): a degraded tail
# right after a window ("Herefter vil systemet være ustabil indtil kl. 24") extends it; a cut-over whose gap nothing
# can be sent in ("e-Eksport lukker … og DMS Eksport åbner … I perioden kan der ikke …") is one window; "the night to
# <day>" puts an evening start on the day before even when the range is read apart from the day; a planned
# reopening ("We expect the system is open again Monday morning kl. 7") is the end; a DST sentence is no window.
ACROSS = [
    # 1. a degraded tail right after a window extends it
    ("tail_da_herefter_ustabil_kl_24", "",
     "ICS vil være lukket lørdag den 15. juni 2019 kl. 18.00-22.00 på grund af opgradering.\n\n"
     "Herefter vil systemet være ustabil indtil kl. 24.", "2019-06-10T13:20",
     [("2019-06-15T18:00+02:00", "2019-06-16T00:00+02:00")]),
    ("tail_en_thereafter_unstable_midnight", "",
     "ICS will be closed on Saturday 9 March 2019 from 18:00 to 22:00 due to a server upgrade.\n\n"
     "Thereafter the system may be unstable until midnight.", "2019-03-04T12:00",
     [("2019-03-09T18:00+01:00", "2019-03-10T00:00+01:00")]),
    ("tail_da_derefter_laengere_svartider", "",
     "DMS Import er lukket tirsdag den 3. marts 2026 kl. 18.00-20.00. Derefter kan der være længere svartider "
     "indtil kl. 21.30.", "2026-02-27T10:00", [("2026-03-03T18:00+01:00", "2026-03-03T21:30+01:00")]),
    ("tail_en_afterwards_slow_past_midnight", "",
     "EMCS is closed Saturday 14 March 2026 from 20:00 to 23:00, and afterwards the system may be slow until 02:00.",
     "2026-03-10T10:00", [("2026-03-14T20:00+01:00", "2026-03-15T02:00+01:00")]),
    ("tail_not_without_then", "",
     "ICS is closed Saturday 9 March 2019 from 18:00 to 22:00.\n\nThe system may be unstable until midnight.",
     "2019-03-04T12:00", [("2019-03-09T18:00+01:00", "2019-03-09T22:00+01:00")]),
    ("tail_not_without_degraded_word", "",
     "ICS is closed Saturday 9 March 2019 from 18:00 to 22:00.\n\nThereafter the helpdesk answers until midnight.",
     "2019-03-04T12:00", [("2019-03-09T18:00+01:00", "2019-03-09T22:00+01:00")]),
    ("tail_not_after_an_unrelated_sentence", "",
     "ICS is closed Saturday 9 March 2019 from 18:00 to 22:00.\n\nMessages that are not received must be resent.\n\n"
     "Thereafter the system may be unstable until midnight.",
     "2019-03-04T12:00", [("2019-03-09T18:00+01:00", "2019-03-09T22:00+01:00")]),
    ("tail_not_a_later_day", "",
     "ICS er lukket lørdag den 15. juni 2019 kl. 18.00-22.00. Herefter kan systemet være ustabilt indtil "
     "fredag den 21. juni 2019 kl. 12.00.", "2019-06-10T13:20",
     [("2019-06-15T18:00+02:00", "2019-06-15T22:00+02:00")]),
    # 2. a cut-over gap: the old system closes, its successor opens, nothing can be sent meanwhile
    ("cutover_da_lukker_aabner_i_perioden", "Overgang fra e-Eksport til DMS Eksport",
     "e-Eksport lukker fredag den 25. november 2022 kl. 16.00, og DMS Eksport åbner mandag den 28. november 2022 "
     "kl. 06.00.\n\nI perioden kan der ikke indsendes eksportangivelser.", "2022-11-14T10:00",
     [("2022-11-25T16:00+01:00", "2022-11-28T06:00+01:00")]),
    ("cutover_en_closes_opens_meantime", "Switch from e-Export to DMS Export",
     "e-Export closes on Friday 25 November 2022 at 16:00. DMS Export opens on Monday 28 November 2022 at 06:00. "
     "In the meantime no export declarations can be submitted.", "2022-11-14T10:00",
     [("2022-11-25T16:00+01:00", "2022-11-28T06:00+01:00")]),
    ("cutover_not_without_a_gap_sentence", "Overgang fra e-Eksport til DMS Eksport",
     "e-Eksport lukker fredag den 25. november 2022 kl. 16.00, og DMS Eksport åbner mandag den 28. november 2022 "
     "kl. 06.00.", "2022-11-14T10:00", []),
    ("cutover_not_for_good_months_apart", "e-Export closes",
     "e-Export closes for good on Friday 31 March 2023 at 16:00. DMS Export opened on Monday 28 November 2022 at "
     "06:00. In the period no declarations can be sent in e-Export.", "2022-12-14T10:00", []),
    ("cutover_not_weeks_apart", "Overgang",
     "e-Eksport lukker fredag den 25. november 2022 kl. 16.00, og DMS Eksport åbner mandag den 12. december 2022 "
     "kl. 06.00. I perioden kan der ikke indsendes eksportangivelser.", "2022-11-14T10:00", []),
    # 3. "the night to <day>": an evening start is on the day before, also when the range is read apart from the day
    ("night_to_en_range_apart_from_day", "",
     "TastSelv Business is closed the night to Monday the 7. of November 2016; the system is closed from 23:00 "
     "to 05:00.", "2016-11-01T15:00", [("2016-11-06T23:00+01:00", "2016-11-07T05:00+01:00")]),
    ("night_to_da_range_apart_from_day", "",
     "TastSelv Erhverv er lukket natten til mandag den 7. november 2016, hvor systemet opdateres fra kl. 23.00 "
     "til kl. 05.00.", "2016-11-01T15:00", [("2016-11-06T23:00+01:00", "2016-11-07T05:00+01:00")]),
    ("night_to_not_small_hours_apart", "",
     "TastSelv Erhverv er lukket natten til mandag den 7. november 2016, hvor systemet opdateres fra kl. 01.00 "
     "til kl. 05.00.", "2016-11-01T15:00", [("2016-11-07T01:00+01:00", "2016-11-07T05:00+01:00")]),
    ("not_night_to_evening_range_apart", "",
     "TastSelv Erhverv er lukket mandag den 7. november 2016, hvor systemet opdateres fra kl. 23.00 til kl. 05.00.",
     "2016-11-01T15:00", [("2016-11-07T23:00+01:00", "2016-11-08T05:00+01:00")]),
    # 4. the planned reopening as the end
    ("reopen_en_expect_open_again_monday_morning", "",
     "ECS will be closed in the weekend from Friday 12 June 2015 at 17:00 because of a new version.\n\n"
     "We expect the system is open again Monday morning kl. 7.", "2015-06-05T11:15",
     [("2015-06-12T17:00+02:00", "2015-06-15T07:00+02:00")]),
    ("reopen_da_forventer_aabent_igen", "",
     "ECS lukker fredag den 12. juni 2015 kl. 17.00 på grund af en ny version.\n\n"
     "Vi forventer at systemet er åbent igen mandag morgen kl. 7.", "2015-06-05T11:15",
     [("2015-06-12T17:00+02:00", "2015-06-15T07:00+02:00")]),
    ("reopen_da_forventes_at_aabne_igen", "",
     "ECS lukker fredag den 12. juni 2015 kl. 17.00. Systemet forventes at åbne igen mandag morgen kl. 7.",
     "2015-06-05T11:15", [("2015-06-12T17:00+02:00", "2015-06-15T07:00+02:00")]),
    ("reopen_en_monday_at_time", "",
     "ECS closes Friday 12 June 2015 at 17:00. We expect the system to be open again Monday at 07:00.",
     "2015-06-05T11:15", [("2015-06-12T17:00+02:00", "2015-06-15T07:00+02:00")]),
    # 5. an explanatory DST sentence is no window
    ("dst_en_clock_put_back", "",
     "e-Import is closed the night to Sunday the 27. of October 2013 from kl. 00.00 to kl. 04.00.\n\n"
     "This night the clock is put back one hour from 03.00 to 02.00.", "2013-10-21T12:00",
     [("2013-10-27T00:00+02:00", "2013-10-27T04:00+01:00")]),
    ("dst_da_uret_stilles_tilbage", "",
     "e-Import er lukket natten til søndag den 27. oktober 2013 fra kl. 00.00 til kl. 04.00.\n\n"
     "Denne nat stilles uret en time tilbage fra kl. 03.00 til 02.00.", "2013-10-21T12:00",
     [("2013-10-27T00:00+02:00", "2013-10-27T04:00+01:00")]),
    ("dst_en_clocks_go_forward", "",
     "e-Import is closed Sunday 30 March 2014 from 01:00 to 05:00.\n\nThe clocks go forward from 02:00 to 03:00.",
     "2014-03-24T12:00", [("2014-03-30T01:00+01:00", "2014-03-30T05:00+02:00")]),
    ("dst_not_when_the_sentence_closes", "",
     "The clocks go forward on Sunday 30 March 2014; e-Import is closed from 01:00 to 05:00.",
     "2014-03-24T12:00", [("2014-03-30T01:00+01:00", "2014-03-30T05:00+02:00")]),
    ("reopen_en_back_at_oclock_is_no_clock_change", "",
     "ECS closes Friday 12 June 2015 at 17:00. The system will be back at 7 o'clock on Monday.", "2015-06-05T11:15",
     [("2015-06-12T17:00+02:00", "2015-06-15T07:00+02:00")]),
    ("cutover_not_da_lukker_endeligt", "Overgang",
     "e-Eksport lukker endeligt fredag den 25. november 2022 kl. 16.00, og DMS Eksport åbner mandag den 28. "
     "november 2022 kl. 06.00. I perioden kan der ikke indsendes eksportangivelser i e-Eksport.",
     "2022-11-14T10:00", []),
]


@pytest.mark.parametrize("case, title, body, published, expected", ACROSS, ids=[a[0] for a in ACROSS])
def test_across_sentences(case, title, body, published, expected):
    assert _windows(body, published, title) == expected
