"""An open bound after a number: "Altogether 50,000 or more men will be thrown out of
employment", "a dozen or so", "ten or fewer": the amount is known only as a floor, a
ceiling or roughly, as "more than 50,000" and "at least 50,000" before it say (review
r25c finding D). ``hedges`` counts it among the softeners of a number. ("a few
hundred" further in a sentence was tried and not kept: it sizes a detail as often, "a
unit that originally had a few thousand men", gold fact.) A floor or a ceiling after
"aged", "of", "with" or "over" is a rule's cut-off, exact: "people aged 60 or over",
"Fines of £1,000 or more", "firms with 250 or more employees" (review r25e)."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.base import DATE_KINDS, Cue
from newsdiff.meaning.cues.numbers import numbers

#: "or more", "or so", "or less", "or fewer", "or over", "or thereabouts" right after it.
_OPEN = re.compile(r"\s+(or\s+(?:more|so|less|fewer|over|thereabouts))\b", re.IGNORECASE)


def open_bounds(text: str) -> list[Cue]:
    """Each open bound right after a number that is no date, as a hedge cue."""
    if " or " not in text.lower():
        return []
    out = []
    for n in numbers(text):
        m = _OPEN.match(text, n.end)
        if m and n.written not in DATE_KINDS and not _cut_off(text, n.start, m.group(1)):
            out.append(Cue("hedge", m.start(1), m.end(1), m.group(1)))
    return out


#: The words before a number that make its floor or ceiling a rule's cut-off.
_CUT_OFF_BEFORE = re.compile(r"\b(?:aged|of|with|over)\s+$", re.IGNORECASE)
#: The bounds a cut-off has; "or so" and "or thereabouts" are rough wherever they stand.
_CUT_OFF_BOUNDS = ("more", "over", "less", "fewer")


def _cut_off(text: str, start: int, bound: str) -> bool:
    """Whether the open bound ``bound`` after the number at ``start`` is a threshold
    ("aged 65 or over", "Fines of £1,000 or more"), not a rough amount ("Altogether
    50,000 or more men")."""
    if bound.split()[-1].lower() not in _CUT_OFF_BOUNDS:
        return False
    return _CUT_OFF_BEFORE.search(text, max(0, start - 12), start) is not None
