"""Offices, ranks, countries and stances the parser extractor reads around names, on
hand-written articles (invented names) in tests/fixtures/parsed_roles/."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, Extraction
from factcheck.extract.parsed import ParseExtractor
from factcheck.extract.parsed.titles import institution_country
from factcheck.model import ClaimKind, Polarity, RoleBasis

from ..conftest import FIXTURES


@pytest.fixture(scope="module")
def extractor() -> ParseExtractor:
    return ParseExtractor()


def _extract(extractor: ParseExtractor, name: str) -> Extraction:
    text = (FIXTURES / "parsed_roles" / name).read_text(encoding="utf-8")
    return extractor.extract(Article(id=name, text=text, published=dt.date(2025, 3, 5)))


def _people(extraction: Extraction) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {p.name: (p.office, p.rank, p.country) for p in extraction.people}


def test_titles_read_through_qualifiers_commas_and_proper_nouns(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "titles.txt"))
    # 'Syria's interim President X': the qualifier does not cut the country off
    assert people["Nadim Farouki"] == ("president", None, "SY")
    # a region named inside the title, and the courtesy title after it
    assert people["Faris bin Jalal bin Mansour"][0] == "deputy_governor"
    # 'the Chief of the General Staff of the Armed Forces of Iran, General X'
    assert people["Karam Ostadi"] == ("chief_of_staff", "General", "IR")
    # 'Iran's newly appointed Foreign Minister, X'
    assert people["Samir Haddani"] == ("foreign_minister", None, "IR")
    # a government's seat in the title gives its country
    assert people["Lena Korvath"] == ("press_secretary", None, "US")


def test_an_official_meeting_one_of_another_office_holder_is_of_the_other_country(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "partners.txt"))
    assert people["Nadim Farouki"][2] == "SY"
    assert people["Teodor Vasko"][2] == "TR"  # the host country the article names most
    assert people["Rami Sallout"][2] == "SY"  # stated: never the dominant country


def test_the_dominant_country_never_goes_to_the_counterpart_of_its_own_holder(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "visitor.txt"))
    assert people["Nadim Farouki"][2] == "SY"
    # one president meeting another is of another country, which this article never names
    assert people["Teodor Vasko"][2] is None


def test_everyone_in_an_article_about_one_country_takes_it(extractor: ParseExtractor) -> None:
    people = _people(_extract(extractor, "national.txt"))
    assert people["Mara Elkin"] == ("fbi_director", None, "US")
    assert people["Paul Dresner"][2] == "US"
    assert people["Carla Dresner"] == (None, None, "US")  # no office, same country


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("White House press secretary", "US"),
        ("Kremlin spokesman", "RU"),
        ("the FBI", "US"),
        ("Foreign Minister", None),
        ("house speaker", None),
    ],
)
def test_institutions_name_their_country(phrase: str, iso: str | None) -> None:
    assert institution_country(phrase) == iso


def test_stances_of_a_country_voiced_by_its_official(extractor: ParseExtractor) -> None:
    found = _extract(extractor, "stances.txt")
    stances = {(s.holder, s.target, s.polarity) for c in found.claims for s in c.stance}
    assert ("Samir Haddani", "Syria", Polarity.SUPPORT) in stances  # 'Iran's support for Syria'
    assert (
        "Nadim Farouki",
        "the ongoing US military presence",
        Polarity.OPPOSE,
    ) in stances  # 'highlighted X as a clear violation'
    # 'international support for the displaced Lebanese' is no stance of the ministers
    assert not any("Lebanese" in target for _, target, _ in stances)


def test_a_counterpart_abroad_takes_the_generic_office(extractor: ParseExtractor) -> None:
    found = extractor.extract(
        Article(
            id="c",
            text="Secretary of Defense Lena Korvath met her Israeli counterpart Avi Dorel "
            "in Brussels on Monday.",
            published=dt.date(2025, 3, 5),
        )
    )
    people = {p.name: p for p in found.people}
    assert people["Lena Korvath"].office == "defense_secretary"
    assert people["Avi Dorel"].office == "defense_minister"  # not the US name of the office
    assert people["Avi Dorel"].country == "IL"
    assert people["Lena Korvath"].country is None  # a city named once is where they met


def test_a_definite_description_gives_its_country_to_the_one_holder_of_its_office(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "described.txt"))
    assert people["Nawaf bin Talal"] == ("crown_prince", None, "SA")  # 'the Saudi crown prince'
    assert people["Samir Haddani"][2] is None  # a visitor: the article names Iraq too


def test_a_relative_named_after_a_comma_is_of_the_country_of_the_one_named_before(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "relatives.txt"))
    assert people["Lina Haddad"] == (None, None, "SY")  # 'Farouki's wife, Lina Haddad'
    assert people["Mira Vasko"][2] == "TR"


def test_an_apposition_title_runs_to_its_comma_and_past_a_conjoined_one(
    extractor: ParseExtractor,
) -> None:
    found = _extract(extractor, "appositions.txt")
    people = {p.name: p for p in found.people}
    ostadi, volodin = people["Karam Ostadi"], people["Pavel Volodin"]
    # 'Iran's joint chief of staff, Gen X': the 'of' phrase belongs to the title
    assert (ostadi.office, ostadi.rank, ostadi.country) == ("chief_of_staff", "General", "IR")
    # 'The Chairman of ... Council, and former Defense Minister X': the office still held
    assert (volodin.office, volodin.country) == ("security_council_chairman", "RU")
    assert volodin.role == "Chairman of Russia's National Security Council"


def test_a_country_in_the_possessive_at_the_end_of_a_phrase_is_found() -> None:
    from factcheck.lexicon import country_in

    assert country_in("In recent remarks, Ruritania's") is None  # not a country
    assert country_in("In recent remarks, Iran's") == "IR"


def test_a_definite_description_gives_its_office_to_the_one_person_without_one(
    extractor: ParseExtractor,
) -> None:
    extraction = _extract(extractor, "described_office.txt")
    people = _people(extraction)
    # 'The Syrian president said': no Syrian president is named, Haddad holds no office
    assert people["Karim Haddad"] == ("president", None, "SY")
    assert people["Ivo Sena"] == ("president", None, "PT")
    haddad = next(p for p in extraction.people if p.name == "Karim Haddad")
    assert haddad.role_basis is RoleBasis.INFERRED


def test_an_apposition_after_an_alias_is_the_named_persons_title(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "alias.txt"))
    # 'X, also known as Y, the interim president of Syria's ...': the title is X's
    assert people["Nadim Farouki"] == ("president", None, "SY")


def test_a_description_refines_the_title_of_the_one_named_last_with_its_head(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "refined.txt"))
    # 'Prince X' ... 'The Crown Prince stressed': X, named last before it; not the later prince
    assert people["Faisal"][0] == "crown_prince"
    assert people["Nasser bin Talal"][0] is None


def test_a_bare_office_as_subject_goes_to_the_one_just_named_with_none(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "described_subject.txt"))
    # 'The President-elect said': the one named last who holds no office, never the
    # president already named as such
    assert people["Pavel Rusk"][0] == "president_elect"
    assert people["Mira Olsen"][0] == "president"


def test_the_owner_of_a_letter_or_remarks_speaks(extractor: ParseExtractor) -> None:
    extraction = _extract(extractor, "speech_owner.txt")
    speakers = {c.who.name for c in extraction.claims if c.kind is ClaimKind.STATEMENT and c.who}
    # 'Mr X's letter to the senate had raised doubts': X said something, so X (and X's
    # office) is in the report
    assert "Ruben Okafor" in speakers


def test_a_bare_office_never_goes_to_one_introduced_as_an_expert(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "described_expert.txt"))
    # 'X, a protocol expert,' is named last before 'The President-elect said', yet an
    # expert is not who the office's description means
    assert people["Dara Quill"][0] is None
    assert people["Pavel Rusk"][0] == "president_elect"


def test_the_first_visit_by_a_countrys_office_holder_is_the_visitors(
    extractor: ParseExtractor,
) -> None:
    people = _people(_extract(extractor, "first_visit.txt"))
    # 'This is the first trip by a Portuguese president to Peru': the visitor, the one
    # person of the article who holds no office and is no one's counterpart; his
    # counterpart then holds the same office
    assert people["Karim Haddad"] == ("president", None, "PT")
    assert people["Ivo Sena"][0] == "president"


def test_a_counterpart_takes_an_office_the_article_gives_only_by_description() -> None:
    """'The Iranian president said' gives the visitor his office after the meeting was
    read; his counterpart then takes the same office."""
    text = (
        "Iran's Karim Nadiri met his Syrian counterpart, Omar Haddad, in Damascus on Monday.\n"
        "The Iranian president said the talks were useful."
    )
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    (meeting,) = [c for c in ParseExtractor().extract(article).claims if c.kind.is_event]
    assert [(p.name, p.office, p.country) for p in meeting.people] == [
        ("Karim Nadiri", "president", "IR"),
        ("Omar Haddad", "president", "SY"),
    ]
