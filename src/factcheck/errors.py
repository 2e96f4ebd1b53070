"""Errors a caller can act on.

FactcheckError
 ├── InputError              an input cannot be read; names the source and, where known, the line
 │    ├── ArticleError        ... as an article
 │    └── ReferenceTableError ... as a table of office holders
 └── FormatError             an unknown report format was asked for
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Root of every error factcheck raises on purpose."""


class InputError(FactcheckError):
    """An input that cannot be read: `source` (file), `line` (for line-based files), `reason`."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ArticleError(InputError):
    """An input cannot be read as an article."""


class ReferenceTableError(InputError):
    """A reference table of office holders cannot be read."""


class FormatError(FactcheckError):
    """A report format that no renderer handles."""
