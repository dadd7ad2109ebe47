"""The detail panel: the cursor's row in full, under the panes, while it is open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


class DetailPanel(VerticalScroll, can_focus=False):
    """A scrollable panel holding ``tui.detail.row_detail``'s text; hidden until ``v``.

    It never takes focus: the keys stay the view's, so the cursor moves while the panel
    is open and the panel follows it.
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

    def compose(self) -> ComposeResult:
        yield Static(id="detail-text", markup=False)

    def show(self, text: Content) -> None:
        self.query_one("#detail-text", Static).update(text)
