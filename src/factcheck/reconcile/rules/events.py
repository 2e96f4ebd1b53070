"""Conflicts inside one event, and between accounts of one person's meetings."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable

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
from factcheck.names.compare import may_name_one_person
from factcheck.reconcile.context import Context
from factcheck.reconcile.dates import dates_compatible, text_dates
from factcheck.reconcile.events import claim_kind_label
from factcheck.reconcile.rules.found import conflict
from factcheck.reconcile.rules.wording import articles_of


def _event_label(ctx: Context, participants: tuple[str, ...], kind: ClaimKind) -> str:
    names = " and ".join(sorted(ctx.name(p) for p in participants))
    nouns = {ClaimKind.CALL: "call", ClaimKind.STATEMENT: "statement"}
    noun = nouns.get(kind, "meeting")
    return f"the {noun} of {names}"


def event_conflicts(ctx: Context) -> list[Conflict]:
    """Within one event (or statement event): a missing date, or different dates, places
    or modes."""
    out = []
    for cluster in (*ctx.clusters, *ctx.statements):
        members = [ctx.by_id[cid] for cid in cluster.claims]
        if len(members) < 2:
            continue
        label = _event_label(ctx, cluster.participants, cluster.kind)
        subject = " / ".join(sorted(ctx.name(p) for p in cluster.participants))
        dated = [c for c in members if c.when.date]
        undated = [c for c in members if not c.when.date]
        if dated and undated:
            values = {c.id: c.when.date or "no date" for c in members}
            out.append(
                conflict(
                    ConflictType.DATE_MISSING,
                    Severity.INFO,
                    subject,
                    values,
                    (
                        f"{articles_of(dated)} date {label} "
                        f"({', '.join(sorted({c.when.date for c in dated if c.when.date}))}); "
                        f"{articles_of(undated)} give no date."
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
            conflict(
                kind,
                severity,
                subject,
                values,
                f"Accounts of {label} give different {noun} ({wording}).",
            )
        )
    return out


def _dated_by_text(ctx: Context, *clusters: EventCluster) -> bool:
    """True when every cluster's date comes from some article's own words, not a dateline."""
    return all(
        cluster.date in text_dates([ctx.by_id[cid] for cid in cluster.claims])
        for cluster in clusters
    )


def _all_cities(places: set[str]) -> bool:
    cities = {city for city, _ in load_lexicon().cities.values()}
    return places <= cities


def counterpart_mismatches(ctx: Context) -> list[Conflict]:
    """Accounts of one person's meeting at one place and time that name different
    counterparts holding the same office."""
    out = []
    for a, b in _same_place_pairs(ctx.clusters):
        shared = set(a.participants) & set(b.participants)
        if len(shared) != 1 or not dates_compatible(a.date, b.date, 1):
            continue
        (person,) = shared
        others_a, others_b = set(a.participants) - shared, set(b.participants) - shared
        if not (_offices(ctx, a, others_a) & _offices(ctx, b, others_b)):
            continue
        values: dict[str, str] = {}
        for cluster, others in ((a, others_a), (b, others_b)):
            for cid in cluster.claims:
                values[cid] = ", ".join(sorted(ctx.name(o) for o in others))
        claims = [ctx.by_id[cid] for cid in values]
        same_day = a.date is not None and a.date == b.date and _dated_by_text(ctx, a, b)
        # 'Seyed Abbas' vs 'Abbas Karimi': perhaps one counterpart named in part
        apart = not any(
            may_name_one_person(ctx.name(x), ctx.name(y)) for x in others_a for y in others_b
        )
        out.append(
            conflict(
                ConflictType.COUNTERPART_MISMATCH,
                Severity.WARNING if same_day and apart else Severity.INFO,
                ctx.name(person),
                values,
                (
                    f"Accounts of {ctx.name(person)}'s meeting in {a.where} name different "
                    f"counterparts in the same office: "
                    f"{' vs '.join(sorted(set(values.values())))} ({articles_of(claims)})."
                ),
            )
        )
    return out


def _same_place_pairs(clusters: list[EventCluster]) -> list[tuple[EventCluster, EventCluster]]:
    """Pairs of clusters, in cluster order, with a participant, a place and a mode in common:
    clusters are grouped by those first, so unrelated events are never paired."""
    index: dict[tuple[str, str, bool], list[int]] = defaultdict(list)
    for number, cluster in enumerate(clusters):
        if cluster.where:
            for person in cluster.participants:
                index[(person, cluster.where, cluster.kind.is_in_person)].append(number)
    pairs: set[tuple[int, int]] = set()
    for group in index.values():
        days: dict[dt.date, list[int]] = defaultdict(list)
        loose = []  # no day: compatible with any date, so paired with every cluster
        for number in group:
            date = clusters[number].date
            if date and len(date) == 10:
                days[dt.date.fromisoformat(date)].append(number)
            else:
                loose.append(number)
        for number in loose:
            pairs.update((min(number, o), max(number, o)) for o in group if o != number)
        for day, here in days.items():
            near = [o for n in (-1, 0, 1) for o in days.get(day + dt.timedelta(days=n), [])]
            pairs.update((min(i, o), max(i, o)) for i in here for o in near if i != o)
    return [(clusters[i], clusters[j]) for i, j in sorted(pairs)]


def _offices(ctx: Context, cluster: EventCluster, others: set[str]) -> set[tuple[str, str | None]]:
    out: set[tuple[str, str | None]] = set()
    for cid in cluster.claims:
        claim = ctx.by_id[cid]
        for person in claim.people:
            if ctx.entity(claim, person) in others and person.office:
                out.add((person.office, person.country))
    return out
