"""Extraction through the public API never raises, whatever the text, and every span it
gives indexes the text."""

from __future__ import annotations

from hypothesis import given, settings

from factcheck import Article, extract_claims
from factcheck.ingest import parse_text_article

from .conftest import TRIED, examples
from .strategies import hostile_texts


@settings(max_examples=examples(60), deadline=None)
@given(hostile_texts)
def test_extraction_of_hostile_text_never_raises(raw: str) -> None:
    TRIED["extract"] += 1
    try:
        article = parse_text_article("fuzz", raw)
    except ValueError:  # a dateline that is no date: the loader skips such a file
        article = Article(id="fuzz", text=raw)
    extraction = extract_claims(article)
    text = article.text
    for claim in extraction.claims:
        assert claim.article == "fuzz"
        for span in claim.evidence:
            assert text[span.start : span.end] == span.text
    for person in extraction.people:
        for span in person.forms:
            assert text[span.start : span.end] == span.text
