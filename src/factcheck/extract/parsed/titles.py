"""Rank, office and country of a named person, read from the parse around the name.

A title stands before the name ('Iran's Defence Minister Brig. Gen. X'), in an apposition
after it ('X, Iran's foreign minister,'), or the name is the apposition of a title
('Iran's newly appointed Foreign Minister, X'). The lexicon reads the words found there
(roles.parse_title); 'his Iranian counterpart X' is marked so that the event can lend X
its subject's office.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factcheck.extract.parsed.names import NameSpan, title_words
from factcheck.extract.roles import Title, parse_title
from factcheck.extract.tokens import tokenize
from factcheck.lexicon import load_lexicon, phrase_key
from factcheck.offices import is_acronym, singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LINKS = frozenset({"of", "the", "and", "for", "'s", "’s", "-", ".", "&"})
_STOPS = frozenset({",", "who", "which", "that", "(", ")", ";", ":", "—", "–"})
MAX_CHAIN = 12
"""Tokens a title may span: bounds every walk over a sentence."""


@dataclass(frozen=True, slots=True)
class TitleFound:
    """What the words around one name say of the person."""

    title: Title | None
    counterpart: bool = False
    counterpart_country: str | None = None
    plural: bool = False
    """The title is written in the plural ('foreign ministers X and Y'): it names the
    conjuncts of the name too."""


def _is_chain(token: Token) -> bool:
    norm = token.text.lower().replace("’", "'")
    if norm in _LINKS or norm.rstrip(".") in title_words() or singular(norm) in title_words():
        return True
    if is_acronym(token.text):
        return True  # an organisation's acronym qualifies an office: 'FBI Director X'
    parts = norm.replace(".", "").split("-")
    return all(p in title_words() for p in parts if p)


def _is_office_word(token: Token) -> bool:
    """A word of an office's name ('Minister', 'Affairs'), not a link, name or acronym."""
    norm = token.text.lower().replace("’", "'").rstrip(".")
    return norm in title_words() or singular(norm) in title_words()


def _is_courtesy(token: Token) -> bool:
    lex = load_lexicon()
    norm = token.text.lower().rstrip(".")
    return norm in lex.honorifics or norm in lex.given_name_titles


def _read(text: str, start: int, end: int) -> Title | None:
    if end <= start:
        return None
    return parse_title(tokenize(text[start:end], start), text)


_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "RB", "FW", "HYPH"})
"""Tags of words that qualify a title without being office words: 'interim', 'de facto',
'newly appointed', 'visiting'."""


def _is_modifier(token: Token, last: int) -> bool:
    """A qualifying word of the phrase ending at token `last`: it depends on a word after
    it inside the phrase ('Syria's interim President X'), so it never crosses a clause."""
    return token.tag_ in _MODIFIER_TAGS and token.i < token.head.i <= last


def _is_inner(token: Token) -> bool:
    """A proper noun that may stand inside a title without being an office word: the
    organisation or region it names ('Deputy Governor of the Riyadh Region Prince X')."""
    return token.tag_ in {"NNP", "NNPS"} and token.ent_type_ != "PERSON"


def _left_chain(doc: Doc, first: int, last: int | None = None) -> int:
    """Index of the first token of the title written just before token `first` (in the
    phrase that ends at token `last`, by default `first`); an acronym in brackets inside
    it is passed over ('Chief of Army Staff (COAS) General'), and so are words that
    qualify the title ('Syria's interim President', 'the newly appointed Foreign
    Minister')."""
    end = first if last is None else last
    i = first
    while i > 0 and first - i < MAX_CHAIN:
        if doc[i - 1].lower_ == "and" and not (i > 1 and _is_office_word(doc[i - 2])):
            break  # 'King X II and Foreign Minister Y': 'and' joins two people, not titles
        if _is_chain(doc[i - 1]) or _is_modifier(doc[i - 1], end) or _is_inner(doc[i - 1]):
            i -= 1
        elif doc[i - 1].text == ")" and i >= 3 and doc[i - 3].text == "(":
            i -= 3
        else:
            break
    while i < first and (doc[i].text.lower() in _LINKS or not _is_chain(doc[i])):
        i += 1
    return i


def _apposition_range(doc: Doc, head: Token) -> tuple[int, int] | None:
    """Token range [a, b) of an apposition's title words, cut at a comma or clause."""
    a = head.left_edge.i
    b = a
    while b <= head.right_edge.i and b - a < MAX_CHAIN and doc[b].text not in _STOPS:
        if not _is_chain(doc[b]) and b > head.i:
            break
        b += 1
    return (a, b) if b > a else None


def find_title(doc: Doc, name: NameSpan, offset: int, text: str) -> TitleFound:
    """The title of the person named by `name` in `doc` (one sentence at `offset`)."""
    head = doc[name.last]
    found: Title | None = None
    start = _left_chain(doc, name.first, name.last)
    counterpart = plural = False
    if start < name.first:
        chain = doc[start : name.first]
        counterpart = any(t.lower_ == "counterpart" for t in chain)
        plural = any(t.tag_ in {"NNS", "NNPS"} for t in chain)
        end = name.first
        found = _read(text, offset + doc[start].idx, offset + doc[end].idx)
        while (
            found is not None
            and found.office is None
            and end > start + 1
            and _is_courtesy(doc[end - 1])
        ):
            end -= 1  # 'Minister of Defense Prince X': the office stands before the courtesy
            found = _merge(_read(text, offset + doc[start].idx, offset + doc[end].idx), found)
    if found is None or found.office is None:
        for child in _appositions(head):
            if not (name.first <= child.i <= name.last):
                span = _apposition_range(doc, child)
                if span and doc[span[0]].ent_type_ != "PERSON":
                    counterpart = counterpart or any(
                        doc[k].lower_ == "counterpart" for k in range(*span)
                    )
                    found = _merge(found, _span_title(doc, span, offset, text))
                    break
        if head.dep_ == "appos" and head.head.i < name.first:
            title_head = head.head
            a = _left_chain(doc, title_head.i) if _is_chain(title_head) else title_head.i
            if _is_chain(title_head):
                counterpart = counterpart or any(
                    doc[k].lower_ == "counterpart" for k in range(a, title_head.i + 1)
                )
                b = _right_of_head(doc, title_head.i, name.first)
                found = _merge(found, _span_title(doc, (a, b), offset, text))
    if found is None or found.office is None:
        phrase = _before_comma(doc, start)
        if phrase:
            counterpart = counterpart or any(doc[k].lower_ == "counterpart" for k in range(*phrase))
            found = _merge(found, _span_title(doc, phrase, offset, text))
    if found is not None and found.country is None:
        found = replace(found, country=institution_country(text[found.start : found.end]))
    country = found.country if found else None
    return TitleFound(found, counterpart, country if counterpart else None, plural)


def _appositions(head: Token) -> list[Token]:
    """Appositions of a name, and those the parse hangs on an alias the name is 'also
    known as' ('X, also known as Y, the interim president of Z'): the title is X's."""
    found = [c for c in head.children if c.dep_ == "appos"]
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() != "know":
            continue
        for prep in acl.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for alias in prep.children:
                    if alias.dep_ == "pobj":
                        found.extend(c for c in alias.children if c.dep_ == "appos")
    return found


def _right_of_head(doc: Doc, head: int, first: int) -> int:
    """End of a title whose head word is token `head`, before the name at `first`: its
    'of' phrase runs on to the comma ('Iran's joint chief of staff, Gen X')."""
    end = head + 1
    while end < first and doc[end].text not in _STOPS:
        if not (_is_chain(doc[end]) or _is_inner(doc[end])):
            return head + 1
        end += 1
    return end


def _before_comma(doc: Doc, start: int) -> tuple[int, int] | None:
    """Token range of a title written before the name and a comma, which the parse often
    leaves unattached: 'met the Chief of the General Staff of the Armed Forces, General X'.
    It begins with an office word and holds no one's name."""
    comma = start - 1
    if comma > 1 and doc[comma].lower_ == "and":
        comma -= 1  # 'the Chairman of the Council, and former Minister X'
    if comma < 1 or doc[comma].text != ",":
        return None
    i = comma
    while i > 0 and comma - i < 2 * MAX_CHAIN:
        token = doc[i - 1]
        if token.ent_type_ == "PERSON" or token.text in _STOPS:
            break
        if not (_is_chain(token) or _is_inner(token) or token.tag_ in _MODIFIER_TAGS):
            break
        i -= 1
    while i < comma and (doc[i].text.lower() in _LINKS or not _is_chain(doc[i])):
        i += 1
    if i >= comma or doc[i].ent_type_ in {"GPE", "NORP"}:
        return None  # 'Syria's X, Y': a country's person, not a title
    return (i, comma)


def institution_country(phrase: str) -> str | None:
    """The country whose seat or agency a phrase names ('White House press secretary',
    'FBI director', 'Kremlin spokesman'), as ISO alpha-2."""
    institutions = load_lexicon().institutions
    words = phrase_key(phrase)
    for i in range(len(words)):
        for size in range(min(MAX_INSTITUTION, len(words) - i), 0, -1):
            iso = institutions.get(words[i : i + size])
            if iso:
                return iso
    return None


MAX_INSTITUTION = 4
"""Words of the longest institution name."""


def _span_title(doc: Doc, span: tuple[int, int], offset: int, text: str) -> Title | None:
    a, b = span
    return _read(text, offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1].text))


def _merge(first: Title | None, second: Title | None) -> Title | None:
    """Fill what the first title lacks from the second (rank before, office after); the
    role as written is the one that names the office."""
    if first is None or second is None:
        return first or second
    role = second if first.office is None and second.office else first
    role = role if role.role else second
    return Title(
        start=min(first.start, second.start),
        end=max(first.end, second.end),
        rank=first.rank or second.rank,
        rank_span=first.rank_span or second.rank_span,
        role=role.role,
        role_span=role.role_span,
        office=first.office or second.office,
        country=first.country or second.country,
        honorific=first.honorific or second.honorific,
    )
