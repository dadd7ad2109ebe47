"""What the comparison ignores, whether suggestions show, auto-advance: toggles, applied at
once and remembered per store (``tui.preferences``)."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from newsdiff.meaning.options import CompareOptions

from ..preferences import Preferences

#: Each toggle: its key, the CompareOptions field (or a Preferences field), and what it means.
TOGGLES: tuple[tuple[str, str, str], ...] = (
    ("c", "ignore_case", 'Ignore case ("Western" = "western")'),
    ("p", "ignore_punctuation", "Ignore punctuation marks (a hyphen reads as a space)"),
    ("q", "ignore_quotes", 'Ignore quote and dash styles (‘x’ = "x", — = -)'),
    ("s", "ignore_spelling", "Ignore spelling variants (Kyiv/Kiev, defence/defense, fifteen/15)"),
    ("g", "suggestions", "Show suggested labels on untagged sentences"),
    ("a", "advance", "Auto-advance: after a label, go to the next untagged sentence"),
)
#: The toggles that are Preferences' own fields, not CompareOptions'.
_OWN = ("suggestions", "advance")


class OptionsScreen(ModalScreen[None]):
    """Toggles for the ignore options and suggestions. Each key applies its change now."""

    DEFAULT_CSS = """
    OptionsScreen {
        align: center middle;
        background: $background 60%;
    }
    OptionsScreen > Vertical {
        width: 80;
        max-width: 95%;
        height: auto;
        padding: 1 2;
        border: round $primary;
        background: $panel;
    }
    /* Keys and boxes in one column, meanings in the next: a meaning that wraps stays
       under itself instead of running back under the keys. */
    OptionsScreen Grid {
        grid-size: 2;
        grid-columns: 9 1fr;
        grid-rows: auto;
        height: auto;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *[
            Binding(key, f"flip('{field}')", text, id=f"toggle-{field}")
            for key, field, text in TOGGLES
        ],
        Binding("escape,i,enter", "close", "Close", tooltip="Back to the pair."),
    ]

    class Changed(Message):
        """The user flipped a toggle: the new preferences."""

        def __init__(self, preferences: Preferences) -> None:
            super().__init__()
            self.preferences = preferences

        @property
        def options(self) -> CompareOptions:
            return self.preferences.options

        @property
        def suggestions(self) -> bool:
            return self.preferences.suggestions

    def __init__(self, preferences: Preferences) -> None:
        super().__init__()
        self.preferences = preferences

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Content.styled(
                    "Options (keys toggle, Esc closes; remembered for this store)", "bold"
                )
            )
            yield Static("")
            with Grid(id="toggles"):
                for _key, field, text in TOGGLES:
                    yield Static(id=f"box-{field}", markup=False)
                    yield Static(text, markup=False)

    def on_mount(self) -> None:
        self._draw()

    def _on(self, field: str) -> bool:
        prefs = self.preferences
        return bool(getattr(prefs if field in _OWN else prefs.options, field))

    def _draw(self) -> None:
        for key, field, _text in TOGGLES:
            box = "[x]" if self._on(field) else "[ ]"
            mark = Content.assemble((f" {key} ", "bold $text-accent"), f" {box}")
            self.query_one(f"#box-{field}", Static).update(mark)

    def action_flip(self, field: str) -> None:
        prefs = self.preferences
        if field in _OWN:
            prefs = prefs.toggled(field, not getattr(prefs, field))
        else:
            options = replace(prefs.options, **{field: not getattr(prefs.options, field)})
            prefs = replace(prefs, options=options)
        self.preferences = prefs
        self._draw()
        self.app.post_message(self.Changed(prefs))

    def action_close(self) -> None:
        self.dismiss(None)
