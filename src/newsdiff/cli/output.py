"""Text output of the commands: article and store text with its control characters shown.

Every command that prints what an article or a store holds (sentences, tags, notes,
annotator names, paths) writes it through ``out``, so that ``ESC [ 2 J`` in a hostile
article is shown as a picture instead of clearing the screen. JSON output needs none of
this: ``json.dump`` escapes control characters itself.
"""

from __future__ import annotations

import sys

from newsdiff.core.visible import visible


def shown(text: str) -> str:
    """``text`` ready for a terminal: newlines and tabs kept, other controls shown."""
    return visible(text, keep="\t\n")


def out(text: str) -> None:
    """Write ``text`` to standard output with its control characters shown."""
    sys.stdout.write(shown(text))


def say(text: str) -> None:
    """One line on standard output (as ``print``), its control characters shown."""
    out(text + "\n")


def note(text: str) -> None:
    """One ``newsdiff: ...`` line on standard error, its control characters shown."""
    print(f"newsdiff: {shown(text)}", file=sys.stderr)
