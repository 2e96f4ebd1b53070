"""The renderer registry: one module per format, each a function from a report to text."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.errors import FormatError
from factcheck.model import OutputFormat, Report

Renderer = Callable[[Report], str]
"""Formats a report; never computes anything the report does not hold."""


def render(report: Report, fmt: OutputFormat | str = OutputFormat.TEXT) -> str:
    """Render `report` in one of the formats of OutputFormat; raises FormatError otherwise."""
    from factcheck.render import html, json, markdown, text

    renderers: dict[OutputFormat, Renderer] = {
        OutputFormat.TEXT: text.render_text,
        OutputFormat.JSON: json.render_json,
        OutputFormat.MARKDOWN: markdown.render_markdown,
        OutputFormat.HTML: html.render_html,
    }
    try:
        chosen = OutputFormat(fmt)
    except ValueError:
        names = ", ".join(f.value for f in OutputFormat)
        raise FormatError(f"unknown format {fmt!r}; choose one of {names}") from None
    return renderers[chosen](report)
