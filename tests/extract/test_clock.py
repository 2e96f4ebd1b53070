"""The report never depends on the day it is made: dates come from the articles alone."""

from __future__ import annotations

from freezegun import freeze_time

from factcheck import check, render

from ..conftest import FIXTURES


def _report() -> str:
    return render(check(FIXTURES / "parsed"), "json")


def test_report_is_the_same_whatever_the_clock_says() -> None:
    with freeze_time("2031-06-15"):
        later = _report()
    with freeze_time("2019-02-01"):
        earlier = _report()
    assert later == earlier


def test_a_yearless_date_in_an_undated_article_takes_no_year() -> None:
    report = check(FIXTURES / "parsed" / "undated-talks.txt")
    (entry,) = report.articles
    assert entry.published is None
    assert all(c.when.date is None for c in entry.claims)
