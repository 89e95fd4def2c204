"""Bad input: one-line errors naming the file, never a traceback or a silent empty result."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from icsfeed.cli import main
from icsfeed.errors import InputError, ScrapeError
from icsfeed.scrape import parse_page, read_path

PAGES = Path(__file__).parent / "data" / "pages"


def _refused(path: Path, error: type[InputError] = InputError) -> str:
    with pytest.raises(error) as caught:
        read_path(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message[len(f"{path}: "):]


def test_missing_file(tmp_path):
    assert _refused(tmp_path / "nope.txt") == "no such file"


def test_directory(tmp_path):
    assert _refused(tmp_path) == "is a directory, not a file"


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _refused(path) == "empty file"


def test_binary_garbage_with_nul_bytes(tmp_path):
    path = tmp_path / "garbage.bin"
    path.write_bytes(random.Random(7).randbytes(4096))
    assert _refused(path) == "binary data (NUL bytes), not a text or HTML page"


def test_mostly_invalid_utf8(tmp_path):
    path = tmp_path / "garbage.html"
    rng = random.Random(8)
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4096)))
    assert _refused(path) == "binary data (not UTF-8 text), not a text or HTML page"


def test_control_characters(tmp_path):
    path = tmp_path / "controls.txt"
    rng = random.Random(9)
    path.write_bytes(bytes(rng.choice(b"\x01\x02\x03\x1b\x7fabc def") for _ in range(4096)))
    assert _refused(path) == "binary data (control characters), not a text or HTML page"


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written, none read
    assert _refused(path) == "file too large (52,428,800 bytes; the limit is 20 MB)"


def test_a_page_over_the_cap_is_refused_in_memory_too():
    with pytest.raises(InputError, match=r"^https://x/: page too large \(20,971,521 bytes; the limit is 20 MB\)$"):
        parse_page(b"a" * (20 * 1024 * 1024 + 1), source_url="https://x/")


@pytest.mark.parametrize("content", [
    "<html><body><h1>Scheduled unavailability</h1><p>There are no messages right now.</p></body></html>",
    "Just some text\nwith no stamps at all\n",
    "<html><he",
    "<!DOCTYPE html><html><body><div>DMS eksport, DMS ImportPRD-servicewindow 12-05-2026 kl. 14:28</div><p>Tues",
])
def test_a_page_without_messages(tmp_path, content):
    path = tmp_path / "page.html"
    path.write_text(content, encoding="utf-8")
    assert _refused(path, ScrapeError) == "no status messages found"


def test_truncated_html_keeps_the_complete_messages(tmp_path):
    page = (PAGES / "list_small_en.html").read_text(encoding="utf-8")
    complete = read_path(PAGES / "list_small_en.html")
    assert len(complete) == 3
    path = tmp_path / "truncated.html"
    path.write_text(page[:page.index("The online system for DMS")], encoding="utf-8")
    assert read_path(path) == complete[:2]


def test_the_cli_prints_one_line_and_fails(tmp_path, capsys):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert main(["--db", f"sqlite:///{tmp_path / 'db.sqlite3'}", "import", str(path)]) == 2
    assert capsys.readouterr().err == f"icsfeed: error: {path}: empty file\n"


def test_the_shared_guidance_text_is_not_a_status_page(shared_dir):
    (guidance,) = (shared_dir / "seeds").glob("004_*.txt")
    assert _refused(guidance, ScrapeError) == "no status messages found"
