"""The alignment's similarity, candidates and groups for a long pair of few distinct
texts, in plain Python: boilerplate, a live blog's repeated lines, a story copied
through a file.

A group's similarity follows from its members' word sets alone, so here it is
measured once for each distinct pair of runs of word sets (the 100x seed pair: 44 and
30 distinct sentences, 4,400 and 3,000 sentences), and each candidate is looked up in
that table by ``map`` and ``compress`` in C. The candidates themselves are the ones
``core.small`` and ``core.dense`` find (their rules depend on places: how many
sentences use a word, the band along the diagonal), and so are the figures, the groups
in their order and the chain (``tests/test_twins.py``). Numpy's import (about a tenth
of the 100x pair's instructions) is left to pairs of many distinct texts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import chain as concat

from newsdiff.core.chain import SHAPES, Chosen, sparse_chain
from newsdiff.core.small import _bits
from newsdiff.core.words import (
    BAND,
    WordSets,
    equal_text_blocks,
    postings,
    shared_word_blocks,
    word_bits,
)

#: The twins' path runs while each side's distinct runs of 1, 2 and 3 word sets make
#: at most this many pairs with the other side's (its tables hold one figure a pair).
TWIN_MAX_PAIRS = 20_000

#: The groups' loop reports progress every this many rows (as ``dense.dense_chain``).
PROGRESS_EVERY = 128
#: Each sentence's distinct word set as a number, and the distinct sets in that order.
Ids = tuple[list[int], list[frozenset[str]]]


def distinct(sets: WordSets) -> Ids:
    """Each set's number (in order of first use) and the distinct sets."""
    number: dict[frozenset[str], int] = {}
    ids = [number.setdefault(s, len(number)) for s in sets]
    return ids, list(number)


def _runs(ids: list[int], k: int) -> list[tuple[int, ...]]:
    count = max(0, len(ids) - k + 1)
    return list(zip(*(ids[d : d + count] for d in range(k)), strict=True))


def few_texts(a_sets: WordSets, b_sets: WordSets) -> tuple[Ids, Ids] | None:
    """Both sides' ``distinct`` numbering if their distinct runs of 1, 2 and 3 sets
    make at most TWIN_MAX_PAIRS pairs (each shape's table), else None."""
    if len(set(a_sets)) * len(set(b_sets)) > TWIN_MAX_PAIRS:
        return None  # most pairs of distinct sentences end here, a set of each side in C
    a, b = distinct(a_sets), distinct(b_sets)
    for k in (2, 3):
        if len(set(_runs(a[0], k))) * len(b[1]) > TWIN_MAX_PAIRS:
            return None
        if len(a[1]) * len(set(_runs(b[0], k))) > TWIN_MAX_PAIRS:
            return None
    return a, b


def twin_pairing(
    a_sets: WordSets, b_sets: WordSets, a_norm: Sequence[str] = (), b_norm: Sequence[str] = ()
) -> TwinPairing | None:
    """The twins' pairing of two sides of few distinct texts (``few_texts``), else None."""
    ids = few_texts(a_sets, b_sets)
    return None if ids is None else TwinPairing(a_sets, b_sets, ids, a_norm, b_norm)


class _Side:
    """One side's runs of ``k`` sentences: each start's run number, and each run's
    bits and word count (the size of the union of its sets, as ``words.union_sizes``)."""

    def __init__(self, ids: list[int], sets: list[frozenset[str]], bits: list[int], k: int):
        if k == 1:
            self.at = ids
            self.measure = [(b, len(s)) for b, s in zip(bits, sets, strict=True)]
            return
        number: dict[tuple[int, ...], int] = {}
        self.at = [number.setdefault(run, len(number)) for run in _runs(ids, k)]
        self.measure = []
        for run in number:
            joined = 0
            for t in run:
                joined |= bits[t]
            self.measure.append((joined, len(frozenset().union(*(sets[t] for t in run)))))


class TwinPairing:
    """Similarity and candidates of two sentence lists of few distinct texts, and the
    programme over them (see ``align.Pairing``); ``ids`` is ``few_texts``'s answer."""

    def __init__(
        self,
        a_sets: WordSets,
        b_sets: WordSets,
        ids: tuple[Ids, Ids],
        a_norm: Sequence[str] = (),
        b_norm: Sequence[str] = (),
    ) -> None:
        n = self.n = len(a_sets)
        self.m = len(b_sets)
        (self._ids_a, self._sets_a), (self._ids_b, self._sets_b) = ids
        # The words as ``core.small`` sees them (hashed onto bits past MAX_BITS): the
        # distinct sets use every word the sides use.
        bit, _ = word_bits(self._sets_a, self._sets_b)
        self._bits_a = [_bits(s, bit) for s in self._sets_a]
        self._bits_b = [_bits(s, bit) for s in self._sets_b]
        self._sides: dict[tuple[str, int], _Side] = {}
        self._sims: dict[tuple[int, int], dict[int, list[float]]] = {}
        found: dict[int, set[int]] = defaultdict(set)
        blocks = shared_word_blocks(a_sets, b_sets, False, postings(b_sets))
        if a_norm and b_norm:
            blocks.extend(equal_text_blocks(a_norm, b_norm))
        for rows, cols in blocks:
            for i in rows:
                found[i].update(cols)
        self.cols: list[list[int]] = [sorted(found[i]) if i in found else [] for i in range(n)]
        if a_norm and b_norm:
            self._band([i for i in range(n) if i not in found], a_sets)

    def _band(self, empty: list[int], a_sets: WordSets) -> None:
        """``words.band_codes`` by the distinct sets: for each distinct A text, the B
        places whose text shares a word with it, in order; a row's band is a slice."""
        n, m = self.n, self.m
        scale = m / n
        where_b = _places(self._ids_b, len(self._sets_b))
        meets: dict[int, list[int]] = {}
        for i in empty:
            if not a_sets[i]:
                continue
            t = self._ids_a[i]
            meet = meets.get(t)
            if meet is None:
                words = self._sets_a[t]
                meet = meets[t] = sorted(
                    concat.from_iterable(
                        at
                        for at, s in zip(where_b, self._sets_b, strict=True)
                        if not words.isdisjoint(s)
                    )
                )
            mid = int(i * scale)
            lo, hi = max(0, mid - BAND), min(m, mid + BAND + 1)
            self.cols[i] = meet[bisect_left(meet, lo) : bisect_left(meet, hi)]

    def _side(self, side: str, k: int) -> _Side:
        key = (side, k)
        found = self._sides.get(key)
        if found is None:
            if side == "a":
                found = _Side(self._ids_a, self._sets_a, self._bits_a, k)
            else:
                found = _Side(self._ids_b, self._sets_b, self._bits_b, k)
            self._sides[key] = found
        return found

    def _row(self, ka: int, kb: int, ta: int) -> list[float]:
        """The similarity of A's run ``ta`` of ``ka`` sentences with each of B's runs of
        ``kb``, as ``core.small`` computes it (to the bit); kept."""
        memo = self._sims.setdefault((ka, kb), {})
        found = memo.get(ta)
        if found is None:
            bits_a, size_a = self._side("a", ka).measure[ta]
            found = memo[ta] = []
            for bits_b, size_b in self._side("b", kb).measure:
                inter = (bits_a & bits_b).bit_count()
                union = size_a + size_b - inter
                found.append(inter / union if union > 0 else 0.0)
        return found

    def scores(self, ka: int, kb: int, rows: Sequence[int], cols: Sequence[int]) -> list[float]:
        """Similarity of the A group starting at ``rows[p]`` with the B group at
        ``cols[p]``."""
        at_a, at_b = self._side("a", ka).at, self._side("b", kb).at
        memo = self._sims.setdefault((ka, kb), {})
        for ta in set(map(at_a.__getitem__, rows)).difference(memo):
            self._row(ka, kb, ta)
        return [memo[at_a[i]][at_b[j]] for i, j in zip(rows, cols, strict=True)]

    def among(self, rows: Sequence[int], cols: Sequence[int]) -> tuple[list[int], list[int]]:
        """The candidates whose A sentence is in ``rows`` and B sentence in ``cols``, in
        the order of their places (A's, then B's)."""
        keep_b = set(cols)
        out_a: list[int] = []
        out_b: list[int] = []
        for i in sorted(set(rows)):
            found = self.cols[i]
            if keep_b.isdisjoint(found):
                continue  # most rows when the columns are few: asked in C
            kept = found if keep_b.issuperset(found) else [j for j in found if j in keep_b]
            out_a.extend([i] * len(kept))
            out_b.extend(kept)
        return out_a, out_b

    def chain(
        self, threshold: float, progress: Callable[[float], None] | None = None
    ) -> list[Chosen]:
        """The best chain of candidate groups (``chain.sparse_chain``), the groups in
        ``dense.candidate_groups``' order: by closing row, then shape, then start.

        A row's group starts of a shape are its candidates whose B run gains with its
        A run (a set of places kept for each A run, met with the row's candidates in
        C), and whose other members are candidates too."""
        n = self.n
        shapes = []
        for ka, kb in SHAPES:
            side_a, side_b = self._side("a", ka), self._side("b", kb)
            places = _places(side_b.at, len(side_b.measure))
            gains = []
            for ta in range(len(side_a.measure)):
                over = [x - threshold for x in self._row(ka, kb, ta)]
                up = set(
                    concat.from_iterable(p for p, g in zip(places, over, strict=True) if g > 0)
                )
                gains.append((over, up))
            shapes.append((ka, kb, side_a.at, side_b.at, gains))
        has = [set(cols) for cols in self.cols]
        R: list[int] = []
        C: list[int] = []
        J: list[int] = []
        K: list[int] = []
        S: list[int] = []
        G: list[float] = []
        for r in range(1, n + 1):
            if progress is not None and r % PROGRESS_EVERY == 0:
                progress(r / n / 2)  # the groups, then the chain: half each
            for s, (ka, kb, at_a, at_b, gains) in enumerate(shapes):
                i = r - ka
                if i < 0:
                    continue
                here = has[i]
                if not here:
                    continue
                over, up = gains[at_a[i]]
                found = here.intersection(up)
                if not found:
                    continue
                for j in sorted(found):
                    if kb > 1:
                        if j + 1 not in here or kb == 3 and j + 2 not in here:
                            continue
                    elif ka > 1:
                        if j not in has[i + 1] or ka == 3 and j not in has[i + 2]:
                            continue
                    R.append(r)
                    C.append(j + kb)
                    J.append(j)
                    K.append(ka)
                    S.append(s + 2)
                    G.append(over[at_b[j]])
        later = None if progress is None else lambda done: progress(0.5 + done / 2)
        return sparse_chain(n, self.m, R, C, J, K, S, G, SHAPES, later)


def _places(ids: list[int], count: int) -> list[list[int]]:
    """For each of ``count`` numbers, the places (in order) that have it in ``ids``."""
    out: list[list[int]] = [[] for _ in range(count)]
    for k, t in enumerate(ids):
        out[t].append(k)
    return out
