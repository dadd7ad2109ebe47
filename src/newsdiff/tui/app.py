"""The newsdiff app: two articles side by side, and keyboard tagging of their sentences.

``create_app`` is the one factory that the command line (``launch``), the tests, the
screenshots and the benchmarks share. It loads both files and opens the store before
anything is drawn, so unusable input ends with one line on stderr and exit status 2;
the alignment itself runs in a thread while the app shows a loading indicator.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from newsdiff.align import MAX_CELLS, AlignmentTooLarge
from newsdiff.article import STDIN, Article, InputError, load
from newsdiff.compare import Comparison, compare
from newsdiff.sentences import split_sentences
from newsdiff.store import Store, StoreError, default_annotator

from .layout import RowModel, Side, build_rows
from .screens.help import HelpScreen
from .session import TagSession
from .widgets.diff_view import DiffView
from .widgets.header import PairHeader, StatusLine, figures

EXIT_OK, EXIT_TROUBLE = 0, 2

#: Command palette titles of the view's actions, by binding id.
PALETTE_TITLES = {
    "cursor-down": "Next sentence",
    "cursor-up": "Previous sentence",
    "side-a": "Go to article A",
    "side-b": "Go to article B",
    "switch-side": "Switch to the other article",
    "page-down": "Page down",
    "page-up": "Page up",
    "first": "First sentence",
    "last": "Last sentence",
    "next-change": "Next change",
    "previous-change": "Previous change",
    "next-untagged": "Next untagged sentence",
    "previous-untagged": "Previous untagged sentence",
    "tag-fact": "Tag: fact",
    "tag-attribution": "Tag: attribution",
    "tag-estimate": "Tag: estimate",
    "tag-opinion": "Tag: opinion",
    "clear": "Clear tag",
    "undo": "Undo tag change",
    "redo": "Redo tag change",
}


def open_pair(path_a: str, path_b: str) -> tuple[Article, Article]:
    """Load both articles and check that they can be aligned.

    Raises:
        InputError: a file cannot be used (or is standard input, which the app needs
            for the keyboard).
        AlignmentTooLarge: too many sentences to align.
    """
    for path in (path_a, path_b):
        if path == STDIN:
            raise InputError(
                STDIN, "the app reads keys from the terminal; give a file, or use 'newsdiff diff'"
            )
    # No warning on stderr: the screen is about to cover it. The app says it instead.
    a, b = load(path_a, warn=False), load(path_b, warn=False)
    # The same limit the aligner applies, checked before the screen changes; counting
    # sentences is a small part of a comparison.
    n, m = len(split_sentences(a.text)), len(split_sentences(b.text))
    if (n + 1) * (m + 1) > MAX_CELLS:
        raise AlignmentTooLarge(
            f"{path_a}, {path_b}: {n:,} x {m:,} sentences is too many to align "
            f"(limit {MAX_CELLS:,} pairs)"
        )
    return a, b


def create_app(
    path_a: str,
    path_b: str,
    store: str | Path | None = None,
    annotator: str | None = None,
) -> NewsdiffApp:
    """The app for a pair of files: load both, open the store (may raise, see ``launch``).

    Args:
        path_a: the first article (left pane).
        path_b: the second article (right pane).
        store: the tag store; default ``$NEWSDIFF_STORE``, else ``annotations/newsdiff.json``.
        annotator: whose tags these are; default the login name.
    """
    a, b = open_pair(path_a, path_b)
    return NewsdiffApp(a, b, Store(store), annotator or default_annotator())


def launch(
    path_a: str, path_b: str, store: str | Path | None = None, annotator: str | None = None
) -> int:
    """Run the app in the terminal. Returns the exit status (0, or 2 on trouble)."""
    try:
        app = create_app(path_a, path_b, store, annotator)
    except (InputError, StoreError, AlignmentTooLarge) as err:
        print(f"newsdiff: {err}", file=sys.stderr)
        return EXIT_TROUBLE
    try:
        app.run()
    finally:
        app.store.close()
    if app.error:
        print(f"newsdiff: {app.error}", file=sys.stderr)
    return app.return_code or EXIT_OK


class NewsdiffApp(App[None]):
    """Article A beside article B: aligned rows, word-level changes, tags per sentence."""

    TITLE = "newsdiff"
    # Absolute: Textual resolves a relative path against the module of each subclass.
    CSS_PATH = Path(__file__).with_name("newsdiff.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "help", "Help", key_display="?", id="help",
                tooltip="Show every key and the label guidelines."),
        Binding("q", "quit", "Quit", id="quit",
                tooltip="Quit (tags are already saved)."),
    ]  # fmt: skip

    class Compared(Message):
        """The comparison is ready (posted from the worker thread)."""

        def __init__(
            self,
            comparison: Comparison,
            rows: list[RowModel],
            session: TagSession,
            cursor: tuple[Side, int] | None,
            summary: tuple[Content, Content],
        ) -> None:
            super().__init__()
            self.comparison = comparison
            self.rows = rows
            self.session = session
            self.cursor = cursor
            self.summary = summary

    class Summarised(Message):
        """The pair's full figures, reuse share included (posted from a worker thread)."""

        def __init__(self, summary: tuple[Content, Content]) -> None:
            super().__init__()
            self.summary = summary

    class CompareFailed(Message):
        """The comparison could not be made; the app exits with this one-line reason."""

        def __init__(self, error: str, exception: Exception | None = None) -> None:
            super().__init__()
            self.error = error
            self.exception = exception
            """Set for an unexpected error (a bug), which is re-raised on the event loop."""

    def __init__(self, a: Article, b: Article, store: Store, annotator: str) -> None:
        super().__init__()
        self.article_a = a
        self.article_b = b
        self.store = store
        self.annotator = annotator
        self.comparison: Comparison | None = None
        self.session: TagSession | None = None
        self.error: str | None = None
        """Why the app stopped, when it stopped on trouble (``launch`` prints it)."""
        self.figures_ready = False
        """The header shows the full figures (they follow the first paint)."""

    @property
    def view(self) -> DiffView:
        return self.query_one(DiffView)

    def compose(self) -> ComposeResult:
        yield PairHeader(self.article_a.name, self.article_b.name, id="pair-header")
        yield DiffView(id="diff")
        yield StatusLine(id="status")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.view.state_signal.subscribe(self, self._view_changed, immediate=True)
        self.view.loading = True
        self.view.focus()
        self.query_one(PairHeader).summary = figures_pending(self.article_a, self.article_b)
        for side, art in (("A", self.article_a), ("B", self.article_b)):
            if art.encoding != "utf-8":
                self.notify(
                    f"{side}: {art.name} is not valid UTF-8; decoded as {art.encoding}.",
                    severity="warning",
                    timeout=8,
                )
        _background(self._compare)

    # -- the comparison, off the event loop ------------------------------------------
    #
    # Plain daemon threads rather than Textual's thread workers: those run in the
    # default executor, which the interpreter joins at exit, so quitting during a long
    # alignment would hang until it finished. Results come back as messages.

    def _compare(self) -> None:
        a, b = self.article_a, self.article_b
        try:
            cmp = compare(a, b)
            rows = build_rows(cmp)
            summary = (figures(cmp, reuse=False), figures(cmp, short=True, reuse=False))
            session = TagSession(
                self.store, self.annotator, (a, b), (cmp.a_sentences, cmp.b_sentences)
            )
            cursor = _saved_cursor(self.store, session)
        except (AlignmentTooLarge, StoreError, OSError) as err:
            self.post_message(self.CompareFailed(str(err)))
            return
        except Exception as err:
            self.post_message(self.CompareFailed(f"internal error: {err!r}", err))
            return
        self.post_message(self.Compared(cmp, rows, session, cursor, summary))

    @on(Compared)
    def _show(self, message: Compared) -> None:
        if not self.query(DiffView):  # the user quit while it was computed
            return
        self.comparison = message.comparison
        self.session = message.session
        view = self.view
        view.loading = False
        view.load(message.rows, message.session, message.cursor)
        view.focus()
        # The view had focus while loading, when its keys were off: the footer only
        # learns they are on from a bindings refresh.
        self.refresh_bindings()
        self._view_changed("")
        self.query_one(PairHeader).summary = message.summary
        self._update_progress()
        # After the first paint: the rows matter more than this figure.
        self.call_after_refresh(_background, self._summarise, message.comparison)

    def _summarise(self, cmp: Comparison) -> None:
        """The full figures (with the reuse share, which walks every word), off the loop."""
        self.post_message(self.Summarised((figures(cmp), figures(cmp, short=True))))

    @on(Summarised)
    def _summarised(self, message: Summarised) -> None:
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

    # -- keeping the header and status line current ----------------------------------

    def _update_progress(self) -> None:
        session = self.session
        if session is None:
            return
        self.query_one(PairHeader).progress = (
            session.tagged("a"),
            session.total("a"),
            session.tagged("b"),
            session.total("b"),
        )

    def _view_changed(self, what: str) -> None:
        """Keep the status line (and, after a tag change, the progress) current."""
        view = self.view
        session = self.session
        if session is None or not view.rows:
            return
        if what:
            self._update_progress()
            self.query_one(StatusLine).message = f"saved: {what}"
        side = view.side
        row = view.cursor_row
        kind = view.rows[row].kind
        label = session.label(side, view.sentence) or "untagged"
        self.query_one(StatusLine).position = (
            f"{side.upper()}#{view.sentence + 1} of {session.total(side)} · "
            f"row {row + 1} of {len(view.rows)}, {kind} · {label}"
        )

    def on_resize(self) -> None:
        # Nine keys fit the footer at 80 columns only in its compact form.
        self.query_one(Footer).compact = self.size.width < 100

    @on(DiffView.Relaid)
    def _relaid(self, message: DiffView.Relaid) -> None:
        for header in self.query(PairHeader):  # none once the app is closing
            header.geometry = message.geometry

    # -- actions ---------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.all_bindings()))

    def all_bindings(self) -> list[Binding]:
        """Every key of the main screen, in the order the help lists them."""
        out: list[Binding] = []
        for binding in [*DiffView.BINDINGS, *self.BINDINGS]:
            if isinstance(binding, Binding):
                out.append(binding)
        out.append(Binding("ctrl+p", "command_palette", tooltip="Command palette: every action."))
        return out

    async def action_quit(self) -> None:
        self._save_cursor()
        self.exit(return_code=EXIT_OK)

    def _save_cursor(self) -> None:
        session = self.session
        if session is None:
            return
        view = self.view
        try:
            self.store.set_state(
                session.state_key(), {"side": view.side, "sentence": view.sentence}
            )
        except (StoreError, OSError):
            # Tags are saved as they are made; a lost cursor position is no reason to
            # keep the user from quitting.
            pass

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Help", "Every key and the label guidelines (? or F1)", self.action_help
        )
        if self.session is None:
            return
        view = self.view
        for binding in DiffView.BINDINGS:
            if not isinstance(binding, Binding) or binding.id not in PALETTE_TITLES:
                continue
            title = PALETTE_TITLES[binding.id]
            keys = binding.key_display or binding.key
            yield SystemCommand(
                title,
                f"{binding.tooltip} [{keys}]",
                partial(self.run_action, binding.action, view),
            )


def _background(work: Callable[..., None], *args: object) -> None:
    """Run ``work`` in a daemon thread: the app can quit without waiting for it."""
    threading.Thread(target=work, args=args, name=f"newsdiff-{work.__name__}", daemon=True).start()


def figures_pending(a: Article, b: Article) -> tuple[Content, Content]:
    text = Content(f"aligning {a.name} with {b.name}…")
    return (text, text)


def _saved_cursor(store: Store, session: TagSession) -> tuple[Side, int] | None:
    state = store.get_state(session.state_key())
    if not state:
        return None
    side, sentence = state.get("side"), state.get("sentence")
    if side in ("a", "b") and isinstance(sentence, int):
        return (side, sentence)
    return None
