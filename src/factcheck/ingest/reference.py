"""Reference tables of office holders: CSV, JSON, JSON lines, or followthemoney entities.

CSV and JSON rows carry person, office, country, start, end, source; the office may be
written as in the news ('Minister of Defence') and is normalised to a key. JSON lines may
instead hold followthemoney entities: Occupancy (holder, post, startDate, endDate) with the
Person and Position entities it points to.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import ReferenceTableError
from factcheck.ingest.validation import describe
from factcheck.model import OfficeTerm
from factcheck.offices import office_key

_FIELDS = ("person", "office", "country", "start", "end", "source")


def load_reference(path: str | Path) -> list[OfficeTerm]:
    """Read a reference table; raises ReferenceTableError naming the file (and line)."""
    source = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceTableError(source, f"cannot read: {exc}") from exc
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(raw)))
        return [_term(row, source, number) for number, row in enumerate(rows, start=2)]
    if suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ReferenceTableError(source, f"invalid JSON: {exc.msg}", exc.lineno) from exc
        records = data if isinstance(data, list) else [data]
        return [_term(r, source, None) for r in records]
    if suffix in {".jsonl", ".ndjson", ".ftm"}:
        records = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                try:
                    records.append((number, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise ReferenceTableError(source, f"invalid JSON: {exc.msg}", number) from exc
        if any(isinstance(r, dict) and "schema" in r for _, r in records):
            return _from_followthemoney(records, source)
        return [_term(r, source, number) for number, r in records]
    raise ReferenceTableError(source, f"unsupported reference file type {suffix or '(none)'!r}")


def _term(row: Any, source: str, line: int | None) -> OfficeTerm:
    if not isinstance(row, dict):
        raise ReferenceTableError(source, "a row must be an object", line)
    data = {k: (row.get(k) or None) for k in _FIELDS}
    if data["office"]:
        data["office"] = office_key(str(data["office"])) or str(data["office"])
    try:
        return OfficeTerm.model_validate(data)
    except ValidationError as exc:
        raise ReferenceTableError(source, describe(exc), line) from exc


def _first(entity: dict[str, Any], prop: str) -> str | None:
    values = entity.get("properties", {}).get(prop) or []
    return str(values[0]) if values else None


def _from_followthemoney(records: list[tuple[int, Any]], source: str) -> list[OfficeTerm]:
    """Occupancy entities joined to the Person and Position entities they name."""
    by_id = {r.get("id"): r for _, r in records if isinstance(r, dict)}
    terms = []
    for number, entity in records:
        if not isinstance(entity, dict) or entity.get("schema") != "Occupancy":
            continue
        holder = by_id.get(_first(entity, "holder"))
        post = by_id.get(_first(entity, "post"))
        if holder is None or post is None:
            raise ReferenceTableError(
                source, "Occupancy names a holder or post not in the file", number
            )
        country = _first(post, "country") or _first(holder, "country")
        row = {
            "person": _first(holder, "name"),
            "office": _first(post, "name"),
            "country": country.upper() if country else None,
            "start": (_first(entity, "startDate") or "")[:10] or None,
            "end": (_first(entity, "endDate") or "")[:10] or None,
            "source": "followthemoney",
        }
        terms.append(_term(row, source, number))
    return terms
