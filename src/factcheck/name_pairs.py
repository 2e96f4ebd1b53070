"""`factcheck names --pairs`: decide every pair of a TSV file, with or without a header row."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from typing import TextIO

from factcheck.errors import InputError
from factcheck.names import match_names

_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:[_ .-][a-z0-9]+)*$")
_LABEL_WORDS = {"name", "names", "a", "b", "left", "right", "first", "second", "query"}
_VERDICTS = {"0", "1", "true", "false", "yes", "no", "same", "different"}


def is_header(first: list[str], rest: list[list[str]]) -> bool:
    """True when the first row labels the columns rather than holding two names.

    A label is a lower-case identifier ('name_a', 'name 1') or names a column ('name',
    'left'); a third column that holds a verdict (0/1) in the other rows but not in the
    first one also marks a header. Person names are written capitalised.
    """
    cells = [c.strip() for c in first[:2]]
    if len(cells) < 2:
        return False
    if all(_is_label(c) for c in cells):
        return True
    if len(first) > 2 and rest and all(len(r) > 2 for r in rest[:20]):
        later = all(r[2].strip().lower() in _VERDICTS for r in rest[:20])
        return later and first[2].strip().lower() not in _VERDICTS
    return False


def _is_label(cell: str) -> bool:
    if not _LABEL.match(cell):
        return False
    words = set(re.split(r"[_ .\-]+", cell))
    return bool(words & _LABEL_WORDS) or "_" in cell or any(ch.isdigit() for ch in cell)


def decide_pairs(path: str, out: TextIO, say: Callable[[str], None]) -> int:
    """Write one decision row per pair of `path`, in order; returns the number of pairs.

    `say` is told whether the first row was taken as a header. Raises InputError naming
    the file and line of a row without two names.
    """
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    header = bool(rows) and is_header(rows[0], rows[1:])
    if header:
        say(f"{path}: took the first row ({' / '.join(rows[0][:2])}) as a header")
    else:
        say(f"{path}: no header row found; the first row is a pair of names")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["name_a", "name_b", "same", "score", "reason"])
    start = 2 if header else 1
    for number, row in enumerate(rows[start - 1 :], start=start):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < 2:
            raise InputError(path, "expected name_a<TAB>name_b", number)
        match = match_names(row[0], row[1])
        writer.writerow([row[0], row[1], int(match.same), f"{match.score:.4f}", match.reason])
    return len(rows) - (1 if header else 0)
