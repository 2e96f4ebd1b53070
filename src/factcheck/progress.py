"""A progress line on stderr for long runs: articles done, rate and time left."""

from __future__ import annotations

import time
from typing import TextIO


class Progress:
    """Rewrites one line of `stream` at most every `interval` seconds; `total` is an
    estimate of the number of articles (None when unknown: no time left is shown)."""

    def __init__(self, stream: TextIO, total: int | None, interval: float = 0.25) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.done = 0
        self.started = time.monotonic()
        self._shown = 0.0

    def advance(self, count: int = 1) -> None:
        """Count `count` more articles done; redraw when the interval has passed."""
        self.done += count
        now = time.monotonic()
        if now - self._shown >= self.interval:
            self._shown = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float) -> str:
        """'factcheck: 120/1,000 articles, 45.2/s, 0:00:19 left'."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        total = f"/{self.total:,}" if self.total else ""
        text = f"factcheck: {self.done:,}{total} articles, {rate:.1f}/s"
        if self.total and rate > 0 and self.done <= self.total:
            text += f", {_clock((self.total - self.done) / rate)} left"
        return text

    def clear(self) -> None:
        """Clear the line (before another message, and at the end); the next advance
        draws it again."""
        self.stream.write("\r\x1b[K")
        self.stream.flush()
        self._shown = 0.0


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
