"""Text renderings of a comparison for the command line (rich and plain)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsdiff.core.visible import visible

if TYPE_CHECKING:
    # rich is imported where it is used: --format plain and json never load it.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from newsdiff.meaning.compare import Comparison, Row

#: One character per row kind, as diff(1) marks lines.
MARKS = {"equal": " ", "changed": "~", "added": "+", "removed": "-", "moved": ">"}

DELETE_STYLE = "bold red on #3b1010"
INSERT_STYLE = "bold green on #0f3315"


def moved_note(row: Row, cmp: Comparison) -> str:
    """Where a moved row's counterpart sits in reading order of the other side."""
    return f"moved: A#{row.a[0] + 1} <-> B#{row.b[0] + 1}"


def plain_row(row: Row) -> str:
    """wdiff style: ``[-deleted-]{+inserted+}`` inside the shared text.

    A row with both sides marks its changes (what the options ignore reads as A's
    text); an added or removed row is one insertion or deletion.
    """
    if not (row.a and row.b):
        return "".join(
            text if op == "equal" else f"[-{text}-]" if op == "delete" else f"{{+{text}+}}"
            for op, text in row.ops
        )
    side_a, side_b = diff_side(row, "a"), diff_side(row, "b")
    parts, pos = [], 0
    for c in row.changes:
        parts.append(side_a[pos : c.a_start])
        if c.a:
            parts.append(f"[-{c.a}-]")
        if c.b:
            # A pure insertion sits between A's words: give it B's spacing.
            if (
                not c.a
                and _space_at(side_b, c.b_start - 1)
                and not _space_at(side_a, c.a_start - 1)
            ):
                parts.append(" ")
            parts.append(f"{{+{c.b}+}}")
            if not c.a and _space_at(side_b, c.b_end) and not _space_at(side_a, c.a_end):
                parts.append(" ")
        pos = c.a_end
    parts.append(side_a[pos:])
    return "".join(parts)


def _space_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isspace()


def diff_side(row: Row, side: str) -> str:
    """A row's side text, rebuilt from its ops."""
    skip = "insert" if side == "a" else "delete"
    return "".join(text for op, text in row.ops if op != skip)


def plain_lines(cmp: Comparison) -> Iterator[str]:
    for row in cmp.rows:
        line = f"{MARKS[row.kind]} {plain_row(row)}"
        if row.kind == "moved":
            line += f"  ({moved_note(row, cmp)})"
        yield line


def _side_text(row: Row, side: str) -> Text:
    from rich.text import Text

    style = DELETE_STYLE if side == "a" else INSERT_STYLE
    if not (row.a and row.b):
        text = Text()
        skip = "insert" if side == "a" else "delete"
        for op, chunk in row.ops:
            if op != skip:
                text.append(visible(chunk), style=None if op == "equal" else style)
        return text
    # Both sides: mark the changes that count (what the options ignore stays plain).
    # visible() keeps one character per character: the change offsets still hold.
    text = Text(visible(diff_side(row, side)))
    for c in row.changes:
        start, end = (c.a_start, c.a_end) if side == "a" else (c.b_start, c.b_end)
        if end > start:
            text.stylize(style, start, end)
    return text


def table(cmp: Comparison) -> Table:
    """Two columns, one table row per alignment row, so both sides start level."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(
        show_header=True,
        header_style="bold",
        expand=True,
        box=None,
        padding=(0, 1),
        show_edge=False,
    )
    grid.add_column("", width=1, no_wrap=True)
    grid.add_column(f"A  {visible(cmp.a.name)}", ratio=1, overflow="fold")
    grid.add_column(f"B  {visible(cmp.b.name)}", ratio=1, overflow="fold")
    for row in cmp.rows:
        left = _side_text(row, "a")
        right = _side_text(row, "b")
        if row.kind == "moved":
            right.append(f"  [{moved_note(row, cmp)}]", style="bold magenta")
        grid.add_row(Text(MARKS[row.kind], style="bold"), left, right, end_section=True)
    return grid


def print_rich(cmp: Comparison, console: Console) -> None:
    from rich.text import Text

    console.print(table(cmp))
    counts = cmp.counts()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    reuse = cmp.reuse
    console.print(
        Text(
            f"{len(cmp.rows)} rows: {summary}. Reuse (3-gram containment): "
            f"A {reuse['a']:.0%}, B {reuse['b']:.0%}.",
            style="dim",
        )
    )
