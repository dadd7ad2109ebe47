"""Durable file writes: a temporary file beside the target with the usual permissions,
``fsync``, rename over the target, ``fsync`` of the folder. A crash at any point leaves
the old file or the new one, never a mix or an empty one. What the store and the
suggestion model's file share."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def new_file_mode() -> int:
    """The usual 0666 less the umask (mkstemp creates 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_temp(path: Path, data: str | bytes, sync: bool) -> str:
    """Write ``data`` to a new temporary file beside ``path`` with ``path``'s permissions
    (a new file's: ``new_file_mode``), ``fsync``ed with ``sync``; return its name.
    Nothing is left behind on error."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            if sync:
                os.fsync(fh.fileno())
    except BaseException:
        unlink_quietly(tmp)
        raise
    return tmp


def fsync_path(path: str | Path) -> None:
    """``fsync`` a file or a folder by name."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write via a temporary file in the same folder, fsync, rename, fsync the folder.

    After a crash at any point the file holds either its old or its new content.
    """
    tmp = write_temp(path, data, sync=True)
    try:
        os.replace(tmp, path)
    except BaseException:
        unlink_quietly(tmp)
        raise
    fsync_path(path.parent)


def unlink_quietly(name: str) -> None:
    """Remove a file that may already be gone (a temporary file on the way out)."""
    try:
        os.unlink(name)
    except FileNotFoundError:
        pass
