"""A reference table that cannot be right is refused with the file and line that say why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import ReferenceTableError, load_reference

HEADER = "person,office,country,start,end,source\n"


def _error(path: Path) -> ReferenceTableError:
    with pytest.raises(ReferenceTableError) as caught:
        load_reference(path)
    return caught.value


def test_a_term_that_starts_after_it_ends(tmp_path: Path) -> None:
    table = tmp_path / "holders.csv"
    table.write_text(
        HEADER
        + "Ana Lima,Defence Minister,PT,2020-01-01,2021-01-01,x\n"
        + "Ivo Sena,Defence Minister,PT,2023-05-01,2022-05-01,x\n"
    )
    error = _error(table)
    assert (error.source, error.line) == (str(table), 3)
    assert "starts (2023-05-01) after it ends (2022-05-01)" in str(error)


def test_start_after_end_in_json_and_jsonl(tmp_path: Path) -> None:
    row = {"person": "Ivo Sena", "office": "Defence Minister", "start": "2023-05-01"}
    row["end"] = "2022-05-01"
    listed = tmp_path / "holders.json"
    listed.write_text(json.dumps([{"person": "Ana Lima", "office": "President"}, row]))
    assert "record 2: the term starts" in str(_error(listed))
    lines = tmp_path / "holders.jsonl"
    lines.write_text(
        json.dumps({"person": "Ana Lima", "office": "President"}) + "\n\n" + json.dumps(row)
    )
    assert _error(lines).line == 3


def test_missing_columns_are_named(tmp_path: Path) -> None:
    table = tmp_path / "holders.csv"
    table.write_text("name,post,start\nAna Lima,President,2020-01-01\n")
    error = _error(table)
    assert error.line == 1
    assert "missing column 'person', 'office' (the header has name, post, start)" in str(error)


@pytest.mark.parametrize(("name", "content"), [("t.csv", ""), ("t.json", ""), ("t.jsonl", "\n")])
def test_empty_files(tmp_path: Path, name: str, content: str) -> None:
    table = tmp_path / name
    table.write_text(content)
    error = _error(table)
    assert error.source == str(table) and "empty file" in str(error)


def test_an_empty_list_and_a_missing_value(tmp_path: Path) -> None:
    listed = tmp_path / "t.json"
    listed.write_text("[]")
    assert "no office terms" in str(_error(listed))
    table = tmp_path / "t.csv"
    table.write_text(HEADER + "Ana Lima,,PT,2020-01-01,,x\n")
    error = _error(table)
    assert error.line == 2 and "office" in str(error)
