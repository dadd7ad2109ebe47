"""The diff view's cursor and scrolling, headless: ``tui/cursor.py`` and ``tui/viewport.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.article import load
from newsdiff.meaning.compare import compare
from newsdiff.tui.cursor import Cursor
from newsdiff.tui.layout import SIDES, Geometry, Layout, RowModel, build_rows
from newsdiff.tui.viewport import (
    SCROLL_CONTEXT,
    follow_target,
    page_target,
    reveal_top,
    within_top,
)

DATA = Path(__file__).parent / "data"

#: The bridge pair, row by row: kind, A's sentences, B's.
BRIDGE_ROWS = [
    ("equal", (0,), (1,)),
    ("changed", (1,), (2,)),
    ("changed", (2, 3), (3,)),
    ("removed", (4,), ()),
    ("moved", (5,), (0,)),
    ("added", (), (4,)),
    ("equal", (6,), (5,)),
]


@pytest.fixture(scope="module")
def rows() -> list[RowModel]:
    return build_rows(compare(load(str(DATA / "bridge_a.txt")), load(str(DATA / "bridge_b.txt"))))


def _cursor(rows: list[RowModel], side: str = "a", sentence: int = 0) -> Cursor:
    cursor = Cursor()
    cursor.show(rows, (side, sentence))  # type: ignore[arg-type]
    return cursor


def test_the_bridge_rows(rows: list[RowModel]) -> None:
    """The rows these tests walk are the ones the comments say."""
    assert [(m.kind, m.row.a, m.row.b) for m in rows] == BRIDGE_ROWS


def test_show_keeps_a_shown_cursor_and_else_goes_near_the_row(rows: list[RowModel]) -> None:
    """A cursor still shown stays; one filtered out goes to the nearest row, keeping its
    side when that row has it."""
    cursor = _cursor(rows, "b", 4)
    assert (cursor.side, cursor.sentence, cursor.row) == ("b", 4, 5)
    changed = [m for m in rows if m.kind != "equal"]
    cursor.show(changed, ("a", 0), near=0)  # A#1 is in an equal row, now hidden
    assert (cursor.side, cursor.sentence, cursor.row) == ("a", 1, 0)
    cursor.show(changed, ("b", 5), near=6)  # past the last row: the last row, which is B only
    assert (cursor.side, cursor.sentence) == ("b", 4)


def test_steps_follow_reading_order_and_stop_at_the_ends(rows: list[RowModel]) -> None:
    """j and k go through one side's sentences in order and never leave them."""
    cursor = _cursor(rows, "b", 1)
    seen = [cursor.sentence]
    while (nxt := cursor.step(1)) != cursor.sentence:
        assert nxt is not None
        cursor.place("b", nxt)
        seen.append(nxt)
    assert seen == [1, 2, 3, 0, 4, 5]  # B in row order, its moved sentence in A's place
    assert cursor.step(-99) == 1 and cursor.end(last=True) == 5 and cursor.end(last=False) == 1


def test_across_keeps_the_row_or_finds_the_nearest(rows: list[RowModel]) -> None:
    """Tab goes to the same row's other side; from a removed row, to the nearest B."""
    layout = Layout(rows, Geometry.for_width(80))
    cursor = _cursor(rows, "a", 3)  # the second sentence of row 2
    assert cursor.across(layout, "b") == 3
    cursor.place("a", 4)  # removed: B has nothing on this row
    assert cursor.across(layout, "b") == 0  # the next row's B sentence


def test_jumps_find_changes_shifts_and_untagged_sentences(rows: list[RowModel]) -> None:
    """n, l and ] go to the next row that qualifies, on the cursor's side when it can."""
    cursor = _cursor(rows, "b", 1)
    assert cursor.change(1) == ("b", 2)
    cursor.place("b", 0)  # row 4
    assert cursor.change(1) == ("b", 4)
    cursor.place("b", 5)
    assert cursor.change(1) is None and cursor.change(-1) == ("b", 4)
    assert cursor.shift(-1, frozenset({3})) == ("a", 4)  # row 3 has no B side
    labelled = {("a", 1), ("a", 2)}
    cursor.place("a", 0)
    assert cursor.untagged(1, lambda side, i: (side, i) in labelled) == 3


def test_walk_reads_a_before_b_in_each_row(rows: list[RowModel]) -> None:
    """d / D walk every sentence in reading order: row by row, A's before B's."""
    cursor = _cursor(rows, "a", 2)
    assert list(cursor.walk(1))[:3] == [(2, "a", 3), (2, "b", 3), (3, "a", 4)]
    assert list(cursor.walk(-1))[:2] == [(1, "b", 2), (1, "a", 1)]


def test_a_disagreement_on_the_cursors_twin_is_skipped(rows: list[RowModel]) -> None:
    """With one article on both sides, the cursor's own sentence on the other side is no
    other disagreement; the next one is."""
    cursor = _cursor(rows, "a", 1)
    found = {"a": {1: {}, 5: {}}, "b": {1: {}, 5: {}}}
    same = {"a": "x", "b": "x"}
    assert cursor.disagreement(1, same, lambda side: found[side]) == ("a", 5)
    other = {"a": "x", "b": "y"}
    assert cursor.disagreement(1, other, lambda side: found[side]) == ("a", 5)
    assert cursor.disagreement(-1, other, lambda side: found[side]) == ("b", 1)


def _places(rows: list[RowModel]) -> list[tuple[str, int]]:
    return [(side, p.sentence) for m in rows for side in SIDES for p in m.side(side)]


@given(st.integers(24, 120), st.integers(2, 30), st.integers(0, 200), st.data())
def test_reveal_brings_the_cursor_on_screen(
    rows: list[RowModel], width: int, height: int, top: int, data: st.DataObject
) -> None:
    """Wherever the screen is, after ``reveal_top`` some of the cursor's sentence is on
    it, and all of it when it fits."""
    layout = Layout(rows, Geometry.for_width(width))
    side, sentence = data.draw(st.sampled_from(_places(rows)))
    cursor = _cursor(rows, side, sentence)
    top = min(top, max(0, layout.height - height))
    new = reveal_top(layout, cursor, top, height)
    shown = top if new is None else new
    first, count = cursor.lines(layout, side, sentence)  # type: ignore[arg-type]
    assert first < shown + height and first + count > shown
    if count <= height:
        assert shown <= first and first + count <= shown + height


@given(st.integers(2, 12), st.booleans())
def test_steps_through_a_tall_sentence_show_every_line(
    rows: list[RowModel], height: int, down: bool
) -> None:
    """j (or k) on a sentence taller than the screen scrolls through it, a screen less
    the context lines at a time, and no line of it is skipped."""
    layout = Layout(rows, Geometry.for_width(24))  # B#5 (the footbridge) is tall here
    cursor = _cursor(rows, "b", 4)
    first, count = cursor.lines(layout, "b", 4)
    assert count > height  # 23 lines at this width
    top = first if down else first + count - height
    seen = set(range(top, top + height))
    while (new := within_top(layout, cursor, top, height, 1 if down else -1)) is not None:
        assert abs(new - top) <= max(1, height - SCROLL_CONTEXT)
        top = new
        seen |= set(range(top, top + height))
    assert set(range(first, first + count)) <= seen


def test_paging_puts_the_cursor_on_the_new_screen(rows: list[RowModel]) -> None:
    """Page down moves the cursor to a sentence starting on the new screen; at the end,
    to the last one shown."""
    layout = Layout(rows, Geometry.for_width(60))
    cursor = _cursor(rows, "a", 0)
    height = 6
    target = page_target(layout, cursor, 0, height, height, 1)
    assert target is not None
    first, count = cursor.lines(layout, *target)  # type: ignore[arg-type]
    assert height <= first < 2 * height
    end = layout.height - height
    cursor.place(*target)  # type: ignore[arg-type]
    last = page_target(layout, cursor, end, end, height, 1)
    assert last is not None and cursor.lines(layout, *last)[0] < layout.height  # type: ignore[arg-type]


def test_the_cursor_follows_a_scroll_only_when_left_off_screen(rows: list[RowModel]) -> None:
    """The wheel leaves the cursor alone while it shows; once it is off the top, it goes
    to the first whole sentence on screen."""
    layout = Layout(rows, Geometry.for_width(60))
    cursor = _cursor(rows, "a", 0)
    assert follow_target(layout, cursor, 0, 8) is None
    far = layout.starts[4]
    side, sentence = follow_target(layout, cursor, far, 8) or ("?", -1)
    assert side == "a"
    first, count = cursor.lines(layout, "a", sentence)
    assert far <= first and first + count <= far + 8


def test_the_cursor_and_viewport_load_no_textual() -> None:
    """The cursor and scrolling logic are headless, like the rest of the view's data layer."""
    probe = (
        "import sys, newsdiff.tui, newsdiff.tui.cursor, newsdiff.tui.viewport,"
        " newsdiff.tui.records, newsdiff.tui.edits, newsdiff.tui.wrap;"
        " print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
