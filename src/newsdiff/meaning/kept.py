"""The text a row's two sides keep, as a map between them, and a widened span made
whole over it.

A change widened to its whole numbers ("May 3" -> "3 May" from a diff that deleted only
"May ") can take on one side a word the diff kept, whose counterpart on the other side
then lies outside the span: the text between two changes would no longer be the same on
both sides, and plain (which reads that text as A's) would show less than the JSON ops.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.worddiff import Diff

Span = tuple[int, int, int, int]  # a_start, a_end, b_start, b_end
#: A span and the word pairs it may split into (``spans.Piece``).
Piece = tuple[Span, tuple[Span, ...]]


class Kept:
    """The equal ops of a row as (A offset, B offset, length) segments."""

    def __init__(self, ops: Diff) -> None:
        self.segments: list[tuple[int, int, int]] = []
        pa = pb = 0
        for op, text in ops:
            if op == "equal":
                self.segments.append((pa, pb, len(text)))
            if op != "insert":
                pa += len(text)
            if op != "delete":
                pb += len(text)

    def closed(self, span: Span) -> Span:
        """``span`` grown until every kept character inside it on one side has its
        counterpart inside it on the other (no kept pair crosses its bounds)."""
        a0, a1, b0, b1 = span
        while True:
            n0, n1, m0, m1 = a0, a1, b0, b1
            for sa, sb, length in self.segments:
                lo, hi = max(sa, a0), min(sa + length, a1)
                if lo < hi:
                    m0, m1 = min(m0, lo - sa + sb), max(m1, hi - sa + sb)
                lo, hi = max(sb, b0), min(sb + length, b1)
                if lo < hi:
                    n0, n1 = min(n0, lo - sb + sa), max(n1, hi - sb + sa)
            if (n0, n1, m0, m1) == (a0, a1, b0, b1):
                return a0, a1, b0, b1
            a0, a1, b0, b1 = n0, n1, m0, m1


def merged(pieces: list[Piece]) -> list[Piece]:
    """Pieces in order with those that overlap on either side joined into one."""
    out: list[Piece] = []
    for span, pairs in sorted(pieces, key=lambda p: (p[0][0], p[0][2])):
        if out:
            (a0, a1, b0, b1), _p = out[-1]
            if span[0] < a1 or span[2] < b1:
                out[-1] = ((a0, max(a1, span[1]), b0, max(b1, span[3])), ())
                continue
        out.append((span, pairs))
    return out


def apart(wide: Span, before: Span | None, after: Sequence[Span]) -> bool:
    """Whether a widened span stays clear of the stretches around it."""
    if before is not None and (wide[0] < before[1] or wide[2] < before[3]):
        return False
    return not after or (wide[1] <= after[0][0] and wide[3] <= after[0][2])
