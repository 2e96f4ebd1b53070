"""HTML articles, read with trafilatura (the optional extra factcheck[html]).

trafilatura finds the main text, the title and the publication date of a web page, which
no amount of our own code would do as well across hundreds of outlets' page layouts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factcheck.ingest.dateline import body_start, dateline_place
from factcheck.model import Article

MISSING = "HTML input needs the optional extra: pip install 'factcheck[html]'"


def parse_html_article(article_id: str, raw: str) -> Article:
    """Read the main text, title and date of a web page.

    Raises ImportError when trafilatura is not installed, ValueError when the page has no
    main text.
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(MISSING) from exc
    document: Any = trafilatura.bare_extraction(raw, with_metadata=True)
    data: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else document or {}
    text = (data.get("text") or "").strip()
    if not text:
        raise ValueError("no main text found in the page")
    title = data.get("title") or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # the headline is part of the article
    return Article(
        id=article_id,
        text=text,
        title=title,
        published=_date(data.get("date")),
        url=data.get("url") or None,
        outlet=data.get("sitename") or None,
        dateline_place=dateline_place(text[body_start(text, title) :]),
    )


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
