"""Event frames from the dependency tree: who met, visited or called whom, in which clause.

A meeting, visit or call verb gives its subject and its object, 'with' partner or passive
agent; an event noun gives its 'with'/'between' partners, its possessor and the subject of
the verb that carries it ('held talks with X', 'During his meeting with X, Y said').
Objects coordinated after one subject are separate meetings ('met A, B and C'); subjects
coordinated before one verb are one ('A and B met'). A frame under a denial, refusal or
wish is no event; one under a plan or a future auxiliary is a planned event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.extract.parsed.arguments import (
    Context,
    objects_of_preposition,
    partners_of,
    people_of,
    subjects_of,
)
from factcheck.extract.parsed.lexicon import FrameLexicon, load_frames
from factcheck.extract.parsed.names import PARTICLES
from factcheck.lexicon import load_lexicon
from factcheck.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOOSE_OBJECTS = frozenset(
    {"acomp", "attr", "oprd", "dative", "npadvmod", "ccomp", "appos", "advcl", "dep"}
)
MAX_TITLE_GAP = 6
"""Tokens a title may take between a verb and the name of its object."""
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl"})
MAX_ANCESTORS = 8


@dataclass
class Frame:
    """One event as one sentence tells it; token indices are into the sentence's doc."""

    kind: ClaimKind
    sentence: int
    trigger: int
    who: int
    met: list[int]
    planned: bool
    clause: tuple[int, int]
    """Token range [first, last] of the frame's own clause: where its date and place are."""
    also: list[int] = field(default_factory=list)
    """People who took part besides `who` and `met` ('accompanied by X', 'attended by X')."""
    joins: bool = False
    """True for 'the meeting was attended by X': X joins an event already told."""


def find_frames(doc: Doc, ctx: Context) -> list[Frame]:
    """Every event frame of one sentence, left to right."""
    lex = load_frames()
    frames: list[Frame] = []
    for token in doc:
        if lex.verb_kind(token.lemma_) and _is_verb(token):
            frames.extend(_verb_frames(token, ctx, lex))
        elif token.pos_ in {"NOUN", "PROPN"} and _noun_kind(token, lex):
            frames.extend(_noun_frames(token, ctx, lex))
        elif token.lemma_ in lex.guide_verbs and token.pos_ == "VERB":
            frames.extend(_guide_frames(token, ctx, lex))
        elif token.dep_ == "prep" and _accompanies(token, lex):
            frames.extend(_accompany_frames(token, ctx))
        elif token.lemma_ in {"attend", "accompany"}:
            frames.extend(_attendance(token, ctx))
    if any(t.dep_ == "ROOT" and t.pos_ in {"PROPN", "NOUN"} for t in doc):
        frames.extend(_caption_frames(doc, ctx, lex))
    return _distinct(frames)


def _caption_frames(doc: Doc, ctx: Context, lex: FrameLexicon) -> list[Frame]:
    """A photo caption, a noun phrase for a sentence, names who was together: 'X, left,
    with Y in Tehran'."""
    out: list[Frame] = []
    for mention in ctx.people.by_sentence.get(ctx.sentence, []):
        head = doc[mention.last]
        if head.dep_ != "ROOT":
            continue
        partners = partners_of(head, ctx, frozenset({"with", "alongside"}))
        for child in head.children:
            if child.dep_ in {"acl", "appos"}:  # 'X, left, with Y': the position word
                partners += partners_of(child, ctx, frozenset({"with", "alongside"}))
        for partner in partners:
            if partner != mention.person:
                out.extend(_frames(head, ClaimKind.MEETING, [mention.person], [partner], ctx, lex))
    return out


def _guide_frames(verb: Token, ctx: Context, lex: FrameLexicon) -> list[Frame]:
    """'X showed Y the White House' / 'X showed Y around': an in-person meeting."""
    guests: list[int] = []
    shown = False
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            named = ctx.people.mention_at(ctx.sentence, child.i)
            if named is not None:
                guests.append(named.person)
            else:
                shown = shown or child.pos_ in {"PROPN", "NOUN"}  # the place shown
        elif child.dep_ in {"prt", "advmod"} and child.lower_ == "around":
            shown = True
    after = next(
        (
            m
            for m in ctx.people.by_sentence.get(ctx.sentence, [])
            if verb.i < m.first <= verb.i + MAX_TITLE_GAP
        ),
        None,
    )
    if after is not None and after.person not in guests:
        guests.append(after.person)  # 'showed X Y the House', X parsed into the place's name
    if after is not None:
        shown = shown or any(
            t.pos_ in {"NOUN", "PROPN"} and ctx.people.mention_at(ctx.sentence, t.i) is None
            for t in verb.doc[after.last + 1 : verb.right_edge.i + 1]
        )
    if not (guests and shown):
        return []
    return _frames(verb, ClaimKind.MEETING, subjects_of(verb, ctx), guests, ctx, lex)


def _attendance(verb: Token, ctx: Context) -> list[Frame]:
    """'The meeting was attended by X and Y' / 'X attended the talks' / 'The pair were
    accompanied by X' / 'Y was accompanied by X': they join the event last told (of Y's);
    no new event."""
    lex = load_frames()
    attendees: list[int] = []
    event = None
    for agent in _agents(verb):
        attendees.extend(_listed_after(agent, ctx))
    for child in verb.children:
        if child.dep_ == "nsubj":
            attendees.extend(people_of(child, ctx))
        if child.dep_ in {"nsubjpass", "dobj"}:
            event = child
    if event is None:
        return []
    paired = len(ctx.previous_event) >= 2
    if verb.lemma_ == "accompany":
        # 'The pair were accompanied by X': X joins the event of the pair just told
        if event.dep_ == "nsubjpass" and _names_the_pair(event):
            if not paired:
                return []
            core: tuple[int, ...] = ctx.previous_event
        else:
            # 'Y was accompanied for the talks by X' / 'X accompanied Y on the visit': the
            # phrase names the event, so X joins Y's ('Y was accompanied by his wife' alone
            # says only that she came along)
            host = people_of(event, ctx)
            if len(host) != 1 or not _names_an_event(verb, lex):
                return []
            core = (host[0],)
    elif not paired or not _is_told_event(event, lex):
        return []  # 'attended the BRICS Summit': an event of its own, not one told here
    else:
        partners = partners_of(event, ctx, frozenset({"with"}))
        core = (ctx.previous_event[0], *partners) if partners else ctx.previous_event
    return _joining(verb, core, attendees, ctx, lex)


def _names_an_event(verb: Token, lex: FrameLexicon) -> bool:
    """True when a preposition of `verb` holds an event word ('on his visit', 'for the
    talks')."""
    return any(
        c.dep_ == "pobj" and _noun_kind(c, lex) is not None
        for prep in verb.children
        if prep.dep_ == "prep"
        for c in prep.children
    )


def _joining(
    verb: Token, core: tuple[int, ...], attendees: list[int], ctx: Context, lex: FrameLexicon
) -> list[Frame]:
    """A frame adding `attendees` to the event of `core` told before."""
    extra = [p for p in dict.fromkeys(attendees) if p not in core]
    if not extra or _status(verb, verb, lex) is None:
        return []
    return [
        Frame(
            ClaimKind.MEETING,
            ctx.sentence,
            verb.i,
            core[0],
            list(core[1:]),
            False,
            _clause(verb),
            also=extra,
            joins=True,
        )
    ]


def _agents(verb: Token) -> list[Token]:
    """The 'by' of a passive verb: its agent, or a 'by' the parser hung under a phrase
    between ('was accompanied on his visit by X')."""
    found = [c for c in verb.children if c.dep_ == "agent"]
    if found or not any(c.dep_ == "auxpass" for c in verb.children):
        return found
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            found.extend(
                c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > obj.i
            )
    return found


def _listed_after(agent: Token, ctx: Context) -> list[int]:
    """The people of an 'attended by' / 'accompanied by' list: every name under 'by' (a
    long list parses with names hung under the wrong word: 'the envoy in Damascus, X'),
    save names that only qualify another ('an aide to X', 'X's envoy')."""
    found = objects_of_preposition(agent, ctx)
    doc = agent.doc
    for mention in ctx.people.by_sentence.get(ctx.sentence, []):
        if not agent.i < mention.first <= agent.right_edge.i:
            continue
        head = doc[mention.last]
        if head.dep_ in {"poss", "nsubj", "nsubjpass", "dobj"}:
            continue
        if head.dep_ == "pobj" and head.head.i != agent.i:
            continue
        found.append(mention.person)
    return list(dict.fromkeys(found))


def _is_verb(token: Token) -> bool:
    """A verb, or a word tagged otherwise that has a subject ('X and Y meet at Z' in a
    headline, tagged as a noun)."""
    if token.pos_ in {"VERB", "AUX"}:
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _noun_kind(token: Token, lex: FrameLexicon) -> ClaimKind | None:
    lemma = token.lemma_.lower()
    kind = lex.event_nouns.get(lemma) or lex.event_nouns.get(token.lower_)
    if kind is None:
        return None
    if token.pos_ == "PROPN" and token.lower_ not in {"talks", "meeting", "summit"}:
        return None
    return kind


def _verb_frames(verb: Token, ctx: Context, lex: FrameLexicon) -> list[Frame]:
    kind = lex.verb_kind(verb.lemma_)
    assert kind is not None
    subjects = subjects_of(verb, ctx)
    objects: list[int] = []
    weak = verb.lemma_ in lex.weak_verbs
    for child in verb.children:
        if child.dep_ == "dobj" and not weak:
            objects.extend(people_of(child, ctx))
        elif child.dep_ in LOOSE_OBJECTS and not weak:
            mention = ctx.people.mention_at(ctx.sentence, child.i)
            if mention is not None:  # a misparsed object ('welcomes X' as acomp)
                objects.append(mention.person)
    misread = [] if objects or weak else _object_read_as_modal(verb, ctx)
    objects += misread
    partners = ["with", "alongside", "between", "by", "among"]
    if kind is ClaimKind.CALL or verb.lemma_ in {"talk", "speak"}:
        partners += ["to", "from"]
    objects += partners_of(verb, ctx, frozenset(partners)) or _partners_past_a_place(verb, ctx)
    if not objects and _unnamed_partner(verb, weak):
        return []  # 'X and Y met with officials': with someone unnamed, not each other
    if verb.lemma_ == "call" and _calls_on(verb):
        # 'X called on Y' (no 'to ...' after): a courtesy visit, as military and
        # diplomatic English has it
        hosts = partners_of(verb, ctx, frozenset({"on"}))
        return _frames(verb, ClaimKind.MEETING, subjects, hosts, ctx, lex)
    if kind is ClaimKind.CALL and not objects:
        objects = _purpose_partners(verb, ctx)
        if objects:
            return _frames(verb, kind, subjects, objects, ctx, lex)
        if not any(c.dep_ in {"dobj", "prep", "xcomp", "oprd"} for c in verb.children):
            teller = _teller(verb, ctx, lex)
            if teller is not None and teller not in subjects:
                return _frames(verb, kind, subjects, [teller], ctx, lex)
    if verb.lemma_ == "call" and not misread and _is_naming_or_appeal(verb):
        return []  # 'called for', 'called on X to', 'called X "unqualified"': no phone call
    mode = _mode(verb, kind, lex)
    if not objects and verb.lemma_ not in lex.together_verbs:
        # 'A and B arrived', 'A and B walked hand in hand': companions, not a meeting
        subjects = subjects[:1] if kind is ClaimKind.VISIT else []
    return _frames(verb, mode, subjects, objects, ctx, lex, visit_alone=kind is ClaimKind.VISIT)


def _object_read_as_modal(verb: Token, ctx: Context) -> list[int]:
    """'X calls May having phoned ...': a name right after the verb that the parser took
    for a modal of the next verb (surnames such as May or Will) is the verb's object."""
    after = verb.i + 1
    if after >= len(verb.doc) or any(c.dep_ == "dobj" for c in verb.children):
        return []
    token = verb.doc[after]
    mention = ctx.people.mention_at(ctx.sentence, after)
    if mention is None or token.dep_ not in {"aux", "auxpass"} or token.head.i <= after:
        return []
    return [mention.person]


def _teller(verb: Token, ctx: Context, lex: FrameLexicon) -> int | None:
    """'"So X called," he said' / 'Y said X had phoned': a call told with no one called
    was to the one who tells it (the call came to them)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_ not in lex.report_verbs:
        return None
    tellers = subjects_of(node.head, ctx)
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in node.head.children)
    if pronoun and set(tellers) <= set(subjects_of(verb, ctx)):
        # '"So X called," he said': 'he' is not X, who the quotation names; it is the
        # one the text was about before the quotation
        tellers = [ctx.previous_subject] if ctx.previous_subject is not None else []
    return tellers[0] if len(tellers) == 1 else None


def _purpose_partners(verb: Token, ctx: Context) -> list[int]:
    """'X called to congratulate Y' / 'phoned to thank Y': a call with no object of its
    own is with the person its purpose infinitive addresses."""
    found: list[int] = []
    for child in verb.children:
        if child.dep_ in {"xcomp", "advcl"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            for obj in child.children:
                if obj.dep_ in {"dobj", "dative"}:
                    found.extend(people_of(obj, ctx))
    return found


def _unnamed_partner(verb: Token, weak: bool) -> bool:
    """The verb has a 'with' partner (or, for a meeting verb, an object) naming no person;
    a discussion verb's object is its topic."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "dobj" and not weak)
        for c in verb.children
    )


def _calls_on(verb: Token) -> bool:
    """'called on X' with no infinitive after it ('called on X to halt' is an appeal)."""
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    if not on:
        return False
    infinitive = any(c.dep_ in {"xcomp", "advcl", "ccomp"} for c in verb.children)
    return not infinitive and not any(
        c.dep_ in {"xcomp", "acl", "relcl"} for p in on for o in p.children for c in o.children
    )


def _is_naming_or_appeal(verb: Token) -> bool:
    """'called for', 'called on X to', 'called X a liar', 'called X "unqualified"'."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "on"}:
            return True
        if child.dep_ in {"oprd", "xcomp", "acomp", "ccomp"}:
            return True
        if child.dep_ == "dobj":
            after = child.right_edge.i + 1
            doc = verb.doc
            if after < len(doc) and doc[after].text in {'"', "“", "'", "‘"}:
                return True
    return False


def _noun_frames(noun: Token, ctx: Context, lex: FrameLexicon) -> list[Frame]:
    kind = _noun_kind(noun, lex)
    assert kind is not None
    prepositions = frozenset({"with", "between", "alongside", "among", "from", "to"})
    partners = partners_of(noun, ctx, prepositions)
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in of.children if c.dep_ == "pobj"):  # 'a tour of the house to X'
            partners += partners_of(obj, ctx, frozenset({"to", "with"}))
    owners: list[int] = []
    for child in noun.children:
        if child.dep_ == "poss":
            owners.extend(people_of(child, ctx))
    head = noun.head
    carrier = None
    if noun.dep_ in {"dobj", "nsubjpass", "attr"} and head.lemma_ in lex.light_verbs:
        carrier = head
    elif noun.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"}:
        partners += partners_of(head, ctx, frozenset({"between", "with"}))
    elif (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ in {"VERB", "AUX"}
        and (partners or owners or _mode(noun, kind, lex) is ClaimKind.CALL)
    ):
        carrier = head.head
        if not partners and not owners and carrier.lemma_ in lex.address_verbs:
            # 'X congratulated Y in a phone call': who is told, thanked or invited in a
            # call is the other party of it
            partners = [
                p
                for c in carrier.children
                if c.dep_ in {"dobj", "dative"}
                for p in people_of(c, ctx)
            ]
    for child in noun.children:
        if child.dep_ == "acl":
            partners += partners_of(child, ctx, prepositions)
    if (
        carrier is not None
        and noun.dep_ == "pobj"
        and lex.verb_kind(carrier.lemma_)
        and carrier.lemma_ not in lex.weak_verbs
        and not _visit_for_talks(carrier, partners, ctx, lex)
    ):
        return []  # 'During his trip, X met Y': the verb's own frame tells the event
    if carrier is not None and not (owners and noun.dep_ == "pobj"):
        # 'X was seen leaving after Y's meetings with Z': a possessor owns the event, and
        # the subject of a verb the event noun only dates takes no part in it
        owners += subjects_of(carrier, ctx)
        joined = {"with", "between", "alongside"}
        if carrier.lemma_ in lex.giving_verbs:
            joined.add("to")  # 'gave a tour of the residence to X'
            partners += [
                p for c in carrier.children if c.dep_ == "dative" for p in people_of(c, ctx)
            ]
        partners += partners_of(carrier, ctx, frozenset(joined))
        if not partners:
            partners = _partners_past_a_place(carrier, ctx) or _partners_past_a_place(noun, ctx)
    previous = ctx.previous_subject
    if (
        not owners
        and len(partners) == 1
        and previous is not None
        and _only_named(partners, ctx)
        and _reported_by_a_thing(carrier)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    ):
        # 'This announcement came during a meeting with X': the one who spoke before
        owners = [previous]
    if not partners and not owners:
        return []
    if not owners and carrier is not None and (unnamed := _unnamed_subject(carrier, noun)):
        # 'The top diplomat also had a meeting with A and B': A and B met the subject, not
        # each other; a definite description is the one the last sentence was about
        previous = ctx.previous_subject
        if not _is_definite_one(unnamed) or previous is None or previous in partners:
            return []
        owners = [previous]
    if kind is ClaimKind.VISIT and not partners:
        return []  # 'his visit' says where someone went, told by a verb frame if at all
    mode = _mode(noun, kind, lex, carrier)
    anchor = carrier if carrier is not None else noun
    return _frames(anchor, mode, owners, partners, ctx, lex, trigger=noun)


def _unnamed_subject(carrier: Token, noun: Token) -> Token | None:
    """The carrier verb's own subject, when it is not the event noun and names no one
    ('The top diplomat had a meeting with ...'); none for 'between' partners, who meet
    each other."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return None
    return next(
        (
            c
            for c in carrier.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i != noun.i and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _is_definite_one(token: Token) -> bool:
    """'the top diplomat': a singular common noun after 'the'."""
    return token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


PLACE_PREPOSITIONS = frozenset({"around", "in", "at", "on", "through", "across", "inside"})


def _partners_past_a_place(word: Token, ctx: Context) -> list[int]:
    """'took a walk around the lawn with X', 'met in Tehran with X': a 'with' partner the
    parser hung on the place phrase rather than on the event word."""
    found: list[int] = []
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS:
            for place in prep.children:
                if place.dep_ == "pobj" and ctx.people.mention_at(ctx.sentence, place.i) is None:
                    found += partners_of(place, ctx, frozenset({"with", "alongside"}))
    return found


def _visit_for_talks(verb: Token, partners: list[int], ctx: Context, lex: FrameLexicon) -> bool:
    """'X arrived in Tehran for talks with Y' / 'visited the palace for a conversation
    with Y': a visit verb naming no one visited, whose purpose is a meeting with someone."""
    if lex.verb_kind(verb.lemma_) is not ClaimKind.VISIT or not partners:
        return False
    return not any(c.dep_ == "dobj" and people_of(c, ctx) for c in verb.children)


def _reported_by_a_thing(carrier: Token | None) -> bool:
    """The carrier's subject is a thing said or done ('this announcement', 'the visit'),
    not a person or a pronoun."""
    if carrier is None:
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN" and c.ent_type_ == ""
        for c in carrier.children
    )


def _only_named(people: list[int], ctx: Context) -> bool:
    """True when the sentence names no one but `people`."""
    named = {m.person for m in ctx.people.by_sentence.get(ctx.sentence, [])}
    return named <= set(people)


def _accompanies(prep: Token, lex: FrameLexicon) -> bool:
    if prep.lower_ == "alongside":
        return True
    return prep.lower_ == "with" and any(
        c.lower_ in {"along", "together"} for c in (*prep.children, prep.doc[prep.i - 1])
    )


def _accompany_frames(prep: Token, ctx: Context) -> list[Frame]:
    """'X, alongside Y, said' / 'X, along with Y, met Z': Y was with X."""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head if verb.head.pos_ in {"VERB", "AUX"} else verb
    lex = load_frames()
    if lex.verb_kind(verb.lemma_) or not (
        verb.lemma_ in lex.report_verbs or verb.lemma_ in lex.light_verbs
    ):
        return []  # an event verb's own frame takes the companion; 'entered along with
    subjects = subjects_of(verb, ctx)
    partners = partners_of(verb, ctx, frozenset({prep.lower_})) or people_of(prep, ctx)
    partners = partners or objects_of_preposition(prep, ctx)
    return _frames(verb, ClaimKind.MEETING, subjects, partners, ctx, lex, trigger=prep)


def _mode(
    word: Token, kind: ClaimKind, lex: FrameLexicon, carrier: Token | None = None
) -> ClaimKind:
    """A call when a call word stands in the frame ('talks by phone', 'phone call')."""
    if kind is ClaimKind.CALL:
        return kind
    near = [*word.children, *(carrier.children if carrier is not None else ())]
    for child in near:
        words = [child, *child.children]
        if any(w.lemma_.lower() in lex.call_words or w.lower_ in lex.call_words for w in words):
            return ClaimKind.CALL
    doc = word.doc
    lo, hi = max(0, word.i - 3), min(len(doc), word.i + 2)
    if any(doc[k].lower_ in {"phone", "telephone", "video"} for k in range(lo, hi)):
        return ClaimKind.CALL
    return kind


def _frames(
    anchor: Token,
    kind: ClaimKind,
    subjects: list[int],
    objects: list[int],
    ctx: Context,
    lex: FrameLexicon,
    trigger: Token | None = None,
    visit_alone: bool = False,
) -> list[Frame]:
    word = trigger if trigger is not None else anchor
    status = _status(word, anchor, lex)
    if status is None:
        return []
    subjects = list(dict.fromkeys(subjects))
    at_side = _at_ones_side(anchor, ctx)
    named = list(dict.fromkeys(objects))
    objects = [o for o in named if o not in subjects and o not in at_side]
    if len(subjects) == 1:
        # 'X walked up the stairs with his wife Y': family at one's side, not a counterpart
        objects = [o for o in objects if not _is_kin(o, subjects[0], anchor.doc, ctx)]
    if named and not objects:
        return []  # the partner is a subject or family: no meeting among the subjects
    subjects, kin_s = _couples(subjects, ctx)
    objects, kin_o = _couples(objects, ctx) if subjects else (objects, [])
    clause = _clause(anchor)
    sentence = ctx.sentence
    companions = [c for c in _companions(anchor, ctx) if c not in subjects and c not in objects]
    companions += kin_s + kin_o + [c for c in at_side if c not in subjects]
    if subjects and objects:
        return [
            Frame(kind, sentence, word.i, s, [o], status, clause, also=companions)
            for s in subjects
            for o in objects
        ]
    people = subjects or objects
    if len(people) >= 2:
        return [
            Frame(kind, sentence, word.i, people[0], people[1:], status, clause, also=companions)
        ]
    if visit_alone and len(subjects) == 1:
        return [Frame(ClaimKind.VISIT, sentence, word.i, subjects[0], [], status, clause)]
    return []


def _couples(people: list[int], ctx: Context) -> tuple[list[int], list[int]]:
    """People coordinated on one side of an event who share a surname ('Ivo and Mara
    Lind met Tom and Anna Rask'): a family that goes as one; the first named is the party,
    the others come with them. Names with particles ('bin', 'Al') share dynasty names, not
    households, and are left apart."""
    parties: list[int] = []
    family: list[int] = []
    seen: set[str] = set()
    for key in people:
        person = ctx.people.people.get(key)
        words = person.words if person else ()
        surname = words[-1] if len(words) >= 2 and not set(words) & PARTICLES else None
        if surname is not None and surname in seen:
            family.append(key)
            continue
        if surname is not None:
            seen.add(surname)
        parties.append(key)
    return parties, family


def _is_kin(person: int, of: int, doc: Doc, ctx: Context) -> bool:
    """`person` is named in this sentence as a relative of `of` ('his wife Y', 'X's
    son-in-law, Y', 'wife Y')."""
    relations = load_lexicon().relation_nouns
    for mention in ctx.people.by_sentence.get(ctx.sentence, []):
        if mention.person != person:
            continue
        k = mention.first - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 0 or doc[k].lower_ not in relations:
            continue
        owners = [c for c in doc[k].children if c.dep_ == "poss"]
        if k > 0 and doc[k - 1].dep_ == "poss":
            owners.append(doc[k - 1])
        for owner in owners:
            named = ctx.people.mention_at(ctx.sentence, owner.i)
            if (named is not None and named.person == of) or owner.lower_ in {"his", "her"}:
                return True
        if not owners:
            return True  # 'with wife Y'
    return False


def _names_the_pair(token: Token) -> bool:
    """'the pair', 'the two leaders', 'they', 'both': the people of the event just told."""
    if token.lower_ in {"they", "both"}:
        return True
    if token.lower_ in {"pair", "duo", "couple"}:
        return True
    return token.tag_ == "NNS" and any(c.lower_ in {"two", "both"} for c in token.children)


def _is_told_event(noun: Token, lex: FrameLexicon) -> bool:
    """'the meeting', 'the session', 'the talks': an event the article has told, named by
    a definite noun phrase with no name of its own."""
    if _noun_kind(noun, lex) is None and noun.lemma_ != "session":
        return False
    children = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children)
    return definite and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children)


def _at_ones_side(anchor: Token, ctx: Context) -> list[int]:
    """'X will meet Y with Z at his side' / 'with Z by her side': Z came with X, no
    partner of X's."""
    found: list[int] = []
    for prep in anchor.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "with" or not _in_clause_of(prep, anchor):
            continue
        sides = [
            t
            for t in prep.subtree
            if t.lower_ == "side" and t.head.lower_ in {"at", "by"} and t.head.i != prep.i
        ]
        if any(c.dep_ == "poss" for side in sides for c in side.children):
            found.extend(objects_of_preposition(prep, ctx))
    return found


MAX_CLAUSE_STEPS = 6
"""Steps up the tree from a word to the event word it belongs to."""


def _in_clause_of(token: Token, anchor: Token) -> bool:
    """No other verb stands between the token and the anchor in the tree."""
    node = token.head
    for _ in range(MAX_CLAUSE_STEPS):
        if node.i == anchor.i:
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _companions(anchor: Token, ctx: Context) -> list[int]:
    """'Accompanied by X, Y met Z' / 'Y, accompanied by X, met Z': X was there too."""
    found: list[int] = []
    words = [anchor, *(c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"})]
    for word in words:
        for child in word.children:
            if child.lemma_ == "accompany" and child.dep_ in {"advcl", "acl", "relcl"}:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        found.extend(objects_of_preposition(agent, ctx))
    return found


def _status(word: Token, anchor: Token, lex: FrameLexicon) -> bool | None:
    """None for a frame that did not happen; else whether it is planned."""
    planned = False
    for node in {word, anchor}:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return None
            if child.dep_ in {"aux", "amod"} and child.lemma_.lower() in lex.planned_heads:
                planned = True
    node = anchor
    reported = False
    for _ in range(MAX_ANCESTORS):
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in lex.report_verbs:
            reported = True
        if lemma in lex.denial_heads:
            return None
        if not reported and (lemma in lex.planned_heads or node.lower_ in lex.planned_heads):
            planned = True
        if not reported and any(
            c.dep_ == "aux" and c.lemma_.lower() in lex.planned_heads for c in node.children
        ):
            planned = True
    return planned


def _clause(anchor: Token) -> tuple[int, int]:
    """Token range of the anchor's own clause: its subtree without nested clauses."""
    first, last = anchor.i, anchor.i
    for child in anchor.children:
        if (child.dep_ in CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}) or child.dep_ in {
            "punct",
            "cc",
        }:
            continue  # a final full stop would stretch the clause over the clauses before it
        first = min(first, child.left_edge.i)
        last = max(last, child.right_edge.i)
    return first, last


def _distinct(frames: list[Frame]) -> list[Frame]:
    """One frame per set of people and kind in a sentence (a verb and its noun both tell it)."""
    seen: set[tuple[frozenset[int], bool]] = set()
    out = []
    for frame in frames:
        key = (frozenset([frame.who, *frame.met]), frame.kind is ClaimKind.CALL)
        if key in seen:
            continue
        seen.add(key)
        out.append(frame)
    return out
