"""The pair picker: a corpus's scanned pairs, best first, with each article's progress.

One row a pair: both titles, both reuse shares (the share of each side's 3-word
sequences the other holds, as ``report`` says it) and how many of each side's sentences
this annotator has tagged. Above the list: the progress over all the listed articles.
Enter opens the highlighted pair, ``n`` goes to the next pair with untagged sentences.

The screen only shows and asks: the app scans (in a thread) and says how far it got
(``show_progress``), hands it the listing (``show_listing``), and opens the pair the
screen names in its ``Chosen`` message.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, ProgressBar, Static

from ..listing import Listed, corpus_progress, next_untagged

#: Columns besides the two titles: rank, source, reuse A, reuse B, tagged A, tagged B
#: (narrow, so that the titles keep most of an 80-column screen).
FIXED = (("#", 3), ("src", 3), ("A%", 4), ("B%", 4), ("tagged A", 8), ("tagged B", 8))
#: Cells' padding (one column each side) and the scrollbar's width.
PAD, BAR = 2, 2


def clip(text: str, width: int) -> str:
    text = " ".join(text.split()) or "(untitled)"
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def share(value: float) -> str:
    return f"{value:.0%}"


def source_mark(item: Listed) -> str:
    """The source column: A when A is known to be the source; nothing when there is no
    telling (no dates, shares within 5 points: ``scan`` says so, its JSON ``source: null``)."""
    return "A" if item.source else ""


def progress_cell(tagged: int, total: int) -> str:
    return "✓ all" if total and tagged >= total else f"{tagged}/{total}"


class PickerScreen(Screen[None]):
    """The list of a corpus's pairs; Enter opens one."""

    DEFAULT_CSS = """
    PickerScreen #picker-summary { height: 1; padding: 0 1; background: $panel; }
    PickerScreen #picker-scan { height: auto; padding: 1 2; }
    PickerScreen #picker-scan ProgressBar { padding: 0 0; }
    PickerScreen DataTable { height: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the table's own Enter (hidden from the footer) would shadow it.
        Binding("enter", "open", "Open pair", id="open", priority=True,
                tooltip="Open the highlighted pair side by side (Escape there comes back)."),
        Binding("n", "next_untagged", "Next untagged", id="next-untagged",
                tooltip="Go to the next pair with sentences you have not tagged."),
        Binding("question_mark,f1", "help", "Help", id="picker-help",
                tooltip="Show this list's keys and what its columns mean."),
        Binding("q", "app.quit", "Quit", id="quit", tooltip="Quit (tags are already saved)."),
    ]  # fmt: skip

    class Chosen(Message):
        """The user asked to open the pair on ``row`` of the listing."""

        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what
        """What is listed (the paths), shown until the listing arrives."""
        self.listing: list[Listed] = []
        self.counts: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static(f"scanning {self.what}…", id="picker-summary")
        with Vertical(id="picker-scan"):
            yield Static("", id="picker-stage")
            yield ProgressBar(id="picker-bar", show_eta=False)
        table: DataTable[str] = DataTable(id="picker-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        # Hidden until the scan has taken half a second (the app shows it then).
        self.query_one("#picker-scan").display = False

    @property
    def table(self) -> DataTable[str]:
        return self.query_one("#picker-table", DataTable)

    @property
    def row(self) -> int:
        """The highlighted row (0 when the list is empty)."""
        return self.table.cursor_row if self.listing else 0

    def show_progress(self, stage: str, done: int, total: int) -> None:
        self.query_one("#picker-scan").display = True
        self.query_one("#picker-stage", Static).update(f"scanning {self.what}: {stage}")
        self.query_one("#picker-bar", ProgressBar).update(total=max(total, 1), progress=done)

    def show_listing(self, listing: Sequence[Listed], counts: dict[str, int], row: int) -> None:
        """Fill the list (``row`` highlighted) and the corpus's progress."""
        self.listing, self.counts = list(listing), counts
        self.query_one("#picker-scan").display = False
        self._fill(row)
        self._summarise()
        self.table.focus()

    def on_resize(self) -> None:
        if self.listing:
            self._fill(self.row)

    def _fill(self, row: int) -> None:
        table = self.table
        table.clear(columns=True)
        fixed = sum(w + PAD for _, w in FIXED)
        title = max(8, (self.size.width - fixed - BAR) // 2 - PAD)
        (rank, rank_w), (src, src_w), *figures = FIXED
        table.add_column(rank, width=rank_w, key="rank")
        table.add_column(src, width=src_w, key="source")
        table.add_column("A", width=title, key="a")
        table.add_column("B", width=title, key="b")
        for name, width in figures:
            table.add_column(name, width=width, key=name)
        for n, item in enumerate(self.listing):
            table.add_row(
                str(n + 1),
                source_mark(item),
                clip(item.title_a, title),
                clip(item.title_b, title),
                share(item.reuse_a),
                share(item.reuse_b),
                progress_cell(self.counts.get(item.id_a, 0), item.total_a),
                progress_cell(self.counts.get(item.id_b, 0), item.total_b),
                key=str(n),
            )
        if self.listing:
            table.move_cursor(row=min(row, len(self.listing) - 1), animate=False)

    def _summarise(self) -> None:
        tagged, total, articles = corpus_progress(self.listing, self.counts)
        if not self.listing:
            text = f"No pairs share text in {self.what} · q quits"
        else:
            pairs = f"{len(self.listing)} pair{'s' if len(self.listing) != 1 else ''}"
            pct = f" ({tagged / total:.0%})" if total else ""
            text = (
                f"{pairs} · corpus: {tagged:,}/{total:,} sentences tagged{pct} "
                f"in {articles} articles"
            )
        self.query_one("#picker-summary", Static).update(text)

    def action_open(self) -> None:
        if self.listing:
            self.post_message(self.Chosen(self.row))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        # The table takes Enter itself when it has focus (a click selects too).
        event.stop()
        self.action_open()

    def action_help(self) -> None:
        from .picker_help import PickerHelpScreen

        self.app.push_screen(PickerHelpScreen(self._bindings_shown()))

    def _bindings_shown(self) -> list[Binding]:
        return [b for b in self.BINDINGS if isinstance(b, Binding)]

    def action_next_untagged(self) -> None:
        if not self.listing:
            return
        row = next_untagged(self.listing, self.counts, self.row)
        if row is None:
            self.notify("Every sentence of every listed pair is tagged.")
        elif row == self.row:
            # n wrapped round to the pair it started from: say so rather than stay mute.
            self.notify("No other pair has untagged sentences (this one has).")
        else:
            self.table.move_cursor(row=row)
