"""The alignment's candidate groups and programme in numpy, for large inputs.

``core.small`` does the same in plain Python for small inputs (no numpy to import);
both give the same groups, gains and chain (``tests/test_small_align.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from newsdiff.core.chain import SHAPES, Chosen, sparse_chain
from newsdiff.core.similarity import Candidates, Similarity, candidate_pairs

if TYPE_CHECKING:  # numpy.typing is 10 M instructions to import, for annotations alone
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]
#: Called with the share of the work done so far, from 0.0 to 1.0.
Progress = Callable[[float], None]

#: The dense programme (a pass over every column of B per row, in numpy) keeps a
#: byte per sentence pair for the way back; past this many pairs only the sparse one
#: (``chain``, whose cost follows the candidate groups) runs.
DENSE_MAX_CELLS = 20_000_000
#: Rough costs that choose between the two programmes, which choose the same chain:
#: seconds per candidate group (sparse), per row and per cell (dense).
SPARSE_GROUP_COST = 5e-6
DENSE_ROW_COST = 2e-5
DENSE_CELL_COST = 1e-8
#: The programme reports progress every this many rows (a call costs about 1 µs).
PROGRESS_EVERY = 128

_SKIP_B, _SKIP_A = 0, 1  # DP moves; a group of SHAPES[k] is stored as 2 + k

#: Candidate groups as flat arrays sorted by the DP row that closes them: R (row), C
#: (closing column), J (first B sentence), K (A size), S (move code), G (gain).
if TYPE_CHECKING:
    Groups = tuple[
        IntArray, IntArray, IntArray, IntArray, npt.NDArray[np.int8], npt.NDArray[np.float64]
    ]


class DensePairing:
    """Similarity and candidates of two sentence lists, and the programme over them,
    in numpy (see ``align.Pairing``)."""

    def __init__(
        self,
        a_sets: Sequence[frozenset[str]],
        b_sets: Sequence[frozenset[str]],
        exhaustive: bool = False,
        a_norm: Sequence[str] = (),
        b_norm: Sequence[str] = (),
    ) -> None:
        self.sim = Similarity(a_sets, b_sets)
        self.cands = candidate_pairs(a_sets, b_sets, exhaustive, a_norm, b_norm, self.sim)
        self.n, self.m = self.cands.n, self.cands.m

    def scores(self, ka: int, kb: int, rows: Sequence[int], cols: Sequence[int]) -> list[float]:
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray(cols, dtype=np.int64)
        out: list[float] = self.sim.pairs(ka, kb, r, c).tolist()
        return out

    def among(self, rows: Sequence[int], cols: Sequence[int]) -> tuple[list[int], list[int]]:
        ii, jj = self.cands.among(np.asarray(rows, dtype=np.int64), np.asarray(cols, np.int64))
        return ii.tolist(), jj.tolist()

    def chain(self, threshold: float, progress: Progress | None = None) -> list[Chosen]:
        n, m = self.cands.n, self.cands.m
        R, C, J, K, S, G = candidate_groups(self.sim, self.cands, threshold)
        dense_cost = n * (DENSE_ROW_COST + m * DENSE_CELL_COST)
        if n * m <= DENSE_MAX_CELLS and dense_cost < len(R) * SPARSE_GROUP_COST:
            return dense_chain(n, m, R, C, J, K, S, G, progress)
        lists = (R.tolist(), C.tolist(), J.tolist(), K.tolist(), S.tolist(), G.tolist())
        return sparse_chain(n, m, *lists, SHAPES, progress)


def _group_starts(
    cands: Candidates, ka: int, kb: int, inter: IntArray
) -> tuple[IntArray, IntArray, IntArray]:
    """Candidate group starts, and for each the sum of its sentence pairs' overlaps
    (``inter``, one per candidate): every sentence of the group shares a candidate
    word with the other side. A member that shares nothing only dilutes the group's
    similarity, so leaving it out loses no real match and keeps the candidates few.

    A group starting at (i, j) needs (i, j) among the 1-1 candidates, so testing the
    other members of each is enough. The codes are sorted and unique, so the next
    column of the same row, ``code + d``, can only be the code ``d`` places on.
    """
    codes, ii, jj = cands.codes, cands.ii, cands.jj
    ok = (ii + ka <= cands.n) & (jj + kb <= cands.m)
    upper = inter.copy()
    for db in range(1, kb):  # a shape is one sentence on one side
        ok[: len(codes) - db] &= codes[db:] == codes[:-db] + db
        ok[max(0, len(codes) - db) :] = False
        upper[: len(codes) - db] += inter[db:]
    for da in range(1, ka):
        at = np.flatnonzero(ok)
        found, where = cands.has(ii[at] + da, jj[at])
        ok[at] = found
        upper[at[found]] += inter[where]
    at = np.flatnonzero(ok)
    return ii.take(at), jj.take(at), upper.take(at)


def candidate_groups(sim: Similarity, cands: Candidates, threshold: float) -> Groups:
    """Every candidate group with a positive gain (see ``Groups``).

    A group of several sentences on one side shares at most as many words with the
    other side's sentence as its members do one by one (the sum of their 1-1
    overlaps), and its similarity grows with what it shares over a union of fixed
    sizes: a group whose bound gains nothing cannot gain, and is not measured (on the
    100x seed pair nine groups in ten of each larger shape). The division of the
    bound is the one its similarity would be, so a group that gains passes it."""
    inter = sim.overlaps(1, 1, cands.ii, cands.jj)
    parts = []
    for s, (ka, kb) in enumerate(SHAPES):
        if ka == kb == 1:
            ii, jj = cands.ii, cands.jj
            gain = sim.ratios(1, 1, ii, jj, inter) - threshold
        else:
            ii, jj, upper = _group_starts(cands, ka, kb, inter)
            _, size_a = sim._side("a", ka)
            _, size_b = sim._side("b", kb)
            room = size_a.take(ii) + size_b.take(jj) - upper
            bound = upper / np.maximum(room, 1.0) - threshold
            at = np.flatnonzero((bound > 0) | (room <= 0))
            ii, jj = ii.take(at), jj.take(at)
            gain = sim.pairs(ka, kb, ii, jj) - threshold
        keep = np.flatnonzero(gain > 0)
        ii, jj, gain = ii.take(keep), jj.take(keep), gain.take(keep)
        parts.append((ii + ka, jj + kb, jj, np.full(len(ii), ka), np.full(len(ii), s + 2), gain))
    R, C, J, K, S, G = (np.concatenate([p[f] for p in parts]) for f in range(6))
    order = np.argsort(R, kind="stable")
    return R[order], C[order], J[order], K[order], S[order].astype(np.int8), G[order]


def dense_chain(
    n: int,
    m: int,
    R: IntArray,
    C: IntArray,
    J: IntArray,
    K: IntArray,
    S: npt.NDArray[np.int8],
    G: npt.NDArray[np.float64],
    progress: Progress | None,
) -> list[tuple[int, int, int, int]]:
    """The programme over every cell, a numpy pass per row: the cheaper one when the
    candidate groups are dense (a text repeated many times)."""
    bounds = np.searchsorted(R, np.arange(n + 2))
    # The row loop runs once per A sentence, so its fixed cost per numpy call counts:
    # every buffer is allocated once and written in place.
    choice = np.full((n + 1, m + 1), _SKIP_A, dtype=np.int8)
    choice[0] = _SKIP_B
    ring = np.zeros((4, m + 1))  # D[i] lives in ring[i % 4]; D[0] = 0
    slot = (R - K) % 4  # the ring slot of the DP row each group starts from
    best = np.empty(m + 1)
    raised = np.empty(m + 1, dtype=np.bool_)
    for i in range(1, n + 1):
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress(i / n)
        prev = ring[(i - 1) % 4]
        x = ring[i % 4]  # held D[i - 4], which no group reaches back to
        np.copyto(x, prev)
        code = choice[i]
        lo, hi = bounds[i], bounds[i + 1]
        if lo < hi:
            cells = C[lo:hi]
            vals = ring[slot[lo:hi], J[lo:hi]] + G[lo:hi]
            np.maximum.at(x, cells, vals)
            win = (vals >= x[cells]) & (vals > prev[cells])
            code[cells[win]] = S[lo:hi][win]
        x[0] = 0.0
        np.maximum.accumulate(x, out=best)
        np.greater(best, x, out=raised)
        np.copyto(code, _SKIP_B, where=raised)
        code[0] = _SKIP_A
        np.copyto(x, best)

    groups: list[tuple[int, int, int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        c = int(choice[i, j])
        if c == _SKIP_B:
            j -= 1
        elif c == _SKIP_A:
            i -= 1
        else:
            ka, kb = SHAPES[c - 2]
            groups.append((i - ka, ka, j - kb, kb))
            i -= ka
            j -= kb
    groups.reverse()
    return groups
