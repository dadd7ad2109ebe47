"""Readings of a change that look past its words one by one: whether a negator
comes or goes once the other side's privative words are weighed against it
(``negation_changed``: "lost power" -> "were left without electricity" is none),
which word pairs of a replaced stretch make one reporting frame or one hedge
(``whole_frames``: "Fire officials said" -> "According to firefighters" is one change,
so is "At least" -> "More than"), and which two
changes are one frame moved over the clause it frames (``moved_frames``: "Fire
officials said the blaze ..." -> "The blaze ..., according to firefighters")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from newsdiff.meaning import lexicon
from newsdiff.meaning.changes import Change, ChangeClass, trimmed_parts
from newsdiff.meaning.cue_keys import verb_base
from newsdiff.meaning.options import loose_key
from newsdiff.meaning.sides import Side
from newsdiff.meaning.spans import Span, trimmed
from newsdiff.meaning.wording import says_absence


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
    # A clause cut or added whole with its negator is a cut, not a reversal: a
    # negation needs the claim the row keeps to be reversed.
    if (a0 == a1 and sb.cut_whole(b0, b1)) or (b0 == b1 and sa.cut_whole(a0, a1)):
        return False
    # A word that says an absence by its prefix or suffix ("unarmed", "unexpectedly",
    # "homeless") is a privative too: "not armed" -> "unarmed", "without warning" ->
    # "unexpectedly", "without power" -> "powerless".
    wa, wb = _WORDS.findall(sa.text, a0, a1), _WORDS.findall(sb.text, b0, b1)
    pa = sa.privatives_within(a0, a1) + sum(map(says_absence, wa))
    pb = sb.privatives_within(b0, b1) + sum(map(says_absence, wb))
    if na + pa == nb + pb:
        return False
    # "did not approve" -> "rejected", "was not guilty" -> "was innocent": the other
    # side's word is an antonym of a negated word, so both sides say the same thing.
    if na + pa > nb + pb:
        pb += _antonyms_of(wa, wb)
    else:
        pa += _antonyms_of(wb, wa)
    return na + pa != nb + pb


def _antonyms_of(negated: list[str], other: list[str]) -> int:
    """How many of ``other``'s words are WordNet antonyms of a word of ``negated``."""
    opposite: set[str] = set()
    for w in negated:
        if len(w) > 2:
            opposite |= lexicon.antonyms(w.lower())
    if not opposite:
        return 0
    return sum(
        1 for w in other if len(w) > 2 and (lexicon.lemmas(w.lower()) | {w.lower()}) & opposite
    )


_WORDS = re.compile(r"[\w-]+")


def whole_frames(
    sa: Side,
    sb: Side,
    pairs: tuple[Span, ...],
    paired: Sequence[tuple[ChangeClass, ...]],
) -> tuple[Span, ...] | None:
    """Word pairs of a replaced stretch with the pairs of one reporting frame or one
    hedge joined: "Fire officials said" -> "According to firefighters" is one change of
    who says it, not "Fire" -> "According", "officials" -> "to" and "said" ->
    "firefighters"; "Police said" -> "Officials claimed" one, not two; "At least" ->
    "More than" one hedge change, not "At" -> "More" and "least" -> "than". Two
    neighbouring pairs join when both are changes of one kind (attribution, hedge) and
    one cue of that kind (or a source) touches both, on either side. None when no pair
    joins (``paired`` are the pairs' classes; the joined pairs are classed again by the
    caller)."""
    if not any(sum(kind in c for c in paired) >= 2 for kind in _PHRASES):
        return None

    def one_cue(kind: ChangeClass, side: Side, x: tuple[int, int], y: tuple[int, int]) -> bool:
        cues = (*side.attribution, *side.sources) if kind == "attribution" else side.hedges
        return any(
            c.start < x[1] and x[0] < c.end and c.start < y[1] and y[0] < c.end for c in cues
        )

    out: list[Span] = []
    last: tuple[ChangeClass, ...] = ()  # the classes of the last pair joined into out[-1]
    for pair, cls in zip(pairs, paired, strict=True):
        if out and any(
            kind in cls
            and kind in last
            and (
                one_cue(kind, sa, out[-1][:2], pair[:2]) or one_cue(kind, sb, out[-1][2:], pair[2:])
            )
            for kind in _PHRASES
        ):
            out[-1] = (out[-1][0], pair[1], out[-1][2], pair[3])
        else:
            out.append(pair)
        last = cls
    return tuple(out) if len(out) < len(pairs) else None


def moved_frames(
    changes: list[Change],
    sa: Side,
    sb: Side,
    classify: Callable[[Span], tuple[ChangeClass, ...]],
) -> list[Change]:
    """A reporting frame dropped at one end of a clause and one added at its other end
    made one change of who says it, drawn in two parts with the kept clause between:
    "Fire officials said the blaze started in the kitchen." -> "The blaze started in
    the kitchen, according to firefighters." is not "Fire officials said" deleted,
    "the" -> "The" and ", according to firefighters" inserted, three changes, but one.

    Changes side by side (no word between them, a full stop at most) form a cluster. Two
    neighbouring clusters join when one holds an attribution change that only deletes
    and the other one that only inserts, their other changes are marks or capitals
    that move with the frame (a ``variant``, the capital of the sentence's new start,
    or an ``attribution`` change, a quotation mark), and both sides keep the same
    words between them. A frame that also drops a date ("said on Monday") is one
    change of both classes. The whole is classed again (``classify``): a frame that changed is
    an attribution change ("said" -> "according to", "officials" -> "firefighters"),
    one only moved ("Officials said X." -> "X, officials said.") is a rewording, as is
    any whose two parts hold the same words, a verb moved round its source ("said
    the mayor" -> "the mayor says"). A change inside the clause ("may have" dropped)
    keeps the two apart.

    First, the attribution changes of a cluster that share one cue join as the word
    pairs of one stretch do (``whole_frames``): "Rescuers said" -> "According to
    rescuers," is one change, not "According to" inserted, "Rescuers" -> "rescuers"
    and "said" -> ",".
    """
    side_a, side_b = sa.text, sb.text
    clusters: list[list[Change]] = []
    for c in changes:
        prev = clusters[-1][-1] if clusters else None
        if (
            prev is not None
            and not _has_word(side_a[prev.a_end : c.a_start])
            and not _has_word(side_b[prev.b_end : c.b_start])
        ):
            clusters[-1].append(c)
        else:
            clusters.append([c])
    clusters = [_in_place(c, sa, sb, classify) for c in clusters]
    out: list[Change] = []
    k = 0
    while k < len(clusters):
        joined = _frame(clusters[k : k + 2], side_a, side_b, classify)
        if joined is not None:
            out.append(joined)
            k += 2
        else:
            out.extend(clusters[k])
            k += 1
    return out


def far_frames(
    changes: list[Change],
    sa: Side,
    sb: Side,
    classify: Callable[[Span], tuple[ChangeClass, ...]],
) -> list[Change]:
    """A reporting frame only moved to the other end of its clause, the same source
    and verb in any tense, in a sentence whose clause also changed between ("…about 2
    million pounds a year, the council said." -> "The council said …as much as 2
    million pounds a year."): each end is a rewording, and what changed between keeps
    its own class. ``moved_frames`` joins a frame moved over a kept clause; here the
    two ends stay apart, since a change lies between them. An end that shares its
    change with a word of the clause ("Monday, the ministry said" -> "Tuesday") is
    cut from it: the rest is classed again ("Monday" -> "Tuesday", a number). A frame
    that also changed (another verb, another source) keeps its attribution."""
    out = list(changes)
    for i in range(len(out)):
        f = out[i]
        way = _one_sided(f)
        if f.parts or not way or "attribution" not in f.classes:
            continue
        text, lo, hi = (sa.text, f.a_start, f.a_end) if way == 1 else (sb.text, f.b_start, f.b_end)
        frame = _words(text, lo, hi, hi, hi)
        for j, g in enumerate(out):
            if j == i or g.parts or "attribution" not in g.classes:
                continue
            cut = _frame_in(g, way, frame, sa, sb)
            if cut is None or not _one_sentence(f, g, sa.text, sb.text):
                continue
            out[i] = _as(sa, sb, (f.a_start, f.a_end, f.b_start, f.b_end), _REWORDING)
            out[j : j + 1] = [
                _as(sa, sb, p, _REWORDING if p == cut or len(pieces) == 1 else classify(p))
                for pieces in [_pieces(g, cut, sa, sb)]
                for p in pieces
            ]
            break
    return out


def _frame_in(g: Change, way: int, frame: Counter[str], sa: Side, sb: Side) -> Span | None:
    """Where ``g`` holds ``frame`` at its start or end, on the side ``way`` says (the
    other side from the frame it answers: 1 when that one was deleted), as a span of
    ``g`` that is empty on the other side; None if it does not."""
    text, lo, hi = (sb.text, g.b_start, g.b_end) if way == 1 else (sa.text, g.a_start, g.a_end)
    found = list(_WORDS.finditer(text, lo, hi))
    n = sum(frame.values())
    if len(found) < n:
        return None
    if _words(text, found[-n].start(), hi, hi, hi) == frame:
        x, y = (found[-n - 1].end() if len(found) > n else lo), hi
    elif _words(text, lo, found[n - 1].end(), hi, hi) == frame:
        x, y = lo, (found[n].start() if len(found) > n else hi)
    else:
        return None
    if way == 1:
        at = g.a_end if y == hi else g.a_start
        return (at, at, x, y)
    at = g.b_end if y == hi else g.b_start
    return (x, y, at, at)


def _pieces(g: Change, cut: Span, sa: Side, sb: Side) -> list[Span]:
    """``g`` cut in two at ``cut``, its frame at its start or end, in order; ``g``
    whole if it is all frame."""
    a0, a1, b0, b1 = g.a_start, g.a_end, g.b_start, g.b_end
    # Where the frame sits is read from its own side (``_frame_in`` puts its empty
    # side at the same end), never from where it starts: a frame that is all of its
    # side's text both starts and ends it, and the rest must still lie before it on
    # both sides or after it on both, or the pieces cross ("the" deleted after ",
    # Police said" inserted, which no output can draw in order).
    if cut[0] == cut[1]:  # the frame is on side B
        at_end = cut[3] == b1
        rest = (a0, a1, b0, cut[2]) if at_end else (a0, a1, cut[3], b1)
    else:
        at_end = cut[1] == a1
        rest = (a0, cut[0], b0, b1) if at_end else (cut[1], a1, b0, b1)
    if not _has_word(sa.text[rest[0] : rest[1]] + sb.text[rest[2] : rest[3]]):
        return [(a0, a1, b0, b1)]
    return [rest, cut] if at_end else [cut, rest]


def _one_sentence(f: Change, g: Change, side_a: str, side_b: str) -> bool:
    """Whether no sentence ends between two changes, on either side: a frame that
    moves to another sentence of the row frames another claim."""
    between_a = side_a[min(f.a_end, g.a_end) : max(f.a_start, g.a_start)]
    between_b = side_b[min(f.b_end, g.b_end) : max(f.b_start, g.b_start)]
    return not any(_SENTENCE_END.search(t) for t in (between_a, between_b))


_SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s+\S")


def _as(sa: Side, sb: Side, span: Span, cls: tuple[ChangeClass, ...]) -> Change:
    """The change of ``span``, the whitespace at its ends left out: a frame cut from a
    change may leave the space before it with the rest ("the said" -> "the " and
    "said"), and a change never starts or ends with a space."""
    a0, a1, b0, b1 = span
    ta, tb = sa.text[a0:a1], sb.text[b0:b1]
    a0, b0 = a0 + len(ta) - len(ta.lstrip()), b0 + len(tb) - len(tb.lstrip())
    ta, tb = ta.strip(), tb.strip()
    return Change(ta, tb, cls[0], a0, a0 + len(ta), b0, b0 + len(tb), cls[1:])


def _in_place(
    cluster: list[Change],
    sa: Side,
    sb: Side,
    classify: Callable[[Span], tuple[ChangeClass, ...]],
) -> list[Change]:
    """A cluster with the attribution changes of one frame joined (``whole_frames``)."""
    if len(cluster) < 2:
        return cluster
    spans = tuple((c.a_start, c.a_end, c.b_start, c.b_end) for c in cluster)
    joined = whole_frames(sa, sb, spans, [c.classes for c in cluster])
    if joined is None:
        return cluster
    kept = dict(zip(spans, cluster, strict=True))
    out: list[Change] = []
    for span in joined:
        if span in kept:
            out.append(kept[span])
            continue
        # A part that only inserts (or deletes) starts where the space before the next
        # part does: the joined frame would keep that space at its end.
        a0, a1, b0, b1 = span = trimmed(
            sa.text[span[0] : span[1]], span[0], sb.text[span[2] : span[3]], span[2]
        )
        cls = classify(span)
        out.append(Change(sa.text[a0:a1], sb.text[b0:b1], cls[0], a0, a1, b0, b1, cls[1:]))
    return out


def _one_sided(c: Change) -> int:
    """1 for a change that only deletes words, -1 for one that only inserts, else 0."""
    has_a, has_b = _has_word(c.a), _has_word(c.b)
    return 1 if has_a and not has_b else -1 if has_b and not has_a else 0


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _frame(
    pair: list[list[Change]],
    side_a: str,
    side_b: str,
    classify: Callable[[Span], tuple[ChangeClass, ...]],
) -> Change | None:
    """Two neighbouring clusters as one moved frame, or None."""
    if len(pair) < 2:
        return None
    first, last = pair
    if any(c.classes != ("variant",) and "attribution" not in c.classes for c in (*first, *last)):
        return None
    ways_first = {_one_sided(c) for c in first if "attribution" in c.classes}
    ways_last = {_one_sided(c) for c in last if "attribution" in c.classes}
    if not any(w and -w in ways_last for w in ways_first):
        return None
    p: Span = (first[0].a_start, first[-1].a_end, first[0].b_start, first[-1].b_end)
    q: Span = (last[0].a_start, last[-1].a_end, last[0].b_start, last[-1].b_end)
    # A space one side has beside a part is drawn inside its marks (``shown.pieces``).
    kept = side_a[p[1] : q[0]].strip()
    if kept != side_b[p[3] : q[2]].strip() or not _has_word(kept):
        return None
    p, q = trimmed_parts(side_a, side_b, (p, q))
    a0, a1, b0, b1 = span = (p[0], q[1], p[2], q[3])
    # The same words at the clause's other end: the frame only moved ("said Mayor
    # Massimo Isola" -> "Mayor Massimo Isola said", "said the mayor" -> "the mayor
    # says"), whatever the cues make of its two word orders.
    moved = _words(side_a, p[0], p[1], q[0], q[1]) == _words(side_b, p[2], p[3], q[2], q[3])
    cls: tuple[ChangeClass, ...] = ("rewording",) if moved else classify(span)
    return Change(side_a[a0:a1], side_b[b0:b1], cls[0], a0, a1, b0, b1, cls[1:], parts=(p, q))


def _words(text: str, *bounds: int) -> Counter[str]:
    """The words of a frame's two parts (``bounds``: start, end, start, end), folded
    (case, quote style, a verb's tense)."""
    found = _WORDS.findall(text, bounds[0], bounds[1]) + _WORDS.findall(text, *bounds[2:])
    return Counter(verb_base(loose_key(w)) for w in found)


_REWORDING: tuple[ChangeClass, ...] = ("rewording",)

#: The kinds of change whose cue is a phrase a spinner may swap word for word.
_PHRASES: tuple[ChangeClass, ...] = ("attribution", "hedge")
