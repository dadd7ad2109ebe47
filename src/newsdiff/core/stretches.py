"""The free sentences between two rows of a story told twice, paired in order.

Classic sentence alignment pairs a retelling by order: between two rows, what is left
on both sides tells the same part of the story (``core.story`` judges a pair, or a
stretch of it, one story told twice). ``in_order`` pairs the free sentences of each
stretch between two in-order rows (or a text's start or end) by ``story.chain``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from newsdiff.core.confidence import Link as Row
from newsdiff.core.confidence import Span
from newsdiff.core.paraphrase import Concepts
from newsdiff.core.story import STORY_MAX, TOLD_MAX, Alike, Similarity, chain, long_story

#: A stretch is paired only with at most this many free sentences a side: the chain
#: weighs every pair of the stretch by WordNet, and a long stretch is no one part of
#: a story.
STRETCH_MAX = 12

#: A test of a stretch's free sentences (A's, B's): whether they pair, however many.
Stretch = Callable[[Sequence[int], Sequence[int]], bool]
#: ``confidence.best_partners``' test of a link (A, B, similarity) found in a span.
Guard = Callable[[tuple[tuple[int, ...], tuple[int, ...], float], Span], bool]


def longest_stretch(window: Span, twice: bool) -> int:
    """The most free sentences a side a stretch of ``window`` is paired with: STRETCH_MAX,
    or all of a longer story told twice that only its order told so (``story.long_story``:
    a window with more than STORY_MAX sentences a side, in a pair not told twice as a
    whole), whose chain is weighed already and whose few rows leave long stretches."""
    a0, a1, b0, b1 = window
    return TOLD_MAX if not twice and min(a1 - a0, b1 - b0) > STORY_MAX else STRETCH_MAX


def long_stretch(alike: Alike, level: tuple[float, Concepts | None]) -> Stretch:
    """The test of a stretch longer than STRETCH_MAX in a pair told twice as a whole:
    whether its sentences alone are a longer story told twice (``story.long_story``, on
    their normalised texts). Review r25b's book of 13 passages a side: Perrault's near
    copies make it told twice by its sure rows, and between two of the few sure rows
    of a Nights passage lay 17 and 28 free sentences, left unpaired (the palace
    passage F1 0.14 in the book, 0.54 alone)."""
    (a_sets, b_sets), (a_norm, b_norm) = alike.sets, alike.norm

    def judge(rows: Sequence[int], cols: Sequence[int]) -> bool:
        part = Alike(
            ([a_sets[i] for i in rows], [b_sets[j] for j in cols]),
            ([a_norm[i] for i in rows], [b_norm[j] for j in cols]),
            alike.concepts,
        )
        return long_story(part.norm, part, level)

    return judge


def in_order(
    rows: Sequence[Row],
    window: Span,
    score: Similarity,
    guard: tuple[float, Guard, bool],
) -> list[tuple[int, int]]:
    """The free sentences of ``window`` (a0, a1, b0, b1: the whole pair, or one story of
    it, ``stories``) in each stretch between two of the in-place ``rows`` (not moved,
    two-sided), or a text's start or end and a row, paired by ``chain`` at ``guard``'s
    floor, up to ``longest_stretch`` free sentences a side (``guard``'s last: whether
    the pair is told twice as a whole), or up to TOLD_MAX in a pair told twice where
    the stretch alone is a longer story told twice (``long_stretch``); a pair whose sentence resembles one outside the
    stretch more (``guard``'s test, ``confidence.best_partners``: a sentence moved, a
    near copy of another) is left."""
    floor, ok, twice = guard
    longest = longest_stretch(window, twice)
    judge = (
        long_stretch(score, (floor, score.concepts)) if twice and isinstance(score, Alike) else None
    )
    a0, a1, b0, b1 = window
    stretched = score.in_stretch if isinstance(score, Alike) else score
    used_a = {i for lk in rows for i in lk.a}
    used_b = {j for lk in rows for j in lk.b}
    free_a = [i for i in range(a0, a1) if i not in used_a]
    free_b = [j for j in range(b0, b1) if j not in used_b]
    if not free_a or not free_b:
        return []
    held = sorted(
        (lk.a[0], lk.b[0], lk.a[-1], lk.b[-1])
        for lk in rows
        if lk.a and lk.b and lk.kind != "moved"
    )
    # A long pair has thousands of rows and few free sentences: each free sentence
    # finds its stretch by bisection, not each stretch its free sentences.
    stretches: dict[int, tuple[list[int], list[int]]] = {}
    for side, free in enumerate((free_a, free_b)):
        starts = [h[side] for h in held]
        ends = list(accumulate((h[2 + side] for h in held), max))
        if starts != sorted(starts):
            return []  # rows that cross hold no stretch in place
        for k in free:
            at = bisect_right(starts, k)
            if at == 0 or ends[at - 1] < k:
                stretches.setdefault(at, ([], []))[side].append(k)
    out: list[tuple[int, int]] = []
    for at in sorted(stretches):
        sa, sb = stretches[at]
        size = max(len(sa), len(sb)) if sa and sb else 0
        if size and (size <= longest or size <= TOLD_MAX and judge is not None and judge(sa, sb)):
            span = (sa[0], sa[-1] + 1, sb[0], sb[-1] + 1)
            # Only between two rows: at a text's edge a sentence replaced (news
            # updated) shares its stop words with the new one as well.
            alike = stretched if 0 < at < len(held) else score
            found = chain(sa, sb, alike, floor)
            out.extend((i, j) for i, j in found if ok(((i,), (j,), alike(i, j)), span))
    return out
