"""Reconciliation takes any name an extractor may produce: stray brackets, lone
punctuation, particles alone, one letter; it never raises and loses no claim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Claim, PersonMention, Span, reconcile
from factcheck.model import ClaimKind, DateBasis, TimeRef

_WORDS = ["Karim", "Nadiri", "al-", "bin", "]", "[", "'", "-", "J.", "A", "Nadiry", "Mr", "'s"]
name = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join) | st.text(
    alphabet="ab]['-. ", min_size=1, max_size=8
)


def _claim(n: int, who: str, met: str, office: str | None) -> Claim:
    text = f"{who} met {met}."
    person = PersonMention(name=who, office=office, country="IR" if office else None)
    return Claim(
        id=f"a{n}#meeting-{n}",
        article=f"a{n}",
        kind=ClaimKind.MEETING,
        who=person,
        met=(PersonMention(name=met),),
        when=TimeRef(date="2023-03-01", basis=DateBasis.RELATIVE),
        evidence=(Span(start=0, end=len(text), text=text),),
    )


@settings(max_examples=60, deadline=None)
@given(
    pairs=st.lists(
        st.tuples(name, name, st.sampled_from([None, "president", "foreign_minister"])),
        min_size=1,
        max_size=6,
    )
)
def test_any_names_reconcile_without_loss(pairs: list[tuple[str, str, str | None]]) -> None:
    claims = [_claim(n, who, met, office) for n, (who, met, office) in enumerate(pairs)]
    report = reconcile(claims, [])
    assert sorted(c.id for c in report.claims()) == sorted(c.id for c in claims)
