"""The note input: one line of text on a sentence, saved on Enter, dropped on Escape."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class NoteScreen(ModalScreen[str | None]):
    """Asks for a sentence's note. Dismisses with the text ("" removes it) or None."""

    DEFAULT_CSS = """
    NoteScreen {
        align: center middle;
        background: $background 60%;
    }
    NoteScreen > Vertical {
        width: 80%;
        max-width: 100;
        height: auto;
        padding: 1 2;
        border: round $primary;
        background: $panel;
    }
    NoteScreen Label { width: 1fr; margin-bottom: 1; }
    NoteScreen #note-sentence { color: $text-muted; text-style: italic; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving."),
    ]

    def __init__(self, where: str, sentence: str, note: str) -> None:
        super().__init__()
        self.where = where
        self.sentence = sentence
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Note on {self.where}  (Enter saves, empty removes it, Esc cancels)")
            yield Label(self.sentence, id="note-sentence", markup=False)
            # Not selected on focus: a note is more often added to than replaced.
            yield Input(
                self.note,
                placeholder="why this label, what to check…",
                id="note-input",
                select_on_focus=False,
            )

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.focus()
        box.cursor_position = len(self.note)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
