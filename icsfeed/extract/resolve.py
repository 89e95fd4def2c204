"""Written dates and times -> calendar dates and aware Copenhagen datetimes.

- A missing year: the first date on or after publication (minus a little slack for
  messages published during or after the window) whose weekday matches the stated one.
  ``Saturday the 13th of December`` published 11-12-2025 -> 2025-12-13.
- A named holiday (``juleaften``, ``2. pinsedag``, ``Whit Monday``) without a year is its first
  date on or after publication (or after the start of its span); with a year, that year's.
- A weekday of a week number (``Saturday in week 12``, ``lørdag i uge 12``) is that day of the
  ISO week, of the stated year or else the first such day from publication on.
- A day named from a moment (``tonight``, ``i aften``, ``today``, ``i dag``; ``tomorrow``, ``i
  morgen``; ``yesterday``, ``i går``, ``last night``) is no calendar date here: ``windows`` counts
  it from the publication day; an update's own "tomorrow" would count from the update.
- A stated year that puts the date before publication while the weekday fits the next
  year is a stale year: ``Tuesday January 13, 2025`` published in January 2026 -> 2026.
- A date that disagrees with its own weekday keeps the date (the weekday is the likelier
  typo) and says so in a warning; ``windows`` may still swap it for a consistent mention.
- Moments are compared by their UTC instant (``timestamp()``): Python compares and
  subtracts two datetimes of the same zone by wall clock, which is wrong across DST.
- Local times are Europe/Copenhagen: ``(DST)``/``(ST)`` choose between the two 02:xx of
  the autumn night, otherwise an ambiguous time is the first one and a time in the spring
  gap moves forward (02:30 -> 03:30+02:00). ``24:00`` (midnight) is 00:00 the next day.
- A time written with a zone (``1800 UTC``, ``GMT+1``) is that instant, shown in Copenhagen
  time; an end written as a duration (``for 4 hours``) is that much real time after the start.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace

from ..model import COPENHAGEN
from .grammar import ClockTime, DateSpec
from .lexicon import holiday_date

SLACK = dt.timedelta(days=14)          # a window may have started shortly before publication
HORIZON = dt.timedelta(days=183)       # windows are announced at most about half a year ahead
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Day:
    """A resolved date; ``consistent`` is False when it disagrees with its stated weekday."""

    date: dt.date
    consistent: bool
    warnings: tuple[str, ...] = ()


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _describe(spec: DateSpec) -> str:
    parts = [_WEEKDAY_NAMES[spec.weekday]] if spec.weekday is not None else []
    if spec.day is not None:
        parts.append(f"{spec.day:02d}" + (f"-{spec.month:02d}" if spec.month else "")
                     + (f"-{spec.year}" if spec.year else ""))
    return " ".join(parts)


@functools.lru_cache(maxsize=4096)
def resolve_day(spec: DateSpec, published: dt.date, after: dt.date | None = None) -> Day | None:
    """The calendar date ``spec`` means for a message published on ``published``.

    ``after`` is the earliest plausible date (the start of a span, for its end).
    """
    if spec.relative is not None:
        return None                             # the reader knows which day it counts from (``windows``)
    if spec.holiday is not None:
        return _holiday(spec, after or published)
    if spec.week is not None:
        return _in_week(spec, after or (published - SLACK))
    if spec.day is None:
        if spec.weekday is None:
            return None
        base = after or published
        return Day(base + dt.timedelta(days=(spec.weekday - base.weekday()) % 7), True)
    if spec.month is None:
        return _month_left_out(spec, after or (published - SLACK))
    if spec.year is not None and abs(spec.year - published.year) <= 1:
        return _with_year(spec, published)
    warnings = (f"year {spec.year} of '{_describe(spec)}' is implausible; inferred",) if spec.year else ()
    earliest = after or (published - SLACK)
    candidates = [d for y in range(earliest.year - 1, earliest.year + 3)
                  if (d := _valid(y, spec.month, spec.day)) is not None and d >= earliest]
    if not candidates:
        return None
    if spec.weekday is not None:
        fitting = [d for d in candidates if d.weekday() == spec.weekday and d <= published + HORIZON]
        if fitting:
            return Day(fitting[0], True, warnings)
        return Day(candidates[0], False, warnings + (
            f"'{_describe(spec)}': no {_WEEKDAY_NAMES[spec.weekday]} near publication; kept the date",))
    return Day(candidates[0], True, warnings)


def _holiday(spec: DateSpec, earliest: dt.date) -> Day | None:
    """A named holiday (``juleaften``, ``Whit Monday``): its date in the stated year, else its first
    date on or after ``earliest`` (the publication day, or the start of a span for its end)."""
    if spec.year is not None:
        day = holiday_date(spec.holiday, spec.year)
        return Day(day, True) if day is not None else None
    for year in range(earliest.year, earliest.year + 3):
        day = holiday_date(spec.holiday, year)
        if day is not None and day >= earliest:
            return Day(day, True)
    return None


def _in_week(spec: DateSpec, earliest: dt.date) -> Day | None:
    """``Saturday in week 12``: that day of the ISO week (of the stated year, else the first on or
    after ``earliest``); a week without a weekday is no day."""
    if spec.weekday is None:
        return None
    own = earliest.isocalendar()[0]
    years = (spec.year,) if spec.year is not None else (own, own + 1)
    for year in years:
        try:
            day = dt.date.fromisocalendar(year, spec.week, spec.weekday + 1)
        except ValueError:                      # week 53 of a year of 52 weeks
            continue
        if spec.year is not None or day >= earliest:
            return Day(day, True)
    return None


def _month_left_out(spec: DateSpec, earliest: dt.date) -> Day | None:
    """``Saturday the 20th``: the first 20th on or after ``earliest`` that is a Saturday."""
    candidates = []
    for step in range(4):
        year, month = earliest.year + (earliest.month - 1 + step) // 12, (earliest.month - 1 + step) % 12 + 1
        if (d := _valid(year, month, spec.day)) is not None and d >= earliest:
            candidates.append(d)
    fitting = [d for d in candidates if spec.weekday is None or d.weekday() == spec.weekday]
    if fitting:
        return Day(fitting[0], True)
    return Day(candidates[0], False, (f"'{_describe(spec)}': no such weekday soon; kept the day",)) \
        if candidates else None


def _with_year(spec: DateSpec, published: dt.date) -> Day | None:
    day = _valid(spec.year, spec.month, spec.day)
    if day is None:
        return None
    if spec.weekday is None or day.weekday() == spec.weekday:
        return Day(day, True)
    following = _valid(spec.year + 1, spec.month, spec.day)
    if day < published - SLACK and following is not None and following.weekday() == spec.weekday:
        return Day(following, True, (f"'{_describe(spec)}' is before publication; stale year, used {following}",))
    return Day(day, False, (f"'{_describe(spec)}' is a {_WEEKDAY_NAMES[day.weekday()]}; kept the date",))


def local(day: dt.date, clock: ClockTime) -> dt.datetime:
    """``day`` at ``clock`` in Copenhagen (in its own zone when it names one), with the DST rules above."""
    if clock.hour == 24:
        day, hour = day + dt.timedelta(days=1), 0
    else:
        hour = clock.hour
    naive = dt.datetime.combine(day, dt.time(hour, clock.minute))
    if clock.offset is not None:
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=clock.offset))).astimezone(COPENHAGEN)
    aware = naive.replace(tzinfo=COPENHAGEN, fold=clock.fold or 0)
    return aware.astimezone(dt.timezone.utc).astimezone(COPENHAGEN)


def span(start_day: dt.date, start: ClockTime, end_day: dt.date | None, end: ClockTime
         ) -> tuple[dt.datetime, dt.datetime]:
    """Start and end of a timed window; an end without its own date that would come before
    the start (``2100-0200``) or says so (``0800 the next day``) is on the next day. The
    moments are compared, not the clocks: ``0230 (DST) – 0200 (ST)`` ends the same night.
    Midnight as a start (``Saturday from midnight to 6 am``) begins that day. An end given as a
    duration (``from 08:00 for 4 hours``) is that much real time after the start."""
    begin = local(start_day, replace(start, hour=0) if start.hour == 24 else start)
    if end.elapsed is not None:
        return begin, later(begin, end.elapsed)
    if end_day is None:
        end_day = start_day + dt.timedelta(days=1) if end.next_day else start_day
    finish = local(end_day, end)
    if finish.timestamp() < begin.timestamp():        # "0230 (DST) – 0200 (ST)" is the same night
        finish = local(start_day + dt.timedelta(days=1), end)
    return begin, finish if finish.timestamp() >= begin.timestamp() else begin


def later(moment: dt.datetime, minutes: int) -> dt.datetime:
    """``moment`` plus ``minutes`` of real time (not wall-clock time: a DST night has 23 or 25 hours)."""
    return (moment.astimezone(dt.timezone.utc) + dt.timedelta(minutes=minutes)).astimezone(COPENHAGEN)


def end_after(start: dt.datetime, clock: ClockTime, day: dt.date | None = None) -> dt.datetime:
    """The first ``clock`` at or after ``start`` (on ``day`` when given): "extended until 1900"."""
    if day is not None:
        return local(day, clock)
    local_start = start.astimezone(COPENHAGEN)
    candidate = local(local_start.date(), clock)
    if candidate.timestamp() < local_start.timestamp():
        candidate = local(local_start.date() + dt.timedelta(days=1), clock)
    return candidate
