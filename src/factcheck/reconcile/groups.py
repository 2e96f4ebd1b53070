"""Disjoint sets: the grouping both identity resolution and copy detection rely on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K", str, tuple[str, str], tuple[str, str, str])
"""Keys are ids, or tuples of strings (a person's signature): ordered, so groups have names."""


class DisjointSets(Generic[K]):
    """Groups of keys, joined pairwise; each group is named by its smallest key, so the
    result does not depend on the order of the joins."""

    def __init__(self, keys: Iterable[K]) -> None:
        self._parent: dict[K, K] = {key: key for key in keys}
        self._members: dict[K, list[K]] = {key: [key] for key in self._parent}

    def find(self, key: K) -> K:
        """The name (smallest key) of `key`'s group."""
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def members(self, key: K) -> list[K]:
        """Every key in `key`'s group."""
        return self._members[self.find(key)]

    def union(self, a: K, b: K) -> None:
        """Join the groups of `a` and `b`."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self._parent[gone] = keep
        self._members[keep].extend(self._members.pop(gone))
