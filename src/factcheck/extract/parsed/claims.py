"""Frames, settings and voices of one article -> its claims and people.

Frames of one article that tell the same event again (same people, same mode, no other
date) are one claim with every sentence as evidence. A stance goes to the claim of the
holder's latest event told at or before it, else to the holder's statement claim; a
speaker who takes part in no event gets a statement claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.extract.assembly import person_mention, span, stances_of, statement_claim
from factcheck.extract.dates import dateline_date
from factcheck.extract.parsed.frames import Frame
from factcheck.extract.parsed.people import ArticlePeople
from factcheck.extract.parsed.setting import Setting
from factcheck.extract.parsed.voices import StanceFound, Voice
from factcheck.lexicon import load_lexicon, phrase_key
from factcheck.model import (
    Article,
    Claim,
    ClaimKind,
    Extraction,
    PersonMention,
    Span,
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
    also: list[int] = field(default_factory=list)
    """Others present ('accompanied by', 'attended by'): listed after the counterparts."""

    @property
    def people(self) -> frozenset[int]:
        """The subject and counterparts: what tells one event from another."""
        return frozenset([self.who, *self.met])

    @property
    def everyone(self) -> list[int]:
        """Everyone taking part, in order, once."""
        return list(dict.fromkeys([self.who, *self.met, *self.also]))


def merge_accounts(
    frames: list[Frame], settings: list[Setting], bounds: list[tuple[int, int]]
) -> list[Account]:
    """Accounts of an article: frames of one event told again are merged."""
    accounts: list[Account] = []
    for frame, setting in zip(frames, settings, strict=True):
        people = frozenset([frame.who, *frame.met])
        if frame.joins:
            # one host's companions join an event of the host with someone else: a visit
            # with no named host stays one person's visit
            joined = next(
                (a for a in reversed(accounts) if people <= a.people and len(a.people) >= 2),
                None,
            )
            if len(people) == 1:
                # 'Y was accompanied on the trip by X': the trip's main event, the first
                # of Y's the article tells (the lede), not a side meeting told since
                joined = next((a for a in accounts if frame.who in a.people and a.met), None)
            if joined is not None:
                joined.also.extend(p for p in frame.also if p not in joined.everyone)
                joined.evidence.append(bounds[frame.sentence])
            continue
        date = setting.when.date if setting.when else None
        fits = [
            a
            for a in accounts
            if (a.kind is ClaimKind.CALL) == (frame.kind is ClaimKind.CALL)
            and _same_time(date, a.when.date if a.when else None)
            and not _different_cities(setting.where, a.where)
        ]
        same = next((a for a in fits if a.people == people), None)
        if same is None and len(people) == 2:
            # 'A, B and C had a meeting', then 'A met C': the pair's meeting is the one of
            # the three told before
            same = next((a for a in fits if len(a.people) > 2 and people <= a.people), None)
        if same is None:
            same = Account(frame.kind, frame.who, list(frame.met), frame.planned, [], [])
            accounts.append(same)
        same.planned = same.planned and frame.planned  # a preview and its report are one
        same.also.extend(p for p in frame.also if p not in same.everyone)
        if frame.sentence not in same.sentences:
            same.sentences.append(frame.sentence)
            same.evidence.append(bounds[frame.sentence])
        if same.when is None and setting.when is not None and setting.when.date:
            same.when = setting.when
        if same.where is None and setting.where is not None:
            same.where, same.where_evidence = setting.where, setting.where_evidence
    return accounts


def _different_cities(a: str | None, b: str | None) -> bool:
    """Two places that cannot be one event's: two different cities (a venue may lie in a
    city, so only cities are compared)."""
    if a is None or b is None or a == b:
        return False
    cities = load_lexicon().cities
    return phrase_key(a) in cities and phrase_key(b) in cities


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
    mentions = {key: person_mention(p, text) for key, p in people.people.items()}
    in_events = {p for a in accounts for p in a.everyone}
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
        found = statements.get(holder, [])
        spans = spoken.get(holder, set()) | {(s.start, s.end) for s in found}
        claims.append(statement_claim(article, mentions[holder], spans, found, mentions))
    claims.sort(key=lambda c: (c.evidence[0].start if c.evidence else 0, c.id))
    return Extraction(article=article.id, claims=tuple(claims), people=tuple(mentions.values()))


def _event_claim(
    article: Article,
    account: Account,
    mentions: dict[int, PersonMention],
    dateline: tuple[str, Span] | None,
) -> Claim:
    text = article.text
    evidence = tuple(span(text, a, b) for a, b in account.evidence)
    where, where_evidence = account.where, account.where_evidence
    if where is None and dateline and account.kind.is_in_person:
        where, where_evidence = dateline
    who, met = mentions[account.who], tuple(mentions[p] for p in account.everyone[1:])
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
        stance=stances_of(account.stances, mentions, text),
        evidence=evidence,
        planned=account.planned,
    )


def _undated(published: dt.date | None) -> TimeRef:
    return dateline_date(published)
