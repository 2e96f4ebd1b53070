"""One article's extraction under a guard: whatever goes wrong becomes a `Skipped` entry.

A hostile or unlucky article (a RecursionError deep in a parser, a text far too long) must
never end the run for the articles beside it; the entry says which article and why.
"""

from __future__ import annotations

import traceback as tb

from factcheck.extract import Extractor
from factcheck.model import Article, Skipped
from factcheck.model.extraction import ExtractedArticle

MAX_CHARS = 2_000_000
"""Longest article text extracted by default (characters); longer ones are skipped."""

_MESSAGE_CHARS = 300  # an exception's message can quote the whole input


def extract_guarded(
    article: Article,
    extractor: Extractor,
    max_chars: int = MAX_CHARS,
    debug: bool = False,
    source: str | None = None,
) -> ExtractedArticle | Skipped:
    """The article with its claims and people, or the Skipped entry saying why not.

    Any Exception raised by the extractor is caught (KeyboardInterrupt is not); with
    `debug` the entry carries the traceback. `source` is the file named in the entry (the
    article id when not given).
    """
    where = source or article.id
    named = "" if where == article.id else f"article {article.id!r}: "
    if len(article.text) > max_chars:
        return Skipped(
            source=where,
            reason=f"{named}text of {len(article.text):,} characters is over the limit "
            f"of {max_chars:,} (--max-chars)",
        )
    try:
        extraction = extractor.extract(article)
    except Exception as exc:
        message = str(exc)
        if len(message) > _MESSAGE_CHARS:
            message = message[:_MESSAGE_CHARS] + "..."
        name = type(exc).__name__
        return Skipped(
            source=where,
            reason=f"{named}extraction failed: {name}" + (f": {message}" if message else ""),
            error=name,
            traceback=tb.format_exc() if debug else None,
        )
    return ExtractedArticle(article=article, claims=extraction.claims, people=extraction.people)
