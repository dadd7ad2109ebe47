"""Stories told in turn: a book of fables aligned as its fables are alone.

A short story told twice pairs what is left between its rows in order (``core.story``),
but a retelling often comes as one text: review r23b's ten fables, Townsend against
Jacobs (1894), joined one paragraph each, are no short story, and their few sure rows
do not make them one text told twice, so none of their stretches were paired (the dev
half F1 0.140, against 0.571 one by one). A book tells its stories in turn, each with
its own names ("the Wolf" and "the Lamb", "the Frogs" and "Jupiter"): where each name
both texts hold is told marks its story on both sides, and each stretch so found is
judged and paired as a short story alone would be. Two reports of one event name it
from the first sentence to the last: one stretch, the whole pair, and nothing pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsdiff.core.confidence import Link as Row
from newsdiff.core.confidence import Span
from newsdiff.core.paraphrase import Concepts
from newsdiff.core.story import _WORD, STORY_MAX, Similarity, _stem, long_story, names, told

#: A pair longer than a short story is read as short stories told in turn
#: (``stories``) only up to this many sentences a side: a book of fables, not a long
#: article's thousands of sentences, whose names WordNet would weigh pair by pair.
LONG_MAX = 400


#: ... and a stretch whose longer side has more than this many sentences is no short
#: story told twice, whatever its shorter side (its chain would weigh every pair).
LONG_STORY = 4 * STORY_MAX


def _places(texts: Sequence[str]) -> dict[str, list[int]]:
    # The sentences each word (stemmed as ``names`` does) is in, in reading order.
    out: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        for word in {_stem(w) for w in _WORD.findall(text)}:
            out.setdefault(word, []).append(k)
    return out


def _boxes(
    texts: tuple[Sequence[str], Sequence[str]], concepts: Concepts | None, spread: int = 0
) -> list[Span]:
    """Where each name one text writes and the other holds (as itself or, with a
    lexicon, by a sense of a name of its own) is told: its first and last sentence on
    each side, (a0, a1, b0, b1) inclusive. With ``spread``, a name told twice more
    than that many sentences apart on a side marks no box: it is no one story's."""
    places = _places(texts[0]), _places(texts[1])
    own = names(texts[0]), names(texts[1])
    out: list[Span] = []
    for side in (0, 1):
        mine, other = places[side], places[1 - side]
        for name in own[side]:
            there = set(other.get(name, ()))
            if not there and concepts is not None:
                for word in own[1 - side]:
                    if concepts(name)[0] & concepts(word)[0]:
                        there.update(other[word])
            if there and name in mine:
                here = mine[name]
                if spread and (_spread(here) > spread or _spread(sorted(there)) > spread):
                    continue
                box = (here[0], here[-1], min(there), max(there))
                out.append(box if side == 0 else (box[2], box[3], box[0], box[1]))
    return out


def _spread(places: Sequence[int]) -> int:
    # The longest run of sentences between two places of a name.
    return max((y - x for x, y in zip(places, places[1:], strict=False)), default=0)


def hull(x: Span, y: Span) -> Span:
    """The smallest box holding both boxes."""
    return min(x[0], y[0]), max(x[1], y[1]), min(x[2], y[2]), max(x[3], y[3])


def _in_turn(boxes: list[Span]) -> list[Span]:
    """The boxes merged until each follows the one before on both sides: names told
    across each other's places are one story."""

    def crossing(kept: list[Span], box: Span) -> list[int]:
        last = kept[-1] if kept else None
        return [len(kept) - 1] if last and (box[0] <= last[1] or box[2] <= last[3]) else []

    return merged(boxes, crossing)


def merged(boxes: list[Span], near: Callable[[list[Span], Span], list[int]]) -> list[Span]:
    """The boxes, in A's order, each merged with those kept before it that ``near``
    names, until none is."""
    out = sorted(boxes)
    again = True
    while again:
        again = False
        kept: list[Span] = []
        for box in out:
            found = near(kept, box)
            for k in found[::-1]:
                box = hull(kept.pop(k), box)
            again = again or bool(found)
            kept.append(box)
        out = sorted(kept)
    return out


def _gains(
    rows: Sequence[int], cols: Sequence[int], score: Similarity, floor: float
) -> list[list[float]]:
    # ``chain``'s table: the best sum of (score - floor) over rows[:p] x cols[:q].
    best = [[0.0] * (len(cols) + 1) for _ in range(len(rows) + 1)]
    for p, i in enumerate(rows, 1):
        for q, j in enumerate(cols, 1):
            gain = score(i, j) - floor
            took = best[p - 1][q - 1] + gain if gain >= 0 else 0.0
            best[p][q] = max(best[p - 1][q], best[p][q - 1], took)
    return best


def _cut(before: Span, after: Span, score: Similarity, floor: float) -> tuple[int, int]:
    """Where the story of box ``before`` ends and that of ``after`` starts, (a, b): the
    sentences between them, naming neither, go where they chain best, the stories'
    chains kept apart ("One wintry day a Woodman ..." opens the next fable, a moral
    closes its own); a tie goes to the cut nearest the middle of both gaps. Only a short
    story's length of each box beside the gap is weighed, and a long gap is cut in its
    middle: a story's chain is read in a window, not pair by pair over a whole book."""
    mid = (before[1] + after[0] + 1) / 2, (before[3] + after[2] + 1) / 2
    if max(after[0] - before[1], after[2] - before[3]) > 2 * STORY_MAX:
        return round(mid[0]), round(mid[1])
    rows = range(max(before[0], before[1] + 1 - STORY_MAX), min(after[1] + 1, after[0] + STORY_MAX))
    cols = range(max(before[2], before[3] + 1 - STORY_MAX), min(after[3] + 1, after[2] + STORY_MAX))
    ahead = _gains(rows, cols, score, floor)
    back = _gains(rows[::-1], cols[::-1], score, floor)
    n, m = len(rows), len(cols)
    return max(
        (
            (ahead[a - rows[0]][b - cols[0]] + back[n - a + rows[0]][m - b + cols[0]]),
            -abs(a - mid[0]) - abs(b - mid[1]),
            (a, b),
        )
        for a in range(before[1] + 1, after[0] + 1)
        for b in range(before[3] + 1, after[2] + 1)
    )[2]


def _cuts(boxes: list[Span], size: tuple[int, int], score: Similarity, floor: float) -> list[Span]:
    """The stretches (a0, a1, b0, b1) the boxes cut a pair into (``_cut``)."""
    cuts = [(0, 0)]
    cuts.extend(_cut(x, y, score, floor) for x, y in zip(boxes, boxes[1:], strict=False))
    cuts.append(size)
    return [(a0, a1, b0, b1) for (a0, b0), (a1, b1) in zip(cuts, cuts[1:], strict=False)]


def stories(
    texts: tuple[Sequence[str], Sequence[str]],
    score: Similarity,
    level: tuple[float, Concepts | None],
) -> list[Span]:
    """The stretches (a0, a1, b0, b1) of a pair too long to be a short story that are
    each a short story told twice (``told``), where both texts tell several stories in
    turn: a book of fables, each fable with its own names. Where each shared name is
    told marks its story on both sides (names told across each other's places are
    one); the sentences between two stories are split between them (``_cuts``). A
    stretch that is not told twice alone is tried with the stretches after it, while
    the shorter side is a short story ("the Mountain" and "a Mouse" of one fable).
    Two reports of one event name it from the first sentence to the last: one stretch,
    the whole pair, too long to be a short story, and nothing is paired (the seeds'
    reports written apart)."""
    a_texts, b_texts = texts
    n, m = len(a_texts), len(b_texts)
    if not STORY_MAX < min(n, m) or max(n, m) > LONG_MAX:
        return []
    cuts = _cuts(_in_turn(_boxes(texts, level[1])), (n, m), score, level[0])
    out: list[Span] = []
    k = 0
    while k < len(cuts):
        for last in range(k, len(cuts)):
            a0, b0, a1, b1 = cuts[k][0], cuts[k][2], cuts[last][1], cuts[last][3]
            if min(a1 - a0, b1 - b0) > STORY_MAX or max(a1 - a0, b1 - b0) > LONG_STORY:
                break

            def here(i: int, j: int, a0: int = a0, b0: int = b0) -> float:
                return score(i + a0, j + b0)

            if told((a_texts[a0:a1], b_texts[b0:b1]), here, level):
                out.append((a0, a1, b0, b1))
                k = last
                break
        k += 1
    return out


def inside(row: Row, spans: Sequence[Span]) -> bool:
    """Whether a link's sentences all lie in one of ``spans``."""
    return any(
        all(a0 <= i < a1 for i in row.a) and all(b0 <= j < b1 for j in row.b)
        for a0, a1, b0, b1 in spans
    )


def spans(
    texts: tuple[Sequence[str], Sequence[str]],
    score: Similarity,
    level: tuple[float, Concepts | None],
    twice: bool,
) -> list[Span]:
    """What of a pair is told twice: all of it (``twice``, judged by its sure links and
    words, or a short story, ``told``), or the stories it tells in turn (``stories``), or,
    where it tells none, all of it as a longer story told twice (``story.long_story``)."""
    n, m = len(texts[0]), len(texts[1])
    if twice or told(texts, score, level):
        return [(0, n, 0, m)]
    # A book's stories first: a story told twice as a whole has no stories in it.
    return stories(texts, score, level) or (
        [(0, n, 0, m)] if long_story(texts, score, level) else []
    )


def within(free: tuple[Sequence[int], Sequence[int]], span: Span) -> tuple[list[int], list[int]]:
    """The free sentences of each side that lie in ``span``."""
    a0, a1, b0, b1 = span
    return [i for i in free[0] if a0 <= i < a1], [j for j in free[1] if b0 <= j < b1]
