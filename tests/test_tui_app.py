"""The app, driven by real key presses through Textual's Pilot."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandList
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Footer

from newsdiff import main as cli
from newsdiff.core.article import load
from newsdiff.core.labels import BADGES
from newsdiff.core.seeds import seed_paths
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store
from newsdiff.tui import app as app_module
from newsdiff.tui.app import NewsdiffApp, create_app, launch
from newsdiff.tui.screens.help import HelpScreen
from newsdiff.tui.widgets.aligning import Panes
from newsdiff.tui.widgets.diff_view import DiffView
from newsdiff.tui.widgets.header import PairHeader, StatusLine, figures
from newsdiff.tui.widgets.pane_scrollbar import PaneScrollBar

from .tui_helpers import PATIENCE, columns, ready, screen_line, until

DATA = Path(__file__).parent / "data"
BRIDGE_A = DATA / "bridge_a.txt"
BRIDGE_B = DATA / "bridge_b.txt"
SIZE = (120, 36)


def make(a: Path, b: Path, store: Path, annotator: str = "tester") -> NewsdiffApp:
    # Auto-advance off: these tests press a label and look at the same sentence.
    return create_app(str(a), str(b), store=store, annotator=annotator, advance=False)


async def open_help(pilot: Pilot[None]) -> str:
    """Wait for the comparison, press ?, and return the help screen's text."""
    await ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    return " ".join(str(s.render()) for s in pilot.app.screen.query("Static"))


def badge_on_screen(view: DiffView, side: str, sentence: int) -> str:
    """The gutter's badge cell beside a sentence's first line."""
    first, _ = view.sentence_lines(side, sentence)  # type: ignore[arg-type]
    gutter_a, _, gutter_b, _ = columns(view, first)
    return (gutter_a if side == "a" else gutter_b)[1]


async def test_opens_on_the_pair_with_names_figures_and_progress(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """The header names both files and gives the pair's figures and per-side progress."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        header = app.query_one(PairHeader).render()
        text = str(header)
        assert seed_a.name in text and seed_b.name in text
        assert "reused A" in text and "rows:" in text and "changed" in text
        assert "0/44 tagged" in text and "0/30 tagged" in text
        assert (view.side, view.sentence) == ("a", 0)
        assert "A#1 of 44" in app.query_one(StatusLine).position
        # The footer shows the view's keys as soon as it is loaded, before any key.
        footer_keys = {getattr(k, "key", None) for k in app.query("FooterKey")}
        assert {"f", "a", "e", "o", "u", "question_mark", "q"} <= footer_keys


async def test_header_at_80_columns_reads_counts_after_marks(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """At 80 columns the figures put each count after its mark (=0 ~30 +0 -14 ⇄0, never
    "0 = 30"), and with a class filter on, the counts and the filter both stay whole."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("3")  # only rows with an attribution change
        await pilot.pause()
        top = str(app.query_one(PairHeader).render()).splitlines()[0]
        assert "44 rows: =0 ~30 +0 -14 ⇄0" in top
        assert "only attribution (14 rows)" in top
        assert "reused A 18% · B 25%" in top  # review r23a: it read "reused A 18…"
        assert len(top) <= 80


def _figures(tmp_path: Path, text_a: str, text_b: str) -> str:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text_a, encoding="utf-8")
    b.write_text(text_b, encoding="utf-8")
    return figures(compare(load(str(a)), load(str(b)))).plain


def test_reuse_reads_100_only_when_every_word_is_kept(tmp_path: Path) -> None:
    """A changed word in a long text shows 99.x%, not a rounded 100% (3-gram
    containment: the word is in three of 598 trigrams); identical texts show 100%;
    one row is "1 row"."""
    long = " ".join(f"word{i}" for i in range(600)) + "."
    changed = long.replace("word300 ", "other300 ")
    head = _figures(tmp_path, long, changed)
    assert head.startswith("reused A 99.5% · B 99.5%  │  1 row: ")
    assert _figures(tmp_path, long, long).startswith("reused A 100% · B 100%  │  1 row: ")
    assert "2 rows: " in _figures(tmp_path, "One here. Two here.", "One here. Two here.")


def test_reuse_of_a_side_without_words_is_a_dash(tmp_path: Path) -> None:
    """A file with no sentence (only ".") has no reuse share: "—", not 100%."""
    head = _figures(tmp_path, ".", "The bridge opened on Monday.")
    assert head.startswith("reused A — · B 0%  │  1 row: ")


async def test_moving_keys(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """j/down and k/up step a sentence; G/End and g/Home jump to the ends of the side."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("j", "down", "j")
        assert view.sentence == 3
        await pilot.press("k", "up")
        assert view.sentence == 1
        await pilot.press("G")
        assert view.sentence == 43
        first, count = view.sentence_lines("a", 43)
        assert view.scroll_y <= first and first + count <= view.scroll_y + view.viewport_height
        await pilot.press("g")
        assert (view.sentence, view.scroll_y) == (0, 0)
        await pilot.press("end")
        assert view.sentence == 43
        await pilot.press("home")
        assert view.sentence == 0


async def test_switching_sides_keeps_the_row(tmp_path: Path) -> None:
    """Tab, left and right move to the other article on the same row."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("j")
        row = view.cursor_row
        await pilot.press("tab")
        assert view.side == "b" and view.cursor_row == row
        await pilot.press("left")
        assert view.side == "a" and view.cursor_row == row
        await pilot.press("right")
        assert view.side == "b" and view.cursor_row == row
        await pilot.press("shift+tab")
        assert view.side == "a"


async def test_switching_side_from_a_removed_sentence(tmp_path: Path) -> None:
    """From a row only A has, Tab goes to the nearest row that has a B sentence."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        removed = next(i for i, r in enumerate(view.rows) if r.kind == "removed")
        view.move_to("a", view.rows[removed].a[0].sentence)
        await pilot.press("tab")
        assert view.side == "b"
        assert abs(view.cursor_row - removed) == 1


async def test_tagging_with_each_key(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """f, a, e and o tag the current sentence: in the store at once and in the gutter."""
    store_path = tmp_path / "s.json"
    app = make(seed_a, seed_b, store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        for key, label in (("f", "fact"), ("a", "attribution"), ("e", "estimate")):
            await pilot.press(key)
            await pilot.pause()
            assert badge_on_screen(view, "a", view.sentence) == BADGES[label]  # type: ignore[index]
            await pilot.press("j")
        await pilot.press("tab", "o")
        await pilot.pause()
        b_sentence = view.sentence
        assert badge_on_screen(view, "b", b_sentence) == "O"
        with Store(store_path) as store:
            art_a, art_b = app.article_a, app.article_b
            got = [store.get(art_a.id, i, "tester") for i in range(3)]
            assert [t.label for t in got if t] == ["fact", "attribution", "estimate"]
            tag = store.get(art_b.id, b_sentence, "tester")
            assert tag is not None and tag.label == "opinion"
            assert tag.article == str(seed_b) and tag.text
        assert "3/44 tagged" in str(app.query_one(PairHeader).render())


async def test_same_key_keeps_x_clears(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """Pressing the label's key again keeps the tag (a reviewer confirming it) and says
    so; x clears it."""
    store_path = tmp_path / "s.json"
    app = make(seed_a, seed_b, store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("f", "f")
        assert app.session is not None and app.session.label("a", 0) == "fact"
        assert app.query_one(StatusLine).message == "A#1: already fact (x clears)"
        await pilot.press("o")
        assert app.session.label("a", 0) == "opinion"
        await pilot.press("x")
        await pilot.pause()
        assert app.session.label("a", 0) is None
        # No tag badge: at most the faint (lower-case) letter of the suggestion.
        assert badge_on_screen(view, "a", 0) not in BADGES.values()
        with Store(store_path) as store:
            assert store.tags() == []  # the label carried to B went with it


async def test_undo_and_redo(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """u undoes each tag change (also in the store), ctrl+r redoes it, the cursor follows."""
    store_path = tmp_path / "s.json"
    app = make(seed_a, seed_b, store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("f", "j", "a", "x", "j", "j")
        session = app.session
        assert session is not None
        assert session.label("a", 1) is None
        await pilot.press("u")  # the clear of sentence 2 is undone
        assert session.label("a", 1) == "attribution" and view.sentence == 1
        await pilot.press("u", "u")
        assert session.label("a", 1) is None and session.label("a", 0) is None
        assert view.sentence == 0
        await pilot.press("ctrl+r")
        assert session.label("a", 0) == "fact"
        with Store(store_path) as store:
            assert [t.label for t in store.tags() if t.source == "human"] == ["fact"]
        await pilot.press("ctrl+r", "ctrl+r", "ctrl+r")
        assert session.label("a", 1) is None
        assert "redo" in app.query_one(StatusLine).message


async def test_quit_and_reopen_shows_the_tags(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """q quits; opening the pair again shows the tags and puts the cursor back."""
    store_path = tmp_path / "s.json"
    app = make(seed_a, seed_b, store_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "e", "tab", "o", "j")
        where = (app.view.side, app.view.sentence)
        await pilot.press("q")
    assert app.return_code == 0
    again = make(seed_a, seed_b, store_path)
    async with again.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert (view.side, view.sentence) == where
        assert again.session is not None
        assert again.session.label("a", 1) == "estimate"
        assert badge_on_screen(view, "a", 1) == "E"
        b_tagged = next(i for i in range(30) if again.session.own_label("b", i))
        assert badge_on_screen(view, "b", b_tagged) == "O"
        assert "1/44 tagged" in str(again.query_one(PairHeader).render())


def _level(view: DiffView) -> None:
    """Every line on screen belongs to one row on both sides, and rows start level."""
    assert view.line_map is not None
    top = round(view.scroll_y)
    starts = view.line_map.starts
    for y in range(top, min(top + view.viewport_height, view.line_map.height)):
        row_a, _ = view.line_owner(y, "a")
        row_b, _ = view.line_owner(y, "b")
        assert row_a == row_b
        if y != starts[row_a]:
            continue
        # A row starting here shows the start of both its sides on this very line.
        row = view.rows[row_a]
        _, text_a, _, text_b = columns(view, y)
        for side, text in (("a", text_a), ("b", text_b)):
            pieces = row.side(side)  # type: ignore[arg-type]
            if pieces:
                assert view.sentence_lines(side, pieces[0].sentence)[0] == y  # type: ignore[arg-type]
                assert pieces[0].text.startswith(text.strip()[:20])
            else:
                assert set(text) == {"╲"}


async def test_paging_keeps_both_sides_level(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """Page down and up move one screen; rows at the top of both panes belong together."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        tops = [round(view.scroll_y)]
        for _ in range(4):
            await pilot.press("pagedown")
            tops.append(round(view.scroll_y))
            _level(view)
            first, _ = view.sentence_lines(view.side, view.sentence)
            assert tops[-1] <= first < tops[-1] + view.viewport_height
        assert tops[1] - tops[0] == view.viewport_height
        await pilot.press("tab", "pagedown", "pagedown")
        _level(view)
        await pilot.press("pageup")
        _level(view)
        await pilot.press("pageup", "pageup", "pageup", "pageup", "pageup", "pageup")
        assert view.scroll_y == 0
        _level(view)


async def test_mouse_wheel_scrolls_both_sides(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """Scrolling the view by other means moves one offset: still level."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        for _ in range(7):
            view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
        await until(pilot, lambda: view.scroll_y > 0, "the wheel scrolled the view")
        await pilot.wait_for_scheduled_animations()
        _level(view)
        view.scroll_to(y=37, animate=False)  # as a scrollbar drag does
        await pilot.pause()
        _level(view)


async def test_the_left_scrollbar_moves_both_sides(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """The scrollbar beside A follows the one offset, and clicking or dragging it scrolls
    both panes, level, as the one beside B does."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        bar = app.query_one(PaneScrollBar)
        right = view.vertical_scrollbar
        assert bar.region.x == 0 and bar.region.height == view.region.height
        await pilot.press("pagedown")
        await until(pilot, lambda: bar.position == right.position > 0, "the bar followed")
        assert bar.window_size == right.window_size
        assert bar.window_virtual_size == right.window_virtual_size
        # A click on the track below the thumb: a page down.
        top = round(view.scroll_y)
        await pilot.click(PaneScrollBar, offset=(0, bar.region.height - 1))
        await until(pilot, lambda: round(view.scroll_y) > top, "the click scrolled")
        _level(view)
        # Drag the thumb back up to the top.
        thumb = round(bar.position * bar.region.height / bar.window_virtual_size) + 1
        await pilot.mouse_down(PaneScrollBar, offset=(0, thumb))
        await pilot.hover(PaneScrollBar, offset=(0, 0))
        await pilot.mouse_up(PaneScrollBar, offset=(0, 0))
        await until(pilot, lambda: round(view.scroll_y) < top, "the drag scrolled")
        await pilot.wait_for_scheduled_animations()
        _level(view)
        assert right.position == bar.position == view.scroll_y


async def test_next_change_and_next_untagged(tmp_path: Path) -> None:
    """n/N skip equal rows; ]/[ skip tagged sentences."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        kinds = [r.kind for r in view.rows]
        assert kinds[0] == "equal"
        await pilot.press("n")
        assert view.rows[view.cursor_row].kind != "equal"
        visited = [view.cursor_row]
        for _ in range(6):
            await pilot.press("n")
            visited.append(view.cursor_row)
        changes = [i for i, k in enumerate(kinds) if k != "equal"]
        assert sorted(set(visited)) == changes
        await pilot.press("N")
        assert view.cursor_row == changes[-2]
        await pilot.press("left", "g", "f", "j", "f", "g")
        await pilot.press("right_square_bracket")
        assert view.sentence == 2
        await pilot.press("left_square_bracket")
        # Nothing untagged above: [ wraps round to the last untagged sentence, and says so.
        last = view.session.total("a") - 1  # type: ignore[union-attr]
        assert view.sentence == last
        status = app.query_one(StatusLine)
        assert status.message == f"Wrapped round to the bottom: A#{last + 1}."
        await pilot.press("right_square_bracket")
        assert view.sentence == 2
        assert status.message == "Wrapped round to the top: A#3."


async def test_untagged_keys_when_everything_else_is_tagged(tmp_path: Path) -> None:
    """] with every other sentence of the side tagged stays and says so."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        total = view.session.total("a")  # type: ignore[union-attr]
        await pilot.press("j")
        for _ in range(total - 1):  # every sentence but A#1
            await pilot.press("f", "j")
        await pilot.press("g", "right_square_bracket")
        assert view.sentence == 0
        assert app.query_one(StatusLine).message == "Every other sentence of A is tagged."


async def test_added_row_takes_change_jump_to_b(tmp_path: Path) -> None:
    """A change that only B has puts the cursor on B's sentence."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        added = next(i for i, r in enumerate(view.rows) if r.kind == "added")
        while view.cursor_row < added:
            await pilot.press("n")
        assert view.cursor_row == added and view.side == "b"


async def test_moved_badge_is_drawn(tmp_path: Path) -> None:
    """A moved row shows on each side where its counterpart sits."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        r = next(i for i, row in enumerate(view.rows) if row.kind == "moved")
        assert view.line_map is not None
        _, text_a, _, text_b = columns(view, view.line_map.starts[r])
        assert text_a.startswith("⇄ B#1 ") and text_b.startswith("⇄ A#6 ")
        assert "⇄" in screen_line(view, view.line_map.starts[r])[len(text_a) : -len(text_b)]


async def test_help_lists_every_key_and_the_guidelines(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """? and F1 open help with every binding and the four labels; Esc closes it."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        text = await open_help(pilot)
        for binding in app.all_bindings():
            assert (binding.tooltip or binding.description) in text
        for word in ("fact", "attribution", "estimate", "opinion", "fact-checker"):
            assert word in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)
        assert app.is_running


async def test_help_descriptions_wrap_under_themselves(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """At 80 columns a long key description wraps within its own column, not back to
    the left edge under the keys."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("i")  # the options screen first: i is not help's key
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one("#help-keys")
        described = [w for w in keys.query(".does") if "Options: ignore" in str(w.render())]
        assert described
        options = described[0]
        # Laid out in the description column, over more than one line.
        assert options.region.height >= 2
        assert options.region.x > keys.region.x + len("Tab Shift+Tab")
        columns_x = {w.region.x for w in keys.query(".does")}
        assert columns_x == {options.region.x}


async def test_help_says_what_quits(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """Help names q and Ctrl+Q as quit, and says Ctrl+C is not; Ctrl+Q quits, keeping
    the cursor like q."""
    store_path = tmp_path / "s.json"
    app = make(seed_a, seed_b, store_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "q Ctrl+Q" in text and "Ctrl+C does not quit" in text
        await pilot.press("escape", "j", "j", "ctrl+q")
    assert app.return_code == 0
    again = make(seed_a, seed_b, store_path)
    async with again.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert (view.side, view.sentence) == ("a", 2)


async def test_class_names_take_the_right_article(tmp_path: Path) -> None:
    """ "an attribution change", never "a attribution change": palette, help and notice."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Show only rows with an attribution change" in titles
        assert "Show only rows with a number change" in titles
        await pilot.press("3")
        notice = app.query_one(StatusLine).message
        assert "with an attribution change" in notice, notice
        await pilot.press("question_mark")
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "an attribution change" in text and "a attribution" not in text


async def test_notices_never_cover_the_rows_and_come_one_at_a_time(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """A key's notice ("No more changes below.") is said on the status line, not in a
    toast over the rows (the cursor's among them); the next notice replaces it. The
    toasts left (errors, warnings) show one at a time, the newest."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("G", "n")  # no change below the last row: a notice says so
        await pilot.pause()
        assert status.message == "No more changes below." and not app.screen.query("Toast")
        await pilot.press("g", "N")
        assert status.message == "No more changes above."
        app.notify("first trouble", severity="error")
        app.notify("second trouble", severity="error")
        await until(pilot, lambda: bool(app.screen.query("Toast")), "a toast showed")
        assert [str(n.message) for n in app._notifications] == ["second trouble"]


async def test_the_saved_message_goes_with_the_next_move(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status line's "saved: ..." stays until the cursor moves, or a few seconds."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("f")
        assert status.message.startswith("saved: A#1")
        await pilot.press("j")
        assert status.message == ""
        said: list[str] = []
        say = app._say

        def record(message: str) -> None:
            said.append(message)
            say(message)

        monkeypatch.setattr(app, "_say", record)
        monkeypatch.setattr(app_module, "MESSAGE_SECONDS", 0.05)
        await pilot.press("e")
        await until(pilot, lambda: said[-1:] == [""], "the message timed out")
        assert said[0].startswith("saved: A#2") and app.view.sentence == 1


async def test_command_palette_offers_the_actions(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """The palette lists the view's actions; choosing one does what its key does."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Tag: fact", "Tag: opinion", "Undo tag change", "Next change", "Help"} <= titles
        assert {
            "Compare options",
            "Accept the suggested label",
            "Note on the sentence",
            "Flag the sentence as unsure",
            "Next disagreement between annotators",
            "Next label shift across the pair",
            "Show only rows with a number change",
            "Show every row",
        } <= titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"opinion")
        await until(
            pilot, lambda: app.screen.query_one(CommandList).option_count > 0, "commands listed"
        )
        await pilot.press("enter")
        session = app.session
        assert session is not None
        await until(pilot, lambda: session.label("a", 0) == "opinion", "the command ran")


async def test_command_palette_shows_every_key_hint(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """Each command's help ends in its keys, in brackets, as the palette draws it (not
    taken for markup: "[s]" and "[N]" stay)."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        shown = {title: Content.from_markup(text).plain for title, text in commands.items()}
        expected = {
            "Tag: fact": "[f]", "Tag: attribution": "[a]", "Tag: estimate": "[e]",
            "Tag: opinion": "[o]", "Clear tag": "[x]", "Undo tag change": "[u]",
            "Accept the suggested label": "[s]", "Note on the sentence": "[c]",
            "Next change": "[n]", "Previous change": "[N]",
            "Next disagreement between annotators": "[d]",
            "Previous disagreement between annotators": "[D]",
            "Next label shift across the pair": "[l]",
            "Previous label shift across the pair": "[L]", "Compare options": "[i]",
            "Page down": "[PgDn]", "Page up": "[PgUp]", "Next untagged sentence": "[]]",
            "Previous untagged sentence": "[[]", "Show every row": "[0]",
            "Flag the sentence as unsure": "[!]",
        }  # fmt: skip
        for title, hint in expected.items():
            assert shown[title].endswith(" " + hint), (title, shown[title])
        # And in the palette itself.
        await pilot.press("ctrl+p")
        await pilot.press(*"accept the sugg")
        listed = app.screen.query_one(CommandList)
        await until(pilot, lambda: listed.option_count > 0, "commands listed")
        prompt = str(listed.get_option_at_index(0).prompt)
        assert "Accept the suggested label" in prompt and prompt.endswith("[s]")


async def test_usable_at_80_by_24(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """At 80x24 the view keeps most of the screen, and tagging works."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=(80, 24)) as pilot:
        view = await ready(pilot)
        assert view.viewport_height >= 18
        assert view.line_map is not None and view.line_map.geometry.text_a >= 30
        await pilot.press("j", "f")
        await pilot.pause()
        assert badge_on_screen(view, "a", 1) == "F"
        header = str(app.query_one(PairHeader).render())
        assert "rows:" in header and "tagged" in header
        _level(view)


async def test_resizing_rewraps(seed_a: Path, seed_b: Path, tmp_path: Path) -> None:
    """A narrower terminal re-wraps every row, keeps them level, and keeps the top row."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=(160, 45)) as pilot:
        view = await ready(pilot)
        assert view.line_map is not None
        await pilot.press("pagedown")
        wide = view.line_map
        top_row = wide.row_at(round(view.scroll_y))
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        narrow = view.line_map
        assert narrow is not None and narrow is not wide
        assert narrow.geometry.width < wide.geometry.width
        assert narrow.height > wide.height
        assert narrow.row_at(round(view.scroll_y)) == top_row
        _level(view)


async def test_footer_turns_compact_for_the_size_resized_to(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """The footer is compact below 100 columns, judged by the new size on each resize,
    so Quit stays on screen at 80 columns."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        footer = app.query_one(Footer)
        assert not footer.compact
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert footer.compact
        quit_key = next(k for k in app.query("FooterKey") if getattr(k, "key", None) == "q")
        assert quit_key.region.right <= 80 and quit_key.region.width > 0
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert not footer.compact
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        assert not footer.compact


async def test_click_moves_the_cursor(tmp_path: Path) -> None:
    """Clicking a sentence on either side puts the cursor there."""
    app = make(BRIDGE_A, BRIDGE_B, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert view.line_map is not None
        geo = view.line_map.geometry
        y = view.line_map.starts[1]
        await pilot.click(DiffView, offset=(geo.b_start + 2, y))
        assert view.side == "b" and view.cursor_row == 1


def _hold_comparison(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Make the app's comparison wait for the test: returns (started, release).

    The thread blocks until ``release`` is set, so what the app does meanwhile does
    not depend on how fast the machine is. The wait has a bound so that a broken app
    (one that compared on its event loop) fails the test instead of hanging it; the
    bound is three times the tests' own patience, so that on a loaded machine the held
    comparison never ends on its own before a test's wait for the screen gives up.
    """
    started, release = threading.Event(), threading.Event()
    real = app_module.compare

    def held(a, b, options=None, progress=None, lang=None):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(timeout=3 * PATIENCE)
        return real(a, b)

    monkeypatch.setattr(app_module, "compare", held)
    return started, release


async def test_comparison_runs_off_the_event_loop(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a comparison is still running, a loading indicator shows and keys work."""
    started, release = _hold_comparison(monkeypatch)
    app = make(seed_a, seed_b, tmp_path / "s.json")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, started.is_set, "the comparison started")
            assert app.session is None
            assert app.query_one(Panes).loading
            # The comparison cannot finish before release: if the app answers a key
            # now, the comparison is not holding up its event loop.
            await pilot.press("question_mark")
            # A loaded machine may take another frame to show the screen the key opened;
            # the comparison is still held meanwhile, so this still proves the point.
            await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help opened")
            assert app.session is None and not release.is_set()
            await pilot.press("escape")
            release.set()
            view = await ready(pilot)
            assert not app.query_one(Panes).loading
            assert view.rows
    finally:
        release.set()


async def test_help_opened_while_aligning_does_not_lose_the_comparison(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison arriving while help is open, help closed at once: the view is laid
    out and the full figures follow all the same."""
    started, release = _hold_comparison(monkeypatch)
    app = make(seed_a, seed_b, tmp_path / "s.json")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, started.is_set, "the comparison started")
            await pilot.press("question_mark")
            release.set()
            await until(pilot, lambda: app.session is not None, "the comparison arrived")
            await pilot.press("escape")
            view = await ready(pilot)
            assert view.rows and "reused A" in str(app.query_one(PairHeader).render())
    finally:
        release.set()


async def test_a_failed_write_is_reported_and_not_shown(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the store cannot be written, the tag is not shown as saved and the app goes on."""
    from newsdiff.store import StoreError

    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)

        def fail(tag, **kw):  # type: ignore[no-untyped-def]
            raise StoreError("s.json: disk full")

        monkeypatch.setattr(app.store, "put", fail)
        await pilot.press("f")
        await pilot.pause()
        assert app.session is not None and app.session.label("a", 0) is None
        assert badge_on_screen(view, "a", 0) not in BADGES.values()
        assert any("disk full" in str(n.message) for n in app._notifications)
        assert app.is_running


def test_launch_reports_bad_input_before_starting(
    tmp_path: Path, seed_a: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, standard input or an unusable store: one line on stderr, exit 2."""
    assert launch(str(tmp_path / "nope.txt"), str(seed_a)) == 2
    assert capsys.readouterr().err.strip() == f"newsdiff: {tmp_path / 'nope.txt'}: no such file"
    assert launch("-", str(seed_a)) == 2
    assert "reads keys from the terminal" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert launch(str(seed_a), str(seed_a), store=bad) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdiff: {bad}") and err.count("\n") == 1


def test_cli_opens_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """'newsdiff A B --store S --annotator N', bare 'newsdiff' and 'newsdiff A' (one
    article alone: the single-pane app, B None) call the app's launcher."""
    calls: list[tuple[object, ...]] = []

    def fake(
        a: str,
        b: str | None,
        store: str | None = None,
        annotator: str | None = None,
        options: CompareOptions = DEFAULT,
        lang: str | None = None,
    ) -> int:
        calls.append((a, b, store, annotator, options.flags()))
        return 0

    monkeypatch.setattr(app_module, "launch", fake)
    assert cli.main(["x.txt", "y.txt", "--store", "t.json", "--annotator", "ana"]) == 0
    assert cli.main([]) == 0
    assert cli.main(["x.txt", "y.txt", "--ignore-case", "--ignore-quotes"]) == 0
    assert cli.main(["one.txt", "--annotator", "ana", "--ignore-case"]) == 0
    assert calls == [
        ("x.txt", "y.txt", "t.json", "ana", []),
        (*seed_paths(), None, None, []),
        ("x.txt", "y.txt", None, None, ["--ignore-case", "--ignore-quotes"]),
        ("one.txt", None, None, "ana", ["--ignore-case"]),
    ]


async def test_store_defaults_to_the_environment(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --store the app uses $NEWSDIFF_STORE (set by the test fixture)."""
    target = tmp_path / "env" / "tags.json"
    monkeypatch.setenv("NEWSDIFF_STORE", str(target))
    app = create_app(str(seed_a), str(seed_b), annotator="tester")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
    assert app.store.path == target and target.exists()


async def test_first_paint_of_seed_pair_is_quick(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """A loose guard on speed: the seed pair is on screen well within a second of work."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    # CPU time, not wall time: the work the app does, not how busy the machine is.
    started = time.process_time()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert time.process_time() - started < 2.0


async def test_quitting_during_a_long_comparison_does_not_wait(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """q while a pair is still being aligned quits at once (the thread is not joined)."""
    started, release = _hold_comparison(monkeypatch)
    app = make(seed_a, seed_b, tmp_path / "s.json")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, started.is_set, "the comparison started")
            await pilot.press("q")
        # The app has ended while its comparison is still held: it did not wait for it.
        comparing = [t for t in threading.enumerate() if t.name == "newsdiff-_compare"]
        assert comparing and comparing[0].is_alive() and not release.is_set()
        assert app.return_code == 0
    finally:
        release.set()


async def test_a_comparison_that_fails_ends_the_app_with_status_2(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If alignment refuses the pair after all, the app exits 2 with a one-line reason."""
    from newsdiff.core.align import AlignmentTooLarge

    def refuse(a, b, options=None, progress=None, lang=None):  # type: ignore[no-untyped-def]
        raise AlignmentTooLarge("9 x 9 sentences is too many to align")

    monkeypatch.setattr(app_module, "compare", refuse)
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: not app.is_running, "the app ended")
    assert app.return_code == 2
    assert app.error == "9 x 9 sentences is too many to align"


async def test_a_file_that_is_not_utf8_is_shown_with_a_warning(
    tmp_path: Path, seed_b: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cp1252 file opens; the app says how it was decoded (stderr stays clean)."""
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("The mayor’s office said the bridge is closed.".encode("cp1252"))
    app = make(legacy, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert any("decoded as cp1252" in str(n.message) for n in app._notifications)
    assert capsys.readouterr().err == ""


async def test_stepping_off_screen_shows_what_follows(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """When j leaves the screen, the new row lands a third of the way down, not at the edge."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        while view.scroll_y == 0:
            await pilot.press("j")
        first, _ = view.sentence_lines("a", view.sentence)
        offset = first - round(view.scroll_y)
        assert 0 < offset < view.viewport_height / 2


async def test_the_indicator_shows_the_stage_and_share_done(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a pair is compared, the indicator names the stage and how far it has got."""
    from newsdiff.tui.widgets.aligning import Aligning, Panes

    real = app_module.compare
    halfway, release = threading.Event(), threading.Event()

    def paused(a, b, options=None, progress=None, lang=None):  # type: ignore[no-untyped-def]
        progress("aligning", 0.5)
        halfway.set()
        release.wait(timeout=3 * PATIENCE)
        return real(a, b, options, progress=progress)

    monkeypatch.setattr(app_module, "compare", paused)
    app = make(seed_a, seed_b, tmp_path / "s.json")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, halfway.is_set, "the comparison reported progress")
            # Textual draws the indicator over the panes, outside the DOM's children.
            panes = app.query_one(Panes)
            await until(pilot, lambda: panes._cover_widget is not None, "the indicator")
            indicator = panes._cover_widget
            assert isinstance(indicator, Aligning)
            assert "aligning 50%" in str(indicator.render())
            release.set()
            await ready(pilot)
            assert panes._cover_widget is None
    finally:
        release.set()


async def test_the_cursor_follows_the_wheel_so_a_key_tags_what_is_on_screen(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """After the wheel scrolls the cursor's sentence away, the cursor is on a sentence on
    screen, and f tags that one, not the one scrolled out of sight (audit, issue 3)."""
    store = tmp_path / "s.json"
    app = make(seed_a, seed_b, store)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert (view.side, view.sentence) == ("a", 0)
        for _ in range(12):
            view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
        await until(pilot, lambda: view.sentence != 0, "the cursor followed the wheel")
        top = round(view.scroll_y)
        first, count = view.sentence_lines(view.side, view.sentence)
        assert top <= first and first + count <= top + view.viewport_height
        await pilot.press("f")
        assert view.session is not None
        assert view.session.label(view.side, view.sentence) == "fact"
        assert view.session.label("a", 0) is None
        _level(view)


async def test_the_wheel_over_the_left_scrollbar_scrolls(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """The wheel over the scrollbar beside A scrolls the view, as over the one beside B."""
    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        bar = app.query_one(PaneScrollBar)
        for _ in range(3):
            bar.post_message(events.MouseScrollDown(bar, 0, 5, 0, 1, 0, False, False, False))
        await until(pilot, lambda: view.scroll_y > 0, "the wheel over the left bar scrolled")


async def test_at_80_columns_the_status_keeps_the_label_whole(tmp_path: Path) -> None:
    """The saved message gives way to where the cursor is and its label (at 80x24 it
    used to cut 'opinion' to 'opi…')."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The council approved the plan on Monday after a long debate.\n")
    b.write_text("The council passed the plan on Monday after a long debate.\n")
    app = make(a, b, tmp_path / "s.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        status = app.query_one(StatusLine)
        await until(pilot, lambda: "opinion" in status.message, "the tag was saved")
        line = str(status.render()).splitlines()[0]
        assert status.position in line and status.position.endswith("opinion")


def test_a_store_folder_that_cannot_be_written_is_refused_at_start(
    seed_a: Path,
    seed_b: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app does not open on a store it could not save a tag in (a read-only file
    system, /proc): one line, exit 2, before the screen changes (it used to say so only
    at the first tag)."""
    import errno

    def read_only(*_args: object, **_kw: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(app_module.tempfile, "mkstemp", read_only)
    folder = tmp_path / "store"
    folder.mkdir()  # a named store's folder must exist; this one cannot be written
    code = launch(str(seed_a), str(seed_b), store=folder / "s.json", annotator="t")
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "cannot save tags in this folder" in err
    assert str(folder) in err and "read-only file system" in err


async def test_help_and_readme_say_when_suggestions_retrain(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """Help and the README's key table give T and both conditions of the automatic
    retraining (every 25 new labels, once there are 30), the numbers the model uses."""
    from newsdiff.meaning.model import MIN_LABELS
    from newsdiff.tui.training import RETRAIN_EVERY

    from .conftest import ROOT

    app = make(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        text = " ".join((await open_help(pilot)).split())
        assert f"every {RETRAIN_EVERY} new labels of yours, once you have {MIN_LABELS}" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `T` |"))
    assert f"every {RETRAIN_EVERY} new labels" in row and f"once you have {MIN_LABELS}" in row
