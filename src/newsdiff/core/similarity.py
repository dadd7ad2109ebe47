"""Sentence similarity and candidate pairs for the aligner.

Similarity is the Jaccard index of two sentences' content-word sets (stop words
dropped, words cut to a short stem so "withdrawal" meets "withdrawing"). It is computed
only for candidate pairs: on large inputs, pairs that share a word that is rare in both
texts; on small ones, pairs that share any content word. Pairs that share nothing have
similarity 0 and are never matched. Set overlaps are counted with bit sets over the
words both texts use, so a whole batch of pairs costs a few numpy operations.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsdiff.core.article import normalize

IntArray = npt.NDArray[np.int64]

#: Below this many sentence pairs every shared content word makes a candidate pair.
SMALL_PAIRS = 250_000
#: Words are cut to this many characters: a cheap stemmer that lets "refusing" meet
#: "refused" (5 measured best of 4 to 7 on the seed pair).
STEM = 5
#: More shared words than this are hashed onto this many bits (similarity becomes an
#: estimate, off only where two words collide).
MAX_BITS = 4096

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t also""".split()
)

_WORD = re.compile(r"\w+")


def content_words(text: str) -> frozenset[str]:
    """The words that carry meaning, folded for comparison."""
    return stems(normalize(text))


def stems(normalized: str) -> frozenset[str]:
    # align() has the normalised text already; normalising again cost 0.1 s at 7,400
    # sentences.
    words = _WORD.findall(normalized.lower())
    return frozenset(w[:STEM] for w in words if w not in STOP_WORDS)


class Similarity:
    """Jaccard index between groups of consecutive sentences of A and of B."""

    def __init__(self, a_sets: Sequence[frozenset[str]], b_sets: Sequence[frozenset[str]]):
        self.a_sets, self.b_sets = a_sets, b_sets
        in_a = set().union(*a_sets) if a_sets else set()
        shared = sorted(in_a.intersection(*[set().union(*b_sets)]) if b_sets else set())
        if len(shared) <= MAX_BITS:
            self.bit = {w: k for k, w in enumerate(shared)}
        else:
            self.bit = {w: zlib.crc32(w.encode()) % MAX_BITS for w in shared}
        self.width = max(1, (min(len(shared), MAX_BITS) + 63) // 64)
        self._bits: dict[tuple[str, int], npt.NDArray[np.uint64]] = {}
        self._sizes: dict[tuple[str, int], npt.NDArray[np.float64]] = {}

    def _encode(self, sets: Sequence[frozenset[str]]) -> npt.NDArray[np.uint64]:
        rows: list[int] = []
        bits: list[int] = []
        for i, s in enumerate(sets):
            for w in s:
                b = self.bit.get(w)
                if b is not None:
                    rows.append(i)
                    bits.append(b)
        out = np.zeros((len(sets), self.width), dtype=np.uint64)
        r = np.array(rows, dtype=np.int64)
        k = np.array(bits, dtype=np.uint64)
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
                self._sizes[key] = np.array(
                    [len(frozenset().union(*sets[i : i + k])) for i in range(n)], dtype=np.float64
                )
        return self._bits[key], self._sizes[key]

    def pairs(self, ka: int, kb: int, rows: IntArray, cols: IntArray) -> npt.NDArray[np.float64]:
        """Similarity of A group starting at ``rows[p]`` with B group at ``cols[p]``."""
        bits_a, size_a = self._side("a", ka)
        bits_b, size_b = self._side("b", kb)
        out = np.empty(len(rows), dtype=np.float64)
        step = max(1, 4_000_000 // self.width)  # bounds the temporary bit arrays
        for lo in range(0, len(rows), step):
            r, c = rows[lo : lo + step], cols[lo : lo + step]
            inter = np.bitwise_count(bits_a[r] & bits_b[c]).sum(axis=1, dtype=np.float64)
            union = size_a[r] + size_b[c] - inter
            out[lo : lo + step] = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        return out


def _rare_cap(n: int, m: int) -> int:
    if n * m <= SMALL_PAIRS:
        return n + m
    return max(10, (n + m) // 20)


def candidate_mask(
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    exhaustive: bool = False,
    a_norm: Sequence[str] = (),
    b_norm: Sequence[str] = (),
) -> npt.NDArray[np.bool_]:
    """``mask[i, j]``: A sentence i and B sentence j may be the same sentence.

    They share a candidate word (any content word on small inputs, a rare one on large
    ones), or their normalised texts (``a_norm``, ``b_norm``) are equal. Rare words
    alone fail a text written with few words, where every word is common: there, a row
    left with no candidate gets the cells of a band along the diagonal.
    """
    n, m = len(a_sets), len(b_sets)
    post_a: dict[str, list[int]] = {}
    post_b: dict[str, list[int]] = {}
    for i, s in enumerate(a_sets):
        for w in s:
            post_a.setdefault(w, []).append(i)
    for j, s in enumerate(b_sets):
        for w in s:
            post_b.setdefault(w, []).append(j)
    cap = n + m if exhaustive else _rare_cap(n, m)
    mask = np.zeros((n, m), dtype=np.bool_)
    for w, rows in post_a.items():
        cols = post_b.get(w)
        if cols is not None and len(rows) + len(cols) <= cap:
            mask[np.ix_(rows, cols)] = True
    if a_norm and b_norm and not exhaustive:
        _add_equal_texts(mask, a_norm, b_norm)
        _add_band(mask, a_sets, b_sets)
    return mask


#: An exact text repeated this many times on each side or more pairs only with its
#: nearby repeats (boilerplate repeated through a long file).
EXACT_CAP = 100
#: Half width of the diagonal band given to rows with no candidate word.
BAND = 25


def _add_equal_texts(
    mask: npt.NDArray[np.bool_], a_norm: Sequence[str], b_norm: Sequence[str]
) -> None:
    where_b: dict[str, list[int]] = {}
    for j, t in enumerate(b_norm):
        where_b.setdefault(t, []).append(j)
    where_a: dict[str, list[int]] = {}
    for i, t in enumerate(a_norm):
        if t in where_b:
            where_a.setdefault(t, []).append(i)
    for t, rows in where_a.items():
        cols = where_b[t]
        if len(rows) * len(cols) <= EXACT_CAP * EXACT_CAP:
            mask[np.ix_(rows, cols)] = True
        else:
            # The k-th repeat in A with the repeats in B around its k-th.
            scale = len(cols) / len(rows)
            for k, i in enumerate(rows):
                mid = int(k * scale)
                mask[i, cols[max(0, mid - EXACT_CAP // 2) : mid + EXACT_CAP // 2]] = True


def _add_band(
    mask: npt.NDArray[np.bool_],
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
) -> None:
    n, m = mask.shape
    empty = np.flatnonzero(~mask.any(axis=1))
    if not len(empty):
        return
    scale = m / n
    for i in empty.tolist():
        if not a_sets[i]:
            continue
        mid = int(i * scale)
        lo, hi = max(0, mid - BAND), min(m, mid + BAND + 1)
        # Only cells that share a content word can score above the threshold.
        for j in range(lo, hi):
            if a_sets[i] & b_sets[j]:
                mask[i, j] = True
