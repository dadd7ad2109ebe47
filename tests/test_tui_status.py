"""The status line keeps a row's changes in view: a suggestion's long cue (a whole
quotation) is cut to a few words, the changes that do not fit are counted with the key
that shows them ("+3 more (v)"), v is in the footer at 80 columns, and Ctrl+C says how
to quit there, not in a toast over the rows (issue 14 review, items 4 and 7)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer

from newsdiff.tui.app import create_app
from newsdiff.tui.commands import CTRL_C
from newsdiff.tui.status import fit_changes, short_cue
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready, until

#: The seed pair's A#12: a quotation as its cue, four changes.
QUOTED = 11


def test_a_long_cue_is_cut_to_its_first_words() -> None:
    """A cue of more than three words shows its first three and "…"; a short one whole."""
    assert short_cue("‘We can confirm that they are leaving’") == "‘We can confirm…"
    assert short_cue("according to") == "according to"


def test_changes_that_do_not_fit_are_counted_with_the_key() -> None:
    """As many changes as fit, then "+N more (v)"; all when they fit; the first cut
    when not even it fits, the count and the key still shown."""
    changes = ["number: 300 → 400", "hedge: may → will", "rewording: a → b"]
    assert fit_changes(changes, 200) == "number: 300 → 400; hedge: may → will; rewording: a → b"
    assert fit_changes(changes, 48) == "number: 300 → 400; hedge: may → will +1 more (v)"
    assert fit_changes(changes, 47) == "number: 300 → 400 +2 more (v)"
    cut = fit_changes(changes, 20)
    assert cut.endswith("… +2 more (v)") and cut.startswith("num") and len(cut) <= 20
    assert fit_changes(["rewording: more → longer words"], 20).endswith("… (v)")
    assert fit_changes([], 20) == ""


async def test_at_80_columns_a_quoted_row_shows_its_changes_and_v(tmp_path: Path) -> None:
    """On a row whose suggestion's cue is a quotation, the status line still shows a
    change and how many more v shows; the footer offers v and still ends with q Quit."""
    app = create_app(
        str(SEED_A), str(SEED_B), store=tmp_path / "s.json", annotator="ana", advance=False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        for _ in range(40):
            if view.sentence == QUOTED and view.side == "a":
                break
            await pilot.press("n")
        assert view.sentence == QUOTED
        await pilot.pause()
        assert "‘We can confirm…" in str(status.detail)  # the cue, cut
        assert len(status.changes) == 4
        below = str(status.render()).splitlines()[1]
        assert "attribution: " in below and below.rstrip().endswith("+3 more (v)")
        keys = list(app.query_one(Footer).children)
        shown = [str(getattr(k, "description", "")) for k in keys]
        assert "Detail" in shown and shown[-1] == "Quit" and "Note" not in shown
        assert max(k.region.right for k in keys) <= 80  # nothing cut off the footer
        await pilot.press("v")
        assert app.query_one("#detail").display


async def test_ctrl_c_says_how_to_quit_on_the_status_line(tmp_path: Path) -> None:
    """Ctrl+C puts how to quit on the status line, with no toast over the rows; the
    app keeps running."""
    app = create_app(str(SEED_A), str(SEED_B), store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("ctrl+c")
        await until(pilot, lambda: status.message == CTRL_C, "Ctrl+C was answered")
        await pilot.pause()
        assert not app._notifications  # Textual's own toast is not shown
        assert app.is_running
