"""Who is who across articles: article-level people joined into entities.

Mentions are compared only within blocks sharing a romanisation-insensitive surname key,
so the cost grows with the number of mentions, not its square. Decisions are pairwise
and symmetric, so the result does not depend on input order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.model import Claim, Entity, EntityMention, PersonMention
from factcheck.names import match_names, name_tokens, skeleton
from factcheck.offices import offices_compatible
from factcheck.reconcile.groups import DisjointSets

MentionKey = tuple[str, str]
"""(article id, the article's fullest name for the person)."""


@dataclass(frozen=True)
class Identities:
    """Entities, and which entity each (article, name) belongs to."""

    entities: tuple[Entity, ...]
    entity_of: dict[MentionKey, str]


def collect_mentions(
    claims: list[Claim], named: Mapping[str, tuple[PersonMention, ...]] | None = None
) -> dict[MentionKey, PersonMention]:
    """Each article's people, once each: from every claim, then those named elsewhere."""
    out: dict[MentionKey, PersonMention] = {}
    for claim in claims:
        for person in claim.people:
            out.setdefault((claim.article, person.name), person)
    for article, people in sorted((named or {}).items()):
        for person in people:
            out.setdefault((article, person.name), person)
    return out


def _block(person: PersonMention) -> str:
    tokens = name_tokens(person.name)
    return skeleton(tokens[-1])[:3] if tokens else ""


def is_same_person(a: PersonMention, b: PersonMention) -> bool:
    """Same person across two articles: names match and no context contradicts it.

    A surname alone matches a full name only when their offices agree (president and
    president-elect agree), or, with no office given, when their countries agree.
    """
    if a.country and b.country and a.country != b.country:
        return False
    match = match_names(a.name, b.name)
    if match.reason == "surname only":
        if a.office and b.office:
            return offices_compatible(a.office, b.office)
        return bool(a.country and a.country == b.country)
    return match.same


def _candidate_pairs(
    mentions: dict[MentionKey, PersonMention], keys: list[MentionKey]
) -> list[tuple[float, MentionKey, MentionKey]]:
    """Pairs from different articles judged the same person, strongest first, so that a
    surname alone links only after the full names have been joined."""
    blocks: dict[str, list[MentionKey]] = defaultdict(list)
    for key in keys:
        blocks[_block(mentions[key])].append(key)
    pairs = []
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if a[0] != b[0] and is_same_person(mentions[a], mentions[b]):
                    score = match_names(mentions[a].name, mentions[b].name).score
                    pairs.append((-score, a, b))
    pairs.sort()
    return [(-neg, a, b) for neg, a, b in pairs]


def _clash(
    left: list[MentionKey], right: list[MentionKey], mentions: dict[MentionKey, PersonMention]
) -> bool:
    """True when joining two groups would make one person of two full names with different
    given names ('Anna Berg' and 'John Berg' through a bare 'Berg')."""
    for a in left:
        for b in right:
            both_full = len(name_tokens(a[1])) > 1 and len(name_tokens(b[1])) > 1
            if both_full and not match_names(mentions[a].name, mentions[b].name).same:
                return True
    return False


def resolve_identities(
    claims: list[Claim], named: Mapping[str, tuple[PersonMention, ...]] | None = None
) -> Identities:
    """Join the people of all articles into entities; ids are p1, p2... in a stable order."""
    mentions = collect_mentions(claims, named)
    keys = sorted(mentions)
    sets = DisjointSets(keys)
    for _score, a, b in _candidate_pairs(mentions, keys):
        if sets.find(a) != sets.find(b) and not _clash(sets.members(a), sets.members(b), mentions):
            sets.union(a, b)
    groups: dict[MentionKey, list[MentionKey]] = defaultdict(list)
    for key in keys:
        groups[sets.find(key)].append(key)
    ordered = sorted(groups.values(), key=lambda g: g[0])
    entities: list[Entity] = []
    entity_of: dict[MentionKey, str] = {}
    for number, group in enumerate(ordered, start=1):
        entity_id = f"p{number}"
        names = Counter(name for _, name in group)
        canonical = min(names, key=lambda n: (-names[n], -len(n), n))
        countries = Counter(mentions[k].country for k in group if mentions[k].country)
        country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
        entities.append(
            Entity(
                id=entity_id,
                name=canonical,
                country=country,
                mentions=tuple(EntityMention(article=a, name=n) for a, n in group),
            )
        )
        for key in group:
            entity_of[key] = entity_id
    return Identities(tuple(entities), entity_of)
