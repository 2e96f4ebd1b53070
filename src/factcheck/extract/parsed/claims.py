"""Frames, settings and voices of one article -> its claims and people.

Frames of one article that tell the same event again (same people, same mode, no other
date) are one claim with every sentence as evidence. A stance goes to the claim of the
holder's latest event told at or before it, else to the holder's statement claim; a
speaker who takes part in no event gets a statement claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.extract.dates import dateline_date
from factcheck.extract.parsed.frames import Frame
from factcheck.extract.parsed.people import ArticlePeople, Person
from factcheck.extract.parsed.setting import Setting
from factcheck.extract.parsed.voices import StanceFound, Voice
from factcheck.model import (
    Article,
    Claim,
    ClaimKind,
    Extraction,
    PersonMention,
    Span,
    Stance,
    TimeRef,
    make_claim_id,
)


@dataclass
class Account:
    """One event as the article tells it, possibly over several sentences."""

    kind: ClaimKind
    who: int
    met: list[int]
    planned: bool
    sentences: list[int]
    evidence: list[tuple[int, int]]
    where: str | None = None
    where_evidence: Span | None = None
    when: TimeRef | None = None
    stances: list[StanceFound] = field(default_factory=list)

    @property
    def people(self) -> frozenset[int]:
        """Everyone taking part."""
        return frozenset([self.who, *self.met])


def _span(text: str, start: int, end: int) -> Span:
    # offsets into `text` itself, so valid by construction: no validation pass
    return Span.model_construct(start=start, end=end, text=text[start:end])


def mention_of(person: Person, text: str) -> PersonMention:
    """The model's view of one person of the article."""
    forms = tuple(_span(text, a, b) for a, b in sorted(set(person.forms)))
    role_evidence = _span(text, *person.role_span) if person.role_span else None
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


def merge_accounts(
    frames: list[Frame], settings: list[Setting], bounds: list[tuple[int, int]]
) -> list[Account]:
    """Accounts of an article: frames of one event told again are merged."""
    accounts: list[Account] = []
    for frame, setting in zip(frames, settings, strict=True):
        people = frozenset([frame.who, *frame.met])
        date = setting.when.date if setting.when else None
        same = next(
            (
                a
                for a in accounts
                if a.people == people
                and (a.kind is ClaimKind.CALL) == (frame.kind is ClaimKind.CALL)
                and a.planned == frame.planned
                and _same_time(date, a.when.date if a.when else None)
                and (setting.where is None or a.where is None or setting.where == a.where)
            ),
            None,
        )
        if same is None:
            same = Account(frame.kind, frame.who, list(frame.met), frame.planned, [], [])
            accounts.append(same)
        if frame.sentence not in same.sentences:
            same.sentences.append(frame.sentence)
            same.evidence.append(bounds[frame.sentence])
        if same.when is None and setting.when is not None and setting.when.date:
            same.when = setting.when
        if same.where is None and setting.where is not None:
            same.where, same.where_evidence = setting.where, setting.where_evidence
    return accounts


def _same_time(a: str | None, b: str | None) -> bool:
    """Dates that can tell one event: either missing, or at most a day apart."""
    if a is None or b is None or a == b:
        return True
    if len(a) != 10 or len(b) != 10:
        return a[: min(len(a), len(b))] == b[: min(len(a), len(b))]
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1


def build_extraction(
    article: Article,
    people: ArticlePeople,
    accounts: list[Account],
    voices: list[Voice],
    stances: list[StanceFound],
    dateline: tuple[str, Span] | None,
) -> Extraction:
    """The article's claims in text order, and every person it names."""
    text = article.text
    mentions = {key: mention_of(p, text) for key, p in people.people.items()}
    in_events = {p for a in accounts for p in a.people}
    statements: dict[int, list[StanceFound]] = {}
    for stance in stances:
        own = [a for a in accounts if stance.holder in a.people]
        before = [a for a in own if min(a.sentences) <= stance.sentence]
        if before or own:
            chosen = max(before, key=lambda a: min(a.sentences)) if before else own[0]
            chosen.stances.append(stance)
        else:
            statements.setdefault(stance.holder, []).append(stance)
    spoken: dict[int, set[tuple[int, int]]] = {}
    for voice in voices:
        if voice.person not in in_events:
            spoken.setdefault(voice.person, set()).add((voice.start, voice.end))
    claims = [_event_claim(article, a, mentions, dateline) for a in accounts]
    for holder in sorted(set(statements) | set(spoken)):
        spans = spoken.get(holder, set()) | {(s.start, s.end) for s in statements.get(holder, [])}
        evidence = tuple(_span(text, a, b) for a, b in sorted(spans))
        person = mentions[holder]
        claims.append(
            Claim(
                id=make_claim_id(article.id, ClaimKind.STATEMENT, [person.name], evidence[0].start),
                article=article.id,
                kind=ClaimKind.STATEMENT,
                who=person,
                when=dateline_date(article.published),
                stance=_stances(statements.get(holder, []), mentions, text),
                evidence=evidence,
            )
        )
    claims.sort(key=lambda c: (c.evidence[0].start if c.evidence else 0, c.id))
    return Extraction(article=article.id, claims=tuple(claims), people=tuple(mentions.values()))


def _event_claim(
    article: Article,
    account: Account,
    mentions: dict[int, PersonMention],
    dateline: tuple[str, Span] | None,
) -> Claim:
    text = article.text
    evidence = tuple(_span(text, a, b) for a, b in account.evidence)
    where, where_evidence = account.where, account.where_evidence
    if where is None and dateline and account.kind.is_in_person:
        where, where_evidence = dateline
    who, met = mentions[account.who], tuple(mentions[p] for p in account.met)
    names = [who.name, *(m.name for m in met)]
    return Claim(
        id=make_claim_id(article.id, account.kind, names, evidence[0].start),
        article=article.id,
        kind=account.kind,
        who=who,
        met=met,
        where=where,
        where_evidence=where_evidence,
        when=account.when if account.when else _undated(article.published),
        stance=_stances(account.stances, mentions, text),
        evidence=evidence,
        planned=account.planned,
    )


def _undated(published: dt.date | None) -> TimeRef:
    return dateline_date(published)


def _stances(
    found: list[StanceFound], mentions: dict[int, PersonMention], text: str
) -> tuple[Stance, ...]:
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
                evidence=_span(text, s.start, s.end),
            )
        )
    return tuple(out)
