"""Review r21a finding 3: what the event loop did after the first paint on a long pair,
where the first key waited for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsdiff.core.reuse as reusing
import newsdiff.meaning.compare as comparing
import newsdiff.meaning.suggest
import newsdiff.tui.widgets.diff_view.view
from newsdiff.store import Store
from newsdiff.tui.app import NewsdiffApp, open_pair
from newsdiff.tui.layout import Layout
from newsdiff.tui.preferences import Preferences, save_preferences
from newsdiff.tui.widgets.header import PairHeader

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready, repeated_app, until

#: Work the event loop did, by name, while the app under test ran.
OnLoop = dict[str, int]


@pytest.fixture
def on_loop(monkeypatch: pytest.MonkeyPatch) -> Iterator[OnLoop]:
    """Counts the rows' layouts made and the articles' voices read on the event loop
    (the main thread), where a key waits for them."""
    done: OnLoop = {"layout": 0, "voice": 0}
    main = threading.main_thread()
    voice = newsdiff.meaning.suggest.article_voice

    class CountedLayout(Layout):
        def __init__(self, *args: object, **kwargs: object) -> None:
            done["layout"] += threading.current_thread() is main
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def counted_voice(*args: object, **kwargs: object) -> object:
        done["voice"] += threading.current_thread() is main
        return voice(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newsdiff.tui.widgets.diff_view.view, "Layout", CountedLayout)
    monkeypatch.setattr(newsdiff.meaning.suggest, "article_voice", counted_voice)
    yield done


async def first_paint(app: NewsdiffApp, size: tuple[int, int]) -> tuple[int, str]:
    """Run ``app`` to its first screen with rows; the view's width and its first line."""
    async with app.run_test(size=size) as pilot:
        view = await ready(pilot)
        assert view.line_map is not None
        return view.line_map.geometry.width, view.render_line(0).text


@pytest.mark.parametrize("size", [(160, 45), (80, 24), (123, 40)])
async def test_the_rows_are_laid_out_and_read_in_their_voice_off_the_loop(
    tmp_path: Path, on_loop: OnLoop, size: tuple[int, int]
) -> None:
    """r21a finding 3: "First key after the first paint on the 1 MB pair: 490 ms ... the
    header showed "reused A … · B …" at first paint". The status line ("A#1 of") was
    drawn before the rows: under the loading indicator the view has no width, so the
    rows were laid out on the event loop after it (0.25 s on the 1 MB pair), and each
    article's voice (some 400 sentences' rules) was read there for the first suggestion
    shown. Both are made in the comparison's thread now, for the width the view is to
    have: the loop lays nothing out and reads no voice (it did, once each)."""
    app = repeated_app(tmp_path, SEED_A, SEED_B, 3)
    width, _line = await first_paint(app, size)
    assert width == size[0] - 2  # less the pane bar and the view's scrollbar
    assert on_loop == {"layout": 0, "voice": 0}


async def test_a_folded_view_and_a_resize_are_still_laid_out_on_the_loop(
    tmp_path: Path, on_loop: OnLoop
) -> None:
    """Near miss: with equal rows folded (a preference) the view lays its fold lines out
    itself, and a resize lays the rows out again at the new width, on the loop as before."""
    save_preferences(Store(tmp_path / "s.json"), "tester", Preferences(fold=True))
    app = repeated_app(tmp_path, SEED_A, SEED_A, 3)  # every row equal: one fold line
    assert app.preferences.fold
    async with app.run_test(size=(160, 45)) as pilot:
        view = await ready(pilot)
        assert any(row.folded for row in view.rows)
        assert on_loop["layout"] == 1
        await pilot.resize_terminal(120, 45)
        await pilot.pause()
        assert view.line_map is not None and view.line_map.geometry.width == 118
        assert on_loop["layout"] == 2


async def test_the_full_figures_rest_while_keys_are_pressed(tmp_path: Path) -> None:
    """r21a finding 3: the header still read "reused A … · B …" when the first j waited:
    the reuse share (0.55 s of one thread's work on the 1 MB pair, holding the
    interpreter lock) was walked at once after the first paint, and the event loop
    waited for the lock at every turn. It is walked in slices now, resting while keys
    are pressed (as the filters' marks do): held busy, the figures wait; let go, they
    come."""
    app = repeated_app(tmp_path, SEED_A, SEED_B, 3)
    held = [True]
    app.collector.busy = lambda: held[0]  # type: ignore[method-assign]
    async with app.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: app.typed_ahead is None, "the rows were shown")
        await pilot.pause(0.5)
        assert not app.figures_ready
        assert "reused A … · B …" in str(app.query_one(PairHeader).render())
        held[0] = False
        await until(pilot, lambda: app.figures_ready, "the full figures arrived")
        assert "reused A …" not in str(app.query_one(PairHeader).render())


def test_the_paced_reuse_measures_are_the_same() -> None:
    """Near miss: walked in slices, the measures are the very figures of one walk, and
    the pauses come between slices (none in the diff's own walk)."""
    a, b = open_pair(str(SEED_A), str(SEED_B))
    paced, once = comparing.compare(a, b), comparing.compare(a, b)
    pauses: list[int] = []
    paced.measure_reuse(lambda: pauses.append(1))
    assert paced.reuse_measures == once.reuse_measures
    assert len(pauses) >= 1 + len(paced.rows) // reusing.PACED_ROWS
