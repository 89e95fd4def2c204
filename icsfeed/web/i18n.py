"""The page's words in English and Danish, and dates written the way each language writes them."""
from __future__ import annotations

import datetime as dt

from ..model import COPENHAGEN
from ..publish.ics import LANGUAGES

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Customs service windows",
        "lead": "Planned unavailability of the Danish Customs Agency's systems, as calendar feeds. "
                "Subscribe once and your calendar keeps itself up to date.",
        "down_now": "Unavailable right now",
        "until": "until",
        "nothing_down": "All systems are available right now.",
        "timeline": "The next 14 days",
        "timeline_empty": "No service windows are planned in the next 14 days.",
        "upcoming": "Upcoming windows",
        "when": "When", "env": "Environment", "systems": "Systems", "what": "Announcement", "status": "Status",
        "feeds": "Calendar feeds",
        "feeds_intro": "Pick a feed and add it to your calendar. Each system has one feed per environment.",
        "everything": "Everything (production and test)",
        "all_systems": "All systems",
        "system": "System", "subscribe": "Subscribe",
        "webcal": "Calendar app", "google": "Google", "outlook": "Outlook.com", "download": "Download .ics",
        "copy_link": "Copy link", "copied": "Copied", "copy_failed": "Select and copy the link",
        "cancelled": "cancelled", "scheduled": "scheduled", "completed": "completed",
        "partly-cancelled": "partly cancelled",
        "next_window": "Next window", "none_planned": "none planned",
        "api": "JSON API", "updated": "Last update from the status page", "never": "never",
        "language": "Dansk", "legend_prd": "production", "legend_tfe": "test",
        "env_prd": "Production", "env_tfe": "Test",
    },
    "da": {
        "title": "Toldsystemernes servicevinduer",
        "lead": "Planlagt utilgængelighed i Toldstyrelsens systemer som kalenderabonnementer. "
                "Abonnér én gang, så holder din kalender sig selv opdateret.",
        "down_now": "Utilgængeligt lige nu",
        "until": "indtil",
        "nothing_down": "Alle systemer er tilgængelige lige nu.",
        "timeline": "De næste 14 dage",
        "timeline_empty": "Der er ingen planlagte servicevinduer de næste 14 dage.",
        "upcoming": "Kommende servicevinduer",
        "when": "Hvornår", "env": "Miljø", "systems": "Systemer", "what": "Meddelelse", "status": "Status",
        "feeds": "Kalenderabonnementer",
        "feeds_intro": "Vælg et abonnement og tilføj det til din kalender. Hvert system har ét pr. miljø.",
        "everything": "Alt (produktion og test)",
        "all_systems": "Alle systemer",
        "system": "System", "subscribe": "Abonnér",
        "webcal": "Kalender-app", "google": "Google", "outlook": "Outlook.com", "download": "Hent .ics",
        "copy_link": "Kopiér link", "copied": "Kopieret", "copy_failed": "Markér og kopiér linket",
        "cancelled": "aflyst", "scheduled": "planlagt", "completed": "gennemført",
        "partly-cancelled": "delvist aflyst",
        "next_window": "Næste vindue", "none_planned": "intet planlagt",
        "api": "JSON-API", "updated": "Seneste opdatering fra driftsstatussiden", "never": "aldrig",
        "language": "English", "legend_prd": "produktion", "legend_tfe": "test",
        "env_prd": "Produktion", "env_tfe": "Test",
    },
}

_WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
             "da": ("man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn.")}
_MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
           "da": ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")}


def choose_language(explicit: str | None, accept_language: str | None) -> str:
    """``?lang=`` when it names a language we have, else the best of Accept-Language, else English."""
    if explicit in LANGUAGES:
        return explicit
    ranked = []
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        ranked.append((quality, tag.strip().lower().split("-")[0]))
    for quality, tag in sorted(ranked, key=lambda pair: -pair[0]):
        if quality > 0 and tag in LANGUAGES:
            return tag
    return "en"


def day_label(day: dt.date, lang: str) -> str:
    """``Tue 18 Nov`` / ``tir. 18. nov.``"""
    dot = "." if lang == "da" else ""
    return f"{_WEEKDAYS[lang][day.weekday()]} {day.day}{dot} {_MONTHS[lang][day.month - 1]}"


def day_parts(day: dt.date, lang: str) -> tuple[str, str, str]:
    """A timeline column's weekday, day number and month: ``("Tue", "18", "Nov")``."""
    dot = "." if lang == "da" else ""
    return _WEEKDAYS[lang][day.weekday()], f"{day.day}{dot}", _MONTHS[lang][day.month - 1]


def span_label(start: dt.datetime | dt.date, end: dt.datetime | dt.date | None, all_day: bool, lang: str) -> str:
    """A window in local time: ``Tue 18 Nov 18:00–23:00``, ``Sat 7 Mar – Sun 8 Mar``."""
    if all_day:
        first = _day(start)
        last = _day(end) if end is not None else first
        return day_label(first, lang) if last == first else f"{day_label(first, lang)} – {day_label(last, lang)}"
    local_start = start.astimezone(COPENHAGEN)
    text = f"{day_label(local_start.date(), lang)} {local_start:%H:%M}"
    if end is None:
        return text + " –"
    local_end = end.astimezone(COPENHAGEN)
    if local_end.date() == local_start.date():
        return f"{text}–{local_end:%H:%M}"
    return f"{text} – {day_label(local_end.date(), lang)} {local_end:%H:%M}"


def stamp_label(value: dt.datetime, lang: str) -> str:
    """A moment in local time with the year: ``Tue 18 Nov 2025 18:00``."""
    local = value.astimezone(COPENHAGEN)
    return f"{day_label(local.date(), lang)} {local.year} {local:%H:%M}"


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.astimezone(COPENHAGEN).date() if isinstance(value, dt.datetime) else value
