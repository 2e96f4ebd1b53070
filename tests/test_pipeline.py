"""The run as a whole: one failing article never stops the others, the API steps are the
pipeline, and a claims file or worker processes change nothing in the report."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import (
    Article,
    Extraction,
    ParseExtractor,
    check,
    extract_articles,
    extract_claims,
    load_articles,
    read_claims,
    reconcile,
    reconcile_extracted,
    render,
    write_claims,
)
from factcheck.ingest import records
from factcheck.model import Skipped

from .conftest import FIXTURES, SEEDS


class FailsOnOne:
    """The default extractor, except that one article makes it raise (picklable for workers)."""

    def __init__(self, fails_on: str) -> None:
        self.fails_on = fails_on

    def extract(self, article: Article) -> Extraction:
        if article.id == self.fails_on:
            raise RecursionError("maximum recursion depth exceeded")
        return ParseExtractor().extract(article)


def test_an_exception_in_one_article_becomes_a_skipped_entry() -> None:
    broken = "002_0081d123c838c390"
    report = check(SEEDS, extractor=FailsOnOne(broken))
    assert [a.id for a in report.articles] == sorted(
        a for a in load_articles(SEEDS).articles if a.id != broken for a in [a.id]
    )
    (skipped,) = report.skipped
    assert skipped.source == str(SEEDS / f"{broken}.txt")
    assert skipped.error == "RecursionError"
    assert skipped.reason == (
        f"article {broken!r}: extraction failed: RecursionError: maximum recursion depth exceeded"
    )
    assert skipped.traceback is None


def test_debug_keeps_the_traceback() -> None:
    report = check(SEEDS, extractor=FailsOnOne("002_0081d123c838c390"), debug=True)
    (skipped,) = report.skipped
    assert skipped.traceback and "raise RecursionError" in skipped.traceback


def test_workers_run_the_guard_too() -> None:
    one = check(SEEDS, extractor=FailsOnOne("001_01a8f12677df87e8"))
    two = check(SEEDS, extractor=FailsOnOne("001_01a8f12677df87e8"), jobs=2)
    assert render(one, "json") == render(two, "json")
    assert len(two.skipped) == 1


def test_crash_inputs_never_stop_the_run() -> None:
    report = check(FIXTURES / "hostile" / "extraction_crashes", SEEDS)
    assert len(report.articles) + len(report.skipped) == 5 + len(
        list((FIXTURES / "hostile" / "extraction_crashes").iterdir())
    )
    assert {a.id for a in check(SEEDS).articles} <= {a.id for a in report.articles}
    for skipped in report.skipped:
        assert skipped.error and skipped.reason.startswith("article")


def test_the_api_steps_are_the_pipeline(seed_report: object) -> None:
    loaded = load_articles(SEEDS)
    extractions = [extract_claims(article) for article in loaded.articles]
    report = reconcile(
        [claim for extraction in extractions for claim in extraction.claims],
        loaded.articles,
        loaded.skipped,
        {extraction.article: extraction.people for extraction in extractions},
    )
    assert report == seed_report


def test_a_claims_file_round_trip_gives_the_same_report(tmp_path: Path) -> None:
    out = io.StringIO()
    count = write_claims(extract_articles(SEEDS, FIXTURES / "hostile"), out)
    assert count == 5 + len(list((FIXTURES / "hostile").iterdir()))
    path = tmp_path / "claims.jsonl"
    path.write_text(out.getvalue())
    again = reconcile_extracted(read_claims(path))
    assert render(again, "json") == render(check(SEEDS, FIXTURES / "hostile"), "json")


def test_extract_articles_streams_in_input_order() -> None:
    records = extract_articles(SEEDS / "001_01a8f12677df87e8.txt", SEEDS / "missing.txt")
    first = next(records)
    assert not isinstance(first, Skipped) and first.article.id == "001_01a8f12677df87e8"
    second = next(records)
    assert isinstance(second, Skipped) and "no such file" in second.reason
    with pytest.raises(StopIteration):
        next(records)


def test_every_python_example_of_the_readme_runs() -> None:
    root = Path(__file__).resolve().parent.parent
    blocks = re.findall(r"```python\n(.*?)```", (root / "README.md").read_text(), re.S)
    assert len(blocks) >= 2
    for code in blocks:
        subprocess.run([sys.executable, "-c", code], cwd=root, check=True, capture_output=True)
    steps = subprocess.run(
        [sys.executable, "-c", blocks[1]], cwd=root, check=True, capture_output=True, text=True
    )
    report = check(SEEDS)
    assert (
        steps.stdout.strip()
        == f"{len(report.articles)} articles, {len(report.conflicts)} conflicts"
    )


class DiesOnOne:
    """An extractor whose worker process dies on one article, as if killed."""

    def __init__(self, dies_on: str) -> None:
        self.dies_on = dies_on

    def extract(self, article: Article) -> Extraction:
        if article.id == self.dies_on:
            os._exit(9)
        return ParseExtractor().extract(article)


def test_a_worker_that_dies_costs_only_its_article() -> None:
    dead = "003_f2efd379952b0cda"
    report = check(SEEDS, extractor=DiesOnOne(dead), jobs=2)
    assert [s.source for s in report.skipped] == [str(SEEDS / f"{dead}.txt")]
    assert "worker process extracting it stopped" in report.skipped[0].reason
    assert len(report.articles) == 4


def test_articles_are_read_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text(
        "\n".join(f'{{"id": "a{i}", "text": "Ana Lima met Ivo Sena."}}' for i in range(200))
    )
    calls: list[str] = []
    real = records.article_from_record

    def counted(*args: object, **kwargs: object) -> Article:
        calls.append("read")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(records, "article_from_record", counted)
    stream = extract_articles(path)
    next(stream)
    assert len(calls) == 1
    assert sum(1 for _ in stream) == 199


def test_max_chars_through_the_api() -> None:
    report = check(SEEDS, max_chars=2500)
    assert [a.id for a in report.articles] == ["003_f2efd379952b0cda"]
    assert all("over the limit of 2,500" in s.reason for s in report.skipped)
