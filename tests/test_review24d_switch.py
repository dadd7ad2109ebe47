"""Review r24d finding 4: Tab on a removed row left the row without a word: on the
r24d long pair (220 sentences of BBC news, not kept here), A#64 (row 67, removed) Tab
went to B#69 on row 68, and Tab again to A#65, not back to A#64. Now a message says B
has no sentence on the row and which is the nearest, and switching back returns. The
pair here has the same shape: A#5 removed, B#5 beside A#6."""

from __future__ import annotations

from pathlib import Path

from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.widgets.header import StatusLine

from .tui_helpers import ready

SIZE = (120, 36)
WARD = "The council met on day {0} to discuss the roads of ward {0} and the bridge."
GONE = "Nobody in the harbour expected the storm to last three full days and nights."


def make(tmp: Path) -> NewsdiffApp:
    a = [WARD.format(i) for i in range(1, 11)]
    a[4] = GONE
    b = a[:4] + a[5:]
    (tmp / "a.txt").write_text(" ".join(a) + "\n", "utf-8")
    (tmp / "b.txt").write_text(" ".join(b) + "\n", "utf-8")
    return create_app(
        str(tmp / "a.txt"), str(tmp / "b.txt"), store=tmp / "s.json", annotator="ana", advance=False
    )


async def test_tab_on_a_removed_row_says_so_and_tab_returns(tmp_path: Path) -> None:
    app = make(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        view.move_to("a", 4)  # A#5
        await pilot.pause()
        row = view.cursor.rows[view.cursor.row]
        assert row.kind == "removed" and not row.side("b")
        await pilot.press("tab")
        assert (view.side, view.sentence) == ("b", 4)  # B#5, the nearest
        said = app.query_one(StatusLine).message
        assert said == "B has no sentence on A#5's row: B#5 is the nearest (switch back: A#5)."
        await pilot.press("tab")
        assert (view.side, view.sentence) == ("a", 4)
        # The arrows too: → then ← comes back.
        await pilot.press("right", "left")
        assert (view.side, view.sentence) == ("a", 4)


async def test_tab_on_a_row_with_both_sides_is_as_before(tmp_path: Path) -> None:
    # Near miss: B#5's own row has A#6 beside it: no message, Tab Tab as ever.
    app = make(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        view.move_to("b", 4)
        await pilot.pause()
        assert view.cursor.rows[view.cursor.row].side("a")
        await pilot.press("tab")
        assert (view.side, view.sentence) == ("a", 5)
        assert app.query_one(StatusLine).message == ""
        await pilot.press("tab")
        assert (view.side, view.sentence) == ("b", 4)
        # And after moving on from where a switch landed, switching is by row again.
        view.move_to("a", 4)
        await pilot.pause()
        await pilot.press("tab", "j", "tab")
        assert (view.side, view.sentence) == ("a", 6)
