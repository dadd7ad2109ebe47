"""Keys typed while the pair list hands over to a pair, or a pair back to the list.

The list and each pair are apps run one after the other (``picker_app``). An app that
has decided to end (Enter on the list, Escape in a pair) still has keys to come: those
queued behind the one that ended it, those its terminal driver reads until its input
thread stops, and those typed before the next app reads the terminal. Textual would drop
all three: the queue goes with the app, the driver posts to an app that no longer reads,
and it flushes the terminal's input as it stops. "Enter j f" typed in one burst opened
the pair with j and f lost, and a j sent 0.1 s after Enter was lost (review r21a,
finding 1). Here they are kept, in order, for the next app to play once it is shown.

``Handover`` is what an ending app keeps; ``HandingDriver`` is Textual's Linux driver
keeping the keys it reads once the hand-over began, and leaving the terminal's unread
input for the next app instead of flushing it.
"""

from __future__ import annotations

import signal
import termios

from textual import events
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message


class Handover:
    """The keys an ending app read after it decided to end, for the next app."""

    def __init__(self) -> None:
        self.active = False
        """Set when the app decided to end: from then on its keys are kept, not acted on."""
        self.queued: list[events.Key] = []
        """Keys the app had queued when it decided (read first)."""
        self.read: list[events.Key] = []
        """Keys its driver read after that (appended from the driver's thread)."""

    def begin(self, held: list[events.Key] | None = None) -> None:
        """Keep every key from now on (``held``: keys the app held back meanwhile)."""
        self.queued.extend(held or ())
        self.active = True

    def keys(self) -> list[events.Key]:
        """The keys kept, in the order they were typed, as new events for another app
        (an event that has travelled one app's widgets is marked as forwarded)."""
        return [fresh(key) for key in self.queued + self.read]


def fresh(key: events.Key) -> events.Key:
    """The same key as a new event, as if just read from the terminal."""
    return events.Key(key.key, key.character)


class HandingDriver(LinuxDriver):
    """Textual's Linux driver, for an app with a ``handover``: once it is active, keys
    read go to it, and the terminal's unread input is left for the next app."""

    def process_message(self, message: Message) -> None:
        handover: Handover | None = getattr(self._app, "handover", None)
        if isinstance(message, events.Key) and handover is not None and handover.active:
            handover.read.append(message)
            return
        super().process_message(message)

    def disable_input(self) -> None:
        handover: Handover | None = getattr(self._app, "handover", None)
        if handover is None or not handover.active:
            super().disable_input()
            return
        # Textual's own (pinned exactly), less its tcflush of the terminal's input:
        # what was typed meanwhile is the next app's to read.
        try:
            if not self.exit_event.is_set():
                signal.signal(signal.SIGWINCH, signal.SIG_DFL)
                self._disable_mouse_support()
                self.exit_event.set()
                if self._key_thread is not None:
                    self._key_thread.join()
                self.exit_event.clear()
        except (OSError, ValueError, termios.error):
            pass


def handing_driver(found: type[Driver]) -> type[Driver]:
    """The driver class for an app that hands keys over: ``HandingDriver`` in place of
    the Linux driver it would use (any other is left as it is: no hand-over there)."""
    return HandingDriver if found is LinuxDriver else found
