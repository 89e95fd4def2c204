"""Benchmark the extraction engine against dateparser on the seed page, and on hostile input.

    .venv/bin/python bench/bench_extract.py [--seed PATH] [--repeat N] [--no-dateparser]

Prints markdown tables: total and per-message time of ``icsfeed.extract`` and of
dateparser's ``search_dates`` (title + body) over the same messages, called twice: told the
languages (en and da, dateparser's fastest use) and plainly (it detects the language), the
ratios, the slowest message, peak memory (tracemalloc), the time per adversarial input, and
the window F1 of both (``/work/shared/tools/score.py``), dateparser's windows being a naive
guess: consecutive found dates paired as start and end.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from report import load_average, table

from icsfeed.extract import extract
from icsfeed.model import COPENHAGEN, Message, Window, isoformat
from icsfeed.scrape import read_path

SHARED = Path("/work/shared")
SEED = SHARED / "seeds" / "000_bc20c9ee9ef879b8.txt"
SCORE = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold" / "seed-gold.jsonl"
GOLD_MESSAGES = SHARED / "gold" / "seed-messages.jsonl"

SPEEDUP_TARGET = 50.0
ADVERSARIAL_TARGET_MS = 50.0
LANGUAGES = ["en", "da"]


@dataclass(frozen=True)
class Timing:
    """Seconds per message (in input order) and the total of one tool."""

    per_message: tuple[float, ...]

    @property
    def total(self) -> float:
        return sum(self.per_message)

    def quantile(self, q: float) -> float:
        ordered = sorted(self.per_message)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def text_of(message: Message) -> str:
    return message.title + "\n" + message.body


def clear_extract_caches() -> None:
    """Empty every ``functools`` cache in ``icsfeed.extract``: the next call sees its text for the first time.

    The engine memoises whole texts and sentences; without this a second pass over the
    same page would time cache hits, not extraction.
    """
    for name, module in list(sys.modules.items()):
        if name == "icsfeed.extract" or name.startswith("icsfeed.extract."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def time_each(messages: Sequence[Message], work: Callable[[Message], object], repeat: int, *,
              fresh: bool = False) -> Timing:
    """The median over ``repeat`` passes of each message's time under ``work``.

    With ``fresh``, the extraction caches are emptied before each pass.
    """
    runs = []
    for _ in range(repeat):
        if fresh:
            clear_extract_caches()
        run = []
        for message in messages:
            started = time.perf_counter()
            work(message)
            run.append(time.perf_counter() - started)
        runs.append(run)
    return Timing(tuple(statistics.median(column) for column in zip(*runs)))


def dateparser_dates(message: Message, languages: list[str] | None = LANGUAGES) -> list[dt.datetime]:
    """Every date dateparser finds in the message, relative to its publication (``languages=None``:
    the plain call, dateparser detects the language)."""
    from dateparser.search import search_dates

    base = message.published.astimezone(COPENHAGEN).replace(tzinfo=None)
    found = search_dates(text_of(message), languages=languages,
                         settings={"RELATIVE_BASE": base, "TIMEZONE": "Europe/Copenhagen"}) or []
    return [value for _, value in found]


def naive_windows(dates: Sequence[dt.datetime]) -> list[Window]:
    """Consecutive dates paired as (start, end); pairs running backwards are dropped.

    Years outside 1970-2100 (``0745-0900`` read as the year 745) cannot be serialised
    for scoring and are dropped first, which only helps the guess.
    """
    aware = [d if d.tzinfo else d.replace(tzinfo=COPENHAGEN) for d in dates if 1970 <= d.year <= 2100]
    pairs = zip(aware[0::2], aware[1::2])
    windows = [Window(start, end) for start, end in pairs if end >= start]
    if len(aware) % 2:
        windows.append(Window(aware[-1], None))
    return windows


def window_f1(predictions: Sequence[dict]) -> dict:
    """score.py's summary of ``predictions`` (one ``icsfeed extract`` object per message)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for prediction in predictions:
            handle.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([sys.executable, str(SCORE), str(GOLD), str(GOLD_MESSAGES), handle.name, "--json"],
                             check=True, capture_output=True, text=True).stdout
    finally:
        Path(handle.name).unlink()
    return json.loads(out)


def dateparser_prediction(message: Message, dates: Sequence[dt.datetime]) -> dict:
    return {"published": isoformat(message.published), "updated": isoformat(message.updated),
            "windows": [w.to_json() for w in naive_windows(dates)]}


def adversarial_inputs(seed: int = 20260522) -> dict[str, str]:
    """Text built to make a regex-based engine backtrack or loop: long, repetitive, odd."""
    rng = random.Random(seed)
    noise = "".join(rng.choice("0123456789-.") for _ in range(100_000))
    unicode_soup = "".join(chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0xA0, 0x2FFF),
                                           rng.randrange(0x1F300, 0x1FAFF)])) for _ in range(50_000))
    return {
        "100 KB of digits, dashes, dots": noise,
        "100 KB of digits only": "".join(rng.choice("0123456789") for _ in range(100_000)),
        "2000x 'Monday May 5, 2025, 1200-1300 – '": "Monday May 5, 2025, 1200-1300 – " * 2000,
        "2000x 'mandag den 5. maj 2025 kl. 12.00-13.00 - '": "mandag den 5. maj 2025 kl. 12.00-13.00 - " * 2000,
        "10k x 'kl. '": "kl. " * 10_000,
        "10k x 'kl.' no spaces": "kl." * 10_000,
        "5k x '12:00-'": "12:00-" * 5_000,
        "5k x '05-05-2025 '": "05-05-2025 " * 5_000,
        "5k x 'from ' + one time": "from " * 5_000 + "12:00",
        "10k x 'May '": "May " * 10_000,
        "3k x 'until 16:00. Delayed. Expected end time 2330. '":
            "until 16:00. Delayed. Expected end time 2330. " * 3_000,
        "10k x 'for approx. 1 hour and '": "for approx. 1 hour and " * 10_000,
        "5k x 'extended by 1 hour. '": "Saturday May 16, 2026, 1200-1300. " + "The window is extended by 1 hour. " * 5_000,
        "15k x '18h-'": "18h-" * 15_000,
        "8k x '18:00 (UTC ('": "18:00 (UTC (" * 8_000,
        "5k x 'Start: 2026-06-03 18:00 CEST\\n'": "Start: 2026-06-03 18:00 CEST\n" * 5_000,
        "50k random unicode": unicode_soup,
        "100 KB of spaces and newlines": " \n" * 50_000,
        "one 100 KB word": "a" * 100_000,
    }


def adversarial_message(text: str) -> Message:
    stamp = dt.datetime(2025, 5, 1, 12, 0, tzinfo=COPENHAGEN)
    return Message(title="PRD-servicewindow DMS", body=text, published=stamp, updated=stamp,
                   categories=("DMS Import",), systems=("dms-import",))


def peak_memory(path: Path) -> tuple[int, int]:
    """Peak bytes traced while reading the page and while extracting all of it."""
    tracemalloc.start()
    messages = read_path(path)
    _, read_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    kept = [extract(message) for message in messages]
    _, extract_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return read_peak, extract_peak


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=Path, default=SEED, help="the status page to extract")
    parser.add_argument("--repeat", type=int, default=5, help="passes of icsfeed over the page (median per message)")
    parser.add_argument("--no-dateparser", action="store_true", help="time icsfeed alone")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    messages = read_path(args.seed)
    read_time = time.perf_counter() - started
    first = time_each(messages, extract, 1)  # the first pass of the process
    icsfeed = time_each(messages, extract, args.repeat, fresh=True)
    memoised = time_each(messages, extract, args.repeat)  # the same texts again: the engine's caches answer
    extractions = [extract(message) for message in messages]

    print(f"# Extraction benchmark ({dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"load average {load_average()})\n")
    print(f"{len(messages)} messages from `{args.seed.name}` (read_path: {ms(read_time)}); "
          f"icsfeed: median of {args.repeat} passes per message; the ratio uses the first row.\n")

    rows = [[label, ms(timing.total), ms(statistics.median(timing.per_message)), ms(timing.quantile(0.99)),
             ms(max(timing.per_message))]
            for label, timing in (("icsfeed extract, caches emptied before each pass", icsfeed),
                                  ("icsfeed extract, first pass of the process", first),
                                  ("icsfeed extract, same texts again (memoised)", memoised))]
    dates: list[list[dt.datetime]] = []
    theirs: Timing | None = None
    if not args.no_dateparser:
        dateparser_dates(messages[0])  # load its language data outside the timing
        theirs = time_each(messages, lambda m: dates.append(dateparser_dates(m)), 1)
        dateparser_dates(messages[0], None)
        plain = time_each(messages, lambda m: dateparser_dates(m, None), 1)
        for label, timing in ((f"dateparser search_dates, languages={LANGUAGES}", theirs),
                              ("dateparser search_dates, plain call (language detected)", plain)):
            rows.append([label, ms(timing.total), ms(statistics.median(timing.per_message)),
                         ms(timing.quantile(0.99)), ms(max(timing.per_message))])
    print(table(["tool", "total", "median / message", "p99 / message", "max / message"], rows))
    print()
    if theirs is not None:
        for label, timing in (("told the languages", theirs), ("plain call", plain)):
            ratio = timing.total / icsfeed.total
            print(f"dateparser ({label}) / icsfeed: **{ratio:.1f}x** (target >= {SPEEDUP_TARGET:.0f}x: "
                  f"{verdict(ratio >= SPEEDUP_TARGET)})\n")

    slowest = max(range(len(messages)), key=lambda i: icsfeed.per_message[i])
    worst = messages[slowest]
    print(f"Slowest message for icsfeed: #{slowest + 1} ({ms(icsfeed.per_message[slowest])}, "
          f"{len(text_of(worst))} chars, published {isoformat(worst.published)}): {worst.title[:90]!r}\n")

    read_peak, extract_peak = peak_memory(args.seed)
    print(table(["peak memory (tracemalloc)", "MiB"],
                [["read_path(seed)", f"{read_peak / 2**20:.2f}"],
                 [f"extract all {len(messages)} messages, results kept", f"{extract_peak / 2**20:.2f}"]]))
    print()

    rows = []
    for name, text in adversarial_inputs().items():
        message = adversarial_message(text)
        runs: list[float] = []
        try:
            while len(runs) < 3 and sum(runs) < 1.0:  # a slow input is timed once
                clear_extract_caches()
                started = time.perf_counter()
                result = extract(message)
                runs.append(time.perf_counter() - started)
        except Exception as exc:  # a crash is a finding to report, not a reason to stop
            rows.append([name, f"{len(text.encode()) / 1024:.0f} KiB", "-", "-",
                         f"**crashed**: {type(exc).__name__}: {str(exc)[:60]}"])
            continue
        took = statistics.median(runs)
        rows.append([name, f"{len(text.encode()) / 1024:.0f} KiB", ms(took), len(result.windows),
                     verdict(took * 1000 < ADVERSARIAL_TARGET_MS)])
    print(table(["adversarial input (icsfeed)", "size", "time (median of up to 3)", "windows",
                 f"< {ADVERSARIAL_TARGET_MS:.0f} ms"], rows))
    print()

    scores = {"icsfeed": window_f1([e.to_json(m) for m, e in zip(messages, extractions)])}
    if theirs is not None:
        scores["dateparser, consecutive dates paired"] = window_f1(
            [dateparser_prediction(m, d) for m, d in zip(messages, dates)])
    rows = [[name, score["window_precision"], score["window_recall"], score["window_f1"], score["messages_exact"]]
            for name, score in scores.items()]
    print(table(["windows from", "precision", "recall", "F1", "messages exact"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
