"""Conflicts between stances one holder is reported to take."""

from __future__ import annotations

from collections import defaultdict

from factcheck.model import (
    Claim,
    Conflict,
    ConflictType,
    Severity,
)
from factcheck.names import name_tokens
from factcheck.reconcile.context import Context
from factcheck.reconcile.rules.found import conflict
from factcheck.reconcile.rules.wording import articles_of
from factcheck.reconcile.targets import target_key


def stance_conflicts(ctx: Context) -> list[Conflict]:
    """One holder given both support for and opposition to one target: a warning, but
    information when the target is a party to the claim ('Volkar backed Jaber' beside
    'Volkar, long a critic of Jaber, met him'): a stance on a person changes as they
    meet, and news recalls the earlier one as background."""
    by_key: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    personal: set[tuple[str, str]] = set()
    for claim in ctx.claims:
        for stance in claim.stance:
            entity = ctx.identities.entity_of.get((claim.article, stance.holder))
            if entity:
                key = (entity, target_key(stance.target))
                by_key[key][stance.polarity.value].append(claim)
                if _names_a_party(claim, stance.target):
                    personal.add(key)
    out = []
    for (entity, target), polarities in sorted(by_key.items()):
        if len(polarities) < 2:
            continue
        values = {c.id: pol for pol, claims in sorted(polarities.items()) for c in claims}
        claims = [ctx.by_id[cid] for cid in values]
        out.append(
            conflict(
                ConflictType.STANCE_CONFLICT,
                Severity.INFO if (entity, target) in personal else Severity.WARNING,
                ctx.name(entity),
                values,
                (
                    f"{ctx.name(entity)} is reported both to support and to oppose "
                    f"{target} ({articles_of(claims)})."
                ),
            )
        )
    return out


def _names_a_party(claim: Claim, target: str) -> bool:
    """Whether the target is one of the claim's people, by every word of its name."""
    words = set(name_tokens(target))
    return bool(words) and any(
        words <= set(name_tokens(form))
        for person in claim.people
        for form in (person.name, *(f.text for f in person.forms))
    )
