"""Names the entity recogniser missed, found from the article's other names and the parse.

A capitalised word that is the surname (or lone given name) of someone the article names
elsewhere is a mention of them; a word the small model gave no person label that twice
fills a person's slot, or stands coordinated with a name, is a name of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extract.parsed.lexicon import load_frames
from factcheck.extract.parsed.names import NameSpan, is_place_word, is_title, name_key
from factcheck.lexicon import load_lexicon
from factcheck.names.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.extract.parsed.people import ArticlePeople


def known_words(found: ArticlePeople) -> frozenset[str]:
    """Words that name one of the article's people alone: surnames, and given names only
    one of them has."""
    surnames = {p.words[-1] for p in found.people.values() if len(p.words[-1]) > 2}
    given: dict[str, int] = {}
    for person in found.people.values():
        if len(person.words) > 1:
            given[person.words[0]] = given.get(person.words[0], 0) + 1
    surnames |= {word for word, count in given.items() if count == 1 and len(word) > 2}
    return frozenset(surnames)


MIN_SLOT_USES = 2
"""Times a word the recogniser missed must fill a person's slot to count as a name."""
SLOT_TAGS = frozenset({"NNP", "NN"})
"""Tags of a surname the recogniser missed (a sentence's first word is often NN)."""


def slot_words(docs: list[Doc], found: ArticlePeople) -> frozenset[str]:
    """Single capitalised words the recogniser gave no entity that the article uses at
    least twice as the subject of a saying or meeting verb, or as the one met ('Ostadi
    said', 'X welcomed Ostadi', 'was invited by Ostadi'): names, the small model's misses
    of unfamiliar surnames."""
    frames = load_frames()
    verbs = frames.report_verbs | frames.meeting_verbs | frames.visit_verbs | frames.call_verbs
    lex = load_lexicon()
    uses: dict[str, int] = {}
    for index, doc in enumerate(docs):
        for token in doc:
            if (
                token.ent_type_ not in {"", "GPE"}  # the small model calls some surnames places
                or token.tag_ not in SLOT_TAGS
                or not token.is_alpha
                or not token.text[:1].isupper()
                or token.text.isupper()
                or (index, token.i) in found.at_token
                or any(c.dep_ in {"det", "poss", "compound", "amod"} for c in token.children)
            ):
                continue
            head = token.head
            weight = 1
            if _joined_to_a_name(token, index, found):
                weight = MIN_SLOT_USES  # 'X and Prince Y met': one of the two people
            elif token.dep_ == "pobj" and head.dep_ == "agent":
                head = head.head
            elif token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                continue
            if weight == 1 and (head.lemma_ not in verbs or head.pos_ not in {"VERB", "AUX"}):
                continue
            word = fold(token.text)
            if word in lex.stop_words or word in lex.function_words or is_place_word(token):
                continue
            if is_title(token):
                continue
            uses[word] = uses.get(word, 0) + weight
    return frozenset(w for w, n in uses.items() if n >= MIN_SLOT_USES)


def _joined_to_a_name(token: Token, index: int, found: ArticlePeople) -> bool:
    """The token is coordinated with a person's name ('X and Prince Y', 'Y and X')."""
    if token.dep_ == "conj" and (index, token.head.i) in found.at_token:
        return True
    return any(c.dep_ == "conj" and (index, c.i) in found.at_token for c in token.children)


def known_names(
    found: ArticlePeople, surnames: frozenset[str], doc: Doc, index: int, offset: int
) -> list[NameSpan]:
    """Capitalised words the recogniser left out that are the name words of someone the
    article names elsewhere ('Ostadi, a relative moderate, met ...')."""
    spans = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if (index, i) in found.at_token or not token.text[:1].isupper():
            i += 1
            continue
        words = name_key(token.text)
        if not words or words[-1] not in surnames or is_place_word(token):
            i += 1
            continue
        if _is_month(doc, i):
            i += 1
            continue
        start = offset + token.idx
        spans.append(NameSpan(i, i, start, start + len(token.text), token.text))
        i += 1
    return spans


def _is_month(doc: Doc, i: int) -> bool:
    """A surname that is also a month, written as the month: part of a longer date ('May
    5'), or after a preposition or determiner ('in May', 'last May'), unless a title
    stands before it ('Ms May') or a possessive after it ('May's office')."""
    token = doc[i]
    if token.ent_type_ != "DATE" or (i > 0 and is_title(doc[i - 1])):
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in {"'s", "’s"}:
        return False
    longer = (i > 0 and doc[i - 1].ent_type_ == "DATE") or (
        i + 1 < len(doc) and doc[i + 1].ent_type_ == "DATE"
    )
    return longer or (i > 0 and doc[i - 1].pos_ in {"ADP", "DET", "ADJ"})
