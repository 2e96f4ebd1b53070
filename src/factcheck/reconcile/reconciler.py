"""Claims from many sources -> one report: identities, events and conflicts."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from pydantic import BaseModel

from factcheck.model import (
    Article,
    ArticleClaims,
    Claim,
    Conflict,
    OfficeTerm,
    PersonMention,
    Report,
    Skipped,
)
from factcheck.reconcile.consensus import consensus
from factcheck.reconcile.context import Context
from factcheck.reconcile.copies import copy_groups
from factcheck.reconcile.events import cluster_events
from factcheck.reconcile.identity import NameMatches, resolve_identities
from factcheck.reconcile.reference import reference_conflicts
from factcheck.reconcile.rules import RULES
from factcheck.reconcile.statements import cluster_statements
from factcheck.stream import compact


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: reconciliation allocates millions of small
    acyclic objects, and each collection scans them all (half the time at 40k claims)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def reconcile(
    claims: Iterable[Claim],
    articles: Iterable[Article] = (),
    skipped: Iterable[Skipped] = (),
    people: Mapping[str, Sequence[PersonMention]] | None = None,
    reference: Sequence[OfficeTerm] = (),
    matches: NameMatches | None = None,
) -> Report:
    """Build the report. The result does not depend on the order of `claims` or `articles`:
    articles are listed by id, claims by id within them, conflicts by severity then type.

    Every claim appears in its article's entry, every event claim in exactly one event,
    and every statement in exactly one statement event.
    Claims of articles not given in `articles` get an entry with only their id. `people`
    adds, per article id, people named outside any claim, so they are resolved too.
    `reference` is a table of office holders that role claims are checked against.
    `matches` are candidate name pairs matched elsewhere (factcheck.distributed).
    """
    with _no_cycle_collection():
        return _reconcile(claims, articles, skipped, people, reference, matches)


def _reconcile(
    claims: Iterable[Claim],
    articles: Iterable[Article],
    skipped: Iterable[Skipped],
    people: Mapping[str, Sequence[PersonMention]] | None,
    reference: Sequence[OfficeTerm],
    matches: NameMatches | None,
) -> Report:
    ordered = sorted(set(claims), key=lambda c: c.id)
    articles = list(articles)
    named = {article: tuple(found) for article, found in (people or {}).items()}
    identities = resolve_identities(ordered, named, matches)
    _compact(identities.entities)  # the report's models stay alive while the rest is built
    published = {a.id: a.published.isoformat() for a in articles if a.published}
    sources = copy_groups(articles)
    clusters = cluster_events(ordered, identities, published, sources)
    statements = cluster_statements(ordered, identities, published)
    _compact((*clusters, *statements))
    ctx = Context(ordered, identities, clusters, published, statements)
    by_id = {c.id: c for c in ordered}
    found = [conflict for rule in RULES for conflict in rule(ctx)]
    found += reference_conflicts(ctx, reference)
    conflicts = [
        conflict.model_copy(update={"consensus": consensus(conflict, by_id, sources)})
        for conflict in found
    ]
    conflicts.sort(key=_conflict_order)
    _compact(conflicts)
    return Report(
        articles=_article_entries(ordered, articles, named),
        people=identities.entities,
        events=tuple(clusters),
        statements=tuple(statements),
        conflicts=tuple(conflicts),
        skipped=tuple(sorted(skipped, key=lambda s: (s.source, s.line or 0))),
    )


def _compact(models: Iterable[BaseModel]) -> None:
    """Share the field-name sets of the report's models (factcheck.stream.compact)."""
    for model in models:
        compact(model)


def _text_order(claim: Claim) -> tuple[int, str]:
    return (claim.evidence[0].start if claim.evidence else -1, claim.id)


def _conflict_order(conflict: Conflict) -> tuple[int, str, str, tuple[str, ...]]:
    return (-conflict.severity.rank, conflict.type.value, conflict.subject, conflict.claims)


def _article_entries(
    claims: list[Claim],
    articles: Iterable[Article],
    named: Mapping[str, tuple[PersonMention, ...]],
) -> tuple[ArticleClaims, ...]:
    known = {a.id: a for a in articles}
    by_article: dict[str, list[Claim]] = {a: [] for a in (*known, *named)}
    for claim in sorted(claims, key=_text_order):
        by_article.setdefault(claim.article, []).append(claim)
    entries = []
    for article_id in sorted(by_article):
        article = known.get(article_id)
        entries.append(
            ArticleClaims(
                id=article_id,
                published=article.published.isoformat() if article and article.published else None,
                title=article.title if article else None,
                url=article.url if article else None,
                outlet=article.outlet if article else None,
                claims=tuple(by_article[article_id]),
                people=tuple(sorted(named.get(article_id, ()), key=lambda p: p.name)),
            )
        )
    return tuple(entries)
