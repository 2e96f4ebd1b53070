"""The whole run in one call: load, extract, reconcile."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import Extractor, RuleExtractor
from factcheck.ingest import load_articles
from factcheck.model import Claim, PersonMention, Report
from factcheck.reconcile import reconcile


def check(*paths: str | Path, extractor: Extractor | None = None) -> Report:
    """Cross-check every article under `paths`; unreadable inputs are listed in `skipped`."""
    loaded = load_articles(*paths)
    chosen = extractor or RuleExtractor()
    claims: list[Claim] = []
    people: dict[str, tuple[PersonMention, ...]] = {}
    for article in loaded.articles:
        extraction = chosen.extract(article)
        claims.extend(extraction.claims)
        people[article.id] = extraction.people
    return reconcile(claims, loaded.articles, loaded.skipped, people)
