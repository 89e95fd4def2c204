"""Which language a page is in: ``'da'`` or ``'en'``.

The URL says it when it can (``lang=da``, ``lang=us``), then the page's ``<html lang>``,
then the words: Danish labels (``Sidst opdateret``, ``Publiceret``, ``Meddelelse``), month
and weekday names and common words, counted against their English counterparts.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

_SAMPLE = 200_000
_DANISH = re.compile(
    r"\b(?:sidst opdateret|publiceret|meddelelse|servicevindue|driftsforstyrrelse|nedetid|og|ikke|vil|være|"
    r"blive|på|af|med|kan|skal|januar|februar|marts|maj|juni|juli|oktober|mandag|tirsdag|onsdag|torsdag|fredag|"
    r"lørdag|søndag)\b", re.IGNORECASE)
_ENGLISH = re.compile(
    r"\b(?:last updated|published|message|service ?window|unavailable|unavailability|and|not|will|be|on|of|"
    r"with|can|must|january|february|march|may|june|july|october|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b", re.IGNORECASE)


def _from_tag(tag: str | None) -> str | None:
    tag = (tag or "").strip().lower()
    if tag.startswith("da"):
        return "da"
    if tag.startswith(("en", "us", "uk", "gb")):
        return "en"
    return None


def detect_language(text: str, *, url: str | None = None, declared: str | None = None) -> str:
    """``'da'`` or ``'en'`` for a page's text, its URL and its declared ``lang`` attribute."""
    if url:
        lang = _from_tag(next(iter(parse_qs(urlsplit(url).query).get("lang", [])), None))
        if lang:
            return lang
    lang = _from_tag(declared)
    if lang:
        return lang
    sample = text[:_SAMPLE]
    return "da" if len(_DANISH.findall(sample)) > len(_ENGLISH.findall(sample)) else "en"
