"""Alarms (warnings) only where two sources cannot both be right (invented names)."""

from __future__ import annotations

from factcheck import Claim, ConflictType, PersonMention, Report, Severity, Span, reconcile
from factcheck.model import ClaimKind, DateBasis, TimeRef

DEMONYMS = {"JO": "Jordanian", "IQ": "Iraqi"}


def _meeting(article: str, *people: tuple[str, str | None, str]) -> Claim:
    """A meeting in Amman of (name, demonym's country written or None, country given)."""
    text, mentions = "", []
    for name, written, country in people:
        text += "" if not text else " met "
        text += f"{DEMONYMS[written]} " if written else "the "
        start = len(text)
        text += "Defence Minister"
        role = Span(start=start, end=len(text), text="Defence Minister")
        text += f" {name}"
        mentions.append(
            PersonMention(
                name=name,
                role="Defence Minister",
                office="defense_minister",
                country=country,
                role_evidence=role,
            )
        )
    text += " in Amman on Wednesday."
    return Claim(
        id=f"{article}#meeting-{len(text)}",
        article=article,
        kind=ClaimKind.MEETING,
        who=mentions[0],
        met=tuple(mentions[1:]),
        where="Amman",
        when=TimeRef(date="2023-03-01", basis=DateBasis.RELATIVE),
        evidence=(Span(start=0, end=len(text), text=text),),
    )


def _severities(report: Report, kind: ConflictType) -> list[Severity]:
    return [c.severity for c in report.conflicts if c.type is kind]


HOST = ("Omar Saleh", "JO", "JO")


def test_an_office_holder_conflict_needs_both_countries_stated() -> None:
    """A guest given the host's country by inference (no word says it) is no second holder
    of the host's office; stated, he is."""
    inferred = reconcile([_meeting("a", HOST), _meeting("b", ("Ali Jaber", None, "JO"))])
    assert _severities(inferred, ConflictType.OFFICE_HOLDER_CONFLICT) == []
    stated = reconcile([_meeting("a", HOST), _meeting("b", ("Ali Jaber", "JO", "JO"))])
    assert _severities(stated, ConflictType.OFFICE_HOLDER_CONFLICT) == [Severity.WARNING]


def test_a_holder_named_in_part_is_no_second_holder() -> None:
    """'Seyed Ali' beside 'Ali Jaber' may be one minister named in part: information."""
    report = reconcile(
        [
            _meeting("a", HOST, ("Ali Jaber", "IQ", "IQ")),
            _meeting("b", HOST, ("Seyed Ali", "IQ", "IQ")),
        ]
    )
    assert _severities(report, ConflictType.OFFICE_HOLDER_CONFLICT) == [Severity.INFO]
    assert _severities(report, ConflictType.COUNTERPART_MISMATCH) == [Severity.INFO]
    rival = reconcile(
        [
            _meeting("a", HOST, ("Ali Jaber", "IQ", "IQ")),
            _meeting("b", HOST, ("Hadi Karam", "IQ", "IQ")),
        ]
    )
    assert _severities(rival, ConflictType.OFFICE_HOLDER_CONFLICT) == [Severity.WARNING]
    assert _severities(rival, ConflictType.COUNTERPART_MISMATCH) == [Severity.WARNING]


def test_a_spelling_of_someone_named_outside_any_claim_is_compared_too() -> None:
    """An article that names the guest only in passing ('Ivan Dorovski was also there')
    still spells him: its variant is reported, keyed by the article's id."""
    guest = ("Ivan Dorovski", "IQ", "IQ")
    aside = PersonMention(name="Ivan Dorovsky", office="defense_minister", country="IQ")
    report = reconcile([_meeting("a", HOST, guest), _meeting("b", HOST)], people={"b": (aside,)})
    (variant,) = [c for c in report.conflicts if c.type is ConflictType.NAME_VARIANT]
    assert set(variant.values) == {_meeting("a", HOST, guest).id, "b"}
    assert variant.values["b"] == "Dorovsky"


def _with_stance(claim: Claim, holder: str, target: str, polarity: str) -> Claim:
    from factcheck.model import Polarity, Stance

    span = claim.evidence[0]
    stance = Stance(holder=holder, target=target, polarity=Polarity(polarity), evidence=span)
    return claim.model_copy(update={"stance": (stance,)})


def test_opposite_stances_on_a_party_to_the_meeting_are_information() -> None:
    """'Saleh backed Jaber' and 'Saleh opposed Jaber' of their own meeting: a stance on a
    person, which news recalls from earlier; on a policy, a warning."""
    meeting = [
        _meeting("a", HOST, ("Ali Jaber", "IQ", "IQ")),
        _meeting("b", HOST, ("Ali Jaber", "IQ", "IQ")),
    ]
    on_him = reconcile(
        [
            _with_stance(meeting[0], "Omar Saleh", "Jaber", "support"),
            _with_stance(meeting[1], "Omar Saleh", "Jaber", "oppose"),
        ]
    )
    assert _severities(on_him, ConflictType.STANCE_CONFLICT) == [Severity.INFO]
    on_policy = reconcile(
        [
            _with_stance(meeting[0], "Omar Saleh", "the border treaty", "support"),
            _with_stance(meeting[1], "Omar Saleh", "the border treaty", "oppose"),
        ]
    )
    assert _severities(on_policy, ConflictType.STANCE_CONFLICT) == [Severity.WARNING]


def test_one_holders_surnames_merely_similar_are_a_variant() -> None:
    """Once 'Tarhazyan' is the Karem Tarezkian he meets the same host as, the two
    spellings are reported as one name spelled two ways."""
    full = PersonMention(name="Karem Tarezkian", office="president", country="RU")
    bare = PersonMention(name="Tarhazyan", office="president", country="RU")
    host = PersonMention(name="Ali Jaber", office="president", country="JO")

    def meeting(article: str, guest: PersonMention) -> Claim:
        base = _meeting(article, HOST)
        return base.model_copy(update={"who": guest, "met": (host,)})

    report = reconcile([meeting("a", full), meeting("b", bare)])
    (variant,) = [c for c in report.conflicts if c.type is ConflictType.NAME_VARIANT]
    assert sorted(variant.values.values()) == ["Tarezkian", "Tarhazyan"]
