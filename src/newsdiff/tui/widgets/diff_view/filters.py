"""The diff view's filter keys: the rows of one change class, kind or altered quotation.

A filter by change class or altered quotation needs every row's changes classified
(``tui/filtering.py``). The view's marks are worked out in a thread after the first
paint, so that a filter key usually finds them done and shows its rows at once. When
it does not (a large pair, the key pressed early), the key only says so: the marks'
thread hurries, the status line and the header show how far it has got ("filtering
45%"), every other key keeps working, and the filter is applied when the marks are
complete. A key pressed meanwhile takes over: another filter replaces the one waiting
(the same key again or ``0`` cancels it), so a superseded filter is never applied.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from textual.timer import Timer

from ...cursor import Index, Place
from ...filtering import QUOTE_FILTER, ROW_FILTERS, RowMarks, needs_classes
from ...layout import Layout, RowModel
from .base import DiffViewBase
from .keys import filter_notice, what_filter

#: Seconds between two looks at the marks' progress while a filter waits for them.
PROGRESS_EVERY = 0.1
#: Seconds after the first paint before the marks are worked out in the background
#: (the first screen's follow-ups, the header's full figures, come first).
MARKS_AFTER = 0.5


@dataclass(frozen=True)
class Every:
    """Every row as shown before a filter: ``0`` shows them again as they were, without
    laying out and indexing every row again (0.2-0.9 s on a large pair), as long as the
    rows, the fold and the runs opened under it are the same."""

    all_rows: Sequence[RowModel]
    rows: Sequence[RowModel]
    fold: bool
    opened: frozenset[int]
    index: Index
    layout: Layout


class FilterMixin(DiffViewBase):
    """The filter keys, and the marks they read, worked out off the key's path."""

    _progress_timer: Timer | None = None
    _every: Every | None = None

    @abstractmethod
    def _filtered(self, cls: str | None) -> list[RowModel]: ...

    @abstractmethod
    def _show_rows(
        self,
        rows: Sequence[RowModel],
        cursor: Place | None,
        near: int = 0,
        again: tuple[Index, Layout] | None = None,
        layout: Layout | None = None,
    ) -> None: ...

    @abstractmethod
    def _post_filtered(self, cls: str | None, shown: int) -> None: ...

    def new_marks(self, rows: Sequence[RowModel], marks: RowMarks | None = None) -> None:
        """The rows changed: their own marks (``marks`` when already worked out), and
        the old ones' thread stops. A filter waiting goes on waiting, for the new ones."""
        self.marks.stop.set()
        self.marks = marks if marks is not None and marks.rows is rows else RowMarks(rows)
        if self.pending_filter is not None:
            self.marks.hurry.set()
            self.marks.start(self.busy)

    def on_unmount(self) -> None:
        # The marks are no longer wanted (tests run many apps in one process).
        self.marks.stop.set()
        if self._progress_timer is not None:
            self._progress_timer.stop()

    def mark_in_background(self) -> None:
        """Work out the rows' marks in a thread, so that a filter key finds them done."""
        if not self.single:
            self.set_timer(MARKS_AFTER, lambda: self.marks.start(self.busy))

    def _kept(self, cls: str | None) -> list[RowModel]:
        if cls is None:
            return list(self.all_rows)
        if cls in ROW_FILTERS:
            # A weak link's sides count as removed and added (``Row.kinds``).
            return [m for m in self.all_rows if cls in m.row.kinds]
        # Complete but for the filter applied before new options (which the options'
        # thread marks ahead when a filter is on): then the rest is marked here.
        self.marks.finish()
        return self.marks.kept(cls)

    def action_filter(self, cls: str) -> None:
        """Show only the rows with a change of class ``cls`` ("" or the same again: all)."""
        if not self.all_rows or self._pair_only():
            return
        waiting = self.pending_filter
        if waiting is not None:
            self._stop_waiting()
            if cls == waiting:
                self.tell(f"Filter by {what_filter(cls)} cancelled.")
                self._post_filtered(self.class_filter, len(self.rows))
                return
        wanted = cls if cls and cls != self.class_filter else None
        marks = self.marks
        if needs_classes(wanted) and not marks.complete:
            if not marks.nearly_done():
                self._wait_for_marks(cls)
                return
            marks.finish()
        self._apply_filter(cls, wanted)

    def _apply_filter(self, cls: str, wanted: str | None) -> None:
        if wanted is None and self.class_filter is None:
            # Every row is shown already: nothing to lay out again.
            self.tell("Showing every row.")
            return
        every = self._every if wanted is None else None
        again = None
        if (
            every is not None
            and every.all_rows is self.all_rows
            and every.fold == self.fold
            and every.opened == frozenset(self.opened_runs)
        ):
            rows, again = every.rows, (every.index, every.layout)
        else:
            rows = self._filtered(wanted)
        if not rows:
            self.tell(filter_notice(cls, 0))
            return
        if self.class_filter is None and self.line_map is not None:
            self._every = Every(
                self.all_rows,
                self.rows,
                self.fold,
                frozenset(self.opened_runs),
                self.cursor.index(),
                self.line_map,
            )
        cursor, near = self.cursor.here()
        self.class_filter = wanted
        self._show_rows(rows, cursor, near, again)
        if wanted is None:
            self.tell("Showing every row.")
        else:
            self.tell(filter_notice(wanted, len(rows)))
        self._post_filtered(wanted, len(rows))

    # -- a filter waiting for the marks ----------------------------------------------

    @property
    def filter_progress(self) -> str:
        """What the header says while a filter waits ("filtering number 45%"), or ""."""
        cls = self.pending_filter
        if cls is None:
            return ""
        shown = "altered quotes" if cls == QUOTE_FILTER else cls
        return f"filtering {shown} {self.marks.percent}%"

    def _wait_for_marks(self, cls: str) -> None:
        self.pending_filter = cls
        self.marks.hurry.set()
        self.marks.start(self.busy)
        self._progress_timer = self.set_interval(PROGRESS_EVERY, self._check_marks)
        self._say_progress()

    def _stop_waiting(self) -> None:
        self.pending_filter = None
        self.marks.hurry.clear()
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _say_progress(self) -> None:
        cls = self.pending_filter
        assert cls is not None
        self.tell(f"Filtering rows with {what_filter(cls)}: {self.marks.percent}% (0: cancel).")
        self._post_filtered(self.class_filter, len(self.rows))

    def _check_marks(self) -> None:
        """The progress timer: apply the filter waiting once the marks are complete."""
        cls = self.pending_filter
        if cls is None:
            return
        if not self.marks.complete:
            self._say_progress()
            return
        self._stop_waiting()
        self._apply_filter(cls, cls if cls != self.class_filter else None)
