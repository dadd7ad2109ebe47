"""What every part of the app shares: its state, and keeping the header and status current.

``NewsdiffApp`` (``app``) is this base plus its parts, each a mixin of it: ``loading``
(the comparison's results), ``polling`` (tags written elsewhere), ``review`` (options,
the filter, notes) and ``commands`` (help and the command palette).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace

from textual import events
from textual.app import App
from textual.content import Content
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.timer import Timer

from newsdiff.core.article import Article
from newsdiff.meaning.compare import Comparison
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, StoreError

from .collector import Collector
from .detail import row_detail
from .folding import equal_rows, them
from .preferences import Preferences
from .records import Stamp
from .session import TagSession
from .status import change_texts, detail
from .widgets.detail_panel import DetailPanel
from .widgets.diff_view import DiffView
from .widgets.header import PairHeader, StatusLine

#: The app's exit statuses: done, or stopped on trouble (bad input, an unusable store).
EXIT_OK, EXIT_TROUBLE = 0, 2


def background(work: Callable[..., None], *args: object) -> None:
    """Run ``work`` in a daemon thread: the app can quit without waiting for it.

    Plain daemon threads rather than Textual's thread workers: those run in the
    default executor, which the interpreter joins at exit, so quitting during a long
    alignment would hang until it finished. Results come back as messages.
    """
    threading.Thread(target=work, args=args, name=f"newsdiff-{work.__name__}", daemon=True).start()


class AppBase(App[None]):
    """The app's state: the pair, the store, the comparison and the tag session."""

    def __init__(
        self,
        a: Article,
        b: Article,
        store: Store,
        annotator: str,
        options: CompareOptions = DEFAULT,
        preferences: Preferences | None = None,
        single: bool = False,
    ) -> None:
        super().__init__()
        self.article_a = a
        self.article_b = b
        self.single = single
        """One article alone (``b`` is ``a``): one pane, no side B (``single``)."""
        self.store = store
        self.annotator = annotator
        self.options = options
        """What the comparison ignores (toggled on the options screen)."""
        self.preferences = replace(preferences or Preferences(), options=options)
        """The options screen's toggles, remembered per store (``preferences``)."""
        self.comparison: Comparison | None = None
        self.lang: str | None = None
        """The pair's language, forced by ``--lang`` (None: guessed from the script)."""
        self.session: TagSession | None = None
        self.error: str | None = None
        """Why the app stopped, when it stopped on trouble (``launch`` prints it)."""
        self.preferences_unsaved = False
        """The store refused the last change of the preferences (quitting tries again)."""
        self.figures_ready = False
        """The header shows the full figures (they follow the first paint)."""
        self.options_pending = False
        """New options are being applied (in a worker thread)."""
        self._options_asked = 0
        self._message_timer: Timer | None = None
        self._store_reading = False
        self._damage_told: dict[str, Stamp] = {}
        """Tag files the poll said were damaged, with their stamp then (``polling``)."""
        self._notices_coming: list[Notification] = []
        """Notices given whose ``Notify`` message is not handled yet (``notices_in_sight``)."""
        self.collector = Collector()
        """Collects garbage between keys (``collector``): settled once rows are shown."""
        self.typed_ahead: list[events.Key] | None = []
        """Keys typed before the rows were shown, held for them (``loading``); None once
        they are played and keys go straight to the view."""

    def keys_waiting(self) -> int:
        """How many keys typed ahead wait for the rows (the aligning indicator says)."""
        return len(self.typed_ahead or ())

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.collector.touch()
        await super().on_event(event)

    def on_unmount(self) -> None:
        # Leftover cycles of a closed app are garbage again (tests run many apps).
        self.collector.release()
        # However the app ends, a change staged for after the screen update is saved.
        try:
            self.store.flush()
        except StoreError as err:
            self.error = self.error or f"the last change was not saved: {err}"

    @property
    def view(self) -> DiffView:
        return self.query_one(DiffView)

    def _on_notify(self, event: Notify) -> None:
        """One toast at a time, the newest: a pile of them hid the rows they were about
        (the view's own notices go to the status line, see ``DiffView.tell``).

        Textual's handler of the ``Notify`` message that ``notify`` posts (Textual is
        pinned exactly): clearing in ``notify`` itself would run before the toasts
        still queued arrive."""
        self._notifications.clear()
        super()._on_notify(event)
        with suppress(ValueError):
            self._notices_coming.remove(event.notification)

    def post_message(self, message: Message) -> bool:
        if isinstance(message, Notify):
            self._notices_coming.append(message.notification)
        return super().post_message(message)

    def notices_in_sight(self) -> list[str]:
        """The text of the notice shown and of those given and still on their way (the
        newest will be shown): a message handled before a notice given earlier than it
        (a poll's answer from its thread, after a key's refusal) must not take the
        toasts alone for what the user sees, or it says the same error again over
        the key's notice (seen under load in test_review21a_list)."""
        shown = [n.message for n in self._notifications]
        return [str(m) for m in (*shown, *(n.message for n in self._notices_coming))]

    def hide_in_footer(self, *actions: str) -> None:
        """Leave the view's keys for ``actions`` out of the footer (still bound, and in
        help). Textual has no public way to hide one widget's binding, and is pinned."""
        keys = self.view._bindings.key_to_bindings
        for key, bindings in keys.items():
            keys[key] = [replace(b, show=False) if b.action in actions else b for b in bindings]

    #: Puts a message on the right of the status line, for a few seconds: NewsdiffApp's
    #: method, which times it (declared here so that the mixins can call it).
    _say: Callable[[str], None]

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
        if model.folded:
            self._fold_status(model.index, model.folded)
            return
        record = session.record(side, view.sentence)
        skipped = record is not None and record.skipped
        label = "skipped" if skipped else session.label(side, view.sentence) or "untagged"
        where = f"{side.upper()}#{view.sentence + 1} of {session.total(side)}"
        if self.single:  # a row is a sentence: its number and kind say nothing more
            status.position = f"{where} · {label}"
        else:
            status.position = (
                f"{where} · row {model.index + 1} of {len(view.all_rows)}, {model.kind} · {label}"
            )
        status.detail = detail(session, model, side, view.sentence, view.show_suggestions)
        status.changes = change_texts(model)
        panel = self.query_one(DetailPanel)
        if panel.display:
            rows = len(view.all_rows)
            text = row_detail(session, model, rows, side, view.sentence, view.show_suggestions)
            panel.show(text, model.index)

    def _fold_status(self, first: int, count: int) -> None:
        """The status line (and the detail panel) on a fold line: which rows it holds."""
        total = len(self.view.all_rows)
        rows = f"row {first + 1}" if count == 1 else f"rows {first + 1}-{first + count}"
        text = f"{rows} of {total}: {equal_rows(count)}, folded · Enter shows {them(count)}"
        status = self.query_one(StatusLine)
        status.position = text
        status.detail = Content("z shows every folded run again")
        status.changes = ()
        panel = self.query_one(DetailPanel)
        if panel.display:
            panel.show(Content(text), first)

    def _update_mode(self) -> None:
        parts: list[str] = []
        flags = [f[len("--ignore-") :] for f in self.options.flags()]
        if flags:
            parts.append("ignoring " + ", ".join(flags))
        if self.options_pending:
            parts.append("applying…")
        view = self.view
        if view.pending_filter is not None:
            parts.append(view.filter_progress)
        if view.class_filter is not None:
            shown = "altered quotes" if view.class_filter == "quote_altered" else view.class_filter
            count = "1 row" if len(view.rows) == 1 else f"{len(view.rows)} rows"
            parts.append(f"only {shown} ({count})")
        if view.folded:
            parts.append(f"{equal_rows(view.folded)} folded")
        self.query_one(PairHeader).mode = " · ".join(parts)
