"""What an article implies of its people without stating it: a counterpart's office, and
the country of an official the article gives none.

'his Iranian counterpart X' holds the office of the person he meets, in another country.
In an article about two countries, an official meeting someone of one of them is of the
other; an official otherwise takes the article's clearly dominant country.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from factcheck.extract.parsed.frames import Frame
from factcheck.extract.parsed.people import ArticlePeople
from factcheck.lexicon import load_lexicon
from factcheck.model import RoleBasis
from factcheck.offices import office_label

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
            owner = owners[0]
            demonym = _demonym(person.counterpart_country)
            label = office_label(owner.office or "")
            inferred = f"{label} (inferred: {demonym} counterpart)" if demonym else label
            person.office = owner.office
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
    """How often each country is named (by name or demonym) in the parsed sentences."""
    lex = load_lexicon()
    counts: Counter[str] = Counter()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "NORP"}:
                continue
            words = tuple(
                w
                for w in ent.text.lower().replace("’", "'").replace("'s", "").split()
                if w != "the"
            )
            iso = lex.countries.get(words) or lex.demonyms.get(words)
            if iso:
                counts[iso] += 1
    return counts


def infer_countries(people: ArticlePeople, frames: list[Frame], counts: Counter[str]) -> None:
    """Countries for officials the article gives none (see the module docstring)."""
    ranked = counts.most_common(2)
    if len(ranked) == 2:
        pair = [ranked[0][0], ranked[1][0]]
        for frame in frames:
            party = [people.people[k] for k in (frame.who, *frame.met)]
            known = {p.country for p in party} - {None}
            if len(known) != 1:
                continue
            (country,) = known
            if country not in pair:
                continue
            other = pair[1] if country == pair[0] else pair[0]
            for person in party:
                if person.country is None and person.office is not None:
                    person.country = other
    dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 else None
    if dominant and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        for person in people.people.values():
            if person.country is None and person.office is not None:
                person.country = dominant
