"""Same-person decisions on two names, token by token, with the rule that decided."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from factcheck.names.normalize import name_tokens, skeleton

DEFAULT_THRESHOLD = 0.85
"""Scores at or above this are the same person: high enough that one-letter surnames differ."""


@dataclass(frozen=True)
class NameMatch:
    """A comparison of two names: score in [0, 1], the decision, and the deciding rule."""

    score: float
    same: bool
    reason: str


def token_similarity(a: str, b: str) -> float:
    """Similarity of two folded tokens in [0, 1]: 1.0 when equal or romanisation variants."""
    if a == b:
        return 1.0
    if skeleton(a) == skeleton(b):
        return 0.97
    return float(JaroWinkler.similarity(skeleton(a), skeleton(b)))


def is_surname_variant(a: str, b: str) -> bool:
    """True when two single folded tokens are one surname spelled two ways."""
    if len(a) < 3 or len(b) < 3:
        return a == b
    return token_similarity(a, b) >= 0.9 and a[0] == b[0]


def match_names(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> NameMatch:
    """Compare two personal names; symmetric and deterministic.

    The family names (last tokens) must agree; given names are compared when both names
    have one, so a given name is never matched against a surname.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return NameMatch(0.0, False, "empty name")
    if len(ta) > len(tb) or (len(ta) == len(tb) and ta > tb):
        ta, tb = tb, ta
    surname = token_similarity(ta[-1], tb[-1])
    if surname < threshold:
        return NameMatch(round(surname * 0.5, 4), False, "surname differs")
    if len(ta) == 1:
        score = surname * 0.9
        return NameMatch(round(score, 4), score >= threshold, "surname only")
    given = token_similarity(ta[0], tb[0])
    if len(ta[0]) == 1 or len(tb[0]) == 1:
        given = 1.0 if ta[0][0] == tb[0][0] else 0.0
    if given < threshold:
        return NameMatch(round(min(surname, given) * 0.6, 4), False, "given name differs")
    score = (surname + given) / 2
    reason = "same spelling" if score == 1.0 else "romanisation variant"
    return NameMatch(round(score, 4), score >= threshold, reason)
