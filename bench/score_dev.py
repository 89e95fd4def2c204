"""Score the extraction against the gold development set.

usage: .venv/bin/python bench/score_dev.py [--shared ../shared] [--show N] [--out PRED.jsonl]

Builds one Message per line of ``gold/seed-messages.jsonl`` (title = the heading without its
category labels when the scraper's splitter is importable, else the whole heading), runs
``icsfeed.extract.extract`` on each, writes the predictions in the ``icsfeed extract`` format
and runs ``tools/score.py`` on them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from icsfeed.extract import extract
from icsfeed.model import COPENHAGEN, Message


def _stamp(text: str) -> dt.datetime:
    """``16-05-2026 kl. 17:07`` or ``07-05-2026 08:57:00`` -> aware Copenhagen datetime."""
    day, _, clock = text.replace(" kl.", "").partition(" ")
    return dt.datetime.strptime(f"{day} {clock[:5]}", "%d-%m-%Y %H:%M").replace(tzinfo=COPENHAGEN)


def _split(head: str) -> tuple[tuple[str, ...], str]:
    try:
        from icsfeed.scrape.heads import split_head
    except ImportError:
        return (), head
    return split_head(head)


def message_of(row: dict) -> Message:
    """A Message from one line of ``seed-messages.jsonl``."""
    categories, title = _split(row["head"])
    return Message(title=title, body=row["body"], published=_stamp(row["published"]),
                   updated=_stamp(row["updated"]), categories=categories)


def load(shared: Path) -> list[Message]:
    with open(shared / "gold" / "seed-messages.jsonl", encoding="utf-8") as lines:
        return [message_of(json.loads(line)) for line in lines if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp()) / "pred.jsonl"
    with open(out, "w", encoding="utf-8") as pred:
        for message in load(args.shared):
            pred.write(json.dumps(extract(message).to_json(message), ensure_ascii=False) + "\n")
    command = [sys.executable, str(args.shared / "tools" / "score.py"), str(args.shared / "gold" / "seed-gold.jsonl"),
               str(args.shared / "gold" / "seed-messages.jsonl"), str(out)]
    if args.show:
        command += ["--show", str(args.show)]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
