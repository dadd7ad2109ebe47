"""A key whose writes fail to be saved, with real key presses: the key is taken back
whole (a label and the label it carried to the counterpart, in two files), whatever
write makes it durable (the key's own save, or the preferences'), and a part the store
cannot put back is shown and stays undoable."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store, tag_for
from newsdiff.store import pending as pending_mod
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.widgets.header import StatusLine

from .conftest import failing_on
from .test_tui_review import BRIDGE_A, BRIDGE_B, CLOSURE_A, CLOSURE_B
from .tui_helpers import ready, until

SIZE = (120, 36)


def make(store: Path) -> NewsdiffApp:
    """The bridge pair, whose A#2 carries its label to B#3; auto-advance off."""
    return create_app(str(BRIDGE_A), str(BRIDGE_B), store=store, annotator="ana", advance=False)


def tag_first_sentences(store: Path) -> None:
    """Both articles' first sentence tagged opinion: their tag files exist, so that a
    commit has old versions to put back (a new file is put back by removing it)."""
    with Store(store) as st:
        for path in (BRIDGE_A, BRIDGE_B):
            article = load(str(path))
            st.put(tag_for(article, split_sentences(article.text)[0], "opinion", "ana"))


def failing_for(target: Path, then_every: bool = False) -> Callable[..., Any]:
    """``os.replace``, raising an I/O error when it would replace ``target`` (and, with
    ``then_every``, on every call after that: a disk that now refuses everything)."""
    real, failed = os.replace, False

    def fake(src: str, dst: str | Path) -> None:
        nonlocal failed
        if Path(dst) == target or (failed and then_every):
            failed = True
            raise OSError(5, "Input/output error", str(src), None, str(dst))
        real(src, dst)

    return fake


def b_file(app: NewsdiffApp) -> Path:
    """The tag file of B's article."""
    assert app.session is not None
    return app.store.article_path(app.session.ids["b"])


def both_sides(store: Path, app: NewsdiffApp) -> dict[str, list[tuple[int, str]]]:
    """Each side's records as another process reads them: (sentence, label)."""
    assert app.session is not None
    with Store(store) as other:
        return {
            side: [(t.sentence, t.label) for t in other.tags(art_id, "ana")]
            for side, art_id in app.session.ids.items()
        }


def shown(app: NewsdiffApp) -> dict[str, list[tuple[int, str]]]:
    """Each side's labels as the session (and so the screen) holds them."""
    session = app.session
    assert session is not None
    return {
        side: [
            (i, lab) for i in range(len(session.sentences[side])) if (lab := session.label(side, i))
        ]
        for side in ("a", "b")
    }


@pytest.mark.parametrize("existing", [False, True])
async def test_a_carried_label_that_fails_to_save_takes_the_key_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    """f on A#2 writes the store's files, A's and B's (the carried label); B's rename
    fails after the others: they are put back, the screen shows neither label, u has
    nothing to undo, and the notice says the change was not saved. With ``existing``
    the files were there before (put back from their old version), else new (removed)."""
    store = tmp_path / "s.json"
    before: dict[str, list[tuple[int, str]]] = {"a": [], "b": []}
    if existing:
        tag_first_sentences(store)
        before = {"a": [(0, "opinion")], "b": [(0, "opinion")]}
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        monkeypatch.setattr(os, "replace", failing_for(b_file(app)))
        await pilot.press("j", "f")
        status = app.query_one(StatusLine)
        await until(pilot, lambda: status.message.startswith("not saved"), "the refusal shown")
        monkeypatch.undo()
        assert both_sides(store, app) == shown(app) == before
        assert any(
            f"Not saved: {b_file(app)}: cannot write (Input/output error)" in str(n.message)
            for n in app._notifications
        )
        await pilot.press("u")
        assert status.message == "Nothing to undo."


async def test_a_part_the_store_cannot_put_back_is_shown_and_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the disk refuses the put-back too, A's tag stays on disk without B's carried
    label: the screen shows exactly that, the notice says only A#2 was saved, and u
    takes A#2 back."""
    store = tmp_path / "s.json"
    tag_first_sentences(store)
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        monkeypatch.setattr(os, "replace", failing_for(b_file(app), then_every=True))
        await pilot.press("j", "f")
        status = app.query_one(StatusLine)
        await until(pilot, lambda: status.message.startswith("not saved"), "the refusal shown")
        monkeypatch.undo()
        first = {"a": [(0, "opinion")], "b": [(0, "opinion")]}
        half = {"a": [(0, "opinion"), (CLOSURE_A, "fact")], "b": [(0, "opinion")]}
        assert both_sides(store, app) == shown(app) == half
        assert status.message.startswith("not saved in full: only A#2")
        assert any("Saved only in part: A#2 saved" in str(n.message) for n in app._notifications)
        await pilot.press("u")
        await until(pilot, lambda: not app.store.pending, "the undo was saved")
        assert both_sides(store, app) == shown(app) == first


async def test_an_undo_that_fails_to_save_leaves_the_label_and_undo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """u on a label and its carried copy, with the carried one's rename failing: the
    other is put back, both labels stay on screen and on disk, and the next u undoes."""
    store = tmp_path / "s.json"
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "f")
        await until(pilot, lambda: not app.store.pending, "the label was saved")
        labelled = {"a": [(CLOSURE_A, "fact")], "b": [(CLOSURE_B, "fact")]}
        assert both_sides(store, app) == labelled
        monkeypatch.setattr(os, "replace", failing_for(b_file(app)))
        await pilot.press("u")
        status = app.query_one(StatusLine)
        await until(pilot, lambda: status.message.startswith("not saved"), "the refusal shown")
        monkeypatch.undo()
        assert both_sides(store, app) == shown(app) == labelled
        await pilot.press("u")
        await until(pilot, lambda: not app.store.pending, "the undo was saved")
        assert both_sides(store, app) == shown(app) == {"a": [], "b": []}


async def test_a_preferences_write_that_fails_to_save_a_tag_takes_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """z (fold, a remembered preference) pressed before the save that follows f's
    screen update: the preferences' write would make the tag durable; the disk refuses,
    and the tag is taken off the screen and out of undo, and the error is shown, as
    when the tag's own save fails."""
    store = tmp_path / "s.json"
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        with monkeypatch.context() as m:
            # The save after the screen update has not run yet (keys typed ahead).
            m.setattr(view, "call_after_refresh", lambda *args: True)
            m.setattr(view, "set_timer", lambda *args, **kwargs: None)
            await pilot.press("j", "f")
        assert app.store.pending and shown(app) == {
            "a": [(CLOSURE_A, "fact")],
            "b": [(CLOSURE_B, "fact")],
        }
        monkeypatch.setattr(pending_mod, "fsync_path", failing_on({1}, pending_mod.fsync_path))
        await pilot.press("z")
        await pilot.pause()
        monkeypatch.undo()
        assert view.fold and not app.store.pending
        assert shown(app) == {"a": [], "b": []}
        assert app.session is not None and not app.session.can_undo
        assert any("Not saved" in str(n.message) for n in app._notifications)
        assert both_sides(store, app) == {"a": [], "b": []}


async def test_a_key_failing_midway_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """f whose carried label cannot even be staged (B's temporary file fails, a full
    disk) writes nothing: A's staged tag is dropped too, the screen shows no label and
    the error is shown."""
    store = tmp_path / "s.json"
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        session = app.session
        assert session is not None
        b_file = app.store.article_path(session.ids["b"])
        real = pending_mod.write_temp

        def refuse_b(path: Path, text: str, sync: bool) -> str:
            if path == b_file:
                raise OSError(28, "No space left on device", str(path))
            return real(path, text, sync)

        monkeypatch.setattr(pending_mod, "write_temp", refuse_b)
        await pilot.press("j", "f")
        await pilot.pause()
        monkeypatch.undo()
        assert any("Tag not saved" in str(n.message) for n in app._notifications)
        assert not app.store.pending and not session.can_undo
        assert shown(app) == {"a": [], "b": []}
        assert both_sides(store, app) == {"a": [], "b": []}
