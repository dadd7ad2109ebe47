"""Words of a reported clause's subject that are not its verb: an aside between commas
after the subject ("said the man, 34, was arrested", "said the building, which dates
from 1900, was unsafe", "said the suspect, a former soldier, had fled"), and a verb of
its own spelled as another's irregular past after a determiner or an adjective ("a new
ground offensive"). Used by ``clauses`` to find where reported content starts."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import DETERMINERS
from newsdiff.meaning.cues.base import Word

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
