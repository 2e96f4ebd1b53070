"""The events timeline: a date axis, one row per event placed on it, with its sources."""

from __future__ import annotations

import datetime as dt

from factcheck.model import EventCluster
from factcheck.render.html.anchors import claim_anchor, event_anchor
from factcheck.render.html.escape import text as escape
from factcheck.render.html.view import PageView

TICKS = 5
"""Dates labelled on the axis, both ends included."""


def event_day(date: str | None) -> dt.date | None:
    """The first day an ISO date (year, month or day precision) covers; None if unreadable."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _row(view: PageView, position: int, event: EventCluster, place: float | None) -> str:
    index = view.index
    names = [index.entities[p].name for p in event.participants if p in index.entities]
    label = " · ".join(
        escape(x) for x in (event.kind.value, " and ".join(names), event.where, event.date) if x
    )
    sources = []
    for cid in event.claims:
        claim = index.claims.get(cid)
        if claim is not None:
            sources.append(
                f'<a href="#{claim_anchor(index.claim_number[cid])}">'
                f"{escape(view.outlet_label(claim.article))} "
                f'<code class="article-id">{escape(claim.article)}</code></a>'
            )
    people = " ".join(view.person_tokens[p] for p in event.participants if p in view.person_tokens)
    _, outlets = view.claim_tokens(event.claims)
    dot = (
        '<span class="dot"></span>' if place is not None else '<span class="undated">undated</span>'
    )
    return (
        f'<li class="event" id="{event_anchor(position)}" data-filter data-person="{people}" '
        f'data-outlet="{outlets}"><span class="label">{label}</span>'
        f'<span class="track">{dot}</span><span class="sources">{" ".join(sources)}</span></li>'
    )


def timeline(view: PageView) -> tuple[str, str]:
    """The timeline section, and the CSS that places each event's dot (inline style
    attributes would need a weaker Content-Security-Policy)."""
    events = list(enumerate(view.report.events))
    days = {n: event_day(e.date) for n, e in events}
    dated = sorted(d for d in days.values() if d)
    first, last = (dated[0], dated[-1]) if dated else (None, None)
    span = (last - first).days if first and last else 0
    places: dict[int, float | None] = {}
    for n, day in days.items():
        if day is None or first is None:
            places[n] = None
        else:
            places[n] = 50.0 if span == 0 else 100.0 * (day - first).days / span
    order = sorted(events, key=lambda item: (days[item[0]] is None, days[item[0]] or dt.date.min))
    rows = "".join(_row(view, n, e, places[n]) for n, e in order)
    axis = ""
    rules = [
        f"#{event_anchor(n)} .dot{{left:{p:.2f}%}}" for n, p in places.items() if p is not None
    ]
    if first and last:
        ticks = []
        for k in range(TICKS if span else 1):
            fraction = k / (TICKS - 1) if span else 0.5
            day = first + dt.timedelta(days=round(span * fraction))
            ticks.append(f'<span class="tick" id="tick{k}">{day.isoformat()}</span>')
            rules.append(f"#tick{k}{{left:{100 * fraction:.2f}%}}")
        axis = (
            '<div class="axis"><span class="label"></span>'
            f'<span class="track">{"".join(ticks)}</span></div>'
        )
    section = (
        '<section id="timeline"><h2>Events timeline</h2>'
        f'{axis}<ol class="events">{rows or "<li>No events.</li>"}</ol></section>'
    )
    return section, "\n".join(rules)
