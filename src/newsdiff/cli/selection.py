"""``--only`` and ``--fail-on`` for diff and report: rows by change class or row kind.

``--only number,attribution`` keeps the rows with a change of those classes (a row kind,
``removed``, ``added`` or ``moved``, keeps those rows); ``--fail-on`` makes the exit
status say whether such a change exists (1) or not (0), so that a newsroom's script can
stop a reprint whose numbers or attributions changed, whatever else was reworded.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsdiff.cli.errors import EXIT_DIFFERENT, EXIT_SAME

if TYPE_CHECKING:
    from newsdiff.meaning.compare import Comparison, Row

#: Row kinds that can be chosen beside the change classes (a removed or added row has
#: no word changes to classify, but is the biggest change of all).
ROW_KINDS = ("removed", "added", "moved")
#: A row flag: words changed inside quotation marks on both sides.
QUOTE_ALTERED = "quote_altered"


def names() -> tuple[str, ...]:
    from newsdiff.meaning.changes import CLASSES

    return (*CLASSES, *ROW_KINDS, QUOTE_ALTERED)


def add_selection(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("which rows (CLASS: a change class or a row kind)")
    listed = "negation, number, attribution, hedge, synonym, variant, rewording, " + ", ".join(
        (*ROW_KINDS, QUOTE_ALTERED)
    )
    g.add_argument(
        "--only",
        type=classes,
        metavar="CLASS[,CLASS]",
        help=f"keep only the rows with a change of these classes or of these kinds ({listed})",
    )
    g.add_argument(
        "--fail-on",
        type=classes,
        metavar="CLASS[,CLASS]",
        help="exit 1 only when a change of these classes (or a row of these kinds) exists, "
        "0 otherwise, whatever else changed",
    )


def classes(text: str) -> frozenset[str]:
    """``--only``'s and ``--fail-on``'s value, an argparse type: a comma-separated list
    of classes, checked while the command line is read (a misspelt one would match
    nothing), so that its error names the command as every option's does."""
    chosen = [s.strip() for s in text.split(",") if s.strip()]
    known = names()
    for name in chosen:
        if name not in known:
            raise argparse.ArgumentTypeError(
                f"unknown class {name!r} (choose from {', '.join(known)})"
            )
    if not chosen:
        raise argparse.ArgumentTypeError(f"no class given (choose from {', '.join(known)})")
    return frozenset(chosen)


def matches(row: Row, wanted: frozenset[str]) -> bool:
    """The row is of a wanted kind (``Row.kinds``: a weak link's sides count as removed
    and added), has a change of a wanted class, or (quote_altered) has words changed
    inside a quotation."""
    if any(k in wanted for k in row.kinds) or any(cls in wanted for cls in row.classes()):
        return True
    if QUOTE_ALTERED in wanted:
        from newsdiff.meaning.quoting import quote_altered

        return quote_altered(row)
    return False


def selected(rows: Sequence[Row], only: frozenset[str] | None) -> list[Row]:
    return list(rows) if only is None else [r for r in rows if matches(r, only)]


def exit_status(cmp: Comparison, fail_on: frozenset[str] | None) -> int:
    """diff(1)'s status (1 for any difference), or with ``--fail-on`` 1 only for those."""
    if fail_on is None:
        return EXIT_SAME if cmp.identical else EXIT_DIFFERENT
    return EXIT_DIFFERENT if any(matches(r, fail_on) for r in cmp.rows) else EXIT_SAME
