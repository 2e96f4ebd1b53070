"""Initials, titles and compound names written in several words, on invented names."""

from __future__ import annotations

import pytest

from factcheck.names import match_names
from factcheck.names.normalize import name_tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Karim H. A. Mansour", "Karim Hamid Ahmad Mansour"),  # initials in order
        ("Nabil H.A. Dabbagh", "Nabil Hamza Abd al-Aziz al-Dabbagh"),
        ("Haji M. Qasemi", "Haji Mahmoud Qasemi"),  # 'M.' after a title is an initial
    ],
)
def test_initials_stand_for_names(a: str, b: str) -> None:
    assert match_names(a, b).same, match_names(a, b)


def test_an_initial_needs_its_letter() -> None:
    assert not match_names("Karim H. Mansour", "Karim Yusuf Mansour").same or (
        match_names("Karim H. Mansour", "Karim Yusuf Mansour").score
        < match_names("Karim H. Mansour", "Karim Hamid Mansour").score
    )
    assert match_names("K. Mansour", "Yusuf Mansour").reason == "given name differs"


def test_honorifics_are_titles_only_before_the_name() -> None:
    assert name_tokens("Sheikh Omar Darwish") == ("omar", "darwish")
    assert name_tokens("Omar Sayed") == ("omar", "sayed")  # a name after a name
    assert name_tokens("Haji M. Qasemi") == ("m", "qasemi")
    assert match_names("Omar Sayed", "Omar Said").same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nour al-Din Hamadi", "Nouruddin Hamadi"),  # X al-Din is one name
        ("Kamal ud Din Sharif", "Kamaluddin Sharif"),
        ("Ziad Nasr Allah", "Ziad Nasrallah"),
    ],
)
def test_din_and_allah_compounds_are_one_name(a: str, b: str) -> None:
    assert match_names(a, b).same, match_names(a, b)


def test_a_shared_din_compound_is_one_agreeing_name_not_two() -> None:
    # 'Badr al-Din' is one name: a father's name of one man and the surname of another
    # share one token, too few to be the same person
    assert not match_names("Samir Badr al-Din al-Harbi", "Faris Badr al-Din").same


def test_an_assimilated_article_is_a_particle() -> None:
    # 'ur' in 'Aziz ur Rahman' is 'al-' before r: two men sharing only 'ur Rahman' share
    # one name, not two
    assert name_tokens("Aziz ur Rahman") == ("aziz", "rahman")
    assert not match_names("Nadim Aziz ur Rahman", "Sami ur Rehman").same


def test_a_generation_is_no_family_name() -> None:
    assert name_tokens("Ramon Ortega Lavin Jr.") == ("ramon", "ortega", "lavin")
    assert name_tokens("Faris Hamdan II") == ("faris", "hamdan")
    assert match_names("Ramon Ortega Lavin Jr.", "Ramon Lavin").same
