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

One key's files are committed together or not at all (a tag and the label it carries
to the counterpart can live in two files; a new article's first tag writes the index
too). Every new content is ``fsync``ed before any file is replaced, so the likeliest
failure (an I/O error, or a full disk found at ``fsync``) replaces nothing. Each file's
previous version is kept under a hard link until the commit is done, so a rename (or a
folder ``fsync``) failing after others succeeded puts the files already replaced back.
Only if putting back fails too (a disk that now refuses every change) do some files
keep their new content: ``PartlySaved`` names them, and the app reads the store back.
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

    def discard(self) -> None:
        """Forget every staged file: its temporary file goes, its old version stays."""
        files, self.files = self.files, {}
        for staged in files.values():
            if staged.tmp is not None:
                unlink_quietly(staged.tmp)

    def commit(self) -> None:
        """Make every staged file durable, all or none: ``fsync`` each new content, then
        rename each in order, each folder ``fsync``ed before a file of another folder is
        renamed, and at the end (so a file is never on disk before one staged ahead of
        it). On error nothing is left replaced (the files already renamed are put back)
        and the error is raised; ``PartlySaved`` if some could not be put back."""
        files, self.files = self.files, {}
        kept: dict[Path, str | None] = {}
        done: list[Path] = []
        try:
            for staged in files.values():
                if staged.tmp is not None:
                    fsync_path(staged.tmp)  # nothing renamed yet: a failure changes nothing
            try:
                _replace_all(files, kept, done)
            except OSError as err:
                _put_back(kept, done, err)
                raise
        except OSError as err:
            # Name the store's file, not its temporary one, to the user.
            names = {staged.tmp: str(path) for path, staged in files.items() if staged.tmp}
            err.filename = names.get(err.filename, err.filename)
            raise
        finally:
            for path, staged in files.items():
                if path not in done and staged.tmp is not None:
                    unlink_quietly(staged.tmp)
            for link in kept.values():
                if link:
                    unlink_quietly(link)


class PartlySaved(OSError):
    """A commit failed and some files it had replaced could not be put back: they keep
    their new content (``saved``); the others kept their old one."""

    def __init__(self, err: OSError, saved: list[Path]) -> None:
        super().__init__(err.errno, err.strerror, err.filename)
        self.saved = saved


#: ``kept``'s mark for a file whose previous version could not be kept (no hard links).
NOT_KEPT = ""


def _keep_old(path: Path) -> str | None:
    """Keep ``path``'s current version under a hard link beside it (a temporary name
    the next open sweeps); None: it has none; ``NOT_KEPT``: the file system refused."""
    link = str(path.with_name(f".{path.name}.old.tmp"))
    unlink_quietly(link)  # one left by a killed writer (we hold the lock)
    try:
        os.link(path, link)
    except FileNotFoundError:
        return None
    except OSError:
        return NOT_KEPT  # no hard links here: this file cannot be put back
    return link


def _replace_all(files: dict[Path, Staged], kept: dict[Path, str | None], done: list[Path]) -> None:
    """Rename (or remove) every staged file in order, its old version kept first."""
    folder: Path | None = None
    for path, staged in files.items():
        if folder is not None and path.parent != folder:
            fsync_path(folder)
        folder = path.parent
        kept[path] = _keep_old(path)
        if staged.tmp is None:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        else:
            os.replace(staged.tmp, path)
        done.append(path)
    if folder is not None:
        fsync_path(folder)


def _put_back(kept: dict[Path, str | None], done: list[Path], err: OSError) -> None:
    """Undo the renames of a failed commit, last first; PartlySaved if one cannot be.

    It stops at the first file it cannot put back, so the files left new are the first
    ones of the order, as a crash would have left them (the index before a new
    article's file)."""
    left = list(done)
    try:
        while left:
            path, old = left[-1], kept[left[-1]]
            if old == NOT_KEPT:
                break
            if old is None:
                path.unlink(missing_ok=True)
            else:
                os.replace(old, path)
            left.pop()
        for folder in dict.fromkeys(p.parent for p in done):
            fsync_path(folder)
    except OSError:
        pass
    if left:
        raise PartlySaved(err, left) from err
