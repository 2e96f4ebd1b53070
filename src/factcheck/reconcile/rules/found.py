"""Building a conflict from what each claim says."""

from __future__ import annotations

from factcheck.model import Conflict, ConflictType, Severity


def conflict(
    kind: ConflictType, severity: Severity, subject: str, values: dict[str, str], explanation: str
) -> Conflict:
    """A conflict over the claims `values` maps to what each one says, listed by claim id."""
    return Conflict(
        type=kind,
        severity=severity,
        subject=subject,
        claims=tuple(sorted(values)),
        values=dict(sorted(values.items())),
        explanation=explanation,
    )
