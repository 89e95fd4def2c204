"""The words of the time-expression engine, English and Danish, with the site's spellings.

Every word the grammar gives a meaning to is listed here, in one place: month and weekday
names with their abbreviations and typos ("Marts", "Juli", "Maj", "Okt", "Sept", "Sat.",
"Thuesday", "Wendsday"), ordinal suffixes ("13th"), the small words that join dates and
times ("from"/"fra", "until"/"til", "between"/"mellem", "and"/"og", "kl."), clock words
("midnight"/"midnat", "noon", "am"/"pm", "(DST)"/"(ST)", "next day"/"næste dag"), time zones
("UTC", "GMT"; "CET", "CEST" and "dansk tid" are local), durations ("approx. 4 hours", "en halv
time", "30 min"), and the cue words that tell a window sentence from a phone-hours sentence or
a citation, and an update that moves the window or says it is done.

Words are compared folded: lower case, accents removed except the Danish letters
(``servicewíndow`` -> ``servicewindow``). A long word one or two edits away from a month or
weekday name is read as that name (``thuesday`` -> Tuesday); short words must match exactly.
Folding and lookup are done once per distinct word (cached), so the fuzzy match costs nothing
on the next page that repeats the word.
"""
from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from dataclasses import dataclass

from dateutil.easter import easter


class Role:
    """What a word does in a time expression (plain strings: they are looked up per token)."""

    MONTH = "month"
    WEEKDAY = "weekday"
    ORDINAL = "ordinal"          # st, nd, rd, th
    FROM = "from"                # from, fra, starting, starts, between, mellem (not "since": a past start)
    UNTIL = "until"              # until, till, indtil: also opens an end-only expression
    TO = "to"                    # to, til: joins the two ends of a range
    AND = "and"                  # and, og: joins list items, or the ends after "between"
    CLOCK = "clock"              # kl., klokken: a bare hour after it is a time
    AT = "at"                    # at, on, the, of, den: filler between a date and a time
    AMPM = "ampm"
    MIDNIGHT = "midnight"
    NOON = "noon"
    FOLD = "fold"                # DST / ST markers: value 0 = summer time, 1 = standard time
    PART_OF_DAY = "part_of_day"  # night, evening: "Wednesday night 25th Feb."
    NEXT_DAY = "next_day"        # "0800 the next day", "næste dag", "dagen efter"
    ZONE = "zone"                # UTC, GMT: value = minutes east of UTC
    LOCAL_ZONE = "local_zone"    # CEST, CET: the page's own time (it writes "CET" in summer too);
                                 # value = fold, telling the two 02:30s of an October night apart
    UNIT = "unit"                # hour, timer, minutes, min, days: value = minutes in one unit
    COUNT = "count"              # one, en, to, halvanden: value = twice the number (``half``/``halv``: 1)
    WEEK = "week"                # week, uge: "Saturday in week 12", "lørdag i uge 12", "weeks 12-13"
    RELATIVE = "relative"        # tonight, tomorrow, today, yesterday: value = days after publication (Danish:
                                 # RELATIVE_AFTER_I; "this evening", "last night": RELATIVE_AFTER_WORD)


@dataclass(frozen=True)
class Entry:
    """One meaning of a word: its role and a number (month 1-12, weekday 0-6, fold, am/pm)."""

    role: str
    value: int = 0


_MONTHS = {
    1: ("january", "januar", "jan"),
    2: ("february", "februar", "feb", "febr"),
    3: ("march", "marts", "mar", "marc"),
    4: ("april", "apr"),
    5: ("may", "maj"),
    6: ("june", "juni", "jun"),
    7: ("july", "juli", "jul"),
    8: ("august", "aug"),
    9: ("september", "sep", "sept"),
    10: ("october", "oktober", "oct", "okt"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}
_WEEKDAYS = {
    0: ("monday", "mandag", "mon"),
    1: ("tuesday", "tirsdag", "tue", "tues", "tir", "tirs"),
    2: ("wednesday", "onsdag", "wed", "weds", "ons"),
    3: ("thursday", "torsdag", "thu", "thur", "thurs", "tor", "tors"),
    4: ("friday", "fredag", "fri", "fre"),
    5: ("saturday", "lørdag", "lordag", "loerdag", "sat", "lør", "lor"),
    6: ("sunday", "søndag", "sondag", "soendag", "sun", "søn", "son"),
}
# Weekday abbreviations that are also common words (Danish "man" is "one", the pronoun): a weekday only with
# its dot right before a date ("man. 6/3 – ons. 8/3").
DATED_WEEKDAYS = {"man": 0}
# "weekend", "weekenden" right before a week number ("i weekenden uge 11", "weekenden i uge 11", "the weekend of
# week 11", "the weekend in week 11"): the Saturday and Sunday of that week, one span.
WEEKEND_WORDS = frozenset(("weekend", "weekenden"))
# A start followed by the rest of its day ("from 14:00 and for the rest of the day", "fra kl. 14 og resten af
# dagen", "from 14:00 for the remainder of the day"): read as "until midnight", 24:00 of that day. Whole words,
# after at most REST_OF_DAY_REACH filler words (REST_OF_DAY_FILLERS) right after the start.
REST_OF_DAY_PHRASES = (("rest", "of", "the", "day"), ("remainder", "of", "the", "day"), ("resten", "af", "dagen"),
                       ("resten", "af", "døgnet"), ("remaining", "part", "of", "the", "day"),
                       ("den", "resterende", "del", "af", "dagen"))
REST_OF_DAY_FILLERS = frozenset(("and", "og", "for", "the", "throughout", "through", "during", "i", "in", "hele"))
REST_OF_DAY_REACH = 3
_COUNTS = {1: ("a", "an", "one", "en", "et"), 2: ("two",), 3: ("three", "tre"), 4: ("four", "fire"),
           5: ("five", "fem"), 6: ("six", "seks")}
_WORDS: dict[str, Entry] = {
    **{w: Entry(Role.MONTH, n) for n, words in _MONTHS.items() for w in words},
    **{w: Entry(Role.WEEKDAY, n) for n, words in _WEEKDAYS.items() for w in words},
    **{w: Entry(Role.ORDINAL) for w in ("st", "nd", "rd", "th", "te", "ste")},
    **{w: Entry(Role.FROM) for w in ("from", "fra", "starting", "starts", "beginning", "begins", "between",
                                     "mellem", "starter", "begynder")},
    **{w: Entry(Role.UNTIL) for w in ("until", "untill", "till", "indtil", "through")},
    **{w: Entry(Role.TO) for w in ("to", "til")},
    **{w: Entry(Role.AND) for w in ("and", "og")},
    **{w: Entry(Role.CLOCK) for w in ("kl", "klokken")},
    **{w: Entry(Role.AT) for w in ("at", "on", "the", "of", "den", "d", "om", "in", "i", "approx", "app", "ca",
                                   "approximately")},
    "am": Entry(Role.AMPM, 0), "pm": Entry(Role.AMPM, 12),
    **{w: Entry(Role.MIDNIGHT) for w in ("midnight", "midnat")},
    **{w: Entry(Role.NOON) for w in ("noon", "middag")},
    **{w: Entry(Role.FOLD, 0) for w in ("dst", "sommertid")},
    **{w: Entry(Role.FOLD, 1) for w in ("vintertid", "normaltid")},
    "utc": Entry(Role.ZONE, 0), "gmt": Entry(Role.ZONE, 0),
    "cest": Entry(Role.LOCAL_ZONE, 0), "cet": Entry(Role.LOCAL_ZONE, 1),
    **{w: Entry(Role.UNIT, 60) for w in ("hour", "hours", "hr", "hrs", "h", "time", "timer", "timers")},
    **{w: Entry(Role.UNIT, 1) for w in ("minute", "minutes", "min", "mins", "minut", "minutter", "minutters")},
    **{w: Entry(Role.UNIT, 1440) for w in ("day", "days", "dag", "dage", "døgn")},
    **{w: Entry(Role.COUNT, 2 * n) for n, words in _COUNTS.items() for w in words},
    **{w: Entry(Role.COUNT, 1) for w in ("half", "halv")},
    "halvanden": Entry(Role.COUNT, 3),
    **{w: Entry(Role.WEEK) for w in ("week", "weeks", "uge", "uger")},
    **{w: Entry(Role.NEXT_DAY) for w in ("next", "following", "næste", "naeste", "dagen")},
    **{w: Entry(Role.PART_OF_DAY) for w in ("night", "evening", "morning", "afternoon", "nat", "natten", "aften",
                                            "aftes", "morgen", "tidlig", "eftermiddag", "formiddag")},
    "tonight": Entry(Role.RELATIVE, 0), "tomorrow": Entry(Role.RELATIVE, 1), "today": Entry(Role.RELATIVE, 0),
    "yesterday": Entry(Role.RELATIVE, -1), "idag": Entry(Role.RELATIVE, 0), "igår": Entry(Role.RELATIVE, -1),
    "imorgen": Entry(Role.RELATIVE, 1),
}
# "st" is both an ordinal suffix (1st) and the standard-time marker "(ST)", "to" both "to" and
# Danish "two": the grammar asks for the role it needs, so both readings are kept.
_ALSO: dict[str, tuple[Entry, ...]] = {"st": (Entry(Role.FOLD, 1),), "to": (Entry(Role.COUNT, 4),)}
_FUZZY_TARGETS = {w: e for w, e in _WORDS.items() if e.role in (Role.MONTH, Role.WEEKDAY) and len(w) >= 5}

# Words after a bare number that make it a quantity, not an hour: "from 5 to 10 minutes".
UNIT_WORDS = ("minut", "mins", "hour", "hrs", "timer", "second", "sekund", "days", "dage", "døgn", "week", "uge",
              "month", "måned", "kb", "mb", "gb", "percent", "procent", "item", "entries", "entry", "declaration",
              "angivelse", "goods", "varer", "stk", "pcs", "gange")
UNIT_EXACT = ("min", "sec", "day", "dag", "time", "h", "x")

# Cue words and phrases, matched by prefix on folded words (see ``has_word``, ``phrase_at``).
WINDOW_NOUNS = ("servicewindow", "servicewindue", "servicevindue", "serviwindow", "window", "vindue",
                "lukkevindue", "maintenance", "vedligehold", "intervention", "indgreb")
WINDOW_PHRASES = (("service", "window"), ("service", "vindue"))
OUTAGE_WORDS = ("unavail", "unavailaib", "utilgængelig", "downtime", "nedetid", "closed", "lukket", "lukkes",
                "interruption", "afbrydelse", "nedlukning") + WINDOW_NOUNS
OUTAGE_PHRASES = (("not", "be", "possible"), ("not", "possible"), ("ikke", "muligt"), ("ikke", "være", "muligt"),
                  ("ikke", "tilgængelig"), ("not", "available"), ("not", "be", "available")) + WINDOW_PHRASES
# A system expected to work poorly, not to close ("Manifest kan være ustabil i weekenden uge 11", "EMCS may be
# unstable from 2 to 4 May", "kan være langsom"): a span of days so said is an all-day window, as a closing is.
DEGRADED_WORDS = ("ustabil", "unstab", "instab", "langsom", "slow")
# A degraded tail right after a window ("kl. 18.00-22.00. Herefter vil systemet være ustabil indtil kl. 24",
# "Thereafter the system may be unstable until midnight"): "after that" (whole words) and a degraded word or phrase
# with an "until" end extend the window to it.
THEN_WORDS = frozenset(("herefter", "derefter", "bagefter", "afterwards", "afterward", "thereafter", "then"))
DEGRADED_PHRASES = (("længere", "svartid"), ("longer", "response"), ("reduced", "performance"),
                    ("nedsat", "performance"), ("degraded",))
# A cut-over ("e-Eksport lukker fredag … kl. 16.00, og DMS Eksport åbner mandag … kl. 06.00"): a window when a
# sentence says nothing can be sent meanwhile ("I perioden kan der ikke indsendes …"); not a closing for good.
MEANWHILE_PHRASES = (("i", "perioden"), ("i", "den", "periode"), ("i", "mellemtiden"), ("in", "the", "period"),
                     ("in", "this", "period"), ("during", "the", "period"), ("during", "this", "period"),
                     ("in", "the", "meantime"), ("meanwhile",), ("in", "between"), ("imens",))
NONE_WORDS = frozenset(("no", "cannot", "ingen", "intet", "nothing"))      # with NOT_WORDS: "nothing can be sent"
FOR_GOOD_PHRASES = (("for", "good"), ("permanent",), ("endeligt",), ("definitivt",), ("for", "altid"),
                    ("decommission",), ("udfas",), ("nedlægge",), ("retire",))
OPENING_WORDS = frozenset(("opens", "open", "opened", "åbner", "åbnes", "åbne", "goes", "går"))
OPENING_LIVE = frozenset(("live", "online", "drift", "luften"))     # "goes live", "går i drift" after OPENING_WORDS
# A DST change explained ("This night the clock is put back one hour from 03.00 to 02.00", "uret stilles en time
# tilbage fra kl. 03.00 til 02.00", "clocks go forward from 02:00 to 03:00"): its range is no window.
CLOCK_WORDS = frozenset(("clock", "clocks", "ur", "uret", "urene", "ure"))
CLOCK_CHANGE_PHRASES = (("back",), ("forward",), ("tilbage",), ("frem",), ("stilles",), ("sættes",), ("changes",),
                        ("change",), ("skift",), ("omstill",))
# A system closing at a time, and back at a later one: "Eksportsystemet lukker … kl. 20.00. Systemet
# forventes at være tilgængeligt igen … kl. 06.00" (a closing alone may be a deadline: "tilmelding lukker").
CLOSING_WORDS = ("lukker", "closes", "closing", "nedlukkes")
CLOSING_PHRASES = (("shut", "down"), ("shuts", "down"), ("taken", "offline"), ("taken", "down"), ("tages", "ned"),
                   ("lukker", "ned"), ("går", "ned"))
REOPEN_PHRASES = (("available", "again"), ("tilgængelig", "igen"), ("open", "again"), ("opens", "again"),
                  ("åben", "igen"), ("åbner", "igen"), ("åbne", "igen"), ("reopen",), ("genåbn",), ("back", "online"),
                  ("online", "again"), ("oppe", "igen"), ("up", "again"), ("be", "back", "by"), ("be", "back", "at"),
                  ("be", "back", "around"), ("være", "tilbage", "kl"), ("være", "tilbage", "omkring"),
                  ("forventes", "tilbage"))
# An update expecting a system back at a time ("Systemerne forventes at være tilgængelige igen kl. 01.00",
# "EMCS will be available again at 02:00"): the window's new end (not "was available again at 23:05").
EXPECT_WORDS = ("expect", "forvent", "estimat", "anticipat", "will", "vil", "should", "skulle", "bør")
# Sentences about something other than a system: phone lines, help desks and opening hours,
# webinars, courses and meetings ("The customs helpdesk is closed on Friday May 10, 2024",
# "webinar … tirsdag den 14. november 2023 kl. 10.00-11.30") state no window.
PHONE_WORDS = ("phone", "telephone", "telefon", "åbningstid", "abningstid", "servicedesk", "helpdesk", "hotline",
               "toldvejledning",
               "kundecenter", "kundeservice", "callcent", "webinar", "workshop", "seminar", "kursus", "kurser",
               "konferenc", "conferenc", "informationsmøde", "dialogmøde", "brugermøde")
PHONE_PHRASES = (("opening", "hours"), ("opening", "times"), ("help", "desk"), ("service", "desk"),
                 ("call", "cent"), ("customer", "service"), ("information", "meeting"), ("online", "meeting"),
                 ("training", "session"))
CITATION_WORDS = ("newsletter", "nyhedsbrev")
CITATION_PHRASES = (("read", "more"), ("læs", "mere"))
# A window still to be announced in another notice: "i forbindelse med et PRD-servicevindue, som annonceres
# særskilt", "i et servicevindue, der varsles særskilt", "in a service window that will be announced separately",
# "… in a service window, which will follow in a later announcement": the window noun, then within
# ELSEWHERE_REACH words an announcing word and a word sending the reader elsewhere. The sentence's dates belong
# to that notice (a citation), unless it is out already ("the service window already announced", "which was
# announced separately", "som er varslet særskilt": ALREADY_WORDS, PAST_WORDS, or "er" right before the verb).
ANNOUNCE_WORDS = ("announc", "annonce", "varsl", "notif", "meddel", "informer", "communicat", "publish",
                  "offentliggø")
ELSEWHERE_WORDS = ("separat", "seperat", "særskilt", "saerskilt", "later", "senere", "subsequent", "efterfølgende")
ALREADY_WORDS = ("already", "allerede", "previously", "tidligere", "earlier")
ELSEWHERE_REACH = 8
HYPOTHETICAL_WORDS = ("possibility", "possibly", "mulighed", "muligvis", "eventuel", "evt")
CONDITION_WORDS = frozenset(("if", "unless", "hvis", "medmindre", "såfremt"))
HYPOTHETICAL_PHRASES = tuple((modal, "be", verb) for modal in ("may", "might", "could")
                             for verb in ("extend", "prolong", "change", "move", "postpone")) + tuple(
    ("kan", "blive", verb) for verb in ("forlæng", "ændr", "flytte", "udskud"))
EACH_DAY_PHRASES = (("both", "days"), ("both", "nights"), ("each", "day"), ("each", "night"), ("every", "day"),
                    ("every", "night"),
                    ("all", "days"), ("two", "nights"), ("begge", "dage"), ("begge", "nætter"), ("hver", "dag"),
                    ("hver", "nat"), ("alle", "dage"), ("to", "nætter"), ("daily",), ("dagligt",), ("nightly",))
# The hours of the window before, on another day: "gentages … lørdag den 20. maj i samme tidsrum", "repeated on
# Saturday 20 May at the same times", "same hours" (each word a prefix).
SAME_HOURS_PHRASES = (("samme", "tidsrum"), ("samme", "tidspunkt"), ("samme", "klokkeslæt"), ("same", "time"),
                      ("same", "hour"))
SAME_HOURS_REACH = 5   # tokens between a day and the phrase: "lørdag den 20. maj 2017 i samme tidsrum"
# A weekday of every week of one month: "every Saturday in May 2015", "hver søndag i juni".
EVERY_WORDS = frozenset(("every", "each", "all", "hver", "alle"))
RECURRENCE_FILLERS = frozenset(("in", "i", "of", "during", "throughout", "hele", "the"))
# A range introducing the days listed under it: "on the following Mondays, 20:00-23:00".
LIST_PHRASES = (("following",), ("følgende",), ("these", "dates"), ("disse", "dage"), ("disse", "datoer"))
# The coming weekend, named without dates: "during the weekend", "this weekend", "i weekenden".
# Whole words, not prefixes ("weekends", "every weekend" recur).
WEEKEND_PHRASES = (("this", "weekend"), ("the", "weekend"), ("weekenden",), ("denne", "weekend"))
# "next weekend", "the coming weekend" said on a weekday is the coming one (as "this weekend"), said on a Saturday
# or Sunday the one after.
NEXT_WEEKEND_PHRASES = (("next", "weekend"), ("næste", "weekend"), ("coming", "weekend"), ("upcoming", "weekend"),
                        ("kommende", "weekend"))
# Some time still to come on the day it is said, with no time ("Manifest will be restarted later today", "genstartes
# senere i dag"): an all-day window on that day when the sentence (or the next) is about an outage. Whole words.
LATER_TODAY_PHRASES = (("later", "today"), ("later", "this", "day"), ("later", "in", "the", "day"),
                       ("senere", "i", "dag"), ("senere", "idag"))
PAST_WORDS = frozenset(("was", "were", "been", "had", "var", "været", "havde"))
TOMORROW_PHRASES = (("tomorrow",), ("i", "morgen"))
# A day named away from its time ("Yesterday, EMCS was unavailable from 18:00 to 22:00", "I går var EMCS utilgængelig
# fra kl. 18 til 22", "Today DMS will be closed from 14:00 to 15:00", "I dag er DMS lukket fra kl. 14 til 15"): the
# undated ranges of its sentence are on that day. Whole words ("i dagene" is no day); "tomorrow" is TOMORROW_PHRASES.
NAMED_DAY_PHRASES = {0: (("today",), ("idag",), ("i", "dag")), -1: (("yesterday",), ("igår",), ("i", "går"))}
# Danish days named from the publication day after "i", read only next to a time ("fra kl. 22.00 i aften til
# kl. 06.00 i morgen tidlig", "i dag kl. 18-22", "i eftermiddag", "i går kl. 18-22", "i går aftes"): days after
# publication. Alone, "aften", "morgen" and "nat" are evening, morning, night.
RELATIVE_AFTER_I = {"aften": 0, "morgen": 1, "nat": 0, "dag": 0, "eftermiddag": 0, "formiddag": 0, "morges": 0,
                    "går": -1, "aftes": -1, "overmorgen": 2}
# English days named by two words, read only next to a time: "this evening", "this afternoon", "last night".
RELATIVE_AFTER_WORD = {"this": {"evening": 0, "afternoon": 0, "morning": 0},
                       "last": {"night": -1, "evening": -1}}
# A night named from publication that is past ("last night", "i går nat"; and "i nat" in a sentence in the past
# tense: "Manifest var lukket i nat kl. 23-02") has its evening on the day before publication, its small hours on
# the publication day. PAST_NIGHTS: the nights that are past only in the past tense.
PAST_NIGHTS = frozenset(("nat",))
PAST_TENSE_WORDS = PAST_WORDS | {"blev"}
PAST_TENSE_REACH = 20            # tokens either side of "i nat", within its sentence, searched for the past tense
# Nights named from publication ("i nat", "tonight"), next to a time: the publication hour from which their times
# before noon (after the night's midnight) are on the day after publication. "i nat kl. 01" said in the morning is
# the night just passed; "tonight from 01:00" is the coming night unless said in the small hours.
NIGHT_TURNS = {"nat": 12, "tonight": 6}
NIGHT_MORNING_END = 12           # a time before noon in a night named from publication is after its midnight
# A night between two days ("the night between Saturday and Sunday", "natten mellem lørdag og søndag", "natten til
# søndag"): a range starting at midnight or in its small hours (before SMALL_HOURS_END) is on the second day.
NIGHT_WORDS = frozenset(("night", "nat", "natten"))
SMALL_HOURS_END = 6
# Phrases naming a span of time right before a range, which make its bare hours clock times ("in the time 18-22",
# "in the period 18-22", "i tidsrummet 18-22", "i tiden 18-22", "i perioden 18-22"); not before days ("i perioden
# 18.-22. marts") or counts ("in the period 2-3 hours").
PERIOD_PHRASES = (("in", "the", "time"), ("in", "the", "period"), ("during", "the", "time"),
                  ("during", "the", "period"), ("in", "the", "timespan"), ("i", "tidsrummet"), ("i", "tidsrum"),
                  ("i", "tiden"), ("i", "perioden"), ("i", "tidsperioden"))
# "o'clock" after a time marks it a clock time ("from 20 o'clock to 24 o'clock", "from 22.00 o'clock Saturday"):
# the tokens "o", "'", "clock" glued, or one word; Danish writes "klokken 20" (a CLOCK word before the hour).
OCLOCK_WORDS = frozenset(("oclock", "o'clock"))
APOSTROPHES = frozenset(("'", "’", "´", "`"))
# Times in the page's own zone, said so: "kl. 20.00 dansk tid", "18:00 CET/CEST" (read as local time).
LOCAL_TIME_PHRASES = (("dansk", "tid"), ("danish", "time"), ("local", "time"), ("lokal", "tid"),
                      ("brussels", "time"), ("copenhagen", "time"), ("københavnsk", "tid"))
# Labels opening a line: "Date: 12/03/2026" / "Dato: 12.03.2026", then "Time: 18:00" / "Tidspunkt: kl. 18-20".
DATE_LABELS = ("date", "dato")
TIME_LABELS = ("time", "tid", "klokkeslæt", "kl")
# An opening verb with its object before "again" ("åbne systemet igen", "open the system again").
OPEN_VERBS = frozenset(("open", "opens", "åbne", "åbner", "åbnes"))
AGAIN_WORDS = frozenset(("again", "igen"))
# Nouns of the work a long subject must name to be the window's ("The planned maintenance of the system"),
# besides the window nouns of ``WINDOW_NOUNS``.
WORK_NOUNS = ("work", "arbejd", "update", "opdater", "upgrade", "opgrader", "deploy", "migration", "migrering",
              "release", "installation")
# Durations: "for approx. 4 hours", "i ca. 4 timer", "and is expected to last 2 hours" after a start;
# "extended by 1 hour", "forlænges med 1 time" in an update.
APPROX_WORDS = frozenset(("approx", "app", "appr", "approximately", "ca", "cirka", "circa", "about", "around",
                          "omkring", "roughly"))
# A start written as "after" a time ("unavailable after 6 pm", "utilgængelig efter kl. 18"), and an end written
# as a latest time ("available again before 8 am", "tilgængelig igen senest kl. 08.00"): only right before a time.
START_AFTER_WORDS = frozenset(("after", "efter"))
END_BEFORE_WORDS = frozenset(("before", "senest", "inden"))
# Words between a start and its end said as a second clause: "starts at 18:00 and ends at 23:00", "starter kl. 18
# og slutter kl. 23", "begins at 18:00 and is expected to end at 23:00" (the last word one of END_SUBJECTS).
END_CLAUSE_WORDS = frozenset(("and", "og", "is", "er", "will", "vil", "expected", "forventes", "forventet", "to",
                              "at", "kl", "klokken", "approx", "app", "ca", "around", "about", "omkring", "cirka"))
# A word stressing a time is exact, read past it: "at 18:00 sharp", "kl. 18 præcis".
EXACT_TIME_WORDS = frozenset(("sharp", "præcis", "precisely", "prompt"))
# An upper bound before a duration reads as the duration itself (a planner must not submit before the latest
# end): "for up to 3 hours", "a maximum of 2 hours", "max. 2 hours", "i op til 3 timer", "i maks. 2 timer", "højst 2 timer".
MAX_DURATION_LEADS = (("up", "to"), ("op", "til"), ("a", "maximum", "of"), ("maximum", "of"), ("maximum",), ("max",),
                      ("maks",), ("højst",), ("at", "most"), ("no", "more", "than"), ("ikke", "mere", "end"))
DURATION_LEADS = frozenset(("for", "i", "and", "og", "is", "er", "will", "vil", "be", "blive", "expected",
                            "forventes", "forventet", "estimated", "to", "at", "last", "lasts", "lasting", "vare",
                            "varer", "duration", "varighed", "take", "takes", "tage", "tager"))
# A duration said before its start ("for about 2 hours from 10:00", "i ca. 2 timer fra kl. 10"), or in the
# sentence after an undated start ("from 18:00. It will take 2 hours.", "Det forventes at tage 2 timer.").
LASTING_VERBS = frozenset(("last", "lasts", "lasting", "take", "takes", "vare", "varer", "tage", "tager", "duration",
                           "varighed"))
LASTING_WORDS = LASTING_VERBS | {"for", "i"}
EXTENSION_LEADS = frozenset(("by", "with", "med", "a", "an", "another", "additional", "further", "extra",
                             "ekstra", "yderligere", "endnu"))
EXTEND_WORDS = ("extended", "expanded", "prolonged", "forlænge", "forlaenge", "udvidet", "udvides")
SHORTEN_WORDS = ("shortened", "reduced", "forkorte", "afkorte")
# Statements in updates that move one end of a window, or the whole window.
END_CHANGE_WORDS = EXTEND_WORDS + ("changed", "ændret", "ændres", "aendret") + SHORTEN_WORDS
NOT_CHANGED = ("response", "respons", "svartid", "processing", "behandlingstid", "service", "opening", "phone")
# The work expected over at a time: "The work is delayed. Expected to be finished at 07:30", "expected to be
# completed by 01:00", "expected to end at", "Arbejdet er forsinket og forventes færdigt kl. 01.00", "forventes
# afsluttet kl." (an expecting word, then a word for finishing; not "expected resolved", said of a fix).
FINISH_EXPECTED = ("expected", "estimated", "anticipated", "forventes", "forventet", "forventeligt")
FINISH_WORDS = (("end",), ("finish",), ("complet",), ("done",), ("be", "finish"), ("be", "complet"),
                ("be", "done"), ("be", "over"))
FINISH_WORDS_DA = (("afsluttet",), ("færdig",), ("faerdig",), ("overstået",), ("slut",), ("at", "slutte"),
                   ("at", "afslutte"), ("at", "være", "færdig"), ("at", "være", "afsluttet"),
                   ("at", "være", "overstået"), ("at", "blive", "færdig"), ("at", "blive", "afsluttet"))
END_PHRASES = (("end", "time"), ("sluttid",), ("ending", "time"), ("now", "end"), ("slutter", "nu"),
               ("nu", "slutter")) + tuple(
    (lead, "to") + tail for lead in FINISH_EXPECTED[:3] for tail in FINISH_WORDS) + tuple(
    (lead,) + tail for lead in FINISH_EXPECTED[3:] for tail in FINISH_WORDS_DA)
START_PHRASES = (("starting", "time"), ("start", "time"), ("starttid",), ("start", "tidspunkt"), ("start", "of"),
                 ("will", "start"), ("now", "start"), ("starter", "nu"), ("begynder", "nu"))
# In an update, a start later than announced: "Manifest lukker først kl. 20.00" (closes only at 20:00), "The
# window starts only at 20:00", "begynder først kl. 20", "will not close until 20:00", "lukker ikke før kl. 20".
LATE_START_PHRASES = tuple(
    phrase for verb in ("start", "begin", "begynd", "clos", "shut", "lukke") for phrase in (
        (verb, "only"), (verb, "først"), (verb, "later"), (verb, "senere"), ("only", verb), ("vil", "først", verb),
        ("skal", "først", verb), ("not", verb, "until"), (verb, "ikke", "før"), ("ikke", verb, "før")))
# The same said of the window itself ("The service window opens only at 20:00", "Servicevinduet åbner først kl.
# 20"); of a system, opening is its end ("EMCS opens again at 02:00").
WINDOW_OPENS_PHRASES = (("opens", "only"), ("opens", "later"), ("åbner", "først"), ("åbner", "senere"))
MOVE_WORDS = ("moved", "postponed", "rescheduled", "flyttet", "flyttes", "rykket", "rykkes", "udskudt", "udskydes",
              "udsat", "udsættes", "delayed")
# A new date or time stated outright: "NEW DATE: Saturday December 2, 2017, 0800-1600", "Ny dato: …".
RESCHEDULE_PHRASES = (("new", "date"), ("new", "time"), ("ny", "dato"), ("ny", "tidspunkt"))
# An end no longer known: "extended until further notice", "forlænget indtil videre".
OPEN_END_PHRASES = (("until", "further", "notice"), ("till", "further", "notice"), ("indefinitely",),
                    ("indtil", "videre"), ("indtil", "nærmere"), ("indtil", "yderligere"), ("på", "ubestemt", "tid"))
# A window called off: "The service window on Thursday December 4 is cancelled", "… er aflyst".
CANCEL_WORDS = ("cancel", "aflys", "annull", "annuler")
CANCEL_PHRASES = (("called", "off"),)
NOT_WORDS = frozenset(("not", "ikke", "never", "aldrig", "isn't", "isn", "wasn't", "wasn"))
POSTPONE_WORDS = ("postponed", "udskudt", "udskydes", "udsat", "udsættes")    # later, with no direction said
# Terse updates naming the start or the end, then its new time or shift, with only the fillers below between
# (whole words): "Start udskudt til 19:00", "Start postponed to 19:00", "Starter 1 time senere", "Starts 1 hour
# later", "Slut kl. 21 i stedet for 23", "Ends at 21 instead of 23"; "Forsinket til kl. 00.30", "Delayed until
# 00:30" (a time only) is a new end. Not "The start of the fallback procedure is postponed", nor "Forsinket." alone.
START_SUBJECTS = frozenset(("start", "starts", "starter", "starten", "begins", "begin", "begynder", "opstart"))
END_SUBJECTS = frozenset(("end", "ends", "slut", "slutter", "ender", "afsluttes"))
DELAY_WORDS = frozenset(("delayed", "forsinket", "forsinkes", "forsinkelse"))
TERSE_FILLERS = frozenset(("is", "are", "has", "have", "been", "be", "will", "now", "er", "bliver", "blevet", "vil",
                           "blive", "nu", "at", "by", "med", "til", "to", "until", "till", "indtil", "kl", "klokken"))
INSTEAD_PHRASES = (("instead", "of"), ("i", "stedet", "for"), ("rather", "than"))
LATER_WORDS = ("later", "senere", "forward", "frem")
EARLIER_WORDS = ("earlier", "tidligere", "back")
# Update headers: "Update 15:25 -", "Opdatering kl. 07.10", "Status Tuesday, August 5th at 14:30".
UPDATE_WORDS = ("update", "opdater", "status", "notice", "edit")
# Words that open an update even with no time after them: "Update: …", "Opdatering - …".
UNSTAMPED_UPDATE_WORDS = ("update", "opdater", "edit")
# Their abbreviations, as whole words: "Opd. 22:10: Færdig", "UPD 22:10 done", "Upd.: Starts 1 hour later".
UPDATE_ABBREVIATIONS = frozenset(("opd", "upd"))
HEADER_WORDS = ("prd", "tfe", "test", "servicewindow", "servicewindue", "servicevindue", "service", "window",
                "vindue") + UPDATE_WORDS
# A stamped update saying the work is over: "Done.", "The problem has been solved", "back to normal".
COMPLETION_WORDS = frozenset((  # whole words, not prefixes
    "done", "completed", "complete", "solved", "resolved", "normalized", "normalised", "restored", "resumed",
    "stabilized", "stabilised", "finished", "concluded", "afsluttet", "afsluttede", "gennemført", "gennemførte",
    "gennemfort", "udført", "løst", "løste", "færdig", "færdiggjort", "overstået", "genoprettet", "normaliseret",
    "afhjulpet", "udbedret", "fixed", "corrected", "repaired", "handled", "rettet", "ordnet"))
COMPLETION_PHRASES = (("back", "to", "normal"), ("normal", "operation"), ("up", "and", "running"),
                      ("back", "up"), ("has", "passed"), ("possible", "again"), ("once", "again", "possible"),
                      ("now", "possible"), ("possible", "once", "again"), ("was", "implemented"),
                      ("has", "been", "implemented"), ("solution", "has", "found"),
                      ("solution", "has", "been", "found"), ("normal", "drift"), ("kører", "igen"),
                      ("tilgængelig", "igen"), ("available", "again"), ("oppe", "igen"), ("virker", "igen"),
                      ("working", "again"), ("working", "normally"), ("works", "again"), ("operational", "again"),
                      ("kører", "normalt"), ("fungerer", "igen"), ("fungerer", "normalt"), ("normally", "again"),
                      ("normalt", "igen"), ("has", "been", "deployed"), ("was", "deployed"), ("er", "udrullet"),
                      ("has", "ended"), ("window", "ended"), ("vinduet", "er", "slut"), ("been", "stable", "since"),
                      ("er", "idriftsat"), ("er", "nu", "idriftsat"), ("er", "implementeret"),
                      ("er", "nu", "implementeret"), ("is", "deployed"), ("is", "now", "deployed"),
                      ("været", "stabil", "siden"), ("stable", "again"), ("stabil", "igen"), ("back", "online"),
                      ("we", "are", "back"), ("vi", "er", "tilbage"))


@functools.lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """Lower case without accents, keeping æ, ø and å: ``"Servicewíndow"`` -> ``"servicewindow"``
    (cached: a page repeats its words)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    out = []
    for char in lowered:
        if char in "æøå":
            out.append(char)
        else:
            out.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return "".join(out)


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions), cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@functools.lru_cache(maxsize=4096)
def lookup(word: str) -> tuple[Entry, ...]:
    """The meanings of a folded word: ``"thuesday"`` -> Tuesday; unknown words -> ``()``."""
    if word in _WORDS:
        return (_WORDS[word], *_ALSO.get(word, ()))
    if 5 <= len(word) <= 12 and word.isalpha():
        limit = 2 if len(word) >= 8 else 1
        best = [(d, e) for w, e in _FUZZY_TARGETS.items()
                if w[0] == word[0] and (d := _distance(word, w, limit)) <= limit]
        if best:
            return (min(best, key=lambda pair: pair[0])[1],)
    return ()


@functools.lru_cache(maxsize=16384)
def roles(word: str) -> dict[str, Entry]:
    """The meanings of a folded word by role (cached; the dict is shared: do not change it)."""
    return {e.role: e for e in lookup(word)}


def role_of(word: str, role: str) -> Entry | None:
    """The entry of ``word`` in ``role``, or None."""
    return roles(word).get(role)


def has_word(words: list[str], prefixes: tuple[str, ...]) -> bool:
    """True when a folded word starts with one of ``prefixes``."""
    return any(w.startswith(prefixes) for w in words)


def has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``words`` contain one of ``phrases`` (each word a prefix) as consecutive words."""
    return phrase_at(words, phrases) is not None


def phrase_at(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """The index where the first of ``phrases`` starts in ``words``, or None."""
    text = " ".join(words)
    match = _phrase_pattern(phrases).search(text)
    return None if match is None else text.count(" ", 0, match.start())


def phrase_in(text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """``has_phrase`` for words already joined by single spaces (join once, test many phrases)."""
    return bool(phrases) and _phrase_pattern(phrases).search(text) is not None


@functools.lru_cache(maxsize=None)
def _phrase_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern:
    """One regex for a set of phrases over space-joined words: each phrase word a word prefix."""
    alternatives = (r"\S* ".join(re.escape(p) for p in phrase) for phrase in phrases if phrase)
    return re.compile(r"(?<!\S)(?:" + "|".join(alternatives) + ")" if phrases else r"(?!)")


# --- named holidays ---------------------------------------------------------------------------
def _fixed(month: int, day: int):
    return lambda year: datetime.date(year, month, day)


def _from_easter(days: int):
    return lambda year: easter(year) + datetime.timedelta(days=days)


def _prayer_day(year: int):
    """Store bededag (Easter + 26) was a holiday until 2023; later years have none (None)."""
    return easter(year) + datetime.timedelta(days=26) if year <= 2023 else None


_APOSTROPHE_S = (("'", "s"), ("’", "s"), ("s",))
#: Danish holidays by name (token words: "2. juledag" is ("2", ".", "juledag")) -> their date in a given year.
HOLIDAYS: dict[tuple[str, ...], object] = {
    ("juleaften",): _fixed(12, 24), ("juleaftensdag",): _fixed(12, 24), ("christmas", "eve"): _fixed(12, 24),
    ("1", ".", "juledag"): _fixed(12, 25), ("juledag",): _fixed(12, 25), ("juledagen",): _fixed(12, 25),
    ("første", "juledag"): _fixed(12, 25), ("christmas", "day"): _fixed(12, 25),
    ("2", ".", "juledag"): _fixed(12, 26), ("anden", "juledag"): _fixed(12, 26), ("boxing", "day"): _fixed(12, 26),
    ("nytårsaftensdag",): _fixed(12, 31), ("nytårsaften",): _fixed(12, 31), ("nytårsdag",): _fixed(1, 1),
    ("grundlovsdag",): _fixed(6, 5), ("grundlovsdagen",): _fixed(6, 5), ("constitution", "day"): _fixed(6, 5),
    ("skærtorsdag",): _from_easter(-3), ("maundy", "thursday"): _from_easter(-3),
    ("langfredag",): _from_easter(-2), ("good", "friday"): _from_easter(-2),
    ("påskedag",): _from_easter(0), ("1", ".", "påskedag"): _from_easter(0), ("påskesøndag",): _from_easter(0),
    ("easter", "sunday"): _from_easter(0), ("easter", "day"): _from_easter(0),
    ("2", ".", "påskedag"): _from_easter(1), ("anden", "påskedag"): _from_easter(1),
    ("easter", "monday"): _from_easter(1),
    ("store", "bededag"): _prayer_day, ("great", "prayer", "day"): _prayer_day,
    ("kristi", "himmelfartsdag"): _from_easter(39), ("kristi", "himmelfart"): _from_easter(39),
    ("ascension", "day"): _from_easter(39),
    ("pinsedag",): _from_easter(49), ("1", ".", "pinsedag"): _from_easter(49), ("whit", "sunday"): _from_easter(49),
    ("2", ".", "pinsedag"): _from_easter(50), ("anden", "pinsedag"): _from_easter(50),
    ("whit", "monday"): _from_easter(50),
    **{("new", "year", *s, day): f for s in _APOSTROPHE_S for day, f in (("eve", _fixed(12, 31)), ("day", _fixed(1, 1)))},
    **{("new", "years", day): f for day, f in (("eve", _fixed(12, 31)), ("day", _fixed(1, 1)))},
}
HOLIDAY_FIRST_WORDS = frozenset(phrase[0] for phrase in HOLIDAYS)
HOLIDAY_LONGEST = max(len(phrase) for phrase in HOLIDAYS)


def holiday_date(name: tuple[str, ...], year: int):
    """The date of holiday ``name`` (a key of ``HOLIDAYS``) in ``year``, or None (no such day that year)."""
    return HOLIDAYS[name](year)
