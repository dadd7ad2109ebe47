"""What a move does to the screen: where the view scrolls, and where the cursor follows.

Headless (no Textual): plain arithmetic over a ``Layout``, the ``Cursor``, the first
line on screen (``top``) and the screen's height. The view scrolls to what these
return and puts the cursor where they say; None means nothing changes.
"""

from __future__ import annotations

from .cursor import Cursor, Place
from .layout import GAP, Layout, other

#: Lines of the last screen kept on screen when j or k scrolls through a tall sentence.
SCROLL_CONTEXT = 2


def reveal_top(
    layout: Layout, cursor: Cursor, top: int, height: int, from_below: bool = False
) -> int | None:
    """Where to scroll to bring the cursor's row (or at least its sentence) into view;
    None when it is in view already.

    A row that is off screen comes to a third of the way down, not to the edge: the
    reader then sees what follows it, and the next few steps need no scroll (a scroll
    redraws the whole view; a step within it redraws two rows).

    A sentence taller than the screen shows its first screen, or with ``from_below``
    (k onto it) its last, so that further steps the same way scroll through the rest
    of it (see ``within_top``) and no line is skipped.
    """
    first, count = cursor.lines(layout, cursor.side, cursor.sentence)
    if count > height:
        if first <= top and top + height <= first + count:
            return None  # it fills the screen: nothing of it can come into view
        target = first + count - height if from_below else first
        return max(0, target)
    row = cursor.row
    want_top = layout.starts[row]
    want_bottom = layout.starts[row + 1] - GAP
    if want_bottom - want_top > height:
        want_top, want_bottom = first, first + count
    if top <= want_top and want_bottom <= top + height:
        return None
    spare = height - (want_bottom - want_top)
    return max(0, want_top - spare // 3)


def within_top(layout: Layout, cursor: Cursor, top: int, height: int, direction: int) -> int | None:
    """Where to scroll on through the cursor's sentence if it is taller than the screen
    and goes on past the edge in ``direction``; None when there is no more of it there.

    This is what j and k do first on such a sentence: a step to the next sentence
    would skip the lines between (a pager's rule: show everything once).
    """
    first, count = cursor.lines(layout, cursor.side, cursor.sentence)
    end = first + count
    if count <= height or end <= top or first >= top + height:
        return None  # it fits, or it is off screen (the step brings the next one)
    # A line or two of what was on screen stays, to read on from.
    stride = max(1, height - SCROLL_CONTEXT)
    if direction > 0 and end > top + height:
        return min(top + stride, end - height)
    if direction < 0 and first < top:
        return max(top - stride, first)
    return None


def page_target(
    layout: Layout, cursor: Cursor, top: int, new_top: int, height: int, direction: int
) -> Place | None:
    """Where the cursor goes when a page key scrolls the screen from ``top`` to
    ``new_top`` (the same line at either end); None: it stays.

    The cursor stays on a sentence taller than the screen while some of it is on the
    new screen; otherwise it goes to the first sentence of its side that starts on the
    new screen (or the one covering it). A side with nothing on the new screen (a run
    of added or removed rows) hands the cursor to the other side, so paging never
    skips what that side shows. At either end the cursor goes to that end's sentence
    on screen.
    """
    if new_top != top:
        first, count = cursor.lines(layout, cursor.side, cursor.sentence)
        if count > height and first < new_top + height and first + count > new_top:
            return None
    for side in (cursor.side, other(cursor.side)):
        shown = cursor.on_screen(layout, side, new_top, height)
        if not shown:
            continue
        if new_top == top:
            return side, shown[-1 if direction > 0 else 0][0]
        starting = [s for s, first, _ in shown if first >= new_top]
        return side, starting[0] if starting else shown[0][0]
    return None


def follow_target(layout: Layout, cursor: Cursor, top: int, height: int) -> Place | None:
    """Where the cursor goes when the wheel or a scrollbar left it off screen (None:
    some of it is still on screen).

    A tag key acts on the cursor's sentence; left off screen, a key would tag a
    sentence the annotator cannot see (and the next j would jump back to it). It goes
    to the first whole sentence on screen when the screen moved down past it, to the
    last when it moved up.
    """
    first, count = cursor.lines(layout, cursor.side, cursor.sentence)
    if first < top + height and first + count > top:
        return None
    above = first + count <= top
    for side in (cursor.side, other(cursor.side)):
        shown = cursor.on_screen(layout, side, top, height)
        if not shown:
            continue
        whole = [s for s, f, c in shown if f >= top and f + c <= top + height]
        pick = whole or [s for s, _f, _c in shown]
        return side, pick[0] if above else pick[-1]
    return None
