"""How the tests and `make report-shots` start Debian's chromium through Playwright."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
"""The browser binary: Debian's package (installed by `make browser`), never a download."""

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""Headless, and nothing that reaches the network on its own."""

WIDTH = 1400
"""Viewport width of the tests and of the screenshot, in CSS pixels."""


def launch(playwright: Any) -> Browser:
    """Start CHROMIUM with ARGS under a running Playwright."""
    browser: Browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
    return browser
