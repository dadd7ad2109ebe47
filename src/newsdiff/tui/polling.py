"""Tags written elsewhere: the app polls the store and shows another window's tags.

Another annotator's `newsdiff tag`, or a second window, writes the tag files this app
shows. A key press re-reads a changed file anyway (under the lock, before it writes);
this poll shows such tags between key presses, so the marks, progress and d / D are
current while the annotator reads. The poll's timer is set in ``NewsdiffApp.on_mount``.
"""

from __future__ import annotations

from textual import on
from textual.message import Message

from newsdiff.store import StoreError

from .app_base import AppBase, background
from .edits import places
from .layout import Side
from .records import Snapshot, Stamp
from .session import TagSession
from .widgets.diff_view import DiffView


class PollingMixin(AppBase):
    """Reads tag files changed on disk off the event loop, and shows what changed."""

    class StoreRead(Message):
        """Tag files changed on disk were read again (posted from a worker thread)."""

        def __init__(
            self, session: TagSession, seen: dict[str, Stamp], snapshots: list[Snapshot]
        ) -> None:
            super().__init__()
            self.session = session
            self.seen = seen
            self.snapshots = snapshots

    def _check_store(self) -> None:
        """Every few seconds: a stat per article; a changed file is read in a thread."""
        session = self.session
        if session is None or self._store_reading:
            return
        try:
            seen = session.changed()
        except StoreError:
            return  # the next key press reports it
        if seen:
            self._store_reading = True
            background(self._read_store, session, seen)

    def _read_store(self, session: TagSession, seen: dict[str, Stamp]) -> None:
        snapshots: list[Snapshot] = []
        try:
            snapshots = session.read(list(seen))
        except (StoreError, OSError):
            pass  # a damaged file: the next key press says so, in full
        finally:
            # Always answered, so that the poll goes on (it waits for this answer).
            self.post_message(self.StoreRead(session, seen, snapshots))

    @on(StoreRead)
    def _store_read(self, message: StoreRead) -> None:
        self._store_reading = False
        session = self.session
        if message.session is not session or session is None or not self.query(DiffView):
            return
        taken = False
        where: list[tuple[Side, int]] = []
        for snapshot in message.snapshots:
            changed = session.take(snapshot, message.seen[snapshot.article_id])
            if changed is not None:
                taken = True
                where += changed
        if not taken:
            return
        self.view.refresh()  # rows whose marks did not change come from the row cache
        self._update_progress()
        self._update_status()
        if where:
            self._say(
                f"{places(list(dict.fromkeys(where)), one=session.one)} changed outside this window,"
                " reloaded"
            )
