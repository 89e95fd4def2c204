#!/usr/bin/env python3
"""Accuracy of ``icsfeed.extract.classify`` per field against the seed gold.

usage: score_classify.py [--messages M.jsonl] [--gold G.jsonl] [--page PAGE.txt] [--show N] [--json]

Builds :class:`~icsfeed.model.Message` objects straight from ``seed-messages.jsonl`` (the
``head`` is the categories and the title run together, split by the scraper's
``split_head``), or with ``--page`` takes the scraper's reading of the seed page instead;
classifies each and prints the share of messages whose kind, env, status, fallback and
refs equal the gold. ``--show N`` lists up to N misses per field.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from icsfeed.extract.classify import classify
from icsfeed.model import COPENHAGEN, Extraction, Message
from icsfeed.scrape.stamps import page_time
from icsfeed.scrape.heads import split_head
from icsfeed.systems import systems_of

SHARED = Path(__file__).resolve().parents[2] / "shared" / "gold"
FIELDS = ("kind", "env", "status", "fallback", "refs")


def seed_message(row: dict) -> Message:
    """A seed-messages.jsonl row as a Message."""
    categories, title = split_head(row["head"])
    return Message(title=title, body=row["body"], published=page_time(row["published"]),
                   updated=page_time(row["updated"]), categories=categories,
                   systems=systems_of(categories))


def load(messages: Path, gold: Path) -> list[tuple[Message, dict]]:
    """Messages paired with their gold rows (aligned by line)."""
    rows = [json.loads(line) for line in messages.read_text().splitlines() if line.strip()]
    golds = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
    return [(seed_message(row), g) for row, g in zip(rows, golds, strict=True)]


def pair_scraped(scraped: list[Message], pairs: list[tuple[Message, dict]]) -> list[tuple[Message, dict]]:
    """The scraper's messages in place of the seed rows, matched by their published/updated stamps."""
    def key(message: Message) -> tuple[str, ...]:
        return tuple(f"{t.astimezone(COPENHAGEN):%Y-%m-%d %H:%M}" for t in (message.published, message.updated))

    by_key = {key(m): m for m in scraped}
    missing = [g["n"] for m, g in pairs if key(m) not in by_key]
    if missing:
        raise SystemExit(f"the scraper found no message for gold n={missing[:10]}")
    return [(by_key[key(m)], g) for m, g in pairs]


def predicted(facts: Extraction) -> dict:
    return {
        "kind": facts.kind.value,
        "env": facts.env.value if facts.env else None,
        "status": facts.status.value,
        "fallback": facts.fallback.value if facts.fallback else None,
        "refs": list(facts.refs),
    }


def score(pairs: list[tuple[Message, dict]]) -> tuple[dict[str, float], dict[str, list]]:
    """Accuracy per field, and the misses per field as (n, predicted, gold, title)."""
    misses: dict[str, list] = {f: [] for f in FIELDS}
    for message, gold in pairs:
        got = predicted(classify(message))
        for f in FIELDS:
            if got[f] != gold[f]:
                misses[f].append((gold["n"], got[f], gold[f], message.title))
    return {f: round(1 - len(misses[f]) / len(pairs), 4) for f in FIELDS}, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=Path, default=SHARED / "seed-messages.jsonl")
    parser.add_argument("--gold", type=Path, default=SHARED / "seed-gold.jsonl")
    parser.add_argument("--page", type=Path, help="score the scraper's messages of this page text instead")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    pairs = load(args.messages, args.gold)
    if args.page:
        from icsfeed.scrape import read_path

        pairs = pair_scraped(read_path(args.page), pairs)
    accuracy, misses = score(pairs)
    if args.json:
        print(json.dumps(accuracy))
    else:
        for f in FIELDS:
            print(f"{f}_acc: {accuracy[f]:.4f}  ({len(misses[f])} misses)")
    for f in FIELDS:
        for miss in misses[f][:args.show]:
            print(f"MISS {f}", *miss, sep=" | ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
