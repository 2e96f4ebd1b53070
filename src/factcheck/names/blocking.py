"""Candidate keys for person names: which pairs of names are worth comparing at all.

Every pair of names that `match_names` calls the same shares a key, so blocking loses no
match the matcher would keep. A multi-token name is the same as another only when two
token pairs agree (or one token agrees and the family names are close), and two tokens
agree only when their skeletons, consonant keys, prefixes, endings or 'abd' stems meet,
so each token gives every such key (and adjacent tokens joined give theirs, for
'Amir Dostabadi' ~ 'Amirdostabadi'). A name of one token is compared only with the
family name of another, so it gets only family-name keys.

A block holding more than a cap of names (a very common given name) is not compared
all-pairs: it is split by a second key of each name, since a real match shares two
keys (two agreeing tokens), and needs the common block only when no rarer key is shared.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from factcheck.names.compare import FAMILY_MATCH, token_similarity
from factcheck.names.normalize import (
    alternative_skeleton,
    coarse_key,
    fold,
    name_tokens,
    particles,
    skeleton,
    stems,
)

BLOCK_CAP = 24
"""Distinct names a block may hold before it is split by a second key."""

_STRONG = frozenset("sc")
"""Kinds of key (skeleton, consonant key) that say two tokens are one spelled two ways."""

_TOO_WEAK = frozenset("qbk")
"""Kinds of key too wide to split a block by (two letters; first and last letters)."""

_SPLIT_CAP = 4
"""A sub-block of two skeleton or consonant keys is compared whole up to this many caps."""

_PREFIX = 3
"""Letters of a skeleton's start (or end) that a key keeps: Jaro-Winkler rewards a shared
start, so tokens close enough to agree nearly always share one or the other."""


Part = tuple[frozenset[int], frozenset[str]]
"""The token positions a run of tokens covers, and the keys it gives."""


@dataclass(frozen=True, slots=True)
class NameKeys:
    """The blocking keys of one name: `parts` (runs of tokens and their keys) and `masks`
    (each key's token positions, as bits) for names of two tokens or more, `family` (keys
    of the last token) for every name."""

    parts: tuple[Part, ...]
    tokens: frozenset[str]
    family: frozenset[str]
    masks: dict[str, int]
    last: str = ""
    """The family name (last token), which the matcher's family lift compares."""

    @property
    def is_single(self) -> bool:
        """True for a name of one token (a surname alone)."""
        return not self.tokens

    def split_keys(self, crowded: frozenset[str] | set[str]) -> set[tuple[str, str]]:
        """Keys of the sub-blocks a crowded block is split into: a crowded key of one run
        paired with each key of a run of other tokens (a real match agrees on two)."""
        out: set[tuple[str, str]] = set()
        found = [(pos, keys, keys & crowded) for pos, keys in self.parts]
        for pos_a, _, busy in found:
            if not busy:
                continue
            for pos_b, keys_b, busy_b in found:
                if pos_a.isdisjoint(pos_b):
                    keys_b = frozenset(o for o in keys_b if o[0] not in _TOO_WEAK)
                    for k in busy:
                        out.update(
                            (min(k, o), max(k, o)) if o in busy_b else (k, o) for o in keys_b
                        )
        return out


@lru_cache(maxsize=65536)
def token_keys(token: str) -> frozenset[str]:
    """Keys of one folded token: its skeleton, consonant key, second reading, glued stems,
    start and end, its first two letters and its first and last letters (abbreviations
    such as 'mohd')."""
    if not token:
        return frozenset()
    own = skeleton(token)
    coarse = coarse_key(token)
    keys = {"p:" + own[:_PREFIX], "e:" + own[-_PREFIX:], "s:" + own}
    keys.add(("c:" if len(coarse) > 2 else "k:") + coarse)  # 'dn', 'k': shared by too many
    keys.add("b:" + token[0] + token[-1])
    keys.add("q:" + own[:2])  # a short start: crowded, so met mostly in a split block
    if "dh" in token:
        keys.add("s:" + alternative_skeleton(token))
    for stem in stems(token):  # a prefix written glued: 'abdrahman', 'alhusseini'
        keys |= token_keys(stem)
    return frozenset(sys.intern(k) for k in keys)


@lru_cache(maxsize=65536)
def run_keys(run: str) -> frozenset[str]:
    """Keys of adjacent tokens joined, to meet one token of another name ('Dost Abadi' ~
    'Dostabadi'): a glued match keeps the start and the consonants."""
    own = skeleton(run)
    keys = {"s:" + own, "c:" + coarse_key(run), "p:" + own[:_PREFIX]}
    return frozenset(sys.intern(k) for k in keys)


def _written_tokens(name: str) -> list[str]:
    """Folded words of the name without particles, before compounds are joined: a second
    view for joined keys ('Abd al-Rahman' also as 'abdrahman')."""
    return [w for w in fold(name).split() if w not in particles()]


def make_name_keys(name: str) -> NameKeys:
    """Blocking keys of a name; equal for names that fold alike."""
    tokens = name_tokens(name)
    if not tokens:
        return NameKeys((), frozenset(), frozenset(), {})
    family_keys = set(token_keys(tokens[-1]))
    if len(tokens) > 1:  # a family name written in two words meets it written in one
        glued = coarse_key(tokens[-2] + tokens[-1])
        family_keys.add(("c:" if len(glued) > 2 else "k:") + glued)
    family = frozenset(sys.intern("f" + key) for key in family_keys)
    if len(tokens) == 1:
        return NameKeys((), frozenset(), family, {})
    parts: list[Part] = []
    for size in (1, 2, 3):
        for start in range(len(tokens) - size + 1):
            run = "".join(tokens[start : start + size])
            keys = token_keys(run) if size == 1 else run_keys(run)
            parts.append((frozenset(range(start, start + size)), keys))
    written = _written_tokens(name)
    if tuple(written) != tokens:
        everywhere = frozenset(range(len(tokens)))  # runs of this view overlap every token
        for size in (2, 3):
            for start in range(len(written) - size + 1):
                parts.append((everywhere, run_keys("".join(written[start : start + size]))))
    masks: dict[str, int] = {}
    for positions, keys in parts:
        bits = sum(1 << p for p in positions)
        for key in keys:
            # a run's start is its first token's start: it shows one token agreeing, not two
            own = 0 if key[0] == "p" and len(positions) > 1 else bits
            masks[key] = masks.get(key, 0) | own
    return NameKeys(tuple(parts), frozenset(masks), family, masks, tokens[-1])


name_keys = lru_cache(maxsize=65536)(make_name_keys)


def shares_key(a: str, b: str) -> bool:
    """Whether two names meet in some block (before any cap splits it)."""
    ka, kb = name_keys(a), name_keys(b)
    if not ka.family.isdisjoint(kb.family) and (ka.is_single or kb.is_single):
        return True
    return not ka.tokens.isdisjoint(kb.tokens)


def may_match(a: NameKeys, b: NameKeys) -> bool:
    """A condition for two names of two tokens or more to be worth comparing: keys shared
    on two tokens of each (two tokens agree), or on one token with family names as similar
    as the matcher's family lift asks (token_similarity, memoised), and one of them a
    skeleton or consonant key (a token agreeing by romanisation, not only by its start or
    end). A run's start is its first token's: it counts for that token alone."""
    shared = a.tokens & b.tokens
    if not any(key[0] in _STRONG for key in shared):
        return False  # starts and ends alone agree on too much to be worth a comparison
    bits_a = bits_b = 0
    for key in shared:
        bits_a |= a.masks[key]
        bits_b |= b.masks[key]
    if bits_a & (bits_a - 1) and bits_b & (bits_b - 1):
        return True  # two positions or more on each side
    # one token agrees: the matcher lifts the family names when similar enough
    return token_similarity(a.last, b.last) >= FAMILY_MATCH


GroupKey = tuple[str, str, str]
"""A block to compare within: ('f', family key, ''), ('b', key, '') or ('x', key, key)."""


def crowded_keys(counts: Mapping[str, int], cap: int = BLOCK_CAP) -> frozenset[str]:
    """The skeleton and consonant keys held by more than `cap` names."""
    return frozenset(k for k, n in counts.items() if n > cap and k[0] in _STRONG)


def key_counts(keys: Iterable[NameKeys]) -> Counter[str]:
    """How many names hold each skeleton or consonant key."""
    return Counter(k for found in keys for k in found.tokens if k[0] in _STRONG)


def group_keys(keys: NameKeys, crowded: frozenset[str]) -> set[GroupKey]:
    """The blocks a name is compared in: its family keys (for surnames alone), its
    uncrowded skeleton and consonant keys, and, for crowded ones, a second key from other
    tokens. Starts and ends (weak keys) only ever split a crowded block, never form one."""
    out: set[GroupKey] = {("f", key, "") for key in keys.family}
    out |= {("b", key, "") for key in keys.tokens if key[0] in _STRONG and key not in crowded}
    if crowded:
        out |= {("x", a, b) for a, b in keys.split_keys(crowded)}
    return out


def group_pairs(
    group: GroupKey, members: Iterable[str], keys_of: Mapping[str, NameKeys], cap: int = BLOCK_CAP
) -> Iterator[tuple[str, str]]:
    """Pairs (a, b), a < b, worth comparing within one block."""
    kind, first, second = group
    distinct = set(members)  # blocks dropped below are dropped before any sorting
    if kind == "f" and len(distinct) > cap and first[1] not in _STRONG:
        return  # a crowded start or end: the skeleton and consonant keys decide
    weak = kind == "x" and (first[0] not in _STRONG or second[0] not in _STRONG)
    if kind == "x" and len(distinct) > (cap if weak else _SPLIT_CAP * cap):
        return  # a crowded sub-block: dropped, or it would grow with the corpus
    names = sorted(distinct)
    if kind == "f":
        for single in (n for n in names if keys_of[n].is_single):
            yield from (_ordered(single, other) for other in names if other != single)
        return
    for i, a in enumerate(names):
        ka = keys_of[a]
        for b in names[i + 1 :]:
            if may_match(ka, keys_of[b]):
                yield (a, b)


def candidate_pairs(names: Iterable[str], cap: int = BLOCK_CAP) -> set[tuple[str, str]]:
    """Pairs (a, b), a < b, of distinct names worth comparing: every pair `match_names`
    calls the same, and every surname alone with the names it is the surname of.

    Names meet in blocks of a shared skeleton or consonant key; blocks of more than `cap`
    names are split by a second key from other tokens (a split block still over the cap
    is compared whole when both keys are skeleton or consonant keys, up to _SPLIT_CAP
    caps, and dropped beyond, or when one key is a start or end: blocks of fixed width
    would otherwise grow with the corpus).
    Pairs of full names are kept only when they pass `may_match`, so the pairs kept grow
    with the matches, not the blocks. factcheck.distributed runs the same steps on Dask.
    """
    keys_of = {name: make_name_keys(name) for name in sorted(set(names))}
    crowded = crowded_keys(key_counts(keys_of.values()), cap)
    groups: dict[GroupKey, list[str]] = defaultdict(list)
    for name, keys in keys_of.items():
        for group in group_keys(keys, crowded):
            groups[group].append(name)
    pairs: set[tuple[str, str]] = set()
    for group, members in groups.items():
        if len(members) > 1:
            pairs.update(group_pairs(group, members, keys_of, cap))
    return pairs


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)
