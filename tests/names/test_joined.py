"""Joined and split tokens: prefixes glued to a name, names written in one word or two."""

from __future__ import annotations

import pytest

from factcheck.names import match_names, skeleton
from factcheck.names.normalize import name_tokens, stems


def test_stems_take_off_a_glued_prefix() -> None:
    assert stems("abdrahman") == ("rahman",)
    assert stems("alhusseini") == ("husseini",)
    assert stems("seyedolhusseini") == ("husseini",)  # a title, then a linking particle
    assert stems("alia") == ()  # a stem keeps four letters: 'Alia' is a name, not al-ia
    assert stems("karimi") == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Reza Alhusseini", "Reza Saeed Husseini"),  # particle glued
        ("Reza Seyedolhusseini", "Reza al-Husseini"),
        ("Seyedkamal Mojtahedzadeh", "Seyed Kamal Mojtahed Zadeh"),  # title glued, split
        ("Nasser Tavakoli Niya", "Nasser Tavakkolinia Hamid"),  # one half close alone
        ("Ali Dowlat Shah Abadi", "Ali Reza Dowlatshahabadi"),  # three tokens in one
    ],
)
def test_joined_and_split_names_are_one_person(a: str, b: str) -> None:
    assert match_names(a, b).same, match_names(a, b)


def test_a_glued_stem_does_not_make_a_surname_of_a_given_name() -> None:
    # 'alhusseini' ~ 'husseini' is one family name; a different given name stays different
    assert not match_names("Reza Alhusseini", "Hamid Husseini").same


def test_abd_compounds_are_folded_alike_with_or_without_a_final_h() -> None:
    assert name_tokens("Abdalla Karim") == name_tokens("Abdulla Karim") == ("abdla", "karim")
    assert skeleton("abdla") == skeleton("abdlah")  # 'Abdallah': a vowel's final h
    assert name_tokens("Abdali Karim") == ("abdali", "karim")  # a surname, no compound


def test_a_surname_alone_is_found_in_a_family_name_written_in_two_words() -> None:
    # a lone surname is for context to decide, but it is the surname, not another one
    assert match_names("Tavakolinia", "Nasser Tavakoli Niya").reason == "surname only"
    assert match_names("Tavakolinia", "Nasser Karimi Niya").reason == "surname differs"
