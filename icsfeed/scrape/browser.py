"""HTML -> the text a browser shows, so that pages are read by content, not by markup.

Follows ``innerText`` closely enough for the status pages: block elements end lines,
``<p>`` is set off by a blank line, ``<br>`` breaks a line, table cells are joined by
tabs, ``<li>`` starts with ``"  • "`` (as a copy from the browser shows it), whitespace
runs in the source collapse to one space, no-break spaces stay, entities are decoded,
scripts, styles and hidden elements vanish. Links to detail pages (``data.aspx?oid=N&x=read``)
are reported with their offset in the text, so each message can keep its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.etree
import lxml.html

from .listpage import Link

_SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "iframe", "object", "svg",
                      "select", "datalist", "meta", "link"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "ul"})
_CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_KEPT_SPACE = "\ue000"  # a space whitespace collapsing must not touch (the bullet's indent)
BULLET = f"{_KEPT_SPACE}{_KEPT_SPACE}•{_KEPT_SPACE}"


@dataclass(frozen=True)
class BrowserText:
    """The text of a page, its detail links by offset, and its declared language."""

    text: str
    links: tuple[Link, ...]
    lang: str | None


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    """The document tree of (possibly broken or truncated) HTML, or None when nothing parses."""
    if isinstance(html, str):
        html = _XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(recover=True))
    except (lxml.etree.ParserError, ValueError):
        return None


def is_detail_url(url: str) -> bool:
    """True for a detail page address: ``…data.aspx?oid=N&x=read``."""
    query = parse_qs(urlsplit(url).query)
    return "oid" in query and [value.lower() for value in query.get("x", [])] == ["read"]


def _same_site(url: str, base_url: str) -> bool:
    a, b = urlsplit(url), urlsplit(base_url)
    return a.scheme in ("http", "https") and (a.hostname or "") == (b.hostname or "") and a.port == b.port


def _base(root: lxml.html.HtmlElement, page_url: str | None) -> str:
    declared = root.xpath("string(//base/@href)").strip()
    return urljoin(page_url or "", declared) if declared else page_url or ""


def detail_links(html: bytes | str, base_url: str) -> list[str]:
    """Absolute URLs of the detail pages a list page links to, on the page's own host, each once."""
    root = parse_html(html)
    if root is None:
        return []
    base = _base(root, base_url)
    urls = (urljoin(base, href.strip()).split("#")[0] for href in root.xpath("//a/@href"))
    return list(dict.fromkeys(url for url in urls if is_detail_url(url) and _same_site(url, base_url)))


class _Writer:
    """Collects text with innerText's line-break rules; pending breaks and spaces are written lazily."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.breaks = 0
        self.space = False
        self.newlines = 0  # how many line breaks the text written so far ends with
        self.after_marker = False
        self.pending_links: list[str] = []
        self.links: list[Link] = []

    def _write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        stripped = text.rstrip("\n")
        self.newlines = len(text) - len(stripped) + (0 if stripped else self.newlines)

    def emit(self, text: str, *, marker: bool = False) -> None:
        """Write ``text``; a ``marker`` (bullet, cell tab) swallows the space that follows it."""
        if self.length and self.breaks:
            self._write("\n" * max(0, self.breaks - self.newlines))
        elif self.space and not self.newlines and not self.after_marker:
            self._write(" ")
        self.breaks, self.space = 0, False
        self.links.extend(Link(self.length, url) for url in self.pending_links)
        self.pending_links.clear()
        self._write(text)
        self.after_marker = marker

    def text(self, text: str, *, preformatted: bool = False) -> None:
        if preformatted:
            if text:
                self.emit(text)
            return
        text = _COLLAPSIBLE.sub(" ", text)
        if text.startswith(" "):
            self.space = True
        words = text.strip(" ")
        if words:
            self.emit(words)
            self.space = text.endswith(" ")

    def line_break(self, count: int = 1) -> None:
        self.breaks = max(self.breaks, count)
        self.space = False

    def hard_break(self) -> None:
        """``<br>``: a new line even in the middle of a block."""
        if self.length:
            self.emit("\n")

    def result(self) -> str:
        return "".join(self.parts).replace(_KEPT_SPACE, " ")


def _hidden(element: lxml.html.HtmlElement) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _walk(element: lxml.html.HtmlElement, out: _Writer, base: str, preformatted: bool) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag and tag.lower() not in _SKIPPED and not _hidden(element):
        tag = tag.lower()
        inner = preformatted or tag in ("pre", "textarea")
        if tag == "br":
            out.hard_break()
        elif tag in _BLOCKS:
            out.line_break(2 if tag == "p" else 1)
        elif tag in _CELLS and element.getprevious() is not None:
            out.emit("\t", marker=True)
        if tag == "li":
            out.emit(BULLET, marker=True)
        if tag == "a" and element.get("href"):
            url = urljoin(base, element.get("href").strip()).split("#")[0]
            if is_detail_url(url) and (not base or _same_site(url, base)):
                out.pending_links.append(url)
        if element.text:
            out.text(element.text, preformatted=inner)
        for child in element:
            _walk(child, out, base, inner)
        if tag in _BLOCKS:
            out.line_break(2 if tag == "p" else 1)
    if element.tail:
        out.text(element.tail, preformatted=preformatted)


def _text_of(element: lxml.html.HtmlElement, base: str) -> _Writer:
    out = _Writer()
    tail, element.tail = element.tail, None
    try:
        _walk(element, out, base, preformatted=False)
    finally:
        element.tail = tail
    return out


def _enclosing(root: lxml.html.HtmlElement, first: re.Pattern[str], last: re.Pattern[str]):
    """The smallest element holding the first text matching ``first`` and the last matching ``last``."""
    texts = root.xpath("//body//text()")
    start = next((t.getparent() for t in texts if first.search(t)), None)
    end = next((t.getparent() for t in reversed(texts) if last.search(t)), None)
    if start is None or end is None:
        return None
    ancestors = set(start.iterancestors()) | {start}
    return next((e for e in [end, *end.iterancestors()] if e in ancestors), None)


def browser_text(html: str | bytes, *, page_url: str | None = None,
                 content: tuple[re.Pattern[str], re.Pattern[str]] | None = None) -> BrowserText:
    """The text a browser shows for ``html``, with detail links absolute against ``page_url``.

    With ``content`` (two patterns), the text ends with the smallest element enclosing
    their matches: what follows it (a footer) is left out.
    """
    root = parse_html(html)
    if root is None:
        return BrowserText("", (), None)
    base = _base(root, page_url)
    body = root.find("body")
    out = _text_of(body if body is not None else root, base)
    text = out.result()
    container = _enclosing(root, *content) if content else None
    if container is not None:
        last_line = _text_of(container, base).result().rstrip().rpartition("\n")[2]
        end = text.rfind(last_line) if last_line.strip() else -1
        text = text[:end + len(last_line)] if end >= 0 else text
    return BrowserText(text, tuple(out.links), root.get("lang"))
