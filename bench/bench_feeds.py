"""Benchmark feed rendering over 100,000 stored windows, and reconciliation of the seed history.

    .venv/bin/python bench/bench_feeds.py [--events N] [--runs N] [--system SLUG] [--env prd|tfe]

Synthesises sets of ``--events`` events (default 100,000) spread over ten years before
and one year after a fixed "now", each affecting one to three systems in one environment,
with ``--share`` of them touching the feed's system (or every system equally likely, or
none), and times ``render_calendar`` for that system's feed (target < 200 ms, median of
``--runs``). Then imports the seed page into a temporary SQLite store and times
``reconcile`` over its history and ``render_calendar`` of the whole-site feed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from report import load_average, table

from icsfeed.model import COPENHAGEN, Event, Fallback, Kind, Status, SystemState
from icsfeed.systems import CATALOGUE

SEED = Path("/work/shared/seeds/000_bc20c9ee9ef879b8.txt")
NOW = dt.datetime(2026, 5, 20, 12, 0, tzinfo=COPENHAGEN)
RENDER_TARGET_MS = 200.0
STATUS_WEIGHTS = {Status.SCHEDULED: 70, Status.COMPLETED: 20, Status.CANCELLED: 7, Status.PARTLY_CANCELLED: 3}


def synthetic_events(count: int, target: str, share: float | None, *, seed: int = 1) -> list[Event]:
    """``count`` plausible events over 2016-2027: timed windows, some all-day, some open-ended.

    Each affects one to three systems. With ``share``, that fraction of the events
    includes ``target`` and the rest never do; without it every system is equally likely.
    """
    rng = random.Random(seed)
    slugs = [s.slug for s in CATALOGUE]
    others = [slug for slug in slugs if slug != target]
    statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    first_day = (NOW - dt.timedelta(days=3650)).date()
    events = []
    for n in range(count):
        day = first_day + dt.timedelta(days=rng.randrange(3650 + 365))
        all_day = rng.random() < 0.05
        if all_day:
            start: dt.date | dt.datetime = day
            end: dt.date | dt.datetime | None = day + dt.timedelta(days=rng.randrange(3))
        else:
            start = dt.datetime.combine(day, dt.time(rng.choice([0, 6, 8, 12, 16, 18, 20]),
                                                     rng.choice([0, 15, 30, 45])), COPENHAGEN)
            end = start + dt.timedelta(minutes=rng.choice([30, 60, 90, 180, 300])) if rng.random() < 0.95 else None
        published = dt.datetime.combine(day - dt.timedelta(days=rng.randrange(1, 14)), dt.time(9, 0), COPENHAGEN)
        if share is None:
            chosen = rng.sample(slugs, rng.randint(1, 3))
        elif rng.random() < share:
            chosen = [target, *rng.sample(others, rng.randint(0, 2))]
        else:
            chosen = rng.sample(others, rng.randint(1, 3))
        systems = tuple(SystemState(slug) for slug in chosen)
        ref = f"WO{1_300_000_000 + n:013d}"
        env = rng.choice(["PRD", "PRD", "TFE"])
        when = f"{day:%A %B %d, %Y}" + (f", {start:%H%M}-{end:%H%M}" if isinstance(end, dt.datetime) else "")
        events.append(Event(
            uid=f"{ref}-{n}@bench.icsfeed", env=env, start=start, end=end,
            all_day=all_day, status=rng.choices(statuses, weights)[0], kind=Kind.PLANNED,
            title=f"{env}-servicewindow {systems[0].slug} {day:%A %B %d, %Y}", systems=systems, refs=(ref,),
            created=published, last_modified=published, sequence=rng.randrange(3),
            fallback=rng.choice([None, Fallback.ALLOWED, Fallback.RESTRICTED]),
            body=f"{when}\n\nFiles sent will be rejected during the service window.\n\n{ref}",
            source_url=f"https://info.skat.dk/data.aspx?oid={n}&x=read"))
    return events


def median_time(work: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median seconds of ``runs`` calls of ``work``, and its last result."""
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def seed_history(path: Path) -> Sequence:
    """The seed page, imported into a temporary SQLite store and read back."""
    from icsfeed.scrape import read_path
    from icsfeed.store import open_store

    messages = read_path(path)
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/bench.sqlite3") as store:
        store.import_messages(messages, seen_at=NOW)
        return store.messages()


def main(argv: list[str] | None = None) -> int:
    from icsfeed.publish.ics import FeedOptions, FeedSpec, render_calendar
    from icsfeed.reconcile import reconcile

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="synthetic stored windows")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement (median)")
    parser.add_argument("--system", default="dms-import", help="system of the feed to render")
    parser.add_argument("--env", default="prd", help="environment of the feed to render")
    parser.add_argument("--share", type=float, default=0.01, help="fraction of the events that touch --system")
    parser.add_argument("--seed", type=Path, default=SEED, help="the status page whose history is reconciled")
    args = parser.parse_args(argv)

    print(f"# Feed benchmark ({dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"load average {load_average()})\n")
    print(f"{args.events} synthetic events per set, over ten years before and one after now = "
          f"{NOW.isoformat()}; feed `/calendars/{args.env}/{args.system}.ics`; median of {args.runs} runs.\n")
    spec = FeedSpec(args.env, args.system)
    rows = []
    for label, share, query in ((f"{args.share:.0%} of events touch {args.system}", args.share, {}),
                                (f"{args.share:.0%} of events touch {args.system}", args.share, {"past": "P3650D"}),
                                ("every system equally likely", None, {}),
                                (f"no event touches {args.system} (filtering alone)", 0.0, {})):
        events = synthetic_events(args.events, args.system, share)
        options = FeedOptions.from_query(query)
        shown = sum(1 for e in events if e.env.lower() == args.env and e.state_of(args.system))
        render_calendar(events, spec, options, now=NOW)  # warm caches and imports
        took, body = median_time(lambda: render_calendar(events, spec, options, now=NOW), args.runs)
        rows.append([label, f"`{'&'.join(f'{k}={v}' for k, v in query.items()) or 'defaults'}`", shown,
                     body.count(b"BEGIN:VEVENT"), f"{len(body) / 1024:.0f} KiB", f"{took * 1000:.1f} ms",
                     "met" if took * 1000 < RENDER_TARGET_MS else "**missed**"])
    print(table([f"{args.events} events", "options", "in env+system", "VEVENTs out", "size", "median time",
                 f"< {RENDER_TARGET_MS:.0f} ms"], rows))
    print()

    from bench_extract import clear_extract_caches
    from icsfeed.extract import extract

    started = time.perf_counter()
    history = seed_history(args.seed)
    imported = time.perf_counter() - started
    def fresh_reconcile() -> list:
        clear_extract_caches()  # every version extracted as if new, not answered from the engine's caches
        return reconcile(history)

    took, seed_events = median_time(fresh_reconcile, args.runs)
    remembered = functools.cache(extract)
    reconcile(history, extract=remembered)
    alone, _ = median_time(lambda: reconcile(history, extract=remembered), args.runs)
    versions = sum(max(1, len(stored.versions)) for stored in history)
    spec, options = FeedSpec(None, None), FeedOptions.from_query({})
    rendered, body = median_time(lambda: render_calendar(seed_events, spec, options, now=NOW), args.runs)
    print(table(["seed history", "items", "median time"],
                [["read + import into SQLite + read back", f"{len(history)} messages, {versions} versions",
                  f"{imported * 1000:.0f} ms"],
                 ["reconcile(history), extraction included (caches emptied)", f"{len(seed_events)} events", f"{took * 1000:.1f} ms"],
                 ["reconcile(history), extractions precomputed", f"{len(seed_events)} events",
                  f"{alone * 1000:.1f} ms"],
                 [f"render_calendar(all.ics, defaults, now={NOW:%Y-%m-%d})",
                  f"{body.count(b'BEGIN:VEVENT')} VEVENTs, {len(body) / 1024:.0f} KiB", f"{rendered * 1000:.1f} ms"]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
