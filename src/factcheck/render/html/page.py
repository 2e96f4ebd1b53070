"""The page: head with a Content-Security-Policy that allows only the page's own script and
style (by sha256 hash), then the summary, filters, conflicts, timeline, people, articles."""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

from factcheck.model import Report
from factcheck.render.base import RenderOptions
from factcheck.render.html.articles import article_view
from factcheck.render.html.cards import conflict_cards
from factcheck.render.html.escape import text as escape
from factcheck.render.html.people import people_view
from factcheck.render.html.summary import filter_form, summary_bar
from factcheck.render.html.timeline import timeline
from factcheck.render.html.view import PageView


def _asset(name: str) -> str:
    return resources.files("factcheck.render.html").joinpath(name).read_text(encoding="utf-8")


def source_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(script: str, style: str) -> str:
    """Nothing from anywhere, except this script and this style; no plugins, no base, no
    form posting, no images (the page has none)."""
    return (
        f"default-src 'none'; script-src {source_hash(script)}; "
        f"style-src {source_hash(style)}; base-uri 'none'; form-action 'none'"
    )


def _skipped(report: Report) -> str:
    if not report.skipped:
        return ""
    items = "".join(
        f"<li><code>{escape(s.source)}{':' + str(s.line) if s.line else ''}</code>: "
        f"{escape(s.reason)}</li>"
        for s in report.skipped
    )
    return f'<section id="skipped"><h2>Skipped inputs</h2><ul>{items}</ul></section>'


def render_html(report: Report, options: RenderOptions | None = None) -> str:
    """One self-contained page: every piece of article text escaped, everything visible
    without scripts; the inline script only adds the filters."""
    view = PageView(report, options.articles if options else {})
    events, placement = timeline(view)
    style = _asset("report.css") + placement + "\n"
    script = _asset("report.js")
    title = (
        f"factcheck report: {len(report.conflicts)} conflicts in {len(report.articles)} articles"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        f'content="{content_security_policy(script, style)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{style}</style></head>\n<body>"
        f'<header class="top"><h1>factcheck report</h1>{summary_bar(view)}{filter_form(view)}'
        f"</header><main>{conflict_cards(view)}{events}{people_view(view)}{article_view(view)}"
        f"{_skipped(report)}</main>\n<script>{script}</script>\n</body></html>\n"
    )
