from __future__ import annotations

import base64
import hashlib
import html as html_lib
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from factcheck import Article, Report, render
from factcheck.render.html.escape import safe_url
from factcheck.render.html.marks import Mark, marked_html


def _csp(page: str) -> str:
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert found
    return found.group(1)


def _sha(source: str) -> str:
    return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()


def test_csp_allows_only_the_pages_own_script_and_style(seed_report: Report) -> None:
    page = render(seed_report, "html")
    policy = _csp(page)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 1 and len(styles) == 1
    assert "default-src 'none'" in policy
    assert f"script-src 'sha256-{_sha(scripts[0])}'" in policy
    assert f"style-src 'sha256-{_sha(styles[0])}'" in policy
    assert "unsafe-inline" not in policy
    assert page.index("Content-Security-Policy") < page.index("<style>")


def test_self_contained_no_inline_handlers_or_styles(
    seed_report: Report, seed_texts: list[Article]
) -> None:
    page = render(seed_report, "html", articles=seed_texts)
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\s(src|style|on\w+)=", page)
    assert not re.search(r'href="(?!#)', page)  # seeds have no URLs: every link is in-page


class _Tags(HTMLParser):
    """Every element and attribute of a page, as a browser's parser sees them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_hostile_article_is_text(hostile_report: Report, hostile_articles: list[Article]) -> None:
    page = render(hostile_report, "html", articles=hostile_articles)
    tags = _Tags(page).tags
    assert [t for t, _ in tags].count("script") == 1
    assert "img" not in [t for t, _ in tags]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    hrefs = [attrs["href"] or "" for _, attrs in tags if "href" in attrs]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "&lt;script&gt;window.__pwned=&#x27;text&#x27;" in page
    assert "&lt;img src=x onerror=" in page


def test_seed_role_conflict_card_quotes_both_sources(
    seed_report: Report, seed_texts: list[Article]
) -> None:
    page = render(seed_report, "html", articles=seed_texts)
    card = page[page.index('<article class="card sev-warning"') :]
    card = card[: card.index("</article>")]
    assert "Mohammad Bagheri" in card
    assert card.count('<section class="value') == 2
    marked = re.findall(r'<mark class="m f-value"[^>]*>([^<]*)</mark>', card)
    assert "Chief of Staff of the Iranian Armed Forces" in marked
    assert "Iranian counterpart" in marked


def test_article_view_marks_every_field(seed_report: Report, seed_texts: list[Article]) -> None:
    page = render(seed_report, "html", articles=seed_texts)
    for field in ("who", "met", "role", "where", "when", "stance"):
        assert f'class="m f-{field}' in page or f" f-{field}" in page, field
    claims = len(seed_report.claims())
    assert all(f'id="c{n}"' in page for n in range(claims))


def test_without_texts_the_quoted_passages_are_shown(seed_report: Report) -> None:
    page = render(seed_report, "html")
    assert "quoted passages only" in page
    assert "Chief of Staff of the Iranian Armed Forces" in page


def test_texts_that_do_not_match_their_spans_are_not_used(seed_report: Report) -> None:
    wrong = [Article(id=a.id, text="x" * 5000) for a in seed_report.articles]
    page = render(seed_report, "html", articles=wrong)
    assert "xxxxx" not in page


@given(
    st.text(alphabet="ab<>&\"' \n", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["who", "role"]))),
)
def test_marking_keeps_the_text(text: str, spans: list[tuple[int, int, str]]) -> None:
    marks = [
        Mark(min(a, b), max(a, b), f, href="#c0", anchor=f"m{n}")
        for n, (a, b, f) in enumerate(spans)
    ]
    out = marked_html(text, 0, marks)
    assert "<" not in re.sub(r"</?(a|mark|span)\b[^>]*>", "", out)
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_only_web_links_leave_the_page() -> None:
    assert safe_url("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url(None) is None
