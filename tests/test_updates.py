"""How the engine splits a body into its updates: every line, without its header, under its stamp."""
from __future__ import annotations

import datetime as dt

from icsfeed.extract.updates import body_lines
from icsfeed.model import COPENHAGEN

PUBLISHED = dt.datetime(2025, 7, 9, 10, 0, tzinfo=COPENHAGEN)
UPDATED = dt.datetime(2025, 7, 10, 9, 0, tzinfo=COPENHAGEN)
BODY = """\
Update 10-07-2025 kl.08.02: The problem is solved.
Update: Marked as resolved 08:56
Opdatering 07.10 - Nødproceduren må ikke anvendes.
Wednesday July 9, 2025, 2310
Done.
Tuesday July 8, 2025, 2100-2300
Update - the fallback procedure may be used
----------
17:25: DMS Eksport queue has now been processed.
Update 31-12-2030 kl. 10.00 - a typo in the stamp
Sunday July 20, 2025
DMS is running again."""


def _at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2025, 7, day, hour, minute, tzinfo=COPENHAGEN)


def test_body_lines_split_a_body_into_its_updates():
    lines = [(line.number, line.stamped, line.at, line.text) for line in body_lines(BODY, PUBLISHED, UPDATED)]
    assert lines == [
        (0, True, _at(10, 8, 2), "The problem is solved."),
        (1, True, _at(10, 8, 56), "Marked as resolved"),                # the stamp after the words
        (2, True, _at(10, 7, 10), "Nødproceduren må ikke anvendes."),   # a bare time: the morning of the update
        (3, True, _at(9, 23, 10), ""),                                   # a bare stamp line
        (4, True, _at(9, 23, 10), "Done."),
        (5, False, None, "Tuesday July 8, 2025, 2100-2300"),             # a window line: the announcement again
        (6, True, None, "the fallback procedure may be used"),           # an update of unknown time
        (7, False, None, ""),                                            # a rule ends the updates
        (8, True, _at(9, 17, 25), "DMS Eksport queue has now been processed."),
        (9, True, _at(9, 10, 0), "a typo in the stamp"),                 # an impossible date: the time only
        (10, True, _at(9, 10, 0), "Sunday July 20, 2025"),               # a date to come is no stamp
        (11, True, _at(9, 10, 0), "DMS is running again."),
    ]


def test_the_latest_update_orders_after_the_announcement_and_the_unknown_times():
    lines = body_lines(BODY, PUBLISHED, UPDATED)
    written = [line.written(PUBLISHED) for line in lines]
    assert written[5] < written[6] < written[8] < written[2] < written[0]
