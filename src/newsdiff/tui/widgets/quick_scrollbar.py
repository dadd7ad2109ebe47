"""A vertical scrollbar that draws a scroll in microseconds instead of milliseconds.

Textual draws a scrollbar by rendering its whole bar through the widget's style
pipeline: about 8 ms for the 41 lines of the view at 160x45, and the view has two
bars (``PaneScrollBar`` beside A mirrors the view's own beside B). Every scroll moves
their position, so every scrolling key paid about 16 ms for the bars alone, more than
a frame. Yet a bar is made of a handful of distinct lines (the track above the thumb,
the thumb, the track below, and the thumb's two partial glyphs), and a finished line
depends only on which one it is.

``QuickScrollBar`` asks Textual's own renderer which segment each line holds (a cheap
list of 41 segments), and keeps each distinct line as Textual's pipeline finished it.
A line it has not seen yet makes it render the requested lines the ordinary way and
remember them, so what is drawn is always what Textual would draw
(``tests/test_quick_scrollbar.py`` holds the two to the same strips).
"""

from __future__ import annotations

from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip

#: Finished lines kept at most (a bar has about 20 distinct ones per size and style).
MAX_LINES = 256


class QuickScrollBar(ScrollBar):
    """A ``ScrollBar`` that reuses each distinct finished line (vertical bars only)."""

    _memo: dict[object, Strip]
    _memo_context: object = None

    def _line_keys(self) -> list[object] | None:
        """What each line of the bar shows, as Textual's renderer would draw it (None:
        not a plain vertical bar, drawn the ordinary way)."""
        if not self.vertical or self.parent is None:
            return None
        renderable = self.render()
        if type(renderable) is not ScrollBarRender or renderable.style is None:
            return None
        style = renderable.style
        if isinstance(style, str):
            return None
        height, width = self.size.height, self.size.width
        # As ScrollBarRender.__rich_console__ calls it (size: the height; thickness: the
        # width; the defaults when the style leaves a colour out).
        default = ScrollBarRender.render_bar.__defaults__
        assert default is not None
        back, bar = default[-2], default[-1]
        segments = renderable.render_bar(
            size=height,
            virtual_size=renderable.virtual_size,
            window_size=renderable.window_size,
            position=renderable.position,
            thickness=width,
            vertical=True,
            back_color=style.bgcolor or back,
            bar_color=style.color or bar,
        ).segments
        if len(segments) != height:
            return None
        return list(segments)

    def render_lines(self, crop: Region) -> list[Strip]:
        keys = self._line_keys()
        if keys is None:
            return super().render_lines(crop)
        # What a finished line depends on besides its segment.
        context = (
            crop.column_span,
            self.size,
            self.background_colors,
            self.opacity,
            tuple(id(f) for f in self.get_line_filters()),
            self.app.ansi_theme,
        )
        memo = self.__dict__.get("_memo")
        if memo is None or context != self._memo_context or len(memo) > MAX_LINES:
            memo = self._memo = {}
            self._memo_context = context
        if crop.y < 0 or crop.bottom > len(keys):
            return super().render_lines(crop)
        wanted = [keys[y] for y in crop.line_range]
        if all(key in memo for key in wanted):
            return [memo[key] for key in wanted]
        lines = super().render_lines(crop)
        for key, line in zip(wanted, lines, strict=True):
            memo[key] = line
        return lines
