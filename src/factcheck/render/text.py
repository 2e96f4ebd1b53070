"""A terminal report: conflicts first, most severe first, each with the sources' words."""

from __future__ import annotations

import re

from factcheck.model import Report, Severity
from factcheck.render.base import RenderOptions
from factcheck.render.describe import claim_index, claim_summary, consensus_line

_COLOUR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_RESET = "\x1b[0m"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """`text` with control characters (escape sequences that would restyle or move the
    cursor of the reader's terminal) shown as U+FFFD; article text is untrusted."""
    return _CONTROL.sub("\ufffd", text)


def render_text(report: Report, options: RenderOptions | None = None) -> str:
    """Conflicts, then events, then people, then anything skipped; severity tags in ANSI
    colour when `options.color` (the caller writes to a terminal)."""
    color = bool(options and options.color)
    claims = claim_index(report)
    tags: dict[int, Severity] = {}
    lines = [
        f"factcheck: {len(report.articles)} articles, {len(claims)} claims, "
        f"{len(report.conflicts)} conflicts",
        "",
    ]
    lines.append("CONFLICTS")
    if not report.conflicts:
        lines.append("  none found")
    for conflict in report.conflicts:
        tags[len(lines)] = conflict.severity
        lines.append(f"{conflict.type.value}: {conflict.subject}")
        lines.append(f"    {conflict.explanation}")
        for claim_id, value in conflict.values.items():
            lines.append(f"    - {claim_id}: {value}")
        agreed = consensus_line(conflict)
        if agreed:
            lines.append(f"    {agreed}")
    lines += ["", "EVENTS"]
    for event in report.events:
        where = f" in {event.where}" if event.where else ""
        when = f" on {event.date}" if event.date else ""
        lines.append(f"  {event.id} {event.kind.value}{where}{when} ({len(event.claims)} accounts)")
        for claim_id in event.claims:
            lines.append(f"    - {claim_id}: {claim_summary(claims[claim_id])}")
    lines += ["", "PEOPLE"]
    for entity in report.people:
        spellings = sorted({m.name for m in entity.mentions})
        lines.append(
            f"  {entity.id} {entity.name} ({entity.country or '?'}): {' / '.join(spellings)}"
        )
    if report.skipped:
        lines += ["", "SKIPPED"]
        for skipped in report.skipped:
            where = f"{skipped.source}:{skipped.line}" if skipped.line else skipped.source
            lines.append(f"  {where}: {skipped.reason}")
    out = [terminal_safe(line) for line in lines]
    for number, severity in tags.items():  # tags go on after scrubbing: their codes are ours
        tag = f"[{severity.value.upper()}]"
        out[number] = f"  {_COLOUR[severity]}{tag}{_RESET} " if color else f"  {tag} "
        out[number] += terminal_safe(lines[number])
    return "\n".join(out) + "\n"
