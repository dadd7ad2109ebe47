"""A reporting frame replaced in place with words kept inside it: one change drawn in
parts. "..., Ms Hewitt told GMTV's Sunday programme." -> "..., said Mrs Hewitt to the
Sunday programme of GMTV." keeps "Hewitt" and "Sunday programme" and changes the
words around them; the diff's three pieces ("Ms" -> "said Mrs", "told GMTV's" -> "to
the", " of GMTV" inserted) are one change of who says it, as the same frame replaced
without kept words is (``frames.whole_frames``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsdiff.meaning.changes import Change, ChangeClass, trimmed_parts
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.sides import Side
from newsdiff.meaning.spans import Span

#: The classes a piece of a frame may have: who says it, or how the frame is worded (a
#: capital alone, "Regional Governor" -> "regional governor", stays a variant apart:
#: ``Change.case_only``).
_OF_FRAME = frozenset(("attribution", "rewording"))
#: Words a piece inserted at a frame's end may hold beside the frame's own: "the
#: Sunday programme{+ of GMTV+}" names who was told as "GMTV's Sunday programme" did.
_LINKS = frozenset(("of", "to", "the", "a", "an"))
_WORD = re.compile(r"\w+")


def frames_in_parts(
    changes: list[Change],
    sa: Side,
    sb: Side,
    classify: Callable[[Span], tuple[ChangeClass, ...]],
) -> list[Change]:
    """The changes with each run that lies in one reporting frame of one side
    (``_in_frame``), two of them attribution changes and the others rewordings, joined
    into one change of parts, classed whole: "[-told-]{+informed+} a [-news-]{+press+}
    conference" stays one attribution change and a rewording (``Side.frames_changed``)."""
    out: list[Change] = []
    k = 0
    while k < len(changes):
        end = max(
            _run_end(changes, k, sa.attribution, True), _run_end(changes, k, sb.attribution, False)
        )
        run = changes[k:end]
        if sum(c.cls == "attribution" for c in run) > 1:
            out.append(_joined(run, sa.text, sb.text, classify))
            k = end
        else:
            out.append(changes[k])
            k += 1
    return out


def _run_end(changes: Sequence[Change], k: int, frames: Sequence[Cue], on_a: bool) -> int:
    """The end of the run of changes from ``k`` that one of ``frames`` (side A's if
    ``on_a``, else B's) holds."""
    best = k
    for cue in frames:
        end = k
        while end < len(changes) and _in_frame(changes[end], cue, on_a):
            end += 1
        best = max(best, end)
    return best


def _in_frame(c: Change, cue: Cue, on_a: bool) -> bool:
    """Whether change ``c`` lies in ``cue`` (on side A if ``on_a``): its words there
    inside the frame, or, where it has none there, its point inside the frame or at its
    end with only the frame's words (and ``_LINKS``) put in on the other side."""
    if c.parts or not set(c.classes) <= _OF_FRAME or c.case_only() is not c:
        return False
    start, end, put = (c.a_start, c.a_end, c.b) if on_a else (c.b_start, c.b_end, c.a)
    if start < end:
        return cue.start <= start and end <= cue.end
    if not cue.start < start <= cue.end:
        return False
    own = {w.lower() for w in _WORD.findall(cue.text)} | _LINKS
    return start < cue.end or all(w.lower() in own for w in _WORD.findall(put))


def _joined(
    run: Sequence[Change],
    ta: str,
    tb: str,
    classify: Callable[[Span], tuple[ChangeClass, ...]],
) -> Change:
    """The run as one change of parts, classed whole."""
    parts = trimmed_parts(ta, tb, [(c.a_start, c.a_end, c.b_start, c.b_end) for c in run])
    a0, a1, b0, b1 = span = (parts[0][0], parts[-1][1], parts[0][2], parts[-1][3])
    cls = classify(span)
    return Change(ta[a0:a1], tb[b0:b1], cls[0], a0, a1, b0, b1, cls[1:], parts=parts)
