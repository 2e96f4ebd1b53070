"""Reconciliation depends on neither input order nor ids: shuffled claims and articles,
and article ids renamed consistently, give the same report once the ids are mapped back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import Article, Claim, Conflict, Report, extract_claims, load_articles, reconcile

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def pool() -> tuple[list[Article], list[Claim]]:
    """Seeds and invented trap articles, with their claims."""
    loaded = load_articles(SEEDS, FIXTURES / "identity", FIXTURES / "dates")
    articles = list({a.id: a for a in loaded.articles}.values())
    return articles, [c for a in articles for c in extract_claims(a).claims]


def _rename(text: str, mapping: dict[str, str]) -> str:
    """Every article id in `text` (alone or as a claim id's prefix) replaced."""
    if not mapping:
        return text
    pattern = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
    return re.sub(rf"(?<![\w-])({pattern})(?=#|\b)", lambda m: mapping[m.group(1)], text)


def _renamed(
    articles: list[Article], claims: list[Claim], mapping: dict[str, str]
) -> tuple[list[Article], list[Claim]]:
    new_articles = [a.model_copy(update={"id": mapping[a.id]}) for a in articles]
    new_claims = [Claim.model_validate_json(_rename(c.model_dump_json(), mapping)) for c in claims]
    return new_articles, new_claims


def _words(text: str) -> list[str]:
    return sorted(word.strip(".") for word in re.findall(r"[\w#.-]+", text))


def _consensus(conflict: Conflict) -> list[Any]:
    if conflict.consensus is None:
        return []
    found = conflict.consensus
    support = sorted((s.value, sorted(s.articles), s.independent_sources) for s in found.support)
    return [found.value or "", found.independent_sources, support]  # None: no consensus


def canonical(report: Report, back: dict[str, str]) -> dict[str, Any]:
    """The report with ids mapped back and every list made a sorted set: entity and event
    numbering (by smallest id) is the one thing allowed to follow the ids."""
    data = Report.model_validate_json(_rename(report.model_dump_json(), back))
    return {
        "claims": sorted(c.model_dump_json() for c in data.claims()),
        "people": sorted(
            (e.name, e.country or "", sorted((m.article, m.name) for m in e.mentions))
            for e in data.people
        ),
        "events": sorted(
            (e.kind.value, e.date or "", e.where or "", sorted(e.claims))
            for e in (*data.events, *data.statements)
        ),
        "conflicts": sorted(
            (
                c.type.value,
                c.severity.value,
                c.subject,
                sorted(c.claims),
                sorted(c.values.items()),
                _words(c.explanation),
                _consensus(c),
            )
            for c in data.conflicts
        ),
    }


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_report_does_not_depend_on_order_or_ids(
    data: st.DataObject, pool: tuple[list[Article], list[Claim]]
) -> None:
    articles, claims = pool
    ids = sorted(a.id for a in articles)
    shuffled = data.draw(st.permutations(ids))
    mapping = {
        old: f"art{n:03d}-{new[::-1][:6]}"
        for n, (old, new) in enumerate(zip(shuffled, ids, strict=True))
    }
    back = {new: old for old, new in mapping.items()}
    new_articles, new_claims = _renamed(articles, claims, mapping)
    new_articles = data.draw(st.permutations(new_articles))
    new_claims = data.draw(st.permutations(new_claims))
    expected = canonical(reconcile(claims, articles), {})
    assert canonical(reconcile(new_claims, new_articles), back) == expected


def test_reconcile_is_deterministic(pool: tuple[list[Article], list[Claim]]) -> None:
    articles, claims = pool
    first = reconcile(claims, articles)
    assert reconcile(list(reversed(claims)), list(reversed(articles))) == first
    assert reconcile(claims, articles).model_dump_json() == first.model_dump_json()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_claim_is_in_one_group(
    data: st.DataObject, pool: tuple[list[Article], list[Claim]]
) -> None:
    articles, claims = pool
    subset = data.draw(st.lists(st.sampled_from(claims), min_size=1, unique_by=lambda c: c.id))
    report = reconcile(subset, articles)
    assert sorted(c.id for c in report.claims()) == sorted(c.id for c in subset)
    grouped = [cid for e in (*report.events, *report.statements) for cid in e.claims]
    assert sorted(grouped) == sorted(c.id for c in subset)
    events = {cid for e in report.events for cid in e.claims}
    assert events == {c.id for c in subset if c.kind.is_event}


SHARED = SEEDS.parent.parent / "shared" / "corpus"


@pytest.mark.parametrize("corpus", ["g5", "mideast"])
def test_real_corpus_report_does_not_depend_on_order_or_ids(corpus: str) -> None:
    """The same property on the real development sets, when they are beside the checkout:
    one fixed shuffle and renaming of every article (and claim) of the corpus."""
    import random

    folder = SHARED / corpus
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    articles = list(load_articles(folder).articles)
    extractions = [extract_claims(a) for a in articles]
    claims = [c for e in extractions for c in e.claims]
    people = {e.article: e.people for e in extractions}
    ids = sorted(a.id for a in articles)
    shuffled = ids[:]
    random.Random(7).shuffle(shuffled)
    mapping = {old: f"x{n:03d}" for n, old in enumerate(shuffled)}
    back = {new: old for old, new in mapping.items()}
    new_articles, new_claims = _renamed(articles, claims, mapping)
    random.Random(11).shuffle(new_articles)
    random.Random(13).shuffle(new_claims)
    new_people = {mapping[k]: v for k, v in people.items()}
    expected = canonical(reconcile(claims, articles, people=people), {})
    got = canonical(reconcile(new_claims, new_articles, people=new_people), back)
    assert got == expected


def test_report_is_the_same_under_any_hash_seed() -> None:
    """No set's iteration order reaches the report: two processes with other hash seeds
    write the same bytes (ties in sorting are broken by the text itself)."""
    import os
    import subprocess
    import sys

    folders = [str(SEEDS), str(FIXTURES / "identity"), str(FIXTURES / "dates")]
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", *folders, "--format", "json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        outputs.append(done.stdout)
    assert outputs[0] and outputs[0] == outputs[1]
