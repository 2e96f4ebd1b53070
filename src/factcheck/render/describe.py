"""Plain-language pieces shared by the human-readable renderers."""

from __future__ import annotations

from factcheck.model import Claim, Conflict, PersonMention, Report


def person_label(person: PersonMention) -> str:
    """'Omar Saleh (Lieutenant General, Defense Minister, JO)'."""
    details = [d for d in (person.rank, person.role, person.country) if d]
    return f"{person.name} ({', '.join(details)})" if details else person.name


def claim_summary(claim: Claim) -> str:
    """'meeting: A with B in Tehran on 2024-03-18 (dateline)'."""
    text = f"{claim.kind.value}: {person_label(claim.who)}"
    if claim.met:
        text += " with " + "; ".join(person_label(p) for p in claim.met)
    if claim.where:
        text += f" in {claim.where}"
    if claim.when.date:
        basis = f" ({claim.when.basis.value})" if claim.when.basis else ""
        text += f" on {claim.when.date}{basis}"
    return text


def claim_index(report: Report) -> dict[str, Claim]:
    """Claims by id."""
    return {c.id: c for c in report.claims()}


def consensus_line(conflict: Conflict) -> str | None:
    """'consensus: X (3 independent sources)' or 'consensus: undetermined (...)'."""
    found = conflict.consensus
    if found is None:
        return None
    support = "; ".join(f"{s.value}: {s.independent_sources}" for s in found.support)
    if found.value is None:
        return f"consensus: undetermined (independent sources per value: {support})"
    return f"consensus: {found.value} ({found.independent_sources} independent sources; {support})"
