"""The help screen: every key, and the guidelines for the four labels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newsdiff.labels import BADGES, GUIDELINES, KEYS, LABELS, PRECEDENCE_NOTE

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
    "f1": "F1",
    "ctrl+r": "Ctrl+R",
    "ctrl+p": "Ctrl+P",
    "ctrl+q": "Ctrl+Q",
}


def key_names(keys: str) -> str:
    """``"down,j"`` -> ``"↓ j"``: a binding's keys as the help shows them."""
    return " ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def keys_table(bindings: Iterable[Binding]) -> Content:
    """One line per binding: its keys, then what it does."""
    rows = [(key_names(b.key), b.tooltip or b.description) for b in bindings]
    width = max(len(k) for k, _ in rows) + 2
    lines = [Content.assemble((k.ljust(width), "bold $text-accent"), d) for k, d in rows]
    return Content("\n").join(lines)


def label_lines() -> list[tuple[Content, str]]:
    """Each label's heading (badge, name, key) and its guideline."""
    keys = {label: key for key, label in KEYS.items()}
    out: list[tuple[Content, str]] = []
    for label in ("fact", "attribution", "estimate", "opinion"):
        assert label in LABELS
        heading = Content.assemble(
            (f" {BADGES[label]} ", f"bold $text on ${_TAG_COLOURS[label]}"),
            " ",
            (label, "bold"),
            (f"  key {keys[label]}", "$text-muted"),
        )
        out.append((heading, GUIDELINES[label]))
    return out


def rows_legend() -> Content:
    """What the marks on the rule between the panes and the colours mean."""
    lines = [
        Content.assemble(("│ ", "$text-muted"), "equal: the same sentence on both sides",
                         ("  (= in the header's short figures)", "$text-muted")),
        Content.assemble(("~ ", "bold $text-warning"), "changed: ",
                         ("deleted words", "on $error 35%"), " on the left, ",
                         ("inserted words", "on $success 35%"), " on the right"),
        Content.assemble(("- ", "bold $text-error"), "removed: only A has it (B shows a filler)"),
        Content.assemble(("+ ", "bold $text-success"), "added: only B has it (A shows a filler)"),
        Content.assemble(("⇄ ", "bold $text-accent"),
                         "moved: the badge says where the counterpart sits in the other article"),
    ]  # fmt: skip
    return Content("\n").join(lines)


def marks_legend() -> Content:
    """What the gutter's badges and flags, and the styles of changed words, mean."""
    lines = [
        Content.assemble((" F ", "bold $text on $primary"), "  a label of your own (a key, or an "
                         "accepted suggestion)"),
        Content.assemble((" F ", "bold underline $text-primary"), "  a label carried over from the "
                         "counterpart in the other article (propagated)"),
        Content.assemble((" f ", "italic $text-muted"), "  a suggestion (its cue words "),
        Content.assemble(("     ", ""), ("underlined", "underline"), "); s accepts it"),
        Content.assemble(("  ? ", "bold $text-warning"), " unsure   ", ("≠ ", "bold $text-error"),
                         "annotators disagree   ", ("✎ ", "bold $text-accent"), "a note"),
        Content.assemble(("  ! ", "bold $text on $error"),
                         " on the rule: the row's two sides carry different labels"),
        Content.assemble("Changed words by class (1-7 show only rows with that class): ",
                         ("negation", "bold underline $text-error"), " ",
                         ("number", "bold underline $text-warning"), " ",
                         ("attribution", "bold underline $text-primary"), " ",
                         ("hedge", "bold $text-success"), " ", ("synonym", "italic"), " ",
                         ("variant", "$foreground 55%"), " rewording"),
    ]  # fmt: skip
    return Content("\n").join(lines)


#: Theme colours of the badges (as in the diff view's gutter).
_TAG_COLOURS = {
    "fact": "primary",
    "attribution": "secondary",
    "estimate": "warning",
    "opinion": "success",
}


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

    def __init__(self, bindings: Iterable[Binding]) -> None:
        super().__init__()
        self._help_bindings = list(bindings)

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "newsdiff help"
            scroll.border_subtitle = "Esc, q or ? to close · ↑↓ to scroll"
            yield Static("Keys", classes="heading")
            yield Static(keys_table(self._help_bindings), id="help-keys")
            yield Static("Rows", classes="heading")
            yield Static(rows_legend(), id="help-rows")
            yield Static("Marks", classes="heading")
            yield Static(marks_legend(), id="help-marks")
            yield Static("Labels", classes="heading")
            for heading, guideline in label_lines():
                yield Static(heading)
                yield Static(guideline, classes="guideline")
            yield Static(PRECEDENCE_NOTE, classes="note")
            yield Static(
                "Each tag is saved at once, for the article's sentence: the same article "
                "opened beside another shows its tags. The command palette (Ctrl+P) offers "
                "every action above.",
                classes="note",
            )
