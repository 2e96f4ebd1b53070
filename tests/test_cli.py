from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import _parser, main
from factcheck.progress import Progress

from .conftest import SEEDS


def test_check_json_to_file(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert main(["check", str(SEEDS), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert len(data["articles"]) == 5


def test_skipped_input_is_reported_and_the_rest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(SEEDS / "003_f2efd379952b0cda.txt"), str(tmp_path / "nope.txt")]) == 3
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
    captured = capsys.readouterr()
    rows = [line.split("\t") for line in captured.out.splitlines()]
    assert rows[0] == ["name_a", "name_b", "same", "score", "reason"]
    assert [(r[0], r[2]) for r in rows[1:]] == [("Mohammad Bagheri", "1"), ("Abbas Araghchi", "0")]
    assert "took the first row (name_a / name_b) as a header" in captured.err


def test_names_pairs_without_a_header_decides_the_first_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("Rafael Okafor\tRafael Okafur\t1\nAna Lima\tIvo Sena\t0\n")
    assert main(["names", "--pairs", str(pairs)]) == 0
    captured = capsys.readouterr()
    assert [r.split("\t")[0] for r in captured.out.splitlines()[1:]] == [
        "Rafael Okafor",
        "Ana Lima",
    ]
    assert "no header row" in captured.err


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


FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = FIXTURES / "hostile"


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "r.txt")
    (tmp_path / "empty").mkdir()
    assert main(["check", str(SEEDS), "-o", out]) == 0
    assert main(["check", str(SEEDS), str(HOSTILE), "-o", out]) == 3
    assert main(["check", str(SEEDS), str(HOSTILE), "-o", out, "--fail-on", "warning"]) == 1
    assert main(["check", str(tmp_path / "missing"), "-o", out]) == 2
    assert main(["check", str(tmp_path / "empty"), "-o", out]) == 2
    assert main(["check", str(HOSTILE), "-o", out]) == 2
    assert "no such file" in capsys.readouterr().err


def test_hostile_folder_beside_the_seeds_adds_one_skipped_entry_per_file(tmp_path: Path) -> None:
    alone, both = tmp_path / "alone.json", tmp_path / "both.json"
    assert main(["check", str(SEEDS), "--format", "json", "-o", str(alone), "--jobs", "1"]) == 0
    args = ["check", str(SEEDS), str(HOSTILE), "--format", "json", "-o", str(both)]
    assert main([*args, "--jobs", "1"]) == 3
    seeds, mixed = json.loads(alone.read_text()), json.loads(both.read_text())
    assert len(mixed["skipped"]) == len(list(HOSTILE.iterdir()))
    mixed["skipped"] = []
    assert mixed == seeds


def test_help_lists_input_formats_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    shown = capsys.readouterr().out
    for kind in (".txt", ".json", ".jsonl", ".html", "stdin"):
        assert kind in shown
    assert "exit codes" in shown and "3    some inputs were skipped" in shown


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"factcheck {factcheck.__version__}"


def test_schema_into_a_closed_pipe_says_nothing() -> None:
    run = subprocess.run(
        f"{sys.executable} -m factcheck schema | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout == '{\n  "$defs'[:10]
    assert run.stderr == ""


def test_extract_then_reconcile_gives_the_check_report(tmp_path: Path) -> None:
    claims, once, twice = tmp_path / "claims.jsonl", tmp_path / "a.json", tmp_path / "b.json"
    assert main(["extract", str(SEEDS), str(HOSTILE), "-o", str(claims), "--jobs", "1"]) == 3
    lines = claims.read_text().splitlines()
    assert len(lines) == 5 + len(list(HOSTILE.iterdir()))
    assert main(["reconcile", str(claims), "--format", "json", "-o", str(once)]) == 3
    args = ["check", str(SEEDS), str(HOSTILE), "--format", "json", "-o", str(twice)]
    assert main([*args, "--jobs", "1"]) == 3
    assert once.read_text() == twice.read_text()


def test_reconcile_names_the_file_and_line_of_a_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = tmp_path / "claims.jsonl"
    assert main(["extract", str(SEEDS / "003_f2efd379952b0cda.txt"), "-o", str(claims)]) == 0
    good = claims.read_text()
    claims.write_text(good + '{"article": {"id": ""}}\n[1, 2]\n{oops\n')
    assert main(["reconcile", str(claims), "-o", str(tmp_path / "r.txt")]) == 3
    err = capsys.readouterr().err
    assert f"{claims}:2: not a claims record: field 'article.id'" in err
    assert f"{claims}:3: not a claims record: expected an object" in err
    assert f"{claims}:4: not a claims record: invalid JSON" in err
    assert main(["reconcile", str(tmp_path / "missing.jsonl")]) == 2


def test_jobs_give_the_same_report_as_one_process(tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    args = ["check", str(SEEDS), str(HOSTILE), "--format", "json"]
    assert main([*args, "-o", str(one), "--jobs", "1"]) == 3
    assert main([*args, "-o", str(two), "--jobs", "2"]) == 3
    assert one.read_bytes() == two.read_bytes()


def test_max_chars_skips_longer_articles_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    assert (
        main(["check", str(SEEDS), "--max-chars", "2500", "--format", "json", "-o", str(out)]) == 3
    )
    report = json.loads(out.read_text())
    assert [a["id"] for a in report["articles"]] == ["003_f2efd379952b0cda"]
    assert len(report["skipped"]) == 4
    assert all("over the limit of 2,500 (--max-chars)" in s["reason"] for s in report["skipped"])


def test_progress_only_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "-o", str(tmp_path / "c.jsonl"), "--jobs", "1"]) == 0
    assert "articles" not in capsys.readouterr().err


def test_progress_line_shows_rate_and_time_left() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=10, interval=0.0)
    progress.advance(4)
    line = progress.line(progress.started + 2.0)
    assert line == "factcheck: 4/10 articles, 2.0/s, 0:00:03 left"
    assert "4/10 articles" in stream.getvalue()


def test_text_report_carries_no_escape_sequence(tmp_path: Path) -> None:
    record = {
        "id": "esc\x1b[2J",
        "text": "President Ana \x1b[31mLima\x1b[0m met Prime Minister Ivo Sena in Lisbon.",
        "published": "2024-03-18",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record))
    out = tmp_path / "r.txt"
    assert main(["check", str(tmp_path / "a.jsonl"), "-o", str(out)]) == 0
    text = out.read_text()
    assert "\x1b" not in text and "Lima" in text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_unless_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for quiet, shown in (([], True), (["--quiet"], False)):
        err = Terminal()
        monkeypatch.setattr(sys, "stderr", err)
        args = ["extract", str(SEEDS), "-o", str(tmp_path / "c.jsonl"), "--jobs", "1", *quiet]
        assert main(args) == 0
        assert ("/5 articles, " in err.getvalue()) is shown


def test_a_renamed_id_is_a_warning_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = SEEDS / "003_f2efd379952b0cda.txt"
    assert main(["check", str(one), str(one), "-o", str(tmp_path / "r.txt"), "--jobs", "1"]) == 0
    assert "warning: " in capsys.readouterr().err


def test_recursive_reads_folders_inside_folders(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert main(["check", str(FIXTURES), "--format", "json", "-o", str(out)]) == 2
    assert main(["check", str(HOSTILE), "--recursive", "--format", "json", "-o", str(out)]) == 3
    deep = json.loads(out.read_text())
    assert "inside" in {a["id"] for a in deep["articles"]}
    assert not any(s["source"].endswith("subfolder") for s in deep["skipped"])


def test_a_readme_beside_the_articles_is_listed_but_is_no_loss(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = Path(__file__).parent / "fixtures" / "companions"
    code = main(["check", str(folder), "--format", "json", "--jobs", "1"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [Path(s["source"]).name for s in report["skipped"]] == ["README.md"]
    assert report["skipped"][0]["companion"] is True
    assert len(report["articles"]) == 1


def test_check_on_a_local_dask_cluster_gives_the_in_process_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("distributed")
    assert main(["check", str(SEEDS), "--format", "json", "--jobs", "1"]) == 0
    in_process = capsys.readouterr().out
    assert main(["check", str(SEEDS), "--format", "json", "--scheduler", "local"]) == 0
    assert capsys.readouterr().out == in_process
