"""The detail panel (v or Enter): the cursor's row in full, following the cursor
(issue 14, item 7)."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region

from newsdiff.tui.app import create_app
from newsdiff.tui.widgets.detail_panel import DetailPanel

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready


def _text(panel: DetailPanel) -> str:
    return str(panel.query_one("#detail-text").render())


async def test_detail_panel_shows_every_change_and_follows_the_cursor(tmp_path: Path) -> None:
    """v opens the panel on the cursor's row: both sentences in full, the similarity,
    every change with its class (the status line cuts them), the suggestion and the tags;
    it follows the cursor, keeps the cursor's row in view, and v (or Enter) closes it."""
    app = create_app(
        str(SEED_A), str(SEED_B), store=tmp_path / "s.json", annotator="ana", advance=False
    )
    async with app.run_test(size=(120, 36)) as pilot:
        view = await ready(pilot)
        panel = app.query_one(DetailPanel)
        assert not panel.display
        await pilot.press("j", "j", "j", "j", "j", "f", "v")  # A#6, a changed row
        assert panel.display
        text = " ".join(_text(panel).split())
        model = view.rows[view.cursor_row]
        row = model.row
        assert f"similarity {row.similarity:.2f}" in text
        assert f"Changes ({len(row.changes)})" in text and len(row.changes) > 3
        for change in row.changes:
            assert f"{change.cls} " in text
        session = app.session
        assert session is not None
        for i in row.a:
            assert " ".join(session.sentences["a"][i].text.split()) in text
        for j in row.b:
            assert " ".join(session.sentences["b"][j].text.split()) in text
        assert "ana: fact" in text
        await pilot.press("n")
        await pilot.pause()
        after = " ".join(_text(panel).split())
        assert after != text and f"Row {view.rows[view.cursor_row].index + 1} of" in after
        first, _ = view.sentence_lines(view.side, view.sentence)
        assert round(view.scroll_y) <= first < round(view.scroll_y) + view.viewport_height
        await pilot.press("v")
        assert not panel.display
        await pilot.press("enter")
        assert panel.display


async def test_the_change_list_is_in_view_on_a_small_terminal(tmp_path: Path) -> None:
    """At 80x24 the panel is a few lines high: the change list of a row with several
    changes comes before the full sentences, so it shows without scrolling; J pages the
    panel on (to the sentences) and K back."""
    app = create_app(
        str(SEED_A), str(SEED_B), store=tmp_path / "s.json", annotator="ana", advance=False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        view = await ready(pilot)
        await pilot.press("j", "j", "j", "j", "j", "v")  # A#6: a row of several changes
        await pilot.pause()
        panel = app.query_one(DetailPanel)
        text = panel.query_one("#detail-text")
        height = panel.scrollable_content_region.height
        shown = [s.text for s in text.render_lines(Region(0, 0, text.size.width, height))]
        changes = view.rows[view.cursor_row].row.changes
        assert len(changes) >= 3 and len(shown) == height
        at = next(i for i, line in enumerate(shown) if line.startswith(f"Changes ({len(changes)})"))
        listed = shown[at + 1 :]
        await pilot.press("J")  # the rest of the list, a page further
        await pilot.pause()
        top = round(panel.scroll_y)
        assert top == height - 1
        region = Region(0, top, text.size.width, height)
        shown = [s.text for s in text.render_lines(region)]
        listed += shown[at + 1 + len(listed) - top : at + 1 + len(changes) - top]
        assert sorted(line.split()[0] for line in listed) == sorted(c.cls for c in changes)
        assert shown[at + 1 + len(changes) - top].startswith("A#6 ")
        await pilot.press("K")
        await pilot.pause()
        assert round(panel.scroll_y) == 0
