"""Phrasings the time-expression engine once missed: durations and extensions, ``18h00``,
times marked with a zone, and references written with a dash.

Each case gives a message and the exact windows it means, as ISO 8601 with the UTC offset,
English and Danish where the page writes both.
"""
from __future__ import annotations

import datetime as dt

import pytest

from icsfeed.extract.classify import references
from icsfeed.extract.windows import find_windows
from icsfeed.model import COPENHAGEN, Message


def _windows(body: str, published: str, updated: str | None = None, title: str = "") -> list[tuple]:
    when = dt.datetime.fromisoformat(published).replace(tzinfo=COPENHAGEN)
    last = dt.datetime.fromisoformat(updated).replace(tzinfo=COPENHAGEN) if updated else when
    found = find_windows(Message(title=title, body=body, published=when, updated=last))
    return [tuple(None if x is None else x.isoformat(timespec="minutes") if isinstance(x, dt.datetime)
                  else x.isoformat() for x in (w.start, w.end)) for w in found.windows]


_EN = "PRD-servicewindow Saturday May 16, 2026, 1200-2100"
_DA = "Servicevindue lørdag den 16. maj 2026 kl. 12.00-21.00"
_NOON_TO_NINE = ("2026-05-16T12:00+02:00", "2026-05-16T21:00+02:00")

# (case id, body, published, updated, expected windows)
UPDATES = [
    ("extended_by_hour", f"Update 20:30: The service window is extended by 1 hour.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T22:00+02:00")]),
    ("forlaenges_med_time", f"Opdatering kl. 20.30: Servicevinduet forlænges med 1 time.\n\n{_DA}",
     [("2026-05-16T12:00+02:00", "2026-05-16T22:00+02:00")]),
    ("forlaenget_med_en_halv_time", f"Opdatering kl. 20.30: Servicevinduet er forlænget med en halv time.\n\n{_DA}",
     [("2026-05-16T12:00+02:00", "2026-05-16T21:30+02:00")]),
    ("extended_by_30_minutes", f"Update 20:30: The servicewindow is extended by 30 minutes.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T21:30+02:00")]),
    ("forlaenget_30_minutter", f"Opdatering kl. 20.30: Servicevinduet er forlænget 30 minutter.\n\n{_DA}",
     [("2026-05-16T12:00+02:00", "2026-05-16T21:30+02:00")]),
    ("extended_by_another_hour", f"Update 20:30: The service window is extended by another hour.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T22:00+02:00")]),
    ("extended_by_2h", f"Update 20:30: The service window is extended by 2h.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T23:00+02:00")]),
    ("extended_past_midnight", "Update 23:30: The service window is extended by 1.5 hours.\n\n"
     "PRD-servicewindow Saturday May 16, 2026, 2000-2359", [("2026-05-16T20:00+02:00", "2026-05-17T01:29+02:00")]),
    ("two_extensions_add_up", f"Update 21:50: The servicewindow is extended by another 30 minutes.\n\n"
     f"Update 20:30: The service window is extended by 1 hour.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T22:30+02:00")]),
    ("explicit_end_wins_over_duration", f"Update 20:30: The service window is extended by 1 hour until 22:30.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T22:30+02:00")]),
    ("shortened_by", f"Update 18:30: The service window is shortened by 2 hours.\n\n{_EN}",
     [("2026-05-16T12:00+02:00", "2026-05-16T19:00+02:00")]),
    ("forkortet_med", f"Opdatering kl. 18.30: Servicevinduet er forkortet med 2 timer.\n\n{_DA}",
     [("2026-05-16T12:00+02:00", "2026-05-16T19:00+02:00")]),
    ("moved_hours_later", f"Update 10:30: The service window is moved 2 hours later.\n\n{_EN}",
     [("2026-05-16T14:00+02:00", "2026-05-16T23:00+02:00")]),
    ("flyttet_time_tidligere", f"Opdatering kl. 10.30: Servicevinduet er flyttet 1 time tidligere.\n\n{_DA}",
     [("2026-05-16T11:00+02:00", "2026-05-16T20:00+02:00")]),
    ("postponed_by_hours", f"Update 10:30: The service window is postponed by 2 hours.\n\n{_EN}",
     [("2026-05-16T14:00+02:00", "2026-05-16T23:00+02:00")]),
    ("udskudt_timer", f"Opdatering kl. 10.30: Servicevinduet er udskudt 2 timer.\n\n{_DA}",
     [("2026-05-16T14:00+02:00", "2026-05-16T23:00+02:00")]),
    ("moved_day_later_still_by_date", f"Update 10:30: Date moved 1 day later.\n\n{_EN}",
     [("2026-05-17T12:00+02:00", "2026-05-17T21:00+02:00")]),
    ("vague_delay_keeps_end", f"Update 20:30: Delayed. Approx 1 hour.\n\n{_EN}", [_NOON_TO_NINE]),
    ("possible_extension_keeps_end", f"Update 20:30: The servicewindow may be extended by 1 hour.\n\n{_EN}",
     [_NOON_TO_NINE]),
    ("response_times_not_the_window", f"Update 20:30: Extended response times for 2 hours.\n\n{_EN}",
     [_NOON_TO_NINE]),
    ("end_in_2h_is_not_0200", f"Update 20:30: Expected to end in approx. 2h.\n\n{_EN}", [_NOON_TO_NINE]),
]

PHRASES = [
    # a start and a duration
    ("from_for_approx_hours", "PRD-servicewindow Saturday May 16, 2026 from 08:00 for approx. 4 hours",
     [("2026-05-16T08:00+02:00", "2026-05-16T12:00+02:00")]),
    ("fra_i_ca_timer", "Servicevindue lørdag den 16. maj 2026 fra kl. 08.00 i ca. 4 timer",
     [("2026-05-16T08:00+02:00", "2026-05-16T12:00+02:00")]),
    ("starts_expected_to_last", "The servicewindow Saturday May 16, 2026 starts at 08:00 and is expected to last "
     "2 hours.", [("2026-05-16T08:00+02:00", "2026-05-16T10:00+02:00")]),
    ("starter_forventes_at_vare", "Servicevinduet lørdag den 16. maj 2026 starter kl. 08.00 og forventes at vare "
     "2 timer.", [("2026-05-16T08:00+02:00", "2026-05-16T10:00+02:00")]),
    ("at_for_minutes", "Servicewindow Saturday May 16, 2026 at 08:00 for 30 minutes.",
     [("2026-05-16T08:00+02:00", "2026-05-16T08:30+02:00")]),
    ("kl_i_minutter", "Servicevindue lørdag den 16. maj 2026 kl. 08.00 i 30 minutter.",
     [("2026-05-16T08:00+02:00", "2026-05-16T08:30+02:00")]),
    ("hour_and_minutes", "Servicevindue lørdag den 16. maj 2026 fra kl. 08.00 i 1 time og 30 minutter.",
     [("2026-05-16T08:00+02:00", "2026-05-16T09:30+02:00")]),
    ("decimal_comma_hours", "Servicevindue lørdag den 16. maj 2026 fra kl. 08.00 i ca. 1,5 timer.",
     [("2026-05-16T08:00+02:00", "2026-05-16T09:30+02:00")]),
    ("duration_past_midnight", "Servicewindow Saturday May 16, 2026 from 22:00 for approx. 4 hours.",
     [("2026-05-16T22:00+02:00", "2026-05-17T02:00+02:00")]),
    ("duration_in_real_time_over_dst", "Servicewindow Sunday October 25, 2026 from 01:00 for 3 hours.",
     [("2026-10-25T01:00+02:00", "2026-10-25T03:00+01:00")]),
    ("bare_hour_and_minutes_is_no_window", "Saturday May 16, 2026 the delay is from 5 to 10 minutes.", []),
    # French-style hours and "hrs"
    ("18h00", "Servicewindow Saturday May 16, 2026, 18h00-20h00",
     [("2026-05-16T18:00+02:00", "2026-05-16T20:00+02:00")]),
    ("18h", "Servicewindow Saturday May 16, 2026, 18h-20h", [("2026-05-16T18:00+02:00", "2026-05-16T20:00+02:00")]),
    ("18.00h", "Servicewindow Saturday May 16, 2026, from 18.00h to 20.00h",
     [("2026-05-16T18:00+02:00", "2026-05-16T20:00+02:00")]),
    ("hrs_suffix", "Servicewindow Saturday May 16, 2026 from 18:00 hrs to 23:00 hrs",
     [("2026-05-16T18:00+02:00", "2026-05-16T23:00+02:00")]),
    # zones
    ("utc_summer", "Servicewindow Saturday May 16, 2026, 1800-2000 UTC",
     [("2026-05-16T20:00+02:00", "2026-05-16T22:00+02:00")]),
    ("gmt_winter", "Servicewindow Saturday January 16, 2027, 18:00-20:00 GMT",
     [("2027-01-16T19:00+01:00", "2027-01-16T21:00+01:00")]),
    ("utc_on_each_end", "Servicewindow Saturday May 16, 2026 from 06:00 UTC to 10:00 UTC",
     [("2026-05-16T08:00+02:00", "2026-05-16T12:00+02:00")]),
    ("utc_on_start_only", "Servicewindow Saturday May 16, 2026 from 06:00 (UTC) to 10:00",
     [("2026-05-16T08:00+02:00", "2026-05-16T12:00+02:00")]),
    ("utc_past_midnight_here", "Servicewindow Saturday May 16, 2026, 2100-2300 UTC",
     [("2026-05-16T23:00+02:00", "2026-05-17T01:00+02:00")]),
    ("cet_in_winter_is_local", "Servicewindow Wednesday January 14, 2026 from 18:00 to 22:00 CET.",
     [("2026-01-14T18:00+01:00", "2026-01-14T22:00+01:00")]),
    ("cet_in_summer_is_local", "Servicewindow Saturday May 16, 2026, 18:00-20:00 CET",
     [("2026-05-16T18:00+02:00", "2026-05-16T20:00+02:00")]),
    ("cest", "Servicewindow Saturday May 16, 2026, 18:00 CEST - 20:00 CEST",
     [("2026-05-16T18:00+02:00", "2026-05-16T20:00+02:00")]),
    ("utc_plus_offset", "Servicewindow Saturday May 16, 2026, 18:00-20:00 UTC+1",
     [("2026-05-16T19:00+02:00", "2026-05-16T21:00+02:00")]),
    ("cet_cest_is_local", "Servicewindow Saturday May 16, 2026, 18:00-20:00 (CET/CEST)",
     [("2026-05-16T18:00+02:00", "2026-05-16T20:00+02:00")]),
    ("dansk_tid_is_local", "Servicevindue lørdag den 16. maj 2026 kl. 20.00 dansk tid til kl. 22.00",
     [("2026-05-16T20:00+02:00", "2026-05-16T22:00+02:00")]),
    ("danish_time_is_local", "Servicewindow Saturday May 16, 2026 from 20:00 Danish time until 22:00 Danish time",
     [("2026-05-16T20:00+02:00", "2026-05-16T22:00+02:00")]),
    ("cet_marks_the_second_0230", "PRD-servicewindow Sunday October 25, 2026, 0230 CEST - 0230 CET",
     [("2026-10-25T02:30+02:00", "2026-10-25T02:30+01:00")]),
    # other ways the page writes a range
    ("following_night", "Servicewindow Saturday May 16, 2026 from 18:00 to 02:00 the following night",
     [("2026-05-16T18:00+02:00", "2026-05-17T02:00+02:00")]),
    ("time_before_weekday", "Servicewindow weekend May 15-16, 2026 between 22:00 Friday and 06:00 Saturday",
     [("2026-05-15T22:00+02:00", "2026-05-16T06:00+02:00")]),
    ("kl_til_kl_bare_hours", "Servicevindue lørdag den 16. maj 2026 kl. 17 til kl. 22",
     [("2026-05-16T17:00+02:00", "2026-05-16T22:00+02:00")]),
    ("bare_hour_range_after_date", "Servicevindue lørdag den 16. maj 2026 17-22",
     [("2026-05-16T17:00+02:00", "2026-05-16T22:00+02:00")]),
    ("time_before_weekday_in_dated_weekend", "Servicewindow weekend 16-17 May 2026 from 8 am Saturday to 8 pm Sunday",
     [("2026-05-16T08:00+02:00", "2026-05-17T20:00+02:00")]),
    ("kl_foer_ugedag_i_weekend", "Servicevindue weekenden 16.-17. maj 2026 fra kl. 8 lørdag til kl. 20 søndag",
     [("2026-05-16T08:00+02:00", "2026-05-17T20:00+02:00")]),
    ("start_end_lines", "EU has announced scheduled unavailability of ICS2.\n\nStart: 2026-06-03 18:00 CEST\n"
     "End: 2026-06-04 02:00 CEST", [("2026-06-03T18:00+02:00", "2026-06-04T02:00+02:00")]),
    ("start_end_time_lines_utc", "Start time: 03/06/2026 16:00 UTC\nEnd time: 04/06/2026 00:00 UTC",
     [("2026-06-03T18:00+02:00", "2026-06-04T02:00+02:00")]),
    ("starttidspunkt_sluttidspunkt", "Servicevindue ICS2.\n\nStarttidspunkt: 03.06.2026 kl. 18.00\n"
     "Sluttidspunkt: 04.06.2026 kl. 02.00", [("2026-06-03T18:00+02:00", "2026-06-04T02:00+02:00")]),
    ("i_aften", "Servicevindue i aften kl. 18-22", [("2026-05-11T18:00+02:00", "2026-05-11T22:00+02:00")]),
    ("tonight", "Servicewindow tonight 18:00-22:00", [("2026-05-11T18:00+02:00", "2026-05-11T22:00+02:00")]),
    ("week_number_is_no_window", "Servicewindow in week 21.", []),
    ("uge_is_no_window", "Servicevindue i uge 21.", []),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in UPDATES])
def test_updates_move_the_window(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-05-11T09:00", "2026-05-16T23:30") == expected


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in PHRASES])
def test_phrases(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-05-11T09:00" if "2027" not in body else "2026-12-11T09:00") == expected


@pytest.mark.parametrize("body, expected", [
    ("WO-0000001432758", ("WO0000001432758",)),
    ("Ref. INC-123456 and WO–0000001432758", ("INC123456", "WO0000001432758")),
    ("WO 0000001432758, WO0000001432758 and WO#0000001432758", ("WO0000001432758",)),
    ("INC:123456", ("INC123456",)),
    ("WO-12345 is too short", ()),
])
def test_references_are_normalised(body: str, expected: tuple[str, ...]) -> None:
    assert references(body) == expected
