"""match_names takes any two strings and answers with a score in [0, 1]."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import match_names

from .conftest import TRIED, examples
from .strategies import FAMILY, GIVEN, TITLES

parts = st.sampled_from([*GIVEN, *FAMILY, *TITLES, "-", "'", "al", "Al-", "bin", " ", "ibn"])
names = st.one_of(
    st.text(max_size=60),
    st.lists(parts, max_size=8).map(" ".join),
    st.lists(parts, max_size=8).map("".join),
)


@settings(max_examples=examples(300), deadline=None)
@given(names, names)
def test_any_two_strings_get_a_score(a: str, b: str) -> None:
    TRIED["names"] += 1
    match = match_names(a, b)
    assert 0.0 <= match.score <= 1.0
    assert isinstance(match.same, bool)
    assert match.reason
