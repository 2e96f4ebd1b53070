"""What every conflict rule looks up: claims by id, entities, clusters and effective dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.model import Claim, DateBasis, Entity, EventCluster, PersonMention
from factcheck.reconcile.identity import Identities

BACKGROUND_DAYS = 365
"""Events dated this long before their article are background, not the article's present."""


@dataclass
class Context:
    """Claims, identities and event clusters of one reconciliation, indexed for lookup."""

    claims: list[Claim]
    identities: Identities
    clusters: list[EventCluster]
    published: dict[str, str] = field(default_factory=dict)
    statements: list[EventCluster] = field(default_factory=list)
    by_id: dict[str, Claim] = field(init=False)
    cluster_of: dict[str, EventCluster] = field(init=False)
    entities: dict[str, Entity] = field(init=False)
    _mentions: dict[str, list[tuple[Claim, PersonMention]]] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.claims}
        self.cluster_of = {
            cid: cl for cl in (*self.clusters, *self.statements) for cid in cl.claims
        }
        self.entities = {e.id: e for e in self.identities.entities}
        self._mentions = {}
        entity_of = self.identities.entity_of
        for claim in self.claims:  # one pass, indexed: rules ask per entity
            for person in claim.people:
                key = entity_of[(claim.article, person.name)]
                self._mentions.setdefault(key, []).append((claim, person))

    def entity(self, claim: Claim, person: PersonMention) -> str:
        """The entity id of a person of a claim."""
        return self.identities.entity_of[(claim.article, person.name)]

    def date_of(self, claim: Claim) -> str | None:
        """The claim's own date, else the date its event cluster has from other sources."""
        if claim.when.date:
            return claim.when.date
        cluster = self.cluster_of.get(claim.id)
        return cluster.date if cluster else None

    def is_background(self, claim: Claim) -> bool:
        """True for a claim dated more than a year before its article: background history,
        to which the offices the article gives its people do not apply."""
        date, published = claim.when.date, self.published.get(claim.article)
        if not date or not published or claim.when.basis is not DateBasis.EXPLICIT:
            return False
        start = dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date)
        return (dt.date.fromisoformat(published) - start).days > BACKGROUND_DAYS

    def name(self, entity_id: str) -> str:
        """Canonical name of an entity."""
        return self.entities[entity_id].name

    def mentions_of(self, entity_id: str) -> list[tuple[Claim, PersonMention]]:
        """Every (claim, mention) of an entity, in claim order."""
        return self._mentions.get(entity_id, [])
