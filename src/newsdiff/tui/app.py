"""The newsdiff app: two articles side by side, and keyboard tagging of their sentences.

``create_app`` is the one factory that the command line (``launch``), the tests, the
screenshots and the benchmarks share. It loads both files and opens the store before
anything is drawn, so unusable input ends with one line on stderr and exit status 2;
the alignment itself runs in a thread while the app shows a loading indicator.

``NewsdiffApp`` is its composition, start-up, the comparison's thread, the status
line's messages and quitting; the rest comes from its parts (see ``app_base``):
``loading``, ``polling``, ``review`` and ``commands``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from newsdiff.core.align import AlignmentTooLarge
from newsdiff.core.article import STDIN, Article, InputError, load
from newsdiff.core.charsets import decoded_as
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, StoreError, check_folder, default_annotator

from .app_base import EXIT_OK, EXIT_TROUBLE, background
from .collector import CHECK_EVERY
from .commands import CommandsMixin
from .layout import build_rows
from .loading import figures_pending, laid_out_ahead, saved_cursor
from .polling import PollingMixin
from .preferences import save_preferences, session_preferences
from .session import TagSession
from .single import one_sided
from .terminal import terminal_problem
from .training import RETRAIN_BINDING, TrainingMixin
from .widgets.aligning import Panes, StageState
from .widgets.detail_panel import DetailPanel
from .widgets.diff_view import DiffView
from .widgets.footer import KeysFooter
from .widgets.header import PairHeader, StatusLine, figures
from .widgets.pane_scrollbar import PANE_BAR, PaneScrollBar

#: How often the app checks that its terminal is still there.
TERMINAL_CHECK_SECONDS = 1.0
#: How often the app looks for tags written by another window or command (one stat
#: per article; the records are read again only when a file changed).
STORE_CHECK_SECONDS = 2.0
#: Seconds the status line shows what was saved (a cursor move clears it sooner).
MESSAGE_SECONDS = 6.0
#: Terminal widths below which the footer is compact (its keys closer together).
COMPACT_BELOW = 100


def open_pair(path_a: str, path_b: str) -> tuple[Article, Article]:
    """Load both articles (any size aligns: the aligner's cost follows its candidates).

    Raises:
        InputError: a file cannot be used (or is standard input, which the app needs
            for the keyboard).
    """
    a, b = open_articles(path_a, path_b)
    return a, b


def open_articles(*paths: str) -> tuple[Article, ...]:
    """Load each article (``open_pair``'s checks, for any number of them)."""
    for path in paths:
        if path == STDIN:
            raise InputError(
                STDIN, "the app reads keys from the terminal; give a file, or use 'newsdiff diff'"
            )
    # No warning on stderr: the screen is about to cover it. The app says it instead.
    return tuple(load(path, warn=False) for path in paths)


def create_app(
    path_a: str,
    path_b: str | None,
    store: str | Path | None = None,
    annotator: str | None = None,
    options: CompareOptions = DEFAULT,
    advance: bool | None = None,
    lang: str | None = None,
) -> NewsdiffApp:
    """The app for a pair of files: load both, open the store (may raise, see ``launch``).

    Args:
        path_a: the first article (left pane).
        path_b: the second article (right pane); None: article A alone, in one pane.
        store: the tag store; default ``$NEWSDIFF_STORE``, else ``annotations/newsdiff.json``.
        annotator: whose tags these are; default the login name.
        options: the ignore flags given on the command line: each one set is on for this
            session; the others are as this annotator last left them in this store.
        advance: auto-advance after a label; None: as remembered (on until turned off).
        lang: the pair's language; None: guessed from the script (``core.language``).
    """
    a, b = open_pair(path_a, path_b) if path_b is not None else open_articles(path_a) * 2
    if store is not None:  # as 'newsdiff tag --store': a named store's folder must exist
        check_folder(Path(store))
    opened = Store(store)
    who = annotator or default_annotator()
    prefs = session_preferences(opened, who, options, advance)
    _check_writable(opened.path.parent)
    app = NewsdiffApp(a, b, opened, who, prefs.options, prefs, single=path_b is None)
    app.lang = lang
    return app


def _check_writable(folder: Path) -> None:
    """Refuse a store folder the app could not save a tag in, before the screen opens:
    an annotator who learns it at the first key has nothing to show for the session.

    Raises:
        StoreError: the folder cannot be created or written to.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".newsdiff-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as err:
        reason = (err.strerror or "cannot write").lower()
        raise StoreError(f"{folder}: cannot save tags in this folder ({reason})") from None


def launch(
    path_a: str,
    path_b: str | None,
    store: str | Path | None = None,
    annotator: str | None = None,
    options: CompareOptions = DEFAULT,
    lang: str | None = None,
) -> int:
    """Run the app in the terminal (``path_b`` None: article A alone). Returns the exit
    status (0, or 2 on trouble)."""
    try:
        app = create_app(path_a, path_b, store, annotator, options, lang=lang)
    except (InputError, StoreError, AlignmentTooLarge) as err:
        print(f"newsdiff: {err}", file=sys.stderr)
        return EXIT_TROUBLE
    problem = terminal_problem()
    if problem is not None:
        app.store.close()
        print(f"newsdiff: {problem}", file=sys.stderr)
        return EXIT_TROUBLE
    try:
        app.run()
    finally:
        app.store.close()
    if app.error:
        print(f"newsdiff: {app.error}", file=sys.stderr)
    return app.return_code or EXIT_OK


class NewsdiffApp(TrainingMixin, PollingMixin, CommandsMixin):
    """Article A beside article B: aligned rows, word-level changes, tags per sentence."""

    TITLE = "newsdiff"
    # Absolute: Textual resolves a relative path against the module of each subclass.
    CSS_PATH = Path(__file__).with_name("newsdiff.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not in the footer: eleven keys do not fit 80 columns (help and palette list it).
        Binding("i", "options", "Ignore", show=False, id="options",
                tooltip="Options: ignore case, punctuation, quotes, spelling; show or "
                "hide suggestions; auto-advance after a label. Remembered per store."),
        Binding("v", "detail", "Detail", id="detail",
                tooltip="Open or close the detail panel: every change of the cursor's row "
                "with its class, both sentences in full, the similarity, the suggestion and "
                "its cues, the tags of both sides; it follows the cursor."),
        Binding("enter", "enter", "Detail / unfold", show=False, id="enter",
                tooltip="On a fold line (··· 12 equal rows ···): show those rows. "
                "Elsewhere as v: open or close the detail panel."),
        Binding("J,shift+down", "detail_page(1)", "Detail down", show=False, id="detail-down",
                tooltip="Scroll the detail panel down a page (the keys stay the view's)."),
        Binding("K,shift+up", "detail_page(-1)", "Detail up", show=False, id="detail-up",
                tooltip="Scroll the detail panel up a page."),
        RETRAIN_BINDING,
        Binding("question_mark,f1", "help", "Help", key_display="?", id="help",
                tooltip="Show every key and the label guidelines."),
        Binding("q", "quit", "Quit", id="quit",
                tooltip="Quit (tags are already saved)."),
    ]  # fmt: skip

    def compose(self) -> ComposeResult:
        yield PairHeader(
            self.article_a.name,
            self.article_b.name,
            indent=PANE_BAR,
            single=self.single,
            id="pair-header",
        )
        view = DiffView(id="diff")
        view.single = self.single
        with Panes(view.progress, self.keys_waiting, view=view, id="panes"):
            yield PaneScrollBar(view)
            yield view
        yield DetailPanel(id="detail")
        yield StatusLine(id="status")
        yield KeysFooter(show_command_palette=False)

    def on_mount(self) -> None:
        self.view.advance = self.preferences.advance
        self.view.fold = self.preferences.fold
        self.view.show_suggestions = self.preferences.suggestions
        if self.single:  # n finds no change in one article: not offered in the footer
            self.hide_in_footer("next_change")
        self.view.state_signal.subscribe(self, self._view_changed, immediate=True)
        self.query_one(Panes).loading = True
        self.view.focus()
        # After the focus (both are queued in this order): the footer lists the keys the
        # view has under the indicator, and is not composed again when the rows arrive.
        footer = self.query_one(KeysFooter)
        self.call_later(footer.call_later, footer.compose_keys)  # in the footer's context
        self.query_one(PairHeader).summary = figures_pending(self.article_a, self.article_b)
        arts = (
            [("A", self.article_a)]
            if self.single
            else [("A", self.article_a), ("B", self.article_b)]
        )
        for side, art in arts:
            if art.encoding != "utf-8":
                self.notify(
                    f"{side}: {art.name}: {decoded_as(art.encoding, art.guessed)}.",
                    severity="warning",
                    timeout=8,
                )
        # The columns beside the view's text, should the comparison end before the panes
        # are placed (``_compare``): the pane bar and the view's scrollbar.
        beside = PANE_BAR + self.view.styles.scrollbar_size_vertical
        background(self._compare, self.view.progress, self.query_one(Panes), beside)
        self.set_interval(STORE_CHECK_SECONDS, self._check_store)
        self.set_interval(CHECK_EVERY, self.collector.tick)
        if not self.is_headless and _terminal_fd() is not None:
            self.set_interval(TERMINAL_CHECK_SECONDS, self._watch_terminal)

    def _watch_terminal(self) -> None:
        """Quit when the terminal has gone away (its window closed, ssh dropped).

        Only the session leader gets SIGHUP when a terminal hangs up; run under
        ``make run`` the app is make's child, so nothing tells it, and Textual's input
        thread then spins on end-of-file at full CPU for as long as the process lives.
        """
        if _terminal_fd() is None:
            self._save_cursor()
            self.exit(return_code=EXIT_OK)

    def _compare(self, progress: StageState, panes: Panes, beside: int) -> None:
        """The comparison, in a thread (``on_mount`` starts it); ``loading`` shows it.

        The rows are laid out here too, for the view's width to be: as the panes measured
        it, or the screen's less the columns ``beside`` the text (a long comparison holds
        the event loop back from placing the panes until it ends)."""
        a, b = self.article_a, self.article_b
        try:
            if self.single:
                cmp = one_sided(a, self.options, lang=self.lang)
            else:
                cmp = compare(a, b, self.options, progress=progress.update, lang=self.lang)
            rows = build_rows(cmp)
            summary = (figures(cmp, reuse=False), figures(cmp, short=True, reuse=False))
            session = TagSession(
                self.store, self.annotator, (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows
            )
            session.english = cmp.english
            # Here, off the event loop: the first paint and the keys after it waited for
            # these (each article's voice, some 400 sentences' rules; the rows' layout).
            for side in ("a", "b"):  # a first suggestion reads its article's voice
                if session.total(side):
                    session.suggestion(side, 0)
            width = panes.view_width or self.size.width - beside
            layout = laid_out_ahead(rows, width, self.single, self.preferences.fold)
            cursor = saved_cursor(self.store, session)
        except (AlignmentTooLarge, StoreError, OSError) as err:
            self.post_message(self.CompareFailed(str(err)))
            return
        except Exception as err:
            self.post_message(self.CompareFailed(f"internal error: {err!r}", err))
            return
        self.post_message(self.Compared(cmp, rows, session, cursor, summary, layout))

    def action_detail(self) -> None:
        """Open or close the detail panel (it follows the cursor while open)."""
        panel = self.query_one(DetailPanel)
        panel.display = not panel.display
        self._update_status()

    def action_enter(self) -> None:
        """Show the equal rows of the fold line under the cursor, else as ``v``."""
        if not self.view.unfold_here():
            self.action_detail()

    def action_detail_page(self, pages: int) -> None:
        """Scroll the open detail panel by ``pages`` (it never takes focus, see its class)."""
        panel = self.query_one(DetailPanel)
        if panel.display:
            panel.page(pages)

    def _say(self, message: str) -> None:
        """Put ``message`` on the right of the status line, for a few seconds."""
        if self._message_timer is not None:
            self._message_timer.stop()
            self._message_timer = None
        self.query_one(StatusLine).message = message
        if message:
            self._message_timer = self.set_timer(MESSAGE_SECONDS, partial(self._say, ""))

    def on_resize(self, event: events.Resize) -> None:
        # Nine keys fit the footer at 80 columns only in its compact form. The event's
        # size: the app's own may still be the size before this resize.
        self.query_one(KeysFooter).compact = event.size.width < COMPACT_BELOW

    @on(DiffView.Relaid)
    def _relaid(self, message: DiffView.Relaid) -> None:
        for header in self.query(PairHeader):  # none once the app is closing
            header.geometry = message.geometry

    async def action_quit(self) -> None:
        self._save_cursor()
        self.exit(return_code=EXIT_TROUBLE if self.error else EXIT_OK)

    def _save_cursor(self) -> None:
        """Save the last change (staged until the screen showed it), the cursor, and the
        preferences if the store refused them before. What the store refuses is not
        saved, and ``error`` says so (the app then ends with exit 2): the tags are saved
        as they are made, so quitting is not held up, but the annotator must not believe
        the cursor or the options kept (review r21a, finding 2)."""
        session = self.session
        if session is None:
            return
        if not self.view.save_now():
            self.error = "the last change was not saved (the store could not be written)"
        view = self.view
        lost: list[str] = []
        reason: Exception | None = None
        try:
            self.store.set_state(
                session.state_key(), {"side": view.side, "sentence": view.sentence}
            )
        except (StoreError, OSError) as err:
            lost.append("the cursor position")
            reason = err
        if self.preferences_unsaved:
            try:
                save_preferences(self.store, self.annotator, self.preferences)
                self.preferences_unsaved = False
            except (StoreError, OSError) as err:
                lost.append("the options")
                reason = reason or err
        if lost and not self.error:
            self.error = f"{' and '.join(lost)} not saved (the tags are): {reason}"


def _terminal_fd() -> int | None:
    """The terminal the app reads keys from, while it is still there."""
    stdin = sys.__stdin__
    if stdin is None:
        return None
    try:
        fd = stdin.fileno()
    except (OSError, ValueError):
        return None
    return fd if os.isatty(fd) else None
