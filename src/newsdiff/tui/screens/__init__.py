"""The app's screens besides the main one, each a modal over it.

- ``help``: ``HelpScreen``, every key and the guidelines for the four labels;
- ``options``: ``OptionsScreen``, what the comparison ignores and whether suggestions
  show;
- ``note``: ``NoteScreen``, the one-line note on a sentence;
- ``picker``: ``PickerScreen``, a corpus's scanned pairs to choose from (the main
  screen of ``tui.picker_app``, not a modal).

They import Textual and ``newsdiff.core`` / ``newsdiff.meaning``; never the app, which
opens them and reads what they return. Loaded on first use, like ``newsdiff.tui``.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "HelpScreen": ".help",
    "NoteScreen": ".note",
    "OptionsScreen": ".options",
    "PickerScreen": ".picker",
}

__all__ = ["HelpScreen", "NoteScreen", "OptionsScreen", "PickerScreen"]


def __getattr__(name: str) -> Any:
    # Lazy: importing one screen's module need not load the others.
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
