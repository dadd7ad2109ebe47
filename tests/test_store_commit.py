"""One key's staged writes are committed all or none (``store/pending.py``): a failure
between two files' renames puts back the files already replaced, a failure the store
cannot undo is reported file by file, and a commit made by another write (the app's
preferences) that fails is still reported by the next ``flush``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdiff.core.article import Article, from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store, StoreError, WriteError, tag_for
from newsdiff.store import pending as pending_mod

from .conftest import failing_on

TEXT_A = "The bridge closes on Monday. Repairs take three weeks. Shops fear losses."
TEXT_B = "Repairs take about four weeks. The bridge closes on Monday."


def _articles() -> tuple[Article, Article]:
    return from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")


def _snapshot(path: Path) -> dict[str, bytes]:
    """Every file of the store folder (tag files included) by name, with its bytes."""
    return {
        str(p.relative_to(path.parent)): p.read_bytes()
        for p in sorted(path.parent.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _stage_key(store: Store, a: Article, b: Article) -> None:
    """What one label key that carries its label stages: A's file (it exists), and B's
    first tag, so the index and B's new file too."""
    sa, sb = split_sentences(a.text), split_sentences(b.text)
    with store.deferring():
        store.put(tag_for(a, sa[0], "opinion", "ana"))
        store.put(tag_for(b, sb[1], "opinion", "ana", source="propagated"))


def _store_with_a_tag(path: Path) -> tuple[Store, Article, Article]:
    a, b = _articles()
    store = Store(path)
    store.put(tag_for(a, split_sentences(a.text)[0], "fact", "ana"))
    return store, a, b


@pytest.mark.parametrize("call", [1, 2, 3])
def test_a_rename_failing_after_others_leaves_every_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: int
) -> None:
    """Whichever of a key's three renames fails, the files already renamed are put
    back: the store, read again, holds exactly what it held before the key, with no
    temporary file left, and the next write goes through."""
    path = tmp_path / "s.json"
    store, a, b = _store_with_a_tag(path)
    before = _snapshot(path)
    _stage_key(store, a, b)
    monkeypatch.setattr(os, "replace", failing_on({call}, os.replace))
    with pytest.raises(StoreError, match="the last change was not saved"):
        store.flush()
    monkeypatch.undo()
    assert not store.pending
    assert _snapshot(path) == before
    with Store(path) as again:
        assert [(t.sentence, t.label) for t in again.tags(a.id)] == [(0, "fact")]
        assert again.tags(b.id) == []
    store.put(tag_for(b, split_sentences(b.text)[1], "estimate", "ana"))
    assert [t.label for t in Store(path).tags(b.id)] == ["estimate"]


@pytest.mark.parametrize("call", range(1, 9))
def test_an_fsync_failing_anywhere_in_the_commit_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: int
) -> None:
    """The new contents are fsynced before any rename, and a folder's fsync failing
    after renames puts them back too: a failed commit is never half a key."""
    path = tmp_path / "s.json"
    store, a, b = _store_with_a_tag(path)
    before = _snapshot(path)
    _stage_key(store, a, b)
    monkeypatch.setattr(pending_mod, "fsync_path", failing_on({call}, pending_mod.fsync_path))
    try:
        store.flush()
    except StoreError as err:
        assert "the last change was not saved" in str(err)
        assert _snapshot(path) == before
    else:  # fewer fsyncs than ``call``: the commit went through, whole
        with Store(path) as again:
            assert [t.label for t in again.tags(a.id)] == ["opinion"]
            assert [t.label for t in again.tags(b.id)] == ["opinion"]


def test_a_file_that_cannot_be_put_back_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When putting back fails too (the disk refuses every rename from the second on),
    the error says the change was saved only in part and names the files that keep
    their new content; the others keep their old one."""
    path = tmp_path / "s.json"
    store, a, b = _store_with_a_tag(path)
    _stage_key(store, a, b)
    monkeypatch.setattr(os, "replace", failing_on(set(range(3, 99)), os.replace))
    with pytest.raises(WriteError, match="saved only in part") as caught:
        store.flush()
    monkeypatch.undo()
    # A's file and the index (B is a new article) were renamed; B's new file was not.
    assert caught.value.saved == (store.article_path(a.id), store.index_path)
    with Store(path) as again:
        assert [t.label for t in again.tags(a.id)] == ["opinion"]
        assert again.tags(b.id) == []
    assert not [p for p in store.tags_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_commit_failing_inside_another_write_is_reported_by_the_next_flush(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write outside ``deferring`` (the app's preferences) commits what was staged
    first; when that fails, the write fails and the next ``flush`` reports it once, so
    the app takes the tag off the screen whoever made the commit."""
    path = tmp_path / "s.json"
    store, a, b = _store_with_a_tag(path)
    _stage_key(store, a, b)
    monkeypatch.setattr(pending_mod, "fsync_path", failing_on({1}, pending_mod.fsync_path))
    with pytest.raises(StoreError, match="not saved"):
        store.set_state("preferences:ana", {"fold": True})
    monkeypatch.undo()
    assert not store.pending
    with pytest.raises(StoreError, match="the last change was not saved"):
        store.flush()
    store.flush()  # reported once
    assert [t.label for t in Store(path).tags(a.id)] == ["fact"]


def test_discard_drops_what_was_staged(tmp_path: Path) -> None:
    """``discard`` (a key failing midway) leaves every file as it was, no temporary
    file behind, and the lock free for the next writer."""
    path = tmp_path / "s.json"
    store, a, b = _store_with_a_tag(path)
    before = _snapshot(path)
    _stage_key(store, a, b)
    store.discard()
    assert not store.pending
    assert _snapshot(path) == before
    with Store(path)._files.write_lock(timeout=0.05):
        pass


def test_an_old_version_left_by_a_killed_flush_is_swept_at_the_next_open(
    tmp_path: Path,
) -> None:
    """A flush killed between keeping a file's old version and removing it leaves a
    hard link beside the file (``.NAME.old.tmp``); the next open sweeps it, and the
    file itself is untouched."""
    path = tmp_path / "s.json"
    store, a, _b = _store_with_a_tag(path)
    article = store.article_path(a.id)
    left = [
        article.with_name(f".{article.name}.old.tmp"),
        path.with_name(f".{path.name}.old.tmp"),
        store.index_path.with_name(f".{store.index_path.name}.old.tmp"),
    ]
    for link, target in zip(left, (article, path, store.index_path), strict=True):
        os.link(target, link)
    before = article.read_bytes()
    Store(path)
    assert [p for p in left if p.exists()] == []
    assert article.read_bytes() == before
