"""Sentence similarity and candidate pairs for the aligner.

Similarity is the Jaccard index of two sentences' content-word sets (stop words
dropped, an inflection stripped and words cut to a short stem, so "withdrawal" meets
"withdrawing" and "asked" meets "ask"). It is computed
only for candidate pairs: on large inputs, pairs that share a word that is rare in both
texts; on small ones, pairs that share any content word. Pairs that share nothing have
similarity 0 and are never matched. Set overlaps are counted with bit sets over the
words both texts use, so a whole batch of pairs costs a few numpy operations.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from newsdiff.core.article import normalize

IntArray = npt.NDArray[np.int64]

#: Below this many sentence pairs every shared content word makes a candidate pair.
SMALL_PAIRS = 250_000
#: Words are cut to this many characters: a cheap stemmer that lets "refusing" meet
#: "refused" (5 measured best of 4 to 7 on the seed pair).
STEM = 5
#: ... after one of these endings is stripped (leaving at least three letters), then a
#: doubled last letter or a final "e": "asked" meets "ask", "dropping" "drop", "reached"
#: "reach", which the prefix alone keeps apart in short words. On bench/'s retelling
#: sets (bench/accuracy.py) it raised link recall at the same precision: bible-retell
#: dev F1 0.842 -> 0.847, the fables 0.762 -> 0.814 (a 4-letter cut scored a little
#: higher on the dev halves but joins more unrelated words: "police", "politics").
SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "est")
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


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A lower-case word's stem (see SUFFIXES); cached, as a text repeats its words."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and (word[-1] == word[-2] or word[-1] == "e"):
        word = word[:-1]
    return word[:STEM]


def stems(normalized: str) -> frozenset[str]:
    # align() has the normalised text already; normalising again cost 0.1 s at 7,400
    # sentences.
    words = _WORD.findall(normalized.lower())
    return frozenset(stem(w) for w in words if w not in STOP_WORDS)


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


#: On large inputs a word is rare (a candidate) in at most this many sentences of both
#: texts together. It bounds the candidates by the sentences, not their product: a
#: word in 400 sentences of a day-long live blog paired 40,000 sentences for nothing
#: (issue 16: 9 million candidates, 38 s, on 8,000 distinct sentences a side; 0.7 s
#: at 64, with 5-7% of the moved sentences read as removed and added instead).
RARE_MAX = 64


def _rare_cap(n: int, m: int) -> int:
    if n * m <= SMALL_PAIRS:
        return n + m
    return min(RARE_MAX, max(10, (n + m) // 20))


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

    def has(self, ii: IntArray, jj: IntArray) -> npt.NDArray[np.bool_]:
        """Whether each ``(ii[p], jj[p])`` is a candidate (all inside the table)."""
        wanted = ii * self.m + jj
        pos = np.searchsorted(self.codes, wanted)
        found = np.zeros(len(wanted), dtype=np.bool_)
        inside = pos < len(self.codes)
        found[inside] = self.codes[pos[inside]] == wanted[inside]
        return found

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
) -> Candidates:
    """The pairs where A sentence i and B sentence j may be the same sentence.

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
    chunks: list[IntArray] = [np.empty(0, dtype=np.int64)]
    for w, rows in post_a.items():
        cols = post_b.get(w)
        if cols is not None and len(rows) + len(cols) <= cap:
            chunks.append(_product(rows, cols, m))
    if a_norm and b_norm and not exhaustive:
        chunks.extend(_equal_texts(a_norm, b_norm, m))
    codes = _sorted_unique(np.concatenate(chunks))
    if a_norm and b_norm and not exhaustive:
        codes = _add_band(codes, a_sets, b_sets)
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


#: An exact text repeated this many times on each side or more pairs only with its
#: nearby repeats (boilerplate repeated through a long file).
EXACT_CAP = 100
#: Half width of the diagonal band given to rows with no candidate word.
BAND = 25


def _equal_texts(a_norm: Sequence[str], b_norm: Sequence[str], m: int) -> list[IntArray]:
    where_b: dict[str, list[int]] = {}
    for j, t in enumerate(b_norm):
        where_b.setdefault(t, []).append(j)
    where_a: dict[str, list[int]] = {}
    for i, t in enumerate(a_norm):
        if t in where_b:
            where_a.setdefault(t, []).append(i)
    out: list[IntArray] = []
    for t, rows in where_a.items():
        cols = where_b[t]
        if len(rows) * len(cols) <= EXACT_CAP * EXACT_CAP:
            out.append(_product(rows, cols, m))
        else:
            # The k-th repeat in A with the repeats in B around its k-th.
            scale = len(cols) / len(rows)
            for k, i in enumerate(rows):
                mid = int(k * scale)
                out.append(
                    _product([i], cols[max(0, mid - EXACT_CAP // 2) : mid + EXACT_CAP // 2], m)
                )
    return out


def _add_band(
    codes: IntArray, a_sets: Sequence[frozenset[str]], b_sets: Sequence[frozenset[str]]
) -> IntArray:
    n, m = len(a_sets), len(b_sets)
    has_row = np.zeros(n, dtype=np.bool_)
    has_row[codes // m] = True
    empty = np.flatnonzero(~has_row)
    if not len(empty):
        return codes
    scale = m / n
    extra: list[int] = []
    for i in empty.tolist():
        if not a_sets[i]:
            continue
        mid = int(i * scale)
        lo, hi = max(0, mid - BAND), min(m, mid + BAND + 1)
        # Only cells that share a content word can score above the threshold.
        row = a_sets[i]
        extra.extend(i * m + j for j in range(lo, hi) if not row.isdisjoint(b_sets[j]))
    if not extra:
        return codes
    return _sorted_unique(np.concatenate([codes, np.asarray(extra, dtype=np.int64)]))
