"""Review r20d: the pair picker with a damaged tag file (finding 6) and keys that arrive
in one burst (finding 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.coordinate import Coordinate
from textual.pilot import Pilot
from textual.widgets import DataTable

from newsdiff.main import main
from newsdiff.store import Store, Tag
from newsdiff.tui.app import open_pair
from newsdiff.tui.listing import Listed
from newsdiff.tui.picker_app import ListedPairApp, PickerApp, Picking, start_picking
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready, until

#: The list's columns: rank, src, A, B, A%, B%, tagged A, tagged B.
TAGGED_A, TAGGED_B = 6, 7


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "annotations" / "tags.json")


async def burst(pilot: Pilot[None], *keys: str) -> None:
    """Press ``keys`` as one read from the terminal delivers them (``tmux send-keys j
    Enter``, keys typed ahead, a paste): all queued before the app handles the first.
    (``pilot.press`` lets the app go idle after each key, as a slow typist would.)"""
    app = pilot.app
    assert app._driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else "\r" if key == "enter" else None)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()


async def opened_by(picking: Picking, store: Store, *keys: str, slow: bool = False) -> int | None:
    """The row a fresh turn of the list opens after ``keys`` (in one burst, or ``slow``)."""
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        if slow:
            await pilot.press(*keys)
        else:
            await burst(pilot, *keys)
        await until(pilot, lambda: app.chosen is not None, "a pair was opened")
    return app.chosen


async def test_a_move_and_enter_in_one_burst_open_the_row_moved_to(
    seed_copies: Path, store: Store
) -> None:
    """r20d finding 7: "`tmux send-keys -t r20d j Enter` (one burst) -> opens pair 1
    (b_spun/b_wire), every try (7; also after Escape from a pair and on a fresh start);
    `j j Enter` and `Down Enter` too." Enter was a priority key, run as the app read it,
    while j still travelled to the table; the keys act in order now."""
    picking = start_picking([str(seed_copies)])
    assert await opened_by(picking, store, "j", "enter") == 1
    # The next turn of the list (as after Escape in the pair) starts on row 1.
    assert await opened_by(picking, store, "j", "enter") == 2
    assert await opened_by(picking, store, "g", "j", "j", "enter") == 2
    assert await opened_by(picking, store, "g", "down", "enter") == 1
    assert await opened_by(picking, store, "G", "k", "enter") == 7
    # Near misses: Enter alone opens the row highlighted; the same keys typed slowly
    # open the same row as in a burst; a move and its way back leave the row as it was.
    assert await opened_by(picking, store, "enter") == 7
    assert await opened_by(picking, store, "g", "j", "enter", slow=True) == 1
    assert await opened_by(picking, store, "j", "k", "enter") == 1


def cell(app: PickerApp, row: int, column: int) -> str:
    return str(app.picker.query_one(DataTable).get_cell_at(Coordinate(row, column)))


def notices(app: PickerApp) -> list[tuple[str, str]]:
    return [(n.title, str(n.message)) for n in app._notifications]


def damage(store: Store, article_id: str) -> Path:
    path = store.tags_dir / f"{article_id}.json"
    path.write_text("GARBAGE\n", encoding="utf-8")
    return path


def row_of(listing: list[Listed], name_a: str, name_b: str) -> int:
    return next(
        n
        for n, x in enumerate(listing)
        if (Path(x.ref_a).name, Path(x.ref_b).name) == (name_a, name_b)
    )


async def test_escape_after_a_refused_save_comes_back_to_the_list(
    seed_copies: Path, store: Store
) -> None:
    """r20d finding 6: "then damage A's tag file: echo GARBAGE > $R/store.tags/
    d54681311e7f645c.json ; press f -> status "not saved: tag (see the error)" and the
    notice (good, as README says). Then Escape -> the app exits: "newsdiff: .../
    store.tags/d54681311e7f645c.json: not valid JSON, ...", EXIT=2." The list comes back,
    the damaged article's cells say so (the file in a notice), the other pairs are
    counted and open; the file is left as it is."""
    picking = start_picking([str(seed_copies)])
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        assert picking.listing is not None
        spin = row_of(picking.listing, SEED_A.name, SEED_B.name)
        await pilot.press("g", *["j"] * spin, "enter")
    assert app.chosen == spin and picking.listing is not None
    item = picking.listing[spin]

    pair = ListedPairApp(*open_pair(item.ref_a, item.ref_b), store, "ana")
    async with pair.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("f")  # A#1 is saved: A's tag file exists
        await until(pilot, lambda: not store.pending, "f was saved")
        tag_file = damage(store, item.id_a)
        await pilot.press("f")
        assert pair.query_one(StatusLine).message == "not saved: tag (see the error)"
        await pilot.press("escape")
    assert pair.went_back and pair.error is None

    again = PickerApp(picking, store, "ana")
    async with again.run_test(size=(160, 45), notifications=True) as pilot:
        table = again.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the list came back")
        assert again.error is None and again.is_running
        assert table.cursor_row == spin
        assert cell(again, spin, TAGGED_A) == "damaged"
        assert cell(again, spin, TAGGED_B) == "0/30"
        said = notices(again)
        assert len(said) == 1 and said[0][0] == "Store file damaged"
        assert str(tag_file) in said[0][1] and "not valid JSON" in said[0][1]
        # Its pair refuses to open, in a notice; the list stays.
        await pilot.press("enter")
        await pilot.pause()
        assert again.chosen is None and again.is_running
        assert notices(again)[-1][1].startswith(f"Pair not opened: {tag_file}: not valid JSON")
        # Near miss: a pair without that article opens.
        other = row_of(picking.listing, "004_9c1960deb1d72b96.txt", "copy_004_9c1960deb1d72b96.txt")
        assert cell(again, other, TAGGED_A) == "0/28"
        await pilot.press("g", *["j"] * other, "enter")
    assert again.chosen == other
    assert tag_file.read_text(encoding="utf-8") == "GARBAGE\n"


async def test_the_list_starts_with_a_damaged_tag_file(seed_copies: Path, store: Store) -> None:
    """r20d finding 6: "with that one article's file damaged, `$N $R/corpus` does not
    start at all (exit 2), though three of the four pairs do not involve that article."
    It starts; the pairs of that article say "damaged", n passes them by, the others
    are counted; the CLI still refuses the store (exit 2) and the file is kept."""
    a, _ = open_pair(str(SEED_A), str(SEED_B))
    other, _ = open_pair(str(seed_copies / "004_9c1960deb1d72b96.txt"), str(SEED_B))
    store.put(Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ana"))
    store.put(Tag(other.id, other.path, 0, 0, 5, "x", "fact", "ana"))
    tag_file = damage(store, a.id)
    picking = start_picking([str(seed_copies)])
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        assert app.error is None and app.is_running and picking.listing is not None
        for n, item in enumerate(picking.listing):
            marks = [cell(app, n, TAGGED_A), cell(app, n, TAGGED_B)]
            sides = [item.id_a, item.id_b]
            assert [m == "damaged" for m in marks] == [i == a.id for i in sides]
            if item.id_a == other.id:
                assert marks == ["1/28", "1/28"]
        # The damage is noticed by the list's own check, a moment after the rows: wait.
        await until(pilot, lambda: [t for t, _ in notices(app)] != [], "the damage was noticed")
        summary = str(app.picker.query_one("#picker-summary").render())
        assert summary.startswith("9 pairs · 1/")
        assert [t for t, _ in notices(app)] == ["Store file damaged"]
        # n goes to the next pair it can tag: past the damaged ones (rows 5 to 8, 0).
        damaged_rows = {n for n, x in enumerate(picking.listing) if a.id in (x.id_a, x.id_b)}
        assert damaged_rows == {0, 5, 6, 7, 8}
        await pilot.press("g", "j", "j", "j", "j", "n")
        assert table.cursor_row == 1
        await pilot.press("q")
    assert app.chosen is None
    assert tag_file.read_text(encoding="utf-8") == "GARBAGE\n"
    assert main(["export", "--store", str(store.path)]) == 2
    assert tag_file.read_text(encoding="utf-8") == "GARBAGE\n"


async def test_a_sound_store_lists_no_damage(seed_copies: Path, store: Store) -> None:
    """Near miss: with every file sound no cell says damaged and nothing is noticed."""
    a, _ = open_pair(str(SEED_A), str(SEED_B))
    store.put(Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ana"))
    app = PickerApp(start_picking([str(seed_copies)]), store, "ana")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        marks = {cell(app, n, c) for n in range(9) for c in (TAGGED_A, TAGGED_B)}
        assert "damaged" not in marks and "1/44" in marks
        assert notices(app) == []


async def test_a_pair_damaged_after_the_list_checked_it_goes_back_to_the_list(
    store: Store,
) -> None:
    """A tag file damaged between Enter and the pair's first read: the pair does not
    open, and the list says why (``launch_corpus`` goes on with the note) instead of
    ending the app. Near miss: a pair that opened and quit has nothing to say."""
    a, b = open_pair(str(SEED_A), str(SEED_B))
    store.put(Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ana"))
    pair = ListedPairApp(a, b, store, "ana")
    async with pair.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("q")
    assert pair.note_for_list() is None and not pair.went_back

    tag_file = damage(store, a.id)
    pair = ListedPairApp(a, b, store, "ana")
    async with pair.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: pair.error is not None, "the pair was refused")
    note = pair.note_for_list()
    assert note is not None and note.startswith(f"Pair not opened: {tag_file}: not valid JSON")
    assert tag_file.read_text(encoding="utf-8") == "GARBAGE\n"
