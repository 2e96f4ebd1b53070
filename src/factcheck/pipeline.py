"""The whole run: load, extract each article under a guard, reconcile.

`check` is `reconcile_extracted(extract_articles(...))`; `factcheck extract` writes the
middle step to a claims file and `factcheck reconcile` reads it back, with the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.extract import Extractor
from factcheck.ingest import ArticleReader
from factcheck.isolation import MAX_CHARS
from factcheck.model import Article, Claim, OfficeTerm, PersonMention, Report, Skipped
from factcheck.model.extraction import ExtractedArticle
from factcheck.reconcile import reconcile
from factcheck.workers import extract_all


def extract_articles(
    *paths: str | Path,
    extractor: Extractor | None = None,
    jobs: int = 1,
    max_chars: int = MAX_CHARS,
    recursive: bool = False,
    debug: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[ExtractedArticle | Skipped]:
    """Each article under `paths` with its claims and people, or the Skipped entry saying
    why not, in input order, one at a time (nothing is held for the whole run).

    `jobs` > 1 extracts in that many worker processes (the extractor must pickle);
    articles longer than `max_chars` are skipped; `on_warning` hears of renamed ids.
    """
    reader = ArticleReader(paths, recursive=recursive, on_warning=on_warning)
    yield from extract_all(reader.sourced(), extractor, jobs, max_chars, debug)


def reconcile_extracted(
    records: Iterable[ExtractedArticle | Skipped], reference: Sequence[OfficeTerm] = ()
) -> Report:
    """The report of extracted articles (from extract_articles or read_claims)."""
    articles: list[Article] = []
    claims: list[Claim] = []
    people: dict[str, tuple[PersonMention, ...]] = {}
    skipped: list[Skipped] = []
    for record in records:
        if isinstance(record, Skipped):
            skipped.append(record)
            continue
        articles.append(record.article)
        claims.extend(record.claims)
        people[record.article.id] = record.people
    return reconcile(claims, articles, skipped, people, reference)


def check(
    *paths: str | Path,
    extractor: Extractor | None = None,
    reference: Sequence[OfficeTerm] = (),
    jobs: int = 1,
    max_chars: int = MAX_CHARS,
    recursive: bool = False,
    debug: bool = False,
) -> Report:
    """Cross-check every article under `paths`; what cannot be read or extracted is listed
    in `skipped` and the rest goes on.

    `reference` (see load_reference) is a table of office holders to check roles against;
    the other options are those of extract_articles.
    """
    records = extract_articles(
        *paths,
        extractor=extractor,
        jobs=jobs,
        max_chars=max_chars,
        recursive=recursive,
        debug=debug,
    )
    return reconcile_extracted(records, reference)
