"""Where a row changed: its replaced stretches cut into pieces, each a ``Span`` of
offsets into the row's two side texts, and the numbers a span is part of.

A row's word diff is a run of ops; each stretch of non-equal ops (a delete, an
insert, or a delete followed by an insert) is one replaced stretch. A long stretch is
split where words both sides keep anchor it (difflib on the two word lists, matched
by the diff's loose key), and equal-length pieces of up to three words pair off word
by word, the way a synonym spinner replaces them ("Vast locations" -> "Huge areas" is
"Vast" -> "Huge" and "locations" -> "areas"). A stretch that only writes the same
numbers another way is one piece, widened to its whole numbers (``spans``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from newsdiff.core.frozen import quick_init
from newsdiff.core.worddiff import Diff
from newsdiff.core.wordunits import word_tokens
from newsdiff.meaning.cues.base import Number
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.kept import Kept, merged, number_runs_on, widened_over
from newsdiff.meaning.options import ALL, any_ignores, loose_key

#: The most words a side of an equal-length piece may have to be paired word by word.
PAIR_MAX = 3


@quick_init
@dataclass(frozen=True)
class Tok:
    text: str
    start: int  # offset in the side text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def tokens_at(text: str, base: int) -> list[Tok]:
    out: list[Tok] = []
    pos = base
    for t in word_tokens(text):  # an unspaced script's words whole, not its characters
        if not t.isspace():
            out.append(Tok(t, pos))
        pos += len(t)
    return out


Span = tuple[int, int, int, int]  # a_start, a_end, b_start, b_end
#: A piece of a replaced stretch, and the word pairs it may split into (or none).
Piece = tuple[Span, tuple[Span, ...]]


Stretch = tuple[str, int, str, int]  # A text, its offset, B text, its offset


def stretches(ops: Diff) -> Iterator[Stretch]:
    """The replaced stretches of a row: runs of deletes and inserts, with the offsets
    of their texts in the two side texts.

    Whitespace kept between two edits belongs to the stretch: the diff may move a mark
    across a space ("said( he" -> "said (he" is a delete, an equal space and an
    insert), and only the stretch as a whole shows that the tokens are the same.
    """
    pa = pb = 0
    i = 0
    while i < len(ops):
        op, text = ops[i]
        if op == "equal":
            pa += len(text)
            pb += len(text)
            i += 1
            continue
        da: list[str] = []
        db: list[str] = []
        while i < len(ops):
            op, text = ops[i]
            if op == "equal":
                if not (text.isspace() and i + 1 < len(ops) and ops[i + 1][0] != "equal"):
                    break
                da.append(text)
                db.append(text)
            else:
                (da if op == "delete" else db).append(text)
            i += 1
        dele, ins = "".join(da), "".join(db)
        yield dele, pa, ins, pb
        pa += len(dele)
        pb += len(ins)


def spans(ops: Diff) -> list[Piece]:
    """The changed pieces of a row, in order, as offsets into its two side texts.

    A stretch that only writes the same numbers another way ("$5 million" -> "$5m",
    "March 3" -> "3 March") is one piece, widened to the whole numbers on each side so
    the piece reads (and folds, for ``--ignore-spelling``) as the numbers it rewrites.
    So is a piece that changes a number's value but that an ignore option would fold
    away on its own: "-" inserted before "3%", "0.1" -> "0.10" in "$0.1" -> "-$0.10".
    Read alone, a sign or a decimal point is punctuation; as part of its number it is
    a value, and no option may hide a change of value.
    """
    found = list(stretches(ops))
    if not found:
        return []
    na = RowNumbers("".join(t for op, t in ops if op != "insert"))
    nb = RowNumbers("".join(t for op, t in ops if op != "delete"))
    if not na.all and not nb.all:
        return [p for st in found for p in _split(*st)]
    found = _join_inside_numbers(found, na, nb)
    out: list[Piece] = []
    bounds = [trimmed(*st) for st in found]
    widened = False
    kept = Kept(ops)
    skip = 0
    for k, (dele, pa, ins, pb) in enumerate(found):
        if k < skip:
            continue  # inside the numbers the stretch before it was widened to
        wide = same_value_span(na, nb, bounds[k])
        before = out[-1][0] if skip == k and k else bounds[k - 1] if k else None
        taken = widened_over(wide, bounds[k:], before, kept, na.text, nb.text) if wide else 0
        if wide and taken:
            out.append((wide, ()))
            skip = k + taken
            continue
        # A piece widened to its numbers grows over the words kept inside the stretch
        # too: "US$5 %" -> "5km %" keeps "%", which widening took on A's side only.
        split = _split(dele, pa, ins, pb, kept.segments)
        cut = {span for span, _pairs in split}
        for piece in _one_value(split, na, nb):
            safe = _value_safe(na, nb, _with_percent(na.text, nb.text, piece))
            if safe[0] not in cut:
                safe = (kept.closed(safe[0]), safe[1])
                widened = True
            out.append(safe)
    return merged(out) if widened else out


def _one_value(pieces: list[Piece], na: RowNumbers, nb: RowNumbers) -> list[Piece]:
    """Pieces that lie, with the kept text between them, inside one number on each
    side ("Jan. 1, 2025" -> "1/2/2025" keeps "1" and "2025") as one piece widened to
    the whole numbers: one value changed, not one change a piece of how it is
    written. A piece that runs on beyond the number is a change of its own."""
    out: list[Piece] = []
    for piece in pieces:
        if out:
            (a0, a1, b0, b1), _p = out[-1]
            (c0, c1, d0, d1), _q = piece
            xa = [n for n in na.all if n.start <= a0 and c1 <= n.end]
            xb = [n for n in nb.all if n.start <= b0 and d1 <= n.end]
            if xa and xb:
                out[-1] = (_widen((a0, c1, b0, d1), xa, xb), ())
                continue
        out.append(piece)
    return out


#: A percent sign after a figure, spaced or not ("15%", French "3,5 %"): a token of its own.
_PERCENT_AFTER = re.compile(r"[^\S\r\n]*%")


def _with_percent(sa: str, sb: str, piece: Piece) -> Piece:
    """A piece that changes a figure followed by a percent sign on both sides, with
    the sign: "15%" -> "18%" reads as that, not "15" -> "18" before a kept "%"."""
    span, pairs = piece
    a0, a1, b0, b1 = span
    if not (a1 > a0 and b1 > b0 and sa[a1 - 1].isdigit() and sb[b1 - 1].isdigit()):
        return piece
    pa, pb = _PERCENT_AFTER.match(sa, a1), _PERCENT_AFTER.match(sb, b1)
    if pa is None or pb is None:
        return piece
    x, y = pa.end(), pb.end()
    last = tuple((p[0], x, p[2], y) if p[1] == a1 and p[3] == b1 else p for p in pairs)
    return (a0, x, b0, y), last


def _value_safe(na: RowNumbers, nb: RowNumbers, piece: Piece) -> Piece:
    """The piece, or the piece widened to its whole numbers if it changes a value that
    some ignore option would fold away in the piece's own text."""
    span, pairs = piece
    if pairs and (
        _one_number_apart(na, nb, pairs) or any(_foldable_value_change(na, nb, p) for p in pairs)
    ):
        pairs = ()  # classified whole, not word by word
    if not _foldable_value_change(na, nb, span):
        return piece if pairs == piece[1] else (span, pairs)
    xa, xb = number_context(na, nb, span)
    # "%" -> ":" after a kept "3" ("3%" -> "3 :"): B's side is the figure it follows
    # (across a space), as A's is.
    xa = xa or na.touching(len(na.text[: span[0]].rstrip()))
    xb = xb or nb.touching(len(nb.text[: span[2]].rstrip()))
    return _widen(span, xa, xb), ()


def _one_number_apart(na: RowNumbers, nb: RowNumbers, pairs: tuple[Span, ...]) -> bool:
    """Whether two word pairs lie in one number on both sides: one figure rewritten
    ("5 million" -> "6 m", "15 percent" -> "16 %"), not two words replaced."""
    seen: set[tuple[int, int]] = set()
    for a0, a1, b0, b1 in pairs:
        for x in na.overlapping(a0, a1):
            for y in nb.overlapping(b0, b1):
                if (x.start, y.start) in seen:
                    return True
                seen.add((x.start, y.start))
    return False


def _foldable_value_change(na: RowNumbers, nb: RowNumbers, span: Span) -> bool:
    xa, xb = number_context(na, nb, span)
    if not (xa or xb) or sorted(n.value for n in xa) == sorted(n.value for n in xb):
        return False
    a0, a1, b0, b1 = span
    a, b = na.text[a0:a1], nb.text[b0:b1]
    return any_ignores(a, b)


def _widen(span: Span, xa: Sequence[Number], xb: Sequence[Number]) -> Span:
    a0, a1, b0, b1 = span
    if xa:
        a0, a1 = min(a0, *(n.start for n in xa)), max(a1, *(n.end for n in xa))
    if xb:
        b0, b1 = min(b0, *(n.start for n in xb)), max(b1, *(n.end for n in xb))
    return a0, a1, b0, b1


def _join_inside_numbers(found: list[Stretch], na: RowNumbers, nb: RowNumbers) -> list[Stretch]:
    """Stretches whose kept text between them lies inside one number on each side
    ("March 3" -> "3rd of March" keeps "March") are one stretch: one number rewritten."""
    out = [found[0]]
    for dele, pa, ins, pb in found[1:]:
        d0, p0, i0, q0 = out[-1]
        ea, eb = p0 + len(d0), q0 + len(i0)  # where the kept text starts on each side
        if (
            pa > ea
            and any(n.start <= ea and pa <= n.end for n in na.all)
            and any(n.start <= eb and pb <= n.end for n in nb.all)
        ):
            out[-1] = (na.text[p0 : pa + len(dele)], p0, nb.text[q0 : pb + len(ins)], q0)
        elif cut := number_runs_on(
            (na.text, na.all, (p0, ea, pa, pa + len(dele))),
            (nb.text, nb.all, (q0, eb, pb, pb + len(ins))),
        ):
            out.extend(cut)  # "[-£-]1,400 [-as part-]{+pounds in the framework+}"
        else:
            out.append((dele, pa, ins, pb))
    return out


def trimmed(dele: str, pa: int, ins: str, pb: int) -> Span:
    """A stretch's span without the whitespace at its ends."""
    a0 = pa + len(dele) - len(dele.lstrip())
    b0 = pb + len(ins) - len(ins.lstrip())
    return a0, max(a0, pa + len(dele.rstrip())), b0, max(b0, pb + len(ins.rstrip()))


class RowNumbers:
    """The numbers of one row side, and those that bear on a span of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.all = numbers(text)

    def overlapping(self, start: int, end: int) -> list[Number]:
        return [n for n in self.all if n.start < end and start < n.end]

    def touching(self, at: int) -> list[Number]:
        return [n for n in self.all if n.start <= at <= n.end]


def number_context(na: RowNumbers, nb: RowNumbers, span: Span) -> tuple[list[Number], list[Number]]:
    """The numbers each side of a span is part of, whose values the span may change.

    A non-empty side takes the numbers it overlaps ("million" in "$5 million"). An
    empty side, an insertion point, takes the numbers it touches, but only when the
    other side is part of a number that runs on into the kept text: "$5" + "m" is "$5"
    -> "$5m", while "300" inserted before a kept "300" is a number of its own, and a
    comma dropped after "300" leaves no number on either side.
    """
    if not na.all and not nb.all:
        return [], []
    a0, a1, b0, b1 = span
    xa = na.overlapping(a0, a1) if a0 < a1 else []
    xb = nb.overlapping(b0, b1) if b0 < b1 else []
    if a0 == a1 and any(n.start < b0 or n.end > b1 for n in xb):
        xa = na.touching(a0)
    if b0 == b1 and any(n.start < a0 or n.end > a1 for n in xa):
        xb = nb.touching(b0)
    return xa, xb


def same_value_span(
    na: RowNumbers,
    nb: RowNumbers,
    span: Span,
    context: tuple[list[Number], list[Number]] | None = None,
) -> Span | None:
    """The span widened to its numbers when it writes the same values another way and
    changes nothing else ("5,000" -> "5000", "fifteen" -> "15", "million" -> "m" in
    "$5 million" -> "$5m", "March 3" -> "3 March"); otherwise None.

    The values are compared as multisets, so an order that differs is the same date.
    ``context`` is the span's ``number_context`` if the caller has it already.
    """
    xa, xb = context if context is not None else number_context(na, nb, span)
    if not xa or sorted(n.value for n in xa) != sorted(n.value for n in xb):
        return None
    a0, a1, b0, b1 = _widen(span, xa, xb)
    rest_a = _blank_numbers(na.text[a0:a1], xa, a0)
    rest_b = _blank_numbers(nb.text[b0:b1], xb, b0)
    if ALL.fold(rest_a) != ALL.fold(rest_b) or tone(rest_a) != tone(rest_b):
        return None
    return a0, a1, b0, b1


def one_for_article(a: str, b: str, na: list[Number], nb: list[Number]) -> bool:
    """Whether "a" or "an" stands where the other side counts "one" ("a day after" ->
    "one day after"): the article counts one of what follows, the same value written
    another way. Only where "one" is a number (not "no one", "one of")."""
    for art, one, nums, none in ((a, b, nb, na), (b, a, na, nb)):
        if art.lower() in ("a", "an") and one.lower() == "one" and not none:
            return len(nums) == 1 and nums[0].value == ("n", 1.0)
    return False


def _split(
    dele: str, pa: int, ins: str, pb: int, kept: list[tuple[int, int, int]] | None = None
) -> list[Piece]:
    """One replaced stretch cut into pieces at the words both sides keep (added to
    ``kept`` as ``Kept`` segments, if given)."""
    ta, tb = tokens_at(dele, pa), tokens_at(ins, pb)
    if not ta and not tb:
        # Whitespace only ("Chor/" -> "Chor /", "(AP)" -> "(AP )"): no change at all.
        return []
    ka = [loose_key(t.text) for t in ta]
    kb = [loose_key(t.text) for t in tb]
    out: list[Piece] = []
    for tag, a0, a1, b0, b1 in opcodes(ka, kb):
        if tag == "equal":
            # Same word by the loose key but not the same text ("Kiev"/"Kyiv"): a piece.
            for x, y in zip(ta[a0:a1], tb[b0:b1], strict=True):
                # A figure grouped by other spaces ("1 200", "1\u00a0200") is no change.
                if x.text != y.text and x.text.split() != y.text.split():
                    out.append(((x.start, x.end, y.start, y.end), ()))
                elif kept is not None:
                    kept.append((x.start, y.start, len(x.text)))
            continue
        xa, xb = ta[a0:a1], tb[b0:b1]
        a_at = xa[0].start if xa else (ta[a0 - 1].end if a0 else pa)
        b_at = xb[0].start if xb else (tb[b0 - 1].end if b0 else pb)
        span = (a_at, xa[-1].end if xa else a_at, b_at, xb[-1].end if xb else b_at)
        pairs: tuple[Span, ...] = ()
        if len(xa) == len(xb) and 1 < len(xa) <= PAIR_MAX:
            pairs = tuple((x.start, x.end, y.start, y.end) for x, y in zip(xa, xb, strict=True))
        out.append((span, pairs))
    # Only the whitespace between kept words may differ ("Chor /" vs "Chor/ "): then
    # ``out`` is empty, which is right, since spacing is no change.
    return out


Opcode = tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]


def opcodes(ka: list[str], kb: list[str]) -> list[Opcode]:
    """``difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()``. Two
    sides with no key in common (most replaced stretches: a word or three for others)
    match nowhere, and their one opcode needs no matcher."""
    if set(ka).isdisjoint(kb):
        if ka and kb:
            return [("replace", 0, len(ka), 0, len(kb))]
        if ka:
            return [("delete", 0, len(ka), 0, 0)]
        return [("insert", 0, 0, 0, len(kb))] if kb else []
    return difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()


def tone(text: str) -> list[str]:
    # "!" and "?" make a statement an exclamation or a question: more than style.
    # Full-width "！" "？" are the same marks (NFKC), as CJK text types them.
    return sorted(_WIDE_TONE.get(ch, ch) for ch in text if ch in "!?‽¡¿！？")


_WIDE_TONE = {"！": "!", "？": "?"}


def _blank_numbers(text: str, nums: Sequence[Number], base: int) -> str:
    """``text`` (which starts at offset ``base``) with each of ``nums`` blanked out."""
    out, pos = [], 0
    for n in sorted(nums, key=lambda n: n.start):
        out.append(text[pos : max(pos, n.start - base)])
        out.append(" ")
        pos = max(pos, n.end - base)
    out.append(text[pos:])
    return "".join(out)
