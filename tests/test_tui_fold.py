"""Folded equal rows (``z``): each run one line of the view that the cursor lands on,
j and k step over as one row and Enter opens (issue 14, item 9); and the keys that
compare two articles in one article alone (item 2)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.article import load
from newsdiff.meaning.compare import compare
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.cursor import Cursor
from newsdiff.tui.folding import fold_runs, fold_text
from newsdiff.tui.layout import RowModel, build_rows
from newsdiff.tui.single import PAIR_ONLY
from newsdiff.tui.widgets.diff_view import DiffView
from newsdiff.tui.widgets.header import PairHeader, StatusLine

from .conftest import SEED_A
from .tui_helpers import columns, ready, until

DATA = Path(__file__).parent / "data"
#: A reprint: 13 rows, two changed (rows 4 and 10), runs of 3, 5 and 3 equal rows.
REPRINT_A, REPRINT_B = DATA / "reprint_a.txt", DATA / "reprint_b.txt"
KINDS = ["equal"] * 3 + ["changed"] + ["equal"] * 5 + ["changed"] + ["equal"] * 3
SIZE = (120, 36)


def _rows() -> list[RowModel]:
    return build_rows(compare(load(str(REPRINT_A)), load(str(REPRINT_B))))


def make(store: Path, single: bool = False) -> NewsdiffApp:
    if single:
        return create_app(str(SEED_A), None, store=store, annotator="ana", advance=False)
    return create_app(str(REPRINT_A), str(REPRINT_B), store=store, annotator="ana", advance=False)


def drawn(view: DiffView, row: int) -> tuple[str, str, str, str]:
    """What the first line of a shown row draws: A's gutter and text, B's gutter and text."""
    assert view.line_map is not None
    return columns(view, view.line_map.starts[row])


def test_fold_runs_make_one_line_per_run_in_place() -> None:
    """Each run of equal rows becomes one row in its place, holding the run's first
    sentence of each side; an opened run stays as it was."""
    rows = _rows()
    assert [m.kind for m in rows] == KINDS
    folded = fold_runs(rows)
    assert [m.folded for m in folded] == [3, 0, 5, 0, 3]
    assert [m.index for m in folded] == [0, 3, 4, 9, 10]
    middle = folded[2]
    assert middle.a[0].sentence == rows[4].a[0].sentence
    assert middle.b[0].sentence == rows[4].b[0].sentence
    assert middle.a[0].text == fold_text(5) == "··· 5 equal rows ···"
    opened = fold_runs(rows, {4})
    assert [m.folded for m in opened] == [3, 0, 0, 0, 0, 0, 0, 0, 3]
    assert fold_text(1) == "··· 1 equal row ···"


def test_the_cursor_steps_over_a_fold_and_lands_on_it_when_its_row_folds() -> None:
    """j and k treat a fold line as one row; a cursor on a folded row goes to its fold
    line; ] and disagreements never stop on a fold line."""
    rows = _rows()
    cursor = Cursor()
    cursor.show(fold_runs(rows), ("a", rows[6].a[0].sentence), 6)
    assert cursor.row == 2 and cursor.on_fold == 5
    assert cursor.step(1) == rows[9].a[0].sentence
    cursor.place("a", rows[3].a[0].sentence)
    assert cursor.step(1) == rows[4].a[0].sentence and cursor.on_fold == 0
    untagged = cursor.untagged(1, lambda side, s: False)
    assert untagged == rows[9].a[0].sentence  # past the fold line, onto the next change
    assert all(not m.folded for m in (cursor.rows[r] for r, _s, _n in cursor.walk(1)))


async def test_fold_lines_are_drawn_stepped_over_and_opened(tmp_path: Path) -> None:
    """z draws each run as one line in both panes; j and k move over it as one row;
    a label key there tags nothing and says why; Enter shows the run, the cursor on its
    first row; z again folds every run; the header counts what is folded."""
    app = make(tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("z")
        assert [m.folded for m in view.rows] == [3, 0, 5, 0, 3]
        await pilot.pause()
        a_gutter, a_text, b_gutter, b_text = drawn(view, 0)
        assert a_text.strip() == b_text.strip() == "··· 3 equal rows ···"
        assert a_gutter.startswith("▌") and not b_gutter.startswith("▌")  # the cursor's on it
        assert drawn(view, 2)[1].strip() == "··· 5 equal rows ···"
        assert "11 equal rows folded" in app.query_one(PairHeader).mode
        assert "rows 1-3 of 13: 3 equal rows, folded" in status.position

        await pilot.press("j")
        assert view.cursor_row == 1 and view.rows[1].kind == "changed"
        await pilot.press("j")
        assert view.cursor_row == 2 and view.cursor.on_fold == 5
        assert drawn(view, 2)[0].startswith("▌")
        assert "rows 5-9 of 13" in status.position
        await pilot.press("j")
        assert view.cursor_row == 3 and view.rows[3].kind == "changed"
        await pilot.press("k")
        assert view.cursor_row == 2

        await pilot.press("f")
        assert app.session is not None and app.session.label("a", view.sentence) is None
        assert "A fold of 5 equal rows: Enter shows them." in status.message

        first = view.sentence
        await pilot.press("enter")
        assert [m.folded for m in view.rows] == [3, 0, 0, 0, 0, 0, 0, 0, 3]
        assert view.cursor_row == 2 and view.sentence == first and not view.cursor.on_fold
        assert "6 equal rows folded" in app.query_one(PairHeader).mode
        assert not app.query_one("#detail").display  # Enter opened the run, not the panel
        await pilot.pause()
        assert "··· " not in drawn(view, 2)[1]
        await pilot.press("j")
        assert view.cursor_row == 3

        await pilot.press("z")
        assert not view.fold and len(view.rows) == 13
        await pilot.press("z")
        assert [m.folded for m in view.rows] == [3, 0, 5, 0, 3]  # opened runs fold again
        assert view.cursor_row == 2 and view.cursor.on_fold == 5  # its row folded: on the line
        await pilot.press("enter")
        await pilot.press("enter")  # on a sentence now: the detail panel
        assert app.query_one("#detail").display


async def test_one_article_says_the_pair_keys_compare_two(tmp_path: Path) -> None:
    """In one article alone the filters, the fold, n and l say once that they compare
    two articles, and change nothing; the footer does not offer n."""
    from textual.widgets import Footer

    app = make(tmp_path / "s.json", single=True)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        offered = [str(getattr(k, "description", "")) for k in app.query_one(Footer).children]
        assert "Change" not in offered and "Fact" in offered and "Quit" in offered
        rows = len(view.rows)
        for key in ("1", "8", "r", "b", "m", "z", "n", "l", "0"):
            await pilot.press(key)
            await until(pilot, lambda: status.message == PAIR_ONLY, f"{key} says so")
            assert len(view.rows) == rows and not view.fold and view.class_filter is None
            await pilot.press("j", "k")  # a move clears the message
            await until(pilot, lambda: status.message == "", "the message cleared")


async def test_at_80_columns_a_long_notice_takes_the_second_line_whole(tmp_path: Path) -> None:
    """A notice with no room beside the position (one article's pair-only notice, a
    filter's count) is drawn whole on the status line's second line, not cut; the
    detail line comes back when the cursor moves on."""
    from .conftest import SEED_B

    single = make(tmp_path / "s.json", single=True)
    async with single.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        status = single.query_one(StatusLine)
        await pilot.press("1")
        await until(pilot, lambda: status.message == PAIR_ONLY, "the notice was given")
        top, below = str(status.render()).splitlines()
        assert below.strip() == PAIR_ONLY and status.position in top
    pair = create_app(str(SEED_A), str(SEED_B), store=tmp_path / "p.json", annotator="ana")
    async with pair.run_test(size=(80, 24)) as pilot:
        view = await ready(pilot)
        status = pair.query_one(StatusLine)
        await pilot.press("3")
        await until(pilot, lambda: "Showing the" in status.message, "the filter said so")
        top, below = str(status.render()).splitlines()
        assert below.strip() == status.message and "…" not in below
        await pilot.press("j")
        await until(pilot, lambda: not status.message, "the move cleared it")
        below = str(status.render()).splitlines()[1].strip()
        assert view.rows and below[:30] == str(status.detail)[:30]  # (cut at 80 columns)


def test_filter_notices_name_rows_by_their_kind() -> None:
    """r, b and m say "the 14 removed rows", not "rows with a removed row"; the class
    filters say what the rows have."""
    from newsdiff.tui.widgets.diff_view.keys import filter_notice

    assert filter_notice("removed", 14) == "Showing the 14 removed rows (0: all)."
    assert filter_notice("moved", 1) == "Showing the moved row (0: all)."
    assert filter_notice("added", 0) == "No row is added."
    assert filter_notice("number", 3) == "Showing the 3 rows with a number change (0: all)."
    assert filter_notice("quote_altered", 0) == "No row has an altered quotation."


async def test_a_run_of_one_equal_row_stays_as_it_is(tmp_path: Path) -> None:
    """A run of one equal row is not folded: its fold line, "··· 1 equal row ···", took
    the room the row took and hid it (review r25d finding 5). z says there was nothing
    to fold, and the header counts nothing folded."""
    from .test_tui_review import BRIDGE_A, BRIDGE_B

    app = create_app(str(BRIDGE_A), str(BRIDGE_B), store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        before = list(view.rows)
        await pilot.press("z")
        assert status.message == "Fold on, but no 2 equal rows stand together to fold."
        assert list(view.rows) == before and view.folded == 0
        await pilot.press("g")
        assert view.cursor.on_fold == 0
        assert status.position == "A#1 of 7 · row 1 of 7, equal · untagged"
        assert app.query_one(PairHeader).mode == ""


async def test_undo_of_a_tag_in_a_folded_run_opens_that_run(tmp_path: Path) -> None:
    """u on a change whose sentence is folded away opens its run and puts the cursor on
    it: the annotator sees what was undone (it stayed hidden, the cursor elsewhere)."""
    app = make(tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        for _ in range(6):
            await pilot.press("j")
        assert view.rows[view.cursor_row].index == 6 and view.rows[6].kind == "equal"
        sentence = view.sentence
        await pilot.press("f")
        assert app.session is not None and app.session.label("a", sentence) == "fact"
        await pilot.press("z", "j")
        assert [m.folded for m in view.rows] == [3, 0, 5, 0, 3] and view.cursor_row == 3
        await pilot.press("u")
        assert app.session.label("a", sentence) is None
        assert [m.folded for m in view.rows] == [3, 0, 0, 0, 0, 0, 0, 0, 3]
        assert view.rows[view.cursor_row].index == 6 and view.sentence == sentence
        await pilot.press("ctrl+r")  # redo: the run is open, nothing else to open
        assert app.session.label("a", sentence) == "fact"
        assert view.rows[view.cursor_row].index == 6
