"""A name that opens a reported clause, for the clause heuristic (``clauses``): "said
Republican Donald Trump favors tariffs", "said former president Donald Trump favors",
"said the Kremlin wants"; a capital after a preposition belongs to an object ("declared
his readiness to help European partners": no name and its verb); and a plural subject
with its verb in the present ("say thousands of people need shelter")."""

from __future__ import annotations

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import CLAUSE_STOPS
from newsdiff.meaning.cues.base import Word

#: What cannot stand inside a name and its modifiers: a preposition ("of" too, which
#: ``CLAUSE_STOPS`` leaves to the subject: "the leader of the rebels"), a conjunction.
_BREAKS = CLAUSE_STOPS | frozenset(("of",))


def name_opens(text: str, ws: tuple[Word, ...], j: int, k: int) -> bool:
    """Whether the clause from ws[j] opens with a name right before the "-s" form ws[k],
    with no preposition or conjunction between."""
    return text[ws[k - 1][1]].isupper() and not any(w in _BREAKS for w, _s, _e in ws[j:k])


#: Plurals WordNet keeps as their own base form.
_PLURALS = frozenset("people police children men women staff".split())


def plural_agrees(ws: tuple[Word, ...], k: int) -> bool:
    """Whether ws[k], a verb's base form, is the present tense agreeing with the plural
    noun right before it ("say thousands need shelter", "said prices remain high"), as
    an "-s" form agrees with a name ("said Trump favors"): "record" or "the" before it
    is no plural, nor "US" or "has" (WordNet's "u", "ha")."""
    if lexicon.verb_form(ws[k][0]) != "base":
        return False
    prev = ws[k - 1][0]
    if prev in _PLURALS:
        return True
    return prev.endswith("s") and any(
        p == "n" and b != prev and len(b) > 2 for p, b in lexicon.base_forms(prev)
    )
