"""Every conflict type: articles that trigger it, and articles that must not."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, ConflictType, Report, Severity, extract_claims, reconcile


def _report(*stories: tuple[str, str, str | None]) -> Report:
    """Reconcile articles given as (id, dateline or None, text)."""
    articles = [
        Article(id=i, text=t, published=dt.date.fromisoformat(d) if d else None)
        for i, d, t in stories
    ]
    claims = [c for a in articles for c in extract_claims(a).claims]
    return reconcile(claims, articles)


def _types(report: Report) -> dict[ConflictType, Severity]:
    return {c.type: c.severity for c in report.conflicts}


MEETING = "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister Ali Jaber"


def test_rank_mismatch_and_a_less_specific_rank() -> None:
    clash = _report(
        (
            "a",
            "2023-03-01",
            "Major General Omar Saleh met Iraqi Defence Minister Ali Jaber in Amman.",
        ),
        (
            "b",
            "2023-03-01",
            "Brigadier General Omar Saleh met Iraqi Defence Minister Ali Jaber in Amman.",
        ),
    )
    assert _types(clash)[ConflictType.RANK_MISMATCH] is Severity.WARNING
    fine = _report(
        (
            "a",
            "2023-03-01",
            "Major General Omar Saleh met Iraqi Defence Minister Ali Jaber in Amman.",
        ),
        ("b", "2023-03-01", "Gen. Omar Saleh met Iraqi Defence Minister Ali Jaber in Amman."),
    )
    assert ConflictType.RANK_MISMATCH not in _types(fine)


def test_date_mismatch_and_a_month_containing_the_day() -> None:
    clash = _report(
        ("a", "2023-03-09", f"{MEETING} in Amman on 7 March 2023."),
        ("b", "2023-03-09", f"{MEETING} in Amman on 8 March 2023."),
    )
    assert _types(clash)[ConflictType.DATE_MISMATCH] is Severity.WARNING
    fine = _report(
        ("a", "2023-03-09", f"{MEETING} in Amman on 7 March 2023."),
        ("b", None, f"{MEETING} in Amman in March 2023."),
    )
    assert ConflictType.DATE_MISMATCH not in _types(fine)
    assert [len(e.claims) for e in fine.events] == [2]


def test_place_mismatch_and_the_capital_named_by_description() -> None:
    clash = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        ("b", "2023-03-01", f"{MEETING} in Baghdad on Wednesday."),
    )
    assert _types(clash)[ConflictType.PLACE_MISMATCH] is Severity.WARNING
    fine = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        ("b", "2023-03-01", f"{MEETING} in the Jordanian capital on Wednesday."),
    )
    assert ConflictType.PLACE_MISMATCH not in _types(fine)


def test_mode_mismatch_and_a_call_months_later() -> None:
    clash = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        (
            "b",
            "2023-03-01",
            "Jordanian Defence Minister Omar Saleh spoke by phone with Iraqi "
            "Defence Minister Ali Jaber on Wednesday.",
        ),
    )
    assert _types(clash)[ConflictType.MODE_MISMATCH] is Severity.WARNING
    fine = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        (
            "b",
            "2023-07-01",
            "Jordanian Defence Minister Omar Saleh spoke by phone with Iraqi "
            "Defence Minister Ali Jaber on Friday.",
        ),
    )
    assert ConflictType.MODE_MISMATCH not in _types(fine)
    assert len(fine.events) == 2


def test_date_missing_is_information_not_a_contradiction() -> None:
    report = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        ("b", None, f"{MEETING} in Amman."),
    )
    assert _types(report)[ConflictType.DATE_MISSING] is Severity.INFO
    assert ConflictType.DATE_MISMATCH not in _types(report)


def test_counterpart_mismatch_on_one_day_and_different_days() -> None:
    clash = _report(
        (
            "a",
            "2023-03-01",
            "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister "
            "Ali Jaber in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-03-01",
            "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister "
            "Hassan Kareem in Amman on Wednesday.",
        ),
    )
    assert _types(clash)[ConflictType.COUNTERPART_MISMATCH] is Severity.WARNING
    later = _report(
        (
            "a",
            "2023-03-01",
            "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister "
            "Ali Jaber in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-09-01",
            "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister "
            "Hassan Kareem in Amman on Friday.",
        ),
    )
    assert ConflictType.COUNTERPART_MISMATCH not in _types(later)


def test_office_holder_conflict_and_succession() -> None:
    clash = _report(
        (
            "a",
            "2023-03-01",
            "Iraqi Defence Minister Ali Jaber met Jordanian Defence Minister "
            "Omar Saleh in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-03-01",
            "Iraqi Defence Minister Hassan Kareem met Jordanian Defence Minister "
            "Omar Saleh in Amman on Wednesday.",
        ),
    )
    assert _types(clash)[ConflictType.OFFICE_HOLDER_CONFLICT] is Severity.WARNING
    later = _report(
        (
            "a",
            "2023-03-01",
            "Iraqi Defence Minister Ali Jaber met Jordanian Defence Minister "
            "Omar Saleh in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-10-01",
            "Iraqi Defence Minister Hassan Kareem met Jordanian Defence Minister "
            "Omar Saleh in Baghdad on Sunday.",
        ),
    )
    types = _types(later)
    assert ConflictType.OFFICE_HOLDER_CONFLICT not in types
    assert types[ConflictType.SUCCESSION] is Severity.INFO


def test_stance_conflict_and_two_targets() -> None:
    clash = _report(
        ("a", "2023-03-01", "Jordanian Defence Minister Omar Saleh condemned Iraq's decision."),
        ("b", "2023-03-01", "Jordanian Defence Minister Omar Saleh praised Iraq's decision."),
    )
    assert _types(clash)[ConflictType.STANCE_CONFLICT] is Severity.WARNING
    fine = _report(
        ("a", "2023-03-01", "Jordanian Defence Minister Omar Saleh condemned Iraq's decision."),
        ("b", "2023-03-01", "Jordanian Defence Minister Omar Saleh praised Egypt's decision."),
    )
    assert ConflictType.STANCE_CONFLICT not in _types(fine)


def test_name_variant_only_for_spellings_not_titles() -> None:
    variant = _report(
        (
            "a",
            "2023-03-01",
            "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister "
            "Ali Jaber in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-03-01",
            "Jordanian Defence Minister Omar Salih met Iraqi Defence Minister "
            "Ali Jaber in Amman on Wednesday.",
        ),
    )
    assert _types(variant)[ConflictType.NAME_VARIANT] is Severity.INFO
    titles = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        (
            "b",
            "2023-03-01",
            "Defence Minister Omar Saleh met Defence Minister Ali Jaber in Amman on Wednesday.",
        ),
    )
    assert ConflictType.NAME_VARIANT not in _types(titles)


def test_date_missing_needs_an_undated_account() -> None:
    both_dated = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        ("b", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
    )
    assert ConflictType.DATE_MISSING not in _types(both_dated)


def test_role_mismatch_and_one_office_written_two_ways() -> None:
    clash = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        (
            "b",
            "2023-03-01",
            "Jordanian Interior Minister Omar Saleh met Iraqi Defence Minister "
            "Ali Jaber in Amman on Wednesday.",
        ),
    )
    assert _types(clash)[ConflictType.ROLE_MISMATCH] is Severity.WARNING
    fine = _report(
        ("a", "2023-03-01", f"{MEETING} in Amman on Wednesday."),
        (
            "b",
            "2023-03-01",
            "Jordan's Minister of Defense Omar Saleh met Iraqi Defence Minister "
            "Ali Jaber in Amman on Wednesday.",
        ),
    )
    assert ConflictType.ROLE_MISMATCH not in _types(fine)


def test_background_history_and_anticipated_offices_are_no_office_holder_conflict() -> None:
    history = _report(
        (
            "a",
            "2023-03-01",
            "Iraqi Defence Minister Ali Jaber met Jordanian Defence Minister "
            "Omar Saleh in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-03-01",
            "Iraqi Defence Minister Hassan Kareem met Jordanian Defence Minister "
            "Omar Saleh in Amman on 3 May 2019.",
        ),
    )
    assert ConflictType.OFFICE_HOLDER_CONFLICT not in _types(history)
    elect = _report(
        (
            "a",
            "2023-03-01",
            "Iraqi President Ali Jaber met Jordanian King Omar Saleh in Amman on Wednesday.",
        ),
        (
            "b",
            "2023-03-01",
            "Iraqi President Hassan Kareem met Jordanian King Omar Saleh in Amman on Wednesday.",
        ),
        (
            "c",
            "2023-03-01",
            "Iraqi President-elect Hassan Kareem met Jordanian Prime Minister "
            "Nabil Rahal in Amman on Wednesday.",
        ),
    )
    assert ConflictType.OFFICE_HOLDER_CONFLICT not in _types(elect)


def test_one_stray_date_does_not_keep_a_new_account_out_of_its_event() -> None:
    report = _report(
        ("a", "2023-03-09", f"{MEETING} in Amman on 8 March 2023."),
        ("b", "2023-03-09", f"{MEETING} in Amman on 8 March 2023."),
        ("c", "2023-03-09", f"{MEETING} in Amman on 7 March 2023."),
        ("d", "2023-03-09", f"{MEETING} in Amman."),  # undated: the dateline, 9 March
    )
    meetings = [e for e in report.events if len(e.claims) > 1]
    assert len(meetings) == 1
    assert len(meetings[0].claims) == 4


def test_name_variant_of_a_given_name_but_not_of_an_added_family_name() -> None:
    given = _report(
        ("a", "2023-03-01", "Ruritanian Defence Minister Sergei Volkar met Ali Jaber in Amman."),
        ("b", "2023-03-01", "Ruritanian Defence Minister Sergey Volkar met Ali Jaber in Amman."),
    )
    variants = [c for c in given.conflicts if c.type is ConflictType.NAME_VARIANT]
    assert variants and "Sergei" in variants[0].explanation and "Sergey" in variants[0].explanation
    added = _report(
        ("a", "2023-03-01", "Prince Tamir bin Hadun met Ali Jaber in Amman on Wednesday."),
        (
            "b",
            "2023-03-01",
            "Prince Tamir bin Hadun Al Varesh met Ali Jaber in Amman on Wednesday.",
        ),
    )
    assert ConflictType.NAME_VARIANT not in _types(added)


def test_two_holders_at_once_are_dated_by_the_day_both_are_given_it() -> None:
    """The explanation names the earliest date on which both are said to hold the office,
    whichever article (or entity) comes first."""
    earlier = "Iraqi Defence Minister Ali Jaber met Jordanian Defence Minister Omar Saleh."
    clash = "Iraqi Defence Minister {} met Jordanian Defence Minister Omar Saleh in Amman."
    for ids in (("a", "b", "c"), ("c", "b", "a")):
        report = _report(
            (ids[0], "2023-03-01", earlier),
            (ids[1], "2023-09-02", clash.format("Ali Jaber")),
            (ids[2], "2023-09-02", clash.format("Hassan Kareem")),
        )
        (conflict,) = [c for c in report.conflicts if c.type is ConflictType.OFFICE_HOLDER_CONFLICT]
        assert "around 2023-09-02 " in conflict.explanation


def test_a_missing_date_names_every_date_the_others_give_whatever_their_order() -> None:
    for ids in (("a", "b", "c"), ("c", "b", "a")):
        report = _report(
            (ids[0], "2023-03-01", f"{MEETING} in Amman on Wednesday."),
            (ids[1], "2023-03-02", f"{MEETING} in Amman on Thursday."),
            (ids[2], None, f"{MEETING} in Amman."),
        )
        (missing,) = [c for c in report.conflicts if c.type is ConflictType.DATE_MISSING]
        assert "(2023-03-01, 2023-03-02)" in missing.explanation
