"""A Markdown report for issues, wikis and notebooks."""

from __future__ import annotations

from factcheck.model import Report
from factcheck.render.describe import claim_index, claim_summary, consensus_line


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    """Conflicts as a table, then events and people as lists."""
    claims = claim_index(report)
    out = ["# factcheck report", "", f"{len(report.articles)} articles, {len(claims)} claims.", ""]
    out += ["## Conflicts", "", "| severity | type | subject | explanation | consensus |"]
    out.append("|---|---|---|---|---|")
    for c in report.conflicts:
        agreed = _cell(consensus_line(c) or "")
        out.append(
            f"| {c.severity.value} | {c.type.value} | {_cell(c.subject)} "
            f"| {_cell(c.explanation)} | {agreed} |"
        )
    out += ["", "## Events", ""]
    for event in report.events:
        out.append(
            f"- **{event.id}** {event.kind.value} {event.where or ''} {event.date or ''}".rstrip()
        )
        out += [f"  - `{cid}`: {_cell(claim_summary(claims[cid]))}" for cid in event.claims]
    out += ["", "## People", ""]
    for entity in report.people:
        spellings = " / ".join(sorted({m.name for m in entity.mentions}))
        out.append(f"- **{entity.name}** ({entity.country or '?'}): {_cell(spellings)}")
    if report.skipped:
        out += ["", "## Skipped", ""]
        out += [
            f"- `{s.source}{':' + str(s.line) if s.line else ''}`: {_cell(s.reason)}"
            for s in report.skipped
        ]
    return "\n".join(out) + "\n"
