"""The row filters' classification, as plain data, worked out off the key's path.

A filter by change class (keys 1-7) or by altered quotation (8) keeps the rows whose
changes have that class, so it needs every row's changes classified. The comparison
leaves that to first use (classifying is a third of a compare, and the memos by text
are bounded), and on a large pair it is seconds of Python: the 1 MB pair's 1,266
changed rows took 1.7 s, the 5 MB pair's over 9 s, all of it inside the first filter
key, which froze the app until it was done (issue 16, outside review).

``RowMarks`` holds what each row passes (its change classes, and ``QUOTE_FILTER`` when
it alters a quotation), worked out in order, a row at a time, by ``fill`` in a daemon
thread. The interpreter lock is shared with the event loop, so ``fill`` works in short
chunks and rests between them, hardly at all while a filter key waits for it
(``hurry``), and not at all while keys or the mouse are in use (``busy``: an input
event within the last 0.15 s). The view asks for a
filter's rows only once every row is marked (``complete``); until then it shows the
progress and keeps every other key working. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from time import perf_counter, sleep

from newsdiff.meaning.quoting import quote_altered

from .layout import RowModel

#: The row filter of quotations altered (key 8), beside the change classes (1-7).
QUOTE_FILTER = "quote_altered"
#: Row kinds that have a filter of their own, and its key: removed, only in B, moved.
#: Their rows are known from the alignment alone: no classification to wait for.
ROW_FILTERS = {"removed": "r", "added": "b", "moved": "m"}

#: At most this many rows with changes left to classify: a filter key classifies them
#: itself (a small pair, or the last rows of a large one: tens of milliseconds at the
#: worst, usually memoised by the screens already drawn) and shows its rows at once.
CLASSIFY_ON_KEY = 48
#: Seconds of classification between rests: in the background, and while a filter key
#: waits for the marks.
CHUNK, HURRIED_CHUNK = 0.004, 0.02
#: Seconds of rest after a chunk, in the same two cases, and while keys are in use: then
#: no row is classified at all. A thread waiting for the interpreter lock takes it at
#: each of the event loop's selects, and the loop waits up to 5 ms (the switch interval)
#: to have it back: a key's dozen trips through the loop paid that several times over
#: (the scrolling ``j`` went from 4 to 12 ms median with the marks in 2 ms chunks).
REST, HURRIED_REST, BUSY_REST = 0.004, 0.001, 0.02


def row_marks(model: RowModel) -> frozenset[str]:
    """What filters keep a row: its changes' classes, and ``QUOTE_FILTER`` when it alters
    a quotation (the same tests the view applied to every row at the key)."""
    marks: set[str] = set(model.row.classes())
    if marks and quote_altered(model.row):
        marks.add(QUOTE_FILTER)
    return frozenset(marks)


def needs_classes(cls: str | None) -> bool:
    """Whether the filter ``cls`` reads the rows' changes (None: no filter)."""
    return cls is not None and cls not in ROW_FILTERS


class RowMarks:
    """Each row's filter marks, worked out in order, by whichever thread gets there.

    One per list of rows: new rows (other options) get new marks, and ``stop`` ends
    the old ones' work.
    """

    def __init__(self, rows: Sequence[RowModel]) -> None:
        self.rows = rows
        self._marks: list[frozenset[str]] = []
        self._shared: dict[frozenset[str], frozenset[str]] = {}
        # Held while one row is classified and stored: the view's thread may finish
        # the last rows itself (``finish``) while the worker is still at it.
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.hurry = threading.Event()
        """A filter key waits for the marks: rest as little as the keys allow."""
        self.stop = threading.Event()
        """The rows were replaced (or the app is closing): stop working on them."""

    @property
    def done(self) -> int:
        """Rows marked so far (the first ``done`` rows)."""
        return len(self._marks)

    @property
    def complete(self) -> bool:
        return len(self._marks) == len(self.rows)

    @property
    def percent(self) -> int:
        """How far the marks have got, in whole percent (100 only when complete)."""
        total = len(self.rows)
        if not total or self.complete:
            return 100
        return min(99, 100 * len(self._marks) // total)

    def _mark_next(self) -> bool:
        """Mark the next row; False when there is none left."""
        with self._lock:
            k = len(self._marks)
            if k >= len(self.rows):
                return False
            marks = row_marks(self.rows[k])
            # A few distinct sets for tens of thousands of rows.
            self._marks.append(self._shared.setdefault(marks, marks))
            return True

    def nearly_done(self) -> bool:
        """At most ``CLASSIFY_ON_KEY`` rows with changes are left to mark."""
        left = (m for m in islice(self.rows, self.done, None) if m.kind in ("changed", "moved"))
        return next(islice(left, CLASSIFY_ON_KEY, None), None) is None

    def finish(self) -> None:
        """Mark every row left, in this thread."""
        while self._mark_next():
            pass

    def fill(self, busy: Callable[[], bool] = lambda: False) -> None:
        """Mark every row left, in chunks with rests between them (a thread's body).

        ``busy`` says whether the user is at the keys: then it only rests, so that the
        event loop has the interpreter lock to itself.
        """
        while not self.stop.is_set():
            if busy():
                sleep(BUSY_REST)
                continue
            hurried = self.hurry.is_set()
            end = perf_counter() + (HURRIED_CHUNK if hurried else CHUNK)
            while perf_counter() < end:  # at least one row, however long it takes
                if not self._mark_next():
                    return
                if busy():
                    break  # a key came: the event loop needs the lock now
            sleep(HURRIED_REST if hurried else REST)

    def start(self, busy: Callable[[], bool] = lambda: False) -> None:
        """Mark every row in a daemon thread (once; quitting never waits for it)."""
        if self._thread is None and not self.complete:
            self._thread = threading.Thread(
                target=self.fill, args=(busy,), name="newsdiff-filter-marks", daemon=True
            )
            self._thread.start()

    def kept(self, cls: str) -> list[RowModel]:
        """The rows the filter ``cls`` keeps (a class, or ``QUOTE_FILTER``); the marks
        must be complete."""
        assert self.complete
        return [m for m, marks in zip(self.rows, self._marks, strict=True) if cls in marks]

    def __iter__(self) -> Iterator[frozenset[str]]:
        return iter(self._marks)
