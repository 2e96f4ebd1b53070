"""Articles that largely copy one another count as one source.

Each article is reduced to the set of its 5-word shingles (hashed). Candidate pairs come
from locality-sensitive hashing: a one-permutation MinHash sketch (the least hash in each
of SKETCH_BINS bins) cut into bands of BAND_ROWS bins, and articles bucketed on a whole
band. Two articles meet when some band is equal, which copies (Jaccard >= 0.5) do with
probability above 1 - 1e-8 while unrelated articles almost never do, so buckets do not
grow with the corpus. Candidates are then compared by the exact Jaccard overlap.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

from factcheck.model import Article
from factcheck.reconcile.groups import DisjointSets

SHINGLE_WORDS = 5
SKETCH_BINS = 128
BAND_ROWS = 2
COPY_THRESHOLD = 0.5
"""Articles sharing at least half of their shingles are copies of one wire story."""

_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of SHINGLE_WORDS consecutive words, case folded."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Overlap of two shingle sets in [0, 1]; 0.0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def sketch(found: frozenset[int]) -> tuple[int, ...]:
    """The least hash of each bin (hash mod SKETCH_BINS), -1 for an empty bin."""
    least = [-1] * SKETCH_BINS
    for value in found:
        slot, rest = value % SKETCH_BINS, value // SKETCH_BINS
        if least[slot] < 0 or rest < least[slot]:
            least[slot] = rest
    return tuple(least)


def bands(found: frozenset[int]) -> list[tuple[int, tuple[int, ...]]]:
    """The LSH band keys of a shingle set: (band number, its bins), empty bands left out."""
    least = sketch(found)
    out = []
    for start in range(0, SKETCH_BINS, BAND_ROWS):
        band = least[start : start + BAND_ROWS]
        if max(band) >= 0:
            out.append((start, band))
    return out


def copy_groups(articles: Iterable[Article], threshold: float = COPY_THRESHOLD) -> dict[str, str]:
    """Map each article id to the id of its group of copies (the smallest id in the group).

    An article that copies no other is its own group. Deterministic and order-free.
    """
    sets = {a.id: shingles(a.text) for a in articles}
    groups = DisjointSets(sets)
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    for article, found in sorted(sets.items()):
        for key in bands(found):
            buckets[key].append(article)
    candidates = {
        (a, b)
        for members in buckets.values()
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    }
    for a, b in sorted(candidates):
        if jaccard(sets[a], sets[b]) >= threshold:
            groups.union(a, b)
    return {article: groups.find(article) for article in sets}
