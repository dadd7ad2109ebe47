"""The pair list watches its articles' tag files, as an open pair does (``polling``).

Tags written elsewhere (another window, ``newsdiff tag``) and a tag file damaged or
mended while the list is shown change its progress cells and header within
``app.STORE_CHECK_SECONDS``, without a key: before, the list kept what it read when it was
shown, and a file mended meanwhile stayed "damaged" until a pair was opened and closed
(review r21a finding 8). One stat per article on each poll, off the event loop; only a
changed file is read, and none is ever written here.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import App
from textual.message import Message

from newsdiff.store import Store

from . import app as pair_app
from .app_base import background
from .listing import Listed, removed, tag_stamps, tagged_counts
from .screens.picker import PickerScreen


class ListWatchMixin(App[None]):
    """Re-counts the listed articles whose tag file changed on disk."""

    store: Store
    annotator: str
    picker: PickerScreen
    _watching = False
    _tags_reading = False
    """A poll's read is on its way (the next poll waits for it)."""
    _watched: Sequence[Listed] = ()
    """The listing shown, whose articles' files are watched."""
    _stamps: dict[str, object]
    """Each watched file as last read (``tag_stamps``)."""

    class TagsRead(Message):
        """Tag files changed on disk were read again (posted from a worker thread)."""

        def __init__(
            self,
            listing: Sequence[Listed],
            stamps: dict[str, object],
            counts: dict[str, int],
            damaged: dict[str, str],
        ) -> None:
            super().__init__()
            self.listing = listing
            self.stamps = stamps
            """The changed articles' files as they were before they were read."""
            self.counts = counts
            self.damaged = damaged

    def watch_tags(self, listing: Sequence[Listed], stamps: dict[str, object]) -> None:
        """Start (or go on) watching ``listing``'s tag files, seen as ``stamps`` when the
        list counted them."""
        self._watched = listing
        self._stamps = stamps
        if not self._watching:
            self._watching = True
            # As often as an open pair looks at its two files.
            self.set_interval(pair_app.STORE_CHECK_SECONDS, self._check_tags)

    def _check_tags(self) -> None:
        if self._tags_reading:
            return
        self._tags_reading = True
        background(self._read_tags, self._watched, dict(self._stamps))

    def _read_tags(self, listing: Sequence[Listed], seen: dict[str, object]) -> None:
        stamps: dict[str, object] = {}
        counts: dict[str, int] = {}
        damaged: dict[str, str] = {}
        try:
            now = tag_stamps(self.store, listing)
            stamps = {i: s for i, s in now.items() if seen.get(i, ()) != s}
            if stamps:
                counts = tagged_counts(self.store, self.annotator, listing, damaged, stamps)
        finally:
            # Always answered, so that the poll goes on (it waits for this answer).
            self.post_message(self.TagsRead(listing, stamps, counts, damaged))

    @on(TagsRead)
    def _tags_read(self, message: TagsRead) -> None:
        self._tags_reading = False
        picker = self.picker
        if message.listing is not self._watched or not message.stamps:
            return
        before = dict(self._stamps)
        self._stamps.update(message.stamps)
        counts, damaged = dict(picker.counts), dict(picker.damaged)
        for art_id, stamp in message.stamps.items():
            error = message.damaged.get(art_id)
            if error is not None:
                if damaged.get(art_id) != error:
                    self.notify(error, title="Store file damaged", severity="error", timeout=10)
                damaged[art_id] = error
                counts.pop(art_id, None)
                continue
            if stamp is None and before.get(art_id) is not None:
                # Deleted: neither damaged nor mended (review r22c finding 4). Its tags
                # are gone, so it counts as untagged, and the annotator is told once.
                damaged.pop(art_id, None)
                self.notify(removed(self.store, art_id), title="Tags removed", timeout=10)
            elif art_id in damaged:
                del damaged[art_id]
                self.notify(
                    f"{self.store.article_path(art_id)} reads again: its pairs are counted "
                    "and open.",
                    title="Store file mended",
                    timeout=6,
                )
            if art_id in message.counts:
                counts[art_id] = message.counts[art_id]
        picker.show_listing(message.listing, counts, picker.row, damaged)
