"""Write the seed report as HTML and a 1400 px wide screenshot of it, for a person to look at.

Run by `make report-shots`: python -m tests.browser.report_shots [OUT_DIR] (default shots/).
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck import check, load_articles, render
from tests.browser.chromium import CHROMIUM, WIDTH, launch

ROOT = Path(__file__).resolve().parents[2]


def main(out: Path) -> None:
    """The seed report with its article texts, as out/seed-report.html and .png."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise SystemExit(f"no chromium at {CHROMIUM}: run `make browser`")
    seeds = ROOT / "seeds"
    page_html = render(check(seeds), "html", articles=load_articles(seeds).articles)
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / "seed-report.html"
    html_path.write_text(page_html, encoding="utf-8")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": WIDTH, "height": 1000})
        page.goto(html_path.resolve().as_uri())
        page.screenshot(path=str(out / "seed-report.png"), full_page=True)
        page.screenshot(path=str(out / "seed-report-top.png"))
        browser.close()
    print(f"wrote {html_path}, {out / 'seed-report.png'} and {out / 'seed-report-top.png'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "shots")
