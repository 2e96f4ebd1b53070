from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from factcheck import load_articles
from factcheck.ingest import parse_text_article

from ..conftest import SEEDS


def test_seed_dateline_becomes_published_and_leaves_the_text() -> None:
    articles = {a.id: a for a in load_articles(SEEDS).articles}
    assert len(articles) == 5
    dated = articles["001_01a8f12677df87e8"]
    assert dated.published == dt.date(2024, 3, 18)
    assert dated.text.startswith("In a significant development")
    assert articles["000_2c53edf1cfda06b0"].published is None


def test_first_short_line_is_the_headline_and_stays_in_the_text() -> None:
    article = parse_text_article("x", " date 2016-11-10 Leaders meet in Geneva\n\nBody text here.")
    assert article.title == "Leaders meet in Geneva"
    assert article.text.startswith("Leaders meet in Geneva")


def test_bad_jsonl_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    good = {"id": "a1", "text": "Some text.", "published": "2024-01-02", "outlet": "Wire"}
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(good) + "\n{not json}\n" + json.dumps({"id": "a3"}) + "\n")
    result = load_articles(path)
    assert [a.id for a in result.articles] == ["a1"]
    assert result.articles[0].outlet == "Wire"
    assert [(s.line, s.source) for s in result.skipped] == [(2, str(path)), (3, str(path))]
    assert "text" in result.skipped[1].reason


def test_bad_date_in_json_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "x", "published": "yesterday-ish"}))
    result = load_articles(path)
    assert result.articles == []
    assert "published" in result.skipped[0].reason


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("President Ana Lima met Prime Minister Ivo Sena.")
    (tmp_path / "broken.txt").write_bytes(b"\xc3\x28 bad")
    result = load_articles(tmp_path, tmp_path / "missing.txt", tmp_path / "notes.md")
    assert [a.id for a in result.articles] == ["ok"]
    reasons = {Path(s.source).name: s.reason for s in result.skipped}
    assert set(reasons) == {"broken.txt", "missing.txt", "notes.md"}
    assert "no such file" in reasons["missing.txt"]


def test_dash_reads_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "s1", "text": "Hello."}\n'))
    assert [a.id for a in load_articles("-").articles] == ["s1"]


def test_html_article_is_read_with_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ministers meet in Doha</title>"
        '<meta property="article:published_time" content="2023-06-02T10:00:00Z"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Doha</h1>"
        "<p>Egyptian Foreign Minister Samir Nassar held talks with Qatari Prime Minister "
        "Tamim Rahal in Doha on Thursday, officials said after the meeting ended.</p>"
        "<p>The two men discussed a ceasefire plan and the reopening of border crossings, "
        "according to a statement released by the foreign ministry later that evening.</p>"
        "</article><footer>Copyright 2023</footer></body></html>"
    )
    (article,) = load_articles(page).articles
    assert article.title == "Ministers meet in Doha"
    assert article.published == dt.date(2023, 6, 2)
    assert "Home | World" not in article.text
    assert "Samir Nassar held talks" in article.text


def test_html_page_without_text_is_skipped_with_a_reason(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "empty.html"
    page.write_text("<html><body></body></html>")
    result = load_articles(page)
    assert result.articles == []
    assert result.skipped[0].source == str(page)
