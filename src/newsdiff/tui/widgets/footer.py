"""The footer: Textual's, composed again only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer


def shown_keys(screen: Screen[object]) -> Hashable:
    """What a footer on ``screen`` would show: each key it lists, with its binding, whether
    it is enabled and its tooltip (Textual's footer composes from exactly these)."""
    return tuple(
        (key, binding, enabled, tooltip)
        for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        if binding.show or key == screen.app.COMMAND_PALETTE_BINDING
    )


class KeysFooter(Footer):
    """Textual's footer, but composed again only when the keys it shows change.

    Textual's composes itself anew at every bindings refresh (a focus change, a screen
    closed, and twice or three times in the first second in a real terminal): a widget
    per key, each styled on its own, 60-190 ms for the app's 20 keys on a loaded
    machine, while a key waits. The app's keys do not change once it has started, so
    those were for nothing, and the one that came just after the rows' first paint was
    why the first key after it waited (review r18b, finding 8).
    """

    _composed_for: Hashable = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        # Textual's, but for the check: see compose_keys.
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_after_refresh(self.compose_keys)

    async def compose_keys(self) -> None:
        """Compose the keys if they are not the ones shown. The app calls it at once
        when the view has the focus (its keys are then the ones to show), rather than
        after the next screen update, which while a small pair was compared came just
        after the rows' first paint."""
        self._bindings_ready = True
        shown = shown_keys(self.screen)
        if shown == self._composed_for:
            return
        self._composed_for = shown
        await self.recompose()
