"""Invariants of reconciliation: order-free, deterministic, and losing no claim."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import Article, Claim, Report, reconcile


def _claims_strategy(pool: list[Claim]) -> st.SearchStrategy[list[Claim]]:
    return st.permutations(pool)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_report_does_not_depend_on_input_order(
    data: st.DataObject, seed_claims: list[Claim]
) -> None:
    shuffled = data.draw(st.permutations(seed_claims))
    subset_size = data.draw(st.integers(min_value=1, max_value=len(seed_claims)))
    subset = shuffled[:subset_size]
    forward = reconcile(subset)
    backward = reconcile(list(reversed(subset)))
    assert forward == backward
    assert reconcile(subset) == forward


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_claim_is_accounted_for(data: st.DataObject, seed_claims: list[Claim]) -> None:
    subset = data.draw(st.lists(st.sampled_from(seed_claims), min_size=1, unique_by=lambda c: c.id))
    report = reconcile(subset)
    assert sorted(c.id for c in report.claims()) == sorted(c.id for c in subset)
    in_events = [cid for e in report.events for cid in e.claims]
    assert sorted(in_events) == sorted(c.id for c in subset if c.kind.is_event)
    mentioned = {(m.article, m.name) for e in report.people for m in e.mentions}
    assert {(c.article, p.name) for c in subset for p in c.people} == mentioned


def test_report_json_round_trips(seed_report: Report) -> None:
    again = Report.model_validate_json(seed_report.model_dump_json())
    assert again == seed_report


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_claim_json_round_trips(data: st.DataObject, seed_claims: list[Claim]) -> None:
    claim = data.draw(st.sampled_from(seed_claims))
    note = data.draw(st.text(max_size=20))
    changed = claim.model_copy(update={"where": note or None})
    assert Claim.model_validate_json(changed.model_dump_json()) == changed


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_report_with_articles_does_not_depend_on_their_order(
    data: st.DataObject, seed_claims: list[Claim], seed_articles: dict[str, Article]
) -> None:
    articles = data.draw(st.permutations(list(seed_articles.values())))
    claims = data.draw(st.permutations(seed_claims))
    once = reconcile(claims, articles)
    assert once == reconcile(list(reversed(claims)), list(reversed(articles)))
    assert all(c.consensus is not None for c in once.conflicts)
