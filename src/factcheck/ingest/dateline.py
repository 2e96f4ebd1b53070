"""City datelines opening a story: 'ISTANBUL -', 'TEHRAN (IRNA) -', 'Cairo, Egypt —',
'DOHA, June 3 (Reuters) -', 'DAMASCUS, (SANA) -'."""

from __future__ import annotations

import re

from factcheck.lexicon import load_lexicon, phrase_key

_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Za-z][A-Za-z .'’-]{1,30}?)"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Za-z .]{2,30})){0,2}"  # ', Egypt', ', June 3'
    r"\s*,?\s*(?:\([^)\n]{1,30}\))?"  # 'DAMASCUS, (SANA) -'
    r"\s*(?:[-–—:]|--)\s+"
)


def dateline_place(text: str) -> str | None:
    """The city of a dateline at the start of `text`, as the lexicon spells it, or None."""
    m = _DATELINE.match(text[:80])
    if not m:
        return None
    found = load_lexicon().cities.get(phrase_key(m.group("city")))
    return found[0] if found else None


def dateline_end(text: str) -> int:
    """Where a city dateline at the start of `text` ends (0 without one): its date dates
    the report, not what the report tells."""
    m = _DATELINE.match(text[:80])
    if not m or not load_lexicon().cities.get(phrase_key(m.group("city"))):
        return 0
    return m.end()


def body_start(text: str, title: str | None) -> int:
    """Where the body of an article's text begins: after the headline that opens it, if
    any, and the white space that follows; a dateline is sought there."""
    start = 0
    if title:
        stripped = text.lstrip()
        if stripped.startswith(title):
            start = len(text) - len(stripped) + len(title)
    return start + len(text[start:]) - len(text[start:].lstrip())
