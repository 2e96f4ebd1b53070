"""Grouping claims from different articles that report one event.

Accounts are indexed by who takes part and whether they met in person, and joined by a
symmetric relation into connected components (union-find), so the grouping depends
neither on input order nor on ids:

- accounts of the same people and mode dated to days at most EVENT_WINDOW_DAYS apart;
- accounts of the same people on the same day (by their texts) that differ on the mode,
  unless one article itself reports both a call and a meeting of them (two contacts);
- an account with no date, or a month or year only, joins the one event of the same
  people its date fits: a month contains the day; an undated account's article must be
  published within EVENT_WINDOW_DAYS of the event's day. Fitting several, it stays apart;
- undated accounts left apart join one another when their articles are published within
  EVENT_WINDOW_DAYS of each other, or copy one another (reconcile.copies), or when
  neither article has a publication date (nothing sets them apart);
- an account naming a subset (two or more) of another's participants joins it, when all
  the accounts it fits are one event, and no other subset ('A and C' beside 'A and B')
  would join that event too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from factcheck.model import Claim, ClaimKind, DateBasis, EventCluster
from factcheck.reconcile.dates import dates_compatible
from factcheck.reconcile.groups import DisjointSets
from factcheck.reconcile.identity import Identities

EVENT_WINDOW_DAYS = 1
"""Dates one day apart can be one event reported across a time zone or a dateline."""

_TEXTUAL = (DateBasis.EXPLICIT, DateBasis.RELATIVE)
_WEEKDAY = re.compile(rf"\b(?:on|last|this)\s+({'|'.join(calendar.day_name)})\b", re.IGNORECASE)
_WEEKDAY_NUMBER = {name.lower(): n for n, name in enumerate(calendar.day_name)}


@dataclass(frozen=True, slots=True)
class Account:
    """An event claim with its participants as entity ids, and its article's date."""

    claim: Claim
    participants: frozenset[str]
    published: str | None = None

    @property
    def date(self) -> str | None:
        """The date this account gives, if any."""
        return self.claim.when.date

    @property
    def day(self) -> dt.date | None:
        """The date as a day, when it is one."""
        date = self.claim.when.date
        return dt.date.fromisoformat(date) if date and len(date) == 10 else None

    @property
    def weekday(self) -> int | None:
        """The weekday an undated account's words name ('on Tuesday'), when just one."""
        if self.claim.when.date:
            return None
        named = {
            _WEEKDAY_NUMBER[m.group(1).lower()]
            for span in self.claim.evidence
            for m in _WEEKDAY.finditer(span.text)
        }
        return named.pop() if len(named) == 1 else None

    @property
    def key(self) -> tuple[frozenset[str], bool]:
        """Who takes part and whether in person: accounts of one event share it."""
        return (self.participants, self.claim.kind.is_in_person)

    @property
    def order(self) -> tuple[list[str], str, str, str, str, str, str]:
        """A stable order of accounts by their content alone (names as written, dates,
        place, kind, words), never by ids, which a caller may choose: joining attaches
        accounts in this order, so the report must not follow the ids."""
        claim = self.claim
        return (
            sorted(p.name for p in claim.people),
            self.date or "",
            self.published or "",
            claim.kind.value,
            claim.where or "",
            " ".join(span.text for span in claim.evidence),
            claim.id,  # last: only claims identical in every word are told apart by it
        )


def accounts(
    claims: Iterable[Claim], identities: Identities, published: Mapping[str, str] | None = None
) -> list[Account]:
    """Event claims (not statements) as accounts, in a stable order."""
    dates = published or {}
    out = [
        Account(
            c,
            frozenset(identities.entity_of[(c.article, p.name)] for p in c.people),
            dates.get(c.article),
        )
        for c in claims
        if c.kind.is_event
    ]
    return sorted(out, key=lambda a: a.order)


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _join_runs(sets: DisjointSets[str], runs: Mapping[str, list[Account]]) -> None:
    """Join accounts of the same key on one value (a day, a publication date), and on
    values at most EVENT_WINDOW_DAYS apart, when at least two articles are involved."""
    values = sorted(runs)
    for i, value in enumerate(values):
        group = runs[value]
        if len({a.claim.article for a in group}) > 1:
            _union_all(sets, group)
        if i + 1 < len(values) and _days_apart(value, values[i + 1]) <= EVENT_WINDOW_DAYS:
            both = group + runs[values[i + 1]]
            if len({a.claim.article for a in both}) > 1:
                _union_all(sets, both)


def _union_all(sets: DisjointSets[str], group: list[Account]) -> None:
    for account in group[1:]:
        sets.union(group[0].claim.id, account.claim.id)


def _fits_day(account: Account, day: str) -> bool:
    """Whether an account without a day of its own can report an event on `day`: its
    month contains it, its article is published near it, the weekday it names is it."""
    weekday = account.weekday
    if weekday is not None and dt.date.fromisoformat(day).weekday() != weekday:
        return False
    if account.date:
        return day.startswith(account.date)
    if account.published:
        return _days_apart(account.published, day) <= EVENT_WINDOW_DAYS
    return True


def _days_fitting(account: Account, days: Mapping[str, list[Account]]) -> list[str]:
    """The days of `days` an account without a day of its own can report."""
    if not account.date and account.published:
        start = dt.date.fromisoformat(account.published)
        near = (
            start + dt.timedelta(days=n) for n in range(-EVENT_WINDOW_DAYS, EVENT_WINDOW_DAYS + 1)
        )
        return [d for d in map(dt.date.isoformat, near) if d in days and _fits_day(account, d)]
    return [day for day in days if _fits_day(account, day)]


def _dates_meet(a: Account, b: Account, copies: Mapping[str, str]) -> bool:
    """Whether two accounts can be of one day, by their dates or their articles' dates."""
    if a.day and b.day:
        return dates_compatible(a.date, b.date, EVENT_WINDOW_DAYS)
    if a.day or b.day:
        dated, other = (a, b) if a.day else (b, a)
        return _fits_day(other, dated.date or "")
    if a.date and b.date:
        return dates_compatible(a.date, b.date)
    if a.published and b.published and _days_apart(a.published, b.published) <= 1:
        return True
    return copies.get(a.claim.article, a.claim.article) == copies.get(
        b.claim.article, b.claim.article
    )


def _attach(
    sets: DisjointSets[str], account: Account, fits: Iterable[Account], articles: Mapping[str, str]
) -> bool:
    """Join `account` to the event the accounts it fits belong to; of several, the one
    whose place agrees, then the one most articles report. False when none, or a tie."""
    roots: dict[str, bool] = {}
    for other in fits:
        if other.claim.article != account.claim.article:
            root = sets.find(other.claim.id)
            here = bool(account.claim.where) and other.claim.where == account.claim.where
            roots[root] = roots.get(root, False) or here
    if not roots:
        return False
    ranked = sorted(
        (
            (here, len({articles[m] for m in sets.members(root)}), root)
            for root, here in roots.items()
        ),
        reverse=True,
    )
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return False
    sets.union(account.claim.id, ranked[0][2])
    return True


def group_accounts(found: list[Account], copies: Mapping[str, str]) -> DisjointSets[str]:
    """The union-find of accounts by the rules of this module."""
    sets: DisjointSets[str] = DisjointSets(a.claim.id for a in found)
    articles = {a.claim.id: a.claim.article for a in found}
    by_key: dict[tuple[frozenset[str], bool], list[Account]] = defaultdict(list)
    for account in found:
        by_key[account.key].append(account)
    days_of: dict[tuple[frozenset[str], bool], dict[str, list[Account]]] = {}
    for key, group in by_key.items():
        days: dict[str, list[Account]] = defaultdict(list)
        for account in group:
            if account.day:
                days[account.date or ""].append(account)
        _join_runs(sets, days)
        days_of[key] = days
    _join_modes(sets, found)
    loose: dict[tuple[frozenset[str], bool], list[Account]] = defaultdict(list)
    for key, group in by_key.items():
        days = days_of[key]
        for account in (a for a in group if not a.day):
            fits = [d for day in _days_fitting(account, days) for d in days[day]]
            if not _attach(sets, account, fits, articles):
                loose[key].append(account)
    for group in loose.values():
        _join_loose(sets, group, copies)
    _join_subsets(sets, found, copies)
    return sets


def _join_modes(sets: DisjointSets[str], found: list[Account]) -> None:
    """A call and a meeting of the same people on the same day, by both texts."""
    modes: dict[tuple[str, frozenset[str]], set[bool]] = defaultdict(set)
    for account in found:
        modes[(account.claim.article, account.participants)].add(account.claim.kind.is_in_person)
    by_day: dict[tuple[frozenset[str], str], dict[bool, list[Account]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for account in found:
        if account.date and account.claim.when.basis in _TEXTUAL:
            if len(modes[(account.claim.article, account.participants)]) == 2:
                continue  # the article knows them as two contacts
            by_day[(account.participants, account.date)][account.claim.kind.is_in_person].append(
                account
            )
    for kinds in by_day.values():
        if len(kinds) == 2:
            sets.union(kinds[True][0].claim.id, kinds[False][0].claim.id)


def _join_loose(sets: DisjointSets[str], group: list[Account], copies: Mapping[str, str]) -> None:
    """Accounts of one key without a day: by partial date, publication date, or copies."""
    partial: dict[str, list[Account]] = defaultdict(list)
    published: dict[str, list[Account]] = defaultdict(list)
    copied: dict[str, list[Account]] = defaultdict(list)
    unknown: list[Account] = []  # neither dated nor published: nothing sets them apart
    for account in group:
        if account.date:
            partial[account.date].append(account)
        elif account.published:
            published[account.published].append(account)
        else:
            unknown.append(account)
        copied[copies.get(account.claim.article, account.claim.article)].append(account)
    if len({a.claim.article for a in unknown}) > 1:
        _union_all(sets, unknown)
    for same in partial.values():
        if len({a.claim.article for a in same}) > 1:
            _union_all(sets, same)
    _join_runs(sets, published)
    for same in copied.values():
        undated = [a for a in same if not a.date]
        if len({a.claim.article for a in undated}) > 1:
            _union_all(sets, undated)


def _join_subsets(sets: DisjointSets[str], found: list[Account], copies: Mapping[str, str]) -> None:
    """An account naming two or more of another's participants joins it, when every
    account it fits so is of one event."""
    by_pair: dict[tuple[str, str], list[Account]] = defaultdict(list)
    for account in found:
        people = sorted(account.participants)
        if len(people) > 2:
            for i, a in enumerate(people):
                for b in people[i + 1 :]:
                    by_pair[(a, b)].append(account)
    span = _day_spans(sets, found)
    joins = []
    for account in found:
        if len(account.participants) < 2:
            continue
        first, second = sorted(account.participants)[:2]
        fits = [
            other
            for other in by_pair.get((first, second), [])
            if account.participants < other.participants
            and other.claim.kind.is_in_person == account.claim.kind.is_in_person
            and _dates_meet(account, other, copies)
            and _spans_meet(span, sets.find(account.claim.id), sets.find(other.claim.id))
        ]
        roots = {sets.find(f.claim.id) for f in fits if f.claim.article != account.claim.article}
        if len(roots) == 1:
            joins.append((account, roots.pop()))
    joining: dict[str, set[frozenset[str]]] = defaultdict(set)
    for account, root in joins:
        joining[root].add(account.participants)
    for account, root in joins:
        # two different subsets ('A and B', 'A and C') would make one event of two
        # meetings through a third account naming all three: then neither joins
        if all(p <= account.participants or account.participants <= p for p in joining[root]):
            sets.union(account.claim.id, root)


def _day_spans(sets: DisjointSets[str], found: list[Account]) -> dict[str, tuple[dt.date, dt.date]]:
    """The first and last day the accounts of each event give, by the event's name."""
    out: dict[str, tuple[dt.date, dt.date]] = {}
    for account in found:
        day = account.day
        if day:
            root = sets.find(account.claim.id)
            first, last = out.get(root, (day, day))
            out[root] = (min(first, day), max(last, day))
    return out


def _spans_meet(span: Mapping[str, tuple[dt.date, dt.date]], a: str, b: str) -> bool:
    """Whether two events' days lie within EVENT_WINDOW_DAYS of one another: an account
    already in one event brings that event's days to any event it joins."""
    if a not in span or b not in span:
        return True
    first = min(span[a][0], span[b][0])
    last = max(span[a][1], span[b][1])
    return (last - first).days <= EVENT_WINDOW_DAYS


def cluster_events(
    claims: list[Claim],
    identities: Identities,
    published: Mapping[str, str] | None = None,
    copies: Mapping[str, str] | None = None,
) -> list[EventCluster]:
    """Event clusters with ids e1, e2... in content order; every event claim is in
    exactly one. `published` maps article ids to ISO dates, `copies` articles to their
    group of copies (reconcile.copies.copy_groups)."""
    found = accounts(claims, identities, published)
    sets = group_accounts(found, copies or {})
    groups: dict[str, list[Account]] = defaultdict(list)
    for account in found:
        groups[sets.find(account.claim.id)].append(account)
    ordered = sorted(groups.values(), key=lambda g: g[0].order)
    return [make_cluster(f"e{n}", group) for n, group in enumerate(ordered, start=1)]


def make_cluster(cluster_id: str, group: list[Account]) -> EventCluster:
    """One cluster of accounts: the kind, date and place most of them give."""
    kinds = Counter(m.claim.kind for m in group)
    dates = Counter(m.date for m in group if m.date)
    places = Counter(m.claim.where for m in group if m.claim.where)
    participants = sorted(set().union(*(m.participants for m in group)))
    return EventCluster(
        id=cluster_id,
        kind=min(kinds, key=lambda k: (-kinds[k], k.value)),
        participants=tuple(participants),
        date=_most_specific(dates),
        where=min(places, key=lambda p: (-places[p], p)) if places else None,
        claims=tuple(sorted(m.claim.id for m in group)),
    )


def _most_specific(dates: Counter[str]) -> str | None:
    present = [d for d in dates if d]
    if not present:
        return None
    return min(present, key=lambda d: (-dates[d], -len(d), d))


def claim_kind_label(kind: ClaimKind) -> str:
    """'call' or 'in person', the distinction a mode mismatch is about."""
    return "call" if kind is ClaimKind.CALL else "in person"
