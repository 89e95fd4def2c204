"""HTTP plumbing shared by the feeds and the API: validators, 304s, gzip, CORS, plain errors."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
from dataclasses import dataclass, field

from flask import Request, Response
from werkzeug.http import parse_accept_header, parse_date, parse_etags

MAX_AGE = 300
GZIP_MIN_BYTES = 512
GZIP_SUFFIX = "-gzip"


@dataclass
class Representation:
    """A response body with its validators; the gzip form is made once, on first demand.

    Kept in the feed cache, so a repeated request (200 or 304) hashes and compresses nothing.
    """

    body: bytes
    last_modified: dt.datetime | None = None
    etag: str = field(init=False)
    _gzipped: bytes | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.etag = hashlib.sha256(self.body).hexdigest()[:32]

    @property
    def gzipped(self) -> bytes:
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, mtime=0)
        return self._gzipped


def cacheable(request: Request, representation: Representation, content_type: str, *,
              headers: dict[str, str] | None = None) -> Response:
    """A GET response with a strong ETag, Last-Modified, 304 handling, optional gzip and CORS.

    The ETag is a hash of the uncompressed bytes; the gzip representation carries the same
    hash with ``-gzip`` appended, and a conditional request matching either gets a 304.
    """
    etag, last_modified = representation.etag, representation.last_modified
    use_gzip = wants_gzip(representation, request.headers.get("Accept-Encoding"))
    response = Response(content_type=content_type, headers=headers or {})
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.vary.add("Accept-Encoding")
    response.set_etag(etag + GZIP_SUFFIX if use_gzip else etag)
    if last_modified is not None:
        response.last_modified = last_modified
    if not_modified(representation, request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")):
        response.status_code = 304
        return response
    if use_gzip:
        response.set_data(representation.gzipped)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response.set_data(representation.body)
    return response


def wants_gzip(representation: Representation, accept_encoding: str | None) -> bool:
    """Whether the body goes out gzipped: the client accepts gzip and the body is worth compressing."""
    return len(representation.body) >= GZIP_MIN_BYTES and parse_accept_header(accept_encoding)["gzip"] > 0


def not_modified(representation: Representation, if_none_match: str | None, if_modified_since: str | None) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since against Last-Modified.

    Takes the raw header values, so the Flask route and the WSGI fast path decide alike.
    """
    etag, last_modified = representation.etag, representation.last_modified
    tags = parse_etags(if_none_match)
    if tags:
        return tags.contains(etag) or tags.contains(etag + GZIP_SUFFIX) or tags.star_tag
    since = parse_date(if_modified_since)
    if since is None or last_modified is None:
        return False
    return last_modified.replace(microsecond=0) <= since


def plain_error(status: int, reason: str) -> Response:
    """A one-line text/plain error."""
    return Response(reason + "\n", status=status, mimetype="text/plain",
                    headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "no-store"})
