"""A stand-in for the upstream status site: a threaded HTTP server on loopback.

It serves the seed page as HTML in a markup of its own (``<article>`` per entry, the head
as a heading with a detail link and a ``<time>``, paragraphs and lists, a ``<footer>`` with
the reference and the publication stamp), with an ETag and Last-Modified it honours, and
switchable behaviours (``stub.behaviour = "hang"``) for every way the real site can fail.
Detail pages (``data.aspx?oid=N&x=read``, linked from each head) are always served.
Every request is recorded in ``stub.requests`` with its headers.
"""
from __future__ import annotations

import hashlib
import html
import random
import re
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PUBLISHED = re.compile(r"^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$")
UPDATED = re.compile(r"\d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}$")
REFERENCE = re.compile(r"^(?:WO|INC|CHG|RITM)\d+$")
LIST_PATH = "/data.aspx?lang=us&oid=54316"
LAST_MODIFIED = "Sat, 16 May 2026 15:07:00 GMT"

BEHAVIOURS = {
    "ok": "the page, 200, or 304 when the client's ETag matches",
    "half": "the page with only the first half of the distinct messages",
    "server-error": "500 Internal Server Error",
    "busy": "503 with Retry-After: retry_after, then the page",
    "hang": "nothing at all, the connection closed after hang_seconds (or when the stub stops)",
    "truncated": "a Content-Length of the whole page, then 40% of it and a closed connection",
    "garbage": "random bytes as text/html",
    "empty": "200 with an empty body",
    "huge": "the page ten times over, with its Content-Length",
    "huge-unsized": "the page ten times over, without a Content-Length",
    "markup-changed": "a well-formed page without a single message",
    "redirect-same-host": "302 to another path on this host, which serves the page",
    "redirect-off-host": "302 to the same page on localhost (another host name)",
}


@dataclass(frozen=True)
class Entry:
    """One entry of the seed text: its head line, body lines, reference and publication stamp."""

    head: str
    body: tuple[str, ...]
    reference: str | None
    published: str

    @property
    def key(self) -> tuple[str, str]:
        return self.head, self.published


def split_entries(text: str) -> list[Entry]:
    """The entries of a status-page text: a head line ending in the update stamp ... a publication stamp."""
    entries, lines = [], []
    for line in text.splitlines():
        if PUBLISHED.match(line.strip()) and lines:
            head, *rest = lines
            while rest and not rest[-1].strip():
                rest.pop()
            reference = rest.pop().strip() if rest and REFERENCE.match(rest[-1].strip()) else None
            entries.append(Entry(head, tuple(rest), reference, line.strip()))
            lines = []
        elif lines or UPDATED.search(line):
            lines.append(line)
    return entries


def render_body(lines: tuple[str, ...]) -> str:
    """Paragraphs for text lines, one list per run of bullet lines."""
    out, items = [], []
    for line in [*lines, ""]:
        text = line.strip()
        if text.startswith("•"):
            items.append(f"<li>{html.escape(text.lstrip('• ').strip())}</li>")
            continue
        if items and text:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if text:
            out.append(f"<p>{html.escape(text)}</p>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "\n".join(out)


def render_entry(entry: Entry, detail_id: int) -> str:
    stamp = UPDATED.search(entry.head)
    title = entry.head[:stamp.start()]
    footer = f"<p>{html.escape(entry.reference)}</p>" if entry.reference else ""
    return (f'<article>\n<h2><a href="/data.aspx?oid={detail_id}&amp;x=read">{html.escape(title)}</a>'
            f"<time>{stamp.group(0)}</time></h2>\n"
            f"{render_body(entry.body)}\n"
            f"<footer>{footer}<p><time>{entry.published}</time></p></footer>\n</article>")


def render_detail(entry: Entry) -> bytes:
    """A detail page: the title, the fields as a definition list, the text, and the first version."""
    from icsfeed.scrape import split_head

    stamp = UPDATED.search(entry.head)
    categories, title = split_head(entry.head[:stamp.start()])
    body = render_body(entry.body + ((entry.reference,) if entry.reference else ()))
    fields = {"Last updated": stamp.group(0), "Type": "Scheduled unavailability", "Status": "Closed",
              "System": ", ".join(categories)}
    rows = "".join(f"<dt>{name}</dt><dd>{html.escape(value)}</dd>" for name, value in fields.items())
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n'
            f"<body><main><article><h1>{html.escape(title)}</h1>\n<dl>{rows}</dl>\n<h2>Message</h2>\n{body}\n"
            f"<section><h3>Published: {entry.published}</h3>\n{body}</section></article></main></body></html>\n").encode()


def render_page(entries: list[Entry], detail_ids: dict[tuple[str, str], int], *, comment: str = "") -> bytes:
    articles = "\n".join(render_entry(entry, detail_ids[entry.key]) for entry in entries)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Scheduled unavailability</title>'
            f"</head>\n<body><main><h1>Scheduled unavailability</h1>{comment}\n<section>\n{articles}\n"
            f"</section></main></body></html>\n").encode()


class _QuietServer(ThreadingHTTPServer):
    """Clients that gave up (a timeout, a refused redirect) are no news to report."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class SiteStub:
    """``with SiteStub(seed_text) as stub:`` serves the seed on ``stub.list_url`` until the block ends."""

    def __init__(self, page_text: str, *, retry_after: int = 7, hang_seconds: float = 5.0):
        self.entries = split_entries(page_text)
        keys = list(dict.fromkeys(entry.key for entry in self.entries))
        self.detail_ids = {key: 900000 + n for n, key in enumerate(keys)}
        self.behaviour = "ok"
        self.generation = 0
        self.busy_left = 1
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._released = threading.Event()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="sitestub", daemon=True)

    def __enter__(self) -> "SiteStub":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def list_url(self) -> str:
        return self.base_url + LIST_PATH

    @property
    def message_count(self) -> int:
        return len(self.detail_ids)

    def page(self, *, half: bool = False) -> bytes:
        """The list page as served now (a new ``generation`` changes its bytes and so its ETag)."""
        entries = self.entries
        if half:
            keep = set(list(self.detail_ids)[:self.message_count // 2])
            entries = [entry for entry in entries if entry.key in keep]
        comment = f"<!-- generation {self.generation} -->" if self.generation else ""
        return render_page(entries, self.detail_ids, comment=comment)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                stub.requests.append((self.path, dict(self.headers.items())))
                query = parse_qs(urlsplit(self.path).query)
                if query.get("x") == ["read"]:
                    self._detail(int(query.get("oid", ["0"])[0]))
                    return
                getattr(self, "_" + stub.behaviour.replace("-", "_"))()

            def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", *,
                      headers: dict[str, str] | None = None, length: int | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                if length is not None:
                    self.send_header("Content-Length", str(length))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def _page(self, body: bytes) -> None:
                etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
                validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", headers=validators)
                else:
                    self._send(200, body, headers=validators, length=len(body))

            def _detail(self, detail_id: int) -> None:
                entry = next((entry for entry in stub.entries if stub.detail_ids[entry.key] == detail_id), None)
                if entry is None:
                    self._send(404, b"no such message", "text/plain", length=15)
                else:
                    body = render_detail(entry)
                    self._send(200, body, length=len(body))

            def _ok(self) -> None:
                self._page(stub.page())

            def _half(self) -> None:
                self._page(stub.page(half=True))

            def _server_error(self) -> None:
                self._send(500, b"<h1>Internal Server Error</h1>", length=30)

            def _busy(self) -> None:
                if stub.busy_left > 0:
                    stub.busy_left -= 1
                    self._send(503, b"busy", "text/plain", headers={"Retry-After": str(stub.retry_after)}, length=4)
                else:
                    self._ok()

            def _hang(self) -> None:
                stub._released.wait(stub.hang_seconds)
                self.close_connection = True

            def _truncated(self) -> None:
                body = stub.page()
                self._send(200, body[:len(body) * 2 // 5], length=len(body))
                self.close_connection = True

            def _garbage(self) -> None:
                self._send(200, random.Random(54316).randbytes(200_000), length=200_000)

            def _empty(self) -> None:
                self._send(200, b"", length=0)

            def _huge(self) -> None:
                body = stub.page() * 10
                self._send(200, body, length=len(body))

            def _huge_unsized(self) -> None:
                self._send(200, stub.page() * 10)
                self.close_connection = True

            def _markup_changed(self) -> None:
                body = (b"<!DOCTYPE html><html><body><main><h1>We are improving our website</h1>"
                        b"<p>The service status will be back shortly.</p></main></body></html>")
                self._send(200, body, length=len(body))

            def _redirect_same_host(self) -> None:
                if self.path.startswith("/moved"):
                    self._ok()
                else:
                    self._send(302, b"", headers={"Location": "/moved" + self.path}, length=0)

            def _redirect_off_host(self) -> None:
                self._send(302, b"", headers={"Location": f"http://localhost:{stub.port}{self.path}"}, length=0)

        return Handler
