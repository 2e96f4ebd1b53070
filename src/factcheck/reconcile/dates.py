"""Comparing dates of different precision: '2024-03' contains '2024-03-18'."""

from __future__ import annotations

import datetime as dt

from factcheck.model import Claim, DateBasis


def dates_compatible(a: str | None, b: str | None, window_days: int = 0) -> bool:
    """True when the two dates can name the same day: either is missing, one contains the
    other, or both are days at most `window_days` apart."""
    if a is None or b is None:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    return len(a) == len(b) == 10 and days_apart(a, b) <= window_days


def days_apart(a: str, b: str) -> int:
    """Absolute difference in days of two YYYY-MM-DD dates."""
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def text_dates(claims: list[Claim]) -> set[str]:
    """Dates the claims' own words give: not datelines, not inferred."""
    textual = (DateBasis.EXPLICIT, DateBasis.RELATIVE)
    return {c.when.date for c in claims if c.when.basis in textual and c.when.date}
