from __future__ import annotations

import pytest

from factcheck import Claim, ClaimKind
from factcheck.model import DateBasis

from ..conftest import fixture_report


def _events(claims: list[Claim], article: str) -> list[Claim]:
    return [c for c in claims if c.article == article and c.kind.is_event]


def test_one_meeting_told_in_many_sentences_is_one_claim(seed_claims: list[Claim]) -> None:
    events = _events(seed_claims, "000_2c53edf1cfda06b0")
    assert len(events) == 1
    assert {p.name for p in events[0].people} == {"Ali Mahmoud Abbas", "Mohammad Bagheri"}
    assert len(events[0].evidence) >= 2


def test_meeting_with_no_named_subject_takes_the_previous_speaker(seed_claims: list[Claim]) -> None:
    (event,) = _events(seed_claims, "002_0081d123c838c390")
    assert {p.name for p in event.people} == {"Mohammad Reza Ashtiani", "Ali Mahmoud Abbas"}
    assert event.where == "Tehran"


def test_several_meetings_in_one_article(seed_claims: list[Claim]) -> None:
    pairs = {
        frozenset(p.name for p in c.people) for c in _events(seed_claims, "004_86372ab2e76a0092")
    }
    assert pairs == {
        frozenset({"Bashar al-Assad", "Abbas Araghchi"}),
        frozenset({"Muhammad Ghazi al-Jalali", "Abbas Araghchi"}),
        frozenset({"Bassam Sabbagh", "Abbas Araghchi"}),
    }


def test_phone_call_has_no_place_even_when_a_city_is_named(seed_claims: list[Claim]) -> None:
    (call,) = _events(seed_claims, "003_f2efd379952b0cda")
    assert call.kind is ClaimKind.CALL
    assert call.where is None


@pytest.mark.xfail(strict=True, reason="parser: no call event read from the article (frames.py)")
def test_weekday_that_is_the_datelines_own_day() -> None:
    (call,) = [
        c for c in fixture_report("dates/weekday_is_dateline.txt").claims() if c.kind.is_event
    ]
    assert call.kind is ClaimKind.CALL
    assert call.when.date == "2023-05-14"
    assert call.when.basis is DateBasis.RELATIVE
    assert call.when.text == "Sunday"


def test_date_of_something_else_never_dates_the_meeting() -> None:
    (meeting,) = [
        c for c in fixture_report("dates/other_event_date.txt").claims() if c.kind.is_event
    ]
    assert meeting.when.date is None
    assert meeting.where == "Minsk"


def test_dateline_dates_an_account_whose_text_gives_no_date(seed_claims: list[Claim]) -> None:
    (event,) = _events(seed_claims, "001_01a8f12677df87e8")
    assert event.when.date == "2024-03-18"
    assert event.when.basis is DateBasis.DATELINE


def test_city_that_is_not_the_meeting_place() -> None:
    (meeting,) = [c for c in fixture_report("places").claims() if c.kind.is_event]
    assert meeting.where == "Doha"
    assert meeting.when.date == "2023-06-01"


def test_evidence_spans_are_exact(
    seed_articles: dict[str, object], seed_claims: list[Claim]
) -> None:
    checked = 0
    for claim in seed_claims:
        text = seed_articles[claim.article].text  # type: ignore[attr-defined]
        spans = [*claim.evidence, *(s.evidence for s in claim.stance)]
        spans += [f for p in claim.people for f in p.forms]
        spans += [s for s in (claim.where_evidence, claim.when.evidence) if s]
        for span in spans:
            assert text[span.start : span.end] == span.text
            checked += 1
    assert checked > 40
