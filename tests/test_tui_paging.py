"""Paging and stepping through sentences taller than the screen, with real key presses.

The pair: one sentence of some 2,500 characters (about 80 lines in a pane at 80x24),
then "Short one."; B changes one word of the long sentence.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.widgets.diff_view import DiffView

from .tui_helpers import columns, ready

SMALL = (80, 24)
WORDS = "the committee said officials in the region would review the proposal over months".split()


def _long_pair(tmp_path: Path) -> tuple[Path, Path]:
    words = [f"{WORDS[i % len(WORDS)]}{i}" for i in range(280)]
    text_a = "Officials " + " ".join(words) + ". Short one.\n"
    text_b = text_a.replace(" review47 ", " reconsider47 ")
    assert 2400 < len(text_a) < 2700 and text_a != text_b
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text_a, encoding="utf-8")
    b.write_text(text_b, encoding="utf-8")
    return a, b


def _make(tmp_path: Path, a: Path, b: Path) -> NewsdiffApp:
    return create_app(str(a), str(b), store=tmp_path / "s.json", annotator="tester")


def _screen(view: DiffView) -> range:
    top = round(view.scroll_y)
    return range(top, top + view.viewport_height)


def _lines_of(view: DiffView, sentence: int) -> set[int]:
    first, count = view.sentence_lines(view.side, sentence)
    return set(range(first, first + count))


def _level(view: DiffView) -> None:
    """Both panes show the same row on every screen line (the long row on both sides)."""
    for y in _screen(view):
        if y >= view.line_map.height:  # type: ignore[union-attr]
            break
        assert view.line_owner(y, "a")[0] == view.line_owner(y, "b")[0]


async def test_page_down_scrolls_through_a_tall_sentence_a_screen_at_a_time(
    tmp_path: Path,
) -> None:
    """PgDn moves one screen each time, never skipping a line of the long sentence;
    the cursor stays on it while it is on screen, then follows to the short one."""
    a, b = _long_pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SMALL) as pilot:
        view = await ready(pilot)
        height = view.viewport_height
        tall = _lines_of(view, 0)
        assert len(tall) > 3 * height
        seen = set(_screen(view))
        while view.sentence == 0:
            top = round(view.scroll_y)
            await pilot.press("pagedown")
            assert round(view.scroll_y) == min(top + height, round(view.max_scroll_y))
            seen |= set(_screen(view))
            _level(view)
        assert tall <= seen
        assert view.sentence == 1
        assert view.sentence_lines("a", 1)[0] in _screen(view)


async def test_page_up_always_moves_up_through_a_tall_sentence(tmp_path: Path) -> None:
    """From the short sentence, each PgUp scrolls a screen up (both sides together) until
    the top; the cursor goes to the tall sentence above and stays on it."""
    a, b = _long_pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SMALL) as pilot:
        view = await ready(pilot)
        await pilot.press("G")
        assert view.sentence == 1
        tops = [round(view.scroll_y)]
        seen = set(_screen(view))
        while tops[-1] > 0:
            await pilot.press("pageup")
            tops.append(round(view.scroll_y))
            assert tops[-1] == max(0, tops[-2] - view.viewport_height)
            assert view.sentence == 0
            seen |= set(_screen(view))
            _level(view)
        assert _lines_of(view, 0) <= seen
        # At the top, PgUp leaves the screen where it is.
        await pilot.press("pageup")
        assert round(view.scroll_y) == 0 and view.sentence == 0


async def test_j_and_k_scroll_through_a_tall_sentence_before_moving_on(tmp_path: Path) -> None:
    """j shows every line of the tall sentence before the cursor steps to the next one;
    k onto it shows its end, and further k presses scroll up to its start."""
    a, b = _long_pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SMALL) as pilot:
        view = await ready(pilot)
        tall = _lines_of(view, 0)
        seen = set(_screen(view))
        for _ in range(20):
            await pilot.press("j")
            if view.sentence != 0:
                break
            seen |= set(_screen(view))
        assert view.sentence == 1
        assert tall <= seen
        # Back up: the end of the tall sentence first, then up through it.
        await pilot.press("k")
        assert view.sentence == 0
        assert max(tall) in _screen(view)
        seen = set(_screen(view))
        for _ in range(20):
            if round(view.scroll_y) == 0:
                break
            await pilot.press("k")
            assert view.sentence == 0
            seen |= set(_screen(view))
        assert tall <= seen
        # At the start of the first sentence, k has nowhere to go.
        await pilot.press("k")
        assert (view.sentence, round(view.scroll_y)) == (0, 0)


async def test_the_other_side_of_a_tall_row_is_reachable(tmp_path: Path) -> None:
    """Tab to B on the tall row and j scrolls B's long sentence the same way, level."""
    a, b = _long_pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SMALL) as pilot:
        view = await ready(pilot)
        await pilot.press("tab", "j")
        assert (view.side, view.sentence) == ("b", 0)
        assert round(view.scroll_y) > 0
        _level(view)
        _, text_a, _, text_b = columns(view, round(view.scroll_y))
        assert text_a.strip() and text_b.strip()


async def test_paging_past_a_run_that_one_side_lacks_hands_the_cursor_over(
    tmp_path: Path,
) -> None:
    """Over a screen of rows only B has, PgDn from A puts the cursor on B's sentence at
    the top of the new screen, so paging never jumps past what B shows."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The bridge opened on Monday. The mayor cut the ribbon.\n", encoding="utf-8")
    added = " ".join(f"Visitor number {i} crossed it on foot." for i in range(40))
    b.write_text(
        f"The bridge opened on Monday. {added} The mayor cut the ribbon.\n", encoding="utf-8"
    )
    async with _make(tmp_path, a, b).run_test(size=SMALL) as pilot:
        view = await ready(pilot)
        await pilot.press("pagedown")
        top = round(view.scroll_y)
        assert top == view.viewport_height
        assert view.side == "b"
        first, _ = view.sentence_lines("b", view.sentence)
        assert top <= first < top + 3
        await pilot.press("pageup")
        assert round(view.scroll_y) == 0
        assert (view.side, view.sentence) == ("b", 0)
