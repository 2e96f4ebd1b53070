"""What an article implies of its people without stating it: a counterpart's office, and
the country of a person the article gives none.

'his Iranian counterpart X' holds the office of the person he meets, in another country.
An official meeting someone of country A is of the article's other country (the one other
country its people are stated to be of, else the other country it names about as often);
the rest take the article's clearly dominant country, never one a person they meet is of.
What descriptions give ('The Iranian president said') is read in described.py.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from factcheck.extract.parsed.described import (
    described_countries,
    described_offices,
    generic_office,
)
from factcheck.extract.parsed.frames import Frame
from factcheck.extract.parsed.people import ArticlePeople, Person
from factcheck.extract.parsed.titles import institution_country
from factcheck.lexicon import load_lexicon
from factcheck.model import RoleBasis
from factcheck.offices import office_label

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "country_counts",
    "described_countries",
    "described_offices",
    "infer_counterparts",
    "infer_countries",
]

DOMINANCE = 2
"""A country dominates when named (or held) this many times as often as the next."""
STATED_DOMINANCE = 3
"""The same for the countries the article's people are stated to be of: a few people."""
ALONE = 5
"""An article names its country alone when it names all others this many times less."""
PEER = 3
"""A second country named a third as often as the first is one the article is about."""


def infer_counterparts(people: ArticlePeople, frames: list[Frame]) -> None:
    """Give each 'counterpart' the office of the person they meet in the article."""
    for frame in frames:
        party = [frame.who, *frame.met]
        for key in party:
            person = people.people[key]
            if not person.counterpart:
                continue
            if person.counterpart_country and person.country is None:
                person.country = person.counterpart_country
            if person.office is not None:
                continue
            owners = [people.people[k] for k in party if k != key and people.people[k].office]
            if not owners:
                continue
            office = generic_office(owners[0].office or "")
            demonym = _demonym(person.counterpart_country)
            label = office_label(office)
            inferred = f"{label} (inferred: {demonym} counterpart)" if demonym else label
            person.office = office
            person.role = inferred + ("" if demonym else " (inferred: counterpart)")
            person.role_basis = RoleBasis.INFERRED


def _demonym(country: str | None) -> str:
    if country is None:
        return ""
    for key, iso in load_lexicon().demonyms.items():
        if iso == country:
            return " ".join(w.capitalize() for w in key)
    return country


def country_counts(docs: list[Doc]) -> Counter[str]:
    """How often each country is named (by name, demonym, one of its cities or its
    government's seat) in the parsed sentences: 'Ankara' and 'the Kremlin' say a country
    as much as its name does."""
    lex = load_lexicon()
    counts: Counter[str] = Counter()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "ORG":
                iso = institution_country(ent.text)
                counts.update([iso] if iso else [])
            if ent.label_ not in {"GPE", "NORP"}:
                continue
            words = tuple(
                w
                for w in ent.text.lower().replace("’", "'").replace("'s", "").split()
                if w != "the"
            )
            iso = lex.countries.get(words) or lex.demonyms.get(words)
            if iso is None and words in lex.cities:
                iso = lex.cities[words][1]
            if iso:
                counts[iso] += 1
    return counts


def _dominant(counts: Counter[str], ratio: int) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) == 2 and ranked[0][1] < ratio * ranked[1][1]:
        return None
    return ranked[0][0]


def _other(
    country: str, stated: Counter[str], counts: Counter[str], same_office: bool
) -> str | None:
    """The country of an official meeting someone of `country`: the other country the
    article names most, when the two hold one office (so are of two countries), else when
    it is named about as often as `country` and its people are stated to be of it or it
    is named clearly more than any third."""
    rest = Counter({c: n for c, n in counts.items() if c != country})
    ranked = rest.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    best, times = ranked[0]
    if times < 2:
        return None  # named once, as where they met: no one's country yet
    if same_office:
        return best
    if PEER * times < counts[country]:
        return None
    return best if best in stated or _dominant(rest, DOMINANCE) else None


def infer_countries(people: ArticlePeople, frames: list[Frame], counts: Counter[str]) -> None:
    """Countries for people the article gives none (see the module docstring)."""
    stated = Counter(p.country for p in people.people.values() if p.country)
    partners: dict[int, set[int]] = {}
    for frame in frames:
        party = [people.people[k] for k in (frame.who, *frame.met)]
        for person in party:
            partners.setdefault(person.key, set()).update(p.key for p in party)
        known = {p.country for p in party if p.country}
        if len(known) != 1:
            continue
        (country,) = known
        offices = {generic_office(p.office) for p in party if p.country == country and p.office}
        for person in party:
            if person.country is not None or person.office is None:
                continue
            other = _other(country, stated, counts, generic_office(person.office) in offices)
            if other:
                person.country = other
    dominant = _article_country(stated, counts)
    if dominant is None:
        return
    national = len(stated) == 1 and _dominant(counts, DOMINANCE) == dominant
    alone = counts[dominant] >= ALONE * (sum(counts.values()) - counts[dominant])
    for person in people.people.values():
        met = [people.people[k] for k in partners.get(person.key, ()) if k != person.key]
        if person.country is None and _may_take(person, dominant, met, national, alone):
            person.country = dominant


def _article_country(stated: Counter[str], counts: Counter[str]) -> str | None:
    """The one country an article is about: the country its people are stated to be of,
    when they are of one (or nearly all of one), and the one it names most, when it names
    one clearly more than any other and its people are of no other."""
    if len(stated) > 1:
        return _dominant(stated, STATED_DOMINANCE)
    dominant = _dominant(counts, DOMINANCE)
    if dominant is None or (stated and dominant not in stated):
        return None
    return dominant


def _may_take(
    person: Person, dominant: str, met: list[Person], national: bool, alone: bool
) -> bool:
    """Whether a person takes the article's dominant country: never when they meet its
    holder of their own office (two holders of one office are of two countries); in an
    article about one country, everyone else, but an official meeting one of its own only
    when the article names other countries far less (else they may be its visitor); otherwise an
    official who meets no one of it."""
    theirs = [p for p in met if p.country == dominant]
    office = generic_office(person.office) if person.office else None
    if office and any(p.office and generic_office(p.office) == office for p in theirs):
        return False
    if national and (person.office is None or alone or not theirs):
        return True
    return person.office is not None and not theirs
