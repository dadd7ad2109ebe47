"""The detail panel: the cursor's row in full, under the panes, while it is open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


class DetailPanel(VerticalScroll, can_focus=False):
    """A scrollable panel holding ``tui.detail.row_detail``'s text; hidden until ``v``.

    It never takes focus: the keys stay the view's, so the cursor moves while the panel
    is open and the panel follows it; ``J`` / ``K`` (the app's keys) page it.
    """

    DEFAULT_CSS = """
    DetailPanel {
        /* A fixed share: a height that followed the text would resize the view at
           each move, and the rows would jump. */
        height: 40%;
        border-top: heavy $primary;
        background: $panel;
        padding: 0 1;
        display: none;
    }
    """

    _row = -1
    """The row whose detail is shown."""

    def compose(self) -> ComposeResult:
        yield Static(id="detail-text", markup=False)

    def page(self, pages: int) -> None:
        """Scroll by ``pages`` screens of the panel, one line kept for context."""
        step = max(1, self.scrollable_content_region.height - 1)
        self.scroll_relative(y=pages * step, animate=False)

    def show(self, text: Content, row: int) -> None:
        """Show ``text``, the detail of ``row``: from its top when the row is another one
        (a repaint of the same row keeps the place ``J`` paged to)."""
        self.query_one("#detail-text", Static).update(text)
        if row != self._row:
            self._row = row
            self.scroll_home(animate=False)
