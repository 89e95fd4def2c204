"""Scraping: status pages (text or HTML, list or detail) -> ``Message`` objects.

Pages are read by their content — the ``dd-mm-yyyy kl. HH:MM`` and ``dd-mm-yyyy HH:MM:SS``
stamps, the field labels of detail pages — never by CSS classes: HTML is first turned
into the text a browser shows (``browser``), and that text is parsed (``listpage``,
``detail``).
"""
from __future__ import annotations

from .browser import browser_text, detail_links, is_detail_url
from .heads import split_head
from .language import detect_language
from .page import MAX_BYTES, parse_detail, parse_page, read_path

__all__ = ["MAX_BYTES", "browser_text", "detail_links", "detect_language", "is_detail_url", "parse_detail",
           "parse_page", "read_path", "split_head"]
