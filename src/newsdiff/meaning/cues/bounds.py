"""An open bound after a number: "Altogether 50,000 or more men will be thrown out of
employment", "a dozen or so", "ten or fewer": the amount is known only as a floor, a
ceiling or roughly, as "more than 50,000" and "at least 50,000" before it say (review
r25c finding D). ``hedges`` counts it among the softeners of a number. ("a few
hundred" further in a sentence was tried and not kept: it sizes a detail as often, "a
unit that originally had a few thousand men", gold fact.)"""

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
        if m and n.written not in DATE_KINDS:
            out.append(Cue("hedge", m.start(1), m.end(1), m.group(1)))
    return out
