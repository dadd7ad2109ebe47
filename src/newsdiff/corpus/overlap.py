"""The exact check: how much of each article of a pair the other holds.

``reuse`` of a side is ``report``'s headline measure: the share of its distinct word
3-grams found anywhere in the other (Broder's containment, core.reuse.containment),
so a moved paragraph still counts, and an excerpt counts in full however long its
source. The longest shared passage is the longest run of consecutive words that sits
in both in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsdiff.corpus.shingles import U64, K


@dataclass(frozen=True)
class Overlap:
    reuse_a: float
    reuse_b: float
    #: The longest shared passage: where it starts in A and in B (word numbers), words.
    longest_a: int
    longest_b: int
    longest: int
    #: Distinct shingles both hold.
    shared: int = 0


#: Places of shared shingles the longest run is looked for among (a few int64 arrays
#: each: 2M places are about 100 MB); a pair of news articles has far fewer.
PAIRS_MAX = 1 << 21


def overlap(sa: U64, sb: U64, k: int = K, ua: U64 | None = None, ub: U64 | None = None) -> Overlap:
    """The exact measures for one pair from its articles' shingles (in reading order);
    ``ua`` and ``ub``, when given, are their distinct shingles (``np.unique``), which a
    scan that checks one article against many computes once."""
    if len(sa) == 0 or len(sb) == 0:
        return Overlap(0.0, 0.0, 0, 0, 0)
    ua = np.unique(sa) if ua is None else ua
    ub = np.unique(sb) if ub is None else ub
    shared = int(_within(ua, ub).sum())
    if shared == 0:
        return Overlap(0.0, 0.0, 0, 0, 0)
    la, lb, length = _longest(sa, sb, _within(sa, ub), k)
    return Overlap(round(shared / len(ua), 4), round(shared / len(ub), 4), la, lb, length, shared)


def _within(x: U64, sorted_distinct: U64) -> np.ndarray:
    """Which of ``x`` are in ``sorted_distinct`` (``np.isin``, by a binary search: a
    pair's arrays are short, and isin's own sorting was a third of the exact check)."""
    at = np.minimum(np.searchsorted(sorted_distinct, x), len(sorted_distinct) - 1)
    hit: np.ndarray = sorted_distinct[at] == x
    return hit


def _longest(sa: U64, sb: U64, in_b: np.ndarray, k: int) -> tuple[int, int, int]:
    """The longest run of shingles consecutive in both A and B: (start A, start B, words)."""
    i = np.flatnonzero(in_b)
    if len(i) == 0:
        return 0, 0, 0
    # Every place in B of each shared shingle of A (repeats in B give several).
    order = np.argsort(sb, kind="stable")
    sorted_b = sb[order]
    lo = np.searchsorted(sorted_b, sa[i], side="left")
    hi = np.searchsorted(sorted_b, sa[i], side="right")
    reps = hi - lo
    if int(reps.sum()) > PAIRS_MAX:
        # Every place in B of every repeat in A is rep x rep pairs: two records of
        # "word word word ..." (400,000 words) asked 1.16 TiB and the scan died. The most
        # repeated shingles are left out of the runs until the places fit (the longest
        # passage of such text may come out shorter; reuse is counted apart, exactly).
        cap = np.sort(reps)[np.searchsorted(np.cumsum(np.sort(reps)), PAIRS_MAX, side="right")]
        keep = reps < cap
        if not keep.any():  # one shingle over and over: one place of it is a passage
            return int(i[0]), int(order[lo[0]]), k
        i, lo, reps = i[keep], lo[keep], reps[keep]
    ii = np.repeat(i, reps)
    within = np.arange(len(ii)) - np.repeat(np.cumsum(reps) - reps, reps)
    jj = order[np.repeat(lo, reps) + within]
    # A run keeps j - i constant while i steps by one.
    diag = jj - ii
    o = np.lexsort((ii, diag))
    ii, diag, jj = ii[o], diag[o], jj[o]
    new_run = np.r_[True, (diag[1:] != diag[:-1]) | (ii[1:] != ii[:-1] + 1)]
    run_id = np.cumsum(new_run) - 1
    lengths = np.bincount(run_id)
    best = int(np.argmax(lengths))
    first = int(np.flatnonzero(new_run)[best])
    return int(ii[first]), int(jj[first]), int(lengths[best]) + k - 1
