"""What a key press did to the tags, as plain data: edits, changes, and refusals.

Headless (no Textual). ``TagSession`` makes these; the diff view describes them on the
status line, and undo plays them backwards. A record's ``source`` says where its label
came from: ``human`` (the annotator's own key), ``suggestion`` (an accepted suggestion)
or ``propagated`` (carried from the aligned counterpart).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from newsdiff.core.labels import Label
from newsdiff.store import Tag

from .layout import Side

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
    uncarried: Side | None = None
    """The side the label was not carried to: its tag file is damaged."""

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


@dataclass
class History:
    """What undo and redo replay: the changes made (``done``), and those undone.

    It also remembers the last change made (``last``: a key, an undo or a redo, as
    returned) and the lists as they were before it, so that a change the store then
    fails to save can be taken out of the history again (``unsaved``).
    """

    done: list[Change] = field(default_factory=list)
    undone: list[Change] = field(default_factory=list)
    last: Change | None = None
    before: tuple[list[Change], list[Change]] = field(default_factory=lambda: ([], []))

    def _mark(self) -> None:
        self.before = (list(self.done), list(self.undone))

    def add(self, change: Change) -> None:
        """A new change: on top of ``done``; redo has nothing left to do."""
        self._mark()
        self.done.append(change)
        self.undone.clear()
        self.last = change

    def undid(self, applied: Change) -> None:
        """The last change was undone (``applied`` is it reversed, as written)."""
        self._mark()
        self.undone.append(self.done.pop())
        self.last = applied

    def redid(self) -> None:
        """The last undone change was applied again."""
        self._mark()
        self.done.append(self.undone.pop())
        self.last = self.done[-1]

    def unsaved(self, change: Change, saved: Sequence[Edit]) -> None:
        """``change`` (the last one made) could not be saved, but for the ``saved``
        edits: the lists go back to what they were before it, and the saved part, if
        any, becomes a change of its own, so that undo takes back exactly that."""
        if change is not self.last:
            return
        self.last = None
        self.done[:], self.undone[:] = self.before
        if saved:
            first, *rest = saved
            self.add(Change(first.side, first.sentence, first.before, first.after, tuple(rest)))


class Stale(Exception):
    """A change was not made: the store no longer holds what the session showed.

    Another window or ``newsdiff tag`` changed the record since. Nothing was written;
    the session's memory was reloaded from the store, so the screen shows what is there
    now. ``str()`` is the status line's message; ``where`` the sentences reloaded.
    """

    def __init__(self, message: str, where: Sequence[tuple[Side, int]]) -> None:
        super().__init__(message)
        self.where = tuple(where)


def places(where: Sequence[tuple[Side, int]], limit: int = 3, one: bool = False) -> str:
    """``A#2, B#5`` for the status line (1-based, as the screen counts); ``#2`` when
    both sides are ``one`` article (the app on one article: no side B to name)."""
    if one:
        names = list(dict.fromkeys(f"#{i + 1}" for _side, i in where))
    else:
        names = [f"{side.upper()}#{i + 1}" for side, i in where]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def label_of(tag: Tag | None) -> Label | None:
    """The label of a record (None: no record, or one without a label)."""
    return cast(Label, tag.label) if tag is not None and tag.label else None


def own(tag: Tag | None) -> str | None:
    """The label of a record if it is the annotator's own (not carried)."""
    return tag.label if tag is not None and tag.label and tag.source != PROPAGATED else None
