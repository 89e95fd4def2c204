"""Properties of the engine on text nobody wrote on purpose: it never fails and every window is sane.

Arbitrary text, word salad from the engine's own vocabulary, and real seed messages with
random edits: no exception, every window aware in Copenhagen time (or all-day dates), end
not before start, and within two years of publication. Large hostile inputs (100 KB of
digits, dashes, dots) must finish; the timeout is a guard, not a measurement.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icsfeed.extract.tokenize import MAX_LINE
from icsfeed.extract.windows import MAX_LINES, MAX_TEXT, find_windows
from icsfeed.model import COPENHAGEN, Message

VOCABULARY = ["Saturday", "lørdag", "the", "13th", "of", "December", "May", "16", ",", "2026", "2025", "1200",
              "-", "–", "2100", "0245", "(DST)", "(ST)", "until", "midnight", "from", "between", "and", "og",
              "kl.", "19.30", "8", "am", "pm", "9/9", "28/08", "13/11-2025", "11/10/2025", "23.feb", "den", "5.",
              "juni", "Update", "Done.", "extended", "to", "Expected", "end", "time", "moved", "1", "day", "later",
              "servicewindow", "unavailable", "phone", "\n", "Thuesday", "Marts", "Okt", "00:01", "24:00", "2400",
              "Sunday", "March", "29", "0230", "October", "26", "Feb.", "7th,", "10th", "at", "WO0000001584153"]

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PUBLISHED = st.datetimes(min_value=dt.datetime(2012, 1, 1), max_value=dt.datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=COPENHAGEN))


def _check(title: str, body: str, published: dt.datetime) -> None:
    found = find_windows(Message(title=title, body=body, published=published, updated=published))
    for window in found.windows:
        moments = [m for m in (window.start, window.end) if m is not None]
        assert moments
        for moment in moments:
            if window.all_day:
                assert not isinstance(moment, dt.datetime)
            else:
                assert isinstance(moment, dt.datetime) and moment.tzinfo is COPENHAGEN
            assert abs(moment.year - published.year) <= 2
        if window.start is not None and window.end is not None:
            if window.all_day:
                assert window.end >= window.start
            else:
                assert window.end.timestamp() >= window.start.timestamp()
    assert found.done_at is None or found.done_at.tzinfo is not None


@SETTINGS
@given(title=st.text(max_size=200), body=st.text(max_size=2000), published=PUBLISHED)
@pytest.mark.timeout(300)
def test_arbitrary_text(title, body, published):
    _check(title, body, published)


@SETTINGS
@given(words=st.lists(st.sampled_from(VOCABULARY), max_size=80), published=PUBLISHED)
@pytest.mark.timeout(300)
def test_word_salad(words, published):
    _check(" ".join(words[:10]), " ".join(words), published)


FRAGMENTS = list("0123456789-–:./, ()\n") + ["kl.", " den ", "th", " May ", " maj ", "Sat", " and ", " og ", " to ",
                                              " until ", " (DST)", " (ST)", " Update ", " Done.", " midnight", " am",
                                              " pm", " næste dag", " the next day"]


@SETTINGS
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=120), published=PUBLISHED)
@pytest.mark.timeout(300)
def test_date_and_time_fragments(parts, published):
    _check("", "".join(parts), published)


@SETTINGS
@given(data=st.data())
@pytest.mark.timeout(300)
def test_mutated_real_messages(gold_messages, data):
    row = data.draw(st.sampled_from(gold_messages))
    body = row["body"]
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(body)))
        cut = data.draw(st.integers(0, 12))
        insert = data.draw(st.sampled_from(VOCABULARY + ["", " ", "0", ":", ".", "/"]))
        body = body[:at] + insert + body[at + cut:]
    published = dt.datetime.strptime(row["published"], "%d-%m-%Y %H:%M:%S").replace(tzinfo=COPENHAGEN)
    published += dt.timedelta(days=data.draw(st.integers(-400, 400)))
    _check(row["head"], body, published)


HOSTILE = {
    "digits": "1234567890" * 10_000,
    "dashes": "12-" * 34_000,
    "dots": "1.2." * 25_000,
    "slashes": "9/9/" * 25_000,
    "ranges": "0745-0900 " * 10_000,
    "colons": "12:00-" * 17_000,
    "stamps": "Update 12:00\nDone.\n" * 5_500,
    "clock lines": "kl. 12\n" * 3_000,
    "dated range lines": "Monday May 5, 2025, 1200-1300\n" * 1_000,
    "months": "May " * 10_000,
    "one word": "a" * 100_000,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_finishes(name):
    _check(HOSTILE[name][:1000], HOSTILE[name], dt.datetime(2026, 5, 1, 12, 0, tzinfo=COPENHAGEN))


def _windows_of(body: str, published: dt.datetime):
    return find_windows(Message(title="PRD-servicewindow DMS", body=body, published=published, updated=published))


def test_text_past_the_bounds_is_not_read(gold_messages):
    """Padding past ``MAX_TEXT`` characters or ``MAX_LINES`` lines, or a line past ``MAX_LINE``,
    changes no window of a real message and is reported in a warning."""
    def published(row: dict) -> dt.datetime:
        return dt.datetime.strptime(row["published"], "%d-%m-%Y %H:%M:%S").replace(tzinfo=COPENHAGEN)

    row = max((r for r in gold_messages if _windows_of(r["body"], published(r)).windows),
              key=lambda r: len(r["body"]))
    plain = _windows_of(row["body"], published(row))
    assert not any("read up to" in w for w in plain.warnings)
    window = " Sunday May 17, 2026, 0800-0900"
    paddings = {
        "characters": "\n" + ("filler " * 10 + "\n") * (MAX_TEXT // 70 + 1) + window,
        "lines": "\n" * MAX_LINES + window,
        "line": "\n" + "word " * (MAX_LINE // 5 + 1) + window,
    }
    for name, padding in paddings.items():
        padded = _windows_of(row["body"] + padding, published(row))
        assert padded.windows == plain.windows, name
        assert any("read up to" in w for w in padded.warnings), name
