"""The progress indicator shown while a pair is aligned and diffed."""

from __future__ import annotations

from dataclasses import dataclass
from time import monotonic

from rich.text import Text
from textual.app import RenderResult
from textual.events import Mount
from textual.widgets import LoadingIndicator


@dataclass
class StageState:
    """Where the comparison thread has got to: written by that thread, read on render.

    One attribute holds a tuple, so a reader never sees a stage with another stage's
    share (assigning one attribute is atomic under the interpreter lock).
    """

    now: tuple[str, float] = ("starting", 0.0)

    def update(self, stage: str, share: float) -> None:
        self.now = (stage, share)


class Aligning(LoadingIndicator):
    """Textual's loading dots at four frames a second, with the stage, its share done
    and the seconds spent so far.

    The comparison runs in a thread that shares the interpreter lock with the event
    loop; at the stock sixteen frames a second the animation slowed the alignment of a
    4,400 x 3,000 sentence pair by about 0.4 s (1.1 s -> 1.5 s).
    """

    FPS = 4

    def __init__(self, state: StageState | None = None) -> None:
        super().__init__()
        self.state = state or StageState()

    def _on_mount(self, event: Mount) -> None:
        # Textual calls LoadingIndicator's own mount handler after this one (handlers
        # run for each class of the MRO), and it sets sixteen frames: so set ours later.
        self._began = monotonic()
        self.call_later(self._slow_down)

    def _slow_down(self) -> None:
        self.auto_refresh = 1 / self.FPS

    def describe(self) -> str:
        """The stage and how far it has got, e.g. ``aligning 45%``."""
        stage, share = self.state.now
        return f"{stage} {share:.0%}" if share > 0 else stage

    def render(self) -> RenderResult:
        dots = super().render()
        if not isinstance(dots, Text):
            return dots
        took = monotonic() - self._began
        return Text.assemble(dots, (f"   {self.describe()} · {took:.1f} s", "dim"))
