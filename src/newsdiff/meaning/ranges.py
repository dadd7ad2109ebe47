"""A range read on one side only because the same figures stand in the other order on
the other side: "20 to 25" runs upwards and reads as a range, "25 to 20" does not, but
swapping the two changes the figures (a number change), not how sure the text is.
"""

from __future__ import annotations

from newsdiff.meaning.cues.base import Cue, overlapping
from newsdiff.meaning.sides import Side

Span = tuple[int, int, int, int]
#: The most characters between a range's two figures on the other side: " to ",
#: "-", " and " (the join of a range), not two figures far apart in the sentence.
_JOIN = 6


def reordered_ranges(sa: Side, sb: Side, span: Span) -> bool:
    """Whether the span touches a range on one side or both, and each such range's two
    figures stand on the other side side by side in the other order ("between 15% and
    20%" -> "between 20% and 15%", "3-4%" -> "4-3%", "2-1" -> "1-2")."""
    a0, a1, b0, b1 = span
    ra = [c for c in overlapping(sa.hedges, a0, a1) if c.kind == "range"]
    rb = [c for c in overlapping(sb.hedges, b0, b1) if c.kind == "range"]
    return (
        bool(ra or rb)
        and all(_reversed_in(sa, c, sb) for c in ra)
        and all(_reversed_in(sb, c, sa) for c in rb)
    )


def _reversed_in(side: Side, cue: Cue, other: Side) -> bool:
    ends = side.numbers.overlapping(cue.start, cue.end)
    if len(ends) != 2:
        return False
    # By magnitude: a unit written after the second figure only ("20 to 25 degrees")
    # goes with whichever figure stands second.
    low, high = ends[0].value[1], ends[1].value[1]
    found = other.numbers.all
    return any(
        m.value[1] == high and n.value[1] == low and n.start - m.end <= _JOIN
        for m, n in zip(found, found[1:], strict=False)
    )
