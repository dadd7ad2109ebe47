"""A second vertical scrollbar, at the left edge of article A, for the view's one offset."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.scrollbar import ScrollDown, ScrollTo, ScrollUp

from .diff_view import DiffView
from .quick_scrollbar import QuickScrollBar

#: Columns the bar takes.
PANE_BAR = 1


class PaneScrollBar(QuickScrollBar):
    """A scrollbar beside article A that shows and moves the diff view's scroll offset.

    The view keeps one vertical offset for both articles; this bar mirrors the view's
    own scrollbar (at the right edge, beside article B) and hands every drag or click
    to the view, so either bar moves both panes together.
    """

    DEFAULT_CSS = f"""
    PaneScrollBar {{
        width: {PANE_BAR};
        height: 1fr;
    }}
    """

    def __init__(self, view: DiffView) -> None:
        super().__init__(vertical=True, name="pane-a")
        self.view = view

    def on_mount(self) -> None:
        source = self.view.vertical_scrollbar
        for name in ("window_virtual_size", "window_size", "position"):
            self.watch(source, name, self._mirror(name))

    def _mirror(self, name: str) -> Callable[[float], None]:
        # One argument: Textual passes (old, new) to a watcher that takes two.
        def copy(value: float) -> None:
            setattr(self, name, value)

        return copy

    def _on_scroll_to(self, message: ScrollTo) -> None:
        # prevent_default: the ScrollBar's own Widget handler would scroll the bar.
        message.prevent_default()
        message.stop()
        if message.y is not None:
            self.view.scroll_to(y=message.y, animate=False)
            self.view.scrolled_by_user()

    def _on_scroll_up(self, message: ScrollUp) -> None:
        message.prevent_default()
        message.stop()
        self.view.scroll_page_up(animate=False)
        self.view.scrolled_by_user()

    def _on_scroll_down(self, message: ScrollDown) -> None:
        message.prevent_default()
        message.stop()
        self.view.scroll_page_down(animate=False)
        self.view.scrolled_by_user()

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        # The wheel over this bar scrolls the view, as it does over the view's own bar.
        event.stop()
        self.view._on_mouse_scroll_down(event)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.view._on_mouse_scroll_up(event)
