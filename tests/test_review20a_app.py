"""Review r20a: the app as a new user meets it (the pair picker's keys and header, the
fold message, the status line after a failed save)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from newsdiff.store import Store
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.picker_app import PickerApp, start_picking
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B, SEEDS
from .tui_helpers import ready, until


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "annotations" / "tags.json")


async def test_picker_moves_with_the_diff_views_keys(seed_copies: Path, store: Store) -> None:
    """r20a finding 1: "j j j Enter opens the pair that was already selected, not the one
    three rows further down". j k move the list as in the diff view, g G and Home End
    go to its ends (the table's own Home End scrolled sideways)."""
    picking = start_picking([str(seed_copies)])
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        last = table.row_count - 1
        await pilot.press("G")
        assert table.cursor_row == last
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("end")
        assert table.cursor_row == last
        await pilot.press("home")
        assert table.cursor_row == 0
        # Near miss: at an end j and k stop there, the list does not wrap round.
        await pilot.press("k")
        assert table.cursor_row == 0
        await pilot.press("G", "j")
        assert table.cursor_row == last
        await pilot.press("g", "j", "j", "j", "k", "j", "enter")
    assert app.chosen == 3 and picking.row == 3


def pair_app(a: Path, b: Path, store: Path) -> NewsdiffApp:
    return create_app(str(a), str(b), store=store, annotator="ana", advance=False)


async def test_fold_on_a_pair_without_equal_rows_says_so(tmp_path: Path) -> None:
    """r20a finding 3: `0 z` on the bundled pair (seeds 000 and 001, no equal row) said
    "Equal rows folded (none in view: the filter hides them)." with no filter on."""
    app = pair_app(SEED_A, SEED_B, tmp_path / "s.json")
    async with app.run_test(size=(160, 45)) as pilot:
        view = await ready(pilot)
        assert not any(m.kind == "equal" for m in view.all_rows)
        status = app.query_one(StatusLine)
        await pilot.press("0", "z")
        assert view.fold and view.class_filter is None
        assert status.message == "Fold on, but this pair has no equal rows to fold."
        # Under a filter too, the pair's own lack is the reason, not the filter.
        await pilot.press("z", "3", "z")
        assert view.class_filter == "attribution"
        assert status.message == "Fold on, but this pair has no equal rows to fold."


async def test_fold_under_a_filter_still_blames_the_filter(tmp_path: Path) -> None:
    """Near miss: a pair with equal rows, under a filter that keeps none of them, is
    still told that the filter hides them; without the filter they fold. (The r25d long
    pair: BRIDGE's equal rows each stand alone, and z folds a run of two or more.)"""
    data = Path(__file__).parent / "data" / "r25d"
    app = pair_app(data / "longA.txt", data / "longB.txt", tmp_path / "s.json")
    async with app.run_test(size=(160, 45)) as pilot:
        view = await ready(pilot)
        assert any(m.kind == "equal" for m in view.all_rows)
        status = app.query_one(StatusLine)
        await pilot.press("r", "z")
        assert status.message == "Equal rows folded (none in view: the filter hides them)."
        await pilot.press("0")
        assert view.class_filter is None and view.folded


async def test_a_refused_tag_leaves_no_saved_message_on_the_status_line(
    tmp_path: Path,
) -> None:
    """r20a finding 4: f saved ("saved: A#1: untagged → fact (carried to B#1)"), then the
    article's tag file was overwritten with GARBAGE and o was refused ("Tag not saved:
    ...: not valid JSON"), while the status line still said what f had saved. It says
    now that this key saved nothing, as a refused undo does; the file is left as it is."""
    app = pair_app(SEED_A, SEED_B, tmp_path / "newsdiff.json")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        assert app.session is not None
        status = app.query_one(StatusLine)
        await pilot.press("f")
        await until(pilot, lambda: not app.store.pending, "f was saved")
        assert status.message.startswith("saved: A#1: untagged → fact")
        tag_file = app.store.tags_dir / f"{app.session.ids['a']}.json"
        sound = tag_file.read_bytes()
        tag_file.write_text("GARBAGE\n", encoding="utf-8")
        await pilot.press("o")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert any(s.startswith("Tag not saved:") and "not valid JSON" in s for s in said)
        assert status.message == "not saved: tag (see the error)"
        assert tag_file.read_text(encoding="utf-8") == "GARBAGE\n"
        # Near miss: the file mended, the same key saves and says what it saved.
        tag_file.write_bytes(sound)
        await pilot.press("o")
        await until(pilot, lambda: not app.store.pending, "o was saved")
        assert status.message.startswith("saved: A#1: fact → opinion")


def summary(app: PickerApp) -> str:
    from textual.widgets import Static

    return str(app.picker.query_one("#picker-summary", Static).render())


async def test_picker_header_says_whose_articles_it_counts(seed_copies: Path, store: Store) -> None:
    """r20a finding 5: "11 pairs · corpus: 0/89 sentences tagged (0%) in 18 articles"
    read as the whole folder (scan: 27 articles). It counts the articles of the listed
    pairs, and says so; a byte copy is the same article (same tags), counted once: the
    seeds and their seed_copies are 10 files, 5 articles, in 9 pairs."""
    app = PickerApp(start_picking([str(seed_copies)]), store, "ana")
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        text = summary(app)
        assert text.startswith("9 pairs · 0/") and "corpus" not in text
        assert text.endswith("sentences tagged (0%) in the 5 articles of these pairs")


async def test_picker_header_of_one_pair(store: Store) -> None:
    """Near miss: the seeds folder holds 5 articles and lists 1 pair; the header counts
    that pair's 2 articles, in the singular."""
    app = PickerApp(start_picking([str(SEEDS)]), store, "ana")
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 1, "the pair was listed")
        text = summary(app)
        assert text.startswith("1 pair · 0/")
        assert text.endswith("(0%) in the 2 articles of this pair")
