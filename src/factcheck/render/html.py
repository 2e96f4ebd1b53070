"""A self-contained HTML page; every piece of article text is escaped."""

from __future__ import annotations

from html import escape

from factcheck.model import Report
from factcheck.render.describe import claim_index, claim_summary, consensus_line

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}
.error{background:#fde2e2}.warning{background:#fff4d6}.info{background:#eef4fb}
blockquote{margin:.2em 0;color:#555;border-left:3px solid #ccc;padding-left:.6em}
"""


def render_html(report: Report, options: object = None) -> str:
    """One HTML page with inline style and no scripts or external resources."""
    claims = claim_index(report)
    rows = []
    for c in report.conflicts:
        values = "".join(
            f"<li><code>{escape(k)}</code>: {escape(v)}</li>" for k, v in c.values.items()
        )
        agreed = escape(consensus_line(c) or "")
        rows.append(
            f'<tr class="{c.severity.value}"><td>{c.severity.value}</td><td>{c.type.value}</td>'
            f"<td>{escape(c.subject)}</td><td>{escape(c.explanation)}<ul>{values}</ul>"
            f"<p>{agreed}</p></td></tr>"
        )
    events = []
    for event in report.events:
        items = "".join(
            f"<li><code>{escape(cid)}</code> {escape(claim_summary(claims[cid]))}"
            + "".join(
                f"<blockquote>{escape(span.text)}</blockquote>" for span in claims[cid].evidence
            )
            + "</li>"
            for cid in event.claims
        )
        events.append(f"<h3>{escape(event.id)}: {event.kind.value}</h3><ul>{items}</ul>")
    people = "".join(
        f"<li>{escape(e.name)} ({escape(e.country or '?')}): "
        f"{escape(' / '.join(sorted({m.name for m in e.mentions})))}</li>"
        for e in report.people
    )
    skipped = "".join(
        f"<li><code>{escape(s.source)}</code>: {escape(s.reason)}</li>" for s in report.skipped
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>factcheck report</title><style>{_STYLE}</style></head><body>"
        f"<h1>factcheck report</h1><p>{len(report.articles)} articles, {len(claims)} claims.</p>"
        "<h2>Conflicts</h2><table><tr><th>severity</th><th>type</th><th>subject</th>"
        f"<th>explanation</th></tr>{''.join(rows)}</table>"
        f"<h2>Events</h2>{''.join(events)}<h2>People</h2><ul>{people}</ul>"
        + (f"<h2>Skipped</h2><ul>{skipped}</ul>" if skipped else "")
        + "</body></html>\n"
    )
