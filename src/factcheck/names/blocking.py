"""Candidate keys for person names: which pairs of names are worth comparing at all.

Every pair of names that `match_names` calls the same shares a key, so blocking loses no
match the matcher would keep. A multi-token name is the same as another only when two
token pairs agree (or one token agrees and the family names are close), and two tokens
agree only when their skeletons, consonant keys, prefixes, endings or 'abd' stems meet,
so each token gives every such key (and adjacent tokens joined give theirs, for
'Amir Abdollahian' ~ 'Amirabdollahian'). A name of one token is compared only with the
family name of another, so it gets only family-name keys.

A block holding more than a cap of names (a very common given name) is not compared
all-pairs: it is split by a second key of each name, since a real match shares two
keys (two agreeing tokens), and needs the common block only when no rarer key is shared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from factcheck.names.normalize import (
    alternative_skeleton,
    coarse_key,
    fold,
    name_tokens,
    particles,
    skeleton,
)

BLOCK_CAP = 64
"""Distinct names a block may hold before it is split by a second key."""

_PREFIX = 3
"""Letters of a skeleton's start (or end) that a key keeps: Jaro-Winkler rewards a shared
start, so tokens close enough to agree nearly always share one or the other."""


Part = tuple[frozenset[int], frozenset[str]]
"""The token positions a run of tokens covers, and the keys it gives."""


@dataclass(frozen=True, slots=True)
class NameKeys:
    """The blocking keys of one name: `parts` (runs of tokens and their keys) for names of
    two tokens or more, `family` (keys of the last token) for every name."""

    parts: tuple[Part, ...]
    tokens: frozenset[str]
    family: frozenset[str]

    @property
    def is_single(self) -> bool:
        """True for a name of one token (a surname alone)."""
        return not self.tokens

    def key_pairs(self, among: frozenset[str] | set[str]) -> set[tuple[str, str]]:
        """Pairs (k, o), k < o, of keys in `among` that come from runs of different tokens:
        the second keys a crowded block is split by."""
        out: set[tuple[str, str]] = set()
        found = [(pos, keys & among) for pos, keys in self.parts]
        found = [(pos, keys) for pos, keys in found if keys]
        for i, (pos_a, keys_a) in enumerate(found):
            for pos_b, keys_b in found[i + 1 :]:
                if pos_a.isdisjoint(pos_b):
                    out.update(_ordered(k, o) for k in keys_a for o in keys_b if k != o)
        return out


@lru_cache(maxsize=65536)
def token_keys(token: str) -> frozenset[str]:
    """Keys of one folded token: its skeleton, consonant key, second reading, 'abd' stem,
    start and end, and its first and last letters (abbreviations such as 'mohd')."""
    if not token:
        return frozenset()
    own = skeleton(token)
    keys = {"s:" + own, "c:" + coarse_key(token), "p:" + own[:_PREFIX], "e:" + own[-_PREFIX:]}
    keys.add("b:" + token[0] + token[-1])
    keys.add("q:" + own[:2])  # a short start: crowded, so met only by a split block
    if "dh" in token:
        keys.add("s:" + alternative_skeleton(token))
    if token.startswith("abd") and len(token) > 5:
        keys |= token_keys(token[3:])
    return frozenset(keys)


@lru_cache(maxsize=65536)
def fuzzy_keys(token: str) -> frozenset[str]:
    """token_keys, and the skeleton with each letter deleted in turn: tokens one edit
    apart ('zaka' / 'zadka') share one whatever letter the edit touches."""
    own = skeleton(token)
    if len(own) < 4:
        return token_keys(token)
    deleted = {"d:" + own} | {"d:" + own[:i] + own[i + 1 :] for i in range(len(own))}
    return token_keys(token) | deleted


def _written_tokens(name: str) -> list[str]:
    """Folded words of the name without particles, before compounds are joined: a second
    view for joined keys ('Abd al-Rahman' also as 'abdrahman')."""
    return [w for w in fold(name).split() if w not in particles()]


@lru_cache(maxsize=65536)
def name_keys(name: str) -> NameKeys:
    """Blocking keys of a name; equal for names that fold alike."""
    tokens = name_tokens(name)
    if not tokens:
        return NameKeys((), frozenset(), frozenset())
    family = frozenset("f" + key for key in fuzzy_keys(tokens[-1]))
    if len(tokens) == 1:
        return NameKeys((), frozenset(), family)
    parts: list[Part] = []
    for size in (1, 2, 3):
        for start in range(len(tokens) - size + 1):
            run = "".join(tokens[start : start + size])
            keys = fuzzy_keys(run) if size == 1 else token_keys(run)
            parts.append((frozenset(range(start, start + size)), keys))
    written = _written_tokens(name)
    everywhere = frozenset(range(len(tokens)))  # runs of this view overlap every token
    for size in (2, 3):
        for start in range(len(written) - size + 1):
            parts.append((everywhere, token_keys("".join(written[start : start + size]))))
    keys = frozenset().union(*(keys for _, keys in parts))
    return NameKeys(tuple(parts), keys, family)


def shares_key(a: str, b: str) -> bool:
    """Whether two names meet in some block (before any cap splits it)."""
    ka, kb = name_keys(a), name_keys(b)
    if not ka.family.isdisjoint(kb.family) and (ka.is_single or kb.is_single):
        return True
    return not ka.tokens.isdisjoint(kb.tokens)


def candidate_pairs(names: Iterable[str], cap: int = BLOCK_CAP) -> set[tuple[str, str]]:
    """Pairs (a, b), a < b, of distinct names that share a key: every pair `match_names`
    calls the same, and every surname alone with the names it is the surname of.

    Blocks of more than `cap` names are split by pairs of crowded keys; a split block
    still over the cap is compared whole (its names share two common keys).
    """
    distinct = sorted(set(names))
    blocks: dict[str, list[str]] = defaultdict(list)
    family: dict[str, list[str]] = defaultdict(list)
    for name in distinct:
        keys = name_keys(name)
        for key in keys.tokens:
            blocks[key].append(name)
        for key in keys.family:
            family[key].append(name)
    pairs: set[tuple[str, str]] = set()
    for members in family.values():
        singles = [n for n in members if name_keys(n).is_single]
        for single in singles:
            pairs.update(_ordered(single, other) for other in members if other != single)
    crowded = {key for key, members in blocks.items() if len(members) > cap}
    split: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, members in blocks.items():
        if key not in crowded:
            pairs.update(combinations(members, 2))
    # a pair sharing a key outside the crowded ones met in that key's block already
    if crowded:
        for name in distinct:
            for second in name_keys(name).key_pairs(crowded):
                split[second].append(name)
    for members in split.values():
        pairs.update(combinations(members, 2))
    return pairs


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)
