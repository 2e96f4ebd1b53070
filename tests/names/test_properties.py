"""Invariants of the matcher's joining, initial and title mechanisms, on drawn names."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.names import match_names
from factcheck.names.normalize import has_alternative, may_have_keys, name_tokens, stems

words = st.text(alphabet="bdfghklmnrstvz" + "aeiou", min_size=3, max_size=8)
extras = st.sampled_from(["al", "ud", "din", "allah", "seyed", "haji", "m", "h", "ur", "abd"])
mixed = st.lists(st.one_of(words, extras), min_size=1, max_size=5).map(" ".join)


@given(mixed, mixed)
def test_symmetric_and_bounded_with_particles_titles_and_initials(a: str, b: str) -> None:
    ab, ba = match_names(a, b), match_names(b, a)
    assert ab == ba
    assert 0.0 <= ab.score <= 1.0
    assert not ab.same or ab.score >= 0.6  # a decision never passes below the threshold


@given(words, words, words)
def test_a_name_written_in_one_word_or_two_is_one_name(given_name: str, x: str, y: str) -> None:
    joined, split = f"{given_name} {x}{y}", f"{given_name} {x} {y}"
    assume(len(name_tokens(split)) == 3 and len(name_tokens(joined)) == 2)
    assume(len({given_name, x, y}) == 3)
    assert match_names(joined, split).same


@given(words, words, words)
def test_an_initial_stands_for_a_middle_name(given_name: str, middle: str, family: str) -> None:
    full, short = f"{given_name} {middle} {family}", f"{given_name} {middle[0].upper()}. {family}"
    assume(len(name_tokens(full)) == 3 and len(name_tokens(short)) == 3)
    assume(len({given_name, middle, family}) == 3)
    assert match_names(full, short).same


@given(st.text(alphabet="abcdehiklmnoprstuy", min_size=1, max_size=12))
def test_the_cheap_key_test_never_misses_a_stem_or_second_reading(token: str) -> None:
    # _token_facts skips stems and second readings when may_have_keys says no
    if stems(token) or has_alternative(token):
        assert may_have_keys(token)


def test_the_cheap_key_test_sees_every_kind_of_key() -> None:
    for token in ("abdrahman", "alhusseini", "seyedkamal", "kadhimi", "chong", "pok"):
        assert may_have_keys(token), token
    assert not may_have_keys("karimi")
