"""The store's errors: each says in one line which path has what problem."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdiff.store.records import Tag


class StoreError(Exception):
    """The store cannot be used; ``str(err)`` is one line naming the path and problem."""


class UpgradeBlocked(StoreError):
    """An older store could not be upgraded on disk because its folder cannot be written."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class WriteError(StoreError):
    """Something in the store's folder could not be written (read-only, full, denied).

    ``reason`` is the system's word for it ("Permission denied"), to quote elsewhere.
    ``saved``: the files a failed commit of staged writes left with their new content
    (it could not put them back); empty when nothing was changed.
    """

    def __init__(
        self, path: Path, problem: str, reason: str | None, saved: Sequence[Path] = ()
    ) -> None:
        super().__init__(f"{path}: {problem}")
        self.reason = reason or "cannot write"
        self.saved = tuple(saved)


class Conflict(StoreError):
    """A conditional write (``put`` or ``remove`` with ``expect=``) found another record.

    Nothing was written. ``current`` is what the store holds now (None: no record), read
    under the lock, so the caller can show it instead of what it remembered.
    """

    def __init__(self, message: str, current: Tag | None) -> None:
        super().__init__(message)
        self.current = current


def damaged(path: Path, problem: str) -> StoreError:
    """The error for a file that is not what the store writes; it is never overwritten."""
    return StoreError(f"{path}: {problem}; the file was left as it is")
