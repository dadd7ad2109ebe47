"""core.groups: the groups ``join`` makes are the connected parts of the joins, each
rooted at its smallest item (scan's copies are represented by the first in corpus order)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.groups import Groups


def _parts(n: int, joins: list[tuple[int, int]]) -> list[frozenset[int]]:
    """The connected parts, by growing each item's part until nothing joins it."""
    part = [{i} for i in range(n)]
    changed = True
    while changed:
        changed = False
        for i, j in joins:
            if part[i] is not part[j]:
                merged = part[i] | part[j]
                for k in merged:
                    part[k] = merged
                changed = True
    return [frozenset(p) for p in part]


@given(
    st.integers(1, 12).flatmap(
        lambda n: st.tuples(
            st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)))
        )
    )
)
def test_groups_are_the_joins_connected_parts_rooted_at_their_smallest(
    case: tuple[int, list[tuple[int, int]]],
) -> None:
    n, joins = case
    groups = Groups(n)
    for i, j in joins:
        groups.join(i, j)
    parts = _parts(n, joins)
    for i in range(n):
        assert groups.root(i) == min(parts[i])


def test_an_item_never_joined_is_its_own_group() -> None:
    groups = Groups(3)
    groups.join(2, 1)
    assert [groups.root(i) for i in range(3)] == [0, 1, 1]
