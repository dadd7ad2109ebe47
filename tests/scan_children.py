"""Work for the pair list's scan child (``newsdiff.tui.scan_child``) in tests: a child
is spawned, so what it runs must be importable by name, as these are."""

from __future__ import annotations

import threading
from multiprocessing.connection import Connection


def stalls(send: Connection, paths: list[str], min_reuse: float) -> None:
    """Says it has read a quarter, then never ends (the list must end it)."""
    send.send(("progress", "reading", 1, 4))
    threading.Event().wait()
