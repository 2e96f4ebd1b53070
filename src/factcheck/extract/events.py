"""Event frames: meetings, visits and calls between named people, one per event per article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from factcheck.extract.dates import find_date
from factcheck.extract.frames import is_attribution, subject_refs, who_aside
from factcheck.extract.people import MentionIndex, Ref, governing_words
from factcheck.extract.places import Place, find_place, place_at, place_before
from factcheck.extract.tokens import Sentence, Token
from factcheck.lexicon import load_lexicon
from factcheck.model import ClaimKind, Span, TimeRef
from factcheck.offices import is_regnal_number

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


WINDOW = 30

OBJECT_REACH = 12
"""Tokens after the trigger within which its counterpart is named ('held talks on Monday in
Doha with X'); a name further on belongs to another part of the sentence."""
"""Tokens on each side of a trigger in which its participants are sought: real sentences,
and run-on photo captions most of all, name many people who take no part in the event."""

_COORDINATORS = frozenset({",", "and", "&"})
_COORDINATED_RELATIONS = frozenset({"counterpart", "counterparts", "successor", "predecessor"})
"""'X and his Omani counterpart Y', 'X and his successor Y': Y is coordinated with X."""
_LINKS = frozenset({"in", "for", "during", "at", "on", "by", "over", "after", "before"})
"""Words linking an object to the event noun after it: 'told Y in a phone call'."""
_CALL_NOUN_BEFORE = frozenset({"a", "the", "phone", "his", "her", "their", "telephone"})
_PASSIVE = frozenset({"was", "were", "been", "being"})
_CALL_NOUN_AFTER = frozenset({"with", "to", "from", "between"})


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every word that can start an event trigger, to skip the rest of a sentence fast."""
    verbs = load_lexicon().verbs
    words = set(_CALL_WORDS) | {p[0] for p in _CALL_PHRASES} | {"call", "calls", "called"}
    words |= verbs["host_verbs"] | verbs["guide_verbs"]
    return frozenset(words | verbs["meeting_verbs"] | verbs["meeting_nouns"] | verbs["visit_verbs"])


def _triggers(tokens: tuple[Token, ...], refs: list[Ref]) -> list[tuple[ClaimKind, int]]:
    """Every word that reports a meeting, visit or call, with the kind it reports.

    Call cues within a few words of each other ('spoke by phone', 'phone call') are one.
    """
    verbs = load_lexicon().verbs
    cues = _trigger_words()
    starts = {r.first for r in refs}
    norms = [t.norm for t in tokens]
    found: list[tuple[ClaimKind, int]] = []
    for i, norm in enumerate(norms):
        if norm not in cues:
            continue
        before = norms[i - 1] if i else ""
        after = norms[i + 1] if i + 1 < len(norms) else ""
        kind: ClaimKind | None = None
        call_noun = norm in {"call", "calls"} and (
            before in _CALL_NOUN_BEFORE or after in _CALL_NOUN_AFTER
        )
        phoned = norm in _CALL_WORDS or tuple(norms[i : i + 2]) in _CALL_PHRASES
        if phoned or call_noun or (norm in {"called", "calls"} and _is_phoned(tokens, i, refs)):
            kind = ClaimKind.CALL
        elif norm in verbs["host_verbs"]:
            # only with a person as object: 'received X', 'received his counterpart, X', 'him'
            hosts = (
                i + 1 in starts
                or (before in _PASSIVE and _agent(norms, i, starts))  # 'X was welcomed by Y'
                or after in _OBJECT_PRONOUNS
                or any(
                    r.first > i
                    and (
                        r.governor == norm
                        or _is_delegation_head(tokens, r)
                        or _described_object(tokens, i, r.first)
                    )
                    for r in refs
                )
            )
            kind = ClaimKind.MEETING if hosts else None
        elif norm in verbs["guide_verbs"]:
            guided = next((r for r in refs if r.first == i + 1), None)  # 'showed X around'
            kind = ClaimKind.MEETING if guided and _shown_a_place(tokens, guided.last) else None
        elif norm in verbs["meeting_verbs"] or norm in verbs["meeting_nouns"]:
            kind = ClaimKind.MEETING
        elif norm in verbs["visit_verbs"]:
            kind = ClaimKind.VISIT
        if kind is None or _is_negated(norms, i, verbs["negations"]):
            continue
        if before == "to" and not verbs["invitation_words"].isdisjoint(norms[max(0, i - 8) : i]):
            continue  # 'invited her to visit': an invitation, not a visit
        if norm in verbs["meeting_nouns"] and not verbs["attendance_words"].isdisjoint(
            norms[i + 1 : i + 4]
        ):
            continue  # 'the meeting was attended by X': an event told before, not a new one
        if found and found[-1][0] is kind and i - found[-1][1] <= 4:
            continue
        found.append((kind, i))
    return found


def _agent(norms: list[str], verb: int, starts: set[int]) -> bool:
    """'was received (at the airport) by Y': a person after 'by' within a few words."""
    by = next((k for k in range(verb + 1, min(verb + 6, len(norms))) if norms[k] == "by"), None)
    return by is not None and by + 1 in starts


def _described_object(tokens: tuple[Token, ...], verb: int, first: int) -> bool:
    """'received Hamas political bureau chief X': only describing words (no function word,
    no punctuation) between the verb and the person, so the person is its object."""
    between = tokens[verb + 1 : first]
    function_words = load_lexicon().function_words
    return 0 < len(between) <= 4 and all(
        t.is_word and t.norm not in function_words for t in between
    )


def _shown_a_place(tokens: tuple[Token, ...], last: int) -> bool:
    """After 'showed X': 'around', or 'the' and a named venue ('the White House')."""
    k = last + 1
    if k < len(tokens) and tokens[k].norm in {"around", "round"}:
        return True
    return k < len(tokens) and tokens[k].norm == "the" and place_at(tokens, k - 1) is not None


def _is_negated(norms: list[str], at: int, negations: frozenset[str]) -> bool:
    """'have never met', 'did not meet', 'without meeting': the text denies the event."""
    return any(w in negations or w.endswith("n't") for w in norms[max(0, at - 3) : at])


_AFTER_CALLED = frozenset(
    {
        ".",
        ",",
        ";",
        "to",
        "on",
        "in",
        "from",
        "at",
        "and",
        "late",
        "early",
        "last",
        "shortly",
        "after",
        "before",
        "during",
        "again",
        "back",
        "twice",
    }
)


def _is_phoned(tokens: tuple[Token, ...], at: int, refs: list[Ref]) -> bool:
    """'called Mr X on Wednesday', 'calls X having already phoned ...' and 'called to
    congratulate X' are calls; 'called Mr X "unqualified"' is not."""
    if at + 3 < len(tokens) and tokens[at + 1].norm == "to" and tokens[at + 2].text.islower():
        return any(r.first == at + 3 for r in refs)  # 'called to congratulate X'
    ref = next((r for r in refs if r.first == at + 1), None)
    if ref is None:
        return False
    if ref.last + 1 >= len(tokens):
        return True
    after = tokens[ref.last + 1].norm
    return after in _AFTER_CALLED or after.endswith("ing")  # 'calls X having phoned ...'


def _clause_bounds(tokens: tuple[Token, ...], at: int) -> tuple[int, int]:
    """[start, end) of the trigger's clause, at most WINDOW tokens on each side."""
    breaks = load_lexicon().verbs["clause_breaks"]

    def is_break(k: int) -> bool:
        return tokens[k].text == ";" or (
            tokens[k].norm in breaks and k > 0 and tokens[k - 1].text == ","
        )

    start = at
    while start > 0 and at - start < WINDOW and not is_break(start - 1):
        start -= 1
    end = at + 1
    while end < len(tokens) and end - at < WINDOW and not is_break(end):
        end += 1
    return start, end


def _introductory_split(
    tokens: tuple[Token, ...], at: int, start: int, end: int
) -> tuple[int, int]:
    """[start, end) narrowed to one side of an introductory clause's comma: in 'While X met Y
    in Z, A gave B a tour' Z is the place of the first meeting only."""
    comma = _intro_comma(tokens)
    if comma is None:
        return start, end
    return (max(start, comma + 1), end) if at > comma else (start, min(end, comma))


def _intro_comma(tokens: tuple[Token, ...]) -> int | None:
    """Index of the comma closing an introductory clause ('After meeting X, ...'), or None."""
    if not tokens or tokens[0].norm not in load_lexicon().verbs["subordinators"]:
        return None
    return next((k for k in range(1, len(tokens)) if tokens[k].text == ","), None)


def _coordinated(tokens: tuple[Token, ...], a: Ref, b: Ref) -> bool:
    """True when only commas and 'and' stand between two references, or 'and his Omani
    counterpart'."""
    between = [t for t in tokens[a.last + 1 : b.first] if not is_regnal_number(t.text)]
    if not between:
        return False  # two names touching: a run-on caption, not 'X and Y'
    if all(t.text in _COORDINATORS or t.norm in _COORDINATORS for t in between):
        return True
    words = [t.norm for t in between if t.text != ","]
    return (
        len(words) >= 3
        and words[0] == "and"
        and words[1] in {"his", "her", "their"}
        and words[-1] in _COORDINATED_RELATIONS
    )


def _group(
    tokens: tuple[Token, ...], refs: list[Ref], seed: int, step: int, cut: int | None = None
) -> list[Ref]:
    """The reference at `seed` and those coordinated with it, going in direction `step`;
    never across the comma `cut` that closes an introductory clause ('After meeting X,
    the president-elect had lunch with Y': X and the president-elect are no pair)."""
    group = [refs[seed]]
    k = seed + step
    while 0 <= k < len(refs):
        a, b = (refs[k], group[-1]) if step < 0 else (group[-1], refs[k])
        if not _coordinated(tokens, a, b) or (cut is not None and a.last < cut < b.first):
            break
        group.append(refs[k])
        k += step
    return group


def _is_delegation_head(tokens: tuple[Token, ...], ref: Ref) -> bool:
    """'a delegation headed by X', 'led by X': X is who was received."""
    return (
        ref.first >= 2
        and tokens[ref.first - 1].norm == "by"
        and tokens[ref.first - 2].norm in {"headed", "led"}
    )


def _is_possessor(tokens: tuple[Token, ...], ref: Ref) -> bool:
    """'Berg's wife': a name that only qualifies what follows it."""
    return ref.last + 1 < len(tokens) and tokens[ref.last + 1].norm == "'s"


def _participants(
    tokens: tuple[Token, ...], at: int, refs: list[Ref], salient: int | None, enclosure: list[int]
) -> tuple[list[int], list[int]]:
    """(subjects, counterparts) of the trigger at token `at`, as person keys.

    Subjects: the nearest group of subject-position references before the trigger, or the
    antecedent of 'who' opening the clause; failing those, the first free group after it
    ('Speaking by phone to X, ..., Y said'). Counterparts: the first group after the trigger
    that is not the subject, skipping possessors ('met Berg's wife, Anna').
    """
    start, end = _clause_bounds(tokens, at)
    window = [
        r
        for r in refs
        if start <= r.first < end
        and not is_attribution(tokens, r)
        and enclosure[r.first] in (0, enclosure[at])
    ]
    cut = _intro_comma(tokens)
    before = [i for i, r in enumerate(window) if r.last < at]
    after = [i for i, r in enumerate(window) if r.first > at and not _is_possessor(tokens, r)]
    subjects: list[Ref] = []
    if before:
        group = _group(tokens, window, before[-1], -1, cut)
        collective = at > 0 and tokens[at - 1].norm == "their" and len(group) > 1
        if (
            collective
            or group[-1].governor not in governing_words()
            or _is_delegation_head(tokens, group[-1])  # 'a delegation headed by X arrived'
        ):
            subjects = group
        elif at - group[0].last <= 5 and tokens[group[0].last + 1].norm in _LINKS:
            # 'X told his counterpart Y in a phone call': Y is the object, X the subject
            free_before = [i for i in before if window[i].governor not in governing_words()]
            if free_before and window[free_before[-1]].last < group[-1].first:
                subjects = _group(tokens, window, free_before[-1], -1, cut)
        elif tokens[group[-1].last + 1].text == "," and at - group[-1].last <= 3:
            # 'X, along with Y, met Z': Y stands in an aside; X, named before it, is the subject
            free_before = [i for i in before if window[i].governor not in governing_words()]
            if free_before and window[free_before[-1]].last < group[0].first:
                subjects = _group(tokens, window, free_before[-1], -1, cut)
    if not subjects and (who_at := _relative_pronoun(tokens, start)) is not None:
        # ', who had a meeting with Y', ', who congratulated Y in a call': the person named
        # just before the comma
        subjects = [r for r in refs if r.last == who_at - 2][:1]
    objects: list[Ref] = []
    used: set[int] = set()
    first_after = window[after[0]] if after else None
    if first_after is not None and first_after.governor == "between":
        # 'the meeting between X and Y': exactly these two, whoever else the clause names
        pair = _unique(_group(tokens, window, after[0], 1, cut))
        if len(pair) >= 2:
            return pair[:1], pair[1:]
        if any(t.norm == "between" for t in tokens[at + 1 : at + 4]):
            # 'X described the meeting between A and his successor': one party unnamed, and
            # X, who speaks of it, is not the other
            return [], []
    for i in after:
        if i in used:
            continue
        group = _group(tokens, window, i, 1, cut)
        used.update(window.index(r) for r in group)
        free = group[0].governor not in governing_words() and _starts_clause(tokens, group[-1])
        ungoverned = group[0].governor not in governing_words()
        if free and (subjects or objects):
            if subjects:
                break  # a new clause: 'X called donors until Y sent a letter'
            subjects = group
        elif free:
            subjects = group
        elif not objects:
            if group[0].first - at > OBJECT_REACH:
                break  # the counterpart is named right after the word: 'dinner with X'
            objects = group
        elif ungoverned and not subjects:
            subjects = group  # 'In a meeting with X in Tehran, Y said ...'
        if subjects and objects:
            break
    if subjects and not objects:
        # 'X told Y in a phone call', 'X met Y for talks': the object precedes the trigger
        between = [
            window[i]
            for i in before
            if window[i].first > subjects[0].last
            and window[i] not in subjects
            and window[i].governor in governing_words()
        ]
        objects = between[:1]
    if not subjects and any(
        tokens[k].norm in {"he", "she"} for k in range(start, at)
    ):  # 'X arrived in Tehran, where he is to meet Y': he is the sentence's subject
        free_refs = [r for r in refs if r.last < start and r.governor not in governing_words()]
        subjects = free_refs[:1]
    who = _unique(subjects)
    met = [p for p in _unique(objects) if p not in who]
    if not met and len(who) >= 2 and not _unnamed_counterpart(tokens, at, window):
        who, met = who[:1], who[1:]  # 'X and Y met', not 'X and Y met with officials'
    if (
        not who
        and salient is not None
        and salient not in met
        and not _unknown_subject(tokens, max(start, at - 6), at, refs)
    ):
        who = [salient]
    if not who and len(met) >= 2:
        who, met = met[:1], met[1:]
    return who, met


_NOT_VERBS = frozenset(
    {"and", "or", "of", "in", "at", "on", "for", "from", "to", "with", "by", "who", "whose"}
)


def _enclosures(tokens: tuple[Token, ...]) -> list[int]:
    """For each token, a number naming the (...) or [...] it stands in, 0 outside any: a
    name in a parenthesis or an inserted link ('(pictured with X)', '[X's victory ...]')
    takes no part in an event of the text around it."""
    out: list[int] = []
    current = depth = count = 0
    for token in tokens:
        if token.text in {"(", "["}:
            depth += 1
            if depth == 1:
                count += 1
                current = count
        out.append(current)
        if token.text in {")", "]"} and depth:
            depth -= 1
            if depth == 0:
                current = 0
    return out


def _unnamed_counterpart(tokens: tuple[Token, ...], at: int, refs: list[Ref]) -> bool:
    """'met with officials', 'a call with donors': the other party is there but unnamed."""
    for k in range(at + 1, min(at + 4, len(tokens) - 1)):
        if tokens[k].norm == "with":
            return not any(r.first in (k + 1, k + 2) for r in refs)
    return False


def _unknown_subject(tokens: tuple[Token, ...], start: int, at: int, refs: list[Ref]) -> bool:
    """'a player of the Chicago Rovers was also meeting with X': a capitalised name stands
    just before the trigger but is no known person, so the subject is not the previous one."""
    named = {k for r in refs for k in range(r.first, r.last + 1)}
    return any(
        tokens[k].is_capitalised and tokens[k].is_word and k not in named
        for k in range(start + 1, at)
    )


def _relative_pronoun(tokens: tuple[Token, ...], start: int) -> int | None:
    """Index of 'who' opening the clause that starts at `start` (on it or just before it)."""
    for k in (start, start - 1):
        if 0 < k < len(tokens) and tokens[k].norm == "who" and tokens[k - 1].text == ",":
            return k
    return None


def _starts_clause(tokens: tuple[Token, ...], ref: Ref) -> bool:
    """True when a verb-like lowercase word follows the reference: it is a subject
    ('... until Y sent a letter'), not an appositive counterpart ('..., Speaker Y.')."""
    k = ref.last + 1
    if k < len(tokens) and tokens[k].norm == "'s":
        return False
    return k < len(tokens) and tokens[k].text.islower() and tokens[k].norm not in _NOT_VERBS


def _unique(refs: list[Ref]) -> list[int]:
    out: list[int] = []
    for ref in sorted(refs, key=lambda r: r.start):
        if ref.person not in out:
            out.append(ref.person)
    return out


def find_events(
    text: str,
    sentences: list[Sentence],
    index: MentionIndex,
    published: dt.date | None,
    dateline_end: int = 0,
) -> list[EventFrame]:
    """Every meeting, visit or call with at least two named participants, merged so that one
    article gives one frame per (participants, in-person or call)."""
    frames: list[EventFrame] = []
    salient: int | None = None
    for sentence in sentences:
        refs = index.refs_in(sentence.index)
        triggers = (
            []
            if _trigger_words().isdisjoint(sentence.vocabulary)
            else _triggers(sentence.tokens, refs)
        )
        enclosure = _enclosures(sentence.tokens) if triggers else []
        for kind, at in triggers:
            who, met = _participants(sentence.tokens, at, refs, salient, enclosure)
            if who and not met:
                other = _object_pronoun(sentence.tokens, at, refs, who, salient, index)
                met = [other] if other is not None else []
            if not (who and met):
                continue
            token = sentence.tokens[at]
            ends = [x for r in refs if r.person in (*who, *met) for x in (r.start, r.end)]
            anchors = (token.start, token.end, *ends)
            separate = at > 0 and sentence.tokens[at - 1].norm in _SEPARATE
            groups = [[m] for m in met] if separate and len(who) == 1 else [met]
            for counterparts in groups:
                frame = EventFrame(kind, who[0], [*who[1:], *counterparts], [sentence.index])
                stop = _next_subject(sentence.tokens, at, refs, frame.participants)
                _locate(frame, text, sentence, at, published, anchors, stop, dateline_end)
                _merge(frames, frame)
        subjects = subject_refs(refs)
        if subjects:
            salient = subjects[0].person
    return _merge_nested(frames)


_SEPARATE = frozenset({"separate", "separately", "bilateral"})
"""Before the meeting word: 'held bilateral talks with A and B' are two meetings."""

_OBJECT_PRONOUNS = {"him": "m", "her": "f"}
_AFTER_OBJECT = frozenset({",", ".", ";", "in", "on", "at", "to", "for", "by", "during", "and", ""})
"""Words after 'her' that make it an object ('invited her in a call'), not a possessive."""


def _object_pronoun(
    tokens: tuple[Token, ...],
    at: int,
    refs: list[Ref],
    who: list[int],
    salient: int | None,
    index: MentionIndex,
) -> int | None:
    """The person 'him' or 'her' stands for as the other party of the trigger at `at`
    ('X invited her in a phone call'): the nearest person named before it in the sentence,
    else the subject of the sentence before, who is not the subject here and whose gender,
    when known, agrees."""
    start, end = _clause_bounds(tokens, at)
    for k in range(max(start, at - 3), min(end, at + 3)):  # 'invited her in a call', 'met him'
        gender = _OBJECT_PRONOUNS.get(tokens[k].norm)
        after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if gender is None or (gender == "f" and after not in _AFTER_OBJECT):
            continue
        earlier = [r.person for r in sorted(refs, key=lambda r: -r.start) if r.last < k]
        for person in (*earlier, salient):
            if person is None or person in who or person not in index.people:
                continue
            known = index.people[person].gender
            if known is None or known == gender:
                return person
        return None
    return None


def _next_subject(
    tokens: tuple[Token, ...], at: int, refs: list[Ref], participants: frozenset[int]
) -> int | None:
    """Index of a person after the trigger's object who starts a clause of their own ('...
    met Y Z flew from X and landed at W', a run-on caption): a place after it is not the
    meeting's."""
    after = [r for r in refs if r.first > at]
    for earlier, ref in pairwise(after):
        if earlier.person in participants and _starts_clause(tokens, ref):
            return ref.first
    return None


def _locate(
    frame: EventFrame,
    text: str,
    sentence: Sentence,
    at: int,
    published: dt.date | None,
    anchors: tuple[int, ...] = (),
    stop: int | None = None,
    dateline_end: int = 0,
) -> None:
    tokens = sentence.tokens
    start, end = _clause_bounds(tokens, at)
    if frame.kind is not ClaimKind.CALL:
        first, last = _introductory_split(tokens, at, start, end)
        last = min(last, stop) if stop is not None else last
        place = find_place(tokens, first, last) or place_before(tokens, at)
        if place is None and tokens[at].norm in load_lexicon().verbs["guide_verbs"]:
            # 'showed X the White House': the place shown
            shown = next(
                (k for k in range(at + 1, min(at + 6, last)) if tokens[k].norm == "the"), None
            )
            place = place_at(tokens, shown - 1) if shown is not None else None
        if place is None and start > 0 and tokens[start - 1].norm == "where":
            place = find_place(tokens, 0, start)  # 'arrived in Tehran, where he will meet Y'
        if place:
            frame.place = place
            a, b = tokens[place.first].start, tokens[place.last].end
            frame.place_span = Span(start=a, end=b, text=text[a:b])
    if frame.place_span:  # 'in New York on Tuesday': the date may follow the place
        anchors = (*anchors, frame.place_span.start, frame.place_span.end)
    while start < end and tokens[start].start < dateline_end:
        start += 1  # 'DOHA, June 3 (Reuters) -': the dateline's date is the report's
    frame.when = _date_outside_asides(text, tokens, at, start, end, published, anchors)
    if frame.when is None and start > 0 and tokens[start - 1].norm == "where":
        # 'will travel to Muscat on Monday, where he will meet Y': the date before 'where'
        frame.when = find_date(text, tokens[0].start, tokens[start - 1].start, published)
    frame.evidence = [
        Span(start=sentence.start, end=sentence.end, text=text[sentence.start : sentence.end])
    ]


def _date_outside_asides(
    text: str,
    tokens: tuple[Token, ...],
    at: int,
    start: int,
    end: int,
    published: dt.date | None,
    anchors: tuple[int, ...],
) -> TimeRef | None:
    """The event's date in tokens [start, end), skipping a ', who ...,' aside about someone
    ('X, who won the election on Wednesday, said it was an honour to meet Y')."""
    aside = who_aside(tokens, start - 1, at)  # the clause may start just after the 'who'
    pieces = [(start, aside[0]), (aside[1] + 1, end)] if aside else [(start, end)]
    for a, b in pieces:
        if a < b:
            found = find_date(text, tokens[a].start, tokens[b - 1].end, published, anchors)
            if found:
                return found
    return None


def _merge(frames: list[EventFrame], frame: EventFrame) -> None:
    for known in frames:
        same_mode = (known.kind is ClaimKind.CALL) == (frame.kind is ClaimKind.CALL)
        if known.participants == frame.participants and same_mode:
            if frame.sentences[0] not in known.sentences:  # one sentence, one piece of evidence
                known.sentences.extend(frame.sentences)
                known.evidence.extend(frame.evidence)
            known.place, known.place_span = (
                (known.place, known.place_span) if known.place else (frame.place, frame.place_span)
            )
            if known.when is None:
                known.when = frame.when
            return
    frames.append(frame)


def _merge_nested(frames: list[EventFrame]) -> list[EventFrame]:
    """One event told twice in one article ('X met Y', and in a caption 'X and Z met Y'),
    on the same day (or one account undated) and in the same mode: the fuller account
    joins the one frame it contains, whose people are the event's core. A frame that
    contains two or more others is left alone: which one it retells is unknown."""
    merged = list(frames)
    for big in sorted(frames, key=lambda f: -len(f.participants)):
        inside = [f for f in merged if f is not big and _nests(f, big)]
        if len(inside) != 1:
            continue
        core = inside[0]
        for sentence, span in zip(big.sentences, big.evidence, strict=False):
            if sentence not in core.sentences:
                core.sentences.append(sentence)
                core.evidence.append(span)
        if core.place is None:
            core.place, core.place_span = big.place, big.place_span
        if core.when is None or core.when.date is None:
            core.when = big.when or core.when
        merged.remove(big)
    return merged


def _nests(small: EventFrame, big: EventFrame) -> bool:
    """`small` names a strict subset of `big`'s people, in the same mode, on a date that
    does not differ."""
    same_mode = (small.kind is ClaimKind.CALL) == (big.kind is ClaimKind.CALL)
    a = small.when.date if small.when else None
    b = big.when.date if big.when else None
    return same_mode and small.participants < big.participants and (a == b or None in (a, b))
