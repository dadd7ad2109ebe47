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
from typing import Literal, TextIO

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
