"""The command line end to end: what it prints, and that a bad input writes nothing."""
from __future__ import annotations

import json

import pytest

from icsfeed.cli import main
from icsfeed.store import open_store


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


def _state(url):
    with open_store(url) as store:
        return [(s.identity, s.latest.fingerprint, len(s.versions)) for s in store.messages()]


def test_import_reports_new_then_nothing_on_the_same_page(db, seed_path, capsys):
    assert main(["-q", "--db", db, "import", str(seed_path)]) == 0
    first = capsys.readouterr().out
    assert first.strip() == f"{seed_path}: 342 messages, 340 new, 0 changed, 0 unchanged"
    before = _state(db)
    assert main(["-q", "--db", db, "import", str(seed_path)]) == 0
    assert capsys.readouterr().out.strip() == f"{seed_path}: 342 messages, 0 new, 0 changed, 342 unchanged"
    assert _state(db) == before


@pytest.mark.parametrize("bad, reason", [
    (b"", "empty file"),
    (b"\x00\x01\x02garbage\xff\xfe" * 200, "binary"),
    (b"<html><body><p>Nothing to see</p></body></html>", "no status messages found"),
])
def test_a_bad_file_among_good_ones_writes_nothing(db, seed_path, tmp_path, capsys, bad, reason):
    small = tmp_path / "small.txt"
    small.write_text(seed_path.read_text(encoding="utf-8")[:20000], encoding="utf-8")
    assert main(["-q", "--db", db, "import", str(small)]) == 0
    before = _state(db)
    broken = tmp_path / "broken.html"
    broken.write_bytes(bad)
    capsys.readouterr()
    assert main(["-q", "--db", db, "import", str(seed_path), str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"icsfeed: error: {broken}: ") and reason in err
    assert _state(db) == before


def test_extract_prints_the_contract_fields_with_warnings(seed_path, capsys):
    assert main(["extract", str(seed_path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 342
    assert set(rows[0]) >= {"published", "updated", "title", "systems", "refs", "kind", "env", "status",
                            "done_at", "fallback", "windows", "impacts", "warnings"}
    dst = next(r for r in rows if any(w["start"] == "2025-10-26T02:45:00+02:00" for w in r["windows"]))
    assert {"start": "2025-10-26T02:45:00+02:00", "end": "2025-10-26T03:15:00+01:00", "all_day": False} in dst["windows"]
    assert any(r["warnings"] for r in rows)
