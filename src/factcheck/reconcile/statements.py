"""Statement events: one speaker's statements on one day about overlapping targets.

Two outlets reporting one speech give two statement claims; grouped, their dates, places
and stances are compared like the accounts of a meeting. A statement's day is its own
date when the text gives a day, else its article's publication date when it gives none;
days at most EVENT_WINDOW_DAYS apart are one day told across a time zone or a night.
Targets overlap when their keys (reconcile.targets) or the names they hold agree: 'Vasko's
decision' and 'Vasko for the defeat' are both about Vasko.
Grouping is a union-find over a symmetric relation, so it depends on neither input order
nor ids; every statement claim is in exactly one group.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from factcheck.model import Claim, EventCluster
from factcheck.names import fold
from factcheck.reconcile.events import EVENT_WINDOW_DAYS, Account, make_cluster
from factcheck.reconcile.groups import DisjointSets
from factcheck.reconcile.identity import Identities
from factcheck.reconcile.targets import target_key

_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")


def target_keys(claim: Claim) -> set[str]:
    """What a statement's stances are about: each target's key, and the capitalised
    words (names) each target holds, the speaker's own name left out."""
    own = set(fold(claim.who.name).split())
    keys = set()
    for stance in claim.stance:
        keys.add(target_key(stance.target))
        for word in _NAME_WORD.findall(stance.target):
            folded = fold(word.removesuffix("'s").removesuffix("’s"))
            if folded and folded not in own:
                keys.add("name:" + folded)
    return keys


def _day(claim: Claim, published: Mapping[str, str]) -> str | None:
    date = claim.when.date
    if date:
        return date if len(date) == 10 else None
    return published.get(claim.article)


def cluster_statements(
    claims: Iterable[Claim], identities: Identities, published: Mapping[str, str] | None = None
) -> list[EventCluster]:
    """Statement clusters with ids s1, s2... in content order."""
    dates = published or {}
    found = sorted(
        (
            Account(
                c, frozenset({identities.entity_of[(c.article, c.who.name)]}), dates.get(c.article)
            )
            for c in claims
            if not c.kind.is_event
        ),
        key=lambda a: a.order,
    )
    sets: DisjointSets[str] = DisjointSets(a.claim.id for a in found)
    by_target: dict[tuple[frozenset[str], str], list[tuple[str, Account]]] = defaultdict(list)
    for account in found:
        day = _day(account.claim, dates)
        if day is None:
            continue
        for target in target_keys(account.claim):
            by_target[(account.participants, target)].append((day, account))
    for group in by_target.values():
        group.sort(key=lambda pair: (pair[0], pair[1].order))
        for (day, account), (next_day, other) in itertools.pairwise(group):
            apart = (dt.date.fromisoformat(next_day) - dt.date.fromisoformat(day)).days
            if apart <= EVENT_WINDOW_DAYS and account.claim.article != other.claim.article:
                sets.union(account.claim.id, other.claim.id)
    groups: dict[str, list[Account]] = defaultdict(list)
    for account in found:
        groups[sets.find(account.claim.id)].append(account)
    ordered = sorted(groups.values(), key=lambda g: g[0].order)
    return [make_cluster(f"s{n}", group) for n, group in enumerate(ordered, start=1)]
