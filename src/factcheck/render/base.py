"""The renderer registry: one module per format, each a function from a report to text."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from factcheck.errors import FormatError
from factcheck.model import Article, OutputFormat, Report


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer may use besides the report: the article texts (by id) that evidence
    spans point into, and whether the output goes to a colour terminal."""

    articles: Mapping[str, Article] = field(default_factory=dict)
    color: bool = False


Renderer = Callable[[Report, RenderOptions], str]
"""Formats a report; never computes anything the report does not hold."""


def render(
    report: Report,
    fmt: OutputFormat | str = OutputFormat.TEXT,
    *,
    articles: Iterable[Article] = (),
    color: bool = False,
) -> str:
    """Render `report` in one of the formats of OutputFormat; raises FormatError otherwise.

    `articles` are the texts the report was made from: the HTML article view shows them with
    the evidence marked (without them it shows the quoted sentences only); other formats
    ignore them. `color` asks the text report for ANSI colours: the caller decides, since
    only it knows whether its output is a terminal.
    """
    from factcheck.render import csv, ftm, html, json, markdown, text

    renderers: dict[OutputFormat, Renderer] = {
        OutputFormat.TEXT: text.render_text,
        OutputFormat.JSON: json.render_json,
        OutputFormat.MARKDOWN: lambda report, _: markdown.render_markdown(report),
        OutputFormat.HTML: html.render_html,
        OutputFormat.CSV: csv.render_csv,
        OutputFormat.FTM: ftm.render_ftm,
    }
    try:
        chosen = OutputFormat(fmt)
    except ValueError:
        names = ", ".join(f.value for f in OutputFormat)
        raise FormatError(f"unknown format {fmt!r}; choose one of {names}") from None
    options = RenderOptions(articles={a.id: a for a in articles}, color=color)
    return renderers[chosen](report, options)
