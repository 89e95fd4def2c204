"""Phrasings the time-expression engine once missed: durations and extensions, ``18h00``,
times marked with a zone, references written with a dash, one dated window of several
cancelled, "until further notice", lists of days across months, midnight starting "the night
to <day>", an instruction to use the fallback procedure, and EU notices: a dated start with
its duration on the next line, "Start: … End: …" on one line, full dates listed before one
range, read-only periods and cancelled interventions; month-first lists of plain days, dates
listed above a range, a duration before its start, in the next sentence or as a range, ISO
date-times with a zone, weekdays of week numbers and the coming weekend; a time between two
days, a closing and its reopening in one sentence, "tonight"/"i aften" to "tomorrow"/"i
morgen", spans of days ("from May 2 to 4", "fra 2. til 4. maj"), lists mixing ordinals and
plain days, and "next weekend"; spans of days into the next month with the month written once
("from 30 to 2 June", "30.-2. juni", "from May 30 to 2"), hours before "on <date>" ("from 8 to
10 on May 16"), and days named from publication ("today"/"i dag", "this evening", "i
eftermiddag", "yesterday"/"i går", "last night" and "i nat" in the past tense); the weekend of a week number ("i
weekenden uge 11"), spaced hour marks ("18 h – 23 h") and a span of days with a range repeated "hver dag"/"every day" (also
"dagligt"/"daily" before the times), a reserve day "i samme tidsrum"/"at the same times", and one line per system; Danish holidays named as dates
("juleaften", "2. pinsedag", "Easter Monday", "Kristi himmelfartsdag"), with and without their date.

Each case gives a message and the exact windows it means, as ISO 8601 with the UTC offset,
English and Danish where the page writes both.
"""
from __future__ import annotations

import datetime as dt

import pytest

from icsfeed.extract import extract
from icsfeed.extract.classify import fallback_statement, references
from icsfeed.extract.windows import find_windows
from icsfeed.model import COPENHAGEN, Extraction, Fallback, Message
from icsfeed.systems import systems_of


def _windows(body: str, published: str, updated: str | None = None, title: str = "") -> list[tuple]:
    when = dt.datetime.fromisoformat(published).replace(tzinfo=COPENHAGEN)
    last = dt.datetime.fromisoformat(updated).replace(tzinfo=COPENHAGEN) if updated else when
    found = find_windows(Message(title=title, body=body, published=when, updated=last))
    return [tuple(None if x is None else x.isoformat(timespec="minutes") if isinstance(x, dt.datetime)
                  else x.isoformat() for x in (w.start, w.end)) for w in found.windows]


def _extract(body: str, published: str, updated: str | None = None, title: str = "",
             categories: tuple[str, ...] = ()) -> Extraction:
    when = dt.datetime.fromisoformat(published).replace(tzinfo=COPENHAGEN)
    last = dt.datetime.fromisoformat(updated).replace(tzinfo=COPENHAGEN) if updated else when
    return extract(Message(title=title, body=body, published=when, updated=last, categories=categories,
                           systems=systems_of(categories)))


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
    # a closing time, then the time the system is back
    ("lukker_tilgaengeligt_igen", "Eksportsystemet lukker lørdag den 16. maj 2026 kl. 20.00. Systemet forventes at "
     "være tilgængeligt igen søndag den 17. maj kl. 06.00.", [("2026-05-16T20:00+02:00", "2026-05-17T06:00+02:00")]),
    ("closes_available_again", "DMS Export closes Saturday May 16, 2026 at 20:00. The system is expected to be "
     "available again Sunday May 17 at 06:00.", [("2026-05-16T20:00+02:00", "2026-05-17T06:00+02:00")]),
    ("closed_from_back_online_bare_weekday", "Manifest will be closed from Saturday May 16, 2026 at 20:00 and is "
     "expected to be back online Sunday at 06:00.", [("2026-05-16T20:00+02:00", "2026-05-17T06:00+02:00")]),
    ("lukker_aabner_igen_undated_end", "ICS lukker fredag den 15. maj 2026 kl. 22.00 og åbner igen kl. 02.00.",
     [("2026-05-15T22:00+02:00", "2026-05-16T02:00+02:00")]),
    ("shuts_down_next_line_back", "EMCS shuts down Friday May 15, 2026 at 22:00.\nEMCS is available again at 02:00.",
     [("2026-05-15T22:00+02:00", "2026-05-16T02:00+02:00")]),
    ("a_deadline_closing_is_no_window", "Tilmeldingen lukker fredag den 15. maj 2026 kl. 12.00.", []),
    # a range first, then the days it applies to, one per line
    ("following_mondays_bullets", "EMCS will be unavailable on the following Mondays, 20:00-23:00:\n\n"
     "  • June 1, 2026\n  • June 8, 2026\n  • June 15, 2026\n\nWithin these periods the fall back procedure is "
     "permitted.", [("2026-06-01T20:00+02:00", "2026-06-01T23:00+02:00"),
                    ("2026-06-08T20:00+02:00", "2026-06-08T23:00+02:00"),
                    ("2026-06-15T20:00+02:00", "2026-06-15T23:00+02:00")]),
    ("foelgende_mandage_dash_bullets", "Manifest er utilgængelig følgende mandage kl. 20.00-23.00:\n"
     "- 1. juni 2026\n- 8. juni 2026", [("2026-06-01T20:00+02:00", "2026-06-01T23:00+02:00"),
                                         ("2026-06-08T20:00+02:00", "2026-06-08T23:00+02:00")]),
    ("these_dates_no_bullets_overnight", "ICS2 is unavailable on these dates from 22:00 to 02:00\nFriday May 15\n"
     "Saturday May 16\n\nWO0000000950001", [("2026-05-15T22:00+02:00", "2026-05-16T02:00+02:00"),
                                                ("2026-05-16T22:00+02:00", "2026-05-17T02:00+02:00")]),
    ("colon_then_weekday_dates", "Servicevindue kl. 18.00-22.00:\n\n* tirsdag den 19. maj\n* torsdag den 21. maj",
     [("2026-05-19T18:00+02:00", "2026-05-19T22:00+02:00"), ("2026-05-21T18:00+02:00", "2026-05-21T22:00+02:00")]),
    # a weekday of every week of one month: one window per such day (published 2026-05-11)
    ("every_saturday_in_month_year", "EORI will be closed every Saturday in May 2026 from 06:00 to 10:00.",
     [(f"2026-05-{d:02}T06:00+02:00", f"2026-05-{d:02}T10:00+02:00") for d in (2, 9, 16, 23, 30)]),
    ("hver_soendag_i_juni", "eIndkomst er lukket hver søndag i juni fra kl. 06.00 til kl. 10.00.",
     [(f"2026-06-{d:02}T06:00+02:00", f"2026-06-{d:02}T10:00+02:00") for d in (7, 14, 21, 28)]),
    ("each_sunday_of_range_first", "Each Sunday of June, 2100-2300: NemLog-in is unavailable.",
     [(f"2026-06-{d:02}T21:00+02:00", f"2026-06-{d:02}T23:00+02:00") for d in (7, 14, 21, 28)]),
    ("alle_loerdage_i_januar_next_year", "Servicevindue alle lørdage i januar kl. 8-10.",
     [(f"2027-01-{d:02}T08:00+01:00", f"2027-01-{d:02}T10:00+01:00") for d in (2, 9, 16, 23, 30)]),
    ("every_saturday_all_day", "EMCS is closed every Saturday in June.",
     [(f"2026-06-{d:02}", f"2026-06-{d:02}") for d in (6, 13, 20, 27)]),
    ("all_saturday_with_a_day_is_one_date", "EMCS is closed all Saturday in May 16, 2026 from 8 to 12.",
     [("2026-05-16T08:00+02:00", "2026-05-16T12:00+02:00")]),
    ("dated_range_then_systems_list", "Servicewindow Saturday May 16, 2026, 18:00-22:00:\n\n• DMS Import\n"
     "• DMS Export", [("2026-05-16T18:00+02:00", "2026-05-16T22:00+02:00")]),
]


# A new date stated outright replaces the announced window (published 2026-05-11, updated 05-14).
RESCHEDULES = [
    ("rykket_til_ny_dato", "Opdatering 14-05-2026: Servicevinduet er rykket til søndag den 17. maj 2026 kl. "
     f"10.00-16.00.\n\n{_DA}", [("2026-05-17T10:00+02:00", "2026-05-17T16:00+02:00")]),
    ("new_date_caps_in_update", f"Update 14-05-2026: NEW DATE: Sunday May 17, 2026, 1000-1600\n\n{_EN}",
     [("2026-05-17T10:00+02:00", "2026-05-17T16:00+02:00")]),
    ("ny_dato_on_top", f"Ny dato: søndag den 17. maj 2026 kl. 10-16\n\n{_DA}",
     [("2026-05-17T10:00+02:00", "2026-05-17T16:00+02:00")]),
    ("new_date_and_time_label_own_line", "Update: New date and time:\nSunday May 17, 2026 from 10:00 to 16:00"
     f"\n\n{_EN}", [("2026-05-17T10:00+02:00", "2026-05-17T16:00+02:00")]),
    ("rykkes_til_dag_keeps_hours", f"Opdatering: Servicevinduet rykkes til søndag den 17. maj.\n\n{_DA}",
     [("2026-05-17T12:00+02:00", "2026-05-17T21:00+02:00")]),
    ("new_date_to_come_keeps_window", f"Update: A new date will be announced later.\n\n{_EN}", [_NOON_TO_NINE]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in RESCHEDULES])
def test_a_new_date_replaces_the_window(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-05-11T09:00", "2026-05-14T10:00") == expected


# One system back while work on another goes on is no completion (updated 2026-05-16 16:30).
PARTLY_DONE = [
    ("available_again_one_remains", f"Update 16:10: DMS Export is available again. DMS Import remains unavailable "
     f"until the end of the service window.\n\n{_EN}", "scheduled", None),
    ("tilgaengelig_igen_arbejdet_fortsaetter", "Opdatering kl. 16.10: Manifest er tilgængelig igen. Arbejdet på "
     f"Import fortsætter som planlagt.\n\n{_DA}", "scheduled", None),
    ("koerer_igen_stadig_lukket", f"Opdatering kl. 16.10: Eksport kører igen. Import er stadig lukket.\n\n{_DA}",
     "scheduled", None),
    ("back_up_other_not_yet", f"Update 16:10: Manifest is back up and running.\nICS2 is not yet available.\n\n{_EN}",
     "scheduled", None),
    ("done_with_a_condition_is_done", f"Update 16:10: Done. If DMS Import is still unavailable, please contact "
     f"us.\n\n{_EN}", "completed", "2026-05-16T16:10+02:00"),
    ("all_available_again_is_done", f"Update 16:10: DMS Import and DMS Export are available again.\n\n{_EN}",
     "completed", "2026-05-16T16:10+02:00"),
]


@pytest.mark.parametrize("body, status, done_at", [pytest.param(b, s, d, id=i) for i, b, s, d in PARTLY_DONE])
def test_partly_done_is_not_done(body: str, status: str, done_at: str | None) -> None:
    found = _extract(body, "2026-05-11T09:00", "2026-05-16T16:30")
    assert (found.status.value, found.done_at and found.done_at.isoformat(timespec="minutes")) == (status, done_at)


# Danish closings said as English ones are: "should now be solved", "stable since", "gave problems until".
CLOSINGS = [
    ("skulle_nu_vaere_loest", "Opdatering kl. 11.50 – De periodevise forsinkelser skulle nu være løst.\n\n"
     "Vi oplever forsinkelser i DMS Import.", "completed"),
    ("burde_vaere_rettet", "Opdatering kl. 11.50: Fejlen burde nu være rettet.\n\nVi oplever fejl i DMS Eksport.",
     "completed"),
    ("should_now_be_resolved", "Update 11:50 - The periodic delays should now be resolved.\n\n"
     "We are experiencing delays in DMS Import.", "completed"),
    ("skulle_vaere_loest_inden", "Opdatering kl. 11.50: Fejlen skulle være løst inden kl. 16.\n\n"
     "Vi oplever fejl i DMS Eksport.", "scheduled"),
    ("stabil_siden", "Opdatering kl. 14.30: Svartiden i DMS har været stabil siden kl. 13.03.\n\n"
     "Vi oplever lange svartider i DMS.", "completed"),
    ("stable_since", "Update 14:30: Response times in DMS have been stable since 13:03.\n\n"
     "We are experiencing long response times in DMS.", "completed"),
    ("stabil_igen", "Opdatering kl. 14.30: DMS er nu stabil igen.\n\nVi oplever ustabilitet i DMS.",
     "completed"),
    ("gav_problemer_indtil", "Opdatering kl. 10.00: Servicevinduet gav problemer med filoverførsler indtil ca. "
     "kl. 09.00.\n\nVi oplever problemer med filoverførsler efter servicevinduet.", "completed"),
    ("medfoerte_forsinkelser_indtil", "Opdatering kl. 10.00: Opdateringen medførte forsinkelser i Manifest indtil "
     "kl. 09.30.\n\nVi oplever forsinkelser i Manifest.", "completed"),
]


@pytest.mark.parametrize("body, status", [pytest.param(b, s, id=i) for i, b, s in CLOSINGS])
def test_danish_closings(body: str, status: str) -> None:
    found = _extract(body, "2026-05-16T08:00", "2026-05-16T14:45", categories=("DMS Import",))
    assert found.status.value == status
    assert found.done_at is None or status == "completed"          # a done_at only for a completed message


# Days written after a range of times are the range's days: one window a day, not one span.
DAYS_AFTER_RANGE = [
    ("kl_efter_dato", "DMS er lukket kl. 09.00-14.00 den 7. april 2026.",
     [("2026-04-07T09:00+02:00", "2026-04-07T14:00+02:00")]),
    ("kl_efter_liste", "DMS er lukket kl. 09.00-14.00 den 7., 10., 11., 14. og 15. april 2026.",
     [(f"2026-04-{d:02d}T09:00+02:00", f"2026-04-{d:02d}T14:00+02:00") for d in (7, 10, 11, 14, 15)]),
    ("en_list", "DMS is closed 09:00-14:00 on April 7th, 10th and 14th, 2026.",
     [(f"2026-04-{d:02d}T09:00+02:00", f"2026-04-{d:02d}T14:00+02:00") for d in (7, 10, 14)]),
    ("kl_til_kl_weekday", "Servicevindue fra kl. 18 til kl. 23 lørdag den 11. april 2026.",
     [("2026-04-11T18:00+02:00", "2026-04-11T23:00+02:00")]),
    ("past_midnight", "Servicevindue kl. 22-02 lørdag den 11. april 2026.",
     [("2026-04-11T22:00+02:00", "2026-04-12T02:00+02:00")]),
    ("date_first_unchanged", "Servicevindue lørdag den 11. april 2026 kl. 18-23.",
     [("2026-04-11T18:00+02:00", "2026-04-11T23:00+02:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in DAYS_AFTER_RANGE])
def test_days_after_a_range_of_times(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-20T09:00") == expected


# A system taken out of the window while the others go ahead: partly-cancelled, the window kept.
TAKEN_OUT = [
    ("udgaar_af", f"Opdatering: EMCS udgår af servicevinduet og vil være åben som normalt.\n\n{_DA}", ("emcs",)),
    ("udgaar_fra", f"Opdatering: Manifest udgår fra servicevinduet. Eksport lukker som planlagt.\n\n{_DA}",
     ("manifest",)),
    ("dropped_from", f"Update: ICS2 has been dropped from the service window; Export goes ahead as planned.\n\n{_EN}",
     ("ics2",)),
    ("no_longer_part_of", f"Update: Manifest is no longer part of the service window.\n\n{_EN}", ("manifest",)),
    ("indgaar_ikke_laengere_i", f"Opdatering: EMCS indgår ikke længere i servicevinduet.\n\n{_DA}", ("emcs",)),
]


@pytest.mark.parametrize("body, cancelled", [pytest.param(b, c, id=i) for i, b, c in TAKEN_OUT])
def test_a_system_taken_out_of_the_window(body: str, cancelled: tuple[str, ...]) -> None:
    found = _extract(body, "2026-05-11T09:00", "2026-05-14T10:00", categories=("EMCS", "Eksport", "Manifest"))
    assert (found.status.value, found.cancelled_systems, len(found.windows)) == ("partly-cancelled", cancelled, 1)


@pytest.mark.parametrize("body", ["Manifest is not part of the service window.", "EMCS er ikke omfattet af "
                                  "servicevinduet.", "Eksport og EMCS er utilgængelige i perioden."])
def test_a_system_outside_the_window_from_the_start_is_not_taken_out(body: str) -> None:
    assert _extract(f"{_EN}\n\n{body}", "2026-05-11T09:00", categories=("EMCS", "Eksport")).status.value \
        == "scheduled"


# Dates of something other than a system (a help desk, a webinar, a meeting) are no window; a system
# closed on a day is one. (case id, title, body, categories, kind, env, windows)
NOT_A_SYSTEM = [
    ("webinar_da", "Webinar om NCTS fase 5", "Toldstyrelsen holder webinar om NCTS fase 5 tirsdag den 19. maj 2026 "
     "kl. 10.00-11.30.\n\nTilmelding senest fredag den 15. maj 2026.", ("Øvrige meddelelser",), "info", None, []),
    ("online_meeting_en", "ICS2 release 3", "We hold an online meeting on ICS2 release 3 on Tuesday May 19, 2026, "
     "10:00-11:30. Sign up by Friday May 15.", ("Other messages",), "info", None, []),
    ("kundecenter_lukket", "Kundecenter lukket fredag den 15. maj 2026", "Toldstyrelsens kundecenter er lukket "
     "fredag den 15. maj 2026. Vi har åbent igen mandag den 18. maj fra kl. 9.00.", ("Øvrige meddelelser",),
     "info", None, []),
    ("helpdesk_closed_systems_up", "Customs helpdesk closed Friday May 15, 2026", "The customs help desk is closed "
     "on Friday May 15, 2026.\n\nOur systems are available as usual.", ("Other messages",), "info", None, []),
    ("system_closed_is_a_window", "EMCS closed Saturday May 16, 2026", "EMCS is closed on Saturday May 16, 2026. "
     "The helpdesk is open as usual.", ("EMCS",), "planned", "PRD", [("2026-05-16", "2026-05-16")]),
    ("system_and_helpdesk_each_their_day", "Lukkedage", "Helpdesken er lukket fredag den 15. maj 2026.\n\nEMCS er "
     "lukket hele dagen lørdag den 16. maj 2026.", ("EMCS",), "planned", "PRD", [("2026-05-16", "2026-05-16")]),
]


@pytest.mark.parametrize("title, body, categories, kind, env, windows",
                         [pytest.param(*case[1:], id=case[0]) for case in NOT_A_SYSTEM])
def test_what_is_not_a_system_has_no_window(title, body, categories, kind, env, windows) -> None:
    found = _extract(body, "2026-05-11T09:00", title=title, categories=categories)
    assert (found.kind.value, found.env and found.env.value) == (kind, env)
    assert [tuple(w.to_json()[k] for k in ("start", "end")) for w in found.windows] == windows


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


# What a sentence says of the fallback procedure: "as needed" and a threshold restrict it, an
# instruction to use it allows it, a condition true all through the window does not restrict it.
@pytest.mark.parametrize("sentence, expected", [
    ("The fallback procedure can be used as needed.", Fallback.RESTRICTED),
    ("Nødproceduren kan anvendes efter behov.", Fallback.RESTRICTED),
    ("As needed, the emergency procedure may be used.", Fallback.RESTRICTED),
    ("Nødproceduren kan benyttes ved behov.", Fallback.RESTRICTED),
    ("Nødproceduren må anvendes, hvis der er behov for det.", Fallback.RESTRICTED),
    ("The fallback procedure may be used as required.", Fallback.RESTRICTED),
    ("The fallback procedure can be used.", Fallback.ALLOWED),
    ("If DMS is unavailable for more than 2 hours, the emergency procedure may be used.", Fallback.RESTRICTED),
    ("Hvis DMS er utilgængelig i mere end 2 timer, må nødproceduren anvendes.", Fallback.RESTRICTED),
    ("The fallback procedure may be used if the outage lasts longer than one hour.", Fallback.RESTRICTED),
    ("Nødproceduren må benyttes, såfremt nedbruddet varer længere end 30 minutter.", Fallback.RESTRICTED),
    ("If DMS is not available the fallback procedure may be used.", Fallback.ALLOWED),
    ("Hvis DMS ikke kan nås, må nødproceduren anvendes.", Fallback.ALLOWED),
    ("Please submit your declarations before the window or use the fallback procedure.", Fallback.ALLOWED),
    ("Use the emergency procedure during the service window.", Fallback.ALLOWED),
    ("Indsend venligst angivelserne inden perioden eller benyt nødproceduren.", Fallback.ALLOWED),
    ("I servicevinduet: anvend nødproceduren.", Fallback.ALLOWED),
    ("Please do not use the fallback procedure.", Fallback.NOT_ALLOWED),
    ("Benyt ikke nødproceduren.", Fallback.NOT_ALLOWED),
    ("Only use the fallback procedure if absolutely necessary.", Fallback.RESTRICTED),
])
def test_fallback_sentences(sentence: str, expected: Fallback) -> None:
    assert fallback_statement(sentence)[0] is expected


# A fix "deployed" closes an incident, unless the same sentence says it is being watched.
DEPLOYED = [
    ("loesningen_er_idriftsat", "Opdatering kl. 15.20: Løsningen er idriftsat.", "completed"),
    ("rettelsen_er_nu_implementeret", "Opdatering kl. 15.20: Rettelsen er nu implementeret.", "completed"),
    ("fix_is_deployed", "Update 15:20: The fix is deployed.", "completed"),
    ("deployed_monitoring", "Update 15:20: A fix has been deployed, we are monitoring.", "scheduled"),
    ("idriftsat_overvaager", "Opdatering kl. 15.20: Der er idriftsat en rettelse, og vi overvåger situationen.",
     "scheduled"),
    ("will_be_deployed", "Update 15:20: A fix will be deployed tonight.", "scheduled"),
]


@pytest.mark.parametrize("update, status", [pytest.param(u, s, id=i) for i, u, s in DEPLOYED])
def test_a_deployed_fix_closes_the_incident(update: str, status: str) -> None:
    found = _extract(f"{update}\n\nVi oplever fejl i DMS Import.", "2026-05-16T13:00", "2026-05-16T15:30",
                     categories=("DMS Import",))
    assert found.status.value == status
    assert (found.done_at is not None) == (status == "completed")


@pytest.mark.parametrize("body, env", [
    ("PRD-servicewindow DMS Saturday May 16, 2026, 1200-2100\n\nThe test environment (TFE) is not affected.", "PRD"),
    ("Servicevindue DMS lørdag den 16. maj 2026 kl. 12-21\n\nTestmiljøet (TFE) bliver ikke berørt.", "PRD"),
    ("Servicevindue DMS lørdag den 16. maj 2026 kl. 12-21\n\nTestmiljøet (TFE) berøres ikke.", "PRD"),
    ("Servicewindow DMS Saturday May 16, 2026, 1200-2100\n\nThe test environment (TFE) is closed too.", "PRD+TFE"),
])
def test_a_test_environment_named_as_unaffected_is_not_in_scope(body: str, env: str) -> None:
    assert _extract(body, "2026-05-11T09:00", categories=("DMS Import",)).env.value == env


# Midnight that starts "the night to <day>" is 00:00 on that day; a range past midnight still starts the day before.
NIGHT_FROM_MIDNIGHT = [
    ("night_to_sunday_from_midnight", "The system is closed the night to Sunday March 15, 2026 from midnight to 5 am.",
     [("2026-03-15T00:00+01:00", "2026-03-15T05:00+01:00")]),
    ("natten_til_kl_24", "DMS er lukket natten til lørdag den 14. marts 2026 kl. 24.00-06.00.",
     [("2026-03-14T00:00+01:00", "2026-03-14T06:00+01:00")]),
    ("natten_til_kl_00", "Natten til søndag den 15. marts 2026 fra kl. 00.00 til kl. 06.00 er DMS lukket.",
     [("2026-03-15T00:00+01:00", "2026-03-15T06:00+01:00")]),
    ("natten_til_before_midnight", "DMS er lukket natten til søndag den 15. marts 2026 kl. 23.00-05.00.",
     [("2026-03-14T23:00+01:00", "2026-03-15T05:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in NIGHT_FROM_MIDNIGHT])
def test_midnight_starting_the_night_is_on_its_day(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-09T10:00") == expected


_TWO_EN = "PRD-servicewindows DMS Import\n\nTuesday December 2, 2025, 1800-2000\n\nThursday December 4, 2025, 1800-2000"
_THREE_DA = ("Eksportsystemet er lukket\n\ntirsdag den 6. december 2022 kl. 18.00-20.00\n\n"
             "torsdag den 8. december 2022 kl. 18.00-20.00\n\nlørdag den 10. december 2022 kl. 08.00-12.00")
_DEC_2 = ("2025-12-02T18:00:00+01:00", "2025-12-02T20:00:00+01:00")
_DEC_4 = ("2025-12-04T18:00:00+01:00", "2025-12-04T20:00:00+01:00")
_DEC_8_10 = [("2022-12-08T18:00:00+01:00", "2022-12-08T20:00:00+01:00"),
             ("2022-12-10T08:00:00+01:00", "2022-12-10T12:00:00+01:00")]

# An update cancelling one dated window of several drops it (partly-cancelled); one naming no date, or every window, or
# the only one, cancels the message and keeps its windows.
CANCELLED_DAYS = [
    ("top_update_cancels_first", f"Update December 1, 2025: The service window on Tuesday December 2 has been "
     f"cancelled.\n\n{_TWO_EN}", "2025-11-26T10:00", "2025-12-01T09:00", "partly-cancelled", [_DEC_4]),
    ("da_annulleret_for_dato", f"{_THREE_DA}\n\nOpdatering 5. december 2022: Servicevinduet er annulleret for "
     "tirsdag den 6. december.", "2022-11-30T10:00", "2022-12-05T10:00", "partly-cancelled", _DEC_8_10),
    ("we_have_cancelled_ordinal", "Update: We have cancelled the servicewindow on December 2nd.\n\n" + _TWO_EN,
     "2025-11-26T10:00", "2025-12-01T09:00", "partly-cancelled", [_DEC_4]),
    ("header_date_is_a_window_day", f"{_TWO_EN}\n\nUpdate December 2, 2025 kl. 10:00: The service window on "
     "Thursday December 4 is cancelled.", "2025-11-26T10:00", "2025-12-02T10:00", "partly-cancelled", [_DEC_2]),
    ("no_date_cancels_all", f"Update: The service windows are cancelled.\n\n{_TWO_EN}", "2025-11-26T10:00",
     "2025-12-01T09:00", "cancelled", [_DEC_2, _DEC_4]),
    ("both_dates_cancel_all", f"Update: The service windows on December 2nd and 4th are cancelled.\n\n{_TWO_EN}",
     "2025-11-26T10:00", "2025-12-01T09:00", "cancelled", [_DEC_2, _DEC_4]),
    ("only_window_named", "Opdatering: Servicevinduet tirsdag den 6. december er aflyst.\n\n"
     "tirsdag den 6. december 2022 kl. 18.00-20.00", "2022-11-30T10:00", "2022-12-05T10:00", "cancelled",
     [("2022-12-06T18:00:00+01:00", "2022-12-06T20:00:00+01:00")]),
    ("not_cancelled", f"Update: The service window on Thursday December 4 is not cancelled.\n\n{_TWO_EN}",
     "2025-11-26T10:00", "2025-12-01T09:00", "scheduled", [_DEC_2, _DEC_4]),
]


@pytest.mark.parametrize("body, published, updated, status, windows",
                         [pytest.param(*case[1:], id=case[0]) for case in CANCELLED_DAYS])
def test_an_update_cancelling_one_dated_window(body, published, updated, status, windows) -> None:
    found = _extract(body, published, updated)
    assert found.status.value == status
    assert [tuple(w.to_json()[k] for k in ("start", "end")) for w in found.windows] == windows


@pytest.mark.parametrize("update", ["The service window on Thursday December 4 is cancelled and moved to Friday "
                                    "December 5, 2025.", "Servicevinduet torsdag den 4. december er aflyst. Ny dato: "
                                    "fredag den 5. december 2025."])
def test_a_cancelled_day_moved_to_another_is_moved(update: str) -> None:
    windows = _windows(f"Update: {update}\n\n{_TWO_EN}", "2025-11-26T10:00", "2025-12-01T09:00")
    assert windows == [("2025-12-02T18:00+01:00", "2025-12-02T20:00+01:00"),
                       ("2025-12-05T18:00+01:00", "2025-12-05T20:00+01:00")]


_EMCS_EN = "EMCS Planned unavailability Saturday November 9, 2024, 1000-1800"
_EMCS_DA = "Planlagt nedetid EMCS lørdag den 16. september 2023 kl. 10.00-18.00"
# An update extending the window "until further notice" leaves its end open; a later stated end closes it again.
UNTIL_FURTHER_NOTICE = [
    ("extended_until_further_notice", f"Update 17:50: The servicewindow has been extended until further notice."
     f"\n\n{_EMCS_EN}", "2024-11-01T11:00", "2024-11-09T17:50", [("2024-11-09T10:00:00+01:00", None)]),
    ("remains_closed_until_further_notice", f"Update 17:50: EMCS remains unavailable until further notice.\n\n"
     f"{_EMCS_EN}", "2024-11-01T11:00", "2024-11-09T17:50", [("2024-11-09T10:00:00+01:00", None)]),
    ("forlaenges_indtil_videre", f"Opdatering kl. 17.55: Servicevinduet forlænges indtil videre.\n\n{_EMCS_DA}",
     "2023-09-08T10:00", "2023-09-16T17:55", [("2023-09-16T10:00:00+02:00", None)]),
    ("indtil_videre_then_new_end", f"Opdatering kl. 19.10: Servicevinduet forventes afsluttet kl. 20.00.\n\n"
     f"Opdatering kl. 17.55: EMCS er lukket indtil videre.\n\n{_EMCS_DA}", "2023-09-08T10:00", "2023-09-16T19:10",
     [("2023-09-16T10:00:00+02:00", "2023-09-16T20:00:00+02:00")]),
    ("fallback_until_further_notice_keeps_end", f"Update 17:50: The fallback procedure is allowed until further "
     f"notice.\n\n{_EMCS_EN}", "2024-11-01T11:00", "2024-11-09T17:50",
     [("2024-11-09T10:00:00+01:00", "2024-11-09T18:00:00+01:00")]),
    ("udskudt_indtil_videre_keeps_end", f"Opdatering kl. 09.00: Servicevinduet er udskudt indtil videre.\n\n{_EMCS_DA}",
     "2023-09-08T10:00", "2023-09-15T09:00", [("2023-09-16T10:00:00+02:00", "2023-09-16T18:00:00+02:00")]),
]


@pytest.mark.parametrize("body, published, updated, windows",
                         [pytest.param(*case[1:], id=case[0]) for case in UNTIL_FURTHER_NOTICE])
def test_until_further_notice_leaves_the_end_open(body, published, updated, windows) -> None:
    found = _extract(body, published, updated)
    assert [tuple(w.to_json()[k] for k in ("start", "end")) for w in found.windows] == windows


def _each(days: list[str], hours: tuple[str, str], offset: str = "+01:00") -> list[tuple]:
    return [(f"{d}T{hours[0]}{offset}", f"{d}T{hours[1]}{offset}") for d in days]


# A list of days running into the next month is one date each; bare days belong to the month named before them in the
# list, else to the month after them; a year only at the end is the last month's (December before it: the year before).
LISTS_ACROSS_MONTHS = [
    ("en_ordinals_year_at_end", "DMS is closed December 30th, 31st and January 3rd, 2026, 10:00-14:00.",
     "2025-12-01T09:00", _each(["2025-12-30", "2025-12-31", "2026-01-03"], ("10:00", "14:00"))),
    ("da_dage_foer_maaned", "DMS er lukket den 30., 31. december og 2. januar kl. 10.00-14.00.",
     "2025-12-01T09:00", _each(["2025-12-30", "2025-12-31", "2026-01-02"], ("10:00", "14:00"))),
    ("en_bare_day_after_named_month", "EORI is unavailable 08:00-12:00 on December 30, 31 and January 2.",
     "2025-12-01T09:00", _each(["2025-12-30", "2025-12-31", "2026-01-02"], ("08:00", "12:00"))),
    ("en_day_first_bare_days", "NCTS will be closed on 30 December, 31 and 2 January, 09:00-11:00.",
     "2025-12-01T09:00", _each(["2025-12-30", "2025-12-31", "2026-01-02"], ("09:00", "11:00"))),
    ("en_within_spring", "ICS2 is unavailable April 29th, 30th and May 2nd, 2026, 18:00-20:00.",
     "2026-04-01T09:00", _each(["2026-04-29", "2026-04-30", "2026-05-02"], ("18:00", "20:00"), "+02:00")),
    ("month_first_days_stay_in_their_month", "DMS is closed December 27th and January 28th, 29th, 10:00-12:00.",
     "2025-12-01T09:00", _each(["2025-12-27", "2026-01-28", "2026-01-29"], ("10:00", "12:00"))),
    ("one_month_unchanged", "DMS is closed 09:00-14:00 on April 7th, 10th and 14th, 2026.",
     "2026-04-01T09:00", _each(["2026-04-07", "2026-04-10", "2026-04-14"], ("09:00", "14:00"), "+02:00")),
    ("date_then_bare_range_unchanged", "PRD-servicewindow Saturday May 16, 10-15:00", "2026-05-11T09:00",
     [("2026-05-16T10:00+02:00", "2026-05-16T15:00+02:00")]),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                        for case in LISTS_ACROSS_MONTHS])
def test_a_list_of_days_across_months(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


@pytest.mark.parametrize("title, body, kind", [
    ("EORI-registrering lukket lørdag den 16. maj 2026", "Det er ikke muligt at registrere EORI-numre lørdag "
     "den 16. maj 2026 på grund af opdatering.", "planned"),
    ("EMCS closed Saturday May 16, 2026", "It will not be possible to submit e-ADs on Saturday.", "planned"),
    ("Manifest lukket", "Manifest er lukket på grund af en fejl. Vi arbejder på en løsning.", "incident"),
])
def test_a_title_saying_closed(title: str, body: str, kind: str) -> None:
    assert _extract(body, "2026-05-11T09:00", title=title, categories=("EMCS",)).kind.value == kind


_UUM_EN = "The European Commission has announced unavailability of UUM&DS from 06/05/2026 18:00 CET to 06/05/2026 21:00 CET."
_UUM_DA = "Europa-Kommissionen har varslet et servicevindue på UUM&DS den 6. maj 2026 kl. 18.00-21.00."
# A cancellation said of the announced intervention, maintenance, downtime, deployment, release or upgrade is the window's.
CANCELLED_INTERVENTIONS = [
    ("intervention_cancelled_by", f"Update 05.05.2026 at 11:20 - The intervention has been cancelled by the "
     f"Commission.\n\n{_UUM_EN}", "cancelled"),
    ("maintenance_is_cancelled", f"Update 05.05.2026 at 11:20: The planned maintenance is cancelled.\n\n{_UUM_EN}",
     "cancelled"),
    ("deployment_called_off", f"Update 05.05.2026 at 11:20: The deployment has been called off.\n\n{_UUM_EN}",
     "cancelled"),
    ("indgrebet_er_aflyst", f"Opdatering 05.05.2026 kl. 11.20: Indgrebet er aflyst.\n\n{_UUM_DA}", "cancelled"),
    ("opgraderingen_aflyses", f"Opdatering 05.05.2026 kl. 11.20: Opgraderingen aflyses.\n\n{_UUM_DA}", "cancelled"),
    ("intervention_not_cancelled", f"Update 05.05.2026 at 11:20: The intervention is not cancelled.\n\n{_UUM_EN}",
     "scheduled"),
]


@pytest.mark.parametrize("body, status", [pytest.param(b, s, id=i) for i, b, s in CANCELLED_INTERVENTIONS])
def test_a_cancelled_intervention_cancels_the_window(body: str, status: str) -> None:
    found = _extract(body, "2026-04-29T08:50", "2026-05-05T11:22")
    assert found.status.value == status
    assert [tuple(w.to_json()[k] for k in ("start", "end")) for w in found.windows] == [
        ("2026-05-06T18:00:00+02:00", "2026-05-06T21:00:00+02:00")]


# A period of reduced service on a day still to come is a planned window (read-only, degraded, begrænset).
DEGRADED_PERIODS = [
    ("read_only_mode", "On 28/03/2026 from 09:00 to 13:00 CET the portal will be in read-only mode.", "planned",
     [("2026-03-28T09:00:00+01:00", "2026-03-28T13:00:00+01:00")]),
    ("degraded_performance", "Users may experience degraded performance on 28/03/2026 between 09:00 and 13:00.",
     "planned", [("2026-03-28T09:00:00+01:00", "2026-03-28T13:00:00+01:00")]),
    ("begraenset_funktionalitet", "Portalen kører med begrænset funktionalitet lørdag den 28. marts 2026 kl. "
     "09.00-13.00.", "planned", [("2026-03-28T09:00:00+01:00", "2026-03-28T13:00:00+01:00")]),
    ("kun_laeseadgang", "Der er kun læseadgang til portalen den 28.03.2026 fra kl. 9 til kl. 13.", "planned",
     [("2026-03-28T09:00:00+01:00", "2026-03-28T13:00:00+01:00")]),
    ("read_only_in_the_past_is_not_ahead", "The portal was in read-only mode on 20/03/2026.", "info", []),
]


@pytest.mark.parametrize("body, kind, windows", [pytest.param(*case[1:], id=case[0]) for case in DEGRADED_PERIODS])
def test_a_degraded_period_ahead_is_planned(body: str, kind: str, windows: list[tuple]) -> None:
    found = _extract(body, "2026-03-23T10:00", title="EU portal 28/03/2026", categories=("ICS2",))
    assert found.kind.value == kind
    assert [tuple(w.to_json()[k] for k in ("start", "end")) for w in found.windows] == windows


# "Start: <date> <time>" and "End: <date> <time>" are one range on one line as on two.
START_END_ON_ONE_LINE = [
    ("zone_between", "Start: 10/03/2026 19:00 (Brussels time) End: 10/03/2026 23:00",
     [("2026-03-10T19:00+01:00", "2026-03-10T23:00+01:00")]),
    ("comma_between", "Start: 10/03/2026 19:00, End: 11/03/2026 02:00", [("2026-03-10T19:00+01:00", "2026-03-11T02:00+01:00")]),
    ("labels_of_two_words", "Start time: 10.03.2026 19:00 - End time: 10.03.2026 23:00 CET",
     [("2026-03-10T19:00+01:00", "2026-03-10T23:00+01:00")]),
    ("danish_labels", "Starttidspunkt: 10.03.2026 kl. 19.00 Sluttidspunkt: 10.03.2026 kl. 23.00",
     [("2026-03-10T19:00+01:00", "2026-03-10T23:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in START_END_ON_ONE_LINE])
def test_start_and_end_labels_on_one_line(body: str, expected: list[tuple]) -> None:
    assert _windows(f"Servicevindue ICS2.\n\n{body}\n\nThe STI-STP will be unavailable.", "2026-03-04T10:30") == expected


# Full dates listed before one range are one window each.
LISTED_FULL_DATES = [
    ("en_each_from_to", "Interventions are scheduled on 09/06/2026, 11/06/2026 and 16/06/2026, each from 19:00 to "
     "21:00 CET.", _each(["2026-06-09", "2026-06-11", "2026-06-16"], ("19:00", "21:00"), "+02:00")),
    ("da_dotted_og_kl", "EU CTP er utilgængelig 09.06.2026, 11.06.2026 og 16.06.2026 kl. 19-21.",
     _each(["2026-06-09", "2026-06-11", "2026-06-16"], ("19:00", "21:00"), "+02:00")),
    ("iso_and_range_after", "The portal will be unavailable on 2026-06-09 and 2026-06-11, 19:00-21:00.",
     _each(["2026-06-09", "2026-06-11"], ("19:00", "21:00"), "+02:00")),
    ("across_months", "EBTI will be unavailable on 30/06/2026, 02/07/2026 and 07/07/2026 between 18:00 and 20:00.",
     _each(["2026-06-30", "2026-07-02", "2026-07-07"], ("18:00", "20:00"), "+02:00")),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in LISTED_FULL_DATES])
def test_full_dates_listed_before_one_range(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-06-03T09:20") == expected


# A dated start is a window start; a duration stated in the next sentence or on the next line gives its end.
STATED_DURATIONS = [
    ("duration_next_sentence", "An intervention on TARIC is scheduled on 25/03/2026 at 19:00 CET. Duration: "
     "approximately 4 hours.", [("2026-03-25T19:00+01:00", "2026-03-25T23:00+01:00")]),
    ("date_time_labels_duration_next_line", "Date: 03/03/2026  Time: 18:00 CET\nDuration: approximately 4 hours\n\n"
     "EBTI will be unavailable.", [("2026-03-03T18:00+01:00", "2026-03-03T22:00+01:00")]),
    ("varighed_next_line", "Dato: 03.03.2026 Tidspunkt: kl. 18.00\nForventet varighed: ca. 1,5 timer\n\n"
     "EBTI vil være utilgængelig.", [("2026-03-03T18:00+01:00", "2026-03-03T19:30+01:00")]),
    ("expected_duration_past_midnight", "Start: 25/03/2026 22:00 (Brussels time)\nExpected duration: 3 hours\n\n"
     "The STI-STP will be unavailable.", [("2026-03-25T22:00+01:00", "2026-03-26T01:00+01:00")]),
    ("danish_indgreb_varighed", "Et indgreb på TARIC er planlagt den 25.03.2026 kl. 19.00. Varighed: ca. 4 timer.",
     [("2026-03-25T19:00+01:00", "2026-03-25T23:00+01:00")]),
    ("lone_start_no_end", "An intervention on TARIC is scheduled on 25/03/2026 at 19:00 CET.",
     [("2026-03-25T19:00+01:00", None)]),
    ("indgreb_lone_start", "Indgrebet på TARIC starter den 25.03.2026 kl. 19.00.", [("2026-03-25T19:00+01:00", None)]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in STATED_DURATIONS])
def test_a_dated_start_and_its_stated_duration(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-02-26T14:00", title="EU intervention") == expected


def _days(days: list[str]) -> list[tuple]:
    return [(d, d) for d in days]


# A month-first list of plain days is one date each: the days rise and the last is joined by and/og/&; a number that
# is a time (``10-15:00``, ``8-10 am``) ends the list.
MONTH_FIRST_PLAIN_DAYS = [
    ("en_two_days_year_after", "DMS is closed December 2 and 4, 2026, 18:00-22:00.", "2026-11-20T09:00",
     _each(["2026-12-02", "2026-12-04"], ("18:00", "22:00"))),
    ("en_three_days_year_after", "DMS is closed May 2, 3 and 9, 2026, 18:00-22:00.", "2026-04-20T09:00",
     _each(["2026-05-02", "2026-05-03", "2026-05-09"], ("18:00", "22:00"), "+02:00")),
    ("en_range_before", "EMCS is unavailable 09:00-14:00 on April 7, 10 and 14.", "2026-04-01T09:00",
     _each(["2026-04-07", "2026-04-10", "2026-04-14"], ("09:00", "14:00"), "+02:00")),
    ("en_ampersand", "ICS2 is unavailable June 6 & 8, 2026, 18:00-20:00.", "2026-06-01T09:00",
     _each(["2026-06-06", "2026-06-08"], ("18:00", "20:00"), "+02:00")),
    ("da_month_first", "DMS er lukket december 2 og 4 kl. 18-22.", "2026-11-20T09:00",
     _each(["2026-12-02", "2026-12-04"], ("18:00", "22:00"))),
    ("en_all_day", "EMCS is closed on May 2 and 4, 2026.", "2026-04-20T09:00", _days(["2026-05-02", "2026-05-04"])),
    ("not_a_list_day_then_range", "PRD-servicewindow Saturday May 16, 10-15:00", "2026-05-11T09:00",
     [("2026-05-16T10:00+02:00", "2026-05-16T15:00+02:00")]),
    ("not_a_list_day_then_hours", "EMCS is closed on Saturday May 16, 8-10 am and 2-4 pm.", "2026-05-11T09:00",
     [("2026-05-16T08:00+02:00", "2026-05-16T10:00+02:00"), ("2026-05-16T14:00+02:00", "2026-05-16T16:00+02:00")]),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                        for case in MONTH_FIRST_PLAIN_DAYS])
def test_a_month_first_list_of_plain_days(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# Dates listed one per line under a line introducing them, right above a range without a date: the range on each.
LISTED_ABOVE_A_RANGE = [
    ("en_bullets", "EMCS will be unavailable on these dates:\n• June 3\n• June 10\n20:00-23:00",
     _each(["2026-06-03", "2026-06-10"], ("20:00", "23:00"), "+02:00")),
    ("da_foelgende_datoer", "EMCS vil være utilgængelig på følgende datoer:\n\n• tirsdag den 3. juni 2026\n"
     "• tirsdag den 10. juni 2026\n\nkl. 20.00-23.00",
     _each(["2026-06-03", "2026-06-10"], ("20:00", "23:00"), "+02:00")),
    ("en_colon_dashes_time_label", "EMCS will be unavailable:\n- Wednesday June 3, 2026\n- Wednesday June 10, 2026\n"
     "- Wednesday June 17, 2026\nTime: 20:00-23:00 CEST",
     _each(["2026-06-03", "2026-06-10", "2026-06-17"], ("20:00", "23:00"), "+02:00")),
    ("da_nights", "Manifest lukker disse dage:\n06.06.2026\n13.06.2026\nkl. 22.00-02.00",
     [("2026-06-06T22:00+02:00", "2026-06-07T02:00+02:00"), ("2026-06-13T22:00+02:00", "2026-06-14T02:00+02:00")]),
    ("one_date_above", "EMCS will be unavailable on this date:\n• June 3\n20:00-23:00",
     [("2026-06-03T20:00+02:00", "2026-06-03T23:00+02:00")]),
    ("range_with_its_own_date", "EMCS will be unavailable on these dates:\n• June 3\n• June 10\n"
     "The window on Saturday June 13 is 20:00-23:00.", [("2026-06-13T20:00+02:00", "2026-06-13T23:00+02:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in LISTED_ABOVE_A_RANGE])
def test_dates_listed_above_a_range(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-06-01T09:00") == expected


_SAT_EN = "PRD-servicewindow Saturday March 7, 2026."
_SAT_DA = "Servicevindue lørdag den 7. marts 2026."
# A duration before its start, in the sentence after a start, or as a range (the longer: the latest end).
DURATIONS_ELSEWHERE = [
    ("en_before_start", "DMS is unavailable for about 2 hours from 10:00 on Saturday March 7, 2026.",
     [("2026-03-07T10:00+01:00", "2026-03-07T12:00+01:00")]),
    ("da_before_start", "DMS er utilgængelig i ca. 2 timer fra kl. 10 lørdag den 7. marts 2026.",
     [("2026-03-07T10:00+01:00", "2026-03-07T12:00+01:00")]),
    ("da_before_undated_start", f"{_SAT_DA} DMS er lukket i to timer fra kl. 22.",
     [("2026-03-07T22:00+01:00", "2026-03-08T00:00+01:00")]),
    ("en_minutes_before_starting", f"{_SAT_EN} DMS will be closed for 90 minutes starting at 21:00.",
     [("2026-03-07T21:00+01:00", "2026-03-07T22:30+01:00")]),
    ("en_next_sentence", f"{_SAT_EN} DMS will be unavailable from 18:00. It will take 2 hours.",
     [("2026-03-07T18:00+01:00", "2026-03-07T20:00+01:00")]),
    ("da_next_sentence", f"{_SAT_DA} DMS lukker fra kl. 18. Det forventes at tage 2 timer.",
     [("2026-03-07T18:00+01:00", "2026-03-07T20:00+01:00")]),
    ("da_next_sentence_past_midnight", f"{_SAT_DA} DMS lukker fra kl. 22. Arbejdet varer ca. 3 timer.",
     [("2026-03-07T22:00+01:00", "2026-03-08T01:00+01:00")]),
    ("en_next_line", "Saturday March 7, 2026 DMS will be unavailable from 18:00 due to an upgrade of the database.\n"
     "It is expected to take 2 hours.", [("2026-03-07T18:00+01:00", "2026-03-07T20:00+01:00")]),
    ("en_dated_point_next_sentence", "An intervention is scheduled on 07/03/2026 at 19:00 CET. It is expected to last "
     "about 4 hours.", [("2026-03-07T19:00+01:00", "2026-03-07T23:00+01:00")]),
    ("en_range_of_hours", f"{_SAT_EN} DMS will be unavailable from 18:00 for 2-3 hours.",
     [("2026-03-07T18:00+01:00", "2026-03-07T21:00+01:00")]),
    ("da_range_of_hours", f"{_SAT_DA} DMS er lukket fra kl. 18 i ca. 2-3 timer.",
     [("2026-03-07T18:00+01:00", "2026-03-07T21:00+01:00")]),
    ("da_range_in_words", f"{_SAT_DA} DMS er lukket fra kl. 18 i to til tre timer.",
     [("2026-03-07T18:00+01:00", "2026-03-07T21:00+01:00")]),
    ("en_range_next_sentence", f"{_SAT_EN} DMS will be unavailable from 18:00. It will take 2 to 3 hours.",
     [("2026-03-07T18:00+01:00", "2026-03-07T21:00+01:00")]),
    ("real_time_across_spring_change", "DMS lukker i ca. 3 timer fra kl. 01 søndag den 29. marts 2026.",
     [("2026-03-29T01:00+01:00", "2026-03-29T05:00+02:00")]),
    ("not_the_time_to_fix", "DMS Import has been unavailable from 09:30. It will take about 2 hours to fix the error.",
     []),
    ("not_our_estimate", "DMS Import has been unavailable from 09:30. We expect it to take 2 hours.", []),
    ("not_an_undated_moment", "The error occurred at 09:30. It will take 2 hours.", []),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in DURATIONS_ELSEWHERE])
def test_a_duration_before_or_after_its_start(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-04T10:00") == expected


# ISO 8601 date-times with "T" and "Z" or an offset are exact instants (shown in Copenhagen time).
ISO_INSTANTS = [
    ("zulu_range", "The portal is unavailable 2026-03-12T18:00Z - 2026-03-12T20:00Z.",
     [("2026-03-12T19:00+01:00", "2026-03-12T21:00+01:00")]),
    ("offset_with_seconds", "The portal is unavailable from 2026-03-12T18:00:00+01:00 to 2026-03-12T20:30:00+01:00.",
     [("2026-03-12T18:00+01:00", "2026-03-12T20:30+01:00")]),
    ("negative_offset_digits", "The portal is unavailable from 2026-03-12T18:00:00-0500 to 2026-03-12T20:30:00-0500.",
     [("2026-03-13T00:00+01:00", "2026-03-13T02:30+01:00")]),
    ("interval_with_slash", "Servicevindue 2026-06-12T16:00Z/2026-06-12T20:00Z.",
     [("2026-06-12T18:00+02:00", "2026-06-12T22:00+02:00")]),
    ("da_fra_til_across_spring_change", "EU-portalen er utilgængelig fra 2026-03-29T00:30Z til 2026-03-29T02:00Z.",
     [("2026-03-29T01:30+01:00", "2026-03-29T04:00+02:00")]),
    ("zulu_after_a_plain_time", "The portal is unavailable 2026-03-12 18:00Z to 20:00Z.",
     [("2026-03-12T19:00+01:00", "2026-03-12T21:00+01:00")]),
    ("no_zone_is_local", "The portal is unavailable from 2026-03-12T18:00 to 2026-03-12T20:30.",
     [("2026-03-12T18:00+01:00", "2026-03-12T20:30+01:00")]),
    ("a_range_past_midnight_is_no_offset", "The portal is unavailable 2026-03-12 18:00-01:00.",
     [("2026-03-12T18:00+01:00", "2026-03-13T01:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in ISO_INSTANTS])
def test_iso_date_times_with_a_zone(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-04T10:00") == expected


# A weekday of a week number is that day of the ISO week (the stated year, else the first from publication on);
# a week alone names no day, so a range dated only by it is no window.
WEEK_NUMBERS = [
    ("en_weekday_in_week", "EMCS is unavailable on Saturday in week 12 from 08:00 to 14:00.", "2026-03-04T10:00",
     [("2026-03-21T08:00+01:00", "2026-03-21T14:00+01:00")]),
    ("da_ugedag_i_uge", "EMCS er lukket lørdag i uge 12 kl. 8-14.", "2026-03-04T10:00",
     [("2026-03-21T08:00+01:00", "2026-03-21T14:00+01:00")]),
    ("da_with_year", "EMCS er lukket lørdag i uge 12, 2027 kl. 8-14.", "2026-03-04T10:00",
     [("2027-03-27T08:00+01:00", "2027-03-27T14:00+01:00")]),
    ("da_week_first", "EMCS er lukket uge 12, lørdag kl. 8-14.", "2026-03-04T10:00",
     [("2026-03-21T08:00+01:00", "2026-03-21T14:00+01:00")]),
    ("en_all_day", "EMCS is closed Saturday in week 12.", "2026-03-04T10:00", _days(["2026-03-21"])),
    ("en_two_weekdays", "EMCS is closed Saturday and Sunday in week 12.", "2026-03-04T10:00",
     _days(["2026-03-21", "2026-03-22"])),
    ("da_two_weekdays", "EMCS er lukket lørdag og søndag i uge 12 kl. 8-14.", "2026-03-04T10:00",
     [("2026-03-21T08:00+01:00", "2026-03-21T14:00+01:00"), ("2026-03-22T08:00+01:00", "2026-03-22T14:00+01:00")]),
    ("en_next_year", "EMCS is closed Saturday in week 2 from 08:00 to 14:00.", "2026-12-10T10:00",
     [("2027-01-16T08:00+01:00", "2027-01-16T14:00+01:00")]),
    ("en_week_53", "EMCS is closed on Thursday in week 53.", "2026-11-01T10:00", _days(["2026-12-31"])),
    ("en_week_slash_year", "EMCS is closed on Saturday, week 12/2027.", "2026-03-04T10:00", _days(["2027-03-27"])),
    ("da_range_of_weeks", "EMCS er lukket lørdag i uge 12-13 kl. 8-14.", "2026-03-04T10:00",
     [("2026-03-21T08:00+01:00", "2026-03-21T14:00+01:00"), ("2026-03-28T08:00+01:00", "2026-03-28T14:00+01:00")]),
    ("days_of_a_month_not_a_week", "DMS is closed the week 10-14 March 2026.", "2026-03-04T10:00",
     [("2026-03-10", "2026-03-14")]),
    ("bare_week_with_hours", "Servicevindue i uge 12 kl. 18-22.", "2026-03-04T10:00", []),
    ("bare_weeks_with_hours", "Servicevindue uge 12-13 kl. 18-22.", "2026-03-04T10:00", []),
    ("bare_week_closed", "EMCS is closed in week 12.", "2026-03-04T10:00", []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0]) for case in WEEK_NUMBERS])
def test_a_weekday_of_a_week_number(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


def test_a_week_in_a_release_note_is_no_window() -> None:
    found = _extract("The new version of the EMCS client is released in week 12. See the release notes.",
                     "2026-03-04T10:00", title="New EMCS release", categories=("EMCS",))
    assert found.windows == () and found.kind.value == "info"


# "this weekend", "during the weekend", "i weekenden" without dates in an outage sentence: the coming Saturday and
# Sunday as one all-day window (end inclusive), the current weekend when published on it; not in the past tense.
WEEKENDS = [
    ("en_during_the_weekend", "Due to planned maintenance EMCS may be unavailable for shorter periods during the "
     "weekend. The exact times cannot be announced.", "2026-03-04T11:20", [("2026-03-07", "2026-03-08")]),
    ("en_this_weekend_friday", "EMCS is closed this weekend due to maintenance.", "2026-03-06T16:00",
     [("2026-03-07", "2026-03-08")]),
    ("en_published_saturday", "EMCS is closed this weekend due to maintenance.", "2026-03-07T09:00",
     [("2026-03-07", "2026-03-08")]),
    ("en_published_sunday", "EMCS is closed this weekend due to maintenance.", "2026-03-08T09:00",
     [("2026-03-07", "2026-03-08")]),
    ("da_i_weekenden", "EMCS er lukket i weekenden på grund af vedligehold.", "2026-03-04T11:20",
     [("2026-03-07", "2026-03-08")]),
    ("da_i_loebet_af_weekenden", "Der vil være nedetid på EMCS i løbet af weekenden.", "2026-03-04T11:20",
     [("2026-03-07", "2026-03-08")]),
    ("en_hours_each_day", "EMCS will be unavailable this weekend 08:00-12:00.", "2026-03-04T11:20",
     [("2026-03-07T08:00+01:00", "2026-03-07T12:00+01:00"), ("2026-03-08T08:00+01:00", "2026-03-08T12:00+01:00")]),
    ("da_one_night", "EMCS er lukket i weekenden kl. 22-02.", "2026-03-04T11:20",
     [("2026-03-07T22:00+01:00", "2026-03-08T02:00+01:00")]),
    ("dated_weekend_keeps_its_dates", "EMCS is closed this weekend, Saturday March 14 and Sunday March 15, 2026.",
     "2026-03-10T09:00", _days(["2026-03-14", "2026-03-15"])),
    ("not_in_the_past", "EMCS was unavailable during the weekend.", "2026-03-09T09:00", []),
    ("da_not_in_the_past", "EMCS har været utilgængelig i weekenden.", "2026-03-09T09:00", []),
    ("not_a_help_desk", "The helpdesk is closed during the weekend.", "2026-03-04T11:20", []),
    ("not_every_weekend", "EMCS is closed on weekends.", "2026-03-04T11:20", []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0]) for case in WEEKENDS])
def test_the_coming_weekend(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# A time between two days is the day it is written against: a bare night phrase ("natten mellem lørdag og
# søndag") before a fully dated span does not take its start; a weekday around its time ("Friday at 20:00 on
# March 13") is one day.
TIMES_BETWEEN_TWO_DAYS = [
    ("da_night_then_dated_span", "eIndkomst vil være utilgængelig natten mellem lørdag og søndag, fra klokken 22 "
     "lørdag den 14. marts til klokken 06 søndag den 15. marts 2026.", "",
     [("2026-03-14T22:00+01:00", "2026-03-15T06:00+01:00")]),
    ("da_without_fra", "eIndkomst er lukket natten mellem lørdag og søndag, kl. 22 lørdag den 14. marts til kl. 06 "
     "søndag den 15. marts 2026.", "", [("2026-03-14T22:00+01:00", "2026-03-15T06:00+01:00")]),
    ("da_dated_night_then_dated_span", "EMCS er lukket natten mellem den 14. og 15. marts, fra kl. 22 den 14. marts "
     "til kl. 06 den 15. marts 2026.", "", [("2026-03-14T22:00+01:00", "2026-03-15T06:00+01:00")]),
    ("en_night_then_dated_span", "eIndkomst will be unavailable the night between Saturday and Sunday, from 22:00 on "
     "Saturday March 14 to 06:00 on Sunday March 15, 2026.", "",
     [("2026-03-14T22:00+01:00", "2026-03-15T06:00+01:00")]),
    ("en_am_pm", "eIndkomst will be unavailable the night between Saturday and Sunday from 10 pm Saturday March 14 "
     "until 6 am Sunday March 15, 2026.", "", [("2026-03-14T22:00+01:00", "2026-03-15T06:00+01:00")]),
    ("en_weekday_around_its_time", "EMCS is closed from Friday at 20:00 on March 13 to Saturday at 06:00 on March 14, "
     "2026.", "", [("2026-03-13T20:00+01:00", "2026-03-14T06:00+01:00")]),
    ("da_weekday_around_its_time", "Servicevindue fredag kl. 20 den 13. marts til lørdag kl. 06 den 14. marts 2026.",
     "", [("2026-03-13T20:00+01:00", "2026-03-14T06:00+01:00")]),
    ("en_weekday_around_an_open_start", "EMCS is closed from Friday at 20:00 on March 13, 2026 until further notice.",
     "", [("2026-03-13T20:00+01:00", None)]),
    ("not_undated_times_under_a_dated_title", "eIndkomst er utilgængelig natten mellem lørdag og søndag fra kl. 22 til "
     "kl. 06.", "Planlagt nedetid eIndkomst 14.-15. marts 2026",
     [("2026-03-14T22:00+01:00", "2026-03-15T06:00+01:00")]),
    ("not_two_dated_days_each_with_hours", "EMCS is closed Saturday March 14, 2026 from 18:00 to 22:00 and Sunday "
     "March 15 from 08:00 to 12:00.", "",
     [("2026-03-14T18:00+01:00", "2026-03-14T22:00+01:00"), ("2026-03-15T08:00+01:00", "2026-03-15T12:00+01:00")]),
]


@pytest.mark.parametrize("body, title, expected", [pytest.param(*case[1:], id=case[0])
                                                    for case in TIMES_BETWEEN_TWO_DAYS])
def test_a_time_between_two_days(body: str, title: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-10T09:00", title=title) == expected


# A dated closing time and the time the system is back in the same sentence are one window (here across the spring
# change: 20:00 CET to 08:00 CEST).
_CLOSES_AT_EIGHT = ("2026-03-28T20:00+01:00", "2026-03-29T08:00+02:00")
CLOSES_AND_REOPENS_IN_ONE_SENTENCE = [
    ("da_forventes_at_aabne_igen", "Toldsystemet lukker lørdag den 28. marts 2026 kl. 20.00 og forventes at åbne igen "
     "søndag den 29. marts kl. 08.00.", [_CLOSES_AT_EIGHT]),
    ("da_aabner_igen_weekday", "Toldsystemet lukker lørdag den 28. marts 2026 kl. 20.00 og åbner igen søndag kl. "
     "08.00.", [_CLOSES_AT_EIGHT]),
    ("da_tilgaengeligt_igen", "Toldsystemet lukker lørdag den 28. marts 2026 kl. 20.00 og er tilgængeligt igen søndag "
     "den 29. marts kl. 08.00.", [_CLOSES_AT_EIGHT]),
    ("en_expected_to_reopen", "EMCS closes on Saturday March 28, 2026 at 20:00 and is expected to reopen at 08:00 on "
     "Sunday.", [_CLOSES_AT_EIGHT]),
    ("en_available_again", "EMCS closes at 20:00 on Saturday March 28, 2026 and will be available again on Sunday "
     "March 29 at 08:00.", [_CLOSES_AT_EIGHT]),
    ("en_undated_reopening", "EMCS closes on Saturday March 28, 2026 at 20:00 and reopens at 08:00.",
     [_CLOSES_AT_EIGHT]),
    ("not_without_a_time_back", "EMCS lukker lørdag den 28. marts 2026 kl. 20.00, og vi forventer, at den er oppe igen "
     "hurtigst muligt.", []),
    ("not_a_help_desk", "The helpdesk closes on Saturday March 28, 2026 at 12:00 and opens again on Monday at 08:00.",
     []),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in CLOSES_AND_REOPENS_IN_ONE_SENTENCE])
def test_a_closing_and_its_reopening_in_one_sentence(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-20T09:00") == expected


# "i aften"/"tonight" is the publication day, "i morgen (tidlig)"/"tomorrow (morning)" the day after, each read next to
# its own time; without a time they name no window (published Wednesday 2026-03-04 13:30).
_TONIGHT_TO_SIX = [("2026-03-04T22:00+01:00", "2026-03-05T06:00+01:00")]
TONIGHT_AND_TOMORROW = [
    ("da_i_aften_til_i_morgen_tidlig", "På grund af en akut opdatering vil Manifest være utilgængelig fra kl. 22.00 i "
     "aften til kl. 06.00 i morgen tidlig.", _TONIGHT_TO_SIX),
    ("da_day_before_time", "Manifest er lukket i aften kl. 22 til i morgen kl. 6.", _TONIGHT_TO_SIX),
    ("en_tonight_tomorrow_morning", "EMCS will be unavailable from 22:00 tonight until 06:00 tomorrow morning.",
     _TONIGHT_TO_SIX),
    ("en_day_before_time", "EMCS will be unavailable tonight from 22:00 until tomorrow at 06:00.", _TONIGHT_TO_SIX),
    ("en_tomorrow_range", "EMCS will be unavailable tomorrow from 18:00 to 22:00.",
     [("2026-03-05T18:00+01:00", "2026-03-05T22:00+01:00")]),
    ("da_range_then_i_morgen", "EMCS er lukket kl. 8-10 i morgen.",
     [("2026-03-05T08:00+01:00", "2026-03-05T10:00+01:00")]),
    ("da_i_morgen_aften", "EMCS er lukket i morgen aften kl. 20-23.",
     [("2026-03-05T20:00+01:00", "2026-03-05T23:00+01:00")]),
    ("en_open_start_tonight", "EMCS is unavailable from 22:00 tonight.", [("2026-03-04T22:00+01:00", None)]),
    ("not_tomorrow_alone", "EMCS is closed tomorrow.", []),
    ("not_i_aften_alone", "Manifest er lukket i aften.", []),
    ("not_a_help_desk", "The helpdesk is closed tonight from 18:00 to 22:00.", []),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in TONIGHT_AND_TOMORROW])
def test_tonight_and_tomorrow(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-04T13:30") == expected


# A span of days written with a connector is one window: a bare day ending a range that starts on a day of a named
# month is of that month ("from May 2 to 4"), a bare day starting one takes the end's month ("fra 2. til 4. maj"), and
# "between" joins a span, not a list. Days listed without a connector stay one window each.
SPANS_OF_DAYS = [
    ("en_between_month_first", "EMCS is closed between May 2 and 4, 2026.", [("2026-05-02", "2026-05-04")]),
    ("en_from_to_month_first", "EMCS is closed from May 2 to 4, 2026.", [("2026-05-02", "2026-05-04")]),
    ("en_ordinals", "EMCS is closed from May 2nd to 4th.", [("2026-05-02", "2026-05-04")]),
    ("en_between_two_dates", "EMCS is closed between May 2 and May 4.", [("2026-05-02", "2026-05-04")]),
    ("en_day_first", "EMCS is closed between 2 and 4 May 2026.", [("2026-05-02", "2026-05-04")]),
    ("en_the_2nd_to_the_4th_of", "EMCS is closed from the 2nd to the 4th of May.", [("2026-05-02", "2026-05-04")]),
    ("da_fra_til", "EMCS er lukket fra 2. til 4. maj 2026.", [("2026-05-02", "2026-05-04")]),
    ("da_fra_den_til_den", "EMCS er lukket fra den 2. til den 4. maj.", [("2026-05-02", "2026-05-04")]),
    ("da_mellem_og", "EMCS er lukket mellem 2. og 4. maj.", [("2026-05-02", "2026-05-04")]),
    ("en_with_times", "EMCS is closed from May 2 at 18:00 to 4 at 06:00.",
     [("2026-05-02T18:00+02:00", "2026-05-04T06:00+02:00")]),
    ("da_with_times", "EMCS er lukket fra den 2. maj kl. 18 til den 4. kl. 06.",
     [("2026-05-02T18:00+02:00", "2026-05-04T06:00+02:00")]),
    ("da_day_first_with_times", "EMCS er lukket fra den 2. kl. 18 til den 4. maj kl. 06.",
     [("2026-05-02T18:00+02:00", "2026-05-04T06:00+02:00")]),
    ("en_day_first_with_times", "EMCS is closed from the 2nd at 18:00 to the 4th of May at 06:00.",
     [("2026-05-02T18:00+02:00", "2026-05-04T06:00+02:00")]),
    ("da_day_first_across_months", "EMCS er lukket fra lørdag den 30. kl. 18 til mandag den 1. juni kl. 06.",
     [("2026-05-30T18:00+02:00", "2026-06-01T06:00+02:00")]),
    ("da_weekdays_all_day", "EMCS er lukket fra lørdag den 2. til mandag den 4. maj.", [("2026-05-02", "2026-05-04")]),
    ("da_night_between_two_days", "EMCS er lukket natten mellem den 2. og 3. maj kl. 22-02.",
     [("2026-05-02T22:00+02:00", "2026-05-03T02:00+02:00")]),
    ("en_night_between_weekdays", "EMCS is unavailable the night between Saturday 2 and Sunday 3 May from 10 pm to "
     "2 am.", [("2026-05-02T22:00+02:00", "2026-05-03T02:00+02:00")]),
    ("not_an_hour_after_a_dated_time", "EMCS is closed from May 2 at 18:00 to 22:00.",
     [("2026-05-02T18:00+02:00", "2026-05-02T22:00+02:00")]),
    ("not_an_hour_with_am", "EMCS is closed from May 2 at 18:00 to 4 am.",
     [("2026-05-02T18:00+02:00", "2026-05-03T04:00+02:00")]),
    ("not_an_ordinal_of_something_else", "EMCS is closed from the 2nd line support at 18:00.", []),
    ("not_a_list_en", "EMCS is closed on May 2 and 4, 2026.", _days(["2026-05-02", "2026-05-04"])),
    ("not_a_list_da", "EMCS er lukket 2. og 4. maj.", _days(["2026-05-02", "2026-05-04"])),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in SPANS_OF_DAYS])
def test_a_span_of_days(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-04-20T09:00") == expected


# A month-first list mixing ordinals and plain days ("December 2nd and 4") is one date each; a number that is a time
# still ends the list.
MIXED_LISTS = [
    ("en_year_after", "EMCS is closed December 2nd and 4, 2026.", _days(["2026-12-02", "2026-12-04"])),
    ("en_range_after", "EMCS is closed December 2nd and 4, 18:00-22:00.",
     _each(["2026-12-02", "2026-12-04"], ("18:00", "22:00"))),
    ("en_from_to_after", "EMCS is closed on December 2nd and 4 from 18:00 to 22:00.",
     _each(["2026-12-02", "2026-12-04"], ("18:00", "22:00"))),
    ("en_three_days", "EMCS is closed December 2nd, 3rd and 4, 2026.",
     _days(["2026-12-02", "2026-12-03", "2026-12-04"])),
    ("en_plain_after_ordinal", "EMCS is closed December 2nd, 3 and 4.",
     _days(["2026-12-02", "2026-12-03", "2026-12-04"])),
    ("da_month_first", "DMS er lukket december 2. og 4, kl. 18-22.",
     _each(["2026-12-02", "2026-12-04"], ("18:00", "22:00"))),
    ("not_hours_after_a_comma", "EMCS is closed December 2nd, 8 to 10 am.",
     [("2026-12-02T08:00+01:00", "2026-12-02T10:00+01:00")]),
    ("not_a_range_of_hours", "EMCS is closed on December 2nd, 10-15:00.",
     [("2026-12-02T10:00+01:00", "2026-12-02T15:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in MIXED_LISTS])
def test_a_list_mixing_ordinals_and_plain_days(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-11-20T09:00") == expected


# "next weekend", "næste weekend", "the coming weekend" without dates: the coming Saturday and Sunday when said on a
# weekday, the weekend after the current one when said on a Saturday or Sunday ("this weekend" then is the current one).
_WEEKEND_7 = [("2026-03-07", "2026-03-08")]
_WEEKEND_14 = [("2026-03-14", "2026-03-15")]
NEXT_WEEKENDS = [
    ("en_on_wednesday", "EMCS is closed next weekend due to maintenance.", "2026-03-04T11:20", _WEEKEND_7),
    ("en_on_friday", "EMCS is closed next weekend due to maintenance.", "2026-03-06T16:00", _WEEKEND_7),
    ("en_on_saturday", "EMCS is closed next weekend due to maintenance.", "2026-03-07T09:00", _WEEKEND_14),
    ("en_on_sunday", "EMCS is closed next weekend due to maintenance.", "2026-03-08T09:00", _WEEKEND_14),
    ("da_on_wednesday", "EMCS er lukket næste weekend.", "2026-03-04T11:20", _WEEKEND_7),
    ("da_on_saturday", "EMCS er lukket næste weekend.", "2026-03-07T09:00", _WEEKEND_14),
    ("en_coming_on_saturday", "EMCS will be unavailable the coming weekend.", "2026-03-07T09:00", _WEEKEND_14),
    ("da_kommende_on_wednesday", "EMCS er lukket den kommende weekend.", "2026-03-04T11:20", _WEEKEND_7),
    ("da_hours_on_sunday", "EMCS er lukket næste weekend kl. 22-02.", "2026-03-08T09:00",
     [("2026-03-14T22:00+01:00", "2026-03-15T02:00+01:00")]),
    ("this_weekend_on_saturday", "EMCS is closed this weekend.", "2026-03-07T09:00", _WEEKEND_7),
    ("not_in_the_past", "EMCS was unavailable last weekend.", "2026-03-09T09:00", []),
    ("not_a_help_desk", "The helpdesk is closed next weekend.", "2026-03-04T11:20", []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0]) for case in NEXT_WEEKENDS])
def test_next_weekend(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# A range from midnight or in the small hours, said to be in the night between two days ("natten mellem lørdag og
# søndag", "night between Saturday and Sunday", "natten til søndag"), is on the second day, even dated with the
# first; one from the evening past midnight starts on the first day (Saturday 2026-03-14, Sunday 2026-03-15).
_SUNDAY_SMALL_HOURS = [("2026-03-15T00:00+01:00", "2026-03-15T04:00+01:00")]
_SATURDAY_NIGHT = [("2026-03-14T22:00+01:00", "2026-03-15T02:00+01:00")]
SMALL_HOURS_OF_A_NIGHT = [
    ("da_range_before_dated_night", "PRD-servicevindue NemLog-in kl. 00.00-04.00 natten mellem lørdag den 14. og "
     "søndag den 15. marts 2026.", "", _SUNDAY_SMALL_HOURS),
    ("da_range_after_dated_night", "NemLog-in er lukket natten mellem den 14. og 15. marts 2026 kl. 01.00-05.00.", "",
     [("2026-03-15T01:00+01:00", "2026-03-15T05:00+01:00")]),
    ("en_dated_first_day_then_night", "PRD-servicewindow NemLog-In Saturday March 14, 2026, 0000-0400 (night between "
     "Saturday and Sunday)", "", _SUNDAY_SMALL_HOURS),
    ("en_night_between_dates", "NemLog-In is closed the night between Saturday March 14 and Sunday March 15, 2026 "
     "from 00:00 to 04:00.", "", _SUNDAY_SMALL_HOURS),
    ("da_natten_til_after_a_dated_range", "NemLog-in er lukket lørdag den 14. marts 2026 kl. 00-04 (natten til "
     "søndag).", "", _SUNDAY_SMALL_HOURS),
    ("da_weekdays_under_a_dated_title", "NemLog-in er lukket natten mellem lørdag og søndag kl. 00.00-04.00.",
     "Servicevindue lørdag den 14. marts 2026", _SUNDAY_SMALL_HOURS),
    ("not_from_the_evening", "NemLog-in er lukket kl. 22-02 natten mellem lørdag den 14. og søndag den 15. marts 2026.",
     "", _SATURDAY_NIGHT),
    ("not_from_the_evening_en", "PRD-servicewindow NemLog-In Saturday March 14, 2026, 2200-0200 (night between "
     "Saturday and Sunday)", "", _SATURDAY_NIGHT),
    ("not_dated_with_the_second_day", "NemLog-In is closed the night between Saturday and Sunday, Sunday March 15, "
     "2026 from 00:00 to 04:00.", "", _SUNDAY_SMALL_HOURS),
    ("not_without_a_night", "PRD-servicewindow NemLog-In Saturday March 14, 2026, 0000-0400", "",
     [("2026-03-14T00:00+01:00", "2026-03-14T04:00+01:00")]),
    ("not_a_daytime_range", "EMCS er lukket lørdag den 14. marts 2026 kl. 08-12 og natten mellem lørdag og søndag "
     "kl. 22-02.", "", [("2026-03-14T08:00+01:00", "2026-03-14T12:00+01:00")] + _SATURDAY_NIGHT),
]


@pytest.mark.parametrize("body, title, expected", [pytest.param(*case[1:], id=case[0])
                                                    for case in SMALL_HOURS_OF_A_NIGHT])
def test_the_small_hours_of_a_night_between_two_days(body: str, title: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-09T10:00", title=title) == expected


# "i nat"/"tonight" next to a time: evening times are on the publication day; times after midnight are on the next
# day when said after noon ("i nat") or after 06:00 ("tonight"), else on the publication day (the night just passed
# or in progress). Alone they name no window (Wednesday 2026-03-04).
_COMING_NIGHT = [("2026-03-05T01:00+01:00", "2026-03-05T03:00+01:00")]
_PAST_NIGHT = [("2026-03-04T01:00+01:00", "2026-03-04T03:00+01:00")]
_FROM_ELEVEN = [("2026-03-04T23:00+01:00", "2026-03-05T02:00+01:00")]
TONIGHT_AFTER_MIDNIGHT = [
    ("da_i_nat_afternoon", "DMS lukkes i nat kl. 01.00-03.00.", "2026-03-04T15:00", _COMING_NIGHT),
    ("da_i_nat_evening", "DMS lukkes i nat kl. 01.00-03.00.", "2026-03-04T21:30", _COMING_NIGHT),
    ("da_range_then_i_nat", "Manifest er lukket kl. 01-03 i nat.", "2026-03-04T12:00", _COMING_NIGHT),
    ("da_i_nat_fra_til", "Manifest er utilgængelig i nat fra kl. 01.00 til kl. 03.00.", "2026-03-04T16:00",
     _COMING_NIGHT),
    ("da_i_nat_morning", "DMS er lukket i nat kl. 01.00-03.00.", "2026-03-04T08:00", _PAST_NIGHT),
    ("da_i_nat_from_the_evening", "DMS lukkes i nat kl. 23-02.", "2026-03-04T15:00", _FROM_ELEVEN),
    ("da_i_nat_from_the_evening_morning", "DMS lukkes i nat kl. 23-02.", "2026-03-04T09:00", _FROM_ELEVEN),
    ("da_i_aften_til_i_nat", "Manifest er lukket fra kl. 22.00 i aften til kl. 03.00 i nat.", "2026-03-04T13:30",
     [("2026-03-04T22:00+01:00", "2026-03-05T03:00+01:00")]),
    ("en_tonight_afternoon", "EMCS will be unavailable tonight from 01:00 to 03:00.", "2026-03-04T13:30",
     _COMING_NIGHT),
    ("en_tonight_morning", "EMCS will be unavailable tonight from 01:00 to 03:00.", "2026-03-04T08:00",
     _COMING_NIGHT),
    ("en_range_then_tonight", "EMCS is closed 01:00-03:00 tonight.", "2026-03-04T19:00", _COMING_NIGHT),
    ("en_tonight_said_in_the_small_hours", "EMCS will be unavailable tonight from 01:00 to 03:00.",
     "2026-03-04T00:30", _PAST_NIGHT),
    ("en_tonight_from_the_evening", "EMCS will be unavailable tonight from 23:00 to 02:00.", "2026-03-04T08:00",
     _FROM_ELEVEN),
    ("not_i_nat_alone", "Manifest er lukket i nat.", "2026-03-04T15:00", []),
    ("not_tonight_alone", "EMCS will be unavailable tonight.", "2026-03-04T15:00", []),
    ("not_a_help_desk", "Servicedesk er lukket i nat kl. 01.00-03.00.", "2026-03-04T15:00", []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                        for case in TONIGHT_AFTER_MIDNIGHT])
def test_tonight_after_midnight(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# A span of days whose month is written once, at the end, with a first day larger than the last ("from 30 to 2 June",
# "fra den 30. til 2. juni", "30.-2. juni", "between 30 and 2 June") starts in the month before; one whose month is
# written once at the start ("from May 30 to 2", "fra den 30. maj til den 2.") ends in the month after. A year runs on
# across December. At most two weeks wrap: "from 10 to 2 June" is no such span.
_MAY_30_TO_JUNE_2 = [("2026-05-30", "2026-06-02")]
_NIGHTS_INTO_JUNE = [("2026-05-30T18:00+02:00", "2026-06-02T06:00+02:00")]
SPANS_INTO_THE_NEXT_MONTH = [
    ("en_from_to_day_first", "EMCS is closed from 30 to 2 June.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_between_day_first", "EMCS is closed between 30 and 2 June.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_ordinals_of", "EMCS is closed from the 30th to the 2nd of June.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_dash_ordinals", "EMCS is closed 30th-2nd June.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_dash", "EMCS is closed 30-2 June.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("da_fra_den_til", "EMCS er lukket fra den 30. til 2. juni.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("da_fra_til", "EMCS er lukket fra 30. til 2. juni 2026.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("da_mellem_og", "EMCS er lukket mellem den 30. og den 2. juni.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("da_dotted_dash", "EMCS er lukket 30.-2. juni.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_month_first_to", "EMCS is closed from May 30 to 2.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_month_first_between", "EMCS is closed between May 30th and 2nd.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("da_month_first", "EMCS er lukket fra den 30. maj til den 2.", "2026-04-20T09:00", _MAY_30_TO_JUNE_2),
    ("en_month_first_times", "EMCS is closed from May 30 at 18:00 to 2 at 06:00.", "2026-04-20T09:00",
     _NIGHTS_INTO_JUNE),
    ("da_month_first_times", "EMCS er lukket fra den 30. maj kl. 18 til den 2. kl. 06.", "2026-04-20T09:00",
     _NIGHTS_INTO_JUNE),
    ("en_day_first_times", "EMCS is closed from the 30th at 18:00 to 2 June at 06:00.", "2026-04-20T09:00",
     _NIGHTS_INTO_JUNE),
    ("da_into_the_next_year", "EMCS er lukket fra 30. december til 2. januar 2027.", "2026-12-01T09:00",
     [("2026-12-30", "2027-01-02")]),
    ("en_into_the_next_year", "EMCS is closed from December 30 to 2.", "2026-12-01T09:00",
     [("2026-12-30", "2027-01-02")]),
    ("da_dash_into_the_next_year", "EMCS er lukket 30.-2. januar.", "2026-12-01T09:00",
     [("2026-12-30", "2027-01-02")]),
    ("da_leap_day", "EMCS er lukket 29. februar - 2. marts 2028.", "2028-02-01T09:00",
     [("2028-02-29", "2028-03-02")]),
    ("not_an_hour_after_a_dated_time", "EMCS is closed from May 30 at 18:00 to 2.", "2026-04-20T09:00",
     [("2026-05-30T18:00+02:00", "2026-05-31T02:00+02:00")]),
    ("not_hours_of_a_dated_day", "EMCS is closed on May 30 from 22 to 2.", "2026-04-20T09:00",
     [("2026-05-30T22:00+02:00", "2026-05-31T02:00+02:00")]),
    ("not_more_than_two_weeks", "EMCS is closed from 10 to 2 June.", "2026-04-20T09:00",
     [("2026-06-02", "2026-06-02")]),
    # a first day the month before does not have (30 February): the end day alone, as without wrapping
    ("da_dotted_dash_no_such_day", "EMCS er lukket 30.-2. marts 2026.", "2026-02-10T09:00",
     [("2026-03-02", "2026-03-02")]),
    ("da_fra_til_no_such_day", "EMCS er lukket fra den 30. til 2. marts.", "2026-02-10T09:00",
     [("2026-03-02", "2026-03-02")]),
    ("en_from_to_no_such_day", "EMCS is closed from 30 to 2 March.", "2026-02-10T09:00",
     [("2026-03-02", "2026-03-02")]),
    ("en_dash_no_such_day", "EMCS is closed 31-2 May 2026.", "2026-04-10T09:00", [("2026-05-02", "2026-05-02")]),
    ("da_dotted_dash_no_such_day_hours", "EMCS er lukket 30.-2. marts 2026 kl. 18-22.", "2026-02-10T09:00",
     [("2026-03-02T18:00+01:00", "2026-03-02T22:00+01:00")]),
    ("da_leap_day_span", "EMCS er lukket 29.-2. marts 2028.", "2028-02-10T09:00", [("2028-02-29", "2028-03-02")]),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                        for case in SPANS_INTO_THE_NEXT_MONTH])
def test_a_span_of_days_into_the_next_month(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# Bare numbers joined as a range before "on <date>" / "den <date>" are its hours: "from 8 to 10 on May 16" is not
# "from 8 until the 10th of May at 16".
_EIGHT_TO_TEN = [("2026-05-16T08:00+02:00", "2026-05-16T10:00+02:00")]
HOURS_BEFORE_A_DATE = [
    ("en_from_to_on_month_first", "EMCS is closed from 8 to 10 on May 16.", _EIGHT_TO_TEN),
    ("en_between_on_month_first", "EMCS is closed between 8 and 10 on May 16.", _EIGHT_TO_TEN),
    ("en_on_day_first", "EMCS is closed between 8 and 10 on 16 May.", _EIGHT_TO_TEN),
    ("en_on_weekday_and_date", "EMCS is closed from 8 to 10 on Saturday, May 16.", _EIGHT_TO_TEN),
    ("en_evening_with_year", "EMCS is closed from 18 to 22 on May 16, 2026.",
     [("2026-05-16T18:00+02:00", "2026-05-16T22:00+02:00")]),
    ("da_fra_kl_til_den", "EMCS er lukket fra kl. 8 til 10 den 16. maj.", _EIGHT_TO_TEN),
    ("da_fra_til_den", "EMCS er lukket fra 8 til 10 den 16. maj.", _EIGHT_TO_TEN),
    ("da_mellem_kl_og_den", "EMCS er lukket mellem kl. 8 og 10 den 16. maj.", _EIGHT_TO_TEN),
    ("not_the_day_of_its_month", "EMCS is closed from the 2nd to the 4th of May.", [("2026-05-02", "2026-05-04")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in HOURS_BEFORE_A_DATE])
def test_hours_before_on_a_date(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-04-20T09:00") == expected


# Days named from publication next to a time (Wednesday 2026-03-04): "today"/"i dag", "this evening", "this
# afternoon"/"i eftermiddag", "i morges", "i morgen tidlig", "i overmorgen", "yesterday"/"i går (aftes)"; a past night
# ("last night", "i nat" in the past tense) has its evening on the day before publication and its small hours on the
# publication day, whenever it is published.
_TODAY_EVENING = [("2026-03-04T18:00+01:00", "2026-03-04T22:00+01:00")]
_YESTERDAY_EVENING = [("2026-03-03T18:00+01:00", "2026-03-03T22:00+01:00")]
_LAST_NIGHT = [("2026-03-03T23:00+01:00", "2026-03-04T02:00+01:00")]
_LAST_SMALL_HOURS = [("2026-03-04T01:00+01:00", "2026-03-04T03:00+01:00")]
DAYS_FROM_PUBLICATION = [
    ("en_today", "EMCS will be unavailable today from 18:00 to 22:00.", "2026-03-04T13:30", _TODAY_EVENING),
    ("da_i_dag", "EMCS er lukket i dag kl. 18-22.", "2026-03-04T13:30", _TODAY_EVENING),
    ("da_idag", "EMCS er lukket idag kl. 18-22.", "2026-03-04T13:30", _TODAY_EVENING),
    ("en_this_evening", "EMCS will be unavailable this evening from 18:00 to 22:00.", "2026-03-04T13:30",
     _TODAY_EVENING),
    ("en_range_then_this_evening", "EMCS will be unavailable from 18:00 to 22:00 this evening.", "2026-03-04T13:30",
     _TODAY_EVENING),
    ("en_this_afternoon", "EMCS will be unavailable this afternoon from 14:00 to 16:00.", "2026-03-04T11:30",
     [("2026-03-04T14:00+01:00", "2026-03-04T16:00+01:00")]),
    ("da_i_eftermiddag", "EMCS er lukket i eftermiddag kl. 14-16.", "2026-03-04T11:30",
     [("2026-03-04T14:00+01:00", "2026-03-04T16:00+01:00")]),
    ("en_this_morning", "EMCS was unavailable this morning from 06:00 to 08:00.", "2026-03-04T10:30",
     [("2026-03-04T06:00+01:00", "2026-03-04T08:00+01:00")]),
    ("da_i_morges", "EMCS var lukket i morges kl. 06-08.", "2026-03-04T10:30",
     [("2026-03-04T06:00+01:00", "2026-03-04T08:00+01:00")]),
    ("da_i_morgen_tidlig", "EMCS er lukket i morgen tidlig kl. 06-08.", "2026-03-04T13:30",
     [("2026-03-05T06:00+01:00", "2026-03-05T08:00+01:00")]),
    ("da_i_overmorgen", "EMCS lukkes i overmorgen kl. 18-22.", "2026-03-04T10:30",
     [("2026-03-06T18:00+01:00", "2026-03-06T22:00+01:00")]),
    ("en_yesterday", "EMCS was unavailable yesterday from 18:00 to 22:00.", "2026-03-04T08:30", _YESTERDAY_EVENING),
    ("da_i_gaar", "EMCS var lukket i går kl. 18-22.", "2026-03-04T08:30", _YESTERDAY_EVENING),
    ("da_igaar", "EMCS var lukket igår kl. 18-22.", "2026-03-04T08:30", _YESTERDAY_EVENING),
    ("da_i_gaar_aftes", "EMCS var lukket i går aftes kl. 23-02.", "2026-03-04T08:30", _LAST_NIGHT),
    ("da_i_aftes", "EMCS var lukket i aftes kl. 23-02.", "2026-03-04T08:30", _LAST_NIGHT),
    ("en_last_night", "EMCS was unavailable last night from 23:00 to 02:00.", "2026-03-04T08:30", _LAST_NIGHT),
    ("en_last_night_small_hours_said_later", "EMCS was unavailable last night from 01:00 to 03:00.",
     "2026-03-04T14:30", _LAST_SMALL_HOURS),
    ("da_i_nat_past", "Manifest var lukket i nat fra kl. 23 til kl. 02.", "2026-03-04T08:30", _LAST_NIGHT),
    ("da_i_nat_past_said_later", "Manifest var lukket i nat kl. 01-03.", "2026-03-04T15:30", _LAST_SMALL_HOURS),
    ("da_from_yesterday_to_i_nat", "Fra kl. 23 i går til kl. 02 i nat var EMCS lukket.", "2026-03-04T10:30",
     _LAST_NIGHT),
    ("not_past_i_nat_in_the_future_tense", "DMS lukkes i nat kl. 23-02.", "2026-03-04T09:00",
     [("2026-03-04T23:00+01:00", "2026-03-05T02:00+01:00")]),
    ("not_today_alone", "EMCS is closed today.", "2026-03-04T09:00", []),
    ("not_i_gaar_alone", "EMCS var lukket i går.", "2026-03-04T09:00", []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                        for case in DAYS_FROM_PUBLICATION])
def test_days_named_from_publication(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# Days named from publication inside an update written days later count from the update's own stamp: "tonight",
# "i aften", "today", "i dag", "tomorrow", "i morgen" next to a time or elsewhere in the sentence.
_STAMP_DAY = [("2026-03-04T20:00+01:00", "2026-03-04T23:00+01:00")]
_DAY_AFTER_STAMP = [("2026-03-05T20:00+01:00", "2026-03-05T23:00+01:00")]
NAMED_IN_AN_UPDATE = [
    ("en_tonight", "Update 04-03-2026 kl. 10.00: EMCS will be closed tonight from 20:00 to 23:00.\n\n"
     "EMCS is unstable.", _STAMP_DAY),
    ("da_i_aften", "Opdatering 04-03-2026 kl. 10.00: EMCS lukkes i aften fra kl. 20 til 23.\n\nEMCS er ustabil.",
     _STAMP_DAY),
    ("en_today", "Update 04-03-2026 kl. 10.00: Today EMCS will be closed from 20:00 to 23:00.\n\nEMCS is unstable.",
     _STAMP_DAY),
    ("da_i_dag", "Opdatering 04-03-2026 kl. 10.00: I dag lukkes EMCS fra kl. 20 til 23.\n\nEMCS er ustabil.",
     _STAMP_DAY),
    ("en_tomorrow_next_to_the_time", "Update 04-03-2026 kl. 10.00: EMCS will be closed tomorrow from 20:00 to "
     "23:00.\n\nEMCS is unstable.", _DAY_AFTER_STAMP),
    ("en_tomorrow_away_from_the_time", "Update 04-03-2026 kl. 10.00: Tomorrow EMCS will be closed from 20:00 to "
     "23:00.\n\nEMCS is unstable.", _DAY_AFTER_STAMP),
    ("da_i_morgen", "Opdatering 04-03-2026 kl. 10.00: I morgen lukkes EMCS fra kl. 20 til 23.\n\nEMCS er ustabil.",
     _DAY_AFTER_STAMP),
    ("en_time_only_stamp_on_a_later_day", "Update 10:00: EMCS will be closed tonight from 20:00 to 23:00.\n\n"
     "EMCS is unstable.", _STAMP_DAY),
    ("en_below_the_stamp", "Update 04-03-2026 kl. 10.00:\nEMCS will be closed tomorrow from 20:00 to 23:00.\n\n"
     "EMCS is unstable.", _DAY_AFTER_STAMP),
    ("not_in_the_announcement", "EMCS is unstable.\n\nEMCS will be closed tonight from 20:00 to 23:00.",
     [("2026-03-02T20:00+01:00", "2026-03-02T23:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in NAMED_IN_AN_UPDATE])
def test_days_named_in_an_update_count_from_its_stamp(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-02T08:00", "2026-03-04T10:05") == expected


# A day named away from its time ("Yesterday, EMCS was unavailable from 18:00 to 22:00", "I dag er DMS lukket fra kl.
# 14 til 15"): the undated ranges of its sentence are on that day, not the title's or the day above. Whole words.
_YESTERDAY = [("2026-03-03T18:00+01:00", "2026-03-03T22:00+01:00")]
_TODAY = [("2026-03-04T14:00+01:00", "2026-03-04T15:00+01:00")]
NAMED_AWAY_FROM_THE_TIME = [
    ("en_yesterday", "Yesterday, EMCS was unavailable from 18:00 to 22:00.", "", _YESTERDAY),
    ("da_i_gaar", "I går var EMCS utilgængelig fra kl. 18 til 22.", "", _YESTERDAY),
    ("da_igaar", "Igår var EMCS utilgængelig fra kl. 18 til 22.", "", _YESTERDAY),
    ("en_today_under_a_dated_title", "Today DMS will be closed from 14:00 to 15:00.", "DMS Thursday March 5, 2026",
     _TODAY),
    ("da_i_dag_under_a_dated_title", "I dag er DMS lukket fra kl. 14 til 15.", "DMS torsdag den 5. marts 2026",
     _TODAY),
    ("da_idag", "Idag er DMS lukket fra kl. 14 til 15.", "", _TODAY),
    ("not_i_dagene", "I dagene efter er DMS lukket fra kl. 14 til 15.", "DMS torsdag den 5. marts 2026",
     [("2026-03-05T14:00+01:00", "2026-03-05T15:00+01:00")]),
    ("not_over_a_dated_range", "Today we announce that DMS is closed Friday March 6, 2026 from 14:00 to 15:00.", "",
     [("2026-03-06T14:00+01:00", "2026-03-06T15:00+01:00")]),
]


@pytest.mark.parametrize("body, title, expected", [pytest.param(*case[1:], id=case[0])
                                                   for case in NAMED_AWAY_FROM_THE_TIME])
def test_a_day_named_away_from_its_time(body: str, title: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-04T10:00", title=title) == expected


# The weekend of a week number ("i weekenden uge 11", "weekenden i uge 11", "the weekend of week 11", "the weekend in
# week 11"): its Saturday and Sunday as one all-day window (end inclusive), of the week still to come, also when the
# system is only said to be unstable; with hours, the hours on those days. Bare weekdays in the message are the days
# of that week (published Wednesday 2017-03-08, week 10).
_WEEKEND_OF_WEEK_11 = [("2017-03-18", "2017-03-19")]
WEEKENDS_OF_A_WEEK = [
    ("da_i_weekenden_uge", "På grund af flytning af servere kan Manifest være ustabil i weekenden uge 11.",
     "2017-03-08T10:45", _WEEKEND_OF_WEEK_11),
    ("da_weekenden_i_uge", "Manifest er lukket weekenden i uge 11.", "2017-03-08T10:45", _WEEKEND_OF_WEEK_11),
    ("en_in_the_weekend_of_week", "Manifest is closed in the weekend of week 11.", "2017-03-08T10:45",
     _WEEKEND_OF_WEEK_11),
    ("en_the_weekend_in_week", "Manifest may be unstable the weekend in week 11.", "2017-03-08T10:45",
     _WEEKEND_OF_WEEK_11),
    ("into_the_next_year", "Manifest kan være ustabil i weekenden uge 2.", "2016-12-20T10:00",
     [("2017-01-14", "2017-01-15")]),
    ("da_night_of_the_weekend", "EMCS er lukket i weekenden uge 11 kl. 22-02.", "2017-03-08T10:45",
     [("2017-03-18T22:00+01:00", "2017-03-19T02:00+01:00")]),
    ("en_hours_each_day", "EMCS is closed in the weekend of week 11 from 08:00 to 12:00.", "2017-03-08T10:45",
     [("2017-03-18T08:00+01:00", "2017-03-18T12:00+01:00"), ("2017-03-19T08:00+01:00", "2017-03-19T12:00+01:00")]),
    ("da_weekdays_of_the_week", "Toldsystemet er lukket fra fredag kl. 17 til mandag kl. 07 i weekenden uge 11.",
     "2017-03-08T10:45", [("2017-03-17T17:00+01:00", "2017-03-20T07:00+01:00")]),
    ("not_in_the_past", "Manifest was unstable the weekend of week 11.", "2017-03-20T10:00", []),
    ("not_a_week_alone", "Manifest er lukket i uge 11.", "2017-03-08T10:45", []),
    ("not_every_weekend", "Manifest is closed every weekend in weeks 11-12.", "2017-03-08T10:45", []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                        for case in WEEKENDS_OF_A_WEEK])
def test_the_weekend_of_a_week_number(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# Hours with a spaced hour mark at both ends of a range ("18 h – 23 h", "fra 18 h til 23 h 30") are clock times;
# "h" elsewhere is a unit ("24 h service", "for 4 h", "from 2 to 4 h"). Saturday 2026-03-14, CET.
_SIX_TO_ELEVEN = [("2026-03-14T18:00+01:00", "2026-03-14T23:00+01:00")]
SPACED_HOUR_MARKS = [
    ("en_dated", "Service window: Saturday 14 March 2026, 18 h – 23 h.", "", _SIX_TO_ELEVEN),
    ("en_under_a_dated_title", "Service window: 18 h – 23 h.", "Service window Saturday 14 March 2026", _SIX_TO_ELEVEN),
    ("en_to", "EMCS is closed on Saturday 14 March 2026 from 18 h to 23 h.", "", _SIX_TO_ELEVEN),
    ("da_kl", "Servicevindue lørdag den 14. marts 2026 kl. 18 h - 23 h.", "", _SIX_TO_ELEVEN),
    ("da_minutes", "Servicevindue lørdag den 14. marts 2026 fra 18 h 30 til 23 h.", "",
     [("2026-03-14T18:30+01:00", "2026-03-14T23:00+01:00")]),
    ("en_past_midnight", "Service window: Saturday 14 March 2026, 22 h – 2 h.", "",
     [("2026-03-14T22:00+01:00", "2026-03-15T02:00+01:00")]),
    ("not_a_service_day", "The helpdesk offers 24 h service on Saturday 14 March 2026.", "", []),
    ("not_a_duration", "EMCS will be closed on Saturday 14 March 2026 from 18:00 for 4 h.", "",
     [("2026-03-14T18:00+01:00", "2026-03-14T22:00+01:00")]),
    ("not_a_count_of_hours", "EMCS will be closed on Saturday 14 March 2026 for 2 to 4 h.", "",
     [("2026-03-14", "2026-03-14")]),
    ("not_a_range_of_hours_counted", "EMCS will be closed on Saturday 14 March 2026 from 2 to 4 h.", "",
     [("2026-03-14", "2026-03-14")]),
]


@pytest.mark.parametrize("body, title, expected", [pytest.param(*case[1:], id=case[0]) for case in SPACED_HOUR_MARKS])
def test_spaced_hour_marks(body: str, title: str, expected: list[tuple]) -> None:
    assert _windows(body, "2026-03-08T10:00", title=title) == expected


# A span of days with one range of times said to repeat ("hver dag", "every day", "daily", "dagligt", "alle dage",
# "each day") is the range on every day of the span ("man." is Monday only before a date); without it, as before: a
# range with a time at both ends is one window, and "fra … til … kl. 6-8" its first and last day. March 2017, CET.
_EACH_MORNING = [(f"2017-03-0{d}T06:00+01:00", f"2017-03-0{d}T08:00+01:00") for d in (6, 7, 8)]
DAILY_SPANS = [
    ("da_abbreviated_hver_dag", "eIndkomst er lukket man. 6/3 – ons. 8/3 kl. 6-8 hver dag på grund af indlæsning af "
     "data.", _EACH_MORNING),
    ("da_dagligt", "eIndkomst er lukket man. 6/3 – ons. 8/3 kl. 6-8 dagligt.", _EACH_MORNING),
    ("da_fra_til_alle_dage", "eIndkomst er lukket fra mandag den 6. til onsdag den 8. marts kl. 6-8 alle dage.",
     _EACH_MORNING),
    ("en_every_day", "eIndkomst is closed Monday 6 March to Wednesday 8 March, 06:00-08:00 every day.", _EACH_MORNING),
    ("en_daily", "eIndkomst is closed Monday 6 March to Wednesday 8 March, 06:00-08:00 daily.", _EACH_MORNING),
    ("en_from_to_each_day", "eIndkomst is closed from 6 to 8 March, 06:00-08:00 each day.", _EACH_MORNING),
    ("not_without_each_day", "eIndkomst er lukket man. 6/3 – ons. 8/3 kl. 6-8.",
     [("2017-03-08T06:00+01:00", "2017-03-08T08:00+01:00")]),
    ("not_without_each_day_en", "eIndkomst is closed Monday 6 March to Wednesday 8 March, 06:00-08:00.",
     [("2017-03-08T06:00+01:00", "2017-03-08T08:00+01:00")]),
    ("not_without_each_day_fra_til", "eIndkomst er lukket fra mandag den 6. til onsdag den 8. marts kl. 6-8.",
     [("2017-03-06T06:00+01:00", "2017-03-06T08:00+01:00"), ("2017-03-08T06:00+01:00", "2017-03-08T08:00+01:00")]),
    ("not_a_range_with_two_times", "eIndkomst is closed from Monday 6 March 18:00 to Wednesday 8 March 06:00 every "
     "day.", [("2017-03-06T18:00+01:00", "2017-03-08T06:00+01:00")]),
    ("not_the_pronoun_man", "Hvis man 7. marts 2017 ikke kan logge på, er eIndkomst lukket.",
     [("2017-03-07", "2017-03-07")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in DAILY_SPANS])
def test_a_span_of_days_with_a_daily_range(body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2017-03-01T15:30") == expected


def test_from_friday_to_monday_stays_one_window() -> None:
    assert _windows("EMCS is closed from Friday 18:00 to Monday 06:00.", "2026-03-08T09:30",
                    title="EMCS weekend 13-16 March 2026") == [("2026-03-13T18:00+01:00", "2026-03-16T06:00+01:00")]


# The English page of the SKAT era, translated word for word from Danish: a bare-hour range after "in the time", "in
# the period", "i tidsrummet", "i tiden", "i perioden" is clock times (not days "18-22 March", not counts "2-3
# hours", not numbers after other words); "o'clock" after an hour, and "klokken" before it, make it a clock time;
# "the 12. of June" is a date; an end "to the night to Sunday kl. 03.00"/"til natten til søndag kl. 03.00" is on
# that Sunday; and a bare weekday after the time of a date, the weekday before the date's own ("the night to Sunday
# the 16. … from 22.00 o'clock Saturday"), is that date's eve. Saturday 2026-03-14, CET, unless dated otherwise.
_P26, _P14, _P15, _P16 = "2026-03-08T10:00", "2014-03-10T09:40", "2015-06-05T11:15", "2016-10-24T10:45"
_EVENING = [("2026-03-14T18:00+01:00", "2026-03-14T22:00+01:00")]
_TO_MIDNIGHT = [("2026-03-14T20:00+01:00", "2026-03-15T00:00+01:00")]
_AUTUMN_NIGHT = [("2016-10-29T22:00+02:00", "2016-10-30T03:00+01:00")]
_EVE_OF_SUNDAY = [("2014-03-15T22:00+01:00", "2014-03-16T04:00+01:00")]
_DAY_ONLY = [("2026-03-14", "2026-03-14")]
TRANSLATED_PHRASINGS = [
    ("en_in_the_time", "NCTS is closed for updating Saturday d. 14/3 in the time 18-22.", _P26, "", _EVENING),
    ("en_in_the_period", "NCTS is closed Saturday the 14. of March 2026 in the period 18-22.", _P26, "", _EVENING),
    ("da_i_tidsrummet", "NCTS er lukket lørdag d. 14/3 i tidsrummet 18-22.", _P26, "", _EVENING),
    ("da_i_tiden", "NCTS er lukket lørdag den 14. marts 2026 i tiden 18-22.", _P26, "", _EVENING),
    ("da_i_perioden", "NCTS er lukket lørdag den 14. marts i perioden 18-22.", _P26, "", _EVENING),
    ("en_in_the_time_under_a_dated_title", "NCTS is closed in the time 18-22.", _P26,
     "NCTS closed Saturday the 14. of March 2026", _EVENING),
    ("da_i_tidsrummet_under_a_dated_title", "NCTS er lukket i tidsrummet 18-22.", _P26,
     "NCTS lukket lørdag den 14. marts 2026", _EVENING),
    ("en_two_days_both_days", "e-Import is closed Tuesday d. 10/3 and Thursday d. 12/3 in the time 18-22, both days.",
     _P26, "", [("2026-03-10T18:00+01:00", "2026-03-10T22:00+01:00"),
                ("2026-03-12T18:00+01:00", "2026-03-12T22:00+01:00")]),
    ("da_past_midnight", "NCTS er lukket lørdag d. 14/3 i tidsrummet 22-2.", _P26, "",
     [("2026-03-14T22:00+01:00", "2026-03-15T02:00+01:00")]),
    ("en_oclock", "VIES is closed Saturday the 14. of March 2026 from 20 o'clock to 24 o'clock.", _P26, "",
     _TO_MIDNIGHT),
    ("en_oclock_curly", "VIES is closed Saturday the 14. of March 2026 from 20 o’clock to 23 o’clock.", _P26, "",
     [("2026-03-14T20:00+01:00", "2026-03-14T23:00+01:00")]),
    ("en_oclock_with_minutes", "VIES is closed Saturday the 14. of March 2026 from 18.00 o'clock to 22.00 o'clock.",
     _P26, "", _EVENING),
    ("en_oclock_one_word", "VIES is closed Saturday the 14. of March 2026 from 20 oclock to 24 oclock.", _P26, "",
     _TO_MIDNIGHT),
    ("da_klokken", "VIES er lukket lørdag den 14. marts 2026 fra klokken 20 til klokken 24.", _P26, "", _TO_MIDNIGHT),
    ("en_to_the_night_to_sunday", "ECS is closed from Saturday the 29. of October 2016 kl. 22.00 to the night to "
     "Sunday kl. 03.00 because of updating.", _P16, "", _AUTUMN_NIGHT),
    ("da_til_natten_til_soendag", "ECS er lukket fra lørdag den 29. oktober 2016 kl. 22.00 til natten til søndag kl. "
     "03.00.", _P16, "", _AUTUMN_NIGHT),
    ("en_eve_of_the_night_to_sunday", "ICS will be closed the night to Sunday the 16. of March 2014 from 22.00 "
     "o'clock Saturday to 04.00 o'clock.", _P14, "", _EVE_OF_SUNDAY),
    ("da_eve_of_natten_til_soendag", "ICS er lukket natten til søndag den 16. marts 2014 fra klokken 22.00 lørdag til "
     "klokken 04.00.", _P14, "", _EVE_OF_SUNDAY),
    ("en_eve_across_a_month", "ICS will be closed the night to Sunday the 1. of March 2015 from 22.00 o'clock "
     "Saturday to 04.00 o'clock.", "2015-02-20T09:40", "",
     [("2015-02-28T22:00+01:00", "2015-03-01T04:00+01:00")]),
    ("en_the_12_of_june_kl", "ECS will be closed in the weekend from Friday the 12. of June 2015 kl. 17.00 to Monday "
     "the 15. of June 2015 kl. 07.00.", _P15, "", [("2015-06-12T17:00+02:00", "2015-06-15T07:00+02:00")]),
    ("en_the_12_of_june_range", "ECS will be closed Friday the 12. of June kl. 17 to 22.", _P15, "",
     [("2015-06-12T17:00+02:00", "2015-06-12T22:00+02:00")]),
    ("not_days_of_a_month", "NCTS is closed in the period 18-22 March 2026.", _P26, "",
     [("2026-03-18", "2026-03-22")]),
    ("not_days_of_a_month_da", "NCTS er lukket i perioden 18.-22. marts 2026.", _P26, "",
     [("2026-03-18", "2026-03-22")]),
    ("not_a_count_of_hours", "ECS is closed Saturday the 14. of March 2026 in the time 2-3 hours.", _P26, "",
     _DAY_ONLY),
    ("not_numbers_after_other_words", "NCTS is closed Saturday the 14. of March 2026, see items 18-22.", _P26, "",
     _DAY_ONLY),
    ("not_a_count_of_users", "On Saturday the 14. of March 2026 we expect 20 to 24 users.", _P26, "", []),
    ("not_a_night_without_a_time", "ECS is closed from Saturday the 29. of October 2016 kl. 22.00 to the night to "
     "Sunday.", _P16, "", [("2016-10-29T22:00+02:00", None)]),
    ("a_dated_day_alone_is_all_day", "ECS will be closed Friday the 12. of June.", _P15, "",
     [("2015-06-12", "2015-06-12")]),
]


@pytest.mark.parametrize("body, published, title, expected",
                         [pytest.param(*case[1:], id=case[0]) for case in TRANSLATED_PHRASINGS])
def test_phrasings_translated_from_danish(body: str, published: str, title: str, expected: list[tuple]) -> None:
    assert _windows(body, published, title=title) == expected


# A span of days, then the each-day phrase BEFORE one range of times ("dagligt fra kl. 22.00 til kl. 02.00", "daily
# from 22:00 to 02:00", "hver dag kl. 22-02", "every night from 22:00 to 02:00"), a few words of the sentence allowed
# between ("lukkes e-Eksport"): the range on every day of the span, a night ending the next morning. Without the
# phrase, in another sentence, or too far from the span: as before. At most 31 days (else the first and last day).
# Monday 9 to Thursday 12 March 2026, CET.
_P_MARCH = "2026-03-02T10:00"
_NIGHTS = [(f"2026-03-{d:02}T22:00+01:00", f"2026-03-{d + 1:02}T02:00+01:00") for d in (9, 10, 11, 12)]
_FIRST_NIGHT = _NIGHTS[:1]
DAILY_BEFORE_TIMES = [
    ("da_fra_til_dagligt", "e-Eksport lukkes fra mandag den 9. til torsdag den 12. marts 2026 dagligt fra kl. 22.00 "
     "til kl. 02.00.", _NIGHTS),
    ("da_words_between", "I perioden mandag den 9. til torsdag den 12. marts 2026 lukkes e-Eksport dagligt fra kl. "
     "22.00 til kl. 02.00.", _NIGHTS),
    ("da_hver_dag_row", "• 9.-12. marts 2026: hver dag kl. 22-02", _NIGHTS),
    ("en_daily_row", "Planned service windows:\n\nMonday March 9 – Thursday March 12, 2026: daily from 22:00 to 02:00",
     _NIGHTS),
    ("en_every_night", "e-Export is closed from Monday 9 March to Thursday 12 March 2026 every night from 22:00 to "
     "02:00.", _NIGHTS),
    ("en_daily_mornings", "eIndkomst will be closed from Tuesday the 10th to Thursday the 12th of March 2026 daily from "
     "06.00 to 07.00.", [(f"2026-03-{d}T06:00+01:00", f"2026-03-{d}T07:00+01:00") for d in (10, 11, 12)]),
    ("not_without_the_phrase", "e-Eksport lukkes fra mandag den 9. til torsdag den 12. marts 2026 fra kl. 22.00 til kl. "
     "02.00.", [_NIGHTS[0], _NIGHTS[3]]),
    ("not_in_another_sentence", "e-Export is closed from Monday 9 March to Thursday 12 March 2026. Daily jobs run from "
     "22:00 to 02:00.", _FIRST_NIGHT),
    ("not_too_far_from_the_span", "e-Export is closed from Monday 9 March to Thursday 12 March 2026 while the export "
     "and import systems are upgraded daily from 22:00 to 02:00.", _FIRST_NIGHT),
    ("not_past_the_cap", "e-Eksport lukkes fra søndag den 1. marts til torsdag den 30. april 2026 dagligt kl. 22-02.",
     [("2026-03-01T22:00+01:00", "2026-03-02T02:00+01:00"), ("2026-04-30T22:00+02:00", "2026-05-01T02:00+02:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in DAILY_BEFORE_TIMES])
def test_a_span_of_days_then_daily_times(body: str, expected: list[tuple]) -> None:
    assert _windows(body, _P_MARCH) == expected


# A reserve day "i samme tidsrum" / "at the same times" / "same hours" (no time of its own) after a timed window: the
# window's hours on that day. Not a day without the phrase; a move "udskudt/postponed … i samme tidsrum" stays the
# update's move (one window, on the new day). Saturday 14 and 21 March 2026, CET.
_FIRST_SLOT = ("2026-03-14T08:00+01:00", "2026-03-14T14:00+01:00")
_RESERVE_SLOT = ("2026-03-21T08:00+01:00", "2026-03-21T14:00+01:00")
SAME_HOURS = [
    ("da_gentages_i_samme_tidsrum", "e-Eksport lukkes lørdag den 14. marts 2026 kl. 08.00-14.00.\n\nHvis det bliver "
     "nødvendigt, gentages lukningen lørdag den 21. marts 2026 i samme tidsrum.", None, [_FIRST_SLOT, _RESERVE_SLOT]),
    ("da_om_noedvendigt", "Servicevindue lørdag den 14. marts 2026 kl. 08.00-14.00. Servicevinduet gentages om "
     "nødvendigt lørdag den 21. marts i samme tidsrum.", None, [_FIRST_SLOT, _RESERVE_SLOT]),
    ("en_at_the_same_times", "e-Export is closed Saturday March 14, 2026, 08:00-14:00. If necessary, the closure is "
     "repeated on Saturday March 21, 2026 at the same times.", None, [_FIRST_SLOT, _RESERVE_SLOT]),
    ("en_same_hours", "e-Export is closed Saturday March 14, 2026, 08:00-14:00. A reserve slot is Saturday March 21, "
     "2026, same hours.", None, [_FIRST_SLOT, _RESERVE_SLOT]),
    ("not_without_the_phrase", "e-Eksport lukkes lørdag den 14. marts 2026 kl. 08.00-14.00. Nødproceduren kan anvendes "
     "indtil lørdag den 21. marts 2026.", None, [_FIRST_SLOT]),
    ("not_a_move_da", "Opdatering kl. 10.00: Servicevinduet er udskudt til lørdag den 21. marts 2026 i samme "
     "tidsrum.\n\nServicevindue lørdag den 14. marts 2026 kl. 08.00-14.00.", "2026-03-05T10:00", [_RESERVE_SLOT]),
    ("not_a_move_en", "Update 10:00: The service window is postponed to Saturday March 21, 2026 at the same time.\n\n"
     "Service window Saturday March 14, 2026, 08:00-14:00.", "2026-03-05T10:00", [_RESERVE_SLOT]),
]


@pytest.mark.parametrize("body, updated, expected", [pytest.param(*case[1:], id=case[0]) for case in SAME_HOURS])
def test_a_reserve_day_at_the_same_hours(body: str, updated: str | None, expected: list[tuple]) -> None:
    assert _windows(body, _P_MARCH, updated) == expected


# One line per system on a dated day: a window inside another system's window is kept ("DMS Eksport: kl.
# 20.00-22.00", "Manifest: kl. 21.00-21.30"). Merged as before: the same system again, a line naming none, a
# restatement on the same line, a system named on both lines. Saturday 14 March 2026, CET.
_EXPORT_SLOT = ("2026-03-14T20:00+01:00", "2026-03-14T22:00+01:00")
_MANIFEST_SLOT = ("2026-03-14T21:00+01:00", "2026-03-14T21:30+01:00")
PER_SYSTEM_LINES = [
    ("da_three_systems", "Lørdag den 14. marts 2026\n\nDMS Import: kl. 18.00-20.00\nDMS Eksport: kl. 20.00-22.00\n"
     "Manifest: kl. 21.00-21.30", [("2026-03-14T18:00+01:00", "2026-03-14T20:00+01:00"), _EXPORT_SLOT, _MANIFEST_SLOT]),
    ("en_two_systems", "Saturday March 14, 2026\n\nDMS Export: 20:00-22:00\nManifest: 21:00-21:30",
     [_EXPORT_SLOT, _MANIFEST_SLOT]),
    ("not_the_same_system", "Saturday March 14, 2026\n\nDMS Export: 20:00-22:00\nDMS Export: 21:00-21:30",
     [_EXPORT_SLOT]),
    ("not_a_line_naming_no_system", "Saturday March 14, 2026\n\nDMS Export: 20:00-22:00\nExpected downtime: "
     "21:00-21:30", [_EXPORT_SLOT]),
    ("not_on_the_same_line", "DMS Export is closed Saturday March 14, 2026, 20:00-22:00 (i.e. 21:00-21:30 for "
     "Manifest).", [_EXPORT_SLOT]),
    ("not_a_system_on_both_lines", "DMS Eksport og Manifest: lørdag den 14. marts 2026 kl. 20.00-22.00\nManifest: kl. "
     "21.00-21.30", [_EXPORT_SLOT]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in PER_SYSTEM_LINES])
def test_a_window_per_system_line(body: str, expected: list[tuple]) -> None:
    assert _windows(body, _P_MARCH) == expected


# A start and the rest of its day ("from 14:00 and for the rest of the day", "fra kl. 14 og resten af dagen", "for
# the remainder of the day", "i resten af døgnet") ends at midnight: 00:00 the next day, as "until midnight". Not a
# rest of the day in another sentence, nor after a range that has its own end.
_TO_MIDNIGHT_14 = [("2026-03-14T20:00+01:00", "2026-03-15T00:00+01:00")]
REST_OF_THE_DAY = [
    ("en_from_and_rest_of_the_day", "NCTS will be unavailable from 14:00 and for the rest of the day on Wednesday "
     "23 September 2020.", "2020-09-17T10:10", [("2020-09-23T14:00+02:00", "2020-09-24T00:00+02:00")]),
    ("da_fra_kl_og_resten_af_dagen", "e-Import lukkes fredag den 13. december 2013 fra kl. 14 og resten af dagen på "
     "grund af opdatering.", "2013-12-10T11:00", [("2013-12-13T14:00+01:00", "2013-12-14T00:00+01:00")]),
    ("en_remainder_of_the_day", "EMCS is closed Saturday March 14, 2026 from 20:00 for the remainder of the day.",
     "2026-03-10T09:00", _TO_MIDNIGHT_14),
    ("da_kl_og_resten_af_dagen", "EMCS lukkes lørdag den 14. marts 2026 kl. 20.00 og resten af dagen.",
     "2026-03-10T09:00", _TO_MIDNIGHT_14),
    ("da_i_resten_af_doegnet", "EMCS er lukket lørdag den 14. marts 2026 fra kl. 20 og i resten af døgnet.",
     "2026-03-10T09:00", _TO_MIDNIGHT_14),
    ("not_in_another_sentence", "EMCS is closed Saturday March 14, 2026 from 20:00. The rest of the day it runs as "
     "normal.", "2026-03-10T09:00", [("2026-03-14T20:00+01:00", None)]),
    ("not_after_a_range", "EMCS is closed Saturday March 14, 2026 from 18:00 to 20:00 and for the rest of the day it "
     "is slow.", "2026-03-10T09:00", [("2026-03-14T18:00+01:00", "2026-03-14T20:00+01:00")]),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0])
                                                       for case in REST_OF_THE_DAY])
def test_the_rest_of_the_day_ends_at_midnight(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


# Work with no time on a day still to come, in a sentence about an outage or followed by one ("Short interruptions
# may occur", "Der kan forekomme kortvarig ustabilitet"): "later today" / "senere i dag" is an all-day window on the
# publication day, "in the course of the weekend" / "i løbet af weekenden" the coming Saturday and Sunday; both are
# planned. Not in the past tense, not without trouble said, and a time keeps its range.
VAGUE_DAYS_AHEAD = [
    ("en_restarted_later_today", "Manifest will be restarted later today. Short interruptions may occur.",
     "2023-06-14T10:05", [("2023-06-14", "2023-06-14")], "planned"),
    ("da_genstartes_senere_i_dag", "Manifest genstartes senere i dag. Der kan forekomme korte afbrydelser.",
     "2023-06-14T10:05", [("2023-06-14", "2023-06-14")], "planned"),
    ("en_unavailable_later_today", "EMCS will be unavailable later today.", "2026-03-10T09:00",
     [("2026-03-10", "2026-03-10")], "planned"),
    ("da_senere_i_dag_with_a_time", "EMCS vil være lukket senere i dag kl. 15.00-15.30.", "2026-03-10T09:00",
     [("2026-03-10T15:00+01:00", "2026-03-10T15:30+01:00")], "planned"),
    ("en_in_the_course_of_the_weekend", "e-Import will be updated in the course of the weekend. Short periods of "
     "unavailability may occur.", "2019-05-08T13:25", [("2019-05-11", "2019-05-12")], "planned"),
    ("da_i_loebet_af_weekenden", "DMS Import opdateres i løbet af weekenden. Der kan forekomme kortvarig "
     "ustabilitet.", "2022-08-23T15:50", [("2022-08-27", "2022-08-28")], "planned"),
    ("not_later_today_in_the_past", "Manifest was restarted later in the day. There were short interruptions.",
     "2026-03-10T09:00", [], "info"),
    ("not_later_today_without_trouble", "The guide will be updated later today.", "2026-03-10T09:00", [], "info"),
    ("not_the_weekend_without_trouble", "e-Import will be updated in the course of the weekend.", "2026-03-10T09:00",
     [], "info"),
    ("not_the_weekend_in_the_past", "e-Import was updated in the course of the weekend. There were short periods "
     "of unavailability.", "2026-03-10T09:00", [], "info"),
]


@pytest.mark.parametrize("body, published, expected, kind", [pytest.param(*case[1:], id=case[0])
                                                             for case in VAGUE_DAYS_AHEAD])
def test_later_today_and_the_course_of_the_weekend(body: str, published: str, expected: list[tuple],
                                                   kind: str) -> None:
    assert _windows(body, published) == expected
    assert _extract(body, published, categories=("Import",)).kind.value == kind


# A Danish holiday named as a date, English and Danish: without a date, its first date on or after publication
# (Easter-based ones from that year's Easter); with times, in spans from one holiday to another, in lists, all day
# without a time; before an explicit date it is that same day, in brackets after a date a gloss of it. Kinds as
# for the same message with the date written out. No window for a help desk's holiday hours or for words that only
# begin like a holiday ("julefrokost", "påskeæg"), nor for "Christmas"/"New Year" alone.
HOLIDAY_DATES = [
    ("da_juleaften_kl12_til_2_juledag_kl08", "DMS er lukket fra juleaften kl. 12 til 2. juledag kl. 08.",
     "2025-12-15T10:00", [("2025-12-24T12:00+01:00", "2025-12-26T08:00+01:00")], "planned"),
    ("en_christmas_eve_to_boxing_day", "DMS will be closed from Christmas Eve at 12:00 until Boxing Day at 08:00.",
     "2025-12-15T10:00", [("2025-12-24T12:00+01:00", "2025-12-26T08:00+01:00")], "planned"),
    ("en_from_christmas_eve_to_boxing_day_all_day", "DMS will be unavailable from Christmas Eve to Boxing Day.",
     "2025-12-15T10:00", [("2025-12-24", "2025-12-26")], "planned"),
    ("da_langfredag_undated", "Import vil være utilgængelig langfredag kl. 08.00-18.00.", "2022-04-05T10:00",
     [("2022-04-15T08:00+02:00", "2022-04-15T18:00+02:00")], "planned"),
    ("en_good_friday_undated", "Import will be unavailable on Good Friday from 08:00 to 18:00.", "2022-04-05T10:00",
     [("2022-04-15T08:00+02:00", "2022-04-15T18:00+02:00")], "planned"),
    ("da_skaertorsdag_undated", "EMCS er lukket skærtorsdag kl. 07.00-15.00.", "2026-03-20T10:00",
     [("2026-04-02T07:00+02:00", "2026-04-02T15:00+02:00")], "planned"),
    ("en_maundy_thursday_undated", "EMCS will be closed on Maundy Thursday, 0700-1500.", "2026-03-20T10:00",
     [("2026-04-02T07:00+02:00", "2026-04-02T15:00+02:00")], "planned"),
    ("da_paaskedag", "EMCS er lukket påskedag kl. 07.00-15.00.", "2026-03-20T10:00",
     [("2026-04-05T07:00+02:00", "2026-04-05T15:00+02:00")], "planned"),
    ("en_easter_sunday", "EMCS will be closed on Easter Sunday, 0700-1500.", "2026-03-20T10:00",
     [("2026-04-05T07:00+02:00", "2026-04-05T15:00+02:00")], "planned"),
    ("da_2_paaskedag", "EMCS er lukket 2. påskedag kl. 07.00-15.00.", "2026-03-20T10:00",
     [("2026-04-06T07:00+02:00", "2026-04-06T15:00+02:00")], "planned"),
    ("en_easter_monday", "EMCS will be closed on Easter Monday, 0700-1500.", "2026-03-20T10:00",
     [("2026-04-06T07:00+02:00", "2026-04-06T15:00+02:00")], "planned"),
    ("da_store_bededag_2023", "EMCS er lukket store bededag kl. 07.00-15.00.", "2023-04-20T10:00",
     [("2023-05-05T07:00+02:00", "2023-05-05T15:00+02:00")], "planned"),
    ("da_kristi_himmelfartsdag", "ICS2 er lukket Kristi himmelfartsdag kl. 08.00-14.00.", "2026-04-27T10:00",
     [("2026-05-14T08:00+02:00", "2026-05-14T14:00+02:00")], "planned"),
    ("en_ascension_day", "ICS2 will be unavailable on Ascension Day, 0800-1400.", "2026-04-27T10:00",
     [("2026-05-14T08:00+02:00", "2026-05-14T14:00+02:00")], "planned"),
    ("da_pinsedag", "ICS2 vil være utilgængelig pinsedag kl. 08.00-14.00.", "2026-04-27T10:00",
     [("2026-05-24T08:00+02:00", "2026-05-24T14:00+02:00")], "planned"),
    ("en_whit_sunday", "ICS2 will be unavailable on Whit Sunday, 0800-1400.", "2026-04-27T10:00",
     [("2026-05-24T08:00+02:00", "2026-05-24T14:00+02:00")], "planned"),
    ("da_2_pinsedag", "Transit er lukket 2. pinsedag kl. 08.00-12.00.", "2020-05-22T10:00",
     [("2020-06-01T08:00+02:00", "2020-06-01T12:00+02:00")], "planned"),
    ("en_whit_monday", "Transit will be unavailable on Whit Monday from 08:00 to 12:00.", "2020-05-22T10:00",
     [("2020-06-01T08:00+02:00", "2020-06-01T12:00+02:00")], "planned"),
    ("da_grundlovsdag", "DMS Import lukkes for vedligeholdelse Grundlovsdag kl. 08.00-12.00.", "2018-05-28T10:00",
     [("2018-06-05T08:00+02:00", "2018-06-05T12:00+02:00")], "planned"),
    ("en_constitution_day", "DMS Import will be closed for maintenance on Constitution Day, 0800-1200.",
     "2018-05-28T10:00", [("2018-06-05T08:00+02:00", "2018-06-05T12:00+02:00")], "planned"),
    ("da_1_juledag", "EMCS er lukket 1. juledag kl. 18.00-23.00.", "2014-12-17T10:00",
     [("2014-12-25T18:00+01:00", "2014-12-25T23:00+01:00")], "planned"),
    ("en_christmas_day", "EMCS will be closed on Christmas Day, 1800-2300.", "2014-12-17T10:00",
     [("2014-12-25T18:00+01:00", "2014-12-25T23:00+01:00")], "planned"),
    ("da_nytaarsaftensdag", "Manifest er lukket nytårsaftensdag kl. 14.00-18.00.", "2020-12-18T10:00",
     [("2020-12-31T14:00+01:00", "2020-12-31T18:00+01:00")], "planned"),
    ("en_new_years_eve", "Manifest will be unavailable on New Year's Eve, 1400-1800.", "2020-12-18T10:00",
     [("2020-12-31T14:00+01:00", "2020-12-31T18:00+01:00")], "planned"),
    ("da_nytaarsdag_next_year", "Manifest vil være utilgængelig nytårsdag kl. 02.00-06.00.", "2020-12-18T10:00",
     [("2021-01-01T02:00+01:00", "2021-01-01T06:00+01:00")], "planned"),
    ("en_new_years_day_next_year", "Manifest will be unavailable on New Year's Day, 0200-0600.", "2020-12-18T10:00",
     [("2021-01-01T02:00+01:00", "2021-01-01T06:00+01:00")], "planned"),
    ("da_juleaften_hele_dagen", "Manifest er lukket hele dagen juleaften på grund af opgradering.", "2013-12-10T10:00",
     [("2013-12-24", "2013-12-24")], "planned"),
    ("en_christmas_eve_all_day", "Manifest will be closed all day on Christmas Eve due to an upgrade.",
     "2013-12-10T10:00", [("2013-12-24", "2013-12-24")], "planned"),
    ("da_holiday_before_its_date", "Fra lørdag den 18. maj 2024 kl. 18.00 til 2. pinsedag, mandag den 20. maj 2024, "
     "kl. 06.00\n\nDMS vil være utilgængelig.", "2024-05-11T10:00",
     [("2024-05-18T18:00+02:00", "2024-05-20T06:00+02:00")], "planned"),
    ("en_holiday_before_its_date", "From Saturday May 18, 2024 at 18:00 to Whit Monday, Monday May 20, 2024 at "
     "06:00\n\nDMS will be unavailable.", "2024-05-11T10:00",
     [("2024-05-18T18:00+02:00", "2024-05-20T06:00+02:00")], "planned"),
    ("en_holiday_in_a_list", "Saturday April 19 and Easter Monday April 21, 2025, 0800-1200\n\nDMS Import "
     "will be unavailable.", "2025-04-09T10:00",
     [("2025-04-19T08:00+02:00", "2025-04-19T12:00+02:00"), ("2025-04-21T08:00+02:00", "2025-04-21T12:00+02:00")],
     "planned"),
    ("da_holiday_in_a_list", "Lørdag den 19. april og 2. påskedag den 21. april 2025 kl. 08.00-12.00\n\nDMS Import er "
     "vil være utilgængelig.", "2025-04-09T10:00",
     [("2025-04-19T08:00+02:00", "2025-04-19T12:00+02:00"), ("2025-04-21T08:00+02:00", "2025-04-21T12:00+02:00")],
     "planned"),
    ("da_holiday_list_undated", "EMCS er lukket juleaften og nytårsaftensdag kl. 10.00-14.00.", "2020-12-01T10:00",
     [("2020-12-24T10:00+01:00", "2020-12-24T14:00+01:00"), ("2020-12-31T10:00+01:00", "2020-12-31T14:00+01:00")],
     "planned"),
    ("en_holiday_list_undated", "EMCS will be closed on Christmas Eve and New Year's Eve, 1000-1400.",
     "2020-12-01T10:00",
     [("2020-12-24T10:00+01:00", "2020-12-24T14:00+01:00"), ("2020-12-31T10:00+01:00", "2020-12-31T14:00+01:00")],
     "planned"),
    ("da_gloss_after_the_date", "EMCS er lukket torsdag den 13. maj 2021 (Kristi himmelfartsdag) kl. 07.00-15.00.",
     "2021-05-06T10:00", [("2021-05-13T07:00+02:00", "2021-05-13T15:00+02:00")], "planned"),
    ("en_gloss_after_the_date", "Wednesday June 5, 2024 (Constitution Day), 1800-2300\n\nDMS Export will be unavailable.",
     "2024-05-29T10:00", [("2024-06-05T18:00+02:00", "2024-06-05T23:00+02:00")], "planned"),
    ("da_holiday_with_year", "DMS Eksport vil være utilgængelig langfredag 2019 kl. 10.00-14.00.", "2019-04-11T10:00",
     [("2019-04-19T10:00+02:00", "2019-04-19T14:00+02:00")], "planned"),
    ("not_the_helpdesk_on_christmas_eve", "The helpdesk is closed on Christmas Eve.", "2022-12-13T10:00", [], "info"),
    ("not_toldvejledningen_juleaften", "Toldvejledningen holder lukket juleaften.", "2022-12-13T10:00", [], "info"),
    ("not_julefrokost", "Vi holder julefrokost fredag. Systemerne kører som normalt.", "2022-12-13T10:00", [], "info"),
    ("not_paaskeaeg", "Husk påskeæg til påskefrokosten.", "2022-04-01T10:00", [], "info"),
    ("not_christmas_alone", "Merry Christmas and a happy New Year from the customs agency.", "2022-12-13T10:00",
     [], "info"),
]


@pytest.mark.parametrize("body, published, expected, kind", [pytest.param(*case[1:], id=case[0])
                                                             for case in HOLIDAY_DATES])
def test_a_holiday_named_as_a_date(body: str, published: str, expected: list[tuple], kind: str) -> None:
    assert _windows(body, published) == expected
    assert _extract(body, published, categories=("Import",)).kind.value == kind


# Starts led by "after"/"efter kl."/"from around", a time stressed "sharp"/"præcis" and an end said as a second
# clause ("and ends at", "og slutter kl."), end-only latest times ("before 8 am", "senest kl. 08"), and maximum
# durations from a start ("for up to 3 hours", "i op til 3 timer", "a maximum of", "i maks."): real elapsed time.
LEADS_AND_BOUNDS = [
    ("en_from_around", "NCTS will be taken down from around 6 pm on Friday February 6, 2026.", "2026-02-01T10:00",
     [("2026-02-06T18:00+01:00", None)]),
    ("da_fra_omkring", "NCTS lukkes fra omkring kl. 18 fredag den 6. februar 2026.", "2026-02-01T10:00",
     [("2026-02-06T18:00+01:00", None)]),
    ("en_after", "Export will be unavailable after 6 pm on Friday January 19, 2018.", "2018-01-10T10:00",
     [("2018-01-19T18:00+01:00", None)]),
    ("da_efter_kl", "Eksport er utilgængelig efter kl. 18 fredag den 19. januar 2018.", "2018-01-10T10:00",
     [("2018-01-19T18:00+01:00", None)]),
    ("en_after_with_end", "Export will be unavailable after 18:00 on Friday January 19, 2018 until 23:00.", "2018-01-10T10:00",
     [("2018-01-19T18:00+01:00", "2018-01-19T23:00+01:00")]),
    ("da_efter_with_end", "Eksport er utilgængelig efter kl. 18 fredag den 19. januar 2018 til kl. 23.", "2018-01-10T10:00",
     [("2018-01-19T18:00+01:00", "2018-01-19T23:00+01:00")]),
    ("en_sharp_ends", "The service window starts at 18:00 sharp on Tuesday June 14, 2016 and ends at 23:00.", "2016-06-01T10:00",
     [("2016-06-14T18:00+02:00", "2016-06-14T23:00+02:00")]),
    ("da_praecis_slutter", "Servicevinduet starter onsdag den 15. juni 2016 kl. 18 præcis og slutter kl. 23.", "2016-06-01T10:00",
     [("2016-06-15T18:00+02:00", "2016-06-15T23:00+02:00")]),
    ("en_starts_ends", "The service window begins at 20:00 on Tuesday June 14, 2016 and is expected to end at 23:30.", "2016-06-01T10:00",
     [("2016-06-14T20:00+02:00", "2016-06-14T23:30+02:00")]),
    ("da_starter_slutter", "Servicevinduet starter kl. 20 tirsdag den 14. juni 2016 og forventes at slutte kl. 23.30.", "2016-06-01T10:00",
     [("2016-06-14T20:00+02:00", "2016-06-14T23:30+02:00")]),
    ("en_before", "DMS Transit is being upgraded and will be available again before 8 am on Tuesday April 5, 2022.", "2022-04-01T10:00",
     [(None, "2022-04-05T08:00+02:00")]),
    ("da_senest", "DMS Transit opdateres og er tilgængelig igen senest kl. 08.00 onsdag den 6. april 2022.", "2022-04-01T10:00",
     [(None, "2022-04-06T08:00+02:00")]),
    ("da_closes_back_senest", "EMCS lukkes kl. 22.00 onsdag den 21. oktober 2020 og er tilgængelig igen senest kl. 06.", "2020-10-14T10:00",
     [("2020-10-21T22:00+02:00", "2020-10-22T06:00+02:00")]),
    ("en_closes_back_before", "EMCS closes at 22:00 on Wednesday October 21, 2020 and will be available again before 06:00.", "2020-10-14T10:00",
     [("2020-10-21T22:00+02:00", "2020-10-22T06:00+02:00")]),
    ("en_up_to", "On Tuesday June 3, 2025 from 18:00, DMS Import may be unavailable for up to 3 hours.", "2025-05-27T10:00",
     [("2025-06-03T18:00+02:00", "2025-06-03T21:00+02:00")]),
    ("da_op_til", "DMS Import kan være utilgængelig i op til 3 timer fra kl. 18.00 onsdag den 4. juni 2025.", "2025-05-27T10:00",
     [("2025-06-04T18:00+02:00", "2025-06-04T21:00+02:00")]),
    ("en_maximum_of", "ECS will be unavailable for a maximum of 2 hours from 20:00 on Tuesday November 25, 2014.", "2014-11-18T10:00",
     [("2014-11-25T20:00+01:00", "2014-11-25T22:00+01:00")]),
    ("da_maks", "e-Eksport er lukket onsdag den 26. november 2014 fra kl. 20.00 i maks. 2 timer.", "2014-11-18T10:00",
     [("2014-11-26T20:00+01:00", "2014-11-26T22:00+01:00")]),
    ("en_max_dot", "ECS is closed from 20:00 on Tuesday November 25, 2014 for max. 90 minutes.", "2014-11-18T10:00",
     [("2014-11-25T20:00+01:00", "2014-11-25T21:30+01:00")]),
    ("da_hoejst", "ECS er lukket fra kl. 20 tirsdag den 25. november 2014 i højst 2 timer.", "2014-11-18T10:00",
     [("2014-11-25T20:00+01:00", "2014-11-25T22:00+01:00")]),
    ("en_up_to_spring", "EMCS will be unavailable from 01:00 on Sunday March 31, 2013 for up to 3 hours.", "2013-03-20T10:00",
     [("2013-03-31T01:00+01:00", "2013-03-31T05:00+02:00")]),
    ("not_after_the_window", "Declarations sent after the window will be processed as usual.", "2025-05-27T10:00",
     []),
    ("not_before_the_weekend", "Please submit your declarations before the weekend.", "2025-05-27T10:00",
     []),
    ("not_up_to_users", "From Monday June 2, 2025 up to 3 users can log in at a time.", "2025-05-27T10:00",
     []),
    ("not_efter_aftale", "Nødproceduren må kun anvendes efter aftale med toldstedet.", "2025-05-27T10:00",
     []),
    ("not_after_hours", "Declarations are processed after 2 hours.", "2025-05-27T10:00",
     []),
    ("not_efter_timer", "Angivelser behandles efter 2 timer.", "2025-05-27T10:00",
     []),
    ("not_op_til_brugere", "Fra mandag den 2. juni 2025 kan op til 3 brugere logge ind.", "2025-05-27T10:00",
     []),
]


@pytest.mark.parametrize("body, published, expected", [pytest.param(*case[1:], id=case[0]) for case in LEADS_AND_BOUNDS])
def test_start_leads_end_bounds_and_maximum_durations(body: str, published: str, expected: list[tuple]) -> None:
    assert _windows(body, published) == expected


_EVENING = [("2021-11-17T18:00+01:00", "2021-11-17T22:00+01:00")]
# (case id, body, title, expected windows): times typed with a comma or a semicolon, read only where the
# shape is a time (glued hh,mm with minutes 0-59, in a range or after kl./at/from); decimals, prices, lists
# and thousands stay numbers.
TYPED_SEPARATORS = [
    ("da_komma_range", "DMS Export er lukket onsdag den 17. november 2021 kl. 18,00-22,00.", "", _EVENING),
    ("en_comma_range", "DMS Export will be closed Wednesday November 17, 2021, 18,00-22,00.", "", _EVENING),
    ("en_comma_spaced_dash", "DMS Export will be closed Wednesday November 17, 2021, 18,00 - 22,00.", "", _EVENING),
    ("da_semikolon_range", "DMS Export er lukket onsdag den 17. november 2021 kl. 18;00-22;00.", "", _EVENING),
    ("en_semicolon_range", "DMS Export will be closed Wednesday November 17, 2021, 18;00-22;00.", "", _EVENING),
    ("da_fra_til", "DMS Export er lukket onsdag den 17. november 2021 fra kl. 18,00 til kl. 22,00.", "", _EVENING),
    ("en_from_to", "DMS Export will be closed on Wednesday November 17, 2021 from 18,00 to 22,00.", "", _EVENING),
    ("en_at_start", "DMS Export closes at 18,00 on Wednesday November 17, 2021 for 4 hours.", "", _EVENING),
    ("da_kl_start", "DMS Export lukker kl. 18,30 onsdag den 17. november 2021 i 3 timer.", "",
     [("2021-11-17T18:30+01:00", "2021-11-17T21:30+01:00")]),
    ("not_decimal_hours", "Servicevinduet onsdag den 17. november 2021 varer 1,5 timer.", "",
     [("2021-11-17", "2021-11-17")]),
    ("not_price", "Fra onsdag den 17. november 2021 koster opslaget 3,50 kr.", "", []),
    ("not_price_range", "Fra onsdag den 17. november 2021 koster opslaget 3,50-4,50 kr.", "", []),
    ("not_list", "Windows on November 18, 19 and 20, 2021.", "",
     [("2021-11-18", "2021-11-18"), ("2021-11-19", "2021-11-19"), ("2021-11-20", "2021-11-20")]),
    ("not_thousands", "On Wednesday November 17, 2021 we received 2,000 declarations.", "", []),
    ("not_minutes_60", "DMS Export er lukket onsdag den 17. november 2021 kl. 18,75-22,90.", "", None),
]


@pytest.mark.parametrize("body, title, expected", [pytest.param(*case[1:], id=case[0]) for case in TYPED_SEPARATORS])
def test_times_typed_with_a_comma_or_a_semicolon(body: str, title: str, expected: list[tuple] | None) -> None:
    found = _windows(body, "2021-11-10T10:00", title=title)
    if expected is None:
        assert all("T18:" not in (start or "") and "T22:" not in (end or "") for start, end in found)
    else:
        assert found == expected


# (case id, title, body, published, expected windows): a day that does not exist in the body; the title's
# consistent date wins and the body's times are kept with it.
IMPOSSIBLE_DAYS = [
    ("da_31_juni", "PRD-servicevindue NCTS tirsdag den 30. juni 2026",
     "NCTS er utilgængelig tirsdag den 31. juni 2026 kl. 18.00-22.00.", "2026-06-20T10:00",
     [("2026-06-30T18:00+02:00", "2026-06-30T22:00+02:00")]),
    ("en_june_31", "PRD-servicewindow NCTS Tuesday June 30, 2026",
     "NCTS will be unavailable Tuesday June 31, 2026, 1800-2200.", "2026-06-20T10:00",
     [("2026-06-30T18:00+02:00", "2026-06-30T22:00+02:00")]),
    ("da_30_februar", "PRD-servicevindue EMCS lørdag den 28. februar 2026",
     "EMCS er lukket lørdag den 30. februar 2026 kl. 08.00-12.00.", "2026-02-20T10:00",
     [("2026-02-28T08:00+01:00", "2026-02-28T12:00+01:00")]),
    ("en_september_31_no_weekday", "PRD-servicewindow DMS Import September 30, 2025",
     "DMS Import will be unavailable on September 31, 2025 from 20:00 to 23:00.", "2025-09-20T10:00",
     [("2025-09-30T20:00+02:00", "2025-09-30T23:00+02:00")]),
    ("da_31_september_uden_ugedag", "PRD-servicevindue DMS Import 30. september 2025",
     "DMS Import er utilgængelig den 31. september 2025 kl. 20.00-23.00.", "2025-09-20T10:00",
     [("2025-09-30T20:00+02:00", "2025-09-30T23:00+02:00")]),
]


@pytest.mark.parametrize("title, body, published, expected",
                         [pytest.param(*case[1:], id=case[0]) for case in IMPOSSIBLE_DAYS])
def test_an_impossible_day_takes_the_title_s_date_with_its_times(title: str, body: str, published: str,
                                                                 expected: list[tuple]) -> None:
    assert _windows(body, published, title=title) == expected


def test_an_impossible_day_with_no_other_mention_gives_no_window() -> None:
    assert _windows("NCTS er utilgængelig tirsdag den 31. juni 2026 kl. 18.00-22.00.", "2026-06-20T10:00") == []


# --- a number glued to a word is part of a name ----------------------------------------------

NAMES_WITH_NUMBERS = [
    ("en_ics2_title", "PRD-servicewindow ICS2 September 30, 2025", "ICS2 will be unavailable.",
     [("2025-09-30", "2025-09-30")]),
    ("en_p5_range", "", "NCTS P5 will be closed on September 30, 2025, 1800-2200.",
     [("2025-09-30T18:00+02:00", "2025-09-30T22:00+02:00")]),
    ("da_ics2_range", "", "ICS2 lukkes 30. september 2025 kl. 18-22.",
     [("2025-09-30T18:00+02:00", "2025-09-30T22:00+02:00")]),
    ("en_s2s", "", "S2S access to DMS Import is closed on September 30, 2025 from 18:00 to 22:00.",
     [("2025-09-30T18:00+02:00", "2025-09-30T22:00+02:00")]),
    ("not_spaced_day", "", "ICS2 is closed on 2 October 2025 from 18:00 to 22:00.",
     [("2025-10-02T18:00+02:00", "2025-10-02T22:00+02:00")]),
]


@pytest.mark.parametrize("title, body, expected", [pytest.param(t, b, e, id=i) for i, t, b, e in NAMES_WITH_NUMBERS])
def test_a_number_glued_to_a_word_is_part_of_a_name(title: str, body: str, expected: list[tuple]) -> None:
    assert _windows(body, "2025-09-20T10:00", title=title) == expected
