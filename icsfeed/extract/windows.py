"""A message -> its service windows and the time it was done: the time-expression engine.

    PRD-servicewindow DMS Tuesday May 19, 2026           (title)
    Tuesday May 19, 2026, 1800-2300                      (body)
    -> 2026-05-19T18:00+02:00 – 23:00+02:00

Reading a message:

1. Title and body are tokenized and parsed into time expressions (``grammar``).
2. Sentences about phone hours, help desks, webinars or meetings, or a working week
   (``mandag-fredag kl. 09.00-15.00``) are ignored; citations of other pages (``… -
   info.skat.dk``, newsletters, a window "som annonceres særskilt" / "announced separately")
   give no dates of their own. A bare weekday is the message's
   own dated day of that weekday, if it has one.
3. Every range in the body is a window. A range without a date takes the nearest date
   of its sentence, else the last date above it, else the title's, else the publication
   date; one that introduces a list (``on the following Mondays, 20:00-23:00:``) takes every
   date listed one per line below it, one right below such a list (``On these dates:``,
   ``• June 3``, ``• June 10``, ``20:00-23:00``; without the introducing line when the days
   rise: ``Tuesday 3 March 2026``, ``Thursday 5 March 2026``, ``1800-2200``) every date of it,
   one in a sentence of a weekly recurrence within a month (``every Saturday in May 2015``,
   ``hver søndag i juni``) each such day of the month, and one in a sentence about the weekend
   (``i weekenden kl. 22-02``) the coming Saturday and Sunday. A range from midnight or in the
   small hours in a night between two days
   (``Saturday November 16, 0000-0400 (night between Saturday and Sunday)``, ``natten til søndag``) is
   on the second day; one from the evening (``kl. 22-02``) starts on the first. A degraded tail right after a
   range (``Herefter vil systemet være ustabil indtil kl. 24``) extends it; a sentence explaining the DST change
   (``the clock is put back one hour from 03.00 to 02.00``) states no window.
   A range restated in an update ("The servicewindow is extended." + a new range, "NEW DATE:
   …", "er rykket til …") replaces the earlier ones; ranges inside another are merged into it.
   ``Date: 12/03/2026`` and ``Time: 18:00`` (``Dato: …``, ``Tidspunkt: kl. 18-20``) on two lines are one
   point or range, its end from a ``Duration:``/``Varighed:`` line below (``_restated``, in a message about a
   window or an outage); so is a start and a sentence whose longer subject names the work and says how long
   it takes (``The planned maintenance of the system will take approximately 3 hours.``).
4. Without ranges in the body, the title's ranges; without those, a closing time and the time
   the system is back, up to three sentences on (``lukker lørdag … kl. 20.00. …
   tilgængeligt igen søndag … kl. 06.00``, ``… kl. 20.00 og forventes at åbne igen søndag … kl. 08.00``;
   a cut-over ``X lukker fredag … kl. 16.00, og Y åbner mandag … kl. 06.00. I perioden kan der ikke …``),
   else an open start in an outage sentence (``closed from Saturday March 1, 2014 at 0800
   until further notice``) or a dated time in a window sentence (``An intervention is scheduled on
   25/03/2026 at 19:00 CET``: its end is null), or a ``Date:`` line and a lone ``Time:`` line.
5. Updates move the window (``updates``): "until further notice" leaves its end open, and a
   cancellation naming the day of one window of several drops that window (``partly_cancelled``;
   one naming every window, or none, leaves them to the message's status). The newest stamped
   "Done." gives ``done_at``;
   an end stated with no window at all (``ongoing servicewindow … until 16:00``) is an
   end-only window. Still nothing: a date alone in an outage sentence, on or after
   publication, is an all-day window (``closed all day Saturday August 8, 2015``); else "this
   weekend", "during the weekend", "i weekenden" in an outage sentence without a date (not in
   the past tense) is the coming Saturday and Sunday, one all-day window ("next weekend",
   "næste weekend", "the coming weekend" the same, but the weekend after when said on one; also in a
   sentence followed by one saying short unavailability may occur); else "later today" / "senere i dag"
   so said, an all-day window on the day it is said.
6. A message whose title is about phone or opening hours, a help desk, a webinar or a meeting
   has no windows.

Hostile input is bounded: a body is read up to ``MAX_TEXT`` characters and ``MAX_LINES`` lines,
a line up to ``tokenize.MAX_LINE`` characters (all far above real messages), with a warning
when a bound cuts.

Dates are resolved with the publication date (``resolve``; ``i aften``/``tomorrow`` count from
it, or inside a stamped update from its stamp, and ``i nat``/``tonight`` with a time after midnight
from the coming night when said after noon / after 06:00, else from the publication day); a date that disagrees with its
weekday is swapped for another mention of the message that agrees (title ``Saturday the
16th of August`` vs body ``Saturday the 15th of August``), otherwise kept with a warning.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from calendar import monthrange
from dataclasses import dataclass, field, replace

from ..model import COPENHAGEN, Message, Window
from . import lexicon as lx
from .grammar import (ClockTime, DateSpec, Document, Mention, Point, Shape, clock_after, duration_at, group_by,
                      label_start, read, stated_duration)
from .resolve import HORIZON, SLACK, Day, end_after, later, local, resolve_day, span
from .impact import systems_named
from .updates import BodyLine, Change, Updates, body_lines, read_updates, referred_days
from .tokenize import MAX_LINE, Kind

_NEAR = dt.timedelta(days=7)
MAX_TEXT = 10_000          # characters read of a body (by every rule); the longest real message is about 3,700
MAX_LINES = 300            # lines read of a body; the longest real message has 70
_MAX_LISTED = 31           # dates listed one per line under a range
_REOPEN_REACH = 3          # sentences from a closing to its reopening ("lukker … kl. 18. <a sentence>. … åbner igen")
_LONG_SUBJECT = 8          # words of a subject before "will take 3 hours": "The planned maintenance of the system"


@dataclass(frozen=True)
class FoundWindows:
    """What ``find_windows`` read in a message."""

    windows: tuple[Window, ...]
    done_at: dt.datetime | None
    warnings: tuple[str, ...]
    partly_cancelled: bool = False      # an update called off some of the windows, not all


@dataclass(frozen=True)
class _Flags:
    """What the sentences of one text are about."""

    phone: frozenset[int]
    citation: frozenset[int]
    outage: frozenset[int]
    degraded: frozenset[int]        # "ustabil", "unstable", "slow": a system expected to work poorly
    window_noun: frozenset[int]
    change: frozenset[int]
    resolution: frozenset[int]      # "expected resolved Tuesday": about the fix, not the outage
    each_day: frozenset[int]        # "both days", "begge dage": a range repeats on every listed day
    tomorrow: frozenset[int]        # "tomorrow", "i morgen": undated times are the day after publication
    today: frozenset[int]           # "today", "i dag": undated times are on the publication (update's) day
    yesterday: frozenset[int]       # "yesterday", "i går": undated times are the day before it
    weekend: frozenset[int]         # "during the weekend", "i weekenden": the coming Saturday and Sunday
    next_weekend: frozenset[int]    # "next weekend", "næste weekend": the same; the one after when said on a weekend
    later_today: frozenset[int]     # "later today", "senere i dag": some time still to come on the publication day
    closing: frozenset[int]         # "lukker", "closes", "unavailable": a system closes
    reopening: frozenset[int]       # "available again", "tilgængelig igen", "reopens": a system is back
    degraded_tail: frozenset[int]   # "Herefter vil systemet være ustabil", "Thereafter … unstable": after the window
    opening: frozenset[int]         # "DMS Eksport åbner", "opens", "goes live": a (successor) system opens
    meanwhile_none: frozenset[int]  # "I perioden kan der ikke indsendes …", "In the meantime nothing can be sent"
    for_good: frozenset[int]        # "lukker for good", "closes permanently", "endeligt": a switch-over, no window
    clock_change: frozenset[int]    # "the clock is put back one hour from 03.00 to 02.00": a DST change, no window


def readable_body(body: str) -> str:
    """The part of a body the engine reads: up to ``MAX_TEXT`` characters and ``MAX_LINES`` lines."""
    text = body[:MAX_TEXT]
    if text.count("\n") >= MAX_LINES:
        text = "\n".join(text.split("\n")[:MAX_LINES])
    return text


def _flags(doc: Document) -> _Flags:
    sets: dict[str, set[int]] = {name: set() for name in _Flags.__dataclass_fields__}
    for sentence, indexes in doc.sentences.items():
        words = tuple(doc.words(indexes))
        links = tuple(doc.tokens[i].word.lower() for i in indexes if doc.tokens[i].kind is Kind.URL)
        for name in _sentence_flags(words, links):
            sets[name].add(sentence)
    sets["phone"].update(_weekly_schedules(doc.mentions))
    return _Flags(**{name: frozenset(values) for name, values in sets.items()})


def _bare_weekday(mention: Mention) -> int | None:
    dates = mention.start.dates if mention.start is not None else ()
    return dates[0].weekday if len(dates) == 1 and dates[0].weekday_only else None


def _weekly_schedules(mentions: list[Mention]) -> set[int]:
    """Sentences with a working-week range of bare weekdays (``mandag-fredag kl. 09.00-15.00``,
    ``Monday to Thursday``): opening hours repeating every week, not a window."""
    out = set()
    for first, then in zip(mentions, mentions[1:]):
        start, end = _bare_weekday(first), _bare_weekday(then)
        if start == 0 and end is not None and end >= 2 and first.sentence == then.sentence \
                and then.first - first.last <= 2:
            out.add(first.sentence)
    return out


@functools.lru_cache(maxsize=4096)
def _sentence_flags(words: tuple[str, ...], links: tuple[str, ...]) -> tuple[str, ...]:
    """The ``_Flags`` one sentence (its folded words and links) raises (cached: the page repeats
    its sentences)."""
    text = " ".join(words)

    def said(prefixes: tuple[str, ...], phrases: tuple[tuple[str, ...], ...] = ()) -> bool:
        return any(w.startswith(prefixes) for w in words) or lx.phrase_in(text, phrases)

    flags = []
    if said(lx.PHONE_WORDS, lx.PHONE_PHRASES):
        flags.append("phone")
    if said(lx.CITATION_WORDS, lx.CITATION_PHRASES) or any("info.skat.dk" in link for link in links) \
            or announced_elsewhere(words):
        flags.append("citation")
    if said(lx.OUTAGE_WORDS, lx.OUTAGE_PHRASES):
        flags.append("outage")
    if said(lx.DEGRADED_WORDS):
        flags.append("degraded")
    if said(lx.WINDOW_NOUNS, lx.WINDOW_PHRASES):
        flags.append("window_noun")
    if said(lx.END_CHANGE_WORDS + lx.MOVE_WORDS, lx.RESCHEDULE_PHRASES) \
            and not said(lx.HYPOTHETICAL_WORDS, lx.HYPOTHETICAL_PHRASES):
        flags.append("change")
    if not lx.COMPLETION_WORDS.isdisjoint(words) or lx.phrase_in(text, lx.COMPLETION_PHRASES):
        flags.append("resolution")
    if lx.phrase_in(text, lx.EACH_DAY_PHRASES):
        flags.append("each_day")
    if lx.phrase_in(text, lx.TOMORROW_PHRASES):
        flags.append("tomorrow")
    for name, days in (("today", 0), ("yesterday", -1)):
        if _says_whole(text, lx.NAMED_DAY_PHRASES[days]):
            flags.append(name)
    if _names_the_weekend(text, lx.WEEKEND_PHRASES + lx.NEXT_WEEKEND_PHRASES) and lx.PAST_WORDS.isdisjoint(words):
        flags.append("weekend")
    if _names_the_weekend(text, lx.NEXT_WEEKEND_PHRASES):
        flags.append("next_weekend")
    if _says_whole(text, lx.LATER_TODAY_PHRASES) and lx.PAST_WORDS.isdisjoint(words):
        flags.append("later_today")
    if said(lx.OUTAGE_WORDS + lx.CLOSING_WORDS, lx.OUTAGE_PHRASES + lx.CLOSING_PHRASES):
        flags.append("closing")
    if lx.phrase_in(text, lx.REOPEN_PHRASES) or _opens_again(words):
        flags.append("reopening")
    if not lx.THEN_WORDS.isdisjoint(words) and said(lx.DEGRADED_WORDS, lx.DEGRADED_PHRASES):
        flags.append("degraded_tail")
    if any(word in lx.OPENING_WORDS and (word not in ("goes", "går")
                                         or not lx.OPENING_LIVE.isdisjoint(words[i + 1:i + 3]))
           for i, word in enumerate(words)):
        flags.append("opening")
    if lx.phrase_in(text, lx.MEANWHILE_PHRASES) and not (lx.NOT_WORDS | lx.NONE_WORDS).isdisjoint(words):
        flags.append("meanwhile_none")
    if lx.phrase_in(text, lx.FOR_GOOD_PHRASES):
        flags.append("for_good")
    if any(w in lx.CLOCK_WORDS and (i == 0 or words[i - 1] != "o") for i, w in enumerate(words)) \
            and lx.phrase_in(text, lx.CLOCK_CHANGE_PHRASES) \
            and not {"outage", "window_noun", "closing", "reopening", "change"} & set(flags):       # not "o'clock"
        flags.append("clock_change")
    return tuple(flags)


def _opens_again(words: tuple[str, ...]) -> bool:
    """"åbne systemet igen", "open the system again": an opening verb with its object before "again"/"igen"
    (``lexicon.REOPEN_PHRASES`` holds the verb right before it)."""
    return any(word in lx.OPEN_VERBS and not lx.AGAIN_WORDS.isdisjoint(words[i + 2:i + 4])
               for i, word in enumerate(words))


def announced_elsewhere(words: tuple[str, ...]) -> bool:
    """Whether folded ``words`` put a window off to another notice still to come ("et PRD-servicevindue, som
    annonceres særskilt", "a service window announced in a later announcement"; see ``lexicon.ANNOUNCE_WORDS``).
    A window dated before the announcing word is this message's own ("the service window on Saturday April 20;
    times will be announced later"; "may" is the modal here: "which may be announced separately")."""
    for i, word in enumerate(words):
        if not word.startswith(lx.WINDOW_NOUNS):
            continue
        after = words[i + 1:i + 1 + lx.ELSEWHERE_REACH]
        said = next((n for n, w in enumerate(after) if w.startswith(lx.ANNOUNCE_WORDS)), None)
        if said is None or (said > 0 and after[said - 1] == "er") or any(
                w != "may" and (lx.role_of(w, lx.Role.MONTH) or lx.role_of(w, lx.Role.WEEKDAY)) for w in after[:said]):
            continue
        if any(w.startswith(lx.ELSEWHERE_WORDS) for w in after) and not any(
                w in lx.PAST_WORDS or w.startswith(lx.ALREADY_WORDS) for w in after):
            return True
    return False


def _says_whole(text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether space-joined words say one of ``phrases`` as whole words ("i dag", not "i dagene")."""
    padded = f" {text} "
    return any(f" {' '.join(phrase)} " in padded for phrase in phrases)


def _names_the_weekend(text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether space-joined words say one of ``phrases`` ("this weekend", "during the weekend", "i weekenden")
    as whole words: "weekends" and "every weekend" recur."""
    padded = f" {text} "
    return " weekend" in padded and any(f" {' '.join(phrase)} " in padded for phrase in phrases)


def _day_named_from(spec: DateSpec, time: ClockTime | None, said: dt.datetime) -> dt.date:
    """The day of ``spec``, named from the moment ``said`` (``i aften``, ``tomorrow``); a time after the midnight
    of a night so named that is the coming one (``i nat kl. 01.00-03.00`` said after noon, ``tonight from 01:00``
    said after 06:00) is a day later."""
    turned = spec.night_turns is not None and time is not None and time.hour < lx.NIGHT_MORNING_END \
        and said.hour >= spec.night_turns
    return said.date() + dt.timedelta(days=spec.relative + turned)


def _update_times(lines: tuple[BodyLine, ...]) -> dict[int, dt.datetime]:
    """When each line of a stamped update was written (its stamp; a date-only stamp: noon of its day): the
    moment its "i aften", "today", "tomorrow" count from."""
    return {line.number: line.stamp.at or dt.datetime.combine(line.stamp.day, dt.time(12), tzinfo=COPENHAGEN)
            for line in lines if line.stamp is not None}


def _named_from_updates(doc: Document, said: dict[int, dt.datetime], published: dt.datetime) -> Document:
    """``doc`` with the days named inside an update (``Update 04-03-2026 kl. 10.00: … i aften kl. 20-23``)
    counted from that update, not from the publication (still as days after publication)."""
    def recount(point: Point | None, at: dt.datetime) -> Point | None:
        if point is None or not any(spec.relative is not None for spec in point.dates):
            return point
        def days(spec: DateSpec) -> int:
            return (_day_named_from(spec, point.time, at) - published.date()).days

        return replace(point, dates=tuple(replace(spec, relative=days(spec), night_turns=None)
                                          if spec.relative is not None else spec for spec in point.dates))

    out = [replace(m, start=recount(m.start, said[m.line]), end=recount(m.end, said[m.line]))
           if m.line in said else m for m in doc.mentions]
    if all(a == b for a, b in zip(out, doc.mentions)):
        return doc
    return replace(doc, mentions=tuple(out), by_line=group_by(out, lambda m: m.line),
                   by_sentence=group_by(out, lambda m: m.sentence))


@dataclass
class _Calendar:
    """Resolves written dates for one message, swapping weekday typos for agreeing mentions."""

    published: dt.datetime
    mentioned: list[DateSpec]
    warnings: list[str] = field(default_factory=list)
    _agreeing_days: dict[int, list[dt.date]] = field(default_factory=dict)
    _dated_days: set[dt.date] = field(default_factory=set)
    _weeks: set[dt.date] = field(default_factory=set)      # the Mondays of the weeks named ("i weekenden uge 11")

    def __post_init__(self) -> None:
        for spec in set(self.mentioned):
            if spec.weekday_only:
                continue
            found = resolve_day(spec, self.published.date())
            if found is None or not found.consistent:
                continue
            self._dated_days.add(found.date)
            if spec.week is not None:
                self._weeks.add(found.date - dt.timedelta(days=found.date.weekday()))
            if spec.weekday is not None:
                self._agreeing_days.setdefault(spec.weekday, []).append(found.date)

    def day(self, spec: DateSpec, after: dt.date | None = None, time: ClockTime | None = None) -> dt.date | None:
        """The date ``spec`` means; ``time`` is the time written with it (``i nat kl. 01``)."""
        if spec.relative is not None:                        # "i aften", "tomorrow": from the publication day
            return _day_named_from(spec, time, self.published)
        if spec.weekday_only and spec.weekday is not None and (named := self._named_day(spec.weekday, after)):
            return named
        found = resolve_day(spec, self.published.date(), after)
        if found is None:
            found = self._for_impossible(spec, after)
        if found is None:
            return None
        if not found.consistent:
            found = self._agreeing(spec, found)
        self.warnings.extend(w for w in found.warnings if w not in self.warnings)
        return found.date

    def _named_day(self, weekday: int, after: dt.date | None) -> dt.date | None:
        """A bare weekday (``between Saturday 08:00 and Sunday 18:00``) is the message's own dated
        day of that weekday (title ``weekend 14-15 March 2026``), the first on or after ``after``;
        without one, that day of the first week the message names (``fra fredag kl. 17 til mandag kl. 07 i
        weekenden uge 11``: the Friday of week 11), else the first such day from the message's first date on
        (``Saturday March 14`` … ``moved to Sunday`` -> the 15th)."""
        published = self.published.date()
        earliest, latest = (after, after + _NEAR) if after else (published - SLACK, published + HORIZON)
        days = [d for d in self._dated_days if earliest <= d <= latest]
        named = [d for d in days if d.weekday() == weekday]
        if named or after is not None or not days:
            return min(named, default=None)
        weeks = [monday for monday in self._weeks if earliest <= monday + dt.timedelta(days=weekday) <= latest]
        if weeks:
            return min(weeks) + dt.timedelta(days=weekday)
        first = min(days)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7)

    def _for_impossible(self, spec: DateSpec, after: dt.date | None) -> Day | None:
        """A day that no calendar has (``tirsdag den 31. juni``, ``Tuesday June 31``): the nearest day another
        mention of the message dates consistently (the title's ``tirsdag den 30. juni``), with the stated
        weekday when one is written; None when no mention offers one."""
        if spec.day is None or spec.month is None or spec.week is not None or spec.holiday is not None \
                or not 28 < spec.day <= 31:
            return None
        last = monthrange(spec.year or self.published.year, spec.month)[1]
        if spec.day <= last:
            return None
        near = resolve_day(replace(spec, day=last, weekday=None), self.published.date(), after)
        if near is None:
            return None
        options = [d for d in self._dated_days if abs(d - near.date) <= _NEAR
                   and (d.weekday() == spec.weekday if spec.weekday is not None else d.month == spec.month)]
        if not options:
            return None
        best = min(options, key=lambda d: abs(d - near.date))
        return Day(best, True, (f"day {spec.day} of month {spec.month} does not exist; another mention says {best}",))

    def _agreeing(self, spec: DateSpec, found: Day) -> Day:
        """Another mention of a nearby day with the stated weekday, e.g. the title's."""
        options = [d for d in self._agreeing_days.get(spec.weekday, ()) if abs(d - found.date) <= _NEAR]
        if not options:
            return found
        best = min(options, key=lambda d: abs(d - found.date))
        return Day(best, True, (f"{found.date} disagrees with its weekday; another mention says {best}",))


@dataclass
class _Reader:
    """Turns the mentions of one text into windows."""

    doc: Document
    flags: _Flags
    calendar: _Calendar
    fallback: tuple[DateSpec, ...]       # the title's dates, else the publication date
    said: dict[int, dt.datetime] = field(default_factory=dict)   # line -> when its update was written
    stamp_lines: frozenset[int] = frozenset()                    # the header lines of stamped updates

    def usable(self, mention: Mention) -> bool:
        return mention.sentence not in self.flags.phone and mention.sentence not in self.flags.clock_change

    def __post_init__(self) -> None:
        self._dated = [n for n, m in enumerate(self.doc.mentions)
                       if m.dates and self.usable(m) and m.sentence not in self.flags.citation]
        self._line_numbers = sorted(self.doc.lines)
        self._introducing: dict[int, bool] = {}
        self._recurring = _recurrences(self.doc, self.calendar.published.date())
        self._nights: dict[int, tuple[DateSpec, ...]] = {}
        self._filled = 0                # days filled into spans by ``_every_day``, at most ``_MAX_LISTED`` a text

    def context_dates(self, index: int) -> tuple[DateSpec, ...]:
        """Dates for a mention written without one: its sentence's, the day it names ("yesterday", "i morgen",
        counted from its update), the last one above, the title's."""
        mentions, sentence = self.doc.mentions, self.doc.mentions[index].sentence
        at = bisect.bisect_left(self._dated, index)
        before = self._dated[at - 1] if at else None
        named = next((days for days, flags in ((1, self.flags.tomorrow), (0, self.flags.today),
                                               (-1, self.flags.yesterday)) if sentence in flags), None)
        if before is not None and mentions[before].sentence == sentence \
                and not (named is not None and self._is_stamp(mentions[before])):
            return mentions[before].dates
        after = self._dated[at] if at < len(self._dated) and self._dated[at] == index else None
        following = self._dated[at + (after is not None)] if at + (after is not None) < len(self._dated) else None
        if following is not None and mentions[following].sentence == sentence:
            return mentions[following].dates
        if named is not None:           # from the update the sentence is in, else from the publication
            said = self.said.get(mentions[index].line, self.calendar.published)
            day = said.date() + dt.timedelta(days=named)
            return (DateSpec(day.day, day.month, day.year, None),)
        if sentence in self.flags.weekend:
            return tuple(DateSpec(day.day, day.month, day.year, None) for day in self._weekend(sentence))
        if before is not None:
            return mentions[before].dates
        return self.fallback

    def _is_stamp(self, mention: Mention) -> bool:
        """Whether ``mention`` is the stamp opening an update's header line (``Update 04-03-2026 kl. 10.00: …``)."""
        return mention.line in self.stamp_lines and self.doc.on_line(mention.line)[0] is mention

    def ranges(self) -> list[tuple[Window, Mention]]:
        out = []
        for index, mention in enumerate(self.doc.mentions):
            if mention.shape is not Shape.RANGE or not self.usable(mention) or (
                    mention.start.time is None and mention.end.time is None):
                continue                                     # a span of days is an all-day candidate
            own_day = not all(spec.weekday_only for spec in mention.start.dates)
            listed = () if own_day else self._recurring.get(mention.sentence) or self._listed_days(mention) \
                or self._listed_above(mention)
            dates = listed or mention.start.dates or self.context_dates(index)
            each_day = bool(listed) or mention.sentence in self.flags.each_day
            if mention.start.span and each_day and not listed:
                dates = self._every_day(dates)
            windows = [w for spec in dates if (w := self._range(spec, mention)) is not None]
            if len(windows) == 1 and self._night_before(index):
                windows = [_days_later(windows[0], -1)]
            windows = self._second_day_of_night(index, windows, each_day)
            windows = self._degraded_tail(index, _one_night(windows, mention, each_day))
            out.extend((window, mention) for window in windows)
        return out + self._same_hours(out)

    def line_systems(self, found: list[tuple[Window, Mention]]) -> dict[Window, tuple[str, ...]]:
        """The systems named on the line of each window's range before it (``Manifest: kl. 21.00-21.30``), for
        windows on lines of their own (one range a line); none for the rest."""
        out: dict[Window, tuple[str, ...]] = {}
        tokens, ranges = self.doc.tokens, {}
        for _, mention in found:
            ranges.setdefault(mention.line, set()).add(mention.first)
        for window, mention in found:
            if len(ranges[mention.line]) == 1:
                first = tokens[self.doc.lines[mention.line].start].start
                out[window] = systems_named(self.doc.text[first:tokens[mention.first].start])
        return out

    def _same_hours(self, found: list[tuple[Window, Mention]]) -> list[tuple[Window, Mention]]:
        """``Hvis det bliver nødvendigt, gentages lukningen … lørdag den 20. maj 2017 i samme tidsrum``, ``repeated
        on Saturday 20 May at the same times``: a day without a time, a same-hours phrase within
        ``lexicon.SAME_HOURS_REACH`` tokens of it, after a timed window: that window's hours on that day (as a
        move to a day, ``_moved``). Not in a sentence that moves the window (``udskudt … i samme tidsrum``: the
        update's move, ``updates``)."""
        out, tokens = [], self.doc.tokens
        for mention in self.doc.mentions:
            if mention.shape is not Shape.POINT or mention.start.time is not None \
                    or len(mention.start.dates) != 1 or mention.start.dates[0].day is None \
                    or not self.usable(mention) or mention.sentence in self.flags.change \
                    or mention.sentence in self.flags.citation:
                continue
            near = [t.word for t in tokens[max(0, mention.first - lx.SAME_HOURS_REACH):mention.first]
                    + tokens[mention.last:mention.last + lx.SAME_HOURS_REACH]
                    if t.sentence == mention.sentence and t.kind is Kind.WORD]
            day = self.calendar.day(mention.start.dates[0]) if lx.phrase_in(" ".join(near),
                                                                             lx.SAME_HOURS_PHRASES) else None
            before = [w for w, m in found if m.first < mention.first and not w.all_day and w.end is not None] \
                if day is not None else []
            if not before or day == before[-1].start.date():
                continue
            window = _moved(before[-1], Change("move", mention.line, mention.sentence, (), day=day))
            if window is not None:
                out.append((window, mention))
        return out

    def _next_sentence(self, sentence: int, then: int) -> bool:
        """Whether sentence ``then`` is ``sentence`` or the one right after it (sentences without words skipped)."""
        if then == sentence:
            return True
        return sentence < then <= sentence + 3 and not any(s in self.doc.sentences for s in range(sentence + 1, then))

    def _degraded_tail(self, index: int, windows: list[Window]) -> list[Window]:
        """A range, then right after it (the next mention, in its sentence or the next) "after that" a system
        working poorly until a time: ``kl. 18.00-22.00. Herefter vil systemet være ustabil indtil kl. 24``,
        ``from 18:00 to 22:00. Thereafter the system may be unstable until midnight`` -> the window ends then (the
        first such time after its end, within a day; a dated end only for one window)."""
        mentions = self.doc.mentions
        tail = mentions[index + 1] if index + 1 < len(mentions) else None
        if tail is None or not windows or tail.shape is not Shape.UNTIL or tail.end is None or tail.end.time is None \
                or tail.sentence not in self.flags.degraded_tail or not self.usable(tail) \
                or not self._next_sentence(mentions[index].sentence, tail.sentence) \
                or (tail.end.dates and len(windows) > 1):
            return windows
        out = []
        for window in windows:
            if window.all_day or window.end is None:
                return windows
            day = self.calendar.day(tail.end.dates[0], after=window.end.date(), time=tail.end.time) \
                if tail.end.dates else None
            end = end_after(window.end, tail.end.time, day)
            if not window.end.timestamp() < end.timestamp() <= window.end.timestamp() + 86400:
                return windows
            out.append(Window(window.start, end))
        return out

    def _every_day(self, specs: tuple[DateSpec, ...]) -> tuple[DateSpec, ...]:
        """The first and last day of a span (``man. 6/3 – ons. 8/3 kl. 6-8 hver dag``, ``fra 2. til 4. maj kl. 6-8
        alle dage``) and every day between, for a range said to repeat each day; at most ``_MAX_LISTED`` days in
        all the spans of a text (a bound on hostile input)."""
        first = self.calendar.day(specs[0]) if len(specs) == 2 and self._filled < _MAX_LISTED else None
        last = self.calendar.day(specs[1], after=first) if first is not None else None
        if last is None or not 0 < (last - first).days < _MAX_LISTED - self._filled:
            return specs
        self._filled += (last - first).days + 1
        days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
        return tuple(DateSpec(day.day, day.month, day.year, None) for day in days)

    def _introduces_list(self, line: int) -> bool:
        """Whether ``line`` ends in a colon or says "following", "these dates", "følgende" (cached)."""
        if line not in self._introducing:
            indexes = self.doc.lines[line]
            self._introducing[line] = self.doc.tokens[indexes[-1]].text == ":" or lx.phrase_in(
                " ".join(self.doc.words(indexes)), lx.LIST_PHRASES)
        return self._introducing[line]

    def _listed_date(self, line: int) -> tuple[DateSpec, ...]:
        """The days of a line holding one date alone, with marks only (``• June 3, 2019``), else ``()``."""
        on_line, tokens = self.doc.on_line(line), self.doc.tokens
        if len(on_line) != 1 or on_line[0].shape is not Shape.POINT or on_line[0].start.time is not None \
                or any(spec.weekday_only for spec in on_line[0].dates) \
                or any(tokens[i].kind is not Kind.PUNCT for i in self.doc.lines[line]
                       if not on_line[0].first <= i < on_line[0].last):
            return ()
        return on_line[0].dates

    def _listed_days(self, mention: Mention) -> tuple[DateSpec, ...]:
        """The days listed one per line under a range without a day of its own that introduces
        them (its line ends in a colon or says "following"): ``unavailable on the following
        Mondays, 20:00-23:00:`` then ``• June 3, 2019``, ``• June 10, 2019``; at most ``_MAX_LISTED``."""
        if not self._introduces_list(mention.line):
            return ()
        out: list[DateSpec] = []
        at = bisect.bisect_right(self._line_numbers, mention.line)
        for line in self._line_numbers[at:at + _MAX_LISTED]:
            if not (dates := self._listed_date(line)):
                break
            out.extend(dates)
        return tuple(out)

    def _listed_above(self, mention: Mention) -> tuple[DateSpec, ...]:
        """Days listed one per line (two or more) under a line that introduces them, right above a
        range without a day of its own: ``On these dates:``, ``• June 3``, ``• June 10``,
        ``20:00-23:00`` -> the range on each; at most ``_MAX_LISTED``. Without an introducing line the
        days must rise (``Tuesday 3 March 2026``, ``Thursday 5 March 2026``, ``kl. 18-22 begge dage``):
        one day written twice is a restatement."""
        at = bisect.bisect_left(self._line_numbers, mention.line)
        out: list[tuple[DateSpec, ...]] = []
        for line in reversed(self._line_numbers[max(0, at - _MAX_LISTED - 1):at]):
            if not (dates := self._listed_date(line)):
                if len(out) < 2:
                    return ()
                listed = tuple(spec for dates in reversed(out) for spec in dates)
                return listed if self._introduces_list(line) or self._rising(listed) else ()
            out.append(dates)
        listed = tuple(spec for dates in reversed(out) for spec in dates)
        return listed if len(out) >= 2 and at <= _MAX_LISTED and self._rising(listed) else ()

    def _rising(self, specs: tuple[DateSpec, ...]) -> bool:
        """Whether ``specs`` are days one after another (a list without a line introducing it: ``Tuesday 3 March
        2026``, ``Thursday 5 March 2026``, then ``1800-2200``), not one day restated."""
        days = [self.calendar.day(spec) for spec in specs]
        return None not in days and all(a < b for a, b in zip(days, days[1:]))

    def _night_before(self, index: int) -> bool:
        """A range past midnight dated with the night's second day: ``natten til søndag den 15.
        marts kl. 23.00-05.00``, ``the night between Saturday March 14 and Sunday March 15,
        23:00-05:00`` (the range starts on the 14th). Midnight as a start (``natten til søndag
        … fra midnat til kl. 6``) is 00:00 of the dated day, as ``span`` reads it. A range without a date of its
        own after "the night to <day>" in its sentence (``the night to Monday the 7.; closed from 23:00 to 05:00``)
        takes that day, and starts the day before as well."""
        mention, tokens = self.doc.mentions[index], self.doc.tokens
        start, end = mention.start, mention.end
        before = self.doc.mentions[index - 1] if index else None
        if not start.dates and before is not None and before.sentence == mention.sentence \
                and before.shape is Shape.POINT and before.start.time is None and len(before.start.dates) == 1:
            dated = before                                    # the day the range takes (``context_dates``)
        elif len(start.dates) == 1:
            dated = mention
        else:
            return False
        if end.dates or start.time is None or end.time is None \
                or start.time.hour == 24 or end.time.minutes >= start.time.minutes:
            return False
        if dated.first >= 2 and tokens[dated.first - 2].kind is Kind.WORD \
                and lx.role_of(tokens[dated.first - 2].word, lx.Role.PART_OF_DAY) \
                and lx.role_of(tokens[dated.first - 1].word, lx.Role.TO):
            return True                                       # "natten til søndag", "the night to Sunday"
        if dated is not mention:
            return False
        if before is None or before.sentence != mention.sentence or before.shape is not Shape.POINT \
                or before.start.time is not None or len(before.start.dates) != 1 \
                or mention.first - before.last > 1:
            return False
        first, second = self.calendar.day(before.start.dates[0]), self.calendar.day(start.dates[0])
        return first is not None and second is not None and second - first == dt.timedelta(days=1)

    def _second_day_of_night(self, index: int, windows: list[Window], each_day: bool) -> list[Window]:
        """A range starting at midnight or in the small hours, not past midnight, in a night between two
        days is on the second day: dated with the night's first day (``kl. 00.00-04.00 natten mellem
        lørdag den 13. og søndag den 14.``, ``Saturday November 16, 0000-0400 (night between Saturday
        and Sunday)``) it moves a day on; written with both (``natten mellem den 14. og 15. marts kl.
        01-05``) it keeps the second. One starting in the evening (``kl. 22-02``) starts on the first."""
        mention = self.doc.mentions[index]
        start, end = mention.start.time, mention.end.time
        if start is None or end is None or mention.end.dates or start.hour >= lx.SMALL_HOURS_END \
                or (end.elapsed is None and (end.next_day or end.minutes <= start.minutes)):
            return windows
        one_day = dt.timedelta(days=1)
        if len(windows) == 2 and not each_day and self._after_night_word(mention.first) \
                and windows[1].start.date() - windows[0].start.date() == one_day:
            return windows[1:]
        if len(windows) != 1:
            return windows
        first = windows[0].start.date()
        if any(self.calendar.day(spec, after=first) == first + one_day
               for spec in self._nights_second_days(mention.sentence)):
            return [_days_later(windows[0], 1)]
        return windows

    def _after_night_word(self, first: int) -> bool:
        """Whether a word for night (``natten``, ``night``) is one of the two tokens before token ``first``."""
        return any(t.kind is Kind.WORD and t.word in lx.NIGHT_WORDS for t in self.doc.tokens[max(0, first - 2):first])

    def _nights_second_days(self, sentence: int) -> tuple[DateSpec, ...]:
        """The second day of each night between two days written in ``sentence``: ``natten mellem lørdag
        og søndag``, ``the night between Saturday March 14 and Sunday March 15``, ``natten til søndag``
        (distinct, cached)."""
        if sentence in self._nights:
            return self._nights[sentence]
        out: list[DateSpec] = []
        for mention in self.doc.in_sentence(sentence):
            if not self._after_night_word(mention.first):
                continue
            if mention.shape is Shape.RANGE and mention.end.dates and mention.start.time is None:
                out.append(mention.end.dates[-1])         # "natten mellem lørdag og søndag"
            elif mention.start is not None and mention.start.dates \
                    and lx.role_of(self.doc.tokens[mention.first - 1].word, lx.Role.TO):
                out.append(mention.start.dates[0])        # "natten til søndag"
        self._nights[sentence] = tuple(dict.fromkeys(out))
        return self._nights[sentence]

    def _range(self, spec: DateSpec, mention: Mention) -> Window | None:
        start, end = mention.start, mention.end
        end_spec = end.dates[-1] if end.dates else None
        if spec.year is None and end_spec is not None and end_spec.year is not None and spec.month is not None:
            year = end_spec.year - ((spec.month, spec.day) > (end_spec.month or 0, end_spec.day or 0))
            spec = replace(spec, year=year)
        first = self.calendar.day(spec, time=start.time)
        if first is None:
            return None
        last = None
        if end_spec is not None:
            if end_spec.year is None and end_spec.month is not None:
                earlier = (end_spec.month, end_spec.day) < (first.month, first.day)
                end_spec = replace(end_spec, year=first.year + earlier)
            last = self.calendar.day(end_spec, after=first if end_spec.month is None else None, time=end.time)
            if last is None:
                return None
        if start.time is None and end.time is None:
            return _window(first, last, all_day=True) if last is not None else None
        if start.time is None:
            return None
        if end.time is None:
            return Window(local(first, start.time), None)
        return _window(*span(first, start.time, last, end.time))

    def open_starts(self, headers: set[int]) -> list[Window]:
        """A start and no end: ``closed from Saturday March 1, 2014 at 0800 until the new
        version has been installed``, or a dated time in a window sentence
        (``PRD-servicewindow Monday April 29, 2024, 1800``)."""
        def starts(shape: Shape, sentences: frozenset[int]) -> list[Window]:
            return [Window(local(day, m.start.time), None) for m in self.doc.mentions
                    if m.shape is shape and m.start is not None and m.start.dates and m.start.time is not None
                    and self.announces(m) and m.sentence in sentences and m.line not in headers
                    for spec in m.start.dates if (day := self.calendar.day(spec, time=m.start.time)) is not None]

        return starts(Shape.FROM, self.flags.outage | self.flags.closing) or starts(Shape.POINT, self.flags.window_noun) \
            or self._dated_line_starts(headers)

    def end_only(self, headers: set[int]) -> list[Window]:
        """An end and no start: a dated latest time the system is back, or an end of an outage (``will be
        available again before 8 am on Tuesday April 5``, ``er tilgængelig igen senest kl. 08.00 onsdag den 6.
        april``, ``unavailable until 06:00 on Monday June 2``) -> start null (the spec's end-only window)."""
        return [Window(None, local(day, m.end.time)) for m in self.doc.mentions
                if m.shape is Shape.UNTIL and m.end is not None and m.end.dates and m.end.time is not None
                and m.sentence in (self.flags.outage | self.flags.reopening)
                and self.announces(m, reopens_here=m.sentence in self.flags.reopening)
                and m.line not in headers
                for spec in m.end.dates[:1] if (day := self.calendar.day(spec, time=m.end.time)) is not None]

    def _dated_line_starts(self, headers: set[int]) -> list[Window]:
        """``Date: 12/03/2026`` then ``Time: 18:00`` on the next line (``grammar`` reads them apart,
        ``_dated_lines`` together, in a message about a window or an outage): a start, its end null."""
        tokens = list(self.doc.tokens)
        return [Window(local(day, m.start.time), None) for m in self.doc.mentions
                if m.shape is Shape.POINT and m.start.dates and m.start.time is not None
                and tokens[m.last - 1].line != m.line and label_start(tokens, m, lx.DATE_LABELS) is not None
                and self.announces(m) and m.line not in headers
                for spec in m.start.dates if (day := self.calendar.day(spec, time=m.start.time)) is not None]

    def reopened(self, headers: set[int]) -> list[Window]:
        """A dated closing time, then when the system is back, in the same sentence or up to ``_REOPEN_REACH``
        sentences on with no time between (``… closes at 18:00 on Friday 6 March. <a sentence>. The system opens
        again at 06:00 on Monday.``):
        ``Eksportsystemet lukker lørdag den 31. januar 2015 kl. 20.00. Systemet forventes at være
        tilgængeligt igen søndag den 1. februar kl. 06.00`` -> one window (an end without a date
        is the first such time after the start; a bare day right before its time is its date: ``We expect the
        system is open again Monday morning kl. 7``). A cut-over is one too: a closing, then in its sentence or
        the next the opening of the successor, with a sentence right after saying nothing can be sent meanwhile
        (``e-Eksport lukker fredag … kl. 16.00, og DMS Eksport åbner mandag … kl. 06.00. I perioden kan der ikke
        indsendes …``), within a week and not a closing for good."""
        out, mentions = [], self.doc.mentions
        for n, start in enumerate(mentions[:-1]):
            end, day = self._reopening_time(n + 1)
            if end.shape is Shape.UNTIL and end.end is not None:   # "… og er tilgængelig igen senest kl. 06"
                end = replace(end, shape=Shape.POINT, start=end.end, end=None)
            if start.shape not in (Shape.POINT, Shape.FROM) or not start.start.dates or start.start.time is None \
                    or start.sentence not in self.flags.closing or start.line in headers \
                    or not self.announces(start, reopens_here=end.sentence == start.sentence) \
                    or end.shape is not Shape.POINT or end.start.time is None or not self.usable(end):
                continue
            cut_over = end.sentence not in self.flags.reopening and self._cut_over(start, end)
            if not cut_over and (end.sentence not in self.flags.reopening
                                 or end.sentence - start.sentence > _REOPEN_REACH):
                continue
            first = self.calendar.day(start.start.dates[0], time=start.start.time)
            dates = end.start.dates or day
            last = self.calendar.day(dates[0], after=first, time=end.start.time) \
                if first is not None and dates else None
            if first is not None and (last is not None or not dates):
                window = _window(*span(first, start.start.time, last, end.start.time))
                if window is not None and cut_over and window.end.timestamp() - window.start.timestamp() > \
                        _NEAR.total_seconds():
                    continue
                out.extend([window] if window is not None else [])
        return out

    def _reopening_time(self, n: int) -> tuple[Mention, tuple[DateSpec, ...]]:
        """The mention at ``n``, and the date of a bare day right before its time in one sentence ("Monday
        morning kl. 7", "mandag morgen kl. 7": grammar reads the day and the time apart): then the time's
        mention with that date, else ``()``."""
        mentions, tokens = self.doc.mentions, self.doc.tokens
        mention = mentions[n]
        then = mentions[n + 1] if n + 1 < len(mentions) else None
        if then is None or mention.shape is not Shape.POINT or mention.start.time is not None \
                or len(mention.start.dates) != 1 or then.shape is not Shape.POINT or then.start.time is None \
                or then.start.dates or then.sentence != mention.sentence or then.first - mention.last > 2 \
                or any(tokens[i].kind is not Kind.WORD or not lx.role_of(tokens[i].word, lx.Role.PART_OF_DAY)
                       for i in range(mention.last, then.first)):
            return mention, ()
        return then, mention.start.dates

    def _cut_over(self, start: Mention, end: Mention) -> bool:
        """A closing at ``start`` and an opening at ``end`` (in its sentence or the next), a sentence right after
        the opening's saying nothing can be sent meanwhile, and no closing for good."""
        return end.sentence in self.flags.opening and self._next_sentence(start.sentence, end.sentence) \
            and start.sentence not in self.flags.for_good and end.sentence not in self.flags.for_good \
            and any(s in self.flags.meanwhile_none and self._next_sentence(end.sentence, s)
                    for s in range(end.sentence, end.sentence + 4))

    def announces(self, mention: Mention, reopens_here: bool = False) -> bool:
        """Not phone hours, not a citation, not "expected resolved Tuesday" (unless ``reopens_here``: the
        sentence closes the system and says when it is back, "… og er tilgængeligt igen søndag kl. 08")."""
        return self.usable(mention) and mention.sentence not in self.flags.citation \
            and (reopens_here or mention.sentence not in self.flags.resolution)

    def _weekend(self, sentence: int) -> tuple[dt.date, dt.date]:
        """The Saturday and Sunday of the coming weekend: the current one on a Saturday or Sunday, unless
        ``sentence`` says "next weekend" (then the one after it)."""
        published = self.calendar.published.date()
        saturday = published + dt.timedelta(days=5 - published.weekday() if published.weekday() < 6 else -1)
        if published.weekday() >= 5 and sentence in self.flags.next_weekend:
            saturday += dt.timedelta(days=7)
        return saturday, saturday + dt.timedelta(days=1)

    def _troubled(self, sentence: int) -> bool:
        """Whether ``sentence`` is about an outage, or the sentence right after it (with no date or time of its own,
        not in the past tense) says the system will be unavailable or unstable then ("e-Import will be updated in
        the course of the weekend. Short periods of unavailability may occur.", "DMS Import opdateres i løbet af
        weekenden. Der kan forekomme kortvarig ustabilitet.")."""
        silent = self.flags.phone | self.flags.citation | self.flags.resolution
        if sentence in silent:
            return False
        if sentence in self.flags.outage:
            return True
        after = sentence + 1
        return after in (self.flags.outage | self.flags.degraded) and after not in silent \
            and after in self.doc.sentences and not self.doc.in_sentence(after) \
            and lx.PAST_WORDS.isdisjoint(self.doc.words(self.doc.sentences[after]))

    def weekend(self) -> list[Window]:
        """"during the weekend", "this weekend", "i weekenden", "in the course of the weekend", "next weekend" in a
        sentence about an outage (``_troubled``) with no date, not in the past tense: that Saturday and Sunday, one
        all-day window."""
        sentence = next((sentence for sentence in sorted(self.flags.weekend) if self._troubled(sentence)
                         and not any(m.dates for m in self.doc.in_sentence(sentence))), None)
        return [Window(*self._weekend(sentence), all_day=True)] if sentence is not None else []

    def later_today(self) -> list[Window]:
        """"later today", "senere i dag" with no time in a sentence about an outage (``_troubled``), not in the past
        tense: an all-day window on the day it is said (the publication day, or the day of the update it is in)."""
        sentence = next((sentence for sentence in sorted(self.flags.later_today) if self._troubled(sentence)
                         and not self.doc.in_sentence(sentence)), None)
        if sentence is None:
            return []
        line = self.doc.tokens[self.doc.sentences[sentence][0]].line
        day = self.said.get(line, self.calendar.published).date()
        return [Window(day, day, all_day=True)]

    def all_days(self, headers: set[int]) -> list[Window]:
        """A date alone in a sentence about an outage, on or after publication: an all-day window
        (one per day of a recurrence: ``EMCS is closed every Saturday in May 2026``); a span of days also in one
        about a system expected to work poorly (``Manifest kan være ustabil i weekenden uge 11``)."""
        silent = self.flags.phone | self.flags.citation | self.flags.resolution
        out = [Window(day, day, all_day=True) for sentence, specs in self._recurring.items()
               if sentence in self.flags.outage and sentence not in silent
               and not any(m.start is not None and m.start.time is not None for m in self.doc.in_sentence(sentence))
               for spec in specs if (day := self.calendar.day(spec)) is not None]
        spans = self.flags.outage | self.flags.degraded     # a span of days said to be unstable or slow counts too
        for mention in self.doc.mentions:
            point = mention.start
            if mention.shape not in (Shape.POINT, Shape.RANGE, Shape.FROM) or point is None \
                    or point.time is not None or not point.dates or mention.line in headers \
                    or not self.announces(mention) or mention.sentence in self._recurring \
                    or mention.sentence not in (spans if mention.shape is Shape.RANGE else self.flags.outage):
                continue
            if mention.shape is Shape.RANGE:
                window = self._range(point.dates[0], mention)
                candidates = [window] if window is not None else []
            else:
                candidates = [Window(day, day, all_day=True) for spec in point.dates
                              if (day := self.calendar.day(spec)) is not None]
            out.extend(w for w in candidates if w.start >= self.calendar.published.date())
        return out


def _recurrences(doc: Document, published: dt.date) -> dict[int, tuple[DateSpec, ...]]:
    """Sentences stating a weekday of every week of one month, with its days: ``every Saturday in
    May 2015``, ``hver søndag i juni``, ``alle lørdage i maj`` -> each such weekday of that month
    (of the stated year, else of the first such month from publication on)."""
    tokens, out = doc.tokens, {}
    for i, token in enumerate(tokens[:-2]):
        if token.kind is not Kind.WORD or token.word not in lx.EVERY_WORDS:
            continue
        weekday = lx.role_of(tokens[i + 1].word, lx.Role.WEEKDAY) if tokens[i + 1].kind is Kind.WORD else None
        j = i + 2
        while j < len(tokens) - 1 and j - i < 5 and tokens[j].word in lx.RECURRENCE_FILLERS:
            j += 1
        month = lx.role_of(tokens[j].word, lx.Role.MONTH) if tokens[j].kind is Kind.WORD else None
        after = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].line == token.line else None
        if weekday is None or month is None or j == i + 2 or tokens[j].sentence != token.sentence or (
                after is not None and after.kind is Kind.NUMBER and len(after.text) <= 2):
            continue                                         # "all Saturday, May 16" is one date
        stated = after is not None and after.kind is Kind.NUMBER and len(after.text) == 4 \
            and 1990 <= after.value < 2100 and not (j + 2 < len(tokens) and tokens[j + 2].text in ("-", "–"))
        year = after.value if stated else published.year + (month.value < published.month)
        first = dt.date(year, month.value, 1)
        length = (first.replace(month=month.value % 12 + 1, year=year + month.value // 12) - first).days
        out[token.sentence] = tuple(DateSpec(day, month.value, year, weekday.value)
                                    for day in range((weekday.value - first.weekday()) % 7 + 1, length + 1, 7))
    return out


def _one_night(windows: list[Window], mention: Mention, each_day: bool) -> list[Window]:
    """``natten mellem den 20. og 21. maj mellem kl. 19.30 og 01.30``: two days and a range past
    midnight are one night from the first day, unless the text says each day (``den 9. og 10.
    september, begge dage mellem kl. 20.00 og 02.00`` is two nights)."""
    if not each_day and len(windows) == 2 and not mention.end.dates and mention.end.time is not None \
            and mention.end.time.minutes < mention.start.time.minutes \
            and windows[1].start.date() - windows[0].start.date() == dt.timedelta(days=1):
        return windows[:1]
    return windows


def _days_later(window: Window, days: int) -> Window:
    """``window`` moved ``days`` days later (earlier when negative) at the same local times."""
    moved = [local(x.date() + dt.timedelta(days=days), _clock(x)) for x in (window.start, window.end)]
    return Window(moved[0], moved[1])


def _merge(windows: list[Window], systems: dict[Window, tuple[str, ...]] | None = None) -> list[Window]:
    """Drop repeats and windows inside another: ``1100-1315`` within ``1100-1530``. Kept: one inside a window of
    other systems, each on a line of its own naming its systems (``systems``, ``_Reader.line_systems``:
    ``DMS Eksport: kl. 20.00-22.00``, ``Manifest: kl. 21.00-21.30``)."""
    systems = systems or {}
    unique = list(dict.fromkeys(windows))
    closed = sorted((w for w in unique if not w.all_day and w.start is not None and w.end is not None),
                    key=lambda w: (w.start.timestamp(), -w.end.timestamp()))
    inside, latest = set(), None
    for w in closed:
        if latest is not None and w.end.timestamp() <= latest.end.timestamp() \
                and not (systems.get(w) and systems.get(latest) and set(systems[w]).isdisjoint(systems[latest])):
            inside.add(w)
        latest = w if latest is None or w.end.timestamp() > latest.end.timestamp() else latest
    return [w for w in unique if w not in inside]


def _revisions(reader: _Reader, found: list[tuple[Window, Mention]], updates: Updates) -> list[Window]:
    """Ranges restated by an update replace the older ones; the newest restatement wins."""
    sentences = sorted(reader.doc.sentences)

    def revised(mention: Mention) -> bool:
        at = bisect.bisect_left(sentences, mention.sentence)
        previous = sentences[at - 1] if at else None
        return mention.sentence in reader.flags.change or (
            previous in reader.flags.change and not reader.doc.in_sentence(previous))

    restated = [(updates.order_of_line.get(m.line, ()), w, m) for w, m in found if revised(m)]
    if not restated:
        return [w for w, _ in found]
    newest = max(order for order, _, _ in restated)
    latest = [(w, m) for order, w, m in restated if order == newest]
    # "The window on Saturday is moved to …", "Interventionen på CBAM Registry er flyttet til …": the others stay
    said = {m.sentence if m.sentence in reader.flags.change else
            sentences[bisect.bisect_left(sentences, m.sentence) - 1] for _, m in latest}
    rows = {m.line for _, m in found if not revised(m)}
    moved = {day for sentence in said for day in referred_days(reader.doc, sentence, reader.calendar.published.date(),
                                                               rows)}
    others = [w for w, m in found if not revised(m)]
    if moved and any(_first_day(w) in moved for w in others):
        return [w for w in others if _first_day(w) not in moved] + [w for w, _ in latest]
    return [w for w, _ in latest]


def _first_day(window: Window) -> dt.date | None:
    start = window.start
    return start if isinstance(start, dt.date) and not isinstance(start, dt.datetime) else (
        start.date() if start else None)


def _target(windows: list[Window], change: Change) -> int | None:
    if not windows:
        return None
    if change.day is not None and change.field != "move":
        for n, w in enumerate(windows):
            if _first_day(w) == change.day:
                return n
    if change.field == "move" and change.dates:             # "The window on Saturday is moved to Sunday"
        for n, w in enumerate(windows):
            if _first_day(w) in change.dates:
                return n
    timed = [n for n, w in enumerate(windows) if not w.all_day]
    return (timed or list(range(len(windows))))[-1]


def _apply(windows: list[Window], change: Change, default_day: dt.date) -> tuple[list[Window], dt.datetime | None]:
    """One change applied; also the new end when the change set one. A bare weekday is the
    first such day on or after the window's own (``extended until Sunday 02:00``)."""
    if change.field == "cancel":            # a window of several called off; calling off all keeps them
        kept = [w for w in windows if _first_day(w) not in change.dates]
        return (kept if kept else windows), None
    n = _target(windows, change)
    if change.weekday is not None:
        own = (windows[n].start or windows[n].end) if n is not None else None
        anchor = own if isinstance(own, dt.date) and not isinstance(own, dt.datetime) else (
            own.date() if own is not None else default_day)
        change = replace(change, day=anchor + dt.timedelta(days=(change.weekday - anchor.weekday()) % 7))
    if change.field == "shift":
        if n is None or (windows[n].all_day and change.minutes):
            return windows, None
        w, delta = windows[n], dt.timedelta(days=change.days)
        moved = [None if x is None else (x + delta if w.all_day else later(local(x.date() + delta, _clock(x)),
                                                                          change.minutes))
                 for x in (w.start, w.end)]
        return _replace(windows, n, _window(moved[0], moved[1], w.all_day)), None
    if change.field == "start_shift":     # "Starts 1 hour later": the start moves, the end stays
        if n is None or windows[n].all_day or windows[n].start is None:
            return windows, None
        return _replace(windows, n, _window(later(windows[n].start, change.minutes), windows[n].end)), None
    if change.field == "extend":
        if n is None or windows[n].all_day or windows[n].end is None:
            return windows, None
        end = later(windows[n].end, change.minutes)
        return _replace(windows, n, _window(windows[n].start, end)), end
    if change.field == "move":
        return (windows if n is None else _replace(windows, n, _moved(windows[n], change))), None
    if change.field == "open":
        usable = n is not None and not windows[n].all_day and windows[n].start is not None
        return (_replace(windows, n, Window(windows[n].start, None)) if usable else windows), None
    if change.clock is None or (n is not None and windows[n].all_day):
        return windows, None
    if n is None:
        if change.field != "end" or not change.creates:
            return windows, None
        end = local(change.day or default_day, change.clock)
        return [Window(None, end)], end
    w = windows[n]
    if change.field == "end":
        if w.start is None:
            end = local(change.day or w.end.date(), change.clock)
        else:
            end = end_after(w.start, change.clock, change.day)
        if w.start is not None and end.timestamp() < w.start.timestamp():
            return windows, None
        return _replace(windows, n, _window(w.start, end)), end
    anchor = change.day or (w.start or w.end).date()
    start = local(anchor, change.clock)
    end = w.end
    while end is not None and end.timestamp() < start.timestamp():
        end = local(end.date() + dt.timedelta(days=1), _clock(end))
    return _replace(windows, n, _window(start, end)), None


def _moved(window: Window, change: Change) -> Window | None:
    """``moved to Sunday May 17, 2026`` (at a new hour, when one is given): same length."""
    if window.all_day:
        delta = change.day - window.start
        return _window(window.start + delta, window.end + delta if window.end else None, True)
    if window.start is None:
        return None
    start = local(change.day, change.clock or _clock(window.start))
    if window.end is None:
        return Window(start, None)
    length = dt.timedelta(seconds=window.end.timestamp() - window.start.timestamp())
    return _window(start, (start.astimezone(dt.timezone.utc) + length).astimezone(COPENHAGEN))


def _replace(windows: list[Window], n: int, window: Window | None) -> list[Window]:
    """``windows`` with the n-th one changed (kept when the change made no valid window)."""
    return windows if window is None else windows[:n] + [window] + windows[n + 1:]


def _window(start, end, all_day: bool = False) -> Window | None:
    """A window, or None when its ends are out of order (compared as moments: Python compares
    two times of one zone by wall clock, so 02:30 CEST would look later than 02:00 CET)."""
    if start is not None and end is not None and (
            end.timestamp() < start.timestamp() if isinstance(start, dt.datetime) else end < start):
        return None
    return Window(start, end, all_day)


def _clock(moment: dt.datetime) -> ClockTime:
    return ClockTime(moment.hour, moment.minute, moment.fold)


def _sort_key(window: Window) -> dt.datetime:
    moment = window.start or window.end
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(0), tzinfo=COPENHAGEN)
    return moment.astimezone(dt.timezone.utc)


def _plausible(window: Window, published: dt.datetime) -> bool:
    years = [x.year for x in (window.start, window.end) if x is not None]
    return all(abs(y - published.year) <= 2 for y in years)


def _next_line(doc: Document, line: int) -> int | None:
    at = bisect.bisect_right(doc.tokens, line, key=lambda t: t.line)
    return doc.tokens[at].line if at < len(doc.tokens) else None


def _dated_lines(doc: Document, date: Mention, time: Mention) -> Mention | None:
    """``Date: 12/03/2026`` alone on its line, then ``Time: 18:00`` (``Time: 18:00-20:00``, ``Tidspunkt: kl.
    18-20``) opening the next: one point (one range), with its end from a ``Duration:``/``Varighed:`` line
    right below a lone time; else None."""
    tokens = list(doc.tokens)
    if date.shape is not Shape.POINT or date.start.time is not None or not date.start.dates \
            or time.line != _next_line(doc, date.line) or label_start(tokens, date, lx.DATE_LABELS) is None \
            or label_start(tokens, time, lx.TIME_LABELS) is None or time.start is None or time.start.dates \
            or time.start.time is None or doc.tokens[date.last - 1].line != date.line \
            or any(t.kind is not Kind.PUNCT for t in doc.tokens[date.last:time.first] if t.line == date.line):
        return None
    start = Point(date.start.dates, time.start.time)
    if time.shape is Shape.RANGE:
        if time.end.dates or time.end.time is None:
            return None
        return Mention(Shape.RANGE, start, time.end, date.first, time.last, date.line, date.sentence)
    if time.shape is not Shape.POINT:
        return None
    lasting = stated_duration(tokens, time.last)
    if lasting is None:
        return Mention(Shape.POINT, start, None, date.first, time.last, date.line, date.sentence)
    return Mention(Shape.RANGE, start, Point((), clock_after(start.time, lasting[0])), date.first, lasting[1],
                   date.line, date.sentence)


def _long_subject_duration(doc: Document, mention: Mention, following: int) -> tuple[int, int] | None:
    """A dated start (or one led by "from"), then a sentence on its line or the next whose subject of three to
    ``_LONG_SUBJECT`` words names the work and says how long it takes (``… at 18:00 on Saturday 14 March. The
    planned maintenance of the system will take approximately 3 hours.``, ``Vedligeholdelsen af systemet
    forventes at vare ca. 3 timer.``): the minutes and the token after them, or None. Shorter subjects are the
    grammar's (``It will take 2 hours``); no mention may come between."""
    tokens, i = doc.tokens, mention.last
    while i < len(tokens) and tokens[i - 1].text not in ".!" and tokens[i].sentence == mention.sentence \
            and i - mention.last < 12:
        i += 1                                      # a full stop ends the start's sentence ("… 14 March. The …")
    if i >= min(len(tokens), following) or tokens[i - 1].text not in ".!" and tokens[i].sentence == mention.sentence \
            or tokens[i].line - tokens[mention.last - 1].line > 1:
        return None
    sentence = tokens[i].sentence
    verb = next((k for k in range(i, min(i + _LONG_SUBJECT + 4, len(tokens)))
                 if tokens[k].sentence == sentence and tokens[k].word in lx.LASTING_VERBS), None)
    if verb is None:
        return None
    subject = verb
    while subject > i and tokens[subject - 1].word in lx.DURATION_LEADS:
        subject -= 1
    words = tokens[i:subject]
    if not 2 < len(words) <= _LONG_SUBJECT or any(t.kind is not Kind.WORD or t.sentence != sentence for t in words) \
            or not any(t.word.startswith(lx.WINDOW_NOUNS + lx.WORK_NOUNS) for t in words):
        return None
    for k in range(verb + 1, min(verb + 1 + 6, len(tokens))):
        found = duration_at(tokens, k)
        if found is not None:
            after = tokens[found[1]] if found[1] < len(tokens) else None
            closes = after is None or after.sentence != sentence or after.text in ".!;"
            return found if closes and found[1] <= following else None
        if tokens[k].sentence != sentence or tokens[k].word not in lx.DURATION_LEADS:
            return None
    return None


def _restated(doc: Document, windowed: bool, quiet: frozenset[int]) -> Document:
    """``doc`` with the times the grammar leaves apart put together: ``Date: …`` and ``Time: …`` on two lines
    (``_dated_lines``; only in a message about a window or an outage, ``windowed``, and not under a sentence
    about phone hours, a webinar, a meeting or a citation, ``quiet``), a start and a long-subject sentence saying
    how long it lasts (``_long_subject_duration``)."""
    mentions, out, n = doc.mentions, [], 0
    while n < len(mentions):
        mention = mentions[n]
        merged = _dated_lines(doc, mention, mentions[n + 1]) if n + 1 < len(mentions) and windowed \
            and quiet.isdisjoint((mention.sentence - 1, mention.sentence)) else None
        if merged is not None:
            mention, n = merged, n + 1
        start = mention.start
        if mention.shape in (Shape.POINT, Shape.FROM) and start is not None and start.time is not None \
                and (start.dates or mention.shape is Shape.FROM):
            following = mentions[n + 1].first if n + 1 < len(mentions) else len(doc.tokens)
            lasting = _long_subject_duration(doc, mention, following)
            if lasting is not None:
                mention = Mention(Shape.RANGE, start, Point((), clock_after(start.time, lasting[0])), mention.first,
                                  lasting[1], mention.line, mention.sentence)
        out.append(mention)
        n += 1
    if len(out) == len(mentions) and all(a is b for a, b in zip(out, mentions)):
        return doc
    return replace(doc, mentions=tuple(out), by_line=group_by(out, lambda m: m.line),
                   by_sentence=group_by(out, lambda m: m.sentence))


def find_windows(message: Message, incident: bool = False) -> FoundWindows:
    """The windows of ``message`` in its latest version, and when it was reported done. In an
    ``incident`` the time a system is expected back is an estimate, not the end of a window."""
    published = message.published.astimezone(COPENHAGEN)
    updated = max(message.updated, message.published).astimezone(COPENHAGEN)
    title, written = read(message.title[:1000]), read(readable_body(message.body))
    title_flags, written_flags = _flags(title), _flags(written)
    windowed = any(flags.window_noun or flags.outage for flags in (title_flags, written_flags))
    lines = body_lines(written.text, published, updated)
    said = _update_times(lines)
    body = _named_from_updates(_restated(written, windowed, written_flags.phone | written_flags.citation),
                               said, published)
    body_flags = _flags(body) if body is not written else written_flags
    mentioned = [spec for doc, flags in ((title, title_flags), (body, body_flags)) for m in doc.mentions
                 if m.sentence not in flags.citation and m.sentence not in flags.phone
                 for point in (m.start, m.end) if point is not None for spec in point.dates]
    calendar = _Calendar(published, mentioned)
    own = (DateSpec(published.day, published.month, published.year, None),)
    title_dates = next((m.dates for m in title.mentions if m.dates and m.sentence not in title_flags.phone), ())
    title_reader = _Reader(title, title_flags, calendar, own)
    body_reader = _Reader(body, body_flags, calendar, title_dates or own, said,
                          frozenset(line.stamp.line for line in lines if line.stamp is not None))
    updates = read_updates(written, published, updated, set(body_flags.phone))
    headers = {s.line for s in updates.stamps if s.at is not None}

    if title_flags.phone:
        return FoundWindows((), updates.done_at, ("the title is about phone or opening hours: no windows",))
    found = body_reader.ranges()
    windows = _merge(_revisions(body_reader, found, updates), body_reader.line_systems(found))
    if not windows:
        windows = _merge([w for w, _ in title_reader.ranges()])
    if not windows:
        windows = _merge([] if incident else body_reader.reopened(headers) or body_reader.open_starts(headers)
                         or body_reader.end_only(headers)
                         or title_reader.open_starts(set()))
    done_at = updates.done_at
    latest = updates.latest
    default_day = calendar.day(title_dates[0]) if title_dates else None
    partly_cancelled = False
    for change in sorted(updates.changes, key=lambda c: c.order):
        before = len(windows)
        windows, new_end = _apply(windows, change, default_day or published.date())
        partly_cancelled = partly_cancelled or len(windows) < before
        if new_end is not None and latest is not None and latest.at is not None \
                and new_end.timestamp() <= latest.at.timestamp() \
                and change.order[:2] == (1, latest.instant.timestamp()):
            done_at = latest.at
    if not windows:
        windows = _merge(body_reader.all_days(headers) or title_reader.all_days(set()))
    if not windows:
        windows = body_reader.weekend() or title_reader.weekend() or body_reader.later_today() \
            or title_reader.later_today()
    kept = [w for w in windows if _plausible(w, published)]
    warnings = calendar.warnings + [f"dropped implausible window {w.to_json()}" for w in windows if w not in kept]
    if len(body.text) < len(message.body):
        warnings.append(f"body of {len(message.body)} characters read up to {len(body.text)} "
                        f"(at most {MAX_TEXT} characters, {MAX_LINES} lines)")
    if any(len(line) > MAX_LINE for line in body.text.split("\n")):
        warnings.append(f"a body line longer than {MAX_LINE} characters read up to {MAX_LINE}")
    kept.sort(key=_sort_key)
    return FoundWindows(tuple(kept), done_at, tuple(warnings), partly_cancelled)
