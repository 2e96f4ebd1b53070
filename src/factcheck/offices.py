"""Offices: a role as written ('Minister of Defence') normalised to a key (defense_minister),
its label, and which keys are one office ('president' and 'president_elect').

Shared by extraction, reconciliation and the reference table loader.
"""

from __future__ import annotations

import re

from factcheck.lexicon import load_lexicon

_PAST = frozenset({"former", "ex", "late", "then", "previous", "onetime", "erstwhile"})


def is_acronym(text: str) -> bool:
    """True for an organisation acronym such as FBI or F.B.I."""
    letters = text.replace(".", "")
    if is_regnal_number(letters):
        return False
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


_ROMAN = re.compile(r"I{2,3}|IV|VI{0,3}|IX|XI{0,3}")


def is_regnal_number(text: str) -> bool:
    """True for a Roman numeral after a monarch's name ('King Nadir II'), II to XIII."""
    return _ROMAN.fullmatch(text) is not None


def singular(word: str) -> str:
    """The singular of a plural office word ('ministers', 'secretaries'); other words as
    they are."""
    chain = load_lexicon().chain_words
    if word.endswith("ies") and word[:-3] + "y" in chain:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in chain:
        return word[:-1]
    return word


def _head_words(role: str) -> frozenset[str]:
    """The words of a role before its first 'of' when they name an office ('Director' in
    'Director of the Office of the Supreme Leader'); empty otherwise."""
    lex = load_lexicon()
    before, of, _ = role.lower().replace("defence", "defense").partition(" of ")
    if not of:
        return frozenset()
    words = {singular(w) for w in before.replace("-", " ").replace(".", "").split()}
    return frozenset(words) if words & lex.office_head_words else frozenset()


def office_key(role: str | None) -> str | None:
    """Normalise an office as written to a short key ('Minister of Defence' -> defense_minister).

    Returns None when the role names no known office (e.g. a bare 'Minister') or an office
    no longer held ('former secretary of state').
    """
    if not role:
        return None
    lex = load_lexicon()
    words = set(
        role.lower()
        .replace("defence", "defense")
        .replace("-", " ")
        .replace(".", "")
        .replace("’", "'")
        .split()
    )
    if words & _PAST:
        return None
    words |= {singular(w) for w in words}  # 'their foreign ministers X and Y'
    head = _head_words(role)
    for rule in lex.office_rules:
        if rule.words <= words and (not head or rule.words & head):
            deputy = words & lex.deputy_words
            if deputy and rule.key not in {"vice_president", "vice_president_elect"}:
                return "deputy_" + rule.key
            organisation = _organisation(role)
            if organisation and rule.key in lex.organisation_qualified_offices:
                return f"{organisation}_{rule.key}"
            return rule.key
    return None


def _organisation(role: str) -> str | None:
    """An organisation acronym in a role ('FBI director' -> 'fbi'), not a country code."""
    lex = load_lexicon()
    for word in role.replace("-", " ").split():
        letters = word.replace(".", "")
        if is_acronym(word) and (letters.lower(),) not in lex.countries:
            return letters.lower()
    return None


def offices_compatible(a: str, b: str) -> bool:
    """True for one office, an office and its '-elect' ('president' / 'president_elect'), or
    an office and a kind of it ('press_secretary' / 'spokesperson')."""
    a, b = a.removesuffix("_elect"), b.removesuffix("_elect")
    broader = load_lexicon().office_broader
    return a == b or broader.get(a) == b or broader.get(b) == a


def office_label(key: str) -> str:
    """Human label of an office key ('defense_minister' -> 'defense minister')."""
    return load_lexicon().office_labels.get(key, key.replace("_", " "))
