"""Date phrases resolved against the dateline; the date of something else never counts."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import find_date, resolve_weekday
from factcheck.model import DateBasis, DatePrecision

TUESDAY = dt.date(2024, 9, 3)


def _date(sentence: str, published: dt.date | None = TUESDAY) -> tuple[str | None, str | None]:
    found = find_date(sentence, 0, len(sentence), published)
    if found is None:
        return None, None
    return found.date, found.basis.value if found.basis else None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The ministers met on 18 March 2024 in Doha.", "2024-03-18"),
        ("The ministers met on March 18, 2024 in Doha.", "2024-03-18"),
        ("The ministers met on Nov. 10 in Doha.", "2023-11-10"),  # last November
        ("The ministers met on 2 September in Doha.", "2024-09-02"),
        ("The ministers met on 2024-03-18 in Doha.", "2024-03-18"),
    ],
)
def test_explicit_dates(sentence: str, date: str) -> None:
    assert _date(sentence) == (date, "explicit")


def test_month_precision_is_kept() -> None:
    found = find_date("They met in March 2024.", 0, 23, TUESDAY)
    assert found is not None
    assert (found.date, found.precision) == ("2024-03", DatePrecision.MONTH)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("He met the envoy on Sunday.", "2024-09-01"),
        ("He met the envoy on Tuesday.", "2024-09-03"),  # the dateline's own day
        ("He met the envoy yesterday.", "2024-09-02"),
        ("He meets the envoy today.", "2024-09-03"),
        ("He will meet the envoy tomorrow.", "2024-09-04"),
        ("He will meet the envoy on Friday.", "2024-09-06"),  # a preview looks forward
    ],
)
def test_relative_dates(sentence: str, date: str) -> None:
    assert _date(sentence) == (date, DateBasis.RELATIVE.value)


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("He met the envoy earlier this month.", "2024-09", DatePrecision.MONTH),
        ("He met the envoy last month.", "2024-08", DatePrecision.MONTH),
        ("He will meet the envoy next month.", "2024-10", DatePrecision.MONTH),
        ("He met the envoy last year.", "2023", DatePrecision.YEAR),
    ],
)
def test_relative_months_and_years_keep_their_precision(
    sentence: str, date: str, precision: DatePrecision
) -> None:
    found = find_date(sentence, 0, len(sentence), TUESDAY)
    assert found is not None
    assert (found.date, found.precision, found.basis) == (date, precision, DateBasis.RELATIVE)


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    found = find_date("They met last month.", 0, 20, dt.date(2024, 1, 15))
    assert found is not None
    assert found.date == "2023-12"


def test_weekday_without_dateline_cannot_be_resolved() -> None:
    assert _date("He met the envoy on Sunday.", None) == (None, None)


def test_possessive_weekday_dates_something_else() -> None:
    assert _date("After Tuesday's election, he met the envoy.") == (None, None)
    assert _date("Thursday's meeting went well.") == ("2024-08-29", "relative")


def test_since_a_date_is_not_the_date() -> None:
    assert _date("He has led the ministry since March 2021 and met the envoy.") == (None, None)


def test_weekday_resolution_rule() -> None:
    sunday = dt.date(2024, 9, 1)
    assert resolve_weekday(6, sunday) == sunday
    assert resolve_weekday(0, sunday) == dt.date(2024, 8, 26)
    assert resolve_weekday(0, sunday, future=True) == dt.date(2024, 9, 2)


def test_a_past_event_is_not_dated_after_the_article() -> None:
    # a teaser of another story, run into the sentence, carries a later date
    sentence = (
        "The ministers meet in Doha Protests spread Wed, September 25, 2024 across the region."
    )
    assert _date(sentence) == (None, None)
    assert _date("The ministers will meet in Doha on September 25, 2024.") == (
        "2024-09-25",
        "explicit",
    )


def test_a_relative_date_counts_when_the_explicit_one_is_far_from_the_event() -> None:
    sentence = (
        "The ministers met on Monday in Doha, the first such talks since a long, bitter and "
        "much reported dispute that began on 14 June 2021."
    )
    found = find_date(sentence, 0, len(sentence), TUESDAY, anchors=(14, 17))
    assert found is not None
    assert (found.date, found.basis) == ("2024-09-02", DateBasis.RELATIVE)


def test_a_timeline_heading_dates_what_follows_it() -> None:
    sentence = "They met in secret in Doha October 7, 2024: the talks collapse."
    found = find_date(sentence, 0, len(sentence), dt.date(2024, 11, 1), anchors=(5, 8))
    assert found is None
    sentence = "October 7, 2024: the ministers met in Doha."
    found = find_date(sentence, 0, len(sentence), dt.date(2024, 11, 1), anchors=(29, 32))
    assert found is not None and found.date == "2024-10-07"


def test_a_year_just_outside_the_window_still_dates_the_phrase() -> None:
    import datetime as dt

    from factcheck.extract.dates import find_date

    text = "Protests erupt worldwide Wed, November 30, 2016 as the leaders met"
    end = text.index(", 2016")
    # a date after the article, in a clause that is not about the future, is not its date
    assert find_date(text, 0, end, dt.date(2016, 11, 10)) is None
