"""Claims files: what `factcheck extract` writes and `factcheck reconcile` reads.

One JSON object a line, written as each article is extracted: an extracted article
({"article": ..., "claims": [...], "people": [...]}) or an input that was skipped
({"skipped": {"source": ..., "reason": ...}}). Lines are split on '\\n' only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from pydantic import BaseModel, ValidationError

from factcheck.ingest.records import MAX_DEPTH, nesting_depth
from factcheck.ingest.validation import describe
from factcheck.model import Skipped
from factcheck.model.extraction import ExtractedArticle

M = TypeVar("M", bound=BaseModel)

_FIELD_SETS: dict[frozenset[str], set[str]] = {}
"""One set of field names per distinct set, shared by every model that has it."""


def write_claims(records: Iterable[ExtractedArticle | Skipped], out: TextIO) -> int:
    """Write one line per record as it comes, flushing each; returns the number of lines."""
    count = 0
    for record in records:
        out.write(claims_line(record) + "\n")
        out.flush()
        count += 1
    return count


def claims_line(record: ExtractedArticle | Skipped) -> str:
    """The JSON line of one record."""
    if isinstance(record, Skipped):
        return '{"skipped":' + record.model_dump_json(exclude_none=True) + "}"
    return record.model_dump_json()


def compact(model: M) -> M:
    """The model, and the models in its fields, sharing one set of explicitly set field
    names per distinct set: pydantic gives each instance its own (0.2 to 0.7 KB, as much as
    the values of a claim), and claims come by the million. Nothing a reader sees changes:
    the sets are equal, and frozen models never add to theirs (a copy copies it first)."""
    own = model.__pydantic_fields_set__
    shared = _FIELD_SETS.setdefault(frozenset(own), set(own))
    if own is shared:
        return model  # compacted already, with every model in it
    for value in model.__dict__.values():
        if isinstance(value, BaseModel):
            compact(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, BaseModel):
                    compact(item)
    object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model


def read_claims(*paths: str | Path) -> Iterator[ExtractedArticle | Skipped]:
    """The records of claims files, in order. A line that is not a record, or a file that
    cannot be read, comes as a Skipped entry naming the file and line."""
    for path in paths:
        source = str(path)
        try:
            with open(path, "rb") as fh:
                for number, line in enumerate(fh, start=1):
                    if line.strip():
                        yield _record(line, source, number)
        except OSError as exc:
            yield Skipped(source=source, reason=f"cannot read: {exc.strerror or exc}")


def _record(raw: bytes, source: str, line: int) -> ExtractedArticle | Skipped:
    def bad(reason: str) -> Skipped:
        return Skipped(source=source, line=line, reason=f"not a claims record: {reason}")

    try:
        text = raw.decode("utf-8-sig" if line == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return bad(f"not UTF-8 (byte at column {exc.start + 1})")
    if nesting_depth(text) > MAX_DEPTH:
        return bad(f"JSON nested more than {MAX_DEPTH} levels deep")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return bad(f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(data, dict) or not ({"article", "skipped"} & set(data)):
        return bad("expected an object with 'article' (or 'skipped'); is this an articles file?")
    try:
        if "skipped" in data:
            return Skipped.model_validate(data["skipped"])
        return compact(ExtractedArticle.model_validate(data))
    except ValidationError as exc:
        return bad(describe(exc))
