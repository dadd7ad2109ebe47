"""The app's widgets: the diff view, the header and status line, and their helpers.

- ``diff_view``: ``DiffView``, both articles in one scrolling widget (a package, split
  by concern);
- ``header``: ``PairHeader`` (names, figures, progress) and ``StatusLine``;
- ``footer``: ``KeysFooter``, Textual's footer composed again only when its keys change;
- ``pane_scrollbar``: ``PaneScrollBar``, the second scrollbar at article A's edge;
- ``aligning``: ``Aligning``, the loading indicator with the comparison's progress, and
  ``Panes``, the view and its scrollbar, which it covers meanwhile.

They import Textual, and the headless layer of ``newsdiff.tui`` (``layout``, ``cursor``,
``viewport``, ``session``); never the app. Loaded on first use, like ``newsdiff.tui``.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "Aligning": ".aligning",
    "Panes": ".aligning",
    "DiffView": ".diff_view",
    "KeysFooter": ".footer",
    "PairHeader": ".header",
    "PaneScrollBar": ".pane_scrollbar",
    "StatusLine": ".header",
}

__all__ = [
    "Aligning",
    "DiffView",
    "KeysFooter",
    "PairHeader",
    "PaneScrollBar",
    "Panes",
    "StatusLine",
]


def __getattr__(name: str) -> Any:
    # Lazy: importing one widget module need not load the others.
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
