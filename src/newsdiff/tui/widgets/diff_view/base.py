"""What every part of the diff view shares: its state, and putting the cursor somewhere.

``DiffView`` is this base plus its parts (``navigation``, ``scrolling``, ``tagging``),
each a mixin of the base; the logic they run is headless (``tui/cursor.py``,
``tui/viewport.py``), the base holds the widget's side of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.message_pump import MessagePump
from textual.scroll_view import ScrollView
from textual.signal import Signal

from ...cursor import Cursor
from ...filtering import RowMarks
from ...folding import equal_rows, them
from ...layout import Layout, RowModel, Side
from ...session import TagSession
from ...single import PAIR_ONLY
from ...viewport import reveal_top
from ..aligning import StageState

#: How the status line and the app's messages name the sides.
SIDE_NAME = {"a": "A", "b": "B"}
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


class DiffViewBase(ScrollView):
    """The diff view's state: the rows, the layout, the cursor and the tag session."""

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
        self.class_filter: str | None = None
        """Rows shown: only those with a change of this class, or ``quote_altered``
        those with an altered quotation (None: every row)."""
        self.marks = RowMarks(())
        """What each of ``all_rows`` passes (``tui.filtering``), worked out in a thread."""
        self.pending_filter: str | None = None
        """A filter key waiting for the marks (``filters``; None: none waits)."""
        self.busy: Callable[[], bool] = lambda: False
        """Whether the user is at the keys (the app's collector knows): the marks rest."""
        self.show_suggestions = True
        """Untagged sentences show their suggested label, cue words underlined."""
        self.fold = False
        """Each run of equal rows folded into one line (``z``, ``folding``)."""
        self.opened_runs: set[int] = set()
        """Runs shown again under the fold (Enter on their line), by first row index."""
        self.single = False
        """One article alone (``tui.single``): its pane has the whole width, no side B."""
        self.advance = False
        """After a label key, go on to the next untagged sentence of the same side."""
        self.session: TagSession | None = None
        self.line_map: Layout | None = None
        """Line positions at the current width (None until loaded and sized)."""
        self.cursor = Cursor()
        """The cursor, and where each shown sentence is."""
        self._reveal_pending = False
        """Bring the cursor into view once the rows are laid out."""
        self.progress = StageState()
        """How far the comparison behind the loading indicator has got."""
        self._shifts_seen: list[int] | None = None
        self._shifts: frozenset[int] = frozenset()
        self.state_signal: Signal[str] = Signal(self, "state")
        """Published when the cursor moves or a tag changes (data: the status line's
        message, "saved: ..." or "not saved: ...", or "" for a move).

        A signal, not a message: its subscribers update in the same frame as the view,
        where a message arrives a frame or two later."""

    def tell(self, notice: str) -> None:
        """A notice ("No more changes below.") on the status line, never a toast over
        the rows: it cannot hide the cursor's row, and the next one replaces it."""
        self.state_signal.publish(notice)

    def _pair_only(self) -> bool:
        """In one article alone, a key that compares two articles says so; True then."""
        if self.single:
            self.tell(PAIR_ONLY)
        return self.single

    def on_fold_line(self) -> bool:
        """Whether the cursor is on a fold line; if so, says what it is (nothing there
        is a sentence to tag or note) and how to open it."""
        count = self.cursor.on_fold
        if count:
            self.tell(f"A fold of {equal_rows(count)}: Enter shows {them(count)}.")
        return bool(count)

    def hidden_where(self) -> str:
        """Where the rows a move passes over are, and the key that shows them."""
        if self.class_filter is not None:
            return "hidden by the filter (0 shows all)"
        return "in folded rows (z shows them)"

    def untagged_note(self, step: int, moved: bool = False) -> str:
        """What to say when no untagged sentence of this side is shown past the cursor
        (``]`` and ``[``, or auto-advance with ``moved``: it does not go round). The
        untagged sentences a filter or the fold hides are counted, never passed over
        in silence."""
        session = self.session
        assert session is not None
        name = SIDE_NAME[self.side]
        hidden = self.cursor.hidden(
            self.all_rows, lambda side, s: side == self.side and not session.done(side, s)
        )
        if moved and (found := self.cursor.untagged_around(step, session.done)) is not None:
            back = f"{name}#{found[0] + 1}"
            return f"No untagged sentence of {name} shown below; ] goes round to {back}."
        if hidden:
            where = self.hidden_where()
            return f"No other untagged sentence of {name} shown; {len(hidden)} {where}."
        return f"Every {'' if moved else 'other '}sentence of {name} is tagged."

    # -- where things are ------------------------------------------------------------

    @property
    def rows(self) -> Sequence[RowModel]:
        """The rows shown: every row, or those with a change of ``class_filter``."""
        return self.cursor.rows

    @property
    def side(self) -> Side:
        """The side of the cursor."""
        return self.cursor.side

    @property
    def sentence(self) -> int:
        """The cursor's sentence index on its side."""
        return self.cursor.sentence

    @property
    def cursor_row(self) -> int:
        return self.cursor.row

    @property
    def content_width(self) -> int:
        return self.scrollable_content_region.width

    @property
    def viewport_height(self) -> int:
        return self.scrollable_content_region.height

    def sentence_lines(self, side: Side, sentence: int) -> tuple[int, int]:
        """First virtual line and line count of a sentence at the current width."""
        assert self.line_map is not None
        return self.cursor.lines(self.line_map, side, sentence)

    def line_owner(self, y: int, side: Side) -> tuple[int, int | None]:
        """The row that owns virtual line ``y``, and the sentence shown there on ``side``.

        Both sides of a line always report the same row: that is what keeps them level.
        """
        assert self.line_map is not None
        return self.cursor.owner(self.line_map, y, side)

    def shift_set(self) -> frozenset[int]:
        """The comparison rows whose two sides carry different labels of their own."""
        session = self.session
        assert session is not None
        shifts = session.shift_rows()
        if self._shifts_seen is not shifts:
            self._shifts_seen = shifts
            self._shifts = frozenset(shifts)
        return self._shifts

    # -- the cursor ------------------------------------------------------------------

    def move_to(self, side: Side, sentence: int, *, reveal: bool = True) -> None:
        """Put the cursor on a sentence (and scroll it into view)."""
        if not self.cursor.shows(side, sentence):
            return
        before = self.cursor_row if self.rows else None
        self.cursor.place(side, sentence)
        # Only the rows the cursor left and entered change (a scroll repaints the rest).
        if before is not None:
            self.refresh_row(before)
        self.refresh_row(self.cursor_row)
        if reveal:
            self._reveal()
        self.state_signal.publish("")

    def refresh_row(self, row: int) -> None:
        """Repaint one row's lines (if it is laid out)."""
        line_map = self.line_map
        if line_map is None or not 0 <= row < len(self.rows):
            self.refresh()
            return
        self.refresh_lines(line_map.starts[row], line_map.row_height(row))

    def _reveal(self, from_below: bool = False) -> None:
        """Bring the cursor's row (or at least its sentence) into view, if it is not
        (``viewport.reveal_top`` says where to)."""
        layout = self.line_map
        # Not placed yet (laid out ahead, under the loading indicator): its resize reveals.
        if layout is None or not self.rows or self.viewport_height <= 0:
            return
        top = round(self.scroll_y)
        y = reveal_top(layout, self.cursor, top, self.viewport_height, from_below)
        if y is not None:
            self.scroll_to(y=y, animate=False)
