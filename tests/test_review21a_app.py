"""Review r21a: the options and the cursor with a damaged main store file (finding 2),
and keys typed just after the list opens a pair or Escape goes back to it (finding 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsdiff.store import Store
from newsdiff.tui.app import create_app
from newsdiff.tui.preferences import load_preferences
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready, until

#: The reviewer's damaged newsdiff.json: cut short in the middle of a key.
CUT = '{"meta": {"1": {"schema": 2}}, "sta'


async def options_then_quit(store_path: Path, damage: bool) -> tuple[int | None, str | None, str]:
    """f, (the main file damaged), i a Escape (auto-advance off), q: the exit status, the
    error, and what the status line said after the options screen closed."""
    app = create_app(str(SEED_A), str(SEED_B), store=store_path, annotator="ann")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await until(pilot, lambda: not app.store.pending, "f was saved")
        if damage:
            store_path.write_text(CUT, encoding="utf-8")
        await pilot.press("i", "a", "escape")
        await pilot.pause()
        said = app.query_one(StatusLine).message
        notes = [str(n.message) for n in app._notifications]
        if damage:
            assert any(
                n.startswith(f"Options not saved: {store_path}: not valid JSON") for n in notes
            )
        else:
            assert not notes
        await pilot.press("q")
    return app.return_code, app.error, said


async def test_a_damaged_main_file_is_said_on_the_status_line_and_at_quit(tmp_path: Path) -> None:
    """r21a finding 2: "tmux send-keys f; printf '{"meta": {"1": {"schema": 2}}, "sta' >
    $R/colstore/newsdiff.json; send-keys i, a, Escape, q. Seen: the options screen shows
    auto-advance [ ]; no notice, no "not saved" on the status line, EXIT=0, file
    byte-identical." The refusal is said as a refused tag's is (status line and a
    notice); q quits with one line naming the file, exit 2; the file is left as it is."""
    folder = tmp_path / "colstore"
    folder.mkdir()
    store_path = folder / "newsdiff.json"
    code, error, said = await options_then_quit(store_path, damage=True)
    assert said == "not saved: options (see the error)"
    assert code == 2
    assert error is not None and "\n" not in error
    assert error.startswith("the cursor position and the options not saved (the tags are): ")
    assert f"{store_path}: not valid JSON" in error
    assert store_path.read_text(encoding="utf-8") == CUT
    # The tag typed before the damage is kept (in its own file).
    assert any((folder / "newsdiff.tags").glob("*.json"))


async def test_a_sound_store_saves_the_options_and_quits_cleanly(tmp_path: Path) -> None:
    """Near miss: the same keys on a sound store save auto-advance off, exit 0, say nothing."""
    store_path = tmp_path / "newsdiff.json"
    code, error, said = await options_then_quit(store_path, damage=False)
    assert (code, error) == (0, None)
    assert not said.startswith("not saved")
    assert load_preferences(Store(store_path), "ann").advance is False


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    out = tmp_path / "corpus"
    out.mkdir()
    shutil.copy(SEED_A, out / SEED_A.name)
    shutil.copy(SEED_B, out / SEED_B.name)
    return out
