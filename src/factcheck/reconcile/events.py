"""Grouping claims from different articles that report one event.

Two accounts join when their participants are the same people (or one names a subset of
at least two of the other's), they agree on in-person vs call, and their dates fall within
EVENT_WINDOW_DAYS of each other or one is undated. Accounts of the same people on the same
day that differ on the mode also join, so the disagreement can be flagged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from factcheck.model import Claim, ClaimKind, DateBasis, EventCluster
from factcheck.reconcile.dates import dates_compatible
from factcheck.reconcile.identity import Identities

EVENT_WINDOW_DAYS = 1
"""Dates one day apart can be one event reported across a time zone or a dateline."""


@dataclass(frozen=True)
class Account:
    """An event claim with its participants as entity ids."""

    claim: Claim
    participants: frozenset[str]

    @property
    def date(self) -> str | None:
        """The date this account gives, if any."""
        return self.claim.when.date


def accounts(claims: list[Claim], identities: Identities) -> list[Account]:
    """Event claims (not statements) as accounts, in a stable order."""
    out = [
        Account(c, frozenset(identities.entity_of[(c.article, p.name)] for p in c.people))
        for c in claims
        if c.kind.is_event
    ]
    return sorted(out, key=lambda a: (sorted(a.participants), a.date or "", a.claim.id))


def _joins(
    a: Account,
    b: Account,
    both_modes: set[tuple[str, frozenset[str]]],
    date: str | None = None,
) -> bool:
    """Whether `a` and `b` report one event; `date`, when given, stands for b's date (the
    date its group gives most: one member's stray date must not keep a new account out)."""
    if a.claim.article == b.claim.article:
        return False
    shared = a.participants & b.participants
    same_people = a.participants == b.participants or (
        len(shared) >= 2 and (a.participants <= b.participants or b.participants <= a.participants)
    )
    if not same_people:
        return False
    if a.claim.kind.is_in_person == b.claim.kind.is_in_person:
        return dates_compatible(a.date, date or b.date, EVENT_WINDOW_DAYS)
    # A call and a meeting are one event only when both texts date them to the same day
    # (a dateline dates the article, not the contact), and neither article itself reports
    # both a call and a meeting of these people (then it knows they are two contacts).
    if (a.claim.article, a.participants) in both_modes or (
        b.claim.article,
        b.participants,
    ) in both_modes:
        return False
    textual = {DateBasis.EXPLICIT, DateBasis.RELATIVE}
    return (
        a.date is not None
        and a.date == b.date
        and a.claim.when.basis in textual
        and b.claim.when.basis in textual
    )


def cluster_events(claims: list[Claim], identities: Identities) -> list[EventCluster]:
    """Event clusters with ids e1, e2...; every event claim is in exactly one."""
    found = accounts(claims, identities)
    modes: dict[tuple[str, frozenset[str]], set[bool]] = {}
    for account in found:
        key = (account.claim.article, account.participants)
        modes.setdefault(key, set()).add(account.claim.kind.is_in_person)
    both_modes = {key for key, kinds in modes.items() if len(kinds) == 2}
    groups: list[list[Account]] = []
    for account in found:
        fits = [g for g in groups if all(_joins(account, m, both_modes, _usual_date(g)) for m in g)]
        # best fit: a group where someone reports exactly these participants, then the largest
        home = max(
            fits,
            key=lambda g: (any(m.participants == account.participants for m in g), len(g)),
            default=None,
        )
        if home is None:
            groups.append([account])
        else:
            home.append(account)
    clusters: list[EventCluster] = []
    for number, group in enumerate(groups, start=1):
        kinds = Counter(m.claim.kind for m in group)
        dates = Counter(m.date for m in group if m.date)
        places = Counter(m.claim.where for m in group if m.claim.where)
        participants = sorted(set().union(*(m.participants for m in group)))
        clusters.append(
            EventCluster(
                id=f"e{number}",
                kind=min(kinds, key=lambda k: (-kinds[k], k.value)),
                participants=tuple(participants),
                date=_most_specific(dates),
                where=min(places, key=lambda p: (-places[p], p)) if places else None,
                claims=tuple(sorted(m.claim.id for m in group)),
            )
        )
    return clusters


def _usual_date(group: list[Account]) -> str | None:
    """The date most members of a group give (ties: the most specific, then the earliest)."""
    return _most_specific(Counter(m.date for m in group if m.date))


def _most_specific(dates: Counter[str]) -> str | None:
    present = [d for d in dates if d]
    if not present:
        return None
    return min(present, key=lambda d: (-dates[d], -len(d), d))


def claim_kind_label(kind: ClaimKind) -> str:
    """'call' or 'in person', the distinction a mode mismatch is about."""
    return "call" if kind is ClaimKind.CALL else "in person"
