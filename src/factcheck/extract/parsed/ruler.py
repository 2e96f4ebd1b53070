"""A faster way to find the attribute ruler's matches: the same rules (tag map and
exceptions of spaCy's English pipelines), found by table lookup on each token's tag, lower
form and dependency instead of by spaCy's general Matcher, which spent about a sixth of the
whole parse on them. The ruler's own `set_annotations` then applies them, so the tokens'
POS, morphology and lemmas are the same as the stock ruler's (a test compares them).

Only rules made of plain token attributes (TAG, LOWER, ORTH, DEP, IS_SPACE) compared for
equality, set membership or a regular expression are understood; a ruler with any other
pattern is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COLUMNS = ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE")
"""Token attributes a rule may test, in the order of the array read from each doc."""

Test = tuple[int, str, Any]
"""(column, 'eq' | 'in' | 'not_in' | 'regex', value, frozenset of values or a predicate on
the string id), values as string ids."""
Rule = tuple[int, int, tuple[tuple[Test, ...], ...]]
"""(rule number, match id, one tuple of tests per token of the pattern)."""

MAX_SEEN = 200_000
"""Distinct tokens whose one-token matches are remembered (then the memory starts over)."""

Match = tuple[int, int, int, int]
"""(rule number, match id, start, end), as AttributeRuler.match gives them."""


def _value(value: object) -> int:
    from spacy.strings import get_string_id

    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return int(get_string_id(value))
    raise ValueError(f"unsupported value {value!r}")


def _searcher(pattern: str, text_of: Callable[[int], str]) -> Callable[[int], bool]:
    """Whether the string of an id holds `pattern` (re.search, as the Matcher's REGEX),
    memoised per id."""
    compiled = re.compile(pattern)
    seen: dict[int, bool] = {}

    def search(key: int) -> bool:
        if key not in seen:
            seen[key] = compiled.search(text_of(key)) is not None
        return seen[key]

    return search


def _tests(spec: dict[str, object], text_of: Callable[[int], str]) -> tuple[Test, ...]:
    """The tests of one token of a pattern; ValueError when the ruler uses anything else."""
    tests: list[Test] = []
    for key, value in spec.items():
        if key not in COLUMNS:
            raise ValueError(f"unsupported key {key!r}")
        column = COLUMNS.index(key)
        if isinstance(value, dict):
            if len(value) != 1 or not set(value) <= {"IN", "NOT_IN", "REGEX"}:
                raise ValueError(f"unsupported predicate {value!r}")
            ((kind, values),) = value.items()
            if kind == "REGEX":
                if key not in {"LOWER", "ORTH"} or not isinstance(values, str):
                    raise ValueError(f"unsupported predicate {value!r}")
                tests.append((column, "regex", _searcher(values, text_of)))
                continue
            tests.append((column, kind.lower(), frozenset(_value(v) for v in values)))
        else:
            tests.append((column, "eq", _value(value)))
    return tuple(tests)


def _passes(row: Sequence[int], tests: tuple[Test, ...]) -> bool:
    for column, kind, value in tests:
        got = row[column]
        if kind == "eq":
            if got != value:
                return False
        elif kind == "regex":
            if not value(got):
                return False
        elif (got in value) != (kind == "in"):
            return False
    return True


def _keys(tests: tuple[Test, ...]) -> tuple[int, frozenset[int]] | None:
    """The column (the first in COLUMNS order) and the values of it one of which a token
    must have to pass `tests`; None when no column is fixed that way."""
    fixed = {c: frozenset({v}) for c, kind, v in tests if kind == "eq"}
    fixed |= {c: v for c, kind, v in tests if kind == "in" and c not in fixed}
    return min(fixed.items()) if fixed else None


class RuleIndex:
    """The ruler's patterns, indexed by a value their first token must have (its tag, lower
    form, dependency...); `__call__` is a drop-in for `AttributeRuler.match`.

    Which rules a token starts is looked up once per distinct token (its five attributes),
    since a text repeats its tokens; the rest of a longer rule is tried only where its first
    token passed.
    """

    def __init__(
        self,
        patterns: list[dict[str, Any]],
        match_ids: list[int],
        text_of: Callable[[int], str],
    ) -> None:
        self.index: list[dict[int, list[Rule]]] = [{} for _ in COLUMNS]
        self.others: list[Rule] = []
        for number, (entry, match_id) in enumerate(zip(patterns, match_ids, strict=True)):
            for pattern in entry["patterns"]:
                tests = tuple(_tests(spec, text_of) for spec in pattern)
                rule = (number, match_id, tests)
                keys = _keys(tests[0])
                if keys is None:
                    self.others.append(rule)
                    continue
                column, values = keys
                for value in values:
                    self.index[column].setdefault(value, []).append(rule)
        self.seen: dict[tuple[int, ...], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}

    def _starts(self, row: tuple[int, ...]) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        """The one-token rules a token of these attributes passes, and the longer rules
        whose first token it passes."""
        found = self.seen.get(row)
        if found is None:
            rules = [r for i, v in enumerate(row) for r in self.index[i].get(v, ())]
            passed = [r for r in (*rules, *self.others) if _passes(row, r[2][0])]
            found = (
                tuple(r for r in passed if len(r[2]) == 1),
                tuple(r for r in passed if len(r[2]) > 1),
            )
            if len(self.seen) > MAX_SEEN:
                self.seen.clear()
            self.seen[row] = found
        return found

    def __call__(self, doc: Doc) -> list[Match]:
        """Every (rule, start, end) whose pattern matches `doc`, sorted as the ruler sorts
        them (rule number first: later rules win)."""
        rows = [tuple(r) for r in doc.to_array(list(COLUMNS)).tolist()]
        found: set[Match] = set()
        n = len(rows)
        for start, row in enumerate(rows):
            singles, longer = self._starts(row)
            found.update((number, m, start, start + 1) for number, m, _ in singles)
            for number, match_id, tests in longer:
                end = start + len(tests)
                if end <= n and all(
                    _passes(rows[start + k], tests[k]) for k in range(1, end - start)
                ):
                    found.add((number, match_id, start, end))
        return sorted(found)


def speed_up_ruler(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the table-lookup matcher; False (ruler left as it
    is) when there is none or it has a pattern RuleIndex does not understand."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns: list[dict[str, Any]] = list(ruler.patterns)
    match_ids = [int(ruler.vocab.strings[str(i)]) for i in range(len(patterns))]
    try:
        index = RuleIndex(patterns, match_ids, lambda key: str(ruler.vocab.strings[key]))
    except ValueError:
        return False
    ruler.match = index  # type: ignore[method-assign]
    return True
