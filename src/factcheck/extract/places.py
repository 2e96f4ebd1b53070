"""The place of an event: 'in Tehran', 'at the White House', 'the Iranian capital'."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.roles import match_country
from factcheck.extract.tokens import Token
from factcheck.lexicon import load_lexicon

_PLACE_PREPOSITIONS = frozenset({"in", "at"})


@dataclass(frozen=True)
class Place:
    """A named place and the token indices (within the sentence) that name it."""

    name: str
    first: int
    last: int


def place_at(tokens: tuple[Token, ...], index: int) -> Place | None:
    """A city, 'the <demonym> capital' or a named venue starting after the preposition at
    `index`; None when what follows is not a place."""
    lex = load_lexicon()
    k = index + 1
    for size in range(min(4, len(tokens) - k), 0, -1):
        key = tuple(t.norm for t in tokens[k : k + size])
        if key in lex.cities:
            return Place(lex.cities[key][0], k, k + size - 1)
    if k < len(tokens) and tokens[k].norm == "the":
        country = match_country(tokens[k + 1 :], lex)
        if country:
            iso, size = country
            after = k + 1 + size
            if after < len(tokens) and tokens[after].norm == "capital" and iso in lex.capitals:
                return Place(lex.capitals[iso], k, after)
        if tokens[index].norm == "at":
            run = k + 1
            while run < len(tokens) and tokens[run].is_capitalised and tokens[run].is_word:
                run += 1
            if run - (k + 1) >= 2:
                return Place(" ".join(t.text for t in tokens[k + 1 : run]), k, run - 1)
    return None


def find_place(tokens: tuple[Token, ...], first: int, last: int) -> Place | None:
    """The first place named by 'in'/'at' between token indices `first` and `last`."""
    for index in range(first, min(last, len(tokens) - 1)):
        if tokens[index].norm in _PLACE_PREPOSITIONS:
            place = place_at(tokens, index)
            if place:
                return place
    return None
