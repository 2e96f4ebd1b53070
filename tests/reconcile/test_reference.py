"""Role claims against a reference table of office holders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import (
    Article,
    ConflictType,
    ReferenceTableError,
    extract_claims,
    load_reference,
    reconcile,
)

from ..conftest import FIXTURES

TABLE = load_reference(FIXTURES / "reference" / "holders.csv")


def _reference_conflicts(published: str, text: str) -> list[str]:
    article = Article(id="a", text=text, published=dt.date.fromisoformat(published))
    report = reconcile(extract_claims(article).claims, [article], reference=TABLE)
    return [c.subject for c in report.conflicts if c.type is ConflictType.REFERENCE_MISMATCH]


MEETING = (
    "Iraqi Defence Minister {name} met Jordanian Defence Minister Omar Saleh in Amman on Wednesday."
)


def test_in_office_on_the_date_is_no_conflict() -> None:
    assert _reference_conflicts("2023-03-01", MEETING.format(name="Ali Jaber")) == []


def test_out_of_office_on_the_date_is_a_conflict() -> None:
    assert _reference_conflicts("2023-09-06", MEETING.format(name="Ali Jaber")) == ["Ali Jaber"]


def test_someone_else_holding_the_office_is_a_conflict() -> None:
    assert _reference_conflicts("2023-03-01", MEETING.format(name="Hassan Kareem")) == [
        "Hassan Kareem"
    ]


def test_a_documented_change_of_holder_is_succession() -> None:
    early = Article(id="a", text=MEETING.format(name="Ali Jaber"), published=dt.date(2023, 3, 1))
    late = Article(id="b", text=MEETING.format(name="Hassan Kareem"), published=dt.date(2023, 9, 6))
    claims = [c for a in (early, late) for c in extract_claims(a).claims]
    report = reconcile(claims, [early, late], reference=TABLE)
    types = {c.type for c in report.conflicts}
    assert ConflictType.SUCCESSION in types
    assert ConflictType.REFERENCE_MISMATCH not in types
    assert ConflictType.OFFICE_HOLDER_CONFLICT not in types


def test_offices_are_normalised_when_loaded() -> None:
    assert {t.office for t in TABLE} == {"defense_minister"}
    assert TABLE[1].end is None


def test_followthemoney_occupancies_are_read() -> None:
    (term,) = load_reference(FIXTURES / "reference" / "holders.ftm.jsonl")
    assert (term.person, term.office, term.country) == ("Ali Jaber", "defense_minister", "IQ")
    assert (term.start, term.end) == (dt.date(2022, 1, 1), dt.date(2023, 6, 30))


def test_bad_row_names_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text(
        "person,office,country,start,end,source\nAli Jaber,Defence Minister,IQ,2022-13-45,,x\n"
    )
    with pytest.raises(ReferenceTableError, match=r"bad.csv:2: field 'start'"):
        load_reference(table)
