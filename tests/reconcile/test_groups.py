from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.reconcile.groups import DisjointSets

keys = st.lists(st.sampled_from("abcdefgh"), min_size=2, max_size=2)


@given(st.lists(keys, max_size=12), st.randoms())
def test_groups_do_not_depend_on_join_order(pairs: list[list[str]], rng: object) -> None:
    forward = DisjointSets("abcdefgh")
    for a, b in pairs:
        forward.union(a, b)
    shuffled = list(pairs)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    backward = DisjointSets("abcdefgh")
    for a, b in shuffled:
        backward.union(b, a)
    assert {k: forward.find(k) for k in "abcdefgh"} == {k: backward.find(k) for k in "abcdefgh"}
    for key in "abcdefgh":
        assert forward.find(key) == min(forward.members(key))
