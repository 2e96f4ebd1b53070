"""Conflict cards, worst first: each value side by side with the sources giving it, their
sentences quoted with the words carrying the value marked."""

from __future__ import annotations

from collections import defaultdict

from factcheck.model import Claim, Conflict
from factcheck.render.evidence import quotes, value_spans
from factcheck.render.html.anchors import card_anchor, claim_anchor, mark_for
from factcheck.render.html.escape import external_link
from factcheck.render.html.escape import text as escape
from factcheck.render.html.marks import Mark, marked_html
from factcheck.render.html.view import PageView


def type_label(conflict: Conflict) -> str:
    """'role mismatch' for ROLE_MISMATCH."""
    return conflict.type.value.replace("_", " ")


def _sources_line(count: int, articles: int) -> str:
    sources = f"{count} independent source{'s' if count != 1 else ''}"
    return f"{sources} · {articles} article{'s' if articles != 1 else ''}"


def _consensus(conflict: Conflict) -> str:
    found = conflict.consensus
    if found is None:
        return ""
    if found.value is None:
        return (
            '<p class="consensus undetermined">Consensus: <strong>undetermined</strong> '
            "(no value is backed by two independent sources or more without a tie)</p>"
        )
    count = found.independent_sources
    return (
        f'<p class="consensus">Consensus: <strong>{escape(found.value)}</strong>, backed by '
        f"{count} independent source{'s' if count != 1 else ''}</p>"
    )


def _source(view: PageView, conflict: Conflict, claim: Claim, value: str) -> str:
    """One source's entry under a value: outlet, date, links, and its quoted sentences."""
    index = view.index
    entry = index.articles.get(claim.article)
    number = index.claim_number[claim.id]
    spans = value_spans(conflict.type, conflict.subject, claim, value, index)
    marks = view.marks[claim.id]
    target = next((m for s in spans if (m := mark_for(marks, s))), None)
    href = f"#{target.anchor}" if target and target.anchor else f"#{claim_anchor(number)}"
    outlet = view.outlet_label(claim.article)
    date = (entry.published if entry else None) or claim.when.date
    meta = [f'<span class="outlet">{escape(outlet)}</span>']
    if date:
        meta.append(f"<time>{escape(date)}</time>")
    meta.append(f'<code class="article-id">{escape(claim.article)}</code>')
    link = external_link(entry.url if entry else None, "source page")
    if link:
        meta.append(link)
    meta.append(f'<a class="to-article" href="{href}">in the article ↓</a>')
    quoted = "".join(
        "<blockquote>"
        + marked_html(
            q.sentence.text,
            q.sentence.start,
            [Mark(m.start, m.end, "value", title="carries the value") for m in q.marks],
        )
        + "</blockquote>"
        for q in quotes(claim, spans, value, view.texts.get(claim.article))
    )
    return f'<li class="source"><p class="meta">{" · ".join(meta)}</p>{quoted}</li>'


def conflict_card(view: PageView, number: int, conflict: Conflict) -> str:
    """One card; `data-*` attributes carry what the filters match."""
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for cid, value in conflict.values.items():
        if cid in view.index.claims:
            by_value[value].append(view.index.claims[cid])
    support = {s.value: s for s in conflict.consensus.support} if conflict.consensus else {}
    order = sorted(by_value, key=lambda v: -(support[v].independent_sources if v in support else 0))
    agreed = conflict.consensus.value if conflict.consensus else None
    columns = []
    for value in order:
        backing = support.get(value)
        count = backing.independent_sources if backing else len(by_value[value])
        articles = len({c.article for c in by_value[value]})
        entries = "".join(_source(view, conflict, c, value) for c in by_value[value])
        columns.append(
            f'<section class="value{" agreed" if value == agreed else ""}">'
            f'<h4 class="value-text">{escape(value)}</h4>'
            f'<p class="backing">{_sources_line(count, articles)}</p>'
            f'<ul class="sources">{entries}</ul></section>'
        )
    people, outlets = view.claim_tokens(conflict.claims)
    severity = conflict.severity.value
    return (
        f'<article class="card sev-{severity}" id="{card_anchor(number)}" data-filter '
        f'data-severity="{severity}" data-type="{conflict.type.value}" '
        f'data-person="{people}" data-outlet="{outlets}">'
        f'<header><span class="sev">{severity}</span> '
        f'<span class="type">{type_label(conflict)}</span>'
        f"<h3>{escape(conflict.subject)}</h3></header>"
        f'<p class="explanation">{escape(conflict.explanation)}</p>{_consensus(conflict)}'
        f'<div class="values">{"".join(columns)}</div></article>'
    )


def conflict_cards(view: PageView) -> str:
    """The conflicts section: every card, worst first."""
    cards = "".join(conflict_card(view, n, c) for n, c in enumerate(view.index.conflicts))
    empty = "" if cards else '<p class="none">No conflicts found.</p>'
    return (
        '<section id="conflicts"><h2>Conflicts</h2>'
        f'<p id="shown" class="shown" aria-live="polite"></p>{empty}{cards}</section>'
    )
