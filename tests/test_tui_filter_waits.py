"""A filter key never blocks: the rows' classes are worked out in a thread, the other
keys work meanwhile, and only the last filter asked for is applied (issue 16, the
outside review's first filter key that froze the app for 9 s on a 5 MB pair).

The classification is slowed by a monkeypatch (a sleep per row: the thread waits, the
process stays idle, so Pilot's presses do not wait for it) and the key's shortcut for
a pair with few rows to classify is turned off, so that the seed pair stands for a
large one. No figure here is a time."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from newsdiff.tui import filtering
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.filtering import QUOTE_FILTER, RowMarks, row_marks
from newsdiff.tui.layout import RowModel, build_rows
from newsdiff.tui.widgets.diff_view import filters
from newsdiff.tui.widgets.header import PairHeader, StatusLine

from .tui_helpers import ready, until

SIZE = (120, 36)
#: Seconds each row's classification is made to take (44 rows: 1.3 s in all).
SLOW = 0.03


@pytest.fixture
def slow_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row slow to classify, nothing classified before a filter key asks, and
    no filter key classifies on its own path."""

    def slow(model: RowModel) -> frozenset[str]:
        time.sleep(SLOW)
        return row_marks(model)

    monkeypatch.setattr(filtering, "row_marks", slow)
    monkeypatch.setattr(filtering, "CLASSIFY_ON_KEY", 0)
    monkeypatch.setattr(filters, "MARKS_AFTER", 600.0)


def make(seed_a: Path, seed_b: Path, tmp_path: Path) -> NewsdiffApp:
    return create_app(str(seed_a), str(seed_b), store=tmp_path / "s.json", annotator="tester")


def with_class(app: NewsdiffApp, cls: str) -> list[int]:
    """The indices of the rows with a change of ``cls``, read from the rows themselves."""
    return [m.index for m in app.view.all_rows if cls in m.row.classes()]


@pytest.mark.usefixtures("slow_marks")
async def test_keys_work_while_a_filter_waits_and_it_is_right_when_done(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        every = len(view.rows)
        await pilot.press("3")  # attribution
        assert view.pending_filter == "attribution" and view.class_filter is None
        assert len(view.rows) == every
        assert "filtering attribution" in app.query_one(PairHeader).mode
        assert "Filtering rows with an attribution change" in app.query_one(StatusLine).message
        # Another key, before the classification is done: it takes effect at once.
        first = view.sentence
        await pilot.press("j")
        assert not view.marks.complete
        assert view.sentence != first and view.pending_filter == "attribution"
        await until(pilot, lambda: view.class_filter == "attribution", "the filter applied")
        assert [m.index for m in view.rows] == with_class(app, "attribution")
        assert 0 < len(view.rows) < every
        assert view.pending_filter is None
        await pilot.pause()
        assert "only attribution (" in app.query_one(PairHeader).mode
        assert "filtering" not in app.query_one(PairHeader).mode


@pytest.mark.usefixtures("slow_marks")
async def test_a_filter_key_replaces_the_one_waiting(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """3 then 2 while 3 waits: only 2's rows are ever shown (3's result is never
    applied, not even for a frame)."""
    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        applied: list[str | None] = []
        apply = view._apply_filter

        def spy(cls: str, wanted: str | None) -> None:
            applied.append(wanted)
            apply(cls, wanted)

        view._apply_filter = spy  # type: ignore[method-assign]
        await pilot.press("3")
        assert view.pending_filter == "attribution"
        await pilot.press("2")
        assert view.pending_filter == "number" and not view.marks.complete
        await until(pilot, lambda: view.class_filter == "number", "the second filter applied")
        await pilot.pause(3 * filters.PROGRESS_EVERY)
        assert applied == ["number"]
        assert [m.index for m in view.rows] == with_class(app, "number")


@pytest.mark.usefixtures("slow_marks")
async def test_zero_or_the_same_key_cancels_a_filter_waiting(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        every = len(view.rows)
        await pilot.press("3", "0")
        assert view.pending_filter is None and view.class_filter is None
        assert app.query_one(StatusLine).message == "Showing every row."
        await pilot.press("2", "2")
        assert view.pending_filter is None
        assert "cancelled" in app.query_one(StatusLine).message
        await until(pilot, lambda: view.marks.complete, "the rows classified")
        await pilot.pause(3 * filters.PROGRESS_EVERY)
        assert view.class_filter is None and len(view.rows) == every
        assert "filtering" not in app.query_one(PairHeader).mode
        # Now classified: a filter key shows its rows at once.
        await pilot.press("2")
        assert view.class_filter == "number"
        assert [m.index for m in view.rows] == with_class(app, "number")


async def test_rows_are_classified_after_the_first_paint(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a filter key, the marks are worked out in the background, and the first
    filter key then needs no classification (none is done on its path)."""
    monkeypatch.setattr(filtering, "CLASSIFY_ON_KEY", 0)
    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await until(pilot, lambda: view.marks.complete, "the rows classified in the background")
        calls = 0

        def counted(model: RowModel) -> frozenset[str]:
            nonlocal calls
            calls += 1
            return row_marks(model)

        monkeypatch.setattr(filtering, "row_marks", counted)
        await pilot.press("3")
        assert view.class_filter == "attribution" and calls == 0
        assert [m.index for m in view.rows] == with_class(app, "attribution")


async def test_new_options_keep_a_class_filter_right(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """A filter on when the options change: the new rows are classified off the event
    loop (the options' thread) and the filter shows the rows of the new classes."""
    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("7")  # rewording
        assert view.class_filter == "rewording"
        app.set_options(replace(app.options, ignore_case=True, ignore_punctuation=True))
        await until(pilot, lambda: not app.options_pending, "the options applied")
        assert view.marks.complete and view.marks.rows is view.all_rows
        assert view.class_filter == "rewording"
        assert [m.index for m in view.rows] == with_class(app, "rewording")


def test_row_marks_match_the_rows_and_stop_when_asked(seed_a: Path, seed_b: Path) -> None:
    """Headless: the marks of every row are its classes (and the altered-quotation
    mark), in order; a stopped fill marks nothing more; a busy user pauses it."""
    from newsdiff.core.article import load
    from newsdiff.meaning.compare import compare
    from newsdiff.meaning.quoting import quote_altered

    rows = build_rows(compare(load(str(seed_a)), load(str(seed_b))))
    marks = RowMarks(rows)
    marks.stop.set()
    marks.fill()
    assert marks.done == 0 and marks.percent == 0
    marks = RowMarks(rows)
    busy = iter([True, True, False])
    marks.fill(lambda: next(busy, False))
    assert marks.complete and marks.percent == 100
    for model, got in zip(rows, marks, strict=True):
        assert got - {QUOTE_FILTER} == model.row.classes()
        assert (QUOTE_FILTER in got) == quote_altered(model.row)
    for cls in ("number", "attribution", QUOTE_FILTER):
        assert marks.kept(cls) == [m for m in rows if cls in row_marks(m)]


async def test_zero_shows_every_row_again_without_a_new_layout(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0 after a filter shows the rows shown before it, with their layout and the
    cursor's index as they were (no walk over every row); after z under the filter
    it lays them out again, folded."""
    from newsdiff.tui.widgets.diff_view import view as view_module

    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        rows, layout = view.rows, view.line_map
        made: list[int] = []
        real = view_module.Layout

        def counted(*args: object) -> object:
            made.append(1)
            return real(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(view_module, "Layout", counted)
        await pilot.press("3")
        assert view.class_filter == "attribution" and len(made) == 1
        await pilot.press("j", "0")
        await pilot.pause()
        assert view.class_filter is None and len(made) == 1
        assert view.rows is rows and view.line_map is layout
        assert view.cursor.shows(view.side, view.sentence)
        await pilot.press("j", "j")  # the index works: the cursor moves on every row
        assert view.cursor_row < len(view.rows)
        await pilot.press("3", "z", "0")
        await pilot.pause()
        assert view.class_filter is None and view.rows is not rows and len(made) == 4
        assert [m.index for m in view.rows if not m.folded] == [
            m.index for m in rows if m.kind != "equal"
        ]


@pytest.mark.usefixtures("slow_marks")
async def test_closing_the_app_stops_the_marks(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """The marks' thread is a daemon, and it stops with its view: the tests' process
    (many apps) does not go on classifying the rows of closed ones."""
    app = make(seed_a, seed_b, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("3")
        marks = view.marks
        assert not marks.complete and not marks.stop.is_set()
    assert marks.stop.is_set()
    done = marks.done
    time.sleep(5 * SLOW)
    assert marks.done <= done + 1 and not marks.complete
