"""Two readings of a change that look past its words one by one: whether a negator
comes or goes once the other side's privative words are weighed against it
(``negation_changed``: "lost power" -> "were left without electricity" is none), and
which word pairs of a replaced stretch make one reporting frame (``whole_frames``:
"Fire officials said" -> "According to firefighters" is one change)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.meaning.changes import ChangeClass
from newsdiff.meaning.sides import Side
from newsdiff.meaning.spans import Span
from newsdiff.meaning.wording import is_prefix_negation


def negation_changed(sa: Side, sb: Side, span: Span) -> bool:
    """Whether a span adds or drops a negation: its sides hold different numbers of
    changed negations, and no privative on the other side says the same absence
    ("lost power" -> "were left without electricity", "lacks" -> "has no", "did not
    attend" -> "failed to attend", "not armed" -> "unarmed" say on both sides what
    the other says). Each side counts its negators and privatives together, so "were
    left without" -> "were not left without" and "lost" -> "did not lose" still
    reverse what is said."""
    a0, a1, b0, b1 = span
    na, nb = sa.negations_within(a0, a1), sb.negations_within(b0, b1)
    if na == nb:
        return False
    pa, pb = sa.privatives_within(a0, a1), sb.privatives_within(b0, b1)
    # A word one side negates by its prefix, the other side's word whole ("armed" ->
    # "unarmed"), says its absence as "not armed" does.
    words_a, words_b = _WORDS.findall(sa.text, a0, a1), _WORDS.findall(sb.text, b0, b1)
    for x in words_a:
        for y in words_b:
            if len(x) != len(y) and is_prefix_negation(x, y):
                if len(x) > len(y):
                    pa += 1
                else:
                    pb += 1
    return na + pa != nb + pb


_WORDS = re.compile(r"[\w-]+")


def whole_frames(
    sa: Side,
    sb: Side,
    pairs: tuple[Span, ...],
    paired: Sequence[tuple[ChangeClass, ...]],
) -> tuple[Span, ...] | None:
    """Word pairs of a replaced stretch with the attribution pairs of one reporting
    frame joined: "Fire officials said" -> "According to firefighters" is one change of
    who says it, not "Fire" -> "According", "officials" -> "to" and "said" ->
    "firefighters"; "Police said" -> "Officials claimed" one, not two. Two neighbouring
    pairs join when both are attribution changes and one attribution cue or source
    touches both, on either side. None when no pair joins (``paired`` are the pairs'
    classes; the joined pairs are classed again by the caller)."""
    if sum("attribution" in c for c in paired) < 2:
        return None

    def one_cue(side: Side, x: tuple[int, int], y: tuple[int, int]) -> bool:
        return any(
            c.start < x[1] and x[0] < c.end and c.start < y[1] and y[0] < c.end
            for c in (*side.attribution, *side.sources)
        )

    out: list[Span] = []
    last: tuple[ChangeClass, ...] = ()  # the classes of the last pair joined into out[-1]
    for pair, cls in zip(pairs, paired, strict=True):
        if (
            out
            and "attribution" in cls
            and "attribution" in last
            and (one_cue(sa, out[-1][:2], pair[:2]) or one_cue(sb, out[-1][2:], pair[2:]))
        ):
            out[-1] = (out[-1][0], pair[1], out[-1][2], pair[3])
        else:
            out.append(pair)
        last = cls
    return tuple(out) if len(out) < len(pairs) else None
