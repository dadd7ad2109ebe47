"""A count written as a multiple: "10-fold", "2.5 fold" and "ten times more" say what
"tenfold" says, a multiplier, not the count 10, so that "rose 10-fold" -> "rose
tenfold" is one quantity written two ways (a variant) and "10-fold" -> "12-fold" a
number change."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdiff.meaning.cues.base import Number

#: What makes a count a multiple right after it: "-fold", " fold"; " times" before a
#: comparison ("ten times more", "10 times as many", "three times the size", "five times
#: higher"). "rose 10 times" stays a count: ten rises or a tenfold rise, the text does
#: not say.
_MULTIPLE = re.compile(
    r"[- ]?fold\b|\s+times(?=\s+(?:more|less|fewer|as|the|higher|lower|larger|bigger|"
    r"greater|smaller|faster|slower|over|that|its|their|his|her)\b)",
    re.IGNORECASE,
)


def multiples(text: str, found: list[Number]) -> list[Number]:
    """``found`` with each plain count that a multiple's word follows made that
    multiple, its text taking the word ("10-fold": ``("x", 10.0)``)."""
    out = []
    for n in found:
        m = _MULTIPLE.match(text, n.end) if n.value[0] == "n" else None
        if m is None:
            out.append(n)
            continue
        out.append(replace(n, end=m.end(), text=text[n.start : m.end()], value=("x", n.value[1])))
    return out
