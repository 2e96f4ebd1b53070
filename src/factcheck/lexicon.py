"""Reference word lists read from `factcheck/data/`: ranks, offices, countries, names, verbs.

Every list is data, not code, so that a new rank, office or demonym is a one-line change.
The lexicon is loaded once per process (`load_lexicon` is cached) and never mutated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class OfficeRule:
    """An office key and the words that must all occur in a role for the key to apply."""

    key: str
    words: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """All reference lists, with the lookups the extractor and reconciler need."""

    ranks: dict[tuple[str, ...], str]
    office_rules: tuple[OfficeRule, ...]
    deputy_words: frozenset[str]
    single_holder_offices: frozenset[str]
    organisation_qualified_offices: frozenset[str]
    not_rank_before_general: frozenset[str]
    office_labels: dict[str, str]
    office_broader: dict[str, str]
    office_head_words: frozenset[str]
    description_heads: dict[str, frozenset[str]]
    chain_words: frozenset[str]
    connector_words: frozenset[str]
    honorifics: frozenset[str]
    given_name_titles: frozenset[str]
    name_part_titles: frozenset[str]
    countries: dict[tuple[str, ...], str]
    demonyms: dict[tuple[str, ...], str]
    cities: dict[tuple[str, ...], tuple[str, str]]
    capitals: dict[str, str]
    institutions: dict[tuple[str, ...], str]
    given_names: frozenset[str]
    stop_words: frozenset[str]
    function_words: frozenset[str]
    description_adjectives: frozenset[str]
    abbreviations: frozenset[str]
    clause_openers: frozenset[str]
    time_of_day_words: frozenset[str]
    verbs: dict[str, frozenset[str]]
    target_aliases: dict[str, str]
    venue_heads: frozenset[str]
    named_venues: frozenset[str]
    place_part_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    credit_words: frozenset[str]
    female_honorifics: frozenset[str]
    male_honorifics: frozenset[str]

    @property
    def max_phrase(self) -> int:
        """Longest multi-word entry, in tokens; bounds every longest-match scan."""
        return 6


def _read_json(name: str) -> dict[str, Any]:
    text = resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _read_lines(name: str) -> list[str]:
    text = resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def phrase_key(text: str) -> tuple[str, ...]:
    """Lower-case word tuple of a phrase, dots dropped: 'Lt. Gen.' -> ('lt', 'gen')."""
    cleaned = text.lower().replace(".", " ").replace("’", "'")
    cleaned = cleaned.replace("'s ", " 's ")
    return tuple(cleaned.split())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file once; later calls return the same object."""
    ranks_data = _read_json("ranks.json")["ranks"]
    ranks: dict[tuple[str, ...], str] = {}
    for canonical, variants in ranks_data.items():
        for variant in [canonical, *variants]:
            ranks[phrase_key(variant.replace("-", " "))] = canonical
    offices = _read_json("offices.json")
    countries_data = _read_json("countries.json")["countries"]
    countries: dict[tuple[str, ...], str] = {}
    demonyms: dict[tuple[str, ...], str] = {}
    cities: dict[tuple[str, ...], tuple[str, str]] = {}
    capitals: dict[str, str] = {}
    institutions: dict[tuple[str, ...], str] = {}
    for iso, entry in countries_data.items():
        for name in entry["names"]:
            countries[phrase_key(name)] = iso
        for demonym in entry["demonyms"]:
            demonyms[phrase_key(demonym)] = iso
        for index, city in enumerate(entry["cities"]):
            cities.setdefault(phrase_key(city), (city, iso))
            if index == 0:
                capitals[iso] = city
        for institution in entry.get("institutions", ()):
            institutions[phrase_key(institution)] = iso
    words = _read_json("words.json")
    stop = set(words["function_words"]) | set(words["calendar_words"])
    stop |= set(words["organisation_words"]) | set(words["region_words"])
    verbs_data = _read_json("verbs.json")
    verbs = {k: frozenset(v) for k, v in verbs_data.items() if not k.startswith("_")}
    targets = _read_json("stance_targets.json")["aliases"]
    places = _read_json("places.json")
    honorifics = _read_json("honorifics.json")
    return Lexicon(
        ranks=ranks,
        office_rules=tuple(
            OfficeRule(rule["key"], frozenset(rule["all"])) for rule in offices["rules"]
        ),
        deputy_words=frozenset(offices["deputy_words"]),
        single_holder_offices=frozenset(offices["single_holder"]),
        organisation_qualified_offices=frozenset(offices["qualified_by_organisation"]),
        not_rank_before_general=frozenset(offices["not_rank_before_general"]),
        office_labels=dict(offices["labels"]),
        office_broader=dict(offices["narrower"]),
        office_head_words=frozenset(offices["head_words"]),
        description_heads={k: frozenset(v) for k, v in offices["description_heads"].items()},
        chain_words=frozenset(offices["chain_words"]),
        connector_words=frozenset(offices["connector_words"]),
        honorifics=frozenset(honorifics["honorifics"]),
        given_name_titles=frozenset(honorifics["given_name_titles"]),
        name_part_titles=frozenset(honorifics.get("name_part_titles", ())),
        countries=countries,
        demonyms=demonyms,
        cities=cities,
        capitals=capitals,
        institutions=institutions,
        given_names=frozenset(_read_lines("given_names.txt")),
        stop_words=frozenset(stop),
        function_words=frozenset(words["function_words"]) | frozenset(words["calendar_words"]),
        description_adjectives=frozenset(words["description_adjectives"]),
        abbreviations=frozenset(words["abbreviations"]),
        clause_openers=frozenset(words["clause_openers"]),
        time_of_day_words=frozenset(words["time_of_day_words"]),
        verbs=verbs,
        target_aliases={k.lower(): v for k, v in targets.items()},
        venue_heads=frozenset(places["venue_heads"]),
        named_venues=frozenset(places["named_venues"]),
        place_part_nouns=frozenset(places["place_part_nouns"]),
        relation_nouns=frozenset(places["relation_nouns"]),
        credit_words=frozenset(places["credit_words"]),
        female_honorifics=frozenset(places["female_honorifics"]),
        male_honorifics=frozenset(places["male_honorifics"]),
    )


def country_in(text: str) -> str | None:
    """The first country or demonym written in `text`, as ISO alpha-2, or None."""
    lex = load_lexicon()
    words = phrase_key(text.replace(",", " ") + " ")  # a closing "Iran's" too
    for i in range(len(words)):
        for size in range(min(lex.max_phrase, len(words) - i), 0, -1):
            key = words[i : i + size]
            iso = lex.countries.get(key) or lex.demonyms.get(key)
            if iso:
                return iso
    return None
