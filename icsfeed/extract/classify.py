"""What kind of message this is: kind, environment, references, status, fallback, impacts.

Pure functions of a :class:`~icsfeed.model.Message` (no clock, no I/O); the rules follow
``shared/spec/extraction.md`` and read English and Danish alike.

**Updates.** The body is read as lines. A line that opens an update — ``Update 17:25 -``,
``Opdatering 07.10``, ``Update 24-06-2025 kl.16.02``, ``Status Tuesday, August 5th at 14:30``,
``17:25:`` or a bare stamp line such as ``Sunday August 23, 2025, 0022`` — stamps itself and
the lines after it with its time; lines before any stamp are the original announcement.
A time with no date is the last such time at or before the message's last-updated stamp (an
update "07.10" on a message updated the next morning is that morning). The site puts the
newest update on top but sometimes appends at the bottom, so "latest" means: the latest
stamp; among equals a revocation ("no longer allowed") or a closing statement ("solved",
"Done") wins, being later by nature; then the line nearer the top.

- **kind** — the title decides when it speaks: service window / planned / scheduled
  unavailability / certificate renewal -> planned; issues, difficulties, errors, delays,
  instability, login trouble, unavailability -> incident (but "Extended response times
  <date>" announces a planned degraded period); phone, opening hours, "Information" ->
  info. Otherwise the body: a service window, announced downtime or a present-tense closure
  of a day still to come ("Manifest er lukket hele dagen lørdag den 6. april") -> planned;
  an ongoing disruption (currently experiencing, under investigation, working on a
  solution, declarations rejected) -> incident; a note that systems run normally again, a
  business rule ("declarations not meeting the rule will be rejected"), or no disruption
  at all -> info.
- **env** — the title's markers win (``TFE/TEST-servicewindow`` over production categories,
  ``TFE/PRD`` -> both), then those of the body's first line, which often repeats the title
  (so "Preparation for PRD-servicewindow …" further down a TFE notice does not count);
  otherwise the ``TFE (testsystems)`` category or a test/conformance
  mention in the body, and production categories or a production mention; both -> PRD+TFE;
  neither -> PRD for anything that touches a system, null for a message about no
  system and no unavailability (phone hours).
- **refs** — every ``WO…``/``INC…`` number in the body, in order, once each.
- **status** — the latest closing statement decides: Done / completed / solved / resolved /
  fixed / corrected / back to normal / restored / normalised / "available again" /
  "processed normally again" / a fix "has been deployed" / Udført / afsluttet / løst /
  rettet / udbedret / "kører igen" / "fungerer igen" -> completed (unless the same
  sentence says the trouble remains or is only temporarily solved, or speaks of the
  future: "until solved", "expected to be fixed", "is completed at <date>"; a message
  closed only as a duplicate keeps its status); "Cancelled" / aflyst, or "Postponed" / udskudt
  with no new date, said of the window (or standing alone) -> cancelled; systems "cancelled
  from" / "taken out of" the window -> partly-cancelled. A later stamped update saying the
  problem is still there reopens the message.
- **fallback** — the latest sentence naming the fallback / emergency procedure
  (nødprocedure, beredskabsprocedure), read as words in any order: a negated permission or
  use ("not permitted", "no longer allowed", "prohibited", "må ikke benyttes", "forbudt")
  -> not-allowed; a restriction ("only", "if absolutely necessary", "as necessary", "in
  special cases", "kun", "i nødvendigt omfang") -> restricted; a permission ("allowed",
  "tilladt") or a modal with a use verb ("may be used", "I perioden må nødproceduren
  anvendes", "kan benyttes") -> allowed. See :func:`fallback_statement`.
- **impacts** — see :mod:`icsfeed.extract.impact`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import COPENHAGEN, Env, Fallback, Impact, Kind, Message, Status
from ..systems import is_test_environment_label, systems_of
from .impact import FALLBACK_MENTION, cancelled_systems_in, impacts_of, sentences, systems_meant


@dataclass(frozen=True)
class Facts:
    """Everything about a message except its time windows."""

    kind: Kind
    env: Env | None
    status: Status
    refs: tuple[str, ...] = ()
    fallback: Fallback | None = None
    impacts: dict[str, Impact] = field(default_factory=dict)
    cancelled_systems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """One body line with the update it belongs to (``at`` None: the original announcement)."""

    text: str
    index: int
    at: dt.datetime | None
    stamped: bool = False


# --- dates and update stamps -------------------------------------------------------------

MONTHS: dict[str, int] = {name: number for number, names in enumerate((
    "january januar jan", "february februar feb", "march marts marc mar", "april apr", "may maj",
    "june juni jun", "july juli jul", "august aug", "september sept sep", "october oktober okt oct",
    "november nov", "december dec"), start=1) for name in names.split()}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = (r"(?:monday|tuesday|thuesday|wednesday|thursday|friday|saturday|sunday|"
            r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)")
_ORD = r"(?:st|nd|rd|th|\.)?"
_NUMERIC_DATE = re.compile(r"\b(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-./](\d{1,2})[-./](\d{4}))\b")
_DAY_MONTH = re.compile(rf"(?i)\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})\b\.?")
_MONTH_DAY = re.compile(rf"(?i)\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD}(?!\d)")
_CLOCK = re.compile(r"(?i)(?<!\d)(?<!\d[.:])(\d{1,2})[:.](\d{2})(?![\d])(?:\s*([ap])\.?m\.?)?")
_UPDATE_WORD = re.compile(
    rf"(?i)^\s*(?:{_WEEKDAY}\s+)?(?:update[sd]?|opdatering|opdateret|edit)(?=\s*(?:[:,\-–]|at\b|kl\b|d\.|den\b|\d|$))")
_STATUS_WORD = re.compile(rf"(?i)^\s*status\b(?=[^\n]{{0,40}}(?:\d{{1,2}}[:.]\d{{2}}|{_WEEKDAY}))")
_BARE_CLOCK = re.compile(r"^\s*(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})\s*(?:[:\-–]\s*(?!\d)|$)")
_BARE_STAMP = re.compile(
    rf"(?i)^\s*(?:[\w/]+-serv\w+\s+)?{_WEEKDAY},?\s+(?:the\s+)?"
    rf"(?:\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}{_ORD}|\d{{1,2}}[-./]\d{{1,2}}(?:[-./]\d{{4}})?)"
    rf",?\s*(?:\d{{4}})?\.?,?\s*(?:(?:at|kl\.?)\s*)?(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?|\d{{4}})?\.?\s*$")
_WINDOW_LINE = re.compile(
    rf"(?i)(?:{_WEEKDAY}|{_MONTH}).*\b\d{{1,2}}[:.]?\d{{2}}\s*(?:[-–]|until|till|to)\s*(?:{_WEEKDAY}|\d)")
_SEPARATOR = re.compile(r"^\s*[-–_=*]{5,}\s*$")
_STAMP_TOLERANCE = dt.timedelta(minutes=20)


def _stamp_date(head: str, updated: dt.datetime) -> tuple[dt.date | None, str]:
    """The date a stamp names (year from ``updated`` when missing), and the head without it."""
    match = _NUMERIC_DATE.search(head)
    if match:
        y, m, d = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
            match.group(6), match.group(5), match.group(4))
        try:
            return dt.date(int(y), int(m), int(d)), head[:match.start()] + " " + head[match.end():]
        except ValueError:
            return None, head
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        match = pattern.search(head)
        if match:
            day, month = int(match.group(day_group)), MONTHS[match.group(month_group).lower()]
            year_match = re.match(r"\s*,?\s*(\d{4})\b", head[match.end():])
            year = int(year_match.group(1)) if year_match else updated.year
            if not year_match and (month, day) > (updated.month, updated.day + 1):
                year -= 1  # "Update 30th Dec" on a message updated in January
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return None, head
            end = match.end() + (year_match.end() if year_match else 0)
            return date, head[:match.start()] + " " + head[end:]
    return None, head


def _stamp_time(head: str, bare: bool) -> dt.time | None:
    match = _CLOCK.search(head)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if match.group(3):
            hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
    elif bare and (match := re.search(r"(?<!\d)(\d{2})(\d{2})\s*\.?\s*$", head)):
        hour, minute = int(match.group(1)), int(match.group(2))
    else:
        return None
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def resolve_stamp(head: str, updated: dt.datetime, bare: bool = False) -> dt.datetime | None:
    """The local time an update stamp's head names (``updated`` in local time), or None."""
    date, rest = _stamp_date(head, updated)
    clock = _stamp_time(rest, bare)
    if date is None and clock is None:
        return None
    if date is not None:
        return dt.datetime.combine(date, clock or dt.time(0), COPENHAGEN)
    for days_back in range(0, 3):
        candidate = dt.datetime.combine(updated.date() - dt.timedelta(days=days_back), clock, COPENHAGEN)
        if candidate <= updated + _STAMP_TOLERANCE:
            return candidate
    return None


_STAMP_HEAD_TOKEN = re.compile(
    rf"(?i)^(?:[\s:,\-–.]+|at\b|kl\.?|the(?=\s+\d)|{_WEEKDAY}\b|{_NUMERIC_DATE.pattern}|"
    rf"\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\b|(?:{_MONTH})\.?\s+\d{{1,2}}{_ORD}(?!\d)|\d{{4}}\b|"
    rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\b\.?)?)")


def _strip_stamp_head(text: str) -> str:
    """``" 24-06-2025 kl.16.02: The problem…"`` -> ``"The problem…"``."""
    while (match := _STAMP_HEAD_TOKEN.match(text)) and match.end():
        text = text[match.end():]
    return text.strip()


def read_stamp(text: str, published: dt.datetime, updated: dt.datetime) -> tuple[str | None, dt.datetime | None, str]:
    """How ``text`` opens an update ("word", "bare" or None), the time it names, and the text after it.

    A stamp naming a time before publication or after the last update is a typo: the line
    still opens an update, of unknown time.
    """
    def plausible(at: dt.datetime | None) -> dt.datetime | None:
        if at is None or not published - dt.timedelta(days=1) <= at <= updated + _STAMP_TOLERANCE:
            return None
        return at

    match = _UPDATE_WORD.match(text) or _STATUS_WORD.match(text)
    if match:
        at = plausible(resolve_stamp(text[match.end():match.end() + 45], updated))
        return "word", at, _strip_stamp_head(text[match.end():])
    match = _BARE_CLOCK.match(text)
    if match:
        return "word", plausible(resolve_stamp(match.group(0), updated)), text[match.end():].strip()
    if _BARE_STAMP.match(text):
        at = plausible(resolve_stamp(re.sub(r"(?i)^\s*[\w/]+-serv\w+\s+", "", text), updated, bare=True))
        if at is not None:
            return "bare", at, ""
    return None, None, text


def body_lines(message: Message) -> list[Line]:
    """The non-empty body lines, each with the update stamp it falls under."""
    published, updated = message.published.astimezone(COPENHAGEN), message.updated.astimezone(COPENHAGEN)
    lines: list[Line] = []
    at: dt.datetime | None = None
    opened_by: str | None = None
    for index, raw in enumerate(message.body.splitlines()):
        text = raw.strip()
        if not text:
            continue
        if _SEPARATOR.match(text) or (opened_by == "bare" and _WINDOW_LINE.search(text)):
            at, opened_by = None, None
            if _SEPARATOR.match(text):
                continue
        opens, when, rest = read_stamp(text, published, updated)
        if opens:
            at, opened_by, text = when, opens, rest
        if text:
            lines.append(Line(text, index, at, opened_by is not None))
    return lines


def _order(line: Line, published: dt.datetime, priority: int = 0) -> tuple:
    """Sort key for "latest": stamp time (an update is later than the announcement), priority, nearness to the top."""
    when = max(line.at or published, published + dt.timedelta(microseconds=1)) if line.stamped else published
    return (when, priority, -line.index)


# --- references --------------------------------------------------------------------------

_REF = re.compile(r"\b(WO|INC)[ #:]?(\d{6,})\b")


def references(body: str) -> tuple[str, ...]:
    """Every WO/INC number in ``body``, in order, once each."""
    refs: list[str] = []
    for prefix, digits in _REF.findall(body):
        ref = prefix + digits
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


# --- kind ---------------------------------------------------------------------------------

_PLANNED = re.compile(
    r"(?i)serv\w*\s*-?\s*w[ií]nd(?:ow|ue)|service\s*-?\s*vindue|servicevindue|maintenance|\bplanned\b|"
    r"planlagt|(?<!un)scheduled\s+(?:unavailab|downtime|maintenance)|certificate renewal|"
    r"certifikatfornyelse|fornyelse af certifikat|lukkevindue|vedligehold|\bservice on\b|due to (?:an? )?(?:service|update|maintenance)")
_INCIDENT_TITLE = re.compile(
    r"(?i)issue|difficult|problem|instab|unstab|ustabil|error|fejl|fail|reject|declin|delay|forsink|"
    r"\bslow|langsom|incident|disruption|outage|nedbrud|driftsforstyrr|log\s*-?\s*in|logging|not possible|"
    r"ikke muligt|back to normal|resolved|løst|challenge|udfordring|crash|afvis|\bdown\b|ude af drift|"
    r"(?:virker|fungerer) ikke|not working|does not work|unable|kan ikke")
_WEAK_INCIDENT_TITLE = re.compile(
    r"(?i)unavailab|utilgængelig|nedetid|driftsstop|respons\w*\s*times?|responsetime|svartid")
_AFTER_WINDOW = re.compile(r"(?i)\b(?:after|following|efter)\b[^.]*\bserv")
_NOT_IT_TITLE = re.compile(r"(?i)\b(?:tele)?phone|opening hours|åbningstid|telefon")
_INFO_TITLE = re.compile(r"(?i)\binformation\b|\borientering\b")
_DATED = re.compile(rf"(?i)\b{_WEEKDAY}\b|\b\d{{1,2}}[-./]\d{{1,2}}\b|\b(?:{_MONTH})\s+\d{{1,2}}\b|\b\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MONTH})\b")
_BODY_PLANNED = re.compile(
    r"(?i)\bdowntime\b|will (?:be (?:unavailable|closed|down|shut down|offline)|not be available)|"
    r"vil (?:være (?:utilgængelig|lukket|nede)|ikke være tilgængelig|blive lukket)|\blukkes\b|"
    r"(?<!un)scheduled unavailab|\bannounced\b[^.]{0,30}\b(?:window|downtime|unavailab|maintenance)|"
    r"annonceret\b[^.]{0,30}(?:vindue|nedetid)")
_ONGOING_TROUBLE = re.compile(
    r"(?i)currently (?:not|un)|\bexperiencing\b|investigat|troubleshoot|working on|being worked on|solution is|"
    r"at the moment|issue|difficult|problem|error|unstab|instab|outage|crash|disruption|"
    r"reports? (?:regarding|of|on)|not possible|not available|challenges|"
    r"(?<!will be )(?<!would be )(?<!shall be )(?<!may be )(?<!can be )(?<!to be )rejected|"
    r"i øjeblikket|oplever|undersøg|arbejder på|fejl|problemer|ustabil|nedbrud")
_RECOVERED = re.compile(r"(?i)running stabl[ey]|back to normal|stable again|normal (?:operation|drift)|kører stabilt")
_PAST_TROUBLE = re.compile(r"(?i)\b(?:recent|previous|last|past)\b[^.]{0,30}\b(?:outage|problem|issue|disruption)s?")


def kind_from_title(title: str) -> Kind | None:
    """The kind the title states, or None when it is silent."""
    if _PLANNED.search(title) and not (_INCIDENT_TITLE.search(title) and _AFTER_WINDOW.search(title)):
        return Kind.PLANNED
    if _NOT_IT_TITLE.search(title):
        return Kind.INFO
    if _INCIDENT_TITLE.search(title):
        return Kind.INCIDENT
    if _WEAK_INCIDENT_TITLE.search(title):
        return Kind.PLANNED if _DATED.search(title) else Kind.INCIDENT
    if _INFO_TITLE.search(title):
        return Kind.INFO
    return None


_CLOSED_NOW = re.compile(
    r"(?i)\b(?:is|are|er|bliver)\s+(?:\w+\s+)?(?:closed|shut|lukket)\b|\b(?:closed|lukket)\s+(?:all day|hele dagen)\b|"
    r"\b(?:closes|lukker)\b")


def _dates_named(text: str, published: dt.datetime) -> list[dt.date]:
    """The calendar dates ``text`` names; one with no year is the one nearest ``published``."""
    dates: list[dt.date] = []
    for match in _NUMERIC_DATE.finditer(text):
        y, m, d = match.group(1, 2, 3) if match.group(1) else match.group(6, 5, 4)
        try:
            dates.append(dt.date(int(y), int(m), int(d)))
        except ValueError:
            continue
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for match in pattern.finditer(text):
            day, month = int(match.group(day_group)), MONTHS[match.group(month_group).lower()]
            year_match = re.match(r"\s*,?\s*(\d{4})\b", text[match.end():])
            years = [int(year_match.group(1))] if year_match else [published.year + k for k in (-1, 0, 1)]
            candidates = [dt.date(year, month, day) for year in years
                          if 1 <= day <= calendar.monthrange(year, month)[1]]
            if candidates:
                dates.append(min(candidates, key=lambda date: abs(date - published.date())))
    return dates


def _closed_ahead(body: str, published: dt.datetime) -> bool:
    """Whether a sentence says in the present tense that a system is closed on a day still to come
    ("Manifest er lukket hele dagen lørdag den 6. april", "EMCS is closed Saturday")."""
    for line in body.splitlines():
        for sentence in sentences(line):
            if not _CLOSED_NOW.search(sentence):
                continue
            dates = _dates_named(sentence, published)
            if any(date >= published.date() for date in dates) or (
                    not dates and re.search(rf"(?i)\b{_WEEKDAY}\b", sentence)):
                return True
    return False


def kind_from_body(body: str, published: dt.datetime) -> Kind:
    """The kind of a message whose title is silent."""
    if _PLANNED.search(body) or _BODY_PLANNED.search(body) or _closed_ahead(body, published):
        return Kind.PLANNED
    trouble = _ONGOING_TROUBLE.search(_PAST_TROUBLE.sub(" ", body))
    if trouble and not (_RECOVERED.search(body) and not re.search(
            r"(?i)currently|at the moment|investigat|working on|i øjeblikket", body)):
        return Kind.INCIDENT
    return Kind.INFO


# --- environment --------------------------------------------------------------------------

_TITLE_TFE = re.compile(r"(?i)\bTFE\b|\btest\b|\bconf(?:ormance)?\b|\bconfluen\w*|testmilj\w*|testsystem\w*")
_TITLE_PRD = re.compile(r"(?i)\bPRD\b|\bprod(?:uction|uktion)?\b|produktionsmilj\w*")
_BODY_TFE = re.compile(
    r"(?i)\bTFE\b|\btest[- ]?(?:env\w*|system\w*|milj\w*)|\btest/conf\w*|\bconf\w*/test\b|\bconformance\b|"
    r"\(test\)")
_BODY_PRD = re.compile(r"(?i)\bPRD\b|\bproduction\b|\bproduktion\w*")


def env_of(message: Message, kind: Kind) -> tuple[Env | None, tuple[str, ...]]:
    """The environment and any warning about how it was decided."""
    cat_tfe = any(is_test_environment_label(c) for c in message.categories)
    cat_prd = any(slug != "other" for slug in (message.systems or systems_of(message.categories)))
    first_line = next((line.strip() for line in message.body.splitlines() if line.strip()), "")
    if _UPDATE_WORD.match(first_line) or _STATUS_WORD.match(first_line):
        first_line = ""
    headline = next((text for text in (message.title, first_line)
                     if _TITLE_TFE.search(text) or _TITLE_PRD.search(text)), "")
    title_tfe, title_prd = bool(_TITLE_TFE.search(headline)), bool(_TITLE_PRD.search(headline))
    if title_tfe and title_prd:
        return Env.PRD_TFE, ()
    if title_tfe:
        warn = () if cat_tfe or not cat_prd else ("env: categories say PRD, title says TFE -> TFE",)
        return Env.TFE, warn
    if title_prd:
        if cat_tfe:
            return Env.PRD_TFE, ("env: title says PRD, category says TFE -> PRD+TFE",)
        return Env.PRD, ()
    tfe = cat_tfe or bool(_BODY_TFE.search(message.body))
    prd = cat_prd or bool(_BODY_PRD.search(message.body))
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
_NEGATED = re.compile(
    rf"(?i)\b{_NEGATION}(?:\s+\w+){{0,2}}?\s+(?:{_PERMISSION}|{_USE})\b|\b{_NEGATION}\s+{_MODAL}\b|"
    rf"\b(?:{_MODAL}|{_USE})(?:\s+\w+){{0,2}}?\s+{_NEGATION}\b|"
    r"\bcannot\b|\bcan't\b|\bmustn't\b|prohi?b|prohobit|forbidden|forbudt|revoked|withdrawn|ophævet|tilbagekaldt")
_REVOKES = re.compile(r"(?i)no longer|ikke længere|ophævet|tilbagekaldt|revoked|withdrawn")
_CONDITION = re.compile(r"(?i)\b(?:if|when|whenever|in case|hvis|når|såfremt|i tilfælde)\b[^,;:]*")
_CLAUSE_BREAK = re.compile(r"(?i)[,;:]|\s[–-]\s|\bbut\b|\bmen\b")
_RESTRICTED = re.compile(
    r"(?i)\bonly\b|necess|nece?s+[ae]r+y|nødvendig|where needed|if needed|when needed|special cases|"
    r"særlige tilfælde|\bno general|\bnot (?:in )?general|ikke generelt|\bkun\b|limited|begrænset|absolut")
_EXCEPT = re.compile(r"(?i)\bunless\b|\bexcept\b|medmindre|undtagen")
_PERMITTED = re.compile(rf"(?i)\b{_PERMISSION}\b|\b{_MODAL}\b(?:\s+\w+){{0,3}}?\s+{_USE}\b")


def _unconditioned(sentence: str) -> str:
    """``sentence`` without its conditions: "if DMS is not available" or "hvis DMS ikke svarer"
    (to the next comma, or to the procedure's name) says nothing about the procedure."""
    def cut(match: re.Match) -> str:
        mention = FALLBACK_MENTION.search(match.group(0))
        return ", " + (match.group(0)[mention.start():] if mention and mention.start() else "")
    return _RESTRICTED.sub(" ", _CONDITION.sub(cut, sentence))


def _permission(text: str) -> str | None:
    """"negated" or "granted" as ``text`` speaks of permission (any word order), or None."""
    if _NEGATED.search(text):
        return "negated"
    return "granted" if _PERMITTED.search(text) else None


def fallback_statement(sentence: str) -> tuple[Fallback | None, bool]:
    """What one sentence says about the fallback procedure, and whether it revokes it.

    Read as words in any order (Danish puts the verb first: "I perioden må nødproceduren
    anvendes"), first in the clauses naming the procedure, then in the whole sentence, with
    conditions ("if DMS is not available") left out: a negated permission or use ("not
    permitted", "må ikke benyttes", "no longer allowed", "prohibited") -> not-allowed, or
    restricted when an exception follows ("unless absolutely necessary"); otherwise a
    restriction anywhere ("only", "if absolutely necessary", "kun", "i nødvendigt omfang")
    -> restricted; a permission ("allowed", "tilladt") or a modal with a use verb ("may be
    used", "må … anvendes", "kan benyttes") -> allowed.
    """
    if not FALLBACK_MENTION.search(sentence):
        return None, False
    restricted = bool(_RESTRICTED.search(sentence))
    whole = _unconditioned(sentence)
    naming = " , ".join(c for c in _CLAUSE_BREAK.split(whole) if FALLBACK_MENTION.search(c))
    said = _permission(naming) or _permission(whole)
    if said == "negated":
        if restricted and _EXCEPT.search(sentence):
            return Fallback.RESTRICTED, False
        return Fallback.NOT_ALLOWED, bool(_REVOKES.search(whole))
    if restricted:
        return Fallback.RESTRICTED, False
    return (Fallback.ALLOWED, False) if said == "granted" else (None, False)


def fallback_of(lines: list[Line], published: dt.datetime) -> tuple[Fallback | None, tuple[str, ...]]:
    """The latest fallback statement's verdict, and a warning when earlier ones differ."""
    found: list[tuple[tuple, Fallback]] = []
    for line in lines:
        for sentence in sentences(line.text):
            verdict, revokes = fallback_statement(sentence)
            if verdict is not None:
                found.append((_order(line, published, int(revokes)), verdict))
    if not found:
        return None, ()
    latest = max(found, key=lambda item: item[0])[1]
    earlier = {verdict for _, verdict in found} - {latest}
    warn = (f"fallback: {len(found)} statements, the latest says {latest.value}",) if earlier else ()
    return latest, warn


# --- status -------------------------------------------------------------------------------

_DONE_LINE = re.compile(
    r"(?i)^(?:[\w/]+-serv\w+\s+)?(?:done|completed|finished|resolved|solved|fixed|corrected|closed|udført|afsluttet|"
    r"gennemført|løst|rettet|udbedret|færdig)[\s.!,:\-–]*(?:(?:at|kl\.?)\s*)?(?:\d{1,2}[:.]?\d{2})?\s*[.!]?$")
_DONE_WORD = (r"(?:solved|resolved|fixed|restored|normali[sz]ed|stabili[sz]ed|handled|completed|concluded|finished|"
              r"corrected|løst|afsluttet|udført|gennemført|genoprettet|rettet|udbedret|afhjulpet|normaliseret)\b")
_DONE = re.compile(
    rf"(?i)\b(?:has been|have been|was|were|blev|er blevet)\s+(?:now\s+|hereby\s+|nu\s+)?{_DONE_WORD}"
    r"(?!\s+(?:within|later|tomorrow|senest|inden)\b)|"
    rf"\b(?:is|are|should be|er|er nu)\s+(?:now\s+|hereby\s+)?{_DONE_WORD}"
    r"(?!\s+(?:at|on|between|from|kl|by|within|later|tomorrow|in|senest|inden)\b)|"
    r"\b(?:is|are|er)\s+(?:now\s+|nu\s+)?(?:available|working|accessible|online|up|tilgængelig\w*|oppe)\s+(?:again|igen)\b|"
    r"\b(?:works|virker|fungerer)\s+(?:now\s+|nu\s+)?(?:again|igen)\b|"
    r"\b(?:has|have) (?:now )?(?:ended|finished)\b|\bis (?:now )?over\b|\ber (?:nu )?(?:overstået|slut)\b|"
    r"\bhas stabili[sz]ed|back to normal|\bin normal (?:operation|drift)|\bi normal drift|igen normal drift|"
    r"normal drift igen|"
    r"\bnormal (?:operations?|opreations?|flow|drift)\b[^.]*\b(?:restored|resumed|reported|genoprettet)|"
    r"\b(?:back )?up and running\b|kører (?:igen|normalt)|\bonce again possible|\bpossible\b[^.]*\bagain\b|"
    r"\bcan again\b|igen muligt|\boperation has (?:been )?resumed|"
    r"\b(?:unavailability|outage|disruption|incident|issue|problem)s? (?:has|have) passed|"
    r"\b(?:solutions?|corrections?|fix(?:es)?|hotfix(?:es)?|patch(?:es)?|rettelse\w*|løsning\w*)\b[^.]{0,40}"
    r"\b(?:was|has been|is now|er (?:nu )?blevet|blev)\s+"
    r"(?:implemented|deployed|installed|applied|rolled out|implementeret|idriftsat|installeret|udrullet)\b|"
    r"\b(?:processed|handled|running|working|behandle[st]|kører|fungerer|virker)\s+(?:now\s+|nu\s+)?"
    r"(?:normal(?:ly|t)\s+(?:again|igen)|(?:again|igen)\s+normal(?:ly|t))\b|"
    r"\bmarked as (?:resolved|solved|done|completed|closed)|"
    r"\b(?:gave|caused)\b[^.]*\b(?:issues|problems|delays|errors)\b[^.]*\buntil\b")
_HYPOTHETICAL = re.compile(r"(?i)\b(?:until|expect\w*|when|once|if|before|indtil|forvent\w*|når|hvis)\b")
_REMAINS = re.compile(
    r"(?i)\bstill\b|\bremains?\b|\bongoing\b|temporar|under investigation|being investigated|\bnot yet\b|"
    r"unfortunately|\bstadig\b|\bfortsat\b|midlertidig|undersøges|desværre")
_DUPLICATE = re.compile(r"(?i)duplicate|copy of|dublet|kopi af")
_CANCEL = re.compile(r"(?i)\bcancel\w*|\baflys\w*|\bannul+er\w*|called off")
_WINDOW_WORD = re.compile(r"(?i)w[ií]nd(?:ow|ue)|vindue|maintenance|vedligehold|nedetid|unavailab|utilgængelig|update|"
                          r"opdatering|release|planned|planlagt|announce|annonce")
_POSTPONE = re.compile(r"(?i)\bpostpone\w*|\budskudt\b|\budsat\b|\budskyde\w*")


def _closing(sentence: str) -> Status | None:
    """The status one sentence closes the message with, if any."""
    if _DUPLICATE.search(sentence):
        return None
    about_window = len(sentence.split()) <= 3 or _WINDOW_WORD.search(sentence)
    cancel = _CANCEL.search(sentence) or _POSTPONE.search(sentence)
    if cancel and about_window:
        if _HYPOTHETICAL.search(sentence[:cancel.start()]) or _REMAINS.search(sentence) or re.search(
                r"(?i)\bnot\b[^.]{0,20}(?:cancel|postpone)|ikke\b[^.]{0,20}(?:aflys|udsk)", sentence):
            return None
        if _POSTPONE.search(sentence) and _DATED.search(sentence[cancel.end():]):
            return None  # moved to a new date: the windows move, the message stays scheduled
        return Status.CANCELLED
    if _DONE_LINE.match(sentence.strip()):
        return Status.COMPLETED
    match = _DONE.search(sentence)
    if match and not _REMAINS.search(sentence) and not _HYPOTHETICAL.search(sentence[:match.start()]):
        return Status.COMPLETED
    return None


def status_of(lines: list[Line], published: dt.datetime) -> tuple[Status, tuple[str, ...]]:
    """The status the latest closing statement gives, and any warning."""
    closings: list[tuple[tuple, Status, str]] = []
    reopenings: list[tuple] = []
    for line in lines:
        for sentence in sentences(line.text):
            status = Status.PARTLY_CANCELLED if cancelled_systems_in([sentence]) else _closing(sentence)
            if status is not None:
                closings.append((_order(line, published, 1), status, sentence))
            elif line.stamped and line.at is not None and _REMAINS.search(sentence):
                reopenings.append(_order(line, published))
    if not closings:
        return Status.SCHEDULED, ()
    key, status, sentence = max(closings, key=lambda item: item[0])
    if any(reopened[0] > key[0] for reopened in reopenings):
        return Status.SCHEDULED, (f"status: a later update reopens {status.value!r} ({sentence.strip()[:60]})",)
    warn = ()
    if _POSTPONE.search(sentence) and status is Status.CANCELLED:
        warn = ("status: postponed with no new date -> cancelled",)
    return status, warn


# --- putting it together ------------------------------------------------------------------

def classify(message: Message) -> Facts:
    """Kind, environment, references, status, fallback and impacts of ``message``."""
    lines = body_lines(message)
    texts = [line.text for line in lines]
    systems = message.systems or systems_of(message.categories)
    if all(slug == "other" for slug in systems):
        systems += tuple(s for s in systems_meant(message.title) if s not in systems)
    kind = kind_from_title(message.title)
    if kind is None:
        kind = kind_from_body(message.body, message.published.astimezone(COPENHAGEN))
        kind_warn: tuple[str, ...] = (f"kind: the title does not say, the body reads as {kind.value}",)
    else:
        kind_warn = ()
    env, env_warn = env_of(message, kind)
    status, status_warn = status_of(lines, message.published)
    cancelled = cancelled_systems_in(texts) if status is Status.PARTLY_CANCELLED else ()
    fallback, fallback_warn = fallback_of(lines, message.published)
    impacts = impacts_of(systems, texts, kind, message.title, cancelled)
    return Facts(
        kind=kind,
        env=env,
        status=status,
        refs=references(message.body),
        fallback=fallback,
        impacts=impacts,
        cancelled_systems=cancelled,
        warnings=kind_warn + env_warn + status_warn + fallback_warn,
    )
