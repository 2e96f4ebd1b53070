"""Conflict rules: each takes the reconciliation context and returns the conflicts it finds.

Severity policy: error for facts that cannot both be true, warning for a likely conflict,
info for spelling variants, missing details and documented successions.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable

from factcheck.extract.roles import office_label, offices_compatible
from factcheck.lexicon import load_lexicon
from factcheck.model import (
    Claim,
    ClaimKind,
    Conflict,
    ConflictType,
    DateBasis,
    EventCluster,
    Severity,
)
from factcheck.names import fold, fold_token, name_tokens
from factcheck.reconcile.context import Context
from factcheck.reconcile.dates import dates_compatible
from factcheck.reconcile.events import claim_kind_label

ROLE_WINDOW_DAYS = 30
"""Offices given within this many days of each other must agree; beyond, a change is possible."""


def _articles(claims: list[Claim]) -> str:
    return ", ".join(sorted({c.article for c in claims}))


def name_variants(ctx: Context) -> list[Conflict]:
    """One person spelled differently, across articles or inside one."""
    out = []
    for entity in ctx.identities.entities:
        spellings: dict[str, set[str]] = defaultdict(set)
        first_claim: dict[str, Claim] = {}
        for claim, person in ctx.mentions_of(entity.id):
            first_claim.setdefault(claim.article, claim)
            given = name_tokens(person.name)[0] if len(name_tokens(person.name)) > 1 else None
            for form in (person.name, *(f.text for f in person.forms)):
                surname = _surname_as_written(form)
                if name_tokens(form) and fold_token(surname) != given:
                    spellings[claim.article].add(surname)
        folded = {fold_token(s) for names in spellings.values() for s in names}
        if len(folded) < 2:
            continue
        claims = [first_claim[a] for a in sorted(first_claim)]
        values = {
            first_claim[a].id: " / ".join(sorted(spellings[a], key=fold_token))
            for a in sorted(spellings)
        }
        written = sorted({s for names in spellings.values() for s in names})
        out.append(
            Conflict(
                type=ConflictType.NAME_VARIANT,
                severity=Severity.INFO,
                subject=entity.name,
                claims=tuple(c.id for c in claims),
                values=values,
                explanation=(
                    f"{entity.name} is spelled {' and '.join(written)} in {_articles(claims)}."
                ),
            )
        )
    return out


def _surname_as_written(form: str) -> str:
    words = form.split()
    lex = load_lexicon()
    title = {w for key in lex.ranks for w in key} | lex.honorifics | lex.chain_words
    names = [w for w in words if fold(w) not in title]
    return names[-1] if names else words[-1]


def role_mismatches(ctx: Context) -> list[Conflict]:
    """One person given different offices by different articles at compatible dates."""
    out = []
    for entity in ctx.identities.entities:
        offices: dict[str, set[str]] = defaultdict(set)
        given: list[tuple[Claim, str, str]] = []
        for claim, person in ctx.mentions_of(entity.id):
            if person.office:
                offices[claim.article].add(person.office)
                given.append((claim, person.office, person.role or office_label(person.office)))
        clash = [
            (a, b)
            for a, b in itertools.combinations(given, 2)
            if not offices_compatible(a[1], b[1])
            and a[0].article != b[0].article
            and not any({a[1], b[1]} <= held for held in offices.values())
            and dates_compatible(ctx.date_of(a[0]), ctx.date_of(b[0]), ROLE_WINDOW_DAYS)
        ]
        if not clash:
            continue
        involved = {c.id: (c, role) for pair in clash for c, _, role in pair}
        values = {cid: role for cid, (_, role) in sorted(involved.items())}
        claims = [c for c, _ in involved.values()]
        wording = "; ".join(f"{ctx.by_id[cid].article}: {role}" for cid, role in values.items())
        out.append(
            Conflict(
                type=ConflictType.ROLE_MISMATCH,
                severity=Severity.WARNING,
                subject=entity.name,
                claims=tuple(sorted(involved)),
                values=values,
                explanation=(
                    f"Sources give {entity.name} different offices ({wording}) "
                    f"in {_articles(claims)}."
                ),
            )
        )
    return out


def _rank_compatible(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    short, long = sorted((wa, wb), key=len)
    return long[-len(short) :] == short


def rank_mismatches(ctx: Context) -> list[Conflict]:
    """One person given military ranks that cannot both be right ('Gen.' fits 'Major General')."""
    out = []
    for entity in ctx.identities.entities:
        ranked = [(c, p.rank) for c, p in ctx.mentions_of(entity.id) if p.rank]
        clash = [
            (a, b) for a, b in itertools.combinations(ranked, 2) if not _rank_compatible(a[1], b[1])
        ]
        if not clash:
            continue
        values = {c.id: rank for pair in clash for c, rank in pair}
        claims = [ctx.by_id[cid] for cid in values]
        out.append(
            Conflict(
                type=ConflictType.RANK_MISMATCH,
                severity=Severity.WARNING,
                subject=entity.name,
                claims=tuple(sorted(values)),
                values=dict(sorted(values.items())),
                explanation=(
                    f"Sources give {entity.name} the ranks "
                    f"{' and '.join(sorted(set(values.values())))} in {_articles(claims)}."
                ),
            )
        )
    return out


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
                t1, t2 = _text_dates(c1), _text_dates(c2)
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
                            f"around {min(d1)} in {_articles([*c1, *c2])}."
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


def _text_dates(claims: list[Claim]) -> set[str]:
    """Dates the claims' own words give (not datelines, not other accounts)."""
    textual = {DateBasis.EXPLICIT, DateBasis.RELATIVE}
    return {c.when.date for c in claims if c.when.basis in textual and c.when.date}


def _event_label(ctx: Context, participants: tuple[str, ...], kind: ClaimKind) -> str:
    names = " and ".join(ctx.name(p) for p in participants)
    noun = "call" if kind is ClaimKind.CALL else "meeting"
    return f"the {noun} of {names}"


def event_conflicts(ctx: Context) -> list[Conflict]:
    """Within one event: a missing date, or different dates, places or modes."""
    out = []
    for cluster in ctx.clusters:
        members = [ctx.by_id[cid] for cid in cluster.claims]
        if len(members) < 2:
            continue
        label = _event_label(ctx, cluster.participants, cluster.kind)
        subject = " / ".join(ctx.name(p) for p in cluster.participants)
        dated = [c for c in members if c.when.date]
        undated = [c for c in members if not c.when.date]
        if dated and undated:
            values = {c.id: c.when.date or "no date" for c in members}
            out.append(
                Conflict(
                    type=ConflictType.DATE_MISSING,
                    severity=Severity.INFO,
                    subject=subject,
                    claims=tuple(sorted(values)),
                    values=dict(sorted(values.items())),
                    explanation=(
                        f"{_articles(dated)} date {label} ({dated[0].when.date}); "
                        f"{_articles(undated)} give no date."
                    ),
                )
            )
        out.extend(_differing(members, subject, label))
    return out


def _differing(members: list[Claim], subject: str, label: str) -> list[Conflict]:
    out = []
    checks: list[tuple[ConflictType, Callable[[Claim], str | None], str]] = [
        (ConflictType.DATE_MISMATCH, lambda c: c.when.date, "dates"),
        (ConflictType.PLACE_MISMATCH, lambda c: c.where, "places"),
        (ConflictType.MODE_MISMATCH, lambda c: claim_kind_label(c.kind), "modes"),
    ]
    for kind, value_of, noun in checks:
        values = {c.id: v for c in members if (v := value_of(c))}
        if len(set(values.values())) < 2:
            continue
        if kind is ConflictType.DATE_MISMATCH and all(
            dates_compatible(a, b) for a, b in itertools.combinations(set(values.values()), 2)
        ):
            continue  # '2023-03' contains '2023-03-07': less precise, not different
        severity = Severity.WARNING
        if kind is ConflictType.DATE_MISMATCH and any(
            c.when.basis in (DateBasis.DATELINE, DateBasis.INFERRED) for c in members if c.when.date
        ):
            severity = Severity.INFO
        if kind is ConflictType.PLACE_MISMATCH and not _all_cities(set(values.values())):
            severity = Severity.INFO  # a venue lies in a city: 'Oval Office' vs 'Washington'

        claims = [c for c in members if c.id in values]
        wording = "; ".join(f"{c.article}: {values[c.id]}" for c in claims)
        out.append(
            Conflict(
                type=kind,
                severity=severity,
                subject=subject,
                claims=tuple(sorted(values)),
                values=dict(sorted(values.items())),
                explanation=f"Accounts of {label} give different {noun} ({wording}).",
            )
        )
    return out


def _dated_by_text(ctx: Context, *clusters: EventCluster) -> bool:
    """True when every cluster's date comes from some article's own words, not a dateline."""
    textual = {DateBasis.EXPLICIT, DateBasis.RELATIVE}
    return all(
        any(
            ctx.by_id[cid].when.basis in textual and ctx.by_id[cid].when.date == cluster.date
            for cid in cluster.claims
        )
        for cluster in clusters
    )


def _all_cities(places: set[str]) -> bool:
    cities = {city for city, _ in load_lexicon().cities.values()}
    return places <= cities


def counterpart_mismatches(ctx: Context) -> list[Conflict]:
    """Accounts of one person's meeting at one place and time that name different
    counterparts holding the same office."""
    out = []
    for a, b in itertools.combinations(ctx.clusters, 2):
        shared = set(a.participants) & set(b.participants)
        if len(shared) != 1 or a.kind.is_in_person != b.kind.is_in_person:
            continue
        if not (a.where and a.where == b.where and dates_compatible(a.date, b.date, 1)):
            continue
        (person,) = shared
        others_a, others_b = set(a.participants) - shared, set(b.participants) - shared
        if not (_offices(ctx, a, others_a) & _offices(ctx, b, others_b)):
            continue
        values: dict[str, str] = {}
        for cluster, others in ((a, others_a), (b, others_b)):
            for cid in cluster.claims:
                values[cid] = ", ".join(ctx.name(o) for o in sorted(others))
        claims = [ctx.by_id[cid] for cid in values]
        same_day = a.date is not None and a.date == b.date and _dated_by_text(ctx, a, b)
        out.append(
            Conflict(
                type=ConflictType.COUNTERPART_MISMATCH,
                severity=Severity.WARNING if same_day else Severity.INFO,
                subject=ctx.name(person),
                claims=tuple(sorted(values)),
                values=dict(sorted(values.items())),
                explanation=(
                    f"Accounts of {ctx.name(person)}'s meeting in {a.where} name different "
                    f"counterparts in the same office: "
                    f"{' vs '.join(sorted(set(values.values())))} ({_articles(claims)})."
                ),
            )
        )
    return out


def _offices(ctx: Context, cluster: EventCluster, others: set[str]) -> set[tuple[str, str | None]]:
    out: set[tuple[str, str | None]] = set()
    for cid in cluster.claims:
        claim = ctx.by_id[cid]
        for person in claim.people:
            if ctx.entity(claim, person) in others and person.office:
                out.add((person.office, person.country))
    return out


def _target_key(target: str) -> str:
    from factcheck.extract.roles import find_country
    from factcheck.extract.tokens import tokenize

    lex = load_lexicon()
    lowered = target.lower()
    for alias, name in lex.target_aliases.items():
        if alias in lowered:
            return name.lower()
    return find_country(tokenize(target)) or fold(target)


def stance_conflicts(ctx: Context) -> list[Conflict]:
    """One holder given both support for and opposition to one target."""
    by_key: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in ctx.claims:
        for stance in claim.stance:
            entity = ctx.identities.entity_of.get((claim.article, stance.holder))
            if entity:
                by_key[(entity, _target_key(stance.target))][stance.polarity.value].append(claim)
    out = []
    for (entity, target), polarities in sorted(by_key.items()):
        if len(polarities) < 2:
            continue
        values = {c.id: pol for pol, claims in sorted(polarities.items()) for c in claims}
        claims = [ctx.by_id[cid] for cid in values]
        out.append(
            Conflict(
                type=ConflictType.STANCE_CONFLICT,
                severity=Severity.WARNING,
                subject=ctx.name(entity),
                claims=tuple(sorted(values)),
                values=dict(sorted(values.items())),
                explanation=(
                    f"{ctx.name(entity)} is reported both to support and to oppose "
                    f"{target} ({_articles(claims)})."
                ),
            )
        )
    return out


RULES: tuple[Callable[[Context], list[Conflict]], ...] = (
    name_variants,
    role_mismatches,
    rank_mismatches,
    office_holders,
    event_conflicts,
    counterpart_mismatches,
    stance_conflicts,
)
"""Every conflict rule, in the order their findings are listed before sorting."""
