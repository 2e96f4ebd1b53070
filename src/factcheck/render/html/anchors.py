"""Ids of the page's parts, and the marks of a claim's evidence that the article view shows.

Ids are numbers in report order (`a3`, `c12`, `m12-0`, `k2`, `ev4`), never the report's own
ids, which may hold any character. The conflict cards link to the same mark ids the article
view writes, so both come from `claim_marks`.
"""

from __future__ import annotations

from factcheck.model import Claim, Span
from factcheck.render.html.marks import SENTENCE, Mark


def article_anchor(number: int) -> str:
    """Id of an article's section."""
    return f"a{number}"


def claim_anchor(number: int) -> str:
    """Id of a claim's entry under its article."""
    return f"c{number}"


def card_anchor(number: int) -> str:
    """Id of a conflict card (numbered worst first)."""
    return f"k{number}"


def event_anchor(number: int) -> str:
    """Id of an event's row on the timeline."""
    return f"ev{number}"


def claim_marks(claim: Claim, number: int) -> list[Mark]:
    """Every evidence span of a claim as a mark by field, each linking to the claim and
    with an anchor `m{number}-{k}`; sentences last (shaded, no anchor)."""
    found: list[tuple[Span, str]] = []
    for field, person in [("who", claim.who), *(("met", p) for p in claim.met)]:
        found += [(form, field) for form in person.forms]
        if person.role_evidence is not None:
            found.append((person.role_evidence, "role"))
    if claim.where_evidence is not None:
        found.append((claim.where_evidence, "where"))
    if claim.when.evidence is not None:
        found.append((claim.when.evidence, "when"))
    found += [(stance.evidence, "stance") for stance in claim.stance]
    unique = dict.fromkeys((s.start, s.end, s.text, f) for s, f in found)
    href = f"#{claim_anchor(number)}"
    marks = [
        Mark(
            start, end, field, href=href, anchor=f"m{number}-{k}", title=f"{field}: claim {number}"
        )
        for k, (start, end, _, field) in enumerate(unique)
    ]
    marks += [Mark(s.start, s.end, SENTENCE) for s in claim.evidence]
    return marks


def mark_for(marks: list[Mark], span: Span) -> Mark | None:
    """The narrowest anchored mark that holds `span`, to link a quoted value to; or None."""
    holding = [m for m in marks if m.anchor and m.start <= span.start and span.end <= m.end]
    return min(holding, key=lambda m: m.end - m.start) if holding else None
