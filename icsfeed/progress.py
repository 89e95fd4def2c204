"""A small progress bar on stderr for long work; silent when stderr is not a terminal."""
from __future__ import annotations

import sys
import time


class Progress:
    """``Progress(total, label)``; call ``advance()`` per item and ``done()`` at the end."""

    def __init__(self, total: int, *, label: str, enabled: bool = True, stream=None, min_interval: float = 0.1):
        self.total, self.label, self.count = total, label, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0 and (stream is not None or self.stream.isatty())
        self._last = 0.0
        self._min_interval = min_interval

    def advance(self, step: int = 1) -> None:
        self.count += step
        now = time.monotonic()
        if self.enabled and (now - self._last >= self._min_interval or self.count >= self.total):
            self._last = now
            width = 30
            filled = int(width * min(self.count, self.total) / self.total)
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total}")
            self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
