from __future__ import annotations

import json

import pytest

from factcheck import Article, FormatError, Report, extract_claims, reconcile, render
from factcheck.model import Severity


def test_json_has_the_interchange_fields(seed_report: Report) -> None:
    data = json.loads(render(seed_report, "json"))
    assert set(data) >= {"articles", "people", "events", "conflicts"}
    claim = data["articles"][0]["claims"][0]
    assert set(claim) >= {"id", "kind", "who", "met", "where", "when", "stance", "evidence"}
    assert set(claim["who"]) >= {"name", "rank", "role", "role_basis", "office", "country"}
    assert set(claim["when"]) >= {"date", "basis"}


def test_text_lists_conflicts_first_most_severe_first(seed_report: Report) -> None:
    text = render(seed_report, "text")
    assert text.index("CONFLICTS") < text.index("EVENTS") < text.index("PEOPLE")
    ranks = [c.severity.rank for c in seed_report.conflicts]
    assert ranks == sorted(ranks, reverse=True)
    assert "[WARNING] role_mismatch: Mohammad Bagheri" in text
    assert "Chief of Staff of the Iranian Armed Forces" in text


def test_html_escapes_article_text() -> None:
    text = "President Ana <script>alert(1)</script> Lima met Prime Minister Ivo Sena in Lisbon."
    article = Article(id="x<y", text=text)
    html = render(reconcile(extract_claims(article).claims, [article]), "html", articles=[article])
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<script>") == 1  # the page's own
    assert html.startswith("<!DOCTYPE html>")


def test_markdown_has_a_conflict_table(seed_report: Report) -> None:
    md = render(seed_report, "markdown")
    assert "| severity | type | subject | explanation | consensus |" in md
    assert md.count("| warning |") == sum(
        c.severity is Severity.WARNING for c in seed_report.conflicts
    )


def test_unknown_format_is_a_format_error(seed_report: Report) -> None:
    with pytest.raises(FormatError, match="unknown format 'pdf'"):
        render(seed_report, "pdf")
