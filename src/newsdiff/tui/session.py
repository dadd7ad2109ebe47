"""One annotator's tagging of a pair: labels in memory, every change in the store at once.

Headless (no Textual), so undo and redo are tested without an app. It uses only the
store's public API (``article_tags``, ``put``, ``remove``, ``get_state``, ``set_state``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

from newsdiff.article import Article
from newsdiff.labels import Label
from newsdiff.sentences import Sentence
from newsdiff.store import Store, Tag, now

from .layout import Side


@dataclass(frozen=True)
class Change:
    """One tag change on one sentence: what was stored before and after it."""

    side: Side
    sentence: int
    before: Tag | None
    after: Tag | None

    def reversed(self) -> Change:
        return Change(self.side, self.sentence, self.after, self.before)


class TagSession:
    """Labels of both articles for one annotator, with undo and redo.

    Tags belong to an article's sentence, not to the pair: they are keyed by article id,
    so when both sides are the same article a tag on one shows on the other.
    """

    def __init__(
        self,
        store: Store,
        annotator: str,
        articles: tuple[Article, Article],
        sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
    ) -> None:
        self.store = store
        self.annotator = annotator
        self.articles: dict[Side, Article] = {"a": articles[0], "b": articles[1]}
        self.sentences: dict[Side, Sequence[Sentence]] = {
            "a": sentences[0],
            "b": sentences[1],
        }
        # Article.id hashes the whole text on every call: once per side is enough.
        self.ids: dict[Side, str] = {"a": articles[0].id, "b": articles[1].id}
        self._tags: dict[str, dict[int, Tag]] = {}
        for side in ("a", "b"):
            art_id = self.ids[side]
            if art_id in self._tags:
                continue
            found = store.article_tags(self.articles[side], self.sentences[side], annotator)
            self._tags[art_id] = {t.sentence: t for t in found}
        self._undo: list[Change] = []
        self._redo: list[Change] = []

    def label(self, side: Side, sentence: int) -> Label | None:
        tag = self._tags[self.ids[side]].get(sentence)
        return cast(Label, tag.label) if tag is not None else None

    def tagged(self, side: Side) -> int:
        """How many sentences of a side carry a tag."""
        total = len(self.sentences[side])
        return sum(1 for i in self._tags[self.ids[side]] if 0 <= i < total)

    def total(self, side: Side) -> int:
        return len(self.sentences[side])

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _make(self, side: Side, sentence: int, label: Label) -> Tag:
        art = self.articles[side]
        sent = self.sentences[side][sentence]
        return Tag(
            article_id=self.ids[side],
            article=art.path,
            sentence=sentence,
            start=sent.start,
            end=sent.end,
            text=sent.text,
            label=label,
            annotator=self.annotator,
        )

    def _write(self, side: Side, sentence: int, tag: Tag | None) -> Tag | None:
        """Make the store hold ``tag`` (or nothing) for this sentence; mirror it in memory.

        The store is written first: if it raises, memory still matches the file.
        """
        art_id = self.ids[side]
        if tag is None:
            self.store.remove(art_id, sentence, self.annotator)
            self._tags[art_id].pop(sentence, None)
            return None
        stored = self.store.put(tag)
        self._tags[art_id][sentence] = stored
        return stored

    def set(self, side: Side, sentence: int, label: Label | None) -> Change | None:
        """Give a sentence a label (None clears it). Returns the change, or None if none."""
        art_id = self.ids[side]
        before = self._tags[art_id].get(sentence)
        if (before.label if before else None) == label:
            return None
        after = self._write(
            side, sentence, None if label is None else self._make(side, sentence, label)
        )
        change = Change(side, sentence, before, after)
        self._undo.append(change)
        self._redo.clear()
        return change

    def toggle(self, side: Side, sentence: int, label: Label) -> Change | None:
        """The tag keys: set ``label``, or clear it when the sentence already has it."""
        current = self.label(side, sentence)
        return self.set(side, sentence, None if current == label else label)

    def _apply(self, change: Change) -> None:
        # An undone tag comes back as it was, stamped now: the store keeps the time a
        # tag last changed, and an undo is a change.
        target = change.after
        if target is not None:
            target = replace(target, updated=now())
        self._write(change.side, change.sentence, target)

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
