"""Text with spans marked: overlapping spans cut into pieces, each piece one element."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.render.html.escape import text as escape

SENTENCE = "sentence"
"""The field of a claim's evidence sentence: shaded, not linked."""


@dataclass(frozen=True)
class Mark:
    """A span to mark: `field` names its class (who, met, where, when, role, stance, value,
    sentence); `href` where the mark links to; `anchor` an id to link to it by."""

    start: int
    end: int
    field: str
    href: str | None = None
    anchor: str | None = None
    title: str | None = None


def marked_html(text: str, offset: int, marks: Sequence[Mark]) -> str:
    """`text` (which starts at `offset` of its article) escaped, with `marks` as elements.

    Where marks overlap, the piece carries every field's class and links where the shortest
    mark covering it links. Anchors become empty elements where their mark starts.
    """
    end = offset + len(text)
    inside = [
        m
        for m in marks
        if (m.start < end and m.end > offset) or (m.start == m.end and offset <= m.start <= end)
    ]
    cuts = {min(max(p, offset), end) for m in inside for p in (m.start, m.end)}
    points = sorted({offset, end} | cuts)
    starting: dict[int, list[Mark]] = defaultdict(list)
    for m in inside:
        starting[max(m.start, offset)].append(m)
    out: list[str] = []
    open_marks: list[Mark] = []  # marks covering the current piece (a sweep over the points)
    for a, b in zip(points, [*points[1:], end], strict=True):
        out += [
            f'<span class="anchor" id="{escape(m.anchor)}"></span>' for m in starting[a] if m.anchor
        ]
        open_marks = [m for m in open_marks if m.end > a] + [m for m in starting[a] if m.end > a]
        if b <= a:
            continue
        piece = escape(text[a - offset : b - offset])
        active = open_marks
        fields = sorted({m.field for m in active if m.field != SENTENCE})
        if not fields:
            is_sentence = any(m.field == SENTENCE for m in active)
            out.append(f'<span class="sentence">{piece}</span>' if is_sentence else piece)
            continue
        classes = " ".join(["m", *(f"f-{f}" for f in fields)])
        if any(m.field == SENTENCE for m in active):
            classes += " in-sentence"
        linked = sorted((m for m in active if m.href), key=lambda m: m.end - m.start)
        titles = [m.title for m in active if m.title]
        title = f' title="{escape("; ".join(dict.fromkeys(titles)))}"' if titles else ""
        if linked:
            out.append(f'<a class="{classes}" href="{escape(linked[0].href)}"{title}>{piece}</a>')
        else:
            out.append(f'<mark class="{classes}"{title}>{piece}</mark>')
    return "".join(out)
