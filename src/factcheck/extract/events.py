"""Event frames: meetings, visits and calls between named people, one per event per article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.extract.dates import find_date
from factcheck.extract.frames import distinct_people, subject_refs
from factcheck.extract.people import MentionIndex
from factcheck.extract.places import Place, find_place
from factcheck.extract.tokens import Sentence, Token
from factcheck.lexicon import load_lexicon
from factcheck.model import ClaimKind, Span, TimeRef

_CALL_WORDS = frozenset({"phone", "telephone", "phoned", "telephoned", "videoconference"})
_CALL_PHRASES = (("video", "link"), ("video", "call"), ("video", "conference"), ("phone", "call"))


@dataclass
class EventFrame:
    """One event as one article tells it, gathered from every sentence that mentions it."""

    kind: ClaimKind
    who: int
    met: list[int]
    sentences: list[int] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    place: Place | None = None
    place_span: Span | None = None
    when: TimeRef | None = None

    @property
    def participants(self) -> frozenset[int]:
        """Everyone taking part, subject included."""
        return frozenset([self.who, *self.met])


def _trigger(tokens: tuple[Token, ...]) -> tuple[ClaimKind, int] | None:
    """The event kind a sentence reports and the index of the word that says so."""
    verbs = load_lexicon().verbs
    norms = [t.norm for t in tokens]
    for i, norm in enumerate(norms):
        if norm in _CALL_WORDS or tuple(norms[i : i + 2]) in _CALL_PHRASES:
            return ClaimKind.CALL, i
    for i, norm in enumerate(norms):
        if norm in verbs["meeting_verbs"] or norm in verbs["meeting_nouns"]:
            return ClaimKind.MEETING, i
        if norm == "talks" or " ".join(norms[i : i + 2]) in verbs["meeting_phrases"]:
            return ClaimKind.MEETING, i
    for i, norm in enumerate(norms):
        if norm in verbs["visit_verbs"]:
            return ClaimKind.VISIT, i
    return None


def _clause_end(tokens: tuple[Token, ...], start: int) -> int:
    """Index where the trigger's clause ends: a clause-break word, ';', or the sentence end."""
    breaks = load_lexicon().verbs["clause_breaks"]
    for k in range(start + 1, len(tokens)):
        if tokens[k].text == ";" or (tokens[k].norm in breaks and tokens[k - 1].text == ","):
            return k
    return len(tokens)


def find_events(
    text: str, sentences: list[Sentence], index: MentionIndex, published: dt.date | None
) -> list[EventFrame]:
    """Every meeting, visit or call with at least two named participants, merged so that one
    article gives one frame per (participants, in-person or call)."""
    frames: list[EventFrame] = []
    salient: int | None = None
    for sentence in sentences:
        refs = index.refs_in(sentence.index)
        found = _trigger(sentence.tokens)
        subjects = subject_refs(refs)
        if found:
            kind, at = found
            frame = _frame(kind, at, sentence, refs, index, salient)
            if frame:
                _locate(frame, text, sentence, at, published)
                _merge(frames, frame)
        if subjects:
            salient = subjects[0].person
    return frames


def _frame(
    kind: ClaimKind,
    at: int,
    sentence: Sentence,
    refs: list,  # type: ignore[type-arg]
    index: MentionIndex,
    salient: int | None,
) -> EventFrame | None:
    trigger_start = sentence.tokens[at].start
    people = distinct_people(refs, index)
    subjects = distinct_people(subject_refs(refs, trigger_start), index)
    if len(people) < 2 and salient is not None and salient not in people:
        people = [salient, *people]
        subjects = subjects or [salient]
    if len(people) < 2:
        return None
    who = subjects[0] if subjects else people[0]
    met = [p for p in people if p != who]
    span = Span(start=sentence.start, end=sentence.end, text="")
    return EventFrame(kind, who, met, [sentence.index], [span])


def _locate(
    frame: EventFrame, text: str, sentence: Sentence, at: int, published: dt.date | None
) -> None:
    tokens = sentence.tokens
    end = _clause_end(tokens, at)
    if frame.kind is not ClaimKind.CALL:
        place = find_place(tokens, 0, end)
        if place:
            frame.place = place
            a, b = tokens[place.first].start, tokens[place.last].end
            frame.place_span = Span(start=a, end=b, text=text[a:b])
    clause_end = tokens[end - 1].end if end > 0 else sentence.end
    frame.when = find_date(text, sentence.start, clause_end, published)
    frame.evidence = [
        Span(start=sentence.start, end=sentence.end, text=text[sentence.start : sentence.end])
    ]


def _merge(frames: list[EventFrame], frame: EventFrame) -> None:
    for known in frames:
        same_mode = (known.kind is ClaimKind.CALL) == (frame.kind is ClaimKind.CALL)
        if known.participants == frame.participants and same_mode:
            known.sentences.extend(frame.sentences)
            known.evidence.extend(frame.evidence)
            known.place, known.place_span = (
                (known.place, known.place_span) if known.place else (frame.place, frame.place_span)
            )
            if known.when is None:
                known.when = frame.when
            return
    frames.append(frame)
