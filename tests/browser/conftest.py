"""A real browser for the HTML report: Debian's chromium driven by Playwright.

`make test` installs chromium (apt) and playwright (pip); Playwright's own browser download
is never used. The tests skip, saying why, only where no chromium or no playwright exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.browser.chromium import CHROMIUM, WIDTH, launch
from tests.render.conftest import (  # noqa: F401  (the render tests' fixtures, shared)
    hostile_articles,
    hostile_report,
    outlet_articles,
    outlet_report,
    seed_texts,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM} (make test installs Debian's chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        found = launch(playwright)
        yield found
        found.close()


@pytest.fixture
def open_page(browser: Browser, tmp_path: Path) -> Iterator[Any]:
    """Write an HTML report to a file and open it; yields a function page_of(html, js=True)."""
    contexts = []

    def page_of(html: str, javascript: bool = True) -> Page:
        path = tmp_path / f"report{len(contexts)}.html"
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(
            viewport={"width": WIDTH, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(path.as_uri())
        return page

    yield page_of
    for context in contexts:
        context.close()
