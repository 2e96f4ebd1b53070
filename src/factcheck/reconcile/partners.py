"""People named by a surname alone, joined through whom they are reported meeting.

An article that names someone only by a surname ('Volkar met Ali Jaber') may say nothing
else of them, or spell the surname its own way; when exactly one full-named person it may
be is reported elsewhere meeting one of the same people, the surname is that person:

- a surname alone with no office and no country, and a full name it is the surname of:
  here someone named beside both (not only met) is enough, as the names agree already;
- a surname alone holding a single-holder office of a country, and the full-named holder
  of that office whose surname it merely resembles ('Volkarov' ~ 'Volkaroff'): one office,
  one counterpart and a similar name are one person;
- a given name alone with nothing else said ('Marta met Ali Jaber'), and a full name it
  is the given name of: spouses and princes are often named so.

The people met are read as entities already resolved, and candidates come from an index
(by the name match, or by office and country), so the cost is a lookup per surname.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from factcheck.lexicon import load_lexicon
from factcheck.model import Claim, PersonMention
from factcheck.names import name_tokens, skeleton, token_similarity
from factcheck.names.compare import FAMILY_MATCH

GIVEN_NAME_CAP = 50
"""A given name more full names than this share ('Mohammed') names nobody in particular."""

if TYPE_CHECKING:
    from factcheck.reconcile.identity import MentionKey, Signature, _Resolver


def join_by_partners(
    resolver: _Resolver, claims: list[Claim], mentions: Mapping[MentionKey, PersonMention]
) -> None:
    """Join each surname alone to the one full-name group it may be that shares a
    counterpart with it in some event; with none or several, it stays apart."""
    bare = set(resolver.bare)
    pairs = sorted({*bare, *_office_twins(resolver), *_given_names(resolver)})
    if not pairs:
        return
    wanted = {sig for pair in pairs for sig in pair}
    partners = _partners(claims, mentions, wanted)
    named_with = _named_with(mentions, {sig for pair in bare for sig in pair})
    find = resolver.sets.find
    roots: dict[tuple[bool, Signature], set[Signature]] = {}

    def around(sig: Signature, beside: bool) -> set[Signature]:
        """The groups of whom `sig` meets (or, `beside`, is named with), once per sig:
        no union happens until every option is found."""
        key = (beside, sig)
        if key not in roots:
            near = named_with if beside else partners
            roots[key] = {find(o) for o in near.get(sig, ())}
        return roots[key]

    options: dict[Signature, set[Signature]] = defaultdict(set)
    for single, full in pairs:
        if resolver.full.get(find(single)):
            continue  # joined to a full name already
        # a surname the names already allow needs only someone named beside it in both;
        # a name merely similar, or a given name, needs someone it is reported meeting
        beside = (single, full) in bare
        met, theirs = around(single, beside), around(full, beside)
        own = {find(single), find(full)}
        if any(o in theirs and o not in own for o in met):
            options[find(single)].add(find(full))
    for group, found in sorted(options.items()):
        if len(found) == 1 and not resolver.full.get(find(group)):
            resolver.union(group, found.pop())


def _office_twins(resolver: _Resolver) -> Iterable[tuple[Signature, Signature]]:
    """(surname alone, full name) in one single-holder office of one country, their
    surnames similar though not one spelling."""
    single_offices = load_lexicon().single_holder_offices
    holders: dict[tuple[str, str, str], list[Signature]] = defaultdict(list)
    for sig in sorted(resolver.is_full):
        if sig[1] in single_offices and sig[2]:
            holders[(sig[1], sig[2], skeleton(name_tokens(sig[0])[-1])[:1])].append(sig)
    for sig in sorted(resolver.articles):
        if sig in resolver.is_full or sig in resolver.ambiguous or not sig[2]:
            continue
        tokens = name_tokens(sig[0])
        key = (sig[1], sig[2], skeleton(tokens[-1])[:1]) if tokens else None
        for full in holders.get(key, ()) if key else ():
            if token_similarity(tokens[-1], name_tokens(full[0])[-1]) >= FAMILY_MATCH:
                yield sig, full


def _given_names(resolver: _Resolver) -> Iterable[tuple[Signature, Signature]]:
    """(one word, full name) where the word is the full name's given name, spelled alike up
    to romanisation, and nothing is said of the one word's person."""
    by_given: dict[str, list[Signature]] = defaultdict(list)
    for sig in sorted(resolver.is_full):
        by_given[skeleton(name_tokens(sig[0])[0])].append(sig)
    for sig in sorted(resolver.articles):
        if sig in resolver.is_full or sig in resolver.ambiguous or sig[1] or sig[2]:
            continue
        tokens = name_tokens(sig[0])
        found = by_given.get(skeleton(tokens[0]), []) if tokens else []
        if len(found) <= GIVEN_NAME_CAP:
            yield from ((sig, full) for full in found)


def _partners(
    claims: list[Claim], mentions: Mapping[MentionKey, PersonMention], wanted: set[Signature]
) -> dict[Signature, set[Signature]]:
    """Whom each wanted signature is reported meeting (the others of its event claims)."""
    out: dict[Signature, set[Signature]] = defaultdict(set)
    for claim in claims:
        if not claim.kind.is_event:
            continue
        sigs = [_sig(mentions[(claim.article, p.name)]) for p in claim.people]
        for sig in sigs:
            if sig in wanted:
                out[sig].update(o for o in sigs if o != sig)
    return out


def _named_with(
    mentions: Mapping[MentionKey, PersonMention], wanted: set[Signature]
) -> dict[Signature, set[Signature]]:
    """Who else each wanted signature's articles name."""
    by_article: dict[str, set[Signature]] = defaultdict(set)
    for (article, _), person in mentions.items():
        by_article[article].add(_sig(person))
    out: dict[Signature, set[Signature]] = defaultdict(set)
    for sigs in by_article.values():
        for sig in sigs & wanted:
            out[sig].update(sigs - {sig})
    return out


def _sig(person: PersonMention) -> Signature:
    return (person.name, person.office or "", person.country or "")
