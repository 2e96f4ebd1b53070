"""What every conflict rule looks up: claims by id, entities, clusters and effective dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.model import Claim, Entity, EventCluster, PersonMention
from factcheck.reconcile.identity import Identities


@dataclass
class Context:
    """Claims, identities and event clusters of one reconciliation, indexed for lookup."""

    claims: list[Claim]
    identities: Identities
    clusters: list[EventCluster]
    by_id: dict[str, Claim] = field(init=False)
    cluster_of: dict[str, EventCluster] = field(init=False)
    entities: dict[str, Entity] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.claims}
        self.cluster_of = {cid: cl for cl in self.clusters for cid in cl.claims}
        self.entities = {e.id: e for e in self.identities.entities}

    def entity(self, claim: Claim, person: PersonMention) -> str:
        """The entity id of a person of a claim."""
        return self.identities.entity_of[(claim.article, person.name)]

    def date_of(self, claim: Claim) -> str | None:
        """The claim's own date, else the date its event cluster has from other sources."""
        if claim.when.date:
            return claim.when.date
        cluster = self.cluster_of.get(claim.id)
        return cluster.date if cluster else None

    def name(self, entity_id: str) -> str:
        """Canonical name of an entity."""
        return self.entities[entity_id].name

    def mentions_of(self, entity_id: str) -> list[tuple[Claim, PersonMention]]:
        """Every (claim, mention) of an entity, in claim order."""
        out = []
        for claim in self.claims:
            for person in claim.people:
                if self.entity(claim, person) == entity_id:
                    out.append((claim, person))
        return out
