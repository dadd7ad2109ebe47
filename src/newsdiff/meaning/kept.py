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
from newsdiff.meaning.cues.base import Number
from newsdiff.meaning.options import same_tokens

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


def inside(wide: Span, after: Sequence[Span], ta: str, tb: str) -> int:
    """How many of the stretches ``after`` a widened span lie whole inside it, one after
    another: "Jan. 3" -> "3 Jan." is "3 " inserted before a kept "Jan. " and "3 "
    deleted after it, two stretches of one date. A side where a stretch is empty may
    sit past the span's end by spaces (the deleted "3" is at "Jan. |here" in B)."""
    n = 0
    for a0, a1, b0, b1 in after:
        if not (_within(wide[0], wide[1], a0, a1, ta) and _within(wide[2], wide[3], b0, b1, tb)):
            break
        n += 1
    return n


def _within(lo: int, hi: int, start: int, end: int, text: str) -> bool:
    if lo <= start and end <= hi:
        return True
    return start == end and hi <= start and not text[hi:start].strip()


def same_gaps(wide: Span, ta: str, tb: str, before: Span | None, after: Sequence[Span]) -> bool:
    """Whether the text between a widened span and the stretches around it reads the
    same on both sides, as plain shows it (A's) and the JSON ops keep it: where the
    diff kept a space on one side inside the span and its twin outside ("Jan. " ->
    " Jan."), ``Kept.closed`` grows the span though nothing else differs."""
    a1, b1 = (before[1], before[3]) if before else (0, 0)
    a2, b2 = (after[0][0], after[0][2]) if after else (len(ta), len(tb))
    return ta[a1 : wide[0]] == tb[b1 : wide[2]] and ta[wide[1] : a2] == tb[wide[3] : b2]


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


def widened_over(
    wide: Span, stretches: Sequence[Span], before: Span | None, kept: Kept, ta: str, tb: str
) -> int:
    """How many of ``stretches`` (the first the one widened) the widened span ``wide``
    takes in, or 0 where it may not stand. Widened to texts that are the same but for
    spacing, the stretch was not the numbers rewritten: the diff kept one of them ("3
    3%" -> "3%" drops a "3"). Nor was it where widening took in a word the diff kept on
    one side only ("May 3 May" -> "3 May" deletes a "May"), unless the span takes the
    stretches on the far side of that word too and the text around it reads the same
    on both sides ("Jan. 3" -> "3 Jan.")."""
    j = 1 + inside(wide, stretches[1:], ta, tb)
    if not apart(wide, before, stretches[j:]) or same_tokens(
        ta[wide[0] : wide[1]], tb[wide[2] : wide[3]]
    ):
        return 0
    if kept.closed(wide) == wide or j > 1 and same_gaps(wide, ta, tb, before, stretches[j:]):
        return j
    return 0


#: One side of two neighbouring stretches: its text, its numbers, and the first
#: stretch's start and end, then the next one's start and end.
Around = tuple[str, Sequence[Number], tuple[int, int, int, int]]


def number_runs_on(a: Around, b: Around) -> list[tuple[str, int, str, int]]:
    """The next stretch cut where the numbers end, when the first stretch holds the
    start of a number on one side at least, the kept text after it lies inside that
    number on each side, and a number runs on into the next stretch ("[-£-]1,400 [-as
    part-]{+pounds in the framework+}": the currency moved round its kept figure is one
    change, the words after it another); else nothing. Cut as if the diff had kept the
    space after "pounds", the widening of ``spans`` takes the first part in."""
    ends: list[int] = []
    early = False
    for text, nums, (p0, e, p, q) in (a, b):
        kept = text[e:p].rstrip()
        found = [n for n in nums if p0 <= n.start <= e and e + len(kept) <= n.end <= q]
        if not kept or not found:
            return []
        early = early or found[0].start < e
        ends.append(max(p, found[0].end))  # not the space the kept text ends with
    (ta, _na, (_a0, _ea, pa, qa)), (tb, _nb, (_b0, _eb, pb, qb)) = a, b
    xa, xb = ends
    if not early or (xa == pa and xb == pb):
        return []
    rest = (ta[xa:qa], xa, tb[xb:qb], xb)
    return [(ta[pa:xa], pa, tb[pb:xb], pb)] + ([rest] if (rest[0] + rest[2]).strip() else [])
