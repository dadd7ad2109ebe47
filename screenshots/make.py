"""Save SVG screenshots of the real app, headless, into screenshots/ (``make screenshots``).

Each picture runs the app the ``newsdiff`` command runs (the same factory), on the
bundled seed pair, with a throwaway store so no real annotations are touched.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from newsdiff.core.seeds import seed_paths
from newsdiff.tui.app import NewsdiffApp, create_app

HERE = Path(__file__).resolve().parent

Steps = Callable[[Pilot[None]], Awaitable[None]]


async def _main_view(pilot: Pilot[None]) -> None:
    # The cursor on a changed sentence, so its counterpart in B is highlighted too.
    await pilot.press("j", "j", "j", "j", "j")


async def _help(pilot: Pilot[None]) -> None:
    await pilot.press("question_mark")


async def _tagging(pilot: Pilot[None]) -> None:
    # An annotator working down article A, then tagging B's counterparts.
    await pilot.press("n", "n", "f", "j", "a", "j", "e", "j", "o", "tab", "a", "k", "f")


async def _review(pilot: Pilot[None]) -> None:
    # What a change means and where labels differ: A#5 accepted from its suggestion
    # (carried to B), A#9 a fact whose counterpart in B the annotator calls an
    # estimate (a label shift), a note and the unsure flag on A#10.
    await pilot.press(*"jjjj", "s", *"jjjj", "f", "tab", "e", "tab", "j", "!", "c")
    await pilot.press(*"check the toll against NATO's figure", "enter")
    await pilot.press("k")


async def _detail(pilot: Pilot[None]) -> None:
    # A fact-checker reading every change of a row: the detail panel on A#6.
    await pilot.press("j", "j", "j", "j", "j", "v")


async def _single(pilot: Pilot[None]) -> None:
    # One article alone: an annotator tagging down it.
    await pilot.press("j", "f", "j", "a", "j", "minus", "j")


async def _fold(pilot: Pilot[None]) -> None:
    """A reprint with its equal rows folded, the cursor on the second fold line."""
    await pilot.press("z", "j", "j")


SHOTS: list[tuple[str, tuple[int, int], Steps]] = [
    ("main.svg", (160, 45), _main_view),
    ("help.svg", (120, 40), _help),
    ("tagging.svg", (160, 45), _tagging),
    ("review.svg", (160, 45), _review),
    ("main-80x24.svg", (80, 24), _main_view),
    ("detail.svg", (160, 45), _detail),
    ("single.svg", (100, 30), _single),
    ("fold.svg", (100, 30), _fold),
]
#: Shots of article A alone (``newsdiff ARTICLE``), not of the pair.
SINGLE = {"single.svg"}
#: Shots of a reprint (most rows equal, as in real reprints; the seed pair has none).
REPRINT = {"fold.svg": (HERE.parent / "tests" / "data" / "reprint_a.txt",
                        HERE.parent / "tests" / "data" / "reprint_b.txt")}  # fmt: skip


async def shoot(name: str, size: tuple[int, int], steps: Steps, store: Path) -> Path:
    a, b_path = seed_paths()
    b: str | None = b_path
    if name in SINGLE:
        b = None
    if name in REPRINT:
        a, b = map(str, REPRINT[name])
    # Auto-advance off: the scripted keys move the cursor themselves (j), as written.
    app: NewsdiffApp = create_app(
        a, b, store=store / f"{name}.json", annotator="demo", advance=False
    )
    async with app.run_test(size=size) as pilot:
        while (
            app.session is None
            or app.view.line_map is None
            or not app.figures_ready
            or app.typed_ahead is not None  # a key now would wait for the rows
        ):
            await pilot.pause(0.02)
        await pilot.pause()
        await steps(pilot)
        # Let the footer and status line catch up with the last key.
        await pilot.pause(0.2)
        path = HERE / name
        app.save_screenshot(filename=name, path=str(HERE))
    return path


async def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, size, steps in SHOTS:
            path = await shoot(name, size, steps, Path(tmp))
            print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
