"""The pair picker's help (``?`` in the list): its keys and what its columns mean.

The pair app's help is about tagging; the list has its own keys and columns, so it gets
its own short screen, drawn like the other (``HelpScreen``'s frame and legend grid).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from .help import HelpScreen, Legend, _legend_grid, key_rows

#: The table's own keys (DataTable bindings, not the screen's), then the pair's way back.
MOVING = [
    ("↑ ↓, j k", "Move through the pairs."),
    ("PgUp PgDn", "Move a page."),
    ("Home End, g G", "Go to the first or last pair."),
]
IN_A_PAIR = ("Esc (in a pair)", "Back to this list, at the same pair (q there quits).")


def column_rows() -> list[tuple[str, str]]:
    """What each column of the list says."""
    return [
        ("#", "Rank: pairs sharing the most text first (the higher share, then the lower)."),
        ("src", "A when A is the likely source: dated earlier. Empty when there is no "
                "telling (a side without a date, or the same date): shared text alone "
                "cannot say which came first, as 'newsdiff scan' says it."),
        ("A, B", "The two articles' titles, or their file names (FILE#ID for a corpus "
                 "record) when the column is narrow or both titles read the same. Under "
                 "the list: the highlighted pair's names and titles in full."),
        ("A%  B%", "Reuse: the share of each side's 3-word sequences found in the other "
                   "(as 'newsdiff report' gives it)."),
        ("tagged A, B", "Sentences of each article you have tagged (or skipped), of all; "
                        "✓ all when every one is done; damaged when its tag file cannot be "
                        "read (a notice names it; its pairs open again once it is mended)."),
    ]  # fmt: skip


def _legend(rows: Iterable[tuple[str, str]]) -> Legend:
    return [(Content.styled(k, "bold $text-accent"), Content(d)) for k, d in rows]


class PickerHelpScreen(HelpScreen):
    """The list's keys and columns; Esc, q or ? closes it."""

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "newsdiff: the list of pairs"
            scroll.border_subtitle = "Esc, q or ? to close"
            yield Static("Keys", classes="heading")
            keys = [*key_rows(self._help_bindings), *MOVING, IN_A_PAIR]
            yield _legend_grid(_legend(keys), "picker-help-keys")
            yield Static("Columns", classes="heading")
            yield _legend_grid(_legend(column_rows()), "picker-help-columns")
