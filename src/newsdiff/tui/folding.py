"""Folding runs of equal rows into one line each (``z``), as plain data.

Headless (no Textual). A fold line is a ``RowModel`` like any other, so the layout,
the cursor and the painter treat it as one row: the cursor lands on it, j and k move
over it as over one sentence, and both panes stay level. It stands in for a run of
equal rows: ``folded`` says how many, ``index`` is the first of them, and each side's
one piece carries the first sentence of the run on that side (so a cursor left there
is on that sentence's row once the run is shown again). Its text is drawn in both
panes; nothing tags it (the view says so) and Enter shows the run.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .layout import Piece, RowModel, Side
from .wrap import word_lengths

#: The fewest equal rows in a row that ``z`` folds into one line.
MIN_RUN = 2


def equal_rows(count: int) -> str:
    """``12 equal rows`` (``1 equal row``)."""
    return "1 equal row" if count == 1 else f"{count} equal rows"


def them(count: int) -> str:
    """``them``, or ``it`` for one row: "Enter shows it"."""
    return "it" if count == 1 else "them"


def fold_text(count: int) -> str:
    """What a fold line says: ``··· 12 equal rows ···``."""
    return f"··· {equal_rows(count)} ···"


def _piece(run: Sequence[RowModel], side: Side, text: str) -> tuple[Piece, ...]:
    for model in run:
        pieces = model.side(side)
        if pieces:
            return (Piece(pieces[0].sentence, text, 0, 0, word_lengths(text)),)
    return ()


def fold_line(run: Sequence[RowModel]) -> RowModel:
    """One row that stands for ``run`` (equal rows, in order, at least one)."""
    first = run[0]
    text = fold_text(len(run))
    return RowModel(
        first.row, _piece(run, "a", text), _piece(run, "b", text), first.index, folded=len(run)
    )


def foldable(model: RowModel) -> bool:
    """Whether ``z`` folds this row away: an equal row with a sentence on a side."""
    return model.kind == "equal" and bool(model.a or model.b)


def fold_runs(rows: Sequence[RowModel], shown: Collection[int] = ()) -> list[RowModel]:
    """``rows`` with each run of ``MIN_RUN`` or more equal rows folded into one line.

    ``shown``: the runs Enter opened, by the comparison index of their first row; they
    stay as they are.
    """
    out: list[RowModel] = []
    run: list[RowModel] = []

    def flush() -> None:
        # One equal row alone stays: its fold line would take the room it takes, and
        # hide it (review r25d finding 5: a one-line headline, "··· 1 equal row ···").
        if len(run) < MIN_RUN or run[0].index in shown:
            out.extend(run)
        elif run:
            out.append(fold_line(run))
        run.clear()

    for model in rows:
        if foldable(model):
            run.append(model)
        else:
            flush()
            out.append(model)
    flush()
    return out
