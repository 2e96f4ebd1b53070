"""The JSON interchange of eval/FORMAT.md: the report model dumped as it is."""

from __future__ import annotations

from factcheck.model import Report


def render_json(report: Report) -> str:
    """The whole report as one indented JSON object."""
    return report.model_dump_json(indent=2) + "\n"
