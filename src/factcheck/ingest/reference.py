"""Reference tables of office holders: CSV, JSON, JSON lines, or followthemoney entities.

CSV and JSON rows carry person, office, country, start, end, source; the office may be
written as in the news ('Minister of Defence') and is normalised to a key. JSON lines may
instead hold followthemoney entities: Occupancy (holder, post, startDate, endDate) with the
Person and Position entities it points to.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import ReferenceTableError
from factcheck.ingest.decode import NotTextError, decode_text
from factcheck.ingest.records import parse_json
from factcheck.ingest.validation import describe
from factcheck.model import OfficeTerm
from factcheck.offices import office_key

_FIELDS = ("person", "office", "country", "start", "end", "source")


_REQUIRED = ("person", "office")


def load_reference(path: str | Path) -> list[OfficeTerm]:
    """Read a reference table; raises ReferenceTableError naming the file (and line) of an
    empty file, a missing column, a row that is no term, or a term that ends before it starts."""
    source = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in {".csv", ".json", ".jsonl", ".ndjson", ".ftm"}:
        raise ReferenceTableError(source, f"unsupported reference file type {suffix or '(none)'!r}")
    try:
        raw = decode_text(Path(path).read_bytes())
    except OSError as exc:
        raise ReferenceTableError(source, f"cannot read: {exc.strerror or exc}") from exc
    except NotTextError as exc:
        raise ReferenceTableError(source, str(exc)) from exc
    if suffix == ".csv":
        return _from_csv(raw, source)
    if suffix == ".json":
        try:
            data = parse_json(raw)
        except ValueError as exc:
            raise ReferenceTableError(source, str(exc)) from exc
        records = data if isinstance(data, list) else [data]
        if not records:
            raise ReferenceTableError(source, "an empty list: no office terms")
        return [_term(r, source, None, f"record {n}: ") for n, r in enumerate(records, start=1)]
    lines: list[tuple[int, Any]] = []
    for number, line in enumerate(raw.split("\n"), start=1):
        if line.strip():
            try:
                lines.append((number, parse_json(line)))
            except ValueError as exc:
                reason = str(exc).removesuffix(" (line 1)")
                raise ReferenceTableError(source, reason, number) from exc
    if any(isinstance(r, dict) and "schema" in r for _, r in lines):
        return _from_followthemoney(lines, source)
    return [_term(r, source, number) for number, r in lines]


def _from_csv(raw: str, source: str) -> list[OfficeTerm]:
    reader = csv.DictReader(io.StringIO(raw))
    columns = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        names = ", ".join(repr(c) for c in missing)
        raise ReferenceTableError(
            source, f"missing column {names} (the header has {', '.join(columns)})", 1
        )
    terms = []
    for row in reader:
        number = reader.line_num
        clean = {(k or "").strip(): v for k, v in row.items()}
        terms.append(_term(clean, source, number))
    return terms


def _term(row: Any, source: str, line: int | None, where: str = "") -> OfficeTerm:
    if not isinstance(row, dict):
        raise ReferenceTableError(source, f"{where}a row must be an object", line)
    data = {k: (row.get(k) or None) for k in _FIELDS}
    if data["office"]:
        data["office"] = office_key(str(data["office"])) or str(data["office"])
    try:
        term = OfficeTerm.model_validate(data)
    except ValidationError as exc:
        raise ReferenceTableError(source, where + describe(exc), line) from exc
    if term.start and term.end and term.start > term.end:
        raise ReferenceTableError(
            source, f"{where}the term starts ({term.start}) after it ends ({term.end})", line
        )
    return term


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
