"""Number words that count nothing: "one" as a pronoun or an indefinite ("no one", "a
hard one to answer", "one day he left", "as one is accustomed to say"), and an ordinal
that ranks nothing ("at first": at the start)."""

from __future__ import annotations

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Word
from newsdiff.meaning.cues.number_words import (
    MODALS,
    ONE_ADJECTIVES,
    ONE_AFTER,
    ONE_AUXILIARIES,
    ONE_CLAUSE_OPENERS,
    ONE_DETERMINERS,
    ORDINALS,
    SPAN_AFTER,
    TIMES,
)

#: What may follow "one" standing for a noun ("a deep one for the party", "a hard one
#: to answer").
_AFTER_HEAD = frozenset("for to in at on of that which and but or with".split())


def pronoun_one(text: str, ws: list[Word], i: int) -> bool:
    """Whether the word "one" at ``ws[i]`` is a pronoun or an indefinite, not 1."""

    def joined(j: int) -> bool:  # ws[j] and ws[j + 1] are one phrase (only a space)
        return 0 <= j and j + 1 < len(ws) and not text[ws[j][2] : ws[j + 1][1]].strip()

    prev = ws[i - 1][0] if joined(i - 1) else None
    prev2 = ws[i - 2][0] if prev is not None and joined(i - 2) else None
    nxt = ws[i + 1][0] if joined(i) else None
    if prev in ONE_DETERMINERS or (prev in ONE_ADJECTIVES and prev2 in ONE_DETERMINERS):
        return True
    if prev2 in ("a", "an") and prev is not None and (nxt is None or nxt in _AFTER_HEAD):
        # "a deep one", "a steady one.": "one" stands for a noun said before
        return any(pos in "as" for pos, _b in lexicon.base_forms(prev))
    if nxt in ONE_AFTER:
        return True
    if prev in ONE_CLAUSE_OPENERS and nxt is not None and _finite_verb(nxt):
        return True  # "as one is accustomed to say": the generic pronoun (review r24b)
    if nxt in TIMES:
        after = ws[i + 2][0] if joined(i + 1) else None
        opens_clause = i == 0 or prev is None
        return after not in SPAN_AFTER and (opens_clause or prev in MODALS)
    return False


def _finite_verb(word: str) -> bool:
    """Whether ``word`` is a verb in the third person singular: "is", "has", "does", or
    a verb's base with "s" ("looks", "says", "tries"); "official", "people" are none."""
    if word in ONE_AUXILIARIES:
        return True
    bases = {b for pos, b in lexicon.base_forms(word) if pos == "v"}
    return word.endswith("s") and any(word in (b + "s", b + "es", b[:-1] + "ies") for b in bases)


def rank_less(text: str, ws: list[Word], i: int, parts: list[str] | None) -> bool:
    """Whether the ordinal ``parts`` at ``ws[i]`` ranks nothing: right after "at", with
    no determiner between ("At first she said nothing", "at first sight", "at second
    hand"), it says when or how, as "at last" does (review r24b finding A); "at the
    first attempt" and "came first" rank."""
    if parts is None or len(parts) != 1 or parts[0] not in ORDINALS or i == 0:
        return False
    return ws[i - 1][0] == "at" and text[ws[i - 1][2] : ws[i][1]].isspace()
