"""The diff view's tagging keys: labels, undo and redo, suggestions, notes and flags.

The session (``tui/session.py``) makes and saves each change; this mixin runs it on the
cursor's sentence, repaints what changed and tells the status line (``state_signal``)
what was saved, or why not.

A change's writes are staged (``Store.deferring``, ``store/pending.py``): the screen
shows the key first, and the writes are made durable right after that screen update
(``save_now``), before the next change, and when the app closes, so a key does not wait
for the disk's fsyncs (up to tens of ms on a busy disk) to be seen.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Literal

from newsdiff.core.labels import Label
from newsdiff.store import StoreError, Tag

from ...edits import Change, Edit, Stale, places
from ...layout import Side
from ...session import TagSession
from .base import SIDE_NAME, DiffViewBase

#: The latest a change's staged writes are made durable, in seconds, should no screen
#: update come to run them after (a key that changed nothing on screen).
SAVE_AT_LATEST = 0.1


def label_text(tag: Tag | None) -> str:
    """A record's label for the status line, with its source unless it is the annotator's."""
    if tag is not None and tag.skipped:
        return "skipped (not a claim)"
    if tag is None or not tag.label:
        return "untagged"
    if tag.source == "human":
        return tag.label
    return f"{tag.label} ({tag.source})"


def describe(change: Change, one: bool = False) -> str:
    """One line for the status bar: what the change did, and what it carried over
    (``one``: both sides are one article, ``places``)."""
    where = f"{SIDE_NAME[change.side]}#{change.sentence + 1}"
    old, new = change.before, change.after
    parts: list[str] = []
    if label_text(old) != label_text(new):
        parts.append(f"{label_text(old)} → {label_text(new)}")
    if (old.note if old else "") != (new.note if new else ""):
        parts.append("note " + ("removed" if not (new and new.note) else "saved"))
    if bool(old and old.unsure) != bool(new and new.unsure):
        parts.append("unsure" if new and new.unsure else "no longer unsure")
    text = f"{where}: {', '.join(parts) or 'unchanged'}"
    # The cursor's own sentence is never among these: a label carried back to it is
    # its new state, said above.
    given = [(e.side, e.sentence) for e in change.carried if e.after and e.after.label]
    taken = [(e.side, e.sentence) for e in change.carried if not (e.after and e.after.label)]
    if given:
        text += f" (carried to {places(given)})"
    if taken:
        text += f" (also cleared on {places(taken)})"  # short: fits 80 columns
    if change.uncarried:
        text += f"; not carried to {change.uncarried.upper()}: its tags are damaged"
    if change.reloaded:
        text += f"; {places(change.reloaded, one=one)} changed outside this window, reloaded"
    return text


class TaggingMixin(DiffViewBase):
    """The actions that change the cursor's sentence's record (bound in ``keys``)."""

    _unsaved: Change | None = None
    """The change whose writes are staged (None: none, or a key that failed midway)."""

    @abstractmethod
    def open_fold_of(self, side: Side, sentence: int) -> None:
        """Show the folded run holding a sentence: ``DiffView.open_fold_of``, declared
        here for ``_replay``."""

    def _changed(self, change: Change | None, what: str, advance: bool = False) -> None:
        if change is None:
            return
        if (change.side, change.sentence) != (self.side, self.sentence):
            self.move_to(change.side, change.sentence)
        if change.reloaded or (self.session is not None and self.session.one):
            # Records reloaded from the store may be in any row; one article on both
            # sides shows its tag in another row too.
            self.refresh()
        else:
            self.refresh_row(self.cursor_row)
        after = change.after
        note = ""
        if advance and self.advance and after is not None and (after.label or after.skipped):
            # Before the message: a move clears the status line's message.
            note = self._advance()
        # The status line puts what follows a newline on its second line.
        self.state_signal.publish("saved: " + what + (f"\n{note}" if note else ""))

    def _advance(self) -> str:
        """Auto-advance: on to the next untagged sentence of this side; when none is
        shown below, what to say instead of staying put in silence."""
        session = self.session
        if session is None:
            return ""
        target = self.cursor.untagged(1, session.done)
        if target is None:
            return self.untagged_note(1, moved=True)
        self.move_to(self.side, target)
        return ""

    def _stale(self, err: Stale) -> None:
        """A change refused because another window changed the record: show the store."""
        self.refresh()  # what was reloaded can be in any row
        self.state_signal.publish("not saved: " + str(err))

    def _edit(
        self, what: str, work: Callable[[TagSession], Change | None], advance: bool = False
    ) -> None:
        """Run a session change on the cursor's sentence; say so, or why it failed."""
        if self.session is None or not self.rows or self.on_fold_line() or not self.save_now():
            return
        try:
            change = self._staged(self.session, work)
        except Stale as err:
            self._stale(err)
            return
        except (StoreError, OSError) as err:
            self._refused(what, err)
            return
        if change is not None:
            self._changed(change, describe(change, self.session.one), advance)

    def _replay(self, verb: Literal["undo", "redo"]) -> None:
        """Undo or redo the last change; say what it did, or why not."""
        if self.session is None or not self.save_now():
            return
        try:
            change = self._staged(self.session, lambda s: s.undo() if verb == "undo" else s.redo())
        except Stale as err:
            self._stale(err)
            return
        except (StoreError, OSError) as err:
            self._refused(verb.capitalize(), err)
            return
        if change is None:
            self.tell(f"Nothing to {verb}.")
            return
        self.open_fold_of(change.side, change.sentence)
        self._changed(change, f"{verb} " + describe(change, self.session.one))

    def _refused(self, what: str, err: Exception) -> None:
        """A change the store refused: the error in full, and on the status line, where
        the last key's "saved: ..." stood, that this key saved nothing (left there, it
        read as if this key had saved)."""
        self.notify(f"{what} not saved: {err}", severity="error", timeout=8)
        self.state_signal.publish(f"not saved: {what.lower()} (see the error)")

    def _staged(
        self, session: TagSession, work: Callable[[TagSession], Change | None]
    ) -> Change | None:
        """Run ``work`` with the store's writes staged, and have them made durable right
        after the next screen update (or ``SAVE_AT_LATEST``, whichever comes first)."""
        try:
            with session.store.deferring():
                change = work(session)
        except BaseException:
            if session.store.pending:
                # A change that fails midway (a full disk while writing the carried
                # label's file) writes nothing: a key is saved whole or not at all.
                session.store.discard()
                try:
                    session.unsaved(None)
                except (StoreError, OSError):
                    pass  # the store cannot be read either: the error raised says why
                self.refresh()
            raise
        if session.store.pending:
            self._unsaved = change
            self.call_after_refresh(self.save_now)
            self.set_timer(SAVE_AT_LATEST, self.save_now)
        return change

    def save_now(self) -> bool:
        """Make the last change's staged writes durable (a no-op when none wait).

        If the disk refuses (now, or when another write, the preferences', made them
        durable first), the store has put its files back: the change is taken out of
        undo, every record is read back from the store (the screen shows what it holds)
        and the error is shown; False. Should the store have kept part of the change
        (it could not put a file back), that part stays in undo and the notice says so.
        """
        session = self.session
        change, self._unsaved = self._unsaved, None
        if session is None:
            return True
        try:
            session.store.flush()
        except (StoreError, OSError) as err:
            saved: tuple[Edit, ...] = ()
            try:
                saved = session.unsaved(change)
            except (StoreError, OSError):
                pass  # the store cannot be read either: the error below says why
            self.refresh()
            if change is not None and saved:
                lost = [(e.side, e.sentence) for e in change.edits if e not in saved]
                kept = places([(e.side, e.sentence) for e in saved])
                self.notify(
                    f"Saved only in part: {kept} saved, {places(lost)} not (undo takes "
                    f"back {kept}): {err}",
                    severity="error",
                    timeout=8,
                )
                self.state_signal.publish(f"not saved in full: only {kept} (see the error)")
            else:
                self.notify(f"Not saved: {err}", severity="error", timeout=8)
                self.state_signal.publish("not saved: the last change (see the error)")
            return False
        return True

    def action_tag(self, label: Label) -> None:
        """Tag the cursor's sentence. A label key only sets: on the same label it confirms
        (a carried or accepted label becomes the annotator's own) and never clears; x does."""
        session = self.session
        if session is None or not self.rows or self.on_fold_line():
            return
        side, sentence = self.side, self.sentence
        record = session.record(side, sentence)
        if record is not None and record.label == label and record.source == "human":
            where = f"{SIDE_NAME[side]}#{sentence + 1}"
            # With auto-advance on, the cursor stays only where no untagged sentence is
            # shown below: say so again, or the key reads as having done nothing
            # (review r25d finding 4: `G o o o o o` said "already opinion" four times).
            last = self.advance and self.cursor.untagged(1, session.done) is None
            stays = f"\n{self.untagged_note(1, moved=True)}" if last else ""
            self.state_signal.publish(f"{where}: already {label} (x clears){stays}")
            return
        self._edit("Tag", lambda s: s.set(side, sentence, label), advance=True)

    def action_clear(self) -> None:
        session = self.session
        if session is None or not self.rows or self.on_fold_line():
            return
        side, sentence = self.side, self.sentence
        record = session.record(side, sentence)
        if record is None or not (record.label or record.skipped):
            # Said, not silent: an annotator who pressed x wants to know it did nothing.
            self.tell(f"{SIDE_NAME[side]}#{sentence + 1} has no tag to clear.")
            return
        self._edit("Tag removal", lambda s: s.set(side, sentence, None))

    def action_undo(self) -> None:
        self._replay("undo")

    def action_redo(self) -> None:
        self._replay("redo")

    def action_accept(self) -> None:
        """Take the sentence's suggestion as its label (stored as a suggestion)."""
        session = self.session
        if session is None or not self.rows or self.on_fold_line():
            return
        side, sentence = self.side, self.sentence
        shown = session.label(side, sentence)
        if shown is not None and not session.done(side, sentence):
            # A carried label is what this sentence proposes, and it counts as untagged
            # (progress, ``]``): ``s`` confirms it as yours, as its label key would.
            self._edit("Tag", lambda s: s.set(side, sentence, shown), advance=True)
            return
        if shown is not None:
            self.tell("Already tagged: a label key changes it.")
            return
        if session.suggestion(side, sentence)[0] is None:
            self.tell("No suggestion for this sentence.")
            return
        self._edit("Tag", lambda s: s.accept(side, sentence), advance=True)

    def action_skip(self) -> None:
        """Mark the sentence as not a claim (again: unmark); it counts as done."""
        side, sentence = self.side, self.sentence
        self._edit("Skip", lambda s: s.skip(side, sentence), advance=True)

    def action_unsure(self) -> None:
        side, sentence = self.side, self.sentence
        self._edit("Flag", lambda s: s.toggle_unsure(side, sentence))

    def set_note(self, side: Side, sentence: int, note: str) -> None:
        """Put (or with "" remove) the note of a sentence."""
        self._edit("Note", lambda s: s.set_note(side, sentence, note))
