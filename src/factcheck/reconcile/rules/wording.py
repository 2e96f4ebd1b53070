"""Wording shared by conflict explanations."""

from __future__ import annotations

from factcheck.model import Claim


def articles_of(claims: list[Claim]) -> str:
    """The ids of the articles behind some claims, sorted, comma-separated."""
    return ", ".join(sorted({c.article for c in claims}))
