"""Updates in a message body: their time stamps, what they change, and when the work was done.

The body has the newest update on top and the original announcement below (a few messages
append updates at the bottom; their stamps tell the order). An update starts at a header
line, either a keyword and a stamp or a bare stamp::

    Update 15:25 - The use of fallback procedure is no longer allowed.
    Update 24-06-2025 kl.16.02
    Status Tuesday, August 5th at 14:30
    17:25: DMS Eksport queue has now been processed.
    Wednesday July 9, 2025, 2310
    Done.

``Update: …`` with no readable stamp still opens an update, of unknown time; a bare stamp
opens one only when it resolves to a time the page can have been written at. A rule line
(``----------``), or a window line after a bare stamp, returns to the announcement.
:func:`body_lines` gives every line so split, without its header, and the update it falls
under: ``windows`` orders restated windows by it and ``classify`` its latest statements.

Statements that change the window::

    The TFE-Servicewindow is extended until 1900.        -> new end
    Update 17:20: The announced end time is changed to 21:00.
    Delayed. Expected end time Sunday June 8, 2025, 0100
    Update 21:50: The work is delayed. Expected to be finished at 23:00.
    Arbejdet er forsinket og forventes færdigt kl. 01.00.   -> new end (past midnight: the next day)
    Update 2025-06-02: Edit of starting time to 2100      -> new start
    Opdatering: Manifest lukker først kl. 20.00.          -> new start (closes only at; updates only)
    Update 22:45: The systems are expected to be available again at 01:00.
                                                          -> new end (expected back; updates only)
    Update 06-02-2025: Date moved 1 day later             -> shift
    The servicewindow is moved 2 hours later.             -> shift
    Servicevinduet er udskudt 2 timer.                    -> shift (postponed: later)
    The service window is extended by 1 hour.             -> extend (the end, by a duration)
    Servicevinduet forlænges med en halv time.            -> extend
    Start udskudt til 19:00 / Start postponed to 19:00    -> new start (terse: a start word, then its time)
    Starter 1 time senere / Starts 1 hour later           -> start_shift (the start only; the end stays)
    Slut kl. 21 i stedet for 23 / Ends at 21 instead of 23 -> new end
    Forsinket til kl. 00.30 / Delayed until 00:30         -> new end ("Forsinket." alone: nothing)
    The servicewindow is moved to Sunday May 17, 2026.    -> move (same hours, new day)
    The service window is extended until further notice. -> open (no end)
    Servicevinduet torsdag den 8. december er aflyst.     -> cancel (that day's window, when others remain)
    Intervention 2 (UUM&DS) is cancelled.                 -> cancel (the row numbered 2., or named UUM&DS)
    The window on Saturday is moved to Sunday 26 March.   -> move (the Saturday row only; none named: the last)
    Delayed. Approx 1 hour.                               -> nothing: no time stated

A stamped update that says the work is over ("Done.", "The problem has been solved", "back
to normal operation") gives ``done_at``, when it is the latest update and states a time; one
that also says part of the work goes on ("Export is available again. Import remains
unavailable", "Manifest er tilgængelig igen. Arbejdet på Import fortsætter") is no completion.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
from dataclasses import dataclass, replace

from ..model import COPENHAGEN
from . import lexicon as lx
from .grammar import ClockTime, DateSpec, Document, Mention, Point, Shape, duration_at, read
from .impact import FALLBACK_MENTION, sentences
from .keywords import keywords
from .resolve import local, resolve_day
from .tokenize import Kind

_SLOP = dt.timedelta(minutes=15)       # an update may be stamped a few minutes after the page's "updated"
_EARLY = dt.timedelta(hours=1)         # text written shortly before the message went out
_HEADER_PUNCT = {":", ",", "-", "–", "—", "."}
_NEGATIONS = ("not", "ikke", "no", "yet", "endnu", "temporarily", "midlertidigt", "partially", "partly", "delvist")
_STILL_DOWN = (r"(?:unavailab|closed|down\b|offline|utilgængelig|lukket|nede\b|not (?:be )?available|"
               r"ikke (?:\w+ )?tilgængelig|being (?:processed|worked on)|under behandling|in progress|i gang\b|"
               r"affected|påvirket)")
_STILL_OPEN = keywords(
    rf"(?i)\b(?:remains?|still|stadig|fortsat|fortsætter med at være)\s+(?:\w+\s+){{0,2}}?{_STILL_DOWN}|"
    r"\b(?:not yet|endnu ikke|ikke endnu)\s+(?:\w+\s+)?(?:available|open|back|tilgængelig|åben|oppe)|"
    r"\b(?:work|arbejde\w*|maintenance|vedligehold\w*|service\s*-?\s*window|servicevindue\w*)\b[^.]{0,40}?"
    r"\b(?:continues|goes on|is ongoing|fortsætter|pågår)\b|"
    r"\b(?:continues|goes ahead|proceeds) as planned|fortsætter som planlagt")
#: Open again, said as a fact ("Update: the system is open again.", "ECS er åben igen", "Systemet er genåbnet",
#: "has reopened"); not a reopening to come ("will be open again at 06:00", "forventes at åbne igen", "ECS is closed
#: from 18 and is open again at 22", "er åben igen fra mandag kl. 6", "er åben igen senest kl. 6", "no later than 6").
OPEN_AGAIN = (
    r"(?:\b(?:is|are|er)\s+(?:now\s+|nu\s+)?(?:open|opened|åben|åbent|åbne|åbnet)\s+(?:again|igen)\b|"
    r"\b(?:is|are|er)\s+(?:now\s+|nu\s+)?(?:re-?opened|genåbnet)\b|"
    r"\b(?:has|have|har)\s+(?:now\s+|nu\s+)?(?:re-?opened|opened\s+again|åbnet\s+igen|genåbnet)\b)"
    r"(?!\s*(?:(?:at|on|from|by|after|before|in|tomorrow|tonight|no later than|not later than|at the latest|"
    r"kl|fra|på|om|efter|ved|inden|før|senest|i morgen|i aften)\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:man|tirs|ons|tors|fre|lør|søn)dag|\d))")
_OPEN_AGAIN = keywords(OPEN_AGAIN)
_CONDITION = keywords(r"(?i)\b(?:if|when|whenever|in case|hvis|når|såfremt)\b")


@dataclass(frozen=True)
class Stamp:
    """The header of one update: its line, when it was written, whether it says "done"."""

    line: int
    at: dt.datetime | None     # None when the stamp gives a date only
    day: dt.date
    completion: bool

    @property
    def instant(self) -> dt.datetime:
        """The stamp as a moment; a date-only stamp counts as the end of its day."""
        return self.at or dt.datetime.combine(self.day, dt.time(23, 59), tzinfo=COPENHAGEN)


@dataclass(frozen=True)
class BodyLine:
    """One body line without its update header, under the update it belongs to.

    ``stamped`` is False for the original announcement; an update whose header names no
    readable time ("Update:", a typo) is stamped with ``stamp`` None.
    """

    number: int
    text: str
    stamped: bool
    stamp: Stamp | None

    @property
    def at(self) -> dt.datetime | None:
        return self.stamp.at if self.stamp is not None else None

    def written(self, published: dt.datetime) -> tuple[int, float]:
        """When the line was written, for "the latest statement wins": the announcement first,
        then the updates by their stamps (one of unknown time as of publication)."""
        if not self.stamped:
            return 0, 0.0
        return 1, (self.stamp.instant if self.stamp is not None else published).timestamp()


@dataclass(frozen=True)
class Change:
    """A statement that moves the window: ``field`` is "end", "start", "shift", "move", "extend"
    (``minutes`` more, or fewer, before the end), "start_shift" (the start only, ``minutes`` later; "Starts 1
    hour later"), "open" (the end no longer known) or "cancel"
    (the windows of ``dates`` called off)."""

    field: str
    line: int
    sentence: int
    order: tuple
    clock: ClockTime | None = None
    day: dt.date | None = None
    days: int = 0
    minutes: int = 0           # "shift" by hours, "extend" by a duration (negative: shortened), "start_shift"
    creates: bool = False      # said of a window or an outage: may stand as an end-only window
    weekday: int | None = None  # a bare weekday ("extended until Sunday 02:00"): the window's next one
    dates: tuple[dt.date, ...] = ()  # "cancel": the days whose windows are called off; "move": the one moved


@dataclass(frozen=True)
class Updates:
    stamps: tuple[Stamp, ...]
    changes: tuple[Change, ...]
    order_of_line: dict[int, tuple]

    @property
    def latest(self) -> Stamp | None:
        """The newest stamped update (the topmost among equals)."""
        if not self.stamps:
            return None
        return max(self.stamps, key=lambda s: (s.instant.timestamp(), -s.line))

    @property
    def done_at(self) -> dt.datetime | None:
        latest = self.latest
        return latest.at if latest is not None and latest.completion else None


def resolve_stamp(point: Point, published: dt.datetime, updated: dt.datetime
                  ) -> tuple[dt.datetime | None, dt.date | None]:
    """When an update was written. A stamp cannot be after the page's last update: a date
    that would be (``27th july`` on a page updated 23 July), or that disagrees with its
    weekday (``Sunday August 23`` on a page updated Sunday 24 August 00:22), gives way to
    the candidate nearest the last update; a date alone after it is no stamp (a window's
    date on a line of its own). A bare time is on the day of the last update or of the
    publication, whichever it is nearest to; ``(None, None)`` when it fits neither."""
    if point.dates:
        spec = point.dates[0]
        day = resolve_day(spec, published.date())
        options = [day.date] if day is not None else []
        if day is not None and spec.weekday is not None and day.date.weekday() != spec.weekday:
            delta = (spec.weekday - day.date.weekday()) % 7
            options.append(day.date + dt.timedelta(days=delta if delta <= 3 else delta - 7))
        if point.time is None:
            fitting = [d for d in options if d <= updated.date()]
            return None, min(fitting, key=lambda d: updated.date() - d) if fitting else None
        earliest = published - dt.timedelta(days=1)
        valid = [c for d in options if earliest <= (c := local(d, point.time)) <= updated + _SLOP]
        if valid:
            best = min(valid, key=lambda c: abs(updated - c))
            return best, best.date()
    if point.time is None:
        return None, None
    scored = []
    for anchor in (updated, published):
        candidate = local(anchor.date(), point.time)
        if published - _EARLY <= candidate <= updated + _SLOP:
            scored.append((abs(anchor - candidate), candidate))
    if not scored:
        return None, None
    best = min(scored, key=lambda pair: pair[0])[1]
    return best, best.date()


def _is_update_word(word: str) -> bool:
    """An update keyword ("Update", "Opdatering", "Status") or its abbreviation ("Opd.", "UPD")."""
    return word.startswith(lx.UPDATE_WORDS) or word in lx.UPDATE_ABBREVIATIONS


def _is_header_word(word: str, more: tuple[str, ...] = ()) -> bool:
    """A word a header line may hold besides its stamp: an update keyword, "PRD", "service window"."""
    return word.startswith(lx.HEADER_WORDS + more) or word in lx.UPDATE_ABBREVIATIONS


def _header(doc: Document, line: int) -> tuple[str | None, Mention | None]:
    """How a line opens an update, and the stamp it names: "marked" by a keyword or a leading
    time (``Update 15:25 -``, ``17:25:``; ``Update: …`` has no stamp), "bare" (a stamp alone),
    or None."""
    indexes = doc.lines.get(line)
    if not indexes:
        return None, None
    mentions = doc.on_line(line)
    first = mentions[0] if mentions else None
    if first is None:
        return ("marked", None) if _opens_unstamped(doc, indexes) else (None, None)
    if first.shape is Shape.RANGE:
        return None, None
    words = (doc.tokens[i].word for i in indexes if doc.tokens[i].kind is Kind.WORD)
    if any(_is_update_word(w) for w in itertools.islice(words, 2)):
        point = first.start or first.end
        if first.first > indexes.start + 2 and (point.time is None or not (
                _leading_stamp(doc, indexes, first) or _bare_stamp(doc, indexes, first))):
            return ("marked", None) if _opens_unstamped(doc, indexes) else (None, None)   # "Update: … to Sunday."
        return "marked", _with_bracketed_date(doc, mentions, first)
    opener = doc.tokens[first.last] if first.last < len(doc.tokens) else None
    if first.shape is Shape.POINT and first.first == indexes.start \
            and (not first.start.dates or first.start.time is not None) \
            and opener is not None and opener.kind is Kind.PUNCT and opener.text in ":-–" and opener.line == line:
        return "marked", first            # "17:25: DMS Eksport queue has been processed.", "14-03-2026 20:55: Done"
    outside = [doc.tokens[i].word for i in indexes if not first.first <= i < first.last
               and doc.tokens[i].kind is Kind.WORD]
    if len(outside) <= 3 and all(_is_header_word(w) or lx.role_of(w, lx.Role.AT) for w in outside) \
            and len(mentions) == 1:
        return "bare", first
    return None, None


def _with_bracketed_date(doc: Document, mentions: list[Mention], stamp: Mention) -> Mention:
    """A stamp's time with the date in brackets right after it (``UPD 07:05 (15 April):``, ``Opd. 07.05 (15/4)``)
    as one stamp; any other stamp as it is."""
    point = stamp.start
    after = next((m for m in mentions if m.first > stamp.first), None)
    if stamp.shape is not Shape.POINT or point is None or point.time is None or point.dates or after is None \
            or after.shape is not Shape.POINT or after.start is None or after.start.time is not None \
            or not after.start.dates or after.first != stamp.last + 1 or after.last >= len(doc.tokens) \
            or doc.tokens[stamp.last].text != "(" or doc.tokens[after.last].text != ")" \
            or doc.tokens[after.last].line != stamp.line:
        return stamp
    return replace(stamp, start=Point(after.start.dates, point.time), last=after.last + 1)


def _leading_stamp(doc: Document, indexes: range, mention: Mention) -> bool:
    """Whether only numbers, signs and header words come between the update keyword and a time (``Update 2
    (14:20):``, ``Opdatering nr. 2 kl. 21.40 -``): its stamp, not a time its text speaks of."""
    return all(doc.tokens[i].kind is not Kind.WORD or _is_header_word(doc.tokens[i].word, ("nr", "no"))
               or lx.role_of(doc.tokens[i].word, lx.Role.CLOCK) for i in range(indexes.start + 1, mention.first))


def _bare_stamp(doc: Document, indexes: range, mention: Mention) -> bool:
    """Whether a time after the first words of an update is its stamp: a bare time, no word of time before it
    (``Update: Marked as resolved 13:56``, ``Update, EU has 12.13 updated that …``), not a time the text speaks
    of (``Update: ECS is open again from Sunday at 06:00.``, ``Opdatering: ECS er åben igen kl. 06.00``)."""
    point = mention.start or mention.end
    if point.dates:
        return False
    said = [doc.tokens[i].word for i in range(mention.first - 1, mention.last) if doc.tokens[i].kind is Kind.WORD]
    return mention.shape is Shape.POINT and not any(lx.role_of(word, role) for word in said for role in (
        lx.Role.FROM, lx.Role.UNTIL, lx.Role.TO, lx.Role.AT, lx.Role.CLOCK) if word not in lx.UPDATE_WORDS and word not in lx.UPDATE_ABBREVIATIONS)


def _opens_unstamped(doc: Document, indexes: range) -> bool:
    """``Update: …``, ``Opdatering - …``, ``Update`` alone."""
    opener = doc.tokens[indexes.start]
    after = doc.tokens[indexes.start + 1] if len(indexes) > 1 else None
    return opener.kind is Kind.WORD and (opener.word.startswith(lx.UNSTAMPED_UPDATE_WORDS)
                                         or opener.word in lx.UPDATE_ABBREVIATIONS) and (
        after is None or (after.kind is Kind.PUNCT and after.text in _HEADER_PUNCT))


def _header_text(doc: Document, indexes: range, mention: Mention | None) -> str:
    """What a header line says besides its stamp: ``Update 15:25 - The use of…`` -> ``The use of…``,
    ``Update: Marked as resolved 13:56`` -> ``Marked as resolved``."""
    words = [i for i in indexes if doc.tokens[i].kind is Kind.WORD][:2]
    keyword = next((i for i in words if _is_update_word(doc.tokens[i].word)
                    and (mention is None or i < mention.first)), None)
    pieces = [(keyword + 1, mention.first if mention else indexes.stop)] if keyword is not None and not (
        mention is not None and _leading_stamp(doc, indexes, mention)) else []     # not "2 (" of "Update 2 (14:20):"
    if mention is not None:
        after = mention.last
        while after < indexes.stop and doc.tokens[after].text == ")" and pieces == []:
            after += 1
        pieces.append((after, indexes.stop))
    return " ".join(text for first, stop in pieces if (text := _text_between(doc, first, stop)))


def _text_between(doc: Document, first: int, stop: int) -> str:
    """The text of tokens ``[first, stop)`` of one line, without the punctuation that opens it."""
    while first < stop and doc.tokens[first].kind is Kind.PUNCT and doc.tokens[first].text in _HEADER_PUNCT:
        first += 1
    return doc.text[doc.tokens[first].start:doc.tokens[stop - 1].end] if first < stop else ""


def _is_separator(doc: Document, indexes: range) -> bool:
    """A rule line: ``----------``."""
    return len(indexes) >= 5 and doc.tokens[indexes.start].kind is Kind.PUNCT and all(
        doc.tokens[i].kind is Kind.PUNCT and doc.tokens[i].text in "-–_=*" for i in indexes)


def _announces_window(doc: Document, line: int) -> bool:
    """A dated range with hours: ``Tuesday July 8, 2025, 2100-2300``."""
    return any(m.shape is Shape.RANGE and m.start.time is not None and m.start.dates for m in doc.on_line(line))


@functools.lru_cache(maxsize=64)
def body_lines(body: str, published: dt.datetime, updated: dt.datetime) -> tuple[BodyLine, ...]:
    """The lines of a body, each without its update header, under the update it falls under
    (cached: ``windows`` and ``classify`` split the same body).

    Lines before any header are the original announcement; so are the lines after a rule
    (``----------``), and a window line after a bare stamp (the announcement resumes)."""
    doc = read(body)
    out: list[BodyLine] = []
    stamped, stamp, opened_by = False, None, None
    for line in sorted(doc.lines):
        indexes = doc.lines[line]
        separator = _is_separator(doc, indexes)
        if separator or (opened_by == "bare" and _announces_window(doc, line)):
            stamped, stamp, opened_by = False, None, None
        if separator:
            out.append(BodyLine(line, "", False, None))
            continue
        opens, mention = _header(doc, line)
        at, day = resolve_stamp(mention.start or mention.end, published, updated) if mention else (None, None)
        if opens == "marked" or (opens == "bare" and day is not None):      # a bare stamp must resolve
            text = _header_text(doc, indexes, mention)
            stamp = Stamp(line, at, day, _is_completion(_content(doc, line, mention))) if day else None
            stamped, opened_by = True, opens
        else:
            text = doc.text[doc.tokens[indexes.start].start:doc.tokens[indexes.stop - 1].end]
        out.append(BodyLine(line, text, stamped, stamp))
    unfinished = {line.stamp for line in out if line.stamp is not None and line.stamp.completion
                  and (still_open(line.text) or _only_asks(line.text))}
    return tuple(replace(line, stamp=replace(line.stamp, completion=False)) if line.stamp in unfinished else line
                 for line in out)


@functools.lru_cache(maxsize=4096)
def still_open(text: str) -> bool:
    """Whether a sentence of ``text`` says part of the work goes on: "Import remains unavailable",
    "Arbejdet på Import fortsætter", "Import er stadig lukket" (not "if it is still unavailable")."""
    for sentence in sentences(text):
        match = _STILL_OPEN.search(sentence)
        if match and not _CONDITION.search(sentence[:match.start()]):
            return True
    return False


def _only_asks(text: str) -> bool:
    """Whether an update asks about the work being done rather than saying so: "Done?", "Er det færdigt?"."""
    said = [sentence for sentence in sentences(text) if not sentence.rstrip().endswith("?")]
    return len(said) < len(sentences(text)) and not any(
        _is_completion([t.word for t in read(sentence).tokens if t.kind is Kind.WORD]) for sentence in said)


def _is_completion(words: list[str]) -> bool:
    for i, word in enumerate(words):
        if word in lx.COMPLETION_WORDS and not any(w in _NEGATIONS for w in words[max(0, i - 3):i]):
            return True
    at = lx.phrase_at(words, lx.COMPLETION_PHRASES)       # not "DMS is not back online", "ikke oppe igen"
    if at is not None and not any(w in _NEGATIONS for w in words[max(0, at - 2):at]):
        return True
    return bool(_OPEN_AGAIN.search(" ".join(words)))


def _content(doc: Document, line: int, mention: Mention) -> list[str]:
    """The words of an update: the rest of its header line, or the next line when that is empty."""
    words = [doc.tokens[i].word for i in doc.lines[line]
             if not mention.first <= i < mention.last and doc.tokens[i].kind is Kind.WORD]
    own = [w for w in words if not _is_header_word(w) and not lx.role_of(w, lx.Role.AT)]
    if own:
        return words
    following = next((n for n in range(line + 1, line + 4) if n in doc.lines), None)
    return words + (doc.words(doc.lines[following]) if following is not None else [])


def _changes_in(doc: Document, sentence: int, order: tuple, published: dt.date) -> list[Change]:
    indexes = doc.sentences[sentence]
    words = doc.words(indexes)
    mentions = doc.in_sentence(sentence)
    if lx.has_word(words, lx.HYPOTHETICAL_WORDS) or lx.has_phrase(words, lx.HYPOTHETICAL_PHRASES):
        return []
    conditional = any(w in lx.CONDITION_WORDS for w in words)
    if not conditional and (called_off := _called_off(doc, sentence, order, published)) is not None:
        return [called_off]
    stamp = _header(doc, doc.tokens[indexes.start].line)[1]
    if order[0] == 1 and not conditional and _open_ended(words, [m for m in mentions if m is not stamp]):
        return [Change("open", doc.tokens[indexes.start].line, sentence, order)]
    terse = _terse_change(doc, indexes, mentions, order[0] == 1)
    if not mentions and terse is None and not lx.has_word(words, lx.MOVE_WORDS + lx.EXTEND_WORDS + lx.SHORTEN_WORDS):
        return []          # a new start or end needs a time; a shift or move, a move word; an extension, its word
    if any(m.shape is Shape.RANGE for m in mentions):
        return []
    line = doc.tokens[indexes.start].line
    word_at = [(i, doc.tokens[i].word) for i in indexes if doc.tokens[i].kind is Kind.WORD]

    plain = [w for _, w in word_at]

    def cue(prefixes=(), phrases=()) -> int | None:
        """The token index of the first cue word (not "extended response times") or phrase."""
        if phrases:
            n = lx.phrase_at(plain, phrases)
            return None if n is None else word_at[n][0]
        for n, (i, w) in enumerate(word_at):
            if w.startswith(prefixes) and not (n + 1 < len(plain) and plain[n + 1].startswith(lx.NOT_CHANGED)):
                return i
        return None

    def timed_after(index: int) -> Mention | None:
        return next((m for m in mentions if m.first >= index and (m.end or m.start).time is not None), None)

    out: list[Change] = []
    end_cue = cue(lx.END_CHANGE_WORDS)
    if end_cue is None:
        end_cue = cue(phrases=lx.END_PHRASES)
    window = _about_window(words) or (sentence - 1 in doc.sentences and doc.tokens[
        doc.sentences[sentence - 1].start].line == line and _about_window(doc.words(doc.sentences[sentence - 1])))
    if end_cue is None and window:
        end_cue = next((i for i, w in word_at if lx.role_of(w, lx.Role.UNTIL)), None)
    creates = window or lx.has_word(words, lx.OUTAGE_WORDS) or lx.has_phrase(words, lx.OUTAGE_PHRASES)
    update = order[0] == 1
    start_cue = cue(phrases=lx.START_PHRASES)
    if start_cue is None and update:
        start_cue = cue(phrases=lx.LATE_START_PHRASES + (lx.WINDOW_OPENS_PHRASES if _about_window(words) else ()))
    back_cue = cue(phrases=lx.REOPEN_PHRASES) if update and end_cue is None and _expects(words) else None
    if start_cue is not None and (m := timed_after(start_cue)) is not None:
        out.append(_change("start", m, line, sentence, order, published, creates))
    elif end_cue is not None and (m := timed_after(end_cue)) is not None:
        out.append(_change("end", m, line, sentence, order, published, creates))
    elif back_cue is not None and (m := timed_after(back_cue)) is not None:   # an estimate: moves, never creates
        out.append(_change("end", m, line, sentence, order, published, creates=False))
    elif (extension := _extension(doc, cue(lx.EXTEND_WORDS), cue(lx.SHORTEN_WORDS))) is not None:
        out.append(Change("extend", line, sentence, order, minutes=extension))
    elif terse is not None:               # "Start udskudt til 19:00", "Starts 1 hour later": one end, not the window
        field, said, minutes = terse
        if isinstance(said, Mention):
            out.append(_change(field, said, line, sentence, order, published, creates))
        else:
            out.append(Change(field, line, sentence, order, clock=said, minutes=minutes, creates=creates))
        return out
    move_cue = cue(lx.MOVE_WORDS)
    if move_cue is None:
        move_cue = cue(phrases=lx.RESCHEDULE_PHRASES)
    if move_cue is not None:
        shift = _shift(doc, indexes, cue(lx.POSTPONE_WORDS))
        target = next((m for m in mentions if m.first > move_cue and m.start is not None and m.start.dates), None)
        if shift:
            days, minutes = divmod(shift, 24 * 60) if shift % (24 * 60) == 0 else (0, shift)
            out.append(Change("shift", line, sentence, order, days=days, minutes=minutes))
        elif target is not None and (weekday := _bare_weekday(target.start.dates)) is not None:
            out.append(Change("move", line, sentence, order, clock=target.start.time, weekday=weekday,
                              dates=referred_days(doc, sentence, published)))
        elif target is not None and (day := resolve_day(target.start.dates[0], published)) is not None:
            out.append(Change("move", line, sentence, order, clock=target.start.time, day=day.date,
                              dates=referred_days(doc, sentence, published)))
    return out


def _terse_change(doc: Document, indexes: range, mentions: list[Mention], update: bool
                  ) -> tuple[str, Mention | ClockTime | None, int] | None:
    """A start or end named, then (past fillers and move words only) its new time or a shift: "Start udskudt til
    19:00", "Start postponed to 19:00" -> ("start", the time); "Starter 1 time senere", "Starts 1 hour later",
    "Start postponed by 1 hour" -> ("start_shift", None, 60); "Slut kl. 21 i stedet for 23", "Ends at 21 instead
    of 23" -> ("end", 21:00); "Ends 1 hour later" -> ("extend", None, 60); "Forsinket til kl. 00.30", "Delayed
    until 00:30" (a time, no date) -> ("end", the time). A bare start or end with a time counts in an update or
    beside "instead of" only (not "Start: 18:00" announcing a window); None when none is said."""
    tokens = doc.tokens
    instead = lx.has_phrase(doc.words(indexes), lx.INSTEAD_PHRASES)
    opening = {m.first: m for m in reversed(mentions)}          # the mention that opens at a token (the first one)
    for i in indexes:
        word = tokens[i].word if tokens[i].kind is Kind.WORD else None
        subject = "start" if word in lx.START_SUBJECTS else "end" if word in lx.END_SUBJECTS else \
            "delay" if word in lx.DELAY_WORDS else None
        if subject is None:
            continue
        j, moved = i + 1, subject == "delay"
        while j < indexes.stop and j <= i + 6:
            t = tokens[j]
            if t.kind is Kind.WORD and (t.word in lx.TERSE_FILLERS or t.word.startswith(lx.MOVE_WORDS)
                                        or t.word in lx.DELAY_WORDS):
                moved = moved or t.word not in lx.TERSE_FILLERS
            elif not (t.kind is Kind.PUNCT and t.text in ".:"):
                break
            j += 1
        if not (update or moved or instead) or j >= indexes.stop:
            continue
        timed = next((opening[k] for k in range(i, j + 1) if k in opening), None)      # "Begynder kl. 19": from it
        if timed is not None:
            point = timed.end if timed.shape is Shape.UNTIL else timed.start
            if point is None or point.time is None or (subject == "delay" and point.dates):
                continue
            return ("start" if subject == "start" else "end"), timed, 0
        found = duration_at(tokens, j) if subject != "delay" else None
        if found is not None:
            direction = tokens[found[1]].word if found[1] < indexes.stop else None
            sign = 1 if direction in lx.LATER_WORDS else -1 if direction in lx.EARLIER_WORDS else 1 if moved else 0
            if sign:
                return ("start_shift" if subject == "start" else "extend"), None, sign * found[0]
            continue
        number = tokens[j]
        if subject != "delay" and number.kind is Kind.NUMBER and number.word.isdigit() and len(number.word) <= 2 \
                and int(number.word) <= 24 and tokens[j - 1].kind is Kind.WORD and tokens[j - 1].word in lx.TERSE_FILLERS:
            return subject, ClockTime(int(number.word), 0, strength=0), 0       # "Ends at 21 instead of 23"
    return None


def _expects(words: list[str]) -> bool:
    """Whether a sentence expects something to come ("forventes at være tilgængelige igen kl. 01.00", "will be
    available again at 02:00"), not reports it ("was available again at 23:05 as expected")."""
    return lx.has_word(words, lx.EXPECT_WORDS) and lx.PAST_WORDS.isdisjoint(words)


def _open_ended(words: list[str], mentions: list[Mention]) -> bool:
    """An update leaving the window's end unknown: "The service window is extended until further notice",
    "EMCS remains unavailable until further notice", "Servicevinduet er forlænget indtil videre" (no time
    stated; not "the fallback procedure is allowed until further notice", nor "postponed until further
    notice", which calls the window off)."""
    return not any((m.end or m.start).time is not None for m in mentions) \
        and lx.has_phrase(words, lx.OPEN_END_PHRASES) and not lx.has_word(words, lx.MOVE_WORDS) \
        and not FALLBACK_MENTION.search(" ".join(words)) \
        and (lx.has_word(words, lx.EXTEND_WORDS + lx.OUTAGE_WORDS) or lx.has_phrase(words, lx.OUTAGE_PHRASES))


def _called_off(doc: Document, sentence: int, order: tuple, published: dt.date) -> Change | None:
    """"The service window on Thursday December 4 is cancelled", "Servicevinduet torsdag den 8. december
    er aflyst": the days a sentence calls off (not the stamp of its update header, nor "is not cancelled",
    nor "cancelled and moved to …" or "… aflyst. Ny dato: …" on its line, which moves it)."""
    words = doc.words(doc.sentences[sentence])
    if not (lx.has_word(words, lx.CANCEL_WORDS) or lx.has_phrase(words, lx.CANCEL_PHRASES)) \
            or any(w in lx.NOT_WORDS for w in words):
        return None
    line = doc.tokens[doc.sentences[sentence].start].line
    said = doc.words(doc.lines[line])
    if lx.has_word(said, lx.MOVE_WORDS) or lx.has_phrase(said, lx.RESCHEDULE_PHRASES):
        return None
    stamp = _header(doc, line)[1]
    days = tuple(dict.fromkeys(found.date for m in doc.in_sentence(sentence) if m is not stamp
                               for point in (m.start, m.end) if point is not None for spec in point.dates
                               if not spec.weekday_only and (found := resolve_day(spec, published)) is not None))
    days = days or (referred_days(doc, sentence, published) if order[0] == 1 else ())
    return Change("cancel", line, sentence, order, dates=days) if days else None


def _about_window(words: list[str]) -> bool:
    """"There is currently an ongoing servicewindow." (also for the next sentence of its paragraph)."""
    return lx.has_word(words, lx.WINDOW_NOUNS) or lx.has_phrase(words, lx.WINDOW_PHRASES)


def _change(field: str, mention: Mention, line: int, sentence: int, order: tuple, published: dt.date,
            creates: bool) -> Change:
    point = mention.end if mention.shape is Shape.UNTIL else mention.start
    weekday = _bare_weekday(point.dates)
    day = resolve_day(point.dates[0], published) if point.dates and weekday is None else None
    return Change(field, line, sentence, order, clock=point.time, day=day.date if day else None, creates=creates,
                  weekday=weekday)


def _bare_weekday(dates: tuple[DateSpec, ...]) -> int | None:
    """The weekday of a date written as a weekday only (``Sunday``, not ``Sunday in week 13``), else None."""
    return dates[0].weekday if dates and dates[0].weekday_only else None


def _shift(doc: Document, indexes: range, postponed: int | None) -> int:
    """``moved 1 day later`` -> 1440; ``flyttet to timer tidligere`` -> -120; ``postponed by 2
    hours`` (just after the word at ``postponed``) -> 120: minutes, 0 when no duration with a
    direction."""
    for i in indexes:
        found = duration_at(doc.tokens, i) if doc.tokens[i].kind in (Kind.WORD, Kind.NUMBER) else None
        if found is None:
            continue
        direction = doc.tokens[found[1]].word if found[1] in indexes else None
        if direction in lx.LATER_WORDS or (postponed is not None and postponed < i <= postponed + 2
                                           and direction not in lx.EARLIER_WORDS):
            return found[0]
        if direction in lx.EARLIER_WORDS:
            return -found[0]
    return 0


def _extension(doc: Document, extend: int | None, shorten: int | None) -> int | None:
    """``extended by 1 hour`` -> 60, ``forkortet med 30 minutter`` -> -30: the duration just after
    the cue word (past ``by``, ``med``, ``an additional``; ``another hour`` is one), or None."""
    cue, sign = (extend, 1) if extend is not None else (shorten, -1)
    if cue is None:
        return None
    tokens = doc.tokens
    for i in range(cue + 1, min(cue + 5, len(tokens))):
        found = duration_at(tokens, i)
        if found is not None:
            return sign * found[0]
        unit = lx.role_of(tokens[i].word, lx.Role.UNIT) if tokens[i].kind is Kind.WORD else None
        if unit is not None and i > cue + 1 and tokens[i - 1].word in lx.EXTENSION_LEADS:
            return sign * unit.value
        if tokens[i].line != tokens[cue].line or tokens[i].word not in lx.EXTENSION_LEADS:
            return None
    return None


def read_updates(doc: Document, published: dt.datetime, updated: dt.datetime,
                 skipped: set[int]) -> Updates:
    """The stamps and changes of a body; ``skipped`` sentences (phone hours) say nothing."""
    lines = body_lines(doc.text, published, updated)
    stamps = tuple(dict.fromkeys(line.stamp for line in lines if line.stamp is not None))
    order_of_line = {line.number: line.written(published) + (-line.number,) for line in lines}
    changes = [c for sentence in sorted(doc.sentences) if sentence not in skipped
               for c in _changes_in(doc, sentence, order_of_line[doc.tokens[doc.sentences[sentence].start].line],
                                    published.date())]
    return Updates(stamps, tuple(changes), order_of_line)


# A completion time written in a line without a timed stamp: "Udført kl. 21.12." on top of the body. The completion
# word opens its sentence, or follows a past auxiliary ("The work was completed at 21:12", "Arbejdet blev afsluttet
# kl. 21.12"), not "will be completed at", "expected to be done at", "not done at".
_PAST_AUX = frozenset(("was", "were", "been", "blev", "blevet"))
_DONE_OVERRUN = dt.timedelta(hours=12)     # how long after a window's end its work may be reported done


#: Terse completions of more than one word, read as one completion word by :func:`completion_clock`: "Back online
#: 02:12", "Vi er tilbage kl. 09.45", "We are back 09:45".
_TERSE_DONE = keywords(r"(?i)\b(?:back\s+online|(?:we\s+are|vi\s+er)\s+(?:back|tilbage)(?:\s+online)?)\b")


def completion_clock(text: str) -> ClockTime | None:
    """The time of day written right after a completion word ("Udført kl. 21.12.", "Done at 21:12",
    "Done 2112", "Completed at 9.45 pm") or right before one ("Kl. 21.12 udført", "21:12 Done"), in a
    sentence that reports the work done; None for a range ("Done. The window was 18:00-21:00", "Udført
    kl. 18-22"), a dated time, a future or negated completion, or no time ("Udført som planlagt")."""
    text = _TERSE_DONE.any_case.sub("done", text)
    if not any(word in lx.COMPLETION_WORDS for word in text.lower().replace(".", " ").split()):
        return None
    doc = read(text)
    for sentence in sorted(doc.sentences):
        indexes = doc.sentences[sentence]
        words = [i for i in indexes if doc.tokens[i].kind is Kind.WORD]
        points = [m for m in doc.in_sentence(sentence) if m.shape is Shape.POINT and m.start is not None
                  and m.start.time is not None and not m.start.dates]
        covered = {j for m in points for j in range(m.first, m.last)}
        for n, i in enumerate(words):
            if doc.tokens[i].word not in lx.COMPLETION_WORDS:
                continue
            before = [doc.tokens[j].word for j in words[:n] if j not in covered]
            if before and (before[-1] not in _PAST_AUX or any(
                    w in _NEGATIONS or w.startswith(lx.EXPECT_WORDS) for w in before)):
                continue
            after = next((m for m in points if m.first == i + 1), None)
            if after is not None:
                return after.start.time
            ahead = next((m for m in points if m.first == indexes.start and not before and all(
                doc.tokens[j].kind is Kind.PUNCT and doc.tokens[j].text in ":-–" for j in range(m.last, i))), None)
            if ahead is not None and n == len(words) - 1:
                return ahead.start.time
    return None


def _bounds(window) -> tuple[dt.datetime, dt.datetime] | None:
    """A window's start and end as moments (an all-day window from midnight to midnight; no end: a day)."""
    start, end = window.start, window.end
    if start is None:
        return None
    if not isinstance(start, dt.datetime):
        start = dt.datetime.combine(start, dt.time(), tzinfo=COPENHAGEN)
    if end is not None and not isinstance(end, dt.datetime):
        end = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=COPENHAGEN)
    return start, end or start + dt.timedelta(days=1)


def written_done_at(lines: list[BodyLine] | tuple[BodyLine, ...], windows, published: dt.datetime,
                    updated: dt.datetime) -> dt.datetime | None:
    """When the work was done by a line without a timed stamp ("Udført kl. 21.12." on top of the body): its time
    on a day of the window, at or after its start and at most ``_DONE_OVERRUN`` after its end (``Udført kl.
    01.30`` after a window 22:00-02:00, or one overrunning 18:00-22:00: the next day), the latest such not after
    the page's last update; without a window, the day a stamp would have (:func:`resolve_stamp`). The newest
    such line counts (the topmost among equals)."""
    found = [(line.written(published), -line.number, clock) for line in lines if line.at is None
             and (clock := completion_clock(line.text)) is not None]
    if not found:
        return None
    clock = max(found, key=lambda item: item[:2])[2]
    candidates = []
    for window in windows:
        bounds = _bounds(window)
        if bounds is None:
            continue
        start, end = bounds
        day = start.date()
        while day <= end.date() + dt.timedelta(days=1) and len(candidates) < 64:
            at = local(day, clock)
            if start <= at <= end + _DONE_OVERRUN:
                candidates.append(at)
            day += dt.timedelta(days=1)
    if not candidates:
        return None if windows else resolve_stamp(Point((), clock), published, updated)[0]
    written = [at for at in candidates if at <= updated + _SLOP]
    return max(written) if written else min(candidates)


# The nouns a row of a list is referred to by, with its number: "Intervention 2 (UUM&DS) is cancelled", "Interventionen
# nr. 2 er flyttet", "Window 2 is moved", "punkt 2 udgår".
_ROW_NOUNS = ("intervention", "indgreb", "window", "vindue", "servicevindue", "servicewindow", "row", "række",
              "item", "punkt", "line", "linje", "nr", "no", "number", "nummer")
_CHANGE_CUES = lx.MOVE_WORDS + lx.CANCEL_WORDS


def _cue_index(doc: Document, indexes: range) -> int:
    """The token of the first move or cancel word of a sentence (its end when none): what comes before names
    the window the sentence changes."""
    return next((i for i in indexes if doc.tokens[i].kind is Kind.WORD
                 and doc.tokens[i].word.startswith(_CHANGE_CUES)), indexes.stop)


def referred_days(doc: Document, sentence: int, published: dt.date,
                  rows: set[int] | None = None) -> tuple[dt.date, ...]:
    """The days of the window(s) a moving or cancelling sentence names before its move/cancel word, among the
    dated rows (the other lines, or ``rows``; not an update's stamp): a date ("The window on 18/03/2017 is moved"), a weekday of one
    row ("The window on Saturday is moved", "Vinduet lørdag er flyttet"), a row number ("Intervention 2
    (UUM&DS) is cancelled": the row written "2. …"), or a name written on some rows only ("Interventionen på
    CBAM Registry er flyttet til …"); () when it names none, or every row."""
    indexes = doc.sentences[sentence]
    line = doc.tokens[indexes.start].line
    stamp = _header(doc, line)[1]
    upto = _cue_index(doc, indexes)
    row_days: dict[int, tuple[dt.date, ...]] = {}
    for m in doc.mentions:
        if (rows is None or m.line in rows) and m.line != line and m is not _header(doc, m.line)[1]:
            found = [day.date for point in (m.start, m.end) if point is not None for spec in point.dates
                     if not spec.weekday_only and (day := resolve_day(spec, published)) is not None]
            row_days[m.line] = tuple(dict.fromkeys(row_days.get(m.line, ()) + tuple(found)))
    row_days = {n: days for n, days in row_days.items() if days}

    def among(lines) -> tuple[dt.date, ...]:
        lines = set(lines)
        if not lines or lines >= set(row_days):
            return ()
        return tuple(dict.fromkeys(d for n in sorted(lines) for d in row_days[n]))

    named = [m for m in doc.in_sentence(sentence) if m is not stamp and m.last <= upto]
    specs = [spec for m in named for point in (m.start, m.end) if point is not None for spec in point.dates]
    days = tuple(dict.fromkeys(found.date for spec in specs if not spec.weekday_only
                               and (found := resolve_day(spec, published)) is not None))
    if days:
        return days
    weekdays = {spec.weekday for spec in specs if spec.weekday_only}
    if weekdays:
        return among(n for n, found in row_days.items() if any(d.weekday() in weekdays for d in found))
    covered = {i for m in named for i in range(m.first, m.last)}
    before = [i for i in indexes if i < upto and i not in covered and (stamp is None or i >= stamp.last)]
    for n, i in enumerate(before[:-1]):
        token, after = doc.tokens[i], doc.tokens[before[n + 1]]
        if after.text == "." and n + 2 < len(before):         # "nr. 2"
            after = doc.tokens[before[n + 2]]
        if token.kind is Kind.WORD and token.word.rstrip(".").startswith(_ROW_NOUNS) \
                and after.kind is Kind.NUMBER and after.word.isdigit():
            numbered = [r for r in row_days if len(doc.lines[r]) > 1 and doc.tokens[doc.lines[r].start].word
                        == after.word and doc.tokens[doc.lines[r].start + 1].text in (".", ")")]
            if numbered:
                return among(numbered)
    names = {doc.tokens[i].word for i in before if doc.tokens[i].kind is Kind.WORD and len(doc.tokens[i].word) > 1
             and doc.tokens[i].text != doc.tokens[i].text.lower() and i != indexes.start}
    return among(r for r in row_days if names & set(doc.words(doc.lines[r])))
