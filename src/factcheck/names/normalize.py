"""Name folding: case, accents, titles, particles and romanisation variants reduced away.

Three levels, each cached per token: `fold` (ASCII, lower case), `skeleton` (romanisation
rules from data: 'qasemi' and 'ghasemi' agree) and `coarse_key` (consonants only, k/q/g and
s/z merged: 'tawfiq' and 'taufik' agree). A token may also be compared by further keys:
its `stems` (a prefix written glued to it taken off) and its `alternative_skeleton` (letters
romanised two ways read the other way). `parse_name` drops titles before a name, joins
compounds ('Abd al-', 'al-Din', 'Allah') and keeps initials.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from operator import itemgetter
from typing import Any

from factcheck.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("factcheck.data").joinpath("transliteration.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """Name particles such as al-, bin, ibn, ould."""
    return frozenset(_data()["particles"])


@lru_cache(maxsize=1)
def _patronymics() -> frozenset[str]:
    return frozenset(_data()["patronymic_particles"])


@lru_cache(maxsize=65536)
def names_a_father(name: str) -> bool:
    """True when the given name is followed by 'bin', 'ibn', 'ould'...: what comes after
    names the father, which brothers share ('Karim bin Nadir', 'Samir bin Nadir')."""
    tokens = parse_name(name)
    if len(tokens) < 2:
        return False
    words = _words(name)
    for i, word in enumerate(words[:-1]):
        if word == tokens[0]:
            return words[i + 1] in _patronymics()
    return False


@lru_cache(maxsize=65536)
def fathers_named(name: str) -> frozenset[str]:
    """The words a name gives as a father's name, after 'bin', 'ibn', 'ould'...: given
    names ('Karim bin Nadir' -> {'nadir'})."""
    words = _words(name)
    return frozenset(b for a, b in pairwise(words) if a in _patronymics())


@lru_cache(maxsize=65536)
def ends_in_a_father(name: str) -> bool:
    """True when the last word follows 'bin', 'ibn', 'ould'...: the name ends in a father's
    (or grandfather's) name, and gives no family name ('Karim bin Nadir bin Tamim')."""
    words = _words(name)
    return len(words) > 2 and words[-2] in _patronymics()


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset({w for key in lex.ranks for w in key} | lex.honorifics | lex.chain_words)


@lru_cache(maxsize=1)
def _dropped_words() -> frozenset[str]:
    """Honorifics and particles: words a name is compared without."""
    return _honorifics() | particles()


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return load_lexicon().honorifics


@lru_cache(maxsize=1)
def _compound() -> re.Pattern[str]:
    prefixes = "|".join(sorted(_data()["compound_prefixes"], key=len, reverse=True))
    return re.compile(rf"^(?:{prefixes})")


_ASCII_FOLD = {
    i: (chr(i).lower() if chr(i).isalpha() else None if chr(i) in "'`" else " ") for i in range(128)
}
"""ASCII letters lower-cased, apostrophes dropped, everything else a space."""

_APOSTROPHES = re.compile(r"['’`ʿʾ]")
_NON_LETTERS = re.compile(r"[^a-z]+")
_AFTER_ABD = re.compile(r"^(?:[aeiou]l|[aeiou](?=(.)\1)|[aeiou])")


def _words(text: str) -> list[str]:
    """Lower-case ASCII words: accents dropped, hyphens and apostrophes removed."""
    if text.isascii():  # the common case: one C-level pass
        return text.translate(_ASCII_FOLD).split()
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    ascii_text = _APOSTROPHES.sub("", ascii_text)
    return _NON_LETTERS.sub(" ", ascii_text).split()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII letters and spaces: accents dropped, hyphens and apostrophes removed."""
    return " ".join(_words(text))


@lru_cache(maxsize=65536)
def fold_token(text: str) -> str:
    """One written name token folded, particles dropped: 'al-Rashidi' -> 'rashidi'."""
    parts = [p for p in fold(text).split() if p not in particles()]
    return "".join(parts) or fold(text).replace(" ", "")


def parse_name(name: str) -> tuple[str, ...]:
    """Folded tokens of a personal name without titles, ranks or particles, with compound
    names joined: 'Maj. Gen. Karim Abd al-Rashid' -> ('karim', 'abdrashid')."""
    title_words = _title_words()
    tokens = _words(name)
    if len(tokens) > 1 and tokens[0] in title_words:
        given = load_lexicon().given_names
        start = 0  # 'Maj Gen', 'Foreign Minister' lead a name; 'Sultan' may be one
        while start < len(tokens) - 1 and tokens[start] in title_words:
            if tokens[start] in given or (start and len(tokens[start]) == 1):
                break  # a given name, or an initial after a title ('Haji M. Qasemi')
            start += 1
        tokens = tokens[start:]
        after_title = start > 0
    else:
        after_title = False
    dropped = _dropped_words()
    kept = tokens if dropped.isdisjoint(tokens) else _without_titles(tokens, dropped, after_title)
    if not kept:  # 'Sheikh', 'Al': a name of nothing else keeps what it has
        honorifics = _honorifics()
        kept = [t for t in tokens if t not in honorifics] or tokens  # 'Abu Omar Sheikh Omar'
        kept = [t for t in kept if t not in particles()] or kept
    if not _generations().isdisjoint(kept):  # 'Jr.', 'II': which of a family, not a name
        kept = [t for t in kept if t not in _generations()] or kept
    if not _suffix_words().isdisjoint(kept):
        kept = _join_suffixes(kept)
    if name.isascii() and "abd" not in name.lower() and "'" not in name and "`" not in name:
        return tuple(kept)  # every compound starts 'abd' once folded; most names have none
    return tuple(_join_compounds(kept))


def _join_suffixes(tokens: list[str]) -> list[str]:
    """'Nour al-Din', 'Kamal ud Din' and 'Fath Allah' are one name each, as 'Nouruddin',
    'Kamaluddin' and 'Fathallah' are: a suffix word joins the word before it (and the
    linking syllable between them)."""
    suffixes, links = _suffix_words(), _suffix_links()
    out: list[str] = []
    for token in tokens:
        if token in suffixes and out and out[-1] not in links:
            out[-1] += token
        elif token in suffixes and len(out) > 1:
            link = out.pop()
            out[-1] += link + token
        else:
            out.append(token)
    return out


@lru_cache(maxsize=1)
def _generations() -> frozenset[str]:
    return frozenset(_data()["generations"])


@lru_cache(maxsize=1)
def _suffix_words() -> frozenset[str]:
    return frozenset(_data()["compound_suffixes"])


@lru_cache(maxsize=1)
def _suffix_links() -> frozenset[str]:
    return frozenset(_data()["suffix_links"])


def _without_titles(tokens: list[str], dropped: frozenset[str], after_title: bool) -> list[str]:
    """Tokens without particles, and without honorifics where honorifics stand: before the
    name. After a name word an honorific is a name ('Omar Sayed', 'Karim Nasser Haji'),
    except where one initial would be ('Haji M. Qasemi': 'M.' is no Monsieur there)."""
    honorifics = _honorifics()
    out: list[str] = []
    for k, token in enumerate(tokens):
        if token in honorifics:
            # a title before the name; an initial only as the first word
            if out or (len(token) == 1 and (k > 0 or after_title)):
                out.append(token)
        elif token not in dropped:
            out.append(token)
    return out


# parse_name, memoised: the same names recur across articles and pairs
name_tokens = lru_cache(maxsize=65536)(parse_name)


def _join_compounds(tokens: list[str]) -> list[str]:
    """'abdul rahman' and 'abdurrahman' -> 'abdrahman'; a lone 'abd' joins the next word."""
    if "abd" not in " ".join(tokens):
        return tokens  # every compound prefix starts so; most names have none
    prefix = _compound()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        bare = prefix.fullmatch(token) is not None
        if bare and i + 1 < len(tokens):
            out.append("abd" + tokens[i + 1])
            i += 2
            continue
        m = prefix.match(token)
        if m and len(token) > m.end() + 1:
            rest = token[3:]
            out.append("abd" + _AFTER_ABD.sub("", rest))
        else:
            out.append(token)
        i += 1
    return out


def make_skeleton(token: str) -> str:
    """A romanisation-insensitive key of one folded token: 'qasimi' and 'ghasemi' -> 'gasimi'.

    Doubled letters are single before the rules too, so that a geminate never changes
    which rule applies ('tawwab' and 'tawab' -> 'tavab')."""
    out = _DOUBLED.sub(_FIRST_GROUP, token)
    changed = False  # whether a rule may have made letters doubled again
    if out[-1:] in _final_letters():
        for ending, replacement in _final_rules():
            if out.endswith(ending) and len(out) > len(ending) + 1:
                out = out[: -len(ending)] + replacement
                changed = True
                break
    for pattern, replacement in _rules_for(len(token)):
        if pattern in out:
            out = out.replace(pattern, replacement)
            changed = True
    return _DOUBLED.sub(_FIRST_GROUP, out) if changed else out


# make_skeleton, memoised
skeleton = lru_cache(maxsize=65536)(make_skeleton)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str, int], ...]:
    """(pattern, replacement, shortest token it applies to): a rule may be for longer
    tokens only ('zaid' ~ 'zeid', but 'lai' is no 'li')."""
    return tuple((rule[0], rule[1], rule[2] if len(rule) > 2 else 0) for rule in _data()["rules"])


@lru_cache(maxsize=64)
def _rules_for(length: int) -> tuple[tuple[str, str], ...]:
    """The rules, in order, that apply to a token of this length."""
    return tuple((a, b) for a, b, shortest in _rules() if length >= shortest)


@lru_cache(maxsize=1)
def _final_letters() -> frozenset[str]:
    return frozenset(ending[-1] for ending, _ in _final_rules())


@lru_cache(maxsize=1)
def _final_rules() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _data()["final_rules"])


_DOUBLED = re.compile(r"(.)\1+")
_FIRST_GROUP = itemgetter(1)
"""Replacement for `_DOUBLED`: a callable, three times faster than a template string."""
_NO_VOWELS = str.maketrans("", "", "aeiou")


def may_have_keys(token: str) -> bool:
    """Whether a folded token may have a stem or a second reading (one regex search: most
    tokens have neither)."""
    return _keyed_pattern().search(token) is not None


@lru_cache(maxsize=1)
def _keyed_pattern() -> re.Pattern[str]:
    return re.compile(f"{_glued_prefix().pattern}|^abd.{{3}}|{_alternative_pattern().pattern}")


def has_alternative(token: str) -> bool:
    """Whether a folded token holds letters romanised two ways ('dh'; the first letter of
    a syllable-short name, voiced or not: 'jong' and 'chong', 'bok' and 'pok')."""
    return _alternative_pattern().search(token) is not None


_SYLLABLE = 4
"""Letters of a token that may be one syllable romanised with its first consonant voiced or
not, that consonant counted as one letter ('chong' as 'jong')."""


def _initial_alternative(token: str) -> str | None:
    """A syllable-short token with its first consonant read the other way, or None."""
    if len(token) > _SYLLABLE + 1:
        return None
    for start, replacement in _initial_alternatives():
        if token.startswith(start) and len(token) - len(start) < _SYLLABLE:
            return replacement + token[len(start) :]
    return None


@lru_cache(maxsize=1)
def _initial_alternatives() -> tuple[tuple[str, str], ...]:
    pairs = [(a, b) for a, b in _data()["initial_alternatives"]]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@lru_cache(maxsize=1)
def _alternative_pattern() -> re.Pattern[str]:
    """Any letters of 'alternatives', or a syllable-short token starting as one of
    'initial_alternatives' does."""
    inner = [re.escape(pattern) for pattern, _ in _data()["alternatives"]]
    starts = "|".join(re.escape(start) for start, _ in _initial_alternatives())
    inner.append(rf"^(?:{starts})[a-z]{{0,{_SYLLABLE - 1}}}$")
    return re.compile("|".join(inner))


@lru_cache(maxsize=65536)
def alternative_skeleton(token: str) -> str:
    """The skeleton under the second reading of ambiguous letters ('kadhafi' -> 'kadafi')."""
    out = _initial_alternative(token) or token
    for pattern, replacement in _data()["alternatives"]:
        out = out.replace(pattern, replacement)
    return skeleton(out)


@lru_cache(maxsize=65536)
def coarse_key(token: str) -> str:
    """Consonant key of a folded token, k/q/g, s/z, d/dh merged: 'tawfiq' ~ 'taufik' -> 'atfk'."""
    out = token
    for pattern, replacement in _data()["coarse"]:
        out = out.replace(pattern, replacement)
    if not out:
        return out
    first = "a" if out[0] in "aeiou" else out[0]
    return _DOUBLED.sub(_FIRST_GROUP, first + out[1:].translate(_NO_VOWELS))


@lru_cache(maxsize=65536)
def stems(token: str) -> tuple[str, ...]:
    """What a folded token is once a prefix written glued to it is taken off: 'abd'
    ('abdrahman' -> 'rahman'), a particle or a title ('alhusseini' -> 'husseini',
    'seyedolhusseini' -> 'husseini'); the stem keeps at least four letters."""
    if token.startswith("abd") and len(token) > 5:
        return (token[3:],)
    m = _glued_prefix().match(token)
    return (token[m.end() :],) if m else ()


@lru_cache(maxsize=1)
def _glued_prefix() -> re.Pattern[str]:
    """A glued prefix, then a linking particle if any, each leaving four letters or more."""
    prefixes = "|".join(sorted(_data()["glued_prefixes"], key=len, reverse=True))
    links = "|".join(sorted(_data()["glued_links"], key=len, reverse=True))
    return re.compile(rf"^(?:{prefixes})(?:(?:{links})(?=.{{4}}))?(?=.{{4}})")
