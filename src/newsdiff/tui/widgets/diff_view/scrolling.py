"""The diff view under the mouse: the wheel, the scrollbars and clicks move the cursor too.

The view has one vertical offset for both articles. Whatever scrolls it without a key
(the wheel, either scrollbar, ``PaneScrollBar`` included) calls ``scrolled_by_user``,
and the cursor follows onto the screen (``viewport.follow_target`` says where).
"""

from __future__ import annotations

from textual import events
from textual.scrollbar import ScrollDown, ScrollTo, ScrollUp

from ...viewport import follow_target
from .base import DiffViewBase, after_refresh


class ScrollingMixin(DiffViewBase):
    """Mouse and scrollbar handlers of the view, and the cursor following them."""

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        super()._on_mouse_scroll_down(event)
        self.scrolled_by_user()

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        super()._on_mouse_scroll_up(event)
        self.scrolled_by_user()

    def _on_scroll_to(self, message: ScrollTo) -> None:
        super()._on_scroll_to(message)
        self.scrolled_by_user()

    def _on_scroll_up(self, event: ScrollUp) -> None:
        super()._on_scroll_up(event)
        self.scrolled_by_user()

    def _on_scroll_down(self, event: ScrollDown) -> None:
        super()._on_scroll_down(event)
        self.scrolled_by_user()

    def scrolled_by_user(self) -> None:
        """The wheel or a scrollbar moved the view: keep the cursor on screen.

        A tag key acts on the cursor's sentence; left off screen, a key would tag a
        sentence the annotator cannot see (and the next j would jump back to it).
        """
        after_refresh(self, self._follow_scroll)

    def _follow_scroll(self) -> None:
        if self.line_map is None or not self.rows:
            return
        top = round(self.scroll_y)
        target = follow_target(self.line_map, self.cursor, top, self.viewport_height)
        if target is not None:
            self.move_to(*target, reveal=False)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.line_map is None or not self.rows:
            return
        y = round(self.scroll_y) + offset.y
        if y >= self.line_map.height:
            return
        side = self.line_map.geometry.side_at(offset.x)
        sentence = self.cursor.nearest(self.line_map, side, y)
        if sentence is not None:
            self.move_to(side, sentence, reveal=False)
