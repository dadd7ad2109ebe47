"""Items joined into groups (a disjoint-set forest): copies among a corpus's articles,
labels of one article or one sentence text among a store's."""

from __future__ import annotations


class Groups:
    """Each of ``n`` items in a group of its own until ``join`` puts two together; a
    group's root is its smallest item, so it is the first in the items' order."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            # halving the path keeps later look-ups short on long chains of joins
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.root(i), self.root(j)
        self._parent[max(ri, rj)] = min(ri, rj)
