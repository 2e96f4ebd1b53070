"""The summary bar (counts of articles, claims, people, events, conflicts by severity and
type) and the filter form the page's script reveals."""

from __future__ import annotations

from collections import Counter

from factcheck.model import Severity
from factcheck.render.html.escape import text as escape
from factcheck.render.html.view import PageView

_SEVERITIES = sorted(Severity, key=lambda s: -s.rank)


def summary_bar(view: PageView) -> str:
    """Counts, then one chip per severity and per conflict type present."""
    report = view.report
    counts = [
        ("articles", len(report.articles)),
        ("claims", len(view.index.claims)),
        ("people", len(report.people)),
        ("events", len(report.events)),
        ("conflicts", len(report.conflicts)),
    ]
    by_severity = Counter(c.severity for c in report.conflicts)
    by_type = Counter(c.type.value for c in report.conflicts)
    numbers = "".join(
        f'<li class="count" id="count-{name}"><strong>{n}</strong> {name}</li>'
        for name, n in counts
    )
    severities = "".join(
        f'<li class="chip sev-{s.value}"><strong>{by_severity[s]}</strong> {s.value}</li>'
        for s in _SEVERITIES
    )
    types = "".join(
        f'<li class="chip type"><strong>{n}</strong> {escape(t.replace("_", " "))}</li>'
        for t, n in sorted(by_type.items(), key=lambda item: (-item[1], item[0]))
    )
    nav = "".join(
        f'<a href="#{part}">{label}</a>'
        for part, label in (
            ("conflicts", "Conflicts"),
            ("timeline", "Timeline"),
            ("people", "People"),
            ("articles", "Articles"),
        )
    )
    return (
        f'<nav class="summary" aria-label="summary"><ul class="counts">{numbers}</ul>'
        f'<ul class="chips">{severities}</ul><ul class="chips">{types}</ul>'
        f'<p class="jump">{nav}</p></nav>'
    )


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    choices = "".join(f'<option value="{escape(v)}">{escape(t)}</option>' for v, t in options)
    return (
        f'<label>{label} <select name="{name}" id="filter-{name}">'
        f'<option value="">any</option>{choices}</select></label>'
    )


def filter_form(view: PageView) -> str:
    """Selects for severity, conflict type, person and outlet; `hidden` until the script
    (which does the filtering) shows it, so that a page without scripts offers no dead form."""
    report = view.report
    present = {c.severity for c in report.conflicts}
    severities = [(s.value, s.value) for s in _SEVERITIES if s in present]
    types = sorted({c.type.value for c in report.conflicts})
    people = sorted(report.people, key=lambda e: e.name)
    outlets = sorted(view.outlet_tokens.items())
    return (
        '<form id="filters" class="filters" hidden>'
        + _select("severity", "Severity", severities)
        + _select("type", "Conflict type", [(t, t.replace("_", " ")) for t in types])
        + _select("person", "Person", [(view.person_tokens[e.id], e.name) for e in people])
        + _select("outlet", "Outlet", [(token, label) for label, token in outlets])
        + '<button type="reset">show all</button></form>'
    )
