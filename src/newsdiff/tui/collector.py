"""Garbage collection between keys, not in the middle of one (issue 16).

Once a comparison is on screen, the app holds hundreds of thousands of long-lived
objects (the 100x pair's rows, sentences and changes; the view's finished lines).
Python's collector walks them whenever enough objects have been allocated, which a
few scrolls always do: a full collection took 40-150 ms, and whichever key was being
drawn then missed several frames (the p90 of a scrolling key was the collector's).

So the objects alive when the comparison is shown are frozen (``gc.freeze``: never
walked again; what is freed by its reference count, every row when new options
replace them, is still freed), automatic collection is turned off, and the app
collects when it is idle: no key or mouse event for ``IDLE_AFTER`` seconds and enough
allocated since the last time to be worth a walk; what survives that walk is frozen in
turn. A long burst of keys with no pause
gets the young generations collected (a few milliseconds) once it has allocated
``MUST_COLLECT`` objects, so memory stays bounded. ``release`` (the app unmounting)
turns everything back as it was.
"""

from __future__ import annotations

import gc
from time import monotonic

#: Seconds without input after which the app counts as idle.
IDLE_AFTER = 0.3
#: Seconds after a key or mouse event during which background work rests (shorter than
#: ``IDLE_AFTER``: keys at a reading pace leave it time between them).
BUSY_FOR = 0.15
#: How often the app looks whether to collect (seconds).
CHECK_EVERY = 0.5
#: Net allocations since the last collection below which an idle walk is not worth it.
WORTH_COLLECTING = 2_000
#: Net allocations past which the young generations are collected even mid-burst.
MUST_COLLECT = 100_000


class Collector:
    """When the app's garbage is collected: at rest, and never by surprise."""

    def __init__(self) -> None:
        self.input_at = 0.0
        """When the last key or mouse event arrived (``time.monotonic``)."""
        self.active = False
        """Collection is the app's (after ``settle``, until ``release``)."""
        self.collections = 0
        """Collections made (for the tests)."""

    def settle(self) -> None:
        """A comparison is on screen: freeze what is alive, collect only at rest."""
        gc.freeze()
        gc.disable()
        self.active = True

    def touch(self) -> None:
        """A key or mouse event arrived: not idle."""
        self.input_at = monotonic()

    def busy(self) -> bool:
        """Whether a key or mouse event came within ``BUSY_FOR`` seconds (the filter's
        marks rest then, ``tui.filtering``). Read from other threads: one float."""
        return monotonic() - self.input_at < BUSY_FOR

    def tick(self) -> None:
        """Collect if the app is idle and there is enough to collect (called often)."""
        if not self.active:
            return
        pending = gc.get_count()[0]
        if pending >= WORTH_COLLECTING and monotonic() - self.input_at >= IDLE_AFTER:
            gc.collect()
            # What survives a walk at rest is long-lived too (the memos the filter's
            # marks fill in the background, ``tui.filtering``): frozen, it is not walked
            # again at every rest. Those walks took 50-350 ms each on the 5 MB pair while
            # its rows were classified, and a key that came during one waited for it.
            gc.freeze()
            self.collections += 1
        elif pending >= MUST_COLLECT:
            gc.collect(1)
            self.collections += 1

    def release(self) -> None:
        """The app is closing: automatic collection again, nothing frozen."""
        if self.active:
            self.active = False
            gc.enable()
        gc.unfreeze()
