"""The alignment's similarity, candidates and groups in plain Python, for small inputs.

A pair of articles has tens of sentences a side: importing numpy would cost more than
aligning them (issue 16: numpy was half the start-up of ``newsdiff diff``). The rules
are ``core.words``', the figures ``core.similarity``'s to the bit (a Jaccard index is a
ratio of two whole numbers, divided once either way), and the groups come in the
order ``dense.candidate_groups`` gives them, so the programme (``chain``) chooses the
same chain (``tests/test_small_align.py`` holds the two paths to it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter

from newsdiff.core.chain import SHAPES, Chosen, sparse_chain
from newsdiff.core.words import (
    WordSets,
    band_codes,
    equal_text_blocks,
    postings,
    shared_word_blocks,
    union_sizes,
    word_bits,
)


class SmallPairing:
    """Similarity and candidates of two sentence lists, and the programme over them
    (see ``align.Pairing``)."""

    def __init__(
        self,
        a_sets: WordSets,
        b_sets: WordSets,
        exhaustive: bool = False,
        a_norm: Sequence[str] = (),
        b_norm: Sequence[str] = (),
    ) -> None:
        n, m = self.n, self.m = len(a_sets), len(b_sets)
        self.a_sets, self.b_sets = a_sets, b_sets
        # The words as numpy's bit sets see them, here as Python ints: past MAX_BITS
        # shared words they are hashed onto bits, and two words on one bit count once.
        bit, _ = word_bits(a_sets, b_sets)
        self._bits_a = [_bits(s, bit) for s in a_sets]
        self._bits_b = [_bits(s, bit) for s in b_sets]
        self._groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
        post_b = postings(b_sets)
        blocks = shared_word_blocks(a_sets, b_sets, exhaustive, post_b)
        if a_norm and b_norm and not exhaustive:
            blocks.extend(equal_text_blocks(a_norm, b_norm))
        found = {i * m + j for rows, cols in blocks for i in rows for j in cols}
        if a_norm and b_norm and not exhaustive:
            has_row = {code // m for code in found}
            empty = [i for i in range(n) if i not in has_row]
            found.update(band_codes(empty, a_sets, b_sets))
        self.codes = sorted(found)
        self._found = found

    def _side(self, side: str, k: int) -> list[tuple[int, int]]:
        """Each group of ``k`` sentences from each start: its bits and its word count."""
        key = (side, k)
        if key not in self._groups:
            bits, sets = (self._bits_a, self.a_sets) if side == "a" else (self._bits_b, self.b_sets)
            if k == 1:
                self._groups[key] = [(b, len(s)) for b, s in zip(bits, sets, strict=True)]
            else:
                self._groups[key] = [
                    (_union(bits[i : i + k]), size) for i, size in enumerate(union_sizes(sets, k))
                ]
        return self._groups[key]

    def scores(self, ka: int, kb: int, rows: Sequence[int], cols: Sequence[int]) -> list[float]:
        """Similarity of the A group starting at ``rows[p]`` with the B group at
        ``cols[p]``."""
        side_a, side_b = self._side("a", ka), self._side("b", kb)
        out: list[float] = []
        for i, j in zip(rows, cols, strict=True):
            bits_a, size_a = side_a[i]
            bits_b, size_b = side_b[j]
            inter = (bits_a & bits_b).bit_count()
            union = size_a + size_b - inter
            out.append(inter / union if union > 0 else 0.0)
        return out

    def among(self, rows: Sequence[int], cols: Sequence[int]) -> tuple[list[int], list[int]]:
        """The candidates whose A sentence is in ``rows`` and B sentence in ``cols``."""
        keep_a, keep_b = set(rows), set(cols)
        m = max(self.m, 1)
        pairs = [divmod(code, m) for code in self.codes]
        kept = [(i, j) for i, j in pairs if i in keep_a and j in keep_b]
        return [i for i, _ in kept], [j for _, j in kept]

    def chain(
        self, threshold: float, progress: Callable[[float], None] | None = None
    ) -> list[Chosen]:
        """The best chain of candidate groups (``chain.sparse_chain``)."""
        n, m = self.n, self.m
        found, codes = self._found, self.codes
        starts = [divmod(code, m) for code in codes]
        groups: list[tuple[int, int, int, int, int, float]] = []
        for s, (ka, kb) in enumerate(SHAPES):
            side_a, side_b = self._side("a", ka), self._side("b", kb)
            # A group needs each of its sentence pairs among the candidates; a shape is
            # one sentence on one side, so those are the next codes down or across.
            step = m if ka > 1 else 1
            others = [step * d for d in range(1, max(ka, kb))]
            last_i, last_j = n - ka, m - kb
            for code, (i, j) in zip(codes, starts, strict=True):
                if i > last_i or j > last_j:
                    continue
                if others and not all(code + o in found for o in others):
                    continue
                # As ``scores`` computes it (inlined: this loop is the hot one).
                bits_a, size_a = side_a[i]
                bits_b, size_b = side_b[j]
                inter = (bits_a & bits_b).bit_count()
                union = size_a + size_b - inter
                gain = (inter / union if union > 0 else 0.0) - threshold
                if gain > 0:
                    groups.append((i + ka, j + kb, j, ka, s + 2, gain))
        groups.sort(key=itemgetter(0))  # stable: by shape, then by start, within a row
        return sparse_chain(
            n,
            m,
            [g[0] for g in groups],
            [g[1] for g in groups],
            [g[2] for g in groups],
            [g[3] for g in groups],
            [g[4] for g in groups],
            [g[5] for g in groups],
            SHAPES,
            progress,
        )


def _bits(words: frozenset[str], bit: dict[str, int]) -> int:
    out = 0
    for w in words:
        b = bit.get(w)
        if b is not None:
            out |= 1 << b
    return out


def _union(bits: Sequence[int]) -> int:
    out = 0
    for b in bits:
        out |= b
    return out
