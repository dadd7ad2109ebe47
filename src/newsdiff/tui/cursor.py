"""The diff view's cursor as plain data: where each shown sentence is, and where a move goes.

Headless (no Textual), so every move of the cursor is tested without an app. The view
(``widgets/diff_view/``) owns one ``Cursor``, asks it where a key goes, and draws and
scrolls; ``viewport`` says what a move does to the screen.

The cursor is a sentence on one side. Moves that find nothing return None: the view then
says so, or does nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .layout import SIDES, Layout, RowModel, Side, other

#: A place for the cursor: a side, and a sentence index on that side.
Place = tuple[Side, int]


@dataclass(frozen=True)
class Index:
    """The cursor's index of some rows (``Cursor.index``): each side's reading order,
    each sentence's row and piece, and its place in the order. Never changed in place:
    ``Cursor._index`` makes new ones."""

    rows: Sequence[RowModel]
    order: dict[Side, list[int]]
    where: dict[Side, dict[int, tuple[int, int]]]
    pos: dict[Side, dict[int, int]]


class Cursor:
    """The cursor over the rows shown, with the index of where each sentence sits."""

    def __init__(self) -> None:
        self.rows: Sequence[RowModel] = ()
        """The rows shown (every row, or those that pass the view's filter)."""
        self.side: Side = "a"
        """The side of the cursor."""
        self.sentence = 0
        """The cursor's sentence index on its side."""
        self._order: dict[Side, list[int]] = {"a": [], "b": []}
        self._pos: dict[Side, dict[int, int]] = {"a": {}, "b": {}}
        self._where: dict[Side, dict[int, tuple[int, int]]] = {"a": {}, "b": {}}

    # -- the rows shown --------------------------------------------------------------

    def show(
        self,
        rows: Sequence[RowModel],
        cursor: Place | None,
        near: int = 0,
        index: Index | None = None,
    ) -> None:
        """Show ``rows``; the cursor goes to ``cursor`` if shown, else near row ``near``.

        ``near`` is a row index of the comparison (``RowModel.index``). ``index`` is
        ``index()`` as it was when these same rows were shown (it is not made again).
        """
        self.rows = rows
        if index is not None and index.rows is rows:
            self._order, self._where, self._pos = (
                dict(index.order),
                dict(index.where),
                dict(index.pos),
            )
        else:
            self._index()
        if cursor is not None and cursor[1] in self._where[cursor[0]]:
            self.side, self.sentence = cursor
        elif rows:
            indices = [m.index for m in rows]
            before = rows[max(0, bisect_right(indices, near) - 1)]
            if before.folded and before.index <= near < before.index + before.folded:
                model = before  # the row was folded away: onto its fold line
            else:
                model = rows[min(bisect_left(indices, near), len(rows) - 1)]
            side = cursor[0] if cursor is not None else "a"
            side = side if model.side(side) else other(side)
            self.side, self.sentence = side, model.side(side)[0].sentence

    def _index(self) -> None:
        """Where each shown sentence is: its row and piece, and its place in reading order."""
        for side in SIDES:
            order: list[int] = []
            where: dict[int, tuple[int, int]] = {}
            for r, row in enumerate(self.rows):
                for k, piece in enumerate(row.side(side)):
                    order.append(piece.sentence)
                    where[piece.sentence] = (r, k)
            self._order[side] = order
            self._where[side] = where
            self._pos[side] = {s: i for i, s in enumerate(order)}

    def index(self) -> Index:
        """Where each shown sentence is, to show the same rows again without a walk
        over them (``show``; 0 after a filter on a large pair)."""
        return Index(self.rows, dict(self._order), dict(self._where), dict(self._pos))

    def here(self) -> tuple[Place | None, int]:
        """The cursor, and the comparison row it is on (to show other rows near it)."""
        if not self.rows:
            return None, 0
        return (self.side, self.sentence), self.rows[self.row].index

    # -- where things are ------------------------------------------------------------

    def shows(self, side: Side, sentence: int) -> bool:
        """Whether a sentence is in the rows shown."""
        return sentence in self._where[side]

    def place(self, side: Side, sentence: int) -> None:
        """Put the cursor on a sentence that is shown."""
        self.side, self.sentence = side, sentence

    @property
    def row(self) -> int:
        """The shown row the cursor is on (0 when nothing is shown)."""
        return self._where[self.side][self.sentence][0] if self.rows else 0

    @property
    def on_fold(self) -> int:
        """How many equal rows the fold line under the cursor stands for (0: not on one)."""
        return self.rows[self.row].folded if self.rows else 0

    def _open(self, side: Side, sentence: int) -> bool:
        """Whether a shown sentence is a sentence of its own, not a fold line's."""
        return not self.rows[self._where[side][sentence][0]].folded

    def on_row(self, row: int) -> tuple[Side, int] | None:
        """The cursor's side and piece if it is on this row."""
        if not self.rows or self.row != row:
            return None
        return (self.side, self._where[self.side][self.sentence][1])

    def place_of(self, side: Side, sentence: int) -> tuple[int, int]:
        """The shown row and piece of a sentence that is shown."""
        return self._where[side][sentence]

    def lines(self, layout: Layout, side: Side, sentence: int) -> tuple[int, int]:
        """First virtual line and line count of a sentence in ``layout``."""
        row, k = self._where[side][sentence]
        return layout.piece_span(row, side, k)

    def owner(self, layout: Layout, y: int, side: Side) -> tuple[int, int | None]:
        """The row that owns virtual line ``y``, and the sentence shown there on ``side``.

        Both sides of a line always report the same row: that is what keeps them level.
        """
        row = layout.row_at(y)
        k = layout.piece_at(row, side, y - layout.starts[row])
        pieces = self.rows[row].side(side)
        return row, (pieces[k].sentence if k is not None else None)

    def on_screen(
        self, layout: Layout, side: Side, top: int, height: int
    ) -> list[tuple[int, int, int]]:
        """The sentences of ``side`` with a line on the screen of ``height`` lines from
        ``top``: ``(sentence, first line, line count)`` in reading order."""
        bottom = min(top + height, layout.height)
        out: list[tuple[int, int, int]] = []
        for row in range(layout.row_at(top), layout.row_at(max(top, bottom - 1)) + 1):
            for k, piece in enumerate(self.rows[row].side(side)):
                first, count = layout.piece_span(row, side, k)
                if first < bottom and first + count > top:
                    out.append((piece.sentence, first, count))
        return out

    def nearest(self, layout: Layout, side: Side, y: int, forward: bool = True) -> int | None:
        """The sentence of ``side`` at virtual line ``y``, else the nearest one to it."""
        row = layout.row_at(y)
        pieces = self.rows[row].side(side)
        if pieces:
            k = layout.piece_at(row, side, y - layout.starts[row])
            return pieces[k if k is not None else len(pieces) - 1].sentence
        return _around(self.rows, layout, row, side, forward)

    # -- where a move goes -----------------------------------------------------------

    def step(self, delta: int) -> int | None:
        """The sentence ``delta`` places on in this side's reading order (kept in range)."""
        order = self._order[self.side]
        if not order:
            return None
        pos = self._pos[self.side][self.sentence] + delta
        return order[max(0, min(pos, len(order) - 1))]

    def end(self, last: bool) -> int | None:
        """The first (or last) sentence of this side."""
        order = self._order[self.side]
        return (order[-1] if last else order[0]) if order else None

    def across(self, layout: Layout, side: Side) -> int | None:
        """The sentence of ``side`` on the cursor's row (the same piece, or its last), or
        the nearest one when that side of the row is empty."""
        if not self._order[side]:
            return None
        row, k = self._where[self.side][self.sentence]
        pieces = self.rows[row].side(side)
        if pieces:
            return pieces[min(k, len(pieces) - 1)].sentence
        first, _ = self.lines(layout, self.side, self.sentence)
        return self.nearest(layout, side, first)

    def _first_of(self, model: RowModel) -> Place:
        """A row's first sentence on the cursor's side, else on the other."""
        side = self.side if model.side(self.side) else other(self.side)
        return side, model.side(side)[0].sentence

    def change(self, step: int) -> Place | None:
        """The next (or previous, ``step`` -1) row that is not equal."""
        r = self.row + step
        while 0 <= r < len(self.rows):
            if self.rows[r].kind != "equal":
                return self._first_of(self.rows[r])
            r += step
        return None

    def shift(self, step: int, shifted: frozenset[int]) -> Place | None:
        """The next (or previous) row whose comparison index is in ``shifted``."""
        r = self.row + step
        while 0 <= r < len(self.rows):
            if self.rows[r].index in shifted and not self.rows[r].folded:
                return self._first_of(self.rows[r])
            r += step
        return None

    def untagged(self, step: int, done: Callable[[Side, int], bool]) -> int | None:
        """The next (or previous) sentence of this side the annotator is not done with
        (``done``: a label of their own, or skipped)."""
        order = self._order[self.side]
        if not order:
            return None
        i = self._pos[self.side][self.sentence] + step
        while 0 <= i < len(order):
            if not done(self.side, order[i]) and self._open(self.side, order[i]):
                return order[i]
            i += step
        return None

    def untagged_around(
        self, step: int, done: Callable[[Side, int], bool]
    ) -> tuple[int, bool] | None:
        """As ``untagged``, going round past the side's end (``]`` and ``[``): the
        sentence and whether it wrapped; None when no other sentence is untagged."""
        found = self.untagged(step, done)
        if found is not None:
            return found, False
        order = self._order[self.side]
        for sentence in order if step > 0 else reversed(order):
            if sentence == self.sentence:
                return None
            if not done(self.side, sentence) and self._open(self.side, sentence):
                return sentence, True
        return None

    def hidden(
        self, every: Sequence[RowModel], wanted: Callable[[Side, int], bool], step: int = 0
    ) -> list[Place]:
        """The sentences ``wanted`` that a move cannot reach: in rows of ``every`` that are
        not open among the rows shown (left out by a filter, or inside a fold line).

        ``step`` 1 counts only those after the cursor's row, -1 those before it, 0 all
        (the rows a fold line under the cursor stands for count both ways).
        """
        if not self.rows:
            return []
        model = self.rows[self.row]
        first, last = model.index, model.index + max(1, model.folded) - 1
        open_rows = {m.index for m in self.rows if not m.folded}
        out: list[Place] = []
        for row in every:
            if row.index in open_rows or (step > 0 and row.index < first):
                continue
            if step < 0 and row.index > last:
                continue
            out.extend(
                (side, piece.sentence)
                for side in SIDES
                for piece in row.side(side)
                if wanted(side, piece.sentence)
            )
        return out

    def walk(self, step: int) -> Iterator[tuple[int, Side, int]]:
        """Sentences after (or before) the cursor in reading order: row, side, sentence.

        Within a row, A's sentences come before B's.
        """
        flat = [
            (r, side, piece.sentence)
            for r, model in enumerate(self.rows)
            for side in SIDES
            for piece in model.side(side)
        ]
        here = flat.index((self.row, self.side, self.sentence))
        rng = range(here + 1, len(flat)) if step > 0 else range(here - 1, -1, -1)
        for k in rng:
            if not self.rows[flat[k][0]].folded:  # a fold line is no sentence
                yield flat[k]

    def disagreement(
        self,
        step: int,
        ids: dict[Side, str],
        disagreements: Callable[[Side], dict[int, dict[str, str]]],
    ) -> Place | None:
        """The next (or previous) sentence, either side, where annotators disagree.

        ``ids`` are the sides' article ids: with one article on both sides, the
        cursor's twin on the other side is no other disagreement.
        """
        here = (ids[self.side], self.sentence)
        for _r, side, sentence in self.walk(step):
            if (ids[side], sentence) == here:
                continue
            if sentence in disagreements(side):
                return side, sentence
        return None


def _around(
    rows: Sequence[RowModel], layout: Layout, row: int, side: Side, forward: bool
) -> int | None:
    """The sentence of ``side`` nearest to ``row``, which has none: the closer of the
    rows around that have one, by the lines between (``forward``'s on a tie). Tab from
    a removed A#47 went on to B#47 four rows down, past B#46 on the row just above
    (review r25d finding 5)."""
    found: list[tuple[int, int, int]] = []
    starts = layout.starts
    for step in (1, -1) if forward else (-1, 1):
        r = row + step
        while 0 <= r < len(rows) and not rows[r].side(side):
            r += step
        if 0 <= r < len(rows):
            near = starts[r] - starts[row + 1] if step > 0 else starts[row] - starts[r + 1]
            pieces = rows[r].side(side)
            found.append((near, len(found), pieces[0 if step > 0 else -1].sentence))
    return min(found)[2] if found else None
