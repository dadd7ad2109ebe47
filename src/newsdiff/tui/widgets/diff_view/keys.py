"""The diff view's keys: one binding per action, with the help text the app shows.

The help screen and the command palette list these, in this order.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from newsdiff.meaning.changes import CLASSES

from ...filtering import QUOTE_FILTER, ROW_FILTERS


def a_class(cls: str) -> str:
    """A change class with its article: "a number", "an attribution"."""
    return f"an {cls}" if cls[:1] in tuple("aeiou") else f"a {cls}"


def what_filter(cls: str) -> str:
    """What a filter keeps, for a notice: "a number change", "an altered quotation"."""
    if cls == QUOTE_FILTER:
        return "an altered quotation"
    return f"{a_class(cls)} change"


def filter_notice(cls: str, shown: int) -> str:
    """What the status line says when a filter shows ``shown`` rows (0: it found none).

    A row filter names the rows ("the 14 removed rows"); the others say what the rows
    have ("the 3 rows with a number change").
    """
    if cls in ROW_FILTERS:
        if not shown:
            return f"No row is {cls}."
        rows = f"the {cls} row" if shown == 1 else f"the {shown} {cls} rows"
        return f"Showing {rows} (0: all)."
    if not shown:
        return f"No row has {what_filter(cls)}."
    rows = "the 1 row" if shown == 1 else f"the {shown} rows"
    return f"Showing {rows} with {what_filter(cls)} (0: all)."


VIEW_BINDINGS: list[BindingType] = [
    Binding("f", "tag('fact')", "Fact", id="tag-fact",
            tooltip="Tag the sentence as fact (only sets; x clears; auto-advance: then next untagged)."),
    Binding("a", "tag('attribution')", "Attr", id="tag-attribution",
            tooltip="Tag the sentence as attribution (only sets; x clears; auto-advance: then next untagged)."),
    Binding("e", "tag('estimate')", "Est", id="tag-estimate",
            tooltip="Tag the sentence as estimate (only sets; x clears; auto-advance: then next untagged)."),
    Binding("o", "tag('opinion')", "Opin", id="tag-opinion",
            tooltip="Tag the sentence as opinion (only sets; x clears; auto-advance: then next untagged)."),
    Binding("x", "clear", "Clear", show=False, id="clear",
            tooltip="Remove the sentence's tag."),
    Binding("minus", "skip", "Skip", show=False, key_display="-", id="skip",
            tooltip="Not a claim (a navigation line, dateline, heading): done without a "
            "label, exported only with --include-skipped (again: unmark)."),
    Binding("u", "undo", "Undo", id="undo", tooltip="Undo the last tag change."),
    Binding("ctrl+r", "redo", "Redo", show=False, id="redo",
            tooltip="Redo the last undone tag change."),
    Binding("down,j", "cursor_down", "Down", show=False, id="cursor-down",
            tooltip="Move to the next sentence on this side; in a sentence taller than "
            "the screen, scroll on through it first."),
    Binding("up,k", "cursor_up", "Up", show=False, id="cursor-up",
            tooltip="Move to the previous sentence on this side; in a sentence taller "
            "than the screen, scroll back through it first (onto one, its end shows)."),
    Binding("left", "side('a')", "Side A", show=False, id="side-a",
            tooltip="Move to article A (left), same row."),
    Binding("right", "side('b')", "Side B", show=False, id="side-b",
            tooltip="Move to article B (right), same row."),
    Binding("tab,shift+tab", "switch_side", "Switch side", show=False, id="switch-side",
            tooltip="Move to the other article, same row."),
    Binding("pagedown", "page_down", "Page down", show=False, id="page-down",
            tooltip="Scroll one screen down; the cursor goes to the first sentence "
            "starting on it (or stays on a taller one still in view)."),
    Binding("pageup", "page_up", "Page up", show=False, id="page-up",
            tooltip="Scroll one screen up; the cursor goes to the first sentence "
            "starting on it (or stays on a taller one still in view)."),
    Binding("home,g", "first", "First", show=False, id="first",
            tooltip="Go to the first sentence of this side."),
    Binding("end,G", "last", "Last", show=False, id="last",
            tooltip="Go to the last sentence of this side."),
    Binding("n", "next_change", "Change", id="next-change",
            tooltip="Go to the next row that is not equal."),
    Binding("N", "previous_change", "Prev change", show=False, id="previous-change",
            tooltip="Go to the previous row that is not equal."),
    Binding("right_square_bracket", "next_untagged", "Untagged", show=False,
            id="next-untagged",
            key_display="]", tooltip="Go to the next sentence on this side without a tag "
            "(a skipped one is done); past the last, round to the first, and says so."),
    Binding("left_square_bracket", "previous_untagged", "Prev untagged", show=False,
            key_display="[", id="previous-untagged",
            tooltip="Go to the previous sentence on this side without a tag; past the "
            "first, round to the last, and says so."),
    Binding("s", "accept", "Accept", id="accept",
            tooltip="Accept the suggested label (shown faintly, cue words underlined); "
            "a carried label: confirm it as yours."),
    # Not in the footer: v (the detail panel) took its place at 80 columns.
    Binding("c", "note", "Note", show=False, id="note",
            tooltip="Write a note on the sentence (empty: remove it)."),
    Binding("exclamation_mark", "unsure", "Unsure", show=False, key_display="!",
            id="unsure", tooltip="Flag the sentence as unsure (again: unflag)."),
    Binding("d", "next_disagreement", "Disagree", show=False, id="next-disagreement",
            tooltip="Go to the next sentence where annotators gave different labels "
            "(typed or accepted suggestions, as newsdiff agree counts them)."),
    Binding("D", "previous_disagreement", "Prev disagree", show=False,
            id="previous-disagreement",
            tooltip="Go to the previous sentence where annotators gave different labels."),
    Binding("l", "next_shift", "Label shift", show=False, id="next-shift",
            tooltip="Go to the next row whose two sides carry different labels."),
    Binding("L", "previous_shift", "Prev shift", show=False, id="previous-shift",
            tooltip="Go to the previous row whose two sides carry different labels."),
    *[
        Binding(str(k), f"filter('{cls}')", f"Only {cls}", show=False,
                id=f"filter-{cls}",
                tooltip=f"Show only rows with {a_class(cls)} change (again: every row).")
        for k, cls in enumerate(CLASSES, start=1)
    ],
    Binding(str(len(CLASSES) + 1), f"filter('{QUOTE_FILTER}')", "Only altered quotes",
            show=False, id="filter-quote",
            tooltip="Show only rows whose words changed inside quotation marks on both "
            "sides (again: every row)."),
    *[
        Binding(key, f"filter('{kind}')", f"Only {kind}", show=False, id=f"filter-{kind}",
                tooltip=f"Show only {kind} rows (again: every row).")
        for kind, key in ROW_FILTERS.items()
    ],
    Binding("z", "fold", "Fold equal", show=False, id="fold",
            tooltip="Fold each run of equal rows into one line (··· 12 equal rows ···) "
            "that the cursor steps over as one row; Enter on it shows that run, z again "
            "every row. Remembered per store."),
    Binding("0", "filter('')", "Every row", show=False, id="filter-none",
            tooltip="Show every row again."),
]  # fmt: skip
"""
| Key(s) | Description |
| :- | :- |
| f, a, e, o | Tag fact, attribution, estimate, opinion (a label key only sets). |
| x | Clear the tag. |
| - | Skip: not a claim, done without a label. |
| u / ctrl+r | Undo / redo a tag change. |
| down, j | Next sentence on this side (first through the rest of a tall one). |
| up, k | Previous sentence on this side (first back through a tall one). |
| left / right | Article A / article B, same row. |
| tab, shift+tab | The other article, same row. |
| pagedown / pageup | Scroll a screen; the cursor goes to its first sentence. |
| home, g / end, G | First / last sentence of this side. |
| n / N | Next / previous row that is not equal. |
| ] / [ | Next / previous untagged sentence on this side. |
| s | Accept the suggested label. |
| c | Note on the sentence. |
| ! | Unsure flag. |
| d / D | Next / previous sentence where annotators disagree. |
| l / L | Next / previous row whose sides carry different labels. |
| 1-7 / 8 / 0 | Only rows with a change of one class / an altered quotation / every row. |
| r / b / m | Only removed / added (only in B) / moved rows. |
| z | Fold each run of equal rows into one line (Enter on it: show the run). |
"""
