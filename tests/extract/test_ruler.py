"""The attribute ruler's table-lookup matcher (parsed/ruler.py) finds what spaCy's Matcher
finds, so the parse's POS, morphology and lemmas do not change."""

from __future__ import annotations

import types

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from factcheck import load_articles
from factcheck.extract.parsed.pipeline import load_pipeline, load_stock_pipeline
from factcheck.extract.parsed.ruler import speed_up_ruler

from ..conftest import FIXTURES, SEEDS

WORDS = ("a", "b", "c", "n't", "y'", "there")
TAGS = ("NN", "VB", "DT", "EX")
RULES: list[tuple[list[list[dict[str, object]]], dict[str, str], int]] = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0),
    ([[{"TAG": "VB"}], [{"LOWER": "b"}]], {"POS": "VERB"}, 0),
    ([[{"TAG": "NN", "LOWER": "a"}]], {"LEMMA": "aa", "POS": "PROPN"}, 0),
    ([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"}, 0),
    ([[{"LOWER": {"IN": ["a", "c"]}}, {"TAG": {"NOT_IN": ["DT"]}}]], {"LEMMA": "pair"}, -1),
    ([[{"TAG": "EX"}, {"LOWER": {"IN": ["b", "c"]}}]], {"POS": "AUX"}, 1),
    ([[{"IS_SPACE": False, "TAG": "DT"}]], {"MORPH": "PronType=Art"}, 0),
]


def _ruler() -> tuple[AttributeRuler, AttributeRuler]:
    """A stock ruler and a sped-up one with the same RULES, on blank pipelines."""
    made = []
    for _ in range(2):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        for patterns, attrs, index in RULES:
            ruler.add(patterns, attrs, index=index)  # type: ignore[arg-type]
        made.append((nlp, ruler))
    assert speed_up_ruler(made[1][0])
    return made[0][1], made[1][1]


STOCK, FAST = _ruler()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS)), max_size=12))
def test_table_lookup_finds_what_the_matcher_finds(tokens: list[tuple[str, str]]) -> None:
    words = [w for w, _ in tokens]
    tags = [t for _, t in tokens]
    stock_doc = Doc(STOCK.vocab, words=words, tags=tags)
    fast_doc = Doc(FAST.vocab, words=words, tags=tags)
    assert FAST.match(fast_doc) == STOCK.match(stock_doc)
    STOCK(stock_doc)
    FAST(fast_doc)
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in fast_doc] == [
        (t.pos_, t.lemma_, str(t.morph)) for t in stock_doc
    ]


def test_a_ruler_with_a_pattern_it_does_not_know_is_left_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    assert not speed_up_ruler(nlp)
    assert isinstance(ruler.match, types.MethodType)  # the Matcher's own
    assert not speed_up_ruler(spacy.blank("en"))  # no ruler at all


@pytest.mark.parametrize("where", [FIXTURES / "parsed", SEEDS])
def test_the_english_pipeline_annotates_as_with_the_stock_ruler(where: object) -> None:
    fast = load_pipeline()
    stock = load_stock_pipeline()
    rulers = [nlp.get_pipe("attribute_ruler") for nlp in (stock, fast)]
    assert isinstance(rulers[0], AttributeRuler) and isinstance(rulers[1], AttributeRuler)
    assert isinstance(rulers[0].match, types.MethodType)
    assert not isinstance(rulers[1].match, types.MethodType)
    texts = [a.text for a in load_articles(where).articles]  # type: ignore[arg-type]
    texts += ["There's no way, y' know.", "We don't, nothin' doin'.", " \n\n "]
    attrs: list[int | str] = ["POS", "TAG", "DEP", "HEAD", "LEMMA", "MORPH"]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert np.array_equal(a.to_array(attrs), b.to_array(attrs))
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
