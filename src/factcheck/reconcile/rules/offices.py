"""Conflicts about an office: two holders at once, or one after another."""

from __future__ import annotations

import bisect
from collections import defaultdict

from factcheck.lexicon import country_in, load_lexicon
from factcheck.model import (
    Claim,
    Conflict,
    ConflictType,
    PersonMention,
    Severity,
)
from factcheck.names.compare import may_name_one_person
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
                if stated_country(claim, person) != person.country:
                    continue  # a country inferred (from a neighbour, a place): no holder
                entity = ctx.entity(claim, person)
                if (entity, person.office) in elect:
                    continue  # 'President X' of a president-elect anticipates the office
                holders[(person.office, person.country)][entity].append(claim)
    out = []
    for (office, country), by_entity in sorted(holders.items()):
        dates = {e: sorted({d for c in cs if (d := ctx.date_of(c))}) for e, cs in by_entity.items()}
        for e1, e2 in _pairs_to_judge(dates):
            c1, c2 = by_entity[e1], by_entity[e2]
            d1, d2 = dates[e1], dates[e2]
            label = f"{office_label(office)} of {country}"
            claims = sorted({c.id for c in (*c1, *c2)})
            values = {c.id: ctx.name(e1) for c in c1} | {c.id: ctx.name(e2) for c in c2}
            together = [min(a, b) for a in d1 for b in d2 if dates_compatible(a, b)]
            if together:
                # a dateline dates the article, not a term of office: only dates the texts
                # give make two holders at once a likely conflict
                t1, t2 = text_dates(c1), text_dates(c2)
                textual = any(dates_compatible(a, b) for a in t1 for b in t2)
                # 'Seyed Abbas' beside 'Abbas Karimi': perhaps one holder named in part
                textual = textual and not may_name_one_person(ctx.name(e1), ctx.name(e2))
                out.append(
                    Conflict(
                        type=ConflictType.OFFICE_HOLDER_CONFLICT,
                        severity=Severity.WARNING if textual else Severity.INFO,
                        subject=label,
                        claims=tuple(claims),
                        values=dict(sorted(values.items())),
                        explanation=(
                            f"{' and '.join(sorted((ctx.name(e1), ctx.name(e2))))} are both "
                            f"given as {label} "
                            f"around {min(together)} in {articles_of([*c1, *c2])}."
                        ),
                    )
                )
            elif d1 and d2:
                # the one given it first; of two beginning alike, the one whose term ends first
                first, second = sorted((e1, e2), key=lambda e: (dates[e][0], dates[e][-1]))
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


STATED_WORDS = 3
"""Words before an office (or a name) that may say whose it is: 'Iran's Foreign Minister'."""


def stated_country(claim: Claim, person: PersonMention) -> str | None:
    """The country the claim's words give the person's office: in the office itself
    ('Minister of Defence of Ruritania') or just before it ('the Ruritanian minister')."""
    role = person.role_evidence
    if role is None:
        return None
    found = country_in(role.text)
    if found:
        return found
    for span in claim.evidence:
        if span.start <= role.start and role.end <= span.end:
            before = span.text[: role.start - span.start].split()[-STATED_WORDS:]
            found = country_in(" ".join(before))
            if found:
                return found
    return None


def _pairs_to_judge(dates: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Pairs of holders of one office worth a finding, e1 < e2: those given it on
    compatible dates (found through an index of dates and their prefixes, not all pairs),
    and each holder with the next ones to be given it (a succession, not every later one);
    a holder given it on no date is judged with nobody."""
    prefixes: dict[str, set[str]] = defaultdict(set)  # '2024', '2024-03' -> holders
    exact: dict[str, set[str]] = defaultdict(set)
    for entity, found in dates.items():
        for date in found:
            exact[date].add(entity)
            for cut in (4, 7, 10):
                if len(date) >= cut:
                    prefixes[date[:cut]].add(entity)
    pairs: set[tuple[str, str]] = set()
    for entity, found in dates.items():
        for date in found:
            others = set(prefixes.get(date, ()))  # dates within this one
            for cut in (4, 7):
                if len(date) > cut:
                    others |= exact.get(date[:cut], set())  # dates containing this one
            pairs.update((min(entity, o), max(entity, o)) for o in others if o != entity)
    starts: dict[str, list[str]] = defaultdict(list)  # first date -> holders from it
    for entity, found in dates.items():
        if found:
            starts[found[0]].append(entity)
    firsts = sorted(starts)
    for entity, found in dates.items():
        if found:
            after = bisect.bisect_right(firsts, found[-1])
            if after < len(firsts):  # the holders given the office next after this one
                pairs.update((min(entity, o), max(entity, o)) for o in starts[firsts[after]])
    return sorted(pairs)
