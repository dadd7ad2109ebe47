"""The two-column diff view: one Line-API ScrollView that draws both articles."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scrollbar import ScrollBar

from ...cursor import Index, Place
from ...filtering import RowMarks
from ...folding import MIN_RUN, equal_rows, fold_runs, foldable
from ...layout import Geometry, Layout, RowModel, Side, same_rows
from ...session import TagSession
from ..quick_scrollbar import QuickScrollBar
from .base import after_refresh
from .filters import FilterMixin
from .keys import VIEW_BINDINGS
from .navigation import NavigationMixin
from .paint import RowPainter
from .screen_lines import ScreenLinesMixin
from .scrolling import ScrollingMixin
from .styles import VIEW_COMPONENT_CLASSES, VIEW_CSS
from .tagging import TaggingMixin


class DiffView(
    ScreenLinesMixin, TaggingMixin, NavigationMixin, ScrollingMixin, FilterMixin, can_focus=True
):
    """Article A beside article B, one row per alignment row, in one scroll position.

    Both columns are drawn by this one widget, line by line (`render_line`), so there is
    a single vertical offset and the two sides of a row always start on the same line.
    Only the rows on screen are wrapped and styled; their lines are cached per row until
    the width, the cursor or a tag on that row changes (``paint.RowPainter``).

    The cursor is a sentence on one side; the other side of its row is highlighted.
    Its keys are in ``keys`` and run in the mixins: ``navigation`` (moving),
    ``scrolling`` (the mouse and scrollbars), ``tagging`` (changing records), ``filters``
    (the rows of one change class).
    """

    BINDINGS: ClassVar[list[BindingType]] = VIEW_BINDINGS
    COMPONENT_CLASSES: ClassVar[set[str]] = VIEW_COMPONENT_CLASSES
    DEFAULT_CSS = VIEW_CSS

    class NoteRequested(Message):
        """The note key was pressed on a sentence: the app asks for the text."""

        def __init__(self, view: DiffView, side: Side, sentence: int) -> None:
            super().__init__()
            self.view = view
            self.side = side
            self.sentence = sentence

    class Filtered(Message):
        """The rows shown changed: only those with a change of ``cls`` (None: all)."""

        def __init__(self, view: DiffView, cls: str | None, shown: int) -> None:
            super().__init__()
            self.view = view
            self.cls = cls
            self.shown = shown

    class Relaid(Message):
        """The column geometry changed (first layout or a resize)."""

        def __init__(self, view: DiffView, geometry: Geometry) -> None:
            super().__init__()
            self.view = view
            self.geometry = geometry

    @cached_property
    def painter(self) -> RowPainter:
        """Draws the rows on screen, and keeps what it drew."""
        return RowPainter(self)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The view's own scrollbar (beside B), made as Textual's is, but quick to draw."""
        bar = self._vertical_scrollbar
        if bar is None:
            bar = self._vertical_scrollbar = QuickScrollBar(
                vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
            )
            bar.display = False
            self.app._start_widget(self, bar)
        return bar

    # -- the rows and their layout ---------------------------------------------------

    def load(
        self,
        rows: Sequence[RowModel],
        session: TagSession,
        cursor: Place | None = None,
        layout: Layout | None = None,
    ) -> None:
        """Show a comparison. ``cursor`` restores a saved position when it still exists;
        ``layout``: the rows as they are shown, laid out ahead (``tui.loading``)."""
        self.all_rows = rows
        self.new_marks(rows)
        self.session = session
        self.class_filter = None
        shown = self._filtered(None)
        if layout is not None and same_rows(layout.rows, shown):
            self._show_rows(layout.rows, cursor, layout=layout)
        else:
            self._show_rows(shown, cursor)

    def _show_rows(
        self,
        rows: Sequence[RowModel],
        cursor: Place | None,
        near: int = 0,
        again: tuple[Index, Layout] | None = None,
        layout: Layout | None = None,
    ) -> None:
        """Show ``rows``; the cursor goes to ``cursor`` if shown, else near row ``near``.

        ``near`` is a row index of the comparison (``RowModel.index``). ``again``: the
        cursor's index and the layout of these same rows when they were last shown,
        used instead of walking every row again (the layout only at the same width);
        ``layout``: these rows laid out ahead, at the width the view is to have.
        """
        self.cursor.show(rows, cursor, near, again[0] if again else None)
        self.line_map = None
        self.painter.clear()
        self._reveal_pending = True
        self._relayout(again[1] if again else layout)
        if self.line_map is None:
            # Not laid out yet (the comparison can finish before the first layout).
            after_refresh(self, self._relayout)
        self.state_signal.publish("")

    def replace_rows(self, rows: Sequence[RowModel], marks: RowMarks | None = None) -> None:
        """The same sentences under other options: new kinds and changes, same cursor
        (``marks``: the new rows' marks, when the options' thread worked them out)."""
        cursor, near = self.cursor.here()
        self.all_rows = rows
        self.new_marks(rows, marks)
        self._show_rows(self._filtered(self.class_filter), cursor, near)

    def _filtered(self, cls: str | None) -> list[RowModel]:
        """The rows shown under the filter ``cls`` and the fold: each run of equal rows
        one fold line (``folding``), but for the runs Enter opened. A filter keeps no
        equal row, so under one there is no fold line either."""
        rows = self._kept(cls)
        if self.fold and not self.single:
            return fold_runs(rows, self.opened_runs)
        return rows

    @property
    def folded(self) -> int:
        """How many equal rows the fold lines stand for now."""
        return sum(m.folded for m in self.rows)

    def action_fold(self) -> None:
        """Fold each run of equal rows into one line, or show them all again
        (remembered per store); the runs opened one by one close again."""
        if not self.all_rows or self._pair_only():
            return
        self.fold = not self.fold
        self.opened_runs.clear()
        cursor, near = self.cursor.here()
        rows = self._filtered(self.class_filter)
        self._show_rows(rows, cursor, near)
        if not self.fold:
            self.tell("Equal rows shown (z folds them).")
        elif self.folded:
            lines = sum(1 for m in rows if m.folded)
            in_lines = "1 line" if lines == 1 else f"{lines} lines"
            self.tell(f"{equal_rows(self.folded)} folded in {in_lines} (Enter opens one).")
        elif not any(map(foldable, self.all_rows)):
            # Filter or not, the real reason: nothing a fold could hide, here.
            self.tell("Fold on, but this pair has no equal rows to fold.")
        elif not any(m.folded for m in fold_runs(self.all_rows)):
            self.tell(f"Fold on, but no {MIN_RUN} equal rows stand together to fold.")
        else:
            self.tell("Equal rows folded (none in view: the filter hides them).")
        self.post_message(self.Filtered(self, self.class_filter, len(rows)))

    def unfold_here(self) -> bool:
        """Show the run of equal rows under the cursor (Enter on a fold line); False
        when the cursor is not on one. The cursor goes to the run's first row."""
        count = self.cursor.on_fold
        if not count:
            return False
        cursor, near = self.cursor.here()
        self.opened_runs.add(near)
        rows = self._filtered(self.class_filter)
        self._show_rows(rows, cursor, near)
        self.tell(f"{equal_rows(count)} shown (z folds every run again).")
        self.post_message(self.Filtered(self, self.class_filter, len(rows)))
        return True

    def open_fold_of(self, side: Side, sentence: int) -> None:
        """Show the folded run that holds a sentence (an undo or a redo went there: the
        annotator must see what changed); nothing when it is not folded away."""
        if not self.fold or self.single:
            return
        start: int | None = None
        for model in self._kept(self.class_filter):
            if model.kind != "equal" or not (model.a or model.b):
                start = None
                continue
            if start is None:
                start = model.index
            if sentence in model.side_indices(side):
                break
        else:
            return
        if start is None or start in self.opened_runs:
            return
        cursor, near = self.cursor.here()
        self.opened_runs.add(start)
        self._show_rows(self._filtered(self.class_filter), cursor, near)

    def _post_filtered(self, cls: str | None, shown: int) -> None:
        self.post_message(self.Filtered(self, cls, shown))

    def _relayout(self, layout: Layout | None = None) -> None:
        width = self.content_width
        if width <= 0 and layout is not None and layout.rows is self.rows:
            # Not placed yet (under the loading indicator): the layout made for the width
            # it is to have (``Panes.view_width``); placed at another, it is laid out again.
            width = layout.geometry.width
        if not self.rows or width <= 0:
            return
        old = self.line_map
        if old is not None and old.geometry.width == width:
            return
        anchor: tuple[int, float] | None = None
        if old is not None:
            top = round(self.scroll_y)
            row = old.row_at(top)
            anchor = (row, (top - old.starts[row]) / max(1, old.row_height(row)))
        geometry = Geometry.for_width(width, single=self.single)
        if layout is None or layout.rows is not self.rows or layout.geometry != geometry:
            layout = Layout(self.rows, geometry)
        self.line_map = layout
        self.painter.clear()
        self.virtual_size = Size(width, layout.height)
        if anchor is not None:
            # The row at the top stays at the top across a resize (unless that would hide
            # the cursor: see the reveal below).
            row, frac = anchor
            y = layout.starts[row] + int(frac * layout.row_height(row))
            self.scroll_to(y=y, animate=False, force=True)
            self._reveal_pending = True
        self.refresh()
        if self._reveal_pending:
            self._reveal_pending = False
            # Now, so that a key queued behind this one (a burst: ``z PageUp a``) pages
            # and tags from the new layout's screen, not the old one's (review r25d
            # finding 2); the virtual size above already allows scrolling there. Again
            # after the refresh, for a view not yet placed (no height to reveal in).
            self._reveal()
            after_refresh(self, self._reveal)
        self.post_message(self.Relaid(self, layout.geometry))

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        if self.rows:
            # Shorter (the detail panel opened under it): keep the cursor's row in view.
            after_refresh(self, self._reveal)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.painter.restyle()

    # -- drawing ---------------------------------------------------------------------

    def _gutter(
        self, side: Side, sentence: int
    ) -> tuple[list[Segment], list[tuple[int, int]] | None]:
        """A sentence's badge and flags as drawn, and its cue words (``RowPainter.gutter``)."""
        return self.painter.gutter(side, sentence)

    def action_note(self) -> None:
        """Ask for the sentence's note (the app opens the input)."""
        if self.session is None or not self.rows or self.on_fold_line():
            return
        self.post_message(self.NoteRequested(self, self.side, self.sentence))
