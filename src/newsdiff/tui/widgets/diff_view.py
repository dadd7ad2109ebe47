"""The two-column diff view: one Line-API ScrollView that draws both articles."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar, cast

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.message_pump import MessagePump
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollDown, ScrollTo, ScrollUp
from textual.signal import Signal
from textual.strip import Strip
from textual.widget import Widget

from newsdiff.core.labels import BADGES, Label
from newsdiff.meaning.changes import CLASSES, ChangeClass
from newsdiff.store import StoreError, Tag

from ..layout import (
    GAP,
    GUTTER,
    SIDES,
    Geometry,
    Layout,
    Piece,
    RowModel,
    Side,
    Span,
    other,
    piece_spans,
    runs,
    wrap,
)
from ..session import PROPAGATED, Change, Stale, TagSession, places
from .aligning import Aligning, StageState

#: The rule between the panes, replaced on a row's first line by its kind's mark.
RULE = "│"
MARKS = {"equal": RULE, "changed": "~", "added": "+", "removed": "-", "moved": "⇄"}
HATCH = "╲"
CURSOR_BAR = "▌"
#: Gutter flags: unsure, annotators disagree, a note; and the rule's label-shift mark.
UNSURE_MARK, DISAGREE_MARK, NOTE_MARK, SHIFT_MARK = "?", "≠", "✎", "!"
#: Lines of the last screen kept on screen when j or k scrolls through a tall sentence.
SCROLL_CONTEXT = 2

_SIDE_NAME = {"a": "A", "b": "B"}


def a_class(cls: str) -> str:
    """A change class with its article: "a number", "an attribution"."""
    return f"an {cls}" if cls[:1] in tuple("aeiou") else f"a {cls}"


#: Seconds after which ``after_refresh`` runs its callback if the refresh never did.
AFTER_REFRESH_FALLBACK = 0.25


def after_refresh(node: MessagePump, callback: Callable[[], object]) -> None:
    """Run ``callback`` once, after the next refresh.

    Textual queues an after-refresh callback on the screen that is current when it is
    asked for; a screen dismissed before it next goes idle (help closed in the frame
    the comparison arrived in) drops its queue. A timer backs the refresh up, and
    whichever comes first runs the callback.
    """
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            callback()

    node.call_after_refresh(once)
    node.set_timer(AFTER_REFRESH_FALLBACK, once)


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
        Binding("a", "tag('attribution')", "Attr", id="tag-attribution",
                tooltip="Tag the sentence as attribution (again: clear)."),
        Binding("e", "tag('estimate')", "Est", id="tag-estimate",
                tooltip="Tag the sentence as estimate (again: clear)."),
        Binding("o", "tag('opinion')", "Opin", id="tag-opinion",
                tooltip="Tag the sentence as opinion (again: clear)."),
        Binding("x", "clear", "Clear", show=False, id="clear",
                tooltip="Remove the sentence's tag."),
        Binding("u", "undo", "Undo", id="undo", tooltip="Undo the last tag change."),
        Binding("ctrl+r", "redo", "Redo", show=False, id="redo",
                tooltip="Redo the last undone tag change."),
        Binding("down,j", "cursor_down", "Down", show=False, id="cursor-down",
                tooltip="Move to the next sentence on this side; in a sentence taller than "
                "the screen, scroll on through it first."),
        Binding("up,k", "cursor_up", "Up", show=False, id="cursor-up",
                tooltip="Move to the previous sentence on this side; in a sentence taller "
                "than the screen, scroll back through it first (onto one, its end shows)."),
        Binding("left", "side('a')", "Side A", show=False, id="side-a",
                tooltip="Move to article A (left), same row."),
        Binding("right", "side('b')", "Side B", show=False, id="side-b",
                tooltip="Move to article B (right), same row."),
        Binding("tab,shift+tab", "switch_side", "Switch side", show=False, id="switch-side",
                tooltip="Move to the other article, same row."),
        Binding("pagedown", "page_down", "Page down", show=False, id="page-down",
                tooltip="Scroll one screen down; the cursor goes to the first sentence "
                "starting on it (or stays on a taller one still in view)."),
        Binding("pageup", "page_up", "Page up", show=False, id="page-up",
                tooltip="Scroll one screen up; the cursor goes to the first sentence "
                "starting on it (or stays on a taller one still in view)."),
        Binding("home,g", "first", "First", show=False, id="first",
                tooltip="Go to the first sentence of this side."),
        Binding("end,G", "last", "Last", show=False, id="last",
                tooltip="Go to the last sentence of this side."),
        Binding("n", "next_change", "Change", id="next-change",
                tooltip="Go to the next row that is not equal."),
        Binding("N", "previous_change", "Prev change", show=False, id="previous-change",
                tooltip="Go to the previous row that is not equal."),
        Binding("right_square_bracket", "next_untagged", "Untagged", show=False,
                id="next-untagged",
                key_display="]", tooltip="Go to the next sentence on this side without a tag."),
        Binding("left_square_bracket", "previous_untagged", "Prev untagged", show=False,
                key_display="[", id="previous-untagged",
                tooltip="Go to the previous sentence on this side without a tag."),
        Binding("s", "accept", "Accept", id="accept",
                tooltip="Accept the suggested label (shown faintly, cue words underlined)."),
        Binding("c", "note", "Note", id="note",
                tooltip="Write a note on the sentence (empty: remove it)."),
        Binding("exclamation_mark", "unsure", "Unsure", show=False, key_display="!",
                id="unsure", tooltip="Flag the sentence as unsure (again: unflag)."),
        Binding("d", "next_disagreement", "Disagree", show=False, id="next-disagreement",
                tooltip="Go to the next sentence where annotators gave different labels."),
        Binding("D", "previous_disagreement", "Prev disagree", show=False,
                id="previous-disagreement",
                tooltip="Go to the previous sentence where annotators gave different labels."),
        Binding("l", "next_shift", "Label shift", show=False, id="next-shift",
                tooltip="Go to the next row whose two sides carry different labels."),
        Binding("L", "previous_shift", "Prev shift", show=False, id="previous-shift",
                tooltip="Go to the previous row whose two sides carry different labels."),
        *[
            Binding(str(k), f"filter('{cls}')", f"Only {cls}", show=False,
                    id=f"filter-{cls}",
                    tooltip=f"Show only rows with {a_class(cls)} change (again: every row).")
            for k, cls in enumerate(CLASSES, start=1)
        ],
        Binding("0", "filter('')", "Every row", show=False, id="filter-none",
                tooltip="Show every row again."),
    ]  # fmt: skip
    """
    | Key(s) | Description |
    | :- | :- |
    | f, a, e, o | Tag fact, attribution, estimate, opinion (the same key again clears). |
    | x | Clear the tag. |
    | u / ctrl+r | Undo / redo a tag change. |
    | down, j | Next sentence on this side (first through the rest of a tall one). |
    | up, k | Previous sentence on this side (first back through a tall one). |
    | left / right | Article A / article B, same row. |
    | tab, shift+tab | The other article, same row. |
    | pagedown / pageup | Scroll a screen; the cursor goes to its first sentence. |
    | home, g / end, G | First / last sentence of this side. |
    | n / N | Next / previous row that is not equal. |
    | ] / [ | Next / previous untagged sentence on this side. |
    | s | Accept the suggested label. |
    | c | Note on the sentence. |
    | ! | Unsure flag. |
    | d / D | Next / previous sentence where annotators disagree. |
    | l / L | Next / previous row whose sides carry different labels. |
    | 1-7 / 0 | Only rows with a change of one class / every row. |
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
        "diff-view--carried-fact",
        "diff-view--carried-attribution",
        "diff-view--carried-estimate",
        "diff-view--carried-opinion",
        "diff-view--suggestion",
        "diff-view--cue",
        "diff-view--unsure",
        "diff-view--disagree",
        "diff-view--note",
        "diff-view--shift",
        *(f"diff-view--class-{cls}" for cls in CLASSES),
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
    | `diff-view--carried-LABEL` | The badge of a label propagated from the counterpart. |
    | `diff-view--suggestion` | The badge of a suggested label (untagged sentence). |
    | `diff-view--cue` | A cue word behind a suggestion. |
    | `diff-view--unsure` | The unsure flag in the gutter. |
    | `diff-view--disagree` | The flag of a sentence where annotators disagree. |
    | `diff-view--note` | The note flag in the gutter. |
    | `diff-view--shift` | The mark of a row whose sides carry different labels. |
    | `diff-view--class-CLASS` | A changed word of that class (negation, number, ...). |
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
        /* Not $secondary: in the default theme a dark shade of $primary, fact's blue.
           The theme has four hues (blue, orange, red, green), and red means trouble. */
        & > .diff-view--tag-attribution { color: white; background: #8a4fbf; text-style: bold; }
        & > .diff-view--tag-estimate { color: $text; background: $warning; text-style: bold; }
        /* Not $accent: in the default theme it is $warning's colour, estimate's block. */
        & > .diff-view--tag-opinion { color: $text; background: $success; text-style: bold; }
        /* Propagated: the label's colour without its block, so it reads as borrowed
           (the text- shade: navy letters on the dark surface would hardly show). */
        & > .diff-view--carried-fact { color: $text-primary; text-style: bold underline; }
        & > .diff-view--carried-attribution { color: #c39be6; text-style: bold underline; }
        & > .diff-view--carried-estimate { color: $text-warning; text-style: bold underline; }
        & > .diff-view--carried-opinion { color: $text-success; text-style: bold underline; }
        & > .diff-view--suggestion { color: $foreground 45%; text-style: italic; }
        & > .diff-view--cue { text-style: underline; }
        & > .diff-view--unsure { color: $text-warning; text-style: bold; }
        & > .diff-view--disagree { color: $text-error; text-style: bold; }
        & > .diff-view--note { color: $text-accent; text-style: bold; }
        & > .diff-view--shift { color: $text; background: $error; text-style: bold; }
        /* What a change means: the most significant classes stand out most. Each has
           a colour of its own in the default theme, where $accent is $warning's
           (a hedge word, usually a cue, is underlined anyway: colour tells it apart). */
        & > .diff-view--class-negation { color: $text-error; text-style: bold underline; }
        & > .diff-view--class-number { color: $text-warning; text-style: bold underline; }
        & > .diff-view--class-attribution { color: $text-primary; text-style: bold underline; }
        & > .diff-view--class-hedge { color: $text-success; text-style: bold; }
        & > .diff-view--class-synonym { text-style: italic; }
        & > .diff-view--class-variant { color: $foreground 55%; }
        & > .diff-view--class-rewording { }
        &:blur > .diff-view--cursor { background: $primary 20%; }
    }
    """

    class NoteRequested(Message):
        """The note key was pressed on a sentence: the app asks for the text."""

        def __init__(self, view: DiffView, side: Side, sentence: int) -> None:
            super().__init__()
            self.view = view
            self.side = side
            self.sentence = sentence

    class Filtered(Message):
        """The rows shown changed: only those with a change of ``cls`` (None: all)."""

        def __init__(self, view: DiffView, cls: ChangeClass | None, shown: int) -> None:
            super().__init__()
            self.view = view
            self.cls = cls
            self.shown = shown

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
        self.all_rows: Sequence[RowModel] = ()
        """Every row of the comparison."""
        self.rows: Sequence[RowModel] = ()
        """The rows shown: every row, or those with a change of ``class_filter``."""
        self.class_filter: ChangeClass | None = None
        self.show_suggestions = True
        """Untagged sentences show their suggested label, cue words underlined."""
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
        self._shifts_seen: list[int] | None = None
        self._shifts: frozenset[int] = frozenset()
        self.progress = StageState()
        """How far the comparison behind the loading indicator has got."""
        self.state_signal: Signal[str] = Signal(self, "state")
        """Published when the cursor moves or a tag changes (data: the status line's
        message, "saved: ..." or "not saved: ...", or "" for a move).

        A signal, not a message: its subscribers update in the same frame as the view,
        where a message arrives a frame or two later."""

    # -- loading and layout ----------------------------------------------------------

    def get_loading_widget(self) -> Widget:
        return Aligning(self.progress)

    def load(
        self,
        rows: Sequence[RowModel],
        session: TagSession,
        cursor: tuple[Side, int] | None = None,
    ) -> None:
        """Show a comparison. ``cursor`` restores a saved position when it still exists."""
        self.all_rows = rows
        self.session = session
        self.class_filter = None
        self._show_rows(rows, cursor)

    def _index(self) -> None:
        """Where each shown sentence is: its row and piece, and its place in reading order."""
        for side in SIDES:
            order: list[int] = []
            where: dict[int, tuple[int, int]] = {}
            for r, row in enumerate(self.rows):
                for k, piece in enumerate(row.side(side)):
                    order.append(piece.sentence)
                    where[piece.sentence] = (r, k)
            self._order[side] = order
            self._where[side] = where
            self._pos[side] = {s: i for i, s in enumerate(order)}

    def _show_rows(
        self, rows: Sequence[RowModel], cursor: tuple[Side, int] | None, near: int = 0
    ) -> None:
        """Show ``rows``; the cursor goes to ``cursor`` if shown, else near row ``near``.

        ``near`` is a row index of the comparison (``RowModel.index``).
        """
        self.rows = rows
        self._index()
        if cursor is not None and cursor[1] in self._where[cursor[0]]:
            self.side, self.sentence = cursor
        elif rows:
            indices = [m.index for m in rows]
            model = rows[min(bisect_left(indices, near), len(rows) - 1)]
            side = cursor[0] if cursor is not None else "a"
            side = side if model.side(side) else other(side)
            self.side, self.sentence = side, model.side(side)[0].sentence
        self.line_map = None
        self._row_cache.clear()
        self._reveal_pending = True
        self._relayout()
        if self.line_map is None:
            # Not laid out yet (the comparison can finish before the first layout).
            after_refresh(self, self._relayout)
        self.state_signal.publish("")

    def _here(self) -> tuple[tuple[Side, int] | None, int]:
        """The cursor, and the comparison row it is on (for ``_show_rows``)."""
        if not self.rows:
            return None, 0
        return (self.side, self.sentence), self.rows[self.cursor_row].index

    def replace_rows(self, rows: Sequence[RowModel]) -> None:
        """The same sentences under other options: new kinds and changes, same cursor."""
        cursor, near = self._here()
        self.all_rows = rows
        self._show_rows(self._filtered(self.class_filter), cursor, near)

    def _filtered(self, cls: ChangeClass | None) -> list[RowModel]:
        if cls is None:
            return list(self.all_rows)
        return [m for m in self.all_rows if cls in m.row.classes()]

    def action_filter(self, cls: str) -> None:
        """Show only the rows with a change of class ``cls`` ("" or the same again: all)."""
        if not self.all_rows:
            return
        wanted = cast(ChangeClass, cls) if cls and cls != self.class_filter else None
        rows = self._filtered(wanted)
        if not rows:
            self.notify(f"No row has {a_class(cls)} change.", timeout=3)
            return
        cursor, near = self._here()
        self.class_filter = wanted
        self._show_rows(rows, cursor, near)
        if wanted is None:
            self.notify("Showing every row.", timeout=2)
        else:
            rows_text = "1 row" if len(rows) == 1 else f"{len(rows)} rows"
            self.notify(
                f"Showing the {rows_text} with {a_class(wanted)} change (0: all).", timeout=3
            )
        self.post_message(self.Filtered(self, wanted, len(rows)))

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
            after_refresh(self, self._reveal)
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
            # Layers drawn over a changed word (its class, a cue) keep only what they
            # set, so the word's red or green background shows through; so does the
            # moved badge, so the cursor's highlight runs under it.
            partial = name.startswith(("class-", "cue", "moved"))
            style = self.get_component_rich_style(f"diff-view--{name}", partial=partial)
            styles = self.get_component_styles(f"diff-view--{name}")
            if partial and styles.has_rule("color") and styles.color.a < 1:
                # Rich colours have no alpha, and a partial style drops it: "60%" would
                # draw at full strength. Blend against the view's background here.
                ground = self.background_colors[1]
                style += Style(color=(ground + styles.color).rich_color)
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

    def _piece_state(self, side: Side, sentence: int) -> tuple[object, ...]:
        """Everything about a sentence that its drawing depends on (the row cache key)."""
        session = self.session
        assert session is not None
        rec = session.record(side, sentence)
        disagree = sentence in session.disagreements(side)
        if rec is None:
            return (None, disagree)
        return (rec.label, rec.source, bool(rec.note), rec.unsure, disagree)

    def _row_strips(self, row: int) -> list[Strip]:
        """A row's lines, drawn once per width, cursor position and state of its sentences."""
        session = self.session
        assert session is not None
        model = self.rows[row]
        cursor = self._row_cursor(row)
        states = tuple(self._piece_state("a", p.sentence) for p in model.a) + tuple(
            self._piece_state("b", p.sentence) for p in model.b
        )
        shifted = model.index in self._shift_set()
        key = (row, self._layout_id, cursor, states, shifted, self.show_suggestions)
        strips = self._row_cache.get(key)
        if strips is None:
            strips = self._draw_row(row, cursor, shifted)
            self._row_cache[key] = strips
        return strips

    def _shift_set(self) -> frozenset[int]:
        session = self.session
        assert session is not None
        shifts = session.shift_rows()
        if self._shifts_seen is not shifts:
            self._shifts_seen = shifts
            self._shifts = frozenset(shifts)
        return self._shifts

    def _draw_row(self, row: int, cursor: tuple[Side, int] | None, shifted: bool) -> list[Strip]:
        layout = self.line_map
        session = self.session
        assert layout is not None and session is not None
        geo = layout.geometry
        model = self.rows[row]
        height = layout.row_height(row) - GAP
        base = self.rich_style
        sides: dict[Side, list[list[Segment]]] = {}
        for side in SIDES:
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
                lines.extend(
                    self._draw_piece(side, piece, all_spans[k], width, line_style, bar=role == k)
                )
            blank = [Segment(" " * (GUTTER + width), base)]
            lines.extend(blank for _ in range(height - len(lines)))
            sides[side] = lines
        rule = base + self._style("rule")
        mark_style = rule if model.kind == "equal" else base + self._style(f"mark-{model.kind}")
        # A label shift is flagged on the rule: on the row's second line, so the kind's
        # mark stays on its first (on the first when the row has only one line).
        shift_line = (1 if height > 1 else 0) if shifted else -1
        strips: list[Strip] = []
        for i in range(height):
            if i == shift_line:
                mid = Segment(SHIFT_MARK, base + self._style("shift"))
            elif i == 0:
                mid = Segment(MARKS[model.kind], mark_style)
            else:
                mid = Segment(RULE, rule)
            segs = [*sides["a"][i], Segment(" ", base), mid, Segment(" ", base), *sides["b"][i]]
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

    def _gutter(
        self, side: Side, sentence: int
    ) -> tuple[list[Segment], list[tuple[int, int]] | None]:
        """A sentence's badge and flags (four cells), and the cue words to underline."""
        session = self.session
        assert session is not None
        base = self.rich_style
        rec: Tag | None = session.record(side, sentence)
        cues: list[tuple[int, int]] | None = None
        if rec is not None and rec.label:
            label = cast(Label, rec.label)
            kind = "carried" if rec.source == PROPAGATED else "tag"
            badge = Segment(BADGES[label], self._style(f"{kind}-{label}"))
        else:
            badge = Segment(" ", base)
            if self.show_suggestions:
                suggested, found = session.suggestion(side, sentence)
                if suggested is not None:
                    badge = Segment(BADGES[suggested].lower(), base + self._style("suggestion"))
                    cues = [(c.start, c.end) for c in found]
        if rec is not None and rec.unsure:
            flag = Segment(UNSURE_MARK, base + self._style("unsure"))
        elif sentence in session.disagreements(side):
            flag = Segment(DISAGREE_MARK, base + self._style("disagree"))
        else:
            flag = Segment(" ", base)
        note = (
            Segment(NOTE_MARK, base + self._style("note"))
            if rec is not None and rec.note
            else Segment(" ", base)
        )
        return [badge, flag, note], cues

    def _draw_piece(
        self,
        side: Side,
        piece: Piece,
        spans: Sequence[Span],
        width: int,
        style: Style,
        bar: bool,
    ) -> list[list[Segment]]:
        base = self.rich_style
        cells, cues = self._gutter(side, piece.sentence)
        text = piece.text
        shift = piece.badge + 1 if piece.badge else 0
        layers: list[list[tuple[int, int, str]]] = [
            [(s, e, mark) for s, e, mark, _cls in spans],
            [(s, e, f"class-{cls}") for s, e, _mark, cls in spans if cls is not None],
            [(s + shift, e + shift, "cue") for s, e in cues or ()],
        ]
        painted = [
            (s, e, style + Style.combine(self._style(n) for n in names) if names else style)
            for s, e, names in runs(len(text), layers)
        ]
        blank = Segment(" ", base)
        out: list[list[Segment]] = []
        for j, (start, end) in enumerate(wrap(text, width)):
            # Spaces left hanging at a line's end are not drawn (nor highlighted).
            end = start + len(text[start:end].rstrip(" "))
            gutter = [
                Segment(CURSOR_BAR if bar else " ", base + self._style("cursor-bar")),
                *(cells if j == 0 else (blank, blank, blank)),
                blank,
            ]
            segs: list[Segment] = []
            for s, e, run_style in painted:
                if e <= start or s >= end:
                    continue
                segs.append(Segment(text[max(s, start) : min(e, end)], run_style))
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

    def _reveal(self, from_below: bool = False) -> None:
        """Bring the cursor's row (or at least its sentence) into view, if it is not.

        A row that is off screen comes to a third of the way down, not to the edge:
        the reader then sees what follows it, and the next few steps need no scroll
        (a scroll redraws the whole view; a step within it redraws two rows).

        A sentence taller than the screen shows its first screen, or with
        ``from_below`` (k onto it) its last, so that further steps the same way scroll
        through the rest of it (see ``_scroll_within``) and no line is skipped.
        """
        layout = self.line_map
        if layout is None or not self.rows:
            return
        height = self.viewport_height
        top = round(self.scroll_y)
        first, count = self.sentence_lines(self.side, self.sentence)
        if count > height:
            if first <= top and top + height <= first + count:
                return  # it fills the screen: nothing of it can come into view
            target = first + count - height if from_below else first
            self.scroll_to(y=max(0, target), animate=False)
            return
        row = self.cursor_row
        want_top = layout.starts[row]
        want_bottom = layout.starts[row + 1] - GAP
        if want_bottom - want_top > height:
            want_top, want_bottom = first, first + count
        if top <= want_top and want_bottom <= top + height:
            return
        spare = height - (want_bottom - want_top)
        self.scroll_to(y=max(0, want_top - spare // 3), animate=False)

    def _scroll_within(self, direction: int) -> bool:
        """Scroll on through the cursor's sentence if it is taller than the screen and
        goes on past the edge in ``direction``; False when there is no more of it there.

        This is what j and k do first on such a sentence: a step to the next sentence
        would skip the lines between (a pager's rule: show everything once).
        """
        if self.line_map is None or not self.rows:
            return False
        height = self.viewport_height
        top = round(self.scroll_y)
        first, count = self.sentence_lines(self.side, self.sentence)
        end = first + count
        if count <= height or end <= top or first >= top + height:
            return False  # it fits, or it is off screen (the step brings the next one)
        # A line or two of what was on screen stays, to read on from.
        stride = max(1, height - SCROLL_CONTEXT)
        if direction > 0 and end > top + height:
            self.scroll_to(y=min(top + stride, end - height), animate=False)
            return True
        if direction < 0 and first < top:
            self.scroll_to(y=max(top - stride, first), animate=False)
            return True
        return False

    def _on_screen(self, side: Side, top: int) -> list[tuple[int, int, int]]:
        """The sentences of ``side`` with a line on the screen that starts at ``top``:
        ``(sentence, first line, line count)`` in reading order."""
        layout = self.line_map
        assert layout is not None
        bottom = min(top + self.viewport_height, layout.height)
        out: list[tuple[int, int, int]] = []
        for row in range(layout.row_at(top), layout.row_at(max(top, bottom - 1)) + 1):
            for k, piece in enumerate(self.rows[row].side(side)):
                first, count = layout.piece_span(row, side, k)
                if first < bottom and first + count > top:
                    out.append((piece.sentence, first, count))
        return out

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

    # -- scrolling by mouse: the cursor follows -------------------------------------

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
        top, height = round(self.scroll_y), self.viewport_height
        first, count = self.sentence_lines(self.side, self.sentence)
        if first < top + height and first + count > top:
            return  # some of it is still on screen
        above = first + count <= top
        for side in (self.side, other(self.side)):
            shown = self._on_screen(side, top)
            if not shown:
                continue
            whole = [s for s, f, c in shown if f >= top and f + c <= top + height]
            pick = whole or [s for s, _f, _c in shown]
            self.move_to(side, pick[0] if above else pick[-1], reveal=False)
            return

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
        if not order or self._scroll_within(delta):
            return
        pos = self._pos[self.side][self.sentence] + delta
        self.move_to(self.side, order[max(0, min(pos, len(order) - 1))], reveal=False)
        self._reveal(from_below=delta < 0)

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
        """Scroll one screen (both sides: there is one offset); the cursor follows.

        The cursor stays on a sentence taller than the screen while some of it is on
        the new screen; otherwise it goes to the first sentence of its side that starts
        on the new screen (or the one covering it). A side with nothing on the new
        screen (a run of added or removed rows) hands the cursor to the other side,
        so paging never skips what that side shows. At either end the cursor goes to
        that end's sentence on screen.
        """
        layout = self.line_map
        if layout is None or not self.rows:
            return
        height = self.viewport_height
        top = round(self.scroll_y)
        new_top = max(0, min(top + direction * height, round(self.max_scroll_y)))
        if new_top != top:
            self.scroll_to(y=new_top, animate=False)
            first, count = self.sentence_lines(self.side, self.sentence)
            if count > height and first < new_top + height and first + count > new_top:
                return
        for side in (self.side, other(self.side)):
            shown = self._on_screen(side, new_top)
            if not shown:
                continue
            if new_top == top:
                target = shown[-1 if direction > 0 else 0][0]
            else:
                starting = [s for s, first, _ in shown if first >= new_top]
                target = starting[0] if starting else shown[0][0]
            self.move_to(side, target, reveal=False)
            return

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
            if session.own_label(self.side, order[i]) is None:
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
        if change.reloaded or (
            self.session is not None and self.session.ids["a"] == self.session.ids["b"]
        ):
            # Records reloaded from the store may be in any row; one article on both
            # sides shows its tag in another row too.
            self.refresh()
        else:
            self.refresh_row(self.cursor_row)
        self.state_signal.publish("saved: " + what)

    def _stale(self, err: Stale) -> None:
        """A change refused because another window changed the record: show the store."""
        self.refresh()  # what was reloaded can be in any row
        self.state_signal.publish("not saved: " + str(err))

    def refresh_row(self, row: int) -> None:
        """Repaint one row's lines (if it is laid out)."""
        line_map = self.line_map
        if line_map is None or not 0 <= row < len(self.rows):
            self.refresh()
            return
        self.refresh_lines(line_map.starts[row], line_map.row_height(row))

    def _describe(self, change: Change) -> str:
        """One line for the status bar: what the change did, and what it carried over."""
        where = f"{_SIDE_NAME[change.side]}#{change.sentence + 1}"
        old, new = change.before, change.after
        parts: list[str] = []
        if _label_text(old) != _label_text(new):
            parts.append(f"{_label_text(old)} → {_label_text(new)}")
        if (old.note if old else "") != (new.note if new else ""):
            parts.append("note " + ("removed" if not (new and new.note) else "saved"))
        if bool(old and old.unsure) != bool(new and new.unsure):
            parts.append("unsure" if new and new.unsure else "no longer unsure")
        text = f"{where}: {', '.join(parts) or 'unchanged'}"
        # The cursor's own sentence is never among these: a label carried back to it is
        # its new state, said above.
        given = [(e.side, e.sentence) for e in change.carried if e.after and e.after.label]
        taken = [(e.side, e.sentence) for e in change.carried if not (e.after and e.after.label)]
        if given:
            text += f" (carried to {places(given)})"
        if taken:
            text += f" (carried label removed from {places(taken)})"
        if change.reloaded:
            text += f"; {places(change.reloaded)} changed in another window, reloaded"
        return text

    def action_tag(self, label: Label) -> None:
        """Tag the cursor's sentence; the same label again clears it."""
        side, sentence = self.side, self.sentence
        self._edit("Tag", lambda s: s.toggle(side, sentence, label))

    def action_clear(self) -> None:
        side, sentence = self.side, self.sentence
        self._edit("Tag removal", lambda s: s.set(side, sentence, None))

    def action_undo(self) -> None:
        if self.session is None:
            return
        try:
            change = self.session.undo()
        except Stale as err:
            self._stale(err)
            return
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
        except Stale as err:
            self._stale(err)
            return
        except (StoreError, OSError) as err:
            self.notify(f"Redo not saved: {err}", severity="error", timeout=8)
            return
        if change is None:
            self.notify("Nothing to redo.", timeout=2)
            return
        self._changed(change, "redo " + self._describe(change))

    def _edit(self, what: str, work: Callable[[TagSession], Change | None]) -> None:
        """Run a session change on the cursor's sentence; say so, or why it failed."""
        if self.session is None or not self.rows:
            return
        try:
            change = work(self.session)
        except Stale as err:
            self._stale(err)
            return
        except (StoreError, OSError) as err:
            self.notify(f"{what} not saved: {err}", severity="error", timeout=8)
            return
        if change is not None:
            self._changed(change, self._describe(change))

    def action_accept(self) -> None:
        """Take the sentence's suggestion as its label (stored as a suggestion)."""
        session = self.session
        if session is None or not self.rows:
            return
        side, sentence = self.side, self.sentence
        if session.label(side, sentence) is not None:
            self.notify("Already tagged: a label key changes it.", timeout=2)
            return
        if session.suggestion(side, sentence)[0] is None:
            self.notify("No suggestion for this sentence.", timeout=2)
            return
        self._edit("Tag", lambda s: s.accept(side, sentence))

    def action_unsure(self) -> None:
        side, sentence = self.side, self.sentence
        self._edit("Flag", lambda s: s.toggle_unsure(side, sentence))

    def set_note(self, side: Side, sentence: int, note: str) -> None:
        """Put (or with "" remove) the note of a sentence."""
        self._edit("Note", lambda s: s.set_note(side, sentence, note))

    def action_note(self) -> None:
        """Ask for the sentence's note (the app opens the input)."""
        if self.session is None or not self.rows:
            return
        self.post_message(self.NoteRequested(self, self.side, self.sentence))

    def _walk(self, step: int) -> Iterator[tuple[int, Side, int]]:
        """Sentences after (or before) the cursor in reading order: row, side, sentence.

        Within a row, A's sentences come before B's.
        """
        flat = [
            (r, side, piece.sentence)
            for r, model in enumerate(self.rows)
            for side in SIDES
            for piece in model.side(side)
        ]
        here = flat.index((self.cursor_row, self.side, self.sentence))
        rng = range(here + 1, len(flat)) if step > 0 else range(here - 1, -1, -1)
        for k in rng:
            yield flat[k]

    def _jump_disagreement(self, step: int) -> None:
        session = self.session
        if session is None or not self.rows:
            return
        here = (session.ids[self.side], self.sentence)
        for _r, side, sentence in self._walk(step):
            if (session.ids[side], sentence) == here:
                continue  # one article on both sides: its twin is no other disagreement
            if sentence in session.disagreements(side):
                self.move_to(side, sentence)
                return
        where = "below" if step > 0 else "above"
        self.notify(f"No sentence {where} where annotators disagree.", timeout=2)

    def action_next_disagreement(self) -> None:
        self._jump_disagreement(1)

    def action_previous_disagreement(self) -> None:
        self._jump_disagreement(-1)

    def _jump_shift(self, step: int) -> None:
        if self.session is None or not self.rows:
            return
        shifted = self._shift_set()
        r = self.cursor_row + step
        while 0 <= r < len(self.rows):
            model = self.rows[r]
            if model.index in shifted:
                side = self.side if model.side(self.side) else other(self.side)
                self.move_to(side, model.side(side)[0].sentence)
                return
            r += step
        where = "below" if step > 0 else "above"
        self.notify(f"No label shift {where}.", timeout=2)

    def action_next_shift(self) -> None:
        self._jump_shift(1)

    def action_previous_shift(self) -> None:
        self._jump_shift(-1)


def _label_text(tag: Tag | None) -> str:
    if tag is None or not tag.label:
        return "untagged"
    if tag.source == "human":
        return tag.label
    return f"{tag.label} ({tag.source})"
