"""A result measured against what was expected: "better than expected", "higher than
forecast", "worse than analysts had predicted".

The expectation there is no hedge and no one's claim: it is the yardstick of a
comparison whose subject is a measured result, stated in the article's own voice (a
fact). "Sales are expected to rise" and "Analysts predicted a loss" still hedge or
report; so does "More than 300 are expected to attend" ("than" before a number, and
"to" after the verb). Whatever the tense, the expectation is no one's claim
(``yardstick``: "Growth is less than many analysts expected" is the writer's).
"""

from __future__ import annotations

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import INSTITUTIONS, PEOPLE, SOURCE_NOUNS
from newsdiff.meaning.cues.base import Cue, Word, vocab, words

#: Verbs of expecting that may close such a comparison.
EXPECTING = vocab(
    "expected feared thought estimated projected predicted forecast forecasted "
    "anticipated believed hoped planned"
)
#: What may stand between "than" and the verb: who expected it, an auxiliary, a time
#: ("than analysts had predicted", "than previously thought", "than had been feared").
_BETWEEN = (
    vocab(
        "had have has been was were previously initially originally earlier first once "
        "widely generally many most some anyone everyone we they the markets market "
        "economists forecasters investors wall street city"
    )
    | SOURCE_NOUNS
    | PEOPLE
    | INSTITUTIONS
)
#: Words after the verb that make it a hedge of its own ("than expected to").
_AFTER = vocab("to that")
#: The most words between "than" and the verb.
_REACH = 4
#: Forms that put the result in the past: a measured one ("Sales were", "rose").
_PAST = vocab("was were has have had been")
#: Present forms WordNet's exception list also reads as pasts ("is" of "be").
_PRESENT = vocab("is are am be do does being")
#: A modal makes the result one to come ("The toll could be higher than feared").
_MODALS = vocab("will would could may might can should shall must")
#: The comparatives of good and bad, which judge unless they measure against a
#: yardstick ("Sales were better than expected").
_GOOD_BAD = vocab("better worse")


def against_expectation(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the verb of expecting at ``ws[k]`` is the yardstick of a comparison:
    "than" before it, with at most a source, an auxiliary or a time word between, and
    no "to" or "that" after it ("rather than" compares no result), in a sentence whose
    result is past and certain (a past form before "than", no modal: "The toll could be
    higher than feared" and "Inflation is higher than expected" still hedge)."""
    j = _than(ws, k)
    if j is None:
        return False
    before = [w for w, _s, _e in ws[:j]]
    return not any(w in _MODALS for w in before) and any(
        w in _PAST or (w not in _PRESENT and lexicon.may_be_past(w)) for w in before
    )


def yardstick(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the verb of expecting at ``ws[k]`` closes a comparison ("less than many
    analysts expected"), whatever the tense of the result: what was expected is the
    measure of the writer's claim, no claim its source makes ("Growth is less than many
    analysts expected" as "Growth was ..."); only the hedge needs a result known
    (``against_expectation``)."""
    return _than(ws, k) is not None


def _than(ws: tuple[Word, ...], k: int) -> int | None:
    """The index of the "than" before the verb of expecting ws[k], with at most a
    source, an auxiliary or a time word between and no "to" or "that" after the verb
    ("rather than" compares no result), or None."""
    if ws[k][0] not in EXPECTING or (k + 1 < len(ws) and ws[k + 1][0] in _AFTER):
        return None
    j = k - 1
    while j >= 0 and k - j <= _REACH and ws[j][0] in _BETWEEN:
        j -= 1
    if j <= 0 or ws[j][0] != "than" or ws[j - 1][0] == "rather":
        return None
    return j


def measured(text: str, cue: Cue) -> bool:
    """Whether the judging cue is "better" or "worse" before "than" and an expectation
    of a past result ("Sales were better than expected", "worse than analysts had
    predicted"): the result measured, no judgement."""
    if cue.text.lower().rsplit(" ", 1)[-1] not in _GOOD_BAD:
        return False
    ws = words(text)
    k = next((i for i, (_w, _s, e) in enumerate(ws) if e == cue.end), -1)
    if k < 0 or k + 2 >= len(ws) or ws[k + 1][0] != "than":
        return False
    reach = range(k + 2, min(len(ws), k + 3 + _REACH))
    return any(against_expectation(ws, m) for m in reach) or _expectations_noun(ws, k + 1)


#: Nouns of what was expected: "better than analysts' expectations", "above forecasts".
_EXPECTATION_NOUNS = vocab(
    "expectations expectation forecasts forecast estimates predictions consensus hopes fears"
)


def _expectations_noun(ws: tuple[Word, ...], j: int) -> bool:
    """Whether "than" at ``ws[j]`` is followed by a noun of expectation, with at most a
    source or a determiner between ("than analysts' expectations", "than the market's
    forecasts"), in a sentence whose result is past and certain, as
    ``against_expectation`` asks (review r25c)."""
    before = [w for w, _s, _e in ws[:j]]
    if any(w in _MODALS for w in before) or not any(w in _PAST for w in before):
        return False
    for i in range(j + 1, min(len(ws), j + 1 + _REACH)):
        w = ws[i][0]
        if w in _EXPECTATION_NOUNS:
            return True
        if w not in _BETWEEN and not w.endswith(("s", "'", "’")):
            return False
    return False
