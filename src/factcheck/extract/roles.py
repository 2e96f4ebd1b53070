"""Titles around a name: rank, office and country from 'Syria's Defence Minister Lt. Gen. X'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.offices import is_acronym, office_key, singular

_POSSESSIVE = frozenset({"'s"})
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Title:
    """What a title chain says of the person it qualifies; spans are article offsets."""

    start: int
    end: int
    rank: str | None = None
    rank_span: tuple[int, int] | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    office: str | None = None
    country: str | None = None
    honorific: bool = False


@lru_cache(maxsize=1)
def _chain_vocabulary() -> frozenset[str]:
    lex = load_lexicon()
    vocab = set(lex.chain_words) | set(lex.connector_words) | set(lex.honorifics)
    for key in (*lex.ranks, *lex.countries, *lex.demonyms):
        vocab.update(key)
    return frozenset(vocab)


def is_chain_token(token: Token) -> bool:
    """True for tokens that may stand in a title chain (ranks, office words, countries,
    organisation acronyms such as FBI or F.B.I.)."""
    return _is_chain_text(token.text, token.norm)


@lru_cache(maxsize=65536)
def _is_chain_text(text: str, norm: str) -> bool:
    """is_chain_token on a token's text and norm: computed once per distinct word."""
    if text in {".", "-"} or is_acronym(text):
        return True
    vocab = _chain_vocabulary()
    if norm in vocab:
        return True
    parts = norm.split("-")
    return len(parts) > 1 and all(part in vocab for part in parts)


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.text not in {".", "-"}]


@lru_cache(maxsize=1)
def country_first_words() -> frozenset[str]:
    """First words of every country name and demonym: a sentence without one names none."""
    lex = load_lexicon()
    return frozenset(key[0] for key in (*lex.countries, *lex.demonyms))


def match_country(tokens: Sequence[Token], lex: Lexicon) -> tuple[str, int] | None:
    """Longest country name or demonym at the start of `tokens`: (ISO code, tokens used)."""
    if not tokens or tokens[0].norm not in country_first_words():
        return None
    for size in range(min(lex.max_phrase, len(tokens)), 0, -1):
        key = tuple(t.norm for t in tokens[:size])
        iso = lex.countries.get(key) or lex.demonyms.get(key)
        if iso:
            return iso, size
    return None


def find_country(tokens: Sequence[Token]) -> str | None:
    """The first country or demonym named anywhere in `tokens`, as ISO alpha-2."""
    lex = load_lexicon()
    for index in range(len(tokens)):
        found = match_country(tokens[index:], lex)
        if found:
            return found[0]
    return None


def _rank_at_end(words: list[Token], lex: Lexicon) -> tuple[str, int] | None:
    for size in range(min(4, len(words)), 0, -1):
        key = tuple(t.norm for t in words[-size:])
        if key in lex.ranks:
            before = words[-size - 1].norm if len(words) > size else ""
            if key == ("general",) and before in lex.not_rank_before_general:
                return None  # 'Attorney General', 'Secretary General': an office
            return lex.ranks[key], size
    return None


def parse_title(tokens: Sequence[Token], text: str) -> Title | None:
    """Read a title chain (already cut to chain tokens) into rank, role, office and country.

    Returns None when the chain says nothing about a person (only connectors).
    """
    lex = load_lexicon()
    words = _words(tokens)
    while words and (words[0].norm in lex.connector_words or words[0].norm in _DETERMINERS):
        words = words[1:]
    while words and words[-1].norm in lex.connector_words:
        words = words[:-1]
    if not words:
        return None
    start, end = words[0].start, words[-1].end
    rank = rank_span = None
    honorific = False
    if words[-1].norm in lex.honorifics:
        honorific = True
        words = words[:-1]
    found_rank = _rank_at_end(words, lex)
    if found_rank:
        rank, size = found_rank
        rank_span = (words[-size].start, words[-1].end)
        words = words[:-size]
        if words and words[-1].norm in lex.honorifics:
            honorific = True
            words = words[:-1]
    country = find_country(words)
    role_words = _strip_leading_country(words, lex)
    while role_words and role_words[-1].norm in lex.connector_words | _DETERMINERS:
        role_words = role_words[:-1]
    role = role_span = office = None
    if role_words and any(
        singular(part) in lex.office_head_words for t in role_words for part in t.norm.split("-")
    ):
        role_span = (role_words[0].start, role_words[-1].end)
        role = text[role_span[0] : role_span[1]]
        office = office_key(role)
    if rank is None and role is None and not honorific and country is None:
        return None
    return Title(start, end, rank, rank_span, role, role_span, office, country, honorific)


def _strip_leading_country(words: list[Token], lex: Lexicon) -> list[Token]:
    """Drop 'the', 'Iran 's' or 'Syrian' in front of an office: they give the country."""
    while words and words[0].norm in _DETERMINERS:
        words = words[1:]
    found = match_country(words, lex)
    if found:
        size = found[1]
        if len(words) > size and words[size].norm in _POSSESSIVE:
            size += 1
        if len(words) > size:
            words = words[size:]
    return words
