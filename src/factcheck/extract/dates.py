"""Event dates from the words of one sentence, resolved against the article's dateline.

Only date phrases found in the event's own sentence are used, so the date of something
else in the article ('Operation Al-Aqsa Storm in October 2023') never dates the meeting.
dateparser parses the phrases we find; it never searches whole texts (slow, and it reads
dates into words like 'we' and 'do').
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from factcheck.model import DateBasis, DatePrecision, Span, TimeRef

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), DatePrecision.DAY),
    (re.compile(rf"\b{_DAY}\s+{_MONTHS}(?:,?\s+\d{{4}})?\b"), DatePrecision.DAY),
    (re.compile(rf"\b{_MONTHS}\s+{_DAY}(?:,?\s+\d{{4}})?\b"), DatePrecision.DAY),
    (re.compile(rf"\b{_MONTHS}\s+\d{{4}}\b"), DatePrecision.MONTH),
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE_DAY = re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.IGNORECASE)
_RELATIVE_PERIOD = re.compile(r"\b(this|last|next)\s+(month|year)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(will|is to|are to|is due to|are due to|is set to|next|plans to"
    r"|(?:is|are) (?:scheduled|expected|slated) to)\b"
)
_YEAR = re.compile(r"\b\d{4}\b")
_YEAR_AFTER = re.compile(r",?\s*\d{4}\b")
_NO_DATE_BASE = dt.date(2000, 1, 1)
"""Relative base for phrases that carry their own year (only day and month may be filled)."""
_OTHER_TIME = re.compile(r"\b(since|until|till|anniversary of)\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _parse_phrase(phrase: str, published: dt.date | None) -> dt.date | None:
    """Parse one found date phrase with dateparser; None when it cannot be read.

    Memoised: a corpus repeats its date phrases, and one dateparser call costs milliseconds.
    """
    import dateparser  # deferred: importing it costs more than the rest of extraction

    if published is None and not _YEAR.search(phrase):
        return None  # a yearless date in an undated article: no year to give it
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    # the base is the article's date, else a fixed one: nothing may depend on today's date
    base = published or _NO_DATE_BASE
    settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def resolve_weekday(weekday: int, published: dt.date, future: bool = False) -> dt.date:
    """The latest such weekday on or before `published` (the next one on or after, if future)."""
    if future:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _time_ref(
    date: dt.date | None,
    precision: DatePrecision,
    basis: DateBasis,
    text: str,
    start: int,
    end: int,
) -> TimeRef:
    iso = None
    if date is not None:
        iso = {
            DatePrecision.DAY: date.isoformat(),
            DatePrecision.MONTH: date.isoformat()[:7],
            DatePrecision.YEAR: date.isoformat()[:4],
        }[precision]
    return TimeRef(
        date=iso,
        precision=precision if iso else None,
        basis=basis if iso else None,
        text=text[start:end],
        evidence=Span(start=start, end=end, text=text[start:end]),
    )


NEAR = 40
"""Characters within which a date phrase must stand of the trigger or a participant: run-on
captions put unrelated dates ('Wed, November 30') in the same 'sentence'."""


def find_date(
    text: str,
    start: int,
    end: int,
    published: dt.date | None,
    anchors: tuple[int, ...] = (),
    future: bool = False,
) -> TimeRef | None:
    """The first date phrase in text[start:end] near one of the `anchors` (any, if none are
    given), resolved: an explicit date if one is near, else a relative one; None when there
    is none. A date after publication counts only in a clause that speaks of the future
    (`future`, or a future word in the window)."""
    window = text[start:end]
    future = published is not None and (future or _FUTURE.search(window) is not None)
    explicit: list[TimeRef] = []
    for pattern, precision in _PATTERNS:
        for m in pattern.finditer(window):
            a, b = m.start() + start, m.end() + start
            if _OTHER_TIME.search(text[max(start, a - 20) : a]):
                continue
            if text[b : b + 1] == ":" and anchors and max(anchors) < a:
                continue  # 'October 7, 2016: ...' heads the next item of a timeline
            phrase = m.group()
            year_after = _YEAR_AFTER.match(text, b)
            if year_after and not _YEAR.search(phrase):
                phrase += year_after.group()  # the window ended before ', 2016'
            date = _parse_phrase(phrase, published)
            if date and published and date > published and not future:
                if not _YEAR.search(phrase):
                    date = date.replace(year=date.year - 1)  # a past event of last year
                else:
                    continue  # a past or present event is not dated after the article
            elif date and published and future and date < published and not _YEAR.search(phrase):
                date = date.replace(year=date.year + 1)  # 'will meet on January 5', in December
            if date:
                explicit.append(_time_ref(date, precision, DateBasis.EXPLICIT, text, a, b))
    found = _near_any(explicit, anchors) or _near_any(
        _relative(text, start, end, window, published, future), anchors
    )
    return min(found, key=lambda t: t.evidence.start if t.evidence else 0) if found else None


def _near_any(found: list[TimeRef], anchors: tuple[int, ...]) -> list[TimeRef]:
    if not anchors:
        return found
    return [t for t in found if t.evidence and _near(t.evidence, anchors)]


def _near(span: Span, anchors: tuple[int, ...]) -> bool:
    return any(abs(span.start - a) <= NEAR or abs(span.end - a) <= NEAR for a in anchors)


def _relative(
    text: str, start: int, end: int, window: str, published: dt.date | None, future: bool = False
) -> list[TimeRef]:
    if published is None:
        return []
    found: list[TimeRef] = []
    for m in _WEEKDAY.finditer(window):
        a, b = m.start() + start, m.end() + start
        if _qualifies_something_else(text, b):
            continue
        ahead = future or bool(_FUTURE.search(window[: m.start()]))
        day = resolve_weekday(WEEKDAYS.index(m.group().lower()), published, ahead)
        found.append(_time_ref(day, DatePrecision.DAY, DateBasis.RELATIVE, text, a, b))
    for m in _RELATIVE_DAY.finditer(window):
        a, b = m.start() + start, m.end() + start
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group().lower()]
        day = published + dt.timedelta(days=shift)
        found.append(_time_ref(day, DatePrecision.DAY, DateBasis.RELATIVE, text, a, b))
    for m in _RELATIVE_PERIOD.finditer(window):
        a, b = m.start() + start, m.end() + start
        found.append(_period(published, m.group(1).lower(), m.group(2).lower(), text, a, b))
    return found


def _period(published: dt.date, which: str, unit: str, text: str, a: int, b: int) -> TimeRef:
    """'earlier this month', 'last year', 'next month': a date at month or year precision."""
    shift = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "year":
        day = published.replace(year=published.year + shift, month=1, day=1)
        return _time_ref(day, DatePrecision.YEAR, DateBasis.RELATIVE, text, a, b)
    months = published.year * 12 + published.month - 1 + shift
    day = dt.date(months // 12, months % 12 + 1, 1)
    return _time_ref(day, DatePrecision.MONTH, DateBasis.RELATIVE, text, a, b)


_EVENT_NOUNS = re.compile(
    r"^['’]s\s+(?:\w+\s+){0,2}(?:meeting|talks|summit|visit|call|conversation|session)\b"
)


def _qualifies_something_else(text: str, end: int) -> bool:
    """'Tuesday's election' dates the election, not the meeting; 'Thursday's meeting' does."""
    rest = text[end : end + 40]
    return rest[:2] in {"'s", "’s"} and not _EVENT_NOUNS.match(rest)


def dateline_date(published: dt.date | None) -> TimeRef:
    """The dateline as the event's date, for accounts whose text gives none."""
    if published is None:
        return TimeRef()
    return TimeRef(
        date=published.isoformat(), precision=DatePrecision.DAY, basis=DateBasis.DATELINE
    )
