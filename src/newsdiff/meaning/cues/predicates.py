"""Predicates of "is"/"are" that report rather than claim, asked by ``generic`` before a
copula's claim counts: a rank ("is the largest in Europe"), a plan announced ("TimeWarner
is to restate its accounts") and a distance from a place or a thing ("The event is not
far from the city centre"), where "far from clear" and "far from the truth" judge
(review r25c, finding A)."""

from __future__ import annotations

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Word

#: Ordinals and words of rank: "is the first", "is the only".
_RANK = frozenset({"first", "second", "third", "last", "only", "next", "main", "same"})
#: WordNet 3.0's lexicographer files of places and things one can be near:
#: noun.artifact, noun.location, noun.object.
_PLACES = frozenset({6, 15, 17})
#: Words between "far from" and the noun of the place ("from the old city centre").
_BEFORE_NOUN = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
#: The most words between "from" and that noun.
_REACH = 4


def planned_or_placed(ws: tuple[Word, ...], j: int, actor: bool) -> bool:
    """Whether the predicate from ``ws[j]`` (after the copula and a negation) is what the
    subject, a name or a body that acts (``actor``), is to do ("is to restate": the
    announced plan of news, where "The answer is to cut taxes" argues), or a distance
    from a place ("is not far from the city centre")."""
    nxt = ws[j + 1][0] if j + 1 < len(ws) else ""
    if ws[j][0] == "to" and lexicon.verb_form(nxt) == "base":
        return actor
    if ws[j][0] != "far" or nxt != "from":
        return False
    for i in range(j + 2, min(j + 2 + _REACH, len(ws))):
        if ws[i][0] in _BEFORE_NOUN:
            continue
        offsets = [
            first[0]
            for pos, base in lexicon.base_forms(ws[i][0])
            if pos == "n" and (first := lexicon.senses("n", base)[:1])
        ]
        if offsets:
            return all(lexicon.noun_file(off) in _PLACES for off in offsets)
    return False


def ranks(word: str) -> bool:
    """A superlative or an ordinal of rank ("largest", "oldest", "first", "only")."""
    if word in _RANK:
        return True
    # "largest" -> large; "honest" is its own base, no superlative; "best" and "worst"
    # judge
    return (
        word.endswith("est")
        and word not in ("best", "worst")
        and any(pos in "as" and base != word for pos, base in lexicon.base_forms(word))
    )
