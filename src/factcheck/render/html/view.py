"""What every part of the page shares: the report's index, the article texts that match
their spans, each claim's marks, and the tokens the filters match on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property

from factcheck.model import Article, Claim, Report
from factcheck.render.html.anchors import claim_marks
from factcheck.render.html.marks import Mark
from factcheck.render.lookup import ReportIndex

NO_OUTLET = "(outlet not given)"
"""How an article without an outlet is listed in the outlet filter."""


def _spans_of(claim: Claim) -> Iterable[tuple[int, int, str]]:
    for person in claim.people:
        for span in (*person.forms, person.role_evidence):
            if span is not None:
                yield span.start, span.end, span.text
    for span in (claim.where_evidence, claim.when.evidence, *claim.evidence):
        if span is not None:
            yield span.start, span.end, span.text
    for stance in claim.stance:
        yield stance.evidence.start, stance.evidence.end, stance.evidence.text


class PageView:
    """The report and the texts for one page; texts whose spans do not match are dropped
    (the article view then shows the quoted sentences only)."""

    def __init__(self, report: Report, articles: Mapping[str, Article]) -> None:
        self.index = ReportIndex(report)
        self.report = report
        self.texts: dict[str, str] = {}
        for entry in report.articles:
            article = articles.get(entry.id)
            if article is not None and all(
                article.text[a:b] == t for c in entry.claims for a, b, t in _spans_of(c)
            ):
                self.texts[entry.id] = article.text

    @cached_property
    def marks(self) -> dict[str, list[Mark]]:
        """Each claim's marks by claim id."""
        return {
            cid: claim_marks(c, self.index.claim_number[cid])
            for cid, c in self.index.claims.items()
        }

    @cached_property
    def outlet_tokens(self) -> dict[str, str]:
        """Filter token (`o0`, `o1`...) of each outlet label, labels sorted."""
        labels = sorted({self.outlet_label(a.id) for a in self.report.articles})
        return {label: f"o{n}" for n, label in enumerate(labels)}

    @cached_property
    def person_tokens(self) -> dict[str, str]:
        """Filter token (`p0`...) of each entity id, in report order."""
        return {e.id: f"p{n}" for n, e in enumerate(self.report.people)}

    def outlet_label(self, article: str) -> str:
        """The outlet of an article, or NO_OUTLET."""
        return self.index.outlet(article) or NO_OUTLET

    def outlet_token(self, article: str) -> str:
        """The filter token of an article's outlet."""
        return self.outlet_tokens[self.outlet_label(article)]

    def claim_tokens(self, claim_ids: Iterable[str]) -> tuple[str, str]:
        """Person tokens and outlet tokens (space-separated) of the claims given."""
        people: dict[str, None] = {}
        outlets: dict[str, None] = {}
        for cid in claim_ids:
            claim = self.index.claims.get(cid)
            if claim is None:
                continue
            outlets[self.outlet_token(claim.article)] = None
            for entity in self.index.people_of_claim(claim):
                people[self.person_tokens[entity]] = None
        return " ".join(people), " ".join(outlets)
