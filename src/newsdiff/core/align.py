"""Sentence alignment: a monotonic dynamic programme plus detection of moved sentences.

Similarity is the Jaccard index of two sentences' content-word sets (stop words
dropped, words cut to a short stem so "withdrawal" meets "withdrawing"). It is computed
only for candidate pairs: on large inputs, pairs that share a word that is rare in both
texts; on small ones, pairs that share any content word. Pairs that share nothing have
similarity 0 and are never matched. Set overlaps are counted with bit sets over the
words both texts use, so a whole batch of pairs costs a few numpy operations.

The programme maximises the sum of (similarity - threshold) over matched groups, with
groups of 1-1, 2-1, 1-2, 3-1 and 1-3 sentences; leaving a sentence unmatched scores 0.
Because a skip scores 0, a DP row starts as a copy of the previous one, only candidate
cells can improve on it, and the "skip a B sentence" move is one running maximum.
Stretches left unmatched on both sides are aligned again with a lower threshold, and
leftover sentences that still resemble each other strongly are paired as ``moved``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

from newsdiff.core.article import normalize

Kind = Literal["equal", "changed", "added", "removed", "moved"]
KINDS: tuple[Kind, ...] = ("equal", "changed", "added", "removed", "moved")

#: Matching a group gains (similarity - THRESHOLD); GUIDE measured 0.2 as right for
#: word-set Jaccard on the seeds.
THRESHOLD = 0.2
#: Between two matched rows, a leftover sentence on each side is usually the same
#: sentence rewritten beyond recognition by word overlap, so gaps get this threshold.
GAP_THRESHOLD = 0.08
#: ... for gaps of at most this many sentences a side.
GAP_MAX = 8
#: ... or, for one sentence a side whose content words do not overlap enough, this
#: character similarity of the whole texts (rapidfuzz ``ratio`` / 100).
SURFACE_THRESHOLD = 0.6
#: A moved sentence must resemble its counterpart more than an in-place one: a false
#: "moved" link across the article is worse than an honest added/removed pair.
MOVE_THRESHOLD = 0.3
#: The programme keeps about six bytes per sentence pair (the way back and the
#: candidate masks); past this it would need more memory than a diff should take.
MAX_CELLS = 50_000_000
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

SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (2, 1), (1, 2), (3, 1), (1, 3))

_WORD = re.compile(r"\w+")
_SKIP_B, _SKIP_A = 0, 1  # DP moves; a group of SHAPES[k] is stored as 2 + k

Group = tuple[tuple[int, ...], tuple[int, ...], float]
#: Called with the share of the work done so far, from 0.0 to 1.0.
Progress = Callable[[float], None]
IntArray = npt.NDArray[np.int64]


class AlignmentTooLarge(Exception):
    """Both inputs together exceed what the aligner will hold in memory."""


@dataclass(frozen=True)
class Link:
    """One alignment row before word diffing: sentence indices on each side."""

    kind: Kind
    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float


class Paired(Protocol):
    """Anything that pairs sentence indices of A with those of B: a ``Link``, or a
    comparison's row (what the dataset layer needs of a row, without importing it)."""

    @property
    def a(self) -> tuple[int, ...]: ...

    @property
    def b(self) -> tuple[int, ...]: ...


def content_words(text: str) -> frozenset[str]:
    """The words that carry meaning, folded for comparison."""
    return _stems(normalize(text))


def _stems(normalized: str) -> frozenset[str]:
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


def _group_starts(
    mask: npt.NDArray[np.bool_], ii: IntArray, jj: IntArray, ka: int, kb: int
) -> tuple[IntArray, IntArray]:
    """Candidate group starts: every sentence of the group shares a candidate word with
    the other side. A member that shares nothing only dilutes the group's similarity,
    so leaving it out loses no real match and keeps the candidates few.

    ``ii, jj`` are the 1-1 candidates; a group starting at (i, j) needs (i, j) among
    them, so testing the other members of each is enough.
    """
    n, m = mask.shape
    keep = (ii + ka <= n) & (jj + kb <= m)
    ii, jj = ii[keep], jj[keep]
    ok = np.ones(len(ii), dtype=np.bool_)
    for da in range(ka):
        for db in range(kb):
            if da or db:
                ok &= mask[ii + da, jj + db]
    return ii[ok], jj[ok]


#: The programme reports progress every this many rows (a call costs about 1 µs).
PROGRESS_EVERY = 128


def _dp(
    sim: Similarity,
    mask: npt.NDArray[np.bool_],
    threshold: float,
    progress: Progress | None = None,
) -> list[Group]:
    """Best monotone chain of groups (see the module docstring)."""
    n, m = mask.shape
    # Every candidate group with a positive gain, as flat arrays sorted by the DP row
    # that closes it: R (row), C (closing column), J (first B sentence), K (A size),
    # S (move code), G (gain).
    parts = []
    ones_i, ones_j = np.nonzero(mask)
    for s, (ka, kb) in enumerate(SHAPES):
        ii, jj = _group_starts(mask, ones_i, ones_j, ka, kb)
        gain = sim.pairs(ka, kb, ii, jj) - threshold
        keep = gain > 0
        ii, jj, gain = ii[keep], jj[keep], gain[keep]
        parts.append((ii + ka, jj + kb, jj, np.full(len(ii), ka), np.full(len(ii), s + 2), gain))
    R, C, J, K, S, G = (np.concatenate([p[f] for p in parts]) for f in range(6))
    order = np.argsort(R, kind="stable")
    R, C, J, K, S, G = R[order], C[order], J[order], K[order], S[order].astype(np.int8), G[order]
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
    scores: dict[tuple[int, int, int, int], float] = {}
    for ka, kb in SHAPES:
        chosen = [g for g in groups if g[1] == ka and g[3] == kb]
        if chosen:
            rows = np.array([g[0] for g in chosen])
            cols = np.array([g[2] for g in chosen])
            scores.update(zip(chosen, sim.pairs(ka, kb, rows, cols).tolist(), strict=True))
    return [
        (tuple(range(a0, a0 + ka)), tuple(range(b0, b0 + kb)), scores[(a0, ka, b0, kb)])
        for a0, ka, b0, kb in groups
    ]


def _surface(a: str, b: str) -> float:
    """Character similarity of two whole normalised sentences, stop words included."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b)) / 100


def _fill_gaps(
    groups: list[Group],
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    a_norm: Sequence[str] = (),
    b_norm: Sequence[str] = (),
) -> list[Group]:
    """Align each short stretch left unmatched on both sides between two matched rows
    again, with GAP_THRESHOLD.

    Only a stretch held in place by matches on both ends, of at most GAP_MAX sentences
    a side, is trusted to be the same text rewritten; before the first match and after
    the last, a low threshold pairs unrelated headlines and boilerplate. Every shared
    word counts as a candidate there, which also recovers pairs that share only words
    too frequent to be candidates at full size.
    """
    n, m = len(a_sets), len(b_sets)
    out: list[Group] = []
    a0 = b0 = 0
    for k, g in enumerate([*groups, ((n,), (m,), 0.0)]):
        a1, b1 = g[0][0], g[1][0]
        inner = 0 < k < len(groups) and a1 - a0 <= GAP_MAX and b1 - b0 <= GAP_MAX
        if not inner:
            pass
        elif a1 - a0 == 1 and b1 - b0 == 1:
            # The common case, one sentence rewritten in place: plain set arithmetic.
            x, y = a_sets[a0], b_sets[b0]
            union = len(x | y)
            score = len(x & y) / union if union else 0.0
            if score < GAP_THRESHOLD and a_norm and b_norm:
                # A short sentence can be all stop words but for the one word that
                # changed ("He was 34." / "He was 43."): held in place on both sides,
                # it is the same sentence if the whole text is mostly the same.
                surface = _surface(a_norm[a0], b_norm[b0])
                if surface >= SURFACE_THRESHOLD:
                    score = surface
            if score >= GAP_THRESHOLD:
                out.append(((a0,), (b0,), score))
        elif a1 > a0 and b1 > b0:
            sub_a, sub_b = a_sets[a0:a1], b_sets[b0:b1]
            sub = _dp(Similarity(sub_a, sub_b), candidate_mask(sub_a, sub_b, True), GAP_THRESHOLD)
            for ia, ib, score in sub:
                out.append((tuple(i + a0 for i in ia), tuple(j + b0 for j in ib), score))
        if a1 < n:
            out.append(g)
        a0, b0 = g[0][-1] + 1, g[1][-1] + 1
    return out


def _moves(
    free_a: list[int], free_b: list[int], sim: Similarity, mask: npt.NDArray[np.bool_]
) -> list[Group]:
    """Greedy best-first pairing of leftover sentences that still resemble each other."""
    if not free_a or not free_b:
        return []
    fa, fb = np.array(free_a), np.array(free_b)
    ii, jj = np.nonzero(mask[np.ix_(fa, fb)])
    rows, cols = fa[ii], fb[jj]
    scores = sim.pairs(1, 1, rows, cols)
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    out: list[Group] = []
    for k in np.argsort(-scores, kind="stable"):
        score = float(scores[k])
        if score < MOVE_THRESHOLD:
            break
        i, j = int(rows[k]), int(cols[k])
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        out.append(((i,), (j,), score))
    return out


def align(
    a_texts: Sequence[str], b_texts: Sequence[str], progress: Progress | None = None
) -> list[Link]:
    """Align two sentence lists into rows (see the module docstring for the method).

    ``progress``, if given, is called now and then with the share done (the programme's
    rows, which are most of the time on large inputs).

    Raises:
        AlignmentTooLarge: when ``len(a) * len(b)`` exceeds MAX_CELLS.
    """
    n, m = len(a_texts), len(b_texts)
    if (n + 1) * (m + 1) > MAX_CELLS:
        raise AlignmentTooLarge(
            f"{n:,} x {m:,} sentences is too many to align (limit {MAX_CELLS:,} pairs)"
        )
    na_norm = [normalize(t) for t in a_texts]
    nb_norm = [normalize(t) for t in b_texts]
    a_sets = [_stems(t) for t in na_norm]
    b_sets = [_stems(t) for t in nb_norm]
    links: list[Link] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    if n and m:
        sim = Similarity(a_sets, b_sets)
        mask = candidate_mask(a_sets, b_sets, a_norm=na_norm, b_norm=nb_norm)
        for ia, ib, score in _fill_gaps(
            _dp(sim, mask, THRESHOLD, progress), a_sets, b_sets, na_norm, nb_norm
        ):
            same = " ".join(na_norm[i] for i in ia) == " ".join(nb_norm[j] for j in ib)
            kind: Kind = "equal" if same else "changed"
            links.append(Link(kind, ia, ib, 1.0 if same else round(score, 4)))
            used_a.update(ia)
            used_b.update(ib)
        free_a = [i for i in range(n) if i not in used_a]
        free_b = [j for j in range(m) if j not in used_b]
        for ia, ib, score in _moves(free_a, free_b, sim, mask):
            links.append(Link("moved", ia, ib, round(score, 4)))
            used_a.update(ia)
            used_b.update(ib)
    links.extend(Link("removed", (i,), (), 0.0) for i in range(n) if i not in used_a)
    links.extend(Link("added", (), (j,), 0.0) for j in range(m) if j not in used_b)
    return order_rows(links)


def order_rows(links: list[Link]) -> list[Link]:
    """Reading order: rows follow A; an added B sentence comes just before the first
    in-order row whose B side follows it; a moved row sits where its A sentence is."""
    anchored = sorted((lk for lk in links if lk.kind != "added"), key=lambda lk: lk.a[0])
    added = sorted((lk for lk in links if lk.kind == "added"), key=lambda lk: lk.b[0])
    out: list[Link] = []
    k = 0
    for lk in anchored:
        if lk.kind != "moved" and lk.b:
            while k < len(added) and added[k].b[0] < lk.b[0]:
                out.append(added[k])
                k += 1
        out.append(lk)
    out.extend(added[k:])
    return out
