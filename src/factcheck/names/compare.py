"""Same-person decisions on two names: tokens aligned in any order, with the deciding rule.

Tokens of both names are aligned one-to-one in tiers, best evidence first: equal spelling,
equal skeleton, then similarity among what is left, then adjacent tokens joined ('Dolat
Abadi' ~ 'Dowlatabadi'). The score rewards covering the shorter
name and, less, the longer one. Structural rules cap the score below the threshold:

- fewer than two tokens agree ('Hamed Berg' ~ 'Hadi Berg': only the surname);
- the family names (last tokens) do not take part ('Anna Berg Moss' ~ 'Anna Berg Lund');
- one name's family name agrees only with the other's first token: a given name that is
  another person's surname ('Karim Haddad' ~ 'Yusuf Karim').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from factcheck.names.normalize import alternative_skeleton, coarse_key, name_tokens, skeleton

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

_CAPPED = 0.5
"""Score of a pair that fails a structural rule, whatever its token agreement."""


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
    skeletons ('taufik'/'tawfiq'); 0.9 one is 'abd' + the other; 0.88 an abbreviation
    ending like its full form ('mohd'/'mohammad'); else Jaro-Winkler on skeletons, which for
    tokens of three letters or fewer counts only when nearly equal ('yon' is not 'yong').
    """
    if a == b:
        return 1.0
    if a > b:
        a, b = b, a
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return 0.97
    jw = float(JaroWinkler.similarity(sa, sb))
    if ("dh" in a or "dh" in b) and jw < 0.9:
        alt = float(JaroWinkler.similarity(alternative_skeleton(a), alternative_skeleton(b)))
        jw = max(jw, alt)
    special = (a[0] == b[0] and min(len(a), len(b)) <= 4) or "abd" in (a[:3], b[:3])
    if jw < 0.8 and not special:
        return jw  # no rule below can lift it to a match
    if min(len(a), len(b)) >= 4 and jw >= 0.8 and coarse_key(a) == coarse_key(b):
        return 0.92
    for whole, part in ((a, b), (b, a)):
        if whole.startswith("abd") and len(whole) > 5 and token_similarity(whole[3:], part) >= 0.92:
            return 0.9
    if min(len(sa), len(sb)) <= 3 and jw < 0.95:
        jw = min(jw, 0.8)
    if _is_abbreviation(a, b) or _is_abbreviation(b, a):
        jw = max(jw, TOKEN_MATCH)
    return jw


def _is_abbreviation(short: str, full: str) -> bool:
    if len(short) > 4 or len(full) < len(short) + 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    letters = iter(full)
    return all(c in letters for c in short)


@dataclass(frozen=True, slots=True)
class _Profile:
    """A name prepared for comparison: folded tokens and their skeletons."""

    tokens: tuple[str, ...]
    skeletons: tuple[str, ...]


@lru_cache(maxsize=65536)
def _profile(name: str) -> _Profile:
    tokens = name_tokens(name)
    return _Profile(tokens, tuple(skeleton(t) for t in tokens))


Alignment = tuple[dict[int, int], dict[int, int], float, float]
"""(a index -> b index, b index -> a index, similarity-weighted tokens covered in a, in b)."""


def _align(a: _Profile, b: _Profile) -> Alignment:
    """One-to-one alignment in tiers, best evidence first: equal spelling, equal skeleton,
    then similarity among the tokens left."""
    ta, tb, sa, sb = a.tokens, b.tokens, a.skeletons, b.skeletons
    na, nb = len(ta), len(tb)
    to_b: dict[int, int] = {}
    to_a: dict[int, int] = {}
    cover = 0.0
    for i in range(na):  # equal spelling, then equal skeleton
        t, k = ta[i], sa[i]
        for j in range(nb):
            if (t == tb[j] or k == sb[j]) and j not in to_a:
                to_b[i] = j
                to_a[j] = i
                cover += 1.0 if t == tb[j] else 0.97
                break
    cover_a = cover_b = cover
    if len(to_b) < na and len(to_a) < nb:
        scored = []
        for i in range(na):
            if i in to_b:
                continue
            t, k = ta[i], sa[i]
            for j in range(nb):
                if j in to_a:
                    continue
                u = tb[j]
                # cheap C-level screen: only close skeletons, or the special shapes that
                # token_similarity can lift (abbreviations, 'abd' compounds), go further
                if not jaro_winkler(k, sb[j], score_cutoff=0.8) and not (
                    (t[0] == u[0] and (len(t) <= 4 or len(u) <= 4)) or "abd" in (t[:3], u[:3])
                ):
                    continue
                sim = token_similarity(t, u)
                if sim >= TOKEN_MATCH:
                    scored.append((-sim, i, j))
        scored.sort()
        for neg, i, j in scored:
            if i not in to_b and j not in to_a:
                to_b[i] = j
                to_a[j] = i
                cover_a -= neg
                cover_b -= neg
    return to_b, to_a, cover_a, cover_b


def _glued(ta: tuple[str, ...], tb: tuple[str, ...], base: Alignment) -> Alignment:
    """A copy of `base` where adjacent free tokens may also be joined ('Dolat Abadi' ~
    'Dowlatabadi')."""
    to_b, to_a = dict(base[0]), dict(base[1])
    gained_a, gained_b = _join(ta, tb, to_b, to_a)
    return to_b, to_a, base[2] + gained_a, base[3] + gained_b


def _with_family(ta: tuple[str, ...], tb: tuple[str, ...], base: Alignment) -> Alignment:
    """Family names the alignment left over still agree when similar: 'Dib' ~ 'Dibe'."""
    to_b, to_a, cover_a, cover_b = base
    last_a, last_b = len(ta) - 1, len(tb) - 1
    if last_a in to_b or last_b in to_a:
        return base
    sim = token_similarity(ta[last_a], tb[last_b])
    if sim < FAMILY_MATCH:
        return base
    return {**to_b, last_a: last_b}, {**to_a, last_b: last_a}, cover_a + sim, cover_b + sim


def _join(
    ta: tuple[str, ...], tb: tuple[str, ...], to_b: dict[int, int], to_a: dict[int, int]
) -> tuple[float, float]:
    """'Dolat Abadi' ~ 'Dowlatabadi': free adjacent tokens of one name glued and matched to
    one free token of the other. Returns the coverage gained on each side."""
    gained_a = gained_b = 0.0
    for mine, other, own, theirs, flipped in (
        (ta, tb, to_b, to_a, False),
        (tb, ta, to_a, to_b, True),
    ):
        for size in (2, 3):
            for start in range(len(mine) - size + 1):
                span = range(start, start + size)
                if any(k in own for k in span):
                    continue
                glued = "".join(mine[k] for k in span)
                for j in range(len(other)):
                    target = other[j]
                    if j in theirs or target[0] != glued[0]:
                        continue  # a glued match keeps its first letter ('dolatabadi')
                    if not 0.7 <= len(target) / len(glued) <= 1.4:
                        continue
                    sim = token_similarity(glued, target)
                    if sim >= TOKEN_MATCH:
                        for k in span:
                            own[k] = j
                        theirs[j] = start
                        if flipped:
                            gained_a, gained_b = gained_a + sim, gained_b + sim * size
                        else:
                            gained_a, gained_b = gained_a + sim * size, gained_b + sim
                        break
    return gained_a, gained_b


def match_names(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> NameMatch:
    """Compare two personal names; symmetric, deterministic, case-, accent- and title-blind.

    A name of one token (a surname alone) is the same only as that one token: whether it is
    the surname of a fuller name is for context to decide (see reconcile.identity).
    """
    pa, pb = _profile(a), _profile(b)
    if not pa.tokens or not pb.tokens:
        return NameMatch(0.0, False, "empty name")
    if pa.tokens == pb.tokens:
        return NameMatch(1.0, True, "same spelling")
    if (len(pa.tokens), pa.tokens) > (len(pb.tokens), pb.tokens):
        pa, pb = pb, pa
    ta, tb = pa.tokens, pb.tokens
    if len(ta) == 1:
        return _single(ta[0], tb, threshold)
    base = _align(pa, pb)
    match = _decide(ta, tb, _with_family(ta, tb, base), threshold)
    to_b, to_a = base[0], base[1]
    # gluing helps only a name that already agrees somewhere and has tokens left on both
    # sides: alone, one glued match cannot make two tokens agree on both sides
    if match.same or not to_b or len(to_b) == len(ta) or len(to_a) == len(tb):
        return match
    return _decide(ta, tb, _with_family(ta, tb, _glued(ta, tb, base)), threshold)


def _decide(
    ta: tuple[str, ...], tb: tuple[str, ...], alignment: Alignment, threshold: float
) -> NameMatch:
    to_b, to_a, covered_a, covered_b = alignment
    cover_a, cover_b = covered_a / len(ta), covered_b / len(tb)
    family = to_b.get(len(ta) - 1) == len(tb) - 1  # the family names agree with each other
    score = round(min(1.0, 0.7 * cover_a + 0.3 * cover_b + (FAMILY_BONUS if family else 0.0)), 4)
    reason = _structure(ta, tb, to_b, to_a)
    if reason:
        return NameMatch(min(score, _CAPPED), False, reason)
    return NameMatch(score, score >= threshold, _variant_reason(score, threshold))


def _variant_reason(score: float, threshold: float) -> str:
    return "romanisation variant" if score >= threshold else "too few tokens agree"


def _single(token: str, other: tuple[str, ...], threshold: float) -> NameMatch:
    sim = token_similarity(token, other[-1])
    if len(other) == 1:
        return NameMatch(round(sim, 4), sim >= max(threshold, TOKEN_MATCH), "one token each")
    if sim >= TOKEN_MATCH:
        return NameMatch(round(min(sim, _CAPPED), 4), False, "surname only")
    return NameMatch(round(sim * _CAPPED, 4), False, "surname differs")


def _structure(
    ta: tuple[str, ...], tb: tuple[str, ...], to_b: dict[int, int], to_a: dict[int, int]
) -> str | None:
    """The structural rule the alignment breaks, or None."""
    if min(len(to_b), len(to_a)) < 2:
        return "given name differs" if (len(ta) - 1) in to_b else "surname differs"
    last_a, last_b = len(ta) - 1, len(tb) - 1
    if last_a in to_b and last_b in to_a:
        return None
    if last_a not in to_b and last_b not in to_a:
        matched = min(len(to_b), len(to_a))
        if matched >= 3 and len(to_b) / len(ta) >= 0.74:
            return None  # given and father's names agree; the family name is spelled apart
        return "surname differs"
    partner = to_b[last_a] if last_a in to_b else to_a[last_b]
    if partner == 0:
        return "given name is the other's surname"
    return None


def is_surname_variant(a: str, b: str) -> bool:
    """True when two single folded tokens are one surname spelled two ways."""
    if len(a) < 3 or len(b) < 3:
        return a == b
    return a[0] == b[0] and token_similarity(a, b) >= 0.9
