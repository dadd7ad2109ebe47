"""Words of a reported clause's subject that are not its verb: an aside between commas
after the subject ("said the man, 34, was arrested", "said the building, which dates
from 1900, was unsafe", "said the suspect, a former soldier, had fled"), a relative
clause with no comma before the subject's verb ("said the car that hit the boy was
stolen"), and a verb of its own spelled as another's irregular past after a determiner
or an adjective ("a new ground offensive"). Used by ``clauses`` to find where reported
content starts."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    AUXILIARIES,
    CLAUSE_STOPS,
    DETERMINERS,
    UNMARKED_PASTS,
)
from newsdiff.meaning.cues.base import Word, one_phrase
from newsdiff.meaning.verb_frames import takes_object

#: Words that open an aside after a noun: a relative pronoun, "aged", the article of an
#: appositive ("the man, a former soldier,"), a participle that names ("a new malaria
#: vaccine, called R21,"), "including" ("Critics, including two senators,"); a number
#: (an age: "the man, 34,") too.
_ASIDE_OPENERS = frozenset(
    "who whose whom which aged a an the called named dubbed nicknamed known including".split()
)
#: An aside is at most this many words: a longer run between commas is a list or a
#: second clause.
ASIDE_MAX = 12


def after_aside(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """The index of the word after an aside that opens at ``ws[k]`` right after a comma
    and closes with the next comma ("the man, 34, was": the index of "was"); None
    when no aside opens there or another mark comes first."""
    if k == 0 or text[ws[k - 1][2] : ws[k][1]].strip() != ",":
        return None
    first = ws[k][0]
    if first not in _ASIDE_OPENERS and not first.isdigit():
        return None
    for m in range(k + 1, min(len(ws), k + ASIDE_MAX + 1)):
        gap = text[ws[m - 1][2] : ws[m][1]].strip()
        if gap == ",":
            return m
        if gap and gap != ".":  # "St. Mary's" keeps going; a dash, a colon or a quote ends it
            return None
    return None


#: Words that open a relative clause after its noun with no comma ("the car that hit").
RELATIVE_OPENERS = frozenset("who whose which that".split())
#: Words after which the relative clause is no longer the subject's: a second clause or a
#: list ("the gunman who opened fire and fled", "the words that ... because").
_RELATIVE_ENDS = (
    CLAUSE_STOPS - frozenset("of in at from on for near across to with by".split())
) | {
    "and",
    "or",
}


def past_relative_clause(
    text: str, ws: tuple[Word, ...], k: int, finite: Callable[[str, bool], bool]
) -> int | None:
    """The index of the subject's own verb after a relative clause that opens at ws[k]
    with no comma ("the car that hit the boy was stolen": the index of "was"), or None
    when none follows in the same phrase ("the words that everyone wanted to hear").

    The relative clause's verb is the first finite word (``finite``, the clause rules'
    own test); right after the relative word an "-s" form, an unmarked past ("that hit")
    or, after "who", a base form counts, as after a pronoun; its auxiliaries and the
    verb after them ("has been arrested", "was stolen", "don't have") go with it. The subject's
    verb is the next finite word: after a preposition not an "-ed" form that may be a
    participle ("the deal it signed with airlines based in Asia")."""
    rel = ws[k][0]
    start = k + 2 if rel == "whose" else k + 1  # "whose car was stolen"
    verb = None
    for m in range(start, min(len(ws), k + 6)):
        if not one_phrase(text, ws, m - 1) or ws[m][0] in _RELATIVE_ENDS:
            return None
        w = ws[m][0]
        form = lexicon.verb_form(w)
        right_after = m == k + 1 and rel != "whose"
        if right_after and (
            form == "s" or w in UNMARKED_PASTS or (rel == "who" and form == "base")
        ):
            verb = m
        elif finite(w, False) and not modifier(text, ws, m):
            verb = m
        if verb is not None:
            break
    if verb is None:
        return None
    m = verb + 1
    # "has been arrested", "don't have": auxiliaries and the verb after them go with it.
    while m < len(ws) and one_phrase(text, ws, m - 1) and _helping(ws[m - 1][0]):
        if not _helping(ws[m][0]) and lexicon.verb_form(ws[m][0]) is None:
            break
        m += 1
    after_preposition = False
    for n in range(m, min(len(ws), m + 8)):
        if not one_phrase(text, ws, n - 1) or ws[n][0] in _RELATIVE_ENDS:
            return None
        w = ws[n][0]
        if w in CLAUSE_STOPS:
            after_preposition = True  # the stops left are prepositions: "passed on Monday"
        elif after_preposition and w.endswith("ed") and takes_object(w):
            pass
        elif finite(w, False) and not modifier(text, ws, n):
            return n
    return None


def _helping(word: str) -> bool:
    return word in _HELPING or word in AUXILIARIES or word.endswith(("n't", "n’t"))


#: Words of a verb group that AUXILIARIES, finite verbs only, leave out: "has been known".
_HELPING = frozenset("not be been being".split())


def modifier(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether ws[k], a verb of its own spelled as another's irregular past ("ground",
    "found", "fell"), follows a determiner or an adjective that is no noun ("a new
    ground offensive", "a new found confidence"), so it is a noun or a modifier; after
    a noun it is the past ("said profits fell", "said the suspect found")."""
    w = ws[k][0]
    if lexicon.verb_form(w) == "past" or not lexicon.may_be_past(w):
        return False
    prev = ws[k - 1][0]
    pos = {p for p, _b in lexicon.base_forms(prev)}
    return prev in DETERMINERS or ("a" in pos and "n" not in pos)


_MARKS = re.compile(r"[,;:—–(]")


def what_before(before: str) -> bool:
    """Whether the subject before the aside that ends ``before`` (at its comma) opens
    with "what": "Consider what Olga Skabeyeva, one of the most toxic, said on air": the
    verb's object is that "what", the thing the writer points at; nothing is reported."""
    parts = _MARKS.split(before)
    return len(parts) >= 3 and parts[-3].split()[:1] in (["what"], ["What"], ["whatever"])


def past_short_aside(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """The index of the word after an aside of one or two words between commas that
    opens at ws[k] ("she, too, wants": the index of "wants"), or None."""
    if k >= len(ws) or text[ws[k - 1][2] : ws[k][1]].strip() != ",":
        return None
    for m in range(k + 1, min(len(ws), k + 3)):
        if text[ws[m - 1][2] : ws[m][1]].strip() == ",":
            return m
    return None
