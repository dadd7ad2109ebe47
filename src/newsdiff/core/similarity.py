"""Sentence similarity and candidate pairs for the aligner on large inputs, in numpy.

The rules are ``core.words``' (Jaccard index of content-word sets over candidate
pairs); here set overlaps are counted with bit sets over the words both texts use, so
a whole batch of pairs costs a few numpy operations. Small inputs align without numpy
(``core.small``), to the same figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np

from newsdiff.core.words import (
    BAND,
    MAX_BITS,
    STEM,
    STOP_WORDS,
    SUFFIXES,
    band_codes,
    content_words,
    equal_text_blocks,
    postings,
    shared_word_blocks,
    stem,
    stems,
    union_sizes,
    word_bits,
)

__all__ = ["STEM", "STOP_WORDS", "Candidates", "Similarity", "candidate_pairs"]
__all__ += ["SUFFIXES", "content_words", "stem", "stems"]

if TYPE_CHECKING:  # numpy.typing is 10 M instructions to import, for annotations alone
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]


class Similarity:
    """Jaccard index between groups of consecutive sentences of A and of B."""

    def __init__(self, a_sets: Sequence[frozenset[str]], b_sets: Sequence[frozenset[str]]):
        self.a_sets, self.b_sets = a_sets, b_sets
        self.bit, bits = word_bits(a_sets, b_sets)
        self.width = max(1, (bits + 63) // 64)
        self._bits: dict[tuple[str, int], npt.NDArray[np.uint64]] = {}
        self._sizes: dict[tuple[str, int], npt.NDArray[np.float64]] = {}
        self._columns: dict[tuple[str, int], list[npt.NDArray[np.uint64]]] = {}

    def _encode(self, sets: Sequence[frozenset[str]]) -> npt.NDArray[np.uint64]:
        bit = self.bit
        # Each distinct word set once (twins share one set: a text repeated).
        bits_of = {s: [bit[w] for w in s if w in bit] for s in set(sets)}
        per = list(map(bits_of.__getitem__, sets))
        out = np.zeros((len(sets), self.width), dtype=np.uint64)
        r = np.repeat(np.arange(len(sets), dtype=np.int64), [len(b) for b in per])
        k = np.fromiter(chain.from_iterable(per), dtype=np.uint64, count=len(r))
        # Several words can share one 64-bit slot: ufunc.at applies every one of them,
        # where a fancy-indexed |= would keep only the last.
        slot = (k >> np.uint64(6)).astype(np.int64)
        np.bitwise_or.at(out, (r, slot), np.left_shift(np.uint64(1), k & np.uint64(63)))
        return out

    def _side(self, side: str, k: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.float64]]:
        key = (side, k)
        if key not in self._bits:
            sets = self.a_sets if side == "a" else self.b_sets
            if k == 1:
                self._bits[key] = self._encode(sets)
                self._sizes[key] = np.array([len(s) for s in sets], dtype=np.float64)
            else:
                base, _ = self._side(side, 1)
                n = max(0, len(sets) - k + 1)
                bits = base[:n].copy()
                for d in range(1, k):
                    bits |= base[d : d + n]
                self._bits[key] = bits
                self._sizes[key] = np.array(union_sizes(sets, k), dtype=np.float64)
        return self._bits[key], self._sizes[key]

    def columns(self, side: str, k: int) -> list[npt.NDArray[np.uint64]]:
        """``_side(side, k)``'s bit table a word at a time, each word's column in one
        piece: taking rows from it is a 1-D gather, twice as fast as picking one word of
        each row out of the 2-D table."""
        key = (side, k)
        if key not in self._columns:
            bits, _ = self._side(side, k)
            self._columns[key] = [np.ascontiguousarray(bits[:, w]) for w in range(self.width)]
        return self._columns[key]

    def pairs(self, ka: int, kb: int, rows: IntArray, cols: IntArray) -> npt.NDArray[np.float64]:
        """Similarity of A group starting at ``rows[p]`` with B group at ``cols[p]``."""
        return self.ratios(ka, kb, rows, cols, self.overlaps(ka, kb, rows, cols))

    def ratios(
        self, ka: int, kb: int, rows: IntArray, cols: IntArray, inter: IntArray
    ) -> npt.NDArray[np.float64]:
        """``pairs`` from the groups' overlaps (``overlaps``)."""
        _, size_a = self._side("a", ka)
        _, size_b = self._side("b", kb)
        shared = inter.astype(np.float64)
        union = size_a.take(rows) + size_b.take(cols) - shared
        # An empty union is two empty groups, whose overlap is 0: 0 / 1 is the 0 the
        # ratio of nothing is taken to be.
        return shared / np.maximum(union, 1.0)

    def overlaps(self, ka: int, kb: int, rows: IntArray, cols: IntArray) -> IntArray:
        """How many words (bits) the A group starting at ``rows[p]`` shares with the B
        group at ``cols[p]``."""
        bits_a, _ = self._side("a", ka)
        bits_b, _ = self._side("b", kb)
        narrow = self.width <= 8
        if narrow:
            cols_a, cols_b = self.columns("a", ka), self.columns("b", kb)
        out = np.empty(len(rows), dtype=np.int64)
        step = max(1, 4_000_000 // self.width)  # bounds the temporary bit arrays
        for lo in range(0, len(rows), step):
            r, c = rows[lo : lo + step], cols[lo : lo + step]
            if narrow:
                # A few words a row: word by word (a gather of a narrow 2-D array is
                # slow, 3x at width 3).
                count = np.bitwise_count(cols_a[0].take(r) & cols_b[0].take(c)).astype(np.int64)
                for w in range(1, self.width):
                    count += np.bitwise_count(cols_a[w].take(r) & cols_b[w].take(c))
                out[lo : lo + step] = count
            else:
                out[lo : lo + step] = np.bitwise_count(bits_a[r] & bits_b[c]).sum(axis=1)
        return out


class Candidates:
    """The sentence pairs ``(i, j)`` that may be the same sentence, kept as sorted codes
    ``i * m + j``: memory and time follow the candidates, not ``n * m``."""

    def __init__(self, n: int, m: int, codes: IntArray) -> None:
        self.n, self.m = n, m
        self.codes = codes
        self.ii: IntArray = codes // max(m, 1)
        self.jj: IntArray = codes % max(m, 1)

    def __len__(self) -> int:
        return len(self.codes)

    def has(self, ii: IntArray, jj: IntArray) -> tuple[npt.NDArray[np.bool_], IntArray]:
        """Whether each ``(ii[p], jj[p])`` is a candidate (all inside the table), and
        where each one found is among the codes, in order; the pairs come in code
        order, each once (the group starts of a shape do)."""
        wanted = ii * self.m + jj
        # Two sorted runs of unique codes: a stable sort merges them in one pass (a
        # binary search per pair cost twice as much), and a code in both sits next to
        # itself, the table's first.
        both = np.concatenate([self.codes, wanted])
        order = np.argsort(both, kind="stable")
        merged = both[order]
        twice = np.flatnonzero(merged[1:] == merged[:-1])
        found = np.zeros(len(wanted), dtype=np.bool_)
        found[order[twice + 1] - len(self.codes)] = True
        return found, order[twice]

    def among(self, rows: IntArray, cols: IntArray) -> tuple[IntArray, IntArray]:
        """The candidates whose A sentence is in ``rows`` and B sentence in ``cols``."""
        keep_a = np.zeros(self.n, dtype=np.bool_)
        keep_b = np.zeros(self.m, dtype=np.bool_)
        keep_a[rows] = True
        keep_b[cols] = True
        keep = keep_a[self.ii] & keep_b[self.jj]
        return self.ii[keep], self.jj[keep]


def candidate_pairs(
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    exhaustive: bool = False,
    a_norm: Sequence[str] = (),
    b_norm: Sequence[str] = (),
    sim: Similarity | None = None,
) -> Candidates:
    """The pairs where A sentence i and B sentence j may be the same sentence.

    They share a candidate word (any content word on small inputs, a rare one on large
    ones), or their normalised texts (``a_norm``, ``b_norm``) are equal. Rare words
    alone fail a text written with few words, where every word is common: there, a row
    left with no candidate gets the cells of a band along the diagonal (tested on
    ``sim``'s bit table when given and exact).
    """
    n, m = len(a_sets), len(b_sets)
    post_b = postings(b_sets)
    blocks = shared_word_blocks(a_sets, b_sets, exhaustive, post_b)
    if a_norm and b_norm and not exhaustive:
        blocks.extend(equal_text_blocks(a_norm, b_norm))
    # Most blocks are a word in a sentence or two a side: their codes in one Python
    # list (a numpy product per block cost more in calls than in work); large blocks
    # (a text repeated through both sides) by numpy. The order does not matter: the
    # codes are sorted next.
    small = [
        r * m + c
        for rows, cols in blocks
        if len(rows) * len(cols) <= 64
        for r in rows
        for c in cols
    ]
    chunks: list[IntArray] = [np.array(small, dtype=np.int64)]
    chunks.extend(_product(rows, cols, m) for rows, cols in blocks if len(rows) * len(cols) > 64)
    codes = _sorted_unique(np.concatenate(chunks))
    if a_norm and b_norm and not exhaustive:
        codes = _add_band(codes, a_sets, b_sets, sim)
    return Candidates(n, m, codes)


def _sorted_unique(codes: IntArray) -> IntArray:
    """``np.unique`` of int codes by a sort: ``np.unique`` loads ``numpy.ma`` on first
    use, 10-20 ms of every diff's start-up."""
    codes = np.sort(codes)
    if len(codes) < 2:
        return codes
    keep = np.empty(len(codes), dtype=np.bool_)
    keep[0] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    return codes[keep]


def _product(rows: Sequence[int], cols: Sequence[int], m: int) -> IntArray:
    r = np.asarray(rows, dtype=np.int64)
    c = np.asarray(cols, dtype=np.int64)
    return (r[:, None] * m + c[None, :]).ravel()


def _add_band(
    codes: IntArray,
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    sim: Similarity | None,
) -> IntArray:
    has_row = np.zeros(len(a_sets), dtype=np.bool_)
    has_row[codes // max(len(b_sets), 1)] = True
    empty = np.flatnonzero(~has_row)
    if sim is not None and len(sim.bit) <= MAX_BITS and len(empty):
        extra = _band_by_bits(sim, empty, len(a_sets), len(b_sets))
    else:
        extra = np.asarray(band_codes(empty.tolist(), a_sets, b_sets), dtype=np.int64)
    if not len(extra):
        return codes
    return _sorted_unique(np.concatenate([codes, extra]))


def _band_by_bits(sim: Similarity, rows: IntArray, n: int, m: int) -> IntArray:
    """``words.band_codes`` on the bit table, a whole band at once: with one bit per
    shared word (no hashing), two sentences share a content word exactly when their
    bits meet (a word both use is a word both sides use)."""
    cols_a, cols_b = sim.columns("a", 1), sim.columns("b", 1)
    mid = (rows * (m / n)).astype(np.int64)  # int(i * scale), as band_codes has it
    lo = np.maximum(mid - BAND, 0)
    hi = np.minimum(mid + BAND + 1, m)
    cols = lo[:, None] + np.arange(2 * BAND + 1)[None, :]
    inside = cols < hi[:, None]
    r = np.broadcast_to(rows[:, None], cols.shape)[inside]
    c = cols[inside]
    meet = np.zeros(len(r), dtype=np.bool_)
    for w in range(sim.width):
        meet |= (cols_a[w].take(r) & cols_b[w].take(c)) != 0
    return r[meet] * m + c[meet]
