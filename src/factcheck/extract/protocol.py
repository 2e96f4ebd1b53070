"""The extractor interface: the seam any backend (the spaCy parser here, an LLM elsewhere)
stands behind, and the one-article entry point."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from factcheck.model import Article, Extraction


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns an article into claims."""

    def extract(self, article: Article) -> Extraction:
        """Claims of one article in text order, and every person it names; evidence spans
        index `article.text`."""
        ...


def extract_claims(article: Article, extractor: Extractor | None = None) -> Extraction:
    """Claims of one article and every person it names, with the given extractor (the
    parser extractor by default): what `check` passes to `reconcile` for the article."""
    if extractor is None:
        from factcheck.extract.parsed import ParseExtractor

        extractor = ParseExtractor()
    return extractor.extract(article)
