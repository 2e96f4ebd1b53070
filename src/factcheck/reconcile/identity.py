"""Who is who across articles: article-level people joined into entities.

People are compared as signatures (name, office, country), the only facts the decision
reads, so a name repeated in a thousand articles is compared once. Candidate pairs come
from names.blocking, which loses no pair the matcher would keep; each candidate pair is
matched once. Full names are joined strongest first, never making one person of two full
names the matcher keeps apart; surnames alone join one another only when spelled alike up
to romanisation, and then the one full-name entity they fit, staying apart when they fit
several (a bare 'Berg' is not every Berg). Every order
used is an order of content, so the result depends neither on input order nor on ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.model import Claim, Entity, EntityMention, PersonMention
from factcheck.names import NameMatch, match_names, name_tokens, skeleton
from factcheck.names.blocking import candidate_pairs
from factcheck.names.normalize import fathers_named
from factcheck.offices import offices_compatible
from factcheck.reconcile.groups import DisjointSets
from factcheck.reconcile.partners import join_by_partners

MentionKey = tuple[str, str]
"""(article id, the article's fullest name for the person)."""

Signature = tuple[str, str, str]
"""(name, office or '', country or ''): what same-person decisions read of a mention."""

NameMatches = Mapping[tuple[str, str], NameMatch]
"""match_names of candidate pairs (a, b), a < b, computed elsewhere (factcheck.distributed);
pairs left out are not the same person."""


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


def _fits(match: NameMatch, a: Signature, b: Signature) -> bool:
    """The same-person decision on a name match and the two contexts."""
    if a[2] and b[2] and a[2] != b[2]:
        # a country is often inferred from a neighbour; two full names the matcher calls
        # one, in one office, outweigh it ('President Anna Berg' given two countries)
        return match.same and _full(a) and _full(b) and _same_office(a, b)
    if match.reason == "surname only":
        if a[1] and b[1]:
            return offices_compatible(a[1], b[1])
        return bool(a[2] and a[2] == b[2])
    return match.same


def _full(sig: Signature) -> bool:
    return len(name_tokens(sig[0])) > 1


def _same_office(a: Signature, b: Signature) -> bool:
    return bool(a[1] and b[1]) and offices_compatible(a[1], b[1])


def is_same_person(a: PersonMention, b: PersonMention) -> bool:
    """Same person across two articles: names match and no context contradicts it.

    A surname alone matches a full name only when their offices agree (president and
    president-elect agree), or, with no office given, when their countries agree.
    Two countries part two people unless both are full names in one office.
    """
    return _fits(match_names(a.name, b.name), _signature(a), _signature(b))


def _signature(person: PersonMention) -> Signature:
    return (person.name, person.office or "", person.country or "")


class _Resolver:
    """Signatures, the articles giving each, and the union-find joining them."""

    def __init__(
        self, mentions: Mapping[MentionKey, PersonMention], matches: NameMatches | None = None
    ) -> None:
        self.articles: dict[Signature, set[str]] = defaultdict(set)
        for (article, _), person in mentions.items():
            self.articles[_signature(person)].add(article)
        self.by_name: dict[str, list[Signature]] = defaultdict(list)
        for sig in sorted(self.articles):
            self.by_name[sig[0]].append(sig)
        self.sets: DisjointSets[Signature] = DisjointSets(sorted(self.articles))
        self.is_full = {sig for sig in self.articles if len(name_tokens(sig[0])) > 1}
        self.ambiguous = _ambiguous(mentions)
        self.full: dict[Signature, set[str]] = {sig: {sig[0]} for sig in self.is_full}
        """The distinct full names of each group, by the group's name."""
        self.bare: list[tuple[Signature, Signature]] = []
        """(surname alone, full name) pairs the names allow and no context decides."""
        self._matches: dict[tuple[str, str], NameMatch] = dict(matches or {})
        self._given = matches is not None

    def match(self, a: str, b: str) -> NameMatch:
        """match_names, once per pair of names."""
        key = (a, b) if a < b else (b, a)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = match_names(*key)
        return found

    def apart(self, a: Signature, b: Signature) -> bool:
        """True when some article of one is not an article of the other: people are
        joined across articles, never by one article alone."""
        only = self.articles[a]
        return len(only) > 1 or only != self.articles[b]

    def pairs(self) -> list[tuple[float, Signature, Signature, NameMatch]]:
        """Pairs of signatures judged the same person, strongest first, then by content."""
        out = []
        found = self._matches if self._given else candidate_pairs(self.by_name)
        names = sorted(found)
        names += [(n, n) for n, sigs in self.by_name.items() if len(sigs) > 1]
        for a, b in names:
            match = self.match(a, b)
            if not (match.same or match.reason == "surname only"):
                continue
            for sa in self.by_name[a]:
                if sa in self.ambiguous:
                    continue
                for sb in self.by_name[b]:
                    if sb in self.ambiguous:
                        continue
                    if sa < sb and self.apart(sa, sb) and _fits(match, sa, sb):
                        out.append((match.score, sa, sb, match))
                    elif match.reason == "surname only" and self.apart(sa, sb):
                        self._bare(sa, sb)
        out.sort(key=lambda p: (-p[0], p[1], p[2]))
        return out

    def _bare(self, a: Signature, b: Signature) -> None:
        """Keep a surname alone with nothing said of it (no office, no country) and the
        full name it may be, for join_by_partners to decide."""
        single, full = (a, b) if a not in self.is_full else (b, a)
        if single not in self.is_full and full in self.is_full and not single[1] and not single[2]:
            self.bare.append((single, full))

    def clash(self, a: Signature, b: Signature) -> bool:
        """True when joining the groups of a and b would make one person of two full names
        the matcher keeps apart ('Anna Berg' and 'John Berg' through a bare 'Berg')."""
        left = self.full.get(self.sets.find(a), set())
        right = self.full.get(self.sets.find(b), set())
        return any(not self.match(x, y).same for x in left for y in right)

    def union(self, a: Signature, b: Signature) -> None:
        """Join two groups, keeping the full names each holds."""
        ra, rb = self.sets.find(a), self.sets.find(b)
        self.sets.union(a, b)
        names = self.full.pop(ra, set()) | self.full.pop(rb, set())
        if names:
            self.full[self.sets.find(a)] = names


def _ambiguous(mentions: Mapping[MentionKey, PersonMention]) -> set[Signature]:
    """One-word names that their own article gives as a father's name ('Nadir' beside
    'Karim bin Nadir'): a given name alone, which many people share, so it is joined to
    nobody in other articles (a bare surname, 'Berg' beside 'Anna Berg', still is)."""
    words: dict[str, set[str]] = defaultdict(set)
    for (article, name), _person in mentions.items():
        words[article].update(fathers_named(name))
    out = set()
    for (article, name), person in mentions.items():
        tokens = name_tokens(name)
        if len(tokens) == 1 and tokens[0] in words.get(article, ()):
            out.add(_signature(person))
    return out


def _join(resolver: _Resolver) -> None:
    """Full names strongest first; then surnames alone among themselves; then each group
    of surnames alone into the one full-name group it fits, if only one."""
    singles: list[tuple[Signature, Signature]] = []
    for _score, a, b, match in resolver.pairs():
        one_a, one_b = a not in resolver.is_full, b not in resolver.is_full
        if one_a or one_b:
            if match.reason == "surname only":
                singles.append((a, b) if one_a else (b, a))
            elif one_a and one_b and _same_skeleton(a[0], b[0]):
                resolver.union(a, b)
            continue
        if resolver.sets.find(a) != resolver.sets.find(b) and not resolver.clash(a, b):
            resolver.union(a, b)
    fits: dict[Signature, set[Signature]] = defaultdict(set)
    for single, full in singles:
        fits[resolver.sets.find(single)].add(resolver.sets.find(full))
    for group, found in sorted(fits.items()):
        if len(found) == 1:
            resolver.union(group, found.pop())


def _same_skeleton(a: str, b: str) -> bool:
    """Two surnames alone are joined only as one spelling up to romanisation: merely
    similar ones ('Teba', 'Roteba') would chain ever more people as the corpus grows."""
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta and tb) and skeleton(ta[-1]) == skeleton(tb[-1])


def resolve_identities(
    claims: list[Claim],
    named: Mapping[str, tuple[PersonMention, ...]] | None = None,
    matches: NameMatches | None = None,
) -> Identities:
    """Join the people of all articles into entities; ids are p1, p2... in a stable order.

    `matches`, when given, are the candidate name pairs already matched (on a cluster);
    the result is the same as without them."""
    mentions = collect_mentions(claims, named)
    resolver = _Resolver(mentions, matches)
    _join(resolver)
    join_by_partners(resolver, claims, mentions)
    groups: dict[Signature, list[MentionKey]] = defaultdict(list)
    for key in sorted(mentions):
        groups[resolver.sets.find(_signature(mentions[key]))].append(key)
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
