"""Conflicts about a person: spellings, offices and ranks that sources give them."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from factcheck.lexicon import country_in, load_lexicon
from factcheck.model import (
    Claim,
    Conflict,
    ConflictType,
    Severity,
)
from factcheck.names import fold, fold_token, is_surname_variant, name_tokens, token_similarity
from factcheck.names.compare import FAMILY_MATCH, TOKEN_MATCH
from factcheck.offices import office_label, offices_compatible
from factcheck.reconcile.context import Context
from factcheck.reconcile.dates import dates_compatible
from factcheck.reconcile.rules.found import conflict
from factcheck.reconcile.rules.wording import articles_of

ROLE_WINDOW_DAYS = 30
"""Offices given within this many days of each other must agree; beyond, a change is possible."""


def name_variants(ctx: Context) -> list[Conflict]:
    """One person spelled differently, across articles or inside one: two surnames (or two
    given names) as written that are one name spelled two ways ('Haddadi' / 'Hadadi'); a
    further family name some source adds ('Al Varesh') is no variant. An article naming
    the person outside any claim gives its spelling too, keyed by the article's id."""
    out = []
    for entity in ctx.identities.entities:
        spellings: dict[str, set[str]] = defaultdict(set)
        givens: dict[str, set[str]] = defaultdict(set)
        first_claim: dict[str, Claim] = {}
        for claim, person in ctx.mentions_of(entity.id):
            first_claim.setdefault(claim.article, claim)
            _spellings_of(
                person.name, (f.text for f in person.forms), claim.article, spellings, givens
            )
        for mention in entity.mentions:
            if mention.article not in first_claim:  # named outside any claim
                _spellings_of(mention.name, (), mention.article, spellings, givens)
        kept = _variants_kept(spellings)
        for article, found in _variants_kept(givens).items():
            kept[article] = kept.get(article, set()) | found
        if not kept:
            continue
        keys = {a: first_claim[a].id if a in first_claim else a for a in sorted(kept)}
        values = {
            keys[a]: " / ".join(sorted(kept[a], key=lambda n: (fold_token(n), n)))
            for a in sorted(kept)
        }
        written = sorted({s for names in kept.values() for s in names})
        out.append(
            Conflict(
                type=ConflictType.NAME_VARIANT,
                severity=Severity.INFO,
                subject=entity.name,
                claims=tuple(first_claim[a].id for a in sorted(kept) if a in first_claim),
                values=values,
                explanation=(
                    f"{entity.name} is spelled {' and '.join(written)} in "
                    f"{', '.join(sorted(kept))}."
                ),
            )
        )
    return out


def _spellings_of(
    name: str,
    forms: Iterable[str],
    article: str,
    spellings: dict[str, set[str]],
    givens: dict[str, set[str]],
) -> None:
    """The surnames and given names one article writes a person with."""
    given = name_tokens(name)[0] if len(name_tokens(name)) > 1 else None
    for form in (name, *forms):
        surname = _surname_as_written(form)
        if name_tokens(form) and fold_token(surname) != given:
            spellings[article].add(surname)
        if len(name_tokens(form)) > 1:
            givens[article].add(_given_as_written(form))


def _variants_kept(spellings: dict[str, set[str]]) -> dict[str, set[str]]:
    """Per article, the spellings that are another article's (or its own) spelled another
    way; articles with none are left out."""
    variants = _variant_spellings({fold_token(s) for names in spellings.values() for s in names})
    return {
        article: found
        for article, names in spellings.items()
        if (found := {s for s in names if fold_token(s) in variants})
    }


@lru_cache(maxsize=65536)
def _given_as_written(form: str) -> str:
    """The first word of a name as written, past titles, ranks, countries, demonyms and
    possessives ("Ruritania's Gen. Sergei X" -> 'Sergei'): given names are spelled apart
    too ('Sergey' / 'Sergei')."""
    words = [
        w
        for w in form.split()
        if fold(w) not in _title_words() and not country_in(w) and not w.endswith(("'s", "’s"))
    ]
    return words[0] if words else form.split()[-1]


def _variant_spellings(folded: set[str]) -> set[str]:
    """The folded surnames that are another one of them spelled another way: of one
    person, so two that start alike and are merely similar count ('Dorhashyan' /
    'Dorashkian'), as the family names of one name do (FAMILY_MATCH)."""
    out: set[str] = set()
    for a, b in itertools.combinations(sorted(folded - {""}), 2):  # '' of a stray ']'
        sim = token_similarity(a, b)
        if is_surname_variant(a, b) or sim >= TOKEN_MATCH or (a[0] == b[0] and sim >= FAMILY_MATCH):
            out |= {a, b}
    return out


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset({w for key in lex.ranks for w in key} | lex.honorifics | lex.chain_words)


@lru_cache(maxsize=65536)
def _surname_as_written(form: str) -> str:
    words = form.split()
    title = _title_words()
    names = [w for w in words if fold(w) not in title]
    return names[-1] if names else words[-1] if words else form


def role_mismatches(ctx: Context) -> list[Conflict]:
    """One person given different offices by different articles at compatible dates.

    Mentions are grouped by office, then by date, so the cost grows with the distinct
    offices and dates of a person, not the square of their mentions."""
    out = []
    for entity in ctx.identities.entities:
        held: dict[str, set[str]] = defaultdict(set)  # article -> offices it gives
        by_office: dict[str, dict[str | None, list[tuple[Claim, str]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for claim, person in ctx.mentions_of(entity.id):
            if person.office:
                held[claim.article].add(person.office)
                role = person.role or office_label(person.office)
                by_office[person.office][ctx.date_of(claim)].append((claim, role))
        involved: dict[str, tuple[Claim, str]] = {}
        both = {
            frozenset(p) for offices in held.values() for p in itertools.combinations(offices, 2)
        }
        for o1, o2 in itertools.combinations(sorted(by_office), 2):
            if offices_compatible(o1, o2) or frozenset((o1, o2)) in both:
                continue
            for d1, g1 in by_office[o1].items():
                for d2, g2 in by_office[o2].items():
                    if dates_compatible(d1, d2, ROLE_WINDOW_DAYS):
                        _mark(g1, g2, involved)
        if not involved:
            continue
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


def _mark(
    g1: list[tuple[Claim, str]], g2: list[tuple[Claim, str]], involved: dict[str, tuple[Claim, str]]
) -> None:
    """Claims of either group with a partner in the other group from another article."""
    a1, a2 = Counter(c.article for c, _ in g1), Counter(c.article for c, _ in g2)
    for group, others in ((g1, a2), (g2, a1)):
        for claim, role in group:
            if len(others) > 1 or claim.article not in others:
                involved[claim.id] = (claim, role)


def _rank_compatible(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    short, long = sorted((wa, wb), key=len)
    return long[-len(short) :] == short


def rank_mismatches(ctx: Context) -> list[Conflict]:
    """One person given military ranks that cannot both be right ('Gen.' fits 'Major General')."""
    out = []
    for entity in ctx.identities.entities:
        ranked = [(c, p.rank) for c, p in ctx.mentions_of(entity.id) if p.rank]
        distinct = sorted({rank for _, rank in ranked})
        clashing = {
            rank
            for a, b in itertools.combinations(distinct, 2)
            if not _rank_compatible(a, b)
            for rank in (a, b)
        }
        clash = [(c, rank) for c, rank in ranked if rank in clashing]
        if not clash:
            continue
        values = {c.id: rank for c, rank in clash}
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
