"""What kind of message this is: kind, environment, references, status, fallback, impacts.

Pure functions of a :class:`~icsfeed.model.Message` (no clock, no I/O); the rules follow
``shared/spec/extraction.md`` and read English and Danish alike.

**Updates.** The time-expression engine splits the body into its updates
(:func:`~icsfeed.extract.updates.body_lines`): a line that opens an update — ``Update 17:25 -``,
``Opdatering 07.10``, ``Update 24-06-2025 kl.16.02``, ``Status Tuesday, August 5th at 14:30``,
``17:25:``, ``Update:`` or a bare stamp line such as ``Sunday August 23, 2025, 0022`` — stamps
itself and the lines after it; lines before any stamp are the original announcement. The
site puts the newest update on top but sometimes appends at the bottom, so "latest" means:
the latest stamp; among equals a revocation ("no longer allowed") or a closing statement
("solved", "Done") wins, being later by nature; then the line nearer the top. Dates named
in the text are read by the engine too (``grammar.read``, ``resolve``); the rules here are
words.

- **kind** — the title decides when it speaks: service window / planned / scheduled
  unavailability / certificate renewal -> planned; issues, difficulties, errors, delays,
  instability, login trouble (not the system NemLog-in), unavailability -> incident (but
  "Extended response times <date>" or "X lukket <date>" announces a planned period, and an undated
  "X unavailable" whose body says it will be down on a day still to come, or over a span of clock times starting
  later on the day of publication, "will be unavailable this evening from 19:00 to 22:00", "vil være lukket mellem kl.
  14.00 og 15.30, mens vi retter en fejl", is planned, urgent or not; so is a title whose only trouble is one that
  can be announced ahead, "not possible", "ikke muligt", "unable", login, "unstable", "ustabil", "slow", "delayed",
  over a body announcing it for a day, a week or a weekend still to come, "vil det ikke være muligt at slå op i Tarif
  fredag d. 31/3 kl. 16-18", "kan Manifest være ustabil i weekenden uge 11", "may be unstable this weekend", with
  nothing going on now; otherwise such a title is an incident); phone,
  opening hours, help desks, webinars, workshops, meetings (``lexicon.PHONE_WORDS``),
  "Information", questions and answers ("Spørgsmål og svar", "FAQ") -> info. Otherwise the body
  (questions, windows denied, "without a service window", "uden nedetid", and windows put off to another
  notice still to come, "i et PRD-servicevindue, som annonceres særskilt", "in a service window announced in a
  later announcement", left out): a
  service window, announced downtime or a present-tense closure of a day still to come
  ("Manifest er lukket hele dagen lørdag den 6. april", not "the helpdesk is closed on Friday")
  or a degraded period on such a day ("will be in read-only mode", "degraded performance",
  "begrænset funktionalitet", "kun læseadgang", "may be unstable", "kan være langsom") -> planned, and so is
  a future unavailability on such a day ("it will not be possible to submit on Sunday 22 March"); an ongoing
  disruption (currently experiencing, under investigation, working on a solution, declarations rejected; not errors a
  release fixes, "rettelser af fejl", "fejlrettelser", "bug fixes", "fixes errors in") -> incident;
  a note that systems run normally again (also after a past window: "DMS was unavailable during
  the weekend … running normally since Sunday", with no window on a day still to come), a
  business rule ("declarations not meeting the rule will be rejected"), advice to act before an expiry or a
  deadline ("install them before March 15 to avoid rejected messages", "for at undgå fejl", "so that messages are
  not rejected"; in the title too), or no disruption at all -> info. An incident that a sentence explains
  as a planned window ("caused by a planned service window", "skyldes et planlagt servicevindue"; not one that ran late) -> planned.
- **env** — the title's markers win (``TFE/TEST-servicewindow`` over production categories,
  ``TFE/PRD`` -> both; a body extending the window to the other environment, "also applies to
  the test environment (TFE)", "gælder også TFE", -> both), then those of the body's first
  line, which often repeats the title (so "Preparation for PRD-servicewindow …" further down a
  TFE notice does not count); otherwise the ``TFE (testsystems)`` category or a test/conformance
  mention in the body, and production categories or a production mention; both -> PRD+TFE;
  neither -> PRD for anything that touches a system, null for a message about no
  system and no unavailability (phone hours).
- **refs** — every ``WO…``/``INC…`` number in the body, in order, once each.
- **status** — the latest closing statement decides: Done / completed / solved / resolved /
  fixed / corrected ("found and corrected", "fundet og rettet", "we have fixed the problem", "vi har rettet
  fejlen") / back to normal / restored / normalised / "available again" / "is open again", "er åben(t) igen",
  "has reopened", "er genåbnet" (not "will be open again", "forventes at åbne igen", "is open again at 22",
  "er tilgængelig igen senest kl. 06", "available again no later than 08:00" / "by 08:00") /
  "has worked normally since", "has been running normally since", "har fungeret / kørt normalt siden" /
  a closing word "as planned" ("Udført som planlagt", "Done as planned") /
  "processed normally again" / a fix "has been deployed" / Udført / afsluttet / løst /
  rettet / udbedret / "kører igen" / "fungerer igen" -> completed (unless the same
  sentence says the trouble remains or is only temporarily solved, or speaks of the
  future: "until solved", "expected to be fixed", "is completed at <date>"; a message
  closed only as a duplicate keeps its status); "Cancelled" / aflyst, "Postponed" / udskudt
  with no new date, time or duration ("until further notice", "på ubestemt tid"; "postponed by 2 hours",
  "udskudt 2 timer", "til kl. 20.00" move the window and keep it scheduled), or "will not take place" / "will not go ahead" / "finder ikke sted" /
  "gennemføres ikke" (not "… on Tuesday, but on Thursday 22 October"), said of the window (or
  standing alone; the intervention, maintenance, downtime, deployment, release or upgrade
  announced counts as the window, and so do the closing, closure, shutdown, "lukningen"; "Servicevinduet
  udgår" / "bortfalder", "has been dropped", not "X udgår af servicevinduet") -> cancelled; systems
  "cancelled from" / "taken out of" the window, or spared by it after all ("berøres alligevel ikke", "will not be affected after all")
  -> partly-cancelled, and so does one system's part called off ("The intervention on EMCS has
  been cancelled") while another system of the message remains; a newer "will take place after
  all" / "goes ahead as planned" / "gennemføres alligevel" undoes a cancellation -> scheduled
  (``extract`` also makes a cancellation
  partly-cancelled when it names the day of one window of several, which ``windows`` drops).
  A later stamped update saying the problem is still there reopens the message; a completion
  whose own update says part of the work goes on ("Export is available again. Import remains
  unavailable", "Arbejdet på Import fortsætter") is partial: still scheduled, and so is a fix
  deployed while the same update says it is monitored ("A fix has been deployed. We are
  monitoring.").
- **fallback** — the latest sentence naming the fallback / emergency procedure
  (nødprocedure, beredskabsprocedure): of the newest update, and within one version (the
  announcement, or one paragraph of an update) the last in reading order ("ECS: må anvendes.
  NCTS: må ikke anvendes" -> not-allowed); read as words in any order: a negated permission or
  use ("not permitted", "no longer allowed", "prohibited", "må ikke benyttes", "forbudt")
  -> not-allowed (a negation in a relative clause after the permission qualifies what it
  covers: "may only be used for movements that cannot wait"); a restriction ("only", "if
  absolutely necessary", "as necessary", "as needed", "in special cases", "urgent", "no general",
  "ikke generel", "kun", "i nødvendigt omfang", "efter behov", "efter aftale med toldstedet", "after
  contacting the office of departure") or a condition the window does not meet ("if DMS is unavailable
  for more than 2 hours", "If the window is extended", "Hvis servicevinduet forlænges") -> restricted; a
  question ("Må jeg bruge nødproceduren?", "whether it may be used", "om/hvornår nødproceduren må
  anvendes") or a rule waiting for a notice ("may only be used when the status page announces it") says
  nothing, and so does guidance on how it works; the procedure said to end ("Nødproceduren ophører kl.
  10.30", "The fallback procedure ends at 06:00") -> not-allowed, unless a permission of the same
  version stands beside it ("må anvendes indtil kl. 06.00" is allowed); a permission ("allowed", "tilladt") or a
  modal with a use verb ("may be used", "I perioden må nødproceduren anvendes", "kan benyttes")
  or an instruction to use it ("… or use the fallback procedure", "benyt nødproceduren", "ENS
  skal i perioden indgives efter nødproceduren", "must be submitted using the fallback
  procedure"), or to file or depart by it, with a modal or in the present ("Forsendelser kan i perioden afgå
  efter nødproceduren", "can depart under the emergency procedure", "sendes via nødproceduren"; not in a
  relative clause, "declarations that are sent via the fallback procedure"; denied, "afgår ikke efter
  nødproceduren", it is not-allowed) -> allowed. See :func:`fallback_statement`.
- **impacts** — see :mod:`icsfeed.extract.impact`.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from ..model import COPENHAGEN, Env, Extraction, Fallback, Impact, Kind, Message, Status
from ..systems import is_test_environment_label, systems_of
from .grammar import duration_at, read
from .keywords import Keywords, keywords
from .impact import FALLBACK_MENTION, cancelled_systems_in, impacts_of, sentences, systems_meant, systems_named
from . import lexicon as lx
from .lexicon import Role, role_of
from .resolve import HORIZON, resolve_day
from .tokenize import Kind as TokenKind
from .updates import OPEN_AGAIN, BodyLine, body_lines, still_open
from .windows import announced_elsewhere, readable_body


# --- updates and dates, as the time-expression engine reads them -------------------------

def update_lines(message: Message) -> list[BodyLine]:
    """The non-empty body lines without their update headers, each under the update it belongs
    to, as the time-expression engine reads them (:func:`~icsfeed.extract.updates.body_lines`)."""
    published = message.published.astimezone(COPENHAGEN)
    updated = max(message.updated, message.published).astimezone(COPENHAGEN)
    return [line for line in body_lines(readable_body(message.body), published, updated) if line.text]


def _order(line: BodyLine, published: dt.datetime, priority: int = 0) -> tuple:
    """Sort key for "latest": stamp time (an update is later than the announcement), priority, nearness to the top."""
    return line.written(published), priority, -line.number


@functools.lru_cache(maxsize=4096)
def _names_a_date(text: str) -> bool:
    """Whether ``text`` names a day: ``Tuesday``, ``May 19``, ``19. maj``, ``19/5``, ``Wednesday March 2025``."""
    doc = read(text)
    return any(mention.dates for mention in doc.mentions) or any(
        role_of(token.word, Role.WEEKDAY) for token in doc.tokens if token.kind is TokenKind.WORD)


# --- references --------------------------------------------------------------------------

_REF = re.compile(r"\b(WO|INC)[ #:\-–]?(\d{6,})\b")


def references(body: str) -> tuple[str, ...]:
    """Every WO/INC number in ``body``, in order, once each, written without a separator
    (``WO-0000001432758``, ``INC 123456`` -> ``WO0000001432758``, ``INC123456``)."""
    refs: list[str] = []
    for prefix, digits in _REF.findall(body):
        ref = prefix + digits
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


# --- kind ---------------------------------------------------------------------------------

_PLANNED = keywords(
    r"(?i)serv\w*\s*-?\s*w[ií]nd(?:ow|ue)|service\s*-?\s*vindue|servicevindue|maintenance|\bplanned\b|"
    r"planlagt|(?<!un)scheduled\s+(?:unavailab|downtime|maintenance)|certificate renewal|"
    r"certifikatfornyelse|fornyelse af certifikat|lukkevindue|vedligehold|\bservice on\b|due to (?:an? )?(?:service|update|maintenance)")
_INCIDENT_TITLE = keywords(
    r"(?i)issue|difficult|problem|instab|unstab|ustabil|error|fejl|fail|reject|declin|delay|forsink|"
    r"\bslow|langsom|incident|disruption|outage|nedbrud|driftsforstyrr|(?<!nem)log\s*-?\s*in|logging|not possible|"
    r"ikke muligt|back to normal|resolved|løst|challenge|udfordring|crash|afvis|\bdown\b|ude af drift|"
    r"(?:virker|fungerer) ikke|not working|does not work|unable|kan ikke")
_WEAK_INCIDENT_TITLE = keywords(
    r"(?i)unavailab|utilgængelig|nedetid|driftsstop|respons\w*\s*times?|responsetime|svartid|\bclosed\b|\blukket\b")
#: Trouble that can be announced ahead (a window "not possible" to use, a system "unstable" over a coming weekend):
#: a title whose only trouble words are these lets the body tell ("Opslag i Tarif ikke muligt fredag d. 31/3" over
#: "vil det ikke være muligt at slå op i Tarif fredag d. 31/3 kl. 16-18" is planned; "Login not possible" over
#: "We are investigating" is an incident).
_SOFT_INCIDENT_TITLE = keywords(
    r"(?i)not possible|ikke muligt?\b|\bunable|kan ikke|instab\w*|unstab\w*|ustabil\w*|\bslow\w*|langsom\w*|"
    r"delay\w*|forsink\w*|(?<!nem)log\s*-?\s*in\w*|logging")
_AFTER_WINDOW = keywords(r"(?i)\b(?:after|following|efter)\b[^.]*\bserv")
_NOT_A_SYSTEM = keywords(r"(?<!\w)(?:" + "|".join(
    [re.escape(word) for word in lx.PHONE_WORDS] + [r"\S*\s+".join(map(re.escape, phrase))
                                                   for phrase in lx.PHONE_PHRASES]) + ")")
_INFO_TITLE = keywords(r"(?i)\binformation\b|\borientering\b")
#: Questions and answers about closures in general ("Spørgsmål og svar: Når DMS er lukket", "FAQ: service windows").
_FAQ_TITLE = keywords(r"\bFAQ\b|\bQ\s*&\s*A\b|questions and answers|frequently asked|spørgsmål og svar|"
                      r"ofte stillede spørgsmål")
_BODY_PLANNED = keywords(
    r"(?i)\bdowntime\b|will (?:be (?:unavailable|closed|down|shut down|offline)|not be available)|"
    r"vil (?:være (?:utilgængelig|lukket|nede)|ikke være tilgængelig|blive lukket)|\blukkes\b|"
    r"(?<!un)scheduled unavailab|\bannounced\b[^.]{0,30}\b(?:window|downtime|unavailab|maintenance)|"
    r"annonceret\b[^.]{0,30}(?:vindue|nedetid)")
_WILL_BE_DOWN = keywords(
    r"(?i)will (?:be (?:unavailable|closed|down|shut down|offline)|not be (?:available|possible))|"
    r"vil (?:\w+ )?(?:være (?:utilgængelig|lukket|nede)|ikke være (?:tilgængelig|muligt)|blive lukket)|\blukkes\b")
_ONGOING_TROUBLE = keywords(
    r"(?i)currently (?:not|un)|\bexperiencing\b|investigat|troubleshoot|working on|being worked on|solution is|"
    r"at the moment|issue|difficult|problem|error|unstab|instab|outage|crash|disruption|"
    r"reports? (?:regarding|of|on)|not possible|not available|challenges|"
    r"(?<!will be )(?<!would be )(?<!shall be )(?<!may be )(?<!can be )(?<!to be )rejected|"
    r"i øjeblikket|oplever|undersøg|arbejder på|fejl|problemer|ustabil|nedbrud")
#: Trouble to be kept away, not going on: advice to act before a deadline or an expiry ("Please install them before
#: March 15 to avoid rejected messages", "for at undgå fejl", "to prevent your messages from being rejected") to the
#: end of its clause, and a rejection denied ("so that messages are not rejected", "så meddelelserne ikke afvises").
#: Messages rejected now remain trouble ("Messages are currently rejected").
_AVOIDED = keywords(r"\b(?:avoid|prevent|undgå|forhindre|forebygge)\w*,?[^.!?\n,;]*|"
                    r"\b(?:not|never|ikke|aldrig)\s+(?:be\s+|being\s+|get\s+|getting\s+|blive\s+|bliver\s+)?"
                    r"(?:rejected|declined|afvis\w*|afvist)\b")
#: Errors a release fixes, no disruption: "Den nye version indeholder rettelser af fejl i beregningen",
#: "fejlrettelser", "bug fixes", "The release fixes errors in the calculation", "corrections of errors",
#: "retter en række fejl i". Not a fix still to come for trouble going on ("We are working on a fix").
_FIXES = keywords(
    r"\b(?:bug\s*-?\s*fix\w*|fejl\s*-?\s*rettels\w*|fejlretning\w*|error\s+(?:corrections?|fix\w*)|"
    r"(?:corrections?|fix(?:es)?|rettelser?|udbedringer?)\s+(?:of|for|to|af|til)\s+(?:\w+\s+){0,2}?"
    r"(?:errors?|bugs?|issues?|problems?|faults?|fejl\w*|problemer)|"
    r"(?:fixes|corrects|resolves|retter|udbedrer)\s+(?:a\s+number\s+of\s+|several\s+|some\s+|various\s+|"
    r"en\s+række\s+|flere\s+|nogle\s+|diverse\s+)?(?:errors?|bugs?|issues?|problems?|fejl|problemer)\s+"
    r"(?:in|i|with|med|ved)\b)")
_RECOVERED = keywords(r"(?i)running stabl[ey]|back to normal|stable again|normal (?:operation|drift)|kører stabilt")
_PAST_TROUBLE = re.compile(r"(?i)\b(?:recent|previous|last|past)\b[^.]{0,30}\b(?:outage|problem|issue|disruption)s?")


#: An outage explained as a planned window: "The unavailability is caused by a planned service window on Manifest
#: today, 1800-2000", "Problemerne skyldes et planlagt servicevindue på UUM&DS" (not a window that ran late).
_EXPLAINED_AS_PLANNED = keywords(
    r"\b(?:caused by|due to|because of|(?:the )?result of|skyldes|skyldtes|forårsaget af|på grund af)\s+"
    r"(?:an?\s+|the\s+|et\s+|en\s+|det\s+|den\s+)?(?:planned|scheduled|announced|planlagt|varslet|annonceret)\w*\s+"
    r"(?:[\w&-]+\s+){0,2}?(?:service\s*-?\s*window|servicevindue|maintenance|vedligehold|intervention|indgreb|"
    r"downtime|nedetid)")
_NOT_BEFORE = keywords(r"\b(?:not|ikke|no longer|ikke længere)\s+(?:\w+\s+)?$")
_RAN_LATE = keywords(r"longer than|overr[au]n|ran over|længere end|trukket ud|forsink|delay")


def _explained_as_planned(lines: list[BodyLine]) -> bool:
    """Whether a sentence explains the disruption as a planned window (an incident that turns out planned)."""
    return any((match := _EXPLAINED_AS_PLANNED.search(sentence)) and not _NOT_BEFORE.search(sentence[:match.start()])
               and not _RAN_LATE.search(sentence) for line in lines for sentence in sentences(line.text))


@functools.lru_cache(maxsize=4096)
def kind_from_title(title: str) -> Kind | None:
    """The kind the title states, or None when it is silent."""
    if _FAQ_TITLE.search(title):
        return Kind.INFO
    if _PLANNED.search(title) and not (_INCIDENT_TITLE.search(title) and _AFTER_WINDOW.search(title)):
        return Kind.PLANNED
    if _NOT_A_SYSTEM.search(title):
        return Kind.INFO
    troubled = _AVOIDED.any_case.sub(" ", title)
    if _INCIDENT_TITLE.search(_SOFT_INCIDENT_TITLE.any_case.sub(" ", troubled)):
        return Kind.INCIDENT
    if _WEAK_INCIDENT_TITLE.search(title):
        return Kind.PLANNED if _names_a_date(title) else None       # the body tells (see kind_from_body)
    if _INCIDENT_TITLE.search(troubled):
        return None                                                 # soft trouble only: the body tells (classify)
    if _INFO_TITLE.search(title):
        return Kind.INFO
    return None


_CLOSED_NOW = keywords(
    r"(?i)\b(?:is|are|er|bliver)\s+(?:\w+\s+)?(?:closed|shut|lukket)\b|\b(?:closed|lukket)\s+(?:all day|hele dagen)\b|"
    r"\b(?:closes|lukker)\b")


def _names_a_day_ahead(sentence: str, today: dt.date) -> bool:
    """Whether ``sentence`` names a day from ``today`` on (one with no year: within half a year;
    ``tonight``, ``i morgen`` next to a time), or only a weekday (``EMCS is closed Saturday``)."""
    specs = [spec for mention in read(sentence).mentions for point in (mention.start, mention.end)
             if point is not None for spec in point.dates]
    if any(spec.relative is not None and spec.relative >= 0 for spec in specs):
        return True
    for spec in specs:                              # a week ("i uge 11", "in week 11") whose Sunday is still to come
        if spec.week is not None and spec.day is None and spec.weekday is None:
            for year in ((spec.year,) if spec.year is not None else (today.year, today.year + 1)):
                try:
                    sunday = dt.date.fromisocalendar(year, spec.week, 7)
                except ValueError:
                    continue
                if today <= sunday and (spec.year is not None or sunday - today <= HORIZON):
                    return True
    dated = [spec for spec in specs if spec.day is not None]
    for spec in dated:
        day = resolve_day(spec, today)
        if day is not None and today <= day.date and (spec.year is not None or day.date - today <= HORIZON):
            return True
    return not dated and any(spec.weekday is not None for spec in specs)


_DEGRADED = keywords(
    r"(?i)read[- ]only|degraded (?:performance|service|mode)|reduced (?:functionality|performance)|"
    r"begrænset funktionalitet|nedsat (?:funktionalitet|ydeevne)|kun læseadgang|skrivebeskyttet")


#: Instability or slowness said to be expected, not going on: "Manifest kan være ustabil i weekenden uge 11", "EMCS
#: may be unstable on Saturday", "Svartiderne vil kunne være langsomme lørdag", "messages may be delayed on Sunday".
_MAY_DEGRADE = keywords(
    r"\b(?:may|might|can|could|will|kan|vil|kunne)\s+(?:\w+\s+){0,3}?(?:be|være|become|blive|run|køre)\s+(?:\w+\s+)?"
    r"(?:unstable|instable|ustabil\w*|slow\w*|langsom\w*|delayed|forsinke[dt]\w*)\b")
#: A weekend still to come, as a future "may be unstable … i weekenden" means it (the grammar reads no day there).
_WEEKEND = keywords(r"\b(?:this|the coming|coming|next|upcoming|the|over the|during the)\s+weekend\b|"
                    r"\b(?:i|over|hen over|den kommende|kommende|næste|denne|i løbet af)\s+weekend(?:en)?\b")
#: Some time still to come on the day of publication, with no time: "later today", "senere i dag".
_LATER_TODAY = keywords(r"\blater (?:today|this day|in the day)\b|\bsenere i ?dag\b")
#: A sentence about a disruption going on, or lasting until some time: no announcement ahead.
_NOW_OR_UNTIL = keywords(r"currently|at the moment|right now|investigat|working on|i øjeblikket|lige nu|undersøg|"
                         r"arbejder på|\buntil\b|\bindtil\b|\btill\b")


def _degraded_ahead(body: str, published: dt.datetime) -> bool:
    """Whether a sentence announces a degraded period on a day still to come ("On 28/03/2026 the
    STI-STP will be in read-only mode", "ICS2 kører med begrænset funktionalitet lørdag den 4. april"), or
    instability or slowness expected then ("kan Manifest være ustabil i weekenden uge 11", "EMCS may be unstable
    this weekend"; not "is unstable at the moment", "may be slow until Friday")."""
    today = published.date()
    return any((_DEGRADED.search(sentence) and _names_a_day_ahead(sentence, today))
               or (_MAY_DEGRADE.search(sentence) and not _NOW_OR_UNTIL.search(sentence)
                   and (_names_a_day_ahead(sentence, today) or _WEEKEND.search(sentence)))
               for line in body.splitlines() for sentence in sentences(line))


def _closed_ahead(body: str, published: dt.datetime) -> bool:
    """Whether a sentence says in the present tense that a system is closed on a day still to come
    ("Manifest er lukket hele dagen lørdag den 6. april", "EMCS is closed Saturday")."""
    return any(_CLOSED_NOW.search(sentence) and not _NOT_A_SYSTEM.search(sentence)
               and _names_a_day_ahead(sentence, published.date())
               for line in body.splitlines() for sentence in sentences(line))


def _span_later_today(sentence: str, published: dt.datetime) -> bool:
    """Whether ``sentence`` states a span of clock times with no day, or on the publication day, that starts
    after publication ("will be unavailable from 19:00 to 22:00" written at 11:40, "vil være lukket mellem kl.
    14.00 og 15.30" written in the morning): a closing announced for later the same day, whatever it is for ("an
    urgent update", "mens vi retter en fejl"); not one already begun ("from 11:00 to 14:00" written at 11:40)."""
    now = published.hour * 60 + published.minute
    for mention in read(sentence).mentions:
        start, end = mention.start, mention.end
        if start is None or end is None or start.time is None or end.time is None or start.time.offset is not None:
            continue
        if any(spec.relative != 0 for spec in start.dates):
            continue
        clock = start.time
        hour = clock.hour % 12 + 12 if clock.meridiem == 12 else clock.hour % 12 if clock.meridiem == 0 else clock.hour
        if hour * 60 + clock.minute > now:
            return True
    return False



#: A disruption reported as going on now: an INC number, "currently", "i øjeblikket", "we are working on", an error
#: found ("We have identified an error in …", "Vi har konstateret en fejl i …", "There is an error", "Der er en fejl").
#: Not a fix announced with no trouble reported ("mens vi retter en fejl i beregningen", "Due to an urgent update").
_TROUBLE_NOW = keywords(
    r"\bINC[ #:-]?\d{6,}|currently|at the moment|right now|investigat|working on|experiencing|"
    r"i øjeblikket|lige nu|undersøg|arbejder på|oplever|"
    r"\b(?:we|have|has)\s+(?:now\s+)?(?:identified|found|detected|discovered|registered|observed|seen)\s+"
    r"(?:an?\s+|some\s+|\w+\s+)?(?:errors?|issues?|problems?|faults?|bugs?)\b|"
    r"\bthere (?:is|are) (?:\w+\s+)?(?:an?\s+)?(?:errors?|issues?|problems?|faults?)\b|"
    r"\b(?:vi|der)\s+(?:har|er)\s+(?:nu\s+)?(?:konstateret|fundet|registreret|opdaget|identificeret|observeret|set)\s+"
    r"(?:en\s+|et\s+|nogle\s+|\w+\s+)?(?:fejl|problem\w*)\b|"
    r"\bder er (?:\w+\s+)?(?:en\s+|et\s+)?(?:fejl|problem\w*)\b")


def _names_a_later_day(sentence: str, today: dt.date) -> bool:
    """Whether ``sentence`` names a day after ``today`` ("tomorrow", "Saturday", "12 June"), not only today
    ("tonight", "i aften", today's date) or no day."""
    specs = [spec for mention in read(sentence).mentions for point in (mention.start, mention.end)
             if point is not None for spec in point.dates]
    for spec in specs:
        if spec.relative is not None:
            if spec.relative > 0:
                return True
        elif spec.day is not None:
            day = resolve_day(spec, today)
            if day is not None and day.date > today:
                return True
        elif spec.week is not None or (spec.weekday is not None and spec.weekday != today.weekday()):
            return True
    return False


def _fix_later_today(body: str, published: dt.datetime) -> bool:
    """Whether ``body`` reports a disruption going on now ("Vi har konstateret en fejl … (INC…)", "We are currently
    experiencing errors") and its span later today is the fix for it ("Fejlen rettes i aften kl. 20.00-21.00, hvor
    DMS Import vil være utilgængelig"): an incident, not a closing announced ahead; not when the message speaks of a
    service window or planned work, or names a later day."""
    if not _TROUBLE_NOW.search(body) or _PLANNED.search(body):
        return False
    today = published.date()
    found = False
    for line in body.splitlines():
        for sentence in sentences(line):
            if _names_a_later_day(sentence, today):
                return False
            found = found or _span_later_today(sentence, published)
    return found

#: A system updated in a stated span: "e-Export will be updated … on Saturday … from 18.00 to 23.00", "e-Eksport
#: opdateres lørdag den 16. november kl. 18-23", "bliver opgraderet"; not a page or guide updated.
_WILL_BE_UPDATED = keywords(
    r"(?i)\b(?:will|is to|shall) be (?:updated|upgraded)\b|\b(?:vil|skal) blive (?:opdateret|opgraderet)\b|"
    r"\bbliver (?:opdateret|opgraderet)\b|\b(?:opdateres|opgraderes)\b")
_DOCUMENT = keywords(r"(?i)\b(?:guide|vejledning\w*|page|side[n]?|document\w*|dokument\w*|list|liste[n]?|faq|"
                     r"website|hjemmeside\w*|manual|instruction\w*|news\w*|nyhed\w*)\b")


def _updated_ahead(body: str, published: dt.datetime) -> bool:
    """Whether a sentence says a system will be updated in a span of clock times on a day still to come, or later on
    the day of publication (a service window even without "closed"); not a release "without downtime" / "uden
    nedetid" anywhere in the message, nor a page or guide updated."""
    if _NO_WINDOW.search(body):
        return False
    for line in body.splitlines():
        for sentence in sentences(line):
            match = _WILL_BE_UPDATED.search(sentence)
            if not match or _DOCUMENT.search(sentence[:match.start()]):
                continue
            spans = [m for m in read(sentence).mentions if m.start is not None and m.end is not None
                     and m.start.time is not None and m.end.time is not None]
            if spans and (_names_a_day_ahead(sentence, published.date()) or _span_later_today(sentence, published)):
                return True
    return False


#: A system worked on ("will be restarted", "genstartes"; with ``_WILL_BE_UPDATED``) and trouble said to come with it.
_WILL_BE_RESTARTED = keywords(r"(?i)\b(?:will|is to|shall) be (?:restarted|rebooted)\b|"
                              r"\b(?:vil|skal) blive genstartet\b|\bbliver genstartet\b|\bgenstartes\b")
_BRIEF_TROUBLE = keywords(r"(?i)unavailab|utilgængelig|interruption|afbrydelse|ustabil|unstab|instab|downtime|nedetid|"
                          r"not (?:be )?available|ikke (?:være )?tilgængelig")


def _worked_on_ahead(body: str) -> bool:
    """Whether a sentence says a system will be down, updated or restarted over a weekend still to come or later on
    the day of publication, with no date or time ("e-Import will be updated in the course of the weekend. Short
    periods of unavailability may occur.", "DMS Import opdateres i løbet af weekenden", "Manifest will be restarted
    later today"); updated or restarted only with trouble said in the message, and not "without downtime"."""
    for line in body.splitlines():
        for sentence in sentences(line):
            if not (_WEEKEND.search(sentence) or _LATER_TODAY.search(sentence)) or _PAST_TENSE.search(sentence) \
                    or _NOW_OR_UNTIL.search(sentence) or _NOT_A_SYSTEM.search(sentence):
                continue
            if _WILL_BE_DOWN.search(sentence):
                return True
            work = _WILL_BE_UPDATED.search(sentence) or _WILL_BE_RESTARTED.search(sentence)
            if work and not _DOCUMENT.search(sentence[:work.start()]) and _BRIEF_TROUBLE.search(body) \
                    and not _NO_WINDOW.search(body):
                return True
    return False


def _announced_ahead(body: str, published: dt.datetime) -> bool:
    """Whether an undated "X unavailable" message announces a day still to come in the future
    tense ("Due to maintenance, login will not be possible Saturday March 14, 2026 …"), or a span
    later on the day of publication ("Due to an urgent update EMCS will be unavailable from 19:00 to 22:00"), or
    work over a coming weekend or later today (``_worked_on_ahead``)."""
    return any(_WILL_BE_DOWN.search(sentence) and not _NOT_A_SYSTEM.search(sentence)
               and (_names_a_day_ahead(sentence, published.date()) or _span_later_today(sentence, published))
               for line in body.splitlines() for sentence in sentences(line)) or _closed_ahead(body, published) \
        or _degraded_ahead(body, published) or _worked_on_ahead(body)


# A switch-over: the old solution closes for good as a new one takes over ("Den gamle løsning lukkes ned samme
# dag", "The old portal will be closed", "the legacy service is decommissioned"): no unavailability, unless the
# sentence speaks of maintenance, a window or a system unavailable meanwhile.
_RETIRED = keywords(
    r"(?i)\b(?:old|legacy|previous|former|gamle|tidligere)\s+(?:\S+\s+){0,2}?"
    r"(?:solution|system|version|portal|service|site|page|application|løsning|side|applikation)\w*"
    r"\b[^.]{0,120}?\b(?:clos\w*|shut\w*|lukke\w*|decommission\w*|retire\w*|phased out|udfas\w*|nedlægge\w*)|"
    r"\b(?:decommission\w*|retire[sd]?|phased out|udfase\w*|nedlægges)\b")

_UNAVAILABLE = keywords(r"(?i)unavailab|utilgængelig|not (?:be )?available|ikke (?:være )?tilgængelig")


#: A window denied: "The release is deployed without a service window", "uden nedetid", "There is no downtime".
_NO_WINDOW = keywords(
    r"\b(?:without|no|uden|ingen)\s+(?:an?\s+|any\s+|et\s+|nogen\s+)?(?:planned\s+|planlagt\w*\s+)?"
    r"(?:service\s*-?\s*window|servicevindue|downtime|nedetid|interruption|afbrydelse|unavailability|"
    r"utilgængelighed)\w*")
#: Systems running as normal now: "have been running normally since Sunday evening", "har kørt normalt siden",
#: "will be available as normal" (said after an outage, or of a release deployed without one).
_RUNNING_NORMALLY = keywords(
    r"\b(?:running|working|operating|kører|kørt|fungerer|fungeret|virker|virket)\s+(?:again\s+|igen\s+)?"
    r"(?:normally|as normal|normalt|som normalt|stabl[ey]|stabilt)\b|\bavailable as normal\b|"
    r"\btilgængelig\w* som normalt\b|\bback to normal\b|\bnormal (?:operation|drift)\b")
_STILL_GOING = keywords(r"currently|at the moment|investigat|working on|i øjeblikket|undersøg|arbejder på")
_PAST_TENSE = keywords(r"\b(?:was|were|has been|have been|had been|var|har været|havde været|blev)\b")
_ABOUT_A_WINDOW = keywords(f"{_PLANNED.any_case.pattern}|{_UNAVAILABLE.any_case.pattern}")


def _after_the_fact(body: str, published: dt.datetime) -> bool:
    """Whether ``body`` reports systems running as normal, with no disruption going on and no window on a day
    still to come ("DMS was unavailable during the weekend due to the planned upgrade. All DMS systems have been
    running normally since Sunday evening."): a status note, no announcement."""
    return bool(_RUNNING_NORMALLY.search(body)) and not _STILL_GOING.search(body) and not any(
        (_ABOUT_A_WINDOW.search(sentence) or _CLOSED_NOW.search(sentence) or _DEGRADED.search(sentence))
        and not _PAST_TENSE.search(sentence) and _names_a_day_ahead(sentence, published.date())
        for line in body.splitlines() for sentence in sentences(line))


def _put_off(sentence: str) -> bool:
    """Whether ``sentence`` puts its window off to another notice still to come ("Releasen idriftsættes lørdag den
    20. april i forbindelse med et PRD-servicevindue, som annonceres særskilt", "… in a service window announced in
    a later announcement"): it announces nothing itself (``windows.announced_elsewhere``)."""
    return announced_elsewhere(tuple(lx.fold(word) for word in _WORD.findall(sentence)))


_WORD = re.compile(r"[^\W\d_]+")


#: A system said to be down now, the sentence's subject its name, with no time: "NCTS er utilgængelig.", "DMS Import
#: er nede", "Manifest is down" (not "if NCTS is unavailable", "var nede", "is unavailable from 18:00 to 22:00", "Det
#: skyldes, at det pågældende lands database er utilgængelig"), in a message with an incident number or a fallback
#: statement.
_DOWN_NOW = keywords(r"^\W*(?:[\w&/-]+\s+){1,3}?(?:er|is|are)\s+(?:nu\s+|now\s+|fortsat\s+|still\s+|stadig\s+)?"
                     r"(?:nede|down|utilgængelig|unavailable)\b")
_INCIDENT_NUMBER = keywords(r"\bINC[ #:-]?\d{6,}")
_NOT_A_SUBJECT = keywords(r"(?i)\b(?:if|when|in|hvis|når|det|it|this|that|der|at|som|og|and)\b")


def _down_now(body: str) -> bool:
    if not (_INCIDENT_NUMBER.search(body) or FALLBACK_MENTION.search(body)):
        return False
    return any((match := _DOWN_NOW.search(sentence)) and not _NOT_A_SUBJECT.search(sentence[:match.end()])
               and not read(sentence).mentions for line in body.splitlines() for sentence in sentences(line))


def kind_from_body(body: str, published: dt.datetime) -> Kind:
    """A system "will be updated"/"opdateres" in a stated span on a day still to come is planned. The kind of a message whose title is silent (sentences about a switch-over, questions, windows denied
    and windows put off to another notice left out); a status note after the fact is information; advice to act
    before a deadline "to avoid rejected messages" is no trouble."""
    updated = _updated_ahead(body, published)
    body = "\n".join(" ".join(sentence for sentence in sentences(_NO_WINDOW.any_case.sub(" ", line))
                              if (not _RETIRED.search(sentence) or _PLANNED.search(sentence)
                                  or _UNAVAILABLE.search(sentence)) and not sentence.rstrip().endswith("?")
                              and not _put_off(sentence))
                     for line in body.splitlines())
    if (_PLANNED.search(body) or _BODY_PLANNED.search(body) or _announced_ahead(body, published) or updated) \
            and not _fix_later_today(body, published):
        return Kind.INFO if _after_the_fact(body, published) else Kind.PLANNED
    trouble = _ONGOING_TROUBLE.search(_FIXES.any_case.sub(" ", _AVOIDED.any_case.sub(" ", _PAST_TROUBLE.sub(" ", body))))
    trouble = trouble or _down_now(body)
    if trouble and not (_RECOVERED.search(body) and not re.search(
            r"(?i)currently|at the moment|investigat|working on|i øjeblikket", body)):
        return Kind.INCIDENT
    return Kind.INFO


# --- environment --------------------------------------------------------------------------

_is_test_label = functools.lru_cache(maxsize=1024)(is_test_environment_label)   # a page repeats its labels

_TITLE_TFE = keywords(r"(?i)\bTFE\b|\btest\b|\bconf(?:ormance)?\b|\bconfluen\w*|testmilj\w*|testsystem\w*")
_TITLE_PRD = keywords(r"(?i)\bPRD\b|\bprod(?:uction|uktion)?\b|produktionsmilj\w*")
_BODY_TFE = keywords(
    r"(?i)\bTFE\b|\btest[- ]?(?:env\w*|system\w*|milj\w*)|\btest/conf\w*|\bconf\w*/test\b|\bconformance\b|"
    r"\(test\)")
_BODY_PRD = keywords(r"(?i)\bPRD\b|\bproduction\b|\bproduktion\w*")


_UNAFFECTED = keywords(r"not (?:be )?affected|unaffected|ikke (?:blive )?(?:berørt|påvirket|omfattet)|upåvirket|"
                       r"(?:berøres|påvirkes) ikke")


def _names_test_environment(body: str) -> bool:
    """Whether a sentence of ``body`` speaks of the test environment, other than to say it is
    not affected ("The test environment (TFE) is not affected")."""
    return any(_BODY_TFE.search(sentence) and not _UNAFFECTED.search(sentence)
               for line in body.splitlines() for sentence in sentences(line))


_ALSO = keywords(r"\b(?:also|as well|too|også|ligeledes|tillige)\b")
_COVERS = keywords(r"\bappl(?:y|ies)\b|\bcover|\binclud|\baffect|gælder|omfatte|berør|påvirke|unavailab|utilgængelig|"
                   r"\bclosed\b|\blukke[st]?\b|\bnede\b")


def _extends_to(body: str, environment: Keywords) -> bool:
    """Whether a sentence of ``body`` extends the window to the other environment: "The service window also
    applies to the ICS2 test environment (TFE)", "Servicevinduet gælder også TFE" (not "TFE is not affected")."""
    return any(environment.search(sentence) and _ALSO.search(sentence) and _COVERS.search(sentence)
               and not _UNAFFECTED.search(sentence) for line in body.splitlines() for sentence in sentences(line))


def env_of(message: Message, kind: Kind, lines: list[BodyLine]) -> tuple[Env | None, tuple[str, ...]]:
    """The environment and any warning about how it was decided."""
    cat_tfe = any(_is_test_label(c) for c in message.categories)
    cat_prd = any(slug != "other" for slug in (message.systems or systems_of(message.categories)))
    first_line = "" if lines and lines[0].stamped else next(
        (line.strip() for line in readable_body(message.body).splitlines() if line.strip()), "")
    headline = next((text for text in (message.title, first_line)
                     if _TITLE_TFE.search(text) or _TITLE_PRD.search(text)), "")
    title_tfe, title_prd = bool(_TITLE_TFE.search(headline)), bool(_TITLE_PRD.search(headline))
    if title_tfe and title_prd:
        return Env.PRD_TFE, ()
    if title_tfe:
        if _extends_to(readable_body(message.body), _BODY_PRD):
            return Env.PRD_TFE, ("env: title says TFE, the body extends the window to production -> PRD+TFE",)
        warn = () if cat_tfe or not cat_prd else ("env: categories say PRD, title says TFE -> TFE",)
        return Env.TFE, warn
    if title_prd:
        if cat_tfe:
            return Env.PRD_TFE, ("env: title says PRD, category says TFE -> PRD+TFE",)
        if _extends_to(readable_body(message.body), _BODY_TFE):
            return Env.PRD_TFE, ("env: title says PRD, the body extends the window to TFE -> PRD+TFE",)
        return Env.PRD, ()
    tfe = cat_tfe or _names_test_environment(readable_body(message.body))
    prd = cat_prd or bool(_BODY_PRD.search(readable_body(message.body)))
    if tfe and prd:
        return Env.PRD_TFE, ()
    if tfe:
        return Env.TFE, ()
    if prd:
        return Env.PRD, ()
    if kind is not Kind.INFO:
        return Env.PRD, ("env: no environment named, assumed PRD",)
    return None, ()


# --- fallback -----------------------------------------------------------------------------

_PERMISSION = (r"(?:allow\w*|permit\w*|grant\w*|authori[sz]\w*|approved|possible|tilladt|tilladelse|godkend\w*|"
               r"muligt|lov)")
_MODAL = r"(?:may|can|must|should|shall|må|kan|skal|bør|kunne)"
_USE = (r"(?:us(?:e|es|ed|ing)|appl(?:y|ied|ies)|invok\w*|anvend\w*|benyt\w*|brug\w*|tages|tage|gælder|"
        r"tillades)")
_NEGATION = r"(?:not|no longer|never|ikke|aldrig)"
_NEGATED = keywords(
    rf"(?i)\b{_NEGATION}(?:\s+\w+){{0,2}}?\s+(?:{_PERMISSION}|{_USE})\b|\b{_NEGATION}\s+{_MODAL}\b|"
    rf"\b(?:{_MODAL}|{_USE})(?:\s+\w+){{0,2}}?\s+{_NEGATION}\b|"
    r"\bcannot\b|\bcan't\b|\bmustn't\b|prohi?b|prohobit|forbidden|forbudt|revoked|withdrawn|ophævet|tilbagekaldt")
_REVOKES = keywords(r"(?i)no longer|ikke længere|ophævet|tilbagekaldt|revoked|withdrawn")
_CONDITION = re.compile(r"(?i)\b(?:if|when|whenever|in case|hvis|når|såfremt|i tilfælde)\b[^,;:]*")
_IF = re.compile(r"(?i)\b(?:if|in case|hvis|såfremt|i tilfælde)\b[^,;:]*|^\s*(?:should|skulle)\b[^,;:]*")
#: A condition the window itself does not meet: a threshold, or the window running over ("If the window is
#: extended", "Hvis servicevinduet forlænges ud over kl. 09.00", "if the work is not finished by 09:00").
_THRESHOLD = keywords(r"more than|longer than|exceed|at least|mere end|længere end|overstiger|mindst|"
                      r"\bextend|\bprolong|\bdelayed|\boverrun|\bruns? over|\btakes? longer|forlæng|forsink|"
                      r"trækker ud|varer længere|\bud over\b|\bnot (?:be )?(?:finished|completed|done|over)\b|"
                      r"\bikke (?:er |bliver )?(?:færdig|afsluttet|overstået)")
_CLAUSE_BREAK = re.compile(r"(?i)[,;:]|\s[–-]\s|\bbut\b|\bmen\b")
_RESTRICTED = re.compile(
    r"(?i)\bonly\b|necess|nece?s+[ae]r+y|nødvendig|(?:as|where|if|when) (?:needed|required)|"
    r"\b(?:efter|ved) behov\b|hvis (?:der er )?behov|om fornødent|special cases|"
    r"særlige tilfælde|\bno general|\bnot (?:in )?general|\b(?:ikke|ingen) generel|\bkun\b|limited|begrænset|absolut|"
    r"\bcan(?:not|'t) wait|ikke kan vente|\burgent|hastende|"
    r"\b(?:efter|ved) (?:forudgående )?(?:aftale|kontakt|samråd|godkendelse|tilladelse)\b|\bi samråd med\b|"
    r"\b(?:by|after|following|upon|subject to|with) (?:prior )?(?:agreement|arrangement|consultation|approval|"
    r"permission|consent)\b|\b(?:after|upon|following) contacting\b|\bby arrangement\b")
_EXCEPT = keywords(r"(?i)\bunless\b|\bexcept\b|medmindre|undtagen")
#: An instruction to use it: "… or use the fallback procedure", "Please use …", "benyt nødproceduren".
_IMPERATIVE = (r"(?:^|[,;:]|\b(?:please|or|and|then|venligst|eller|og|så))\s*(?:use|apply|invoke|benyt|anvend|brug)"
               rf"\s+(?:the\s+|your\s+)?(?:{FALLBACK_MENTION.any_case.pattern})")
#: An instruction to file by it: "ENS skal i perioden indgives efter nødproceduren", "Declarations must be
#: submitted using the fallback procedure", "skal sendes via beredskabsproceduren".
_FILE = (r"(?:be\s+(?:\w+\s+)?(?:submitted|filed|sent|lodged|handled|processed|declared|made|dispatched|released)|"
         r"submit|file|send|lodge|declare|handle|process|depart|leave|"
         r"(?:indgive|indsende|sende|afsende|afgive|angive|håndtere|behandle|foretage|registrere|ekspedere)s?|afgå)")
_BY = (r"(?:efter|via|ved|under|by|using|through|following|according to|in accordance with|i henhold til|"
       r"i overensstemmelse med)")
_FILED_BY = (rf"\b(?:{_MODAL}|(?:is|are) to)\s+(?:\w+\s+){{0,3}}?{_FILE}\s+(?:[\w()-]+\s+){{0,3}}?{_BY}\s+"
             rf"(?:the\s+|den\s+)?(?:{FALLBACK_MENTION.any_case.pattern})")
#: The same said in the present, with no modal: "Forsendelser sendes i perioden via nødproceduren", "Forsendelser afgår
#: efter nødproceduren", "Declarations are declared using the fallback procedure" (no negation between; see
#: :func:`_filed_now` for relative clauses, "declarations that are sent via the fallback procedure").
_NOT_WORD = r"(?!not\b|never\b|no\b|ikke\b|aldrig\b)"
_FILED_VERB = (r"\b(?:(?:indgive|indsende|sende|afsende|afgive|angive|håndtere|behandle|foretage|registrere|ekspedere)s|"
               r"afgår|(?:is|are)\s+(?:" + _NOT_WORD + r"\w+\s+)?(?:submitted|filed|sent|lodged|handled|processed|"
               r"declared|made|dispatched|released)|departs?)\s+")
_BY_FALLBACK = _BY + r"\s+(?:the\s+|den\s+)?(?:" + FALLBACK_MENTION.any_case.pattern + ")"
_FILED_NOW = keywords(_FILED_VERB + r"(?:" + _NOT_WORD + r"[\w()-]+\s+){0,3}?" + _BY_FALLBACK)
#: … and denied: "Forsendelser afgår ikke efter nødproceduren", "Declarations are not sent via the fallback procedure".
_NOT_FILED_NOW = keywords(r"\b(?:is|are)\s+(?:not|never)\s+(?:submitted|filed|sent|lodged|handled|processed|"
                          r"declared|made|dispatched|released)\s+(?:[\w()-]+\s+){0,3}?" + _BY_FALLBACK + "|"
                          + _FILED_VERB + r"(?:[\w()-]+\s+){0,2}?(?:not|never|ikke|aldrig)\s+(?:[\w()-]+\s+){0,2}?"
                          + _BY_FALLBACK)
_RELATIVE = re.compile(r"(?i)\b(?:that|which|who|der|som)\b")
_PERMITTED = keywords(rf"(?i)\b{_PERMISSION}\b|\b{_MODAL}\b(?:\s+\w+){{0,3}}?\s+{_USE}\b|{_IMPERATIVE}|{_FILED_BY}")
#: A negation inside a relative clause after the permission, about what it may be used for, not about the
#: procedure: "may only be used for movements that cannot wait", "må kun anvendes for forsendelser der ikke kan vente".
_QUALIFIER_NEGATION = re.compile(rf"(?i)\b(?:that|which|who|der|som)\s+(?:\w+\s+)?(?:{_NEGATION}|cannot|can't)\b")


#: A question about the procedure grants nothing: "Må jeg bruge nødproceduren?", "Each notice says whether the
#: fallback procedure may be used", "Det fremgår af meddelelsen, om nødproceduren må anvendes" ("om", then a modal).
_ASKED = keywords(rf"\?\s*$|\b(?:whether|hvorvidt|hvornår)\b|\bom\s+(?:\w+\s+){{0,3}}?{_MODAL}\b")
#: Nor does a rule waiting for a notice still to come, general guidance rather than a permission for now: "The
#: fallback procedure may only be used when the status page announces it", "whenever the status page announces that
#: the fallback procedure is allowed", "når Toldstyrelsen meddeler det her på siden", "when we inform you".
_ANNOUNCED_LATER = keywords(r"\b(?:when|whenever|once|as soon as|når|så snart)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:announc\w*|notif\w*|inform(?:s|ed)?|publish\w*|stat(?:es|ed)|says|meddel\w*|oplys\w*|annonc\w*|"
                            r"udmeld\w*|melde[rs])\b")
#: The procedure said to end ("The fallback procedure ends at 06:00", "Nødproceduren ophører kl. 10.30", "Brugen af
#: nødproceduren stopper"): withdrawn, unless the same clause still permits it ("må anvendes indtil kl. 06.00").
_ENDS = keywords(rf"(?:{FALLBACK_MENTION.any_case.pattern})\w*(?:\s+procedure)?\s+(?:will\s+|is\s+to\s+|vil\s+|skal\s+)?(?:(?:be|is|has been|er|bliver)\s+)?"
                 r"(?:ends?|ended|stops?|stopped|ceases?|ceased|terminat\w*|discontinu\w*|lifted|ophører|ophørt|"
                 r"ophæves|stopper|stoppes|stoppet|slutter|afsluttes|afsluttet|afbrydes)\b")


def _unconditioned(sentence: str) -> str:
    """``sentence`` without its conditions and qualifiers: "if DMS is not available" or "hvis DMS ikke
    svarer" (to the next comma, or to the procedure's name) says nothing about the procedure, and
    neither does a negation qualifying what a permission covers ("… may be used for movements that
    cannot wait")."""
    def cut(match: re.Match) -> str:
        mention = FALLBACK_MENTION.search(match.group(0))
        return ", " + (match.group(0)[mention.start():] if mention and mention.start() else "")
    return _RESTRICTED.sub(" ", _unqualified(_CONDITION.sub(cut, sentence)))


def _unqualified(sentence: str) -> str:
    """``sentence`` without the negated relative clauses after its permission: "The fallback procedure
    may only be used for movements that cannot wait" -> "… for movements wait" (not "The procedure that
    was announced cannot be used", whose negation comes first)."""
    granted = _PERMITTED.search(sentence)
    if granted is None:
        return sentence
    return sentence[:granted.end()] + _QUALIFIER_NEGATION.sub(" ", sentence[granted.end():])


def _permission(text: str) -> str | None:
    """"negated" or "granted" as ``text`` speaks of permission (any word order), or None."""
    if _NEGATED.search(text) or _filed_now(text, _NOT_FILED_NOW):
        return "negated"
    return "granted" if _PERMITTED.search(text) or _filed_now(text, _FILED_NOW) else None


def _filed_now(text: str, rule: Keywords) -> bool:
    """Whether ``text`` says in the present that things are filed or depart by the procedure ("Forsendelser afgår
    efter nødproceduren", "Angivelser sendes via nødproceduren"), not in a relative clause describing them
    ("Declarations that are sent via the fallback procedure must be re-entered", "angivelser, der sendes via …")."""
    match = rule.search(text)
    return match is not None and not _RELATIVE.search(_CLAUSE_BREAK.split(text[:match.start()])[-1])


@functools.lru_cache(maxsize=4096)
def fallback_statement(sentence: str) -> tuple[Fallback | None, bool]:
    """What one sentence says about the fallback procedure, and whether it revokes it.

    Read as words in any order (Danish puts the verb first: "I perioden må nødproceduren
    anvendes"), first in the clauses naming the procedure, then in the whole sentence, with
    conditions ("if DMS is not available") and negated qualifiers after the permission ("… for
    movements that cannot wait") left out: a negated permission or use ("not
    permitted", "må ikke benyttes", "no longer allowed", "prohibited") -> not-allowed, or
    restricted when an exception follows ("unless absolutely necessary"); otherwise a
    restriction anywhere ("only", "if absolutely necessary", "kun", "i nødvendigt omfang")
    -> restricted; a permission ("allowed", "tilladt"), a modal with a use verb ("may be
    used", "må … anvendes", "kan benyttes") or an instruction ("Please … or use the fallback
    procedure", "anvend nødproceduren", "skal indgives efter nødproceduren") -> allowed; with
    none of these, the procedure said to end ("Nødproceduren ophører kl. 10.30") -> not-allowed,
    revoking. A question, or a rule waiting for a notice ("when the status page announces it"),
    says nothing.
    """
    if not FALLBACK_MENTION.search(sentence) or _ASKED.search(sentence) or _ANNOUNCED_LATER.search(sentence):
        return None, False
    restricted = bool(_RESTRICTED.search(sentence))
    whole = _unconditioned(sentence)
    naming = " , ".join(c for c in _CLAUSE_BREAK.split(whole) if FALLBACK_MENTION.search(c))
    said = _permission(naming) or _permission(whole)
    if said is None and _ends(sentence):
        return Fallback.NOT_ALLOWED, True
    if said == "negated":
        if restricted and _EXCEPT.search(sentence):
            return Fallback.RESTRICTED, False
        return Fallback.NOT_ALLOWED, bool(_REVOKES.search(whole))
    if restricted or (said == "granted" and _on_condition(sentence)):
        return Fallback.RESTRICTED, False
    return (Fallback.ALLOWED, False) if said == "granted" else (None, False)


def _ends(sentence: str) -> bool:
    """Whether ``sentence`` says the procedure ends, with no permission in it ("The fallback procedure ends at
    06:00", "Nødproceduren ophører kl. 10.30"; not "Nødproceduren må anvendes, indtil servicevinduet slutter")."""
    whole = _unconditioned(sentence)
    return bool(_ENDS.search(whole)) and _permission(whole) is None


def _on_condition(sentence: str) -> bool:
    """Whether a permission waits for a threshold or for the window to run over: "If DMS is unavailable for
    more than 2 hours, the emergency procedure may be used", "If the window is extended, …", "Hvis
    servicevinduet forlænges …" (not "if DMS is not available", true all through a window)."""
    return any(_THRESHOLD.search(match.group(0)) and not FALLBACK_MENTION.search(match.group(0))
               for match in _IF.finditer(sentence))


def _version_tops(lines: list[BodyLine]) -> list[int]:
    """The first line of the version (the announcement, or one update) each line belongs to: a version
    runs on while the lines keep the same update (an update's stamp names its header line)."""
    tops: list[int] = []
    for i, line in enumerate(lines):
        same = (i and lines[i - 1].number == line.number - 1 and lines[i - 1].stamped == line.stamped
                and lines[i - 1].stamp == line.stamp)
        tops.append(tops[-1] if same else line.number)
    return tops


def fallback_of(lines: list[BodyLine], published: dt.datetime) -> tuple[Fallback | None, tuple[str, ...]]:
    """The latest fallback statement's verdict, and a warning when earlier ones differ: the newest update's, and
    within one version the last in reading order (an update stacked on top without a rule line runs on over the
    announcement below it, so a paragraph of an update counts as its own version, newest on top)."""
    found: list[tuple[tuple, Fallback]] = []
    endings: list[tuple[tuple, tuple]] = []
    granting: set[tuple] = set()
    for line, top in zip(lines, _version_tops(lines)):
        # the announcement is one version; an update, one paragraph of it (the announcement may run on below it)
        version = (line.written(published), top if line.stamped else 0)
        for number, sentence in enumerate(sentences(line.text)):
            verdict, revokes = fallback_statement(sentence)
            if verdict is None:
                continue
            key = (line.written(published), int(revokes), -top, line.number, number)
            if verdict is Fallback.NOT_ALLOWED and _ends(sentence):
                endings.append((version, key))
            else:
                granting |= {version} if verdict is not Fallback.NOT_ALLOWED else set()
                found.append((key, verdict))
    # an end said beside a permission of the same version only bounds it ("må anvendes. … ophører kl. 22")
    found += [(key, Fallback.NOT_ALLOWED) for version, key in endings if version not in granting]
    if not found:
        return None, ()
    latest = max(found, key=lambda item: item[0])[1]
    earlier = {verdict for _, verdict in found} - {latest}
    warn = (f"fallback: {len(found)} statements, the latest says {latest.value}",) if earlier else ()
    return latest, warn


# --- status -------------------------------------------------------------------------------

_COMPLETED = "|".join(sorted(lx.COMPLETION_WORDS, key=lambda word: (-len(word), word)))   # the lexicon's words
_DONE_LINE = keywords(rf"(?i)^(?:[\w/]+-serv\w+\s+)?(?:closed|{_COMPLETED})(?!\w)(.*)$")
_DONE_WORD = rf"(?:{_COMPLETED})\b"
#: Back again at a time still to come: "er tilgængelig igen senest kl. 06", "is available again no later than 08:00",
#: "available again by 6 am", "is available again at 22", "er tilgængelig igen fra mandag" (announced, not reported).
_NOT_TO_COME = (r"(?!\s*(?:(?:at|on|from|by|after|before|in|tomorrow|tonight|no later than|not later than|at the latest|"
                r"kl|fra|på|om|efter|ved|inden|før|senest|i morgen|i aften)\b|"
                r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:man|tirs|ons|tors|fre|lør|søn)dag|\d))")
_DONE_LAST = keywords(rf"(?i)^(.*?)\b(?:{_COMPLETED})\W*$")     # "21:12 Done.", "Kl. 21.12 udført."
#: A cause found and fixed in one breath: "The cause has been found and corrected", "Fejlen er fundet og rettet".
_FOUND_AND = (r"(?:(?:found|identified|located|localised|localized|fundet|identificeret|lokaliseret)\s+"
              r"(?:and|og)\s+(?:now\s+|nu\s+)?)?")
_DONE = keywords(
    rf"(?i)\b(?:has been|have been|was|were|blev|er blevet)\s+(?:now\s+|hereby\s+|nu\s+)?{_FOUND_AND}{_DONE_WORD}"
    r"(?!\s+(?:within|later|tomorrow|senest|inden)\b)|"
    rf"\b(?:is|are|should (?:now )?be|er|er nu|(?:skulle|burde|bør)\s+(?:nu\s+)?være)\s+(?:now\s+|hereby\s+)?{_FOUND_AND}{_DONE_WORD}"
    r"(?!\s+(?:at|on|between|from|kl|by|within|later|tomorrow|in|senest|inden|first|firstly|last|before|"
    r"først|før|sidst|til sidst)\b)|"                # an order of work, not a report: "is done first", "er færdig først"
    r"\b(?:is|are|er)\s+(?:now\s+|nu\s+)?(?:available|working|accessible|online|up|tilgængelig\w*|oppe)\s+(?:again|igen)\b"
    rf"{_NOT_TO_COME}|"
    rf"{OPEN_AGAIN}|"

    r"\b(?:works|virker|fungerer)\s+(?:now\s+|nu\s+)?(?:again|igen)\b|"
    r"\b(?:has|have) (?:now )?(?:ended|finished)\b|\bis (?:now )?over\b|\ber (?:nu )?(?:overstået|slut)\b|"
    r"\bhas stabili[sz]ed|\b(?:has|have) been stable since\b|\bhar (?:nu )?været stabil\w* siden\b|"
    r"\b(?:is|are) (?:now )?stable again\b|\ber (?:nu )?stabil\w* igen\b|back to normal|\bin normal (?:operation|drift)|\bi normal drift|igen normal drift|"
    r"normal drift igen|"
    r"\bnormal (?:operations?|opreations?|flow|drift)\b[^.]*\b(?:restored|resumed|reported|genoprettet)|"
    r"\b(?:back )?up and running\b|kører (?:igen|normalt)|"
    r"^\W*back online\b|\b(?:is|are|er)\s+(?:now\s+|nu\s+)?back online\b|"
    r"^\W*(?:we are|vi er) (?:back|tilbage)(?:\s+(?:kl\.?\s*|at\s+)?\d{1,2}[.:]?\d{2})?\W*$|"
    r"\bonce again possible|\bpossible\b[^.]*\bagain\b|"
    r"\bcan again\b|igen muligt|\boperation has (?:been )?resumed|"
    r"\b(?:unavailability|outage|disruption|incident|issue|problem)s? (?:has|have) passed|"
    r"\b(?:solutions?|corrections?|fix(?:es)?|hotfix(?:es)?|patch(?:es)?|rettelse\w*|løsning\w*)\b[^.]{0,40}"
    r"\b(?:was|has been|is now|is|er(?: nu)?(?: blevet)?|blev)\s+"
    r"(?:implemented|deployed|installed|applied|rolled out|implementeret|idriftsat|installeret|udrullet)\b|"
    r"\b(?:processed|handled|running|working|behandle[st]|kører|fungerer|virker)\s+(?:now\s+|nu\s+)?"
    r"(?:normal(?:ly|t)\s+(?:again|igen)|(?:again|igen)\s+normal(?:ly|t))\b|"
    r"\bmarked as (?:resolved|solved|done|completed|closed)|"
    r"\b(?:we|vi)\s+(?:have|har)\s+(?:now\s+|nu\s+)?(?:found and\s+|fundet og\s+)?"
    r"(?:fixed|corrected|solved|resolved|repaired|rettet|løst|udbedret)\s+(?:the\s+)?"
    r"(?:errors?|problems?|issues?|faults?|fejlen|fejlene|problemet|problemerne)\b|"
    r"\b(?:gave|caused|gav|forårsagede|medførte)\b[^.]*"
    r"\b(?:issues|problems|delays|errors|problemer|fejl|forsinkelser|udfordringer)\b[^.]*\b(?:until|indtil)\b")
#: Back to normal since a moment: "The system has worked normally since", "has been running normally since 19:30",
#: "Systemet har fungeret normalt siden kl. 19.30", "har kørt normalt siden" (not "has worked normally until 17:10").
#: It closes a disruption or a window; a note about no window at all (kind info) stays scheduled.
_NORMAL_SINCE = keywords(
    r"\b(?:has|have|har)\s+(?:now\s+|nu\s+)?(?:been\s+|været\s+)?(?:worked|working|run|running|operated|operating|"
    r"functioned|functioning|fungeret|kørt|virket)\s+(?:normally|as normal|as usual|normalt|som normalt|som vanligt)"
    r"\s+(?:again\s+|igen\s+)?(?:ever\s+)?(?:since|siden)\b")
_HYPOTHETICAL = keywords(r"(?i)\b(?:until|expect\w*|when|once|if|before|indtil|forvent\w*|når|hvis)\b")
_STILL_THERE = (r"\bstill\b|\bremains?\b|\bongoing\b|temporar|under investigation|being investigated|\bnot yet\b|"
                r"\bstadig\b|\bfortsat\b|midlertidig|undersøges|"
                r"\b(?:down|ned|nede|unavailable|utilgængelig)\s+(?:again|igen)\b")     # "Down again", "Lukket ned igen"
_REMAINS = keywords(rf"(?i){_STILL_THERE}|unfortunately|desværre")
#: The same without regret: "Unfortunately the service window will not take place" calls it off all the same.
_WINDOW_REMAINS = keywords(_STILL_THERE)
_MONITORING = keywords(r"\bmonitor\w*|overvåg\w*|holder øje")     # "a fix is deployed, we are monitoring": not yet done
_DUPLICATE = keywords(r"(?i)duplicate|copy of|dublet|kopi af")
#: Called off: "cancelled", "aflyst", "annulleret", "called off", "dropped" and, said of the window (not of a system
#: taken out of it, "EMCS udgår af servicevinduet", which is partly cancelled), "Servicevinduet udgår" / "bortfalder".
_CANCEL = keywords(r"(?i)\bcancel\w*|\baflys\w*|\bannul+er\w*|called off|"
                   r"\b(?:is|are|has been|have been|was|were)\s+(?:now\s+)?dropped\b(?!\s+(?:from|of)\b)|"
                   r"\b(?:udgår|bortfalder)\b(?!\s+(?:af|fra|for)\b)")
_WINDOW_WORD = keywords(r"(?i)w[ií]nd(?:ow|ue)|vindue|maintenance|vedligehold|nedetid|unavailab|utilgængelig|update|"
                          r"opdatering|release|planned|planlagt|announce|annonce|intervention|indgreb|downtime|"
                          r"deployment|udrulning|upgrade|opgradering|\bthe\s+closing\b|\bclosing of\b|closure|"
                          r"shut\s*-?\s*down|\b(?:ned)?lukning")
_POSTPONE = keywords(r"(?i)\bpostpone\w*|\budskudt\b|\budsat\b|\budskyde\w*")
#: A window that will not happen: "The planned unavailability will not take place", "will not go ahead",
#: "Servicevinduet finder ikke sted", "Derfor finder servicevinduet ikke sted", "gennemføres alligevel ikke",
#: "vil ikke blive gennemført".
_NOT_HAPPENING = keywords(
    r"(?i)\b(?:will|shall|does|is|are)\s+not\s+(?:be\s+)?(?:take place|taking place|go ahead|going ahead|"
    r"carried out|performed)\b|\bwon't\s+(?:take place|go ahead|be carried out|be performed)\b|"
    r"\bfinder\s+(?:\w+\s+)?ikke\s+sted\b|\b(?:gennemføres|afvikles|udføres)\s+(?:\w+\s+)?ikke\b|"
    r"\b(?:vil|bliver|skal)\s+(?:alligevel\s+)?ikke\s+(?:blive\s+)?(?:finde sted|gennemført|gennemføres|afviklet|"
    r"afvikles|udført|udføres)\b")
#: A cancellation undone: "The service window will take place after all, as originally announced", "goes ahead as
#: planned", "Servicevinduet gennemføres alligevel", "bliver alligevel gennemført", "finder sted som planlagt".
_AFTER_ALL = r"[^.]{0,40}?(?:\bafter all\b|\bas (?:originally )?(?:planned|announced|scheduled)\b)"
_REINSTATED = keywords(
    rf"\b(?:will|shall)\s+(?:still\s+|now\s+)?(?:take place|go ahead|be (?:carried out|performed)|proceed)\b"
    rf"{_AFTER_ALL}|"
    rf"\b(?:takes place|goes ahead|proceeds|is (?:still )?carried out)\b{_AFTER_ALL}|\b(?:is|has been) reinstated\b|"
    r"\b(?:gennemføres|afvikles|udføres)\s+(?:nu\s+)?alligevel\b(?!\s+ikke)|"
    r"\b(?:bliver|vil|skal)\s+(?:nu\s+)?alligevel\s+(?:blive\s+)?(?:gennemført|afviklet|udført)|"
    r"\bfinder\s+(?:nu\s+)?alligevel\s+sted\b|"
    r"\b(?:gennemføres|afvikles|udføres|finder sted)\s+som\s+(?:oprindeligt\s+)?(?:planlagt|varslet|annonceret)")
#: A completion resting on a deployment ("A fix has been deployed", "Rettelsen er idriftsat") is no completion when
#: the same update says it is being watched ("We are monitoring", "Vi overvåger situationen").
_DEPLOYED = keywords(r"\b(?:deployed|implemented|installed|applied|rolled out|implementeret|idriftsat|installeret|"
                     r"udrullet)\b")
#: "… will not take place on Saturday, but on Sunday May 17": moved, not called off.
_INSTEAD = keywords(r"(?i)\bbut\b|\binstead\b|\bmen\b|i stedet|derimod")


#: Done the way it was announced: "Done as planned.", "Udført som planlagt.", "Afsluttet som varslet", "Completed on
#: schedule" (read as the bare closing word; "goes ahead as planned" is no closing word and stays a reinstatement).
_AS_PLANNED = keywords(r"(?i),?\s*\b(?:as (?:planned|scheduled|expected|announced)|according to (?:the )?plan|"
                       r"on schedule|som (?:planlagt|forventet|varslet|annonceret|meldt)|efter planen|planmæssigt)\b")


def _done_line(sentence: str) -> bool:
    """"Done.", "Completed at 14:30", "Udført kl. 07.10", "21:12 Done.", "Udført som planlagt.": a closing word and
    at most a time of day."""
    text = _AS_PLANNED.any_case.sub("", sentence).strip()
    match = _DONE_LINE.match(text)
    if match is not None:
        doc = read(text[match.start(1):])
    else:                                           # the time first: "21:12 Done.", "Kl. 21.12 udført."
        match = _DONE_LAST.match(text) if len(text) <= 40 else None
        doc = read(text[:match.end(1)]) if match is not None else None
        if doc is None or not any(not mention.dates for mention in doc.mentions):
            return False
    timed = {i for mention in doc.mentions if not mention.dates for i in range(mention.first, mention.last)}
    return all(i in timed or token.kind is TokenKind.PUNCT or role_of(token.word, Role.AT)
               for i, token in enumerate(doc.tokens))


@functools.lru_cache(maxsize=4096)
def _closing(sentence: str, normal_since: bool = True) -> Status | None:
    """The status one sentence closes the message with, if any (cached, like the other
    per-sentence readings: the page repeats its sentences); ``normal_since``: whether "running normally since"
    closes it (not for a status note about no window, kind info)."""
    if _DUPLICATE.search(sentence) or sentence.rstrip().endswith("?"):     # a question closes nothing: "Done?"
        return None
    cancel = _CANCEL.search(sentence) or _POSTPONE.search(sentence) or _NOT_HAPPENING.search(sentence)
    if cancel and (len(sentence.split()) <= 3 or _WINDOW_WORD.search(sentence)):      # said of the window
        if _HYPOTHETICAL.search(sentence[:cancel.start()]) or _WINDOW_REMAINS.search(sentence) or re.search(
                r"(?i)\bnot\b[^.]{0,20}(?:cancel|postpone)|ikke\b[^.]{0,20}(?:aflys|udsk)", sentence):
            return None
        after = sentence[cancel.end():]
        moved = _POSTPONE.search(sentence) or (_NOT_HAPPENING.search(sentence) and _INSTEAD.search(after))
        if moved and _states_where_to(after):
            return None  # moved to a new date or time, or by a duration: the windows move, the message stays scheduled
        return Status.CANCELLED
    if _done_line(sentence):
        return Status.COMPLETED
    match = _DONE.search(sentence) or (_NORMAL_SINCE.search(sentence) if normal_since else None)
    if match and not _REMAINS.search(sentence) and not _MONITORING.search(sentence) \
            and not _HYPOTHETICAL.search(sentence[:match.start()]):
        return Status.COMPLETED
    return Status.SCHEDULED if _REINSTATED.search(sentence) else None


#: A move by weeks, which the durations do not read: "postponed by a week", "udskudt en uge", "udsat 2 uger".
_BY_WEEKS = keywords(r"^\W*(?:(?:by|with|med|til)\s+)?(?:a|one|two|\d+|en|et|to)\s+(?:weeks?|uger?)\b")


@functools.lru_cache(maxsize=4096)
def _states_where_to(after: str) -> bool:
    """Whether the words after "postponed" / "udskudt" (or after "will not take place … but") say where the
    window goes: a day ("to Sunday May 17"), a time ("til kl. 20.00") or, right after the word, a duration
    ("by 2 hours", "2 timer", "med en time", "by a week"); not "until further notice", "på ubestemt tid", "to a
    later date" or nothing at all, which call it off."""
    if _names_a_date(after) or _BY_WEEKS.search(after):
        return True
    doc = read(after)
    if any(point is not None and point.time is not None for mention in doc.mentions
           for point in (mention.start, mention.end)):
        return True
    tokens = doc.tokens
    return any(tokens[i].kind in (TokenKind.WORD, TokenKind.NUMBER) and duration_at(tokens, i) is not None
               for i in range(min(len(tokens), 3)))


def _only_deployed(sentence: str) -> bool:
    """Whether a completion rests on a deployment alone ("A fix has been deployed", not "Solved, a patch deployed")."""
    return bool(_DEPLOYED.search(sentence)) and _closing(_DEPLOYED.any_case.sub(" ", sentence)) is None


def status_of(lines: list[BodyLine], published: dt.datetime,
              systems: tuple[str, ...] = (), kind: Kind | None = None) -> tuple[Status, tuple[str, ...]]:
    """The status the latest closing statement gives, and any warning; ``systems`` are those the message
    speaks of (one system's part called off leaves the others: partly cancelled). A cancellation undone
    ("will take place after all") is a closing statement too, weaker than any other of its update. Of an
    information note (``kind`` info), "running normally since" closes nothing: there is no window to close."""
    closings: list[tuple[tuple, Status, str]] = []
    reopenings: list[tuple] = []
    for line in lines:
        for sentence in sentences(line.text):
            status = Status.PARTLY_CANCELLED if cancelled_systems_in([sentence], systems) else _closing(sentence, kind is not Kind.INFO)
            if status is not None:
                closings.append((_order(line, published, int(status is not Status.SCHEDULED)), status, sentence))
            elif line.stamped and line.at is not None and _REMAINS.search(sentence):
                reopenings.append(_order(line, published))
    if not closings:
        return Status.SCHEDULED, ()
    key, status, sentence = max(closings, key=lambda item: item[0])
    if any(reopened[0] > key[0] for reopened in reopenings):
        return Status.SCHEDULED, (f"status: a later update reopens {status.value!r} ({sentence.strip()[:60]})",)
    if status is Status.COMPLETED and any(line.written(published) == key[0] and still_open(line.text)
                                          for line in lines):
        return Status.SCHEDULED, (f"status: partly done, the same update says work goes on ({sentence.strip()[:60]})",)
    if status is Status.COMPLETED and _only_deployed(sentence) \
            and any(line.written(published) == key[0] and _MONITORING.search(line.text) for line in lines):
        return Status.SCHEDULED, (f"status: a fix deployed and monitored is not yet done ({sentence.strip()[:60]})",)
    warn = ()
    if _POSTPONE.search(sentence) and status is Status.CANCELLED:
        warn = ("status: postponed with no new date -> cancelled",)
    return status, warn


# --- putting it together ------------------------------------------------------------------

def classify(message: Message) -> Extraction:
    """Kind, environment, references, status, fallback and impacts of ``message``: its
    ``Extraction`` without the windows and the completion time (``windows`` reads those)."""
    lines = update_lines(message)
    texts = [line.text for line in lines]
    systems = message.systems or systems_of(message.categories)
    if all(slug == "other" for slug in systems):
        systems += tuple(s for s in systems_meant(message.title) if s not in systems)
    kind = kind_from_title(message.title)
    if kind is None and _WEAK_INCIDENT_TITLE.search(message.title):
        body = readable_body(message.body)
        published = message.published.astimezone(COPENHAGEN)
        kind = Kind.PLANNED if _announced_ahead(body, published) and not _fix_later_today(body, published) \
            else Kind.INCIDENT
    elif kind is None and _INCIDENT_TITLE.search(_AVOIDED.any_case.sub(" ", message.title)):
        body = readable_body(message.body)          # soft trouble ("ikke muligt", "ustabil"): announced ahead or now
        kind = Kind.PLANNED if _announced_ahead(body, message.published.astimezone(COPENHAGEN)) \
            and not _STILL_GOING.search(body) else Kind.INCIDENT
    if kind is None:
        kind = kind_from_body(readable_body(message.body), message.published.astimezone(COPENHAGEN))
        kind_warn: tuple[str, ...] = (f"kind: the title does not say, the body reads as {kind.value}",)
    else:
        kind_warn = ()
    if kind is Kind.INCIDENT and _explained_as_planned(lines):
        kind, kind_warn = Kind.PLANNED, ("kind: the disruption is explained as a planned window",)
    env, env_warn = env_of(message, kind, lines)
    spoken_of = systems + tuple(slug for slug in systems_named("\n".join(texts)) if slug not in systems)
    status, status_warn = status_of(lines, message.published, spoken_of, kind)
    cancelled = cancelled_systems_in(texts, spoken_of) if status is Status.PARTLY_CANCELLED else ()
    fallback, fallback_warn = fallback_of(lines, message.published)
    impacts = impacts_of(systems, texts, kind, message.title, cancelled)
    return Extraction(
        kind=kind,
        env=env,
        status=status,
        refs=references(readable_body(message.body)),
        fallback=fallback,
        impacts=impacts,
        cancelled_systems=cancelled,
        warnings=kind_warn + env_warn + status_warn + fallback_warn,
    )
