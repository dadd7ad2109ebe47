"""Spacing vowel signs take a column, as the terminal draws them (review r23d finding 1).

Rich 15 (its tables from wcwidth before 2026) counts a spacing combining mark, Unicode
category Mc (Devanagari ा ि ी ो, their kin in Bengali, Gurmukhi, Gujarati, Tamil,
Telugu, Kannada, Malayalam, Sinhala, Myanmar, Khmer ...), as no column. glibc's
wcwidth, tmux, Windows Terminal and wcwidth from 2026 on give it one (two where East
Asian width says wide: U+302E, U+302F). So a Hindi line Rich measured as 120 columns took
140 on screen: the app's B pane lost the end of its long lines (the terminal piled the
overflow's marks on the last column) and ``diff --width 80`` printed lines 92-101 wide.

Rich has no setting for it (``UNICODE_VERSION`` picks among tables that all count Mc as
none), and everything that measures, Rich's ``cell_len``, ``cached_cell_len``,
``get_character_cell_size``, ``split_graphemes`` and Textual's strips, wrap and
compositor, reads one list: the loaded cell table's ``widths``, ranges of code points
with their width, where a code point in no range takes one. Taking the Mc code points
out of its zero-width ranges, in place, fixes them all at once. Marks of no width (Mn,
Me: ् ं े, Thai and Arabic vowel marks) stay in them, so Thai, Arabic, Chinese and
emoji measure as before.

The table is Rich's private data: pyproject.toml pins rich to the 15 series this is
written for, and if the table is not what is expected Rich is left alone, and a
terminal's user told so once.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from typing import Any

#: A spacing vowel sign every table Rich 15 ships counts as no column: DEVANAGARI VOWEL
#: SIGN AA. The table is taken for one to mend only if it does.
_KNOWN_MC = "\u093e"

#: The mends done (or left undone) in this process.
_done: set[str] = set()


def measure_as_the_terminal() -> None:
    """Make Rich (and Textual) measure and cut text as the terminal draws it, once a
    process: each spacing combining mark (Mc) one column, two if East Asian wide, as
    glibc's wcwidth gives it; a cut at a cell never between a character and its marks
    (``clusters``). Where Rich is not as expected it is left alone, and that said once
    on stderr."""
    _once("widths", _mend)
    _once("clusters", _clusters)


def columns(text: str) -> int:
    """``text``'s columns in a terminal: Rich's ``cell_len``, spacing marks counted (the
    widths alone: a command that only pads its text loads no more of Rich)."""
    _once("widths", _mend)
    from rich.cells import cell_len

    return cell_len(text)


def _once(name: str, mend: Callable[[], str | None]) -> None:
    if name in _done:
        return
    _done.add(name)
    problem = mend()
    if problem:
        print(f"newsdiff: {_left_alone(problem)}", file=sys.stderr)


def _clusters() -> str | None:
    from newsdiff.display.clusters import keep_clusters_whole

    return keep_clusters_whole()


def _mend() -> str | None:
    try:
        import rich.cells as cells
        from rich._unicode_data import load
    except ImportError:
        return "its cell tables are not where rich 15 keeps them"
    table: Any = load("auto")
    widths = getattr(table, "widths", None)
    measures = (getattr(cells, n, None) for n in ("get_character_cell_size", "cached_cell_len"))
    caches = [getattr(m, "cache_clear", None) for m in measures]
    if not isinstance(widths, list) or not all(callable(c) for c in caches):
        return "its cell table is not the list of ranges rich 15 has"
    if not _ranges(widths):
        return "its cell table's rows are not sorted (start, end, width) ranges"
    if cells.get_character_cell_size(_KNOWN_MC) != 0:
        return None  # Rich counts spacing marks itself: nothing to mend
    widths[:] = mended(widths)
    for clear in caches:
        clear()  # type: ignore[misc]
    return None


def mended(widths: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``widths`` (sorted ``(start, end, width)`` ranges) with each Mc code point of a
    zero-width range taken out into a range of its own width: 1, or 2 if East Asian
    wide. A code point Python's Unicode data does not know yet (category Cn) keeps 0."""
    out: list[tuple[int, int, int]] = []
    for start, end, width in widths:
        if width != 0:
            out.append((start, end, width))
            continue
        run = start
        for cp in range(start, end + 1):
            ch = chr(cp)
            if unicodedata.category(ch) != "Mc":
                continue
            if run < cp:
                out.append((run, cp - 1, 0))
            out.append((cp, cp, 2 if unicodedata.east_asian_width(ch) in "WF" else 1))
            run = cp + 1
        if run <= end:
            out.append((run, end, 0))
    return out


def _ranges(widths: list[Any]) -> bool:
    """Rows as Rich 15's binary search needs them: ``(start, end, width)``, sorted, apart."""
    last = -1
    for row in widths:
        if not (isinstance(row, tuple) and len(row) == 3 and all(type(v) is int for v in row)):
            return False
        start, end, _width = row
        if not last < start <= end:
            return False
        last = end
    return bool(widths)


def _left_alone(why: str) -> str:
    """The line that says Rich was left alone, and what follows."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("rich")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return (
        f"rich {version}: {why}; left as it is, so lines of Devanagari, Bengali, Tamil, "
        "Thai ... may be misdrawn"
    )
