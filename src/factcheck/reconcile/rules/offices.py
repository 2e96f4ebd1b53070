"""Conflicts about an office: two holders at once, or one after another."""

from __future__ import annotations

import itertools
from collections import defaultdict

from factcheck.lexicon import load_lexicon
from factcheck.model import (
    Claim,
    Conflict,
    ConflictType,
    Severity,
)
from factcheck.offices import office_label
from factcheck.reconcile.context import Context
from factcheck.reconcile.dates import dates_compatible, text_dates
from factcheck.reconcile.rules.wording import articles_of


def office_holders(ctx: Context) -> list[Conflict]:
    """Two people in one single-holder office on one date (warning), or one after the other
    (succession, info)."""
    lex = load_lexicon()
    holders: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    elect: set[tuple[str, str]] = set()  # (entity, office) some source calls them '-elect' of
    for claim in ctx.claims:
        for person in claim.people:
            if person.office and person.office.endswith("_elect"):
                elect.add((ctx.entity(claim, person), person.office.removesuffix("_elect")))
    for claim in ctx.claims:
        if ctx.is_background(claim):
            continue
        for person in claim.people:
            if person.office in lex.single_holder_offices and person.country:
                entity = ctx.entity(claim, person)
                if (entity, person.office) in elect:
                    continue  # 'President X' of a president-elect anticipates the office
                holders[(person.office, person.country)][entity].append(claim)
    out = []
    for (office, country), by_entity in sorted(holders.items()):
        for e1, e2 in itertools.combinations(sorted(by_entity), 2):
            c1, c2 = by_entity[e1], by_entity[e2]
            d1 = sorted({d for c in c1 if (d := ctx.date_of(c))})
            d2 = sorted({d for c in c2 if (d := ctx.date_of(c))})
            label = f"{office_label(office)} of {country}"
            claims = sorted({c.id for c in (*c1, *c2)})
            values = {c.id: ctx.name(e1) for c in c1} | {c.id: ctx.name(e2) for c in c2}
            if any(dates_compatible(a, b) for a in d1 for b in d2):
                # a dateline dates the article, not a term of office: only dates the texts
                # give make two holders at once a likely conflict
                t1, t2 = text_dates(c1), text_dates(c2)
                textual = any(dates_compatible(a, b) for a in t1 for b in t2)
                out.append(
                    Conflict(
                        type=ConflictType.OFFICE_HOLDER_CONFLICT,
                        severity=Severity.WARNING if textual else Severity.INFO,
                        subject=label,
                        claims=tuple(claims),
                        values=dict(sorted(values.items())),
                        explanation=(
                            f"{ctx.name(e1)} and {ctx.name(e2)} are both given as {label} "
                            f"around {min(d1)} in {articles_of([*c1, *c2])}."
                        ),
                    )
                )
            elif d1 and d2:
                first, second = (e1, e2) if max(d1) < min(d2) else (e2, e1)
                out.append(
                    Conflict(
                        type=ConflictType.SUCCESSION,
                        severity=Severity.INFO,
                        subject=label,
                        claims=tuple(claims),
                        values=dict(sorted(values.items())),
                        explanation=(
                            f"{ctx.name(first)} and later {ctx.name(second)} are given as "
                            f"{label}: a change of holder, not a conflict."
                        ),
                    )
                )
    return out
