"""City datelines opening a story: 'ISTANBUL -', 'TEHRAN (IRNA) -', 'Cairo, Egypt —'."""

from __future__ import annotations

import re

from factcheck.lexicon import load_lexicon, phrase_key

_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Za-z][A-Za-z .'’-]{1,30}?)"
    r"(?:,\s*[A-Za-z .]{2,30})?"
    r"\s*(?:\([^)\n]{1,30}\))?"
    r"\s*(?:[-–—:]|--)\s+"
)


def dateline_place(text: str) -> str | None:
    """The city of a dateline at the start of `text`, as the lexicon spells it, or None."""
    m = _DATELINE.match(text[:80])
    if not m:
        return None
    found = load_lexicon().cities.get(phrase_key(m.group("city")))
    return found[0] if found else None
