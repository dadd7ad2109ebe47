"""The help screen: every key, and the guidelines for the four labels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newsdiff.core.labels import BADGES, GUIDELINES, KEYS, LABELS, PRECEDENCE_NOTE

#: How key names read on screen.
_KEY_NAMES = {
    "question_mark": "?",
    "exclamation_mark": "!",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "shift+tab": "Shift+Tab",
    "tab": "Tab",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "escape": "Esc",
    "enter": "Enter",
    "f1": "F1",
    "minus": "-",
    "ctrl+r": "Ctrl+R",
    "ctrl+p": "Ctrl+P",
    "ctrl+q": "Ctrl+Q",
}


def key_names(keys: str) -> str:
    """``"down,j"`` -> ``"↓ j"``: a binding's keys as the help shows them."""
    return " ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def key_rows(bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """One row per binding: its keys as the help shows them, then what it does."""
    return [(key_names(b.key), b.tooltip or b.description) for b in bindings]


def label_lines() -> list[tuple[Content, str]]:
    """Each label's heading (badge, name, key) and its guideline."""
    keys = {label: key for key, label in KEYS.items()}
    out: list[tuple[Content, str]] = []
    for label in ("fact", "attribution", "estimate", "opinion"):
        assert label in LABELS
        heading = Content.assemble(
            (f" {BADGES[label]} ", f"bold $text on {_TAG_COLOURS[label]}"),
            " ",
            (label, "bold"),
            (f"  key {keys[label]}", "$text-muted"),
        )
        out.append((heading, GUIDELINES[label]))
    return out


#: A legend: what each mark looks like, and what it means.
Legend = list[tuple[Content, Content]]


def rows_legend() -> Legend:
    """What the marks on the rule between the panes and the colours mean."""
    return [
        (Content.styled("│", "$text-muted"),
         Content.assemble("equal: the same sentence on both sides",
                          ("  (= in the header's short figures)", "$text-muted"))),
        (Content.styled("~", "bold $text-warning"),
         Content.assemble("changed: ", ("deleted words", "on $error 35%"), " on the left, ",
                          ("inserted words", "on $success 35%"), " on the right")),
        (Content.styled("-", "bold $text-error"),
         Content("removed: only A has it (B shows a filler)")),
        (Content.styled("+", "bold $text-success"),
         Content("added: only B has it (A shows a filler)")),
        (Content.styled("⇄", "bold $text-accent"),
         Content("moved: the badge says where the counterpart sits in the other article")),
        (Content.styled("┊", "$text-muted"),
         Content("··· 12 equal rows ···: a run of equal rows folded into one line (z); "
                 "Enter on it shows them")),
        (Content.styled("❝", "bold $text-warning"),
         Content("on the rule: words changed inside quotation marks on both sides (8 shows "
                 "only those rows)")),
    ]  # fmt: skip


def marks_legend(single: bool = False) -> Legend:
    """What the gutter's badges and flags mean; in one article alone, not "!" on the
    rule, a pair's (review r25e), and a carried label is one carried in a pair (it shows
    alone too: review r25d)."""
    carried = (
        "a label carried over from its counterpart when the article was paired (propagated)"
        if single
        else "a label carried over from the counterpart in the other article (propagated)"
    )
    differ = [
        (
            Content.styled(" ! ", "bold $text on $error"),
            Content("on the rule: the row's two sides carry different labels"),
        ),
    ]
    return [
        (Content.styled(" F ", "bold $text on $primary"),
         Content("a label of your own (a key, or an accepted suggestion)")),
        (Content.styled(" F ", "bold underline $text-primary"), Content(carried)),
        (Content.styled(" f ", "italic $text-muted"),
         Content.assemble("a suggestion (its cue words ", ("underlined", "underline"),
                          "); s accepts it")),
        (Content.styled(" – ", "bold $foreground 60%"),
         Content("skipped: not a claim (-), done without a label")),
        (Content.styled("  ?", "bold $text-warning"), Content("unsure")),
        (Content.styled("  ≠", "bold $text-error"), Content("annotators disagree")),
        (Content.styled("   ✎", "bold $text-accent"), Content("a note")),
        *([] if single else differ),
    ]  # fmt: skip


def classes_legend() -> Content:
    """How changed words look, by class."""
    return Content.assemble(
        "Changed words by class (1-7 show only rows with that class, 8 altered quotes): ",
        ("negation", "bold underline $text-error"), " ",
        ("number", "bold underline $text-warning"), " ",
        ("attribution", "bold underline $text-primary"), " ",
        ("hedge", "bold $text-success"), " ", ("synonym", "italic"), " ",
        ("variant", "$foreground 55%"), " rewording",
    )  # fmt: skip


def _legend_grid(legend: Legend, id: str) -> Grid:  # noqa: A002 (Textual's parameter name)
    """Marks in one column, meanings in the next: a meaning that wraps stays in its
    column instead of running back under the marks."""
    width = max(mark.cell_length for mark, _ in legend) + 2
    cells = [Static(c, classes=kind) for m, d in legend for c, kind in ((m, "mark"), (d, "does"))]
    grid = Grid(*cells, id=id, classes="legend")
    grid.styles.grid_columns = f"{width} 1fr"
    return grid


#: Theme colours of the badges (as in the diff view's gutter).
_TAG_COLOURS = {
    "fact": "$primary",
    "attribution": "#8a4fbf",
    "estimate": "$warning",
    "opinion": "$success",
}


#: How help's note ends beside two articles, and in one alone (whose keys leave out
#: those that go to article B or compare two: ``CommandsMixin.all_bindings``).
_PAIR_NOTE = (
    "One article alone ('newsdiff ARTICLE') opens in one pane with the same keys, store and "
    "suggestions; the keys that go to article B say there is none, and so do "
    "the filters, the fold, n and l (they compare two articles)."
)
_SINGLE_NOTE = (
    "This is one article alone: the keys that go to article B and those that compare two "
    "articles (the filters, the fold, n and l) are not listed."
)


class HelpScreen(ModalScreen[None]):
    """Every key of the app, and the label guidelines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="close-help",
                tooltip="Close this help."),
    ]  # fmt: skip

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        background: $background 60%;
    }
    HelpScreen > VerticalScroll {
        width: 96;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $primary;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen .legend {
        layout: grid;
        grid-size: 2;
        grid-rows: auto;
        height: auto;
    }
    HelpScreen .guideline {
        padding-left: 4;
    }
    HelpScreen .note {
        margin-top: 1;
    }
    HelpScreen .heading {
        text-style: bold;
        color: $text-primary;
        margin-top: 1;
    }
    """

    def __init__(self, bindings: Iterable[Binding], single: bool = False) -> None:
        super().__init__()
        self._help_bindings = list(bindings)
        self._single = single

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "newsdiff help"
            scroll.border_subtitle = "Esc, q or ? to close · ↑↓ to scroll"
            yield Static("Keys", classes="heading")
            keys = [
                (Content.styled(k, "bold $text-accent"), Content(d))
                for k, d in key_rows(self._help_bindings)
            ]
            yield _legend_grid(keys, "help-keys")
            if not self._single:  # one article has no rows of a pair, nor changed words
                yield Static("Rows", classes="heading")
                yield _legend_grid(rows_legend(), "help-rows")
            yield Static("Marks", classes="heading")
            yield _legend_grid(marks_legend(self._single), "help-marks")
            if not self._single:
                yield Static(classes_legend(), id="help-classes", classes="note")
            yield Static("Labels", classes="heading")
            for heading, guideline in label_lines():
                yield Static(heading)
                yield Static(Content(guideline), classes="guideline")
            yield Static(Content(PRECEDENCE_NOTE), classes="note")
            yield Static(
                Content(
                    "Each tag is saved at once, for the article's sentence: the same article "
                    "opened beside another shows its tags. The command palette (Ctrl+P) "
                    "offers every action above. A#10 is sentence 10 of A counted from 1; "
                    "the command line's INDEX counts from 0 (A#10 is index 9: 'newsdiff "
                    "sentences' shows both, 'newsdiff tag' takes #10 too). ] and [ wrap "
                    "round the side's end and say so. "
                    + (_SINGLE_NOTE if self._single else _PAIR_NOTE)
                ),
                classes="note",
            )
