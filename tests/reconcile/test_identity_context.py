"""Same-person decisions that read the articles around a name (invented names throughout)."""

from __future__ import annotations

from factcheck import Claim, PersonMention, Span
from factcheck.model import ClaimKind, DateBasis, TimeRef
from factcheck.reconcile.identity import resolve_identities


def _meeting(
    article: str, who: PersonMention, *met: PersonMention, date: str | None = "2023-03-01"
) -> Claim:
    text = f"{who.name} met {', '.join(p.name for p in met)}."
    return Claim(
        id=f"{article}#meeting-1",
        article=article,
        kind=ClaimKind.MEETING,
        who=who,
        met=met,
        when=TimeRef(date=date, basis=DateBasis.EXPLICIT if date else None),
        evidence=(Span(start=0, end=len(text), text=text),),
    )


def test_a_given_name_its_article_gives_as_a_father_is_joined_to_nobody() -> None:
    """'Nadir' beside 'Karim bin Nadir' is the father, by a given name alone: other
    articles' bare 'Nadir' may be anyone of that name."""
    king = PersonMention(name="Nadir", office="king")
    son = PersonMention(name="Karim bin Nadir", office="defense_minister", country="RU")
    host = PersonMention(name="Ali Jaber", office="president", country="JO")
    elsewhere = king.model_copy(update={"country": "RU"})
    claims = [
        _meeting("a", son, host),
        Claim(**{**_meeting("a", king, host).model_dump(), "id": "a#meeting-2"}),
        _meeting("b", elsewhere, host),
        _meeting("c", elsewhere, host),
    ]
    found = resolve_identities(claims)
    assert found.entity_of[("b", "Nadir")] == found.entity_of[("c", "Nadir")]
    assert found.entity_of[("a", "Nadir")] != found.entity_of[("b", "Nadir")]


def test_two_countries_do_not_part_one_full_name_in_one_office() -> None:
    """A country inferred from a neighbour ('the Ruritanian guest's host') is weaker than a
    full name and an office; a surname alone, or another office, stays apart."""
    host = PersonMention(name="Ali Jaber", office="president", country="JO")
    guest = PersonMention(name="Karem Volkar", office="president", country="RU")
    slip = guest.model_copy(update={"country": "JO"})
    found = resolve_identities([_meeting("a", host, guest), _meeting("b", host, slip)])
    assert found.entity_of[("a", "Karem Volkar")] == found.entity_of[("b", "Karem Volkar")]
    other = slip.model_copy(update={"office": "foreign_minister"})
    found = resolve_identities([_meeting("a", host, guest), _meeting("b", host, other)])
    assert found.entity_of[("a", "Karem Volkar")] != found.entity_of[("b", "Karem Volkar")]


def test_a_bare_surname_is_the_one_full_name_that_meets_the_same_people() -> None:
    """'Volkar met Ali Jaber' says nothing of Volkar but whom he met: the one Karem
    Volkar reported meeting Ali Jaber is he; with two such Volkars, or none, he stays apart."""
    host = PersonMention(name="Ali Jaber", office="president", country="JO")
    other = PersonMention(name="Omar Saleh", office="president", country="IQ")
    bare = PersonMention(name="Volkar")
    karem = PersonMention(name="Karem Volkar", office="foreign_minister", country="RU")
    ivan = PersonMention(name="Ivan Volkar", office="foreign_minister", country="UA")
    found = resolve_identities([_meeting("a", karem, host), _meeting("b", bare, host)])
    assert found.entity_of[("a", "Karem Volkar")] == found.entity_of[("b", "Volkar")]
    found = resolve_identities([_meeting("a", karem, other), _meeting("b", bare, host)])
    assert found.entity_of[("a", "Karem Volkar")] != found.entity_of[("b", "Volkar")]
    found = resolve_identities(
        [_meeting("a", karem, host), _meeting("c", ivan, host), _meeting("b", bare, host)]
    )
    assert found.entity_of[("b", "Volkar")] not in {
        found.entity_of[("a", "Karem Volkar")],
        found.entity_of[("c", "Ivan Volkar")],
    }


def test_a_surname_spelled_its_own_way_in_one_office_is_its_holder() -> None:
    """'President Tarhazyan' of Ruritania, meeting the same minister as President Karem
    Tarezkian, is he; in another office, or meeting nobody in common, he stays apart."""
    minister = PersonMention(name="Ali Jaber", office="foreign_minister", country="JO")
    stranger = PersonMention(name="Omar Saleh", office="foreign_minister", country="IQ")
    full = PersonMention(name="Karem Tarezkian", office="president", country="RU")
    bare = PersonMention(name="Tarhazyan", office="president", country="RU")
    found = resolve_identities([_meeting("a", full, minister), _meeting("b", bare, minister)])
    assert found.entity_of[("a", "Karem Tarezkian")] == found.entity_of[("b", "Tarhazyan")]
    found = resolve_identities([_meeting("a", full, minister), _meeting("b", bare, stranger)])
    assert found.entity_of[("a", "Karem Tarezkian")] != found.entity_of[("b", "Tarhazyan")]
    prime = bare.model_copy(update={"office": "prime_minister"})
    found = resolve_identities([_meeting("a", full, minister), _meeting("b", prime, minister)])
    assert found.entity_of[("a", "Karem Tarezkian")] != found.entity_of[("b", "Tarhazyan")]


def test_a_given_name_alone_is_the_one_full_name_that_meets_the_same_people() -> None:
    """'Marta met Lena Jaber' names Marta as spouses often are: the one Marta Volkar
    reported meeting Lena Jaber is she; with two such Martas she stays apart."""
    host = PersonMention(name="Lena Jaber")
    bare = PersonMention(name="Marta")
    marta = PersonMention(name="Marta Volkar")
    other = PersonMention(name="Marta Dorov")
    found = resolve_identities([_meeting("a", marta, host), _meeting("b", bare, host)])
    assert found.entity_of[("a", "Marta Volkar")] == found.entity_of[("b", "Marta")]
    found = resolve_identities(
        [_meeting("a", marta, host), _meeting("c", other, host), _meeting("b", bare, host)]
    )
    assert found.entity_of[("b", "Marta")] not in {
        found.entity_of[("a", "Marta Volkar")],
        found.entity_of[("c", "Marta Dorov")],
    }


def test_a_bare_surname_named_beside_the_same_people_is_the_one_full_name() -> None:
    """An article quoting 'Volkar' beside Ali Jaber, with no meeting: the one Karem
    Volkar named beside Ali Jaber elsewhere is he; named beside nobody in common, apart."""
    host = PersonMention(name="Ali Jaber", office="president", country="JO")
    other = PersonMention(name="Omar Saleh", office="president", country="IQ")
    karem = PersonMention(name="Karem Volkar", office="foreign_minister", country="RU")
    bare = PersonMention(name="Volkar")
    claims = [_meeting("a", karem, host)]
    found = resolve_identities(claims, {"b": (bare, host)})
    assert found.entity_of[("a", "Karem Volkar")] == found.entity_of[("b", "Volkar")]
    found = resolve_identities(claims, {"b": (bare, other)})
    assert found.entity_of[("a", "Karem Volkar")] != found.entity_of[("b", "Volkar")]
