"""Indexes over a report that every renderer looks things up in; lookups only, no judgement."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from factcheck.model import (
    ArticleClaims,
    Claim,
    Conflict,
    Entity,
    EventCluster,
    PersonMention,
    Report,
)


def conflicts_worst_first(report: Report) -> list[Conflict]:
    """The report's conflicts, most severe first; report order kept within a severity."""
    return sorted(report.conflicts, key=lambda c: -c.severity.rank)


class ReportIndex:
    """Claims, articles, people and events of one report by id, and who is in what.

    Numbers (`claim_number`, `article_number`) are positions in report order: they name
    anchors in a page, where ids (which may hold any character) cannot.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self.conflicts = conflicts_worst_first(report)
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims()}
        self.claim_number = {cid: n for n, cid in enumerate(self.claims)}
        self.articles: dict[str, ArticleClaims] = {a.id: a for a in report.articles}
        self.article_number = {aid: n for n, aid in enumerate(self.articles)}
        self.entities: dict[str, Entity] = {e.id: e for e in report.people}
        self._entity_of = {(m.article, m.name): e.id for e in report.people for m in e.mentions}
        self._entity_named = {e.name: e.id for e in reversed(report.people)}

    def entity_of(self, article: str, person: PersonMention) -> str | None:
        """The id of the entity an article's mention of a person was resolved to, if any."""
        return self._entity_of.get((article, person.name))

    def entity_named(self, name: str) -> str | None:
        """The id of the first entity with this display name (conflict subjects are these)."""
        return self._entity_named.get(name)

    def outlet(self, article: str) -> str:
        """The article's outlet as the report gives it, or '' when unknown."""
        found = self.articles.get(article)
        return (found.outlet or "") if found else ""

    def people_of_claim(self, claim: Claim) -> list[str]:
        """Entity ids of everyone a claim names, subject first, without repeats."""
        found = (self.entity_of(claim.article, p) for p in claim.people)
        return list(dict.fromkeys(e for e in found if e))

    @cached_property
    def events_of_entity(self) -> dict[str, list[EventCluster]]:
        """Events each entity takes part in, in report order."""
        out: dict[str, list[EventCluster]] = defaultdict(list)
        for event in self.report.events:
            for participant in event.participants:
                out[participant].append(event)
        return out

    @cached_property
    def event_of_claim(self) -> dict[str, EventCluster]:
        """The event each event claim was put in."""
        return {cid: event for event in self.report.events for cid in event.claims}

    @cached_property
    def conflicts_of_claim(self) -> dict[str, list[int]]:
        """Positions (in `conflicts`, worst first) of the conflicts each claim is part of."""
        out: dict[str, list[int]] = defaultdict(list)
        for n, conflict in enumerate(self.conflicts):
            for cid in conflict.claims:
                out[cid].append(n)
        return out

    def mentions_in_article(self, entity: Entity) -> dict[str, list[PersonMention]]:
        """For each article naming the entity, the person mentions (with role and rank) there."""
        out: dict[str, list[PersonMention]] = {}
        for mention in entity.mentions:
            article = self.articles.get(mention.article)
            if article is None:
                continue
            people = [*article.people, *(p for c in article.claims for p in c.people)]
            same = [p for p in people if p.name == mention.name]
            out.setdefault(mention.article, [])
            for person in same:
                if person not in out[mention.article]:
                    out[mention.article].append(person)
        return out
