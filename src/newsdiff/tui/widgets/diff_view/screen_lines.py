"""Finished screen lines of the diff view, kept by virtual line so a scroll reuses them.

Textual keeps a widget's finished lines (its styles applied, its line filters run) by
screen row, and a scroll makes every row dirty: each key that scrolls the view used
to style and filter all 45 lines again, which was most of its cost. Here the finished
lines are kept by virtual line instead, so a scroll finishes only the lines that came
into view; the painter's strip cache (``paint.RowPainter``) already spares drawing.

Everything that changes how a line looks already refreshes it (a row the cursor left
or entered, a tag, new rows, a resize, a style or focus change): each such refresh
drops the lines it covers, or all of them. Only the refresh a scroll itself makes is
not a change of content, and keeps them.

What a scroll would show next is finished ahead: once a screen is out, the rows a
screen above and below it, the first screen (Home) and the last (End) are drawn and
finished a few at a time between events, into the same cache, by Textual's own
pipeline (``StylesCache.render``, as ``Widget.render_lines`` calls it, with the
virtual lines as content). A scroll then finds every line it shows finished, and
costs the view nearly nothing: before, finishing the 25-41 new lines of a scroll took
3-8 ms of every scrolling key.
"""

from __future__ import annotations

from abc import abstractmethod
from collections import deque
from time import perf_counter
from typing import TYPE_CHECKING

from textual._styles_cache import StylesCache
from textual.geometry import Region
from textual.strip import Strip

from ...layout import Side
from .base import DiffViewBase

if TYPE_CHECKING:
    from .paint import RowPainter

#: Finished lines kept at most (a few screens' worth each way of a long scroll); past
#: it, those more than two screens from the one shown are dropped.
MAX_LINES = 2000
#: Drawing ahead yields to the event loop after this long (seconds), so a key that
#: arrives meanwhile waits no longer than this.
AHEAD_SLICE = 0.002


class ScreenLinesMixin(DiffViewBase):
    """``render_lines`` from a cache of finished lines by virtual line."""

    _lines: dict[int, Strip]
    _lines_span: tuple[int, int] | None = None
    _scrolling = False
    _ahead_top: int | None = None
    _ahead_running = False
    _ahead: deque[int]
    _scratch: StylesCache | None = None
    _moves: tuple[tuple[int, tuple[Side, int] | None], ...] = ()

    @property
    @abstractmethod
    def painter(self) -> RowPainter:
        """Draws the rows: ``DiffView.painter``, declared here for the methods below."""

    def _finished(self) -> dict[int, Strip]:
        lines = self.__dict__.get("_lines")
        if lines is None:
            lines = self._lines = {}
        return lines

    def virtual_line(self, vy: int) -> Strip:
        """The painter's strip for virtual line ``vy`` (a blank past the last row)."""
        layout = self.line_map
        if layout is None or vy >= layout.height:
            return Strip.blank(self.content_width, self.rich_style)
        row = layout.row_at(vy)
        return self.painter.strips(row)[vy - layout.starts[row]]

    def render_line(self, y: int) -> Strip:
        return self.virtual_line(round(self.scroll_y) + y)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        self._scrolling = True
        try:
            super().watch_scroll_y(old_value, new_value)
        finally:
            self._scrolling = False

    def _set_dirty(self, *regions: Region) -> None:
        if not self._scrolling:
            lines = self._finished()
            if not regions:
                lines.clear()
                self._ahead_top = None
            else:
                top = round(self.scroll_y)
                for region in regions:
                    for y in region.line_range:
                        lines.pop(top + y, None)
        super()._set_dirty(*regions)

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = self._finished()
        top = round(self.scroll_y)
        if crop.column_span != self._lines_span:
            lines.clear()
            self._lines_span = crop.column_span
        elif len(lines) > MAX_LINES:
            near = 2 * max(1, self.viewport_height)
            for vy in [vy for vy in lines if abs(vy - top) > near]:
                del lines[vy]
        missing = [y for y in crop.line_range if top + y not in lines]
        if missing:
            # Textual's own cache holds lines by screen row, stale after a scroll.
            self._styles_cache.clear()
            start = 0
            for k in range(1, len(missing) + 1):
                if k == len(missing) or missing[k] != missing[k - 1] + 1:
                    y0, count = missing[start], k - start
                    fresh = super().render_lines(Region(crop.x, y0, crop.width, count))
                    for dy, strip in enumerate(fresh):
                        lines[top + y0 + dy] = strip
                    start = k
        if top != self._ahead_top:
            self._ahead_top = top
            self._draw_ahead(top)
        return [lines[top + y] for y in crop.line_range]

    def _finish_ahead(self, row: int) -> None:
        """Finish the lines of ``row`` that are not kept, off screen, as ``render_lines``
        would on screen (Textual's pipeline; the row's virtual lines are its content)."""
        layout, span, lines = self.line_map, self._lines_span, self._finished()
        if layout is None or span is None:
            return
        first = layout.starts[row]
        wanted = [vy for vy in range(first, layout.starts[row + 1]) if vy not in lines]
        if not wanted:
            return
        scratch = self._scratch
        if scratch is None:
            scratch = self._scratch = StylesCache()
        scratch.clear()
        base_background, background = self.background_colors
        styles = self.styles
        x0, x1 = span
        vy0 = wanted[0]
        # No more lines at once than the content is high: past it the pipeline blanks.
        count = min(wanted[-1] - vy0 + 1, self.viewport_height)
        if count <= 0:
            return
        strips = scratch.render(
            styles,
            self.region.size,
            base_background,
            background,
            lambda y: self.virtual_line(vy0 + y),
            self.get_line_filters(),
            None,
            None,
            content_size=self.content_region.size,
            padding=styles.padding,
            crop=Region(x0, 0, x1 - x0, count),
            opacity=self.opacity,
            ansi_theme=self.app.ansi_theme,
            native_ansi=self.app.native_ansi_color,
        )
        for dy, strip in enumerate(strips):
            lines.setdefault(vy0 + dy, strip)

    def move_to(self, side: Side, sentence: int, *, reveal: bool = True) -> None:
        super().move_to(side, sentence, reveal=reveal)
        self._draw_moves()

    def _draw_moves(self) -> None:
        """Queue the rows ``j`` and ``k`` would change next: the rows of the sentences
        before and after the cursor as they look with the cursor on them, and the
        cursor's row as it looks once the cursor has left (``RowPainter.strips``)."""
        if self.session is None or not self.rows:
            return
        cursor = self.cursor
        row = cursor.row
        moves: list[tuple[int, tuple[Side, int] | None]] = []
        for step in (1, -1):
            target = cursor.step(step)
            if target is not None and target != cursor.sentence:
                r, k = cursor.place_of(cursor.side, target)
                moves.append((r, (cursor.side, k)))
                if r != row:
                    moves.append((row, None))
        self._moves = tuple(moves)
        if self._lines_span is None:
            # Nothing shown yet: the first screen goes first (drawing a row can take
            # tens of ms when its changes are classified); its ``render_lines`` starts
            # the drawing ahead, these rows first.
            return
        if not self._ahead_running:
            self._ahead = self.__dict__.get("_ahead") or deque()
            self._ahead_running = True
            self.call_later(self._ahead_step)

    def _draw_ahead(self, top: int) -> None:
        """Queue the rows a scroll from ``top`` would show next (nearest first)."""
        layout = self.line_map
        if layout is None or not self.rows:
            return
        height = max(1, self.viewport_height)
        last = layout.height - 1
        below = range(
            layout.row_at(min(last, top + height)), layout.row_at(min(last, top + 2 * height)) + 1
        )
        above = range(layout.row_at(max(0, top - 1)), layout.row_at(max(0, top - height)) - 1, -1)
        end = range(layout.row_at(max(0, last - height)), len(self.rows))
        first = range(layout.row_at(min(last, height)) + 1)
        self._ahead = deque([*below, *above, *end, *first])
        if not self._ahead_running:
            self._ahead_running = True
            self.call_later(self._ahead_step)

    def _ahead_step(self) -> None:
        queue = self._ahead
        rows = len(self.rows)
        start = perf_counter()
        # The rows the next j or k changes first (each a row's drawing, 1-3 ms).
        while self._moves and perf_counter() - start < AHEAD_SLICE:
            (row, cursor), *rest = self._moves
            self._moves = tuple(rest)
            if self.line_map is not None and row < rows and self.session is not None:
                self.painter.strips(row, cursor if cursor is not None else False)
        while queue and perf_counter() - start < AHEAD_SLICE:
            row = queue.popleft()
            if self.line_map is not None and row < rows and self.session is not None:
                self._finish_ahead(row)
        if queue or self._moves:
            self.call_later(self._ahead_step)
        else:
            self._ahead_running = False
