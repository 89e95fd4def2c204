"""Classification rules, one table per field, in the English and Danish phrasings of the site."""
from __future__ import annotations

import datetime as dt

import pytest

from icsfeed.extract.classify import classify
from icsfeed.extract.updates import body_lines
from icsfeed.model import COPENHAGEN, Env, Fallback, Impact, Kind, Message, Status
from icsfeed.systems import systems_of

PUBLISHED = dt.datetime(2026, 4, 21, 15, 40, tzinfo=COPENHAGEN)
UPDATED = dt.datetime(2026, 4, 22, 7, 11, tzinfo=COPENHAGEN)
DMS = ("DMS eksport", "DMS Forsendelse (NCTS)", "DMS Import")
TFE = ("TFE (testsystems)",)


def message(title: str, body: str, categories: tuple[str, ...] = DMS,
            published: dt.datetime = PUBLISHED, updated: dt.datetime = UPDATED) -> Message:
    return Message(title=title, body=body, published=published, updated=updated,
                   categories=categories, systems=systems_of(categories))


WINDOW_BODY = "Saturday April 18, 2026, 0800-1800\n\nDMS Import/DMS Export/DMS Forsendelse\n\nUnavailable."


@pytest.mark.parametrize("title, body, categories, kind", [
    pytest.param("PRD-servicewindow DMS Saturday April 18, 2026", WINDOW_BODY, DMS, Kind.PLANNED, id="servicewindow"),
    pytest.param("PRD-servicevindue DMS lørdag den 18. april 2026", "Lørdag den 18. april 2026, kl. 08.00-18.00",
                 DMS, Kind.PLANNED, id="da-servicevindue"),
    pytest.param("EMCS Planned unavailability Thursday, 12th of February 2026", "EMCS will be unavailable.",
                 ("EMCS",), Kind.PLANNED, id="planned-unavailability"),
    pytest.param("Planlagt nedetid i EMCS", "EMCS er utilgængelig torsdag.", ("EMCS",), Kind.PLANNED, id="da-planlagt"),
    pytest.param("PRD-servicewindow Gateways certificate renewal Monday March 9", "Certificate renewal.",
                 ("Other messages",), Kind.PLANNED, id="certificate-renewal"),
    pytest.param("Extended response times Tuesday February 10, 2026",
                 "Tuesday February 10, 2026, 1800-1830\n\nExtended response times may occur during the period.",
                 DMS, Kind.PLANNED, id="announced-degraded-period"),
    pytest.param("DMS Export vs. EMCS Crosscheck February 18/19, 2026",
                 "EMCS PRD-servicewindow Wednesday February 18, 2026, 1700 – Thursday February 19, 2026, 0040",
                 ("DMS eksport", "EMCS"), Kind.PLANNED, id="window-named-in-body"),
    pytest.param("EU systems 22-06-2025", "EU has announced a window affecting Traderportal 08:00 - 22:00",
                 ("EU-systems",), Kind.PLANNED, id="eu-announced"),
    pytest.param("Issues with DMS response times", "We are currently experiencing issues with response times in DMS.",
                 ("DMS Import",), Kind.INCIDENT, id="currently-experiencing"),
    pytest.param("Problemer med svartider i DMS", "Vi oplever i øjeblikket lange svartider.", DMS,
                 Kind.INCIDENT, id="da-problemer"),
    pytest.param("ICS2 Unavailability", "EU has informed of unscheduled unavailability of ICS2-STP, starting 10.50",
                 ("ICS2",), Kind.INCIDENT, id="unscheduled-unavailability"),
    pytest.param("EAD Print in DMS Eksport", "Currently experiencing issues with EAD print in DMS Eksport.",
                 ("DMS eksport",), Kind.INCIDENT, id="neutral-title-body-trouble"),
    pytest.param("Problems after the PRD-servicewindow", "Declarations are stuck.", DMS,
                 Kind.INCIDENT, id="trouble-after-a-window"),
    pytest.param("Driftsforstyrrelse i EMCS", "Der er i øjeblikket problemer med EMCS.", ("EMCS",),
                 Kind.INCIDENT, id="da-driftsforstyrrelse"),
    pytest.param("DMS er nede", "DMS er nede. Vi arbejder på en løsning.", ("DMS Import",), Kind.INCIDENT,
                 id="da-neutral-title-body-trouble"),
    pytest.param("Export control system", "The Export Control System will be down Saturday 08:00-12:00 due to "
                 "maintenance.", ("Export",), Kind.PLANNED, id="announced-downtime-in-body"),
    pytest.param("Information about login issues", "Some users cannot log in to Manifest.", ("Manifest",),
                 Kind.INCIDENT, id="information-about-trouble-is-incident"),
    pytest.param("Driftsstop i EMCS lørdag den 5. maj", "EMCS lukkes kl. 08-12.", ("EMCS",), Kind.PLANNED,
                 id="da-dated-driftsstop"),
    pytest.param("EMCS virker ikke", "Vi undersøger sagen.", ("EMCS",), Kind.INCIDENT, id="da-virker-ikke"),
    pytest.param("Phone Times", "The phone times are open until 18:00 today.", ("Other messages",),
                 Kind.INFO, id="phone-hours"),
    pytest.param("Åbningstider i påsken", "Se toldst.dk", ("Øvrige meddelelser",), Kind.INFO, id="da-opening-hours"),
    pytest.param("Import and end of month May 2025",
                 "In connection with end of the month, you may experience extended response times.",
                 ("Import",), Kind.INFO, id="advisory-no-window"),
    pytest.param("DMS Status", "After the recent days' IT outages the customs systems are now running stably again.",
                 DMS, Kind.INFO, id="recovered-note"),
    pytest.param("New EMCS system implemented", "The new EMCS has been launched and is now accessible.",
                 ("EMCS",), Kind.INFO, id="go-live-notice"),
    pytest.param("Manifest lukket lørdag den 25. april 2026", "Manifest er lukket hele dagen lørdag den 25. april "
                 "2026 på grund af opgradering.", ("Manifest",), Kind.PLANNED, id="da-er-lukket-a-day-ahead"),
    pytest.param("Export control system", "ECS is closed all day Saturday 25 April.", ("Export",), Kind.PLANNED,
                 id="is-closed-a-day-ahead-no-year"),
    pytest.param("Export control system", "ECS is closed on Saturday.", ("Export",), Kind.PLANNED,
                 id="is-closed-on-a-weekday"),
    pytest.param("Export control system", "ECS is closed since 1 April 2026 because of an error.", ("Export",),
                 Kind.INCIDENT, id="closed-since-a-past-day-is-not-announced"),
    pytest.param("New validation rule for transit declarations from 1 May 2026", "From 1 May 2026 declarations "
                 "will be validated against rule R0911. Declarations not meeting the rule will be rejected.",
                 ("DMS Forsendelse (NCTS)",), Kind.INFO, id="rule-saying-will-be-rejected"),
    pytest.param("Ny valideringsregel for forsendelser", "Angivelser, der ikke opfylder reglen, vil blive afvist.",
                 ("DMS Forsendelse (NCTS)",), Kind.INFO, id="da-rule-saying-vil-blive-afvist"),
    pytest.param("Transit declarations", "Some transit declarations are rejected.", ("DMS Forsendelse (NCTS)",),
                 Kind.INCIDENT, id="declarations-being-rejected"),
    pytest.param("Manifest lukket i aften", "På grund af en akut opdatering vil Manifest være utilgængelig fra kl. "
                 "22.00 i aften til kl. 06.00 i morgen tidlig.", ("Manifest",), Kind.PLANNED,
                 id="da-vil-subject-vaere-tonight"),
    pytest.param("EMCS closed tonight", "Due to an urgent update EMCS will be unavailable from 22:00 tonight until "
                 "06:00 tomorrow morning.", ("EMCS",), Kind.PLANNED, id="will-be-unavailable-tonight"),
    pytest.param("Nyhedsbrev: ændringer i VIES-forespørgsler", "Fra mandag den 1. april 2019 skal forespørgsler ske "
                 "via den nye løsning. Den gamle løsning lukkes ned samme dag.", ("Øvrige meddelelser",), Kind.INFO,
                 id="da-old-solution-closed-for-good-is-info"),
    pytest.param("New EORI lookup", "From 1 April 2026 EORI numbers are checked in the new portal. The old portal "
                 "will be closed on that day.", ("EORI",), Kind.INFO, id="old-portal-closed-for-good-is-info"),
    pytest.param("EORI lookup", "The legacy lookup service will be decommissioned on 1 April 2026.", ("EORI",),
                 Kind.INFO, id="decommissioned-is-info"),
    pytest.param("EMCS lørdag", "Det gamle EMCS lukkes lørdag den 6. april 2019 kl. 08-12 på grund af vedligeholdelse.",
                 ("EMCS",), Kind.PLANNED, id="da-old-system-closed-for-maintenance-is-planned"),
    pytest.param("EMCS Saturday", "EMCS will be unavailable on Saturday 6 April 2019 08:00-12:00 while the old "
                 "version is shut down and the new one installed.", ("EMCS",), Kind.PLANNED,
                 id="unavailable-during-a-switch-over-is-planned"),
    pytest.param("EMCS i aften", "EMCS har været utilgængelig siden kl. 18.00 i aften. Vi undersøger sagen.",
                 ("EMCS",), Kind.INCIDENT, id="da-down-since-this-evening-is-an-incident"),
])
def test_kind(title, body, categories, kind):
    assert classify(message(title, body, categories)).kind is kind


@pytest.mark.parametrize("title, body, categories, env", [
    pytest.param("PRD-servicewindow DMS", WINDOW_BODY, DMS, Env.PRD, id="prd-title"),
    pytest.param("TFE-Servicewindow DMS and AS4GW", "TFE DMS Import/DMS Export\n\nUnavailable.", TFE, Env.TFE,
                 id="tfe-category-and-title"),
    pytest.param("TFE/TEST-servicewindow Gateways Wednesday", "File access will be unavailable.",
                 DMS + ("Manifest",), Env.TFE, id="tfe-title-wins-over-production-categories"),
    pytest.param("TFE/PRD-Servicewindow Manifest", "Instability shortly may occur.", ("Manifest",) + TFE,
                 Env.PRD_TFE, id="both-in-title"),
    pytest.param("Login / MitID issues", "There are reports regarding login using MitID.",
                 DMS + TFE + ("Other messages",), Env.PRD_TFE, id="both-in-categories"),
    pytest.param("EU service window 08-03-2025", "Affect both production and test/CONF systems.",
                 ("EU-systems", "ICS2"), Env.PRD_TFE, id="both-in-body"),
    pytest.param("Temporary limitation", "Update 18-12-2025 at 17.00: An implementation is also in effect for the "
                 "TFE environment.", ("DMS eksport",), Env.PRD_TFE, id="tfe-added-by-update"),
    pytest.param("Service window EU Conf/test systems", "Service interruptions are expected.",
                 ("EU-systems",), Env.TFE, id="conformance"),
    pytest.param("not possible to enter an H7 in DMS Online in test enviroment", "S2S is not affected.",
                 ("DMS Import",) + TFE, Env.TFE, id="test-environment-in-title"),
    pytest.param("Servicevindue i testmiljøet", "DMS er utilgængelig.", DMS, Env.TFE, id="da-testmiljo"),
    pytest.param("DMS and AS4GW Thursday", "TEST/TFE-servicewindow Thursday April 16, 2026, 1330-1730\n\nUnavailable."
                 "\n\nPreparation for PRD-servicewindow DMS Saturday April 18, 2026.", TFE, Env.TFE,
                 id="first-body-line-as-headline"),
    pytest.param("Nedbrud", "Produktionsmiljøet og testmiljøet er ramt.", ("DMS Import",), Env.PRD_TFE,
                 id="da-both-in-body"),
    pytest.param("Intermittent network issues", "We are currently experiencing network issues.",
                 ("Other messages",), Env.PRD, id="incident-without-system-is-production"),
    pytest.param("Phone Times", "The phone times are open until 18:00 today.", ("Other messages",), None,
                 id="no-system-no-unavailability-is-null"),
])
def test_env(title, body, categories, env):
    assert classify(message(title, body, categories)).env is env


def test_kind_read_from_the_body_is_a_warned_guess():
    facts = classify(message("DMS er nede", "DMS er nede. Vi arbejder på en løsning."))
    assert facts.kind is Kind.INCIDENT
    assert facts.warnings[0] == "kind: the title does not say, the body reads as incident"


def test_env_warns_when_title_overrides_categories():
    facts = classify(message("TFE/TEST-servicewindow Gateways", "File access will be unavailable.", DMS))
    assert facts.env is Env.TFE
    assert any("title says TFE" in w for w in facts.warnings)


@pytest.mark.parametrize("body, refs", [
    pytest.param("Text.\n\nWO0000001586573", ("WO0000001586573",), id="one"),
    pytest.param("WO0000001575683 / INC000001821031", ("WO0000001575683", "INC000001821031"), id="slash-separated"),
    pytest.param(" WO0000001486689\n\nWO0000001486689", ("WO0000001486689",), id="duplicate-dropped"),
    pytest.param("INC000001791271\n\nINC000001791712\nWO0000001399478", ("INC000001791271", "INC000001791712",
                 "WO0000001399478"), id="order-kept"),
    pytest.param("See https://info.skat.dk/data.aspx?oid=2460960&x=read", (), id="none"),
])
def test_refs(body, refs):
    assert classify(message("Issues", body)).refs == refs


@pytest.mark.parametrize("body, status", [
    pytest.param(WINDOW_BODY, Status.SCHEDULED, id="announced"),
    pytest.param("Tuesday August 19, 2025, 2240\n\nDone\n\n" + WINDOW_BODY, Status.COMPLETED, id="done"),
    pytest.param("Udført.\n\n" + WINDOW_BODY, Status.COMPLETED, id="da-udfort"),
    pytest.param("Servicevinduet er afsluttet.\n\n" + WINDOW_BODY, Status.COMPLETED, id="da-afsluttet"),
    pytest.param("We are experiencing delays.\n\nUpdate 12:12 - The system is back up and running.",
                 Status.COMPLETED, id="back-up-and-running"),
    pytest.param("Currently experiencing issues.\n\nThe issue has been solved.", Status.COMPLETED,
                 id="solved-appended-at-bottom"),
    pytest.param("Vi oplever problemer.\n\nOpdatering kl. 14.30: Problemet er løst.", Status.COMPLETED, id="da-lost"),
    pytest.param("Update 12:50: Normal operation has been reported starting 12:16", Status.COMPLETED,
                 id="normal-operation"),
    pytest.param("Update 17:45: It should be possible once again to print.\n\nUpdate 19:00: The issue remains and "
                 "is under investigation.", Status.SCHEDULED, id="later-update-reopens"),
    pytest.param("The challenges have been temporarily resolved. Work is ongoing.", Status.SCHEDULED,
                 id="temporarily-resolved"),
    pytest.param("The issue should be resolved by the end of today.", Status.SCHEDULED, id="should-be-resolved-by"),
    pytest.param("We advise you to insert N380 until problem has been solved.", Status.SCHEDULED,
                 id="until-solved-is-not-solved"),
    pytest.param("The Service window is completed at Wednesday 26/2 at 20:20 to Thursday 27/2 at 01:00",
                 Status.SCHEDULED, id="completed-at-means-carried-out"),
    pytest.param("Update 22nd Jan: This message is marked as performed as it is a copy of another.\n\n"
                 + WINDOW_BODY, Status.SCHEDULED, id="duplicate-keeps-status"),
    pytest.param(WINDOW_BODY + "\n\nThe service window has ended.", Status.COMPLETED, id="has-ended"),
    pytest.param("ECS is currently unavailable.\n\nUpdate 15:00: ECS is available again.", Status.COMPLETED,
                 id="available-again"),
    pytest.param("Angivelser afvises. Fejlen undersøges.\n\nOpdatering 16.45: Fejlen er rettet.", Status.COMPLETED,
                 id="da-fejlen-er-rettet"),
    pytest.param("Fejl i NCTS.\n\nOpdatering kl. 20.15: Fejlen er udbedret, og der er igen normal drift.",
                 Status.COMPLETED, id="da-udbedret"),
    pytest.param("Rejected declarations.\n\nFixed.", Status.COMPLETED, id="fixed-line"),
    pytest.param("Afviste angivelser.\n\nRettet kl. 14.05.", Status.COMPLETED, id="da-rettet-line"),
    pytest.param("Update 14:10: The error was corrected at 14:00.", Status.COMPLETED, id="was-corrected-at-a-time"),
    pytest.param("Opdatering 14.10: Fejlen blev rettet kl. 14.05.", Status.COMPLETED, id="da-blev-rettet-kl"),
    pytest.param("Update 20:10: The correction has been deployed and declarations are processed normally again.",
                 Status.COMPLETED, id="correction-deployed-processed-normally-again"),
    pytest.param("Opdatering 20.10: Rettelsen er blevet idriftsat.", Status.COMPLETED, id="da-rettelse-idriftsat"),
    pytest.param("Opdatering 12.00: DMS kører igen.", Status.COMPLETED, id="da-koerer-igen"),
    pytest.param("Opdatering 12.00: EMCS fungerer igen normalt.", Status.COMPLETED, id="da-fungerer-igen"),
    pytest.param("A correction will be deployed between 1930 and 2000 today.", Status.SCHEDULED,
                 id="correction-to-be-deployed"),
    pytest.param("A fix has been deployed, but the problem remains.", Status.SCHEDULED, id="deployed-but-remains"),
    pytest.param("Export declarations are processed normally during the window.", Status.SCHEDULED,
                 id="processed-normally-is-not-again"),
    pytest.param("Some declarations were cancelled by the system. We are investigating.", Status.SCHEDULED,
                 id="cancelled-declarations-are-not-a-cancelled-window"),
    pytest.param("Cancelled\n\n" + WINDOW_BODY, Status.CANCELLED, id="cancelled"),
    pytest.param("Update 15.08.2025 at 09:50 - The servicewindow is cancelled.\n\n" + WINDOW_BODY,
                 Status.CANCELLED, id="window-is-cancelled"),
    pytest.param("Servicevinduet er aflyst.\n\n" + WINDOW_BODY, Status.CANCELLED, id="da-aflyst"),
    pytest.param("Digitaliseringsstyrelsen has postponed the PRD-servicewindow.\n\n" + WINDOW_BODY,
                 Status.CANCELLED, id="postponed-without-date"),
    pytest.param("The servicewindow is postponed to Saturday April 25, 2026.\n\n" + WINDOW_BODY,
                 Status.SCHEDULED, id="postponed-to-a-new-date"),
    pytest.param("Servicevinduet er udskudt.\n\n" + WINDOW_BODY, Status.CANCELLED, id="da-udskudt"),
    pytest.param("If the service window is cancelled, we will inform you here.\n\n" + WINDOW_BODY,
                 Status.SCHEDULED, id="conditional-cancellation"),
    pytest.param(WINDOW_BODY + "\n\nUpdate 17:20: DMS Import/DMS Export/DMS Forsendelse is cancelled from the "
                 "PRD-servicewindow.", Status.PARTLY_CANCELLED, id="systems-cancelled-from-window"),
    pytest.param(WINDOW_BODY + "\n\nDMS Forsendelse er taget ud af servicevinduet.", Status.PARTLY_CANCELLED,
                 id="da-taget-ud"),
])
def test_status(body, status):
    assert classify(message("PRD-servicewindow DMS Saturday April 18, 2026", body)).status is status


@pytest.mark.parametrize("body, fallback", [
    pytest.param("The use of fallback procedure is allowed within the service window.", Fallback.ALLOWED, id="allowed"),
    pytest.param("Within this period fall back procedure is permitted.", Fallback.ALLOWED, id="permitted"),
    pytest.param("Det er tilladt at anvende nødproceduren.", Fallback.ALLOWED, id="da-tilladt"),
    pytest.param("Beredskabsproceduren må anvendes i perioden.", Fallback.ALLOWED, id="da-maa-anvendes"),
    pytest.param("Nødproceduren kan benyttes.", Fallback.ALLOWED, id="da-kan-benyttes"),
    pytest.param("The contingency procedure may be used.", Fallback.ALLOWED, id="contingency"),
    pytest.param("You may only use the emergency procedure during the service window if absolutely necessary.",
                 Fallback.RESTRICTED, id="only-if-absolutely-necessary"),
    pytest.param("The use of fallback procedure for these declarations is hereby granted in extent necesarry.",
                 Fallback.RESTRICTED, id="in-extent-necessary-misspelt"),
    pytest.param("Authorization for emergency procedures is still granted as necessary.", Fallback.RESTRICTED,
                 id="as-necessary"),
    pytest.param("No general use of fallback procedure within the service window. The customs office can be "
                 "contacted in special cases.", Fallback.RESTRICTED, id="no-general-use"),
    pytest.param("Nødproceduren må anvendes i nødvendigt omfang.", Fallback.RESTRICTED, id="da-nodvendigt-omfang"),
    pytest.param("Beredskabsproceduren må kun anvendes, hvis det er absolut nødvendigt.", Fallback.RESTRICTED,
                 id="da-beredskab-kun"),
    pytest.param("Within this period fall back procedure is not permitted.", Fallback.NOT_ALLOWED, id="not-permitted"),
    pytest.param("Toldstyrelsen is back to normal operation, and the use of fallback procedure is now prohobitited.",
                 Fallback.NOT_ALLOWED, id="prohibited-misspelt"),
    pytest.param("Det er ikke længere tilladt at anvende nødproceduren.", Fallback.NOT_ALLOWED, id="da-ikke-laengere"),
    pytest.param("Nødproceduren må ikke anvendes.", Fallback.NOT_ALLOWED, id="da-maa-ikke"),
    pytest.param("Vi oplever problemer.\n\nNødproceduren kan anvendes i nødvendigt omfang.\n\nOpdatering 14:00: Fejlen "
                 "er rettet. Nødproceduren må ikke længere anvendes.", Fallback.NOT_ALLOWED, id="da-revoked-by-update"),
    pytest.param("Update 17.33 - The use of fallback procedure is allowed to extend necessary.\n\n"
                 "Opdatering 07.10 - The use of fallback procedure is no longer allowed.", Fallback.NOT_ALLOWED,
                 id="next-morning-update-is-later"),
    pytest.param("Update 12:12 - The system is back up, fallback procedure is no longer allowed.\n\n"
                 "Update 09:20: Use of fallback procedures is allowed.", Fallback.NOT_ALLOWED,
                 id="newest-stamp-wins-wherever-it-stands"),
    pytest.param("Fallback is granted in extent necessary.\n\nIssue is solved, fallback procedure no longer allowed.",
                 Fallback.NOT_ALLOWED, id="revocation-outranks-unstamped-grant"),
    pytest.param("Update 20:40: Fallback procedures are allowed when necessary.\n\nUpdate 17:00: The use of fallback "
                 "procedure is no longer allowed.", Fallback.RESTRICTED, id="later-grant-outranks-earlier-revocation"),
    pytest.param("Inden for perioden må nødproceduren anvendes.", Fallback.ALLOWED, id="da-verb-first"),
    pytest.param("I perioden kan beredskabsproceduren benyttes.", Fallback.ALLOWED, id="da-verb-first-kan"),
    pytest.param("Virksomheder har lov til at bruge nødproceduren.", Fallback.ALLOWED, id="da-har-lov"),
    pytest.param("Within the period, the fallback procedure may be used.", Fallback.ALLOWED, id="may-be-used"),
    pytest.param("You can use the emergency procedure.", Fallback.ALLOWED, id="can-use"),
    pytest.param("Hvis DMS ikke kan nås, må nødproceduren anvendes.", Fallback.ALLOWED,
                 id="da-negated-condition-is-not-a-ban"),
    pytest.param("If DMS is not available the fallback procedure may be used.", Fallback.ALLOWED,
                 id="negated-condition-is-not-a-ban"),
    pytest.param("It is not possible to submit declarations, so the fallback procedure may be used.",
                 Fallback.ALLOWED, id="negation-in-another-clause"),
    pytest.param("Inden for perioden må nødproceduren kun anvendes i nødvendigt omfang.", Fallback.RESTRICTED,
                 id="da-verb-first-kun"),
    pytest.param("Nødprocedure må kun anvendes hvis absolut nødvendigt.", Fallback.RESTRICTED,
                 id="da-kun-hvis-absolut-noedvendigt"),
    pytest.param("Nødproceduren må anvendes, men kun i særlige tilfælde.", Fallback.RESTRICTED,
                 id="da-restriction-in-a-later-clause"),
    pytest.param("The fallback procedure can only be used where needed.", Fallback.RESTRICTED, id="only-where-needed"),
    pytest.param("You may not use the emergency procedure unless absolutely necessary.", Fallback.RESTRICTED,
                 id="ban-with-an-exception"),
    pytest.param("I perioden må nødproceduren ikke anvendes.", Fallback.NOT_ALLOWED, id="da-verb-first-ikke"),
    pytest.param("Beredskabsproceduren må ikke benyttes.", Fallback.NOT_ALLOWED, id="da-beredskab-maa-ikke"),
    pytest.param("Nødproceduren anvendes ikke længere.", Fallback.NOT_ALLOWED, id="da-anvendes-ikke-laengere"),
    pytest.param("Brug af nødproceduren er forbudt.", Fallback.NOT_ALLOWED, id="da-forbudt"),
    pytest.param("The fallback procedure can no longer be used.", Fallback.NOT_ALLOWED, id="can-no-longer-be-used"),
    pytest.param("The emergency procedure cannot be used.", Fallback.NOT_ALLOWED, id="cannot"),
    pytest.param("Use of the fallback procedure, however, is not permitted.", Fallback.NOT_ALLOWED,
                 id="ban-in-a-clause-without-the-name"),
    pytest.param("Read more about emergency procedures: https://toldst.dk/noedprocedurer", None, id="mention-only"),
    pytest.param("Information about the fallback procedure is found on toldst.dk.", None, id="da-mention-only"),
    pytest.param("Extended response times may occur.", None, id="silent"),
])
def test_fallback(body, fallback):
    assert classify(message("Technical difficulties in DMS", body)).fallback is fallback


@pytest.mark.parametrize("head, expected", [
    pytest.param(" 07.10 - no longer", dt.datetime(2026, 4, 22, 7, 10), id="time-only-same-day"),
    pytest.param(" 17.33 - allowed", dt.datetime(2026, 4, 21, 17, 33), id="time-only-day-before"),
    pytest.param(" 21-04-2026 kl.16.02", dt.datetime(2026, 4, 21, 16, 2), id="numeric-date-kl"),
    pytest.param(" Tuesday, April 21st at 9:10 PM", dt.datetime(2026, 4, 21, 21, 10), id="month-day-pm"),
    pytest.param(" 21. april kl. 10:00", dt.datetime(2026, 4, 21, 10, 0), id="da-date"),
])
def test_update_stamps_resolve_against_the_last_update(head, expected):
    (line,) = body_lines("Update" + head, PUBLISHED, UPDATED)
    assert line.stamped and line.at == expected.replace(tzinfo=COPENHAGEN)


@pytest.mark.parametrize("body, impacts", [
    pytest.param("Saturday April 18, 2026, 0800-1800", {s: Impact.OUTAGE for s in systems_of(DMS)},
                 id="planned-without-detail-is-outage"),
    pytest.param("Shortly instability/unavailability may occur.", {s: Impact.DEGRADED for s in systems_of(DMS)},
                 id="shortly-instability-is-degraded"),
    pytest.param("S2S (File) access will be unavailable.\n\nOnline access will be available",
                 {s: Impact.OUTAGE for s in systems_of(DMS)}, id="file-down-online-up-is-outage"),
    pytest.param("DMS Import\n\nFiladgang vil være utilgængelig.\n\nDMS Eksport\n\nDer kan forekomme forlængede "
                 "svartider.\n\nDMS Forsendelse\n\nFiladgang og onlineadgang er ikke påvirket.",
                 {"dms-export": Impact.DEGRADED, "dms-transit": Impact.NONE, "dms-import": Impact.OUTAGE},
                 id="da-sections"),
    pytest.param("Delayed. Expected end time 2330\n\nSaturday April 18, 2026, 1000-2200", {s: Impact.OUTAGE for s in
                 systems_of(DMS)}, id="window-delayed-is-no-slowness"),
    pytest.param("Opdatering: Servicevinduet er desværre forsinket.\n\nLørdag den 18. april 2026 kl. 10-22",
                 {s: Impact.OUTAGE for s in systems_of(DMS)}, id="da-window-delayed-is-no-slowness"),
    pytest.param("Saturday April 18, 2026, 1000-2200\n\nProcessing of declarations will be delayed.",
                 {s: Impact.DEGRADED for s in systems_of(DMS)}, id="processing-delayed-is-degraded"),
    pytest.param("Lørdag den 18. april 2026 kl. 10-22\n\nBehandlingen af angivelser vil være forsinket.",
                 {s: Impact.DEGRADED for s in systems_of(DMS)}, id="da-processing-delayed-is-degraded"),
])
def test_impacts_of_a_planned_window(body, impacts):
    assert classify(message("PRD-servicewindow DMS", body)).impacts == impacts


@pytest.mark.parametrize("categories, body, impacts", [
    pytest.param(("Transit", "Export"), "e-Export/NCTS\n\nFiles sent to e-Export/NCTS will fail.",
                 {"transit": Impact.OUTAGE, "export": Impact.OUTAGE}, id="classic-categories-keep-ncts-classic"),
    pytest.param(("Forsendelse",), "NCTS\n\nSvartiderne kan være forlængede.", {"transit": Impact.DEGRADED},
                 id="da-classic"),
    pytest.param(DMS, "NCTS\n\nFiles sent to NCTS will fail.",
                 {"dms-export": Impact.OUTAGE, "dms-transit": Impact.OUTAGE, "dms-import": Impact.OUTAGE},
                 id="dms-categories-read-ncts-as-dms"),
    pytest.param(("Transit",), "Export\n\nFiles sent to Export will fail.\n\nTransit\n\nNot affected.",
                 {"transit": Impact.NONE, "export": Impact.OUTAGE}, id="another-system-named-is-added"),
])
def test_a_body_name_shared_by_dms_and_classic_means_the_messages_own(categories, body, impacts):
    text = "Saturday March 23, 2019, 1000-2200\n\n" + body
    assert classify(message("PRD-servicewindow", text, categories)).impacts == impacts


def test_incident_speaking_of_response_times_is_degraded():
    facts = classify(message("Issues with DMS response times", "We are currently experiencing long response times."))
    assert set(facts.impacts.values()) == {Impact.DEGRADED}


def test_information_affects_nothing():
    facts = classify(message("Information - Temporary limitation to 300 goods", "A temporary rule will be applied."))
    assert facts.kind is Kind.INFO and set(facts.impacts.values()) == {Impact.NONE}
