"""One article alone (``newsdiff ARTICLE``): one pane, the same keys, store and suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff import main as cli
from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store
from newsdiff.tui.app import create_app
from newsdiff.tui.detail import row_detail
from newsdiff.tui.layout import GUTTER, Geometry, Layout, build_rows
from newsdiff.tui.single import NO_SIDE_B, one_sided
from newsdiff.tui.widgets.diff_view import DiffView
from newsdiff.tui.widgets.header import PairHeader, StatusLine

from .tui_helpers import ready, screen_line, until

SIZE = (100, 30)


def _badge(view: DiffView, sentence: int) -> str:
    """The badge cell beside a sentence's first line (A's gutter is the only one)."""
    first, _ = view.sentence_lines("a", sentence)
    return screen_line(view, first)[1]


def test_one_sided_rows_hold_one_sentence_of_a_and_nothing_of_b(seed_a: Path) -> None:
    """Each row is one sentence of A, in order, split as a pair's A side is."""
    art = load(str(seed_a))
    cmp = one_sided(art)
    assert [r.a for r in cmp.rows] == [(i,) for i in range(len(split_sentences(art.text)))]
    assert all(r.b == () and r.kind == "equal" and not r.changes for r in cmp.rows)
    assert cmp.b_sentences == [] and cmp.b is art


def test_single_geometry_gives_a_the_whole_width(seed_a: Path) -> None:
    """No divider and no B pane: A's text runs from its gutter to the last column."""
    geo = Geometry.for_width(80, single=True)
    assert (geo.text_a, geo.text_b, geo.a_start) == (80 - GUTTER, 0, GUTTER)
    assert geo.side_at(79) == "a"
    rows = build_rows(one_sided(load(str(seed_a))))
    wide, pair = Layout(rows, geo), Layout(rows, Geometry.for_width(80))
    assert wide.height < pair.height  # twice the width, fewer wrapped lines


async def test_tag_one_article_quit_and_reopen(seed_a: Path, tmp_path: Path) -> None:
    """Keys tag one article alone, into the store; reopened, the tags and cursor are back."""
    store_path = tmp_path / "s.json"
    app = create_app(str(seed_a), None, store=store_path, annotator="ana", advance=False)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert app.single and view.line_map is not None and view.line_map.geometry.single
        assert "│" not in screen_line(view, 0)  # no rule between panes
        header = app.query_one(PairHeader).render()
        assert seed_a.name in str(header) and "one article" in str(header)
        assert "reused" not in str(header)  # no alignment figures
        await pilot.press("f", "j", "a", "j", "minus", "j", "e", "u", "c")
        await pilot.pause()
        await pilot.press(*"a note", "enter")
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert [_badge(view, i) for i in range(3)] == ["F", "A", "–"]
        await pilot.press("tab")
        await pilot.pause()
        assert view.side == "a" and app.query_one(StatusLine).message == NO_SIDE_B
        await pilot.press("right")
        assert view.side == "a"
        status = app.query_one(StatusLine).position
        assert status.startswith("A#4 of ") and "row" not in status
        await pilot.press("q")
    with Store(store_path) as store:
        got = [store.get(app.article_a.id, i, "ana") for i in range(4)]
        assert got[0] is not None and got[0].label == "fact" and got[0].source == "human"
        assert got[1] is not None and got[1].label == "attribution"
        assert got[2] is not None and got[2].skipped and not got[2].label
        assert got[3] is not None and not got[3].label  # e was undone
        assert got[3].note == "a note" and got[3].unsure
    again = create_app(str(seed_a), None, store=store_path, annotator="ana", advance=True)
    async with again.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert (view.side, view.sentence) == ("a", 3)  # where the cursor was left
        assert [_badge(view, i) for i in range(3)] == ["F", "A", "–"]
        progress = again.query_one(PairHeader).progress
        assert progress[:2] == (3, len(again.session.sentences["a"]))  # type: ignore[union-attr]
        await pilot.press("o")  # auto-advance: on to the next untagged sentence
        await until(pilot, lambda: view.sentence == 4, "the cursor advanced")
        await pilot.press("q")
    with Store(store_path) as store:
        tag = store.get(again.article_a.id, 3, "ana")
        assert tag is not None and tag.label == "opinion"


async def test_suggestions_show_and_s_accepts_them(seed_a: Path, tmp_path: Path) -> None:
    """The suggestion of an untagged sentence shows in the gutter; s stores it as such."""
    app = create_app(str(seed_a), None, store=tmp_path / "s.json", annotator="ana", advance=False)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        session = app.session
        assert session is not None
        first = next(
            i for i in range(session.total("a")) if session.suggestion("a", i)[0] is not None
        )
        view.move_to("a", first)
        await pilot.pause()
        label = session.suggestion("a", first)[0]
        assert label is not None and _badge(view, first) == label[0].lower()
        await pilot.press("s")
        await pilot.pause()
        assert session.label("a", first) == label and session.source("a", first) == "suggestion"
        model = view.rows[view.cursor_row]
        said = str(row_detail(session, model, len(view.all_rows), "a", first))
        assert said.startswith(f"A#{first + 1} of {session.total('a')}\n")  # no row figures
        assert "similarity" not in said and "accepted" not in said


def test_one_missing_article_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not there: one line on stderr, exit 2, no app."""
    assert cli.main([str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdiff: ") and err.count("\n") == 1


def test_standard_input_alone_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """'newsdiff -' cannot read keys and the article from one input: one line, exit 2."""
    assert cli.main(["-"]) == 2
    assert "the app reads keys from the terminal" in capsys.readouterr().err
