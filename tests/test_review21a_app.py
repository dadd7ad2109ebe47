"""Review r21a: the options and the cursor with a damaged main store file (finding 2),
and keys typed just after the list opens a pair or Escape goes back to it (finding 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable

from newsdiff.store import Store, Tag
from newsdiff.tui.app import create_app, open_pair
from newsdiff.tui.picker_app import ListedPairApp, PickerApp, Picking, start_picking
from newsdiff.tui.preferences import load_preferences, session_preferences
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B, SEEDS
from .test_review20d_app import burst
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


def pair_of(picking: Picking, row: int, store: Store, typed: list[events.Key]) -> ListedPairApp:
    """The pair the list opened on ``row``, with the keys it handed over (as
    ``launch_corpus`` makes it)."""
    assert picking.listing is not None
    item = picking.listing[row]
    prefs = session_preferences(store, "ann")
    a, b = open_pair(item.ref_a, item.ref_b)
    return ListedPairApp(a, b, store, "ann", prefs.options, prefs, typed=typed)


async def listed(pilot: Pilot[None], rows: int) -> None:
    app = pilot.app
    assert isinstance(app, PickerApp)
    table = app.picker.query_one(DataTable)
    await until(pilot, lambda: table.row_count >= rows, "the pairs were listed")


async def test_keys_typed_just_after_enter_in_the_list_act_in_the_pair(
    corpus: Path, tmp_path: Path
) -> None:
    """r21a finding 1 a): "tmux send-keys -t r21a Enter j f ... Seen: pair 3 opens but the
    status line says "A#1 of 16 ... untagged": j and f did nothing ... (no tag saved)."
    The keys behind Enter go to the pair, which plays them once its rows are shown: j
    moves to A#2 and f tags it, saved."""
    store = Store(tmp_path / "burst" / "newsdiff.json")
    picking = start_picking([str(corpus)])
    picker = PickerApp(picking, store, "ann")
    async with picker.run_test(size=(160, 45)) as pilot:
        await listed(pilot, 1)
        await burst(pilot, "enter", "j", "f")
        await until(pilot, lambda: picker.chosen is not None, "the pair was opened")
    typed = picker.handover.keys()
    assert [k.key for k in typed] == ["j", "f"]
    pair = pair_of(picking, 0, store, typed)
    async with pair.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await until(pilot, lambda: not store.pending, "f was saved")
        assert pair.session is not None
        assert pair.session.label("a", 1) == "fact"
        assert pair.session.label("a", 0) is None
    assert [t.sentence for t in store.tags(pair.article_a.id, "ann")] == [1]


async def test_keys_typed_just_after_escape_in_a_pair_act_in_the_list(
    tmp_path: Path,
) -> None:
    """r21a finding 1 b): "tmux send-keys -t r21a Escape; sleep 0.1; tmux send-keys -t r21a
    j Enter; sleep 3 -> the list is shown at row 1, no pair opened". The keys behind
    Escape go to the list, which plays them once it is shown: j Enter opens the next pair.
    Near miss: with the detail panel open, Escape closes it and the keys behind it are
    the pair's (nothing is handed over)."""
    copies = tmp_path / "corpus"
    copies.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, copies / seed.name)
        shutil.copy(seed, copies / f"copy_{seed.name}")
    store = Store(tmp_path / "s" / "newsdiff.json")
    picking = start_picking([str(copies)])
    picker = PickerApp(picking, store, "ann")
    async with picker.run_test(size=(160, 45)) as pilot:
        await listed(pilot, 3)
        await pilot.press("enter")
        await until(pilot, lambda: picker.chosen is not None, "the pair was opened")
    assert picker.chosen == 0 and not picker.handover.keys()

    pair = pair_of(picking, 0, store, [])
    async with pair.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        # Near miss: the panel open, Escape closes it; j acts here, nothing is handed.
        await burst(pilot, "v", "escape", "j")
        assert pair.is_running and not pair.went_back
        assert pair.view.sentence == 1 and not pair.handover.keys()
        await burst(pilot, "escape", "j", "enter")
        await until(pilot, lambda: pair.went_back, "Escape went back to the list")
    picking.typed = pair.handover.keys()
    assert [k.key for k in picking.typed] == ["j", "enter"]

    again = PickerApp(picking, store, "ann")
    async with again.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: again.chosen is not None, "j Enter opened a pair")
    assert again.chosen == 1


async def test_a_pair_refused_leaves_the_keys_behind_enter_to_the_list(
    corpus: Path, tmp_path: Path
) -> None:
    """Near miss of finding 1: Enter on a pair whose tag file is damaged opens nothing;
    the keys behind it are the list's (they act there, in order), not handed over."""
    store = Store(tmp_path / "d" / "newsdiff.json")
    a, _ = open_pair(str(corpus / SEED_A.name), str(corpus / SEED_B.name))
    store.put(Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ann"))
    (store.tags_dir / f"{a.id}.json").write_text("GARBAGE\n", encoding="utf-8")
    picking = start_picking([str(corpus)])
    picker = PickerApp(picking, store, "ann")
    async with picker.run_test(size=(160, 45)) as pilot:
        await listed(pilot, 1)
        await burst(pilot, "enter", "q")
        await until(pilot, lambda: not picker.is_running, "q quit the list")
    assert picker.chosen is None and not picker.handover.keys()
