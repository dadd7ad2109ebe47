"""Review r24d finding 6: `s` on a sentence with a carried label contradicted `]`: with
A#10 carrying an estimate from B#10, `]` went to A#10 as untagged (and progress counted
it so), while `s` there said "Already tagged: a label key changes it." One answer now:
the carried label is what the sentence proposes, and `s` confirms it as the annotator's
own, as its label key does."""

from __future__ import annotations

from pathlib import Path

from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.widgets.header import StatusLine

from .tui_helpers import ready

SIZE = (120, 36)
LINE = "The council met on day {0} to discuss the roads of ward {0} and the bridge."


def make(tmp: Path) -> NewsdiffApp:
    a = [LINE.format(i) for i in range(1, 13)]
    b = [*a[:11], "The council met on day 12 to discuss the bridge alone."]
    (tmp / "a.txt").write_text(" ".join(a) + "\n", "utf-8")
    (tmp / "b.txt").write_text(" ".join(b) + "\n", "utf-8")
    return create_app(
        str(tmp / "a.txt"), str(tmp / "b.txt"), store=tmp / "s.json", annotator="ana", advance=False
    )


async def test_s_confirms_a_carried_label_that_right_bracket_calls_untagged(
    tmp_path: Path,
) -> None:
    app = make(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        session = app.session
        assert session is not None
        # B#10 estimate, carried to A#10; A#1-A#9 tagged fact, so ] goes to A#10.
        await pilot.press("tab", *"j" * 9, "e", "tab", "g")
        for _ in range(9):
            await pilot.press("f", "j")
        await pilot.press("g", "right_square_bracket")
        assert (view.side, view.sentence) == ("a", 9)
        assert session.label("a", 9) == "estimate" and not session.done("a", 9)
        await pilot.press("s")
        status = app.query_one(StatusLine).message
        assert "Already tagged" not in status and status.startswith("saved: A#10")
        assert session.own_label("a", 9) == "estimate" and session.done("a", 9)
        await pilot.press("g", "right_square_bracket")
        assert (view.side, view.sentence) == ("a", 10)  # A#11: A#10 is done now


async def test_s_on_an_own_label_still_says_already_tagged(tmp_path: Path) -> None:
    # Near miss: a label of the annotator's own is not replaced by s.
    app = make(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        session = app.session
        assert session is not None
        await pilot.press("o", "s")
        assert app.query_one(StatusLine).message == "Already tagged: a label key changes it."
        assert session.own_label("a", 0) == "opinion"
