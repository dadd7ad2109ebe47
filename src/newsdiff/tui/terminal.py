"""Whether the app has a terminal to run in (headless: no Textual import)."""

from __future__ import annotations

import os
import sys

NO_TERMINAL = (
    "the app needs a terminal (standard input and output); in scripts use "
    "'newsdiff diff A B' or 'newsdiff report A B'"
)


def terminal_problem() -> str | None:
    """Why the app cannot start here, or None. Without a terminal on stdin, Textual's
    driver reads a closed descriptor (a traceback) or a file or pipe at end (it spins
    at full CPU for ever), so a script that runs ``newsdiff A B`` is told at once."""
    for stream in (sys.stdin, sys.stdout):
        try:
            if stream is None or not os.isatty(stream.fileno()):
                return NO_TERMINAL
        except (OSError, ValueError):  # closed, or not backed by a descriptor
            return NO_TERMINAL
    return None
