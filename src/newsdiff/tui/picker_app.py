"""``newsdiff PATH...`` with a folder, a corpus or several files: pick a pair, tag it,
come back to the list.

Two apps take turns in one process (``launch_corpus``): ``PickerApp`` lists the pairs
and ends with the one chosen; ``ListedPairApp``, the pair app plus Escape, opens it and
ends on Escape (back to the list) or on q (quit). The listing and the highlighted row
live in a ``Picking`` that outlives both, so the list comes back at the same place with
its progress counted again, and without a new scan.

The scan runs in a child process (``scan_child``: quitting ends it at once, and the list
always ends it as it closes); its progress shows once it has taken
``SHOW_PROGRESS_AFTER`` seconds, and keys work throughout.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.message import Message

from newsdiff.core.article import InputError
from newsdiff.corpus import MIN_REUSE
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, StoreError

from .app import NewsdiffApp, _check_writable, open_pair
from .app_base import EXIT_OK, EXIT_TROUBLE
from .handover import Handover, fresh, handing_driver
from .list_watch import ListWatchMixin
from .listing import (
    Listed,
    read_cache,
    scan_key,
    store_problem,
    tag_stamps,
    tagged_counts,
    write_cache,
)
from .preferences import session_preferences
from .scan_child import ScanChild, Work, scan_work
from .screens.picker import PickerScreen
from .terminal import terminal_problem
from .widgets.detail_panel import DetailPanel

#: A scan shorter than this shows no progress bar (it would only flash).
SHOW_PROGRESS_AFTER = 0.5
#: What the scan's child process runs (tests give it a scan that never ends).
SCAN_WORK: Work = scan_work


@dataclass
class Picking:
    """What the list keeps between its turns: the corpus, its pairs, the highlighted row."""

    paths: list[str]
    key: str
    min_reuse: float = MIN_REUSE
    listing: list[Listed] | None = None
    row: int = 0
    notes: list[str] = field(default_factory=list)
    """Messages for the next turn of the list (a pair that would not open)."""
    typed: list[events.Key] = field(default_factory=list)
    """Keys typed while the last app handed over (``handover``), for the next to play."""


class PickerApp(ListWatchMixin):
    """The list of a corpus's pairs (``PickerScreen``); ends with ``chosen`` set, or None.
    It watches the listed articles' tag files while it is shown (``ListWatchMixin``)."""

    TITLE = "newsdiff"
    BINDINGS: ClassVar[list[BindingType]] = []

    class Scanned(Message):
        def __init__(self, listing: list[Listed]) -> None:
            super().__init__()
            self.listing = listing

    class Scanning(Message):
        def __init__(self, stage: str, done: int, total: int) -> None:
            super().__init__()
            self.stage, self.done, self.total = stage, done, total

    class ScanFailed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    class KeysReleased(Message):
        """The list is shown: play the keys that waited for it."""

    def __init__(self, picking: Picking, store: Store, annotator: str) -> None:
        super().__init__()
        self.picking = picking
        self.store = store
        self.annotator = annotator
        self.chosen: int | None = None
        self.error: str | None = None
        self._started = time.monotonic()
        self.picker = PickerScreen(" ".join(picking.paths))
        self.handover = Handover()
        """The keys typed after Enter opened a pair: the pair's (``HandingDriver``)."""
        self.waiting: list[events.Key] | None = picking.typed or None
        """Keys that wait for the list to be shown (typed while the last pair handed
        over), then for a ``Chosen`` to be answered; None: keys act as they come."""
        picking.typed = []
        self.scanning: ScanChild | None = None
        """The scan, while one runs (none when the listing was cached or kept)."""

    def get_driver_class(self) -> type[Driver]:
        return handing_driver(super().get_driver_class())

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            if self.handover.active:
                self.handover.queued.append(event)
                return
            if self.waiting is None and self.picker.opening:
                self.waiting = []
            if self.waiting is not None:
                self.waiting.append(event)
                return
        await super().on_event(event)

    def _release_keys(self) -> None:
        if self.waiting is not None:
            self.post_message(self.KeysReleased())

    @on(KeysReleased)
    async def _play_keys(self, _message: KeysReleased) -> None:
        """Play the keys that waited, in order, as keys just read (a key that has been
        to the table comes back from it: new events keep them all in one order). One
        that opens a pair makes those behind it wait for its answer again."""
        keys, self.waiting = self.waiting or [], None
        for key in keys:
            await super().on_event(fresh(key))

    async def on_mount(self) -> None:
        await self.push_screen(self.picker)
        for note in self.picking.notes:
            self.notify(note, severity="warning", timeout=8)
        self.picking.notes.clear()
        self.start_scan()
        if self.scanning is not None:
            self.scanning.listen()
        elif self.picking.listing is not None:
            self._show(self.picking.listing)

    def start_scan(self) -> None:
        """Read the cached listing, or start the scan when there is none. Called before
        the app runs (``launch_corpus``), while no other thread runs, the scan's child is
        forked: a spawned one took 1.1-1.5 s more to list r24a's 44 files on a busy
        machine. Once the app runs it is spawned."""
        picking = self.picking
        if self.scanning is not None or picking.listing is not None:
            return
        picking.listing = read_cache(self.store, picking.key)
        if picking.listing is None:
            self.scanning = ScanChild(
                picking.paths,
                picking.min_reuse,
                self._progress,
                self._found,
                self._failed,
                work=SCAN_WORK,
            )
            self.scanning.start()

    def on_unmount(self) -> None:
        # However the list ends (q, a failure, a test's end), its scan ends with it.
        if self.scanning is not None:
            self.scanning.stop()

    def _found(self, listing: list[Listed]) -> None:
        """The scan's listing (in the scan's reader thread): cached, then shown."""
        write_cache(self.store, self.picking.key, listing)
        self.post_message(self.Scanned(listing))

    def _failed(self, error: str) -> None:
        self.post_message(self.ScanFailed(error))

    def _progress(self, stage: str, done: int, total: int) -> None:
        if time.monotonic() - self._started >= SHOW_PROGRESS_AFTER:
            self.post_message(self.Scanning(stage, done, total))

    @on(Scanning)
    def _scanning(self, message: Scanning) -> None:
        self.picker.show_progress(message.stage, message.done, message.total)

    @on(Scanned)
    def _scanned(self, message: Scanned) -> None:
        self.picking.listing = message.listing
        self._show(message.listing)

    @on(ScanFailed)
    def _scan_failed(self, message: ScanFailed) -> None:
        self.error = message.error
        self.exit(return_code=EXIT_TROUBLE)

    def _show(self, listing: list[Listed], *, tell: bool = True) -> None:
        """List the pairs with their progress counted again. A damaged tag file marks
        its article's pairs (and says why in a notice, ``tell``) instead of ending the
        app: the other pairs are as good as before (README: a damaged store is reported
        and left as it is)."""
        damaged: dict[str, str] = {}
        # Seen before they are read: a file written in between is read again by the watch.
        stamps = tag_stamps(self.store, listing)
        counts = tagged_counts(self.store, self.annotator, listing, damaged)
        if tell:
            for error in dict.fromkeys(damaged.values()):
                self.notify(error, title="Store file damaged", severity="error", timeout=10)
        self.picker.show_listing(listing, counts, self.picking.row, damaged)
        self.watch_tags(listing, stamps)
        self._release_keys()

    @on(PickerScreen.Chosen)
    def _chosen(self, message: PickerScreen.Chosen) -> None:
        self.picker.opening = False
        self.picking.row = message.row
        listing = self.picking.listing or []
        # Read again now: the file may have been damaged (or mended) since the count.
        problem = store_problem(self.store, listing[message.row]) if listing else None
        if problem is not None:
            self._show(listing, tell=False)
            self.notify(
                f"Pair not opened: {problem}",
                title="Store file damaged",
                severity="error",
                timeout=10,
            )
            return
        self.chosen = message.row
        # The keys behind Enter are the pair's: it plays them once its rows are shown.
        self.handover.begin(self.waiting)
        self.waiting = None
        self.exit(return_code=EXIT_OK)

    async def action_quit(self) -> None:
        self.picking.row = self.picker.row
        self.exit(return_code=EXIT_OK)


class ListedPairApp(NewsdiffApp):
    """The pair app, opened from the list: Escape goes back to it (after closing the
    detail panel, when it is open)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "to_list", "List", id="back", tooltip="Back to the list of pairs."),
    ]

    went_back = False
    """Set when the user went back to the list (not quit)."""

    def __init__(self, *args: Any, typed: Sequence[events.Key] = (), **kwargs: Any) -> None:
        """``typed``: keys typed as the list handed over, played once the rows are shown
        (as keys typed before the first paint are)."""
        super().__init__(*args, **kwargs)
        self.handover = Handover()
        """The keys typed after Escape went back: the list's (``HandingDriver``)."""
        self.typed_ahead = list(typed)

    def get_driver_class(self) -> type[Driver]:
        return handing_driver(super().get_driver_class())

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and self.handover.active:
            self.handover.queued.append(event)
            return
        await super().on_event(event)

    def on_mount(self) -> None:
        """Make room in the footer for Esc, the key this app adds (it comes last, and
        at 80 columns the footer cut it): u (undo) leaves the footer, still bound and
        in help (c, a note, already gave its place to v, the detail panel)."""
        self.hide_in_footer("undo")

    def action_to_list(self) -> None:
        panel = self.query_one(DetailPanel)
        if panel.display:
            # Escape closes what is open first: the detail panel, then the pair.
            self.action_detail()
            return
        self.went_back = True
        self.handover.begin()  # the keys behind Escape are the list's
        self._save_cursor()
        self.exit(return_code=EXIT_OK)

    def note_for_list(self) -> str | None:
        """The trouble this pair ended in, for the list to tell, when the list goes on:
        the pair never opened (its tag file damaged or unreadable since the list read
        it), or Escape found its last change unsaved. None: no trouble, or the user
        quit (then the app ends with it, exit 2)."""
        if not self.error:
            return None
        if self.session is None:
            return f"Pair not opened: {self.error}"
        return self.error if self.went_back else None


def start_picking(paths: Sequence[str], min_reuse: float = MIN_REUSE) -> Picking:
    """The list's state for ``paths``. Raises InputError for a path with no articles."""
    return Picking(list(paths), scan_key(paths, min_reuse), min_reuse)


def launch_corpus(
    paths: Sequence[str],
    store: str | Path | None = None,
    annotator: str | None = None,
    options: CompareOptions = DEFAULT,
    lang: str | None = None,
) -> int:
    """The list of ``paths``' pairs, then each pair chosen, until the user quits."""
    from newsdiff.store import check_folder, default_annotator

    try:
        if store is not None:  # as 'newsdiff tag --store': a named store's folder must exist
            check_folder(Path(store))
        opened = Store(store)
        _check_writable(opened.path.parent)
        picking = start_picking(paths)
    except (InputError, StoreError) as err:
        print(f"newsdiff: {err}", file=sys.stderr)
        return EXIT_TROUBLE
    who = annotator or default_annotator()
    problem = terminal_problem()
    if problem is not None:
        opened.close()
        print(f"newsdiff: {problem}", file=sys.stderr)
        return EXIT_TROUBLE
    unsaved: str | None = None
    """What a pair left unsaved on Escape (its cursor, the options): quitting says it."""
    try:
        while True:
            picker = PickerApp(picking, opened, who)
            picker.start_scan()
            picker.run()
            if picker.error:
                print(f"newsdiff: {picker.error}", file=sys.stderr)
                return EXIT_TROUBLE
            if picker.chosen is None or not picking.listing:
                if unsaved is not None:  # as q in the pair would have: one line, exit 2
                    print(f"newsdiff: {unsaved}", file=sys.stderr)
                    return EXIT_TROUBLE
                return EXIT_OK
            item = picking.listing[picker.chosen]
            typed = picker.handover.keys()
            try:
                a, b = open_pair(item.ref_a, item.ref_b)
            except InputError as err:
                picking.notes.append(str(err))
                picking.typed = typed
                picking.listing = None  # a file changed under the list: scan again
                picking.key = scan_key(paths, picking.min_reuse)
                continue
            # Read at each pair: a toggle made in the last pair holds for this one.
            prefs = session_preferences(opened, who, options)
            pair = ListedPairApp(a, b, opened, who, prefs.options, prefs, typed=typed)
            pair.lang = lang
            pair.run()
            picking.typed = pair.handover.keys()
            note = pair.note_for_list()
            if note is not None:
                picking.notes.append(note)
                if pair.session is not None:
                    unsaved = note
                continue
            if pair.error:
                print(f"newsdiff: {pair.error}", file=sys.stderr)
                return pair.return_code or EXIT_TROUBLE
            if not pair.went_back:
                return pair.return_code or EXIT_OK
    except InputError as err:
        print(f"newsdiff: {err}", file=sys.stderr)
        return EXIT_TROUBLE
    finally:
        opened.close()
