"""The extractors a caller can choose by name (the CLI's --extractor)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.extractor import Extractor, RuleExtractor
from factcheck.extract.parsed import ParseExtractor

EXTRACTORS: dict[str, Callable[[str | None], Extractor]] = {
    "parser": lambda model: ParseExtractor(model=model),
    "rules": lambda model: RuleExtractor(),
}
"""Name -> a factory taking the spaCy pipeline name (used by the parser extractor only)."""

DEFAULT_EXTRACTOR = "rules"


def make_extractor(name: str = DEFAULT_EXTRACTOR, model: str | None = None) -> Extractor:
    """The extractor called `name`; ValueError for an unknown one."""
    try:
        factory = EXTRACTORS[name]
    except KeyError:
        raise ValueError(
            f"unknown extractor {name!r}; choose one of {sorted(EXTRACTORS)}"
        ) from None
    return factory(model)
