"""Tags written elsewhere: the app polls the store and shows another window's tags.

Another annotator's `newsdiff tag`, or a second window, writes the tag files this app
shows. A key press re-reads a changed file anyway (under the lock, before it writes);
this poll shows such tags between key presses, so the marks, progress and d / D are
current while the annotator reads. The poll's timer is set in ``NewsdiffApp.on_mount``.

A tag file damaged meanwhile (cut short, garbage) is said by the poll too, once, in a
notice naming the file: before, only the next key found it, refused. Tagging that
article stays refused until the file is mended (nothing here writes it), and the poll
says when it reads again.
"""

from __future__ import annotations

from textual import on
from textual.message import Message

from newsdiff.store import StoreError

from .app_base import AppBase, background
from .edits import places
from .layout import Side
from .listing import removed
from .records import Snapshot, Stamp
from .session import TagSession
from .widgets.diff_view import DiffView
from .widgets.header import PairHeader


class PollingMixin(AppBase):
    """Reads tag files changed on disk off the event loop, and shows what changed."""

    class StoreRead(Message):
        """Tag files changed on disk were read again (posted from a worker thread)."""

        def __init__(
            self,
            session: TagSession,
            seen: dict[str, Stamp],
            snapshots: list[Snapshot],
            damaged: dict[str, tuple[Stamp, str]],
        ) -> None:
            super().__init__()
            self.session = session
            self.seen = seen
            self.snapshots = snapshots
            self.damaged = damaged
            """The articles whose file could not be read: its stamp then, and why."""

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
        damaged: dict[str, tuple[Stamp, str]] = {}
        try:
            # One article at a time: a damaged file must not hide the other's changes.
            for art_id in seen:
                try:
                    snapshots += session.read([art_id])
                except (StoreError, OSError) as err:
                    damaged[art_id] = (_stamp_or_none(session, art_id), str(err))
        finally:
            # Always answered, so that the poll goes on (it waits for this answer).
            self.post_message(self.StoreRead(session, seen, snapshots, damaged))

    @on(StoreRead)
    def _store_read(self, message: StoreRead) -> None:
        self._store_reading = False
        session = self.session
        # An answer that lands while the app closes (``is_running`` is False from the
        # start of its shutdown) finds the widgets going: PairHeader was gone before
        # DiffView, and the query for it crashed the quit (seen under load in
        # test_review21a_list: "NoMatches: No nodes match 'PairHeader'").
        if (
            message.session is not session
            or session is None
            or not self.is_running
            or not self.query(DiffView)
            or not self.query(PairHeader)
        ):
            return
        self._tell_damage(message)
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

    def _tell_damage(self, message: StoreRead) -> None:
        """Say a tag file turned damaged (once for one state of the file: the poll finds
        it changed every time), and say when it reads again."""
        told = self._damage_told
        for art_id, (stamp, error) in message.damaged.items():
            if art_id in told and told[art_id] == stamp:
                continue
            told[art_id] = stamp
            # A key it refused already shows this error, or will once its notice is
            # handled: one toast at a time (``_on_notify``), and this one would put
            # that key's out of sight.
            if not any(error in said for said in self.notices_in_sight()):
                self.notify(
                    f"{error}. Tags on this article are not saved until it is mended.",
                    title="Store file damaged",
                    severity="error",
                    timeout=10,
                )
        for snapshot in message.snapshots:
            art_id = snapshot.article_id
            if snapshot.stamp is None and message.seen.get(art_id) is not None:
                # Deleted, not mended (review r22c finding 4): say its tags are gone.
                told.pop(art_id, None)
                self.notify(removed(self.store, art_id), title="Tags removed", timeout=10)
            elif art_id in told:
                del told[art_id]
                self.notify(
                    f"{self.store.article_path(art_id)} reads again: tags are saved as usual.",
                    title="Store file mended",
                    timeout=6,
                )
        # The panes' progress would read as if the damaged file's tags were there.
        ids = (self.article_a.id, self.article_b.id)
        self.query_one(PairHeader).damaged = (ids[0] in told, ids[1] in told)


def _stamp_or_none(session: TagSession, art_id: str) -> Stamp:
    try:
        return session.store.article_stamp(art_id)
    except StoreError:
        return None
