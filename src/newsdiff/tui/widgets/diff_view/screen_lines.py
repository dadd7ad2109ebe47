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

What a scroll cannot reuse is drawn ahead: once a screen is out, the rows a screen
above and below it, and the last screen (End), are drawn into the painter's cache a
few at a time between events, so the next scroll finds them drawn.
"""

from __future__ import annotations

from abc import abstractmethod
from collections import deque
from time import perf_counter
from typing import TYPE_CHECKING

from textual.geometry import Region
from textual.strip import Strip

from .base import DiffViewBase

if TYPE_CHECKING:
    from .paint import RowPainter

#: Finished lines kept at most (a few screens' worth each way of a long scroll).
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

    @property
    @abstractmethod
    def painter(self) -> RowPainter:
        """Draws the rows: ``DiffView.painter``, declared here for the methods below."""

    def _finished(self) -> dict[int, Strip]:
        lines = self.__dict__.get("_lines")
        if lines is None:
            lines = self._lines = {}
        return lines

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
        if crop.column_span != self._lines_span or len(lines) > MAX_LINES:
            lines.clear()
            self._lines_span = crop.column_span
        top = round(self.scroll_y)
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
        self._ahead = deque([*below, *above, *end])
        if not self._ahead_running:
            self._ahead_running = True
            self.call_later(self._ahead_step)

    def _ahead_step(self) -> None:
        queue = self._ahead
        rows = len(self.rows)
        start = perf_counter()
        while queue and perf_counter() - start < AHEAD_SLICE:
            row = queue.popleft()
            if self.line_map is not None and row < rows and self.session is not None:
                self.painter.strips(row)
        if queue:
            self.call_later(self._ahead_step)
        else:
            self._ahead_running = False
