"""Reports of the render fixtures (invented names), built once per session."""

from __future__ import annotations

import pytest

from factcheck import Article, Report, check, load_articles
from tests.conftest import FIXTURES, SEEDS

RENDER = FIXTURES / "render"


@pytest.fixture(scope="session")
def seed_texts() -> list[Article]:
    return load_articles(SEEDS).articles


@pytest.fixture(scope="session")
def outlet_articles() -> list[Article]:
    return load_articles(RENDER / "outlets.jsonl").articles


@pytest.fixture(scope="session")
def outlet_report() -> Report:
    return check(RENDER / "outlets.jsonl")


@pytest.fixture(scope="session")
def hostile_articles() -> list[Article]:
    return load_articles(RENDER / "hostile.jsonl").articles


@pytest.fixture(scope="session")
def hostile_report() -> Report:
    return check(RENDER / "hostile.jsonl")
