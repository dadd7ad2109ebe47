"""Writes staged for one frame: the app shows a tag first and makes it durable right after.

A durable write waits for the disk (two ``fsync`` calls a file, 0.4 ms to over 10 ms
each on a shared disk), and a label key that also carries the label to the counterpart
writes two files. Waiting for that before the screen shows the key made ``f`` miss the
16 ms frame. So the app stages a key's writes (``Store.deferring``): each file's new
content goes at once to its temporary file in the store's folder (write errors such as
a read-only folder or a full disk come at once, as before), and the file is ``fsync``ed,
renamed over the old one and the folder ``fsync``ed by ``commit``, which the app runs
right after the screen has been redrawn, before it handles another store write, and
when it closes.

What is kept: every file is still replaced atomically, its content ``fsync``ed before
the rename (a crash leaves the old file or the new one, never a mix or an empty one);
the store's lock is held from the first staged write until ``commit`` returns, so no
other process reads a file to change it while a newer version waits here; reads in
this process see the staged content (``StagedWrites.data``), and a staged file's
stamp (size, mtime, inode) is its temporary file's, which the rename keeps. What
changes: a crash of the machine, or a kill of the process, within that frame loses
the staged change (the old files stay whole); the temporary files are swept the next
time the store opens.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.durable import fsync_path, unlink_quietly, write_temp
from newsdiff.store.schema import Tables


@dataclass
class Staged:
    """A file's staged new version: its temporary file and tables (both None: removed)."""

    tmp: str | None
    data: Tables | None


class StagedWrites:
    """The files written since staging began, in the order first written."""

    def __init__(self) -> None:
        self.files: dict[Path, Staged] = {}
        self.staging = False
        """Whether writes are staged now (inside ``Store.deferring``)."""

    def get(self, path: Path) -> Staged | None:
        """``path``'s staged version (None: not staged). One look-up: the poll thread
        reads while the loop's thread may commit (``commit`` swaps the whole dict)."""
        return self.files.get(path)

    def stat(self, path: Path) -> os.stat_result | None:
        """The stat of the file ``path`` is, or will be once committed (None: none)."""
        staged = self.get(path)
        try:
            if staged is not None and staged.data is None:
                return None
            if staged is not None and staged.tmp is not None:
                try:
                    return os.stat(staged.tmp)
                except FileNotFoundError:
                    pass  # committed meanwhile: the rename kept its stat
            return os.stat(path)
        except FileNotFoundError:
            return None

    def stage(self, path: Path, text: str, data: Tables | None) -> None:
        """Stage ``path``'s new content (``data`` None: its removal). A file staged
        twice keeps its place in the order and only its newest version."""
        tmp = write_temp(path, text, sync=False) if data is not None else None
        old = self.files.get(path)
        if old is not None and old.tmp is not None:
            unlink_quietly(old.tmp)
        self.files[path] = Staged(tmp, data)

    def commit(self) -> None:
        """Make every staged file durable, in order: ``fsync``, rename, and each folder
        ``fsync``ed before a file of another folder is renamed, and at the end (so a
        file is never on disk before one staged ahead of it). On error the files not
        yet renamed are dropped (their old versions stay) and the error is raised."""
        files, self.files = self.files, {}
        done: list[Path] = []
        try:
            folder: Path | None = None
            for path, staged in files.items():
                if folder is not None and path.parent != folder:
                    fsync_path(folder)
                folder = path.parent
                if staged.tmp is None:
                    try:
                        os.unlink(path)
                    except FileNotFoundError:
                        pass
                else:
                    fsync_path(staged.tmp)
                    os.replace(staged.tmp, path)
                done.append(path)
            if folder is not None:
                fsync_path(folder)
        finally:
            for path, staged in files.items():
                if path not in done and staged.tmp is not None:
                    unlink_quietly(staged.tmp)
