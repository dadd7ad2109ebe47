"""The two-column diff view: one Line-API ScrollView that draws both articles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.signal import Signal
from textual.strip import Strip
from textual.widget import Widget

from newsdiff.labels import BADGES, Label
from newsdiff.store import StoreError

from ..layout import (
    GAP,
    GUTTER,
    Geometry,
    Layout,
    Mark,
    Piece,
    RowModel,
    Side,
    other,
    piece_spans,
    wrap,
)
from ..session import Change, TagSession
from .aligning import Aligning

#: The rule between the panes, replaced on a row's first line by its kind's mark.
RULE = "│"
MARKS = {"equal": RULE, "changed": "~", "added": "+", "removed": "-", "moved": "⇄"}
HATCH = "╲"
CURSOR_BAR = "▌"

_SIDE_NAME = {"a": "A", "b": "B"}


class DiffView(ScrollView, can_focus=True):
    """Article A beside article B, one row per alignment row, in one scroll position.

    Both columns are drawn by this one widget, line by line (`render_line`), so there is
    a single vertical offset and the two sides of a row always start on the same line.
    Only the rows on screen are wrapped and styled; their lines are cached per row until
    the width, the cursor or a tag on that row changes.

    The cursor is a sentence on one side; the other side of its row is highlighted.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "tag('fact')", "Fact", id="tag-fact",
                tooltip="Tag the sentence as fact (again: clear)."),
        Binding("a", "tag('attribution')", "Attrib", id="tag-attribution",
                tooltip="Tag the sentence as attribution (again: clear)."),
        Binding("e", "tag('estimate')", "Estim", id="tag-estimate",
                tooltip="Tag the sentence as estimate (again: clear)."),
        Binding("o", "tag('opinion')", "Opinion", id="tag-opinion",
                tooltip="Tag the sentence as opinion (again: clear)."),
        Binding("x", "clear", "Clear", show=False, id="clear",
                tooltip="Remove the sentence's tag."),
        Binding("u", "undo", "Undo", id="undo", tooltip="Undo the last tag change."),
        Binding("ctrl+r", "redo", "Redo", show=False, id="redo",
                tooltip="Redo the last undone tag change."),
        Binding("down,j", "cursor_down", "Down", show=False, id="cursor-down",
                tooltip="Move to the next sentence on this side."),
        Binding("up,k", "cursor_up", "Up", show=False, id="cursor-up",
                tooltip="Move to the previous sentence on this side."),
        Binding("left", "side('a')", "Side A", show=False, id="side-a",
                tooltip="Move to article A (left), same row."),
        Binding("right", "side('b')", "Side B", show=False, id="side-b",
                tooltip="Move to article B (right), same row."),
        Binding("tab,shift+tab", "switch_side", "Switch side", show=False, id="switch-side",
                tooltip="Move to the other article, same row."),
        Binding("pagedown", "page_down", "Page down", show=False, id="page-down",
                tooltip="Scroll one screen down; the cursor follows."),
        Binding("pageup", "page_up", "Page up", show=False, id="page-up",
                tooltip="Scroll one screen up; the cursor follows."),
        Binding("home,g", "first", "First", show=False, id="first",
                tooltip="Go to the first sentence of this side."),
        Binding("end,G", "last", "Last", show=False, id="last",
                tooltip="Go to the last sentence of this side."),
        Binding("n", "next_change", "Change", id="next-change",
                tooltip="Go to the next row that is not equal."),
        Binding("N", "previous_change", "Prev change", show=False, id="previous-change",
                tooltip="Go to the previous row that is not equal."),
        Binding("right_square_bracket", "next_untagged", "Untagged", id="next-untagged",
                key_display="]", tooltip="Go to the next sentence on this side without a tag."),
        Binding("left_square_bracket", "previous_untagged", "Prev untagged", show=False,
                key_display="[", id="previous-untagged",
                tooltip="Go to the previous sentence on this side without a tag."),
    ]  # fmt: skip
    """
    | Key(s) | Description |
    | :- | :- |
    | f, a, e, o | Tag fact, attribution, estimate, opinion (the same key again clears). |
    | x | Clear the tag. |
    | u / ctrl+r | Undo / redo a tag change. |
    | down, j | Next sentence on this side. |
    | up, k | Previous sentence on this side. |
    | left / right | Article A / article B, same row. |
    | tab, shift+tab | The other article, same row. |
    | pagedown / pageup | Scroll a screen; the cursor follows. |
    | home, g / end, G | First / last sentence of this side. |
    | n / N | Next / previous row that is not equal. |
    | ] / [ | Next / previous untagged sentence on this side. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "diff-view--delete",
        "diff-view--insert",
        "diff-view--removed",
        "diff-view--added",
        "diff-view--filler",
        "diff-view--moved",
        "diff-view--cursor",
        "diff-view--cursor-bar",
        "diff-view--counterpart",
        "diff-view--rule",
        "diff-view--mark-changed",
        "diff-view--mark-added",
        "diff-view--mark-removed",
        "diff-view--mark-moved",
        "diff-view--tag-fact",
        "diff-view--tag-attribution",
        "diff-view--tag-estimate",
        "diff-view--tag-opinion",
    }
    """
    | Class | Description |
    | :- | :- |
    | `diff-view--delete` | Words of A that B does not have. |
    | `diff-view--insert` | Words of B that A does not have. |
    | `diff-view--removed` | A sentence only A has. |
    | `diff-view--added` | A sentence only B has. |
    | `diff-view--filler` | The empty side facing an added or removed sentence. |
    | `diff-view--moved` | The badge of a moved sentence. |
    | `diff-view--cursor` | The current sentence. |
    | `diff-view--cursor-bar` | The bar in the gutter beside the current sentence. |
    | `diff-view--counterpart` | The other side of the current sentence's row. |
    | `diff-view--rule` | The rule between the panes. |
    | `diff-view--mark-KIND` | A row's mark on the rule (changed, added, removed, moved). |
    | `diff-view--tag-LABEL` | A tag badge in the gutter (fact, attribution, estimate, opinion). |
    """

    DEFAULT_CSS = """
    DiffView {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        background: $surface;
        color: $foreground;

        & > .diff-view--delete { background: $error 35%; }
        & > .diff-view--insert { background: $success 35%; }
        & > .diff-view--removed { background: $error 8%; }
        & > .diff-view--added { background: $success 8%; }
        & > .diff-view--filler { color: $foreground 12%; }
        & > .diff-view--moved { color: $text-accent; text-style: bold; }
        & > .diff-view--cursor { background: $primary 35%; }
        & > .diff-view--cursor-bar { color: $primary; }
        & > .diff-view--counterpart { background: $primary 15%; }
        & > .diff-view--rule { color: $foreground 20%; }
        & > .diff-view--mark-changed { color: $text-warning; text-style: bold; }
        & > .diff-view--mark-added { color: $text-success; text-style: bold; }
        & > .diff-view--mark-removed { color: $text-error; text-style: bold; }
        & > .diff-view--mark-moved { color: $text-accent; text-style: bold; }
        & > .diff-view--tag-fact { color: $text; background: $primary; text-style: bold; }
        & > .diff-view--tag-attribution {
            color: $text; background: $secondary; text-style: bold;
        }
        & > .diff-view--tag-estimate { color: $text; background: $warning; text-style: bold; }
        & > .diff-view--tag-opinion { color: $text; background: $accent; text-style: bold; }
        &:blur > .diff-view--cursor { background: $primary 20%; }
    }
    """

    class Relaid(Message):
        """The column geometry changed (first layout or a resize)."""

        def __init__(self, view: DiffView, geometry: Geometry) -> None:
            super().__init__()
            self.view = view
            self.geometry = geometry

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 (Textual's own parameter name)
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.rows: Sequence[RowModel] = ()
        self.session: TagSession | None = None
        self.line_map: Layout | None = None
        """Line positions at the current width (None until loaded and sized)."""
        self.side: Side = "a"
        """The side of the cursor."""
        self.sentence = 0
        """The cursor's sentence index on its side."""
        self._order: dict[Side, list[int]] = {"a": [], "b": []}
        self._pos: dict[Side, dict[int, int]] = {"a": {}, "b": {}}
        self._where: dict[Side, dict[int, tuple[int, int]]] = {"a": {}, "b": {}}
        self._row_cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(512)
        self._styles: dict[str, Style] = {}
        self._layout_id = 0
        self._reveal_pending = False
        self.state_signal: Signal[str] = Signal(self, "state")
        """Published when the cursor moves or a tag changes (data: what changed, or "").

        A signal, not a message: its subscribers update in the same frame as the view,
        where a message arrives a frame or two later."""

    # -- loading and layout ----------------------------------------------------------

    def get_loading_widget(self) -> Widget:
        return Aligning()

    def load(
        self,
        rows: Sequence[RowModel],
        session: TagSession,
        cursor: tuple[Side, int] | None = None,
    ) -> None:
        """Show a comparison. ``cursor`` restores a saved position when it still exists."""
        self.rows = rows
        self.session = session
        for side in ("a", "b"):
            order: list[int] = []
            where: dict[int, tuple[int, int]] = {}
            for r, row in enumerate(rows):
                for k, piece in enumerate(row.side(side)):
                    order.append(piece.sentence)
                    where[piece.sentence] = (r, k)
            self._order[side] = order
            self._where[side] = where
            self._pos[side] = {s: i for i, s in enumerate(order)}
        if cursor is not None and cursor[1] in self._where[cursor[0]]:
            self.side, self.sentence = cursor
        elif self._order["a"]:
            self.side, self.sentence = "a", self._order["a"][0]
        elif self._order["b"]:
            self.side, self.sentence = "b", self._order["b"][0]
        self.line_map = None
        self._reveal_pending = True
        self._relayout()
        if self.line_map is None:
            # Not laid out yet (the comparison can finish before the first layout).
            self.call_after_refresh(self._relayout)
        self.state_signal.publish("")

    @property
    def content_width(self) -> int:
        return self.scrollable_content_region.width

    def _relayout(self) -> None:
        width = self.content_width
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
        layout = Layout(self.rows, Geometry.for_width(width))
        self.line_map = layout
        self._layout_id += 1
        self._row_cache.clear()
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
            # After the refresh, when the new virtual size allows scrolling there.
            self.call_after_refresh(self._reveal)
        self.post_message(self.Relaid(self, layout.geometry))

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._row_cache.clear()

    # -- where things are ----------------------------------------------------------

    @property
    def cursor_row(self) -> int:
        return self._where[self.side][self.sentence][0] if self.rows else 0

    def sentence_lines(self, side: Side, sentence: int) -> tuple[int, int]:
        """First virtual line and line count of a sentence at the current width."""
        assert self.line_map is not None
        row, k = self._where[side][sentence]
        return self.line_map.piece_span(row, side, k)

    def line_owner(self, y: int, side: Side) -> tuple[int, int | None]:
        """The row that owns virtual line ``y``, and the sentence shown there on ``side``.

        Both sides of a line always report the same row: that is what keeps them level.
        """
        assert self.line_map is not None
        row = self.line_map.row_at(y)
        k = self.line_map.piece_at(row, side, y - self.line_map.starts[row])
        pieces = self.rows[row].side(side)
        return row, (pieces[k].sentence if k is not None else None)

    @property
    def viewport_height(self) -> int:
        return self.scrollable_content_region.height

    # -- drawing --------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(f"diff-view--{name}")
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        layout = self.line_map
        width = self.content_width
        if layout is None:
            return Strip.blank(width, self.rich_style)
        vy = round(self.scroll_y) + y
        if vy >= layout.height:
            return Strip.blank(width, self.rich_style)
        row = layout.row_at(vy)
        return self._row_strips(row)[vy - layout.starts[row]]

    def _row_cursor(self, row: int) -> tuple[Side, int] | None:
        """The cursor's side and piece if it is on this row."""
        if not self.rows or self.cursor_row != row:
            return None
        return (self.side, self._where[self.side][self.sentence][1])

    def _row_strips(self, row: int) -> list[Strip]:
        """A row's lines, drawn once per width, cursor position and set of tags."""
        session = self.session
        assert session is not None
        model = self.rows[row]
        cursor = self._row_cursor(row)
        labels = tuple(session.label("a", p.sentence) for p in model.a) + tuple(
            session.label("b", p.sentence) for p in model.b
        )
        key = (row, self._layout_id, cursor, labels)
        strips = self._row_cache.get(key)
        if strips is None:
            strips = self._draw_row(row, cursor)
            self._row_cache[key] = strips
        return strips

    def _draw_row(self, row: int, cursor: tuple[Side, int] | None) -> list[Strip]:
        layout = self.line_map
        session = self.session
        assert layout is not None and session is not None
        geo = layout.geometry
        model = self.rows[row]
        height = layout.row_height(row) - GAP
        base = self.rich_style
        sides: dict[Side, list[list[Segment]]] = {}
        for side in ("a", "b"):
            width = geo.text_width(side)
            pieces = model.side(side)
            if not pieces:
                hatch = base + self._style("filler")
                sides[side] = [
                    [Segment(" " * GUTTER, base), Segment(HATCH * width, hatch)]
                    for _ in range(height)
                ]
                continue
            if cursor is None:
                role = None
            elif cursor[0] == side:
                role = cursor[1]
            else:
                role = -1  # the counterpart side: every piece highlighted
            tint = base
            if model.kind == "removed" and side == "a":
                tint = base + self._style("removed")
            elif model.kind == "added" and side == "b":
                tint = base + self._style("added")
            lines: list[list[Segment]] = []
            all_spans = piece_spans(model, side)
            for k, piece in enumerate(pieces):
                if role == k:
                    line_style = base + self._style("cursor")
                elif role == -1:
                    line_style = base + self._style("counterpart")
                else:
                    line_style = tint
                label = session.label(side, piece.sentence)
                lines.extend(
                    self._draw_piece(piece, all_spans[k], width, line_style, label, bar=role == k)
                )
            blank = [Segment(" " * (GUTTER + width), base)]
            lines.extend(blank for _ in range(height - len(lines)))
            sides[side] = lines
        rule = base + self._style("rule")
        mark_style = rule if model.kind == "equal" else base + self._style(f"mark-{model.kind}")
        strips: list[Strip] = []
        for i in range(height):
            mid = MARKS[model.kind] if i == 0 else RULE
            segs = [
                *sides["a"][i],
                Segment(" ", base),
                Segment(mid, mark_style if i == 0 else rule),
                Segment(" ", base),
                *sides["b"][i],
            ]
            # Fewer, longer segments: every repaint divides and crops each one.
            strips.append(Strip(segs, geo.width).adjust_cell_length(geo.width, base).simplify())
        gap = Strip(
            [
                Segment(" " * (geo.divider_start + 1), base),
                Segment(RULE, rule),
                Segment(" " * (geo.width - geo.divider_start - 2), base),
            ],
            geo.width,
        )
        strips.extend(gap for _ in range(GAP))
        return strips

    def _draw_piece(
        self,
        piece: Piece,
        spans: Sequence[tuple[int, int, Mark]],
        width: int,
        style: Style,
        label: Label | None,
        bar: bool,
    ) -> list[list[Segment]]:
        base = self.rich_style
        marks = {
            "delete": self._style("delete"),
            "insert": self._style("insert"),
            "moved": self._style("moved"),
        }
        text = piece.text
        out: list[list[Segment]] = []
        for j, (start, end) in enumerate(wrap(text, width)):
            # Spaces left hanging at a line's end are not drawn (nor highlighted).
            end = start + len(text[start:end].rstrip(" "))
            gutter = [
                Segment(CURSOR_BAR if bar else " ", base + self._style("cursor-bar")),
                Segment(BADGES[label], self._style(f"tag-{label}"))
                if label is not None and j == 0
                else Segment(" ", base),
                Segment(" ", base),
            ]
            segs: list[Segment] = []
            pos = start
            for s, e, mark in spans:
                if e <= pos or s >= end:
                    continue
                if s > pos:
                    segs.append(Segment(text[pos:s], style))
                segs.append(Segment(text[max(s, pos) : min(e, end)], style + marks[mark]))
                pos = min(e, end)
            if pos < end:
                segs.append(Segment(text[pos:end], style))
            body = Strip(segs).crop_extend(0, width, style)
            out.append([*gutter, *body])
        return out

    # -- cursor ----------------------------------------------------------------------

    def move_to(self, side: Side, sentence: int, *, reveal: bool = True) -> None:
        """Put the cursor on a sentence (and scroll it into view)."""
        if sentence not in self._where[side]:
            return
        before = self.cursor_row if self.rows else None
        self.side, self.sentence = side, sentence
        # Only the rows the cursor left and entered change (a scroll repaints the rest).
        if before is not None:
            self.refresh_row(before)
        self.refresh_row(self.cursor_row)
        if reveal:
            self._reveal()
        self.state_signal.publish("")

    def _reveal(self) -> None:
        """Bring the cursor's row (or at least its sentence) into view, if it is not.

        A row that is off screen comes to a third of the way down, not to the edge:
        the reader then sees what follows it, and the next few steps need no scroll
        (a scroll redraws the whole view; a step within it redraws two rows).
        """
        layout = self.line_map
        if layout is None or not self.rows:
            return
        height = self.viewport_height
        row = self.cursor_row
        want_top = layout.starts[row]
        want_bottom = layout.starts[row + 1] - GAP
        if want_bottom - want_top > height:
            first, count = self.sentence_lines(self.side, self.sentence)
            want_top, want_bottom = first, first + min(count, height)
        top = round(self.scroll_y)
        if top <= want_top and want_bottom <= top + height:
            return
        spare = height - (want_bottom - want_top)
        self.scroll_to(y=max(0, want_top - spare // 3), animate=False)

    def _nearest_on(self, side: Side, y: int, forward: bool = True) -> int | None:
        """The sentence of ``side`` at virtual line ``y``, else the nearest one to it."""
        layout = self.line_map
        assert layout is not None
        row = layout.row_at(y)
        pieces = self.rows[row].side(side)
        if pieces:
            k = layout.piece_at(row, side, y - layout.starts[row])
            return pieces[k if k is not None else len(pieces) - 1].sentence
        steps = (1, -1) if forward else (-1, 1)
        for step in steps:
            r = row + step
            while 0 <= r < len(self.rows):
                found = self.rows[r].side(side)
                if found:
                    return found[0].sentence if step > 0 else found[-1].sentence
                r += step
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.line_map is None or not self.rows:
            return
        y = round(self.scroll_y) + offset.y
        if y >= self.line_map.height:
            return
        side = self.line_map.geometry.side_at(offset.x)
        sentence = self._nearest_on(side, y)
        if sentence is not None:
            self.move_to(side, sentence, reveal=False)

    # -- actions: moving -------------------------------------------------------------

    def _step(self, delta: int) -> None:
        order = self._order[self.side]
        if not order:
            return
        pos = self._pos[self.side][self.sentence] + delta
        self.move_to(self.side, order[max(0, min(pos, len(order) - 1))])

    def action_cursor_down(self) -> None:
        """Next sentence on this side."""
        self._step(1)

    def action_cursor_up(self) -> None:
        """Previous sentence on this side."""
        self._step(-1)

    def action_first(self) -> None:
        if self._order[self.side]:
            self.move_to(self.side, self._order[self.side][0])

    def action_last(self) -> None:
        if self._order[self.side]:
            self.move_to(self.side, self._order[self.side][-1])

    def action_side(self, side: Side) -> None:
        """Move to ``side``, on the cursor's row (or the nearest row that has that side)."""
        if side == self.side or self.line_map is None or not self._order[side]:
            return
        row, k = self._where[self.side][self.sentence]
        pieces = self.rows[row].side(side)
        if pieces:
            target = pieces[min(k, len(pieces) - 1)].sentence
        else:
            first, _ = self.sentence_lines(self.side, self.sentence)
            found = self._nearest_on(side, first)
            if found is None:
                return
            target = found
        self.move_to(side, target)

    def action_switch_side(self) -> None:
        self.action_side(other(self.side))

    def _page(self, direction: int) -> None:
        layout = self.line_map
        if layout is None or not self.rows:
            return
        height = self.viewport_height
        top = round(self.scroll_y)
        first, _ = self.sentence_lines(self.side, self.sentence)
        offset = min(max(first - top, 0), height - 1)
        new_top = max(0, min(top + direction * height, round(self.max_scroll_y)))
        if new_top == top:
            # Already at the end the page key points to: go to that end's sentence.
            (self.action_last if direction > 0 else self.action_first)()
            return
        self.scroll_to(y=new_top, animate=False)
        target = self._nearest_on(self.side, new_top + offset, forward=direction > 0)
        if target is not None and self.sentence_lines(self.side, target)[0] < new_top:
            # Its first lines are above the page: the next sentence starts on it.
            order = self._order[self.side]
            pos = self._pos[self.side][target] + 1
            if pos < len(order):
                target = order[pos]
        if target is not None:
            self.move_to(self.side, target, reveal=False)
            lines = self.sentence_lines(self.side, target)
            if not (new_top <= lines[0] < new_top + height):
                self._reveal()

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _jump_change(self, step: int) -> None:
        if not self.rows:
            return
        r = self.cursor_row + step
        while 0 <= r < len(self.rows):
            model = self.rows[r]
            if model.kind != "equal":
                pieces = model.side(self.side)
                side = self.side if pieces else other(self.side)
                self.move_to(side, model.side(side)[0].sentence)
                return
            r += step
        self.notify("No more changes " + ("below." if step > 0 else "above."), timeout=2)

    def action_next_change(self) -> None:
        self._jump_change(1)

    def action_previous_change(self) -> None:
        self._jump_change(-1)

    def _jump_untagged(self, step: int) -> None:
        session = self.session
        order = self._order[self.side]
        if session is None or not order:
            return
        i = self._pos[self.side][self.sentence] + step
        while 0 <= i < len(order):
            if session.label(self.side, order[i]) is None:
                self.move_to(self.side, order[i])
                return
            i += step
        where = "below" if step > 0 else "above"
        self.notify(f"No untagged sentence of {_SIDE_NAME[self.side]} {where}.", timeout=2)

    def action_next_untagged(self) -> None:
        self._jump_untagged(1)

    def action_previous_untagged(self) -> None:
        self._jump_untagged(-1)

    # -- actions: tagging ----------------------------------------------------------

    def _changed(self, change: Change | None, what: str) -> None:
        if change is None:
            return
        if (change.side, change.sentence) != (self.side, self.sentence):
            self.move_to(change.side, change.sentence)
        if self.session is not None and self.session.ids["a"] == self.session.ids["b"]:
            # One article on both sides: the tag shows in another row too.
            self.refresh()
        else:
            self.refresh_row(self.cursor_row)
        self.state_signal.publish(what)

    def refresh_row(self, row: int) -> None:
        """Repaint one row's lines (if it is laid out)."""
        line_map = self.line_map
        if line_map is None or not 0 <= row < len(self.rows):
            self.refresh()
            return
        self.refresh_lines(line_map.starts[row], line_map.row_height(row))

    def _describe(self, change: Change) -> str:
        where = f"{_SIDE_NAME[change.side]}#{change.sentence + 1}"
        before = change.before.label if change.before else "untagged"
        after = change.after.label if change.after else "untagged"
        return f"{where}: {before} → {after}"

    def action_tag(self, label: Label) -> None:
        """Tag the cursor's sentence; the same label again clears it."""
        if self.session is None or not self.rows:
            return
        try:
            change = self.session.toggle(self.side, self.sentence, label)
        except (StoreError, OSError) as err:
            self.notify(f"Tag not saved: {err}", severity="error", timeout=8)
            return
        if change is not None:
            self._changed(change, self._describe(change))

    def action_clear(self) -> None:
        if self.session is None or not self.rows:
            return
        try:
            change = self.session.set(self.side, self.sentence, None)
        except (StoreError, OSError) as err:
            self.notify(f"Tag not removed: {err}", severity="error", timeout=8)
            return
        if change is not None:
            self._changed(change, self._describe(change))

    def action_undo(self) -> None:
        if self.session is None:
            return
        try:
            change = self.session.undo()
        except (StoreError, OSError) as err:
            self.notify(f"Undo not saved: {err}", severity="error", timeout=8)
            return
        if change is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        self._changed(change, "undo " + self._describe(change))

    def action_redo(self) -> None:
        if self.session is None:
            return
        try:
            change = self.session.redo()
        except (StoreError, OSError) as err:
            self.notify(f"Redo not saved: {err}", severity="error", timeout=8)
            return
        if change is None:
            self.notify("Nothing to redo.", timeout=2)
            return
        self._changed(change, "redo " + self._describe(change))
