"""Consensus on a disputed field: which value, by how many independent sources."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from factcheck.model import Claim, Conflict, Consensus, Support
from factcheck.names import fold
from factcheck.offices import office_key

MIN_SOURCES = 2
"""A value needs this many independent sources to be called the best supported."""


@lru_cache(maxsize=65536)
def _key(value: str) -> str:
    """Values that say the same thing group together ('Defence Minister' = 'defense minister');
    memoised: a value recurs in every conflict of its person or office."""
    return office_key(value) or fold(value)


def consensus(conflict: Conflict, claims: dict[str, Claim], sources: dict[str, str]) -> Consensus:
    """The best-supported value of a conflict and its support.

    Each article counts once per value; copies of one story (`sources` maps an article to
    its group of copies) count once together. The value is None (undetermined) when the
    best one has fewer than MIN_SOURCES independent sources or ties with another.
    """
    articles: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for claim_id, value in conflict.values.items():
        claim = claims.get(claim_id)
        article = claim.article if claim else claim_id.split("#")[0]
        key = _key(value)
        articles[key].add(article)
        shown[key] = min(shown.get(key, value), value)  # by content, not by claim id
    support = sorted(
        (
            Support(
                value=shown[key],
                articles=tuple(sorted(found)),
                independent_sources=len({sources.get(a, a) for a in found}),
            )
            for key, found in articles.items()
        ),
        key=lambda s: (-s.independent_sources, s.value),
    )
    best = support[0] if support else None
    tied = (
        len(support) > 1 and support[1].independent_sources == best.independent_sources
        if best
        else True
    )
    decided = best is not None and best.independent_sources >= MIN_SOURCES and not tied
    return Consensus(
        value=best.value if decided and best else None,
        independent_sources=best.independent_sources if decided and best else 0,
        support=tuple(support),
    )
