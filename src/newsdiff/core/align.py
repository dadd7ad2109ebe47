"""Sentence alignment: a monotonic dynamic programme plus detection of moved sentences.

Similarity and candidate pairs follow ``words`` (Jaccard of content-word sets), in plain
Python on small inputs (``small``) or few distinct texts (``twins``), else numpy (``dense``).

The programme maximises the sum of (similarity - threshold) over matched groups, with
groups of 1-1, 2-1, 1-2, 3-1 and 1-3 sentences; leaving a sentence unmatched scores 0.
Because a skip scores 0, a DP row starts as a copy of the previous one, only candidate
cells can improve on it, and the "skip a B sentence" move is one running maximum.
Stretches left unmatched on both sides are aligned again with a lower threshold, and
leftover sentences that still resemble each other strongly are paired as ``moved``.
A pair not told twice keeps only its sure links (``confidence.SURE``); in one that is (or
stories told in order: ``core.story``, ``core.in_turn``), leftovers pair on paraphrase and order.
A group that holds a sentence its other side does not, or misses one it does, is
mended around the programme (``core.regroup``), and a sure row of one sentence takes
the pieces of its retelling beside it (``core.retold``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from newsdiff.core import story, stretches
from newsdiff.core.article import normalize
from newsdiff.core.chain import SHAPES, Chosen
from newsdiff.core.confidence import (
    CONFIDENT,
    SURE,
    Span,
    best_partners,
    confident,
    leftover_pairs,
    not_replaced,
    order_test,
    run_pairs,
    sure,
    told_twice,
)
from newsdiff.core.copied import discounted
from newsdiff.core.frozen import quick_init
from newsdiff.core.in_turn import inside, spans, within
from newsdiff.core.paraphrase import Concepts, paraphrase_pairs
from newsdiff.core.regroup import interrupted, merged_neighbours, outbid, take_in, take_out
from newsdiff.core.retold import retold
from newsdiff.core.sentence_words import sentence_words
from newsdiff.core.small import SmallPairing
from newsdiff.core.trim import chance_members_out, trimmed, twins_in_place
from newsdiff.core.trim import group_text as _text

__all__ = ["SHAPES", "AlignmentTooLarge", "Kind", "KINDS", "Link", "Paired", "align"]

Kind = Literal["equal", "changed", "added", "removed", "moved"]
KINDS: tuple[Kind, ...] = ("equal", "changed", "added", "removed", "moved")

#: Matching a group gains (similarity - THRESHOLD); GUIDE measured 0.2 right for word sets.
THRESHOLD = 0.2
#: Between two matched rows, a leftover sentence on each side is usually the same
#: sentence rewritten beyond recognition by word overlap, so gaps get this threshold.
GAP_THRESHOLD = 0.08
#: ... for gaps of at most this many sentences a side.
GAP_MAX = 8
#: ... and the short stretch between a text's start and its first matched row, or
#: its last matched row and its end, this one: a short retelling often has no
#: confident row before its moral, so its first sentences had no row to hold them
#: ("A thirsty Crow found a Pitcher ..."). On bench/'s fables F1 0.575 -> 0.762, 0.08
#: to 0.1 scored alike, 0.12 lower (0.732); the bible-retell dev half 0.835 -> 0.842.
EDGE_THRESHOLD = 0.1
#: ... or, for one sentence a side whose content words do not overlap enough, this
#: character similarity of the whole texts (rapidfuzz ``ratio`` / 100).
SURFACE_THRESHOLD = 0.6
#: A moved sentence must resemble its counterpart more than an in-place one: a false
#: "moved" link across the article is worse than an honest added/removed pair.
MOVE_THRESHOLD = 0.3
#: Up to this many sentence pairs the alignment runs in plain Python (``core.small``):
#: numpy's import (about 75 ms) costs more than aligning a pair of articles without
#: it; past it, numpy (``core.dense``) is faster.
SMALL_MAX_PAIRS = 20_000

Group = tuple[tuple[int, ...], tuple[int, ...], float]
#: Called with the share of the work done so far, from 0.0 to 1.0.
Progress = Callable[[float], None]


class AlignmentTooLarge(Exception):
    """Kept for callers that catch it: the aligner no longer refuses large inputs."""


@quick_init
@dataclass(frozen=True)
class Link:
    """One alignment row before word diffing: sentence indices on each side."""

    kind: Kind
    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float
    #: Found only because the pair is a short story in order (``core.story``): never sure.
    by_order: bool = False


class Paired(Protocol):
    """Anything that pairs sentence indices of A with those of B: a ``Link``, or a
    comparison's row (what the dataset layer needs of a row, without importing it)."""

    @property
    def a(self) -> tuple[int, ...]: ...

    @property
    def b(self) -> tuple[int, ...]: ...


class Pairing(Protocol):
    """The similarity and candidates of two sentence lists, and the programme over
    them: ``core.small``, ``core.twins`` in plain Python, ``core.dense`` in numpy, alike."""

    n: int  # sentences of A
    m: int  # sentences of B

    def scores(self, ka: int, kb: int, rows: Sequence[int], cols: Sequence[int]) -> list[float]:
        """Similarity of the A group of ``ka`` sentences from ``rows[p]`` with the B
        group of ``kb`` from ``cols[p]``."""
        ...

    def among(self, rows: Sequence[int], cols: Sequence[int]) -> tuple[list[int], list[int]]:
        """The candidate pairs whose A sentence is in ``rows`` and B one in ``cols``."""
        ...

    def chain(self, threshold: float, progress: Progress | None = None) -> list[Chosen]:
        """The best monotone chain of groups, each gaining (similarity - threshold)."""
        ...


def pairing(
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    exhaustive: bool = False,
    a_norm: Sequence[str] = (),
    b_norm: Sequence[str] = (),
) -> Pairing:
    """The pairing for inputs of this size (see ``_small_enough``)."""
    if _small_enough(len(a_sets) * len(b_sets)):
        return SmallPairing(a_sets, b_sets, exhaustive, a_norm, b_norm)
    from newsdiff.core.twins import twin_pairing  # not imported for a pair of articles

    if not exhaustive and (twins := twin_pairing(a_sets, b_sets, a_norm, b_norm)) is not None:
        return twins  # a long pair of few distinct texts: no numpy (``core.twins``)
    if "numpy" not in sys.modules:
        # No matrices here: OpenBLAS's threads would spin, a tenth of a long pair's CPU.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from newsdiff.core.dense import DensePairing

    return DensePairing(a_sets, b_sets, exhaustive, a_norm, b_norm)


def _small_enough(pairs: int) -> bool:
    """Plain Python up to SMALL_MAX_PAIRS sentence pairs, unless numpy is loaded."""
    return pairs <= SMALL_MAX_PAIRS and "numpy" not in sys.modules


def _dp(pairs: Pairing, threshold: float, progress: Progress | None = None) -> list[Group]:
    """Best monotone chain of groups (see the module docstring)."""
    groups = pairs.chain(threshold, progress)
    scores: dict[tuple[int, int, int, int], float] = {}
    for ka, kb in SHAPES:
        chosen = [g for g in groups if g[1] == ka and g[3] == kb]
        if chosen:
            rows = [g[0] for g in chosen]
            cols = [g[2] for g in chosen]
            scores.update(zip(chosen, pairs.scores(ka, kb, rows, cols), strict=True))
    return [
        (tuple(range(a0, a0 + ka)), tuple(range(b0, b0 + kb)), scores[(a0, ka, b0, kb)])
        for a0, ka, b0, kb in groups
    ]


def _surface(a: str, b: str) -> float:
    """Character similarity of two whole normalised sentences, stop words included."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b)) / 100


def _realign(
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    span: tuple[int, int, int, int],
    threshold: float,
) -> list[Group]:
    """The programme again over A[a0:a1] and B[b0:b1], every shared word a candidate."""
    a0, a1, b0, b1 = span
    sets = a_sets[a0:a1], b_sets[b0:b1]
    sub = chance_members_out(_dp(SmallPairing(*sets, exhaustive=True), threshold), sets)
    return [(tuple(i + a0 for i in ia), tuple(j + b0 for j in ib), s) for ia, ib, s in sub]


def _fill_gaps(
    groups: list[Group],
    a_sets: Sequence[frozenset[str]],
    b_sets: Sequence[frozenset[str]],
    a_norm: Sequence[str] = (),
    b_norm: Sequence[str] = (),
    edge_ok: Callable[[Group, Span], bool] | None = None,
) -> list[Group]:
    """Align each short stretch left unmatched on both sides between two matched rows
    again, with GAP_THRESHOLD, and (if ``edge_ok`` is given) the short stretch before
    the first match and after the last with EDGE_THRESHOLD.

    Only a stretch held in place by matches on both ends, of at most GAP_MAX sentences
    a side, is trusted to be the same text rewritten. At a text's start or end the
    edge holds it on one side, but there a low threshold can pair unrelated headlines
    and boilerplate, so a pair found there must also pass ``edge_ok`` (each sentence
    the other's best partner). Every shared word counts as a candidate, which also
    recovers pairs that share only words too frequent to be candidates at full size.
    """
    n, m = len(a_sets), len(b_sets)
    out: list[Group] = []
    a0 = b0 = 0
    for k, g in enumerate([*groups, ((n,), (m,), 0.0)]):
        a1, b1 = g[0][0], g[1][0]
        short = a1 - a0 <= GAP_MAX and b1 - b0 <= GAP_MAX
        if not short or a1 == a0 or b1 == b0:
            pass
        elif not 0 < k < len(groups):
            if edge_ok is not None and groups:
                found = _realign(a_sets, b_sets, (a0, a1, b0, b1), EDGE_THRESHOLD)
                out.extend(e for e in found if edge_ok(e, (a0, a1, b0, b1)))
        elif a1 - a0 == 1 and b1 - b0 == 1:
            # The common case, one sentence rewritten in place: plain set arithmetic.
            score = story.plain(a_sets[a0], b_sets[b0])
            if score < GAP_THRESHOLD and a_norm and b_norm:
                # A short sentence can be all stop words but for the one word that
                # changed ("He was 34." / "He was 43."): held in place on both sides,
                # it is the same sentence if the whole text is mostly the same.
                surface = _surface(a_norm[a0], b_norm[b0])
                if surface >= SURFACE_THRESHOLD:
                    score = surface
            if score >= GAP_THRESHOLD:
                out.append(((a0,), (b0,), score))
        else:
            out.extend(_realign(a_sets, b_sets, (a0, a1, b0, b1), GAP_THRESHOLD))
        if a1 < n:
            out.append(g)
        a0, b0 = g[0][-1] + 1, g[1][-1] + 1
    return out


def align(
    a_texts: Sequence[str],
    b_texts: Sequence[str],
    progress: Progress | None = None,
    concepts: Concepts | None = None,
    chained: Callable[[Sequence[Link]], None] | None = None,
) -> list[Link]:
    """Align two sentence lists into rows (see the module docstring for the method).

    ``progress``, if given, is called now and then with the share done (the programme's
    rows, which are most of the time on large inputs). ``concepts``, if given, relates
    words for the paraphrase pass (``core.paraphrase``; ``meaning.lexicon.concepts``).
    ``chained``, if given, hears the rows of the programme's chain as soon as they are known,
    before the later passes (most rows of a long pair: ``compare`` diffs them in another process).
    """
    n, m = len(a_texts), len(b_texts)
    (na_norm, nb_norm), (a_sets, b_sets) = sentence_words(a_texts, b_texts)
    links: list[Link] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    if n and m:
        pairs = pairing(a_sets, b_sets, a_norm=na_norm, b_norm=nb_norm)
        groups = trimmed(_dp(pairs, THRESHOLD, progress), pairs, na_norm, nb_norm)
        chain = confident(chance_members_out(groups, (a_sets, b_sets)), na_norm, nb_norm)
        # A group's member that its other side does not hold goes (regroup.take_out).
        chain = take_out(chain, (a_sets, b_sets), pairs, (THRESHOLD, MOVE_THRESHOLD, CONFIDENT))
        edge_ok = best_partners(pairs, chain)
        filled = _fill_gaps(chain, a_sets, b_sets, na_norm, nb_norm, edge_ok)
        for ia, ib, score in outbid(filled, chain, pairs, MOVE_THRESHOLD):
            same = _text(na_norm, ia) == _text(nb_norm, ib)
            kind: Kind = "equal" if same else "changed"
            links.append(Link(kind, ia, ib, 1.0 if same else round(score, 4)))
            used_a.update(ia)
            used_b.update(ib)
        if chained is not None:
            chained(links)
        free_a = [i for i in range(n) if i not in used_a]
        free_b = [j for j in range(m) if j not in used_b]
        in_order = order_test(links)
        leftovers = leftover_pairs(free_a, free_b, pairs, MOVE_THRESHOLD)
        for ia, ib, score in merged_neighbours(leftovers, pairs, (n, m), (used_a, used_b)):
            kind = "changed" if in_order(ia[0], ib[0]) else "moved"
            if kind == "changed" and normalize(a_texts[ia[0]]) == normalize(b_texts[ib[0]]):
                kind = "equal"
            links.append(Link(kind, ia, ib, round(score, 4)))
            used_a.update(ia)
            used_b.update(ib)
        free_a = [i for i in range(n) if i not in used_a]
        free_b = [j for j in range(m) if j not in used_b]
        for ia, ib, score in run_pairs(
            (free_a, free_b), pairs, (na_norm, nb_norm), (a_sets, b_sets)
        ):
            kind = "changed" if in_order(ia[0], ib[0]) else "moved"
            links.append(Link(kind, ia, ib, round(score, 4)))
            used_a.update(ia)
            used_b.update(ib)
        # A link's confidence leaves out the words of the copied text beside it.
        for k, score in discounted(links, (a_sets, b_sets), (na_norm, nb_norm)).items():
            lk = links[k]
            links[k] = Link(lk.kind, lk.a, lk.b, round(score, 4))
        # A replaced sentence stays in ``used_*``: never paired again, it ends removed or added.
        firm = [_is_sure(lk, na_norm, nb_norm) for lk in links]
        kept = not_replaced(links, firm, na_norm, nb_norm)
        if not all(kept):
            links = [lk for lk, ok in zip(links, kept, strict=True) if ok]
            firm = [sure for sure, ok in zip(firm, kept, strict=True) if ok]
        free_a = [i for i in range(n) if i not in used_a]
        free_b = [j for j in range(m) if j not in used_b]
        weak = not all(firm)
        alike = story.similarity((a_sets, b_sets), (na_norm, nb_norm), concepts)
        twice, told = False, list[Span]()  # the whole pair, or its stories told in turn
        if weak or (free_a and free_b):
            twice = told_twice(sum(firm), a_sets, b_sets)
            told = spans((a_texts, b_texts), alike, (GAP_THRESHOLD, concepts), twice)
        if weak:  # elsewhere only sure links: no forced row of two stories sharing words
            links = [lk for lk, ok in zip(links, firm, strict=True) if ok or inside(lk, told)]
        for span in told:  # only here a paraphrase link; never sure if told by order alone
            fa, fb = within((free_a, free_b), span)
            for i, j, score in paraphrase_pairs(fa, fb, pairs, (na_norm, nb_norm), concepts):
                kind = "changed" if in_order(i, j) else "moved"
                links.append(Link(kind, (i,), (j,), round(score, 4), not twice))
            for i, j in stretches.in_order(links, span, alike, (GAP_THRESHOLD, edge_ok, twice)):
                links.append(
                    Link("changed", (i,), (j,), round(story.plain(a_sets[i], b_sets[j]), 4), True)
                )
        used_a = {i for lk in links for i in lk.a}
        used_b = {j for lk in links for j in lk.b}
        free_a = [i for i in range(n) if i not in used_a]
        free_b = [j for j in range(m) if j not in used_b]
        # A free sentence whose words a row's other side holds joins it, in a run or not.
        for k, (ia, ib, score) in take_in(links, (free_a, free_b), (a_sets, b_sets), pairs).items():
            kind = "changed" if links[k].kind == "equal" else links[k].kind
            links[k] = Link(kind, ia, ib, round(score, 4), links[k].by_order)
            used_a.update(ia)
            used_b.update(ib)
        # One sentence told as several: a sure row takes the pieces beside it.
        free = ([i for i in range(n) if i not in used_a], [j for j in range(m) if j not in used_b])

        def firm_at(k: int) -> bool:
            return _is_sure(links[k], na_norm, nb_norm)

        for k, (ia, ib) in retold(links, firm_at, free, (a_sets, b_sets), pairs).items():
            same = _text(na_norm, ia) == _text(nb_norm, ib)  # a sentence cut in two
            kind = "equal" if same else "changed" if links[k].kind == "equal" else links[k].kind
            links[k] = Link(kind, ia, ib, 1.0 if same else links[k].similarity, links[k].by_order)
            used_a.update(ia)
            used_b.update(ib)
        closed, moved = interrupted(links, (used_a, used_b), (a_sets, b_sets))
        for k, (ia, ib) in closed.items():
            lk = links[k]
            kind = "changed" if lk.kind == "equal" else lk.kind
            links[k] = Link(kind, ia, ib, lk.similarity, lk.by_order)
        placed = twins_in_place(links, moved, (used_a, used_b), (na_norm, nb_norm))
        for k in moved:
            lk = links[k]
            if k in placed:
                i, j = placed[k]
                same = na_norm[i] == nb_norm[j]
                kind = "equal" if same else "changed"
                links[k] = Link(kind, (i,), (j,), 1.0 if same else lk.similarity, lk.by_order)
                continue
            links[k] = Link("moved", lk.a, lk.b, lk.similarity, lk.by_order)
    links.extend(Link("removed", (i,), (), 0.0) for i in range(n) if i not in used_a)
    links.extend(Link("added", (), (j,), 0.0) for j in range(m) if j not in used_b)
    return order_rows(links)


def _is_sure(lk: Link, a_norm: Sequence[str], b_norm: Sequence[str]) -> bool:
    """Whether a link is sure (``confidence.SURE``; never ``by_order``): a pair not told
    twice keeps only sure links, not a forced row of two stories that share a few words."""
    if lk.kind == "equal" or lk.similarity >= SURE and not lk.by_order:
        return True  # most links of a long pair: no texts to join
    return not lk.by_order and sure(lk.similarity, _text(a_norm, lk.a), _text(b_norm, lk.b))


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
