"""Errors a caller can act on.

FactcheckError
 ├── ArticleError    an input file or record cannot be read as an article
 ├── ReferenceTableError  a reference table of office holders cannot be read
 └── FormatError     an unknown report format was asked for
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Root of every error factcheck raises on purpose."""


class ArticleError(FactcheckError):
    """An input cannot be read as an article; names the source and, for JSONL, the line."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class FormatError(FactcheckError):
    """A report format that no renderer handles."""


class ReferenceTableError(FactcheckError):
    """A reference table cannot be read; names the file and, where known, the line."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")
