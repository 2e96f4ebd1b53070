"""What people say: who speaks in a sentence, and the stances they voice.

A speaker is the subject of a reporting verb ('X said', 'said X') or of a verb addressing
someone ('X congratulated Y'), or the owner of what is said ('X's letter', 'X's remarks').
A stance is a support or opposition word with its target: the object of 'supports',
'condemned' ('condemned the Israeli aggression'), the object of 'support for' /
'solidarity with', or the noun phrase of an offence word ('Israeli crimes'). Its holder is
the stance verb's own subject, else the speaker of the reporting verb above it, else the
sentence's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.parsed.arguments import (
    Context,
    objects_of_preposition,
    people_of,
    subjects_of,
)
from factcheck.extract.parsed.lexicon import load_frames
from factcheck.extract.roles import find_country
from factcheck.extract.tokens import tokenize
from factcheck.lexicon import load_lexicon
from factcheck.model import Polarity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_HOLDER_STEPS = 12
"""Steps up the tree from a stance word to the verb whose subject holds it."""
MAX_TARGET = 10
"""Tokens a stance target may span."""


@dataclass(frozen=True, slots=True)
class Voice:
    """A person speaking in one sentence."""

    person: int
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StanceFound:
    """A stance voiced in one sentence; offsets are article characters."""

    holder: int
    target: str
    polarity: Polarity
    sentence: int
    start: int
    end: int


def find_voices(doc: Doc, ctx: Context, offset: int) -> list[Voice]:
    """Speakers of one sentence, each once."""
    lex = load_frames()
    speech_nouns = load_lexicon().verbs["speech_nouns"]
    found: dict[int, Voice] = {}
    speakers: list[int] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in lex.report_verbs or lemma in lex.address_verbs):
            # 'X congratulated Y', 'X thanked Y': X speaks (to Y)
            speakers.extend(subjects_of(token, ctx))
        elif token.lower_ == "to" and token.head.lower_ == "according":
            speakers.extend(objects_of_preposition(token, ctx))  # 'according to X'
        elif token.pos_ == "NOUN" and token.lower_ in speech_nouns:
            for owner in token.children:
                if owner.dep_ == "poss" and not _split_name(owner, ctx):
                    speakers.extend(people_of(owner, ctx))  # 'X's letter': X speaks
    end = offset + doc[-1].idx + len(doc[-1].text) if len(doc) else offset
    for person in speakers:
        found.setdefault(person, Voice(person, ctx.sentence, offset, end))
    return list(found.values())


def _split_name(token: Token, ctx: Context) -> bool:
    """The person named at `token` has a name read in two pieces somewhere ('[Director
    Ann ] Lund'): an editor's bracket cut it, and the pieces are no name to speak under."""
    here = ctx.people.mention_at(ctx.sentence, token.i)
    if here is None:
        return False
    theirs = [m for m in ctx.people.mentions if m.person == here.person]
    return any(
        a.sentence == b.sentence and b.first - 2 <= a.last < b.first for a in theirs for b in theirs
    )


def find_stances(doc: Doc, ctx: Context, offset: int, speakers: list[int]) -> list[StanceFound]:
    """Stances voiced in one sentence whose holder is a known person."""
    lex = load_lexicon()
    verbs = lex.verbs
    support_verbs, oppose_verbs = verbs["support_verbs"], verbs["oppose_verbs"]
    support_nouns, oppose_nouns = verbs["support_nouns"], verbs["oppose_nouns"]
    out: list[StanceFound] = []
    for token in doc:
        lower = token.lower_
        target: tuple[int, int] | None = None
        polarity: Polarity | None = None
        appealed = _appealed_to(token) if token.pos_ == "VERB" else None
        if appealed is not None:
            polarity, target = Polarity.OPPOSE, appealed  # 'called on X to halt ...'
        elif token.pos_ == "VERB" and (lower in support_verbs or lower in oppose_verbs):
            polarity = Polarity.SUPPORT if lower in support_verbs else Polarity.OPPOSE
            target = _object_range(token)
        elif token.pos_ == "NOUN" and lower in support_nouns:
            polarity = Polarity.SUPPORT
            target = (
                _preposition_range(token, ("for", "to", "with"))
                or _preposition_range(token, ("of",))
                or _verb_preposition_range(token)
            )
        elif token.pos_ == "NOUN" and lower in oppose_nouns:
            polarity = Polarity.OPPOSE
            own = ("of", "by") if lower in verbs["victim_nouns"] else ("of", "by", "against")
            target = _preposition_range(token, own) or _described(token)
            target = target or (token.left_edge.i, token.i + 1)
        if polarity is None or target is None:
            continue
        if token.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in verbs["collective_adjectives"] for c in token.children
        ):
            continue  # 'international support for X': the support of others
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and token.pos_ == "NOUN":
            owned = people_of(owner, ctx)  # 'Syria's support for X' is Syria's, no person's
            holder = owned[0] if owned else None
            if holder is None and token.dep_ in {"dobj", "pobj"} and _is_country(owner):
                holder = _holder(token, ctx, speakers)  # 'X reaffirmed Iran's support for Y'
        else:
            holder = _holder(token, ctx, speakers)
        if holder is None:
            continue
        a, b = target
        words = doc[a:b]
        if not _is_named(words.text):
            continue  # 'the violence', 'those affected': no one is named
        start, end = offset + words[0].idx, offset + words[-1].idx + len(words[-1].text)
        out.append(StanceFound(holder, words.text, polarity, ctx.sentence, start, end))
    return out


def _is_country(token: Token) -> bool:
    """A country named by its name or demonym ('Iran' in 'Iran's support')."""
    return find_country(tokenize(token.text)) is not None


def _described(noun: Token) -> tuple[int, int] | None:
    """'X highlighted the presence of Y as a violation': the object of the verb that an
    offence word describes through 'as' is what the holder opposes."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return None
    for child in prep.head.children:
        if child.dep_ == "dobj":
            a, b = _cut(child, child.left_edge.i)
            if _is_named(child.doc[a:b].text):
                return a, b
    return None


def _is_named(phrase: str) -> bool:
    """A target names someone: a proper noun, a country word, or a known alias."""
    tokens = tokenize(phrase)
    lex = load_lexicon()
    lowered = " ".join(t.norm for t in tokens)
    if any(alias in lowered for alias in lex.target_aliases) or find_country(tokens):
        return True
    return any(t.is_capitalised and t.is_word and t.norm not in lex.function_words for t in tokens)


def _cut(token: Token, first: int) -> tuple[int, int]:
    """Range from `first` to the end of `token`'s phrase, cut at a clause word."""
    stops = load_lexicon().verbs["target_cut"]
    doc = token.doc
    end = first
    last = token.right_edge.i
    while end <= last and end - first < MAX_TARGET:
        if end > token.i and doc[end].lower_ in stops | {",", ";", "."}:
            break
        end += 1
    return first, end


def _object_range(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"}:
            return _cut(child, child.left_edge.i)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "for"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _cut(obj, obj.left_edge.i)
    return None


def _appealed_to(verb: Token) -> tuple[int, int] | None:
    """'X called on Y to halt its attacks', 'urged Y to stop': an appeal to cease opposes
    the one appealed to (the object of the appeal verb, or of its 'on')."""
    lex = load_lexicon().verbs
    if verb.lower_ not in lex["appeal_verbs"]:
        return None
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["cease_verbs"] for c in verb.children):
        return None
    for child in verb.children:
        objects = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ == "on":
            objects = [c for c in child.children if c.dep_ == "pobj"]
        for obj in objects:
            a, b = _cut(obj, obj.left_edge.i)
            if _is_named(obj.doc[a:b].text):
                return a, b
    return None


def _verb_preposition_range(noun: Token) -> tuple[int, int] | None:
    """'expressed solidarity with X': the parse often hangs the noun's 'with' / 'for' on
    the verb whose object the noun is; that object is the noun's target."""
    if noun.dep_ != "dobj":
        return None
    for child in noun.head.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "for", "to"} and child.i > noun.i:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    a, b = _cut(obj, obj.left_edge.i)
                    if _is_named(obj.doc[a:b].text):
                        return a, b
    return None


def _preposition_range(noun: Token, prepositions: tuple[str, ...]) -> tuple[int, int] | None:
    """The object of the first of `prepositions` (in their order) the noun governs, directly
    or through a participle ('crimes committed by X')."""
    children = list(noun.children)
    for child in children:
        if child.dep_ == "acl":
            children.extend(child.children)
    for preposition in prepositions:
        for child in children:
            if child.dep_ in {"prep", "agent"} and child.lower_ == preposition:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    a, b = _cut(obj, obj.left_edge.i)
                    if _is_named(obj.doc[a:b].text):
                        return a, b
    return None


def _holder(token: Token, ctx: Context, speakers: list[int]) -> int | None:
    node = token
    for _ in range(MAX_HOLDER_STEPS):
        if node.pos_ in {"VERB", "AUX"}:
            found = subjects_of(node, ctx)
            if found:
                return found[0]
        if node.head.i == node.i:
            break
        node = node.head
    return speakers[0] if speakers else None
