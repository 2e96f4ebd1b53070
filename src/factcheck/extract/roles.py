"""Titles around a name: rank, office and country from 'Syria's Defence Minister Lt. Gen. X'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon, load_lexicon

_POSSESSIVE = frozenset({"'s"})
_DETERMINERS = frozenset({"the", "a", "an"})
_PAST = frozenset({"former", "ex", "late", "then", "previous", "onetime", "erstwhile"})


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


def office_key(role: str | None) -> str | None:
    """Normalise an office as written to a short key ('Minister of Defence' -> defense_minister).

    Returns None when the role names no known office (e.g. a bare 'Minister') or an office
    no longer held ('former secretary of state').
    """
    if not role:
        return None
    lex = load_lexicon()
    words = set(
        role.lower().replace("defence", "defense").replace("-", " ").replace("’", "'").split()
    )
    if words & _PAST:
        return None
    for rule in lex.office_rules:
        if rule.words <= words:
            deputy = words & lex.deputy_words
            if deputy and rule.key not in {"vice_president", "vice_president_elect"}:
                return "deputy_" + rule.key
            organisation = _organisation(role)
            if organisation and rule.key in _qualified():
                return f"{organisation}_{rule.key}"
            return rule.key
    return None


def _organisation(role: str) -> str | None:
    """An organisation acronym in a role ('FBI director' -> 'fbi'), not a country code."""
    lex = load_lexicon()
    for word in role.replace("-", " ").split():
        letters = word.replace(".", "")
        if _is_acronym(word) and (letters.lower(),) not in lex.countries:
            return letters.lower()
    return None


@lru_cache(maxsize=1)
def _qualified() -> frozenset[str]:
    return frozenset(_read_offices()["qualified_by_organisation"])


@lru_cache(maxsize=1)
def _not_rank_before_general() -> frozenset[str]:
    return frozenset(_read_offices()["not_rank_before_general"])


def _read_offices() -> dict[str, list[str]]:
    import json
    from importlib import resources

    text = resources.files("factcheck.data").joinpath("offices.json").read_text("utf-8")
    data: dict[str, list[str]] = json.loads(text)
    return data


def offices_compatible(a: str, b: str) -> bool:
    """True for one office, or an office and its '-elect' ('president' / 'president_elect')."""
    return a.removesuffix("_elect") == b.removesuffix("_elect")


def office_label(key: str) -> str:
    """Human label of an office key ('defense_minister' -> 'defense minister')."""
    return load_lexicon().office_labels.get(key, key.replace("_", " "))


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
    if token.text in {".", "-"}:
        return True
    if _is_acronym(token.text):
        return True
    vocab = _chain_vocabulary()
    if token.norm in vocab:
        return True
    parts = token.norm.split("-")
    return len(parts) > 1 and all(part in vocab for part in parts)


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.text not in {".", "-"}]


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(key[0] for key in (*lex.countries, *lex.demonyms))


def match_country(tokens: Sequence[Token], lex: Lexicon) -> tuple[str, int] | None:
    """Longest country name or demonym at the start of `tokens`: (ISO code, tokens used)."""
    if not tokens or tokens[0].norm not in _country_first_words():
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
            if key == ("general",) and before in _not_rank_before_general():
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
        part in lex.office_head_words for t in role_words for part in t.norm.split("-")
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
