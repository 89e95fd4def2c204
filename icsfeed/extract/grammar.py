"""Tokens -> time expressions ("mentions"), as written: nothing is resolved to a calendar here.

Dates::

    Saturday May 16, 2026          Saturday the 13th of December     Monday 14th April
    23.feb    9/9    28/08         13/11-2025    11/10/2025          2026-03-13
    lørdag den 26. februar 2022    20. og 21. maj 2023               April 7th, 10th and 11th
    Friday/Saturday, June 6-7      May 26/27, 2025                   Thuesday 4/3
    December 27th, 28th and January 2nd      30., 31. december og 2. januar   (one list across months)
    09/06/2026, 11/06/2026 and 16/06/2026    09.06.2026, 11.06.2026 og 16.06.2026   (one list)
    December 2 and 4    May 2, 3 and 9, 2026    December 2nd and 4, 2026   (plain days after a month: rising,
                                                                           ending in "and")
    Saturday in week 12    lørdag i uge 12 2026    uge 12, lørdag    week 12 (a week alone: no day)
    i weekenden uge 11    weekenden i uge 11    the weekend of week 11   (its Saturday and Sunday, a span)
    man. 6/3   ("man" is Monday only with its dot before a date: it is also the pronoun)
    fra 2. til 4. maj    mellem 2. og 4. maj    from the 2nd to the 4th of May    (a span: after "between", "and"
                                                                               joins a span, not a list)
    fra den 30. til 2. juni    30.-2. juni    between 30 and 2 June   (a first day larger than the last: of the
                                                                     month before; 30.-2. marts, no 30 February:
                                                                     the 2nd alone)
    i aften    i morgen (tidlig)    tonight    tomorrow (morning)   (days from publication: only next to a time)
    today    i dag    this evening    this afternoon    i eftermiddag    i morges    i overmorgen
    yesterday    i går (aftes)    last night    (a past night: its evening the day before publication; "i nat"
                                                 too in a sentence in the past tense)
    i nat    tonight   (a night from publication: its times after midnight said after noon / after 06:00 are
                        on the next day; "i nat kl. 01" said in the morning is the night just passed)

Times::

    1200    0745    12:00    12.00    kl. 19.30    kl. 14    8 am    10:00 PM    midnight
    0245 (DST)    0315 (ST)    08:00 the next day    1800-20150 (a stray digit: 20:15)
    18h00    18.00h    1800 hrs    1800 UTC    18:00 CET    GMT+1    kl. 20.00 dansk tid
    18 h – 23 h    18 h 30   (a spaced "h" at both ends of a range; "24 h service", "from 2 to 4 h" count hours)
    2026-03-12T18:00Z    2026-03-12T18:00:00+01:00   (an ISO date-time with its offset: that instant)

A zone written after a time fixes its UTC offset (``UTC``/``GMT`` +00:00, ``GMT+1``);
``dansk tid``, ``local time``, ``CET``, ``CEST`` and ``CET/CEST`` are the page's own time (it
writes "CET" in summer too), ``CET``/``CEST`` telling the two 02:30s of an October night apart. A zone written after the end of a range applies to its start too (``1800-2000 UTC``).

Durations (``duration_at``)::

    approx. 4 hours    ca. 1,5 timer    1½ hours    en halv time    halvanden time    30 min    2h
    1 hour and 30 minutes    2-3 hours    to til tre timer   (a range of durations: the longer)

Expressions (the shapes of ``Mention``)::

    RANGE  1200-2100 | 10-15:00 | at 8-9 am | between 1900 and 1945 | mellem kl. 19.30 og 01.30
           | from 21:00 until 06:00 | Friday June 6, 2025, 2100 – Saturday June 7, 2025, 2200
           | fra fredag den 5. juni kl. 22.00 til søndag den 7. juni 2015 kl. 16
           | from May 2 to 4 | from May 2 at 18:00 to 4 at 06:00 | fra den 2. kl. 18 til den 4. maj kl. 6
             (a bare day at one end takes the other end's month; from May 30 to 2: the next month's)
           | from 8 to 10 on May 16 | between 8 and 10 on 16 May   (bare numbers before "on <date>": hours)
           | fra kl. 22.00 i aften til kl. 06.00 i morgen tidlig
           | from 08:00 for approx. 4 hours | fra kl. 08.00 i ca. 4 timer  (an end after a duration)
           | for about 2 hours from 10:00 | i ca. 2 timer fra kl. 10     (a duration before a start)
           | from 18:00. It will take 2 hours. | fra kl. 18. Det forventes at tage 2 timer.
             (a start led by "from", or dated, then a sentence saying how long it takes)
           | 2026-03-12T18:00Z/2026-03-12T20:00Z   (an ISO interval)
           | man. 6/3 – ons. 8/3 kl. 6-8 hver dag | Monday 6 March to Wednesday 8 March, 06:00-08:00 every day
             (a span of days, the range on each: ``Point.span``, filled in by ``windows``)
           | Start: 2025-06-03 18:00 CEST <next line or same> End: 2025-06-04 02:00 CEST   (labelled)
           | on 25/03/2026 at 19:00 CET. Duration: approximately 4 hours   (a duration in the next
             sentence or on the next line: "Duration:", "Expected duration:", "Varighed:")
    FROM   from May 26 at 17:00 | May 26th at 17:00 until <no time>   (an open end)
    UNTIL  until 16:00 | until app. 09.00                               (an end only)
    POINT  Wednesday July 9, 2025, 2310 | Update 15:25 | Tuesday May 27, 2025
           | Date: 03/03/2026  Time: 18:00 CET   (a date and a time labelled right after it)

A time between two days belongs to the one right after it (``natten mellem lørdag og søndag, fra
klokken 22 lørdag den 14. marts``), and a bare weekday that date does not contradict is the same
day (``Friday at 20:00 on June 5``).

A bare hour (``9``) is a time only where the text makes it one: after ``kl.``, with am/pm,
or as an end of a range that has a lead word (``from``, ``between``), a date just before
it, or a partner written with minutes; never before a unit (``from 5 to 10 minutes``).
Each parse step consumes a bounded number of
tokens, so parsing is linear in the number of tokens; and it is only tried at the tokens that
can start an expression (``_Parser.starts``: a number, month, weekday, midnight or noon
ahead, with nothing but marks and role words before it), a small share of a text.
"""
from __future__ import annotations

import bisect
import calendar
import enum
import functools
from dataclasses import dataclass, replace

from .lexicon import (APOSTROPHES, APPROX_WORDS, DATED_WEEKDAYS, DURATION_LEADS, END_BEFORE_WORDS, END_CLAUSE_WORDS, END_SUBJECTS,
                      EXACT_TIME_WORDS, MAX_DURATION_LEADS, START_AFTER_WORDS, EACH_DAY_PHRASES, HOLIDAY_FIRST_WORDS,
                      HOLIDAY_LONGEST, HOLIDAYS, LASTING_VERBS,
                      LASTING_WORDS, LOCAL_TIME_PHRASES, NIGHT_TURNS, NIGHT_WORDS, OCLOCK_WORDS, PAST_NIGHTS,
                      PAST_TENSE_REACH, PAST_TENSE_WORDS, PERIOD_PHRASES, RELATIVE_AFTER_I, RELATIVE_AFTER_WORD,
                      REST_OF_DAY_FILLERS, REST_OF_DAY_PHRASES, REST_OF_DAY_REACH, TIME_LABELS, UNIT_EXACT, UNIT_WORDS, WEEKEND_WORDS, Entry, Role, role_of, roles)
from .tokenize import Kind, Token, tokenize

_DASHES = {"-", "–", "—", "‐", "‑", "−"}
_BETWEEN = frozenset(("between", "mellem"))
_LEAD_PASS = APPROX_WORDS | START_AFTER_WORDS | END_BEFORE_WORDS    # words an expression may start at or pass
_MAX_LIST = 10
_YEARS = range(1990, 2100)
_NO_ROLES: dict[str, Entry] = {}
_INCLUSIVE = frozenset(("med",))               # "til og med": up to and including
_ONWARD = frozenset(("frem", "up"))             # "og frem til", "and up to"
_CORE_ROLES = frozenset((Role.MONTH, Role.WEEKDAY, Role.MIDNIGHT, Role.NOON, Role.RELATIVE))
_HOURS_MARK = frozenset(("h", "hr", "hrs"))     # "18h00", "18.00h", "1800 hrs"
_MONEY_WORDS = frozenset(("kr", "kroner", "dkk", "eur", "euro", "euros", "usd", "pct", "procent", "percent"))
_MAX_DURATION = 7 * 24 * 60                    # minutes: a longer "duration" is not one of a window
_START_LABELS = ("start", "begin", "fra")       # "Start:", "Starttidspunkt:", "Begin time:", "Fra:"
_END_LABELS = ("end", "slut", "til")            # "End:", "Sluttid:", "End time:", "Til:"
_DURATION_LABELS = ("duration", "varighed")     # "Duration: approx. 4 hours", "Expected duration", "Varighed: ca. 4 timer"
_LASTING_REACH = 6                             # words between a start and its duration: "and is expected to last"
_SENTENCE_REST = 12                            # tokens after a start to its sentence's end: "from 18:00 due to …."
_SUBJECT_WORDS = 2                             # words before "will take 2 hours": "It", "The work", "Arbejdet"
_DAILY_REACH = 5                               # tokens between a span of days and "dagligt": "lukkes e-Eksport"
_DAILY_MARKS = frozenset(",:-–")               # marks among them: "March 20, 2025: daily", "e-Eksport"
_MAX_WRAP_DAYS = 14                            # a span of days into the next month: "30. til 2. juni" (under two weeks)


@dataclass(frozen=True)
class DateSpec:
    """A date as written: ``Saturday the 13th of December`` -> day 13, month 12, weekday 5.

    ``day``/``month`` are None for a bare weekday (``till Sunday 23:59``); ``month`` alone is
    None for ``Saturday the 20th``. ``week`` is an ISO week number (``Saturday in week 12``: day
    and month None); a week without a weekday names no day. ``relative`` counts days from the
    publication day (``tonight``, ``i aften``, ``i nat``: 0; ``tomorrow``, ``i morgen``: 1; the rest None);
    ``night_turns``, for a night so named (``i nat``, ``tonight``), is the publication hour from which
    its times after midnight are on the next day.
    """

    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    week: int | None = None
    relative: int | None = None
    night_turns: int | None = None
    holiday: tuple[str, ...] | None = None

    @property
    def weekday_only(self) -> bool:
        """A bare weekday: ``Sunday`` (not ``Sunday in week 12``, not ``tomorrow``)."""
        return self.day is None and self.week is None and self.relative is None


@dataclass(frozen=True)
class ClockTime:
    """A time of day as written; ``hour`` 24 is the midnight that ends a day."""

    hour: int
    minute: int
    fold: int | None = None          # 0 for "(DST)", 1 for "(ST)"
    strength: int = 2                # 0 bare hour, 1 four digits (``1200``), 2 marked (``12:00``, ``kl. 12``)
    meridiem: int | None = None      # 0 am, 12 pm
    next_day: bool = False           # "0800 the next day", "kl. 08 næste dag"
    offset: int | None = None        # minutes east of UTC when a zone is written ("1800 UTC": 0); None: local
    elapsed: int | None = None       # an end given as a duration: minutes after the start ("for 4 hours")

    @property
    def minutes(self) -> int:
        return self.hour * 60 + self.minute


@dataclass(frozen=True)
class Point:
    """Dates and a time; ``span``: the dates are the first and last day of a span (``fra 2. til 4. maj kl.
    6-8``, ``man. 6/3 – ons. 8/3 kl. 6-8 hver dag``), which a range said to repeat each day fills in."""

    dates: tuple[DateSpec, ...]
    time: ClockTime | None
    span: bool = False


class Shape(enum.Enum):
    POINT = "point"
    RANGE = "range"
    FROM = "from"
    UNTIL = "until"


@dataclass(frozen=True)
class Mention:
    """One time expression: ``start``/``end`` points, the tokens ``[first, last)`` it covers."""

    shape: Shape
    start: Point | None
    end: Point | None
    first: int
    last: int
    line: int
    sentence: int

    @property
    def dates(self) -> tuple[DateSpec, ...]:
        return (self.start or self.end or Point((), None)).dates


@dataclass(frozen=True)
class _Dates:
    dates: tuple[DateSpec, ...]
    end: int
    span: bool          # "June 6-7", "May 26/27": a first and a last day


def _count(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A number of units: ``4``, ``1,5``, ``1.5``, ``1½``, ``en``, ``to``, ``en halv``, ``half an``,
    ``halvanden``; the number and the token after it."""
    t = tokens[i] if i < len(tokens) else None
    if t is None:
        return None
    if t.kind is Kind.NUMBER and len(t.text) <= 3:
        value, j = float(t.value), i + 1
        if j + 1 < len(tokens) and tokens[j].kind is Kind.PUNCT and tokens[j].text in ".," \
                and not tokens[j].spaced and tokens[j + 1].kind is Kind.NUMBER and not tokens[j + 1].spaced \
                and len(tokens[j + 1].text) <= 2:
            value, j = value + tokens[j + 1].value / 10 ** len(tokens[j + 1].text), j + 2
        elif j < len(tokens) and tokens[j].text == "½" and not tokens[j].spaced:
            value, j = value + 0.5, j + 1
        return value, j
    count = role_of(t.word, Role.COUNT) if t.kind is Kind.WORD else None
    if count is None:
        return None
    following = role_of(tokens[i + 1].word, Role.COUNT) if i + 1 < len(tokens) else None
    if following is not None and 1 in (count.value, following.value):
        return 0.5, i + 2                                    # "en halv", "half an"
    return count.value / 2, i + 1


def _upper_count(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A count, or the larger end of a range of counts (``2-3``, ``2 to 3``, ``to til tre``): a planner
    must not submit into a closed system, so ``for 2-3 hours`` ends at the latest end."""
    found = _count(tokens, i)
    j = found[1] if found is not None else len(tokens)
    if j + 1 < len(tokens) and (tokens[j].text in _DASHES or role_of(tokens[j].word, Role.TO)) \
            and (upper := _count(tokens, j + 1)) is not None and upper[0] > found[0]:
        return upper
    return found


def _after_max_lead(tokens: list[Token], i: int) -> int:
    """The token after an upper bound written at ``i`` (``up to``, ``a maximum of``, ``maks.``), or ``i``."""
    for lead in MAX_DURATION_LEADS:
        words = tokens[i:i + len(lead)]
        if len(words) == len(lead) and all(t.kind is Kind.WORD and t.word == w for t, w in zip(words, lead)):
            j = i + len(lead)
            if j < len(tokens) and tokens[j].text == "." and not tokens[j].spaced:
                j += 1
            return j
    return i


def duration_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The duration written at token ``i`` in minutes, and the token after it: ``approx. 4 hours``,
    ``ca. 1,5 timer``, ``en halv time``, ``30 min``, ``2h``, ``1 hour and 30 minutes`` (at most
    two parts, so the work is bounded), ``2-3 hours`` (the longer), or None."""
    i = _after_max_lead(tokens, i)
    if i < len(tokens) and tokens[i].word in APPROX_WORDS:
        i += 1
        if i < len(tokens) and tokens[i].text == "." and not tokens[i].spaced:
            i += 1
    total, parts = 0.0, 0
    while parts < 2:
        found = _upper_count(tokens, i)
        unit = role_of(tokens[found[1]].word, Role.UNIT) if found and found[1] < len(tokens) else None
        if unit is None or tokens[found[1]].line != tokens[i].line:
            break
        total, i, parts = total + found[0] * unit.value, found[1] + 1, parts + 1
        if not (i + 1 < len(tokens) and role_of(tokens[i].word, Role.AND) and _count(tokens, i + 1)):
            break
        i += 1
    minutes = round(total)
    return (minutes, i) if parts and 0 < minutes <= _MAX_DURATION else None


class _Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self._roles = [roles(t.word) if t.kind is Kind.WORD else _NO_ROLES for t in tokens]
        self._dates: dict[int, _Dates | None] = {}
        self._single_dates: dict[int, _Dates | None] = {}
        self._times: dict[int, tuple[ClockTime, int] | None] = {}
        self._spaced_h: set[int] = set()       # where a time marked with a spaced hour mark ends ("18 h", "18 h 30")
        self._holidays = {i: found for i, t in enumerate(tokens) if t.word in HOLIDAY_FIRST_WORDS
                          and (found := self._holiday_name(i)) is not None}

    # -- token tests ---------------------------------------------------------------
    def _tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def _punct(self, i: int, chars: set[str] | str, glued: bool = False) -> bool:
        t = self._tok(i)
        return t is not None and t.kind is Kind.PUNCT and t.text in chars and not (glued and t.spaced)

    def _role(self, i: int, role: str) -> Entry | None:
        return self._roles[i].get(role) if 0 <= i < len(self._roles) else None

    def starts(self) -> list[int]:
        """The tokens an expression can start at, in order: a number, a word with a role, or the
        comma that may precede a date, with a *core* ahead (a number, a month, a weekday,
        midnight, noon: every date or time has one) and only marks and role words (``from``,
        ``the``, ``kl.``) in between. Any other token starts nothing."""
        out, reach = [], False
        for i in range(len(self.tokens) - 1, -1, -1):
            t, found = self.tokens[i], self._roles[i]
            if t.kind is Kind.NUMBER and self._in_a_name(i):
                reach = False
            elif t.kind is Kind.NUMBER or not _CORE_ROLES.isdisjoint(found) or i in self._holidays:
                reach = True
            elif t.kind is Kind.URL or (t.kind is Kind.WORD and not found and t.word not in _LEAD_PASS and not (
                    t.word in RELATIVE_AFTER_WORD and self._relative_pair(i))
                                        and not (t.word in RELATIVE_AFTER_I and self._word(i - 1) == "i")
                                        and not (t.word in DATED_WEEKDAYS and self._dated_weekday(i))):
                reach = False
            if reach and (t.kind is not Kind.PUNCT or t.text == ","):
                out.append(i)
        return out[::-1]

    def _in_a_name(self, i: int) -> bool:
        """Whether number token ``i`` is glued to the word before it, part of a name (``ICS2``, ``S2S``,
        ``P5``), not a day or a time: ``ICS2 September 30, 2025`` is September 30."""
        return not self.tokens[i].spaced and i > 0 and self.tokens[i - 1].kind is Kind.WORD \
            and self.tokens[i - 1].text[-1:].isalpha()

    def _number(self, i: int, digits: tuple[int, ...], glued: bool = False) -> int | None:
        t = self._tok(i)
        if t is None or t.kind is not Kind.NUMBER or len(t.text) not in digits or (glued and t.spaced):
            return None
        return t.value

    def _same_line(self, i: int, j: int) -> bool:
        a, b = self._tok(i), self._tok(j)
        return a is not None and b is not None and a.line == b.line

    def _skip_fillers(self, i: int) -> int:
        """Past ``,``, ``the``, ``at``, ``den``, ``d.``: the small words between a date and a time (not the
        ``i`` of ``i morgen``)."""
        while True:
            if self._punct(i, ",") or (self._role(i, Role.AT) and self._same_line(i - 1, i)
                                       and (self.tokens[i].word != "i" or self._relative_day(i) is None)):
                i += 1
                if self._punct(i, ".", glued=True):
                    i += 1
            else:
                return i

    # -- dates -----------------------------------------------------------------------
    def _year(self, i: int) -> tuple[int | None, int]:
        j = i + 1 if self._punct(i, ",") else i
        value = self._number(j, (4,))
        if value in _YEARS and self._same_line(i - 1, j) and not (
                self._punct(j + 1, _DASHES) and self._number(j + 2, (1, 2, 4)) is not None
                and self._same_line(j, j + 2)):
            return value, j + 1                              # but "May 16 2000-2100" is a time range
        return None, i

    def _ordinal(self, i: int) -> int:
        """Past an ordinal suffix glued to a day number: ``13th``, ``5.`` (Danish)."""
        if self._role(i, Role.ORDINAL) and not self.tokens[i].spaced:
            return i + 1
        return i

    def _numeric(self, i: int) -> _Dates | None:
        """``2026-03-13``, ``24.03.2025``, ``25-06-2025``, ``13/11-2025``, ``11/10/2025``, ``9/9``."""
        first = self._number(i, (4,))
        if first in _YEARS and self._punct(i + 1, _DASHES, True) and self._punct(i + 3, _DASHES, True):
            month, day = self._number(i + 2, (1, 2), True), self._number(i + 4, (1, 2), True)
            if month and day and month <= 12 and day <= 31:
                return _Dates((DateSpec(day, month, first, None),), i + 5, False)
        day = self._number(i, (1, 2))
        month = self._number(i + 2, (1, 2), True)
        if day is None or month is None or not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        sep = self.tokens[i + 1].text if self._punct(i + 1, _DASHES | {".", "/"}, True) else None
        if sep is None:
            return None
        if self._punct(i + 3, _DASHES | {".", "/"}, True):
            year = self._number(i + 4, (4,), True)
            if year in _YEARS:
                return _Dates((DateSpec(day, month, year, None),), i + 5, False)
            if sep == "." and self._punct(i + 3, ".", True) and self._number(i + 4, (1, 2, 4)) is not None \
                    and self._same_line(i, i + 4):
                return _Dates((DateSpec(day, month, None, None),), i + 4, False)     # "14.03. 18:00-22:00"
        if sep == "/" and self._number(i + 3, (1, 2, 3, 4), True) is None \
                and not self._punct(i + 3, "/", True):
            year, end = self._year(i + 3)                    # "19/5 2026"
            return _Dates((DateSpec(day, month, year, None),), end, False)
        return None

    def _days(self, i: int, marks: bool) -> tuple[list[int], list[int | None], int, bool] | None:
        """A day or a list of days: ``13th``, ``20. og 21.``, ``7th, 10th and 15th``, ``6-7``, ``26/27``,
        ``lørdag den 6. og søndag den 7.``; with their weekdays. With ``marks`` (month first) the
        listed days need an ordinal suffix, so ``May 16, 10-15:00`` stays one day and a time, unless
        they are plain days ending in ``and`` (``_plain_days``; also after marked ones: ``December 2nd
        and 4, 2026``). After ``between`` the days are a span, not a list (``mellem 2. og 4. maj``,
        ``between May 2nd and 4th``); so are ``fra 2. til 4. maj``, ``from the 2nd to the 4th of May``
        (``_day_span``)."""
        day = self._number(i, (1, 2))
        if day is None or not 1 <= day <= 31:
            return None
        j = self._ordinal(i + 1)
        if j == i + 1 and self._punct(j, ".", True) and (
                self._role(j + 1, Role.MONTH) or self._role(j + 1, Role.AND)
                or (self._word(j + 1) == "of" and self._role(j + 2, Role.MONTH) and self._same_line(j, j + 2))
                or (self._punct(j + 1, ",") and self._number(j + 2, (1, 2)) is not None)
                or (self._punct(j + 1, _DASHES, True) and self._dotted_day_before_month(j + 2))):
            j += 1
        marked = j > i + 1
        days, weekdays = [day], [None]
        for sep in (_DASHES, "/"):
            other = self._number(j + 1, (1, 2), True) if self._punct(j, sep, True) else None
            if other is not None and day < other <= 31 and self._dotted_day_before_month(j + 1):
                return [day, other], [None, None], j + 3, True             # "13.-14. marts"
            if other is not None and day < other <= 31 and not self._punct(j + 2, ":.", True):
                return [day, other], [None, None], self._ordinal(j + 2), True
            if other is not None and sep is _DASHES and _into_next_month(day, other):
                end = self._ordinal(j + 2)
                end += int(end == j + 2 and self._punct(end, ".", True))
                if self._role(end, Role.MONTH) and self._same_line(j, end) and self._number(end + 1, (1, 2)) is None:
                    return [day, other], [None, None], end, True             # "30.-2. juni": into June
        between = self._after_between(i)
        if not marks and (span := self._day_span(day, j, between)) is not None:
            return span
        while (marked or not marks) and not between and len(days) < _MAX_LIST:
            k = j
            if self._punct(k, ",") or self._punct(k, "&") or self._role(k, Role.AND):
                k += 1
                if self._role(k, Role.AND):
                    k += 1
            else:
                break
            weekday = self._role(k, Role.WEEKDAY)
            if weekday is not None:
                k = self._skip_fillers(k + 1)
            more = self._number(k, (1, 2))
            if more is None or not 1 <= more <= 31:
                break
            end = self._ordinal(k + 1)
            if end == k + 1 and self._punct(end, ".", True):
                end += 1
            if end == k + 1 and marks:
                break
            days.append(more)
            weekdays.append(weekday.value if weekday else None)
            j = end
        if marks and not between and (plain := self._plain_days(days[-1], j)) is not None:
            return days + plain[0][1:], weekdays + [None] * (len(plain[0]) - 1), plain[1], False   # "2nd and 4"
        return days, weekdays, j, False

    def _day_span(self, day: int, j: int, between: bool) -> tuple[list[int], list[int | None], int, bool] | None:
        """``2. til 4. maj``, ``2 to 4 May``, ``the 2nd to the 4th of May``, after ``between`` also ``2. og 4.
        maj``, ``Saturday 9 and Sunday 10 November``: a first day (ending at ``j``), a connector, a later day
        right before its month. The days, their weekdays, the token after the last day, and True (a span)."""
        k = j + 1 if self._punct(j, ".", True) else j
        if not (self._role(k, Role.TO) or self._role(k, Role.UNTIL) or (between and self._role(k, Role.AND))):
            return None
        k = self._skip_fillers(k + 1)
        weekday = self._role(k, Role.WEEKDAY)
        if weekday is not None:
            k = self._skip_fillers(k + 1)
        other = self._number(k, (1, 2))
        end = self._ordinal(k + 1)
        if end == k + 1 and self._punct(end, ".", True):
            end += 1
        month = end + 1 if self._word(end) == "of" else end
        if other is None or not (day < other <= 31 or _into_next_month(day, other)) \
                or not self._role(month, Role.MONTH) or not self._same_line(j, month) \
                or self._number(month + 1, (1, 2)) is not None:
            return None                                      # not "from 8 to 10 May 16"
        return [day, other], [None, weekday.value if weekday else None], end, True

    def _plain_days(self, day: int, j: int) -> tuple[list[int], int] | None:
        """``December 2 and 4``, ``May 2, 3 and 9, 2026``: plain days after a month name (from ``day``,
        which ends at ``j``), rising and joined by ``and``/``og``/``&`` at the end, none of them a time
        (``May 16, 10-15:00``, ``June 6 and 7 pm``)."""
        days, ends, joined = [day], [j], 0
        while len(days) < _MAX_LIST and (k := self._list_separator(j)) is not None:
            more = self._number(k, (1, 2))
            end = self._ordinal(k + 1)
            if more is None or not days[-1] < more <= 31 or self._timelike(end):
                break
            days.append(more)
            ends.append(end)
            joined = len(days) if self._role(k - 1, Role.AND) or self._punct(k - 1, "&") else joined
            j = end
        return (days[:joined], ends[joined - 1]) if joined else None

    def _timelike(self, i: int) -> bool:
        """Whether the token at ``i`` makes the number before it a time or a quantity: ``:30``, ``.30``,
        ``-``, ``am``, ``h``, ``hours``."""
        word = self._word(i)
        return (self._punct(i, ":.", True) and self._number(i + 1, (2,), True) is not None) \
            or self._punct(i, _DASHES | {"/"}) or self._role(i, Role.AMPM) is not None \
            or (word is not None and (word.startswith(UNIT_WORDS) or word in UNIT_EXACT))

    def _dotted_day_before_month(self, i: int) -> bool:
        """``14. marts``: a day with a Danish ordinal dot, then a month name."""
        return self._number(i, (1, 2), True) is not None and self._punct(i + 1, ".", True) \
            and self._role(i + 2, Role.MONTH) is not None

    def _named(self, i: int) -> _Dates | None:
        """Dates with a month name, day first or month first."""
        parsed = self._days(i, marks=False)
        if parsed is not None:
            days, weekdays, j, span = parsed
            k = j + 1 if self._role(j, Role.AT) else j
            month = self._role(k, Role.MONTH)
            if month is not None and self._same_line(i, k) and not (k > j and self._own_day_after(k)):
                k += 1
                if self._punct(k, ".", True):
                    k += 1
                year, k = self._year(k)
                specs = [DateSpec(d, month.value, year, w) for d, w in zip(days, weekdays)]
                if span and days[0] > days[-1]:                # "30. til 2. juni": the 30th of May
                    before, before_year = _month_before(month.value, year)
                    if not _day_exists(days[0], before, before_year):
                        return _Dates(tuple(specs[-1:]), k, False)    # "30.-2. marts": no 30 February; the 2nd
                    specs[0] = replace(specs[0], month=before, year=before_year)
                return _Dates(tuple(specs), k, span)
        month = self._role(i, Role.MONTH)
        if month is None:
            return None
        j = i + 1
        if self._punct(j, ".", True):
            j += 1
        parsed = self._days(j, marks=True)
        if parsed is None:
            year, k = self._year(j)
            return _Dates((), k, False) if year else None      # "July 2025": a month, not a date
        days, weekdays, k, span = parsed
        year, k = self._year(k)
        return _Dates(tuple(DateSpec(d, month.value, year, w) for d, w in zip(days, weekdays)), k, span)

    def _own_day_after(self, k: int) -> bool:
        """Whether the month at ``k`` has a day of its own right after it (``from 8 to 10 on May 16``: ``10 on``
        is an hour before that date, not the 10th of May)."""
        return self._number(k + 1, (1, 2)) is not None and self._same_line(k, k + 1) and not self._timelike(k + 2)

    def _week_ahead(self, i: int) -> bool:
        """Whether a week number follows at ``i`` (past ``in``, ``i``, ``of``): ``… Sunday in week 12``."""
        k = i + 1 if self._role(i, Role.AT) else i
        return self._role(k, Role.WEEK) is not None and self._number(k + 1, (1, 2)) is not None

    def _week(self, i: int, weekdays: list[int]) -> _Dates | None:
        """``week 12``, ``uge 12 2026``, ``uge 12/2026``, ``weeks 12-13``, after its weekdays (``Saturday
        in week 12``, ``lørdag i uge 12``) or before one (``uge 12, lørdag``): the weekdays of each week;
        a week alone names no day. Not days of a month (``week 10-14 March``)."""
        first = self._number(i + 1, (1, 2)) if self._role(i, Role.WEEK) and self._same_line(i, i + 1) else None
        if first is None or not 1 <= first <= 53 or self._month_after(i + 2):
            return None
        last, j = first, i + 2
        if self._punct(j, _DASHES) and (other := self._number(j + 1, (1, 2))) is not None:
            if not first < other < min(54, first + _MAX_LIST) or self._month_after(j + 2):
                return None
            last, j = other, j + 2
        if self._punct(j, "/", True) and self._number(j + 1, (4,), True) in _YEARS:
            year, j = self.tokens[j + 1].value, j + 2
        else:
            year, j = self._year(j)
        if not weekdays:
            k = j + 1 if self._punct(j, ",") or self._role(j, Role.AT) else j
            weekday = self._role(k, Role.WEEKDAY) if self._same_line(j - 1, k) else None
            weekdays, j = ([weekday.value], k + 1) if weekday is not None else ([], j)
            if not weekdays and first == last and self._weekend_before(i):
                return _Dates((DateSpec(None, None, year, 5, first), DateSpec(None, None, year, 6, first)), j, True)
        return _Dates(tuple(DateSpec(None, None, year, w, week) for week in range(first, last + 1)
                            for w in weekdays or [None]), j, False)

    def _weekend_before(self, i: int) -> bool:
        """``weekenden uge 11``, ``weekenden i uge 11``, ``the weekend of week 11``, ``weekend in week 11``: a word
        for the weekend right before the week word at ``i`` (past ``i``, ``in``, ``of``), on its line."""
        k = i - 1 if self._role(i - 1, Role.AT) and self._same_line(i - 1, i) else i
        return self._word(k - 1) in WEEKEND_WORDS and self._same_line(k - 1, i)

    def _month_after(self, i: int) -> bool:
        """A month name at ``i``, or a Danish ordinal dot before one or a dash (``10. marts``, ``10.-14.``)."""
        return self._role(i, Role.MONTH) is not None or (self._punct(i, ".", True) and (
            self._role(i + 1, Role.MONTH) is not None or self._punct(i + 1, _DASHES, True)))

    def _day_only(self, i: int, weekday: int | None = None) -> _Dates | None:
        """``Saturday the 20th``, ``lørdag den 20.``, ``den 2.``: a marked day of a month left unsaid."""
        day = self._number(i, (1, 2))
        if day is None or not 1 <= day <= 31:
            return None
        j = self._ordinal(i + 1)
        if j == i + 1 and self._punct(j, ".", True) and self._number(j + 1, (1, 2, 4), True) is None:
            j += 1
        return _Dates((DateSpec(day, None, None, weekday),), j, False) if j > i + 1 else None

    def date(self, i: int) -> _Dates | None:
        """The date starting at token ``i``, weekday included, or None; a list running on into
        another month included."""
        if i not in self._dates:
            found = self._single_date(i)
            listed = found is not None and _dated(found) and not self._after_between(i)
            self._dates[i] = self._into_next_month(found) if listed else found
        return self._dates[i]

    def _after_between(self, i: int) -> bool:
        """Whether ``between``/``mellem`` is one of the three words before ``i``: what follows is a span
        (``between May 2 and May 4``, ``mellem den 2. og 4. maj``), not a list."""
        return any(i >= n and self.tokens[i - n].word in _BETWEEN for n in (1, 2, 3))

    def _single_date(self, i: int) -> _Dates | None:
        if i not in self._single_dates:
            self._single_dates[i] = self._date(i)
        return self._single_dates[i]

    def _list_separator(self, j: int) -> int | None:
        """Past ``,``, ``&``, ``and``, ``, og`` between two items of a list on one line, or None."""
        k = j + 1 if self._punct(j, ",") or self._punct(j, "&") else j
        k += 1 if self._role(k, Role.AND) else 0
        return k if k > j and self._same_line(j - 1, k) else None

    def _month_first(self, i: int, stop: int) -> bool:
        """Whether the date in tokens ``[i, stop)`` names its month before its first day."""
        first = next((n for n in range(i, stop) if self.tokens[n].kind is Kind.NUMBER), stop)
        return any(self._role(n, Role.MONTH) for n in range(i, first))

    def _into_next_month(self, found: _Dates) -> _Dates:
        """``December 27th, 28th and January 2nd``, ``30., 31. december og 2. januar``, ``09/06/2026,
        11/06/2026 and 16/06/2026``: days running on into another date are one list. A bare day belongs
        to the month named before it in the list (``December 30, 31 and January 2``; ``30 December, 31
        and 2 January``: the 31st of December, as the days still rise), else to the month after it; a
        year written only at the end is the last month's, and a month of the list after the last one is
        of the year before."""
        dates, j, bare, end = list(found.dates), found.end, [], None
        while len(dates) + len(bare) < _MAX_LIST and (k := self._list_separator(j)) is not None:
            more = self._single_date(k)
            if more is not None and _dated(more):
                dates += [replace(dates[-1], day=day, weekday=None) for day in bare]
                dates += list(more.dates) if self._month_first(k, more.end) else _carry_rising_days(
                    dates[-1], list(more.dates))
                bare, j, end = [], more.end, more.end
                continue
            day = self._number(k, (1, 2))
            if day is None or not 1 <= day <= 31:
                break
            bare.append(day)
            j = self._ordinal(k + 1)
        return _Dates(_year_from_the_end(dates), end, False) if end is not None else found

    def _dated_weekday(self, j: int) -> Entry | None:
        """``man. 6/3``: a weekday abbreviation that is also a common word (``lexicon.DATED_WEEKDAYS``), read as
        a weekday only with its dot and a day number right after it."""
        word = self._word(j)
        if word not in DATED_WEEKDAYS or not self._punct(j + 1, ".", True) or self._number(j + 2, (1, 2)) is None \
                or not self._same_line(j, j + 2):
            return None
        return Entry(Role.WEEKDAY, DATED_WEEKDAYS[word])

    def _holiday_name(self, i: int) -> tuple[tuple[str, ...], int] | None:
        """A holiday named at ``i`` on one line (``juleaften``, ``2. pinsedag``, ``Easter Monday``): its name
        (a key of ``lexicon.HOLIDAYS``, the longest that fits) and the token after it."""
        for size in range(HOLIDAY_LONGEST, 0, -1):
            words = tuple(self.tokens[k].word for k in range(i, min(i + size, len(self.tokens))))
            if len(words) == size and words in HOLIDAYS and self._same_line(i, i + size - 1):
                return words, i + size
        return None

    def _holiday(self, i: int) -> _Dates | None:
        """A named holiday as a date: the explicit date right after it when there is one (``2. pinsedag,
        mandag den 20. maj 2024``, ``Grundlovsdag (5. juni)``, ``Easter Monday April 21, 2025``: the same
        day), else the holiday itself with the year after it, if any (``langfredag 2019``), placed by the
        resolver. A holiday in brackets after a date is a gloss of it (``13. maj 2021 (Kristi
        himmelfartsdag)``): no date of its own."""
        name, j = self._holidays[i]
        if self._punct(i - 1, "("):
            return None
        bracket = self._punct(j, "(")
        k = j + 1 if bracket or self._punct(j, ",") else j
        other = self._single_date(k) if self._same_line(j - 1, k) and k not in self._holidays else None
        if other is not None and _dated(other) and len(other.dates) == 1:
            end = other.end + 1 if bracket and self._punct(other.end, ")") else other.end
            return _Dates(other.dates, end, False)
        year, k = self._year(j)
        day = HOLIDAYS[name](year or 2000)
        if day is None:
            return None
        return _Dates((DateSpec(day.day, day.month, year, None, holiday=name),), k, False)

    def _date(self, i: int) -> _Dates | None:
        if i in self._holidays:
            return self._holiday(i)
        weekdays: list[int] = []
        j = i
        dated_only = self._dated_weekday(i)
        while (weekday := self._role(j, Role.WEEKDAY) or (dated_only if j == i else None)) is not None \
                and len(weekdays) < 2:
            weekdays.append(weekday.value)
            j += 1
            if self._punct(j, ".", True):
                j += 1
            if (self._punct(j, "/") or (self._role(j, Role.AND) and self._week_ahead(j + 2))) \
                    and self._role(j + 1, Role.WEEKDAY):
                j += 1                                       # "Friday/Saturday", "Saturday and Sunday in week 12"
                continue
            break
        after_weekday = j
        while self._punct(j, ",") or self._role(j, Role.PART_OF_DAY) or self._role(j, Role.AT):
            j += 1
            if self._punct(j, ".", True):
                j += 1
        found = self._numeric(j) or self._named(j) or self._week(j, weekdays) \
            or (self._day_only(j, weekdays[0]) if weekdays else None)
        if found is None or not found.dates:
            if found is not None:
                return found
            if weekdays and dated_only is None:
                return _Dates(tuple(DateSpec(None, None, None, w) for w in weekdays), after_weekday, False)
            return None
        dates = list(found.dates)
        if len(weekdays) == len(dates):
            dates = [replace(d, weekday=w) for d, w in zip(dates, weekdays)]
        elif weekdays and dates[0].weekday is None:
            dates[0] = replace(dates[0], weekday=weekdays[0])
        return _Dates(tuple(dates), found.end, found.span)

    # -- times -----------------------------------------------------------------------
    def time(self, i: int) -> tuple[ClockTime, int] | None:
        """The time of day starting at token ``i``, or None."""
        if i not in self._times:
            self._times[i] = self._time(i)
        return self._times[i]

    def _time(self, i: int) -> tuple[ClockTime, int] | None:
        j, clock, spaced_h = i, False, False
        if self._role(j, Role.CLOCK):
            clock, j = True, j + 1
            if self._punct(j, ".", True):
                j += 1
        if self._role(j, Role.MIDNIGHT):
            return self._marker(ClockTime(24, 0), j + 1)
        if self._role(j, Role.NOON):
            return self._marker(ClockTime(12, 0), j + 1)
        t = self._tok(j)
        if t is None or t.kind is not Kind.NUMBER:
            return None
        if len(t.text) == 4:
            hour, minute, strength, j = int(t.text[:2]), int(t.text[2:]), 1, j + 1
        elif len(t.text) == 5:                               # "1800-20150": a stray keystroke
            hour, minute, strength, j = int(t.text[:2]), int(t.text[2:4]), 0, j + 1
        elif len(t.text) <= 2:
            hour, minute, strength, j = t.value, 0, 0, j + 1
            minutes = self._number(j + 1, (2,), True)
            if self._punct(j, ":.", True) and minutes is not None:
                minute, strength, j = minutes, 2, j + 2
                if self._punct(j, ":", True) and self._number(j + 1, (2,), True) is not None:
                    j += 2                                   # seconds
            elif self._word(j) == "h" and not self.tokens[j].spaced:
                j += 1                                       # "18h" (a bare hour), "18h00"
                if (minutes := self._number(j, (2,), True)) is not None:
                    minute, strength, j = minutes, 2, j + 1
            elif self._word(j) == "h" and self._same_line(j - 1, j):
                j += 1                                       # "18 h", "18 h 30": a clock time only at both ends
                minutes = self._number(j, (2,)) if self._same_line(j - 1, j) else None   # of a range
                if minutes is not None and minutes <= 59 and not self._unit_at(j + 1):
                    minute, j = minutes, j + 1
                spaced_h = True
            elif (typed := self._typo_minutes(j - 1, clock)) is not None:
                minute, strength, j = typed, 2, j + 2        # "kl. 18,00-22,00", "18;00-22;00"
        else:
            return None
        if strength and self._word(j) in _HOURS_MARK and self._same_line(j - 1, j):
            j += 1                                           # "18.00h", "1800 hrs"
        if (after := self._oclock(j)) is not None:
            strength, j = 2, after                           # "20 o'clock", "22.00 o'clock"
        meridiem = None
        ampm = self._role(j, Role.AMPM)
        if ampm is None and self._tok(j) is not None and self.tokens[j].word in ("a", "p") \
                and self._punct(j + 1, ".", True) and self._tok(j + 2) is not None and self.tokens[j + 2].word == "m":
            ampm, j = role_of("am" if self.tokens[j].word == "a" else "pm", Role.AMPM), j + 2
            if self._punct(j + 1, ".", True):
                j += 1
        if ampm is not None and 1 <= hour <= 12:
            meridiem, strength, j = ampm.value, 2, j + 1
            hour = hour % 12 + ampm.value
        if clock:
            strength = 2
        if minute > 59 or hour > 24 or (hour == 24 and minute):
            return None
        found = self._marker(ClockTime(hour, minute, None, strength, meridiem), j)
        if spaced_h:
            self._spaced_h.add(found[1])
        return found

    def _typo_shape(self, i: int, mark: str | None = None) -> str | None:
        """The mark of ``hh,mm`` / ``hh;mm`` at ``i`` (an hour 0-24 of 1-2 digits, the mark and two digits of
        minutes 0-59, all glued), or None."""
        if not self._punct(i + 1, mark or ",;", True):
            return None
        hour, minutes = self._number(i, (1, 2)), self._number(i + 2, (2,), True)
        if hour is None or minutes is None or hour > 24 or minutes > 59 or (hour == 24 and minutes):
            return None
        return self.tokens[i + 1].text

    def _typo_minutes(self, i: int, clock: bool) -> int | None:
        """The minutes of a time typed with a comma or a semicolon at ``i`` (``18,00``, ``18;00``), read only
        where the shape cannot be a decimal or a list: after ``kl.``, ``at``, ``from``, ``fra``, or as one end
        of a range of two such times (``18,00-22,00``, ``18;00 til 22;00``); never before a unit (``1,50 kr``)."""
        mark = self._typo_shape(i)
        if mark is None or self._unit_at(i + 3) or (self._word(i + 3) or "") in _MONEY_WORDS:
            return None
        before = i - 2 if self._punct(i - 1, ".", True) else i - 1
        lead = clock or self._role(before, Role.CLOCK) is not None or self._role(before, Role.FROM) is not None \
            or self._word(before) == "at"
        link = self._punct(i + 3, _DASHES) or self._role(i + 3, Role.TO) is not None
        ahead = link and self._typo_shape(i + 4, mark) is not None \
            and not self._unit_at(i + 7) and (self._word(i + 7) or "") not in _MONEY_WORDS
        behind = (self._punct(i - 1, _DASHES) or self._role(i - 1, Role.TO) is not None) \
            and self._typo_shape(i - 4, mark) is not None
        return self.tokens[i + 2].value if lead or ahead or behind else None

    def _oclock(self, j: int) -> int | None:
        """The token after ``o'clock`` (``o``, an apostrophe and ``clock`` glued, or one word) at ``j`` on the
        line of the hour before it, or None."""
        if not self._same_line(j - 1, j):
            return None
        if self._word(j) in OCLOCK_WORDS:
            return j + 1
        if self._word(j) == "o" and self._punct(j + 1, APOSTROPHES, True) and self._word(j + 2) == "clock" \
                and not self.tokens[j + 2].spaced:
            return j + 3
        return None

    def _period_end(self, j: int) -> bool:
        """Whether a phrase naming a span of time (``in the time``, ``i tidsrummet``: ``lexicon.PERIOD_PHRASES``)
        ends at token ``j``, on one line."""
        for phrase in PERIOD_PHRASES:
            first = j - len(phrase) + 1
            if first >= 0 and self._same_line(first, j) \
                    and all(self._word(first + n) == word for n, word in enumerate(phrase)):
                return True
        return False

    def _period_range(self, j: int) -> bool:
        """Whether bare hours at ``j`` follow a period phrase (``in the time 18-22``, ``i tidsrummet 18-22``) and
        are no days (``i perioden 18.-22. marts``): the text makes them clock times."""
        return self._period_end(j - 1) and self.date(j) is None

    def _night_to(self, k: int) -> int:
        """Past ``night to``/``natten til`` before the weekday of an end (``to the night to Sunday kl. 03.00``,
        ``til natten til søndag kl. 03.00``): the end is on that day."""
        if self._word(k) in NIGHT_WORDS and self._role(k + 1, Role.TO) and self._role(k + 2, Role.WEEKDAY) \
                and self._same_line(k, k + 2):
            return k + 2
        return k

    def _unit_at(self, i: int) -> bool:
        """Whether a unit word (``min``, ``hours``, ``timer``) on the line of token ``i - 1`` is at ``i``."""
        word = self._word(i)
        return word is not None and self._same_line(i - 1, i) and (word.startswith(UNIT_WORDS) or word in UNIT_EXACT)

    def _each_day_at(self, i: int) -> bool:
        """Whether ``hver dag``, ``every day``, ``daily``, ``dagligt``, ``alle dage`` (``lexicon.EACH_DAY_PHRASES``)
        follows at ``i`` on its line, past a comma or an opening bracket."""
        while self._punct(i, ",(") and self._same_line(i - 1, i):
            i += 1
        return self._each_day_end(i) is not None

    def _each_day_end(self, i: int) -> int | None:
        """The token after an each-day phrase (``lexicon.EACH_DAY_PHRASES``) at ``i`` on its line, else None."""
        for phrase in EACH_DAY_PHRASES:
            if all(self._same_line(i - 1, i + n) and (self._word(i + n) or "").startswith(word)
                   for n, word in enumerate(phrase)):
                return i + len(phrase)
        return None

    def _marker(self, clock: ClockTime, j: int) -> tuple[ClockTime, int]:
        """Past ``(DST)``/``(ST)`` (which of a repeated hour is meant), a zone (``UTC``, ``CET``,
        ``dansk tid``) and ``next day``; a stressing word (``sharp``, ``præcis``) is passed first."""
        if self._word(j) in EXACT_TIME_WORDS and self._same_line(j - 1, j):
            j += 1
        if self._punct(j, "(") and self._role(j + 1, Role.FOLD) and self._punct(j + 2, ")"):
            clock, j = replace(clock, fold=self._role(j + 1, Role.FOLD).value), j + 3
        elif self._word(j) == "dst":
            clock, j = replace(clock, fold=0), j + 1
        elif (zone := self._zone(j)) is not None:
            offset, fold, j = zone
            clock = replace(clock, offset=offset, fold=fold if fold is not None else clock.fold)
        k = j + 1 if self._punct(j, "(") else j
        k = k + 1 if self._role(k, Role.AT) else k
        day = self._tok(k + 1)
        if self._role(k, Role.NEXT_DAY) and day is not None and day.word in ("day", "dag", "efter") \
                and self._same_line(j - 1, k + 1):
            return replace(clock, next_day=True), k + 3 if self._punct(k + 2, ")") else k + 2
        return clock, j

    def _zone(self, j: int) -> tuple[int | None, int | None, int] | None:
        """``UTC``, ``(UTC)``, ``GMT+1``, ``UTC+01:00``, a glued ``Z`` (``18:00Z``): minutes east of UTC;
        ``dansk tid``, ``local time``, ``CET``, ``CEST``, ``CET/CEST``: None (the page's own time,
        ``CET``/``CEST`` with their fold); then the fold, and the token after it all."""
        if self._word(j) == "z" and not self.tokens[j].spaced:
            return 0, None, j + 1
        k = j + 1 if self._punct(j, "(") else j
        if not self._same_line(j - 1, k):
            return None
        zone, fold = self._role(k, Role.ZONE), None
        if (local := self._role(k, Role.LOCAL_ZONE)) is not None:
            offset, fold, k = None, local.value, k + 1
            if self._punct(k, "/", True) and self._role(k + 1, Role.LOCAL_ZONE):
                fold, k = None, k + 2                        # "CET/CEST": whichever is in force
        elif zone is not None:
            offset, k = zone.value, k + 1
            hours = self._number(k + 1, (1, 2), True)
            if self._punct(k, "+-−", True) and hours is not None and hours <= 14:
                minutes = self._number(k + 3, (2,), True) if self._punct(k + 2, ":", True) else None
                sign = 1 if self.tokens[k].text == "+" else -1
                offset, k = offset + sign * (hours * 60 + (minutes or 0)), k + (4 if minutes is not None else 2)
        elif any(self._word(k) == a and (self._word(k + 1) or "").startswith(b) for a, b in LOCAL_TIME_PHRASES):
            offset, k = None, k + 2
        else:
            return None
        if k > j and self._punct(j, "("):
            return (offset, fold, k + 1) if self._punct(k, ")") else None
        return offset, fold, k

    # -- expressions -----------------------------------------------------------------
    def _relative_pair(self, i: int) -> bool:
        """``this evening``, ``last night``: a word naming a day from publication with the word after it."""
        word = self._word(i)
        return word in RELATIVE_AFTER_WORD and self._same_line(i, i + 1) \
            and self._word(i + 1) in RELATIVE_AFTER_WORD[word]

    def _relative_day(self, i: int) -> _Dates | None:
        """``tonight``, ``today``, ``yesterday``, ``tomorrow (morning)``, ``this evening``, ``last night``, ``i
        aften``, ``i dag``, ``i går (aftes)``, ``i morgen (tidlig)``, ``i eftermiddag``, ``i nat``: a day counted
        from publication (read only next to a time). A past night (``last night``, ``i nat`` in a sentence in
        the past tense) has its evening on the day before publication and its small hours on the publication
        day."""
        entry = self._role(i, Role.RELATIVE)
        if entry is not None:
            word, days, j = self._word(i), entry.value, i + 1
        elif self._word(i) == "i" and self._same_line(i, i + 1) and self._word(i + 1) in RELATIVE_AFTER_I:
            word = self._word(i + 1)
            days, j = RELATIVE_AFTER_I[word], i + 2
        elif self._relative_pair(i):
            word = self._word(i + 1)
            days, j = RELATIVE_AFTER_WORD[self._word(i)][word], i + 2
        else:
            return None
        turns = NIGHT_TURNS.get(word or "")
        if self._role(j, Role.PART_OF_DAY) and self._same_line(j - 1, j):
            word = self._word(j) if days < 0 else word              # "yesterday night", "i går nat"
            j += 1
        if word in NIGHT_WORDS and (days < 0 or (word in PAST_NIGHTS and self._past_tense(i))):
            days, turns = -1, 0
        spec = DateSpec(None, None, None, None, relative=days, night_turns=turns)
        return _Dates((spec,), j, False)

    def _past_tense(self, i: int) -> bool:
        """Whether the sentence of token ``i`` is in the past tense near it (``Manifest var lukket i nat``)."""
        sentence = self.tokens[i].sentence
        return any(self.tokens[k].sentence == sentence and self.tokens[k].word in PAST_TENSE_WORDS
                   for k in range(max(0, i - PAST_TENSE_REACH), min(len(self.tokens), i + PAST_TENSE_REACH)))

    def _point(self, i: int, after_lead: bool = False) -> tuple[Point, int, str | None, _Dates | None] | None:
        """A date and/or a time; also gives the lead word (``from``) that sat between them. A day
        named from publication (``i aften``, ``tomorrow``), or ``after_lead`` a day with no month
        (``fra den 2. kl. 18``), counts only with a time."""
        typo = self._typo_minutes(i, False) is not None      # "-22,00": a time, not the 22nd
        found = None if typo else self.date(i)
        partial = None if found is not None or typo else self._relative_day(i) or (
            self._day_only(i) if after_lead else None)
        if found is None and partial is None:
            clock = self.time(i)
            if clock is None:
                return None
            time, j = clock
            after = self._relative_day(j) if self._same_line(j - 1, j) else None
            if after is not None:
                return Point(after.dates, time), after.end, None, after
            k = j + 1 if self._punct(j, ",") or self._role(j, Role.AT) else j
            after = self.date(k) if self._same_line(j - 1, k) else None
            if after is not None and after.dates and not after.span:
                return Point(after.dates, time), after.end, None, after
            return Point((), time), j, None, None
        found = found or partial
        iso = self._word(found.end) == "t" and not self.tokens[found.end].spaced
        j = self._skip_fillers(found.end)
        t = self._tok(j)
        if t is not None and t.kind is Kind.WORD and len(t.word) <= 2 and not self._roles[j] \
                and self._tok(j + 1) is not None \
                and (self._role(j + 1, Role.AT) or self.tokens[j + 1].kind is Kind.NUMBER):
            j = self._skip_fillers(j + 1)                    # "April 23rd f at 19:00"
        if self._period_range(j + 1):
            j += 1                                           # "Thursday d. 7/3 in the time 18-22"
        led = self.tokens[j].word if self._role(j, Role.FROM) is not None else None
        if led:
            j = self._skip_fillers(j + 1)
        clock = self.time(j) if self._same_line(found.end - 1, j) else None
        own = self._own_date_after(clock[1]) if clock is not None else None
        if own is not None and (weekday := _weekday_of(found, own)) is not None:
            dates = tuple(replace(spec, weekday=weekday) for spec in own.dates)    # "Friday at 20:00 on June 5"
            return Point(dates, clock[0]), own.end, led, own
        if clock is None or (len(found.dates) > 1 and self._weekday_alone(clock[1])) or own is not None \
                or self._other_weekday_after(found, clock[1]):
            if partial is not None:
                return None
            return Point(found.dates, None), found.end, None, found     # "12-13 April from 8 am Saturday"
        if iso and (offset := self._iso_offset(clock[1])) is not None:
            clock = replace(clock[0], offset=offset[0]), offset[1]
        return Point(found.dates, clock[0], found.span), clock[1], led, found

    def _iso_offset(self, j: int) -> tuple[int, int] | None:
        """The offset glued to the time of an ISO date-time (``2026-03-12T18:00:00+01:00``,
        ``…T18:00-0500``; a ``Z`` is a zone of any time): minutes east of UTC, and the token after it."""
        if not self._punct(j, "+-−", True):
            return None
        sign = 1 if self.tokens[j].text == "+" else -1
        hours, minutes, k = self._number(j + 1, (2,), True), 0, j + 2
        if hours is None and (both := self._number(j + 1, (4,), True)) is not None:
            hours, minutes = divmod(both, 100)
        elif self._punct(k, ":", True) and self._number(k + 1, (2,), True) is not None:
            minutes, k = self._number(k + 1, (2,), True), k + 2
        if hours is None or hours > 14 or minutes > 59:
            return None
        return sign * (hours * 60 + minutes), k

    def _own_date_after(self, i: int) -> _Dates | None:
        """A day of a month right after a time, at ``i`` (past ``on``, ``den``): the time is that date's,
        not the one before it (``natten mellem lørdag og søndag, fra klokken 22 lørdag den 14. marts``)."""
        k = i + 1 if self._role(i, Role.AT) else i
        if self._number(k, (1, 2)) is None and not self._role(k, Role.WEEKDAY) and not self._role(k, Role.MONTH):
            return None                                      # the usual case, without parsing a date
        found = self.date(k) if self._same_line(i - 1, k) else None
        return found if found is not None and not found.span and _dated(found) and len(found.dates) == 1 else None

    def _other_weekday_after(self, found: _Dates, i: int) -> bool:
        """``the night to Sunday the 16. from 22.00 o'clock Saturday``: a bare weekday at ``i``, right after the
        time, that is not the weekday of the one date before it; the time is that weekday's."""
        if len(found.dates) != 1 or found.dates[0].weekday is None or not self._weekday_alone(i):
            return False
        return self.date(i).dates[0].weekday != found.dates[0].weekday

    def _weekday_alone(self, i: int) -> bool:
        """A bare weekday at ``i`` (``8 am Saturday``): the time before it is that day's."""
        found = self.date(i) if self._role(i, Role.WEEKDAY) and self._same_line(i - 1, i) else None
        return found is not None and all(d.day is None for d in found.dates)

    def _connector(self, i: int, between: bool) -> int | None:
        """The token after a range's connector: ``-``, ``to``, ``until``, ``til og med``
        (up to and including), ``og frem til``/``and up to``, ``and`` after ``between``, the ``/`` of
        an ISO interval (``2026-03-12T18:00Z/2026-03-12T20:00Z``)."""
        if self._punct(i, "/", True) and self._number(i + 1, (4,), True) in _YEARS \
                and self._punct(i + 2, _DASHES, True):
            return i + 1
        if self._punct(i, _DASHES) or self._role(i, Role.TO) or self._role(i, Role.UNTIL):
            if self._role(i + 1, Role.AND) and self._word(i + 2) in _INCLUSIVE:
                return i + 3
            return i + 1
        if self._role(i, Role.AND):
            j = i + 2 if self._word(i + 1) in _ONWARD else i + 1
            if self._role(j, Role.TO) or self._role(j, Role.UNTIL):
                return j + 1
            return i + 1 if between else None
        return None

    def _word(self, i: int) -> str | None:
        t = self._tok(i)
        return t.word if t is not None and t.kind is Kind.WORD else None

    def expression(self, i: int) -> Mention | None:
        """The longest time expression starting at token ``i``, or None."""
        first, lead = i, None
        if self._role(i, Role.FROM) is not None:
            lead, i = ("between" if self.tokens[i].word in ("between", "mellem") else "from"), i + 1
        elif self._role(i, Role.UNTIL) is not None:
            lead, i = "until", i + 1
        elif self.tokens[i].word == "at":
            lead, i = "at", i + 1
        elif self._word(i) in START_AFTER_WORDS or self._word(i) in END_BEFORE_WORDS:
            lead, i = ("from" if self._word(i) in START_AFTER_WORDS else "until"), i + 1
            if self.time(i) is None:                         # "after the window", "before the weekend"
                return None
        i = self._skip_fillers(i) if lead else i
        if lead and self._word(i) in APPROX_WORDS:           # "from around 6 pm", "fra omkring kl. 18"
            i = self._skip_fillers(i + 2 if self._punct(i + 1, ".", glued=True) else i + 1)
        parsed = self._point(i, after_lead=lead in ("from", "between"))
        if parsed is None:
            return None
        start, j, inner_lead, found = parsed
        line, sentence = self.tokens[first].line, self.tokens[first].sentence
        if lead == "until":
            return self._valid(Mention(Shape.UNTIL, None, start, first, j, line, sentence))
        between = lead == "between" or inner_lead in ("between", "mellem")
        k = self._connector(j, between) if self._same_line(j - 1, j) else None
        if found is not None and found.span and start.time is None:
            first_day, last_day = found.dates[0], found.dates[-1]
            daily = self._daily_times(Point((first_day,), None), Point((last_day,), None), found.end, first)
            if daily is not None:
                return daily
            return Mention(Shape.RANGE, Point((first_day,), None), Point((last_day,), None), first, found.end,
                           line, sentence)
        if k is not None:
            k = self._night_to(self._skip_fillers(k))
            day_end = self._day_end(k, start) if self._typo_minutes(k, False) is None else None
            end = (day_end or self._point(k)) if self._same_line(j, k) else None
            if end is not None:
                daily = self._daily_span(start, end, first, line, sentence) \
                    or self._daily_times(start, end[0], end[1], first)
                if daily is not None:
                    return daily
                start, finish = self._days_after_range(start, end[0], j, k)
                start = _month_from_end(start, finish)
                mention = self._spaced_hours(Mention(Shape.RANGE, start, finish, first, end[1], line, sentence),
                                             j, end[1])
                if self._range_ok(mention, bool(lead or inner_lead or (found and start.time)
                                                or self._period_range(first))) \
                        and not self._quantity(mention) and not self._hours_counted(j, end[1]):
                    return mention
            elif self._role(j, Role.UNTIL) and start.time is not None and start.dates:
                return Mention(Shape.FROM, start, None, first, j, line, sentence)   # "until the new EMCS…"
        if start.time is not None and start.time.strength and (lead in ("from", "between") or inner_lead or found):
            lasting = self._lasting(j)
            if lasting is not None:
                end = Point((), clock_after(start.time, lasting[0]))
                return Mention(Shape.RANGE, start, end, first, lasting[1], line, sentence)
        shape = Shape.FROM if (lead in ("from", "between") or inner_lead) and start.time else Shape.POINT
        return self._valid(Mention(shape, start, None, first, j, line, sentence), found)

    def _daily_span(self, start: Point, end: tuple, first: int, line: int, sentence: int) -> Mention | None:
        """``man. 6/3 – ons. 8/3 kl. 6-8 hver dag``, ``Monday 6 March to Wednesday 8 March, 06:00-08:00 every
        day``: a first day, a last day with the start of a range of times, and a phrase saying the times repeat
        each day right after the range: the range on each day of the span (``Point.span``). Without the phrase
        the last day keeps its range (``from Friday 18:00 to Monday 06:00`` is one window)."""
        point, after = end[0], end[1]
        if start.time is not None or len(start.dates) != 1 or start.dates[0].day is None \
                or len(point.dates) != 1 or point.dates[0].day is None or point.time is None:
            return None
        k = self._connector(after, False) if self._same_line(after - 1, after) else None
        clock = self.time(k) if k is not None and self._same_line(after, k) else None
        if clock is None or not self._each_day_at(clock[1]):
            return None
        return Mention(Shape.RANGE, Point(start.dates + point.dates, point.time, True), Point((), clock[0]), first,
                       clock[1], line, sentence)

    def _daily_times(self, start: Point, end: Point, after: int, first: int) -> Mention | None:
        """``I perioden mandag den 4. til torsdag den 7. november 2019 lukkes e-Eksport dagligt fra kl. 22.00 til
        kl. 02.00``, ``Monday March 17 – Thursday March 20, 2025: daily from 22:00 to 02:00``, ``4.-7. marts hver dag
        kl. 22-02``: a span of days without times, at most ``_DAILY_REACH`` words of its sentence and line, an
        each-day phrase, then a range of times without a day: the range on each day of the span, as
        ``_daily_span`` reads the phrase after the times. Without the phrase the times stay on the first day."""
        if start.time is not None or end.time is not None or len(start.dates) != 1 or len(end.dates) != 1 \
                or start.dates[0].day is None or end.dates[0].day is None:
            return None
        i, last = after, self._tok(after - 1)
        while (phrase_end := self._each_day_end(i)) is None:
            t = self._tok(i)
            if i - after >= _DAILY_REACH or t is None or t.line != last.line or t.sentence != last.sentence \
                    or not (t.kind is Kind.WORD or (t.kind is Kind.PUNCT and t.text in _DAILY_MARKS)):
                return None
            i += 1
        times = self.expression(phrase_end) if self._same_line(after - 1, phrase_end) else None
        if times is None or times.shape is not Shape.RANGE or times.start.dates or times.end.dates \
                or times.start.time is None or times.end.time is None:
            return None
        start = _month_from_end(start, end)
        return Mention(Shape.RANGE, Point(start.dates + end.dates, times.start.time, True), times.end, first,
                       times.last, last.line, last.sentence)

    def _hours_counted(self, start_end: int, end_end: int) -> bool:
        """``from 2 to 4 h``: a spaced hour mark at the end of a range only counts hours."""
        return end_end in self._spaced_h and start_end not in self._spaced_h

    def _spaced_hours(self, mention: Mention, start_end: int, end_end: int) -> Mention:
        """``18 h – 23 h``: bare hours with a spaced hour mark at both ends of a range are clock times."""
        if start_end not in self._spaced_h or end_end not in self._spaced_h or mention.start.time is None \
                or mention.end.time is None:
            return mention
        return replace(mention, start=replace(mention.start, time=replace(mention.start.time, strength=2)),
                       end=replace(mention.end, time=replace(mention.end.time, strength=2)))

    def _day_end(self, k: int, start: Point) -> tuple[Point, int, None, None] | None:
        """``from May 2 to 4``, ``between May 2nd and 4th, 2026``, ``from May 2 at 18:00 to 4 at 06:00``, ``fra
        den 2. maj kl. 18 til den 4. kl. 6``: a later bare day at ``k`` ending a range that starts on a day of a
        month is a day of that month, with a time when the start has one (none, and the day is an hour)."""
        first = start.dates[0] if len(start.dates) == 1 else None
        day = self._number(k, (1, 2))
        if first is None or first.day is None or day is None \
                or not (first.day < day <= 31 or _into_next_month(first.day, day)) or self._timelike(k + 1):
            return None
        j = self._ordinal(k + 1)
        if j == k + 1 and self._punct(j, ".", True):
            j += 1
        if self._role(j, Role.MONTH) or (self._word(j) == "of" and self._role(j + 1, Role.MONTH)):
            return None                                      # "to 4 May": a date of its own
        year, j = self._year(j)
        month = first.month
        if day < first.day and month is not None:             # "from May 30 to 2": the 2nd of June
            month, year = (1, year and year + 1) if month == 12 else (month + 1, year)
        spec = DateSpec(day, month, year, None)
        if start.time is None:
            return Point((spec,), None), j, None, None
        at = self._skip_fillers(j)
        clock = self.time(at) if self._same_line(j - 1, at) else None
        return (Point((spec,), clock[0]), clock[1], None, None) if clock is not None else None

    def _days_after_range(self, start: Point, end: Point, connector: int, k: int) -> tuple[Point, Point]:
        """``kl. 09.00-14.00 den 7. april``, ``09:00-14:00 on April 7th, 10th and 11th``: days written
        after a range of times are the range's days, not its end's. Kept on the end: a single day
        after ``until`` (``from 18:00 until 06:00 on Sunday``)."""
        if start.dates or start.time is None or end.time is None or not end.dates or self.date(k) is not None:
            return start, end
        if len(end.dates) == 1 and self._role(connector, Role.UNTIL):
            return start, end
        return Point(end.dates, start.time), Point((), end.time)

    def _lasting(self, j: int) -> tuple[int, int] | None:
        """A duration just after a start: ``for approx. 4 hours``, ``i ca. 4 timer``, ``and is
        expected to last 2 hours``, ``(approx. 30 minutes)``."""
        for k in range(j, j + _LASTING_REACH):
            if not self._same_line(j - 1, k):
                return None
            found = duration_at(self.tokens, k)
            if found is not None:
                return found
            if not (self._punct(k, ",(") or self._word(k) in DURATION_LEADS):
                return None
        return None

    def _quantity(self, mention: Mention) -> bool:
        """``from 5 to 10 minutes``: unmarked numbers followed by a unit count something."""
        a, b = mention.start.time, mention.end.time
        following = self._tok(mention.last)
        return a is not None and b is not None and min(a.strength, b.strength) == 0 and following is not None \
            and following.kind is Kind.WORD and self._same_line(mention.last - 1, mention.last) \
            and (following.word.startswith(UNIT_WORDS) or following.word in UNIT_EXACT)

    @staticmethod
    def _range_ok(mention: Mention, context: bool) -> bool:
        """Two ends that make a range: both dates, or both times with enough marking."""
        a, b = mention.start.time, mention.end.time
        if a is None and b is None:
            return bool(mention.start.dates and mention.end.dates)
        if a is None or b is None:
            return False
        if max(a.strength, b.strength) == 2:
            return True
        if a.strength == b.strength == 1:
            return b.minutes - a.minutes != 1                # "2025-2026" are years
        return context

    def _valid(self, mention: Mention, found: _Dates | None = None) -> Mention | None:
        """Drop a bare hour standing alone: ``S2S``'s ``2`` is not 02:00."""
        point = mention.start or mention.end
        if point.time is None or point.time.strength > 0:
            return mention
        if not point.dates or point.dates[0].relative is not None:
            return None
        stripped = Point(point.dates, None)
        end = found.end if found is not None else mention.last
        if mention.shape is Shape.UNTIL:
            return replace(mention, end=stripped, last=end)
        return replace(mention, shape=Shape.POINT, start=stripped, last=end)


def _eve(spec: DateSpec, weekday: int) -> DateSpec | None:
    """The day before ``spec`` when ``weekday`` is the weekday before its own (``the night to Sunday the 16. …
    from 22.00 o'clock Saturday``: Saturday the 15th), else None."""
    if spec.day is None or spec.weekday is None or weekday != (spec.weekday - 1) % 7 \
            or (spec.day == 1 and spec.month is None):
        return None
    if spec.day > 1:
        return replace(spec, day=spec.day - 1, weekday=weekday)
    month, year = _month_before(spec.month, spec.year)
    return replace(spec, day=calendar.monthrange(year if year is not None else 2001, month)[1], month=month,
                   year=year, weekday=weekday)


def _into_next_month(day: int, other: int) -> bool:
    """Whether a span from ``day`` to an earlier-numbered ``other`` runs into the next month (``30. til 2. juni``,
    ``from May 30 to 2``): at most ``_MAX_WRAP_DAYS`` days, counting a month of 31."""
    return 1 <= other < day <= 31 and 31 - day + other < _MAX_WRAP_DAYS


def _day_exists(day: int, month: int, year: int | None) -> bool:
    """Whether ``day`` is a day of ``month`` (of ``year``; the 29th of February of a year not written exists)."""
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _month_before(month: int, year: int | None) -> tuple[int, int | None]:
    """The month before ``month`` (of ``year``, when written): ``30. december - 2. januar 2027``."""
    return (12, year and year - 1) if month == 1 else (month - 1, year)


def _dated(found: _Dates) -> bool:
    """Days of named months, not a span of days (``June 6-7``)."""
    return bool(found.dates) and not found.span and all(d.day is not None and d.month for d in found.dates)


def _month_from_end(start: Point, end: Point) -> Point:
    """``fra den 2. kl. 18 til den 4. maj kl. 6``: a start day without its month takes the end's month and
    year (the month before, when the day is later than the end's)."""
    first, last = (start.dates[0] if len(start.dates) == 1 else None), (end.dates[-1] if end.dates else None)
    if first is None or first.day is None or first.month is not None or last is None or last.month is None \
            or last.day is None:
        return start
    month, year = last.month, last.year
    if first.day > last.day:
        month, year = (12, year and year - 1) if month == 1 else (month - 1, year)
    return replace(start, dates=(replace(first, month=month, year=year),))


def _weekday_of(before: _Dates, after: _Dates) -> int | None:
    """The weekday of one day written around its time, ``Friday at 20:00 on June 5``, ``fredag kl. 20 den 5.
    juni``: a bare weekday before it that ``after`` does not contradict; else None (two days)."""
    first, second = before.dates[0], after.dates[0]
    if len(before.dates) != 1 or not first.weekday_only or second.weekday not in (None, first.weekday):
        return None
    return first.weekday


def _carry_rising_days(last: DateSpec, dates: list[DateSpec]) -> list[DateSpec]:
    """Days listed before the next month's name that still rise from ``last`` are of its month:
    ``30 December, 31 and 2 January`` -> the 31st of December (the day just before the name is that month's)."""
    out = []
    for spec in dates[:-1]:
        if spec.month != last.month and spec.day > last.day and last.month is not None:
            spec = replace(spec, month=last.month, year=last.year)
        out.append(spec)
        last = spec
    return out + dates[-1:]


def _year_from_the_end(dates: list[DateSpec]) -> tuple[DateSpec, ...]:
    """A year written only after the list's last day: earlier days without one take it, or the year
    before when their month comes later in the calendar (``December 30th and January 3rd, 2026``)."""
    out, year, month = [], None, None
    for spec in reversed(dates):
        if spec.year is None and year is not None:
            spec = replace(spec, year=year - (spec.month > month))
        year, month = spec.year, spec.month
        out.append(spec)
    return tuple(reversed(out))


def clock_after(start: ClockTime, minutes: int) -> ClockTime:
    """The end ``minutes`` after ``start``, with its duration (``resolve.span`` counts it in real time)."""
    total = start.minutes % (24 * 60) + minutes
    hour, minute = divmod(total % (24 * 60), 60)
    return ClockTime(hour, minute, strength=2, next_day=total >= 24 * 60, offset=start.offset, elapsed=minutes)


def _with_zone(mention: Mention) -> Mention:
    """``1800-2000 UTC``: a zone written at one end of a range applies to the other, unmarked, end."""
    if mention.shape is not Shape.RANGE or mention.start.time is None or mention.end.time is None:
        return mention
    a, b = mention.start.time, mention.end.time
    if a.offset is None and a.fold is None and b.offset is not None:
        return replace(mention, start=replace(mention.start, time=replace(a, offset=b.offset)))
    if b.offset is None and b.fold is None and a.offset is not None:
        return replace(mention, end=replace(mention.end, time=replace(b, offset=a.offset)))
    return mention


def _with_meridiem(mention: Mention) -> Mention:
    """``8-9 am``: the am/pm of the end also applies to a bare start."""
    if mention.shape is not Shape.RANGE or mention.start.time is None or mention.end.time is None:
        return mention
    a, b = mention.start.time, mention.end.time
    if a.meridiem is None and b.meridiem is not None and a.strength == 0 and a.hour <= 12:
        hour = a.hour % 12 + b.meridiem
        if hour * 60 > b.minutes:
            hour = a.hour % 12
        return replace(mention, start=replace(mention.start, time=replace(a, hour=hour, strength=2)))
    return mention


@dataclass(frozen=True)
class Document:
    """A text read once: its tokens, its time expressions, where its lines and sentences are."""

    text: str
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]
    lines: dict[int, range]          # line number -> token indexes
    sentences: dict[int, range]      # sentence number -> token indexes
    by_line: dict[int, tuple[Mention, ...]]
    by_sentence: dict[int, tuple[Mention, ...]]

    def words(self, indexes: range) -> list[str]:
        """The folded words among the tokens ``indexes``."""
        return [self.tokens[i].word for i in indexes if self.tokens[i].kind is Kind.WORD]

    def in_sentence(self, sentence: int) -> tuple[Mention, ...]:
        return self.by_sentence.get(sentence, ())

    def on_line(self, line: int) -> tuple[Mention, ...]:
        return self.by_line.get(line, ())


def _ranges(keys: list[int]) -> dict[int, range]:
    """Token indexes per key (line or sentence number; ``keys`` never decrease along the tokens)."""
    return {k: range(bisect.bisect_left(keys, k), bisect.bisect_right(keys, k)) for k in dict.fromkeys(keys)}


def group_by(mentions: list[Mention], key) -> dict[int, tuple[Mention, ...]]:
    """The mentions by ``key`` (their line or sentence), in order."""
    out: dict[int, list[Mention]] = {}
    for mention in mentions:
        out.setdefault(key(mention), []).append(mention)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=64)
def read(text: str) -> Document:
    """Tokenize and parse ``text`` (cached: ``windows`` and ``classify`` read the same body)."""
    tokens = tokenize(text)
    mentions = parse(tokens)
    return Document(text, tuple(tokens), tuple(mentions), _ranges([t.line for t in tokens]),
                    _ranges([t.sentence for t in tokens]), group_by(mentions, lambda m: m.line),
                    group_by(mentions, lambda m: m.sentence))


def label_start(tokens: list[Token], mention: Mention, prefixes: tuple[str, ...],
                after: int | None = None) -> int | None:
    """Where a mention's label (``Start:``, ``End time:``) opening its line, or right after ``after``, starts."""
    colon = mention.first - 1
    if colon < 1 or tokens[colon].text != ":" or tokens[colon].line != mention.line:
        return None

    def opens(k: int) -> bool:
        return k < 1 or tokens[k - 1].line != mention.line or k == after

    first = colon - 1
    if not opens(first):
        first -= 1
    if not opens(first) or (after is not None and first < after):
        return None
    words = tokens[first:colon]
    return first if all(t.kind is Kind.WORD for t in words) and words[0].word.startswith(prefixes) else None


def _past_marks(tokens: list[Token], i: int) -> int:
    """The first token from ``i`` on that is not a mark of its line (``… 19:00 (Brussels time), End: …``)."""
    while i < len(tokens) and tokens[i].kind is Kind.PUNCT and tokens[i].line == tokens[i - 1].line:
        i += 1
    return i


def _labelled_spans(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """``Start: <date> <time>`` opening a line and ``End: <date> <time>`` right after it, on the same line
    or the next, are one range."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and before.shape is Shape.POINT and mention.shape is Shape.POINT \
                and before.start.time is not None and mention.start.time is not None \
                and label_start(tokens, mention, _END_LABELS, _past_marks(tokens, before.last)) \
                == _past_marks(tokens, before.last) \
                and label_start(tokens, before, _START_LABELS) is not None:
            out[-1] = Mention(Shape.RANGE, before.start, mention.start, before.first, mention.last, before.line,
                              before.sentence)
        else:
            out.append(mention)
    return out


def _dated_times(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """``Date: 03/03/2026  Time: 18:00 CET``: a date, and a time labelled right after it on its line, are one point."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and before.shape is Shape.POINT and mention.shape is Shape.POINT \
                and before.start.time is None and before.start.dates and mention.start.time is not None \
                and not mention.start.dates and mention.line == before.line \
                and label_start(tokens, mention, TIME_LABELS, _past_marks(tokens, before.last)) \
                == _past_marks(tokens, before.last):
            out[-1] = Mention(Shape.POINT, Point(before.start.dates, mention.start.time), None, before.first,
                              mention.last, before.line, before.sentence)
        else:
            out.append(mention)
    return out


def stated_duration(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """``Duration: approx. 4 hours``/``Varighed: ca. 4 timer`` from token ``i``: its minutes and the token after."""
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].kind is Kind.PUNCT:
        j += 1
    if j >= len(tokens) or i < 1 or tokens[j].line - tokens[i - 1].line > 1:
        return None
    for words in (1, 2):
        label = tokens[j:j + words]
        if len(label) == words and all(t.kind is Kind.WORD and t.line == tokens[j].line for t in label) \
                and label[-1].word.startswith(_DURATION_LABELS):
            k = j + words + int(j + words < len(tokens) and tokens[j + words].text == ":")
            found = duration_at(tokens, k) if k < len(tokens) and tokens[k].line == tokens[j].line else None
            if found is not None:
                return found
    return None


def _duration_before(tokens: list[Token], first: int) -> int | None:
    """``for about 2 hours from 10:00``, ``i ca. 2 timer fra kl. 10``: the minutes of a duration led by
    "for", "i", "lasting" right before the start at token ``first`` on its line, or None."""
    end = first - 1 if first and tokens[first - 1].text == "," else first
    for k in range(end - 1, max(end - _LASTING_REACH, 1) - 1, -1):
        if tokens[k].line != tokens[first].line:
            return None
        found = duration_at(tokens, k)
        if found is not None and found[1] == end and tokens[k - 1].word in LASTING_WORDS:
            return found[0]
    return None


def _duration_after(tokens: list[Token], mention: Mention, following: int) -> tuple[int, int] | None:
    """A start, then a sentence saying how long it lasts, on its line or the next (``from 18:00. It will
    take 2 hours.``, ``fra kl. 18. Det forventes at tage ca. 2 timer.``): a subject of a word or two,
    then only lead words with one of "take", "last", "vare", "tage", then the duration closing the
    sentence (not ``It will take 2 hours to fix``). The minutes and the token after them, or None.
    ``following`` is where the next mention starts: none may come between."""
    i = mention.last
    while i < len(tokens) and tokens[i].sentence == mention.sentence:
        if i - mention.last >= _SENTENCE_REST:
            return None
        i += 1
    if i >= min(len(tokens), following) or tokens[i].line - tokens[mention.last - 1].line > 1:
        return None
    sentence, j, verb = tokens[i].sentence, i, False
    while j < len(tokens) and j - i < _SUBJECT_WORDS and tokens[j].kind is Kind.WORD \
            and tokens[j].word not in DURATION_LEADS:
        j += 1
    for k in range(j, min(j + _LASTING_REACH, len(tokens))):
        found = duration_at(tokens, k) if verb else None
        if found is not None:
            after = tokens[found[1]] if found[1] < len(tokens) else None
            closes = after is None or after.sentence != sentence or after.text in ".!;"
            return found if closes else None
        if tokens[k].sentence != sentence or tokens[k].word not in DURATION_LEADS:
            return None
        verb = verb or tokens[k].word in LASTING_VERBS
    return None


def _duration_closing(tokens: list[Token], mention: Mention, following: int) -> tuple[int, int] | None:
    """A start led by "from", then the rest of its sentence ending in a duration led by "for"/"i"
    (``On June 3 from 18:00, DMS Import may be unavailable for up to 3 hours.``): the minutes and the token
    after them, or None. No other mention may come between."""
    end = min(len(tokens), following, mention.last + _SENTENCE_REST)
    for k in range(mention.last + 1, end):
        if tokens[k].sentence != mention.sentence:
            return None
        if tokens[k - 1].word not in ("for", "i"):
            continue
        found = duration_at(tokens, k)
        if found is not None:
            after = tokens[found[1]] if found[1] < len(tokens) else None
            closes = after is None or after.sentence != mention.sentence or after.text in ".!;"
            return found if closes else None
    return None


def _ends_said(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A start and, later in its sentence, a clause saying when it ends (``starts at 18:00 sharp on Tuesday June
    14 and ends at 23:00``, ``starter … kl. 18 præcis og slutter kl. 23``): one range. Only the words of
    ``END_CLAUSE_WORDS`` may come between, with one of ``END_SUBJECTS`` ("ends", "slutter")."""
    out: list[Mention] = []
    n = 0
    while n < len(mentions):
        mention = mentions[n]
        then = mentions[n + 1] if n + 1 < len(mentions) else None
        if then is not None and mention.shape in (Shape.FROM, Shape.POINT) and mention.start is not None \
                and mention.start.time is not None and then.shape is Shape.POINT and then.start is not None \
                and then.start.time is not None and then.sentence == mention.sentence \
                and 0 < then.first - mention.last <= _LASTING_REACH:
            between = [t for t in tokens[mention.last:then.first] if t.kind is not Kind.PUNCT or t.text != "."]
            if any(t.word in END_SUBJECTS for t in between) \
                    and all(t.kind is Kind.WORD and (t.word in END_SUBJECTS or t.word in END_CLAUSE_WORDS)
                            for t in between):
                out.append(Mention(Shape.RANGE, mention.start, then.start, mention.first, then.last, mention.line,
                                   mention.sentence))
                n += 2
                continue
        out.append(mention)
        n += 1
    return out


def _stated_ends(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A start and its duration stated elsewhere are one range: a dated start with a labelled duration in
    the next sentence or on the next line (``on 25/03/2026 at 19:00 CET. Duration: approximately 4
    hours.``), a start with a duration before it (``for about 2 hours from 10:00``), or a start (dated,
    or led by "from") with a sentence after it saying how long it takes (``from 18:00. It will take 2
    hours.``)."""
    out: list[Mention] = []
    for n, mention in enumerate(mentions):
        start = mention.start
        if mention.shape not in (Shape.POINT, Shape.FROM) or start is None or start.time is None:
            out.append(mention)
            continue
        lasting = stated_duration(tokens, mention.last) if start.dates else None
        if lasting is None and mention.shape is Shape.FROM:
            before = _duration_before(tokens, mention.first)
            lasting = (before, mention.last) if before is not None else None
        following = mentions[n + 1].first if n + 1 < len(mentions) else len(tokens)
        if lasting is None and mention.shape is Shape.FROM:
            lasting = _duration_closing(tokens, mention, following)
        if lasting is None and (mention.shape is Shape.FROM or (
                start.dates and mention.last < len(tokens) and tokens[mention.last].text == ".")):
            lasting = _duration_after(tokens, mention, following)
        if lasting is not None:
            mention = Mention(Shape.RANGE, start, Point((), clock_after(start.time, lasting[0])), mention.first,
                              lasting[1], mention.line, mention.sentence)
        out.append(mention)
    return out


def parse(tokens: list[Token]) -> list[Mention]:
    """Every time expression in ``tokens``, left to right, none overlapping."""
    parser, mentions = _Parser(tokens), []
    starts, k = parser.starts(), 0
    while k < len(starts):
        i = starts[k]
        month_only = parser.date(i)
        if month_only is not None and not month_only.dates:
            k = bisect.bisect_left(starts, month_only.end)   # "end of month July 2025"
            continue
        mention = parser.expression(i)
        if mention is None or mention.last <= i:
            k += 1
            continue
        mentions.append(_with_zone(_with_meridiem(mention)))
        k = bisect.bisect_left(starts, mention.last)
    return _rest_of_day(tokens, _stated_ends(tokens, _ends_said(tokens, _dated_times(tokens, _labelled_spans(tokens, _eves(mentions))))))


def _rest_of_day(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """``from 14:00 and for the rest of the day``, ``fra kl. 14 og resten af dagen``: a start with a time and no
    end, followed in its sentence by the rest of its day (``lexicon.REST_OF_DAY_PHRASES`` after at most
    ``REST_OF_DAY_REACH`` filler words), ends at midnight (24:00) of that day, as "until midnight" does."""
    out: list[Mention] = []
    for n, mention in enumerate(mentions):
        start = mention.start
        if mention.shape in (Shape.POINT, Shape.FROM) and start is not None and start.time is not None \
                and start.time.hour < 24 and mention.last < len(tokens):
            sentence, i = tokens[mention.last - 1].sentence, mention.last
            following = mentions[n + 1].first if n + 1 < len(mentions) else len(tokens)
            skipped = 0
            while i < following and skipped < REST_OF_DAY_REACH and tokens[i].sentence == sentence \
                    and (tokens[i].word in REST_OF_DAY_FILLERS or tokens[i].text == ","):
                i, skipped = i + 1, skipped + 1
            longest = max(len(phrase) for phrase in REST_OF_DAY_PHRASES)
            words = [t.word for t in tokens[i:i + longest] if t.sentence == sentence and t.kind is Kind.WORD]
            if i < following and len(words) == len(tokens[i:i + len(words)]) \
                    and any(tuple(words[:len(phrase)]) == phrase for phrase in REST_OF_DAY_PHRASES):
                phrase = next(p for p in REST_OF_DAY_PHRASES if tuple(words[:len(p)]) == p)
                mention = Mention(Shape.RANGE, start, Point((), ClockTime(24, 0)), mention.first,
                                  i + len(phrase), mention.line, mention.sentence)
        out.append(mention)
    return out


def _eves(mentions: list[Mention]) -> list[Mention]:
    """``the night to Sunday the 16. of March 2014 from 22.00 o'clock Saturday to 04.00 o'clock``: a bare weekday
    starting a timed expression right after a date, the weekday before the date's own, is the eve of that date
    (Saturday the 15th), not the next such weekday."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        start = mention.start
        if before is not None and before.shape is Shape.POINT and before.start.time is None \
                and len(before.start.dates) == 1 and mention.first == before.last and start is not None \
                and start.time is not None and len(start.dates) == 1 and start.dates[0].weekday_only \
                and start.dates[0].weekday is not None \
                and (eve := _eve(before.start.dates[0], start.dates[0].weekday)) is not None:
            mention = replace(mention, start=replace(start, dates=(eve,)))
        out.append(mention)
    return out
