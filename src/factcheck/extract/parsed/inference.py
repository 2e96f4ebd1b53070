"""What an article implies of its people without stating it: a counterpart's office, and
the country of a person the article gives none.

'his Iranian counterpart X' holds the office of the person he meets, in another country.
An official meeting someone of country A is of the article's other country (the one other
country its people are stated to be of, else the other country it names about as often);
the rest take the article's clearly dominant country, never one a person they meet is of.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from factcheck.extract.parsed.frames import Frame
from factcheck.extract.parsed.people import ArticlePeople, Person, is_title_case
from factcheck.extract.parsed.titles import institution_country
from factcheck.extract.roles import parse_title
from factcheck.extract.tokens import tokenize
from factcheck.lexicon import load_lexicon
from factcheck.model import RoleBasis
from factcheck.offices import office_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
            office = _generic(owners[0].office or "")
            demonym = _demonym(person.counterpart_country)
            label = office_label(office)
            inferred = f"{label} (inferred: {demonym} counterpart)" if demonym else label
            person.office = office
            person.role = inferred + ("" if demonym else " (inferred: counterpart)")
            person.role_basis = RoleBasis.INFERRED


def _generic(office: str) -> str:
    """The office a counterpart abroad holds: the generic one ('defense_minister') for a
    country's own name of it ('defense_secretary')."""
    return load_lexicon().office_broader.get(office, office)


def _demonym(country: str | None) -> str:
    if country is None:
        return ""
    for key, iso in load_lexicon().demonyms.items():
        if iso == country:
            return " ".join(w.capitalize() for w in key)
    return country


def described_countries(people: ArticlePeople, docs: list[Doc]) -> None:
    """'the Saudi crown prince', 'the Turkish president': a definite description with a
    country, in the body, gives it to the one person of the article holding its office;
    'X's wife, Y' gives Y the country X is stated to be of."""
    for index, doc in enumerate(docs):
        if is_title_case(doc):
            continue  # a headline's 'Saudi Crown Prince' may be anyone's title
        for token in doc:
            _relative_country(people, index, token)
            if token.dep_ in {"compound", "appos"} or people.mention_at(index, token.i):
                continue  # a title of the name it stands with
            found = _description(token)
            if found is None:
                continue
            offices, country = found
            holders = [
                p for p in people.people.values() if p.office and _generic(p.office) in offices
            ]
            if len(holders) == 1 and holders[0].country is None:
                holders[0].country = country


def described_offices(people: ArticlePeople, docs: list[Doc]) -> None:
    """'The Iranian president said ...': a definite description naming an office and a
    country, in the body, gives that office (inferred) to the one person of the article of
    that country (else of no known country) who holds none, when no one of the article
    holds the office there; see also _refine."""
    for index, doc in enumerate(docs):
        if is_title_case(doc):
            continue
        for token in doc:
            if token.dep_ in {"compound", "appos"} or people.mention_at(index, token.i):
                continue  # a title of the name it stands with
            _refine(people, index, token)
            found = _description(token)
            if found is None or len(found[0]) != 1:
                continue
            (office,), country = found
            everyone = people.people.values()
            if any(
                p.office and _generic(p.office) == office and p.country in {country, None}
                for p in everyone
            ):
                continue  # someone holds it already (or may: their country is not known)
            bare = [p for p in everyone if p.office is None and not p.counterpart]
            theirs = [p for p in bare if p.country == country]
            unknown = [p for p in bare if p.country is None]
            chosen = theirs or unknown
            if len(chosen) == 1:
                phrase = doc[token.left_edge.i : token.i + 1].text
                chosen[0].country = country
                chosen[0].office = office
                chosen[0].role = f"{office_label(office)} (inferred: {phrase})"
                chosen[0].role_basis = RoleBasis.INFERRED
    others = _described_otherwise(people, docs)
    for index, doc in enumerate(docs):
        if not is_title_case(doc):
            for token in doc:
                _subject_description(people, index, token, others)


def _described_otherwise(people: ArticlePeople, docs: list[Doc]) -> set[int]:
    """People introduced as one of many by an apposition ('X, a body language expert,'):
    an expert or a witness, whom an office's bare description never means."""
    found: set[int] = set()
    for mention in people.mentions:
        head = docs[mention.sentence][mention.last]
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and _indefinite(child):
                found.add(mention.person)
    return found


def _indefinite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


RECENT = 3
"""Sentences back a bare description as subject ('The minister said') may reach for its
referent."""


def _subject_description(people: ArticlePeople, index: int, token: Token, others: set[int]) -> None:
    """'The President-elect said ...': a definite description of an office, with no
    country, as a sentence's subject refers to the person the text has just named; when
    no one of the article holds that office, the one named last (in the last few
    sentences) who holds no office takes it, else, for an office-elect ('president-elect'),
    the one named last who was called by the office itself ('President X'), as a caption
    may anticipate it."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or people.mention_at(index, token.i):
        return
    doc = token.doc
    first = token.left_edge.i
    if doc[first].lower_ != "the" or first == token.i:
        return
    if any(
        people.mention_at(index, k) or doc[k].ent_type_ in {"GPE", "NORP"}
        for k in range(first, token.i + 1)
    ):
        return
    phrase = doc[first : token.i + 1].text
    title = parse_title(tokenize(phrase), phrase)
    if title is None or title.office is None or title.country is not None:
        return
    if title.end - title.start < len(phrase) - len("the "):
        return  # more than an office: 'the minister's aide'
    office = title.office
    everyone = list(people.people.values())
    if any(p.office == office for p in everyone):
        return
    base = office.removesuffix("_elect") if office.endswith("_elect") else None
    for allowed in ({None}, {base} if base else set()):
        keys = {
            p.key
            for p in everyone
            if p.office in allowed and not p.counterpart and p.key not in others
        }
        before = [
            m
            for m in people.mentions
            if m.person in keys
            and index - RECENT <= m.sentence
            and (m.sentence, m.last) < (index, token.i)
        ]
        if before:
            chosen = people.people[max(before, key=lambda m: (m.sentence, m.last)).person]
            chosen.office = office
            chosen.role = f"{office_label(office)} (inferred: {phrase})"
            chosen.role_basis = RoleBasis.INFERRED
            return


def _refine(people: ArticlePeople, index: int, token: Token) -> None:
    """'Prince X' ... 'The Crown Prince said': a definite description of an office whose
    head word is the title (or courtesy) a person was named with gives that person the
    office, when no one holds it: the one of them named last before it."""
    if token.lower_ not in load_lexicon().office_head_words:
        return
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    title = parse_title(tokenize(phrase), phrase)
    if title is None or title.office is None:
        return
    head = parse_title(tokenize(token.text), token.text)
    office = head.office if head else None
    everyone = list(people.people.values())
    if office == title.office or any(p.office == title.office for p in everyone):
        return
    named = [
        p
        for p in everyone
        if (office is not None and p.office == office)
        or (p.office is None and token.lower_ in p.courtesy)
    ]
    keys = {p.key for p in named}
    before = [
        m for m in people.mentions if m.person in keys and (m.sentence, m.last) < (index, token.i)
    ]
    if not before:
        return
    chosen = people.people[max(before, key=lambda m: (m.sentence, m.last)).person]
    if title.country is None or chosen.country in {title.country, None}:
        chosen.office = title.office
        chosen.role = f"{office_label(title.office)} (inferred: {phrase})"
        chosen.role_basis = RoleBasis.INFERRED


def _relative_country(people: ArticlePeople, index: int, token: Token) -> None:
    """'X's wife, Y': a relative named after a comma is of the country X is of."""
    if token.lower_ not in load_lexicon().relation_nouns or token.i + 2 >= len(token.doc):
        return
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or token.doc[token.i + 1].text != ",":
        return
    theirs = people.mention_at(index, owner.i)
    named = people.mention_at(index, token.i + 2)
    if theirs is None or named is None or theirs.person == named.person:
        return
    relative, of = people.people[named.person], people.people[theirs.person]
    relative.country = relative.country or of.country


def _description(token: Token) -> tuple[set[str], str] | None:
    """The offices and country of a definite description headed by `token`, if it is one
    with a country ('the Saudi minister'); a generic head ('leader') stands for the
    offices it may name."""
    lex = load_lexicon()
    heads = lex.description_heads
    if token.lower_ not in lex.office_head_words and token.lower_ not in heads:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    title = parse_title(tokenize(phrase), phrase)
    if title is None or title.country is None:
        return None
    offices = {title.office} if title.office else set(heads.get(token.lower_, ()))
    return {_generic(o) for o in offices}, title.country


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
    for person in people.people.values():
        person.country = person.country or _royal_house(person.words)
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
        offices = {_generic(p.office) for p in party if p.country == country and p.office}
        for person in party:
            if person.country is not None or person.office is None:
                continue
            other = _other(country, stated, counts, _generic(person.office) in offices)
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


def _royal_house(words: tuple[str, ...]) -> str | None:
    """The country whose ruling family's name ends a royal's name ('X bin Y Al Saud')."""
    houses = load_lexicon().royal_houses
    for size in (2, 1):
        if len(words) > size and words[-size:] in houses:
            return houses[words[-size:]]
    return None


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
    office = _generic(person.office) if person.office else None
    if office and any(p.office and _generic(p.office) == office for p in theirs):
        return False
    if national and (person.office is None or alone or not theirs):
        return True
    return person.office is not None and not theirs
