"""A phrase moved within its row: deleted in one place and inserted in another, the
same words, it says what it said ("The audit is expected to [-cost about $300,000 and
-]take at least six months{+ and cost about $300,000+}"). A number or a negation that
moves so is none already (``Side.changed_values``, ``Side.changed_negations``), a frame
moved round its clause a rewording (``frames``); this reads any phrase so, the hedge
it carries with it too, and a clause turned passive with its source and verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.words import STOP_WORDS
from newsdiff.meaning.changes import Change
from newsdiff.meaning.options import loose_key

#: Words that join a moved phrase to where it stands, not part of it: "cost about
#: $300,000 and" is "and cost about $300,000" moved to the end.
JOINERS = frozenset("and or but nor while whereas as then also so yet".split())

_WORD = re.compile(r"\w+")
_FACTUAL = frozenset(("negation", "number", "attribution", "hedge"))


#: What turns a clause into its passive ("had expected the decision" -> "The decision
#: had been expected by"), and the articles it moves with.
PASSIVE = frozenset("been being by the a an".split())


def _same(one: tuple[str, ...], two: tuple[str, ...]) -> bool:
    """Whether two phrases' words are one phrase moved: the same words in order, or the
    same clause turned active to passive (the same words but for ``PASSIVE``, "by"
    on one side: the source and its verb kept)."""
    if one == two:
        return True
    if ("by" in one) == ("by" in two):
        return False
    return sorted(w for w in one if w not in PASSIVE) == sorted(w for w in two if w not in PASSIVE)


def _key(text: str) -> tuple[str, ...]:
    """A one-sided change's words, folded, without the joiners at its two ends."""
    words = [loose_key(w) for w in _WORD.findall(text)]
    lo, hi = 0, len(words)
    while lo < hi and words[lo] in JOINERS:
        lo += 1
    while hi > lo and words[hi - 1] in JOINERS:
        hi -= 1
    return tuple(words[lo:hi])


def moved_phrases(changes: Sequence[Change]) -> list[Change]:
    """The changes, with each deletion whose words (a content word among them) the row
    inserts elsewhere, and that insertion, a rewording: the phrase moved, and took
    what it hedges, counts or frames with it. A word moved alone ("about" from one
    figure to another) may now qualify something else, and keeps its class."""
    out = list(changes)
    if not any(c.cls in _FACTUAL for c in out):
        return out  # most rows: nothing that moved could have counted
    alone = [k for k, c in enumerate(out) if not c.parts and bool(c.a.strip()) != bool(c.b.strip())]
    if not any(out[k].cls in _FACTUAL for k in alone):
        return out
    inserted: list[tuple[int, tuple[str, ...]]] = []
    deleted: list[tuple[int, tuple[str, ...]]] = []
    for k in alone:
        c = out[k]
        key = _key(c.a or c.b)
        if len(key) < 2 or all(w in STOP_WORDS for w in key):
            continue
        if c.b.strip():
            inserted.append((k, key))
        else:
            deleted.append((k, key))
    for k, key in deleted:
        found = next((j for j, other in inserted if _same(key, other)), None)
        if found is not None:
            inserted = [(j, other) for j, other in inserted if j != found]
            out[k], out[found] = _rewording(out[k]), _rewording(out[found])
    return out


def _rewording(c: Change) -> Change:
    return Change(c.a, c.b, "rewording", c.a_start, c.a_end, c.b_start, c.b_end)
