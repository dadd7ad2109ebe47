"""Staged writes (``Store.deferring``, ``store/pending.py``): what the app relies on to
show a key before its fsyncs, without losing or half-writing a tag."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store, StoreError, Tag, tag_for
from newsdiff.store import pending as pending_mod

TEXT = "The bridge opened in 1932. Critics called it ugly. It carries 8 lanes."


def _tags(sentences: tuple[int, ...], label: str = "fact") -> list[Tag]:
    art = from_text(TEXT, "a.txt")
    sents = split_sentences(art.text)
    return [tag_for(art, sents[i], label, "ana") for i in sentences]


def test_a_staged_write_is_read_back_at_once_and_on_disk_after_flush(tmp_path: Path) -> None:
    """Inside ``deferring`` the file on disk keeps its old content while this Store reads
    the new one; ``flush`` puts the new one on disk, and the stamp taken before the flush
    is the file's after it (the app's change detection sees no foreign write)."""
    path = tmp_path / "s.json"
    first, second = _tags((0, 1))
    store = Store(path)
    store.put(first)
    on_disk = store.article_path(first.article_id).read_bytes()
    with store.deferring():
        store.put(second)
    assert store.pending
    assert store.article_path(first.article_id).read_bytes() == on_disk
    assert [t.sentence for t in store.tags(first.article_id)] == [0, 1]
    stamp = store.article_stamp(first.article_id)
    store.flush()
    assert not store.pending
    assert store.article_stamp(first.article_id) == stamp
    assert [t.sentence for t in Store(path).tags(first.article_id)] == [0, 1]
    leftovers = [p.name for p in store.tags_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_the_lock_is_held_from_staging_until_flush(tmp_path: Path) -> None:
    """Another writer cannot change a file while a newer version of it waits: it waits
    for the lock (here: gives up after its timeout) until the flush releases it."""
    path = tmp_path / "s.json"
    (tag,) = _tags((0,))
    store = Store(path)
    with store.deferring():
        store.put(tag)
    other = Store(path)
    with pytest.raises(StoreError, match="held the store's lock"):
        with other._files.write_lock(timeout=0.05):
            pass
    store.flush()
    with other._files.write_lock(timeout=0.05):
        pass
    assert other.get(tag.article_id, 0, "ana") is not None


def test_a_write_outside_deferring_and_close_flush_what_was_staged(tmp_path: Path) -> None:
    """The next write outside ``deferring`` makes the staged ones durable first (writes
    keep their order), and ``close`` does too, so nothing staged is left behind."""
    path = tmp_path / "s.json"
    first, second = _tags((0, 1))
    store = Store(path)
    with store.deferring():
        store.put(first)
    store.set_state("pair", {"side": "a"})
    assert not store.pending
    assert Store(path).get(first.article_id, 0, "ana") is not None
    with store.deferring():
        store.put(second)
    store.close()
    assert Store(path).get(second.article_id, 1, "ana") is not None


def test_a_file_staged_twice_is_written_once_with_its_newest_content(tmp_path: Path) -> None:
    """Two writes of one file in one key (a label carried to two sentences of a row)
    leave one temporary file, and the flush writes the newest content."""
    path = tmp_path / "s.json"
    first, second = _tags((0, 2))
    store = Store(path)
    store.put(first)
    with store.deferring():
        store.remove(first.article_id, 0, "ana")
        store.put(second)
        temps = [p for p in store.tags_dir.iterdir() if p.name.endswith(".tmp")]
        assert len(temps) == 1
    store.flush()
    assert [t.sentence for t in Store(path).tags(first.article_id)] == [2]


def test_a_refused_flush_keeps_the_old_files_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the disk refuses the flush (here the fsync fails), the error says the change
    was not saved, the file keeps its old content, no temporary file is left, and the
    lock is released for the next write."""
    path = tmp_path / "s.json"
    first, second = _tags((0, 1))
    store = Store(path)
    store.put(first)
    with store.deferring():
        store.put(second)

    def refuse(name: str) -> None:
        raise OSError(5, "Input/output error", name)

    monkeypatch.setattr(pending_mod, "fsync_path", refuse)
    with pytest.raises(StoreError, match="the last change was not saved"):
        store.flush()
    monkeypatch.undo()
    assert not store.pending
    assert [t.sentence for t in Store(path).tags(first.article_id)] == [0]
    assert not [p for p in store.tags_dir.iterdir() if p.name.endswith(".tmp")]
    store.put(second)
    assert [t.sentence for t in Store(path).tags(first.article_id)] == [0, 1]


def test_a_staged_file_keeps_the_files_permissions(tmp_path: Path) -> None:
    """A staged file gets the old file's permissions, as a direct write does."""
    path = tmp_path / "s.json"
    first, second = _tags((0, 1))
    store = Store(path)
    store.put(first)
    target = store.article_path(first.article_id)
    os.chmod(target, 0o640)
    with store.deferring():
        store.put(second)
    store.flush()
    assert oct(os.stat(target).st_mode & 0o777) == oct(0o640)
