"""One annotator's tagging of a pair: records in memory, every change in the store at once.

Headless (no Textual), so undo, redo and propagation are tested without an app. It uses
only the store's public API (``article_tags``, ``tags``, ``put`` and ``remove`` with
``expect=``, ``locked``, ``article_stamp``, ``get_state``, ``set_state``).

A sentence's record holds a label (or none), a note and the unsure flag, and where the
label came from (``source``):

* ``human``: the annotator's own label key;
* ``suggestion``: a suggestion the annotator accepted (stored apart from human tags,
  so an export can leave it out);
* ``propagated``: carried from the aligned counterpart, whose own label it copies.

Labels of the first two kinds are the sentence's *own*. When the one label a row's side
carries of its own changes (as ``newsdiff.dataset.propagate`` defines it), the other side's
sentences without their own get it, marked ``propagated`` (one hop only). Clearing one's
own label lets the counterpart's be carried back; clearing a carried label removes it,
and it stays removed until the counterpart's label changes again. One key press and the
records it carried are one change for undo.

Other windows and ``newsdiff tag`` may write the same annotator's records meanwhile.
Each change is made under the store's lock, after re-reading any article whose tag file
changed, and each write is conditional on the record it was decided from, so nothing
written elsewhere is overwritten: the session reloads it, and a key press or undo that
would have overwritten it raises ``Stale`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

from newsdiff.core.article import Article
from newsdiff.core.labels import Label
from newsdiff.core.sentences import Sentence
from newsdiff.dataset.propagate import label_shifts
from newsdiff.meaning.compare import Row
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.suggest import suggest_label
from newsdiff.store import Conflict, Store, Tag, now, same_record, stored_path

from .layout import SIDES, Side, other

HUMAN, SUGGESTION, PROPAGATED = "human", "suggestion", "propagated"


@dataclass(frozen=True)
class Edit:
    """One record's change: what the store held for a sentence before and after."""

    side: Side
    sentence: int
    before: Tag | None
    after: Tag | None

    def reversed(self) -> Edit:
        return Edit(self.side, self.sentence, self.after, self.before)


@dataclass(frozen=True)
class Change:
    """What one key press changed: the annotator's edit, and the labels it carried over.

    ``side``, ``sentence``, ``before`` and ``after`` describe the edit on the cursor's
    sentence (``after`` is what it holds now, a label carried back to it included);
    ``carried`` holds the propagated records written with it on the other side.
    ``reloaded`` names sentences whose records another window or command had changed,
    found in the store on the way and now shown as they are there.
    """

    side: Side
    sentence: int
    before: Tag | None
    after: Tag | None
    carried: tuple[Edit, ...] = ()
    reloaded: tuple[tuple[Side, int], ...] = ()

    @property
    def edits(self) -> tuple[Edit, ...]:
        return (Edit(self.side, self.sentence, self.before, self.after), *self.carried)

    def reversed(self) -> Change:
        return Change(
            self.side,
            self.sentence,
            self.after,
            self.before,
            tuple(e.reversed() for e in reversed(self.carried)),
        )


class Stale(Exception):
    """A change was not made: the store no longer holds what the session showed.

    Another window or ``newsdiff tag`` changed the record since. Nothing was written;
    the session's memory was reloaded from the store, so the screen shows what is there
    now. ``str()`` is the status line's message; ``where`` the sentences reloaded.
    """

    def __init__(self, message: str, where: Sequence[tuple[Side, int]]) -> None:
        super().__init__(message)
        self.where = tuple(where)


Stamp = tuple[int, int, int] | None


@dataclass(frozen=True)
class Snapshot:
    """An article's records (every annotator's) as one read of its tag file found them.

    Made off the event loop by ``TagSession.read``; ``stamp`` is the file's stamp for
    exactly these records (the same before and after the read).
    """

    article_id: str
    stamp: Stamp
    tags: tuple[Tag, ...]


def places(where: Sequence[tuple[Side, int]], limit: int = 3) -> str:
    """``A#2, B#5`` for the status line (1-based, as the screen counts)."""
    names = [f"{side.upper()}#{i + 1}" for side, i in where]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


@lru_cache(maxsize=16384)
def _suggestion(text: str) -> tuple[Label | None, tuple[Cue, ...]]:
    return suggest_label(text)


def _label_of(tag: Tag | None) -> Label | None:
    return cast(Label, tag.label) if tag is not None and tag.label else None


class TagSession:
    """The records of both articles for one annotator, with undo and redo.

    Tags belong to an article's sentence, not to the pair: they are keyed by article id,
    so when both sides are the same article a tag on one shows on the other.
    """

    def __init__(
        self,
        store: Store,
        annotator: str,
        articles: tuple[Article, Article],
        sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
        rows: Sequence[Row] = (),
    ) -> None:
        self.store = store
        self.annotator = annotator
        self.articles: dict[Side, Article] = {"a": articles[0], "b": articles[1]}
        self.sentences: dict[Side, Sequence[Sentence]] = {
            "a": sentences[0],
            "b": sentences[1],
        }
        self.rows = rows
        # Article.id hashes the whole text on every call: once per side is enough.
        self.ids: dict[Side, str] = {"a": articles[0].id, "b": articles[1].id}
        self._tags: dict[str, dict[int, Tag]] = {}
        # Each article's tag file as it was when last read or written by this session:
        # a different stamp means another window or command wrote it since.
        self._stamps: dict[str, Stamp] = {}
        for side in SIDES:
            art_id = self.ids[side]
            if art_id in self._tags:
                continue
            found = store.article_tags(self.articles[side], self.sentences[side], annotator)
            self._tags[art_id] = {t.sentence: t for t in found}
            self._stamps[art_id] = store.article_stamp(art_id)
        self._row_of: dict[Side, dict[int, int]] = {"a": {}, "b": {}}
        for r, row in enumerate(rows):
            for i in row.a:
                self._row_of["a"][i] = r
            for j in row.b:
                self._row_of["b"][j] = r
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        # Other annotators' labels, read once: after a key press only this annotator's
        # labels change, so disagreements are recomputed in memory, not re-read.
        self._others: dict[str, dict[int, dict[str, str]]] = {}
        self._disagreements: dict[str, dict[int, dict[str, str]]] = {}
        self._shifted: set[int] | None = None
        self._shifts: list[int] | None = None

    # -- what a sentence carries -----------------------------------------------------

    def record(self, side: Side, sentence: int) -> Tag | None:
        """The stored record of a sentence (label, note, unsure, source), if any."""
        return self._tags[self.ids[side]].get(sentence)

    def label(self, side: Side, sentence: int) -> Label | None:
        """The sentence's label, whatever its source (None: untagged)."""
        return _label_of(self.record(side, sentence))

    def source(self, side: Side, sentence: int) -> str | None:
        """Where the sentence's label came from (None: untagged)."""
        tag = self.record(side, sentence)
        return tag.source if tag is not None and tag.label else None

    def own_label(self, side: Side, sentence: int) -> Label | None:
        """The label the annotator gave (or accepted), not a propagated one."""
        tag = self.record(side, sentence)
        return _label_of(tag) if tag is not None and tag.source != PROPAGATED else None

    def suggestion(self, side: Side, sentence: int) -> tuple[Label | None, tuple[Cue, ...]]:
        """The suggested label of a sentence and the cue words behind it (offsets in text)."""
        return _suggestion(self.sentences[side][sentence].text)

    def tagged(self, side: Side) -> int:
        """How many sentences of a side carry a label of their own (propagated ones wait
        for the annotator to confirm them, so they are not progress yet)."""
        total = len(self.sentences[side])
        return sum(
            1
            for i, t in self._tags[self.ids[side]].items()
            if t.label and t.source != PROPAGATED and 0 <= i < total
        )

    def total(self, side: Side) -> int:
        return len(self.sentences[side])

    def disagreements(self, side: Side) -> dict[int, dict[str, str]]:
        """Sentences of a side where annotators gave different labels: who said what.

        As ``Store.disagreements``: human labels only, annotators in name order.
        """
        art_id = self.ids[side]
        found = self._disagreements.get(art_id)
        if found is None:
            if art_id not in self._others:
                others: dict[int, dict[str, str]] = {}
                for t in self.store.tags(art_id):
                    if t.annotator != self.annotator and t.label and t.source == HUMAN:
                        others.setdefault(t.sentence, {})[t.annotator] = t.label
                self._others[art_id] = others
            found = {}
            mine = self._tags[art_id]
            for i, labels in self._others[art_id].items():
                tag = mine.get(i)
                said = dict(labels)
                if tag is not None and tag.label and tag.source == HUMAN:
                    said[self.annotator] = tag.label
                if len(set(said.values())) > 1:
                    found[i] = dict(sorted(said.items()))
            self._disagreements[art_id] = found
        return found

    def shift_rows(self) -> list[int]:
        """The rows whose two sides carry different labels of their own, in order."""
        if self._shifted is None:
            own = {side: self._own_map(side) for side in SIDES}
            self._shifted = {s.row for s in label_shifts(self.rows, own["a"], own["b"])}
        if self._shifts is None:
            self._shifts = sorted(self._shifted)
        return self._shifts

    def _recheck_shift(self, side: Side, sentence: int) -> None:
        """After a label change: whether the sentence's row shifts (one row, not all)."""
        self._shifts = None
        r = self._row_of[side].get(sentence)
        if self._shifted is None or r is None:
            return
        row = self.rows[r]
        la = {lab for i in row.a if (lab := self.own_label("a", i))}
        lb = {lab for j in row.b if (lab := self.own_label("b", j))}
        if row.a and row.b and la and lb and la != lb:
            self._shifted.add(r)
        else:
            self._shifted.discard(r)

    def _own_map(self, side: Side) -> dict[int, str]:
        return {
            i: t.label
            for i, t in self._tags[self.ids[side]].items()
            if t.label and t.source != PROPAGATED
        }

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    # -- building records ------------------------------------------------------------

    def _blank(self, side: Side, sentence: int) -> Tag:
        art = self.articles[side]
        sent = self.sentences[side][sentence]
        return Tag(
            article_id=self.ids[side],
            article=stored_path(art.path),
            sentence=sentence,
            start=sent.start,
            end=sent.end,
            text=sent.text,
            label="",
            annotator=self.annotator,
        )

    def _revised(self, base: Tag | None, side: Side, sentence: int, **fields: object) -> Tag | None:
        """``base`` (or a blank record) with some fields changed; None when nothing is left."""
        new = replace(base or self._blank(side, sentence), **fields)  # type: ignore[arg-type]
        if not (new.label or new.note or new.unsure):
            return None
        return new

    # -- staying in step with the store ----------------------------------------------
    #
    # Another window, or `newsdiff tag`, may write the same annotator's records while
    # this session shows them. Every change therefore runs under the store's lock:
    # first any article whose tag file changed on disk is read again (one stat each
    # when nothing did), then every write is conditional on the record this session
    # based it on (``expect=``), so a record changed elsewhere is reloaded, never
    # overwritten.

    def _where(self, art_id: str, sentences: set[int]) -> list[tuple[Side, int]]:
        # One article on both sides: its sentence is on both.
        return [(side, i) for side in SIDES if self.ids[side] == art_id for i in sorted(sentences)]

    def _reload(self, art_id: str) -> list[tuple[Side, int]]:
        """Read an article's records again; return the sentences whose record changed."""
        mine = self.store.tags(art_id, self.annotator)
        return self._replace(art_id, mine, self.store.article_stamp(art_id))

    # Between key presses the app polls (``changed``), reads what changed off the event
    # loop (``read``) and hands the result back on the loop (``take``), so tags written
    # by another annotator or window show without a key press.

    def changed(self) -> dict[str, Stamp]:
        """The articles whose tag file changed on disk since this session last read or
        wrote it, with the stamp the session has for each (one stat per article)."""
        return {
            art_id: seen
            for art_id, seen in self._stamps.items()
            if self.store.article_stamp(art_id) != seen
        }

    def read(self, art_ids: Sequence[str]) -> list[Snapshot]:
        """Read these articles' records from the store. Reads only: safe off the loop.

        A file replaced during the read is read again (a few tries), so that each
        snapshot's stamp belongs to its records.
        """
        out = []
        for art_id in art_ids:
            for _attempt in range(3):
                before = self.store.article_stamp(art_id)
                tags = tuple(self.store.tags(art_id))
                after = self.store.article_stamp(art_id)
                if before == after:
                    out.append(Snapshot(art_id, after, tags))
                    break
        return out

    def take(self, snapshot: Snapshot, seen: Stamp) -> list[tuple[Side, int]] | None:
        """Show what ``read`` found, if the session still holds what it had when the
        change was noticed (stamp ``seen``); else None, and nothing changes: a key press
        or reload in between is newer than the snapshot. Returns the sentences whose
        record of this annotator changed."""
        art_id = snapshot.article_id
        if self._stamps.get(art_id) != seen:
            return None
        mine = [t for t in snapshot.tags if t.annotator == self.annotator]
        others: dict[int, dict[str, str]] = {}
        for t in snapshot.tags:
            if t.annotator != self.annotator and t.label and t.source == HUMAN:
                others.setdefault(t.sentence, {})[t.annotator] = t.label
        changed = self._replace(art_id, mine, snapshot.stamp)
        self._others[art_id] = others
        return changed

    def _replace(self, art_id: str, mine: Sequence[Tag], stamp: Stamp) -> list[tuple[Side, int]]:
        """Hold ``mine`` as this annotator's records of an article, read at ``stamp``."""
        old = self._tags[art_id]
        fresh = {t.sentence: t for t in mine}
        changed = {
            i for i in old.keys() | fresh.keys() if not same_record(old.get(i), fresh.get(i))
        }
        self._tags[art_id] = fresh
        self._stamps[art_id] = stamp
        # Other annotators may have written too: their labels are read again when asked.
        self._others.pop(art_id, None)
        self._disagreements.pop(art_id, None)
        if changed:
            self._shifted = self._shifts = None
        return self._where(art_id, changed)

    def _sync(self, force: bool = False) -> list[tuple[Side, int]]:
        """Reload every article whose tag file changed since this session last saw it
        (all of them with ``force``). Call with the store's lock held."""
        changed: list[tuple[Side, int]] = []
        for art_id in dict.fromkeys(self.ids.values()):
            if force or self.store.article_stamp(art_id) != self._stamps[art_id]:
                changed += self._reload(art_id)
        return changed

    def _write(self, side: Side, sentence: int, tag: Tag | None, expect: Tag | None) -> Tag | None:
        """Make the store hold ``tag`` (or nothing) for this sentence if it still holds
        ``expect``; mirror it in memory. Raises Conflict, writing nothing, if not.

        The store is written first: if it raises, memory still matches the file.
        """
        art_id = self.ids[side]
        self._disagreements.pop(art_id, None)
        if tag is None:
            self.store.remove(art_id, sentence, self.annotator, expect=expect)
            self._tags[art_id].pop(sentence, None)
            stored = None
        else:
            stored = self.store.put(tag, expect=expect)
            self._tags[art_id][sentence] = stored
        # Under the lock, so this is our own write and nobody else's.
        self._stamps[art_id] = self.store.article_stamp(art_id)
        for s in SIDES:  # one article on both sides: its sentence sits in two rows
            if self.ids[s] == art_id:
                self._recheck_shift(s, sentence)
        return stored

    # -- changing records ------------------------------------------------------------

    def _commit(
        self, side: Side, sentence: int, make: Callable[[Tag | None], Tag | None]
    ) -> Change | None:
        """Change one sentence's record to ``make(record)``, carry its label across the
        row, record undo. Raises Stale, changing nothing, if another window or command
        changed that record since the screen showed it."""
        with self.store.locked():
            reloaded = self._sync()
            if (side, sentence) in reloaded:
                raise Stale(
                    f"{places([(side, sentence)])} was changed in another window; reloaded",
                    reloaded,
                )
            before = self.record(side, sentence)
            after = self._carried_back(side, sentence, before, make(before))
            if same_record(before, after):
                if reloaded:  # nothing to do here, but the screen has news
                    raise Stale(f"{places(reloaded)} changed in another window; reloaded", reloaded)
                return None
            try:
                stored = self._write(side, sentence, after, expect=before)
            except Conflict:  # written elsewhere within the stamp's resolution
                reloaded += self._reload(self.ids[side])
                raise Stale(
                    f"{places([(side, sentence)])} was changed in another window; reloaded",
                    reloaded,
                ) from None
            carried, skipped = self._carry(side, sentence, before, after)
        change = Change(
            side, sentence, before, stored, carried, tuple(dict.fromkeys(reloaded + skipped))
        )
        self._undo.append(change)
        self._redo.clear()
        return change

    def _counterparts(
        self, side: Side, sentence: int
    ) -> tuple[Sequence[int], Sequence[int]] | None:
        """The row's sentences on this side and on the other, if labels cross it."""
        if self.ids["a"] == self.ids["b"] or sentence not in self._row_of[side]:
            return None  # one article on both sides: a sentence is its own counterpart
        row = self.rows[self._row_of[side][sentence]]
        if not row.a or not row.b:
            return None
        return (row.a, row.b) if side == "a" else (row.b, row.a)

    def _side_label(self, side: Side, indices: Sequence[int]) -> str | None:
        """The one label a row's side carries of its own (None: none, or they differ),
        as ``newsdiff.dataset.propagate`` decides it."""
        labels = {lab for i in indices if (lab := self.own_label(side, i))}
        return labels.pop() if len(labels) == 1 else None

    def _carried_back(
        self, side: Side, sentence: int, before: Tag | None, after: Tag | None
    ) -> Tag | None:
        """``after``, with the counterpart's label carried back when the sentence just
        lost a label of its own (clearing one's own label shows the other side's again).

        Only then: a carried label the annotator cleared stays cleared until the other
        side's label changes.
        """
        if _own(before) is None or _own(after) is not None:
            return after
        rows = self._counterparts(side, sentence)
        if rows is None:
            return after
        label = self._side_label(other(side), rows[1])
        if label is None:
            return after
        return replace(after or self._blank(side, sentence), label=label, source=PROPAGATED)

    def _carry(
        self, side: Side, sentence: int, before: Tag | None, after: Tag | None
    ) -> tuple[tuple[Edit, ...], list[tuple[Side, int]]]:
        """Bring the other side's carried labels in line with this side's, if the label
        this side of the row carries changed. Returns the edits, and the sentences found
        changed in the store (reloaded and left alone: never overwritten)."""
        rows = self._counterparts(side, sentence)
        if rows is None:
            return (), []
        here, there = rows
        now_label = self._side_label(side, here)
        was: dict[int, str] = {
            i: lab for i in here if i != sentence and (lab := self.own_label(side, i))
        }
        if (was_own := _own(before)) is not None:
            was[sentence] = was_own
        was_labels = set(was.values())
        was_label = was_labels.pop() if len(was_labels) == 1 else None
        if was_label == now_label:
            return (), []
        far = other(side)
        edits: list[Edit] = []
        skipped: list[tuple[Side, int]] = []
        for j in there:
            if self.own_label(far, j) is not None:
                continue
            cur = self.record(far, j)
            if now_label is None:
                if _label_of(cur) is None:
                    continue
                new = self._revised(cur, far, j, label="", source=HUMAN, updated=now())
            else:
                if _label_of(cur) == now_label:
                    continue
                new = self._revised(cur, far, j, label=now_label, source=PROPAGATED, updated=now())
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
                updated=now(),
            ),
        )

    def toggle(self, side: Side, sentence: int, label: Label) -> Change | None:
        """The tag keys: set ``label`` as the annotator's own, or clear it if it already is.

        A propagated or accepted label is confirmed (made human), not cleared.
        """

        def make(before: Tag | None) -> Tag | None:
            clear = before is not None and before.label == label and before.source == HUMAN
            return self._revised(
                before, side, sentence, label="" if clear else label, source=HUMAN, updated=now()
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
            if _label_of(before) is not None:
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
            reloaded = self._sync(force=True)
            stale = [
                (e.side, e.sentence)
                for e in change.edits
                if not same_record(self.record(e.side, e.sentence), e.before)
            ]
            if stale:
                raise Stale(
                    f"cannot {verb}: {places(stale)} was changed in another window since; reloaded",
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
        if not self._undo:
            return None
        change = self._undo[-1].reversed()
        try:
            self._apply(change, "undo")
        except Stale:
            self._undo.pop()
            raise
        self._redo.append(self._undo.pop())
        return change

    def redo(self) -> Change | None:
        """Re-apply the last undone change (Stale and dropped, as for undo)."""
        if not self._redo:
            return None
        change = self._redo[-1]
        try:
            self._apply(change, "redo")
        except Stale:
            self._redo.pop()
            raise
        self._undo.append(self._redo.pop())
        return change

    def state_key(self) -> str:
        """The store's state key for this pair and annotator (the saved cursor)."""
        a, b = self.ids["a"], self.ids["b"]
        return f"cursor:{a}:{b}:{self.annotator}"


def _own(tag: Tag | None) -> str | None:
    """The label of a record if it is the annotator's own (not carried)."""
    return tag.label if tag is not None and tag.label and tag.source != PROPAGATED else None
