"""The view's finished lines kept across scrolls (issue 16) show what a full repaint shows."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from textual import events

from newsdiff.tui.widgets.diff_view import DiffView

from .tui_helpers import ready, repeated_app

SIZE = (120, 30)


def _drawn(view: DiffView) -> list[list[Segment]]:
    return [list(strip) for strip in view.render_lines(view.size.region)]


def _repainted(view: DiffView) -> list[list[Segment]]:
    """The view drawn from nothing: every kept line and the painter's rows forgotten."""
    view._set_dirty()
    view.painter.clear()
    return _drawn(view)


async def test_lines_kept_across_scrolls_match_a_full_repaint(
    tmp_path: Path, seed_a: Path, seed_b: Path
) -> None:
    """After each scroll, cursor move and tag, the lines the view hands Textual (most of
    them kept from before the scroll) are exactly what drawing the screen anew gives."""
    app = repeated_app(tmp_path, seed_a, seed_b, 3)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        tops = set()
        for key in ["pagedown", "j", "j", "f", "pagedown", "k", "a", "wheel", "end", "pageup"]:
            if key == "wheel":
                view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
            else:
                await pilot.press(key)
            await pilot.pause()
            tops.add(round(view.scroll_y))
            assert _drawn(view) == _repainted(view), key
        assert len(tops) >= 5  # the keys did scroll the view to different places
