"""A key whose staged writes the store fails to save, without the app: the session
reads the store back and undo matches what is on disk, a carried label included."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.store import Store, StoreError
from newsdiff.tui.edits import Change
from newsdiff.tui.session import TagSession

from .conftest import failing_on

TEXT_A = "The bridge closes on Monday. Repairs take three weeks. Shops fear losses."
TEXT_B = "Repairs take about four weeks. The bridge closes on Monday."


def _session(path: Path) -> tuple[TagSession, Store]:
    """A session on a pair whose rows carry labels: A#1 with B#2, A#2 with B#1."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    cmp = compare(a, b)
    store = Store(path)
    sents = (cmp.a_sentences, cmp.b_sentences)
    return TagSession(store, "ana", (a, b), sents, cmp.rows), store


def _on_disk(path: Path, session: TagSession) -> dict[str, list[tuple[int, str, str]]]:
    """Each side's records as another process reads them: (sentence, label, source)."""
    with Store(path) as other:
        return {
            side: [(t.sentence, t.label, t.source) for t in other.tags(art_id, "ana")]
            for side, art_id in session.ids.items()
        }


def _fail_flush(
    session: TagSession,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    work: Callable[[TagSession], Change | None],
    calls: set[int],
) -> tuple[Change | None, tuple[Any, ...]]:
    """Run ``work`` staged, have the flush's renames fail on ``calls``, and hand the
    change back to the session as the app does; returns it and what was saved."""
    with store.deferring():
        change = work(session)
    assert store.pending
    with monkeypatch.context() as m:
        m.setattr(os, "replace", failing_on(calls, os.replace))
        with pytest.raises(StoreError):
            store.flush()
    return change, session.unsaved(change)


def test_a_carried_label_failing_to_save_takes_the_whole_key_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """f on A#1 writes A's file and B's (the carried label); B's rename fails: A's is put
    back, so neither is on disk, the session shows neither and undo has nothing."""
    path = tmp_path / "s.json"
    s, store = _session(path)
    s.set("a", 1, "fact")  # A's file and B's exist before the key
    _change, saved = _fail_flush(s, store, monkeypatch, lambda s: s.set("a", 0, "opinion"), {2})
    assert saved == ()
    assert (s.label("a", 0), s.label("b", 1)) == (None, None)
    assert _on_disk(path, s) == {"a": [(1, "fact", "human")], "b": [(0, "fact", "propagated")]}
    s.undo()  # the undo left is the first key's
    assert _on_disk(path, s) == {"a": [], "b": []}
    assert not s.can_undo


def test_a_part_that_stays_saved_stays_in_undo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the store cannot put A's file back either, A's tag stays on disk without
    B's carried label: the session shows exactly that, and one undo takes A's tag back,
    touching nothing else."""
    path = tmp_path / "s.json"
    s, store = _session(path)
    s.set("a", 1, "fact")
    _change, saved = _fail_flush(s, store, monkeypatch, lambda s: s.set("a", 0, "opinion"), {2, 3})
    assert [(e.side, e.sentence) for e in saved] == [("a", 0)]
    assert (s.label("a", 0), s.label("b", 1)) == ("opinion", None)
    on_disk = _on_disk(path, s)
    assert on_disk["a"] == [(0, "opinion", "human"), (1, "fact", "human")]
    assert on_disk["b"] == [(0, "fact", "propagated")]
    assert s.undo() is not None
    assert _on_disk(path, s) == {"a": [(1, "fact", "human")], "b": [(0, "fact", "propagated")]}
    s.undo()
    assert _on_disk(path, s) == {"a": [], "b": []}


def test_an_undo_failing_to_save_stays_undoable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An undo (of a label and its carried copy) whose flush fails is taken back: the
    label is shown again, the change can still be undone, and redo has nothing."""
    path = tmp_path / "s.json"
    s, store = _session(path)
    s.set("a", 0, "opinion")
    _change, saved = _fail_flush(s, store, monkeypatch, lambda s: s.undo(), {2})
    assert saved == ()
    assert (s.label("a", 0), s.label("b", 1)) == ("opinion", "opinion")
    assert s.can_undo and not s.can_redo
    s.undo()
    assert _on_disk(path, s) == {"a": [], "b": []}
    s.redo()
    assert _on_disk(path, s)["b"] == [(1, "opinion", "propagated")]


def test_a_redo_failing_to_save_can_be_redone_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A redo whose flush fails is taken back: the label stays off, and the change is
    back among those undone, so the next redo applies it."""
    path = tmp_path / "s.json"
    s, store = _session(path)
    s.set("a", 0, "opinion")
    s.undo()
    _change, saved = _fail_flush(s, store, monkeypatch, lambda s: s.redo(), {2})
    assert saved == ()
    assert (s.label("a", 0), s.label("b", 1)) == (None, None)
    assert s.can_redo and not s.can_undo
    s.redo()
    assert _on_disk(path, s) == {
        "a": [(0, "opinion", "human")],
        "b": [(1, "opinion", "propagated")],
    }
