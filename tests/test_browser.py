"""The real server on a loopback port, driven by Debian's headless Chromium.

The index page is loaded with its script run (``--dump-dom``) and photographed; a test
page loads FullCalendar with its iCalendar plugin from ``tests/js/node_modules`` and
renders a feed, as a subscriber's web calendar would.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
import subprocess
import threading
from pathlib import Path

import lxml.html
import pytest
from werkzeug.middleware.shared_data import SharedDataMiddleware
from werkzeug.serving import make_server

from icsfeed.config import Config
from icsfeed.model import COPENHAGEN
from icsfeed.store import open_store
from icsfeed.systems import CATALOGUE
from icsfeed.web import create_app

pytestmark = pytest.mark.browser

NOW = dt.datetime(2025, 11, 18, 19, 30, tzinfo=COPENHAGEN)
TESTS = Path(__file__).parent
NODE_MODULES = TESTS / "js" / "node_modules"
WINDOW = (1280, 1600)


@pytest.fixture(scope="module")
def chromium_binary() -> str:
    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("chromium is not installed: run tests/setup-services.sh")
    return binary


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, web_messages):
    """The app with the test messages, the FullCalendar test page and tests/js/node_modules, on loopback."""
    path = tmp_path_factory.mktemp("browser") / "browser.sqlite3"
    with open_store(f"sqlite:///{path}") as store:
        store.import_messages(web_messages, seen_at=NOW - dt.timedelta(minutes=10))
        app = create_app(Config(database_url=store.url), store, clock=lambda: NOW,
                         notice="Showing test data")
        wsgi = SharedDataMiddleware(app, {"/test": str(TESTS / "data" / "browser"), "/js": str(NODE_MODULES)})
        server = make_server("127.0.0.1", 0, wsgi, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_port}"
        server.shutdown()
        thread.join()
        server.server_close()


def chromium(binary: str, profile: Path, *args: str) -> bytes:
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, timeout=90, check=True,
                          env={**os.environ, "TZ": "Europe/Copenhagen", "LANG": "en_US.UTF-8"})
    return done.stdout


def test_index_page_renders_feeds_timeline_and_banner(chromium_binary, base_url, tmp_path):
    dom = chromium(chromium_binary, tmp_path / "profile", "--virtual-time-budget=3000", "--dump-dom", base_url + "/")
    page = lxml.html.fromstring(dom)
    assert "js" in page.get("class", "").split()  # the script ran
    buttons = page.xpath("//button[@data-copy]")
    assert len(buttons) == 1 + 2 * (1 + len(CATALOGUE) + 1) and not any(b.get("hidden") is not None for b in buttons)
    assert page.xpath("//a[@href='webcal://127.0.0.1:%s/calendars/prd/dms-import.ics']" % base_url.rsplit(":", 1)[1])
    banner = page.xpath("//div[contains(@class, 'banner-down')]")[0].text_content()
    assert "DMS Import" in banner and "DMS Export" in banner
    rows = [row.xpath("string(div[@class='tl-name'])") for row in page.xpath("//div[@class='tl-row']")]
    assert rows == ["DMS Import", "DMS Export", "Manifest", "ICS2", "Toll Portal (New)"]
    assert len(page.xpath("//li[contains(@class, 'tl-bar') and contains(@class, 'cancelled')]")) == 1
    assert page.xpath("string(//p[@class='notice'])") == "Showing test data"
    assert page.xpath("//script") and not page.xpath("//body//script")  # no markup from upstream ran


def test_index_page_screenshot(chromium_binary, base_url, tmp_path):
    shot = tmp_path / "index.png"
    chromium(chromium_binary, tmp_path / "profile", "--hide-scrollbars", f"--window-size={WINDOW[0]},{WINDOW[1]}",
             f"--screenshot={shot}", base_url + "/?lang=da")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == WINDOW
    assert len(data) > 50_000  # a rendered page, not a blank one


@pytest.mark.node
def test_fullcalendar_shows_the_feed(chromium_binary, base_url, tmp_path):
    if not (NODE_MODULES / "@fullcalendar" / "icalendar").is_dir():
        pytest.fail("FullCalendar is not installed: run tests/setup-services.sh (npm install in tests/js)")
    url = f"{base_url}/test/fullcalendar.html?feed=/calendars/prd.ics&date=2025-11-01"
    dom = chromium(chromium_binary, tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom", url)
    page = lxml.html.fromstring(dom)
    body = page.xpath("//body")[0]
    assert body.get("data-error") is None
    assert body.get("data-events") == "4"
    titles = [t.text_content() for t in page.xpath("//*[contains(@class, 'fc-list-event-title')]")]
    assert len(titles) == 4
    assert any("DMS Import" in t and "DMS Export" in t for t in titles)
    assert any("ICS2" in t for t in titles) and any("Manifest" in t for t in titles)
    times = [t.text_content() for t in page.xpath("//*[contains(@class, 'fc-list-event-time')]")]
    assert "18:00 - 23:00" in times or "6:00pm - 11:00pm" in times
