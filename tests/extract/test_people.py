from __future__ import annotations

import pytest

from factcheck import Claim, ClaimKind
from factcheck.model import RoleBasis

from ..conftest import fixture_report


def _people(claims: list[Claim], article: str) -> dict[str, object]:
    return {p.name: p for c in claims if c.article == article for p in c.people}


def test_title_chain_gives_rank_office_and_country(seed_claims: list[Claim]) -> None:
    people = _people(seed_claims, "001_01a8f12677df87e8")
    baqeri = people["Mohammad Baqeri"]
    assert baqeri.rank == "Major General"  # type: ignore[attr-defined]
    assert baqeri.office == "chief_of_staff"  # type: ignore[attr-defined]
    assert baqeri.country == "IR"  # type: ignore[attr-defined]


def test_counterpart_takes_the_office_of_its_owner_marked_inferred(
    seed_claims: list[Claim],
) -> None:
    bagheri = _people(seed_claims, "000_2c53edf1cfda06b0")["Mohammad Bagheri"]
    assert bagheri.office == "defense_minister"  # type: ignore[attr-defined]
    assert bagheri.role_basis is RoleBasis.INFERRED  # type: ignore[attr-defined]
    assert bagheri.country == "IR"  # type: ignore[attr-defined]


def test_office_written_three_ways_is_one_office() -> None:
    report = fixture_report("offices")
    offices = {p.office for c in report.claims() for p in c.people if "Darwish" in p.name}
    assert offices == {"defense_minister"}
    assert not [c for c in report.conflicts if c.type.value == "role_mismatch"]


def test_sentence_opening_full_name_is_kept_whole() -> None:
    report = fixture_report("offices/darwish_b.txt")
    assert {p.name for c in report.claims() for p in c.people} >= {"Mahir Darwish"}


@pytest.mark.xfail(
    strict=True,
    reason="parser: a misspelt surname inside one article joined to the person (people.py)",
)
def test_surname_variant_inside_one_article_is_one_person(seed_claims: list[Claim]) -> None:
    call = next(c for c in seed_claims if c.kind is ClaimKind.CALL)
    nasirzadeh = next(p for p in call.people if p.name == "Aziz Nasirzadeh")
    assert {f.text for f in nasirzadeh.forms} >= {"Nasrizadeh", "Nasirzadeh"}


def test_given_name_is_not_a_surname_inside_one_article(seed_claims: list[Claim]) -> None:
    names = set(_people(seed_claims, "004_86372ab2e76a0092"))
    assert "Abbas Araghchi" in names
    assert not any(n.endswith("Abbas") for n in names)


def _extract(text: str) -> list[Claim]:
    from factcheck import Article, extract_claims

    return list(extract_claims(Article(id="t", text=text, published="2024-05-10")).claims)


def test_office_of_a_city_is_a_title_and_not_the_place() -> None:
    claims = _extract("Mayor of Paris Claire Dubois met Omar Saleh on Monday to discuss trade.")
    dubois = next(p for c in claims for p in c.people if p.name == "Claire Dubois")
    assert dubois.office == "mayor"
    assert all(c.where is None for c in claims)


def test_an_institution_is_not_a_person() -> None:
    claims = _extract("Northern Transport Police confirmed on Monday that two people were hurt.")
    assert not [p for c in claims for p in c.people if "Police" in p.name]


def test_a_full_name_is_a_person_when_the_article_uses_its_surname_alone() -> None:
    text = (
        "Zorana Kettleby has blamed the letter for her defeat. Kettleby said the campaign had "
        "lost momentum. Later Kettleby thanked her staff."
    )
    names = {p.name for c in _extract(text) for p in c.people}
    assert "Zorana Kettleby" in names


def test_a_team_named_with_the_is_not_a_surname() -> None:
    text = (
        "Fans of Glenmoor Rovers cheered. The Rovers won again and the Rovers will parade. "
        "Glenmoor Rovers met the mayor."
    )
    names = {p.name for c in _extract(text) for p in c.people}
    assert "Glenmoor Rovers" not in names


@pytest.mark.xfail(
    strict=True,
    reason="parser: a relative named by given name alone as a participant (people.py/names.py)",
)
def test_a_relative_named_by_given_name_alone() -> None:
    text = (
        "President Omar Saleh was accompanied by his wife, Ilvana, who had a meeting with "
        "First Lady Zorana Kettleby."
    )
    events = [c for c in _extract(text) if c.kind.is_event]
    assert any({p.name for p in c.people} == {"Ilvana", "Zorana Kettleby"} for c in events)


def test_a_speaker_before_an_aside_about_him() -> None:
    claims = _extract(
        "Mayor Karl Brenner, who visited the scene earlier, warned that more may die."
    )
    assert any(c.kind is ClaimKind.STATEMENT and c.who.name == "Karl Brenner" for c in claims)


def test_a_name_cut_after_an_initial_is_the_fuller_name() -> None:
    text = (
        "Former President Adam J Brenner welcomed the new leaders. Adam J and Ilse Brenner met "
        "President Omar Saleh in Vienna on Monday."
    )
    names = {p.name for c in _extract(text) for p in c.people}
    assert "Adam J Brenner" in names
    assert "Adam J" not in names


@pytest.mark.xfail(strict=True, reason="parser: a name run on from a caption split off (names.py)")
def test_a_name_split_off_a_run_on_caption_leaves_the_next_subject_its_own() -> None:
    text = (
        "President Karl Brenner arrived in Vienna. President Omar Khalil met Senate Leader "
        "Anna Rahal Brenner flew from Graz and landed at Thalerhof Airport."
    )
    (event,) = [c for c in _extract(text) if c.kind.is_event]
    assert {p.name for p in event.people} == {"Omar Khalil", "Anna Rahal"}
    assert event.where is None  # the airport is where Brenner landed


def test_a_speaker_before_a_for_his_part_aside() -> None:
    claims = _extract("Mayor Karl Brenner, for his part, stressed the need for calm.")
    assert any(c.kind is ClaimKind.STATEMENT and c.who.name == "Karl Brenner" for c in claims)


def test_the_person_congratulated_is_spoken_to_not_a_speaker() -> None:
    claims = _extract("Mayor Karl Brenner, for his part, congratulated Omar Khalil on his win.")
    speakers = {c.who.name for c in claims if c.kind is ClaimKind.STATEMENT}
    assert speakers == {"Karl Brenner"}
    assert not [c for c in claims if c.kind.is_event]  # the source of 'the talks' is no party


def test_a_name_stops_before_at_and_a_venue() -> None:
    claims = _extract(
        "King Faisal bin Talal received French Foreign Minister Pierre Lambert at "
        "Al-Raha Palace in Amman on Sunday. Lambert later flew to Cairo."
    )
    names = {p.name for c in claims for p in c.people}
    assert "Pierre Lambert" in names
    assert not any("Raha" in name for name in names)


def test_a_regnal_number_is_no_part_of_the_next_title() -> None:
    claims = _extract(
        "King Faisal II and Foreign Minister Omar Khalil received Pierre Lambert in Amman."
    )
    people = {p.name: p for c in claims for p in c.people}
    assert people["Omar Khalil"].role == "Foreign Minister"


def test_a_headline_list_is_no_appositive() -> None:
    claims = _extract(
        "Saudi crown prince, Lambert discuss Yemen in Jeddah\n"
        "French Foreign Minister Pierre Lambert met Saudi Crown Prince Faisal bin Nasser in "
        "Jeddah. Lambert will travel to Riyadh on Thursday."
    )
    people = {p.name: p for c in claims for p in c.people}
    assert people["Pierre Lambert"].office == "foreign_minister"
    assert "Lambert" not in people


def test_his_counterpart_after_a_pronoun_takes_the_pronoun_owners_office() -> None:
    claims = _extract(
        "Iranian Foreign Minister Reza Karimi arrived in Baghdad on Sunday. He will travel to "
        "Muscat on Tuesday, where he will meet his Omani counterpart Badr Salem."
    )
    badr = {p.name: p for c in claims for p in c.people}["Badr Salem"]
    assert (badr.office, badr.country, badr.role_basis) == (
        "foreign_minister",
        "OM",
        RoleBasis.INFERRED,
    )


def test_the_subject_of_a_reported_clause_is_no_speaker() -> None:
    claims = _extract(
        "The ministry said President Omar Khalil would convene the council. The talks were "
        "useful, said Mayor Karl Brenner."
    )
    speakers = {c.who.name for c in claims if c.kind is ClaimKind.STATEMENT}
    assert speakers == {"Karl Brenner"}
    assert not [c for c in claims if c.kind.is_event]  # the source of 'the talks' is no party
