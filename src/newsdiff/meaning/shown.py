"""The ops every output shows: one set of pieces for plain, rich, JSON and the app.

``pieces`` cuts a row into the text both sides share, and per change a deletion and an
insertion; ``--format plain`` writes them as wdiff marks (with each change's class
after it) and ``--format json`` gives them as its ``ops``, so the two mark the same
text at the same boundaries, spaces included: a space only one side has beside a
change goes inside that change's marks ("30[--fold-]{+ times+}"), and two changes
side by side stay two ("[-While -][-in-]{+In+}").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsdiff.core.worddiff import Diff, Op, diff_words_both, side_a, side_b, tokenize
from newsdiff.meaning.changes import Change
from newsdiff.meaning.options import same_tokens

#: A piece of a row: its text and what it is (None: text both sides share).
Span = tuple[int, int, int, int]
Piece = tuple[str, Op | None]
Gap = Callable[[str, str], list[Piece]]


def pieces(sa: str, sb: str, changes: Sequence[Change], gap: Gap) -> list[Piece | Change]:
    """A row with sides ``sa`` and ``sb`` as pieces, each change's deletion and
    insertion followed by the change itself (where plain writes its class).

    ``changes`` are in order and do not overlap; ``gap`` gives the pieces of the text
    between two changes (``exact_gap`` keeps both sides' text, ``plain_gap`` reads as A).
    Spacing that differs beside a change (B spaces where A has none: "town" + " "
    inserted before "had") goes inside its marks, so each side reads back as it is.
    """
    parts: list[Piece | Change] = []
    pos = pos_b = 0
    units = drawn_units(changes)
    for i, ((a0, a1, b0, b1), owner) in enumerate(units):
        gap_a, gap_b = sa[pos:a0], sb[pos_b:b0]
        lead_a, lead_b = _end_space(gap_a), _end_space(gap_b)
        nxt = units[i + 1][0] if i + 1 < len(units) else None
        after_a = sa[a1 : nxt[0] if nxt else len(sa)]
        after_b = sb[b1 : nxt[2] if nxt else len(sb)]
        trail_a = after_a[: len(after_a) - len(after_a.lstrip())]
        trail_b = after_b[: len(after_b) - len(after_b.lstrip())]
        if bool(lead_a) == bool(lead_b):  # a rewrapped line break is no change
            lead_a = lead_b = ""
        if bool(trail_a) == bool(trail_b):
            trail_a = trail_b = ""
        parts.extend(gap(gap_a[: len(gap_a) - len(lead_a)], gap_b[: len(gap_b) - len(lead_b)]))
        parts.append((lead_a + sa[a0:a1] + trail_a, "delete"))
        parts.append((lead_b + sb[b0:b1] + trail_b, "insert"))
        if owner is not None:
            parts.append(owner)
        pos, pos_b = a1 + len(trail_a), b1 + len(trail_b)
    parts.extend(gap(sa[pos:], sb[pos_b:]))
    return [p for p in parts if isinstance(p, Change) or p[0]]


def drawn_units(changes: Sequence[Change]) -> list[tuple[Span, Change | None]]:
    """The parts the changes are drawn as, in order, each with its change if it is the
    change's last part (where its class is written), else None. A change of several
    parts (a reporting frame moved over the clause it frames, a quotation turned into
    reported speech) is drawn part by part, the kept text between them a gap, and
    another change may lie between two of its parts ("Monday" -> "Tuesday" inside
    the conversion of a quotation)."""
    units = [
        (p, c if k == len(c.pieces) - 1 else None) for c in changes for k, p in enumerate(c.pieces)
    ]
    if any(c.parts for c in changes):
        units.sort(key=lambda u: (u[0][0], u[0][2]))
    return units


def shown_ops(ops: Diff, changes: Sequence[Change]) -> Diff:
    """The JSON ops: ``pieces`` over every change (counted or ignored), exact on both
    sides, so they mark exactly what plain, rich and the app mark (those draw an
    ignored change unmarked).

    ``ops`` (the cleaned diff the changes are cut from) can hold a shared run inside
    one large delete and insert; the changes split it out, and so do these.
    """
    sa, sb = side_a(ops), side_b(ops)
    # A change that only respaces ("7,000" widened to its number on both sides, "3%"
    # -> "3 %") is whitespace between equal words here, as plain reads it.
    real = sorted(
        (c for c in changes if not same_tokens(c.a, c.b)), key=lambda c: (c.a_start, c.b_start)
    )
    spans = [u for u, _c in drawn_units(real)]
    if any(q[0] < p[1] or q[2] < p[3] for p, q in zip(spans, spans[1:], strict=False)):
        return ops  # overlapping pieces: never seen, but keep the exact text
    out: Diff = []
    for p in pieces(sa, sb, real, exact_gap):
        if isinstance(p, Change):
            continue
        text, kind = p
        if kind is None and out and out[-1][0] == "equal":
            out[-1] = ("equal", out[-1][1] + text)
        else:
            out.append((kind or "equal", text))
    return out


def exact_gap(x: str, y: str) -> list[Piece]:
    """The text between two changes with both sides exact: the same words, spaced alike
    or not (a space one side has is a deletion or an insertion)."""
    if x == y:
        return [(x, None)]
    if not same_tokens(x, y):
        return [(t, None if op == "equal" else op) for op, t in diff_words_both(x, y)[0]]
    out: list[Piece] = []
    tx, ty = tokenize(x), tokenize(y)
    i = j = 0
    while i < len(tx) or j < len(ty):
        p = tx[i] if i < len(tx) else None
        q = ty[j] if j < len(ty) else None
        if p is not None and q is not None and p == q:
            out.append((p, None))
            i, j = i + 1, j + 1
        elif p is not None and p.isspace():
            out.append((p, "delete"))
            i += 1
        elif q is not None and q.isspace():
            out.append((q, "insert"))
            j += 1
        elif p is not None and q is not None and p.split() == q.split():
            # One figure grouped by other spaces ("1 200" -> "1\u00a0200"): its spaces
            # are the change, as between tokens.
            out.extend(_respaced(p, q))
            i, j = i + 1, j + 1
        else:  # the same word in another form the tokens' key folds: a change
            out.extend([(p or "", "delete"), (q or "", "insert")])
            i, j = i + 1, j + 1
    return out


def _respaced(p: str, q: str) -> list[Piece]:
    """Two texts with the same words at the same places, spaced otherwise: the words
    shared, each run of spaces that differs deleted and inserted."""
    out: list[Piece] = []
    for x, y in zip(re.split(r"(\s+)", p), re.split(r"(\s+)", q), strict=True):
        out.extend([(x, None)] if x == y else [(x, "delete"), (y, "insert")])
    return out


def plain_gap(gap_a: str, gap_b: str) -> list[Piece]:
    """The text between two changes, A's: where only one side has a space (an edit of
    spacing alone, which is no change), that space is marked, so B reads back too."""
    if gap_a == gap_b or not same_tokens(gap_a, gap_b):
        # The same text, or one the options make the same ("colour"/"color",
        # "''"/"“", "$5m"/"$5 million", "1 200"/"1200"), which reads as A's: the walk
        # below pairs characters, and two words of unequal length put the rest out of step.
        return [(gap_a, None)]
    parts: list[Piece] = []
    i = j = 0
    while i < len(gap_a) or j < len(gap_b):
        space_a = _space_at(gap_a, i)
        space_b = _space_at(gap_b, j)
        if space_a or space_b:
            run_a = _space_run(gap_a, i)
            run_b = _space_run(gap_b, j)
            if space_a and space_b:
                parts.append((run_a, None))
            else:
                parts.append((run_a, "delete") if run_a else (run_b, "insert"))
            i, j = i + len(run_a), j + len(run_b)
        elif i < len(gap_a) and j < len(gap_b):
            # What the options ignore (case, punctuation) reads as A's text.
            parts.append((gap_a[i], None))
            i, j = i + 1, j + 1
        else:
            parts.append((gap_a[i:], None))
            break
    return parts


def _space_run(text: str, i: int) -> str:
    """The whitespace that starts at ``i`` in ``text`` ("" if none)."""
    end = i
    while _space_at(text, end):
        end += 1
    return text[i:end]


def _end_space(text: str) -> str:
    """The whitespace ``text`` ends with."""
    return text[len(text.rstrip()) :]


def _space_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isspace()
