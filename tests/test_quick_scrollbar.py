"""The view's quick scrollbars (issue 16) draw exactly what Textual's own bars draw."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from textual.scrollbar import ScrollBar

from newsdiff.tui.widgets.pane_scrollbar import PaneScrollBar
from newsdiff.tui.widgets.quick_scrollbar import QuickScrollBar

from .tui_helpers import ready, repeated_app

SIZE = (120, 30)


def _quick(bar: ScrollBar) -> list[list[Segment]]:
    return [list(strip) for strip in bar.render_lines(bar.size.region)]


def _textual(bar: ScrollBar) -> list[list[Segment]]:
    """The bar drawn from nothing by Textual's own ``ScrollBar``."""
    bar._styles_cache.clear()
    return [list(strip) for strip in ScrollBar.render_lines(bar, bar.size.region)]


async def test_quick_bars_match_textuals_at_every_position(
    tmp_path: Path, seed_a: Path, seed_b: Path
) -> None:
    """Scrolled line by line through a long pair (every partial glyph of the thumb's
    ends comes round), and hovered, both bars' lines (most of them reused) are the
    lines Textual's ScrollBar draws in the same state."""
    app = repeated_app(tmp_path, seed_a, seed_b, 6)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        bars = [view.vertical_scrollbar, app.query_one(PaneScrollBar)]
        assert all(isinstance(bar, QuickScrollBar) for bar in bars)
        thumbs = set()
        for y in range(0, round(view.max_scroll_y) + 1, 17):
            view.scroll_to(y=y, animate=False, immediate=True)
            await pilot.pause()
            for bar in bars:
                drawn = _quick(bar)
                assert drawn == _textual(bar), y
                thumbs.add(tuple(seg.text for line in drawn for seg in line))
            bars[0].mouse_over = not bars[0].mouse_over  # the hover colours too
        assert len(thumbs) > 20  # the thumb did move through many shapes
