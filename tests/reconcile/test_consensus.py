"""Consensus counts independent sources: copies of one story count once."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, ConflictType, extract_claims, reconcile
from factcheck.reconcile.copies import copy_groups

WIRE = (
    "Jordanian Defence Minister Omar Saleh met Iraqi Defence Minister Ali Jaber in Amman on "
    "Wednesday. The two ministers discussed border security, the return of refugees and a "
    "joint training programme for officers, according to a statement from the ministry. "
    "Saleh said the talks were frank and useful and that the committees would meet again."
)
COPY = WIRE.replace("frank and useful", "useful and frank") + " Reporting by a wire service."
OWN = (
    "Omar Saleh, Jordan's Defence Minister, received his Iraqi counterpart, Ali Jaber, in Amman "
    "on Wednesday for talks on the shared border."
)
OTHER = (
    "Jordanian Interior Minister Omar Saleh met Iraqi Defence Minister Ali Jaber in Amman on "
    "Wednesday to discuss refugees."
)


def _articles(*texts: tuple[str, str]) -> list[Article]:
    return [Article(id=i, text=t, published=dt.date(2023, 3, 1)) for i, t in texts]


def test_a_rewritten_wire_story_is_a_copy() -> None:
    groups = copy_groups(_articles(("a", WIRE), ("b", COPY), ("c", OWN)))
    assert groups["a"] == groups["b"] != groups["c"]


def _role_consensus(articles: list[Article]) -> tuple[str | None, int]:
    claims = [c for a in articles for c in extract_claims(a).claims]
    report = reconcile(claims, articles)
    (conflict,) = [c for c in report.conflicts if c.type is ConflictType.ROLE_MISMATCH]
    assert conflict.consensus is not None
    return conflict.consensus.value, conflict.consensus.independent_sources


def test_best_supported_value_counts_independent_sources() -> None:
    value, sources = _role_consensus(_articles(("a", WIRE), ("b", COPY), ("c", OWN), ("d", OTHER)))
    assert (value, sources) == ("Defence Minister", 2)


def test_copies_alone_leave_the_value_undetermined() -> None:
    value, sources = _role_consensus(_articles(("a", WIRE), ("b", COPY), ("d", OTHER)))
    assert (value, sources) == (None, 0)
