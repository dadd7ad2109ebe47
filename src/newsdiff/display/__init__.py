"""What the two faces share about drawing text in a terminal: how many columns a
character takes (``cells``), and where a line may be cut (``clusters``).

``cells.measure_as_the_terminal()`` makes Rich (and Textual, which measures through it)
give a spacing vowel sign the column a terminal gives it, and cut a line between
characters with their marks; the app's package and the command line's rich output call
it before they measure anything.

May import: nothing of newsdiff's. ``cli`` and ``tui`` import it; the headless packages
never do (their text is measured only when it is drawn).
"""

from __future__ import annotations

__all__ = ["cells", "clusters"]
