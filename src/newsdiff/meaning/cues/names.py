"""A name that opens a reported clause, for the clause heuristic (``clauses``): "said
Republican Donald Trump favors tariffs", "said former president Donald Trump favors",
"said the Kremlin wants"; a capital after a preposition belongs to an object ("declared
his readiness to help European partners": no name and its verb)."""

from __future__ import annotations

from newsdiff.meaning.cues.attribution_words import CLAUSE_STOPS
from newsdiff.meaning.cues.base import Word

#: What cannot stand inside a name and its modifiers: a preposition ("of" too, which
#: ``CLAUSE_STOPS`` leaves to the subject: "the leader of the rebels"), a conjunction.
_BREAKS = CLAUSE_STOPS | frozenset(("of",))


def name_opens(text: str, ws: tuple[Word, ...], j: int, k: int) -> bool:
    """Whether the clause from ws[j] opens with a name right before the "-s" form ws[k],
    with no preposition or conjunction between."""
    return text[ws[k - 1][1]].isupper() and not any(w in _BREAKS for w, _s, _e in ws[j:k])
