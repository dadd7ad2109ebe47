"""The alignment programme over its candidate groups only: cost follows the candidates.

The programme (``align``) maximises the sum of the gains of a monotone chain of
groups. Row ``i`` of its table, ``D[i][j]`` over the columns ``j``, is a step function
that never decreases: leaving a sentence unmatched scores nothing, so ``D[i][j]`` is the
best value of a group closing at or before row ``i`` and column ``j``. Here each row is
kept as its steps alone (a staircase: columns where the value rises, and the values),
so a row costs what its groups cost, not a pass over every column of B; what each
group changed is logged, and the way back replays the dense programme's choices
(``dense.dense_chain``) from the staircases, undoing the log row by row. The result
is the same chain, ties broken the same way, for any input.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate, repeat
from operator import sub

#: The shapes of a group (A sentences, B sentences): 1-1, 2-1, 1-2, 3-1 and 1-3. A
#: group's code is 2 + the index of its shape (0 and 1 are the programme's skips).
SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (2, 1), (1, 2), (3, 1), (1, 3))
#: A chosen group: (first A sentence, A size, first B sentence, B size).
Chosen = tuple[int, int, int, int]
#: What one raise of the staircase changed: (position, the step it replaced or None
#: for a new step, the steps it covered).
_Undo = tuple[int, tuple[int, float] | None, list[int], list[float]]


def sparse_chain(
    n: int,
    m: int,
    rows: Sequence[int],
    cols: Sequence[int],
    starts: Sequence[int],
    sizes: Sequence[int],
    codes: Sequence[int],
    gains: Sequence[float],
    shapes: tuple[tuple[int, int], ...] = SHAPES,
    progress: Callable[[float], None] | None = None,
) -> list[Chosen]:
    """The best chain of candidate groups, as the dense programme chooses it.

    The groups come as ``dense.dense_chain`` takes them, sorted (stably) by the row
    that closes them: ``rows`` (closing row), ``cols`` (closing column), ``starts``
    (first B sentence), ``sizes`` (A sentences), ``codes`` (2 + the index of the shape
    in ``shapes``), ``gains``. ``progress`` hears the share of rows done now and then.

    The staircase of the current row is two lists, its columns and values, that
    open with a step at column -1 of value 0 (the function is 0 before its first
    real step): a look-up is one bisection and an index, with no test for "before
    the first step". A raise is written out in the loop (it runs once per group that
    improves the row, the loop's hottest path after the look-ups).
    """
    count = len(rows)
    first_row = list(map(sub, rows, sizes))
    by_start = sorted(range(count), key=first_row.__getitem__)  # stable, as argsort's
    close = _bounds(rows, n + 2)  # row i's groups are close[i]:close[i + 1]
    opens = _bounds([first_row[g] for g in by_start], n + 2)
    r_cols, r_starts, r_gains = list(cols), list(starts), list(gains)
    value = [0.0] * count
    s_cols: list[int] = [-1]
    s_vals: list[float] = [0.0]
    logs: list[list[_Undo]] = [[] for _ in range(n + 1)]
    for i in range(n + 1):
        if progress is not None and i % 512 == 511:
            progress(i / n)
        log = logs[i]
        for g in range(close[i], close[i + 1]):
            v = value[g]
            c = r_cols[g]
            at = bisect_right(s_cols, c) - 1
            if v > s_vals[at]:
                # From column c on the function is at least v.
                if s_cols[at] == c:
                    p = at
                    replaced: tuple[int, float] | None = (c, s_vals[at])
                    s_vals[at] = v
                else:
                    p = at + 1
                    replaced = None
                    s_cols.insert(p, c)
                    s_vals.insert(p, v)
                q = p + 1
                end = len(s_vals)
                while q < end and s_vals[q] <= v:
                    q += 1
                log.append((p, replaced, s_cols[p + 1 : q], s_vals[p + 1 : q]))
                del s_cols[p + 1 : q], s_vals[p + 1 : q]
        # Row i is final: the groups that start on it get their values.
        for g in by_start[opens[i] : opens[i + 1]]:
            value[g] = s_vals[bisect_right(s_cols, r_starts[g]) - 1] + r_gains[g]
    return _way_back(n, m, (s_cols, s_vals), logs, close, r_cols, list(codes), value, shapes)


def _bounds(ordered: Sequence[int], size: int) -> list[int]:
    """For each i below ``size``, how many of the sorted ``ordered`` are below i."""
    counts = Counter(ordered)
    return [0, *accumulate(map(counts.get, range(size - 1), repeat(0)))]


def _way_back(
    n: int,
    m: int,
    stair: tuple[list[int], list[float]],
    logs: list[list[_Undo]],
    close: list[int],
    cols: list[int],
    codes: list[int],
    value: list[float],
    shapes: tuple[tuple[int, int], ...],
) -> list[Chosen]:
    """From (n, m) back to the start, each step as the dense programme's choice table
    has it: a step left when the row's best so far came before this column, else the
    last of the groups that closes here, reaches this cell's value and beats the row
    above, else a step up.

    That group is the last of those closing here with the highest value, when that
    value beats the row above (a value closing here is at most the cell's, so it
    reaches the cell's value only by being the highest): one pass over the row's
    groups finds it with the row's best so far. A row with no group is a step up."""
    s_cols, s_vals = stair
    chosen: list[Chosen] = []
    i, j = n, m
    undone = n + 1  # the staircase holds row undone - 1
    while i > 0 and j > 0:
        while undone > i:  # the row above this one: undo rows down to i
            undone -= 1
            for p, replaced, gone_cols, gone_vals in reversed(logs[undone]):
                s_cols[p + 1 : p + 1] = gone_cols
                s_vals[p + 1 : p + 1] = gone_vals
                if replaced is None:
                    del s_cols[p], s_vals[p]
                else:
                    s_cols[p], s_vals[p] = replaced
        lo, hi = close[i], close[i + 1]
        if lo == hi:
            i -= 1
            continue
        above = s_vals[bisect_right(s_cols, j) - 1]  # D[i - 1][j]
        here = -1.0
        win = -1
        best_left = above  # D[i][j] = max(D[i-1][j], groups of row i closing by j)
        for g in range(lo, hi):
            c = cols[g]
            if c <= j:
                v = value[g]
                if v > best_left:
                    best_left = v
                if c == j and v >= here:
                    here = v
                    win = g  # the last one wins, as a fancy-indexed assignment does
        if best_left > max(above, here):
            j -= 1
        elif here > above:
            ka, kb = shapes[codes[win] - 2]
            chosen.append((i - ka, ka, j - kb, kb))
            i -= ka
            j -= kb
        else:
            i -= 1
    chosen.reverse()
    return chosen
