"""Offices and countries an article gives by description rather than next to a name:
'The Iranian president said', 'The President-elect said', 'the Saudi crown prince',
'X's wife, Y'. Each goes to the one person of the article it can be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extract.parsed.lexicon import load_frames
from factcheck.extract.parsed.people import ArticlePeople, is_title_case
from factcheck.extract.roles import parse_title
from factcheck.extract.tokens import tokenize
from factcheck.lexicon import load_lexicon
from factcheck.model import ClaimKind, RoleBasis
from factcheck.offices import office_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def generic_office(office: str) -> str:
    """The office a counterpart abroad holds: the generic one ('defense_minister') for a
    country's own name of it ('defense_secretary')."""
    return load_lexicon().office_broader.get(office, office)


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
                p
                for p in people.people.values()
                if p.office and generic_office(p.office) in offices
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
                p.office and generic_office(p.office) == office and p.country in {country, None}
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
    with a country ('the Saudi minister'), or of the visitor of a visit the article tells
    ('the first trip by an Iranian president to X'); a generic head ('leader') stands for
    the offices it may name."""
    lex = load_lexicon()
    heads = lex.description_heads
    if token.lower_ not in lex.office_head_words and token.lower_ not in heads:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not (
        _indefinite(token) and _visitor(token)
    ):
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    title = parse_title(tokenize(phrase), phrase)
    if title is None or title.country is None:
        return None
    offices = {title.office} if title.office else set(heads.get(token.lower_, ()))
    return {generic_office(o) for o in offices}, title.country


def _visitor(token: Token) -> bool:
    """`token` is the agent of a visit noun: 'the first visit by an Iranian president'."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.head.pos_ != "NOUN":
        return False
    return load_frames().event_nouns.get(by.head.lemma_.lower()) is ClaimKind.VISIT
