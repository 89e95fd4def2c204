"""The gold development set as a corpus: every seed message's windows and done time, scored.

Messages are built from ``gold/seed-messages.jsonl`` and compared with
``gold/seed-gold.jsonl`` using the keys of the shared scorer (``tools/score.py``): windows as
UTC instants to the minute, all-day windows as dates.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

from icsfeed.extract.windows import find_windows
from icsfeed.model import COPENHAGEN, Message
from icsfeed.scrape.heads import split_head


def _stamp(text: str) -> dt.datetime:
    day, _, clock = text.replace(" kl.", "").partition(" ")
    return dt.datetime.strptime(f"{day} {clock[:5]}", "%d-%m-%Y %H:%M").replace(tzinfo=COPENHAGEN)


@pytest.fixture(scope="module")
def scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(gold_messages, shared_dir: Path):
    with open(shared_dir / "gold" / "seed-gold.jsonl", encoding="utf-8") as lines:
        gold = [json.loads(line) for line in lines]
    found = []
    for row in gold_messages:
        categories, title = split_head(row["head"])
        message = Message(title=title, body=row["body"], published=_stamp(row["published"]),
                          updated=_stamp(row["updated"]), categories=categories)
        found.append(find_windows(message))
    return list(zip(gold, found))


def test_window_f1_and_exact_messages(corpus, scorer):
    tp = fp = fn = exact = 0
    for gold, found in corpus:
        expected = {scorer.wkey(w) for w in gold["windows"]}
        got = {scorer.wkey(w.to_json()) for w in found.windows}
        tp, fp, fn = tp + len(expected & got), fp + len(got - expected), fn + len(expected - got)
        exact += expected == got
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert len(corpus) == 342
    assert f1 >= 0.995
    assert exact / len(corpus) >= 0.99


def test_done_at(corpus, scorer):
    right = sum(scorer.instant(gold["done_at"]) == scorer.instant(found.done_at and found.done_at.isoformat())
                for gold, found in corpus)
    assert right / len(corpus) >= 0.99


def test_every_window_is_well_formed(corpus):
    for _, found in corpus:
        for window in found.windows:
            for moment in (window.start, window.end):
                if isinstance(moment, dt.datetime):
                    assert moment.tzinfo is COPENHAGEN
