"""A terminal report: conflicts first, most severe first, each with the sources' words."""

from __future__ import annotations

from factcheck.model import Report
from factcheck.render.describe import claim_index, claim_summary, consensus_line


def render_text(report: Report) -> str:
    """Conflicts, then events, then people, then anything skipped."""
    claims = claim_index(report)
    lines = [
        f"factcheck: {len(report.articles)} articles, {len(claims)} claims, "
        f"{len(report.conflicts)} conflicts",
        "",
    ]
    lines.append("CONFLICTS")
    if not report.conflicts:
        lines.append("  none found")
    for conflict in report.conflicts:
        lines.append(
            f"  [{conflict.severity.value.upper()}] {conflict.type.value}: {conflict.subject}"
        )
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
    return "\n".join(lines) + "\n"
