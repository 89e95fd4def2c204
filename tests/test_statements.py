"""Statements that change what a message means, each on several phrasings, English and Danish.

- In an update, a start later than announced: "Manifest lukker først kl. 20.00" (closes only at),
  "begynder først kl.", "starts only at", "will not close until", "the window opens later".
- In an update, the time a system is expected back: "forventes at være tilgængelige igen kl. 01.00",
  "is expected to be back by 00:30" (the new end; an estimate never makes a window of its own).
- In the announcement, a dated start and the time the system is expected back: one window (in an
  incident the two are no window: an estimate is no stated span).
- An instruction to file by the fallback procedure ("skal … indgives efter nødproceduren"): allowed.
- Systems the window spares after all ("berøres alligevel ikke", "will not be affected after all"):
  partly cancelled, those systems taken out.
- A window that will not happen ("will not take place", "finder ikke sted", "gennemføres ikke"): cancelled.
- A negation in a relative clause qualifying a permission ("may only be used for movements that
  cannot wait"): the permission stands.
- An update naming a weekday of a week number ("moved to Saturday in week 13", "lørdag i uge 14"):
  that day of the ISO week, not the window's next such weekday.
- A fix deployed ("A fix has been deployed", "Rettelsen er idriftsat") while the same update says it is
  monitored ("We are monitoring", "Vi overvåger situationen"): not yet done.
- A newer "will take place after all", "goes ahead as planned", "gennemføres alligevel", "bliver alligevel
  gennemført": undoes an older cancellation (the latest statement wins).
- One system's part called off ("The intervention on EMCS has been cancelled", "Indgrebet på EMCS er aflyst")
  while another system of the message remains: partly cancelled, that system taken out.
- "No general access to the fallback procedure", "ikke/ingen generel adgang": restricted; a question about the
  procedure ("Må jeg bruge nødproceduren?", "… whether it may be used", "om nødproceduren må anvendes"): nothing.
- A disruption an update explains as a planned window ("is caused by a planned service window", "skyldes et
  planlagt servicevindue"; not one that ran late): planned.
- An update extending the window to the other environment ("also applies to the test environment (TFE)",
  "gælder også TFE"): PRD+TFE.
- A note after the fact ("was unavailable … have been running normally since Sunday"), a release "without a
  service window" / "uden nedetid", and questions and answers ("Spørgsmål og svar", "FAQ"): information.
- A window put off to another notice still to come ("i forbindelse med et PRD-servicevindue, som annonceres
  særskilt", "der varsles særskilt", "that will be announced separately", "in a later announcement"): no window,
  information (a window dated before it or announced already stays); advice to act before an expiry or deadline
  "to avoid rejected messages", "for at undgå fejl", "so that … are not rejected": information, but messages
  rejected now are an incident.
- A postponement by a duration or to a new time ("postponed by 2 hours", "udskudt 2 timer", "til kl. 20.00"):
  the window moves and stays scheduled; one with none ("until further notice", "på ubestemt tid", "has been
  postponed."): cancelled.
- A closing over a span of clock times later on the day of publication ("Due to an urgent update EMCS will be
  unavailable from 19:00 to 22:00", "vil være lukket mellem kl. 14.00 og 15.30, mens vi retter en fejl"): planned;
  a span already begun, or only an expected end: incident.
- A cause "found and corrected", "fundet og rettet", "we have fixed the problem", "vi har rettet fejlen": completed
  (not "will be corrected", "is being corrected", "når vi har rettet fejlen").
- A title whose only trouble can be announced ahead ("ikke muligt", "not possible", login, "ustabil", "unstable",
  "slow") over a body announcing it for a day, a week or a weekend still to come ("vil det ikke være muligt at slå op
  i Tarif fredag d. 31/3 kl. 16-18", "kan Manifest være ustabil i weekenden uge 11", "may be unstable this weekend"):
  planned; the same over a disruption going on, or one past: incident.
- Errors a release fixes ("rettelser af fejl", "fejlrettelser", "bug fixes", "fixes errors in"): no disruption.
- Filing or departing by the fallback procedure ("Forsendelser kan i perioden afgå efter nødproceduren", "can depart
  under the emergency procedure", "sendes via nødproceduren"): allowed; denied: not-allowed; in a relative clause
  ("declarations that are sent via the fallback procedure"): nothing.
- Fallback: a permission by agreement with the customs office ("efter aftale med toldstedet", "after contacting the
  office of departure") or waiting for the window to run over ("If the window is extended", "Hvis servicevinduet
  forlænges"): restricted; guidance ("hvornår nødproceduren må anvendes", "when the status page announces it", how it
  works): nothing; the procedure said to end ("ophører kl. 10.30", "ends at 06:00"): not-allowed, unless a permission
  of the same version stands beside it ("må anvendes indtil kl. 06.00"); one statement per system in one version
  ("ECS: … må anvendes. NCTS: … må ikke anvendes"): the last in reading order.

- A system open again, said as a fact ("ECS is open again", "Systemet er åbent igen", "er genåbnet", "has
  reopened"): completed, at the update's time; a reopening to come ("will be open again at 23:00", "forventes at åbne
  igen", "is open again at 23.00" in the window sentence, "er åben igen mandag kl. 6"): not.
- The closing, closure, shutdown or "lukningen" called off, the window itself dropped ("Servicevinduet udgår",
  "bortfalder", "has been dropped"): cancelled; "X udgår af servicevinduet": partly cancelled.
- A closing word "as planned" ("Udført som planlagt", "Done as planned", "Afsluttet som varslet"): completed; "goes
  ahead as planned", "gennemføres som planlagt", "continues as planned": not.

Windows are ISO 8601 with their UTC offset; each rule has cases where it must not fire.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from icsfeed.extract import extract
from icsfeed.extract.classify import fallback_statement
from icsfeed.model import COPENHAGEN, Extraction, Fallback, Message, Status
from icsfeed.systems import systems_of


def _extract(body: str, published: str, updated: str | None = None, title: str = "",
             categories: tuple[str, ...] = ()) -> Extraction:
    when = dt.datetime.fromisoformat(published).replace(tzinfo=COPENHAGEN)
    last = dt.datetime.fromisoformat(updated).replace(tzinfo=COPENHAGEN) if updated else when
    return extract(Message(title=title, body=body, published=when, updated=last, categories=categories,
                           systems=systems_of(categories)))


def _windows(found: Extraction) -> list[tuple[str | None, str | None]]:
    return [tuple(None if x is None else x.isoformat(timespec="minutes") for x in (w.start, w.end))
            for w in found.windows]


# --- a later start, said in an update -----------------------------------------------------

_DA_MARCH = "Manifest vil være lukket lørdag den 18. marts 2017 kl. 17.00-23.00 på grund af opdatering af systemet."
_EN_MARCH = "Manifest will be closed on Saturday 18 March 2017 from 17:00 to 23:00 due to an update."
_EN_MAY = "PRD-servicewindow Saturday May 16, 2026, 1200-2100"
_DA_NIGHT = "Servicevindue lørdag den 16. maj 2026 kl. 22.00-02.00"
_MARCH_FROM_EIGHT = [("2017-03-18T20:00+01:00", "2017-03-18T23:00+01:00")]

# (case id, body, expected windows)
LATE_STARTS = [
    ("lukker_foerst", f"Opdatering den 16. marts 2017: Tidspunktet er ændret. Manifest lukker først kl. 20.00.\n\n"
     f"{_DA_MARCH}", _MARCH_FROM_EIGHT),
    ("lukkes_foerst", f"Opdatering den 16. marts 2017: Manifest lukkes først kl. 20.00.\n\n{_DA_MARCH}",
     _MARCH_FROM_EIGHT),
    ("vil_foerst_lukke", f"Opdatering den 16. marts 2017: Manifest vil først lukke kl. 20.00.\n\n{_DA_MARCH}",
     _MARCH_FROM_EIGHT),
    ("lukker_ikke_foer", f"Opdatering den 16. marts 2017: Manifest lukker ikke før kl. 20.00.\n\n{_DA_MARCH}",
     _MARCH_FROM_EIGHT),
    ("begynder_foerst", f"Opdatering den 16. marts 2017: Servicevinduet begynder først kl. 19.30.\n\n{_DA_MARCH}",
     [("2017-03-18T19:30+01:00", "2017-03-18T23:00+01:00")]),
    ("aabner_foerst_said_of_the_window", f"Opdatering den 16. marts 2017: Servicevinduet åbner først kl. 20.00.\n\n"
     f"{_DA_MARCH}", _MARCH_FROM_EIGHT),
    ("closes_only_at", f"Update 16 March 2017: The time has changed. Manifest closes only at 20:00.\n\n{_EN_MARCH}",
     _MARCH_FROM_EIGHT),
    ("will_not_close_until", f"Update 16 March 2017: Manifest will not close until 20:00.\n\n{_EN_MARCH}",
     _MARCH_FROM_EIGHT),
    ("will_only_start_at", f"Update 16 March 2017: The update will only start at 20:00.\n\n{_EN_MARCH}",
     _MARCH_FROM_EIGHT),
    ("window_opens_later", f"Update 16 March 2017: The service window opens later, at 20:00 instead of 17:00.\n\n"
     f"{_EN_MARCH}", _MARCH_FROM_EIGHT),
    ("will_now_start_at", f"Update 16 March 2017: The window will now start at 20:00.\n\n{_EN_MARCH}",
     _MARCH_FROM_EIGHT),
    ("starts_only_at_summer", f"Update 10:00: The service window starts only at 14:00.\n\n{_EN_MAY}",
     [("2026-05-16T14:00+02:00", "2026-05-16T21:00+02:00")]),
    ("starter_senere_past_midnight", f"Opdatering kl. 10.00: Servicevinduet starter senere, kl. 23.30.\n\n{_DA_NIGHT}",
     [("2026-05-16T23:30+02:00", "2026-05-17T02:00+02:00")]),
]

# Where "first", "only" or "opens" say no new start: the window stays as announced.
NOT_LATE_STARTS = [
    ("said_in_the_announcement", "Manifest lukker først kl. 18.00, derefter e-Import.\n\n" + _DA_MARCH,
     [("2017-03-18T17:00+01:00", "2017-03-18T23:00+01:00")]),
    ("a_system_opening_is_no_start", f"Update 16 March 2017: Manifest opens later, at 23:30.\n\n{_EN_MARCH}",
     [("2017-03-18T17:00+01:00", "2017-03-18T23:00+01:00")]),
    ("closes_as_planned", f"Update 16 March 2017: Manifest closes at 17:00 as planned.\n\n{_EN_MARCH}",
     [("2017-03-18T17:00+01:00", "2017-03-18T23:00+01:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in LATE_STARTS + NOT_LATE_STARTS])
def test_an_update_moving_the_start_later(body: str, expected: list[tuple]) -> None:
    found = _extract(body, "2017-03-13T10:00" if "2017" in body else "2026-05-11T10:00",
                     "2017-03-16T13:25" if "2017" in body else "2026-05-16T10:05")
    assert _windows(found) == expected
    assert found.status is Status.SCHEDULED


# --- the time a system is expected back, said in an update ---------------------------------

_DA_DELAY = ("Lørdag den 12. marts 2016 kl. 18.00-23.00\n\n"
             "e-Import, e-Eksport og NCTS vil være lukket i servicevinduet.")
_EN_DELAY = "PRD-servicewindow Saturday June 20, 2026, 1800-2300"
_TO_ONE = [("2016-03-12T18:00+01:00", "2016-03-13T01:00+01:00")]

# (case id, body, expected windows)
EXPECTED_BACK = [
    ("forventes_tilgaengelige_igen", "Opdatering kl. 22.45: Arbejdet tager længere tid end forventet. Systemerne "
     f"forventes at være tilgængelige igen kl. 01.00.\n\n{_DA_DELAY}", _TO_ONE),
    ("forventes_oppe_igen", f"Opdatering kl. 22.45: Systemerne forventes at være oppe igen kl. 01.00.\n\n{_DA_DELAY}",
     _TO_ONE),
    ("forventes_tilbage", f"Opdatering kl. 22.45: NCTS forventes tilbage kl. 23.30.\n\n{_DA_DELAY}",
     [("2016-03-12T18:00+01:00", "2016-03-12T23:30+01:00")]),
    ("vil_vaere_aabne_igen", f"Opdatering kl. 22.45: Systemerne vil være tilgængelige igen kl. 00.30.\n\n{_DA_DELAY}",
     [("2016-03-12T18:00+01:00", "2016-03-13T00:30+01:00")]),
    ("expected_available_again", "Update 22:45: The work takes longer than expected. The systems are expected to be "
     f"available again at 01:00.\n\n{_EN_DELAY}", [("2026-06-20T18:00+02:00", "2026-06-21T01:00+02:00")]),
    ("expected_back_by", f"Update 22:45: EMCS is expected to be back by 00:30.\n\n{_EN_DELAY}",
     [("2026-06-20T18:00+02:00", "2026-06-21T00:30+02:00")]),
    ("will_be_back_online", f"Update 22:45: EMCS will be back online at 23:30.\n\n{_EN_DELAY}",
     [("2026-06-20T18:00+02:00", "2026-06-20T23:30+02:00")]),
    # Not an expectation: the window stays as announced.
    ("reported_not_expected", f"Update 23:10: The systems were available again at 23:05 as expected.\n\n{_EN_DELAY}",
     [("2026-06-20T18:00+02:00", "2026-06-20T23:00+02:00")]),
    ("a_helpdesk_back", f"Update 22:45: The helpdesk will be available again at 08:00.\n\n{_EN_DELAY}",
     [("2026-06-20T18:00+02:00", "2026-06-20T23:00+02:00")]),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in EXPECTED_BACK])
def test_an_update_expecting_the_system_back_moves_the_end(body: str, expected: list[tuple]) -> None:
    published, updated = ("2016-03-07T09:00", "2016-03-12T22:50") if "2016" in body else \
        ("2026-06-15T09:00", "2026-06-20T23:15")
    found = _extract(body, published, updated)
    assert _windows(found) == expected


@pytest.mark.parametrize("body", [
    "Update 10:30: EMCS is expected to be back by 14:00.\n\nWe are experiencing problems with EMCS.",
    "Opdatering kl. 10.30: EMCS forventes at være tilgængelig igen kl. 14.00.\n\nVi oplever problemer med EMCS.",
    "It is currently not possible to validate EORI numbers.\n\nThe service is expected to be back by 14:00.",
    "We are experiencing problems with EMCS. EMCS has been unavailable from 09:00 on Tuesday 6 April 2021 and "
    "is expected to be back by 14:00.",
    "Vi oplever problemer med EMCS. EMCS er utilgængelig fra kl. 09.00 tirsdag den 6. april 2021 og forventes at "
    "være tilgængelig igen kl. 14.00.",
    "We are experiencing problems with EMCS. EMCS is unavailable from 09:00 on Tuesday 6 April 2021.",
])
def test_an_estimate_in_an_incident_is_no_window(body: str) -> None:
    """An incident lists a window only for a span it states (spec): a start and when the system is
    expected back, or a start alone, is no window."""
    found = _extract(body, "2021-04-06T09:00", "2021-04-06T10:35", title="EMCS problems",
                     categories=("EMCS",))
    assert found.kind.value == "incident"
    assert found.windows == ()


# --- the announcement: a dated start, then when the system is expected back ----------------

# (case id, title, body, published, expected windows)
START_AND_BACK = [
    ("expected_back_by_same_day", "VIES unavailable Saturday 14 March 2020",
     "The VIES service will be unavailable from 06:00 on Saturday 14 March 2020 due to planned maintenance. "
     "The service is expected to be back by 18:00 the same day.", "2020-03-09T11:20",
     [("2020-03-14T06:00+01:00", "2020-03-14T18:00+01:00")]),
    ("it_is_expected_back_by", "NemLog-in maintenance Sunday 12 March 2023",
     "NemLog-in will be closed for maintenance on Sunday 12 March 2023 from 07:00. It is expected to be back by "
     "11:00.", "2023-03-06T09:00", [("2023-03-12T07:00+01:00", "2023-03-12T11:00+01:00")]),
    ("should_be_back_at_after_midnight", "EMCS maintenance Saturday 20 June 2026",
     "EMCS will be unavailable from 20:00 on Saturday 20 June 2026. EMCS should be back at 02:00.",
     "2026-06-15T09:00", [("2026-06-20T20:00+02:00", "2026-06-21T02:00+02:00")]),
    ("forventes_at_vaere_tilbage", "Manifest lørdag den 20. juni 2026",
     "Manifest lukker lørdag den 20. juni 2026 kl. 20.00. Manifest forventes at være tilbage kl. 23.00.",
     "2026-06-15T09:00", [("2026-06-20T20:00+02:00", "2026-06-20T23:00+02:00")]),
]


@pytest.mark.parametrize("title, body, published, expected",
                         [pytest.param(t, b, p, e, id=i) for i, t, b, p, e in START_AND_BACK])
def test_a_dated_start_and_the_time_it_is_expected_back(title: str, body: str, published: str,
                                                        expected: list[tuple]) -> None:
    found = _extract(body, published, title=title)
    assert found.kind.value == "planned"
    assert _windows(found) == expected


def test_expected_back_without_a_dated_start_is_no_window() -> None:
    found = _extract("EMCS has been unavailable since 09:00. It is expected to be back by 12:00.",
                     "2026-06-15T09:30", title="EMCS unavailable", categories=("EMCS",))
    assert found.windows == ()


# --- an instruction to file by the fallback procedure ---------------------------------------

# (sentence, what it says of the fallback procedure)
FILED_BY = [
    ("Summariske indpassageangivelser (ENS) skal i perioden indgives efter nødproceduren.", Fallback.ALLOWED),
    ("Angivelser skal i servicevinduet sendes via nødproceduren.", Fallback.ALLOWED),
    ("Virksomheder skal indgive ENS-angivelser efter nødproceduren.", Fallback.ALLOWED),
    ("Declarations must be submitted using the fallback procedure during the window.", Fallback.ALLOWED),
    ("Entry summary declarations are to be lodged under the emergency procedure.", Fallback.ALLOWED),
    ("ENS must instead be filed according to the fallback procedure.", Fallback.ALLOWED),
    ("Angivelser må kun indgives efter nødproceduren, hvis det er absolut nødvendigt.", Fallback.RESTRICTED),
    ("Angivelser må ikke indgives efter nødproceduren.", Fallback.NOT_ALLOWED),
    ("Declarations must not be submitted using the fallback procedure.", Fallback.NOT_ALLOWED),
    # Declarations already filed by it, not an instruction to use it:
    ("Declarations submitted under the fallback procedure must be re-entered in DMS afterwards.", None),
    ("Efter servicevinduet skal angivelser indgivet efter nødproceduren genindsendes.", None),
]


@pytest.mark.parametrize("sentence, expected", FILED_BY)
def test_filing_by_the_fallback_procedure(sentence: str, expected: Fallback | None) -> None:
    assert fallback_statement(sentence) == (expected, False)


def test_a_cancelled_window_keeps_its_instruction_to_file_by_the_procedure() -> None:
    found = _extract("Opdatering fredag den 21. november 2014 kl. 08.40: Den planlagte nedetid er aflyst.\n\n"
                     "ICS vil være utilgængelig søndag den 23. november 2014 fra kl. 06.00 til kl. 12.00.\n\n"
                     "Summariske indpassageangivelser (ENS) skal i perioden indgives efter nødproceduren.",
                     "2014-11-17T12:10", "2014-11-21T08:45", title="Planlagt nedetid ICS søndag den 23. november 2014",
                     categories=("ICS",))
    assert (found.status, found.fallback) == (Status.CANCELLED, Fallback.ALLOWED)
    assert _windows(found) == [("2014-11-23T06:00+01:00", "2014-11-23T12:00+01:00")]


# --- systems the window spares after all ----------------------------------------------------

_DA_NOVEMBER = ("Tirsdag den 7. november 2017 kl. 18.00-22.00\n\n"
                "e-Import, e-Eksport og NCTS vil være utilgængelige i servicevinduet.")
_EN_NOVEMBER = "PRD-servicewindow DMS Tuesday November 7, 2017, 1800-2200"
_DMS = ("DMS Import", "DMS eksport", "DMS Forsendelse (NCTS)")

# (case id, body, categories, systems taken out)
SPARED = [
    ("beroeres_alligevel_ikke", "Opdatering mandag den 6. november 2017: e-Import og e-Eksport berøres alligevel ikke "
     f"af servicevinduet. Kun NCTS lukkes.\n\n{_DA_NOVEMBER}", ("Import", "Eksport", "Forsendelse"),
     ("import", "export")),
    ("paavirkes_alligevel_ikke", "Opdatering mandag den 6. november 2017: DMS Import påvirkes alligevel ikke af "
     f"servicevinduet.\n\n{_EN_NOVEMBER}", _DMS, ("dms-import",)),
    ("vil_alligevel_ikke_blive_beroert", "Opdatering mandag den 6. november 2017: DMS Eksport vil alligevel ikke blive "
     f"berørt.\n\n{_EN_NOVEMBER}", _DMS, ("dms-export",)),
    ("will_not_be_affected_after_all", "Update November 6, 2017: DMS Import and DMS Export will not be affected after "
     f"all. Only NCTS closes.\n\n{_EN_NOVEMBER}", _DMS, ("dms-import", "dms-export")),
    ("not_affected_by_the_window_after_all", "Update November 6, 2017: DMS Export will not be affected by the service "
     f"window after all.\n\n{_EN_NOVEMBER}", _DMS, ("dms-export",)),
    ("no_longer_affected_by_the_window", "Update November 6, 2017: DMS Import is no longer affected by the service "
     f"window.\n\n{_EN_NOVEMBER}", _DMS, ("dms-import",)),
    ("will_no_longer_be_affected", "Update November 6, 2017: DMS Export will no longer be affected by the planned "
     f"maintenance.\n\n{_EN_NOVEMBER}", _DMS, ("dms-export",)),
    ("ikke_laengere_beroert_af", "Opdatering mandag den 6. november 2017: DMS Import er ikke længere berørt af "
     f"servicevinduet.\n\n{_EN_NOVEMBER}", _DMS, ("dms-import",)),
    ("no_longer_part_of_the_window", f"Update November 6, 2017: DMS Import is no longer part of the window.\n\n"
     f"{_EN_NOVEMBER}", _DMS, ("dms-import",)),
]

# Systems never affected, affected after all, or back after an incident: nothing taken out.
NOT_SPARED = [
    ("not_affected_from_the_start", f"{_EN_NOVEMBER}\n\nDMS Import is not affected.", _DMS),
    ("beroeres_ikke_from_the_start", f"{_DA_NOVEMBER}\n\nProduktionsmiljøet berøres ikke.",
     ("Import", "Eksport", "Forsendelse")),
    ("affected_after_all", f"Update November 6, 2017: DMS Import will be affected after all.\n\n{_EN_NOVEMBER}", _DMS),
    ("was_not_affected_after_all", "Update November 6, 2017: DMS Export was not affected after all.\n\n"
     "We are experiencing problems with DMS.", _DMS),
    ("no_longer_affected_by_an_incident", "Update November 6, 2017: DMS Import is no longer affected. DMS Export is "
     "still unavailable.\n\nWe are experiencing problems with DMS.", _DMS),
]


@pytest.mark.parametrize("body, categories, cancelled", [pytest.param(b, c, s, id=i) for i, b, c, s in SPARED])
def test_systems_spared_after_all_are_taken_out(body: str, categories: tuple[str, ...],
                                                cancelled: tuple[str, ...]) -> None:
    found = _extract(body, "2017-11-01T14:00", "2017-11-06T10:20", categories=categories)
    assert found.status is Status.PARTLY_CANCELLED
    assert found.cancelled_systems == cancelled
    assert all(found.impacts[slug].value == "none" for slug in cancelled)
    assert _windows(found) == [("2017-11-07T18:00+01:00", "2017-11-07T22:00+01:00")]


@pytest.mark.parametrize("body, categories", [pytest.param(b, c, id=i) for i, b, c in NOT_SPARED])
def test_systems_not_spared_stay_in(body: str, categories: tuple[str, ...]) -> None:
    found = _extract(body, "2017-11-01T14:00", "2017-11-06T10:20", categories=categories)
    assert found.status is Status.SCHEDULED
    assert found.cancelled_systems == ()


# --- a window that will not happen ---------------------------------------------------------

_EN_OCTOBER = "EMCS will be unavailable on Tuesday 20 October 2020 from 18:00 to 21:00."
_DA_OCTOBER = "EMCS vil være utilgængelig tirsdag den 20. oktober 2020 kl. 18.00-21.00."

# (case id, body, status)
NOT_HAPPENING = [
    ("will_not_take_place", "Update 19 October 2020: The planned unavailability will not take place. EMCS will be "
     f"available as usual.\n\n{_EN_OCTOBER}", Status.CANCELLED),
    ("will_not_go_ahead", f"Update 19 October 2020: The service window will not go ahead.\n\n{_EN_OCTOBER}",
     Status.CANCELLED),
    ("wont_take_place", f"Update 19 October 2020: The maintenance won't take place.\n\n{_EN_OCTOBER}",
     Status.CANCELLED),
    ("is_not_going_ahead", f"Update 19 October 2020: The planned downtime is not going ahead.\n\n{_EN_OCTOBER}",
     Status.CANCELLED),
    ("finder_ikke_sted", f"Opdatering den 19. oktober 2020: Servicevinduet finder ikke sted.\n\n{_DA_OCTOBER}",
     Status.CANCELLED),
    ("finder_alligevel_ikke_sted", "Opdatering den 19. oktober 2020: Den planlagte nedetid finder alligevel ikke sted."
     f"\n\n{_DA_OCTOBER}", Status.CANCELLED),
    ("gennemfoeres_ikke", "Opdatering den 19. oktober 2020: Det planlagte servicevindue gennemføres ikke.\n\n"
     f"{_DA_OCTOBER}", Status.CANCELLED),
    ("vil_ikke_blive_gennemfoert", f"Opdatering den 19. oktober 2020: Opdateringen vil ikke blive gennemført.\n\n"
     f"{_DA_OCTOBER}", Status.CANCELLED),
    ("unfortunately_will_not_take_place", "Update 19 October 2020: Unfortunately, the planned unavailability will "
     f"not take place.\n\n{_EN_OCTOBER}", Status.CANCELLED),
    ("unfortunately_cancelled", f"Update 19 October 2020: Unfortunately the service window is cancelled.\n\n"
     f"{_EN_OCTOBER}", Status.CANCELLED),
    ("desvaerre_finder_servicevinduet_ikke_sted", "Opdatering den 19. oktober 2020: Desværre finder servicevinduet "
     f"ikke sted.\n\n{_DA_OCTOBER}", Status.CANCELLED),
    ("servicevinduet_gennemfoeres_derfor_ikke", "Opdatering den 19. oktober 2020: Servicevinduet gennemføres derfor "
     f"ikke.\n\n{_DA_OCTOBER}", Status.CANCELLED),
    # It takes place, may not take place, or takes place on another day:
    ("takes_place_as_planned", f"Update 19 October 2020: The service window will take place as planned.\n\n"
     f"{_EN_OCTOBER}", Status.SCHEDULED),
    ("if_it_does_not_take_place", "Update 19 October 2020: If the service window does not take place, a new date will "
     f"be announced.\n\n{_EN_OCTOBER}", Status.SCHEDULED),
    ("not_tuesday_but_another_day", "Update 19 October 2020: The service window will not take place on Tuesday, but on "
     f"Thursday 22 October 2020.\n\n{_EN_OCTOBER}", Status.SCHEDULED),
    ("do_not_take_place_on_holidays", "Update 19 October 2020: Service windows do not take place on public "
     f"holidays.\n\n{_EN_OCTOBER}", Status.SCHEDULED),
    ("finder_ikke_fejl", f"Opdatering den 19. oktober 2020: Vi finder ikke nogen fejl efter servicevinduet.\n\n"
     f"{_DA_OCTOBER}", Status.SCHEDULED),
]


@pytest.mark.parametrize("body, status", [pytest.param(b, s, id=i) for i, b, s in NOT_HAPPENING])
def test_a_window_that_will_not_happen_is_cancelled(body: str, status: Status) -> None:
    found = _extract(body, "2020-10-13T10:00", "2020-10-19T12:15", categories=("EMCS",))
    assert found.status is status
    if status is Status.CANCELLED:                  # the window is kept, marked cancelled
        assert _windows(found) == [("2020-10-20T18:00+02:00", "2020-10-20T21:00+02:00")]


# --- a negation qualifying what a permission covers -----------------------------------------

# (sentence, what it says of the fallback procedure)
QUALIFIED = [
    ("The fallback procedure may only be used for movements that cannot wait.", Fallback.RESTRICTED),
    ("Nødproceduren må kun anvendes for forsendelser der ikke kan vente.", Fallback.RESTRICTED),
    ("The fallback procedure may only be used for declarations that cannot be submitted electronically.",
     Fallback.RESTRICTED),
    ("Nødproceduren må kun benyttes til angivelser som ikke kan indsendes elektronisk.", Fallback.RESTRICTED),
    ("The fallback procedure may be used for movements that cannot wait.", Fallback.RESTRICTED),
    ("In urgent cases the emergency procedure may be used.", Fallback.RESTRICTED),
    ("The fallback procedure may be used for declarations which are not yet accepted.", Fallback.ALLOWED),
    ("The fallback procedure may be used, which is not normally the case.", Fallback.ALLOWED),
    # The negation is about the procedure itself:
    ("The fallback procedure cannot be used.", Fallback.NOT_ALLOWED),
    ("The fallback procedure that was announced cannot be used.", Fallback.NOT_ALLOWED),
    ("Nødproceduren, som ikke må anvendes i servicevinduet, er beskrevet på toldst.dk.", Fallback.NOT_ALLOWED),
    ("Bemærk at der ikke må anvendes nødprocedure.", Fallback.NOT_ALLOWED),
    ("The fallback procedure may not be used for declarations that are incomplete.", Fallback.NOT_ALLOWED),
]


@pytest.mark.parametrize("sentence, expected", QUALIFIED)
def test_a_negation_qualifying_the_permission(sentence: str, expected: Fallback) -> None:
    assert fallback_statement(sentence) == (expected, False)


def test_the_latest_qualified_permission_wins() -> None:
    found = _extract("Update 12:00: The fallback procedure may only be used for movements that cannot wait.\n\n"
                     "Update 10:30: The fallback procedure may be used.\n\n"
                     "We are experiencing that some messages sent to EMCS via the B2B gateway are rejected.",
                     "2024-09-05T08:50", "2024-09-05T12:02", title="EMCS B2B messages rejected", categories=("EMCS",))
    assert (found.kind.value, found.fallback, found.windows) == ("incident", Fallback.RESTRICTED, ())


# --- an update naming a weekday of a week number ---------------------------------------------

_TWO_SATURDAYS = "PRD-servicewindow Saturday March 14, 2026, 1200-2100 and Saturday March 21, 2026, 1200-2100"
# (case id, body, expected status, expected windows)
WEEK_UPDATES = [
    ("moved_to_a_weekday_of_a_week", "Update March 5, 2026 10:00: The service window is moved to Saturday in week 13."
     "\n\nPRD-servicewindow Saturday March 14, 2026, 1200-2100", Status.SCHEDULED,
     [("2026-03-28T12:00+01:00", "2026-03-28T21:00+01:00")]),
    ("da_flyttet_til_lordag_i_uge", "Opdatering 5. marts 2026 kl. 10.00: Servicevinduet er flyttet til lørdag i uge 14."
     "\n\nServicevindue lørdag den 14. marts 2026 kl. 12-21", Status.SCHEDULED,
     [("2026-04-04T12:00+02:00", "2026-04-04T21:00+02:00")]),
    ("one_of_two_cancelled_by_its_week", "Update March 5, 2026 10:00: The service window on Saturday in week 12 is "
     f"cancelled.\n\n{_TWO_SATURDAYS}", Status.PARTLY_CANCELLED, [("2026-03-14T12:00+01:00", "2026-03-14T21:00+01:00")]),
]


@pytest.mark.parametrize("body, status, expected", [pytest.param(b, s, e, id=i) for i, b, s, e in WEEK_UPDATES])
def test_an_update_naming_a_weekday_of_a_week_number(body: str, status: Status, expected: list[tuple]) -> None:
    found = _extract(body, "2026-03-02T10:00", "2026-03-05T10:00", title="PRD-servicewindow DMS",
                     categories=("DMS Import",))
    assert (found.status, _windows(found)) == (status, expected)


# --- a fix deployed, then monitored ----------------------------------------------------------

_INCIDENT = "Files sent to DMS currently receive no response. The case is being investigated."

# (case id, body, status)
MONITORED = [
    ("we_are_monitoring", "Update 13:00 - A fix has been deployed in TFE. We are monitoring.", Status.SCHEDULED),
    ("we_continue_to_monitor", "Update 13:00 - The correction has been deployed. We continue to monitor the situation.",
     Status.SCHEDULED),
    ("vi_overvaager", "Opdatering kl. 13.00: Rettelsen er idriftsat. Vi overvåger situationen.", Status.SCHEDULED),
    ("monitoring_on_the_next_line", "Opdatering kl. 13.00: Løsningen er nu implementeret.\nVi holder øje med systemet.",
     Status.SCHEDULED),
    # Deployed with no watch, solved outright, or solved in a later update: done.
    ("deployed_alone", "Update 13:00 - A fix has been deployed.", Status.COMPLETED),
    ("solved_then_monitored", "Update 13:00 - The problem has been solved. We will continue to monitor the system.",
     Status.COMPLETED),
    ("rettet_og_overvaaget", "Opdatering kl. 13.00: Fejlen er rettet. Vi overvåger fortsat.", Status.COMPLETED),
    ("resolved_in_a_later_update", "Update 14:00 - Resolved.\n\nUpdate 13:00 - A fix has been deployed. We are "
     "monitoring.", Status.COMPLETED),
]


@pytest.mark.parametrize("body, status", [pytest.param(b, s, id=i) for i, b, s in MONITORED])
def test_a_fix_deployed_and_monitored_is_not_yet_done(body: str, status: Status) -> None:
    found = _extract(f"{body}\n\n{_INCIDENT}", "2025-04-08T10:15", "2025-04-08T14:30", title="DMS: no responses",
                     categories=("DMS Import",))
    assert (found.kind.value, found.status) == ("incident", status)
    assert (found.done_at is None) == (status is not Status.COMPLETED)


# --- a cancellation undone --------------------------------------------------------------------

_EN_JUNE = "PRD-servicewindow Tuesday June 11, 2024, 1800-2200\n\nThe online systems for Import will be unavailable."
_DA_JUNE = ("PRD-servicevindue tirsdag den 11. juni 2024 kl. 18.00-22.00\n\n"
            "Onlinesystemet for Import vil være utilgængeligt.")
_EN_CANCELLED = "Update 07-06-2024 09:30 - The service window is cancelled."
_DA_CANCELLED = "Opdatering 07-06-2024 kl. 09.30: Servicevinduet er aflyst."

# (case id, newer update, older update, announcement, status)
REINSTATED = [
    ("after_all_as_announced", "Update 10-06-2024 14:00 - The service window will take place after all, as originally "
     "announced.", _EN_CANCELLED, _EN_JUNE, Status.SCHEDULED),
    ("go_ahead_as_planned", "Update 10-06-2024 14:00 - The maintenance will go ahead as planned after all.",
     _EN_CANCELLED, _EN_JUNE, Status.SCHEDULED),
    ("takes_place_as_originally_planned", "Update 10-06-2024 14:00 - The service window takes place as originally "
     "planned.", "Update 07-06-2024 09:30 - Cancelled.", _EN_JUNE, Status.SCHEDULED),
    ("gennemfoeres_alligevel", "Opdatering 10-06-2024 kl. 14.00: Servicevinduet gennemføres alligevel.",
     _DA_CANCELLED, _DA_JUNE, Status.SCHEDULED),
    ("bliver_alligevel_gennemfoert", "Opdatering 10-06-2024 kl. 14.00: Servicevinduet bliver alligevel gennemført som "
     "oprindeligt annonceret.", "Opdatering 07-06-2024 kl. 09.30: Aflyst.", _DA_JUNE, Status.SCHEDULED),
    ("finder_alligevel_sted", "Opdatering 10-06-2024 kl. 14.00: Servicevinduet finder alligevel sted.",
     _DA_CANCELLED, _DA_JUNE, Status.SCHEDULED),
    # The newer statement cancels, calls it off after all, or reports the window done:
    ("cancelled_after_as_planned", "Update 10-06-2024 14:00 - The service window is cancelled.",
     "Update 07-06-2024 09:30 - The service window will take place as planned.", _EN_JUNE, Status.CANCELLED),
    ("gennemfoeres_alligevel_ikke", "Opdatering 10-06-2024 kl. 14.00: Servicevinduet gennemføres alligevel ikke.",
     "Opdatering 07-06-2024 kl. 09.30: Servicevinduet gennemføres som planlagt.", _DA_JUNE, Status.CANCELLED),
    ("completed_as_planned", "Update 11-06-2024 22:05 - The service window was completed as planned.",
     "Update 07-06-2024 09:30 - The service window will take place as planned.", _EN_JUNE, Status.COMPLETED),
    ("gennemfoert_som_planlagt", "Opdatering 11-06-2024 kl. 22.05: Servicevinduet er gennemført som planlagt.",
     _DA_CANCELLED, _DA_JUNE, Status.COMPLETED),
]


@pytest.mark.parametrize("newer, older, announcement, status",
                         [pytest.param(n, o, a, s, id=i) for i, n, o, a, s in REINSTATED])
def test_a_newer_statement_that_the_window_takes_place_undoes_a_cancellation(newer: str, older: str,
                                                                             announcement: str, status: Status) -> None:
    found = _extract(f"{newer}\n\n{older}\n\n{announcement}", "2024-06-04T08:30", "2024-06-11T22:10",
                     title="PRD-servicewindow Import", categories=("Import",))
    assert (found.kind.value, found.status) == ("planned", status)
    assert _windows(found) == [("2024-06-11T18:00+02:00", "2024-06-11T22:00+02:00")]      # kept either way


# --- one system's part of the window cancelled ------------------------------------------------

_EU_BOTH = ("The European Commission has announced an intervention on Saturday 14/03/2026 from 08:00 to 16:00 CET.\n\n"
            "During the intervention, EMCS messages will be queued, and ICS2 will be unavailable.")
_EU_EMCS = ("The European Commission has announced an intervention on Saturday 14/03/2026 from 08:00 to 16:00 CET.\n\n"
            "During the intervention, EMCS messages will be queued.")

# (case id, update, announcement, categories, status, systems taken out)
PART_CANCELLED = [
    ("intervention_on_emcs", "The intervention on EMCS has been cancelled by DG TAXUD. The intervention on ICS2 takes "
     "place as planned.", _EU_BOTH, ("EMCS", "ICS2"), Status.PARTLY_CANCELLED, ("emcs",)),
    ("the_emcs_maintenance", "The EMCS maintenance is cancelled.", _EU_BOTH, ("EMCS", "ICS2"),
     Status.PARTLY_CANCELLED, ("emcs",)),
    ("indgrebet_paa_emcs", "Indgrebet på EMCS er aflyst. Indgrebet på ICS2 gennemføres som planlagt.", _EU_BOTH,
     ("EMCS", "ICS2"), Status.PARTLY_CANCELLED, ("emcs",)),
    ("the_other_system_named_in_the_body", "The intervention on EMCS has been cancelled.", _EU_BOTH, ("EMCS",),
     Status.PARTLY_CANCELLED, ("emcs",)),
    # The only system, no system, or not cancelled: the whole window or nothing.
    ("the_only_system", "The intervention on EMCS has been cancelled.", _EU_EMCS, ("EMCS",), Status.CANCELLED, ()),
    ("a_day_not_a_system", "The intervention on Saturday has been cancelled.", _EU_BOTH, ("EMCS", "ICS2"),
     Status.CANCELLED, ()),
    ("not_cancelled", "The intervention on EMCS is not cancelled.", _EU_BOTH, ("EMCS", "ICS2"), Status.SCHEDULED, ()),
]


@pytest.mark.parametrize("update, announcement, categories, status, cancelled",
                         [pytest.param(u, a, c, s, x, id=i) for i, u, a, c, s, x in PART_CANCELLED])
def test_one_system_s_part_cancelled(update: str, announcement: str, categories: tuple[str, ...], status: Status,
                                     cancelled: tuple[str, ...]) -> None:
    found = _extract(f"Update 12.03.2026 at 09:15 - {update}\n\n{announcement}", "2026-03-05T13:40",
                     "2026-03-12T09:20", title="EU service window", categories=categories)
    assert (found.status, found.cancelled_systems) == (status, cancelled)
    assert _windows(found) == [("2026-03-14T08:00+01:00", "2026-03-14T16:00+01:00")]


# --- no general access to the fallback procedure; questions about it ------------------------

# (sentence, what it says of the fallback procedure)
NO_GENERAL_ACCESS = [
    ("Der er ikke generel adgang til at benytte nødproceduren i servicevinduet.", Fallback.RESTRICTED),
    ("Der er ingen generel adgang til nødproceduren.", Fallback.RESTRICTED),
    ("There is no general access to use the fallback procedure; contact the customs office.", Fallback.RESTRICTED),
    ("No general use of fallback procedure within the service window.", Fallback.RESTRICTED),
    ("Nødproceduren må ikke anvendes.", Fallback.NOT_ALLOWED),
    # A question, direct or reported, grants nothing:
    ("Må jeg bruge nødproceduren?", None),
    ("May I use the fallback procedure?", None),
    ("Det fremgår af den enkelte meddelelse, om nødproceduren må anvendes.", None),
    ("Each notice states whether the fallback procedure may be used.", None),
    ("Vi oplyser hvorvidt nødproceduren kan benyttes.", None),
    # "om" that asks nothing:
    ("Vi minder om, at nødproceduren må anvendes.", Fallback.ALLOWED),
    ("Husk at nødproceduren kan anvendes om natten.", Fallback.ALLOWED),
]


@pytest.mark.parametrize("sentence, expected", NO_GENERAL_ACCESS)
def test_no_general_access_and_questions(sentence: str, expected: Fallback | None) -> None:
    assert fallback_statement(sentence) == (expected, False)


# --- an outage an update explains as a planned window ----------------------------------------

_OUTAGE = "Manifest Online is currently unavailable. The case is being investigated."

# (case id, title, update, kind)
EXPLAINED = [
    ("caused_by_a_planned_window", "Manifest Online unavailable", "Update 18:45 - The unavailability is caused by a "
     "planned service window on Manifest today, Thursday October 2, 2025, 1800-2000.", "planned"),
    ("due_to_scheduled_maintenance", "Manifest Online unavailable", "Update 18:45 - The problems are due to scheduled "
     "maintenance on Manifest between 18:00 and 20:00 today.", "planned"),
    ("skyldes_et_planlagt_servicevindue", "Problemer med Manifest", "Opdatering kl. 18.45: Problemerne skyldes et "
     "planlagt servicevindue på Manifest i dag kl. 18.00-20.00.", "planned"),
    ("skyldtes_planlagt_vedligehold", "Manifest er utilgængelig", "Opdatering kl. 18.45: Utilgængeligheden skyldtes "
     "planlagt vedligehold af Manifest.", "planned"),
    # Not the window, a window that ran late, or a release gone wrong: still an incident.
    ("not_caused_by", "Manifest Online unavailable", "Update 18:45 - The problems are not caused by the planned "
     "service window yesterday.", "incident"),
    ("ran_late", "Manifest Online unavailable", "Update 18:45 - The unavailability is due to planned maintenance that "
     "has taken longer than expected.", "incident"),
    ("a_planned_release", "Manifest Online unavailable", "Update 18:45 - The errors are caused by the planned release "
     "deployed this morning.", "incident"),
]


@pytest.mark.parametrize("title, update, kind", [pytest.param(t, u, k, id=i) for i, t, u, k in EXPLAINED])
def test_an_outage_explained_as_a_planned_window_is_planned(title: str, update: str, kind: str) -> None:
    found = _extract(f"{update}\n\n{_OUTAGE}", "2025-10-02T18:12", "2025-10-02T18:50", title=title,
                     categories=("Manifest",))
    assert found.kind.value == kind


# --- an update extending the window to the other environment ---------------------------------

_ICS2_MAY = ("PRD-servicewindow Wednesday May 21, 2025, 0700-0900\n\nICS2\n\n"
             "Shortly instability/unavailability may occur.")

# (case id, update, env)
EXTENDED_TO_TFE = [
    ("also_applies_to_tfe", "The service window also applies to the ICS2 test environment (TFE).", "PRD+TFE"),
    ("gaelder_ogsaa_testmiljoeet", "Servicevinduet gælder også testmiljøet (TFE).", "PRD+TFE"),
    ("tfe_will_also_be_unavailable", "TFE will also be unavailable.", "PRD+TFE"),
    # TFE spared, available or simply not extended to:
    ("also_not_affected", "The test environment (TFE) is also not affected.", "PRD"),
    ("remains_available", "TFE remains available.", "PRD"),
    ("berores_heller_ikke", "TFE berøres heller ikke.", "PRD"),
]


@pytest.mark.parametrize("update, env", [pytest.param(u, e, id=i) for i, u, e in EXTENDED_TO_TFE])
def test_an_update_extending_the_window_to_tfe(update: str, env: str) -> None:
    found = _extract(f"Update 19-05-2025 15:10 - {update}\n\n{_ICS2_MAY}", "2025-05-14T09:00", "2025-05-19T15:15",
                     title="PRD-servicewindow ICS2 Wednesday May 21, 2025", categories=("ICS2",))
    assert found.env.value == env


def test_a_tfe_window_extended_to_production() -> None:
    found = _extract("Update 19-05-2025 15:10 - The window also applies to production (PRD).\n\n"
                     "TFE-servicewindow Wednesday May 21, 2025, 0700-0900", "2025-05-14T09:00", "2025-05-19T15:15",
                     title="TFE-servicewindow ICS2 Wednesday May 21, 2025", categories=("TFE (testsystems)",))
    assert found.env.value == "PRD+TFE"


# --- notes after the fact, releases without a window, questions and answers --------------------

# (case id, title, body, published, kind)
NO_UNAVAILABILITY = [
    ("was_unavailable_running_normally", "DMS after the upgrade", "DMS was unavailable during the weekend due to the "
     "planned upgrade. All DMS systems have been running normally since Sunday evening.\n\nDeclarations rejected "
     "during the service window must be resubmitted.", "2025-03-10T08:30", "info"),
    ("var_utilgaengelig_har_koert_normalt", "DMS efter opgraderingen", "DMS var utilgængelig i weekenden på grund af "
     "den planlagte opgradering. Alle DMS-systemer har kørt normalt siden søndag aften.", "2025-03-10T08:30", "info"),
    ("without_a_service_window", "New version of EMCS Monday March 2, 2026", "A new version of EMCS (release 4.3) goes "
     "into production on Monday March 2, 2026 at 08:00.\n\nThe release is deployed without a service window. EMCS will "
     "be available as normal.", "2026-02-23T13:00", "info"),
    ("uden_nedetid", "Ny version af EMCS mandag den 2. marts 2026", "En ny version af EMCS idriftsættes mandag den 2. "
     "marts 2026 kl. 08.00.\n\nReleasen idriftsættes uden nedetid, og EMCS er tilgængelig som normalt.",
     "2026-02-23T13:00", "info"),
    ("there_is_no_downtime", "New version of EMCS", "A new version of EMCS goes into production on Monday March 2, "
     "2026 at 08:00. There is no downtime.", "2026-02-23T13:00", "info"),
    # A window still to come, or a disruption going on, is no note after the fact:
    ("running_normally_after_a_window_ahead", "DMS", "DMS will be unavailable on Saturday March 15, 2025 due to a "
     "planned upgrade. After the service window, all systems will be running normally.", "2025-03-10T08:30",
     "planned"),
    ("release_in_a_window", "New version of EMCS", "A new version of EMCS goes into production on Monday March 2, "
     "2026. The release is deployed in a service window Monday March 2, 2026, 0600-0800.", "2026-02-23T13:00",
     "planned"),
    ("currently_unavailable", "DMS status", "DMS Import is currently unavailable due to planned maintenance. DMS "
     "Export is running normally.", "2025-03-10T08:30", "planned"),
]


@pytest.mark.parametrize("title, body, published, kind",
                         [pytest.param(t, b, p, k, id=i) for i, t, b, p, k in NO_UNAVAILABILITY])
def test_a_note_after_the_fact_or_a_release_without_a_window(title: str, body: str, published: str,
                                                              kind: str) -> None:
    found = _extract(body, published, title=title, categories=("DMS Import",))
    assert found.kind.value == kind
    if kind == "info":
        assert found.windows == ()


# (title, body)
FAQS = [
    ("Spørgsmål og svar: Når DMS er lukket", "Hvor kan jeg se, om DMS er lukket?\nPlanlagte servicevinduer vises her "
     "på siden.\n\nMå jeg bruge nødproceduren?\nDet fremgår af den enkelte meddelelse, om nødproceduren må anvendes."),
    ("FAQ: When DMS is closed", "Where can I see if DMS is closed?\nPlanned service windows are shown on this page.\n\n"
     "May I use the fallback procedure?\nEach notice states whether the fallback procedure may be used."),
    ("Questions and answers about service windows", "Can I submit declarations during a service window?\nNo. "
     "Declarations sent during the window are rejected."),
]


@pytest.mark.parametrize("title, body", FAQS)
def test_questions_and_answers_are_information(title: str, body: str) -> None:
    found = _extract(body, "2024-02-05T10:00", title=title, categories=("Øvrige meddelelser",))
    assert (found.kind.value, found.env, found.fallback, found.windows) == ("info", None, None, ())


# --- a window put off to another notice; advice to act before an expiry ----------------------

# (case id, title, body, published, kind, windows)
PUT_OFF = [
    ("som_annonceres_saerskilt", "Releasenoter for EMCS release 3.1", "Releasenoterne er nu offentliggjort.\n\n"
     "Releasen idriftsættes lørdag den 14. september 2024 i forbindelse med et PRD-servicevindue, som annonceres "
     "særskilt.", "2024-09-02T13:00", "info", []),
    ("der_varsles_saerskilt", "Ny version af ICS2", "Den nye version af ICS2 idriftsættes søndag den 6. oktober 2024 i "
     "et servicevindue, der varsles særskilt.", "2024-09-20T10:00", "info", []),
    ("som_annonceres_senere_i_weekenden", "Opgradering af NCTS", "Opgraderingen sker i weekenden i et servicevindue, "
     "som annonceres senere.", "2024-09-20T10:00", "info", []),
    ("announced_separately", "Release notes for NCTS release 2.4", "Release 2.4 goes live on Saturday April 20, 2024 "
     "in a PRD service window that will be announced separately.", "2024-04-02T13:00", "info", []),
    ("in_a_later_announcement", "New version of ICS2", "The new version of ICS2 is deployed on Saturday April 20, 2024 "
     "in a service window, which will be described in a later announcement.", "2024-04-02T13:00", "info", []),
    # The message's own window, dated before the announcing word or announced already: still a window.
    ("details_announced_separately", "DMS release", "DMS is closed Saturday April 20, 2024, 1800-2300 for a service "
     "window. Further details will be announced separately.", "2024-04-02T13:00", "planned",
     [("2024-04-20T18:00+02:00", "2024-04-20T23:00+02:00")]),
    ("dated_window_times_later", "DMS release", "The service window is on Saturday April 20, 2024; the times will be "
     "announced later.", "2024-04-02T13:00", "planned", [("2024-04-20", "2024-04-20")]),
    ("som_er_varslet_saerskilt", "Releasenoter for DMS", "Releasen idriftsættes i det servicevindue, som er varslet "
     "særskilt, lørdag den 20. april 2024 kl. 18.00-23.00.", "2024-04-02T13:00", "planned",
     [("2024-04-20T18:00+02:00", "2024-04-20T23:00+02:00")]),
    ("was_announced_separately", "Release notes for DMS", "The release goes live in the service window which was "
     "announced separately, Saturday April 20, 2024, 1800-2300.", "2024-04-02T13:00", "planned",
     [("2024-04-20T18:00+02:00", "2024-04-20T23:00+02:00")]),
]


@pytest.mark.parametrize("title, body, published, kind, windows",
                         [pytest.param(t, b, p, k, w, id=i) for i, t, b, p, k, w in PUT_OFF])
def test_a_window_put_off_to_another_notice_is_no_window(title: str, body: str, published: str, kind: str,
                                                         windows: list[tuple]) -> None:
    found = _extract(body, published, title=title, categories=("DMS Import",))
    spans = [(w.start.isoformat(), w.end.isoformat()) if w.all_day else _windows(replace(found, windows=(w,)))[0]
             for w in found.windows]
    assert (found.kind.value, spans) == (kind, windows)


# (case id, title, body, kind)
AVOIDED = [
    ("to_avoid_rejected_messages", "EMCS B2B: new certificates must be installed", "The current certificates for the "
     "EMCS B2B gateway expire Friday March 15, 2024 at 12:00. Please install the new ones before March 15, 2024 to "
     "avoid rejected messages.", "info"),
    ("to_prevent_being_rejected", "ICS2: renew your certificate", "Your ICS2 certificate expires on 30 June 2024. "
     "Renew it before the expiry date to prevent your declarations from being rejected.", "info"),
    ("so_that_they_are_not_rejected", "NCTS phase 5", "All operators must switch to the phase 5 message formats by "
     "June 21, 2024, so that their declarations are not rejected.", "info"),
    ("to_avoid_errors", "EMCS certificates", "Install the new certificates before March 15, 2024 to avoid errors.",
     "info"),
    ("for_at_undgaa_afviste_meddelelser", "Nye certifikater til EMCS B2B", "De nuværende certifikater udløber fredag "
     "den 15. marts 2024 kl. 12.00. Installer de nye inden den 15. marts for at undgå afviste meddelelser.", "info"),
    ("for_at_undgaa_fejl", "Certifikat til EMCS", "Husk at forny jeres certifikat inden den 15. marts 2024 for at undgå "
     "fejl i indsendelsen.", "info"),
    ("saa_de_ikke_afvises", "NCTS fase 5", "Alle skal overgå til fase 5-formaterne senest den 21. juni 2024, så "
     "angivelserne ikke bliver afvist.", "info"),
    ("title_to_avoid_rejected", "Install new EMCS certificates to avoid rejected messages", "The new certificates can "
     "be downloaded from Monday March 4, 2024.", "info"),
    ("titel_for_at_undgaa_fejl", "Forny EMCS-certifikatet for at undgå fejl", "De nye certifikater kan hentes fra "
     "mandag den 4. marts 2024.", "info"),
    # Rejections going on now are an incident, with or without advice.
    ("currently_rejected", "EMCS B2B certificates", "The certificate for the EMCS B2B gateway expired this morning, "
     "and messages are currently rejected. Please install the new certificates to avoid further rejections.",
     "incident"),
    ("being_rejected", "EMCS B2B", "Messages to EMCS are being rejected. We are investigating.", "incident"),
    ("fejl_i_oejeblikket", "EMCS B2B", "Der er i øjeblikket fejl ved indsendelse til EMCS. For at undgå afviste "
     "meddelelser bedes I vente med at indsende.", "incident"),
    ("title_rejected_messages", "Rejected messages in EMCS", "Please install the new certificates to avoid "
     "rejections.", "incident"),
]


@pytest.mark.parametrize("title, body, kind", [pytest.param(t, b, k, id=i) for i, t, b, k in AVOIDED])
def test_advice_to_act_before_an_expiry_is_information(title: str, body: str, kind: str) -> None:
    found = _extract(body, "2024-02-26T10:00", title=title, categories=("EMCS",))
    assert (found.kind.value, found.windows) == (kind, ())


# --- a postponement by a duration or to a new time moves the window; one with none calls it off --------

# (case id, update, status, windows)
_OCTOBER_SIX_TO_NINE = [("2020-10-20T18:00+02:00", "2020-10-20T21:00+02:00")]
POSTPONED = [
    ("postponed_by_2_hours", "The service window has been postponed by 2 hours.", _EN_OCTOBER, Status.SCHEDULED,
     [("2020-10-20T20:00+02:00", "2020-10-20T23:00+02:00")]),
    ("udskudt_2_timer", "Servicevinduet er udskudt 2 timer.", _DA_OCTOBER, Status.SCHEDULED,
     [("2020-10-20T20:00+02:00", "2020-10-20T23:00+02:00")]),
    ("udskudt_med_en_time", "Servicevinduet er udskudt med en time.", _DA_OCTOBER, Status.SCHEDULED,
     [("2020-10-20T19:00+02:00", "2020-10-20T22:00+02:00")]),
    ("postponed_by_one_hour", "The maintenance is postponed by one hour.", _EN_OCTOBER, Status.SCHEDULED,
     [("2020-10-20T19:00+02:00", "2020-10-20T22:00+02:00")]),
    ("postponed_to_a_time", "The service window has been postponed to 20:00.", _EN_OCTOBER, Status.SCHEDULED, None),
    ("udskudt_til_kl", "Servicevinduet er udskudt til kl. 20.00.", _DA_OCTOBER, Status.SCHEDULED, None),
    ("postponed_by_a_week", "The service window is postponed by a week.", _EN_OCTOBER, Status.SCHEDULED, None),
    ("udsat_en_uge", "Servicevinduet er udsat en uge.", _DA_OCTOBER, Status.SCHEDULED, None),
    # No new time, date or duration: called off, the window kept and marked cancelled.
    ("postponed_until_further_notice", "The service window has been postponed until further notice.", _EN_OCTOBER,
     Status.CANCELLED, _OCTOBER_SIX_TO_NINE),
    ("udskudt_paa_ubestemt_tid", "Servicevinduet er udskudt på ubestemt tid.", _DA_OCTOBER, Status.CANCELLED,
     _OCTOBER_SIX_TO_NINE),
    ("has_been_postponed", "The service window has been postponed.", _EN_OCTOBER, Status.CANCELLED,
     _OCTOBER_SIX_TO_NINE),
    ("udskudt_bare", "Udskudt.", _DA_OCTOBER, Status.CANCELLED, _OCTOBER_SIX_TO_NINE),
    ("postponed_to_a_later_date", "The service window has been postponed to a later date.", _EN_OCTOBER,
     Status.CANCELLED, _OCTOBER_SIX_TO_NINE),
    ("udskudt_til_senere", "Servicevinduet er udskudt til senere.", _DA_OCTOBER, Status.CANCELLED,
     _OCTOBER_SIX_TO_NINE),
    ("a_two_hour_window_postponed", "The 2 hour service window has been postponed.", _EN_OCTOBER, Status.CANCELLED,
     _OCTOBER_SIX_TO_NINE),
]


@pytest.mark.parametrize("update, announcement, status, windows",
                         [pytest.param(u, a, s, w, id=i) for i, u, a, s, w in POSTPONED])
def test_a_postponement_by_a_duration_moves_the_window(update: str, announcement: str, status: Status,
                                                       windows: list[tuple] | None) -> None:
    stamp = "Update 19 October 2020:" if announcement is _EN_OCTOBER else "Opdatering den 19. oktober 2020:"
    found = _extract(f"{stamp} {update}\n\n{announcement}", "2020-10-13T10:00", "2020-10-19T12:15",
                     categories=("EMCS",))
    assert found.status is status
    if windows is not None:
        assert _windows(found) == windows


# --- a closing announced for later the same day is planned, whatever it is for -------------------------

# (case id, title, body, published, kind)
LATER_TODAY = [
    ("urgent_update_this_evening", "EMCS unavailable this evening", "Due to an urgent update EMCS will be unavailable "
     "this evening from 19:00 to 22:00.", "2023-11-21T11:40", "planned"),
    ("urgent_update_from_to", "EMCS unavailable", "Due to an urgent update EMCS will be unavailable from 19:00 to "
     "22:00.", "2023-11-21T11:40", "planned"),
    ("while_we_fix_an_error", "EMCS unavailable", "EMCS will be unavailable between 14:00 and 15:30 while we fix an "
     "error in the calculation.", "2023-11-21T09:15", "planned"),
    ("pm_span", "EMCS unavailable", "EMCS will not be available from 7 pm to 10 pm due to an urgent fix.",
     "2023-11-21T11:40", "planned"),
    ("i_eftermiddag_mens_vi_retter", "eIndkomst lukket i eftermiddag", "eIndkomst vil være lukket i eftermiddag mellem "
     "kl. 14.00 og 15.30, mens vi retter en fejl i beregningen af AM-bidrag.", "2016-09-07T09:15", "planned"),
    ("mellem_kl_mens_vi_retter", "eIndkomst lukket", "eIndkomst vil være lukket mellem kl. 14.00 og 15.30, mens vi "
     "retter en fejl.", "2016-09-07T09:15", "planned"),
    ("haster_kl_span", "EMCS utilgængelig", "På grund af en hasteopdatering vil EMCS være utilgængelig kl. 19.00-22.00.",
     "2016-09-07T09:15", "planned"),
    # A disruption going on: no span, a span already begun, or only an expected end.
    ("span_already_begun", "EMCS unavailable", "We are experiencing problems. EMCS will be unavailable from 11:00 to "
     "14:00.", "2023-11-21T11:40", "incident"),
    ("until_only", "EMCS unavailable", "EMCS is unavailable. EMCS will be unavailable until 14:00.",
     "2023-11-21T11:40", "incident"),
    ("currently_unavailable", "EMCS unavailable", "EMCS is currently unavailable. We are investigating the error.",
     "2023-11-21T11:40", "incident"),
    ("span_begun_da", "EMCS utilgængelig", "Vi oplever problemer. EMCS vil være utilgængelig fra kl. 09.00 til kl. "
     "12.00.", "2016-09-07T09:15", "incident"),
    ("arbejder_paa_det", "EMCS utilgængelig", "EMCS er utilgængelig. Vi arbejder på at rette fejlen.",
     "2016-09-07T09:15", "incident"),
]


@pytest.mark.parametrize("title, body, published, kind",
                         [pytest.param(t, b, p, k, id=i) for i, t, b, p, k in LATER_TODAY])
def test_a_closing_announced_for_later_today_is_planned(title: str, body: str, published: str, kind: str) -> None:
    found = _extract(body, published, title=title, categories=("EMCS",))
    assert found.kind.value == kind


# --- a problem found and corrected is solved ---------------------------------------------------------

# (case id, body, status)
CORRECTED = [
    ("found_and_corrected", "The cause has been found and corrected, and manifests submitted in the period have been "
     "processed.", Status.COMPLETED),
    ("identified_and_fixed", "The error has been identified and fixed.", Status.COMPLETED),
    ("fundet_og_rettet", "Fejlen er fundet og rettet.", Status.COMPLETED),
    ("blevet_fundet_og_udbedret", "Fejlen er blevet fundet og udbedret.", Status.COMPLETED),
    ("we_have_fixed_the_problem", "We have fixed the problem.", Status.COMPLETED),
    ("vi_har_nu_rettet_fejlen", "Vi har nu rettet fejlen.", Status.COMPLETED),
    # Still to be fixed:
    ("found_and_will_be_corrected", "The cause has been found and will be corrected tonight.", Status.SCHEDULED),
    ("found_and_is_being_corrected", "The cause has been found and is being corrected.", Status.SCHEDULED),
    ("fundet_og_vil_blive_rettet", "Fejlen er fundet og vil blive rettet i aften.", Status.SCHEDULED),
    ("when_we_have_fixed", "When we have fixed the error, Manifest will be available again.", Status.SCHEDULED),
    ("naar_vi_har_rettet", "Når vi har rettet fejlen, åbner Manifest igen.", Status.SCHEDULED),
    ("found_only", "The cause has been found.", Status.SCHEDULED),
]


@pytest.mark.parametrize("update, status", [pytest.param(u, s, id=i) for i, u, s in CORRECTED])
def test_a_problem_found_and_corrected_is_solved(update: str, status: Status) -> None:
    found = _extract(f"Manifest is unavailable. We are investigating.\n\nUpdate 19-01-2022 07:45 - {update}",
                     "2022-01-19T06:30", "2022-01-19T07:50", title="Manifest unavailable", categories=("Manifest",))
    assert (found.kind.value, found.status) == ("incident", status)


# --- trouble announced ahead under a title without a planned word ----------------------------------

_TARIF = "På grund af opdatering af Tarif vil det ikke være muligt at slå op i Tarif fredag d. 31/3 kl. 16-18."
_WEEK_11 = ("På grund af flytning af servere kan Manifest være ustabil i weekenden uge 11. Der kan forekomme forsinket "
            "behandling af manifester.")

# (case id, title, body, published, kind)
ANNOUNCED_AHEAD = [
    ("tarif_ikke_muligt", "Opslag i Tarif ikke muligt fredag d. 31/3", _TARIF, "2017-03-28T10:30", "planned"),
    ("tarif_neutral_title", "Opslag i Tarif", _TARIF, "2017-03-28T10:30", "planned"),
    ("ikke_mulig_vil_ikke_vaere_tilgaengelig", "Indberetning til e-Export ikke mulig", "e-Export vil ikke være "
     "tilgængelig lørdag den 18. marts 2017 kl. 08.00-12.00 på grund af opdatering.", "2017-03-14T10:00", "planned"),
    ("login_not_possible_saturday", "Login to EMCS not possible", "Due to maintenance it will not be possible to log "
     "in to EMCS on Saturday March 14, 2026 from 08:00 to 12:00.", "2026-03-10T10:00", "planned"),
    ("will_not_be_possible_neutral", "EMCS drafts", "It will not be possible to submit e-AD drafts on Sunday 22 March "
     "2026 between 06:00 and 09:00.", "2026-03-17T10:00", "planned"),
    ("ustabil_i_weekenden_uge", "Manifest ustabil i weekenden uge 11", _WEEK_11, "2017-03-08T10:45", "planned"),
    ("may_be_unstable_this_weekend", "EMCS unstable this weekend", "Due to the relocation of servers EMCS may be "
     "unstable this weekend.", "2017-03-08T10:45", "planned"),
    ("may_be_slow_saturday", "Slow DMS on Saturday", "DMS may be slow on Saturday 18 March 2017 between 08:00 and 12:00 "
     "due to an upgrade of the database.", "2017-03-08T10:45", "planned"),
    ("kan_vaere_langsom_i_uge", "e-Import langsom i uge 12", "e-Import kan være langsom i uge 12 på grund af flytning "
     "af servere.", "2017-03-08T10:45", "planned"),
    # A disruption going on, one past, or one lasting until some time: an incident.
    ("ikke_muligt_i_oejeblikket", "Opslag i Tarif ikke muligt", "Det er i øjeblikket ikke muligt at slå op i Tarif. "
     "Vi undersøger fejlen.", "2017-03-28T10:30", "incident"),
    ("login_not_possible_now", "Login not possible", "It is currently not possible to log in. We are investigating the "
     "issue.", "2026-03-10T10:00", "incident"),
    ("tarif_past_day", "Opslag i Tarif ikke muligt fredag d. 31/3", "Det var ikke muligt at slå op i Tarif fredag d. "
     "31/3 kl. 16-18.", "2017-04-03T10:30", "incident"),
    ("ustabil_nu", "Manifest ustabil", "Manifest er ustabil i øjeblikket. Vi undersøger sagen.", "2017-03-08T10:45",
     "incident"),
    ("unstable_now_and_saturday", "EMCS unstable", "EMCS is unstable at the moment. EMCS may be unstable on Saturday "
     "as well.", "2017-03-08T10:45", "incident"),
    ("may_be_slow_until_friday", "EMCS slow", "EMCS is slow. EMCS may be slow until Friday.", "2017-03-08T10:45",
     "incident"),
    ("var_ustabil_i_weekenden", "Manifest ustabil i weekenden", "Manifest var ustabil i weekenden. Manifester, der "
     "ikke blev modtaget, skal sendes igen.", "2017-03-13T09:00", "incident"),
    ("week_past", "Delayed messages in week 10", "Messages may be delayed in week 10.", "2017-03-22T09:00", "incident"),
]


@pytest.mark.parametrize("title, body, published, kind",
                         [pytest.param(t, b, p, k, id=i) for i, t, b, p, k in ANNOUNCED_AHEAD])
def test_trouble_announced_ahead_is_planned(title: str, body: str, published: str, kind: str) -> None:
    found = _extract(body, published, title=title, categories=("Import",))
    assert found.kind.value == kind


# --- errors a release fixes are no disruption -----------------------------------------------------

# (case id, title, body, kind)
RELEASE_FIXES = [
    ("rettelser_af_fejl", "Ny version af e-Import 1. april 2017", "En ny version af e-Import idriftsættes lørdag den "
     "1. april 2017. Der er ingen nedetid i forbindelse med idriftsættelsen.\n\nDen nye version indeholder rettelser "
     "af fejl i beregningen af told på varer med tillægstold.", "info"),
    ("fejlrettelser", "Ny version af EMCS", "Den nye version af EMCS indeholder fejlrettelser og idriftsættes mandag "
     "den 2. marts 2026 uden nedetid.", "info"),
    ("bug_fixes", "New version of EMCS", "The new version contains bug fixes and is deployed on Monday March 2, 2026 "
     "without downtime.", "info"),
    ("fixes_errors_in", "New version of ICS2", "The release fixes errors in the validation of house consignments. "
     "There is no downtime.", "info"),
    ("corrections_of_errors", "New release of DMS", "Release 5.2 contains corrections of errors in the declaration "
     "overview.", "info"),
    ("retter_en_raekke_fejl_i", "Ny release af DMS", "Releasen retter en række fejl i angivelsesoversigten.", "info"),
    # Errors going on, a fix still to come:
    ("working_on_a_fix", "EMCS", "We are working on a fix for the error.", "incident"),
    ("fejl_i_beregningen", "e-Import", "Der er fejl i beregningen af told. Vi arbejder på en rettelse.", "incident"),
    ("error_and_a_fix_tonight", "ICS2", "There is an error in the validation of house consignments. A fix for the "
     "error will be deployed tonight.", "incident"),
]


@pytest.mark.parametrize("title, body, kind", [pytest.param(t, b, k, id=i) for i, t, b, k in RELEASE_FIXES])
def test_errors_a_release_fixes_are_no_disruption(title: str, body: str, kind: str) -> None:
    found = _extract(body, "2017-03-24T10:00", title=title, categories=("Import",))
    assert found.kind.value == kind


# --- filing or departing by the fallback procedure -------------------------------------------------

# (sentence, what it says of the fallback procedure)
DEPART_BY = [
    ("Forsendelser kan i perioden afgå efter nødproceduren.", Fallback.ALLOWED),
    ("Shipments can depart under the emergency procedure.", Fallback.ALLOWED),
    ("Transits may depart under the fallback procedure during the window.", Fallback.ALLOWED),
    ("Forsendelser sendes i perioden via nødproceduren.", Fallback.ALLOWED),
    ("Forsendelser afgår i perioden efter nødproceduren.", Fallback.ALLOWED),
    ("Declarations are declared using the fallback procedure during the window.", Fallback.ALLOWED),
    ("Transits depart under the fallback procedure.", Fallback.ALLOWED),
    ("Movements may not depart under the fallback procedure.", Fallback.NOT_ALLOWED),
    ("Forsendelser kan ikke afgå efter nødproceduren.", Fallback.NOT_ALLOWED),
    ("Forsendelser afgår ikke efter nødproceduren.", Fallback.NOT_ALLOWED),
    ("Forsendelser sendes ikke via nødproceduren.", Fallback.NOT_ALLOWED),
    ("Shipments are not sent via the fallback procedure.", Fallback.NOT_ALLOWED),
    ("Forsendelser må kun afgå efter nødproceduren, hvis det er absolut nødvendigt.", Fallback.RESTRICTED),
    ("Hvis NCTS er nede i mere end 2 timer, kan forsendelser afgå efter nødproceduren.", Fallback.RESTRICTED),
    ("Shipments may depart under the emergency procedure only if urgent.", Fallback.RESTRICTED),
    # Things already sent by it, not an instruction or a permission:
    ("Declarations that are sent via the fallback procedure must be re-entered in NCTS.", None),
    ("Angivelser, der sendes via nødproceduren, skal efterfølgende indtastes.", None),
    ("Transits that depart under the fallback procedure must be closed manually.", None),
]


@pytest.mark.parametrize("sentence, expected", DEPART_BY)
def test_departing_by_the_fallback_procedure(sentence: str, expected: Fallback | None) -> None:
    assert fallback_statement(sentence) == (expected, False)


def test_an_announcement_letting_transits_depart_by_the_procedure() -> None:
    found = _extract("Opdatering kl. 23.05: Udført. NCTS er åbnet igen.\n\nNCTS vil være lukket tirsdag den 7. marts "
                     "kl. 18-23 på grund af opdatering af databasen.\n\nForsendelser kan i perioden afgå efter "
                     "nødproceduren.", "2017-03-01T14:00", "2017-03-07T23:07",
                     title="Planlagt nedetid NCTS tirsdag den 7. marts 2017", categories=("Forsendelse",))
    assert (found.kind.value, found.status, found.fallback) == ("planned", Status.COMPLETED, Fallback.ALLOWED)
    assert _windows(found) == [("2017-03-07T18:00+01:00", "2017-03-07T23:00+01:00")]


# --- open again, the closing called off, the window dropped, done as planned ------------------

_EN_ECS = "ECS is closed Saturday the 21. of March 2015 from kl. 17.00 to 23.00 because of installing of a new version."
_DA_ECS = "ECS er lukket lørdag den 21. marts 2015 kl. 17.00-23.00 på grund af installation af en ny version."
_AT_2140 = "2015-03-21T21:40+01:00"
_AT_2250 = "2015-03-21T22:50+01:00"

# (case id, body, status, done_at)
CLOSING_WORDS = [
    # Open again, said as a fact: completed (at the update's time, when it has one).
    ("open_again_on_top", f"Update: the system is open again.\n\n{_EN_ECS}", Status.COMPLETED, None),
    ("open_again_appended", f"{_EN_ECS}\n\nUpdate Saturday kl. 21.40: ECS is open again.", Status.COMPLETED, _AT_2140),
    ("aabent_igen_on_top", f"Opdatering: Systemet er åbent igen.\n\n{_DA_ECS}", Status.COMPLETED, None),
    ("aaben_igen_appended", f"{_DA_ECS}\n\nOpdatering lørdag kl. 21.40: ECS er åben igen.", Status.COMPLETED, _AT_2140),
    ("tilgaengelig_igen", f"Opdatering kl. 21.40: ECS er tilgængelig igen.\n\n{_DA_ECS}", Status.COMPLETED, _AT_2140),
    ("koerer_igen", f"Opdatering kl. 21.40: ECS kører igen.\n\n{_DA_ECS}", Status.COMPLETED, _AT_2140),
    ("has_reopened", f"Update 21:40: ECS has reopened.\n\n{_EN_ECS}", Status.COMPLETED, _AT_2140),
    ("genaabnet", f"Opdatering kl. 21.40: Systemet er nu genåbnet.\n\n{_DA_ECS}", Status.COMPLETED, _AT_2140),
    # A reopening to come, or the window's own end: not completed.
    ("will_be_open_again", f"Update: ECS will be open again at 23:00.\n\n{_EN_ECS}", Status.SCHEDULED, None),
    ("forventes_at_aabne_igen", f"Opdatering: ECS forventes at åbne igen kl. 23.00.\n\n{_DA_ECS}", Status.SCHEDULED,
     None),
    ("window_closed_and_open_again_at", "ECS is closed Saturday the 21. of March 2015 from kl. 17.00 and is open again "
     "at 23.00.", Status.SCHEDULED, None),
    ("vindue_lukket_og_aaben_igen_kl", "ECS er lukket lørdag den 21. marts 2015 fra kl. 17.00 og er åben igen kl. "
     "23.00.", Status.SCHEDULED, None),
    ("open_again_from_a_day", f"Update 21:40: ECS is open again from Sunday at 06:00.\n\n{_EN_ECS}",
     Status.SCHEDULED, None),
    ("aaben_igen_mandag", f"Opdatering kl. 21.40: ECS er åben igen mandag kl. 6.\n\n{_DA_ECS}", Status.SCHEDULED, None),
    # The closing, the closure, the shutdown, "lukningen" called off, the whole window dropped: cancelled.
    ("closing_cancelled", f"Update: The closing is cancelled.\n\n{_EN_ECS}", Status.CANCELLED, None),
    ("closure_cancelled", f"Update: The closure has been cancelled.\n\n{_EN_ECS}", Status.CANCELLED, None),
    ("shutdown_cancelled", f"Update: The shutdown is cancelled.\n\n{_EN_ECS}", Status.CANCELLED, None),
    ("lukningen_aflyst", f"Opdatering: Lukningen er aflyst.\n\n{_DA_ECS}", Status.CANCELLED, None),
    ("lukningen_gennemfoeres_ikke", f"Opdatering: Lukningen gennemføres ikke.\n\n{_DA_ECS}", Status.CANCELLED, None),
    ("servicevinduet_udgaar", f"Opdatering: Servicevinduet udgår.\n\n{_DA_ECS}", Status.CANCELLED, None),
    ("servicevinduet_bortfalder", f"Opdatering: Servicevinduet bortfalder.\n\n{_DA_ECS}", Status.CANCELLED, None),
    ("window_dropped", f"Update: The service window has been dropped.\n\n{_EN_ECS}", Status.CANCELLED, None),
    # Moved, or going ahead: scheduled.
    ("closing_postponed_to_a_day", f"Update: The closing is postponed to Sunday 22 March 2015.\n\n{_EN_ECS}",
     Status.SCHEDULED, None),
    ("lukningen_som_planlagt", f"Opdatering: Lukningen gennemføres som planlagt.\n\n{_DA_ECS}", Status.SCHEDULED, None),
    # Done the way it was announced: completed.
    ("udfoert_som_planlagt", f"Udført som planlagt.\n\n{_DA_ECS}", Status.COMPLETED, None),
    ("done_as_planned", f"Done as planned.\n\n{_EN_ECS}", Status.COMPLETED, None),
    ("update_completed_as_planned", f"Update: Completed as planned.\n\n{_EN_ECS}", Status.COMPLETED, None),
    ("afsluttet_som_planlagt", f"Opdatering: Afsluttet som planlagt\n\n{_DA_ECS}", Status.COMPLETED, None),
    ("done_as_planned_stamped", f"Update 22:50 - Done as planned.\n\n{_EN_ECS}", Status.COMPLETED, _AT_2250),
    ("udfoert_som_varslet_stamped", f"Opdatering kl. 22.50: Udført som varslet.\n\n{_DA_ECS}", Status.COMPLETED,
     _AT_2250),
    # "As planned" said of the window going ahead or of work going on: scheduled.
    ("goes_ahead_as_planned", f"Update: The closing goes ahead as planned.\n\n{_EN_ECS}", Status.SCHEDULED, None),
    ("gennemfoeres_som_planlagt", f"Opdatering: Servicevinduet gennemføres som planlagt.\n\n{_DA_ECS}",
     Status.SCHEDULED, None),
    ("work_continues_as_planned", f"Update 21:40: The work continues as planned.\n\n{_EN_ECS}", Status.SCHEDULED, None),
]


@pytest.mark.parametrize("body, status, done_at", [pytest.param(b, s, d, id=i) for i, b, s, d in CLOSING_WORDS])
def test_open_again_closing_cancelled_window_dropped_and_done_as_planned(body: str, status: Status,
                                                                         done_at: str | None) -> None:
    found = _extract(body, "2015-03-16T09:15", "2015-03-21T23:05", categories=("Export",))
    assert found.status is status
    assert (None if found.done_at is None else found.done_at.isoformat(timespec="minutes")) == done_at


# (case id, title, body, status): back again at a time still to come is announced, not reported; running normally
# since a moment is reported, and closes a disruption (not a status note about no window, kind info).
_EN_DOWN, _DA_DOWN = "Disruption in ECS", "Driftsforstyrrelse i ECS"
BACK_AGAIN = [
    # A reopening still to come: scheduled.
    ("da_senest_kl", "", "ECS lukkes kl. 17.00 lørdag den 21. marts 2015 og er tilgængelig igen senest kl. 23.",
     Status.SCHEDULED),
    ("da_senest_kl_dato", "", "ECS opdateres og er tilgængelig igen senest kl. 08.00 søndag den 22. marts 2015.",
     Status.SCHEDULED),
    ("da_aaben_igen_senest", "", "ECS lukkes lørdag den 21. marts 2015 kl. 17.00 og er åben igen senest kl. 23.00.",
     Status.SCHEDULED),
    ("en_no_later_than", "", "ECS closes Saturday 21 March 2015 at 17:00 and is available again no later than 23:00.",
     Status.SCHEDULED),
    ("en_by", "", "ECS closes Saturday 21 March 2015 at 17:00 and is available again by 23:00.", Status.SCHEDULED),
    ("en_open_again_before", "", "ECS closes Saturday 21 March 2015 at 17:00 and is open again before 23:00.",
     Status.SCHEDULED),
    ("en_at_the_latest", "", "ECS closes Saturday 21 March 2015 at 17:00 and is available again at the latest 23:00.",
     Status.SCHEDULED),
    ("da_inden", "", "ECS lukkes lørdag den 21. marts 2015 kl. 17.00 og er tilgængelig igen inden kl. 23.",
     Status.SCHEDULED),
    # Said as a fact: completed.
    ("en_available_again", "", f"{_EN_ECS}\n\nUpdate Saturday kl. 21.40: ECS is available again.", Status.COMPLETED),
    ("da_tilgaengelig_igen", "", f"{_DA_ECS}\n\nOpdatering lørdag kl. 21.40: ECS er tilgængelig igen.",
     Status.COMPLETED),
    # Running normally since a moment, after a disruption: completed; until a moment, or expected: not.
    ("en_worked_normally_since", _EN_DOWN, "ECS was unavailable Saturday 21 March 2015 between approx. 17:10 and "
     "19:25. The system has worked normally since.", Status.COMPLETED),
    ("en_running_normally_since", _EN_DOWN, "ECS was unavailable Saturday 21 March 2015 from 17:10. ECS has been "
     "running normally since 19:30.", Status.COMPLETED),
    ("en_working_normally_since", _EN_DOWN, "ECS was unavailable Saturday 21 March 2015 from 17:10. The systems have "
     "been working normally since 19:30.", Status.COMPLETED),
    ("da_fungeret_normalt_siden", _DA_DOWN, "ECS var utilgængelig lørdag den 21. marts 2015 fra kl. 17.10. Systemet "
     "har fungeret normalt siden kl. 19.30.", Status.COMPLETED),
    ("da_koert_normalt_siden", _DA_DOWN, "ECS var utilgængelig lørdag den 21. marts 2015 fra kl. 17.10. ECS har kørt "
     "normalt siden kl. 19.30.", Status.COMPLETED),
    ("en_worked_normally_until", _EN_DOWN, "ECS has worked normally until Saturday 21 March 2015 at 17:10. We are "
     "investigating the error.", Status.SCHEDULED),
    ("da_fungeret_normalt_indtil", _DA_DOWN, "ECS har fungeret normalt indtil lørdag den 21. marts 2015 kl. 17.10. Vi "
     "undersøger fejlen.", Status.SCHEDULED),
    ("en_expected_normal_since", _EN_DOWN, "ECS is closed Saturday 21 March 2015 from 17:00. We expect it has run "
     "normally since 23:00 when you read this.", Status.SCHEDULED),
    # A status note about no window (info): nothing to close.
    ("en_info_note", "ECS after the upgrade", "ECS was unavailable during the weekend due to the planned upgrade. "
     "ECS has been running normally since Sunday evening.", Status.SCHEDULED),
    ("da_info_note", "ECS efter opgraderingen", "ECS var utilgængelig i weekenden på grund af den planlagte "
     "opgradering. ECS har kørt normalt siden søndag aften.", Status.SCHEDULED),
]


@pytest.mark.parametrize("title, body, status", [pytest.param(t, b, s, id=i) for i, t, b, s in BACK_AGAIN])
def test_back_again_to_come_is_no_completion_and_running_normally_since_is(title: str, body: str,
                                                                          status: Status) -> None:
    found = _extract(body, "2015-03-22T09:15", "2015-03-22T09:15", title=title, categories=("Export",))
    assert found.status is status


def test_one_system_out_of_the_window_stays_partly_cancelled() -> None:
    found = _extract("Opdatering: e-Import udgår af servicevinduet.\n\ne-Import og ECS er lukket lørdag den 21. marts "
                     "2015 kl. 17.00-23.00 på grund af opdatering.", "2015-03-16T09:15", "2015-03-20T12:00",
                     categories=("Import", "Export"))
    assert (found.status, found.cancelled_systems) == (Status.PARTLY_CANCELLED, ("import",))


# --- an update moving or cancelling one window of several ------------------------------------

_EN_TWO = "NCTS will be closed:\n\nTuesday 14 March 2017 from 18:00 to 21:00\nSaturday 18 March 2017 from 10:00 to 14:00"
_DA_TWO = "NCTS lukkes:\n\ntirsdag den 14. marts 2017 kl. 18-21\nlørdag den 18. marts 2017 kl. 10-14"
_TUESDAY = ("2017-03-14T18:00+01:00", "2017-03-14T21:00+01:00")
_SATURDAY = ("2017-03-18T10:00+01:00", "2017-03-18T14:00+01:00")
_SUNDAY_26 = ("2017-03-26T10:00+02:00", "2017-03-26T14:00+02:00")
_EN_ROWS = "EOS/EORI: 14/04/2026 18:00 – 14/04/2026 22:00\nCBAM Registry: 11/04/2026 08:00 – 11/04/2026 12:00"
_EOS = ("2026-04-14T18:00+02:00", "2026-04-14T22:00+02:00")
_CBAM_18 = ("2026-04-18T08:00+02:00", "2026-04-18T12:00+02:00")

# (case id, body, published, windows): the moved window is the one the update names by its day, date or system;
# the others stay. An update naming none moves the (only) window as before.
MOVED_ONE = [
    ("en_weekday_named", f"{_EN_TWO}\n\nUpdate 16 March 2017: The window on Saturday is moved to Sunday 26 March 2017 "
     "from 10:00 to 14:00.", "2017-03-13T11:00", [_TUESDAY, _SUNDAY_26]),
    ("en_weekday_named_on_top", "Update 16 March 2017: The window on Saturday is moved to Sunday 26 March 2017 from "
     f"10:00 to 14:00.\n\n{_EN_TWO}", "2017-03-13T11:00", [_TUESDAY, _SUNDAY_26]),
    ("en_date_named", f"{_EN_TWO}\n\nUpdate 13 March 2017: The window on 14 March is moved to Thursday 16 March 2017 "
     "from 18:00 to 21:00.", "2017-03-13T11:00", [("2017-03-16T18:00+01:00", "2017-03-16T21:00+01:00"), _SATURDAY]),
    ("en_weekday_named_same_hours", f"{_EN_TWO}\n\nUpdate 16 March 2017: The window on Saturday is moved to Sunday "
     "26 March 2017.", "2017-03-13T11:00", [_TUESDAY, _SUNDAY_26]),
    ("da_weekday_named", f"{_DA_TWO}\n\nOpdatering 16. marts 2017: Vinduet lørdag er flyttet til søndag den 26. marts "
     "2017 kl. 10-14.", "2017-03-13T11:00", [_TUESDAY, _SUNDAY_26]),
    ("da_system_named", "Opdatering 9. april 2026: Interventionen på CBAM Registry er flyttet til 18/04/2026 08:00 – "
     f"18/04/2026 12:00.\n\n{_EN_ROWS}", "2026-04-07T10:20", [_EOS, _CBAM_18]),
    ("en_system_named", "Update 9 April 2026: The intervention on CBAM Registry is moved to 18/04/2026 08:00 – "
     f"18/04/2026 12:00.\n\n{_EN_ROWS}", "2026-04-07T10:20", [_EOS, _CBAM_18]),
    # Naming no window: the restated one replaces them, as before.
    ("en_none_named", f"{_EN_TWO}\n\nUpdate 16 March 2017: The service window is moved to Sunday 26 March 2017 from "
     "10:00 to 14:00.", "2017-03-13T11:00", [_SUNDAY_26]),
    ("da_none_named", f"{_DA_TWO}\n\nOpdatering 16. marts 2017: Servicevinduet er flyttet til søndag den 26. marts 2017 "
     "kl. 10-14.", "2017-03-13T11:00", [_SUNDAY_26]),
]


@pytest.mark.parametrize("body, published, windows", [pytest.param(b, p, w, id=i) for i, b, p, w in MOVED_ONE])
def test_an_update_moving_one_window_keeps_the_others(body: str, published: str, windows: list[tuple]) -> None:
    found = _extract(body, published, title="Service windows", categories=("Transit",))
    assert (found.status, _windows(found)) == (Status.SCHEDULED, windows)


_LIST = ("DG TAXUD has informed of the following planned interventions:\n\n1. 27/05/2025 18:00 – 27/05/2025 22:00: "
         "CS/RD2\n2. 31/05/2025 08:00 – 31/05/2025 16:00: UUM&DS\n3. 04/06/2025 19:00 – 04/06/2025 21:00: SPEED2NG")
_ROW_1 = ("2025-05-27T18:00+02:00", "2025-05-27T22:00+02:00")
_ROW_2 = ("2025-05-31T08:00+02:00", "2025-05-31T16:00+02:00")
_ROW_3 = ("2025-06-04T19:00+02:00", "2025-06-04T21:00+02:00")

# (case id, update, status, windows): a numbered row of a list called off by its number goes, the others stay; a
# cancellation naming no row cancels the message and keeps its windows.
CANCELLED_ROW = [
    ("en_intervention_2", "Update 28/05/2025: Intervention 2 (UUM&DS) is cancelled. Interventions 1 and 3 take place "
     "as planned.", Status.PARTLY_CANCELLED, [_ROW_1, _ROW_3]),
    ("da_intervention_2", "Opdatering 28/05/2025: Intervention 2 (UUM&DS) er aflyst. Intervention 1 og 3 gennemføres "
     "som planlagt.", Status.PARTLY_CANCELLED, [_ROW_1, _ROW_3]),
    ("da_nr_3", "Opdatering 28/05/2025: Interventionen nr. 3 er aflyst.", Status.PARTLY_CANCELLED, [_ROW_1, _ROW_2]),
    ("en_none_named", "Update 28/05/2025: The interventions are cancelled.", Status.CANCELLED, [_ROW_1, _ROW_2, _ROW_3]),
    ("da_none_named", "Opdatering 28/05/2025: Interventionerne er aflyst.", Status.CANCELLED, [_ROW_1, _ROW_2, _ROW_3]),
]


@pytest.mark.parametrize("update, status, windows", [pytest.param(u, s, w, id=i) for i, u, s, w in CANCELLED_ROW])
def test_an_update_cancelling_one_numbered_row(update: str, status: Status, windows: list[tuple]) -> None:
    found = _extract(f"{update}\n\n{_LIST}", "2025-05-21T09:30", "2025-05-28T14:10",
                     title="Planned interventions EU systems", categories=("EU-systems",))
    assert (found.status, _windows(found)) == (status, windows)


# --- a system "will be updated" in a stated span ---------------------------------------------

# (case id, title, body, kind)
UPDATED_IN_A_SPAN = [
    ("en_will_be_updated", "e-Export updated November 2013", "e-Export will be updated on Saturday the 16th of "
     "November 2013 from 18.00 to 23.00.", "planned"),
    ("en_test_and_production", "e-Export updated in test and production", "e-Export will be updated in the test "
     "environment (TFE) on Tuesday the 12th of November 2013 from 9 to 12 and in production on Saturday the 16th of "
     "November 2013 from 18.00 to 23.00.", "planned"),
    ("da_opdateres", "e-Eksport november 2013", "e-Eksport opdateres lørdag den 16. november 2013 kl. 18.00-23.00.",
     "planned"),
    ("da_bliver_opdateret", "e-Eksport november 2013", "e-Eksport bliver opdateret lørdag den 16. november 2013 fra "
     "kl. 18.00 til kl. 23.00.", "planned"),
    # Not a window: no span, without downtime, after the fact, a page updated.
    ("en_no_span", "e-Export updated November 2013", "e-Export will be updated on Saturday the 16th of November "
     "2013.", "info"),
    ("en_without_downtime", "e-Export updated November 2013", "e-Export will be updated on Saturday the 16th of "
     "November 2013 from 18.00 to 23.00. The update is deployed without downtime.", "info"),
    ("da_uden_nedetid", "e-Eksport november 2013", "e-Eksport opdateres lørdag den 16. november 2013 kl. 18.00-23.00 "
     "uden nedetid.", "info"),
    ("en_after_the_fact", "e-Export updated November 2013", "e-Export was updated on Saturday the 16th of November "
     "2013 from 18.00 to 23.00.", "info"),
    ("da_guide", "Vejledning til e-Eksport", "Vejledningen opdateres lørdag den 16. november 2013 kl. 18.00-23.00.",
     "info"),
]


@pytest.mark.parametrize("title, body, kind", [pytest.param(t, b, k, id=i) for i, t, b, k in UPDATED_IN_A_SPAN])
def test_a_system_updated_in_a_stated_span_is_planned(title: str, body: str, kind: str) -> None:
    found = _extract(body, "2013-11-05T11:00", title=title, categories=("Eksport",))
    assert found.kind.value == kind


# --- an order of work is no report of completion -------------------------------------------------------------

# (case id, line at the top of the body, status)
ORDER_OF_WORK = [
    # The work planned in an order, or in steps: not done.
    ("is_done_first", "The work on DMS Import (WO0000001561001) is done first.", Status.SCHEDULED),
    ("is_done_last", "The work on Manifest is done last.", Status.SCHEDULED),
    ("is_completed_before", "The upgrade is completed before the gateways are restarted.", Status.SCHEDULED),
    ("will_be_done_first", "The work on DMS Import will be done first.", Status.SCHEDULED),
    ("is_done_in_two_steps", "The work is done in two steps.", Status.SCHEDULED),
    ("bliver_udfoert_foerst", "Arbejdet på DMS Import bliver udført først.", Status.SCHEDULED),
    ("udfoeres_foerst", "Arbejdet på DMS Import udføres først.", Status.SCHEDULED),
    ("er_faerdig_foerst", "Arbejdet er færdig først kl. 23.00.", Status.SCHEDULED),
    ("udfoeres_i_to_trin", "Arbejdet udføres i to trin.", Status.SCHEDULED),
    # A report that the work is over, on an update line: done.
    ("done", "Update 21:40 - Done.", Status.COMPLETED),
    ("the_work_is_done", "Update 21:40 - The work is done.", Status.COMPLETED),
    ("udfoert", "Opdatering kl. 21.40: Udført.", Status.COMPLETED),
    ("arbejdet_er_udfoert", "Opdatering kl. 21.40: Arbejdet er udført.", Status.COMPLETED),
]


@pytest.mark.parametrize("line, status", [pytest.param(line, s, id=i) for i, line, s in ORDER_OF_WORK])
def test_an_order_of_work_is_no_completion(line: str, status: Status) -> None:
    found = _extract(f"{line}\n\n{_EN_MAY}\n\nDMS Import/DMS Export: WO0000001561001", "2026-05-10T12:30",
                     "2026-05-16T21:45", categories=("DMS Import",))
    assert found.status is status


# --- an error going on now, fixed in a span later today ----------------------------------------------------

_FIX_TONIGHT_DA = "Fejlen rettes i aften kl. 20.00-21.00, hvor DMS Import vil være utilgængelig (WO0000001320456)."
_FIX_TONIGHT_EN = ("The error will be fixed this evening from 20:00 to 21:00, when DMS Import will be unavailable "
                   "(WO0000001320456).")

# (case id, title, body, kind)
FIX_LATER_TODAY = [
    # An error reported now (found, going on, an INC number): the fix window later today keeps it an incident.
    ("da_konstateret_inc", "Forkert beregning af told i DMS Import", "Vi har konstateret en fejl i beregningen af told "
     f"på visse angivelser i DMS Import (INC0008812345).\n\n{_FIX_TONIGHT_DA}", "incident"),
    ("en_identified_inc", "Wrong calculation of duty in DMS Import", "We have identified an error in the calculation "
     f"of duty on some declarations in DMS Import (INC0008812345).\n\n{_FIX_TONIGHT_EN}", "incident"),
    ("en_inc_only", "Wrong calculation of duty in DMS Import", f"Some declarations get a wrong duty (INC0008812345)."
     f"\n\n{_FIX_TONIGHT_EN}", "incident"),
    ("en_currently_weak_title", "DMS Import unavailable this evening", "We are currently experiencing errors in DMS "
     "Import. DMS Import will be unavailable this evening from 20:00 to 21:00 while we fix the error.", "incident"),
    ("da_i_oejeblikket_weak_title", "DMS Import utilgængelig i aften", "Vi oplever i øjeblikket fejl i DMS Import. "
     "DMS Import vil være utilgængelig i aften kl. 20.00-21.00, mens vi retter fejlen.", "incident"),
    # No disruption reported now, a service window named, or a later day: a closing announced ahead stays planned.
    ("da_fix_only", "Forkert beregning af told i DMS Import", _FIX_TONIGHT_DA, "planned"),
    ("en_while_we_fix", "DMS Import unavailable this evening", "DMS Import will be unavailable this evening from "
     "20:00 to 21:00 while we fix an error in the calculation of duty.", "planned"),
    ("da_mens_vi_retter", "DMS Import lukket i aften", "DMS Import vil være lukket i aften mellem kl. 20.00 og 21.00, "
     "mens vi retter en fejl i beregningen af told.", "planned"),
    ("en_service_window", "Wrong calculation of duty in DMS Import", "We have identified an error in the calculation "
     "of duty (INC0008812345). The error will be fixed in a service window this evening from 20:00 to 21:00.",
     "planned"),
    ("da_later_day", "Forkert beregning af told i DMS Import", "Vi har konstateret en fejl i beregningen af told "
     "(INC0008812345). Fejlen rettes lørdag den 13. maj 2023 kl. 20.00-21.00, hvor DMS Import vil være utilgængelig.",
     "planned"),
]


@pytest.mark.parametrize("title, body, kind", [pytest.param(t, b, k, id=i) for i, t, b, k in FIX_LATER_TODAY])
def test_an_error_going_on_now_fixed_later_today_is_an_incident(title: str, body: str, kind: str) -> None:
    found = _extract(body, "2023-05-10T11:20", title=title, categories=("DMS Import",))
    assert found.kind.value == kind
    if kind == "incident":
        assert _windows(found) == [("2023-05-10T20:00+02:00", "2023-05-10T21:00+02:00")]


# --- an info notice states no windows ---------------------------------------------------------

NO_DOWNTIME = [
    ("en_weekend", "e-Import will be updated in the course of the weekend without downtime.", "info", 0),
    ("da_weekend", "e-Import opdateres i løbet af weekenden uden nedetid.", "info", 0),
    ("en_span", "e-Import will be updated on Saturday 16 March from 18:00 to 20:00 without downtime.", "info", 0),
    ("da_span", "e-Import opdateres lørdag den 16. marts kl. 18-20. Der er ingen nedetid.", "info", 0),
    ("not_en_closed", "e-Import will be closed on Saturday 16 March from 18:00 to 20:00 due to an update.",
     "planned", 1),
    ("not_da_lukket", "e-Import er lukket lørdag den 16. marts kl. 18-20 på grund af opdatering.", "planned", 1),
]


@pytest.mark.parametrize("body, kind, count", [pytest.param(b, k, n, id=i) for i, b, k, n in NO_DOWNTIME])
def test_an_info_notice_states_no_windows(body: str, kind: str, count: int) -> None:
    found = _extract(body, "2019-03-13T10:00", title="New version of e-Import", categories=("e-Import",))
    assert (found.kind.value, len(found.windows)) == (kind, count)
    assert any("info" in warning for warning in found.warnings) == (count == 0)


# --- fallback: conditions, guidance, an end, one statement per system --------------------------

# (id, sentence, what it says of the fallback procedure)
FALLBACK_SAID = [
    # a permission by agreement with the customs office: restricted, even without "kun"/"only"
    ("da_efter_aftale", "Nødproceduren kan anvendes efter aftale med toldstedet.", Fallback.RESTRICTED),
    ("da_efter_kontakt", "Nødproceduren må anvendes efter forudgående kontakt med afgangstoldstedet.",
     Fallback.RESTRICTED),
    ("da_i_samraad", "Nødproceduren kan i samråd med toldstedet anvendes.", Fallback.RESTRICTED),
    ("en_by_agreement", "The fallback procedure may be used by agreement with the customs office.", Fallback.RESTRICTED),
    ("en_after_contacting", "The fallback procedure can be used after contacting the office of departure.",
     Fallback.RESTRICTED),
    ("en_by_arrangement", "The emergency procedure may be used by arrangement with the customs office.",
     Fallback.RESTRICTED),
    # a permission waiting for the window to run over: restricted
    ("en_if_extended", "If the window is extended, the fallback procedure may be used.", Fallback.RESTRICTED),
    ("en_should_extended", "Should the service window be extended, the fallback procedure may be used.",
     Fallback.RESTRICTED),
    ("en_not_finished", "If the work is not finished by 09:00, the fallback procedure may be used.", Fallback.RESTRICTED),
    ("da_hvis_forlaenges", "Hvis servicevinduet forlænges ud over kl. 09.00, må nødproceduren anvendes.",
     Fallback.RESTRICTED),
    ("da_trækker_ud", "Hvis arbejdet trækker ud, kan nødproceduren anvendes.", Fallback.RESTRICTED),
    ("da_skulle_forlaenget", "Skulle servicevinduet blive forlænget, må nødproceduren anvendes.", Fallback.RESTRICTED),
    ("da_ikke_afsluttet", "Hvis arbejdet ikke er afsluttet kl. 09.00, må nødproceduren anvendes.", Fallback.RESTRICTED),
    ("not_en_if_unavailable", "If DMS is not available, the fallback procedure may be used.", Fallback.ALLOWED),
    ("not_da_hvis_ikke_svarer", "Hvis DMS ikke svarer, må nødproceduren anvendes.", Fallback.ALLOWED),
    # guidance and rules about a notice still to come grant nothing
    ("da_hvornaar", "Toldstyrelsen oplyser her på siden, hvornår nødproceduren må anvendes.", None),
    ("en_whenever_announces", "The guidance applies whenever the status page announces that the fallback "
     "procedure is allowed.", None),
    ("en_when_announces", "The fallback procedure may only be used when the status page announces it.", None),
    ("da_naar_meddeler", "Nødproceduren må kun anvendes, når Toldstyrelsen meddeler det her på siden.", None),
    ("en_once_announced", "The fallback procedure may be used once this is announced on the status page.", None),
    ("da_foregaar_ved", "Nødproceduren foregår ved at forsendelsen angives på papir.", None),
    ("en_how", "When the fallback procedure is used, the transit declaration is made on SAD copies 1, 4 and 5.", None),
    ("not_da_kan", "Nødproceduren kan anvendes.", Fallback.ALLOWED),
    ("not_da_skal", "Nødproceduren skal anvendes i perioden.", Fallback.ALLOWED),
    ("not_en_must_submit", "Declarations must be submitted using the fallback procedure.", Fallback.ALLOWED),
    ("not_en_when_unavailable", "The fallback procedure may be used when DMS is unavailable.", Fallback.ALLOWED),
    ("not_da_naar_lukket", "Nødproceduren må anvendes, når DMS er lukket.", Fallback.ALLOWED),
    # the procedure said to end: withdrawn; an end inside the permission bounds it
    ("da_ophoerer", "Nødproceduren ophører kl. 10.30.", Fallback.NOT_ALLOWED),
    ("en_ends", "The fallback procedure ends at 06:00.", Fallback.NOT_ALLOWED),
    ("en_will_end", "The fallback procedure will end at 06:00.", Fallback.NOT_ALLOWED),
    ("da_stopper", "Brugen af nødproceduren stopper kl. 12.00.", Fallback.NOT_ALLOWED),
    ("da_afsluttes", "Nødproceduren afsluttes kl. 12.00.", Fallback.NOT_ALLOWED),
    ("en_terminated", "The use of the emergency procedure is terminated at 14:00.", Fallback.NOT_ALLOWED),
    ("not_da_indtil", "Nødproceduren må anvendes indtil kl. 06.00.", Fallback.ALLOWED),
    ("not_en_until_ends", "The fallback procedure may be used until the window ends.", Fallback.ALLOWED),
    ("not_da_indtil_slutter", "Nødproceduren må anvendes, indtil servicevinduet slutter.", Fallback.ALLOWED),
    # plain statements keep their meaning
    ("not_da_maa", "Nødproceduren må anvendes.", Fallback.ALLOWED),
    ("not_da_maa_ikke", "Nødproceduren må ikke anvendes.", Fallback.NOT_ALLOWED),
    ("not_da_absolut", "Nødproceduren må kun anvendes, hvis det er absolut nødvendigt.", Fallback.RESTRICTED),
    ("not_en_may", "The fallback procedure may be used.", Fallback.ALLOWED),
    ("not_en_may_not", "The fallback procedure may not be used.", Fallback.NOT_ALLOWED),
    ("not_en_absolutely", "The fallback procedure may only be used if absolutely necessary.", Fallback.RESTRICTED),
]


@pytest.mark.parametrize("sentence, expected", [pytest.param(s, e, id=i) for i, s, e in FALLBACK_SAID])
def test_what_a_sentence_says_of_the_fallback_procedure(sentence: str, expected: Fallback | None) -> None:
    assert fallback_statement(sentence)[0] is expected


_DA_AUGUST = "DMS Forsendelse er lukket lørdag den 24. august 2024 kl. 06.00-09.00."
_EN_AUGUST = "DMS Transit will be closed on Saturday 24 August 2024 from 06:00 to 09:00."

# (id, body, the message's fallback)
LATEST_FALLBACK = [
    # one statement per system in one version: the last in reading order
    ("da_ecs_ja_ncts_nej", _DA_AUGUST + "\n\nECS: Nødproceduren må anvendes.\nNCTS: Nødproceduren må ikke anvendes.",
     Fallback.NOT_ALLOWED),
    ("da_ncts_nej_ecs_ja", _DA_AUGUST + "\n\nNCTS: Nødproceduren må ikke anvendes.\nECS: Nødproceduren må anvendes.",
     Fallback.ALLOWED),
    ("en_one_line", _EN_AUGUST + "\n\nECS: The fallback procedure may be used. NCTS: The fallback procedure may only "
     "be used for goods that cannot wait.", Fallback.RESTRICTED),
    # an update on top still wins over the announcement below it
    ("en_update_on_top", "Update 08:30: The fallback procedure may be used.\n\n" + _EN_AUGUST
     + "\n\nThe fallback procedure may not be used.", Fallback.ALLOWED),
    ("da_update_on_top", "Opdatering kl. 08.30:\nNødproceduren må kun anvendes for forsendelser, der ikke kan vente."
     "\n\n" + _DA_AUGUST + "\n\nNødproceduren må anvendes.", Fallback.RESTRICTED),
    # the end of the procedure said in a later update withdraws it; said beside the permission, it bounds it
    ("da_update_ophoerer", "Opdatering kl. 08.30:\nNødproceduren ophører kl. 09.00.\n\n" + _DA_AUGUST
     + "\n\nNødproceduren må anvendes.", Fallback.NOT_ALLOWED),
    ("en_update_ends", "Update 08:30: The fallback procedure ends at 09:00.\n\n" + _EN_AUGUST
     + "\n\nThe fallback procedure may be used.", Fallback.NOT_ALLOWED),
    ("not_da_same_sentence_group", _DA_AUGUST + "\n\nNødproceduren må anvendes. Nødproceduren ophører kl. 09.00.",
     Fallback.ALLOWED),
    ("not_en_same_announcement", _EN_AUGUST + "\n\nThe fallback procedure may be used.\n\n"
     "The fallback procedure ends at 09:00.", Fallback.ALLOWED),
]


@pytest.mark.parametrize("body, expected", [pytest.param(b, e, id=i) for i, b, e in LATEST_FALLBACK])
def test_the_latest_fallback_statement(body: str, expected: Fallback) -> None:
    assert _extract(body, "2024-08-20T10:00", "2024-08-24T08:31").fallback is expected
