"""The loader turns any bytes into articles or reasons, never an exception."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ArticleError
from factcheck.ingest.loader import parse_file
from factcheck.model import Article

from .conftest import TRIED, examples
from .strategies import hostile_texts

SUFFIXES = [".txt", ".json", ".jsonl"]

json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
).map(json.dumps)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=10) | st.integers(),
        "text": hostile_texts | st.integers(),
        "published": st.sampled_from(["2024-03-18", "yesterday", "2024-02-30", ""]),
        "title": st.text(max_size=20),
        "url": st.text(max_size=20),
    },
).map(json.dumps)
hostile_bytes = st.one_of(
    st.binary(max_size=400),
    hostile_texts.map(lambda t: t.encode("utf-8")),
    st.lists(records | json_like, max_size=5).map(lambda r: "\n".join(r).encode()),
    st.tuples(st.sampled_from(["[", "{", '{"a":']), st.integers(0, 3000)).map(
        lambda p: (p[0] * p[1]).encode()
    ),
    hostile_texts.map(lambda t: t.encode("utf-16")),
)


@settings(max_examples=examples(150), deadline=None)
@given(hostile_bytes, st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_reasons(data: bytes, suffix: str) -> None:
    TRIED["loader"] += 1
    for item in parse_file(data, "fuzz" + suffix, suffix, "fuzz"):
        assert isinstance(item, (Article, ArticleError))
        if isinstance(item, Article):
            assert item.text.strip()
            assert "\x00" not in item.text and "\x1b" not in item.text
        else:
            assert item.source == "fuzz" + suffix and item.reason
