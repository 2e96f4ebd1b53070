"""JSON and JSONL article records: {id, text, published, title, url, outlet}."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from factcheck.errors import ArticleError
from factcheck.ingest.dateline import dateline_place
from factcheck.ingest.validation import describe
from factcheck.model import Article

_FIELDS = ("id", "text", "published", "title", "url", "outlet")


def article_from_record(record: Any, source: str, line: int | None, default_id: str) -> Article:
    """Validate one record; raises ArticleError naming the source and line."""
    if not isinstance(record, dict):
        raise ArticleError(source, "a record must be a JSON object", line)
    data = {k: record.get(k) for k in _FIELDS if record.get(k) is not None}
    data.setdefault("id", default_id)
    if "text" not in data:
        raise ArticleError(source, "the record has no 'text'", line)
    text = data.get("text")
    if isinstance(text, str):
        data["dateline_place"] = dateline_place(text)
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        raise ArticleError(source, describe(exc), line) from exc


def iter_jsonl(lines: list[str], source: str, stem: str) -> Iterator[Article | ArticleError]:
    """One Article, or the ArticleError of that line, per non-blank line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(source, f"invalid JSON: {exc.msg}", number)
            continue
        try:
            yield article_from_record(record, source, number, f"{stem}-{number}")
        except ArticleError as err:
            yield err


def iter_json(raw: str, source: str, stem: str) -> Iterator[Article | ArticleError]:
    """Articles of a .json file holding one record or a list of records."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield ArticleError(source, f"invalid JSON: {exc.msg} (line {exc.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        try:
            default = stem if len(records) == 1 else f"{stem}-{number}"
            yield article_from_record(record, source, None, default)
        except ArticleError as err:
            yield ArticleError(source, f"record {number}: {err.reason}")
