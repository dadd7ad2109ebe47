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

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

#: The shapes of a group (A sentences, B sentences): 1-1, 2-1, 1-2, 3-1 and 1-3. A
#: group's code is 2 + the index of its shape (0 and 1 are the programme's skips).
SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (2, 1), (1, 2), (3, 1), (1, 3))
#: A chosen group: (first A sentence, A size, first B sentence, B size).
Chosen = tuple[int, int, int, int]
#: What one raise of the staircase changed: (position, the step it replaced or None
#: for a new step, the steps it covered).
_Undo = tuple[int, tuple[int, float] | None, list[int], list[float]]


class _Staircase:
    """A non-decreasing step function of the column: 0 before its first step."""

    def __init__(self) -> None:
        self.cols: list[int] = []
        self.vals: list[float] = []

    def at(self, j: int) -> float:
        k = bisect_right(self.cols, j) - 1
        return self.vals[k] if k >= 0 else 0.0

    def raise_to(self, j: int, v: float, log: list[_Undo]) -> None:
        """From column ``j`` on the function is at least ``v`` (``v > at(j)``)."""
        cols, vals = self.cols, self.vals
        p = bisect_left(cols, j)
        replaced: tuple[int, float] | None = None
        if p < len(cols) and cols[p] == j:
            replaced = (j, vals[p])
            vals[p] = v
        else:
            cols.insert(p, j)
            vals.insert(p, v)
        q = p + 1
        while q < len(vals) and vals[q] <= v:
            q += 1
        log.append((p, replaced, cols[p + 1 : q], vals[p + 1 : q]))
        del cols[p + 1 : q], vals[p + 1 : q]

    def undo(self, log: list[_Undo]) -> None:
        for p, replaced, gone_cols, gone_vals in reversed(log):
            self.cols[p + 1 : p + 1] = gone_cols
            self.vals[p + 1 : p + 1] = gone_vals
            if replaced is None:
                del self.cols[p], self.vals[p]
            else:
                self.cols[p], self.vals[p] = replaced


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
    """
    count = len(rows)
    first_row = [r - k for r, k in zip(rows, sizes, strict=True)]
    by_start = sorted(range(count), key=first_row.__getitem__)  # stable, as argsort's
    close = [bisect_left(rows, i) for i in range(n + 2)]
    r_cols, r_starts, r_gains = list(cols), list(starts), list(gains)
    value = [0.0] * count
    stair = _Staircase()
    logs: list[list[_Undo]] = [[] for _ in range(n + 1)]
    k = 0  # next group (in start-row order) whose value waits for its start row
    # ``stair.at`` inlined (the staircase's lists change in place, so these stay its
    # own): it runs once per group and per group start, the loop's hottest call.
    s_cols, s_vals = stair.cols, stair.vals
    for i in range(n + 1):
        if progress is not None and i % 512 == 511:
            progress(i / n)
        log = logs[i]
        for g in range(close[i], close[i + 1]):
            v = value[g]
            at = bisect_right(s_cols, r_cols[g]) - 1
            if v > (s_vals[at] if at >= 0 else 0.0):
                stair.raise_to(r_cols[g], v, log)
        # Row i is final: the groups that start on it get their values.
        while k < count and first_row[by_start[k]] == i:
            g = by_start[k]
            at = bisect_right(s_cols, r_starts[g]) - 1
            value[g] = (s_vals[at] if at >= 0 else 0.0) + r_gains[g]
            k += 1
    return _way_back(n, m, stair, logs, close, r_cols, list(codes), value, shapes)


def _way_back(
    n: int,
    m: int,
    stair: _Staircase,
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
    above, else a step up."""
    chosen: list[Chosen] = []
    i, j = n, m
    undone = n + 1  # the staircase holds row undone - 1
    while i > 0 and j > 0:
        while undone > i:  # the row above this one: undo rows down to i
            undone -= 1
            stair.undo(logs[undone])
        above = stair.at(j)  # D[i - 1][j]
        here = -1.0
        best_left = above  # D[i][j] = max(D[i-1][j], groups of row i closing by j)
        for g in range(close[i], close[i + 1]):
            c = cols[g]
            if c == j and value[g] > here:
                here = value[g]
            if c <= j and value[g] > best_left:
                best_left = value[g]
        x = max(above, here)
        if best_left > x:
            j -= 1
            continue
        win = -1
        for g in range(close[i], close[i + 1]):
            if cols[g] == j and value[g] >= x and value[g] > above:
                win = g  # the last one wins, as a fancy-indexed assignment does
        if win < 0:
            i -= 1
            continue
        ka, kb = shapes[codes[win] - 2]
        chosen.append((i - ka, ka, j - kb, kb))
        i -= ka
        j -= kb
    chosen.reverse()
    return chosen
