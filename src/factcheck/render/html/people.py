"""The people view: every spelling of each person, the office each article gives them, and
the events they take part in."""

from __future__ import annotations

from factcheck.model import Entity, PersonMention, RoleBasis
from factcheck.render.html.anchors import article_anchor, event_anchor
from factcheck.render.html.escape import text as escape
from factcheck.render.html.view import PageView


def _office(person: PersonMention) -> str:
    parts = [p for p in (person.rank, person.role) if p]
    text = ", ".join(parts) or "no office given"
    if person.role_basis is RoleBasis.INFERRED and "inferred" not in text:
        text += " (inferred)"
    return escape(text)


def _person_row(view: PageView, entity: Entity) -> str:
    index = view.index
    spellings = sorted({m.name for m in entity.mentions})
    by_article = index.mentions_in_article(entity)
    forms = sorted({f.text for people in by_article.values() for p in people for f in p.forms})
    offices = []
    for article_id, people in by_article.items():
        number = index.article_number[article_id]
        given = "; ".join(dict.fromkeys(_office(p) for p in people)) or "no office given"
        offices.append(
            f'<li><a href="#{article_anchor(number)}">{escape(view.outlet_label(article_id))} '
            f'<code class="article-id">{escape(article_id)}</code></a>: {given}</li>'
        )
    events = []
    for event in index.events_of_entity.get(entity.id, []):
        position = next(n for n, e in enumerate(view.report.events) if e.id == event.id)
        label = " ".join(x for x in (event.kind.value, event.where or "", event.date or "") if x)
        events.append(f'<li><a href="#{event_anchor(position)}">{escape(label)}</a></li>')
    outlets = " ".join(sorted({view.outlet_token(a) for a in by_article}))
    written = ", ".join(escape(f) for f in forms)
    return (
        f'<tr data-filter data-person="{view.person_tokens[entity.id]}" data-outlet="{outlets}">'
        f'<th scope="row">{escape(entity.name)}'
        f'<span class="country">{escape(entity.country or "")}</span></th>'
        f"<td>{' / '.join(escape(s) for s in spellings)}"
        f'<div class="forms">{written}</div></td>'
        f"<td><ul>{''.join(offices)}</ul></td>"
        f"<td><ul>{''.join(events) or '<li>none</li>'}</ul></td>"
        "</tr>"
    )


def people_view(view: PageView) -> str:
    """The people section: one row per person, in report order."""
    rows = "".join(_person_row(view, e) for e in view.report.people)
    return (
        '<section id="people"><h2>People</h2><table class="people"><thead><tr>'
        "<th>person</th><th>spellings (and forms as written)</th><th>office per article</th>"
        f"<th>events</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )
