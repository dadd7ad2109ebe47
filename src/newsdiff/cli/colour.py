"""Whether the command line colours its output: ``--color auto|always|never``.

``auto`` colours only a terminal, so ``newsdiff diff A B | less`` gets text marks
instead of escape codes nobody sees (``less -R`` with ``--color always`` shows colour).
The conventions of no-color.org and force-color.org apply in ``auto``: ``NO_COLOR``
(any non-empty value) turns colour off, ``FORCE_COLOR`` turns it on even through a
pipe; ``NO_COLOR`` wins when both are set, and ``TERM=dumb`` is no colour. An explicit
``always`` or ``never`` overrides the environment, as a command-line flag should.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Literal, TextIO

if TYPE_CHECKING:
    from rich.console import Console

CHOICES = ("auto", "always", "never")


def add_color(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--color",
        "--colour",
        dest="color",
        choices=CHOICES,
        default="auto",
        help="auto: colour only on a terminal (honours NO_COLOR and FORCE_COLOR); "
        "without colour, changes are marked [-deleted-]{+inserted+}{class} (default: auto)",
    )


def use_color(choice: str, stream: TextIO) -> bool:
    """Colour or not, for ``--color choice`` writing to ``stream``."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream: no terminal
        return False


def color_system() -> Literal["truecolor", "256"]:
    """The colours a forced terminal gets: 24-bit where the terminal says so."""
    truecolor = os.environ.get("COLORTERM", "").lower() in ("truecolor", "24bit")
    return "truecolor" if truecolor else "256"


def console(width: int | None, colour: bool) -> Console:
    """rich's console for a command's output, coloured or not, measuring text as a
    terminal does (``display.cells``: a spacing vowel sign takes a column). A closed output goes to
    the guard every command has (``errors.guarded``): rich's own answer is to exit 1,
    which for ``diff`` would say "different" of two same articles."""
    from rich.console import Console

    from newsdiff.display.cells import measure_as_the_terminal

    measure_as_the_terminal()

    class Guarded(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True  # nothing more to write
            raise BrokenPipeError

    return Guarded(
        width=width,
        highlight=False,
        force_terminal=colour,
        color_system=color_system() if colour else None,
    )
