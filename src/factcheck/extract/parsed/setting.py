"""Where and when a frame happened: the date and place its own clause gives, else its
sentence's, else a place stated for the same people just before.

Dates resolve against the article's own date (published, else none): a yearless date in
an undated article keeps no year rather than taking the machine clock's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.dates import find_date
from factcheck.extract.parsed.frames import Frame
from factcheck.extract.places import Place, find_place, place_at, place_before
from factcheck.extract.tokens import Token, tokenize
from factcheck.lexicon import load_lexicon, phrase_key
from factcheck.model import ClaimKind, Span, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc

CARRY_SENTENCES = 2
"""A place stated for a visit carries to the same person's events this many sentences on."""


@dataclass(frozen=True, slots=True)
class Setting:
    """The place and date found for one frame."""

    where: str | None
    where_evidence: Span | None
    when: TimeRef | None


def _char_range(doc: Doc, offset: int, first: int, last: int) -> tuple[int, int]:
    return offset + doc[first].idx, offset + doc[last].idx + len(doc[last].text)


def _place(text: str, start: int, end: int) -> tuple[str, Span] | None:
    tokens = tuple(tokenize(text[start:end], start))
    place = find_place(tokens, 0, len(tokens)) or _city_before_noun(tokens)
    if place is None:
        return None
    a, b = tokens[place.first].start, tokens[place.last].end
    return place.name, Span(start=a, end=b, text=text[a:b])


def _named_with_word(text: str, start: int, end: int, trigger: int) -> tuple[str, Span] | None:
    """A place written with the event word itself: before its noun ('the White House
    transition meeting', 'the Tehran talks') or shown by its verb ('showed X the White
    House')."""
    tokens = tuple(tokenize(text[start:end], start))
    at = next((k for k, t in enumerate(tokens) if t.start == trigger), None)
    if at is None:
        return None
    place = place_before(tokens, at)
    if place is None and tokens[at].norm in GUIDE_FORMS:
        for k in range(at + 1, len(tokens) - 1):
            if tokens[k + 1].norm == "the":
                place = place_at(tokens, k)
                if place is not None:
                    break
    if place is None:
        place = _toured(tokens)
    if place is None:
        return None
    a, b = tokens[place.first].start, tokens[place.last].end
    return place.name, Span(start=a, end=b, text=text[a:b])


def _toured(tokens: tuple[Token, ...]) -> Place | None:
    """'gave her a tour of the residence': what a tour is of is where it happened, a
    named venue or one written with a venue noun alone."""
    heads = load_lexicon().venue_heads
    for k in range(len(tokens) - 3):
        if tokens[k].norm not in TOUR_NOUNS or tokens[k + 1].norm != "of":
            continue
        place = place_at(tokens, k + 1)
        if place is None and tokens[k + 2].norm == "the" and tokens[k + 3].norm in heads:
            place = Place(tokens[k + 3].text, k + 2, k + 3)
        if place is not None:
            return place
    return None


TOUR_NOUNS = frozenset({"tour", "tours"})
"""Nouns whose 'of' object is the place the event went over."""


GUIDE_FORMS = frozenset({"show", "showed", "shown", "shows", "showing", "guided", "guide"})
"""Forms of the verbs whose second object is the place shown."""


def _city_before_noun(tokens: tuple[Token, ...]) -> Place | None:
    """'in the Damascus airport', 'at the Tehran hotel': a city named as the modifier of
    a common noun after 'in' or 'at' the is where it happened."""
    cities = load_lexicon().cities
    for k in range(len(tokens) - 3):
        if tokens[k].norm not in {"in", "at"} or tokens[k + 1].norm != "the":
            continue
        for size in (3, 2, 1):
            words = tokens[k + 2 : k + 2 + size]
            key = tuple(t.norm for t in words)
            after = k + 2 + size
            if (
                key in cities
                and all(t.is_capitalised for t in words)
                and after < len(tokens)
                and tokens[after].is_word
                and not tokens[after].is_capitalised
            ):
                return Place(cities[key][0], k + 2, after - 1)
    return None


THAT_DAY = re.compile(r"\bthat (?:morning|afternoon|evening|night|day)\b", re.IGNORECASE)
"""'in the small hours of that morning': a day the text named before."""
LOOK_BACK = 400
"""Characters before a sentence searched for the sentence a 'that morning' refers to."""


def _that_day(text: str, start: int, end: int, published: dt.date | None) -> TimeRef | None:
    """A sentence with no date of its own, told right after one that speaks of 'that
    morning' (or in it): the day named last before the sentence that says so."""
    back = max(0, start - LOOK_BACK)
    said = list(THAT_DAY.finditer(text, back, end))
    if not said:
        return None
    before = text.rfind(". ", back, said[-1].start())
    if before < 0:
        return None
    if text.count(". ", said[-1].end(), start) > 1:
        return None  # more than one sentence lies between
    last = None
    at = max(0, before - LOOK_BACK)
    while (found := find_date(text, at, before + 1, published)) is not None:
        if found.evidence is None:
            break
        last, at = found, found.evidence.end
    return last


def find_settings(
    frames: list[Frame],
    docs: list[Doc],
    offsets: list[int],
    text: str,
    published: dt.date | None,
) -> list[Setting]:
    """One setting per frame, in the order given (text order)."""
    out: list[Setting] = []
    recent: dict[int, tuple[int, str, Span]] = {}  # person -> (sentence, place, evidence)
    anchors: dict[int, set[int]] = {}
    for frame in frames:
        anchors.setdefault(frame.sentence, set()).add(frame.clause[0])
    cities = load_lexicon().cities
    for frame in frames:
        doc, offset = docs[frame.sentence], offsets[frame.sentence]
        a, b = _char_range(doc, offset, *frame.clause)
        s_start = offset
        s_end = offset + doc[-1].idx + len(doc[-1].text) if len(doc) else offset
        trigger = offset + doc[frame.trigger].idx
        ahead = frame.planned
        when = (
            find_date(text, a, b, published, future=ahead)
            or find_date(text, s_start, s_end, published, anchors=(trigger,), future=ahead)
            or _that_day(text, s_start, s_end, published)
        )
        place = None
        if frame.kind is not ClaimKind.CALL:
            place = _place(text, a, b) or _named_with_word(text, a, b, trigger)
            if place is None and len(anchors[frame.sentence]) == 1:
                # the sentence's place is this frame's only when no other frame has a clause
                # there ('While A showed B the House, their husbands met in the Office')
                place = _place(text, s_start, s_end)
            if place is None and not frame.planned:
                for person in (frame.who, *frame.met):
                    seen = recent.get(person)
                    if seen and frame.sentence - seen[0] <= CARRY_SENTENCES:
                        place = seen[1], seen[2]
                        break
            if (
                place is not None
                and frame.kind is ClaimKind.VISIT
                and not frame.planned
                and phrase_key(place[0]) in cities
            ):
                recent[frame.who] = (frame.sentence, *place)  # 'X arrived in Tehran for talks'

        where, evidence = place if place else (None, None)
        out.append(Setting(where, evidence, when))
    return out
