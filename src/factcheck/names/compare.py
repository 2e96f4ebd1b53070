"""Same-person decisions on two names: tokens aligned in any order, with the deciding rule.

Tokens of both names are aligned one-to-one in tiers, best evidence first: equal spelling,
equal skeleton, then similarity among what is left, initials with names they may stand
for (half a token), then adjacent tokens joined ('Dolat Abadi' ~ 'Dowlatabadi'), also
where one of them alone matched less well. The score rewards covering the shorter name
and, less, the longer one. Structural rules cap the score below the threshold:

- fewer than two tokens agree ('Hamed Berg' ~ 'Hadi Berg': only the surname);
- the family names (last tokens) do not take part ('Anna Berg Moss' ~ 'Anna Berg Lund');
- one name's family name agrees only with the other's first token: a given name that is
  another person's surname ('Karim Haddad' ~ 'Yusuf Karim');
- the given names disagree and both names go on 'bin' (the father's name): brothers
  ('Karim bin Nadir Al Tamimi' ~ 'Samir bin Nadir').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from factcheck.names import normalize
from factcheck.names.normalize import (
    alternative_skeleton,
    coarse_key,
    ends_in_a_father,
    has_alternative,
    make_skeleton,
    may_have_keys,
    names_a_father,
    parse_name,
    skeleton,
    stems,
)

jaro_winkler = JaroWinkler.similarity

DEFAULT_THRESHOLD = 0.6
"""Scores at or above this are the same person. Chosen on labelled OFAC pairs: below it,
names that share only a given name or a surname start to pass."""

TOKEN_MATCH = 0.88
"""Two tokens agree at or above this similarity."""

FAMILY_MATCH = 0.8
"""Two family names (last tokens) left over by the alignment still agree at this similarity."""

FAMILY_BONUS = 0.05
"""Added when the two family names align with each other: the strongest single evidence."""

_OTHER_START = 0.79
"""Most a token pair starting with consonants no rule merges may score: below TOKEN_MATCH."""

_VOWELS = frozenset("aeiou")

_CAPPED = 0.5
"""Score of a pair that fails a structural rule, whatever its token agreement."""

_SCREEN = 0.79
"""Jaro-Winkler cutoff of the cheap screens: below token_similarity's 0.8 so that a value
rapidfuzz rounds either way at the boundary is never screened out."""


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A comparison of two names: score in [0, 1], the decision, and the deciding rule."""

    score: float
    same: bool
    reason: str


@lru_cache(maxsize=262144)
def token_similarity(a: str, b: str) -> float:
    """Similarity of two folded tokens in [0, 1]; symmetric.

    1.0 equal; 0.97 same skeleton ('qasemi'/'ghasemi'); 0.92 same consonant key with close
    skeletons ('taufik'/'tawfiq'); 0.9 one is the other with a prefix glued ('abd', 'al',
    a title: see normalize.stems); 0.88 an abbreviation
    ending like its full form ('mohd'/'mohammad'); else Jaro-Winkler on skeletons, which for
    tokens of three letters or fewer counts only when nearly equal ('yon' is not 'yong').
    """
    if a == b:
        return 1.0
    if a > b:
        a, b = b, a
    sa, shape_a, _ = _token_facts(a)
    sb, shape_b, _ = _token_facts(b)
    if sa == sb:
        return 0.97
    jw: float = jaro_winkler(sa, sb)
    liftable = (shape_a | shape_b) & _LIFTABLE  # a stem or a second reading to compare
    second = 0.0  # similarity under the second reading of ambiguous letters, same start
    if liftable and jw < 0.9 and (has_alternative(a) or has_alternative(b)):
        alt_a, alt_b = alternative_skeleton(a), alternative_skeleton(b)
        if alt_a[:1] == alt_b[:1]:
            second = jaro_winkler(alt_a, alt_b)
        jw = max(jw, jaro_winkler(alt_a, alt_b))
    shortest = min(len(a), len(b))
    stems_a, stems_b = (stems(a), stems(b)) if liftable else ((), ())
    compound = bool(stems_a or stems_b)
    if jw < 0.8 and not compound and (shortest > 4 or a[0] != b[0]):
        return jw  # no rule below can lift it to a match
    if jw >= 0.8 and shortest >= 4 and coarse_key(a) == coarse_key(b):
        return 0.92
    if compound:  # 'abdrahman' ~ 'rahman', 'alhusseini' ~ 'husseini' ~ 'seyedhusseini'
        for stem in stems_a:
            if any(token_similarity(stem, part) >= 0.92 for part in (b, *stems_b)):
                return 0.9
        for stem in stems_b:
            if token_similarity(stem, a) >= 0.92:
                return 0.9
    if min(len(sa), len(sb)) <= 3 and jw < 0.95:
        jw = min(jw, 0.8)
    if (
        sa[0] != sb[0]
        and a[0] not in _VOWELS
        and b[0] not in _VOWELS
        and coarse_key(a)[0] != coarse_key(b)[0]
        and not compound
    ):
        # two consonants apart at the start: Jaro-Winkler forgives what no romanisation
        # does ('myong' and 'yong', 'rendon' and 'yandun' are other names)
        jw = max(min(jw, _OTHER_START), second)
    if _is_abbreviation(a, b) or _is_abbreviation(b, a):
        jw = max(jw, TOKEN_MATCH)
    return jw


def _is_abbreviation(short: str, full: str) -> bool:
    if len(short) > 4 or len(full) < len(short) + 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    letters = iter(full)
    return all(c in letters for c in short)


Profile = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[tuple[str, ...], ...]]
"""A name prepared for comparison: its folded tokens, their skeletons, their shapes (bit
flags) and the further keys a rule of token_similarity may compare them by."""

_SHORT, _LIFTABLE, _INITIAL = 1, 2, 4
"""Token shape flags: four letters or fewer (it may be an abbreviation); a glued prefix or
a 'dh' (compared also by its stem or its second reading); one letter (an initial)."""

_ONE_LETTER = _SHORT | _INITIAL
"""The shape of every one-letter token (never liftable: stems and 'dh' need more)."""

INITIAL_MATCH = 0.5
"""Coverage of an initial aligned with a name it may stand for ('M.' ~ 'Mohammed'): it
counts as agreeing, but for half a token on each side."""


@lru_cache(maxsize=65536)
def _profile(name: str) -> Profile:
    tokens = parse_name(name)  # not name_tokens: this cache holds the name already
    if not tokens:
        return tokens, (), (), ()
    skeletons, shapes, keys = zip(*map(_token_facts, tokens), strict=True)
    return tokens, skeletons, shapes, keys


@lru_cache(maxsize=65536)
def _token_facts(token: str) -> tuple[str, int, tuple[str, ...]]:
    """(skeleton, shape, keys) of one token; keys are every skeleton a rule of
    token_similarity compares it by: its own, its second reading, its stems'."""
    own = make_skeleton(token)  # this cache holds it: no second one
    shape = (_SHORT | _INITIAL) if len(token) == 1 else _SHORT if len(token) <= 4 else 0
    if not may_have_keys(token):
        return own, shape, (own,)  # the common case: compared by its skeleton alone
    compound = stems(token)
    second = has_alternative(token)
    if not compound and not second:
        return own, shape, (own,)  # the common case: compared by its skeleton alone
    keys = [own]
    if second:
        keys.append(alternative_skeleton(token))
    for stem in compound:
        keys.append(skeleton(stem))
        if has_alternative(stem):
            keys.append(alternative_skeleton(stem))
    if len(keys) > 1:
        shape |= _LIFTABLE
    return own, shape, tuple(dict.fromkeys(keys))


def _may_abbreviate(a: str, b: str) -> bool:
    """Whether one token may be an abbreviation of the other ('mohd' of 'mohammad'): the
    only rule that lifts a short token whose skeleton is not close."""
    return a[0] == b[0] and a[-1] == b[-1] and abs(len(a) - len(b)) >= 2


def _lifted(keys_a: tuple[str, ...], keys_b: tuple[str, ...]) -> bool:
    """Whether a further key of one token is close to any key of the other (the two own
    skeletons, first of each, were screened already)."""
    own_a = keys_a[0]
    for y in keys_b[1:]:
        if jaro_winkler(own_a, y, score_cutoff=_SCREEN):
            return True
    for x in keys_a[1:]:
        for y in keys_b:
            if jaro_winkler(x, y, score_cutoff=_SCREEN):
                return True
    return False


Alignment = tuple[list[int], list[int], float, float, float, bool]
"""(b index of each a token, a index of each b token, -1 when free; similarity-weighted
tokens covered in a, in b; similarity of the two family names when both were left to the
similarity tier, else 0; whether any token pair was matched across skeletons)."""

_FREE = -1


def _align(a: Profile, b: Profile) -> Alignment:
    """One-to-one alignment in tiers, best evidence first: equal spelling, equal skeleton,
    then similarity among the tokens left."""
    ta, sa, shapes_a, keys_a = a
    tb, sb, shapes_b, keys_b = b
    nb = len(tb)
    to_b = [_FREE] * len(ta)
    to_a = [_FREE] * nb
    cover = 0.0
    free_a: list[int] = []
    for i, k in enumerate(sa):  # equal skeleton (equal spelling has one too), first free
        if k in sb:
            for j in range(sb.index(k), nb):
                if sb[j] == k and to_a[j] < 0:
                    to_b[i] = j
                    to_a[j] = i
                    cover += 1.0 if ta[i] == tb[j] else 0.97
                    break
            else:
                free_a.append(i)
        else:
            free_a.append(i)
    if not free_a or _FREE not in to_a:
        return to_b, to_a, cover, cover, 0.0, False
    last_a, last_b = len(ta) - 1, nb - 1
    family = 0.0  # stays 0 when the screen drops the family names: they are surely apart
    free_b = [j for j in range(nb) if to_a[j] < 0]
    scored = []
    for i in free_a:
        t, k, shape = ta[i], sa[i], shapes_a[i]
        for j in free_b:
            # a C-level screen: only close skeletons or keys, or a short token that may
            # abbreviate the other, go on to token_similarity
            other = shapes_b[j]
            if not (
                jaro_winkler(k, sb[j], score_cutoff=_SCREEN)
                or ((shape | other) & _SHORT and _may_abbreviate(t, tb[j]))
                or ((shape | other) & _LIFTABLE and _lifted(keys_a[i], keys_b[j]))
            ):
                continue
            u = tb[j]
            sim = token_similarity(t, u)
            if sim >= TOKEN_MATCH:
                scored.append((-sim, i, j))
            if i == last_a and j == last_b:
                family = sim
    cover_a = cover_b = cover
    loose = bool(scored)
    if scored:
        scored.sort()
        for neg, i, j in scored:
            if to_b[i] < 0 and to_a[j] < 0:
                to_b[i] = j
                to_a[j] = i
                cover_a -= neg
                cover_b -= neg
    if _ONE_LETTER in shapes_a or _ONE_LETTER in shapes_b:  # a C-level test: rare
        gained = _initials(ta, tb, to_b, to_a) + _initials(tb, ta, to_a, to_b)
        cover_a += gained
        cover_b += gained
    return to_b, to_a, cover_a, cover_b, family, loose


def _initials(
    mine: tuple[str, ...], other: tuple[str, ...], own: list[int], theirs: list[int]
) -> float:
    """Free initials of one name aligned, in order, with free names of the other that start
    with them ('Samir H. A. Touma' ~ 'Samir Hadi Anwar Touma'). Returns the
    coverage gained on each side."""
    gained = 0.0
    j = 0
    for i, token in enumerate(mine):
        if len(token) != 1 or own[i] >= 0:
            continue
        for k in range(j, len(other)):
            if theirs[k] < 0 and len(other[k]) > 1 and other[k][0] == token:
                own[i], theirs[k] = k, i
                gained += INITIAL_MATCH
                j = k + 1
                break
    return gained


def _glued(pa: Profile, pb: Profile, base: Alignment) -> Alignment | None:
    """A copy of `base` where adjacent tokens are also joined ('Dolat Abadi' ~
    'Dowlatabadi'), or None when no join matches."""
    to_b, to_a = base[0][:], base[1][:]
    gained_a, gained_b = _join(pa, pb, to_b, to_a, base[5])
    if not gained_a:
        return None
    return to_b, to_a, base[2] + gained_a, base[3] + gained_b, base[4], True


def _join(
    pa: Profile, pb: Profile, to_b: list[int], to_a: list[int], loose: bool
) -> tuple[float, float]:
    """'Dolat Abadi' ~ 'Dowlatabadi': adjacent tokens of one name glued and matched to one
    token of the other, free or already matched to one of them less well ('Tavakoli Niya'
    ~ 'Tavakkolinia', where 'tavakoli' alone is close). Returns the coverage gained."""
    gained_a = gained_b = 0.0
    for mine, other, keys, their_keys, own, theirs, flipped in (
        (pa[0], pb[0], pa[1], pb[1], to_b, to_a, False),
        (pb[0], pa[0], pb[1], pa[1], to_a, to_b, True),
    ):
        if _FREE not in own:
            continue  # every token here is matched: nothing left to glue
        mine_gain = their_gain = 0.0
        if own.count(_FREE) >= 2 and _FREE in theirs:
            mine_gain, their_gain = _join_free(mine, other, own, theirs)
        if loose:  # some token matched across skeletons: glued, it may match better
            weak = [i for i, j in enumerate(own) if j >= 0 and keys[i] != their_keys[j]]
            for i in weak:
                if _FREE not in own or own.count(own[i]) > 1:
                    continue  # nothing free left, or this partner was glued already
                gains = _join_partner(mine, other, own, theirs, i)
                mine_gain, their_gain = mine_gain + gains[0], their_gain + gains[1]
        if flipped:
            gained_a, gained_b = gained_a + their_gain, gained_b + mine_gain
        else:
            gained_a, gained_b = gained_a + mine_gain, gained_b + their_gain
    return gained_a, gained_b


def _join_free(
    mine: tuple[str, ...], other: tuple[str, ...], own: list[int], theirs: list[int]
) -> tuple[float, float]:
    """Free adjacent tokens of `mine` glued and matched to one free token of `other`."""
    gained_mine = gained_other = 0.0
    # a glued match keeps its first letter ('dolatabadi'): only starts some free token
    # of the other name shares are worth gluing
    firsts = {other[j][0] for j in range(len(other)) if theirs[j] < 0}
    for size in (2, 3):
        for start in range(len(mine) - size + 1):
            if mine[start][0] not in firsts or max(own[start : start + size]) >= 0:
                continue
            glued = "".join(mine[start : start + size])
            for j in range(len(other)):
                target = other[j]
                if theirs[j] >= 0 or target[0] != glued[0]:
                    continue
                if not 0.7 <= len(target) / len(glued) <= 1.4:
                    continue
                sim = token_similarity(glued, target)
                if sim >= TOKEN_MATCH:
                    own[start : start + size] = [j] * size
                    theirs[j] = start
                    gained_mine, gained_other = gained_mine + sim * size, gained_other + sim
                    break
    return gained_mine, gained_other


def _join_partner(
    mine: tuple[str, ...], other: tuple[str, ...], own: list[int], theirs: list[int], i: int
) -> tuple[float, float]:
    """Token i of `mine`, matched across skeletons, glued with free neighbours when the
    glued form matches its partner better. Returns the coverage gained on each side."""
    j = own[i]
    target = other[j]
    longest, shortest = len(target) / 0.7, len(target) / 1.4
    old = token_similarity(mine[i], target)
    for size in (2, 3):
        for start in range(max(0, i - size + 1), min(i, len(mine) - size) + 1):
            run = own[start : start + size]
            if run.count(_FREE) != size - 1 or mine[start][0] != target[0]:
                continue
            length = sum(map(len, mine[start : start + size]))
            if not shortest <= length <= longest:
                continue
            sim = token_similarity("".join(mine[start : start + size]), target)
            if sim >= TOKEN_MATCH and sim > old:
                own[start : start + size] = [j] * size
                theirs[j] = start
                return sim * size - old, sim - old
    return 0.0, 0.0


def match_names(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> NameMatch:
    """Compare two personal names; symmetric, deterministic, case-, accent- and title-blind.

    A name of one token (a surname alone) is the same only as that one token: whether it is
    the surname of a fuller name is for context to decide (see reconcile.identity).
    """
    pa, pb = _profile(a), _profile(b)
    ta, tb = pa[0], pb[0]
    if not ta or not tb:
        return NameMatch(0.0, False, "empty name")
    if ta == tb:
        return NameMatch(1.0, True, "same spelling")
    if len(ta) > len(tb) or (len(ta) == len(tb) and ta > tb):
        pa, pb, ta, tb = pb, pa, tb, ta
    if len(ta) == 1:
        return _single(ta[0], tb, threshold)
    base = _align(pa, pb)
    chain = ends_in_a_father(a) or ends_in_a_father(b)
    match = _decide(base, threshold, chain)
    if match.same and _brothers(a, b, base):
        return NameMatch(min(match.score, _CAPPED), False, "given names differ, one father")
    to_b, to_a = base[0], base[1]
    # gluing helps only a name that already agrees somewhere and has tokens left on both
    # sides: alone, one glued match cannot make two tokens agree on both sides
    if match.same or _FREE not in to_b or _FREE not in to_a or to_b.count(_FREE) == len(ta):
        return match
    glued = _glued(pa, pb, base)
    if glued is None:
        return match
    match = _decide(glued, threshold, chain)
    if match.same and _brothers(a, b, glued):
        return NameMatch(min(match.score, _CAPPED), False, "given names differ, one father")
    return match


def _brothers(a: str, b: str, alignment: Alignment) -> bool:
    """Two names of one father's sons: the given names disagree and both names go on
    'bin' / 'ibn' / 'ould' (the father's name), which is all they share."""
    return alignment[0][0] < 0 and alignment[1][0] < 0 and names_a_father(a) and names_a_father(b)


def _decide(alignment: Alignment, threshold: float, chain: bool = False) -> NameMatch:
    """The decision on an alignment; `chain` when a name ends in a father's or
    grandfather's name ('bin Tamim'), not a family name."""
    to_b, to_a, covered_a, covered_b, family_sim, _ = alignment
    na, nb = len(to_b), len(to_a)
    if to_b[-1] < 0 and to_a[-1] < 0 and family_sim >= FAMILY_MATCH and to_b[0] == 0:
        # family names the alignment left over still agree when similar: 'Dib' ~ 'Dibe'
        to_b, to_a = to_b[:], to_a[:]
        to_b[-1], to_a[-1] = nb - 1, na - 1
        covered_a += family_sim
        covered_b += family_sim
    score = 0.7 * (covered_a / na) + 0.3 * (covered_b / nb)
    score += FAMILY_BONUS if to_b[-1] == nb - 1 else 0.0  # the family names agree
    score = round(score if score < 1.0 else 1.0, 4)
    reason = _structure(to_b, to_a)
    if reason == "surname differs" and chain and to_b[0] == 0 and min(na, nb) > 2:
        # 'Karim bin Nadir bin Tamim' ~ 'Karim bin Nadir Al Wafi': the grandfather's name
        # of one and the family name of the other are two facts, not two spellings
        reason = None
    if reason:
        return NameMatch(score if score < _CAPPED else _CAPPED, False, reason)
    return NameMatch(score, score >= threshold, _variant_reason(score, threshold))


def _variant_reason(score: float, threshold: float) -> str:
    return "romanisation variant" if score >= threshold else "too few tokens agree"


def _single(token: str, other: tuple[str, ...], threshold: float) -> NameMatch:
    sim = token_similarity(token, other[-1])
    glued = other[-2] + other[-1] if len(other) > 1 else ""
    if sim < TOKEN_MATCH and glued and normalize.coarse_key(glued) == normalize.coarse_key(token):
        # a family name written in two words ('Tavakoli Niya' for 'Tavakolinia'): the same
        # consonants, so that a prefix alone ('Ramka' of 'Ramka Kaka') is no match
        sim = max(sim, token_similarity(token, glued))
    if len(other) == 1:
        return NameMatch(round(sim, 4), sim >= max(threshold, TOKEN_MATCH), "one token each")
    if sim >= TOKEN_MATCH:
        return NameMatch(round(min(sim, _CAPPED), 4), False, "surname only")
    return NameMatch(round(sim * _CAPPED, 4), False, "surname differs")


def _structure(to_b: list[int], to_a: list[int]) -> str | None:
    """The structural rule the alignment breaks, or None."""
    matched_a, matched_b = len(to_b) - to_b.count(_FREE), len(to_a) - to_a.count(_FREE)
    partner_a, partner_b = to_b[-1], to_a[-1]  # of each family name
    if min(matched_a, matched_b) < 2:
        return "given name differs" if partner_a >= 0 else "surname differs"
    if partner_a >= 0 and partner_b >= 0:
        return None
    if partner_a < 0 and partner_b < 0:
        if min(matched_a, matched_b) >= 3 and matched_a / len(to_b) >= 0.74:
            return None  # given and father's names agree; the family name is spelled apart
        return "surname differs"
    if (partner_a if partner_a >= 0 else partner_b) == 0:
        return "given name is the other's surname"
    return None


def may_name_one_person(a: str, b: str) -> bool:
    """True when one name may be a part of the other: every word of the shorter agrees
    with some word of the longer ('Seyed Abbas' of 'Abbas Karimi'). Two such names are
    no evidence of two people, whatever match_names decides of the whole."""
    ta, tb = _profile(a)[0], _profile(b)[0]
    if not ta or not tb:
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(any(token_similarity(x, y) >= TOKEN_MATCH for y in long) for x in short)


def is_surname_variant(a: str, b: str) -> bool:
    """True when two single folded tokens are one surname spelled two ways."""
    if len(a) < 3 or len(b) < 3:
        return a == b
    return a[0] == b[0] and token_similarity(a, b) >= 0.9


def clear_caches() -> None:
    """Forget every memoised name, token and token pair: frees their memory, and lets a
    benchmark time names it has never seen. Lexicon data stays loaded."""
    for cached in (
        token_similarity,
        _profile,
        _token_facts,
        normalize.fold,
        normalize.fold_token,
        normalize.name_tokens,
        normalize.skeleton,
        normalize.alternative_skeleton,
        normalize.coarse_key,
        normalize.stems,
    ):
        cached.cache_clear()
