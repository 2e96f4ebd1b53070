"""Pydantic validation errors said the way an input error names them."""

from __future__ import annotations

from pydantic import ValidationError


def describe(exc: ValidationError) -> str:
    """The first problem of a validation error: "field 'published': Input should be ..."."""
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"])
    return f"field {field!r}: {first['msg']}"
