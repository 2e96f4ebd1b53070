"""Identities and events joined by what the texts say (invented names throughout)."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, Claim, PersonMention, Report, Span, extract_claims, reconcile
from factcheck.model import ClaimKind, DateBasis, Polarity, Stance, TimeRef


def _report(*stories: tuple[str, str | None, str]) -> Report:
    articles = [
        Article(id=i, text=t, published=dt.date.fromisoformat(d) if d else None)
        for i, d, t in stories
    ]
    return reconcile([c for a in articles for c in extract_claims(a).claims], articles)


def _entity_of(report: Report, needle: str) -> set[str]:
    return {e.id for e in report.people for m in e.mentions if needle in m.name}


def test_a_joined_surname_and_an_added_family_name_are_one_person() -> None:
    report = _report(
        ("a", "2023-03-01", "Foreign Minister Karem Dostabadi met Ali Jaber in Amman on Monday."),
        ("b", "2023-03-01", "Foreign Minister Karem Dost-Abadi met Ali Jaber in Amman on Monday."),
        ("c", "2023-03-01", "Prince Tamir bin Hadun met Ali Jaber in Amman on Monday."),
        ("d", "2023-03-01", "Prince Tamir bin Hadun Al Varesh met Ali Jaber in Amman on Monday."),
    )
    assert len(_entity_of(report, "Karem")) == 1
    assert len(_entity_of(report, "Tamir")) == 1


def _events_with(report: Report, *articles: str) -> int:
    return sum(1 for e in report.events if {c.split("#")[0] for c in e.claims} >= set(articles))


def test_undated_accounts_join_only_articles_published_near_each_other() -> None:
    text = "Ruritanian Foreign Minister Karem Volkar met Ali Jaber in Amman."
    near = _report(("a", "2023-03-01", text), ("b", "2023-03-02", text + " Talks went on."))
    apart = _report(("a", "2023-03-01", text), ("b", "2023-03-20", text + " Talks went on."))
    assert _events_with(near, "a", "b") == 1
    assert _events_with(apart, "a", "b") == 0


def test_an_undated_account_joins_a_dated_event_only_near_its_publication() -> None:
    dated = "Ruritanian Foreign Minister Karem Volkar met Ali Jaber in Amman on March 1, 2023."
    undated = "Ruritanian Foreign Minister Karem Volkar met Ali Jaber in Amman."
    near = _report(("a", "2023-03-01", dated), ("b", "2023-03-02", undated))
    late = _report(("a", "2023-03-01", dated), ("b", "2025-06-02", undated))
    assert _events_with(near, "a", "b") == 1
    assert _events_with(late, "a", "b") == 0


def _statement(article: str, date: str, target: str) -> Claim:
    span = Span(start=0, end=len(target), text=target)
    who = PersonMention(name="Karem Volkar", office="foreign_minister", country="RU")
    return Claim(
        id=f"{article}#statement-1",
        article=article,
        kind=ClaimKind.STATEMENT,
        who=who,
        when=TimeRef(date=date, basis=DateBasis.EXPLICIT),
        stance=(Stance(holder=who.name, target=target, polarity=Polarity.OPPOSE, evidence=span),),
        evidence=(span,),
    )


def test_statements_of_one_speaker_on_one_day_about_one_target_are_one_event() -> None:
    claims = [
        _statement("a", "2023-03-01", "the sanctions on Borduria"),
        _statement("b", "2023-03-02", "new Borduria sanctions"),
        _statement("c", "2023-03-09", "the sanctions on Borduria"),
        _statement("d", "2023-03-01", "the harbour tariff"),
    ]
    report = reconcile(claims)
    groups = sorted(sorted(c.split("#")[0] for c in s.claims) for s in report.statements)
    assert groups == [["a", "b"], ["c"], ["d"]]
    assert any(c.type.value == "date_mismatch" for c in report.conflicts)
