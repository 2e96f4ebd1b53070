"""Every hostile file is skipped with a reason that says what is wrong; valid but unusual
files (BOMs, UTF-16, CRLF, U+2028 inside JSONL) are read."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from factcheck import load_articles
from factcheck.ingest.decode import NotTextError, decode_text
from factcheck.ingest.records import nesting_depth

from ..conftest import FIXTURES

HOSTILE = FIXTURES / "hostile"
ENCODINGS = FIXTURES / "encodings"


def _reasons(path: Path, recursive: bool = False) -> dict[str, str]:
    result = load_articles(path, recursive=recursive)
    return {Path(s.source).name: s.reason for s in result.skipped}


def test_each_hostile_file_is_one_skipped_entry_with_its_reason() -> None:
    result = load_articles(HOSTILE)
    assert result.articles == []
    reasons = {Path(s.source).name: s.reason for s in result.skipped}
    assert set(reasons) == {p.name for p in HOSTILE.iterdir()}
    assert "nested 1000 levels deep" in reasons["nested.json"]
    assert "nested 501 levels deep" in reasons["deep_line.jsonl"]
    assert "UTF-16 without a byte-order mark" in reasons["utf16_no_bom.txt"]
    assert "binary data" in reasons["binary.txt"]
    assert reasons["empty.txt"] == reasons["blank.json"] == "empty file, not text"
    assert "Windows-1252 or Latin-1" in reasons["latin1.txt"]
    assert "byte 0xe9 at offset 5" in reasons["latin1.txt"]
    assert "unsupported file type '.md'" in reasons["notes.md"]
    assert "--recursive" in reasons["subfolder"]
    assert "--recursive" in reasons["extraction_crashes"]
    assert "bad dateline" in reasons["bad_dateline.txt"]
    assert "no text after the dateline" in reasons["dateline_only.txt"]
    assert "no 'text'" in reasons["no_text.jsonl"]


def test_recursive_reads_the_subfolder() -> None:
    result = load_articles(HOSTILE, recursive=True)
    assert [a.id for a in result.articles] == ["name_run", "inside"]
    assert {"subfolder", "extraction_crashes"}.isdisjoint(
        Path(s.source).name for s in result.skipped
    )


def test_bom_and_utf16_and_crlf_files_are_read() -> None:
    articles = {a.id: a for a in load_articles(ENCODINGS).articles}
    assert articles["utf8_bom"].published == dt.date(2024, 3, 18)
    assert articles["utf8_bom"].text.startswith("President Ana Lima")
    assert articles["utf16_bom"].text.startswith("President Tamsin Okafor")
    crlf = articles["crlf"]
    assert "\r" not in crlf.text
    assert crlf.title == "Leaders meet"


def test_jsonl_is_split_on_newline_only() -> None:
    result = load_articles(ENCODINGS / "line_separator.jsonl")
    assert result.skipped == []
    first, second = result.articles
    assert first.id == "sep-1" and "\u2028" in first.text
    assert second.id == "sep-2"


def test_jsonl_line_numbers_count_newlines_only(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "a", "text": "one\u2028two\u2029three\x85four"}, ensure_ascii=False)
    path.write_text(good + "\n{broken\n", encoding="utf-8")
    (skipped,) = load_articles(path).skipped
    assert skipped.line == 2


def test_jsonl_line_that_is_not_utf8_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "Fine text."}\n')
    result = load_articles(path)
    assert [a.id for a in result.articles] == ["b"]
    assert result.skipped[0].line == 1 and "not UTF-8" in result.skipped[0].reason


def test_duplicate_ids_are_renamed_with_a_warning_never_merged(tmp_path: Path) -> None:
    for folder in ("alpha", "beta"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"President Ana Lima met {folder}.")
    records = [{"id": "r1", "text": "First."}, {"id": "r1", "text": "Second."}]
    (tmp_path / "alpha" / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    result = load_articles(tmp_path, recursive=True)
    ids = [a.id for a in result.articles]
    assert ids == ["r1", "alpha/batch/r1", "story", "beta/story"]
    assert len(result.warnings) == 2
    assert "already read from" in result.warnings[1] and "'beta/story'" in result.warnings[1]
    texts = {a.id: a.text for a in result.articles}
    assert texts["r1"] == "First." and texts["alpha/batch/r1"] == "Second."


def test_same_file_given_twice_gets_a_derived_id(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("President Ana Lima met Prime Minister Ivo Sena.")
    result = load_articles(path, path)
    assert [a.id for a in result.articles] == ["one", f"{tmp_path.name}/one"]


def test_symlink_loop_and_broken_link_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "a.txt").write_text("President Ana Lima met Prime Minister Ivo Sena.")
    os.symlink(tmp_path, tmp_path / "inner" / "up")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "self", tmp_path / "self")
    reasons = _reasons(tmp_path, recursive=True)
    assert "symlink loop" in reasons["up"]
    assert "broken symlink" in reasons["dangling.txt"]
    assert reasons["self"] == "symlink loop"
    assert [a.id for a in load_articles(tmp_path, recursive=True).articles] == ["a"]


def test_nonexistent_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = load_articles(tmp_path / "empty", tmp_path / "missing")
    assert result.articles == []
    assert [s.reason for s in result.skipped] == ["no such file or directory"]


def test_control_characters_are_removed_from_text_and_fields(tmp_path: Path) -> None:
    record = {
        "id": "c\x1b[31m1",
        "text": "Ana\x1b]0;owned\x07 Lima met Ivo Sena.",
        "outlet": "W\x9bire",
    }
    (tmp_path / "c.jsonl").write_text(json.dumps(record))
    (article,) = load_articles(tmp_path / "c.jsonl").articles
    assert article.id == "c1"
    assert article.text == "Ana Lima met Ivo Sena."
    assert article.outlet == "Wire"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\xff\xfe\x00", "invalid UTF-16"),
        (b"abc\x00def", "binary data (1 NUL bytes)"),
        (b"\x81\x8d\x8f\x90\x9d", "no byte-order mark"),
    ],
)
def test_decode_refusals_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(NotTextError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_text(data)


def test_nesting_depth_ignores_brackets_in_strings() -> None:
    assert nesting_depth('{"a": "[[[[{{{{", "b": [1, [2]]}') == 3
    assert nesting_depth('["\\"[[[", [[]]]') == 3
    assert nesting_depth("[" * 10_000) == 10_000


def test_an_unexpected_parser_error_skips_the_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(article_id: str, raw: str) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("factcheck.ingest.loader.parse_html_article", explode)
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b.txt").write_text("President Ana Lima met Prime Minister Ivo Sena.")
    result = load_articles(tmp_path)
    assert [a.id for a in result.articles] == ["b"]
    assert (
        result.skipped[0].reason == "cannot read: RecursionError: maximum recursion depth exceeded"
    )
