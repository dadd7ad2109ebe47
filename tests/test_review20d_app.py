"""Review r20d: the pair picker's keys that arrive in one burst (finding 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable

from newsdiff.store import Store
from newsdiff.tui.picker_app import PickerApp, Picking, start_picking

from .conftest import SEEDS
from .tui_helpers import until


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    """The seeds and a byte copy of each: nine pairs (five copies, four others)."""
    out = tmp_path / "corpus"
    out.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, out / seed.name)
        shutil.copy(seed, out / f"copy_{seed.name}")
    return out


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
    copies: Path, store: Store
) -> None:
    """r20d finding 7: "`tmux send-keys -t r20d j Enter` (one burst) -> opens pair 1
    (b_spun/b_wire), every try (7; also after Escape from a pair and on a fresh start);
    `j j Enter` and `Down Enter` too." Enter was a priority key, run as the app read it,
    while j still travelled to the table; the keys act in order now."""
    picking = start_picking([str(copies)])
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
