"""Who a sentence is about: subjects, objects and plural references ('the two generals')."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.people import MentionIndex, Ref, governing_words
from factcheck.extract.roles import is_chain_token
from factcheck.extract.tokens import Sentence, Token
from factcheck.lexicon import load_lexicon

_PLURAL = re.compile(
    r"\b(?:the two|both(?: the)?)\s+(?:\w+\s+)?"
    r"(?:leaders|generals|ministers|men|women|presidents|officials|sides|commanders|chiefs)\b",
    re.IGNORECASE,
)


def subject_refs(refs: list[Ref], before: int | None = None) -> list[Ref]:
    """References in subject position before char offset `before`: not after a preposition or
    verb, plus those coordinated with a subject ('X and Y discussed')."""
    out: list[Ref] = []
    for ref in refs:
        if before is not None and ref.start >= before:
            break
        if ref.governor not in governing_words() or (ref.governor == "and" and out):
            out.append(ref)
    return out


def is_attribution(tokens: tuple[Token, ...], ref: Ref) -> bool:
    """'according to (spokeswoman) X', '..., said X': X is the source of a report, who
    speaks but takes no part in the event reported."""
    k = ref.first
    if k > 1 and tokens[k - 1].norm in _SAID and tokens[k - 2].text in _CLAUSE_CLOSERS:
        return True  # '"The talks were useful," said X': X is the source
    while k > 1 and tokens[k - 1].norm != "to" and is_chain_token(tokens[k - 1]):
        k -= 1
    return k > 1 and (tokens[k - 2].norm, tokens[k - 1].norm) in _attribution_pairs()


_SAID = frozenset({"said", "says", "added", "adds"})
_CLAUSE_CLOSERS = frozenset({",", '"', "'", "”", "’"})


@lru_cache(maxsize=1)
def _attribution_pairs() -> frozenset[tuple[str, ...]]:
    """The two-word attribution phrases of verbs.json, as word pairs."""
    return frozenset(tuple(p.split()) for p in load_lexicon().verbs["attribution_phrases"])


def who_aside(tokens: tuple[Token, ...], lo: int, hi: int) -> tuple[int, int] | None:
    """The first ', who ... ,' aside opening in tokens [lo, hi) ('X, who won on Monday,
    said'): the indices of its opening and closing commas, or None."""
    for k in range(max(1, lo), hi):
        if tokens[k].norm == "who" and tokens[k - 1].text == ",":
            close = next((q for q in range(k + 1, hi) if tokens[q].text == ","), None)
            return None if close is None else (k - 1, close)
    return None


def plural_span(text: str, sentence: Sentence) -> tuple[int, int] | None:
    """Span of 'the two generals' / 'both leaders' in the sentence, if any."""
    m = _PLURAL.search(text, sentence.start, sentence.end)
    return (m.start(), m.end()) if m else None


def distinct_people(refs: list[Ref], index: MentionIndex) -> list[int]:
    """Person keys in order of first reference, each once."""
    seen: list[int] = []
    for ref in refs:
        if ref.person not in seen and ref.person in index.people:
            seen.append(ref.person)
    return seen
