"""One sentence told as several: a sure row grows by the free sentences beside it
that its one sentence holds.

A simple-language retelling tells one long sentence as four to six short ones ("Sie
können diese Gebühr ... in der Zulassungsstelle oder im Kundenzentrum Innenstadt
bezahlen." -> "Sie müssen beim Zulassen direkt bezahlen. Das heißt: Sie bezahlen in
der Zulassungs-Stelle ..."). The programme's groups stop at three sentences a side,
and a short piece of a long sentence cannot reach a link's similarity with it: six
words of twenty-one share at most six twenty-firsts. What such a piece has is
containment: most of its own content words are in the long sentence. ``take_in``
(``core.regroup``) takes a sentence that brings a row words it lacks; a piece of a
split sentence repeats the row's words ("bezahlen", "Zulassung") and brings none, so
it is taken here, by its place beside the row and the share of its words the row's
one sentence holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from newsdiff.core.confidence import Scores
from newsdiff.core.regroup import HELD

WordSets = Sequence[frozenset[str]]
Sides = tuple[tuple[int, ...], tuple[int, ...]]

#: A row's side of many sentences grows to at most this many: the Simple German
#: Corpus tells one sentence as up to six (review r19a, finding 3a).
SPLIT_MAX = 6
#: A free sentence beside the row joins it when the row's one sentence holds this
#: share of its content words or more, and at least SPLIT_WORDS of them.
SPLIT_HELD = 0.5
SPLIT_WORDS = 2


class Row(Protocol):
    """What ``retold`` reads of an alignment row (``align.Link``)."""

    @property
    def a(self) -> tuple[int, ...]: ...

    @property
    def b(self) -> tuple[int, ...]: ...


def _run(side: tuple[int, ...]) -> bool:
    """Whether sentences are a run, one after another."""
    return side[-1] - side[0] == len(side) - 1


def retold(
    links: Sequence[Row],
    is_sure: Callable[[int], bool],
    free: tuple[Sequence[int], Sequence[int]],
    sets: tuple[WordSets, WordSets],
    pairs: Scores,
) -> dict[int, Sides]:
    """The rows that grow, by their place in ``links``: each one's sentences then.

    A sure row (``is_sure``) of one sentence S on one side and a run of fewer than
    SPLIT_MAX on the other takes the free sentence just before or after its run when
    S holds SPLIT_HELD of that sentence's content words (SPLIT_WORDS or more), and no
    other sentence of S's side holds more of them (a piece of the next sentence's
    retelling goes to that one, or to none), one at a time, the one S holds more
    first, until neither neighbour joins or the run is SPLIT_MAX long."""
    if not links or not (free[0] or free[1]):
        return {}
    at = (
        {i: k for k, lk in enumerate(links) for i in lk.a},
        {j: k for k, lk in enumerate(links) for j in lk.b},
    )
    # A long pair has thousands of rows and hundreds of free sentences: each free
    # sentence is first tried against the one sentence of the nearest row each way
    # (past free sentences only), and only the few held enough against every other.
    held: tuple[dict[int, float], dict[int, float]] = ({}, {})
    facing: dict[tuple[int, int], int] = {}  # (side, sentence) -> the row it may join
    for side in (0, 1):
        own_sets, other_sets, rows_at = sets[side], sets[1 - side], at[side]
        for x in free[side]:
            for step in (-1, 1):
                y = x + step
                while y not in rows_at and abs(y - x) < SPLIT_MAX:
                    y += step  # past free sentences, to the nearest row
                k = rows_at.get(y, -1)
                if k < 0:
                    continue
                lk = links[k]
                many, one = (lk.a, lk.b) if side == 0 else (lk.b, lk.a)
                if len(one) != 1 or len(many) >= SPLIT_MAX or not _run(many):
                    continue
                own = own_sets[x]
                count = len(own & other_sets[one[0]])
                if count >= SPLIT_WORDS and count >= SPLIT_HELD * len(own):
                    share = count / len(own)
                    if share > held[side].get(x, 0.0):
                        held[side][x] = share
                        facing[(side, x)] = k
                    elif share == held[side][x]:
                        facing[(side, x)] = -1  # the rows each way hold it alike
    if not facing:
        return {}
    # The row's sentence must hold the free one at least as well as any other does.
    for side in (0, 1):
        xs = sorted(held[side])
        if not xs:
            continue
        if side == 1:
            rows, cols = pairs.among(range(pairs.n), xs)
            found = zip(cols, rows, strict=True)
        else:
            rows, cols = pairs.among(xs, range(pairs.m))
            found = zip(rows, cols, strict=True)
        # By pair of word sets, which twins share: the 100x seed pair asks 13,003
        # candidates here for 400 free sentences of 4 texts, the 1 MB pair about 60.
        shares: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        for x, s in found:
            if x not in held[side]:
                continue
            own, other = sets[side][x], sets[1 - side][s]
            shared = shares.get((own, other))
            if shared is None:
                shared = shares[(own, other)] = len(own & other)
            if shared > held[side][x] * len(own):
                del held[side][x]
                del facing[(side, x)]
    out: dict[int, Sides] = {}
    for k, side in sorted({(k, side) for (side, _), k in facing.items() if k >= 0}):
        if k in out or not is_sure(k):
            continue  # (a row of one sentence a side that grew on its other side)
        lk = links[k]
        run = list((lk.a, lk.b)[side])
        while len(run) < SPLIT_MAX:
            before = _joins(run[0] - 1, (side, k), (held[side], facing), (sets[side], run))
            after = _joins(run[-1] + 1, (side, k), (held[side], facing), (sets[side], run))
            if not before and not after:
                break
            if before >= after:
                run.insert(0, run[0] - 1)
            else:
                run.append(run[-1] + 1)
        if len(run) > len((lk.a, lk.b)[side]):
            out[k] = (lk.a, tuple(run)) if side == 1 else (tuple(run), lk.b)
    return out


def _joins(
    x: int,
    row: tuple[int, int],
    found: tuple[dict[int, float], dict[tuple[int, int], int]],
    own: tuple[WordSets, list[int]],
) -> float:
    """The share of sentence ``x``'s words that the row's one sentence holds, if ``x``
    joins the row (``row``: its side that grows and its place), else 0. A sentence that
    a sentence of the row's own run holds as much of repeats that one, it is not a
    piece of the other side's ("(Photo by Anastasia Vlasova/Getty Images)" beside
    the caption that ends "(Picture: Anastasia Vlasova/Getty Images)")."""
    side, k = row
    held, facing = found
    if facing.get((side, x)) != k:
        return 0.0
    share = held[x]
    sets, run = own
    words = sets[x]
    if any(len(words & sets[r]) >= max(share, HELD) * len(words) for r in run):
        return 0.0
    return share
