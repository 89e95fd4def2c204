"""How the engine splits a body into its updates (every line, without its header, under its stamp), and a delay
update stating when the work is expected to be over."""
from __future__ import annotations

import datetime as dt

import pytest

from icsfeed.extract import extract
from icsfeed.extract.updates import body_lines, completion_clock
from icsfeed.extract.windows import find_windows
from icsfeed.model import COPENHAGEN, Kind, Message, Status

PUBLISHED = dt.datetime(2025, 7, 9, 10, 0, tzinfo=COPENHAGEN)
UPDATED = dt.datetime(2025, 7, 10, 9, 0, tzinfo=COPENHAGEN)
BODY = """\
Update 10-07-2025 kl.08.02: The problem is solved.
Update: Marked as resolved 08:56
Opdatering 07.10 - Nødproceduren må ikke anvendes.
Wednesday July 9, 2025, 2310
Done.
Tuesday July 8, 2025, 2100-2300
Update - the fallback procedure may be used
----------
17:25: DMS Eksport queue has now been processed.
Update 31-12-2030 kl. 10.00 - a typo in the stamp
Sunday July 20, 2025
DMS is running again."""


def _at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2025, 7, day, hour, minute, tzinfo=COPENHAGEN)


def test_body_lines_split_a_body_into_its_updates():
    lines = [(line.number, line.stamped, line.at, line.text) for line in body_lines(BODY, PUBLISHED, UPDATED)]
    assert lines == [
        (0, True, _at(10, 8, 2), "The problem is solved."),
        (1, True, _at(10, 8, 56), "Marked as resolved"),                # the stamp after the words
        (2, True, _at(10, 7, 10), "Nødproceduren må ikke anvendes."),   # a bare time: the morning of the update
        (3, True, _at(9, 23, 10), ""),                                   # a bare stamp line
        (4, True, _at(9, 23, 10), "Done."),
        (5, False, None, "Tuesday July 8, 2025, 2100-2300"),             # a window line: the announcement again
        (6, True, None, "the fallback procedure may be used"),           # an update of unknown time
        (7, False, None, ""),                                            # a rule ends the updates
        (8, True, _at(9, 17, 25), "DMS Eksport queue has now been processed."),
        (9, True, _at(9, 10, 0), "a typo in the stamp"),                 # an impossible date: the time only
        (10, True, _at(9, 10, 0), "Sunday July 20, 2025"),               # a date to come is no stamp
        (11, True, _at(9, 10, 0), "DMS is running again."),
    ]


def test_the_latest_update_orders_after_the_announcement_and_the_unknown_times():
    lines = body_lines(BODY, PUBLISHED, UPDATED)
    written = [line.written(PUBLISHED) for line in lines]
    assert written[5] < written[6] < written[8] < written[2] < written[0]


# A delay update giving the time the work is expected over is the window's new end, on top of the announcement or
# appended at the bottom, past midnight on the next day: "The work is delayed. Expected to be finished at 07:30",
# "expected to be completed by 01:00", "expected to end at", "Arbejdet er forsinket og forventes færdigt kl. 01.00",
# "forventes afsluttet kl.", besides "Delayed. Expected end time 2300".
_WINDOW_EN = "Wednesday March 25, 2026, 1800-2200"
_WINDOW_DA = "Onsdag den 25. marts 2026 kl. 18.00-22.00"
_UNTIL_2330 = [("2026-03-25T18:00+01:00", "2026-03-25T23:30+01:00")]
_UNTIL_0100 = [("2026-03-25T18:00+01:00", "2026-03-26T01:00+01:00")]
DELAYS = [
    ("en_finished_on_top", f"Update 21:50: The work is delayed. Expected to be finished at 23:30.\n\n{_WINDOW_EN}",
     _UNTIL_2330),
    ("en_finished_at_the_bottom", f"{_WINDOW_EN}\n\nUpdate 21:50: The work is delayed. Expected to be finished at "
     "23:30.", _UNTIL_2330),
    ("en_completed_by_next_day", f"Update 21:50: The work is delayed. Expected to be completed by 01:00.\n\n"
     f"{_WINDOW_EN}", _UNTIL_0100),
    ("en_expected_to_end", f"Update 21:50: The work is delayed and is expected to end at 23:30.\n\n{_WINDOW_EN}",
     _UNTIL_2330),
    ("en_expected_to_finish", f"Update 21:50: The work is delayed. Expected to finish at 01:00.\n\n{_WINDOW_EN}",
     _UNTIL_0100),
    ("en_expected_end_time", f"Update 21:50: Delayed. Expected end time 2330\n\n{_WINDOW_EN}", _UNTIL_2330),
    ("da_faerdigt_next_day", f"Opdatering kl. 21.50: Arbejdet er forsinket og forventes færdigt kl. 01.00\n\n"
     f"{_WINDOW_DA}", _UNTIL_0100),
    ("da_afsluttet", f"Opdatering kl. 21.50: Arbejdet er forsinket og forventes afsluttet kl. 23.30\n\n{_WINDOW_DA}",
     _UNTIL_2330),
    ("da_at_vaere_faerdigt_at_the_bottom", f"{_WINDOW_DA}\n\nOpdatering kl. 21.50: Arbejdet er forsinket og "
     "forventes at være færdigt kl. 23.30", _UNTIL_2330),
    ("not_a_delay_without_a_time", f"Update 21:50: The work is delayed. Expected to be finished soon.\n\n"
     f"{_WINDOW_EN}", [("2026-03-25T18:00+01:00", "2026-03-25T22:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in DELAYS])
def test_a_delay_update_states_the_new_end(body: str, expected: list[tuple]) -> None:
    published = dt.datetime(2026, 3, 19, 10, 0, tzinfo=COPENHAGEN)
    updated = dt.datetime(2026, 3, 25, 21, 52, tzinfo=COPENHAGEN)
    found = find_windows(Message(title="PRD-servicewindow", body=body, published=published, updated=updated))
    assert [(w.start.isoformat(timespec="minutes"), w.end.isoformat(timespec="minutes"))
            for w in found.windows] == expected


# A completion time in a line without a timed stamp ("Udført kl. 21.12." on top of the announcement): the time
# written right after (or before) the completion word, on the window's day, or the next day when it is before the
# window's start (a window past midnight), in Copenhagen time. A time that is the window itself, a future or negated
# completion, or none at all gives no completion time.
_LATE_EN = "Wednesday March 25, 2026, 2200-0200"
_LATE_DA = "Onsdag den 25. marts 2026 kl. 22.00-02.00"
_SUMMER_EN = "Saturday June 13, 2026, 1800-2200"
_SUMMER_DA = "Lørdag den 13. juni 2026 kl. 18.00-22.00"
WRITTEN_DONE = [
    ("da_udfoert_kl", f"Udført kl. 21.12.\n\n{_WINDOW_DA}", "2026-03-25T21:12:00+01:00"),
    ("da_udfoert_no_kl", f"Udført 21.12\n\n{_WINDOW_DA}", "2026-03-25T21:12:00+01:00"),
    ("da_afsluttet", f"Afsluttet kl. 21.12\n\n{_WINDOW_DA}", "2026-03-25T21:12:00+01:00"),
    ("da_faerdig", f"Færdig kl. 21:12\n\n{_WINDOW_DA}", "2026-03-25T21:12:00+01:00"),
    ("da_time_before", f"Kl. 21.12 udført.\n\n{_WINDOW_DA}", "2026-03-25T21:12:00+01:00"),
    ("da_blev_afsluttet", f"Arbejdet blev afsluttet kl. 21.12.\n\n{_WINDOW_DA}", "2026-03-25T21:12:00+01:00"),
    ("da_next_day", f"Udført kl. 01.30.\n\n{_LATE_DA}", "2026-03-26T01:30:00+01:00"),
    ("da_before_midnight", f"Udført kl. 23.40.\n\n{_LATE_DA}", "2026-03-25T23:40:00+01:00"),
    ("da_summer", f"Udført kl. 21.12.\n\n{_SUMMER_DA}", "2026-06-13T21:12:00+02:00"),
    ("en_done_at", f"Done at 21:12.\n\n{_WINDOW_EN}", "2026-03-25T21:12:00+01:00"),
    ("en_done_four_digits", f"Done 2112.\n\n{_WINDOW_EN}", "2026-03-25T21:12:00+01:00"),
    ("en_completed_pm", f"Completed at 9.45 pm\n\n{_WINDOW_EN}", "2026-03-25T21:45:00+01:00"),
    ("en_time_before", f"21:12 Done.\n\n{_WINDOW_EN}", "2026-03-25T21:12:00+01:00"),
    ("en_was_completed", f"The work was completed at 21:12.\n\n{_WINDOW_EN}", "2026-03-25T21:12:00+01:00"),
    ("en_next_day", f"Done at 0130.\n\n{_LATE_EN}", "2026-03-26T01:30:00+01:00"),
    ("en_summer", f"Done at 21:12.\n\n{_SUMMER_EN}", "2026-06-13T21:12:00+02:00"),
    ("en_at_the_bottom", f"{_WINDOW_EN}\n\nCompleted at 21:12.", "2026-03-25T21:12:00+01:00"),
    ("en_window_is_no_completion_time", "Done. The window was 18:00-21:00\n\n" + _WINDOW_EN, None),
    ("da_as_planned_has_none", f"Udført som planlagt. Alt kører igen.\n\n{_WINDOW_DA}", None),
    ("da_window_is_no_completion_time", f"Udført. Servicevinduet var kl. 18.00-22.00.\n\n{_WINDOW_DA}", None),
    ("en_range_after_the_word", f"Completed 18:00-22:00.\n\n{_WINDOW_EN}", None),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in WRITTEN_DONE])
def test_a_completion_time_without_a_stamp(body: str, expected: str | None) -> None:
    summer = "juni" in body or "June" in body
    published = dt.datetime(2026, 6 if summer else 3, 8 if summer else 19, 10, 0, tzinfo=COPENHAGEN)
    updated = dt.datetime(2026, 6 if summer else 3, 14 if summer else 26, 9, 0, tzinfo=COPENHAGEN)
    found = extract(Message(title="PRD-servicewindow", body=body, published=published, updated=updated))
    assert found.status is Status.COMPLETED
    assert (found.done_at.isoformat() if found.done_at else None) == expected


@pytest.mark.parametrize("text", [
    "The work will be completed at 22:00.", "Expected to be finished at 23:30.", "Not done at 21:00",
    "Arbejdet forventes afsluttet kl. 23.30", "Arbejdet er ikke udført kl. 21.00", "Udført kl. 18-22",
    "Udført som planlagt", "Done. The window was 18:00-21:00"])
def test_no_completion_time(text: str) -> None:
    assert completion_clock(text) is None


# In an update with no stamp after its keyword, a time its text speaks of is no stamp ("Update: ECS is open again from
# Sunday at 06:00." keeps its words and has no time); a time right after the keyword is ("Update 21:40:", "Opdatering
# kl. 21.40 -", "Update 2 (14:20):"), and so is a bare time closing the line ("Update: Marked as resolved 08:56").
HEADER_TIMES = [
    ("en_from_a_day_at", "Update: ECS is open again from Sunday at 06:00.", None,
     "ECS is open again from Sunday at 06:00."),
    ("en_at", "Update: ECS is open again at 06:00", None, "ECS is open again at 06:00"),
    ("da_fra_kl", "Opdatering: ECS er åben igen fra kl. 06.00.", None, "ECS er åben igen fra kl. 06.00."),
    ("da_kl", "Opdatering: ECS er åben igen kl. 06.00", None, "ECS er åben igen kl. 06.00"),
    ("en_stamp", "Update 21:40: ECS is open again.", _at(9, 21, 40), "ECS is open again."),
    ("da_stamp", "Opdatering kl. 21.40 - ECS er åben igen.", _at(9, 21, 40), "ECS er åben igen."),
    ("en_numbered_stamp", "Update 2 (14:20): The issue has been resolved.", _at(9, 14, 20),
     "The issue has been resolved."),
    ("en_trailing_bare_time", "Update: Marked as resolved 08:56", _at(10, 8, 56), "Marked as resolved"),
    ("en_bare_time_mid_line", "Update, EU has 12.13 updated that it is over.", _at(9, 12, 13),
     "EU has updated that it is over."),
    ("da_bare_time_mid_line", "Opdatering: EU har 12.13 meddelt at det er overstået.", _at(9, 12, 13),
     "EU har meddelt at det er overstået."),
]


@pytest.mark.parametrize("line, at, text", [pytest.param(b, a, t, id=i) for i, b, a, t in HEADER_TIMES])
def test_only_a_time_right_after_the_keyword_is_the_stamp(line: str, at: dt.datetime | None, text: str) -> None:
    [found] = body_lines(line, PUBLISHED, UPDATED)
    assert (found.stamped, found.at, found.text) == (True, at, text)


@pytest.mark.parametrize("update", ["Update: ECS is open again from Sunday at 06:00.",
                                    "Opdatering: ECS er åben igen fra søndag kl. 06.00."])
def test_a_reopening_to_come_in_an_unstamped_update_is_not_done(update: str) -> None:
    body = f"{update}\n\nECS is closed from Saturday July 12, 2025 at 18:00."
    found = extract(Message(title="ECS closed", body=body, published=PUBLISHED, updated=UPDATED))
    assert (found.status, found.done_at) == (Status.SCHEDULED, None)


# A terse update naming the start or the end and its new time or shift moves that end only (the other stays): "Start
# udskudt til 19:00", "Start postponed to 19:00", "Starter 1 time senere", "Starts 1 hour later", "Start postponed
# by 2 hours"; "Slut kl. 21 i stedet for 22", "Ends at 21 instead of 22", "Forsinket til kl. 00.30" (past midnight:
# the next day). Not "The start of the fallback procedure is postponed", "Forsinket." or a vague "Forsinket ca. 30
# min." (no time), nor a start time said in the announcement itself.
_FROM_1900 = [("2026-03-25T19:00+01:00", "2026-03-25T22:00+01:00")]
_UNCHANGED = [("2026-03-25T18:00+01:00", "2026-03-25T22:00+01:00")]
_UNTIL_2100 = [("2026-03-25T18:00+01:00", "2026-03-25T21:00+01:00")]
_UNTIL_0030 = [("2026-03-25T18:00+01:00", "2026-03-26T00:30+01:00")]
TERSE_CHANGES = [
    ("da_start_udskudt_til", f"Start udskudt til 19:00\n\n{_WINDOW_DA}", _FROM_1900),
    ("en_start_postponed_to", f"Update: Start postponed to 19:00.\n\n{_WINDOW_EN}", _FROM_1900),
    ("da_starten_er_udskudt_kl", f"Opdatering: Starten er udskudt til kl. 19.30.\n\n{_WINDOW_DA}",
     [("2026-03-25T19:30+01:00", "2026-03-25T22:00+01:00")]),
    ("en_start_moved_stamped", f"Update 17:00: Start moved to 19:00\n\n{_WINDOW_EN}", _FROM_1900),
    ("da_starter_1_time_senere", f"Opd.: Starter 1 time senere.\n\n{_WINDOW_DA}", _FROM_1900),
    ("en_starts_1_hour_later", f"Update: Starts 1 hour later.\n\n{_WINDOW_EN}", _FROM_1900),
    ("en_begins_30_minutes_earlier", f"Update: Begins 30 minutes earlier.\n\n{_WINDOW_EN}",
     [("2026-03-25T17:30+01:00", "2026-03-25T22:00+01:00")]),
    ("da_begynder_en_halv_time_senere", f"Opdatering: Begynder en halv time senere.\n\n{_WINDOW_DA}",
     [("2026-03-25T18:30+01:00", "2026-03-25T22:00+01:00")]),
    ("en_start_postponed_by_2_hours", f"Update: Start postponed by 2 hours.\n\n{_WINDOW_EN}",
     [("2026-03-25T20:00+01:00", "2026-03-25T22:00+01:00")]),
    ("da_start_udskudt_1_time", f"Start udskudt 1 time\n\n{_WINDOW_DA}", _FROM_1900),
    ("da_forsinket_til_past_midnight", f"Forsinket til kl. 00.30\n\n{_WINDOW_DA}", _UNTIL_0030),
    ("da_forsinket_til_stamped", f"Opd. 21:40: Forsinket til kl. 00.30.\n\n{_WINDOW_DA}", _UNTIL_0030),
    ("en_delayed_until_past_midnight", f"Update 21:40: Delayed until 00:30.\n\n{_WINDOW_EN}", _UNTIL_0030),
    ("da_begynder_i_stedet_for", f"Opdatering: Begynder kl. 19 i stedet for 18.\n\n{_WINDOW_DA}", _FROM_1900),
    ("en_starts_at_instead_of", f"Update: Starts at 19 instead of 18.\n\n{_WINDOW_EN}", _FROM_1900),
    ("en_work_delayed_until", f"Update 21:30: The work is delayed until 23:30.\n\n{_WINDOW_EN}", _UNTIL_2330),
    ("da_slut_i_stedet_for", f"Opdatering: Slut kl. 21 i stedet for 22.\n\n{_WINDOW_DA}", _UNTIL_2100),
    ("en_ends_at_instead_of", f"Update: Ends at 21 instead of 22.\n\n{_WINDOW_EN}", _UNTIL_2100),
    ("en_ends_instead_of_on_top", f"Ends at 21:00 instead of 22:00.\n\n{_WINDOW_EN}", _UNTIL_2100),
    ("da_slutter_kl_stamped", f"Opdatering kl. 17.00: Slutter kl. 23.30\n\n{_WINDOW_DA}", _UNTIL_2330),
    ("en_ends_1_hour_later", f"Update: Ends 1 hour later.\n\n{_WINDOW_EN}",
     [("2026-03-25T18:00+01:00", "2026-03-25T23:00+01:00")]),
    ("en_not_the_fallback_start", f"Update: The start of the fallback procedure is postponed.\n\n{_WINDOW_EN}",
     _UNCHANGED),
    ("da_not_nodproceduren_start", f"Opdatering: Starten af nødproceduren er udskudt.\n\n{_WINDOW_DA}", _UNCHANGED),
    ("da_forsinket_without_time", f"Opdatering: Forsinket.\n\n{_WINDOW_DA}", _UNCHANGED),
    ("da_forsinket_vague", f"Opdatering: Forsinket ca. 30 min.\n\n{_WINDOW_DA}", _UNCHANGED),
    ("en_delayed_without_time", f"Update: Delayed.\n\n{_WINDOW_EN}", _UNCHANGED),
    ("en_start_in_the_announcement", f"{_WINDOW_EN}\n\nThe work starts at 18:30 with a restart.", _UNCHANGED),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in TERSE_CHANGES])
def test_a_terse_update_moves_the_start_or_the_end(body: str, expected: list[tuple]) -> None:
    published = dt.datetime(2026, 3, 19, 10, 0, tzinfo=COPENHAGEN)
    updated = dt.datetime(2026, 3, 25, 21, 52, tzinfo=COPENHAGEN)
    found = find_windows(Message(title="PRD-servicewindow", body=body, published=published, updated=updated))
    assert [(w.start.isoformat(timespec="minutes"), w.end.isoformat(timespec="minutes"))
            for w in found.windows] == expected


@pytest.mark.parametrize("body", [f"Update: Postponed.\n\n{_WINDOW_EN}", f"Opdatering: Udskudt.\n\n{_WINDOW_DA}"])
def test_postponed_without_a_time_still_calls_the_window_off(body: str) -> None:
    published = dt.datetime(2026, 3, 19, 10, 0, tzinfo=COPENHAGEN)
    updated = dt.datetime(2026, 3, 25, 17, 0, tzinfo=COPENHAGEN)
    found = extract(Message(title="PRD-servicewindow", body=body, published=published, updated=updated))
    assert found.status is Status.CANCELLED


# Terse updates by hurried staff: "Opd."/"Upd."/"UPD" open an update like "Opdatering"/"Update", a date in brackets
# after the stamp's time is its day ("UPD 22:10 (25 March):"), and a bare completion word or phrase ("Færdig",
# "done", "Løst", "Afsluttet", "Fixed", "Systemet kører igen", "Vi er tilbage", "Back online") completes the work at the
# stamp; a completion time written after "Back online" / "Vi er tilbage" without a stamp counts too. A question
# ("Done?"), a negation ("not done", "Ikke færdig endnu"), a plan ("Forventes færdig kl. 23"), a promise of news
# ("Opdatering følger"), work still going on ("Fortsat nede") and a later update reopening ("Down again", "Lukket ned
# igen") complete nothing.
_TERSE_EN = "Wednesday March 25, 2026, 1800-2300"
_TERSE_DA = "Onsdag den 25. marts 2026 kl. 18.00-23.00"
_AT_2210, _AT_2212 = "2026-03-25T22:10:00+01:00", "2026-03-25T22:12:00+01:00"
TERSE = [
    ("da_opd_faerdig", f"Opd. 22:10: Færdig\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2210),
    ("da_opd_loest", f"Opd. 22:10: Løst.\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2210),
    ("da_opd_afsluttet", f"Opd. 22.10: Afsluttet\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2210),
    ("da_opd_korer_igen", f"Opd. 22:10: Systemet kører igen.\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2210),
    ("da_opd_vi_er_tilbage", f"Opd. 22:10: Vi er tilbage.\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2210),
    ("da_appended_below", f"{_TERSE_DA}\n\nOpd. 22:10: Løst.", Status.COMPLETED, _AT_2210),
    ("da_date_in_brackets", f"Opd. 22.10 (25/3): Løst.\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2210),
    ("da_vi_er_tilbage_kl", f"Vi er tilbage kl. 22.12\n\n{_TERSE_DA}", Status.COMPLETED, _AT_2212),
    ("en_upd_done", f"UPD 22:10 done\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2210),
    ("en_upd_dot_done", f"Upd. 22:10: Done.\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2210),
    ("en_upd_fixed", f"UPD 22:10 Fixed\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2210),
    ("en_upd_closed", f"UPD 22:10 - Closed. The system is available again.\n\n{_TERSE_EN}", Status.COMPLETED,
     _AT_2210),
    ("en_upd_back_online", f"UPD 22:10 Back online\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2210),
    ("en_upd_we_are_back", f"UPD 22:10: We are back.\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2210),
    ("en_date_in_brackets", f"UPD 22:10 (25 March): Resolved.\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2210),
    ("en_back_online_time", f"Back online 22:12\n\n{_TERSE_EN}", Status.COMPLETED, _AT_2212),
    ("da_opdatering_foelger", f"Opd. 22:10: Opdatering følger\n\n{_TERSE_DA}", Status.SCHEDULED, None),
    ("da_question", f"Opd. 22:10: Færdig?\n\n{_TERSE_DA}", Status.SCHEDULED, None),
    ("en_question", f"UPD 22:10 Done?\n\n{_TERSE_EN}", Status.SCHEDULED, None),
    ("en_not_done", f"UPD 22:10 not done\n\n{_TERSE_EN}", Status.SCHEDULED, None),
    ("da_ikke_faerdig", f"Opd. 22:10: Ikke færdig endnu.\n\n{_TERSE_DA}", Status.SCHEDULED, None),
    ("en_not_back_online", f"UPD 22:10 Not back online\n\n{_TERSE_EN}", Status.SCHEDULED, None),
    ("da_forventes_faerdig", f"Opd. 22:10: Forventes færdig kl. 23.\n\n{_TERSE_DA}", Status.SCHEDULED, None),
    ("en_expected_done", f"UPD 22:10: Expected done at 23:00\n\n{_TERSE_EN}", Status.SCHEDULED, None),
    ("da_fortsat_nede", f"Opd. 22:10: Fortsat nede.\n\n{_TERSE_DA}", Status.SCHEDULED, None),
    ("da_lukket_ned_igen", f"Opd. 22:40: Lukket ned igen.\n\nOpd. 22:10: Løst.\n\n{_TERSE_DA}", Status.SCHEDULED,
     None),
    ("en_down_again", f"UPD 22:40: Down again.\n\nUPD 22:10: Closed.\n\n{_TERSE_EN}", Status.SCHEDULED, None),
]


@pytest.mark.parametrize("body, status, done_at", [pytest.param(b, s, d, id=i) for i, b, s, d in TERSE])
def test_terse_updates(body: str, status: Status, done_at: str | None) -> None:
    published = dt.datetime(2026, 3, 19, 10, 0, tzinfo=COPENHAGEN)
    updated = dt.datetime(2026, 3, 25, 23, 50, tzinfo=COPENHAGEN)
    found = extract(Message(title="PRD-servicewindow", body=body, published=published, updated=updated))
    assert (found.status, found.done_at.isoformat() if found.done_at else None) == (status, done_at)


# A system said to be down now, by name, in a message with an incident number or a fallback statement is an
# incident even under a title that does not say so; not in a condition or an explanation.
@pytest.mark.parametrize("title, body, kind", [
    ("NCTS nede", "NCTS er utilgængelig. Nødproceduren må anvendes.", Kind.INCIDENT),
    ("NCTS", "NCTS is unavailable. The fallback procedure may be used.", Kind.INCIDENT),
    ("DMS Import", "DMS Import er nede.\n\nINC000001622018", Kind.INCIDENT),
    ("NCTS", "Hvis NCTS er nede, må nødproceduren anvendes.", Kind.INFO),
    ("VIES", "Det skyldes, at det pågældende lands database er utilgængelig. Nødproceduren kan ikke anvendes.",
     Kind.INFO),
])
def test_a_system_down_now_is_an_incident(title: str, body: str, kind: Kind) -> None:
    published = dt.datetime(2026, 3, 19, 10, 0, tzinfo=COPENHAGEN)
    assert extract(Message(title=title, body=body, published=published, updated=published)).kind is kind
