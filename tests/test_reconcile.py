"""Reconciliation (``shared/spec/events.md``) over real seed messages.

Messages are built from ``shared/gold/seed-messages.jsonl`` (their real heads, bodies and
stamps); what each means is its ``seed-gold.jsonl`` entry, handed to ``reconcile`` as the
``extract`` callable, so these tests pin down the event rules whatever the grammar does.
The helpers here are reused by ``test_ics.py``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from icsfeed.scrape.stamps import page_time
from icsfeed.model import COPENHAGEN, Env, Event, Extraction, Fallback, Kind, Message, Status, Window
from icsfeed.reconcile import reconcile
from icsfeed.scrape import split_head
from icsfeed.store.base import StoredMessage, StoredVersion
from icsfeed.systems import systems_of

SHARED = Path(os.environ.get("ICSFEED_SHARED_DIR") or Path(__file__).parents[1].parent / "shared")
SEEN = dt.datetime(2026, 5, 20, 12, 0, tzinfo=dt.timezone.utc)
DMS = ("dms-import", "dms-export", "dms-transit")


# --- building inputs from the seed -----------------------------------------------------

def gold_time(text: str | None, all_day: bool) -> dt.datetime | dt.date | None:
    if text is None:
        return None
    if all_day:
        return dt.date.fromisoformat(text)
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=COPENHAGEN)


class Seed:
    """The seed's unique messages and their gold meanings, by their number ``n``."""

    def __init__(self, shared: Path = SHARED):
        with open(shared / "gold" / "seed-messages.jsonl", encoding="utf-8") as lines:
            self.entries = {entry["n"]: entry for entry in map(json.loads, lines)}
        with open(shared / "gold" / "seed-gold.jsonl", encoding="utf-8") as lines:
            self.gold = {entry["n"]: entry for entry in map(json.loads, lines)}

    def message(self, n: int, **changes) -> Message:
        entry = self.entries[n]
        categories, title = split_head(entry["head"])
        message = Message(title=title, body=entry["body"], published=page_time(entry["published"]),
                          updated=page_time(entry["updated"]), categories=categories,
                          systems=systems_of(categories), refs=tuple(self.gold[n]["refs"]),
                          source_url=f"https://info.skat.dk/data.aspx?oid={1000 + n}&x=read&lang=us")
        return dataclasses.replace(message, **changes)

    def extraction(self, n: int, **changes) -> Extraction:
        return extraction_from(self.gold[n], **changes)


def extraction_from(gold: dict, **changes) -> Extraction:
    """An ``Extraction`` from a gold entry (``seed-gold.jsonl``), with ``changes`` applied."""
    windows = tuple(Window(gold_time(w["start"], w.get("all_day", False)), gold_time(w["end"], w.get("all_day", False)),
                           w.get("all_day", False)) for w in gold["windows"])
    extraction = Extraction(kind=Kind(gold["kind"]), env=Env(gold["env"]) if gold["env"] else None,
                            status=Status(gold["status"]), refs=tuple(gold["refs"]), windows=windows,
                            done_at=gold_time(gold["done_at"], False),
                            fallback=Fallback(gold["fallback"]) if gold["fallback"] else None)
    return dataclasses.replace(extraction, **changes)


class FakeExtract:
    """``extract`` for ``reconcile``: the meaning registered for each version, counting calls."""

    def __init__(self) -> None:
        self.meanings: dict[str, Extraction] = {}
        self.calls = 0

    def add(self, message: Message, extraction: Extraction) -> Message:
        self.meanings[message.fingerprint] = extraction
        return message

    def __call__(self, message: Message) -> Extraction:
        self.calls += 1
        return self.meanings[message.fingerprint]


def stored(*versions: Message) -> StoredMessage:
    """A stored message with ``versions`` oldest first (the last is the latest)."""
    return StoredMessage(identity=versions[0].identity, latest=versions[-1], first_seen=SEEN, last_seen=SEEN,
                         versions=tuple(StoredVersion(v, SEEN) for v in versions))


@pytest.fixture(scope="session")
def seed() -> Seed:
    return Seed()


def history_of(seed: Seed, *numbers: int, fake: FakeExtract | None = None,
               changes: dict[int, dict] | None = None) -> tuple[list[StoredMessage], FakeExtract]:
    """One stored message per seed number, each meaning what its gold entry says."""
    fake = fake or FakeExtract()
    history = [stored(fake.add(seed.message(n), seed.extraction(n, **(changes or {}).get(n, {})))) for n in numbers]
    return history, fake


def events_of(seed: Seed, *numbers: int, changes: dict[int, dict] | None = None) -> list[Event]:
    history, fake = history_of(seed, *numbers, changes=changes)
    return reconcile(history, extract=fake)


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=COPENHAGEN)


# --- the rules of events.md -------------------------------------------------------------

def test_moved_window_is_one_event_with_the_same_uid_and_a_higher_sequence(seed):
    """Rule 1 and 9: WO0000001421136 announced for 7 June 2025, then moved to 8 June."""
    fake = FakeExtract()
    moved_text = seed.message(272)
    original = fake.add(
        dataclasses.replace(moved_text, body=moved_text.body.split("\n\nUpdate")[0], updated=moved_text.published),
        seed.extraction(272, windows=(Window(local(2025, 6, 7, 10), local(2025, 6, 7, 15)),)))
    fake.add(moved_text, seed.extraction(272))
    rescheduled = fake.add(seed.message(238), seed.extraction(238))
    (first,) = reconcile([stored(original)], extract=fake)
    (moved,) = reconcile([stored(original, moved_text), stored(rescheduled)], extract=fake)
    assert (first.start, first.end) == (local(2025, 6, 7, 10), local(2025, 6, 7, 15))
    assert (moved.start, moved.end) == (local(2025, 6, 8, 10), local(2025, 6, 8, 15))
    assert moved.uid == first.uid
    assert (first.sequence, moved.sequence) == (0, 1)
    assert moved.created == original.published
    assert moved.last_modified == rescheduled.updated  # its text changed the description, not the span
    assert moved.refs == ("WO0000001421136",)


def test_reference_reused_across_environments_gives_one_event_per_environment(seed):
    """Rule 2: WO0000001380243 names a PRD gateway window and a TFE window."""
    events = events_of(seed, 326, 328)
    assert [(e.env, e.start, e.end) for e in events] == [
        ("prd", local(2025, 2, 25, 6), local(2025, 2, 25, 7, 30)),
        ("tfe", local(2025, 2, 27, 10), local(2025, 2, 27, 15)),
    ]
    assert events[0].uid != events[1].uid
    assert all(e.refs == ("WO0000001380243",) for e in events)


def test_same_window_from_two_sides_is_one_event_with_the_union_of_systems(seed):
    """Rule 3: WO0000001504729 from the DMS side and from the Import/Manifest side."""
    (event,) = events_of(seed, 140, 141)
    assert (event.start, event.end) == (local(2025, 11, 18, 18), local(2025, 11, 18, 23))
    assert [s.slug for s in event.systems] == ["dms-import", "dms-export", "dms-transit", "manifest", "import"]
    assert event.created == page_time(seed.entries[140]["published"])


def test_duplicate_announcements_merge_into_one_event_listing_both_references(seed):
    """Rule 4: WO0000001554625 / WO0000001554765, both 7 March 2026 08:00-22:00."""
    (alone,) = events_of(seed, 51)
    (merged,) = events_of(seed, 55, 51)
    assert merged.refs == ("WO0000001554625", "WO0000001554765")
    assert merged.uid == alone.uid  # the first-published announcement's UID
    assert (merged.start, merged.end) == (local(2026, 3, 7, 8), local(2026, 3, 7, 22))


def test_same_span_with_disjoint_systems_stays_two_events(seed):
    """Rule 5: Import closing new declarations, Manifest closing MIG/MIO, both 08:00-08:30."""
    events = events_of(seed, 39, 40)
    assert len(events) == 2
    assert sorted(tuple(s.slug for s in e.systems) for e in events) == [("import",), ("manifest",)]
    assert {e.start for e in events} == {local(2026, 3, 14, 8)}


def test_system_taken_out_of_a_window_is_cancelled_for_that_system_only(seed):
    """Rule 6: WO0000001432758, DMS taken out of the 25 June 2025 window, end moved to 21:00."""
    changes = {248: {"cancelled_systems": DMS}, 250: {"cancelled_systems": DMS}}
    (event,) = events_of(seed, 254, 250, 248, changes=changes)
    assert (event.start, event.end, event.all_day) == (local(2025, 6, 25, 18), local(2025, 6, 25, 21), False)
    assert {s.slug: s.cancelled for s in event.systems} == {
        "dms-import": True, "dms-export": True, "dms-transit": True, "manifest": False, "import": False}
    assert event.status is Status.PARTLY_CANCELLED
    assert event.sequence == 2  # 18-23 -> DMS out -> end 21:00
    assert event.last_modified == page_time(seed.entries[248]["updated"])


def test_cancellation_notice_alone_keeps_the_window_it_cancels(seed):
    """Rule 6 halfway: after the DMS notice (an all-day mention of the day) the window stays 18-23."""
    changes = {250: {"cancelled_systems": DMS}}
    (event,) = events_of(seed, 254, 250, changes=changes)
    assert (event.start, event.end) == (local(2025, 6, 25, 18), local(2025, 6, 25, 23))
    assert event.state_of("dms-import").cancelled and not event.state_of("manifest").cancelled


def test_several_windows_under_several_references_are_one_event_each(seed):
    """Rule 7: EU conformance windows on 7, 10, 11, 14 and 15 April 2025."""
    events = events_of(seed, 316)
    assert [e.start.day for e in events] == [7, 10, 11, 14, 15]
    assert len({e.uid for e in events}) == 5
    assert all(e.env == "tfe" and len(e.refs) == 5 for e in events)


def test_window_without_start_begins_at_first_publication(seed):
    """Rule 8: AS4 TFE 'until 16:00' while under way, announced three times."""
    (event,) = events_of(seed, 207, 206, 205)
    assert event.start == page_time(seed.entries[207]["published"])
    assert event.end == local(2025, 9, 4, 16)
    assert event.start_from_publication


def test_message_for_both_environments_gives_two_events(seed):
    (prd, tfe) = events_of(seed, 130)
    assert (prd.env, tfe.env) == ("prd", "tfe")
    assert prd.start == tfe.start == local(2025, 11, 26, 18)
    assert prd.uid != tfe.uid


def test_fully_cancelled_message_cancels_the_event(seed):
    (event,) = events_of(seed, 116)
    assert event.status is Status.CANCELLED
    assert all(s.cancelled for s in event.systems)


def test_incidents_without_windows_and_information_make_no_events(seed):
    info = next(n for n, g in seed.gold.items() if g["kind"] == "info")
    assert seed.gold[13]["kind"] == "incident"
    assert events_of(seed, 13, info) == []


def test_completed_window_keeps_its_span_and_says_when_it_was_done(seed):
    n = next(n for n, g in sorted(seed.gold.items()) if g["status"] == "completed" and g["done_at"] and g["windows"])
    (event,) = events_of(seed, n)
    assert event.status is Status.COMPLETED
    assert event.done_at == gold_time(seed.gold[n]["done_at"], False)
    assert event.start == gold_time(seed.gold[n]["windows"][0]["start"], False)


# --- identity, SEQUENCE and LAST-MODIFIED ----------------------------------------------

def test_versions_replayed_give_a_rising_sequence_and_the_stamp_of_the_last_change(seed):
    fake = FakeExtract()
    base = seed.message(3)
    meaning = seed.extraction(3)
    later = dataclasses.replace(meaning, windows=(Window(meaning.windows[0].start, local(2026, 5, 19, 23, 59)),))
    one_hour = dt.timedelta(hours=1)
    v1 = fake.add(base, meaning)
    v2 = fake.add(dataclasses.replace(base, body="Delayed. Expected end time 2359\n\n" + base.body,
                                      updated=base.updated + 5 * one_hour), later)
    v3 = fake.add(dataclasses.replace(v2, body="Note: typo fixed.\n\n" + v2.body, updated=v2.updated + one_hour), later)
    v4 = fake.add(dataclasses.replace(v3, body="Cancelled.\n\n" + v3.body, updated=v3.updated + one_hour),
                  dataclasses.replace(later, status=Status.CANCELLED))
    prefixes = ([v1], [v1, v2], [v1, v2, v3], [v1, v2, v3, v4])
    seen = [reconcile([stored(*versions)], extract=fake)[0] for versions in prefixes]
    assert len({e.uid for e in seen}) == 1
    assert [e.sequence for e in seen] == [0, 1, 1, 2]
    assert [e.last_modified for e in seen] == [v1.updated, v2.updated, v3.updated, v4.updated]
    assert [e.status for e in seen] == [Status.SCHEDULED] * 3 + [Status.CANCELLED]
    assert all(e.created == base.published for e in seen)


def test_each_version_is_extracted_once(seed):
    history, fake = history_of(seed, 254, 250, 248, 140, 141)
    reconcile(history, extract=fake)
    assert fake.calls == 5


def test_result_does_not_depend_on_the_order_of_the_history(seed):
    history, fake = history_of(seed, 254, 250, 248, 140, 141, 51, 55, 39, 40, 316)
    assert reconcile(history, extract=fake) == reconcile(list(reversed(history)), extract=fake)


# --- the whole seed page -----------------------------------------------------------------

@pytest.fixture(scope="session")
def seed_page_meanings(seed_messages, seed) -> Callable[[Message], Extraction]:
    """``extract`` for the scraped seed page: each message's gold meaning, matched by its stamps."""
    by_stamps = {(page_time(e["published"]), page_time(e["updated"])): n for n, e in seed.entries.items()}
    meanings = {m.fingerprint: seed.extraction(by_stamps[(m.published, m.updated)]) for m in seed_messages}
    assert len(meanings) == len(seed.entries) == 342
    return lambda message: meanings[message.fingerprint]


@pytest.fixture(scope="session")
def seed_page_events(seed_messages, seed_page_meanings) -> list[Event]:
    return reconcile([stored(m) for m in seed_messages], extract=seed_page_meanings)


def test_seed_page_events_follow_the_rules(seed_page_events, seed, seed_messages):
    events = seed_page_events
    assert len({e.uid for e in events}) == len(events)
    assert all(e.env in ("prd", "tfe") and e.start is not None for e in events)
    windowed = sum(len(g["windows"]) * len(Env(g["env"]).members) for g in seed.gold.values()
                   if g["windows"] and g["kind"] != "info")
    assert 0.5 * windowed < len(events) < windowed  # merges take the count down, never up
    by_ref = {}
    for event in events:
        for ref in event.refs:
            by_ref.setdefault(ref, []).append(event)
    assert len(by_ref["WO0000001421136"]) == 1 and by_ref["WO0000001421136"][0].start.day == 8
    assert {e.env for e in by_ref["WO0000001380243"]} == {"prd", "tfe"}
    assert len(by_ref["WO0000001504729"]) == 1
    assert by_ref["WO0000001554625"] == by_ref["WO0000001554765"]
    (dst,) = by_ref["WO0000001492924"]
    assert dst.end - dst.start == dt.timedelta(minutes=90)
    assert dst.start == dt.datetime(2025, 10, 25, 22, 45, tzinfo=dt.timezone.utc) + dt.timedelta(hours=2)
    assert events == sorted(events, key=lambda e: (e.start if isinstance(e.start, dt.datetime)
                                                   else dt.datetime.combine(e.start, dt.time(), COPENHAGEN),
                                                   e.env, e.uid))


def test_seed_page_reimport_with_one_changed_version_changes_one_event(seed_messages, seed_page_meanings,
                                                                         seed_page_events):
    fake = FakeExtract()
    target = next(m for m in seed_messages if "WO0000001586573" in m.body)
    meaning = seed_page_meanings(target)
    window = meaning.windows[0]
    later = Window(window.start, window.end + dt.timedelta(minutes=30))
    newer = fake.add(dataclasses.replace(target, body="Delayed. Expected end time 2330\n\n" + target.body,
                                         updated=target.updated + dt.timedelta(days=1)),
                     dataclasses.replace(meaning, windows=(later,)))

    def extract(message: Message) -> Extraction:
        return fake(message) if message.fingerprint in fake.meanings else seed_page_meanings(message)

    history = [stored(m, newer) if m is target else stored(m) for m in seed_messages]
    after = {e.uid: e for e in reconcile(history, extract=extract)}
    before = {e.uid: e for e in seed_page_events}
    assert after.keys() == before.keys()
    changed = [uid for uid in before if after[uid] != before[uid]]
    assert len(changed) == 1
    assert after[changed[0]].sequence == before[changed[0]].sequence + 1
    assert after[changed[0]].end == before[changed[0]].end + dt.timedelta(minutes=30)
    assert after[changed[0]].last_modified == newer.updated


def test_importing_the_seed_page_over_time_never_lowers_a_sequence(seed_messages, seed_page_meanings):
    """The page as it stood at twelve moments: UIDs persist, SEQUENCE and LAST-MODIFIED only rise."""
    stamps = sorted(m.updated for m in seed_messages)
    cuts = [stamps[len(stamps) * k // 12] for k in range(1, 12)] + [stamps[-1]]
    before: dict[str, Event] = {}
    for cut in cuts:
        events = reconcile([stored(m) for m in seed_messages if m.updated <= cut], extract=seed_page_meanings)
        now = {e.uid: e for e in events}
        for uid, event in now.items():
            assert event.last_modified <= cut
            if uid in before:
                assert event.sequence >= before[uid].sequence
                assert event.last_modified >= before[uid].last_modified
                assert event.created == before[uid].created
        assert sum(uid in now for uid in before) >= 0.95 * len(before)  # merges and moves retire only a few
        before = now
