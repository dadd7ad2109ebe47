"""The diff view's moving keys: sentence by sentence, across, by the page, and jumps.

Where each key goes is the headless ``Cursor``'s answer (and ``viewport``'s, for what
a key does to the screen); this mixin runs it on the widget and says when a jump
finds nothing.
"""

from __future__ import annotations

from ...cursor import Place
from ...layout import Side, other
from ...single import NO_SIDE_B
from ...viewport import page_target, within_top
from .base import SIDE_NAME, DiffViewBase


class NavigationMixin(DiffViewBase):
    """The actions that move the cursor (bound in ``keys``)."""

    def _go(self, place: Place | None) -> None:
        if place is not None:
            self.move_to(*place)

    def _scroll_within(self, direction: int) -> bool:
        """Scroll on through the cursor's sentence if it is taller than the screen and
        goes on past the edge in ``direction``; False when there is no more of it there.
        """
        if self.line_map is None or not self.rows:
            return False
        top = round(self.scroll_y)
        y = within_top(self.line_map, self.cursor, top, self.viewport_height, direction)
        if y is None:
            return False
        self.scroll_to(y=y, animate=False)
        return True

    def _step(self, delta: int) -> None:
        if not self.rows or self._scroll_within(delta):
            return
        target = self.cursor.step(delta)
        if target is not None:
            self.move_to(self.side, target, reveal=False)
        self._reveal(from_below=delta < 0)

    def action_cursor_down(self) -> None:
        """Next sentence on this side."""
        self._step(1)

    def action_cursor_up(self) -> None:
        """Previous sentence on this side."""
        self._step(-1)

    def action_first(self) -> None:
        target = self.cursor.end(last=False)
        if target is not None:
            self.move_to(self.side, target)

    def action_last(self) -> None:
        target = self.cursor.end(last=True)
        if target is not None:
            self.move_to(self.side, target)

    _left_for: tuple[Place, Place] | None = None
    """Where a switch of side to the nearest sentence came from, and where it went."""

    def action_side(self, side: Side) -> None:
        """Move to ``side``, on the cursor's row, or, where that side of the row is
        empty (a removed or added row), to its nearest sentence, saying so; switching
        back from there returns to the sentence it came from (review r24d: Tab on a
        removed A#64 went to B#69 without a word, and Tab again to A#65)."""
        if side == self.side or self.line_map is None:
            return
        if self.single:
            self.tell(NO_SIDE_B)
            return
        here: Place = (self.side, self.sentence)
        left = self._left_for
        self._left_for = None
        if left is not None and left[1] == here and left[0][0] == side:
            self.move_to(*left[0])
            return
        target = self.cursor.across(self.line_map, side)
        if target is None:
            return
        empty = not self.cursor.rows[self.cursor.row].side(side)
        self.move_to(side, target)
        if empty and (self.side, self.sentence) == (side, target):
            self._left_for = (here, (side, target))
            name, back = SIDE_NAME[side], f"{SIDE_NAME[here[0]]}#{here[1] + 1}"
            self.tell(
                f"{name} has no sentence on {back}'s row: {name}#{target + 1} is the "
                f"nearest (switch back: {back})."
            )

    def action_switch_side(self) -> None:
        self.action_side(other(self.side))

    def _page(self, direction: int) -> None:
        """Scroll one screen (both sides: there is one offset); the cursor follows
        (``viewport.page_target`` says where)."""
        layout = self.line_map
        if layout is None or not self.rows:
            return
        height = self.viewport_height
        top = round(self.scroll_y)
        new_top = max(0, min(top + direction * height, round(self.max_scroll_y)))
        if new_top != top:
            self.scroll_to(y=new_top, animate=False)
        target = page_target(layout, self.cursor, top, new_top, height, direction)
        if target is not None:
            self.move_to(*target, reveal=False)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _jump_change(self, step: int) -> None:
        if not self.rows or self._pair_only():
            return
        target = self.cursor.change(step)
        if target is None:
            self.tell("No more changes " + ("below." if step > 0 else "above."))
        self._go(target)

    def action_next_change(self) -> None:
        self._jump_change(1)

    def action_previous_change(self) -> None:
        self._jump_change(-1)

    def _jump_untagged(self, step: int) -> None:
        session = self.session
        if session is None or not self.rows:
            return
        name = SIDE_NAME[self.side]
        found = self.cursor.untagged_around(step, session.done)
        if found is None:
            self.tell(self.untagged_note(step))
            return
        target, wrapped = found
        self.move_to(self.side, target)
        if wrapped:
            # Said after the move, which clears the status line's message.
            end = "top" if step > 0 else "bottom"
            self.tell(f"Wrapped round to the {end}: {name}#{target + 1}.")

    def action_next_untagged(self) -> None:
        self._jump_untagged(1)

    def action_previous_untagged(self) -> None:
        self._jump_untagged(-1)

    def _jump_disagreement(self, step: int) -> None:
        session = self.session
        if session is None or not self.rows:
            return
        target = self.cursor.disagreement(step, session.ids, session.disagreements)
        if target is None:
            where = "below" if step > 0 else "above"
            # One article on both sides: its sentence counts once.
            hidden = {
                (session.ids[side], s)
                for side, s in self.cursor.hidden(
                    self.all_rows, lambda side, s: s in session.disagreements(side), step
                )
            }
            if hidden:
                self.tell(f"No disagreement shown {where}; {len(hidden)} {self.hidden_where()}.")
            else:
                self.tell(f"No sentence {where} where annotators disagree.")
        self._go(target)

    def action_next_disagreement(self) -> None:
        self._jump_disagreement(1)

    def action_previous_disagreement(self) -> None:
        self._jump_disagreement(-1)

    def _jump_shift(self, step: int) -> None:
        if self.session is None or not self.rows or self._pair_only():
            return
        target = self.cursor.shift(step, self.shift_set())
        if target is None:
            where = "below" if step > 0 else "above"
            self.tell(f"No label shift {where}.")
        self._go(target)

    def action_next_shift(self) -> None:
        self._jump_shift(1)

    def action_previous_shift(self) -> None:
        self._jump_shift(-1)
