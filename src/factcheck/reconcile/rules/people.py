"""Conflicts about a person: spellings, offices and ranks that sources give them."""

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
from factcheck.names import fold, fold_token, name_tokens
from factcheck.offices import office_label, offices_compatible
from factcheck.reconcile.context import Context
from factcheck.reconcile.dates import dates_compatible
from factcheck.reconcile.rules.found import conflict
from factcheck.reconcile.rules.wording import articles_of

ROLE_WINDOW_DAYS = 30
"""Offices given within this many days of each other must agree; beyond, a change is possible."""


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
                    f"{entity.name} is spelled {' and '.join(written)} in {articles_of(claims)}."
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
            conflict(
                ConflictType.ROLE_MISMATCH,
                Severity.WARNING,
                entity.name,
                values,
                (
                    f"Sources give {entity.name} different offices ({wording}) "
                    f"in {articles_of(claims)}."
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
            conflict(
                ConflictType.RANK_MISMATCH,
                Severity.WARNING,
                entity.name,
                values,
                (
                    f"Sources give {entity.name} the ranks "
                    f"{' and '.join(sorted(set(values.values())))} in {articles_of(claims)}."
                ),
            )
        )
    return out
