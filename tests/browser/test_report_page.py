"""The HTML report in a real browser: what a reader sees, filters, links, and hostile text."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import Article, Report, render


def _visible(page: Any, selector: str) -> list[str]:
    """Text of the elements matching `selector` that are shown."""
    texts: list[str] = page.eval_on_selector_all(
        selector, "els => els.filter(e => e.checkVisibility()).map(e => e.innerText)"
    )
    return texts


def test_seed_role_conflict_shows_both_sentences_side_by_side(
    open_page: Any, seed_report: Report, seed_texts: list[Article]
) -> None:
    page = open_page(render(seed_report, "html", articles=seed_texts))
    card = page.locator(".card").first
    assert "role mismatch" in card.locator(".type").inner_text()
    assert card.locator("h3").inner_text() == "Mohammad Bagheri"
    values = card.locator(".value")
    assert values.count() == 2
    left, right = values.nth(0).bounding_box(), values.nth(1).bounding_box()
    assert left and right
    assert abs(left["y"] - right["y"]) < 2 and left["x"] + left["width"] <= right["x"]
    marked = card.locator("blockquote mark.f-value")
    words = {marked.nth(i).inner_text() for i in range(marked.count())}
    assert {"Chief of Staff of the Iranian Armed Forces", "Iranian counterpart"} <= words
    quotes = card.locator("blockquote").all_inner_texts()
    assert any("Major General Mohammad Baqeri, Chief of Staff" in q for q in quotes)
    assert any("his Iranian counterpart, Major General Mohammad Bagheri" in q for q in quotes)
    assert "undetermined" in card.locator(".consensus").inner_text()


def test_filters_show_what_they_select(
    open_page: Any, outlet_report: Report, outlet_articles: list[Article]
) -> None:
    page = open_page(render(outlet_report, "html", articles=outlet_articles))
    assert page.locator("#filters").is_visible()
    assert page.locator("#shown").inner_text() == "3 of 3 conflicts shown"

    page.select_option("#filter-severity", "info")
    assert _visible(page, ".card .type") == ["name variant"]
    assert _visible(page, ".card .sev") == ["INFO"]
    assert page.locator("#shown").inner_text() == "1 of 3 conflicts shown"

    page.select_option("#filter-severity", "")
    page.select_option("#filter-person", label="Omar Haddad")
    types = {page.locator(".card:visible .type").nth(i).inner_text() for i in range(2)}
    assert types == {"role mismatch", "name variant"}
    assert page.locator(".card:visible").count() == 2
    events = _visible(page, ".event .label")
    assert len(events) == 1 and events[0].startswith("call")

    page.select_option("#filter-person", "")
    page.select_option("#filter-outlet", label="Daily Courier")
    assert page.locator(".card:visible").count() == 2
    assert [t.split("\n")[0] for t in _visible(page, ".article h3")] == ["Nadeem calls Amman"]
    assert len(_visible(page, ".people tbody tr")) == 2  # Nadim and Haddad

    page.click("button[type=reset]")
    page.wait_for_function("document.getElementById('shown').innerText.startsWith('3 of 3')")
    assert page.locator(".card:visible").count() == 3


def test_a_conflict_links_to_its_evidence_marked_in_the_article(
    open_page: Any, seed_report: Report, seed_texts: list[Article]
) -> None:
    page = open_page(render(seed_report, "html", articles=seed_texts))
    source = page.locator(".card").first.locator(".value", has_text="Chief of Staff").first
    source.locator("a.to-article").first.click()
    target = page.evaluate("location.hash.slice(1)")
    assert target.startswith("m")
    mark = page.locator(".flash")
    assert mark.count() == 1
    assert mark.inner_text() == "Chief of Staff of the Iranian Armed Forces"
    assert "f-role" in (mark.get_attribute("class") or "")
    article = page.locator(f"section.article:has(#{target})")
    assert article.locator("h3").inner_text() == "001_01a8f12677df87e8"
    box = mark.bounding_box()
    assert box and 0 <= box["y"] <= 900  # scrolled into view
    # every field of the account is marked in that article's text
    classes = " ".join(
        article.locator(".article-text .m").evaluate_all("e => e.map(x => x.className)")
    )
    for field in ("f-who", "f-met", "f-role", "f-where"):
        assert field in classes
    # the mark links to its claim, and the claim links back to the mark
    mark.click()
    claim = page.evaluate("location.hash.slice(1)")
    assert claim.startswith("c")
    page.locator(f"#{claim} a.back.f-role").first.click()
    assert page.evaluate("location.hash.slice(1)").startswith("m")
    assert page.locator(".flash").count() == 1


def test_payloads_in_an_article_run_none_of_them(
    open_page: Any, hostile_report: Report, hostile_articles: list[Article]
) -> None:
    errors: list[str] = []
    page = open_page(render(hostile_report, "html", articles=hostile_articles))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.locator(".article-text").first.click()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title().startswith("factcheck report")
    assert page.locator("img, iframe").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    text = page.locator(".article-text").first.inner_text()
    assert "<script>window.__pwned='text'" in text and "onerror=" in text
    assert (
        "<script>window.__pwned='title'</script>Headline"
        in page.locator(".article h3").inner_text()
    )
    assert page.locator("#filters").is_visible()  # the page's own script did run
    assert errors == []


def test_the_policy_blocks_a_script_that_slipped_in(open_page: Any, seed_report: Report) -> None:
    page_html = render(seed_report, "html").replace(
        "</main>",
        '<script>window.__injected=1</script><img src="x" onerror="window.__injected=2"></main>',
    )
    page = open_page(page_html)
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__injected") == "undefined"
    assert page.locator("#filters").is_visible()


def test_without_scripts_everything_is_shown(
    open_page: Any, outlet_report: Report, outlet_articles: list[Article]
) -> None:
    page = open_page(render(outlet_report, "html", articles=outlet_articles), javascript=False)
    assert not page.locator("#filters").is_visible()
    assert page.locator(".card:visible").count() == len(outlet_report.conflicts)
    assert page.locator(".article:visible").count() == len(outlet_report.articles)
    assert page.locator(".event:visible").count() == len(outlet_report.events)
    assert page.locator(".people tbody tr:visible").count() == len(outlet_report.people)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "parser: the misspelt 'Nasrizadeh' of seed 003 is not yet joined to Aziz Nasirzadeh "
        "(people.py), so his name-variant card is missing"
    ),
)
def test_seed_report_filtered_by_severity_and_person(
    open_page: Any, seed_report: Report, seed_texts: list[Article]
) -> None:
    page = open_page(render(seed_report, "html", articles=seed_texts))
    page.select_option("#filter-severity", "warning")
    assert _visible(page, ".card h3") == ["Mohammad Bagheri"]
    page.select_option("#filter-severity", "")
    page.select_option("#filter-person", label="Aziz Nasirzadeh")
    assert set(_visible(page, ".card .type")) == {"name variant", "succession"}
    assert _visible(page, ".people tbody th") == ["Aziz NasirzadehIR"]
