"""Text renderings of a comparison for the command line (rich and plain)."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsdiff.compare import Comparison, Row

#: One character per row kind, as diff(1) marks lines.
MARKS = {"equal": " ", "changed": "~", "added": "+", "removed": "-", "moved": ">"}

DELETE_STYLE = "bold red on #3b1010"
INSERT_STYLE = "bold green on #0f3315"


def moved_note(row: Row, cmp: Comparison) -> str:
    """Where a moved row's counterpart sits in reading order of the other side."""
    return f"moved: A#{row.a[0] + 1} <-> B#{row.b[0] + 1}"


def plain_row(row: Row) -> str:
    """wdiff style: ``[-deleted-]{+inserted+}`` inside the shared text."""
    parts = []
    for op, text in row.ops:
        if op == "equal":
            parts.append(text)
        elif op == "delete":
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    return "".join(parts)


def plain_lines(cmp: Comparison) -> Iterator[str]:
    for row in cmp.rows:
        line = f"{MARKS[row.kind]} {plain_row(row)}"
        if row.kind == "moved":
            line += f"  ({moved_note(row, cmp)})"
        yield line


def _side_text(row: Row, side: str) -> Text:
    text = Text()
    skip = "insert" if side == "a" else "delete"
    for op, chunk in row.ops:
        if op == skip:
            continue
        if op == "equal":
            text.append(chunk)
        else:
            text.append(chunk, style=DELETE_STYLE if op == "delete" else INSERT_STYLE)
    return text


def table(cmp: Comparison) -> Table:
    """Two columns, one table row per alignment row, so both sides start level."""
    grid = Table(
        show_header=True,
        header_style="bold",
        expand=True,
        box=None,
        padding=(0, 1),
        show_edge=False,
    )
    grid.add_column("", width=1, no_wrap=True)
    grid.add_column(f"A  {cmp.a.name}", ratio=1, overflow="fold")
    grid.add_column(f"B  {cmp.b.name}", ratio=1, overflow="fold")
    for row in cmp.rows:
        left = _side_text(row, "a")
        right = _side_text(row, "b")
        if row.kind == "moved":
            right.append(f"  [{moved_note(row, cmp)}]", style="bold magenta")
        grid.add_row(Text(MARKS[row.kind], style="bold"), left, right, end_section=True)
    return grid


def print_rich(cmp: Comparison, console: Console) -> None:
    console.print(table(cmp))
    counts = cmp.counts()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    reuse = cmp.reuse
    console.print(
        Text(
            f"{len(cmp.rows)} rows: {summary}. Reused words: "
            f"A {reuse['a']:.0%}, B {reuse['b']:.0%}.",
            style="dim",
        )
    )
