"""The pair's header (figures, file names, progress) and the status line under the view."""

from __future__ import annotations

import math

from rich.cells import cell_len
from textual.app import RenderResult
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from newsdiff.core.reuse import NO_SHARE, same_after
from newsdiff.core.worddiff import is_word, tokenize
from newsdiff.meaning.compare import Comparison

from ..layout import DIVIDER, GUTTER, Geometry, Side, clean
from ..single import single_summary
from ..status import cut_parts, fit_changes

_KIND_STYLES = {
    "equal": "",
    "changed": "$text-warning",
    "added": "$text-success",
    "removed": "$text-error",
    "moved": "$text-accent",
    "weak": "$text-muted",
}
#: Each kind's mark, as on the rule between the panes (the short form of the figures).
KIND_MARKS = {"equal": "=", "changed": "~", "added": "+", "removed": "-", "moved": "⇄", "weak": "≈"}
#: The least room the status line keeps for the row's changes after the detail.
CHANGES_ROOM = 34
#: Between the figures and the mode (a filter, folded rows) when they come close.
MODE_GAP = " · "
#: Between the short figures' row counts and the reuse share; where room is short.
FIGURES_GAP = "  │  "
TIGHT_GAP = " │ "


def figures(cmp: Comparison, short: bool = False, reuse: bool = True) -> Content:
    """The pair's figures in one line: reused words and rows by kind.

    ``short`` names each kind by its mark, the count after it ("=0 ~30 +0 -14 ⇄0", as a
    diffstat reads: a count before a mark read as "0 = 30", "0 to 29" or "minus 0"),
    and puts the rows first, so that what a narrow header cuts is the reuse share.
    ``reuse=False`` leaves out the reuse share, which walks every word of the pair
    (0.3 s for 7,000 sentences), so the rows can be shown before it is known.
    """
    if reuse:
        head = f"reused A {share_text(cmp, 'a')} · B {share_text(cmp, 'b')}"
    else:
        head = "reused A … · B …"
    rows = "1 row" if len(cmp.rows) == 1 else f"{len(cmp.rows)} rows"
    counts: list[str | tuple[str, str]] = []
    # Every kind, zeros too (dimmed): "0 moved" is a finding as much as "3 moved".
    # Weak links (``Row.counted_as``) are named where the pair has them.
    kinds = [(kind, n) for kind, n in cmp.counts().items() if n or kind != "weak"]
    for k, (kind, n) in enumerate(kinds):
        if k:
            counts.append(" " if short else ", ")
        text = f"{KIND_MARKS[kind]}{n}" if short else f"{n} {kind}"
        if kind == "moved" and (edited := cmp.moved_edited()):
            # A moved row whose words changed is counted here, not lost among the moved.
            text += f" ({edited}{KIND_MARKS['changed']})" if short else f" ({edited} edited)"
        counts.append((text, _KIND_STYLES[kind] if n else "$text-muted"))
    if short:
        return Content.assemble(f"{rows}: ", *counts, FIGURES_GAP, head)
    return Content.assemble(f"{head}  │  {rows}: ", *counts)


def share_text(cmp: Comparison, side: Side) -> str:
    """A side's reuse share as the header shows it.

    Whole percents, except that "100%" means every word and "0%" none: a share that
    only rounds there gets one decimal (99.8%, 0.2%). "—" for a side without words,
    which has no share at all.
    """
    share = cmp.reuse[side]
    if share is None:
        return NO_SHARE
    if share >= 0.995 or share <= 0.005:
        any_word, all_kept = _words_kept(cmp, side)
        if not any_word:
            return NO_SHARE
        if share >= 0.995:
            if all_kept:
                return "100%"
            # The stored share is rounded too: never let a changed word read 100.0%.
            return f"{min(math.floor(share * 1000) / 10, 99.9):.1f}%"
        if share > 0:
            return f"{max(math.ceil(share * 1000) / 10, 0.1):.1f}%"
    return f"{share:.0%}"


def _words_kept(cmp: Comparison, side: Side) -> tuple[bool, bool]:
    """Whether the side has a word at all, and whether every one of its words is kept.

    Only asked near 0% and 100%, so the walk seldom runs; it stops at a changed word.
    """
    other_op = "insert" if side == "a" else "delete"
    any_word = False
    for row in cmp.rows:
        ops = row.ops
        for k, (op, text) in enumerate(ops):
            if op == other_op or (op == "equal" and any_word):
                continue
            if same_after(ops, k) or (k and same_after(ops, k - 1)):
                op = "equal"  # a word written another way is kept, as the share counts it
            if any(is_word(t) for t in tokenize(text)):
                if op != "equal":
                    return True, False
                any_word = True
    return any_word, True


class PairHeader(Widget):
    """Two lines: the pair's figures, then each article's name and progress over its pane."""

    DEFAULT_CSS = """
    PairHeader {
        height: 2;
        background: $panel;
        color: $foreground;
    }
    """

    summary: reactive[tuple[Content, Content]] = reactive((Content(""), Content("")))
    """The pair's figures, long and short (or what is being computed)."""
    progress: reactive[tuple[int, int, int, int]] = reactive((0, 0, 0, 0))
    """Tagged and total sentences: A tagged, A total, B tagged, B total."""
    damaged: reactive[tuple[bool, bool]] = reactive((False, False))
    """Whether A's, B's tag file is damaged (the store's poll found it so): its old
    progress would read as if its tags were there (review r22c finding 8)."""
    geometry: reactive[Geometry | None] = reactive(None)
    """The diff view's columns, so each name sits over its own pane."""
    mode: reactive[str] = reactive("")
    """What the view leaves out, e.g. ``ignoring case · only number (3 rows)``."""

    def __init__(
        self,
        name_a: str,
        name_b: str,
        *,
        indent: int = 0,
        single: bool = False,
        id: str | None = None,  # noqa: A002 (Textual's own parameter name)
    ) -> None:
        super().__init__(id=id)
        # A corpus record's id is in its name, ESC [ 2 J and all: controls as spaces.
        self.name_a = clean(name_a)
        self.name_b = clean(name_b)
        self.indent = indent
        self.single = single
        """One article alone: no alignment figures; the article and its progress."""
        """Columns left of the diff view (its second scrollbar): the names start after."""

    def _title(self, side: Side, width: int) -> Content:
        tagged, total = self.progress[:2] if side == "a" else self.progress[2:]
        name = self.name_a if side == "a" else self.name_b
        broken = self.damaged[0 if side == "a" else 1]
        right = "tags damaged" if broken else f"{tagged}/{total} tagged" if total else ""
        # The letter sits over the gutter, the name over the text.
        label = Content.styled(f" {side.upper()} ", "bold reverse")
        room = max(0, width - label.cell_length - len(right) - 1)
        title = Content.assemble(label, Content.styled(name, "bold").truncate(room, ellipsis=True))
        pad = width - title.cell_length - len(right)
        if pad >= 1:
            done = (
                "$text-error" if broken else "$text-success" if tagged == total else "$text-muted"
            )
            title = Content.assemble(title, " " * pad, (right, done))
        return title.truncate(width)

    def _figures_line(self, width: int, long: Content, short: Content) -> Content:
        """The first line: the figures, then the mode at the right.

        The long figures with the name; else the short ones; else the short ones alone
        (at 80 columns with a filter on, the counts and the filter both stay readable).
        Narrower, the reuse share stays whole ("reuse… ·  ignoring case" at 80 columns
        with the fold and an option on): the mode keeps its parts that fit, the row
        counts what is left, or go.
        """
        name = Content.styled(" newsdiff ", "bold reverse")
        mode = self._mode(self.mode)
        # Room for a separator before the mode: its own padding is a reversed space, which
        # a plain terminal (or a copy of the screen) shows as one ordinary space.
        room = width - mode.cell_length - (len(MODE_GAP) if self.mode else 0)
        for head, figs in ((name, long), (name, short), (Content(""), short)):
            if head.cell_length + 1 + figs.cell_length <= room:
                return self._with_mode(Content.assemble(head, " ", figs), mode, room)
        at = short.plain.find(FIGURES_GAP)
        counts, reuse = (short[:at], short[at + len(FIGURES_GAP) :]) if at > 0 else (None, short)
        # Without its counts when the mode would not fit beside them too: "21 rows…"
        least = len(counts.plain.partition(":")[0]) + 1 if counts else 0
        for beside in ((1 + len(TIGHT_GAP) + least) if counts else 1, 1):
            fit = width - beside - reuse.cell_length - len(MODE_GAP) - 2
            mode = self._mode(cut_parts(Content(self.mode), fit, MODE_GAP).plain)
            if mode.cell_length or not self.mode:
                break
        room = width - mode.cell_length - (len(MODE_GAP) if mode.cell_length else 0)
        left = room - 1 - reuse.cell_length - len(TIGHT_GAP)
        if counts is not None and left >= least:
            line = Content.assemble(" ", counts.truncate(left, ellipsis=True), TIGHT_GAP, reuse)
        else:
            line = Content.assemble(" ", reuse).truncate(max(0, room), ellipsis=True)
        return self._with_mode(line, mode, room)

    @staticmethod
    def _mode(text: str) -> Content:
        return Content.styled(f" {text} ", "bold reverse $text-warning") if text else Content("")

    @staticmethod
    def _with_mode(line: Content, mode: Content, room: int) -> Content:
        if not mode.cell_length:
            return line
        gap = room - line.cell_length + len(MODE_GAP)
        sep = " " * gap if gap > 2 * len(MODE_GAP) else MODE_GAP.ljust(gap)
        return Content.assemble(line, sep, mode)

    def render(self) -> RenderResult:
        width = self.size.width
        long, short = self.summary
        if self.single:
            tagged, total = self.progress[:2]
            long = short = Content(single_summary(total, tagged, self.damaged[0]))
        top = self._figures_line(width, long, short)
        if self.single:  # the article's name and progress over the whole width
            line = Content.assemble(" " * self.indent, self._title("a", width - self.indent))
            return Content("\n").join([top.truncate(width), line.truncate(width)])
        geo = self.geometry or Geometry.for_width(max(1, width - 1 - self.indent))
        line = Content.assemble(
            " " * self.indent,
            self._title("a", geo.a_start + geo.text_a),
            " " * DIVIDER,
            self._title("b", GUTTER + geo.text_b),
        )
        return Content("\n").join([top.truncate(width), line.truncate(width)])


class StatusLine(Widget):
    """Two lines under the view: where the cursor is and the last thing that happened;
    then what the cursor's sentence and row carry (note, who said what, the suggestion
    and its cues, the row's changes by class)."""

    DEFAULT_CSS = """
    StatusLine {
        height: 2;
        background: $panel;
        color: $foreground;
    }
    """

    position: reactive[str] = reactive("")
    """Where the cursor is, e.g. ``A#5 of 44 · row 7 of 44, changed · fact``."""
    message: reactive[str] = reactive("")
    """The last tag change, e.g. ``A#5: untagged → fact``."""

    detail: reactive[Content] = reactive(Content(""))
    """What the cursor's sentence and row carry, e.g. ``suggests fact [s]: said``."""
    changes: reactive[tuple[str, ...]] = reactive(())
    """The row's changes, most significant first, e.g. ``number: 300 → 400``: after the
    detail, as many as fit, then "+N more (v)"."""

    def render(self) -> RenderResult:
        width = self.size.width
        # Where the cursor is, and its label, come first: the message about the last
        # save gets what is left (at 80 columns it used to cut the label off).
        left = Content(self.position).truncate(max(0, width - 2), ellipsis=True)
        room = width - left.cell_length - 4
        # A message in two parts (what was saved, then where auto-advance could not go)
        # puts its second part on the second line.
        head, _, more = self.message.partition("\n")
        message = Content.styled(head, "italic $text-muted")
        detail = Content.styled(more, "italic $text-muted") if more else self._detail(width)
        if message.cell_length <= room:
            right = message
        elif more:
            # The second part is the news (where the cursor could not go); the first,
            # what was saved, is cut to the room left (the position shows the label).
            right = message.truncate(room, ellipsis=True) if room >= 12 else Content("")
        else:
            # No room beside the position (at 80 columns, most messages): the message
            # takes the second line, in full, until it clears; the detail comes back then.
            right, detail = Content(""), message
        pad = max(1, width - left.cell_length - right.cell_length - 2)
        top = Content.assemble(" ", left, " " * pad, right, " ").truncate(width)
        below = Content.assemble(" ", detail).truncate(width, ellipsis=True)
        return Content("\n").join([top, below])

    def _detail(self, width: int) -> Content:
        """The detail, then the row's changes that fit in ``width`` (and how many not)."""
        if not self.changes:
            return self.detail
        detail = self.detail
        gap = "  ·  " if detail.cell_length else ""
        # The changes keep room for one (or its cut start and "+N more (v)"): a long
        # detail (a suggestion's cues, a note) is cut before it pushes them out.
        least = min(cell_len("; ".join(self.changes)), CHANGES_ROOM)
        room = max(width - 2 - detail.cell_length - len(gap), least)
        if detail.cell_length > width - 2 - len(gap) - room:
            detail = cut_parts(detail, max(0, width - 2 - len(gap) - room))
            if not detail.cell_length:
                gap, room = "", width - 2  # nothing of the detail fits: the changes alone
        return Content.assemble(detail, gap, fit_changes(self.changes, room))
