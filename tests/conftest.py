"""Shared fixtures: the read-only material in ``shared/`` and the seed page parsed once."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared read-only material (``$ICSFEED_SHARED_DIR`` or ``../shared`` beside the repository)."""
    return Path(os.environ.get("ICSFEED_SHARED_DIR") or Path(__file__).parents[1].parent / "shared")


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    """The status-page text of the seed (1000 entries, 342 unique messages)."""
    return shared_dir / "seeds" / "000_bc20c9ee9ef879b8.txt"


@pytest.fixture(scope="session")
def seed_messages(seed_path: Path):
    """The seed page's messages, parsed once per session."""
    from icsfeed.scrape import read_path

    return read_path(seed_path)


@pytest.fixture(scope="session")
def gold_messages(shared_dir: Path) -> list[dict]:
    """``gold/seed-messages.jsonl``: head, body, updated and published of each unique seed message."""
    with open(shared_dir / "gold" / "seed-messages.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.fixture(scope="session")
def web_messages() -> list:
    """``tests/data/web/messages.json``: five announcements for the web, API and build tests
    (a PRD window, a TFE window, a cancelled one, one with markup in it, an unknown category)."""
    import datetime as dt
    import re

    from icsfeed.model import Message
    from icsfeed.systems import systems_of

    with open(Path(__file__).parent / "data" / "web" / "messages.json", encoding="utf-8") as source:
        entries = json.load(source)
    return [Message(title=e["title"], body=e["body"], published=dt.datetime.fromisoformat(e["published"]),
                    updated=dt.datetime.fromisoformat(e["updated"]), categories=tuple(e["categories"]),
                    systems=systems_of(e["categories"]), refs=tuple(re.findall(r"\bWO\d{10,}\b", e["body"])))
            for e in entries]
