"""Model values from what an extractor found: spans, person mentions and stances.

Both extractors build their claims with these, so a person or a stance reads the same
whichever extractor found it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from factcheck.extract.dates import dateline_date
from factcheck.model import (
    Article,
    Claim,
    ClaimKind,
    PersonMention,
    Polarity,
    RoleBasis,
    Span,
    Stance,
    make_claim_id,
)


class FoundPerson(Protocol):
    """What an extractor knows of one person of an article."""

    @property
    def name(self) -> str: ...
    @property
    def forms(self) -> list[tuple[int, int]]: ...
    @property
    def rank(self) -> str | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def role_span(self) -> tuple[int, int] | None: ...
    @property
    def role_basis(self) -> RoleBasis | None: ...
    @property
    def office(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...


class FoundStance(Protocol):
    """A stance an extractor found: its holder's key and the words that voice it."""

    @property
    def holder(self) -> int: ...
    @property
    def target(self) -> str: ...
    @property
    def polarity(self) -> Polarity: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def span(text: str, start: int, end: int) -> Span:
    """The span text[start:end]; built from offsets into `text`, so valid by construction
    (no validation pass: spans are made in the extractors' hot loops)."""
    return Span.model_construct(start=start, end=end, text=text[start:end])


def person_mention(person: FoundPerson, text: str) -> PersonMention:
    """The model's view of one person of an article; the role's evidence is the words of
    the role, else the person's first form."""
    forms = tuple(span(text, a, b) for a, b in sorted(set(person.forms)))
    role_evidence = span(text, *person.role_span) if person.role_span else None
    if role_evidence is None and person.role_basis is not None and forms:
        role_evidence = forms[0]
    return PersonMention(
        name=person.name,
        forms=forms,
        rank=person.rank,
        role=person.role,
        role_basis=person.role_basis,
        office=person.office,
        country=person.country,
        role_evidence=role_evidence,
    )


def stances_of(
    found: Iterable[FoundStance], mentions: Mapping[int, PersonMention], text: str
) -> tuple[Stance, ...]:
    """Stances in text order, each (holder, target, polarity) once."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Stance] = []
    for s in sorted(found, key=lambda s: s.start):
        holder = mentions[s.holder].name
        key = (holder, s.target, s.polarity.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Stance(
                holder=holder,
                target=s.target,
                polarity=s.polarity,
                evidence=span(text, s.start, s.end),
            )
        )
    return tuple(out)


def statement_claim(
    article: Article,
    speaker: PersonMention,
    spans: Iterable[tuple[int, int]],
    found: Iterable[FoundStance],
    mentions: Mapping[int, PersonMention],
) -> Claim:
    """The statement claim of one speaker: the sentences where they speak or hold a stance
    as evidence, dated by the article."""
    text = article.text
    evidence = tuple(span(text, a, b) for a, b in sorted(set(spans)))
    return Claim(
        id=make_claim_id(article.id, ClaimKind.STATEMENT, [speaker.name], evidence[0].start),
        article=article.id,
        kind=ClaimKind.STATEMENT,
        who=speaker,
        when=dateline_date(article.published),
        stance=stances_of(found, mentions, text),
        evidence=evidence,
    )
