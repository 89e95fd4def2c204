"""The fetcher against ``httpx.MockTransport`` handlers and against the site stub on loopback."""
from __future__ import annotations

import email.utils
import re
import time
from pathlib import Path

import httpx
import pytest

from icsfeed.config import Config
from icsfeed.errors import FetchError
from icsfeed.fetch import MAX_RETRY_AFTER, Fetcher, parse_retry_after

from sitestub import SiteStub

SOURCE = "https://status.example/data.aspx?lang=us&oid=54316"
PAGE = b"<html><body><article>a page</article></body></html>"


def make_config(**overrides) -> Config:
    values = {"database_url": "sqlite:///:memory:", "sources": (SOURCE,), "fetch_timeout": 0.5,
              "fetch_retries": 2, "max_body_bytes": 1000, "user_agent": "icsfeed-test/1 (+ops@test.example)"}
    return Config(**{**values, **overrides})


class Recorder:
    """A mock site: answers each request with the next of ``answers`` and remembers the requests."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer(request) if callable(answer) else answer


def mock_fetcher(recorder: Recorder, **overrides) -> tuple[Fetcher, list[float]]:
    slept: list[float] = []
    client = httpx.Client(transport=httpx.MockTransport(recorder))
    return Fetcher(make_config(**overrides), client, sleep=slept.append, rng=lambda: 0.5), slept


def test_a_good_page_comes_back_with_its_validators_and_the_user_agent_was_sent():
    site = Recorder(httpx.Response(200, content=PAGE, headers={"ETag": '"v1"', "Last-Modified": "Sat, 16 May 2026 15:07:00 GMT"}))
    fetcher, slept = mock_fetcher(site)
    result = fetcher.fetch(SOURCE)
    assert (result.url, result.status, result.body) == (SOURCE, 200, PAGE)
    assert (result.etag, result.last_modified) == ('"v1"', "Sat, 16 May 2026 15:07:00 GMT")
    assert site.requests[0].headers["User-Agent"] == "icsfeed-test/1 (+ops@test.example)"
    assert "If-None-Match" not in site.requests[0].headers
    assert slept == []


def test_a_conditional_get_sends_the_validators_and_a_304_has_no_body():
    site = Recorder(httpx.Response(304, headers={"ETag": '"v1"'}))
    fetcher, _ = mock_fetcher(site)
    result = fetcher.fetch(SOURCE, etag='"v1"', last_modified="Sat, 16 May 2026 15:07:00 GMT")
    assert result.not_modified and result.body is None and result.etag == '"v1"'
    assert site.requests[0].headers["If-None-Match"] == '"v1"'
    assert site.requests[0].headers["If-Modified-Since"] == "Sat, 16 May 2026 15:07:00 GMT"


def test_server_errors_are_retried_with_exponential_backoff_and_jitter():
    site = Recorder(httpx.Response(500), httpx.Response(502), httpx.Response(200, content=PAGE))
    fetcher, slept = mock_fetcher(site)
    assert fetcher.fetch(SOURCE).body == PAGE
    assert slept == [1.5, 3.0]  # 1 s then 2 s, each plus rng() = 0.5 of itself


def test_server_errors_to_the_last_retry_end_in_one_fetch_error_naming_the_url():
    site = Recorder(httpx.Response(503))
    fetcher, slept = mock_fetcher(site)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(SOURCE)
    assert str(caught.value) == f"{SOURCE}: HTTP 503 (after 3 attempts)"
    assert caught.value.status_code == 503 and caught.value.url == SOURCE
    assert len(site.requests) == 3 and len(slept) == 2


def test_transport_errors_are_retried_and_translated_with_their_cause():
    site = Recorder(httpx.ConnectError("connection refused"))
    fetcher, slept = mock_fetcher(site, fetch_retries=1)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(SOURCE)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "\n" not in str(caught.value) and SOURCE in str(caught.value)
    assert "ConnectError: connection refused" in str(caught.value)
    assert len(site.requests) == 2 and slept == [1.5]


def test_a_retry_after_on_429_and_503_is_waited_for_instead_of_the_backoff():
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    site = Recorder(httpx.Response(429, headers={"Retry-After": "30"}),
                    httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, content=PAGE))
    fetcher, slept = mock_fetcher(site)
    assert fetcher.fetch(SOURCE).body == PAGE
    assert slept[0] == 30.0
    assert 0.0 <= slept[1] <= 30.0 < MAX_RETRY_AFTER


def test_a_retry_after_longer_than_the_bound_gives_up_at_once():
    site = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}))
    fetcher, slept = mock_fetcher(site)
    with pytest.raises(FetchError, match=r"HTTP 429, asks to retry after 3600 s"):
        fetcher.fetch(SOURCE)
    assert slept == [] and len(site.requests) == 1


def test_client_errors_are_not_retried():
    site = Recorder(httpx.Response(404))
    fetcher, slept = mock_fetcher(site)
    with pytest.raises(FetchError, match=r": HTTP 404$"):
        fetcher.fetch(SOURCE)
    assert len(site.requests) == 1 and slept == []


@pytest.mark.parametrize("url", ["https://evil.example/data.aspx?oid=1", "http://status.example/data.aspx?oid=1",
                                 "https://status.example:8443/data.aspx", "file:///etc/passwd"])
def test_urls_off_the_sources_hosts_are_refused_without_a_request(url):
    site = Recorder(httpx.Response(200, content=PAGE))
    fetcher, _ = mock_fetcher(site)
    with pytest.raises(FetchError, match="refused, not on a configured source's host"):
        fetcher.fetch(url)
    assert site.requests == []


def test_detail_pages_on_the_sources_host_are_allowed():
    site = Recorder(httpx.Response(200, content=PAGE))
    fetcher, _ = mock_fetcher(site)
    assert fetcher.fetch("https://status.example/data.aspx?oid=4711&x=read").body == PAGE


def test_redirects_are_followed_on_the_same_host_only():
    site = Recorder(httpx.Response(301, headers={"Location": "/new/list"}), httpx.Response(200, content=PAGE),
                    httpx.Response(302, headers={"Location": "https://elsewhere.example/list"}))
    fetcher, _ = mock_fetcher(site)
    result = fetcher.fetch(SOURCE)
    assert result.url == "https://status.example/new/list" and result.body == PAGE
    with pytest.raises(FetchError, match="refused redirect to https://elsewhere.example/list"):
        fetcher.fetch(SOURCE)
    assert [r.url.host for r in site.requests] == ["status.example"] * 3


def test_a_body_over_the_cap_is_refused_whether_declared_or_streamed():
    declared = Recorder(httpx.Response(200, content=b"x" * 1001))
    fetcher, _ = mock_fetcher(declared)
    with pytest.raises(FetchError, match="body of 1001 bytes is over the limit of 1000"):
        fetcher.fetch(SOURCE)
    streamed = Recorder(lambda request: httpx.Response(200, content=iter([b"x" * 600, b"x" * 600, b"x" * 600])))
    fetcher, _ = mock_fetcher(streamed)
    with pytest.raises(FetchError, match="body over the limit of 1000 bytes"):
        fetcher.fetch(SOURCE)


def test_a_body_at_the_cap_is_accepted():
    site = Recorder(lambda request: httpx.Response(200, content=iter([b"x" * 500, b"y" * 500])))
    fetcher, _ = mock_fetcher(site)
    assert fetcher.fetch(SOURCE).body == b"x" * 500 + b"y" * 500


@pytest.mark.parametrize(("header", "seconds"), [(None, None), ("", None), ("12", 12.0), ("soon", None),
                                                 ("Wed, 18 May 2033 03:33:20 GMT", 60.0)])
def test_retry_after_is_read_as_seconds_or_an_http_date(header, seconds):
    assert parse_retry_after(header, now=1_999_999_940) == seconds


# --- against a real HTTP server on loopback -------------------------------------------------------


@pytest.fixture(scope="module")
def stub(seed_path: Path):
    with SiteStub(seed_path.read_text(encoding="utf-8"), hang_seconds=3.0) as running:
        yield running


def loopback_fetcher(stub: SiteStub, slept: list[float], *, timeout: float) -> Fetcher:
    config = make_config(sources=(stub.list_url,), fetch_timeout=timeout, fetch_retries=1,
                         max_body_bytes=2 * len(stub.page()))
    return Fetcher(config, sleep=slept.append, rng=lambda: 0.0)


@pytest.fixture
def loopback(stub: SiteStub):
    """A fetcher of the stub with one retry, a generous timeout and a cap of twice the page size."""
    stub.behaviour, stub.generation, stub.busy_left = "ok", 0, 1
    stub.requests.clear()
    slept: list[float] = []
    with loopback_fetcher(stub, slept, timeout=10.0) as fetcher:
        yield fetcher, slept


def test_loopback_page_then_304_with_the_user_agent(stub, loopback):
    fetcher, _ = loopback
    first = fetcher.fetch(stub.list_url)
    assert first.status == 200 and first.body == stub.page() and first.etag
    again = fetcher.fetch(stub.list_url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body is None
    assert [headers["User-Agent"] for _, headers in stub.requests] == ["icsfeed-test/1 (+ops@test.example)"] * 2
    assert stub.requests[1][1]["If-None-Match"] == first.etag


@pytest.mark.parametrize(("behaviour", "message", "cause"), [
    ("truncated", "RemoteProtocolError", httpx.RemoteProtocolError),
    ("server-error", "HTTP 500 (after 2 attempts)", None),
])
def test_loopback_failures_are_retried_then_reported(stub, loopback, behaviour, message, cause):
    fetcher, slept = loopback
    stub.behaviour = behaviour
    with pytest.raises(FetchError, match=re.escape(message)) as caught:
        fetcher.fetch(stub.list_url)
    assert len(stub.requests) == 2 and slept == [1.0]
    assert caught.value.url == stub.list_url
    assert isinstance(caught.value.__cause__, cause) if cause else caught.value.__cause__ is None


def test_loopback_a_hang_past_the_timeout_is_retried_then_reported(stub, loopback):
    _, slept = loopback
    stub.behaviour = "hang"
    with loopback_fetcher(stub, slept, timeout=0.5) as fetcher, pytest.raises(FetchError, match="timed out") as caught:
        fetcher.fetch(stub.list_url)
    assert len(stub.requests) == 2 and slept == [1.0]
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize("behaviour", ["huge", "huge-unsized"])
def test_loopback_body_ten_times_the_usual_size_is_refused(stub, loopback, behaviour):
    fetcher, _ = loopback
    stub.behaviour = behaviour
    with pytest.raises(FetchError, match="over the limit of"):
        fetcher.fetch(stub.list_url)
    assert len(stub.requests) == 1


def test_loopback_retry_after_is_respected(stub, loopback):
    fetcher, slept = loopback
    stub.behaviour = "busy"
    assert fetcher.fetch(stub.list_url).body == stub.page()
    assert slept == [7.0] and len(stub.requests) == 2


def test_loopback_redirects_stay_on_the_host(stub, loopback):
    fetcher, _ = loopback
    stub.behaviour = "redirect-same-host"
    assert fetcher.fetch(stub.list_url).url == f"{stub.base_url}/moved{stub.list_url[len(stub.base_url):]}"
    stub.behaviour = "redirect-off-host"
    with pytest.raises(FetchError, match=f"refused redirect to http://localhost:{stub.port}/"):
        fetcher.fetch(stub.list_url)
