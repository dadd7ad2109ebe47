"""A label key is shown first and saved right after (issue 16): the tag is on disk once
the screen shows it, quitting saves a change still staged, and a disk that refuses the
write takes the change back off the screen and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.labels import Label
from newsdiff.store import Store
from newsdiff.store import pending as pending_mod
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready, until

SIZE = (120, 36)


def make(store: Path) -> NewsdiffApp:
    return create_app(str(SEED_A), str(SEED_B), store=store, annotator="ana", advance=False)


def on_disk(store: Path, app: NewsdiffApp) -> list[tuple[int, str]]:
    """A's records as another process would read them: (sentence, label)."""
    assert app.session is not None
    with Store(store) as other:
        return [(t.sentence, t.label) for t in other.tags(app.session.ids["a"], "ana")]


async def test_a_label_key_is_on_disk_once_the_screen_shows_it(tmp_path: Path) -> None:
    """After f the screen shows the label and, the screen updated, the tag is on disk
    with nothing left staged (the write follows the screen update, never a later key)."""
    store = tmp_path / "s.json"
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await until(pilot, lambda: not app.store.pending, "the staged write was saved")
        assert app.query_one(StatusLine).message.startswith("saved: A#1: untagged → fact")
        assert on_disk(store, app) == [(0, "fact")]
        await pilot.press("x")
        await until(pilot, lambda: not app.store.pending, "the removal was saved")
        assert on_disk(store, app) == []


async def test_quitting_saves_a_change_still_staged(tmp_path: Path) -> None:
    """A change staged and not yet saved when q comes (the frame had not ended) is saved
    on the way out, as is one left when the app is closed another way."""
    store = tmp_path / "s.json"
    cases: list[tuple[int, Label, str]] = [(0, "fact", "q"), (1, "opinion", "")]
    for sentence, label, key in cases:
        app = make(store)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            assert app.session is not None
            with app.store.deferring():
                app.session.set("a", sentence, label)
            assert app.store.pending
            if key:
                await pilot.press(key)
            else:
                app.exit()
    assert on_disk(store, app) == [(0, "fact"), (1, "opinion")]


async def test_a_refused_save_takes_the_change_back_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the disk refuses the write after the screen showed the label, the label is
    taken off again (the session reads the store back), undo does not offer it, the
    store keeps its old file, and the error is shown; the next key saves as usual."""
    store = tmp_path / "s.json"
    app = make(store)

    def refuse(name: str) -> None:
        raise OSError(28, "No space left on device", name)

    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        session = app.session
        assert session is not None
        monkeypatch.setattr(pending_mod, "fsync_path", refuse)
        await pilot.press("f")
        status = app.query_one(StatusLine)
        await until(pilot, lambda: status.message.startswith("not saved"), "the refusal shown")
        assert session.label("a", 0) is None and not session.can_undo
        assert any("No space left on device" in str(n.message) for n in app._notifications)
        assert on_disk(store, app) == []
        monkeypatch.undo()
        assert (view.side, view.sentence) == ("a", 0)
        await pilot.press("o")
        await until(pilot, lambda: not app.store.pending, "the next key was saved")
        assert on_disk(store, app) == [(0, "opinion")]
