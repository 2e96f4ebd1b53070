from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import _parser, main

from .conftest import SEEDS


def test_check_json_to_file(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert main(["check", str(SEEDS), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert len(data["articles"]) == 5


def test_skipped_input_is_reported_and_the_rest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(SEEDS / "003_f2efd379952b0cda.txt"), str(tmp_path / "nope.txt")]) == 0
    captured = capsys.readouterr()
    assert "nope.txt: no such file" in captured.err
    assert "call" in captured.out


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Report"
    assert "conflicts" in schema["properties"]


def test_names_prints_decision_and_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", "Abbas Araghchi", "Ali Mahmoud Abbas"]) == 0
    assert capsys.readouterr().out.startswith("different\t")


def test_every_command_has_help() -> None:
    parser = _parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():  # type: ignore[attr-defined]
        assert sub.description or sub.format_help(), name
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest} has no help"


def test_names_pairs_writes_one_row_per_input_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "name_a\tname_b\tsame\n"
        "Mohammad Bagheri\tMohammad Baqeri\t1\n"
        "Abbas Araghchi\tAli Mahmoud Abbas\t0\n"
    )
    assert main(["names", "--pairs", str(pairs)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["name_a", "name_b", "same", "score", "reason"]
    assert [(r[0], r[2]) for r in rows[1:]] == [("Mohammad Bagheri", "1"), ("Abbas Araghchi", "0")]


def test_names_without_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names"]) == 2
    assert "two names" in capsys.readouterr().err


def test_fail_on_gates_on_severity(tmp_path: Path) -> None:
    out = str(tmp_path / "r.txt")
    assert main(["check", str(SEEDS), "-o", out, "--fail-on", "warning"]) == 1
    assert main(["check", str(SEEDS), "-o", out, "--fail-on", "error"]) == 0
    assert (
        main(["check", str(SEEDS / "004_86372ab2e76a0092.txt"), "-o", out, "--fail-on", "warning"])
        == 0
    )


def test_check_with_a_reference_table(tmp_path: Path) -> None:
    article = tmp_path / "late.txt"
    article.write_text(
        " date 2023-09-06 Iraqi Defence Minister Ali Jaber met Jordanian Defence Minister "
        "Omar Saleh in Amman on Wednesday."
    )
    out = tmp_path / "r.json"
    table = Path(__file__).parent / "fixtures" / "reference" / "holders.csv"
    args = ["check", str(article), "--reference", str(table), "--format", "json", "-o", str(out)]
    assert main(args) == 0
    types = [c["type"] for c in json.loads(out.read_text())["conflicts"]]
    assert types == ["reference_mismatch"]
