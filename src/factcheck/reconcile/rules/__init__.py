"""Conflict rules: each takes the reconciliation context and returns the conflicts it finds.

Severity policy: error for facts that cannot both be true, warning for a likely conflict,
info for spelling variants, missing details and documented successions.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Conflict
from factcheck.reconcile.context import Context
from factcheck.reconcile.rules.events import counterpart_mismatches, event_conflicts
from factcheck.reconcile.rules.offices import office_holders
from factcheck.reconcile.rules.people import name_variants, rank_mismatches, role_mismatches
from factcheck.reconcile.rules.stances import stance_conflicts

RULES: tuple[Callable[[Context], list[Conflict]], ...] = (
    name_variants,
    role_mismatches,
    rank_mismatches,
    office_holders,
    event_conflicts,
    counterpart_mismatches,
    stance_conflicts,
)
"""Every conflict rule, in the order their findings are listed before sorting."""


__all__ = [
    "RULES",
    "counterpart_mismatches",
    "event_conflicts",
    "name_variants",
    "office_holders",
    "rank_mismatches",
    "role_mismatches",
    "stance_conflicts",
]
