"""The progress indicator shown while a pair is aligned and diffed, and the panes it
covers meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from time import monotonic

from rich.text import Text
from textual.app import RenderResult
from textual.containers import Horizontal
from textual.events import Mount, Resize
from textual.widget import Widget
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

    def __init__(
        self, state: StageState | None = None, waiting: Callable[[], int] | None = None
    ) -> None:
        super().__init__()
        self.state = state or StageState()
        self.waiting = waiting or (lambda: 0)
        """How many keys typed meanwhile wait for the rows (the app holds them)."""

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
        text = f"   {self.describe()} · {took:.1f} s{keys_waiting(self.waiting())}"
        return Text.assemble(dots, (text, "dim"))


def keys_waiting(count: int) -> str:
    """What the indicator says of the keys typed ahead: `` · 2 keys wait for the rows``."""
    if not count:
        return ""
    return f" · {count} {'key waits' if count == 1 else 'keys wait'} for the rows"


class Panes(Horizontal):
    """The diff view beside its scrollbar at A's edge; the indicator covers both while
    the pair is compared (``loading`` set here, never on the view).

    Textual takes a loading widget's keys away (a focused widget that is loading has no
    bindings, and its keys go nowhere), so the indicator covers the view's container
    instead: the view keeps the focus and its keys, the app holds the ones typed before
    the rows are in and plays them then (``tui.loading``), and the footer shows the view's
    keys from the start rather than being composed again when the rows arrive (20 keys'
    widgets and their styles, 0.1-0.5 s in which the first key after the paint waited).
    """

    def __init__(
        self,
        state: StageState,
        waiting: Callable[[], int],
        *,
        view: Widget | None = None,
        id: str | None = None,  # noqa: A002
    ) -> None:
        super().__init__(id=id)
        self.state = state
        self.waiting = waiting
        self.view = view
        """The diff view among the panes (``view_width`` is its width to be)."""
        self.view_width = 0
        """The text width the view will have once the indicator is gone (0: not known
        yet). Under the indicator the view is not laid out (Textual arranges a covered
        container's children but places none: the view's width is 0), so the rows are
        laid out for this width in the comparison's thread (``tui.loading``), not on the
        event loop after the first paint. Read from that thread: one int."""

    def on_resize(self, event: Resize) -> None:
        for placement in self.arrange(event.size).placements:
            widget = placement.widget
            if widget is self.view:
                styles = widget.styles
                # The view scrolls with ``overflow-y: scroll``: its scrollbar is always there.
                bar = styles.scrollbar_size_vertical if styles.overflow_y == "scroll" else 0
                self.view_width = max(0, placement.region.width - styles.gutter.width - bar)

    def get_loading_widget(self) -> Widget:
        return Aligning(self.state, self.waiting)
