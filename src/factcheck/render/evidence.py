"""Where in a source the value of a conflict is written: its spans and the sentence quoting it.

A conflict maps each claim to a value (an office, a name, a date...); the claim holds spans
for its fields. This module finds, by equality of the value with a field, which spans carry
the value, so that a renderer can quote the sentence and mark those words. It judges nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import Claim, ConflictType, PersonMention, Span
from factcheck.render.lookup import ReportIndex

_BY_PERSON = {
    ConflictType.ROLE_MISMATCH,
    ConflictType.RANK_MISMATCH,
    ConflictType.NAME_VARIANT,
    ConflictType.REFERENCE_MISMATCH,
}
_BY_NAME = {
    ConflictType.COUNTERPART_MISMATCH,
    ConflictType.OFFICE_HOLDER_CONFLICT,
    ConflictType.SUCCESSION,
}
_INFERRED = re.compile(r"\(inferred: ([^)]+)\)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n")


@dataclass(frozen=True)
class Quote:
    """A sentence of a source (`sentence`, offsets into its article) and the spans inside it
    that carry a value (`marks`, sorted, each within the sentence)."""

    sentence: Span
    marks: tuple[Span, ...]


def sub_span(span: Span, words: str) -> Span | None:
    """The part of `span` that is `words` (whole words, case-insensitive), or None."""
    if not words.strip():
        return None
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", span.text, re.IGNORECASE)
    if found is None:
        return None
    start = span.start + found.start()
    return Span(start=start, end=start + len(found.group()), text=found.group())


def _subject_people(claim: Claim, subject: str, index: ReportIndex) -> tuple[PersonMention, ...]:
    entity = index.entity_named(subject)
    mine = tuple(p for p in claim.people if entity and index.entity_of(claim.article, p) == entity)
    return mine or claim.people


def value_spans(
    kind: ConflictType, subject: str, claim: Claim, value: str, index: ReportIndex
) -> tuple[Span, ...]:
    """Spans of `claim` that carry `value` of a conflict of type `kind` about `subject`;
    empty when the value has no span of its own (a mode, an undated account)."""
    found: list[Span | None] = []
    if kind in _BY_PERSON:
        for person in _subject_people(claim, subject, index):
            if kind in (ConflictType.ROLE_MISMATCH, ConflictType.REFERENCE_MISMATCH):
                if person.role == value or not person.role:
                    found.append(person.role_evidence)
            elif kind is ConflictType.RANK_MISMATCH:
                found += [sub_span(f, value) for f in person.forms]
            else:
                found += [sub_span(f, s) for s in value.split(" / ") for f in person.forms]
    elif kind in _BY_NAME:
        names = {n.strip() for n in value.split(",")}
        for person in claim.people:
            if person.name in names:
                found += [person.forms[0] if person.forms else None]
                if kind is not ConflictType.COUNTERPART_MISMATCH:
                    found.append(person.role_evidence)
    elif kind in (ConflictType.DATE_MISMATCH, ConflictType.DATE_MISSING):
        found.append(claim.when.evidence)
    elif kind is ConflictType.PLACE_MISMATCH:
        found.append(claim.where_evidence)
    elif kind is ConflictType.STANCE_CONFLICT:
        found += [s.evidence for s in claim.stance if s.polarity.value == value]
    spans = {(s.start, s.end): s for s in found if s is not None}
    return tuple(spans[k] for k in sorted(spans))


def _sentence_around(span: Span, text: str | None, claim: Claim) -> Span:
    for sentence in claim.evidence:
        if sentence.start <= span.start and span.end <= sentence.end:
            return sentence
    if text is None or text[span.start : span.end] != span.text:
        return span
    start = 0
    for end in _SENTENCE_END.finditer(text, 0, span.start):
        start = end.end()
    after = _SENTENCE_END.search(text, span.end)
    stop = after.start() + 1 if after else len(text)
    return Span(start=start, end=stop, text=text[start:stop])


def quotes(claim: Claim, spans: tuple[Span, ...], value: str, text: str | None) -> list[Quote]:
    """The sentences quoting `spans`, each with its marks, in text order; with no span, the
    claim's first evidence sentence unmarked. Words of the value written in the sentence
    (e.g. the 'counterpart' an office was inferred from) are marked too. `text` is the
    article's text, to find the sentence around a span that no evidence sentence holds."""
    if not spans:
        return [Quote(sentence=s, marks=()) for s in claim.evidence[:1]]
    by_sentence: dict[tuple[int, int], tuple[Span, list[Span]]] = {}
    for span in spans:
        sentence = _sentence_around(span, text, claim)
        by_sentence.setdefault((sentence.start, sentence.end), (sentence, []))[1].append(span)
    out = []
    for key in sorted(by_sentence):
        sentence, marks = by_sentence[key]
        for words in (value, *_INFERRED.findall(value)):
            extra = sub_span(sentence, words)
            if extra is not None:
                marks.append(extra)
        unique = {(m.start, m.end): m for m in marks}
        out.append(Quote(sentence=sentence, marks=tuple(unique[k] for k in sorted(unique))))
    return out
