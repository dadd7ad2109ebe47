"""Help and the command palette: every key of the main screen, listed and searchable.

The help screen lists the view's keys and the app's in order; the palette (ctrl+p)
offers each action of the same list (``all_bindings``) under a title, with its keys, so
the two cannot drift apart (review r24d: fold, skip, the row filters and the detail
panel were in help only).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from newsdiff.meaning.changes import CLASSES

from .review import ReviewMixin
from .screens.help import HelpScreen, key_names
from .single import SINGLE_TOOLTIPS, pair_key
from .widgets.diff_view import DiffView, a_class

#: What Ctrl+C says, on the status line.
CTRL_C = "Ctrl+C does not quit: press q (or Ctrl+Q); tags are already saved."

QUIT_HELP = (
    "Quit; tags are already saved, the cursor is kept for next time. "
    "(Ctrl+C does not quit: it copies selected text, or says how to quit.)"
)

#: Data table: command palette titles of the actions help lists, by binding id (one
#: without a title here is offered under its short description).
PALETTE_TITLES = {
    "cursor-down": "Next sentence",
    "cursor-up": "Previous sentence",
    "side-a": "Go to article A",
    "side-b": "Go to article B",
    "switch-side": "Switch to the other article",
    "page-down": "Page down",
    "page-up": "Page up",
    "first": "First sentence",
    "last": "Last sentence",
    "next-change": "Next change",
    "previous-change": "Previous change",
    "next-untagged": "Next untagged sentence",
    "previous-untagged": "Previous untagged sentence",
    "tag-fact": "Tag: fact",
    "tag-attribution": "Tag: attribution",
    "tag-estimate": "Tag: estimate",
    "tag-opinion": "Tag: opinion",
    "clear": "Clear tag",
    "undo": "Undo tag change",
    "redo": "Redo tag change",
    "accept": "Accept the suggested label",
    "note": "Note on the sentence",
    "unsure": "Flag the sentence as unsure",
    "next-disagreement": "Next disagreement between annotators",
    "previous-disagreement": "Previous disagreement between annotators",
    "next-shift": "Next label shift across the pair",
    "previous-shift": "Previous label shift across the pair",
    **{f"filter-{cls}": f"Show only rows with {a_class(cls)} change" for cls in CLASSES},
    "filter-quote": "Show only rows with an altered quotation",
    "filter-removed": "Show only removed rows (only in A)",
    "filter-added": "Show only added rows (only in B)",
    "filter-moved": "Show only moved rows",
    "filter-none": "Show every row",
    "skip": "Skip: not a claim",
    "fold": "Fold the runs of equal rows",
    "detail": "Detail panel of the cursor's row",
    "enter": "Unfold a fold line, or open the detail panel",
    "detail-down": "Detail panel: page down",
    "detail-up": "Detail panel: page up",
    "options": "Compare options",
    "retrain": "Retrain the suggestions",
    "help": "Help",
}

#: Help's actions that Textual's palette offers already (its "Quit the application"),
#: and the palette itself.
_NOT_IN_PALETTE = frozenset({"quit", "command_palette"})


def palette_help(text: str, keys: str) -> str:
    """A command's help line for the palette: what it does, then its keys in brackets.

    The palette reads help as markup, where "[s]" or "[N]" is a style tag and would
    vanish: every bracket is escaped.
    """
    return f"{text} [{key_names(keys)}]".replace("[", "\\[")


class CommandsMixin(ReviewMixin):
    """The help screen and the palette (which offers the review's options screen too)."""

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual's binding): how to quit, on the status line like every other
        notice, not a toast over the cursor's row. Over another screen (help, options)
        the status line is hidden: Textual's toast says it there."""
        if len(self.screen_stack) > 1:
            super().action_help_quit()
            return
        self._say(CTRL_C)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.all_bindings(), single=self.single))

    def all_bindings(self) -> list[Binding]:
        """Every key of the main screen, in the order the help lists them; in one
        article alone, not those that go to article B or compare two (review r25a: its
        help listed "Move to article B", Tab and n)."""
        out: list[Binding] = []
        for binding in [*DiffView.BINDINGS, *self.BINDINGS]:
            if not isinstance(binding, Binding) or (self.single and pair_key(binding.id)):
                continue
            if binding.id == "quit":
                # Textual's own quit key does the same (our action_quit); Ctrl+C, the
                # reflex, does not quit in Textual, and help should say so.
                binding = replace(binding, key="q,ctrl+q", tooltip=QUIT_HELP)
            elif self.single and binding.id in SINGLE_TOOLTIPS:
                binding = replace(binding, tooltip=SINGLE_TOOLTIPS[binding.id])
            out.append(binding)
        out.append(Binding("ctrl+p", "command_palette", tooltip="Command palette: every action."))
        return out

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, then every action help lists, in its order (before a
        pair is shown, help alone: the others act on the rows)."""
        yield from super().get_system_commands(screen)
        view = self.view if self.session is not None else None
        own = {id(b) for b in DiffView.BINDINGS}
        for binding in self.all_bindings():
            if binding.action in _NOT_IN_PALETTE or (view is None and binding.id != "help"):
                continue
            title = PALETTE_TITLES.get(binding.id or "", binding.description)
            run = partial(self.run_action, binding.action, view if id(binding) in own else None)
            yield SystemCommand(title, palette_help(binding.tooltip, binding.key), run)
