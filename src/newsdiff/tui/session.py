"""One annotator's tagging of a pair: records in memory, every change in the store at once.

Headless (no Textual), so undo, redo and propagation are tested without an app. The
records themselves, and staying in step with other windows, are ``records.TagRecords``.

A sentence's record holds a label (or none), a note and the unsure flag, and where the
label came from (``source``):

* ``human``: the annotator's own label key;
* ``suggestion``: a suggestion the annotator accepted (stored apart from human tags,
  so an export can leave it out);
* ``propagated``: carried from the aligned counterpart, whose own label it copies.

Labels of the first two kinds are the sentence's *own*. When the one label a row's side
carries of its own changes (as ``newsdiff.dataset.propagate`` defines it), the other side's
sentences that hold its content (``holders``: in a split, not a clause the rewrite added)
and have none of their own get it, marked ``propagated`` (one hop only). Clearing one's
own label lets the counterpart's be carried back; clearing a carried label removes it,
and it stays removed until the counterpart's label changes again. One key press and the
records it carried are one change for undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cached_property

from newsdiff.core.labels import Label
from newsdiff.dataset.propagate import holders
from newsdiff.store import Conflict, StoreError, Tag, now, same_record

from .edits import (
    HUMAN,
    PROPAGATED,
    SUGGESTION,
    Change,
    Edit,
    History,
    Stale,
    label_of,
    own,
    places,
)
from .layout import Side, other
from .records import TagRecords, counterparts, receivers, side_label


def _changed_outside(where: Sequence[tuple[Side, int]], one: bool) -> str:
    """The status line's news that the records at ``where`` were written by another
    window or command (``edits.places``: named once when both sides are one article)."""
    return f"{places(where, one=one)} was changed outside this window; reloaded"


class TagSession(TagRecords):
    """The records of both articles for one annotator, with undo and redo."""

    @cached_property
    def _history(self) -> History:
        # Made on first use, so that a session is built exactly as its records are.
        return History()

    @property
    def can_undo(self) -> bool:
        return bool(self._history.done)

    @property
    def can_redo(self) -> bool:
        return bool(self._history.undone)

    def _revised(self, base: Tag | None, side: Side, sentence: int, **fields: object) -> Tag | None:
        """``base`` (or a blank record) with some fields changed; None when nothing is left."""
        new = replace(base or self._blank(side, sentence), **fields)  # type: ignore[arg-type]
        if not new.kept:
            return None
        return new

    def unsaved(self, change: Change | None) -> tuple[Edit, ...]:
        """The store could not make ``change`` durable (``Store.flush``): read every record
        back from the store, which holds what counts, and bring undo in line with it.

        The history goes back to what it was before ``change``; if the store holds part
        of it after all (a failed commit that could not put its files back), that part
        becomes the last change, so that undo takes back exactly what was saved. Returns
        that part's edits (empty: nothing of ``change`` was saved).
        """
        with self.store.locked():
            self._sync(force=True)
        if change is None:
            return ()
        saved = tuple(
            e
            for e in change.edits
            if same_record(self.stored(e.side, e.sentence), e.after)
            and not same_record(self.stored(e.side, e.sentence), e.before)
        )
        self._history.unsaved(change, saved)
        return saved

    # -- changing records ------------------------------------------------------------

    def _commit(
        self, side: Side, sentence: int, make: Callable[[Tag | None], Tag | None]
    ) -> Change | None:
        """Change one sentence's record to ``make(record)``, carry its label across the
        row, record undo. Raises Stale, changing nothing, if another window or command
        changed that record since the screen showed it."""
        with self.store.locked():
            reloaded, unread = sync_for(self, {self.ids[side]})
            if (side, sentence) in reloaded:
                raise Stale(_changed_outside([(side, sentence)], self.one), reloaded)
            before = self.stored(side, sentence)
            # The other side's file damaged (unknown): no carrying from or to it.
            after = make(before)
            after = after if unread else self._carried_back(side, sentence, before, after)
            if same_record(before, after):
                if reloaded:  # nothing to do here, but the screen has news
                    raise Stale(
                        f"{places(reloaded, one=self.one)} changed outside this window; reloaded",
                        reloaded,
                    )
                return None
            try:
                stored = self._write(side, sentence, after, expect=before)
            except Conflict:  # written elsewhere within the stamp's resolution
                reloaded += self._reload(self.ids[side])
                raise Stale(_changed_outside([(side, sentence)], self.one), reloaded) from None
            carried, skipped = ((), []) if unread else self._carry(side, sentence, before, after)
        news = tuple(dict.fromkeys(reloaded + skipped))
        gap = _uncarried(self, side, sentence, before, after) if unread else None
        change = Change(side, sentence, before, stored, carried, news, gap)
        self._history.add(change)
        return change

    def _carried_back(
        self, side: Side, sentence: int, before: Tag | None, after: Tag | None
    ) -> Tag | None:
        """``after``, with the counterpart's label carried back when the sentence just
        lost a label of its own (clearing one's own label shows the other side's again).

        Only then: a carried label the annotator cleared stays cleared until the other
        side's label changes.
        """
        if own(before) is None or own(after) is not None or (after is not None and after.skipped):
            return after
        rows = counterparts(self, side, sentence)
        if rows is None:
            return after
        label = side_label(self, other(side), rows[1])
        if label is None or sentence not in receivers(self, other(side), rows[1], rows[0]):
            return after
        return replace(
            after or self._blank(side, sentence),
            label=label,
            source=PROPAGATED,
            origin_article=self.ids[other(side)],
            origin_sentences=tuple(rows[1]),
        )

    def _carry(
        self, side: Side, sentence: int, before: Tag | None, after: Tag | None
    ) -> tuple[tuple[Edit, ...], list[tuple[Side, int]]]:
        """Bring the other side's carried labels in line with this side's, if the label
        this side of the row carries changed. Returns the edits, and the sentences found
        changed in the store (reloaded and left alone: never overwritten)."""
        rows = counterparts(self, side, sentence)
        if rows is None:
            return (), []
        here, there = rows
        now_label = side_label(self, side, here)
        was: dict[int, str] = {
            i: lab for i in here if i != sentence and (lab := self.own_label(side, i))
        }
        if (was_own := own(before)) is not None:
            was[sentence] = was_own
        was_labels = set(was.values())
        was_label = was_labels.pop() if len(was_labels) == 1 else None
        far = other(side)
        # Only the sentences there that hold the tagged content take the label: in a
        # split, not a clause the rewrite added (``dataset.propagate.holders``).
        takers = receivers(self, side, here, there) if now_label is not None else ()
        if was_label == now_label and (
            now_label is None or _held(self, side, was, there) == takers
        ):
            return (), []
        edits: list[Edit] = []
        skipped: list[tuple[Side, int]] = []
        for j in there:
            cur = self.stored(far, j)
            if self.own_label(far, j) is not None or (cur is not None and cur.skipped):
                continue  # the annotator's own decision there, a label or a skip
            if now_label is None or j not in takers:
                if label_of(cur) is None:
                    continue
                new = self._revised(cur, far, j, label="", source=HUMAN, updated=now())
            else:
                if label_of(cur) == now_label:
                    continue
                new = self._revised(
                    cur,
                    far,
                    j,
                    label=now_label,
                    source=PROPAGATED,
                    origin_article=self.ids[side],
                    origin_sentences=tuple(here),
                    updated=now(),
                )
            try:
                edits.append(Edit(far, j, cur, self._write(far, j, new, expect=cur)))
            except Conflict:
                # Tagged elsewhere meanwhile: show that, carry nothing over it.
                skipped += [w for w in self._reload(self.ids[far]) if w not in skipped]
        return tuple(edits), skipped

    def set(
        self, side: Side, sentence: int, label: Label | None, source: str = HUMAN
    ) -> Change | None:
        """Give a sentence a label (None clears it), keeping its note and unsure flag.

        Clearing a carried label removes it; clearing one's own label lets the
        counterpart's label be carried back.
        """
        return self._commit(
            side,
            sentence,
            lambda before: self._revised(
                before,
                side,
                sentence,
                label=label or "",
                source=source if label else HUMAN,
                skipped=False,
                updated=now(),
            ),
        )

    def skip(self, side: Side, sentence: int) -> Change | None:
        """Mark a sentence as not a claim (``-``), or unmark it: done without a label.

        Its label goes (a carried one too, and none is carried to it while it is
        skipped); its note and unsure flag stay.
        """

        def make(before: Tag | None) -> Tag | None:
            if before is not None and before.skipped:
                return self._revised(before, side, sentence, skipped=False, updated=now())
            return self._revised(
                before, side, sentence, label="", source=HUMAN, skipped=True, updated=now()
            )

        return self._commit(side, sentence, make)

    def accept(self, side: Side, sentence: int) -> Change | None:
        """Take the sentence's suggestion as its label (stored as ``source="suggestion"``).

        Nothing happens when the sentence already has a label or there is no suggestion.
        """
        label, _cues = self.suggestion(side, sentence)
        if label is None:
            return None

        def make(before: Tag | None) -> Tag | None:
            if self.label(side, sentence) is not None:  # as shown: a stale carried one is none
                return before
            return self._revised(
                before, side, sentence, label=label, source=SUGGESTION, updated=now()
            )

        return self._commit(side, sentence, make)

    def set_note(self, side: Side, sentence: int, note: str) -> Change | None:
        """Put (or with ``""`` clear) the note of a sentence, tagged or not."""
        return self._commit(
            side,
            sentence,
            lambda before: self._revised(before, side, sentence, note=note.strip(), updated=now()),
        )

    def toggle_unsure(self, side: Side, sentence: int) -> Change | None:
        """Set or clear the unsure flag of a sentence, tagged or not."""
        return self._commit(
            side,
            sentence,
            lambda before: self._revised(
                before, side, sentence, unsure=not (before is not None and before.unsure)
            ),
        )

    # -- undo and redo ---------------------------------------------------------------

    def _apply(self, change: Change, verb: str) -> None:
        """Write every record of ``change`` (already oriented), all or none.

        Each record must still be what ``change`` starts from: if another window or
        command changed one since, applying it would destroy that, so it is refused
        (Stale) and nothing is written.
        """
        with self.store.locked():
            # Read afresh, not by stamp: a refusal must not rest on a heuristic.
            need = {self.ids[e.side] for e in change.edits}
            reloaded, _ = sync_for(self, need, force=True)
            stale = [
                (e.side, e.sentence)
                for e in change.edits
                if not same_record(self.stored(e.side, e.sentence), e.before)
            ]
            if stale:
                raise Stale(
                    f"cannot {verb}: {places(stale, one=self.one)} was changed outside this window since; reloaded",
                    reloaded or stale,
                )
            # An undone record comes back as it was, stamped now: the store keeps the
            # time a record last changed, and an undo is a change.
            for edit in change.edits:
                target = edit.after
                if target is not None:
                    target = replace(target, updated=now())
                self._write(edit.side, edit.sentence, target, expect=edit.before)

    def undo(self) -> Change | None:
        """Revert the last change. Returns it (as applied: after -> before).

        Raises Stale when a record it would restore was changed elsewhere since; that
        change is then dropped from the history (it can never apply again).
        """
        if not self._history.done:
            return None
        change = self._history.done[-1].reversed()
        try:
            self._apply(change, "undo")
        except Stale:
            self._history.done.pop()
            raise
        self._history.undid(change)
        return change

    def redo(self) -> Change | None:
        """Re-apply the last undone change (Stale and dropped, as for undo)."""
        if not self._history.undone:
            return None
        change = self._history.undone[-1]
        try:
            self._apply(change, "redo")
        except Stale:
            self._history.undone.pop()
            raise
        self._history.redid()
        return change

    def state_key(self) -> str:
        """The store's state key for this pair and annotator (the saved cursor)."""
        a, b = self.ids["a"], self.ids["b"]
        return f"cursor:{a}:{b}:{self.annotator}"


def _held(
    records: TagRecords, side: Side, origin: Iterable[int], there: Sequence[int]
) -> tuple[int, ...]:
    """The sentences of ``there`` that held what ``origin`` (of ``side``) tagged before a
    key: with the same label still carried, another sentence here may carry it now, and
    with it more of the sentences there hold what is tagged."""
    texts = records.sentences
    return holders(
        [texts[side][i].text for i in origin], [(j, texts[other(side)][j].text) for j in there]
    )


def sync_for(
    records: TagRecords, need: set[str], force: bool = False
) -> tuple[list[tuple[Side, int]], set[str]]:
    """``TagRecords._sync`` where only the articles in ``need`` must read: another whose
    tag file is damaged is left as last read and given back (review r22c finding 10: a
    label on A was refused because B's file was damaged)."""
    changed: list[tuple[Side, int]] = []
    unread: set[str] = set()
    for art_id in dict.fromkeys(records.ids.values()):
        try:
            if force or records.store.article_stamp(art_id) != records._stamps[art_id]:
                changed += records._reload(art_id)
        except (StoreError, OSError):
            if art_id in need:
                raise
            unread.add(art_id)
    return changed, unread


def _uncarried(
    records: TagRecords, side: Side, sentence: int, before: Tag | None, after: Tag | None
) -> Side | None:
    """The other side, if a changed label would have been carried there (its file is
    damaged, so it was not)."""
    if label_of(before) == label_of(after) or counterparts(records, side, sentence) is None:
        return None
    return other(side)
