"""The newsdiff app: two articles side by side, and keyboard tagging of their sentences.

``create_app`` is the one factory that the command line (``launch``), the tests, the
screenshots and the benchmarks share. It loads both files and opens the store before
anything is drawn, so unusable input ends with one line on stderr and exit status 2;
the alignment itself runs in a thread while the app shows a loading indicator.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer

from newsdiff.core.align import MAX_CELLS, AlignmentTooLarge
from newsdiff.core.article import STDIN, Article, InputError, decoded_as, load
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.changes import CLASSES
from newsdiff.meaning.compare import Comparison, compare
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, StoreError, default_annotator

from .layout import RowModel, Side, build_rows, other, rebuild_rows
from .screens.help import HelpScreen, key_names
from .screens.note import NoteScreen
from .screens.options import OptionsScreen
from .session import Snapshot, Stamp, TagSession, places
from .widgets.aligning import StageState
from .widgets.diff_view import DiffView, a_class, after_refresh
from .widgets.header import PairHeader, StatusLine, figures
from .widgets.pane_scrollbar import PANE_BAR, PaneScrollBar

EXIT_OK, EXIT_TROUBLE = 0, 2
#: How often the app checks that its terminal is still there.
TERMINAL_CHECK_SECONDS = 1.0
#: How often the app looks for tags written by another window or command (one stat
#: per article; the records are read again only when a file changed).
STORE_CHECK_SECONDS = 2.0
#: Seconds the status line shows what was saved (a cursor move clears it sooner).
MESSAGE_SECONDS = 6.0
#: Terminal widths below which the footer is compact (its keys closer together).
COMPACT_BELOW = 100

QUIT_HELP = (
    "Quit; tags are already saved, the cursor is kept for next time. "
    "(Ctrl+C does not quit: it copies selected text, or says how to quit.)"
)

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
    "accept": "Accept the suggested label",
    "note": "Note on the sentence",
    "unsure": "Flag the sentence as unsure",
    "next-disagreement": "Next disagreement between annotators",
    "previous-disagreement": "Previous disagreement between annotators",
    "next-shift": "Next label shift across the pair",
    "previous-shift": "Previous label shift across the pair",
    **{f"filter-{cls}": f"Show only rows with {a_class(cls)} change" for cls in CLASSES},
    "filter-none": "Show every row",
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
    options: CompareOptions = DEFAULT,
) -> NewsdiffApp:
    """The app for a pair of files: load both, open the store (may raise, see ``launch``).

    Args:
        path_a: the first article (left pane).
        path_b: the second article (right pane).
        store: the tag store; default ``$NEWSDIFF_STORE``, else ``annotations/newsdiff.json``.
        annotator: whose tags these are; default the login name.
        options: what the comparison ignores at start (the app toggles them with ``i``).
    """
    a, b = open_pair(path_a, path_b)
    opened = Store(store)
    _check_writable(opened.path.parent)
    return NewsdiffApp(a, b, opened, annotator or default_annotator(), options)


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
    path_b: str,
    store: str | Path | None = None,
    annotator: str | None = None,
    options: CompareOptions = DEFAULT,
) -> int:
    """Run the app in the terminal. Returns the exit status (0, or 2 on trouble)."""
    try:
        app = create_app(path_a, path_b, store, annotator, options)
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
        # Not in the footer: eleven keys do not fit 80 columns (help and palette list it).
        Binding("i", "options", "Ignore", show=False, id="options",
                tooltip="Compare options: ignore case, punctuation, quotes, spelling; "
                "show or hide suggestions."),
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

        def __init__(self, summary: tuple[Content, Content], comparison: Comparison) -> None:
            super().__init__()
            self.summary = summary
            self.comparison = comparison

    class Reoptioned(Message):
        """The comparison under new options is ready (posted from a worker thread)."""

        def __init__(
            self,
            comparison: Comparison,
            rows: list[RowModel],
            summary: tuple[Content, Content],
            asked: int,
        ) -> None:
            super().__init__()
            self.comparison = comparison
            self.rows = rows
            self.summary = summary
            self.asked = asked

    class StoreRead(Message):
        """Tag files changed on disk were read again (posted from a worker thread)."""

        def __init__(
            self, session: TagSession, seen: dict[str, Stamp], snapshots: list[Snapshot]
        ) -> None:
            super().__init__()
            self.session = session
            self.seen = seen
            self.snapshots = snapshots

    class CompareFailed(Message):
        """The comparison could not be made; the app exits with this one-line reason."""

        def __init__(self, error: str, exception: Exception | None = None) -> None:
            super().__init__()
            self.error = error
            self.exception = exception
            """Set for an unexpected error (a bug), which is re-raised on the event loop."""

    def __init__(
        self,
        a: Article,
        b: Article,
        store: Store,
        annotator: str,
        options: CompareOptions = DEFAULT,
    ) -> None:
        super().__init__()
        self.article_a = a
        self.article_b = b
        self.store = store
        self.annotator = annotator
        self.options = options
        """What the comparison ignores (toggled on the options screen)."""
        self.comparison: Comparison | None = None
        self.session: TagSession | None = None
        self.error: str | None = None
        """Why the app stopped, when it stopped on trouble (``launch`` prints it)."""
        self.figures_ready = False
        """The header shows the full figures (they follow the first paint)."""
        self.options_pending = False
        """New options are being applied (in a worker thread)."""
        self._options_asked = 0
        self._message_timer: Timer | None = None
        self._store_reading = False

    @property
    def view(self) -> DiffView:
        return self.query_one(DiffView)

    def compose(self) -> ComposeResult:
        yield PairHeader(
            self.article_a.name, self.article_b.name, indent=PANE_BAR, id="pair-header"
        )
        view = DiffView(id="diff")
        with Horizontal(id="panes"):
            yield PaneScrollBar(view)
            yield view
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
                    f"{side}: {art.name}: {decoded_as(art.encoding)}.",
                    severity="warning",
                    timeout=8,
                )
        _background(self._compare, self.view.progress)
        self.set_interval(STORE_CHECK_SECONDS, self._check_store)
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

    # -- tags written elsewhere ------------------------------------------------------
    #
    # Another annotator's `newsdiff tag`, or a second window, writes the tag files this
    # app shows. A key press re-reads a changed file anyway (under the lock, before it
    # writes); this poll shows such tags between key presses, so the marks, progress
    # and d / D are current while the annotator reads.

    def _check_store(self) -> None:
        """Every few seconds: a stat per article; a changed file is read in a thread."""
        session = self.session
        if session is None or self._store_reading:
            return
        try:
            seen = session.changed()
        except StoreError:
            return  # the next key press reports it
        if seen:
            self._store_reading = True
            _background(self._read_store, session, seen)

    def _read_store(self, session: TagSession, seen: dict[str, Stamp]) -> None:
        snapshots: list[Snapshot] = []
        try:
            snapshots = session.read(list(seen))
        except (StoreError, OSError):
            pass  # a damaged file: the next key press says so, in full
        finally:
            # Always answered, so that the poll goes on (it waits for this answer).
            self.post_message(self.StoreRead(session, seen, snapshots))

    @on(StoreRead)
    def _store_read(self, message: StoreRead) -> None:
        self._store_reading = False
        session = self.session
        if message.session is not session or session is None or not self.query(DiffView):
            return
        taken = False
        where: list[tuple[Side, int]] = []
        for snapshot in message.snapshots:
            changed = session.take(snapshot, message.seen[snapshot.article_id])
            if changed is not None:
                taken = True
                where += changed
        if not taken:
            return
        self.view.refresh()  # rows whose marks did not change come from the row cache
        self._update_progress()
        self._update_status()
        if where:
            self._say(f"{places(list(dict.fromkeys(where)))} changed in another window, reloaded")

    # -- the comparison, off the event loop ------------------------------------------
    #
    # Plain daemon threads rather than Textual's thread workers: those run in the
    # default executor, which the interpreter joins at exit, so quitting during a long
    # alignment would hang until it finished. Results come back as messages.

    def _compare(self, progress: StageState) -> None:
        a, b = self.article_a, self.article_b
        try:
            cmp = compare(a, b, self.options, progress=progress.update)
            rows = build_rows(cmp)
            summary = (figures(cmp, reuse=False), figures(cmp, short=True, reuse=False))
            session = TagSession(
                self.store, self.annotator, (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows
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
        self._update_mode()
        # After the first paint: the rows matter more than this figure.
        after_refresh(self, partial(_background, self._summarise, message.comparison))

    def _summarise(self, cmp: Comparison) -> None:
        """The full figures (with the reuse share, which walks every word), off the loop."""
        self.post_message(self.Summarised((figures(cmp), figures(cmp, short=True)), cmp))

    @on(Summarised)
    def _summarised(self, message: Summarised) -> None:
        if message.comparison is not self.comparison:
            return  # figures of options since changed again
        for header in self.query(PairHeader):  # none once the app is closing
            header.summary = message.summary
        self.figures_ready = True

    # -- options, filter, notes ------------------------------------------------------

    def action_options(self) -> None:
        if self.comparison is None:
            return
        if not isinstance(self.screen, OptionsScreen):
            self.push_screen(OptionsScreen(self.options, self.view.show_suggestions))

    @on(OptionsScreen.Changed)
    def _options_changed(self, message: OptionsScreen.Changed) -> None:
        self.set_options(message.options)
        view = self.view
        if view.show_suggestions != message.suggestions:
            view.show_suggestions = message.suggestions
            view.refresh()

    def set_options(self, options: CompareOptions) -> None:
        """Compare under other options: no re-alignment, no re-diff, just new kinds.

        Still a walk over every row (0.6 s for 7,000 sentences), so it runs off the
        event loop; the last toggle wins when several are pressed quickly.
        """
        cmp = self.comparison
        if cmp is None or options == self.options:
            return
        self.options = options
        self._options_asked += 1
        self.options_pending = True
        self._update_mode()
        _background(self._reoption, cmp, self.view.all_rows, options, self._options_asked)

    def _reoption(
        self, cmp: Comparison, rows: list[RowModel], options: CompareOptions, asked: int
    ) -> None:
        new = cmp.with_options(options)
        # The ops (and so the reuse share) do not depend on the options.
        if "reuse" in cmp.__dict__:
            new.__dict__["reuse"] = cmp.reuse
        summary = (figures(new), figures(new, short=True))
        self.post_message(self.Reoptioned(new, rebuild_rows(rows, new), summary, asked))

    @on(Reoptioned)
    def _reoptioned(self, message: Reoptioned) -> None:
        if message.asked != self._options_asked or not self.query(DiffView):
            return  # a later toggle is on its way, or the app is closing
        self.comparison = message.comparison
        self.view.replace_rows(message.rows)
        self.query_one(PairHeader).summary = message.summary
        self.options_pending = False
        self._update_mode()

    @on(DiffView.Filtered)
    def _filtered(self, message: DiffView.Filtered) -> None:
        self._update_mode()

    def _update_mode(self) -> None:
        parts: list[str] = []
        flags = [f[len("--ignore-") :] for f in self.options.flags()]
        if flags:
            parts.append("ignoring " + ", ".join(flags))
        if self.options_pending:
            parts.append("applying…")
        view = self.view
        if view.class_filter is not None:
            parts.append(f"only {view.class_filter} rows ({len(view.rows)})")
        self.query_one(PairHeader).mode = " · ".join(parts)

    @on(DiffView.NoteRequested)
    def _ask_note(self, message: DiffView.NoteRequested) -> None:
        session = self.session
        if session is None:
            return
        side, sentence = message.side, message.sentence
        record = session.record(side, sentence)
        text = session.sentences[side][sentence].text

        def save(note: str | None) -> None:
            if note is not None:
                message.view.set_note(side, sentence, note)

        where = f"{side.upper()}#{sentence + 1}"
        self.push_screen(NoteScreen(where, text, record.note if record else ""), save)

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
        status = self.query_one(StatusLine)
        if what:  # a tag change, saved or refused (the view says which)
            self._update_progress()
            self._say(what)
        elif status.message:
            # The cursor moved on: what was saved is no longer news.
            self._say("")
        self._update_status()

    def _update_status(self) -> None:
        """The status line's position and detail for the cursor's sentence."""
        view = self.view
        session = self.session
        if session is None or not view.rows:
            return
        status = self.query_one(StatusLine)
        side = view.side
        model = view.rows[view.cursor_row]
        label = session.label(side, view.sentence) or "untagged"
        status.position = (
            f"{side.upper()}#{view.sentence + 1} of {session.total(side)} · "
            f"row {model.index + 1} of {len(view.all_rows)}, {model.kind} · {label}"
        )
        status.detail = detail(session, model, side, view.sentence, view.show_suggestions)

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
        self.query_one(Footer).compact = event.size.width < COMPACT_BELOW

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
            if not isinstance(binding, Binding):
                continue
            if binding.id == "quit":
                # Textual's own quit key does the same (our action_quit); Ctrl+C, the
                # reflex, does not quit in Textual, and help should say so.
                binding = replace(binding, key="q,ctrl+q", tooltip=QUIT_HELP)
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
        yield SystemCommand(
            "Compare options",
            palette_help(
                "Ignore case, punctuation, quotes or spelling; show or hide suggestions", "i"
            ),
            self.action_options,
        )
        view = self.view
        for binding in DiffView.BINDINGS:
            if not isinstance(binding, Binding) or binding.id not in PALETTE_TITLES:
                continue
            title = PALETTE_TITLES[binding.id]
            yield SystemCommand(
                title,
                palette_help(binding.tooltip, binding.key),
                partial(self.run_action, binding.action, view),
            )


def palette_help(text: str, keys: str) -> str:
    """A command's help line for the palette: what it does, then its keys in brackets.

    The palette reads help as markup, where "[s]" or "[N]" is a style tag and would
    vanish: every bracket is escaped.
    """
    return f"{text} [{key_names(keys)}]".replace("[", "\\[")


def detail(
    session: TagSession, model: RowModel, side: Side, sentence: int, suggestions: bool = True
) -> Content:
    """What the status line's second line says of the cursor's sentence and row.

    In order: who said what where annotators disagree, a label shift across the row,
    the note, where the label came from (or the suggestion and its cue words), and the
    row's changes by class, most significant first.
    """
    parts: list[Content] = []
    said = session.disagreements(side).get(sentence)
    if said:
        who = ", ".join(f"{name}: {label}" for name, label in said.items())
        parts.append(Content.styled(f"≠ {who}", "$text-error"))
    if model.index in session.shift_rows():
        la = sorted({lab for i in model.row.a if (lab := session.own_label("a", i))})
        lb = sorted({lab for j in model.row.b if (lab := session.own_label("b", j))})
        parts.append(
            Content.styled(f"! label shift: A {'/'.join(la)} → B {'/'.join(lb)}", "$text-error")
        )
    record = session.record(side, sentence)
    if record is not None and record.note:
        parts.append(Content.styled(f"✎ {record.note}", "$text-accent"))
    source = session.source(side, sentence)
    if source == "propagated":
        where = other(side)
        from_ = [i for i in model.side_indices(where) if session.own_label(where, i)]
        names = ", ".join(f"{where.upper()}#{i + 1}" for i in from_) or "the counterpart"
        parts.append(Content(f"{record.label if record else ''} carried from {names}"))
    elif source == "suggestion":
        parts.append(Content("accepted suggestion"))
    elif source is None and suggestions:
        label, cues = session.suggestion(side, sentence)
        if label is not None:
            words = ", ".join(dict.fromkeys(c.text for c in cues))
            because = f": {words}" if words else " (no cue: a plain statement)"
            parts.append(Content.styled(f"suggests {label} [s]{because}", "italic"))
    changes = model.row.changes if model.kind in ("changed", "moved") else ()
    if changes:
        ranked = sorted(changes, key=lambda c: CLASSES.index(c.cls))
        shown = [f"{c.cls}: {c.a.strip() or '∅'} → {c.b.strip() or '∅'}" for c in ranked[:3]]
        more = f" +{len(ranked) - 3} more" if len(ranked) > 3 else ""
        parts.append(Content("; ".join(shown) + more))
    return Content("  ·  ").join(parts)


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
