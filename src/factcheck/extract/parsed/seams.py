"""Seams between run-on captions that no full stop marks, found on a first parse.

Scraped news pastes photo captions onto the text with no full stop between them ('... met
with Senator Anna Berg Lind flew to ...'), and a sentence splitter cannot see where one ends
without knowing which capitalised words are names. The first parse knows: where one
person's name ends and the next begins with no word between ('Anna Berg' then 'Lind', both
surnames the article gives in full elsewhere), or a surname runs into a title and a name
that is the subject of a verb ('... of Lind Vice President Tom Rask also had ...'), English
has started a new sentence. The piece is cut there and its parts are parsed again.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from factcheck.extract.parsed.names import is_place_word, is_title
from factcheck.lexicon import load_lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

_PROPER = frozenset({"NNP", "NNPS"})


def article_surnames(docs: Iterable[Doc]) -> frozenset[str]:
    """Last words of the person names the recogniser found in two words or more (not a
    title or place word: 'Vellish Defence' is no name)."""
    found: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            last = ent[-1]
            if (
                ent.label_ == "PERSON"
                and len(ent) >= 2
                and _is_cap_word(last)
                and not is_title(last)
                and not is_place_word(last)
            ):
                found.add(last.text)
    return frozenset(found)


def find_seams(doc: Doc, surnames: frozenset[str]) -> list[int]:
    """Character offsets into `doc`'s text where a new sentence starts unmarked."""
    if len(surnames) < 2:
        return []
    person_starts = {ent.start for ent in doc.ents if ent.label_ == "PERSON"}
    given = load_lexicon().given_names
    seams: list[int] = []
    for k in range(2, len(doc)):
        before, token = doc[k - 1], doc[k]
        if (k in person_starts and _plural_noun_then_named_subjects(doc, k, person_starts)) or (
            (k in person_starts or token.lower_ in given) and _picture_count(doc, k)
        ):
            seams.append(token.idx)
            continue
        if before.text not in surnames or not _is_cap_word(before):
            continue
        if _full_name_then_surname(doc, k, surnames) or _surname_then_titled_subject(
            doc, k, person_starts
        ):
            seams.append(token.idx)
    return seams


def _is_cap_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _full_name_then_surname(doc: Doc, k: int, surnames: frozenset[str]) -> bool:
    """'... Anna Berg Lind flew': a full name, then another person's surname."""
    token, before = doc[k], doc[k - 1]
    return (
        token.text in surnames
        and token.text != before.text
        and _is_cap_word(token)
        and token.tag_ in _PROPER
        and token.ent_iob_ != "I"  # the recogniser reads one name on: 'Anna Karim Haddad'
        and _is_cap_word(doc[k - 2])
        and doc[k - 2].tag_ in _PROPER
        and not is_title(doc[k - 2])  # 'Minister Karim Haddad': a surname as given name
    )


def _surname_then_titled_subject(doc: Doc, k: int, person_starts: set[int]) -> bool:
    """'... of Lind Vice President Tom Rask also had': a surname, then a title and a name
    that a verb follows (a subject: the title is not the surname's modifier)."""
    m = k
    while m < len(doc) and (
        (is_title(doc[m]) and doc[m].text[:1].isupper())
        or (m > k and doc[m].text in {"-", "elect"})
    ):
        m += 1
    if m == k or m not in person_starts:
        return False
    end = m + 1
    while end < len(doc) and (
        doc[end].ent_iob_ == "I" or (doc[end].tag_ in _PROPER and _is_cap_word(doc[end]))
    ):
        end += 1
    while end < len(doc) and doc[end].tag_ == "RB":
        end += 1
    return end < len(doc) and (doc[end].tag_.startswith("VB") or doc[end].tag_ == "MD")


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _plural_noun_then_named_subjects(doc: Doc, k: int, person_starts: set[int]) -> bool:
    """'... spoke to reporters Anna Berg and Tom Lind had lunch': a plural noun, then
    names (joined by 'and') that a finite verb follows. A role noun before a name is
    singular ('aide Anna Berg'); a plural one ends its clause."""
    if doc[k - 1].tag_ != "NNS" or not doc[k - 1].is_lower:
        return False
    if not any(t.tag_ in _FINITE for t in doc[: k - 1]):
        return False  # no clause before: 'Fellow senators Anna Berg and ...' is a subject
    end = k
    while end < len(doc) and (
        end in person_starts
        or doc[end].ent_iob_ == "I"
        or doc[end].lower_ == "and"
        or (doc[end].tag_ in _PROPER and _is_cap_word(doc[end]))
    ):
        end += 1
    return end < len(doc) and doc[end].tag_ in _FINITE and doc[end - 1].lower_ != "and"


_MONTHS = frozenset(
    name.lower() for name in (*calendar.month_name, *calendar.month_abbr, "Sept") if name
)


def _picture_count(doc: Doc, k: int) -> bool:
    """'... Getty Images 18 Anna Berg smiles': a gallery's photo credit and picture count
    before a name close one caption (a month and its day do not)."""
    count, credit = doc[k - 1], doc[k - 2]
    return (
        count.text.isdigit()
        and len(count.text) <= 3
        and _is_cap_word(credit)
        and credit.lower_ not in _MONTHS
    )


def cut_at(start: int, end: int, seams: list[int]) -> list[tuple[int, int]]:
    """[start, end) cut at the seams (offsets relative to `start`)."""
    parts: list[tuple[int, int]] = []
    begin = start
    for seam in sorted(seams):
        if start + seam > begin:
            parts.append((begin, start + seam))
            begin = start + seam
    parts.append((begin, end))
    return parts
