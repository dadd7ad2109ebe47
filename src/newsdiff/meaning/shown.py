"""The ops every output shows: one set for plain, rich, JSON and the app."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.worddiff import Diff, diff_words_both, side_a, side_b, tokenize
from newsdiff.meaning.changes import Change
from newsdiff.meaning.options import same_tokens


def shown_ops(ops: Diff, changes: Sequence[Change]) -> Diff:
    """The text between changes is equal, each change (counted or ignored) is a delete
    and an insert, so the JSON ops mark exactly what plain, rich and the app mark
    (those draw an ignored change unmarked).

    ``ops`` (the cleaned diff the changes are cut from) can hold a shared run inside
    one large delete and insert; the changes split it out, and so do these.
    """
    sa, sb = side_a(ops), side_b(ops)
    out: Diff = []
    pa = pb = 0
    # A change that only respaces ("7,000" widened to its number on both sides, "3%"
    # -> "3 %") is whitespace between equal words here, as plain reads it.
    real = [c for c in changes if not same_tokens(c.a, c.b)]
    for c in sorted(real, key=lambda c: (c.a_start, c.b_start)):
        if c.a_start < pa or c.b_start < pb:
            return ops  # overlapping pieces: never seen, but keep the exact text
        out.extend(_gap(sa[pa : c.a_start], sb[pb : c.b_start]))
        if c.a:
            out.append(("delete", c.a))
        if c.b:
            out.append(("insert", c.b))
        pa, pb = c.a_end, c.b_end
    out.extend(_gap(sa[pa:], sb[pb:]))
    return _joined(out)


def _gap(x: str, y: str) -> Diff:
    """Ops for the text between two changes: the same words, spaced alike or not."""
    if x == y:
        return [("equal", x)]
    if not same_tokens(x, y):
        return diff_words_both(x, y)[0]
    out: Diff = []
    tx, ty = tokenize(x), tokenize(y)
    i = j = 0
    while i < len(tx) or j < len(ty):
        p = tx[i] if i < len(tx) else None
        q = ty[j] if j < len(ty) else None
        if p is not None and q is not None and p == q:
            out.append(("equal", p))
            i, j = i + 1, j + 1
        elif p is not None and p.isspace():
            out.append(("delete", p))
            i += 1
        elif q is not None and q.isspace():
            out.append(("insert", q))
            j += 1
        else:  # the same word in another form the tokens' key folds: a change
            out.extend([("delete", p or ""), ("insert", q or "")])
            i, j = i + 1, j + 1
    return out


def _joined(ops: Diff) -> Diff:
    """Adjacent ops of one kind merged, except a whitespace-only one: a space deleted
    beside a deleted word is no part of that change ("[-the-] Russian")."""
    out: Diff = []
    for op, text in ops:
        if not text:
            continue
        if out and out[-1][0] == op and (op == "equal" or (text.strip() and out[-1][1].strip())):
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out
