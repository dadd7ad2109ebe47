"""The terminal app (Textual): two articles side by side, and tagging their sentences.

``newsdiff A B`` (through ``newsdiff.main``) calls ``launch``; tests, screenshots and
benchmarks build the app with ``create_app``. This package may import
``newsdiff.core``, ``newsdiff.meaning``, ``newsdiff.store``, ``newsdiff.dataset``,
``newsdiff.corpus`` and ``newsdiff.display``, never ``newsdiff.cli``.

Two layers. The headless one never imports Textual (a test checks), so it is tested
without an app: ``layout`` and ``wrap`` (rows, wrapping, line positions), ``cursor`` and
``viewport`` (where a key moves the cursor and the screen), ``records``, ``session`` and
``edits`` (one annotator's tags, propagation, undo). On it sit the app (``app``, with its
parts ``app_base``, ``loading``, ``polling``, ``review``, ``commands``, ``status``), its
``widgets`` (the diff view among them) and ``screens``.

Nothing here is imported eagerly: ``import newsdiff.tui.layout`` loads no Textual (it
does make Rich count spacing vowel signs as a terminal does: ``newsdiff.display``). The
names below load the app on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from newsdiff.display.cells import measure_as_the_terminal

# Before anything of the app measures text (the headless layout counts lines too):
# spacing vowel signs take the column the terminal gives them, and a cut under a notice
# keeps a character's marks (review r23d findings 1 and 2).
measure_as_the_terminal()

__all__ = ["NewsdiffApp", "create_app", "launch"]


def __getattr__(name: str) -> Any:
    # Lazy, so that the headless modules of this package load without Textual.
    if name in __all__:
        return getattr(importlib.import_module(".app", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
