"""Stories told in another order: a book whose fables the other book orders otherwise.

``core.in_turn`` reads a long pair as stories told in turn, each marked by the names
both texts hold; names told across each other's places are one story. A collection of
fables against another that orders them otherwise (issue 11 item 4: Townsend's five
dev fables against Jacobs's, his reversed) then crosses from the first fable to the
last: one stretch, too long for a short story, and nothing but its few sure rows
paired (the dev book F1 0.050, against 0.603 in turn). Here the names' boxes merge only
where they overlap on a side; where two stories told twice (``story.told``) come in
another order on B, each side's sentences between two stories are cut where they
chain best with each story's other side, B's stories are put in A's order, the pair is
aligned again (in turn now) and put back (``blocks.put_back``): the rows of the
stories out of their place are moved rows, and links the order alone found stay weak.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsdiff.core import story
from newsdiff.core.align import GAP_THRESHOLD, Link
from newsdiff.core.blocks import paragraph_ids, put_back, realigned, worded
from newsdiff.core.confidence import Span
from newsdiff.core.in_turn import LONG_MAX, LONG_STORY, _boxes, _gains, merged
from newsdiff.core.paraphrase import Concepts
from newsdiff.core.sentence_words import sentence_words
from newsdiff.core.story import STORY_MAX, Similarity

Align = Callable[[Sequence[str], Sequence[str]], list[Link]]

#: A pair whose first alignment links this share of its shorter side by words or more
#: is one text edited, not a book retold: its sentences moved with a name in them cross
#: no story (bench/distinct_pair.py's 300 sentences, 5% moved: 0.95 linked, aligned
#: again for nothing in 1.3 s more than the 0.26 s of its first alignment). A book in
#: another order links 0.06 (fables-2 dev), 0.57-0.64 (Vernon Jones dev) and 0.79
#: (r24b's close translations reversed) of its shorter side so.
WORDED_MAX = 0.85


def _apart(boxes: list[Span]) -> list[Span]:
    """The boxes merged until none overlaps another on either side, in A's order: the
    stories, whatever their order on B."""

    def overlapping(kept: list[Span], box: Span) -> list[int]:
        return [k for k, x in enumerate(kept) if _overlap(x, box, 0) or _overlap(x, box, 2)]

    return merged(boxes, overlapping)


def _overlap(x: Span, y: Span, side: int) -> bool:
    # Whether two boxes share a sentence on a side (0: A, 2: B).
    return x[side] <= y[side + 1] and y[side] <= x[side + 1]


def crossed(texts: tuple[Sequence[str], Sequence[str]], concepts: Concepts | None) -> list[Span]:
    """The boxes of names (``in_turn``'s, a name told in one place a side) merged where
    they overlap on either side, when B has them in another order; otherwise none."""
    boxes = _apart(_boxes(texts, concepts, STORY_MAX))
    return boxes if sorted(boxes, key=lambda x: x[2]) != boxes else []


def _ranges(
    boxes: Sequence[Span], size: int, other: Sequence[range], score: Similarity
) -> list[range]:
    """Each box's sentences on the side its first two numbers give (the rows): the
    sentences between two boxes go where they chain best with each box's sentences on
    the other side (``other``; a short story's length of each beside the gap), the two
    chains kept apart; a tie goes to the middle, and a gap longer than two short
    stories is cut in its middle."""
    by_row = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    starts = {by_row[0]: 0}
    for x, y in zip(by_row, by_row[1:], strict=False):
        before, after = boxes[x], boxes[y]
        lo, hi = before[1] + 1, after[0]
        if hi - lo > 2 * STORY_MAX:
            starts[y] = round((lo + hi) / 2)
            continue
        rows = range(max(before[0], lo - STORY_MAX), hi)
        cols = other[x][-2 * STORY_MAX :]
        back_rows = range(lo, min(after[1] + 1, hi + STORY_MAX))[::-1]
        back_cols = other[y][: 2 * STORY_MAX][::-1]
        ahead = _gains(rows, cols, score, GAP_THRESHOLD)
        back = _gains(back_rows, back_cols, score, GAP_THRESHOLD)
        mid = (lo + hi) / 2
        starts[y] = max(
            (
                ahead[a - rows[0]][len(cols)] + back[back_rows[0] + 1 - a][len(back_cols)],
                -abs(a - mid),
                a,
            )
            for a in range(lo, hi + 1)
        )[2]
    ends = {x: starts[y] for x, y in zip(by_row, by_row[1:], strict=False)}
    ends[by_row[-1]] = size
    return [range(starts[k], ends[k]) for k in range(len(boxes))]


def stories_apart(
    texts: tuple[Sequence[str], Sequence[str]],
    boxes: list[Span],
    score: Similarity,
    level: tuple[float, Concepts | None],
) -> list[Span] | None:
    """The stories (a0, a1, b0, b1) of a long pair, one a box of names (``crossed``),
    each side cut between them (``_ranges``), when two of them told twice
    (``story.told``) come in another order on B; otherwise None."""
    a_texts, b_texts = texts
    n, m = len(a_texts), len(b_texts)
    flipped = [(b0, b1, a0, a1) for a0, a1, b0, b1 in boxes]

    def flip(j: int, i: int) -> float:
        return score(i, j)

    # Each side cut against the other's boxes, then against its cut, then again: the
    # two chains of one gap never share a sentence of the other side.
    b_ranges = [range(b0, b1 + 1) for _a0, _a1, b0, b1 in boxes]
    a_ranges = _ranges(boxes, n, b_ranges, score)
    b_ranges = _ranges(flipped, m, a_ranges, flip)
    a_ranges = _ranges(boxes, n, b_ranges, score)
    spans = [(a.start, a.stop, b.start, b.stop) for a, b in zip(a_ranges, b_ranges, strict=True)]
    told = []
    for a0, a1, b0, b1 in spans:
        if min(a1 - a0, b1 - b0) > STORY_MAX or max(a1 - a0, b1 - b0) > LONG_STORY:
            continue

        def here(i: int, j: int, a0: int = a0, b0: int = b0) -> float:
            return score(i + a0, j + b0)

        if story.told((a_texts[a0:a1], b_texts[b0:b1]), here, level):
            told.append((a0, b0))
    if sorted(told, key=lambda t: t[1]) == told:
        return None
    return spans


def _linked(links: Sequence[Link]) -> tuple[int, ...]:
    # Links by words first (as ``blocks`` weighs), then every A sentence linked at all.
    return worded(links), len({i for lk in links if lk.a and lk.b for i in lk.a})


def reordered(
    sides: tuple[Sequence[str], Sequence[str]],
    links: list[Link],
    again: Align,
    concepts: Concepts | None,
) -> list[Link] | None:
    """The alignment of ``sides`` with B's stories put in A's order (``stories_apart``),
    aligned by ``again`` and put back, when it links more of A than the first
    alignment (``links``) by words, or as many and more by order; otherwise None, and
    at once where the first links WORDED_MAX of the shorter side by words."""
    a_texts, b_texts = sides
    n, m = len(a_texts), len(b_texts)
    if not STORY_MAX < min(n, m) or max(n, m) > LONG_MAX:
        return None
    if worded(links) >= WORDED_MAX * min(n, m):
        return None  # one text edited: its moved sentences are the move pass's
    boxes = crossed(sides, concepts)
    if not boxes:
        return None
    (a_norm, b_norm), (a_sets, b_sets) = sentence_words(a_texts, b_texts)
    score = story.similarity((a_sets, b_sets), (a_norm, b_norm), concepts)
    spans = stories_apart(sides, boxes, score, (GAP_THRESHOLD, concepts))
    if spans is None:
        return None
    blocks = sorted(spans, key=lambda s: s[2])
    paras = [k for k, (_a0, _a1, b0, b1) in enumerate(blocks) for _ in range(b0, b1)]
    perm = [j for _a0, _a1, b0, b1 in sorted(spans) for j in range(b0, b1)]
    found = again(a_texts, [b_texts[j] for j in perm])
    return put_back(paras, perm, links, found, _linked)


def in_a_order(
    sides: tuple[Sequence[str], Sequence[str]],
    b_paragraphs: tuple[str, Sequence[tuple[int, int]]],
    links: list[Link],
    again: Align,
    concepts: Concepts | None,
) -> list[Link]:
    """The alignment (``links``) with B's stories (``reordered``), or else B's
    paragraphs (``blocks.realigned``; ``b_paragraphs``: B's text and its sentences'
    spans) put in A's order where that links more of A: what ``compare`` shows. B's
    stories once placed are not placed again paragraph by paragraph (a fable's
    paragraph would be placed by its chain alone, across the stories)."""
    found = reordered(sides, links, again, concepts)
    if found is not None:
        return found
    return realigned(sides, paragraph_ids(*b_paragraphs), links, again, concepts) or links
