"""A count written as a multiple: "10-fold", "2.5 fold" and "ten times more" say what
"tenfold" says, a multiplier, not the count 10, so that "rose 10-fold" -> "rose
tenfold" is one quantity written two ways (a variant) and "10-fold" -> "12-fold" a
number change. "twice" is "two times", whichever of the two it is."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdiff.meaning.cues.base import Number

#: What makes a count before " times" a multiple: a comparison ("ten times more", "10
#: times as many", "three times the size", "five times higher").
_COMPARISON = (
    r"(?=\s+(?:more|less|fewer|as|the|higher|lower|larger|bigger|greater|smaller|faster|"
    r"slower|over|that|its|their|his|her)\b)"
)
#: What makes a count a multiple right after it: "-fold", " fold"; " times" before a
#: comparison. "rose 10 times" stays a count: ten rises or a tenfold rise, the text does
#: not say; its " times" is part of the count, as "twice" is "two times".
_MULTIPLE = re.compile(r"[- ]?fold\b|\s+times" + _COMPARISON, re.IGNORECASE)
_COMPARED = re.compile(_COMPARISON, re.IGNORECASE)
_TIMES = re.compile(r"\s+times\b", re.IGNORECASE)
#: "twice" and "thrice", multiples (``number_words.MULTIPLIERS``) before a comparison,
#: counts elsewhere: "arrested twice" is "arrested two times".
_ONCE_MORE = {"twice": 2.0, "thrice": 3.0}
#: "a hundredfold", "a thousandfold": the article counts one, as in "a thousand".
_A_FOLD = ("hundredfold", "hundred-fold", "thousandfold", "thousand-fold")
_A_BEFORE = re.compile(r"(?<!\w)an? $", re.IGNORECASE)


def multiples(text: str, found: list[Number]) -> list[Number]:
    """``found`` with each plain count that a multiple's word follows made that
    multiple, its text taking the word ("10-fold": ``("x", 10.0)``); a count's own
    " times" taken into its text ("two times": ``("n", 2.0)``), and "twice" a count of
    two unless a comparison follows it."""
    out = []
    for number in found:
        n = number
        a = (
            _A_BEFORE.search(text, max(0, n.start - 3), n.start)
            if n.text.lower() in _A_FOLD
            else None
        )
        if a is not None:
            n = replace(n, start=a.start(), text=text[a.start() : n.end])
        times = _ONCE_MORE.get(n.text.lower())
        if times is not None and n.value[0] == "x" and not _COMPARED.match(text, n.end):
            out.append(replace(n, value=("n", times)))
            continue
        m = _MULTIPLE.match(text, n.end) if n.value[0] == "n" else None
        if m is None:
            counted = _TIMES.match(text, n.end) if n.value[0] == "n" else None
            out.append(
                replace(n, end=counted.end(), text=text[n.start : counted.end()]) if counted else n
            )
            continue
        out.append(replace(n, end=m.end(), text=text[n.start : m.end()], value=("x", n.value[1])))
    return out
