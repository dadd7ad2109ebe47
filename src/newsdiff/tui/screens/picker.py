"""The pair picker: a corpus's scanned pairs, best first, with each article's progress.

One row a pair: whether A is known to be the source, both titles (or file names, when
the titles are cut too short to tell apart), both reuse shares (the share of each side's 3-word
sequences the other holds, as ``report`` says it) and how many of each side's sentences
this annotator has tagged. Above the list: the progress over the listed pairs' articles;
under it, the highlighted pair's file names and titles in full.
``j`` ``k``, ``g`` ``G`` move the list as they move the diff view (``PairTable``);
Enter opens the highlighted pair, ``n`` goes to the next pair with untagged sentences.

The screen only shows and asks: the app scans (in a thread) and says how far it got
(``show_progress``), hands it the listing (``show_listing``), and opens the pair the
screen names in its ``Chosen`` message.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, ProgressBar, Static

from ..layout import clean
from ..listing import Listed, next_untagged, progress_line

#: Columns besides the two titles: rank, source, reuse A, reuse B, tagged A, tagged B
#: (narrow, so that the titles keep most of an 80-column screen).
FIXED = (("#", 3), ("src", 3), ("A%", 4), ("B%", 4), ("tagged A", 8), ("tagged B", 8))
#: Cells' padding (one column each side) and the scrollbar's width.
PAD, BAR = 2, 2
#: Title columns narrower than this show the articles' file names instead: cut that
#: short, two titles often read the same ("Russian Soldier A…" twice), names never do.
NAMES_UNDER = 30


def clip(text: str, width: int) -> str:
    # A corpus's title or id may hold ESC [ 2 J, which wiped the list: controls are
    # spaces here, as in the pair's panes (``layout.clean``).
    text = " ".join(clean(text).split()) or "(untitled)"
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def clip_name(name: str, width: int) -> str:
    """A file name cut in the middle: names differ at the start (000_, 001_) or at the
    end (a corpus's ``FILE#ID``), so both ends stay; control characters as spaces."""
    name = clean(name)
    if len(name) <= width:
        return name
    head = max((width - 1) // 2, 0)
    return name[:head] + "…" + name[len(name) - (width - 1 - head) :] if width > 1 else "…"


def short_name(ref: str) -> str:
    """An article's file name, or its corpus record (``corpus.jsonl#ID``), as scan lists it."""
    return os.path.basename(ref)


def side_cells(item: Listed, width: int) -> tuple[str, str]:
    """A's and B's cells: the titles, or the file names when the column is narrow or
    both titles would read the same (A and B must be told apart)."""
    a, b = clip(item.title_a, width), clip(item.title_b, width)
    if width < NAMES_UNDER or a == b:
        return clip_name(short_name(item.ref_a), width), clip_name(short_name(item.ref_b), width)
    return a, b


def share(value: float) -> str:
    return f"{value:.0%}"


def source_mark(item: Listed) -> str:
    """The source column: A when A is known to be the source (dated earlier); nothing when
    there is no telling (``scan`` says so, its JSON ``source: null``)."""
    return "A" if item.source else ""


#: The progress cell of an article whose tag file cannot be read (a notice names the
#: file and says why): its pairs are listed, and refuse to open.
DAMAGED = "damaged"


def progress_cell(tagged: int | None, total: int) -> str:
    """``tagged``: None for an article whose tag file is damaged."""
    if tagged is None:
        return DAMAGED
    return "✓ all" if total and tagged >= total else f"{tagged}/{total}"


#: Enter opens the highlighted pair: the screen's key (in help), and the table's.
OPEN = Binding(
    "enter",
    "open",
    "Open pair",
    id="open",
    tooltip="Open the highlighted pair side by side (Escape there comes back).",
)


class PairTable(DataTable[str]):
    """The list itself, moved by the diff view's keys as well as the table's own.

    The diff view moves with ``j`` ``k`` and goes to its ends with ``g`` ``G``, ``Home``
    ``End``; in a list of rows those keys must move the same way, or ``j j j Enter``
    opens the pair that was already highlighted. (The table's own Home and End scroll
    sideways; a row cursor never needs that, the columns fit the width.)

    Enter is bound here, not as a priority key of the screen: Textual runs a priority
    key as the app reads it, while ``j`` travels to the table and back up to the app
    before it moves the cursor, so ``j Enter`` in one read (typed ahead, pasted, a
    loaded machine) opened the row ``j`` had not yet left. Bound on the table, Enter
    follows ``j`` down the same queues and acts after it; and the table's own Enter
    (hidden from the footer) no longer shadows the screen's.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("home,g", "scroll_top", "First pair", show=False),
        Binding("end,G", "scroll_bottom", "Last pair", show=False),
        replace(OPEN, action="screen.open"),
        # An Enter typed before the app set the terminal raw (``newsdiff FOLDER``, then
        # ``j j j Enter`` within a second) was turned into a newline by the terminal's
        # ICRNL, which Textual reads as ctrl+j: it opened nothing (review r25d finding
        # 6). readline takes ctrl+j as Enter too.
        Binding("ctrl+j", "screen.open", "Open pair", show=False),
    ]


class PickerScreen(Screen[None]):
    """The list of a corpus's pairs; Enter opens one."""

    DEFAULT_CSS = """
    PickerScreen #picker-summary { height: 1; padding: 0 1; background: $panel; }
    PickerScreen #picker-scan { height: auto; padding: 1 2; }
    PickerScreen #picker-scan ProgressBar { padding: 0 0; }
    PickerScreen DataTable { height: 1fr; }
    PickerScreen #picker-pair { height: 2; padding: 0 1; background: $panel; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        OPEN,  # the table binds it too (``PairTable``): it has the focus
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
        self.damaged: dict[str, str] = {}
        """The listed articles whose tag file cannot be read, and why."""
        self.opening = False
        """A ``Chosen`` is on its way to the app: keys behind it wait for its answer
        (the pair opens and they are its keys, or it is refused and they are the list's)."""

    def compose(self) -> ComposeResult:
        yield Static(f"scanning {self.what}…", id="picker-summary")
        with Vertical(id="picker-scan"):
            yield Static("", id="picker-stage")
            yield ProgressBar(id="picker-bar", show_eta=False)
        table = PairTable(id="picker-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("", id="picker-pair")
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

    def show_listing(
        self,
        listing: Sequence[Listed],
        counts: dict[str, int],
        row: int,
        damaged: dict[str, str] | None = None,
    ) -> None:
        """Fill the list (``row`` highlighted) and the corpus's progress; the articles
        ``damaged`` (id: why) show so in their progress cells."""
        self.listing, self.counts, self.damaged = list(listing), counts, damaged or {}
        self.query_one("#picker-scan").display = False
        self._fill(row)
        self._summarise()
        self._describe()
        self.table.focus()

    def on_resize(self) -> None:
        if self.listing:
            self._fill(self.row)
            self._describe()

    @on(DataTable.RowHighlighted)
    def _describe(self) -> None:
        """Under the list, the highlighted pair in full: each side's file name and title,
        as ``scan`` lists them (the cells may be too narrow for either)."""
        strip = self.query_one("#picker-pair", Static)
        if not self.listing:
            strip.update("")
            return
        item = self.listing[min(self.row, len(self.listing) - 1)]
        width = max(self.size.width - 2, 20)
        name = min(32, max(len(short_name(r)) for r in (item.ref_a, item.ref_b)))
        sides = (("A", item.ref_a, item.title_a), ("B", item.ref_b, item.title_b))
        lines = [
            f"{side}  {clip_name(short_name(ref), name):<{name}}  " + clip(title, width - name - 5)
            for side, ref, title in sides
        ]
        strip.update(Content("\n".join(lines)))

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

        def done(art_id: str) -> int | None:
            return None if art_id in self.damaged else self.counts.get(art_id, 0)

        for n, item in enumerate(self.listing):
            table.add_row(
                str(n + 1),
                source_mark(item),
                *side_cells(item, title),
                share(item.reuse_a),
                share(item.reuse_b),
                progress_cell(done(item.id_a), item.total_a),
                progress_cell(done(item.id_b), item.total_b),
                key=str(n),
            )
        if self.listing:
            table.move_cursor(row=min(row, len(self.listing) - 1), animate=False)

    def _summarise(self) -> None:
        if not self.listing:
            text = f"No pairs share text in {self.what} · q quits"
        else:
            text = progress_line(self.listing, self.counts, self.damaged)
        self.query_one("#picker-summary", Static).update(text)

    def action_open(self) -> None:
        if self.listing:
            self.opening = True
            self.post_message(self.Chosen(self.row))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        # A click on a row selects it (Enter is bound on the table: ``PairTable``).
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
        row = next_untagged(self.listing, self.counts, self.row, self.damaged)
        if row is None:
            self.notify("Every sentence of every listed pair is tagged.")
        elif row == self.row:
            # n wrapped round to the pair it started from: say so rather than stay mute.
            self.notify("No other pair has untagged sentences (this one has).")
        else:
            self.table.move_cursor(row=row)
