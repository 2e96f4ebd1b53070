"""Conflicts between stances one holder is reported to take."""

from __future__ import annotations

from collections import defaultdict

from factcheck.model import (
    Claim,
    Conflict,
    ConflictType,
    Severity,
)
from factcheck.reconcile.context import Context
from factcheck.reconcile.rules.found import conflict
from factcheck.reconcile.rules.wording import articles_of
from factcheck.reconcile.targets import target_key


def stance_conflicts(ctx: Context) -> list[Conflict]:
    """One holder given both support for and opposition to one target."""
    by_key: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in ctx.claims:
        for stance in claim.stance:
            entity = ctx.identities.entity_of.get((claim.article, stance.holder))
            if entity:
                by_key[(entity, target_key(stance.target))][stance.polarity.value].append(claim)
    out = []
    for (entity, target), polarities in sorted(by_key.items()):
        if len(polarities) < 2:
            continue
        values = {c.id: pol for pol, claims in sorted(polarities.items()) for c in claims}
        claims = [ctx.by_id[cid] for cid in values]
        out.append(
            conflict(
                ConflictType.STANCE_CONFLICT,
                Severity.WARNING,
                ctx.name(entity),
                values,
                (
                    f"{ctx.name(entity)} is reported both to support and to oppose "
                    f"{target} ({articles_of(claims)})."
                ),
            )
        )
    return out
