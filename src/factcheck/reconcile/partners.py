"""A surname alone, with nothing else said of the person, joined through whom they meet.

An article that names someone only by a surname ('Volkar met Ali Jaber') gives no office
or country to tell which Volkar; when exactly one full-named Volkar elsewhere is reported
meeting one of the same people, the surname is that person. The people met are read as
entities already resolved, so the test is an index lookup per surname, never all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from factcheck.model import Claim, PersonMention

if TYPE_CHECKING:
    from factcheck.reconcile.identity import MentionKey, Signature, _Resolver


def join_by_partners(
    resolver: _Resolver, claims: list[Claim], mentions: Mapping[MentionKey, PersonMention]
) -> None:
    """Join each bare surname's group to the one full-name group it may be that shares
    a counterpart with it in some event; with none or several, it stays apart."""
    if not resolver.bare:
        return
    wanted = {sig for pair in resolver.bare for sig in pair}
    partners: dict[Signature, set[Signature]] = defaultdict(set)
    for claim in claims:
        if not claim.kind.is_event:
            continue
        sigs = [_sig(mentions[(claim.article, p.name)]) for p in claim.people]
        for sig in sigs:
            if sig in wanted:
                partners[sig].update(o for o in sigs if o != sig)
    find = resolver.sets.find
    options: dict[Signature, set[Signature]] = defaultdict(set)
    for single, full in sorted(resolver.bare):
        if resolver.full.get(find(single)):
            continue  # joined to a full name already
        met = {find(o) for o in partners.get(single, ())}
        theirs = {find(o) for o in partners.get(full, ())}
        if met & theirs - {find(single), find(full)}:
            options[find(single)].add(find(full))
    for group, found in sorted(options.items()):
        if len(found) == 1 and not resolver.full.get(find(group)):
            resolver.union(group, found.pop())


def _sig(person: PersonMention) -> Signature:
    return (person.name, person.office or "", person.country or "")
