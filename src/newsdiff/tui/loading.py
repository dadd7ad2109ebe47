"""The comparison arriving: the app shows it, its figures, or why there is none.

The comparison runs in a thread (``NewsdiffApp._compare``) while the panes show a loading
indicator; it posts one of these messages back to the event loop, where this mixin
puts it on the screen.

Keys typed before the rows are there wait for them: the view keeps the focus under the
indicator (``widgets.aligning.Panes``), the app holds its keys as they come (the
indicator counts them) and plays them in order once the rows are laid out. Before, the
view itself was Textual's loading widget, which has no keys: a tag typed ahead was lost
without a sign (review r18b, finding 8).
"""

from __future__ import annotations

from functools import partial
from time import sleep

from textual import events, on
from textual.content import Content
from textual.message import Message

from newsdiff.core.article import Article
from newsdiff.core.language import named, to_force
from newsdiff.meaning.compare import Comparison
from newsdiff.store import Store
from newsdiff.store.api import orphan_count
from newsdiff.store.records import orphans_said

from .app_base import EXIT_TROUBLE, AppBase, background
from .cursor import Place
from .filtering import BUSY_REST
from .layout import Geometry, Layout, RowModel, clean
from .session import TagSession
from .widgets.aligning import Panes
from .widgets.diff_view import DiffView, after_refresh
from .widgets.header import PairHeader, figures


def figures_pending(a: Article, b: Article) -> tuple[Content, Content]:
    """What the header says while the pair is being aligned."""
    text = Content(f"aligning {clean(a.name)} with {clean(b.name)}…")
    return (text, text)


def saved_cursor(store: Store, session: TagSession) -> Place | None:
    """Where the cursor was when this annotator last closed this pair (if it still fits)."""
    state = store.get_state(session.state_key())
    if not state:
        return None
    side, sentence = state.get("side"), state.get("sentence")
    if side in ("a", "b") and isinstance(sentence, int):
        return (side, sentence)
    return None


def laid_out_ahead(rows: list[RowModel], width: int, single: bool, folded: bool) -> Layout | None:
    """The rows laid out for the width the view will have (``Panes.view_width``), made
    in the comparison's thread: under the loading indicator the view has no width, so
    it was laid out on the event loop after the first paint (0.25 s on the 1 MB pair,
    which the first key waited for, with the rows not yet drawn). None when the width is
    not known yet or the equal rows will be folded (the view lays its fold lines out)."""
    if width <= 0 or (folded and not single):
        return None
    return Layout(list(rows), Geometry.for_width(width, single=single))


class LoadingMixin(AppBase):
    """Shows the comparison (and later its full figures) when the thread posts it."""

    class Compared(Message):
        """The comparison is ready (posted from the worker thread)."""

        def __init__(
            self,
            comparison: Comparison,
            rows: list[RowModel],
            session: TagSession,
            cursor: Place | None,
            summary: tuple[Content, Content],
            layout: Layout | None = None,
        ) -> None:
            super().__init__()
            self.comparison = comparison
            self.rows = rows
            self.session = session
            self.cursor = cursor
            self.summary = summary
            self.layout = layout
            """The rows laid out ahead (``laid_out_ahead``), or None."""

    class Summarised(Message):
        """The pair's full figures, reuse share included (posted from a worker thread)."""

        def __init__(self, summary: tuple[Content, Content], comparison: Comparison) -> None:
            super().__init__()
            self.summary = summary
            self.comparison = comparison

    class KeysReleased(Message):
        """The rows are laid out: the keys typed before them go to the view now."""

    class CompareFailed(Message):
        """The comparison could not be made; the app exits with this one-line reason."""

        def __init__(self, error: str, exception: Exception | None = None) -> None:
            super().__init__()
            self.error = error
            self.exception = exception
            """Set for an unexpected error (a bug), which is re-raised on the event loop."""

    @on(Compared)
    def _show(self, message: Compared) -> None:
        if not self.query(DiffView):  # the user quit while it was computed
            return
        self.comparison = message.comparison
        self.session = message.session
        view = self.view
        self.query_one(Panes).loading = False
        view.busy = self.collector.busy
        view.load(message.rows, message.session, message.cursor, message.layout)
        view.focus()
        self._view_changed("")
        self.query_one(PairHeader).summary = message.summary
        self._update_progress()
        self._update_mode()
        if not message.comparison.english:
            lang = message.comparison.lang
            self.notify(
                f"Language {named(lang)}: change classes and suggestions are "
                "English-only (a change shows as rewording unless a figure in digits "
                f"changed, a number; {to_force(lang)}).",
                timeout=8,
            )
        elif not message.comparison.lang_sure:
            self.notify(
                "Language not clear from its function words: change classes and suggestions read "
                "it as English, which may be wrong (--lang CODE to name its language).",
                timeout=8,
            )
        self._note_orphans(message.session)
        # The keys typed ahead, once the rows they act on are on screen.
        after_refresh(self, self._release_keys)
        # After the first paint: the rows matter more than this figure.
        after_refresh(self, partial(background, self._summarise, message.comparison))
        after_refresh(self, self.collector.settle)
        # Then the filters' marks, so that a filter key finds them worked out.
        after_refresh(self, view.mark_in_background)

    def _note_orphans(self, session: TagSession) -> None:
        """Say once that tags of the articles opened match no sentence: an upgrade that
        splits sentences differently leaves them as orphans, which the header's count
        alone does not tell (review r23c finding 4)."""
        ids = sorted(set(session.ids.values()))
        n = sum(orphan_count(session.store, i) for i in ids)
        if n:
            whose = "this article" if len(ids) == 1 else "these articles"
            self.notify(orphans_said(n, whose) + ".", timeout=8)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and self._hold(event):
            return
        await super().on_event(event)

    def _hold(self, key: events.Key) -> bool:
        """Hold a key typed before the rows are shown (True), to play it once they are:
        one of the view's, or any key once one waits, so that they keep their order.
        Not a key on another screen (help open meanwhile), nor a priority key (ctrl+q
        quits at once); the app's own keys act at once while none waits (``?``, ``q``)."""
        held = self.typed_ahead
        if held is None or key.is_forwarded or len(self.screen_stack) > 1:
            return False
        if any(b.priority for b in self._bindings.key_to_bindings.get(key.key, ())):
            return False
        if not held and key.key not in self.view._bindings.key_to_bindings:
            return False
        held.append(key)
        return True

    def _release_keys(self) -> None:
        """The rows are on screen: play the keys held meanwhile, once the view is laid
        out (a key that moves the cursor needs the lines)."""
        if not self.query(DiffView):  # the user quit meanwhile
            return
        view = self.view
        if view.line_map is None and view.rows:
            after_refresh(self, self._release_keys)
            return
        if not self.typed_ahead:
            self.typed_ahead = None  # none waits: from now on keys go straight on
            return
        # A message, not a loop here: keys still queued behind this callback are held
        # too (``typed_ahead`` is still a list), and play after those held before them.
        self.post_message(self.KeysReleased())

    @on(KeysReleased)
    async def _play_held_keys(self, _message: KeysReleased) -> None:
        held, self.typed_ahead = self.typed_ahead or [], None
        for key in held:
            # As a key from the terminal: priority bindings, then the focused view.
            await self.on_event(key)

    def _summarise(self, cmp: Comparison) -> None:
        """The full figures (with the reuse share, which walks every word), off the loop,
        in slices that rest while keys are pressed: a thread that holds the interpreter
        lock makes the loop wait for it at every turn, and the first key after the first
        paint on the 1 MB pair waited for 0.55 s of this walk (review r21a finding 3)."""
        busy = self.collector.busy

        def pause() -> None:
            sleep(0)  # the lock to whoever waits for it (the loop, the terminal's reader)
            while busy():
                sleep(BUSY_REST)

        cmp.measure_reuse(pause)
        self.post_message(self.Summarised((figures(cmp), figures(cmp, short=True)), cmp))

    @on(Summarised)
    def _summarised(self, message: Summarised) -> None:
        if message.comparison is not self.comparison:
            return  # figures of options since changed again
        for header in self.query(PairHeader):  # none once the app is closing
            header.summary = message.summary
        self.figures_ready = True

    @on(CompareFailed)
    def _failed(self, message: CompareFailed) -> None:
        if message.exception is not None:
            # A bug, not bad input: let Textual show the traceback.
            raise message.exception
        self.error = message.error
        self.exit(return_code=EXIT_TROUBLE)
