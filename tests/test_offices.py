from __future__ import annotations

import pytest

from factcheck.offices import office_key, offices_compatible


@pytest.mark.parametrize(
    ("role", "key"),
    [
        ("Defence Minister", "defense_minister"),
        ("Minister of Defense of the Syrian Arab Republic", "defense_minister"),
        ("Minister of Defence and Logistics of the Armed Forces", "defense_minister"),
        ("Chief of Staff of the Iranian Armed Forces", "chief_of_staff"),
        ("Deputy Foreign Minister", "deputy_foreign_minister"),
        ("Vice President", "vice_president"),
        ("President-elect", "president_elect"),
        ("FBI director", "fbi_director"),
        ("head of the FBI", "fbi_director"),
        ("Attorney General", "attorney_general"),
        ("former Secretary of State", None),
        ("White House press secretary", "press_secretary"),
        ("spokeswoman", "spokesperson"),
        ("Gov.", "governor"),
        ("Sen.", "senator"),
        ("Iranian FM", "foreign_minister"),
        ("Minister", None),
        ("Director of the Office of the Supreme Leader", "director"),
        ("Minister of Economy and Foreign Trade", "economy_minister"),
        ("their foreign ministers", "foreign_minister"),
        ("Crown Prince and Prime Minister", "crown_prince"),
        ("Pakistan's army chief", "chief_of_staff"),
        ("Advisor at the Royal Court", "royal_court_advisor"),
        ("intelligence director", "intelligence_chief"),
        ("Secretary of Defense", "defense_secretary"),
        ("Secretary of Turkish Defense Industries", "defense_industries_secretary"),
        ("head of Russia's National Security Council", "security_council_head"),
        ("Chairman of the National Security Council", "security_council_chairman"),
        ("secretary of the Supreme National Security Council", "security_council_secretary"),
        ("Acting Chargé d'Affaires", "charge_d_affaires"),
        ("Deputy Governor of the Riyadh Region", "deputy_governor"),
        ("Senate Majority Leader", "senate_majority_leader"),
    ],
)
def test_office_keys(role: str, key: str | None) -> None:
    assert office_key(role) == key


def test_an_office_and_its_elect_are_one_office() -> None:
    assert offices_compatible("president", "president_elect")
    assert not offices_compatible("president", "vice_president")


def test_a_press_secretary_is_a_kind_of_spokesperson() -> None:
    assert offices_compatible("press_secretary", "spokesperson")
    assert offices_compatible("spokesperson", "press_secretary")
    assert not offices_compatible("press_secretary", "foreign_minister")


def test_a_defense_secretary_is_a_kind_of_defense_minister() -> None:
    assert offices_compatible("defense_secretary", "defense_minister")
    assert not offices_compatible("defense_secretary", "foreign_minister")
