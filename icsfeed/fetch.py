"""Fetching the status pages over HTTP, politely and defensively.

``Fetcher(config).fetch(url, etag=..., last_modified=...)`` sends a conditional GET with
icsfeed's User-Agent, retries transport errors and 5xx answers with exponential backoff and
jitter, honours a (bounded) ``Retry-After`` on 429 and 503, streams the body and stops past
``config.max_body_bytes``, and refuses every URL, and every redirect, off the configured
sources' hosts. Whatever goes wrong ends as one ``FetchError`` naming the URL.
"""
from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .config import Config
from .errors import FetchError

log = logging.getLogger("icsfeed.fetch")

BACKOFF_BASE = 1.0
"""Seconds before the first retry; doubled for each further one, plus up to as much again of jitter."""
BACKOFF_MAX = 60.0
MAX_RETRY_AFTER = 120.0
"""The longest ``Retry-After`` waited for; a site asking for longer is left alone until the next poll."""
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


@dataclass(frozen=True)
class FetchResult:
    """One page as fetched: ``body`` is ``None`` when the server answered 304 Not Modified."""

    url: str
    status: int
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Retry(Exception):
    """An attempt failed in a way worth trying again; ``wait`` is the server's Retry-After, if any."""

    def __init__(self, reason: str, *, status_code: int | None = None, wait: float | None = None):
        super().__init__(reason)
        self.status_code = status_code
        self.wait = wait


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of ``url``, the unit of what a fetcher may talk to."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


class Fetcher:
    """Fetches pages of the configured sources' hosts; use as a context manager or call ``close()``.

    ``client`` is used as given (tests pass one on an ``httpx.MockTransport``); without one the
    fetcher makes and owns its own. ``sleep`` and ``rng`` are the clock and dice of the backoff.
    """

    def __init__(self, config: Config, client: httpx.Client | None = None, *,
                 sleep: Callable[[float], None] = time.sleep, rng: Callable[[], float] = random.random):
        self.config = config
        self._owns_client = client is None
        self.client = client if client is not None else httpx.Client(follow_redirects=False)
        self._timeout = httpx.Timeout(config.fetch_timeout)
        self._sleep = sleep
        self._rng = rng
        self._origins = {origin(source) for source in config.sources}

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_client:
            self.client.close()

    def allowed(self, url: str) -> bool:
        """True for a configured source and for any page on the same scheme, host and port."""
        return origin(url) in self._origins

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url`` (conditionally, given the validators of the last good fetch), with retries."""
        if not self.allowed(url):
            raise FetchError(f"{url}: refused, not on a configured source's host", url=url)
        attempts = self.config.fetch_retries + 1
        attempt = 0
        while True:
            try:
                return self._attempt(url, etag=etag, last_modified=last_modified)
            except _Retry as retry:
                attempt += 1
                cause = retry.__cause__
                if attempt >= attempts:
                    raise FetchError(f"{url}: {retry} (after {attempts} attempts)", url=url,
                                     status_code=retry.status_code) from cause
                if retry.wait is not None and retry.wait > MAX_RETRY_AFTER:
                    raise FetchError(f"{url}: {retry}, asks to retry after {retry.wait:.0f} s; "
                                     f"not waiting longer than {MAX_RETRY_AFTER:.0f} s",
                                     url=url, status_code=retry.status_code) from cause
                delay = retry.wait if retry.wait is not None else self._backoff(attempt - 1)
                log.warning("fetch failed, retrying", extra={"url": url, "reason": str(retry),
                                                             "attempt": attempt, "delay": round(delay, 3)})
                self._sleep(delay)

    def _backoff(self, attempt: int) -> float:
        base = min(BACKOFF_MAX, BACKOFF_BASE * 2 ** attempt)
        return base + base * self._rng()

    def _attempt(self, url: str, *, etag: str | None, last_modified: str | None) -> FetchResult:
        headers = {"User-Agent": self.config.user_agent, "Accept": ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                with self.client.stream("GET", current, headers=headers, timeout=self._timeout,
                                        follow_redirects=False) as response:
                    if response.status_code in REDIRECT_STATUSES and "Location" in response.headers:
                        current = self._redirect_target(url, current, response)
                        continue
                    return self._read(url, current, response)
            except httpx.TimeoutException as exc:
                raise _Retry(f"timed out ({type(exc).__name__})") from exc
            except httpx.TransportError as exc:
                raise _Retry(f"{type(exc).__name__}: {_one_line(exc)}") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {type(exc).__name__}: {_one_line(exc)}", url=url) from exc
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects", url=url)

    def _redirect_target(self, url: str, current: str, response: httpx.Response) -> str:
        target = urljoin(current, response.headers.get("Location", ""))
        if not self.allowed(target):
            raise FetchError(f"{url}: refused redirect to {target}, not on a configured source's host",
                             url=url, status_code=response.status_code)
        return target

    def _read(self, url: str, current: str, response: httpx.Response) -> FetchResult:
        status = response.status_code
        if status in RETRY_STATUSES:
            wait = parse_retry_after(response.headers.get("Retry-After"), now=time.time()) \
                if status in (429, 503) else None
            raise _Retry(f"HTTP {status}", status_code=status, wait=wait)
        if status == 304:
            return FetchResult(current, status, None, response.headers.get("ETag"),
                               response.headers.get("Last-Modified"))
        if status != 200:
            raise FetchError(f"{url}: HTTP {status}", url=url, status_code=status)
        body = self._read_capped(url, response)
        return FetchResult(current, status, body, response.headers.get("ETag"), response.headers.get("Last-Modified"))

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self.config.max_body_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{url}: body of {declared} bytes is over the limit of {cap}", url=url)
        deadline = time.monotonic() + self.config.fetch_timeout
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"{url}: body over the limit of {cap} bytes", url=url)
            if time.monotonic() > deadline:
                raise _Retry(f"body not complete within {self.config.fetch_timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
