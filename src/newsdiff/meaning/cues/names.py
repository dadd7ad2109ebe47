"""A name that opens a reported clause, for the clause heuristic (``clauses``): "said
Republican Donald Trump favors tariffs", "said former president Donald Trump favors",
"said the Kremlin wants"; a capital after a preposition belongs to an object ("declared
his readiness to help European partners": no name and its verb); a plural subject
with its verb in the present ("say thousands of people need shelter"); an "-s" form
before its object ("said the mayor favors the plan"); and "her" that owns a noun ("said
her suite of proposals addresses")."""

from __future__ import annotations

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    AUXILIARIES,
    CLAUSE_STOPS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
)
from newsdiff.meaning.cues.base import Word, one_phrase

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


def object_pronoun(text: str, word: Word) -> bool:
    """ "him", "them", "us", not "you" (also a subject) and not "US" (a name)."""
    w, s, e = word
    return w in OBJECT_PRONOUNS and w != "you" and not text[s:e].isupper()


def owns(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether "her" at ws[j] owns the word right after it, a noun and no verb form of
    one ("said her suite of proposals", "said her husband had died"), as after a verb of
    saying it must: no one "said her". A noun that is a verb too ("party", "plans") owns
    only before an auxiliary ("said her party would win", "said her plans will begin"):
    "He said her name." and "She said her goodbyes to the staff." are what was said."""
    if j + 1 >= len(ws) or not one_phrase(text, ws, j):
        return False
    nxt = ws[j + 1][0]
    if not any(p == "n" for p, _b in lexicon.base_forms(nxt)):
        return False
    if lexicon.verb_form(nxt) is None:
        return True
    return j + 2 < len(ws) and one_phrase(text, ws, j + 1) and ws[j + 2][0] in AUXILIARIES


def before_object(text: str, ws: tuple[Word, ...], k: int, first: str) -> bool:
    """Whether the "-s" form ws[k] takes an object right after it: a determiner, a
    pronoun, a possessive or an owner's name ("said her suite of proposals addresses
    people's unrest"), or, in a headline's clause (no article), a count ("said the mayor
    favors the plan", "Ukraine says Russian drone strike kills 12"); no plural ("said the
    magic words")."""
    if not one_phrase(text, ws, k) or ws[k - 1][0] in DETERMINERS:
        return False
    nxt = ws[k + 1][0]
    count = nxt.isdigit() and first not in DETERMINERS
    owner = nxt in POSSESSIVES or nxt.endswith(("'s", "’s"))
    return count or owner or nxt in DETERMINERS or object_pronoun(text, ws[k + 1])


def inverted(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the copula ws[k] stands between a participle and "the" and a name, its
    subject put last ("Also investigating is the Florida Highway Patrol")."""
    the = k + 2 < len(ws) and ws[k + 1][0] == "the" and text[ws[k + 2][1]].isupper()
    return the and k > 0 and lexicon.verb_form(ws[k - 1][0]) == "ing"
