from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck import Article, Report, render
from factcheck.cli import main
from factcheck.render.csv import COLUMNS, safe_cell
from tests.conftest import SEEDS


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_header_and_one_row_per_conflict_value(seed_report: Report) -> None:
    text = render(seed_report, "csv")
    assert text.splitlines()[0].split(",") == list(COLUMNS)
    assert len(_rows(text)) == sum(len(c.values) for c in seed_report.conflicts)


def test_the_role_mismatch_has_a_row_per_source_with_its_sentence(
    seed_report: Report, seed_texts: list[Article]
) -> None:
    rows = [
        r
        for r in _rows(render(seed_report, "csv", articles=seed_texts))
        if r["type"] == "role_mismatch" and r["subject"] == "Mohammad Bagheri"
    ]
    by_value = {r["value"]: r for r in rows}
    assert set(by_value) == {
        "defense minister (inferred: Iranian counterpart)",
        "Chief of Staff of the Iranian Armed Forces",
    }
    chief = by_value["Chief of Staff of the Iranian Armed Forces"]
    assert chief["severity"] == "warning"
    assert chief["article"] == "001_01a8f12677df87e8"
    assert chief["date"] == "2024-03-18"
    assert chief["sources_for_value"] == "1"
    assert chief["consensus"] == "undetermined"
    assert "Major General Mohammad Baqeri, Chief of Staff" in chief["evidence"]
    inferred = by_value["defense minister (inferred: Iranian counterpart)"]
    assert "his Iranian counterpart, Major General Mohammad Bagheri" in inferred["evidence"]
    assert rows[0]["conflict"] == "1"  # the only warning, so first


def test_outlet_url_and_consensus_come_through(outlet_report: Report) -> None:
    rows = [r for r in _rows(render(outlet_report, "csv")) if r["type"] == "place_mismatch"]
    aleppo = next(r for r in rows if r["value"] == "Aleppo")
    assert aleppo["outlet"] == "Evening Gazette"
    assert aleppo["url"] == "https://gazette.example/a"
    assert aleppo["consensus"] == "Damascus"
    assert {r["sources_for_value"] for r in rows if r["value"] == "Damascus"} == {"2"}


@given(st.text())
def test_no_cell_can_start_a_formula(value: str) -> None:
    cell = safe_cell(value)
    flat = " ".join(value.splitlines())
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "\n" not in cell and "\r" not in cell
    assert cell in (flat, "'" + flat)


def test_formula_in_a_value_is_quoted() -> None:
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("-2+3") == "'-2+3"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("Tehran") == "Tehran"


def test_cli_writes_csv(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert main(["check", str(SEEDS), "--format", "csv", "-o", str(out)]) == 0
    assert "role_mismatch,warning,Mohammad Bagheri" in out.read_text()
