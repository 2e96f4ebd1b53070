"""Shared fixtures: the seeds and the hand-written trap articles, extracted once per session.

Under CI (FACTCHECK_CI set, as .ci/run does) property tests draw the same examples on every
run, so a landing never hinges on a lucky draw; elsewhere they explore anew each run and
keep what fails in the example database.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

if os.environ.get("FACTCHECK_CI"):
    settings.register_profile("ci", derandomize=True, database=None)
    settings.load_profile("ci")

from factcheck import Article, Claim, Report, check, extract_claims, load_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, Article]:
    return {a.id: a for a in load_articles(SEEDS).articles}


@pytest.fixture(scope="session")
def seed_claims(seed_articles: dict[str, Article]) -> list[Claim]:
    return [c for a in seed_articles.values() for c in extract_claims(a).claims]


@pytest.fixture(scope="session")
def seed_report() -> Report:
    return check(SEEDS)


def fixture_report(*names: str) -> Report:
    """Report over fixture folders or files under tests/fixtures."""
    return check(*(FIXTURES / n for n in names))
