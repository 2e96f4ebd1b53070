"""Plain-text articles: an optional ' date YYYY-MM-DD ' dateline, an optional headline line."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.ingest.dateline import body_start, dateline_place
from factcheck.model import Article

_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2}|None|null)\s+")


def parse_text_article(article_id: str, raw: str) -> Article:
    """Read the seeds' text form; the dateline becomes `published` and is not part of `text`.

    Raises ValueError when the dateline is not a real date or no text follows it.
    """
    published = None
    text = raw
    m = _DATELINE.match(raw)
    if m:
        try:
            published = (
                None if m.group(1) in {"None", "null"} else dt.date.fromisoformat(m.group(1))
            )
        except ValueError as exc:
            raise ValueError(f"bad dateline: {exc}") from None
        text = raw[m.end() :]
    text = text.rstrip()
    if not text.strip():
        raise ValueError("no text after the dateline")
    first, sep, _ = text.partition("\n")
    title = first.strip() if sep and _is_headline(first) else None
    return Article(
        id=article_id,
        text=text,
        title=title,
        published=published,
        dateline_place=dateline_place(text[body_start(text, title) :]),
    )


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 150 and not stripped.endswith((".", '"', "”"))
