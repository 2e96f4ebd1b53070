"""Accounts joined into events by what their texts say (invented names throughout)."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, Claim, PersonMention, Report, Span, reconcile
from factcheck.model import ClaimKind, DateBasis, TimeRef

ALI = PersonMention(name="Ali Jaber", office="president", country="JO")
KAREM = PersonMention(name="Karem Volkar", office="president", country="RU")
OMAR = PersonMention(name="Omar Saleh", office="foreign_minister", country="JO")
IVAN = PersonMention(name="Ivan Dorov", office="foreign_minister", country="RU")


def _account(
    article: str, *people: PersonMention, date: str | None, where: str | None = None
) -> Claim:
    text = f"{people[0].name} met {', '.join(p.name for p in people[1:])}."
    return Claim(
        id=f"{article}#meeting-{len(people)}",
        article=article,
        kind=ClaimKind.MEETING,
        who=people[0],
        met=people[1:],
        where=where,
        when=TimeRef(date=date, basis=DateBasis.RELATIVE if date else None),
        evidence=(Span(start=0, end=len(text), text=text),),
    )


def _together(report: Report, a: str, b: str) -> bool:
    return any({a, b} <= set(e.claims) for e in report.events)


def test_an_account_in_one_event_does_not_bridge_it_to_another_months_later() -> None:
    """An undated account joined to the February talks of two presidents is no subset of
    their May meeting with both foreign ministers: the two events keep apart."""
    claims = [
        _account("feb", ALI, KAREM, date="2025-02-04", where="Amman"),
        _account("recall", ALI, KAREM, date=None, where="Amman"),
        _account("may", ALI, KAREM, OMAR, IVAN, date="2025-05-24", where="Aqaba"),
    ]
    articles = [
        Article(id="feb", text="x", published=dt.date(2025, 2, 4)),
        Article(id="recall", text="x"),
        Article(id="may", text="x", published=dt.date(2025, 5, 24)),
    ]
    report = reconcile(claims, articles)
    assert _together(report, "feb#meeting-2", "recall#meeting-2")
    assert not _together(report, "feb#meeting-2", "may#meeting-4")
    assert not _together(report, "recall#meeting-2", "may#meeting-4")
