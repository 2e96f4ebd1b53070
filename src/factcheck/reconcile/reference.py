"""Role claims checked against a reference table of who held which office when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from factcheck.model import Claim, Conflict, ConflictType, OfficeTerm, PersonMention, Severity
from factcheck.names import match_names
from factcheck.offices import office_label
from factcheck.reconcile.context import Context


def reference_conflicts(ctx: Context, terms: Sequence[OfficeTerm]) -> list[Conflict]:
    """A claim giving someone an office the reference says they did not hold on the
    event's date. Claims without a day-precision date, or offices the reference does not
    cover, are not judged."""
    out = []
    for claim in ctx.claims:
        day = _day(ctx.date_of(claim))
        if day is None:
            continue
        for person in claim.people:
            found = _judge(person, day, terms)
            if found:
                out.append(_conflict(claim, person, day, found))
    return out


def _day(date: str | None) -> dt.date | None:
    return dt.date.fromisoformat(date) if date and len(date) == 10 else None


def _holds(name: str, term: OfficeTerm) -> bool:
    match = match_names(name, term.person)
    return match.same or match.reason == "surname only"


def _judge(person: PersonMention, day: dt.date, terms: Sequence[OfficeTerm]) -> str | None:
    """Why the reference contradicts the person's office on `day`, or None."""
    if person.office is None:
        return None
    office = [
        t
        for t in terms
        if t.office == person.office and (t.country is None or t.country == person.country)
    ]
    if not office:
        return None
    if any(t.covers(day) and _holds(person.name, t) for t in office):
        return None
    holders = [t for t in office if t.covers(day)]
    if holders:
        names = ", ".join(sorted({t.person for t in holders}))
        return f"the reference has {names} in that office then"
    own = [t for t in office if _holds(person.name, t)]
    if own:
        spans = "; ".join(f"{t.start or '?'} to {t.end or 'now'}" for t in own)
        return f"the reference has them in that office from {spans}"
    return None


def _conflict(claim: Claim, person: PersonMention, day: dt.date, why: str) -> Conflict:
    label = office_label(person.office or "")
    return Conflict(
        type=ConflictType.REFERENCE_MISMATCH,
        severity=Severity.WARNING,
        subject=person.name,
        claims=(claim.id,),
        values={claim.id: person.role or label},
        explanation=(
            f"{claim.article} gives {person.name} as {label} on {day.isoformat()}, but {why}."
        ),
    )
