"""The place of an event: 'in Tehran', 'at the White House', 'the Iranian capital'."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.roles import match_country
from factcheck.extract.tokens import Token
from factcheck.lexicon import load_lexicon

_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "on",
        "to",
        "around",
        "across",
        "inside",
        "outside",
        "visited",
        "visiting",
        "visit",
        "visits",
        "toured",
        "tours",
    }
)
"""Words a place follows: prepositions, and visit verbs (visited the White House)."""


@dataclass(frozen=True)
class Place:
    """A named place and the token indices (within the sentence) that name it."""

    name: str
    first: int
    last: int


def place_at(tokens: tuple[Token, ...], index: int) -> Place | None:
    """A city, 'the <demonym> capital' or a named venue starting after the preposition at
    `index`; None when what follows is not a place. After 'on' and 'to' only venues and
    cities count ('on Capitol Hill', 'heading to Geneva')."""
    lex = load_lexicon()
    k = index + 1
    for size in range(min(4, len(tokens) - k), 0, -1):
        key = tuple(t.norm for t in tokens[k : k + size])
        if key in lex.cities:
            return Place(lex.cities[key][0], k, k + size - 1)
    start = k + 1 if k < len(tokens) and tokens[k].norm == "the" else k
    if start > k:
        # 'in the Kentucky senator's Capitol office': the venue follows the possessive
        owner = next(
            (m for m in range(start, min(start + 4, len(tokens))) if tokens[m].norm == "'s"), None
        )
        if owner is not None and all(t.is_word for t in tokens[start:owner]):
            venue = _venue(tokens, owner + 1)
            if venue:
                return venue
        country = match_country(tokens[start:], lex)
        if country:
            iso, size = country
            after = start + size
            if after < len(tokens) and tokens[after].norm == "capital" and iso in lex.capitals:
                return Place(lex.capitals[iso], k, after)
    return _venue(tokens, start)


def _venue(tokens: tuple[Token, ...], start: int) -> Place | None:
    """'White House', 'Oval Office', 'Capitol Hill', 'Capitol': capitalised words ending in
    a venue head, or a named venue."""
    lex = load_lexicon()
    end = start
    while (
        end < len(tokens) and end - start < 5 and tokens[end].is_word and tokens[end].is_capitalised
    ):
        end += 1
    for last in range(end - 1, start - 1, -1):
        norm = tokens[last].norm
        if norm in lex.venue_heads and (last > start or norm in lex.named_venues):
            return Place(" ".join(t.text for t in tokens[start : last + 1]), start, last)
    return None


def find_place(tokens: tuple[Token, ...], first: int, last: int) -> Place | None:
    """The first place named by 'in'/'at' between token indices `first` and `last`."""
    parts = load_lexicon().place_part_nouns
    for index in range(first, min(last, len(tokens) - 1)):
        norm = tokens[index].norm
        if norm in _PLACE_PREPOSITIONS or (
            norm == "of" and index > 0 and tokens[index - 1].norm in parts
        ):  # 'on the steps of the Capitol', 'the edge of the Rose Garden'
            place = place_at(tokens, index)
            if place:
                return place
    return None


def place_before(tokens: tuple[Token, ...], at: int) -> Place | None:
    """A city or venue written just before an event noun: 'the Tehran meeting', 'White House
    transition meeting'."""
    lex = load_lexicon()
    for start in range(max(0, at - 5), at):
        for end in range(at - 1, start - 1, -1):
            words = tokens[start : end + 1]
            key = tuple(t.norm for t in words)
            named = key in lex.cities and all(t.is_capitalised for t in words)
            if named and _modifiers_only(tokens[end + 1 : at]):
                return Place(lex.cities[key][0], start, end)
        venue = _venue(tokens, start)
        if venue and venue.last < at and _modifiers_only(tokens[venue.last + 1 : at]):
            return venue
    return None


def _modifiers_only(between: tuple[Token, ...]) -> bool:
    """Only lower-case words between a place and its event noun ('White House transition
    meeting'); a name there ('Mayor of London Anna Berg met') means the place is another's."""
    return not any(t.is_capitalised for t in between)
