"""One annotator's tagging of a pair: records in memory, every change in the store at once.

Headless (no Textual), so undo, redo and propagation are tested without an app. It uses
only the store's public API (``article_tags``, ``put``, ``remove``, ``disagreements``,
``get_state``, ``set_state``).

A sentence's record holds a label (or none), a note and the unsure flag, and where the
label came from (``source``):

* ``human``: the annotator's own label key;
* ``suggestion``: a suggestion the annotator accepted (stored apart from human tags,
  so an export can leave it out);
* ``propagated``: carried from the aligned counterpart, whose own label it copies.

Labels of the first two kinds are the sentence's *own*. Tagging a sentence gives its
counterpart in the row the same label, marked ``propagated``, unless the counterpart
has its own (``newsdiff.propagate`` decides, one hop only); one key press and its
propagated records are one change for undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

from newsdiff.article import Article
from newsdiff.compare import Row
from newsdiff.cues import Cue
from newsdiff.labels import Label
from newsdiff.propagate import label_shifts, propagate
from newsdiff.sentences import Sentence
from newsdiff.store import Store, Tag, now, stored_path
from newsdiff.suggest import suggest_label

from .layout import SIDES, Side

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
    sentence; ``carried`` holds the propagated records written with it.
    """

    side: Side
    sentence: int
    before: Tag | None
    after: Tag | None
    carried: tuple[Edit, ...] = ()

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
        for side in SIDES:
            art_id = self.ids[side]
            if art_id in self._tags:
                continue
            found = store.article_tags(self.articles[side], self.sentences[side], annotator)
            self._tags[art_id] = {t.sentence: t for t in found}
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

    # -- changing records ------------------------------------------------------------

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

    def _revise(self, side: Side, sentence: int, **fields: object) -> Tag | None:
        """The sentence's record with some fields changed (None when nothing is left)."""
        base = self.record(side, sentence) or self._blank(side, sentence)
        new = replace(base, **fields)  # type: ignore[arg-type]
        if not (new.label or new.note or new.unsure):
            return None
        return new

    def _write(self, side: Side, sentence: int, tag: Tag | None) -> Tag | None:
        """Make the store hold ``tag`` (or nothing) for this sentence; mirror it in memory.

        The store is written first: if it raises, memory still matches the file.
        """
        art_id = self.ids[side]
        self._disagreements.pop(art_id, None)
        if tag is None:
            self.store.remove(art_id, sentence, self.annotator)
            self._tags[art_id].pop(sentence, None)
            stored = None
        else:
            stored = self.store.put(tag)
            self._tags[art_id][sentence] = stored
        for s in SIDES:  # one article on both sides: its sentence sits in two rows
            if self.ids[s] == art_id:
                self._recheck_shift(s, sentence)
        return stored

    def _commit(self, side: Side, sentence: int, after: Tag | None) -> Change | None:
        """Write one sentence's new record, carry its label across the row, record undo."""
        before = self.record(side, sentence)
        if _same(before, after):
            return None
        stored = self._write(side, sentence, after)
        carried = self._carry(side, sentence) if _label_moved(before, after) else ()
        change = Change(side, sentence, before, stored, carried)
        self._undo.append(change)
        self._redo.clear()
        return change

    def _carry(self, side: Side, sentence: int) -> tuple[Edit, ...]:
        """Bring the propagated labels of a sentence's row in line with its own labels."""
        if self.ids["a"] == self.ids["b"] or sentence not in self._row_of[side]:
            return ()  # one article on both sides: a sentence is its own counterpart
        row = self.rows[self._row_of[side][sentence]]
        if not row.a or not row.b:
            return ()
        own_a = {i: lab for i in row.a if (lab := self.own_label("a", i))}
        own_b = {j: lab for j in row.b if (lab := self.own_label("b", j))}
        eff_a, eff_b = propagate([row], own_a, own_b)
        edits: list[Edit] = []
        for s, indices, eff in (("a", row.a, eff_a), ("b", row.b, eff_b)):
            s = cast(Side, s)
            for i in indices:
                if self.own_label(s, i) is not None:
                    continue
                want = eff.get(i)
                before = self.record(s, i)
                if want is None:
                    if _label_of(before) is None:
                        continue
                    after = self._revise(s, i, label="", source=HUMAN, updated=now())
                else:
                    if _label_of(before) == want.label:
                        continue
                    after = self._revise(s, i, label=want.label, source=PROPAGATED, updated=now())
                edits.append(Edit(s, i, before, self._write(s, i, after)))
        return tuple(edits)

    def set(
        self, side: Side, sentence: int, label: Label | None, source: str = HUMAN
    ) -> Change | None:
        """Give a sentence a label (None clears it), keeping its note and unsure flag."""
        after = self._revise(
            side, sentence, label=label or "", source=source if label else HUMAN, updated=now()
        )
        return self._commit(side, sentence, after)

    def toggle(self, side: Side, sentence: int, label: Label) -> Change | None:
        """The tag keys: set ``label`` as the annotator's own, or clear it if it already is.

        A propagated or accepted label is confirmed (made human), not cleared.
        """
        tag = self.record(side, sentence)
        if tag is not None and tag.label == label and tag.source == HUMAN:
            return self.set(side, sentence, None)
        return self.set(side, sentence, label)

    def accept(self, side: Side, sentence: int) -> Change | None:
        """Take the sentence's suggestion as its label (stored as ``source="suggestion"``).

        Nothing happens when the sentence already has a label or there is no suggestion.
        """
        label, _cues = self.suggestion(side, sentence)
        if label is None or self.label(side, sentence) is not None:
            return None
        return self.set(side, sentence, label, source=SUGGESTION)

    def set_note(self, side: Side, sentence: int, note: str) -> Change | None:
        """Put (or with ``""`` clear) the note of a sentence, tagged or not."""
        after = self._revise(side, sentence, note=note.strip(), updated=now())
        return self._commit(side, sentence, after)

    def toggle_unsure(self, side: Side, sentence: int) -> Change | None:
        """Set or clear the unsure flag of a sentence, tagged or not."""
        tag = self.record(side, sentence)
        unsure = not (tag is not None and tag.unsure)
        return self._commit(side, sentence, self._revise(side, sentence, unsure=unsure))

    # -- undo and redo ---------------------------------------------------------------

    def _apply(self, change: Change) -> None:
        # An undone record comes back as it was, stamped now: the store keeps the time a
        # record last changed, and an undo is a change.
        for edit in change.edits:
            target = edit.after
            if target is not None:
                target = replace(target, updated=now())
            self._write(edit.side, edit.sentence, target)

    def undo(self) -> Change | None:
        """Revert the last change. Returns it (as applied: after -> before)."""
        if not self._undo:
            return None
        change = self._undo[-1].reversed()
        self._apply(change)
        self._redo.append(self._undo.pop())
        return change

    def redo(self) -> Change | None:
        """Re-apply the last undone change."""
        if not self._redo:
            return None
        change = self._redo[-1]
        self._apply(change)
        self._undo.append(self._redo.pop())
        return change

    def state_key(self) -> str:
        """The store's state key for this pair and annotator (the saved cursor)."""
        a, b = self.ids["a"], self.ids["b"]
        return f"cursor:{a}:{b}:{self.annotator}"


def _same(a: Tag | None, b: Tag | None) -> bool:
    """The same record, times aside."""
    if a is None or b is None:
        return a is b
    return replace(a, created="", updated="") == replace(b, created="", updated="")


def _label_moved(before: Tag | None, after: Tag | None) -> bool:
    return (_label_of(before), before and before.source) != (
        _label_of(after),
        after and after.source,
    )
