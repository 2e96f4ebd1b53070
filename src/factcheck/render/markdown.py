"""A Markdown report for issues, wikis and notebooks.

Every value that comes from the articles (ids, names, places, explanations quoting them,
file names) is escaped: HTML-significant characters as entities and Markdown punctuation
with a backslash, so that a viewer that allows raw HTML shows the text and runs nothing.
"""

from __future__ import annotations

import re

from factcheck.model import Report
from factcheck.render.describe import claim_index, claim_summary, consensus_line

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
# What can open inline markup where a value is written (never at the start of a line):
# code, emphasis, links and images ('[' suffices: '(' means nothing without it), table
# cells, strikethrough, and the backslash itself.
_PUNCTUATION = re.compile(r"([\\`*_\[\]|~])")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\v\f]+")


def escape_markdown(value: str) -> str:
    """`value` as literal inline text: no HTML, link, emphasis, table cell end or line break."""
    value = _LINE_BREAKS.sub(" ", value)
    value = "".join(_ENTITIES.get(char, char) for char in value)
    return _PUNCTUATION.sub(r"\\\1", value)


def _code(value: str) -> str:
    """`value` as a code span: its content is literal (no HTML, no markup), so only its
    fence must outlast any run of backticks inside it (CommonMark)."""
    value = _LINE_BREAKS.sub(" ", value)
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or longest else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def render_markdown(report: Report) -> str:
    """Conflicts as a table, then events and people as lists."""
    claims = claim_index(report)
    out = ["# factcheck report", "", f"{len(report.articles)} articles, {len(claims)} claims.", ""]
    out += ["## Conflicts", "", "| severity | type | subject | explanation | consensus |"]
    out.append("|---|---|---|---|---|")
    for c in report.conflicts:
        agreed = escape_markdown(consensus_line(c) or "")
        out.append(
            f"| {c.severity.value} | {c.type.value} | {escape_markdown(c.subject)} "
            f"| {escape_markdown(c.explanation)} | {agreed} |"
        )
    out += ["", "## Events", ""]
    for event in report.events:
        where = escape_markdown(event.where or "")
        date = escape_markdown(event.date or "")
        out.append(f"- **{escape_markdown(event.id)}** {event.kind.value} {where} {date}".rstrip())
        out += [
            f"  - {_code(cid)}: {escape_markdown(claim_summary(claims[cid]))}"
            for cid in event.claims
        ]
    out += ["", "## People", ""]
    for entity in report.people:
        spellings = " / ".join(sorted({m.name for m in entity.mentions}))
        out.append(
            f"- **{escape_markdown(entity.name)}** ({escape_markdown(entity.country or '?')}): "
            f"{escape_markdown(spellings)}"
        )
    if report.skipped:
        out += ["", "## Skipped", ""]
        out += [
            f"- {_code(s.source + (':' + str(s.line) if s.line else ''))}: "
            f"{escape_markdown(s.reason)}"
            for s in report.skipped
        ]
    return "\n".join(out) + "\n"
