"""Person names in a parsed sentence: PERSON entities, checked and cut with the lexicons.

The parser's entities find the names; the lexicons decide their edges: a rank, office,
honorific or country word before a name is no part of it ('Defense Minister Prince X'),
name particles are ('bin', 'al-', 'Abdel'), and a proper-noun run right after a title is a
name even where the entity recogniser missed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.lexicon import load_lexicon
from factcheck.names.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PARTICLES = frozenset(
    {"bin", "ibn", "bint", "al", "el", "ul", "abdel", "abdul", "abd", "abu", "bin-", "de", "van"}
)
"""Lower-case words inside Arabic and European names ('Karim bin Nadir', 'Abu Bakr')."""


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A person's name in one sentence: token range [first, last] of the sentence's doc."""

    first: int
    last: int
    start: int
    end: int
    text: str

    @property
    def key(self) -> tuple[str, ...]:
        """Folded words of the name: what in-article coreference compares."""
        return name_key(self.text)


def name_key(text: str) -> tuple[str, ...]:
    """Folded, particle-split words of a name ('Al-Farouki' -> ('al', 'farouki'))."""
    words = fold(text).replace("-", " ").replace("'", " ").split()
    return tuple(w for w in words if w)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that can stand in a title before a name and are never part of it."""
    lex = load_lexicon()
    words = set(lex.chain_words) | set(lex.honorifics) | set(lex.given_name_titles)
    words |= set(lex.office_head_words)
    for key in (*lex.ranks, *lex.countries, *lex.demonyms):
        words.update(key)
    words -= PARTICLES
    return frozenset(words)


def _norm(token: Token) -> str:
    return token.text.lower().replace(".", "").replace("’", "'")


def is_title(token: Token) -> bool:
    """A rank, office, honorific or country word: part of a title, never of a name."""
    norm = _norm(token)
    if norm in title_words():
        return True
    parts = norm.split("-")
    return len(parts) > 1 and all(p in title_words() for p in parts)


def _is_name_word(token: Token) -> bool:
    """A capitalised word (or a particle) that may be part of a person's name."""
    text = token.text
    if _norm(token) in PARTICLES or text.lower().startswith(("al-", "el-")):
        return True
    return text[:1].isupper() and any(c.isalpha() for c in text) and not is_title(token)


def find_names(doc: Doc, offset: int) -> list[NameSpan]:
    """Names of people in `doc` (one sentence), left to right, spans shifted by `offset`."""
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in _person_entities(doc):
        for first, last in _split(doc, start, end - 1):
            cut = _trim(doc, first, last)
            if cut:
                found.append(cut)
                taken.update(range(cut[0], cut[1] + 1))
    for first, last in _after_titles(doc, taken):
        found.append((first, last))
    for first, last in _given_name_runs(doc, taken):
        found.append((first, last))
    spans = []
    for first, last in sorted(set(found)):
        start = offset + doc[first].idx
        end = offset + doc[last].idx + len(doc[last].text)
        text = doc[first : last + 1].text
        if _plausible(doc, first, last):
            spans.append(NameSpan(first, last, start, end, text))
    return spans


def _person_entities(doc: Doc) -> list[tuple[int, int]]:
    """PERSON entities as token ranges; two touching across a stray apostrophe or hyphen
    before a particle are one name ("Nadim Rafi' Al Farouki")."""
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if found:
            start, end = found[-1]
            gap = [doc[i].text for i in range(end, ent.start)]
            if all(g in {"'", "’", "-"} for g in gap) and _norm(doc[ent.start]) in PARTICLES:
                found[-1] = (start, ent.end)
                continue
        found.append((ent.start, ent.end))
    return found


def _split(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """An entity holding 'A and B' or a comma is two names; so is one where a given name
    follows a full name with nothing between ('Anna Berg Tom Lind' in a caption)."""
    given = load_lexicon().given_names
    parts: list[tuple[int, int]] = []
    begin = first
    for i in range(first, last + 1):
        if doc[i].text in {",", "and", "&", ";", "/"}:
            if i > begin:
                parts.append((begin, i - 1))
            begin = i + 1
        elif (
            i > begin + 1
            and _norm(doc[i]) in given
            and _norm(doc[begin]) in given
            and _norm(doc[i - 1]) not in given
            and _norm(doc[i - 1]) not in PARTICLES
            and i < last
        ):
            parts.append((begin, i - 1))
            begin = i
    if begin <= last:
        parts.append((begin, last))
    return parts


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Cut titles and possessives off the edges; grow over particles and name words the
    recogniser left out ('Karim bin' + 'Nadir')."""
    while first <= last and (
        (not _is_name_word(doc[first]) and _norm(doc[first]) not in load_lexicon().name_part_titles)
        or _is_shouted(doc[first])
    ):
        first += 1
    while last >= first and (
        doc[last].text in {"'s", "’s", "'", "-"}
        or is_title(doc[last])
        or _is_shouted(doc[last])
        or doc[last].tag_ in {"RB", "VBD", "VBZ"}  # 'X Previously', a caption run on
        or _norm(doc[last]) in load_lexicon().clause_openers
    ):
        last -= 1
    while first <= last and _norm(doc[first]) in PARTICLES and _norm(doc[first]) != "abu":
        first += 1  # a name does not start with 'bin'
    if first > last:
        return None
    while last + 1 < len(doc) and _extends(doc, last + 1):
        last += 1
    while last >= first and _norm(doc[last]) in PARTICLES:
        last -= 1
    return (first, last) if last >= first else None


def _is_shouted(token: Token) -> bool:
    """A word in capitals ('GETTY', 'TEHRAN'): a credit or a dateline, not part of a name."""
    text = token.text
    return len(text) >= 3 and text.isalpha() and text.isupper()


def _extends(doc: Doc, i: int) -> bool:
    """Whether token i continues the name before it: a particle followed by a name word,
    or a capitalised proper noun the parser joins to the name."""
    token = doc[i]
    if _norm(token) in PARTICLES:
        return i + 1 < len(doc) and _is_name_word(doc[i + 1])
    if token.ent_type_ and token.ent_type_ != "PERSON":
        return False
    prev = doc[i - 1]
    if _norm(prev) in PARTICLES:
        return _is_name_word(token)
    # 'President Sayyed Karim Nadiri' with the entity ending at 'Karim': a proper
    # noun of no entity that a given name before it modifies is the name's last word
    return (
        not token.ent_type_
        and _norm(prev) in load_lexicon().given_names
        and token.tag_ == "NNP"
        and prev.dep_ == "compound"
        and prev.head.i == token.i
        and _is_name_word(token)
        and not is_place_word(token)
    )


def _after_titles(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """A proper-noun run right after a title word is a name the recogniser missed
    ('Defense Minister Karam Ostadi' tagged as an organisation)."""
    out = []
    i = 0
    while i < len(doc):
        if i in taken or not (is_title(doc[i]) and doc[i].text[:1].isupper()):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and doc[j].tag_ in {"NNP", "NNPS"}:
            if not _is_name_word(doc[j]) or doc[j].ent_type_ in {"GPE", "NORP", "DATE"}:
                break
            j += 1
        if j > i + 1 and (j >= len(doc) or j in taken or doc[j].tag_ not in {"NNP", "NNPS"}):
            cut = _trim(doc, i + 1, j - 1)
            if cut and (j >= len(doc) or j not in taken):
                out.append(cut)
                taken.update(range(cut[0], cut[1] + 1))
        i = j
    return out


def is_place_word(token: Token) -> bool:
    """A country, demonym or city of the lexicon."""
    lex = load_lexicon()
    key = (_norm(token),)
    return key in lex.countries or key in lex.demonyms or key in lex.cities


def _given_name_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """A proper-noun run of two words or more opening with a common given name is a
    person's name, whatever label the recogniser gave it ('Mohammad Nadim al-Farouki')."""
    given = load_lexicon().given_names
    out = []
    i = 0
    while i < len(doc):
        if i in taken or _norm(doc[i]) not in given or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j not in taken
            and (
                (doc[j].tag_ in {"NNP", "NNPS"} and _is_name_word(doc[j]))
                or (doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].tag_ == "NNP")
            )
        ):
            j += 1
        cut = _trim(doc, i, j - 1) if j > i + 1 else None
        if cut and cut[1] > cut[0]:
            out.append(cut)
            taken.update(range(cut[0], cut[1] + 1))
        i = max(j, i + 1)
    return out


def _given_and_person(doc: Doc, first: int, last: int) -> bool:
    """A common given name, then a word the recogniser holds part of the same person's
    name: a surname that is also a common word or a month ('Anna May', 'Tom Rice')."""
    return (
        last > first
        and _norm(doc[first]) in load_lexicon().given_names
        and doc[last].ent_type_ == "PERSON"
    )


def _plausible(doc: Doc, first: int, last: int) -> bool:
    """Reject what only looks like a name: lower-case words, places, and lexicon words."""
    lex = load_lexicon()
    words = [doc[i] for i in range(first, last + 1)]
    if not any(w.text[:1].isupper() for w in words):
        return False
    key = tuple(_norm(w) for w in words)
    if key in lex.countries or key in lex.demonyms or key in lex.cities:
        return False
    if all(_norm(w) in lex.stop_words or is_title(w) for w in words):
        return False
    if (
        first == last
        and first > 0
        and _norm(words[0]) in lex.venue_heads
        and doc[first - 1].text[:1].isupper()
    ):
        return False  # 'South Lawn', 'West Wing': the tail of a venue's name
    if _norm(words[-1]) in lex.stop_words and not _given_and_person(doc, first, last):
        return False  # 'Free Trade Agreement', 'Secret Service': an institution
    inner = words[1:-1]
    if any(w.like_num for w in words) or not (words[0].is_alpha or "-" in words[0].text):
        return False
    return all(w.text in {"-", "'", "’"} or any(c.isalpha() for c in w.text) for w in inner)
