"""Compacted models share their field-name sets and are otherwise the models they were."""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind, PersonMention, Span, TimeRef
from factcheck.stream import compact


def _claim(article: str) -> Claim:
    who = PersonMention(name="Orin Velmor", forms=(Span(start=0, end=11, text="Orin Velmor"),))
    return Claim(
        id=f"{article}#meeting-1",
        article=article,
        kind=ClaimKind.MEETING,
        who=who,
        met=(PersonMention(name="Tamir Hadun"),),
        when=TimeRef(date="2031-04-02"),
    )


def test_compact_shares_field_sets_and_changes_nothing_else() -> None:
    first, second = _claim("a"), _claim("b")
    dumped = first.model_dump_json(exclude_unset=True)
    assert first.model_fields_set is not second.model_fields_set
    assert compact(first) is first and compact(second) is second
    assert first.model_fields_set is second.model_fields_set
    assert first.when.model_fields_set is second.when.model_fields_set
    assert first.who.forms[0].model_fields_set is second.who.forms[0].model_fields_set
    assert first.model_dump_json(exclude_unset=True) == dumped
    assert first == _claim("a") and hash(first) == hash(_claim("a"))


def test_a_copy_of_a_compacted_model_leaves_the_shared_set_alone() -> None:
    claim = compact(_claim("a"))
    shared = set(claim.model_fields_set)
    moved = claim.model_copy(update={"where": "Valdora"})
    assert "where" in moved.model_fields_set
    assert claim.model_fields_set == shared
    assert compact(_claim("c")).model_fields_set == shared
