"""Extraction: a message's free text -> what it means (pure: no I/O, no clock).

``windows`` finds the time windows and the completion time with the time-expression
engine; ``classify`` decides kind, environment, references, status, fallback and the
per-system impact. ``extract`` puts the two together.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import COPENHAGEN, Extraction, Kind, Message, Status
from .classify import classify, update_lines
from .updates import written_done_at
from .windows import find_windows

__all__ = ["extract"]


def extract(message: Message) -> Extraction:
    """What ``message`` means, per ``shared/spec/extraction.md``."""
    facts = classify(message)
    found = find_windows(message, incident=facts.kind is Kind.INCIDENT)
    status = facts.status
    if status is Status.CANCELLED and found.partly_cancelled:      # one dated window of several called off
        status = Status.PARTLY_CANCELLED
    done_at = found.done_at
    if status is Status.COMPLETED and done_at is None:            # "Udført kl. 21.12." with no timed stamp
        done_at = written_done_at(update_lines(message), found.windows,
                                  message.published.astimezone(COPENHAGEN),
                                  max(message.updated, message.published).astimezone(COPENHAGEN))
    windows, warnings = found.windows, found.warnings + facts.warnings
    if facts.kind is Kind.INFO and windows:                         # "updated on Saturday 18-20 without downtime"
        windows, warnings = (), warnings + (f"kind: info, so its {len(windows)} span(s) are no windows",)
    return replace(
        facts,
        status=status,
        windows=windows,
        done_at=done_at if status is Status.COMPLETED else None,   # "Done" said of part of the work
        warnings=warnings,
    )
