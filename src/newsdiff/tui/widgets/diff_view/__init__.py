"""The diff view: article A beside article B in one widget, split by concern.

- ``view``: ``DiffView`` itself (loading, the filter, layout on resize, ``render_line``);
- ``base``: the state its parts share (rows, layout, cursor, session) and ``move_to``;
- ``navigation``, ``scrolling``, ``tagging``: its keys and mouse handlers, as mixins;
- ``paint``: ``RowPainter``, which draws rows into strips and caches them;
- ``keys`` and ``styles``: its bindings, component classes and default CSS.

The logic under it is headless, one level up: ``layout`` (rows, wrapping, line
positions), ``cursor`` (where a key goes), ``viewport`` (where the screen goes) and
``session`` (the tags).
"""

from __future__ import annotations

from .base import after_refresh
from .keys import a_class
from .paint import DISAGREE_MARK, NOTE_MARK, SHIFT_MARK, SKIP_MARK, UNSURE_MARK
from .view import DiffView

__all__ = [
    "DISAGREE_MARK",
    "NOTE_MARK",
    "SHIFT_MARK",
    "SKIP_MARK",
    "UNSURE_MARK",
    "DiffView",
    "a_class",
    "after_refresh",
]
