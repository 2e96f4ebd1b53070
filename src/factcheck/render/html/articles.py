"""The article view: each article's text with every evidence span marked by field, and its
claims, each linking to its marks and back to the conflicts and events it is part of."""

from __future__ import annotations

from factcheck.model import ArticleClaims
from factcheck.render.describe import claim_summary
from factcheck.render.html.anchors import article_anchor, card_anchor, claim_anchor, event_anchor
from factcheck.render.html.escape import external_link
from factcheck.render.html.escape import text as escape
from factcheck.render.html.marks import SENTENCE, Mark, marked_html
from factcheck.render.html.view import PageView

FIELDS = ("who", "met", "role", "where", "when", "stance")
"""Fields marked in article texts, in the order of the legend."""


def _excerpts(marks: list[Mark]) -> list[tuple[int, int]]:
    """Stretches of an article the marks cover, merged where they overlap, in text order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((m.start, m.end) for m in marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _body(view: PageView, entry: ArticleClaims, marks: list[Mark]) -> str:
    text = view.texts.get(entry.id)
    if text is not None:
        return f'<div class="article-text">{marked_html(text, 0, marks)}</div>'
    pieces = []
    spans = {(m.start, m.end): m for m in marks}
    texts = {(s.start, s.end): s.text for c in entry.claims for s in c.evidence}
    for c in entry.claims:
        for person in c.people:
            texts.update({(f.start, f.end): f.text for f in person.forms})
            if person.role_evidence:
                texts[(person.role_evidence.start, person.role_evidence.end)] = (
                    person.role_evidence.text
                )
        for span in (c.where_evidence, c.when.evidence, *(s.evidence for s in c.stance)):
            if span is not None:
                texts[(span.start, span.end)] = span.text
    for start, end in _excerpts(list(spans.values())):
        # The excerpt's text is rebuilt from the spans it merges (all are article text).
        chars: dict[int, str] = {}
        for (a, _), piece in texts.items():
            if start <= a < end:
                chars.update({a + i: ch for i, ch in enumerate(piece)})
        if len(chars) == end - start:
            excerpt = "".join(chars[i] for i in range(start, end))
            pieces.append(f"<p>… {marked_html(excerpt, start, marks)} …</p>")
    note = '<p class="note">Full text not given to the renderer: quoted passages only.</p>'
    return f'<div class="article-text excerpts">{note}{"".join(pieces)}</div>'


def _claim_entry(view: PageView, claim_id: str) -> str:
    index = view.index
    claim = index.claims[claim_id]
    number = index.claim_number[claim_id]
    back = " ".join(
        f'<a class="back f-{m.field}" href="#{m.anchor}">{escape(m.field)}</a>'
        for m in view.marks[claim_id]
        if m.anchor and m.field != SENTENCE
    )
    links = [
        f'<a href="#{card_anchor(k)}">{escape(index.conflicts[k].type.value.replace("_", " "))}</a>'
        for k in index.conflicts_of_claim.get(claim_id, [])
    ]
    event = index.event_of_claim.get(claim_id)
    if event is not None:
        position = next(n for n, e in enumerate(index.report.events) if e.id == event.id)
        links.append(f'<a href="#{event_anchor(position)}">event {escape(event.id)}</a>')
    related = f' <span class="related">→ {" · ".join(links)}</span>' if links else ""
    return (
        f'<li class="claim" id="{claim_anchor(number)}"><span class="claim-no">{number}</span> '
        f"{escape(claim_summary(claim))}{related}"
        f'<div class="evidence-links">evidence: {back or "none"}</div></li>'
    )


def article_section(view: PageView, entry: ArticleClaims) -> str:
    """One article: heading, source details, marked text, claims."""
    number = view.index.article_number[entry.id]
    marks = [m for c in entry.claims for m in view.marks[c.id]]
    people = {
        view.person_tokens[e] for c in entry.claims for e in view.index.people_of_claim(c)
    } | {
        view.person_tokens[e.id]
        for e in view.report.people
        if any(m.article == entry.id for m in e.mentions)
    }
    meta = [f'<span class="outlet">{escape(view.outlet_label(entry.id))}</span>']
    if entry.published:
        meta.append(f"<time>{escape(entry.published)}</time>")
    meta.append(f'<code class="article-id">{escape(entry.id)}</code>')
    link = external_link(entry.url, "source page")
    if link:
        meta.append(link)
    claims = "".join(_claim_entry(view, c.id) for c in entry.claims)
    return (
        f'<section class="article" id="{article_anchor(number)}" data-filter '
        f'data-outlet="{view.outlet_token(entry.id)}" data-person="{" ".join(sorted(people))}">'
        f"<h3>{escape(entry.title or entry.id)}</h3>"
        f'<p class="meta">{" · ".join(meta)}</p>{_body(view, entry, marks)}'
        f'<ol class="claims">{claims or "<li>no claims</li>"}</ol></section>'
    )


def article_view(view: PageView) -> str:
    """The articles section with a legend of the field colours."""
    legend = " ".join(f'<mark class="m f-{f}">{f}</mark>' for f in FIELDS)
    body = "".join(article_section(view, a) for a in view.report.articles)
    return (
        '<section id="articles"><h2>Articles</h2>'
        f'<p class="legend">Evidence marked by field: {legend}; '
        '<span class="sentence">sentence of a claim</span></p>'
        f"{body}</section>"
    )
