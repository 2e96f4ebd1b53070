from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.names import match_names, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammad Bagheri", "Mohammad Baqeri"),
        ("Maj. Gen. Mohammad Bagheri", "Mohammad Baqeri"),
        ("Bashar al-Assad", "Bashar Assad"),
        ("Ali Shamkhani", "Ali Shamkhāni"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert match_names(a, b).same


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("Abbas Araghchi", "Ali Mahmoud Abbas", "surname differs"),
        ("Donald Trump", "Melania Trump", "given name differs"),
        ("Karim Haddad", "Yusuf Karim", "surname differs"),
    ],
)
def test_different_people(a: str, b: str, reason: str) -> None:
    match = match_names(a, b)
    assert not match.same
    assert match.reason == reason


def test_transliteration_skeleton_folds_gh_and_q() -> None:
    assert skeleton("bagheri") == skeleton("baqeri")


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=30)


@given(names, names)
def test_symmetric_and_bounded(a: str, b: str) -> None:
    ab, ba = match_names(a, b), match_names(b, a)
    assert ab == ba
    assert 0.0 <= ab.score <= 1.0


@given(names)
def test_case_and_title_do_not_matter(a: str) -> None:
    assert match_names(a, a.upper()).same == match_names(a, a).same
    assert match_names("General " + a, a) == match_names(a, a)
