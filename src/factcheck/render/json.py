"""The JSON interchange of eval/FORMAT.md: the report model dumped as it is."""

from __future__ import annotations

from factcheck.model import Report
from factcheck.render.base import RenderOptions


def render_json(report: Report, options: RenderOptions | None = None) -> str:
    """The whole report as one indented JSON object."""
    return report.model_dump_json(indent=2) + "\n"
