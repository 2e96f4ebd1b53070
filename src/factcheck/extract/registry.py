"""The extractors a caller can choose by name (the CLI's --extractor)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.parsed import ParseExtractor
from factcheck.extract.protocol import Extractor

EXTRACTORS: dict[str, Callable[[str | None], Extractor]] = {
    "parser": lambda model: ParseExtractor(model=model),
}
"""Name -> a factory taking the spaCy pipeline name."""

DEFAULT_EXTRACTOR = "parser"


def make_extractor(name: str = DEFAULT_EXTRACTOR, model: str | None = None) -> Extractor:
    """The extractor called `name`; ValueError for an unknown one."""
    try:
        factory = EXTRACTORS[name]
    except KeyError:
        raise ValueError(
            f"unknown extractor {name!r}; choose one of {sorted(EXTRACTORS)}"
        ) from None
    return factory(model)
