"""Reviewing a pair: compare options, the row filter, and notes on sentences.

The options screen (``i``) toggles what the comparison ignores; the new comparison is
made off the event loop and replaces the rows under the same cursor. The filter keys
live on the view, which tells the app (``DiffView.Filtered``) so the header can say
what is left out; the note key asks the app for the text (``DiffView.NoteRequested``).
"""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.message import Message

from newsdiff.meaning.compare import Comparison
from newsdiff.meaning.options import CompareOptions
from newsdiff.store import StoreError

from .app_base import AppBase, background
from .filtering import RowMarks, needs_classes
from .layout import RowModel, rebuild_rows
from .preferences import Preferences, save_preferences
from .screens.note import NoteScreen
from .screens.options import OptionsScreen
from .widgets.diff_view import DiffView, after_refresh
from .widgets.header import PairHeader, figures


class ReviewMixin(AppBase):
    """The options screen and its worker, the filter's header, and the note input."""

    class Reoptioned(Message):
        """The comparison under new options is ready (posted from a worker thread)."""

        def __init__(
            self,
            comparison: Comparison,
            rows: list[RowModel],
            summary: tuple[Content, Content],
            asked: int,
            marks: RowMarks | None,
        ) -> None:
            super().__init__()
            self.comparison = comparison
            self.rows = rows
            self.summary = summary
            self.asked = asked
            self.marks = marks
            """The rows' filter marks, worked out here when a filter is on or waits."""

    def action_options(self) -> None:
        if self.comparison is None:
            return
        if not isinstance(self.screen, OptionsScreen):
            self.push_screen(OptionsScreen(self.preferences))

    @on(OptionsScreen.Changed)
    def _options_changed(self, message: OptionsScreen.Changed) -> None:
        self.set_options(message.options)
        self.apply_preferences(message.preferences)
        self._save_preferences()

    def apply_preferences(self, prefs: Preferences) -> None:
        """Show the view as ``prefs`` say (the options are applied by ``set_options``)."""
        self.preferences = prefs
        view = self.view
        view.advance = prefs.advance
        if view.show_suggestions != prefs.suggestions:
            view.show_suggestions = prefs.suggestions
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
        view = self.view
        # A filter by class shows the new rows only once they are all classified: that
        # is done here, off the event loop, rather than in the view's first look.
        mark = needs_classes(view.class_filter) or view.pending_filter is not None
        background(self._reoption, cmp, view.all_rows, options, self._options_asked, mark)

    def _reoption(
        self,
        cmp: Comparison,
        rows: list[RowModel],
        options: CompareOptions,
        asked: int,
        mark: bool,
    ) -> None:
        new = cmp.with_options(options)
        # The ops (and so the reuse share) do not depend on the options.
        if "reuse" in cmp.__dict__:
            new.__dict__["reuse"] = cmp.reuse
        summary = (figures(new), figures(new, short=True))
        new_rows = rebuild_rows(rows, new)
        marks = None
        if mark:
            marks = RowMarks(new_rows)
            marks.hurry.set()  # the filter on screen waits for them
            marks.fill(self.collector.busy)
        self.post_message(self.Reoptioned(new, new_rows, summary, asked, marks))

    @on(Reoptioned)
    def _reoptioned(self, message: Reoptioned) -> None:
        if message.asked != self._options_asked or not self.query(DiffView):
            return  # a later toggle is on its way, or the app is closing
        self.comparison = message.comparison
        self.view.replace_rows(message.rows, message.marks)
        after_refresh(self, self.collector.settle)
        self.query_one(PairHeader).summary = message.summary
        self.options_pending = False
        self._update_mode()

    @on(DiffView.Filtered)
    def _filtered(self, message: DiffView.Filtered) -> None:
        if not self.query(DiffView):
            return  # the app is closing (a filter's progress came after its view went)
        self._update_mode()
        if self.preferences.fold != self.view.fold:  # z: remembered per store
            self.preferences = self.preferences.toggled("fold", self.view.fold)
            self._save_preferences()

    def _save_preferences(self) -> None:
        """Remember the preferences. A tag change still staged is saved first, by the
        view, so that a disk refusing it takes the tag off the screen and out of undo
        and says so, as after a key (the preferences' write would commit it unheard)."""
        self.view.save_now()
        try:
            save_preferences(self.store, self.annotator, self.preferences)
        except (StoreError, OSError) as err:
            # As a refused tag: the error in a notice, the status line says what was not
            # saved (a damaged main file is left as it is; quitting says so too).
            self.preferences_unsaved = True
            self.notify(f"Options not saved: {err}", severity="error", timeout=8)
            self._say("not saved: options (see the error)")
            return
        self.preferences_unsaved = False

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
