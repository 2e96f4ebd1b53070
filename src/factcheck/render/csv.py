"""A spreadsheet of disagreements: one row per conflict and value, safe to open in Excel."""

from __future__ import annotations

import csv
import io

from factcheck.model import Report
from factcheck.render.base import RenderOptions
from factcheck.render.evidence import quotes, value_spans
from factcheck.render.lookup import ReportIndex

COLUMNS = (
    "conflict",
    "type",
    "severity",
    "subject",
    "value",
    "sources_for_value",
    "consensus",
    "article",
    "outlet",
    "date",
    "url",
    "claim",
    "evidence",
)
"""The header row; `conflict` numbers conflicts worst first, `date` is the article's."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one opening like a formula gets a leading quote
    (OWASP's advice against CSV injection); line breaks become spaces."""
    flat = " ".join(value.splitlines())
    return "'" + flat if flat.startswith(_FORMULA_START) else flat


def render_csv(report: Report, options: RenderOptions | None = None) -> str:
    """The header, then every value of every conflict with its source's sentence."""
    index = ReportIndex(report)
    articles = options.articles if options else {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for number, conflict in enumerate(index.conflicts, start=1):
        found_consensus = conflict.consensus
        support = (
            {s.value: s.independent_sources for s in found_consensus.support}
            if (found_consensus)
            else {}
        )
        agreed = "" if found_consensus is None else (found_consensus.value or "undetermined")
        for claim_id, value in conflict.values.items():
            claim = index.claims.get(claim_id)
            article = index.articles.get(claim.article) if claim else None
            evidence = ""
            if claim is not None:
                spans = value_spans(conflict.type, conflict.subject, claim, value, index)
                source = articles.get(claim.article)
                found = quotes(claim, spans, value, source.text if source else None)
                evidence = " … ".join(q.sentence.text for q in found)
            row = [
                str(number),
                conflict.type.value,
                conflict.severity.value,
                conflict.subject,
                value,
                str(support.get(value, "")),
                agreed,
                article.id if article else "",
                (article.outlet or "") if article else "",
                (article.published or "") if article else "",
                (article.url or "") if article else "",
                claim_id,
                evidence,
            ]
            writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()
