"""JSON and JSONL article records: {id, text, published, title, url, outlet}."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from factcheck.errors import ArticleError
from factcheck.ingest.dateline import dateline_place
from factcheck.ingest.decode import clean_line, clean_text
from factcheck.ingest.validation import describe
from factcheck.model import Article

_FIELDS = ("id", "text", "published", "title", "url", "outlet")

MAX_DEPTH = 32
"""Deepest nesting of arrays and objects read; an article record needs three levels. The
parser of the standard library recurses once per level, so deeper input is refused before
it is parsed rather than ending the run with a RecursionError."""


def article_from_record(record: Any, source: str, line: int | None, default_id: str) -> Article:
    """Validate one record; raises ArticleError naming the source and line."""
    if not isinstance(record, dict):
        raise ArticleError(source, "a record must be a JSON object", line)
    data = {k: record.get(k) for k in _FIELDS if record.get(k) is not None}
    data.setdefault("id", default_id)
    if "text" not in data:
        raise ArticleError(source, "the record has no 'text'", line)
    for key, value in data.items():
        if isinstance(value, str):
            data[key] = clean_text(value) if key == "text" else clean_line(value)
    text = data.get("text")
    if isinstance(text, str):
        if not text.strip():
            raise ArticleError(source, "the record's 'text' is empty", line)
        data["dateline_place"] = dateline_place(text)
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        raise ArticleError(source, describe(exc), line) from exc


def parse_json(raw: str) -> Any:
    """json.loads with the nesting depth checked first; raises ValueError saying why."""
    depth = nesting_depth(raw)
    if depth > MAX_DEPTH:
        raise ValueError(f"JSON nested {depth} levels deep (at most {MAX_DEPTH} are read)")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg} (line {exc.lineno})") from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise ValueError("JSON nested too deep to read") from None


# A JSON string (escapes included, unrolled so that long strings match in one step), or
# one bracket; brackets inside strings are thus never counted.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.S)


def nesting_depth(raw: str) -> int:
    """The deepest nesting of [ and { outside strings, in one pass without recursion."""
    depth = deepest = 0
    for match in _TOKENS.finditer(raw):
        char = raw[match.start()]
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def iter_jsonl(
    lines: Iterable[str | ValueError], source: str, stem: str
) -> Iterator[Article | ArticleError]:
    """One Article, or the ArticleError of that line, per non-blank line (a line that could
    not be decoded comes as the ValueError saying why).

    `lines` are split on '\\n' only: U+2028 and other Unicode line breaks are valid inside a
    JSON string, so `str.splitlines` would cut records apart and shift the line numbers.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, ValueError):
            yield ArticleError(source, str(line), number)
            continue
        if not line.strip():
            continue
        try:
            record = parse_json(line)
        except ValueError as exc:
            yield ArticleError(source, str(exc).removesuffix(" (line 1)"), number)
            continue
        try:
            yield article_from_record(record, source, number, f"{stem}-{number}")
        except ArticleError as err:
            yield err


def iter_json(raw: str, source: str, stem: str) -> Iterator[Article | ArticleError]:
    """Articles of a .json file holding one record or a list of records."""
    try:
        data = parse_json(raw)
    except ValueError as exc:
        yield ArticleError(source, str(exc))
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield ArticleError(source, "an empty list: no article records")
    for number, record in enumerate(records, start=1):
        try:
            default = stem if len(records) == 1 else f"{stem}-{number}"
            yield article_from_record(record, source, None, default)
        except ArticleError as err:
            yield ArticleError(source, f"record {number}: {err.reason}")
