"""Per-system impact: how hard a message hits each system it names (pure text -> levels).

A message body is read line by line, each line sentence by sentence:

- A *section header* is a short line that is nothing but system names (``DMS Import/DMS
  Export/DMS Forsendelse``, ``Manifest``, ``Import Control System (ICS)/Manifest``, ``TFE DMS
  Import/…``). The sentences below it speak about those systems until the next header.
- A sentence that names systems itself (``Files sent to Manifest will fail/be rejected``,
  ``Sign in to ICS2 will not be possible``) speaks about exactly those; a sentence that names
  none speaks about its section, or about every system when no section is open.
- Each sentence gets one level, checked in this order:
  *degraded* — slow, delayed or partial service: instability, "shortly", extended/long
  response times, delays, "will be received, but processed … delayed", "processed when the
  service window has passed", a lookup or crosscheck not possible, a closed *connection* or
  *communication* between systems, "return errors", "not recommended", "but not",
  "unavailable via" one log-in route, Danish ustabil/svartid/forsink…;
  *outage* — unavailable, not possible, fail/rejected, closed, downtime, Danish
  utilgængelig/afvist/lukket/ikke muligt;
  *problem* — issues, difficulties, errors, challenges, "is (also) affected": the message's
  default level;
  *none* — "not affected", "available", "open", Danish "ikke påvirket"/tilgængelig.
- A sentence introducing a list ("… in relation to the following EU systems.") gives its
  level to the bulleted system names below it.
- A system's level is the worst of the sentences about it and of the sentences about every
  system: a system whose file access fails is in outage even when its online access stays
  available (a planner must act when any channel is down). "Not affected"/"available" about
  one channel only (``File (S2S) is not affected``) says nothing about the other, so it
  cannot by itself make a system unaffected.
- A system with no sentence at all gets the message default: outage for planned windows,
  degraded for incidents that speak of slowness (response times, delays, instability),
  outage for other incidents, none for information.
- Sentences about the fallback procedure or about the message itself ("closed as a
  duplicate") state no level.
- Systems taken out of a window (``DMS Import/… is cancelled from the PRD-servicewindow``,
  ``EMCS udgår af servicevinduet``, ``ICS2 is no longer part of the service window``) or
  spared by it after all (``e-Import og e-Eksport berøres alligevel ikke af servicevinduet``,
  ``DMS Export will not be affected after all``, ``… is no longer affected by the window``), and
  those whose part is called off while another system of the message remains (``The intervention
  on EMCS has been cancelled``, ``Indgrebet på EMCS er aflyst``), get ``none`` and are listed as
  cancelled.

Systems named only in the body join the message's category systems when a section header,
or a sentence stating unavailability, slowness or "affected", names them and their level is
not none; names are matched longest first (``DMS Import`` before
``Import``), single-word names only when capitalised (``Import``, not "import declarations").
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Impact, Kind
from ..systems import CATALOGUE
from .keywords import keywords

#: Names the body uses for catalogue systems beyond the catalogue's own aliases.
BODY_ALIASES: dict[str, str] = {
    "Import Control System": "ics",
    "ICS2-STP": "ics2",
    "EUCTP": "eu-systems", "EU-CTP": "eu-systems", "EU CTP": "eu-systems",
    "Traderportal": "eu-systems", "Trader Portal": "eu-systems", "UUM&DS": "eu-systems",
    "IPEP": "eu-systems", "CBAM": "eu-systems", "PoUS": "eu-systems", "POUS": "eu-systems",
    "EBTI": "eu-systems", "eAEO": "eu-systems", "CDMS": "eu-systems",
    "e-Import": "import", "e-Eksport": "export", "e-Export": "export",
}

_NOT_SYSTEMS = {"other"}
# A system's DMS successor and its classic predecessor share names in bodies ("NCTS", "Export"): in a message
# filed under one of the two, a body naming the other means the message's own.
_GENERATIONS = {"dms-transit": "transit", "dms-export": "export", "dms-import": "import"}
_SIBLING = _GENERATIONS | {classic: dms for dms, classic in _GENERATIONS.items()}
_RANK = {Impact.NONE: 0, Impact.DEGRADED: 1, Impact.OUTAGE: 2}


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _alias_table() -> dict[str, str]:
    pairs = {alias: s.slug for s in CATALOGUE if s.slug not in _NOT_SYSTEMS
             for alias in (s.name, s.name_da, *s.aliases)}
    pairs.update(BODY_ALIASES)
    return pairs


def _name_pattern(alias: str) -> str:
    body = re.escape(alias).replace(r"\ ", r"\s+")
    return f"(?i:{body})" if " " in alias or "-" in alias or "(" in alias else body


_ALIASES = _alias_table()
_BY_FOLDED = {_fold(alias): slug for alias, slug in _ALIASES.items()}
_NAMES = re.compile(
    r"(?<![\w&-])(?:" + "|".join(_name_pattern(a) for a in sorted(_ALIASES, key=len, reverse=True))
    + r")(?:\s*\([^)\n]{1,20}\))?(?![\w&])")


def _slug_of(name: str) -> str:
    folded = _fold(name)
    return _BY_FOLDED.get(folded) or _BY_FOLDED[_fold(re.sub(r"\s*\([^)]*\)$", "", folded))]


_DMS_PART = r"(?:Import|Export|Eksport|Forsendelse|Transit)"
_DMS_LIST = re.compile(rf"\bDMS\s+{_DMS_PART}(?:\s*(?:/|,|&|\band\b|\bog\b)\s*(?:DMS\s+)?{_DMS_PART}\b)+")


def _spell_out_dms(text: str) -> str:
    """``DMS Export and Import`` -> ``DMS Export and DMS Import`` (the site drops the repeated prefix)."""
    return _DMS_LIST.sub(lambda m: re.sub(rf"(?<!DMS )\b{_DMS_PART}\b", lambda p: "DMS " + p.group(0), m.group(0)), text)


@functools.lru_cache(maxsize=4096)
def systems_named(text: str) -> tuple[str, ...]:
    """Catalogue slugs of the systems ``text`` names, in order of first mention."""
    found: list[str] = []
    for match in _NAMES.finditer(_spell_out_dms(text)):
        slug = _slug_of(match.group(0))
        if slug not in found:
            found.append(slug)
    return tuple(found)


_HEADER_FILLER = re.compile(r"(?i)\b(?:tfe|test|prd|and|og|&)\b|[/,&:.;()\-–\s•]+")
_DEGRADED = keywords(
    r"(?i)instab|unstab|ustabil|\bshort(?:ly)?\b|brief|kortvarig|periodic|response\s*times?|"
    r"respons\s*times?|svartid|\bslow|langsom|delay|forsink|processing time|"
    r"processed (?:when|after)|will be received|behandles (?:når|efter)|lookup|opslag|crosscheck|"
    r"connection|communication|forbindelse|return errors|not recommended|\bbut not\b|"
    r"unavailable via|refer to a customs office|interruption|periods? of|(?<!not )(?:can|may|might|could) be affected")
_OUTAGE = keywords(
    r"(?i)(?<!\w)unavailab|not (?:be )?(?:available|possible|accessible)|\bfail|reject|declined|"
    r"\bclosed\b|downtime|\bdown\b|cannot|can't|no access|inaccessible|utilgængelig|"
    r"ikke (?:\w+ )?(?:tilgængelig|muligt)|afvis|lukket|nede\b")
_AFFECTED = keywords(r"(?i)(?<!not )(?<!not be )(?<!n't be )\baffected\b|(?<!ikke )\bberørt|(?<!ikke )\bpåvirket")
_PROBLEM = keywords(r"(?i)issue|difficult|problem|error|challenge|stuck|fejl|udfordring|vanskelig")
_NONE = keywords(
    r"(?i)not (?:be )?affected|ikke påvirket|upåvirket|(?<![\w-])available|\bis open\b|(?<!u)tilgængelig")
FALLBACK_MENTION = keywords(
    r"(?i)fall\s*-?\s*[bp]a[cp]k|emergency procedure|contingency procedure|nødprocedure|beredskabsprocedure")
_SLOW = keywords(r"(?i)instab|unstab|ustabil|response\s*times?|respons\s*times?|responsetime|svartid|"
                   r"\bslow|langsom|delay|forsink|queue|kø\b")
_TAKEN_OUT = keywords(
    r"(?i)\s(?:(?:is|are|has been|have been|will be|er|bliver|blev|vil blive)\s+)?(?:now\s+|nu\s+)?"
    r"(?:(?:cancel+ed|removed|taken out|withdrawn|excluded|dropped|aflyst|taget ud|udtaget|fjernet|udgået|udgår|"
    r"går ud)\s+(?:from|of|fra|af)\b|"
    r"(?:no longer|ikke længere)\s+(?:be\s+)?(?:part of|included in|en del af|med i|omfattet af)|"
    r"(?:indgår|deltager)\s+ikke\s+længere\s+i\b)")
#: Systems the window no longer touches: "e-Import og e-Eksport berøres alligevel ikke af servicevinduet",
#: "DMS Export will not be affected after all", "DMS Import is no longer affected by the service window"
#: (not "is not affected", said in the announcement, nor "was not affected after all", said of an incident).
_SPARED = keywords(
    r"(?i)\s(?:(?:(?:will|shall|is|are)\s+(?:not|no longer)|won't)\s+(?:be\s+)?(?:affected|impacted|included|closed|"
    r"shut down|part of)\b[^.]{0,60}?\bafter all\b|"
    r"(?:berøres|påvirkes|omfattes|lukkes)\s+(?:alligevel\s+ikke|ikke\s+alligevel)\b|"
    r"(?:vil|bliver|er|skal)\s+alligevel\s+ikke\s+(?:blive\s+)?(?:berørt|påvirket|omfattet|lukket|berøres|påvirkes|"
    r"omfattes|lukkes)\b|"
    r"(?:is|are|will(?:\s+be)?|er|vil(?:\s+være)?|bliver)\s+(?:no longer|ikke længere)\s+(?:be\s+|blive\s+|være\s+)?"
    r"(?:affected|impacted|berørt|påvirket)\s+(?:by|af)\s+(?:[\w-]+\s+){0,2}?\S*(?:w[ií]nd(?:ow|ue)|vindue|maintenance|"
    r"vedligehold|downtime|nedetid))")
_CANCELLED_FOR = keywords(r"(?i)\b(?:cancel+ed|called off|aflyst|annulleret)\s+(?:for|på)\s+(?P<who>.+)")
#: One system's part of the window called off: "The intervention on EMCS has been cancelled", "Indgrebet på EMCS er
#: aflyst", "The ICS2 maintenance is cancelled" (taken out only while another system of the message remains).
_PART_CANCELLED = keywords(
    r"\b(?:intervention|indgreb|service\s*-?\s*window|servicevindue|maintenance|"
    r"vedligehold|window|vindue)\w*(?:\s+(?:on|for|of|in|på|af|i)\s+(?P<after>[^.]{1,60}?))?\s+"
    r"(?:has been|have been|is|are|was|were|er|er blevet|bliver|blev)\s+(?:now\s+|nu\s+)?"
    r"(?:cancel+ed|called off|aflyst|annulleret)\b")
_FILE_CHANNEL = keywords(r"(?i)\bfiles?\b|s2s|system-to-system|b2b|ftp|gateway|\bfil(?:er|adgang|overf\w*)?\b")
_ONLINE_CHANNEL = keywords(r"(?i)online|sign in|log\s*-?\s*in|portal")
# The window runs late ("Delayed. Expected end time 2330", "Servicevinduet er forsinket"): its end moves, the
# systems are no slower for it.
_WINDOW_LATE = keywords(r"(?i)^\W*(?:delayed|forsinket)\b|(?:window|vindue|work\b|arbejde|intervention|indgreb)\w*"
                        r"\s+(?:is|has been|er|er blevet)\s+(?:\w+\s+)?(?:delayed|forsinket)")
_META = keywords(r"(?i)duplicate|copy of|this message|dublet|kopi af|denne meddelelse")
_LIST_INTRO = keywords(r"(?i)following|følgende|:\s*$")
_BULLET = re.compile(r"^\s*[•\-–*]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ•\-])")


@functools.lru_cache(maxsize=4096)
def sentences(line: str) -> tuple[str, ...]:
    """A line cut into sentences (at a full stop followed by a capital).

    This and the other per-sentence readings here are cached: the page repeats its boilerplate
    ("Files sent to DMS Import will fail …") in message after message."""
    return tuple(s for s in _SENTENCE.split(line) if s.strip())


@functools.lru_cache(maxsize=4096)
def sentence_level(sentence: str, default: Impact) -> Impact | None:
    """The level one sentence states, or None when it states none."""
    if FALLBACK_MENTION.search(sentence) or _WINDOW_LATE.search(sentence):
        return None
    if _DEGRADED.search(sentence):
        return Impact.DEGRADED
    if _OUTAGE.search(sentence):
        return Impact.OUTAGE
    if _AFFECTED.search(sentence) or _PROBLEM.search(sentence):
        return default
    if _NONE.search(sentence):
        return Impact.NONE
    return None


def systems_meant(text: str) -> tuple[str, ...]:
    """The systems a short text (a title, a subject) names; a bare "DMS" stands for all three DMS systems."""
    named = systems_named(text)
    if not named and re.search(r"\bDMS\b", text):
        return ("dms-import", "dms-export", "dms-transit")
    return named


@functools.lru_cache(maxsize=4096)
def is_header(line: str) -> tuple[str, ...]:
    """The systems a section-header line names, or () when the line is not a header."""
    text = line.strip().lstrip("•-– ").strip()
    if not text or len(text) > 90:
        return ()
    named = systems_named(text)
    if not named:
        return ()
    rest = _HEADER_FILLER.sub(" ", _NAMES.sub(" ", text)).strip()
    return named if not rest else ()


def cancelled_systems_in(lines: Iterable[str], among: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Systems a sentence takes out of the window (``X is cancelled from the servicewindow``), and those
    whose part is called off ("The intervention on EMCS has been cancelled") while others of ``among`` remain."""
    found: list[str] = []
    for line in lines:
        for sentence in sentences(line):
            parts = _part_cancelled(sentence)
            parts = parts if any(slug not in parts for slug in among) else ()
            found += [s for s in _taken_out(sentence) + parts if s not in found]
    return tuple(found)


_WORD_BEFORE = re.compile(r"([\w&-]+)\s+$")


@functools.lru_cache(maxsize=4096)
def _part_cancelled(sentence: str) -> tuple[str, ...]:
    """Systems named by the window whose cancellation a sentence states (not "is not cancelled")."""
    match = _PART_CANCELLED.search(sentence)
    if match is None or re.search(r"(?i)\bnot\b|\bikke\b", match.group(0)):
        return ()
    before = _WORD_BEFORE.search(sentence[max(0, match.start() - 40):match.start()])
    after = sentence[match.start("after"):match.end("after")] if match.start("after") >= 0 else ""
    return systems_named(" ".join(filter(None, (before.group(1) if before else "", after))))


@functools.lru_cache(maxsize=4096)
def _taken_out(sentence: str) -> tuple[str, ...]:
    """Systems named before "X is cancelled from …", or after "… is cancelled for X"."""
    match = _TAKEN_OUT.search(sentence) or _SPARED.search(sentence)
    after = _CANCELLED_FOR.search(sentence) if not match else None
    who = sentence[:match.start()] if match else sentence[after.start("who"):] if after else ""
    negated = sentence[:after.start()] if after else who
    if who and not re.search(r"(?i)\bnot\b|\bikke\b", negated):
        return systems_meant(who)
    return ()


def default_level(kind: Kind, text: str) -> Impact:
    """The level of a system the message gives no detail about."""
    if kind is Kind.INFO:
        return Impact.NONE
    if kind is Kind.INCIDENT and _SLOW.search(text):
        return Impact.DEGRADED
    return Impact.OUTAGE


def _worst(levels: Iterable[Impact]) -> Impact | None:
    return max(levels, key=_RANK.__getitem__, default=None)


@functools.lru_cache(maxsize=4096)
def _channel(sentence: str) -> str | None:
    """"file" or "online" when a sentence speaks of one access channel only."""
    file, online = bool(_FILE_CHANNEL.search(sentence)), bool(_ONLINE_CHANNEL.search(sentence))
    return "file" if file and not online else "online" if online and not file else None


def _level_of(statements: list[tuple[Impact, str | None]], default: Impact) -> Impact | None:
    """The worst stated level; "none" for one channel only says nothing about the other."""
    worst = _worst(level for level, _ in statements)
    if worst is Impact.NONE:
        channels = {channel for _, channel in statements}
        if None not in channels and channels != {"file", "online"}:
            return default
    return worst


@dataclass(frozen=True)
class _Said:
    """What one sentence says about impact: its level, the systems it names, and how."""

    level: Impact
    named: tuple[str, ...]
    names_affected: bool         # names systems and says they are unavailable, slow or affected
    introduces_list: bool        # "… in relation to the following EU systems."
    channel: str | None


@functools.lru_cache(maxsize=4096)
def _said(sentence: str, default: Impact) -> _Said | None:
    """The impact statement of one sentence, or None when it makes none (or is about the message)."""
    level = None if _META.search(sentence) else sentence_level(sentence, default)
    if level is None:
        return None
    named = systems_named(sentence)
    affected = bool(named) and bool(
        _DEGRADED.search(sentence) or _OUTAGE.search(sentence) or _AFFECTED.search(sentence))
    return _Said(level, named, affected, bool(_LIST_INTRO.search(sentence)), _channel(sentence))


def impacts_of(systems: tuple[str, ...], lines: list[str], kind: Kind, title: str = "",
               cancelled: tuple[str, ...] = ()) -> dict[str, Impact]:
    """The level of every affected system: the message's systems plus those the body names."""
    default = default_level(kind, title + "\n" + "\n".join(lines))
    if kind is Kind.INFO:
        return {slug: Impact.NONE for slug in systems}
    everywhere: list[tuple[Impact, str | None]] = []
    per_system: dict[str, list[tuple[Impact, str | None]]] = {}
    explicit: set[str] = set()
    section: tuple[str, ...] = ()
    listed: Impact | None = None
    def own(named: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_SIBLING[slug] if slug not in systems and _SIBLING.get(slug) in systems else slug
                     for slug in named)

    for line in lines:
        header = own(is_header(line))
        if header and listed is not None and _BULLET.match(line):
            for slug in header:
                per_system.setdefault(slug, []).append((listed, None))
            explicit.update(header)
            continue
        listed = None
        if header:
            section = header
            explicit.update(header)
            continue
        for sentence in sentences(line):
            said = _said(sentence, default)
            if said is None:
                continue
            if said.introduces_list:
                listed = said.level
            named = own(said.named)
            if said.names_affected:
                explicit.update(named)
            targets = named or section
            statement = (said.level, said.channel)
            if not targets:
                everywhere.append(statement)
            for slug in targets:
                per_system.setdefault(slug, []).append(statement)
    result: dict[str, Impact] = {}
    for slug in systems + tuple(s for s in per_system if s not in systems and s in explicit):
        level = _level_of(per_system.get(slug, []) + everywhere, default) or default
        if slug not in systems and level is Impact.NONE:
            continue
        result[slug] = level
    for slug in cancelled:
        result[slug] = Impact.NONE
    return result
