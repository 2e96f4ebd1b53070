"""The whole run in one call: load, extract, reconcile."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck.extract import Extractor, RuleExtractor
from factcheck.ingest import load_articles
from factcheck.model import Claim, OfficeTerm, PersonMention, Report
from factcheck.reconcile import reconcile


def check(
    *paths: str | Path,
    extractor: Extractor | None = None,
    reference: Sequence[OfficeTerm] = (),
) -> Report:
    """Cross-check every article under `paths`; unreadable inputs are listed in `skipped`.

    `reference` (see load_reference) is a table of office holders to check roles against.
    """
    loaded = load_articles(*paths)
    chosen = extractor or RuleExtractor()
    claims: list[Claim] = []
    people: dict[str, tuple[PersonMention, ...]] = {}
    for article in loaded.articles:
        extraction = chosen.extract(article)
        claims.extend(extraction.claims)
        people[article.id] = extraction.people
    return reconcile(claims, loaded.articles, loaded.skipped, people, reference)
