"""Shared helpers for the app's Pilot tests (also used by the snapshot app)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.layout import GUTTER
from newsdiff.tui.widgets.diff_view import DiffView

#: How long a test waits for something the app does in another thread or a later
#: frame. Generous: it bounds a failing test, a passing one waits only as long as it takes.
PATIENCE = 20.0


def repeated_app(folder: Path, seed_a: Path, seed_b: Path, times: int) -> NewsdiffApp:
    """The app on the seed pair with each article repeated ``times`` times (a long pair)."""
    paths = []
    for name, seed in (("a", seed_a), ("b", seed_b)):
        path = folder / f"{name}.txt"
        path.write_text(seed.read_text(encoding="utf-8") * times, encoding="utf-8")
        paths.append(str(path))
    return create_app(paths[0], paths[1], store=folder / "s.json", annotator="tester")


async def until(pilot: Pilot[None], done: Callable[[], bool], what: str) -> None:
    """Let the app run until ``done()`` holds (checked between frames); fail after a while."""
    deadline = time.monotonic() + PATIENCE
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.01)


def heard(app: App[Any]) -> list[str]:
    """Every notice ``app`` raises from now on, as it raises it. Not ``app._notifications``,
    which drops a notice once its timeout has passed (8 s, which a loaded machine can
    spend before the test looks) or another one comes (``AppBase._on_notify``)."""
    said: list[str] = []
    raise_it = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        said.append(str(message))
        raise_it(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return said


async def ready(pilot: Pilot[None]) -> DiffView:
    """Wait until the comparison is shown and laid out; return the view."""
    app = pilot.app
    assert isinstance(app, NewsdiffApp)
    await until(pilot, lambda: app.session is not None, "the comparison arrived")
    await until(pilot, lambda: app.view.line_map is not None, "the view was laid out")
    # Until then a key would wait for the rows (``tui.loading``), then act.
    await until(pilot, lambda: app.typed_ahead is None, "keys go straight to the view")
    # The full figures (reuse share) follow the first paint, from a second thread.
    await until(pilot, lambda: app.figures_ready, "the full figures arrived")
    await pilot.pause()
    return app.view


def screen_line(view: DiffView, virtual_y: int) -> str:
    """The text the view draws on one virtual line (which must be on screen)."""
    y = virtual_y - round(view.scroll_y)
    assert 0 <= y < view.viewport_height, "line is not on screen"
    return view.render_line(y).text


def columns(view: DiffView, virtual_y: int) -> tuple[str, str, str, str]:
    """One drawn line cut into A's gutter, A's text, B's gutter and B's text."""
    assert view.line_map is not None
    geo = view.line_map.geometry
    text = screen_line(view, virtual_y)
    return (
        text[: geo.a_start],
        text[geo.a_start : geo.a_start + geo.text_a],
        text[geo.b_start - GUTTER : geo.b_start],
        text[geo.b_start : geo.b_start + geo.text_b],
    )
