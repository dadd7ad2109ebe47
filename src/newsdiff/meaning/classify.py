"""Every changed span of a row gets its classes (``row_changes``), by the precedence in
``meaning.changes``: the cues of both sides are found once (``sides``), each piece of
the row (``spans``) is classed by the cue families it touches, by its words
(``wording``), or as part of turning a quotation into reported speech (``speech``)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.worddiff import Diff, is_word
from newsdiff.meaning.certainty import certainty_changed, no_ranges, same_certainty, whole_phrases
from newsdiff.meaning.changes import Change, ChangeClass
from newsdiff.meaning.contractions import word_after
from newsdiff.meaning.cues.base import Number, overlapping
from newsdiff.meaning.cues.durations import time_unit_swapped
from newsdiff.meaning.cues.numbers import values_alone
from newsdiff.meaning.frame_parts import frames_in_parts
from newsdiff.meaning.frames import far_frames, moved_frames, negation_changed, whole_frames
from newsdiff.meaning.moves import moved_phrases
from newsdiff.meaning.opposites import reversal, turns_figure
from newsdiff.meaning.options import same_tokens
from newsdiff.meaning.ranges import reordered_ranges
from newsdiff.meaning.sides import Side
from newsdiff.meaning.spans import (
    Span,
    Tok,
    number_context,
    one_for_article,
    same_value_span,
    spans,
    tokens_at,
    trimmed,
)
from newsdiff.meaning.speech import (
    SCAFFOLD,
    conversions,
    hedges_as_quoted,
    moved_marks,
    new_content,
    quotes_kept,
    speech_zones,
    zone_of,
)
from newsdiff.meaning.wording import (
    is_prefix_negation,
    is_synonym,
    is_variant,
    reporting_verb_swapped,
    same_to_reader,
    starts_sentence,
)


def _quote_status(side: Side, start: int, end: int) -> bool:
    return bool(overlapping(side.quotes, start, end)) if start < end else False


def _speech_involved(side: Side, start: int, end: int) -> bool:
    """Whether a span touches a quotation of speech: a mark of one (not a scare
    quote's), or, for an empty span, a point inside one ("‘the will to fight’" ->
    "the “will to fight”" moves the mark of a four-word quotation)."""
    if start < end:
        scare = {c.start for c in side.scare}
        return any(c.start not in scare for c in overlapping(side.quotes, start, end))
    return any(q.start < start < q.end for q in side.quotations)


def classes(sa: Side, sb: Side, span: Span, speech: Sequence[Span] = ()) -> tuple[ChangeClass, ...]:
    """The classes of one span, by the precedence in ``meaning.changes``: every one of
    negation, number, attribution and hedge that the span carries ("The defence
    ministry said on Monday" -> "Opposition activists claimed" is a number and an
    attribution change), or else the one of synonym, variant and rewording.

    ``speech`` are the row's ``speech_zones``: a span inside one is part of turning a
    quotation into reported speech (or back), an ``attribution`` change unless what is
    said changed: a negation or a number the zone as a whole changes (one that only
    moved is the conversion), a hedge the quote did not have, or, where both sides
    have words, a content word that is nowhere in the other side's zone ("quickly" ->
    "soon"), which is classed by its words. Such a span has one class.
    """
    a0, a1, b0, b1 = span
    a, b = sa.text[a0:a1], sb.text[b0:b1]
    speaking = bool(overlapping(sa.attribution, a0, a1) or overlapping(sb.attribution, b0, b1))
    if same_to_reader(a, b, speaking, sa.text[a1 : a1 + 4] + sb.text[b1 : b1 + 4]):
        # A soft hyphen or zero-width character put in or taken out, a space lost, or one
        # term as an acronym and as its words ("NHS", "National Health Service"): the same
        # to a reader, though cues in the text as typed miss "sa\u200bid" or see a source.
        return ("variant",)
    zone = zone_of(span, speech) if speech else None
    if zone is None and a and b and is_prefix_negation(a, b):
        return ("negation",)
    found: list[ChangeClass] = []
    # A word for its opposite in the same slot reverses the claim ("rose" -> "fell",
    # "voted for" -> "voted against"); next to a figure it turns the figure's sign.
    flipped = zone is None and bool(a and b) and reversal(a, b)
    if flipped or (
        negation_changed(sa, sb, span) and (zone is None or negation_changed(sa, sb, zone))
    ):
        found.append("negation")
    context = number_context(sa.numbers, sb.numbers, span)
    na, nb = context
    article_one = one_for_article(a, b, na, nb)  # "a day" -> "one day": the same count
    value_changed = _values_differ(sa, sb, na, nb) and not article_one
    if value_changed and zone is not None:
        value_changed = _zone_values(sa, zone[0], zone[1]) != _zone_values(sb, zone[2], zone[3])
    # "at [-first-]{+second+}": a count, though "at first" alone counts nothing there;
    # only where the sentence took the number from a side ("by 1500 GMT" is a time).
    alone = values_alone(a, b) if not (na and nb) else None
    if alone is not None:
        value_changed = alone[0] != alone[1]
    # A unit of time swapped after the same count ("10 years" -> "10 months", "a week"
    # -> "a month") changes the quantity, whatever the count's value.
    if (
        value_changed
        or (flipped and turns_figure(sa, sb, span))
        or time_unit_swapped(sa.text, a0, a1, sb.text, b0, b1)
    ):
        found.append("number")
    ha, hb = sa.cue_texts(sa.hedges, a0, a1), sb.cue_texts(sb.hedges, b0, b1)
    if (ha or hb) and value_changed and reordered_ranges(sa, sb, span):
        ha, hb = no_ranges(ha), no_ranges(hb)  # "2-1" -> "1-2": a range one way only
    if zone is not None:
        if found:
            return (found[0],)
        # Reported speech backshifts its modals ("may" -> "might"), and the quote and
        # its report are cut into pieces apart: a hedge counts only if the report as a
        # whole hedges otherwise than the quote did.
        z0, z1, y0, y1 = zone
        whole_a = hedges_as_quoted(sa.cue_texts(sa.hedges, z0, z1))
        whole_b = hedges_as_quoted(sb.cue_texts(sb.hedges, y0, y1))
        if whole_a != whole_b and hedges_as_quoted(ha) != hedges_as_quoted(hb):
            return ("hedge",)
        if not (a and b and new_content(sa, sb, span, zone)):
            return ("attribution",)
    else:
        if _attribution_changed(sa, sb, span):
            found.append("attribution")
            # A reporting verb that is a hedge word too ("thinks" -> "believed", "quotes"
            # -> "estimates") is one change of who says what: a hedge only beside it.
            ha, hb = _hedges_beside_verbs(sa, a0, a1), _hedges_beside_verbs(sb, b0, b1)
        if ha != hb:
            # One hedge for an equal one (might -> may) is wording (filter 4), no hedge.
            if not same_certainty(ha, hb, a, b):
                found.append("hedge")
            elif not found:
                return ("synonym",)
        elif certainty_changed(a, b):
            found.append("hedge")  # plausible -> clear: no hedge cue, but surer
        if found:
            return tuple(found)
    same = bool(na) and same_value_span(sa.numbers, sb.numbers, span, context) is not None
    same_numbers = article_one or same
    initial = starts_sentence(sa.text, a0), starts_sentence(sb.text, b0)
    if is_synonym(a, b, same_numbers, initial):
        return ("synonym",)
    if is_variant(a, b, same_numbers, word_after(sa.text, sb.text, span)):
        return ("variant",)
    return ("rewording",)


def _values_differ(sa: Side, sb: Side, na: list[Number], nb: list[Number]) -> bool:
    """Whether a span's numbers change a value. A number on one side only, whose value
    the row's other side has as often elsewhere, moved with its value unchanged ("a rate
    cut in June" -> "a June rate cut"): no number change (``Side.changed_values``)."""
    va, vb = [n.value for n in na], [n.value for n in nb]
    if sorted(va) == sorted(vb):
        # The same figures of a unit in another order: a score or a vote ("2-1" ->
        # "1-2", "52 to 48" -> "48 to 52") carries its meaning in the order.
        return any([v for v in va if v[0] == u] != [v for v in vb if v[0] == u] for u, _ in va)
    if na and nb:
        return True
    side, nums = (sa, na) if na else (sb, nb)
    return any(n.value in side.changed_values for n in nums)


def _hedges_beside_verbs(side: Side, start: int, end: int) -> list[str]:
    """The hedges of a span that are no part of an attribution cue."""
    verbs = side.attribution
    kept = [h for h in side.hedges if not any(v.start <= h.start and h.end <= v.end for v in verbs)]
    return side.cue_texts(kept, start, end)


def _attribution_changed(sa: Side, sb: Side, span: Span) -> bool:
    """A reporting verb or its source changed, or a quotation became a paraphrase."""
    a0, a1, b0, b1 = span
    mine, theirs = sa.cue_texts(sa.attribution, a0, a1), sb.cue_texts(sb.attribution, b0, b1)
    if sa.frames_changed(mine, theirs, span):
        return True
    if reporting_verb_swapped(sa.text[a0:a1], sb.text[b0:b1]):
        return True  # "say" -> "claim" where no rule found what is said
    if sa.cue_texts(sa.credits, a0, a1) != sb.cue_texts(sb.credits, b0, b1):
        return True  # "LEEDSWORTH, March 4 (Reuters) -" -> "LEEDSWORTH -": the credit went
    if (
        (sa.attribution or sb.attribution)
        and sa.cue_texts(sa.sources, a0, a1) != sb.cue_texts(sb.sources, b0, b1)
        and not (a0 == a1 and sb.aside(b0, b1))  # added or dropped alone
        and not (b0 == b1 and sa.aside(a0, a1))
    ):
        return True
    # A quote became a paraphrase, or the reverse. A scare quote that comes or goes
    # ("a ‘rash’ exit" -> "a quick exit") is classed by its words.
    return (
        _quote_status(sa, a0, a1) != _quote_status(sb, b0, b1)
        and (_speech_involved(sa, a0, a1) or _speech_involved(sb, b0, b1))
        and not quotes_kept(sa, sb, span)
    )


def _zone_values(side: Side, start: int, end: int) -> list[tuple[str, float]]:
    return sorted(n.value for n in side.numbers.overlapping(start, end))


Classed = tuple[Span, tuple[ChangeClass, ...]]
_ATTRIBUTION: tuple[ChangeClass, ...] = ("attribution",)


def _speech_pieces(sa: Side, sb: Side, span: Span, speech: Sequence[Span]) -> list[Classed] | None:
    """A piece that touches a speech zone, cut where the zone begins or ends, with a
    changed part of what is said set apart from the conversion around it: "spring,”
    the mayor said" -> "summer" is "spring" -> "summer" (number) and ",” the mayor
    said" (attribution). None when the piece stays whole."""
    out: list[Classed] = []
    for cut in _cut_at_zones(span, speech):
        part = trimmed(sa.text[cut[0] : cut[1]], cut[0], sb.text[cut[2] : cut[3]], cut[2])
        if part[0] == part[1] and part[2] == part[3]:
            continue
        inside = zone_of(part, speech) is not None
        if not inside and not _has_word(sa.text[part[0] : part[1]] + sb.text[part[2] : part[3]]):
            # The colon or comma that opens or closes the quotation: its conversion.
            out.append((part, _ATTRIBUTION))
            continue
        cls = classes(sa, sb, part, speech)
        if inside and cls != _ATTRIBUTION and part[0] < part[1] and part[2] < part[3]:
            out.extend(_trim_scaffold(sa, sb, part, cls, speech))
        else:
            out.append((part, cls))
    merged: list[Classed] = []
    for part, cls in out:
        if merged and cls == _ATTRIBUTION == merged[-1][1]:
            (a0, _a1, b0, _b1), _c = merged[-1]
            joined = trimmed(sa.text[a0 : part[1]], a0, sb.text[b0 : part[3]], b0)
            merged[-1] = (joined, cls)
        else:
            merged.append((part, cls))
    if len(merged) == 1 and merged[0][0] == span:
        return None
    return merged


def _segments(lo: int, hi: int, zones: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``lo:hi`` cut at the zone edges inside it: (zone index or -1, start, end)."""
    if lo >= hi:
        return []
    bounds = [lo, *sorted({x for z in zones for x in z if lo < x < hi}), hi]
    out = []
    for x, y in zip(bounds, bounds[1:], strict=False):
        region = next((k for k, (z0, z1) in enumerate(zones) if z0 <= x and y <= z1), -1)
        out.append((region, x, y))
    return out


def _cut_at_zones(span: Span, speech: Sequence[Span]) -> list[Span]:
    """The span cut at the zone edges inside it, on either side; the parts pair up in
    order, inside a zone with inside the same zone, outside with outside, and a part
    with no counterpart faces an empty span."""
    a0, a1, b0, b1 = span
    seg_a = _segments(a0, a1, [(z[0], z[1]) for z in speech])
    seg_b = _segments(b0, b1, [(z[2], z[3]) for z in speech])
    if len(seg_a) <= 1 and len(seg_b) <= 1:
        return [span]
    out: list[Span] = []
    i = j = 0
    pa, pb = a0, b0
    while i < len(seg_a) or j < len(seg_b):
        ra = seg_a[i][0] if i < len(seg_a) else None
        rb = seg_b[j][0] if j < len(seg_b) else None
        if ra is not None and ra == rb:
            _r, x, y = seg_a[i]
            _r, u, v = seg_b[j]
            i, j = i + 1, j + 1
        elif ra is not None and ra not in [r for r, _x, _y in seg_b[j:]]:
            _r, x, y = seg_a[i]
            u = v = pb
            i += 1
        else:
            _r, u, v = seg_b[j]
            x = y = pa
            j += 1
        pa, pb = y, v
        out.append((x, y, u, v))
    return out


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _trim_scaffold(
    sa: Side, sb: Side, part: Span, cls: tuple[ChangeClass, ...], speech: Sequence[Span]
) -> list[Classed]:
    """A changed part of a speech zone without the conversion's marks and words at its
    ends (quote marks, punctuation, "that", "would", "they"), which are attribution."""
    a0, a1, b0, b1 = part
    ta, tb = tokens_at(sa.text[a0:a1], a0), tokens_at(sb.text[b0:b1], b0)

    def bounds(ts: list[Tok]) -> tuple[int, int]:
        lo, hi = 0, len(ts)
        while lo < hi and _scaffold(ts[lo].text):
            lo += 1
        while hi > lo and _scaffold(ts[hi - 1].text):
            hi -= 1
        return lo, hi

    la, ha = bounds(ta)
    lb, hb = bounds(tb)
    if la >= ha or lb >= hb or (la == lb == 0 and ha == len(ta) and hb == len(tb)):
        return [(part, cls)]
    mid = (ta[la].start, ta[ha - 1].end, tb[lb].start, tb[hb - 1].end)
    out: list[Classed] = []
    if la or lb:
        out.append(
            ((a0, ta[la - 1].end if la else a0, b0, tb[lb - 1].end if lb else b0), _ATTRIBUTION)
        )
    out.append((mid, classes(sa, sb, mid, speech)))
    if ha < len(ta) or hb < len(tb):
        tail_a = ta[ha].start if ha < len(ta) else a1
        tail_b = tb[hb].start if hb < len(tb) else b1
        out.append(((tail_a, a1, tail_b, b1), _ATTRIBUTION))
    return out


def _scaffold(token: str) -> bool:
    return not is_word(token) or token.lower() in SCAFFOLD


def row_changes(ops: Diff) -> tuple[Change, ...]:
    """Every changed span of a row with its class, ignoring nothing but whitespace.

    The classes do not depend on the compare options; ``CompareOptions.ignores``
    decides afterwards which changes count.
    """
    side_a = "".join(t for op, t in ops if op != "insert")
    side_b = "".join(t for op, t in ops if op != "delete")
    if same_tokens(side_a, side_b):
        # Respaced only: the diff may still pair marks oddly across the spaces
        # ("x (( y" -> "x( (y"), but whitespace is never a change.
        return ()
    found = spans(ops)
    sa, sb = Side(side_a), Side(side_b)
    sa.pair(sb)
    speech = speech_zones(sa, sb) if sa.quotes or sb.quotes else []
    out: list[Change] = []

    def change(span: Span, cls: tuple[ChangeClass, ...]) -> Change:
        a0, a1, b0, b1 = span
        return Change(side_a[a0:a1], side_b[b0:b1], cls[0], a0, a1, b0, b1, cls[1:])

    for span, pairs in found:
        if speech:
            refined = _speech_pieces(sa, sb, span, speech)
            if refined is not None:
                out.extend(change(p, c) for p, c in refined)
                continue
        if pairs:
            pairs = tuple(whole_phrases(side_a, side_b, pairs))
        if pairs:
            # A spinner swaps word for word ("Vast locations" -> "Huge areas"); pair off
            # only when most pairs mean something, not "an interview" -> "a press".
            paired = [classes(sa, sb, p, speech) for p in pairs]
            joined = whole_frames(sa, sb, pairs, paired)
            if joined is not None:
                pairs, paired = joined, [classes(sa, sb, p, speech) for p in joined]
            if 2 * sum(c != ("rewording",) for c in paired) >= len(pairs):
                out.extend(change(p, c) for p, c in zip(pairs, paired, strict=True))
                continue
        out.append(change(span, classes(sa, sb, span, speech)))
    out = moved_marks(out, side_a, side_b)
    if speech:  # a quotation turned into reported speech: one change, its frame's too
        return tuple(conversions(out, sa, sb, speech))
    # A frame joins two attribution changes or more: most rows have none to join.
    if sum(c.cls == "attribution" or "attribution" in c.also for c in out) > 1:
        out = moved_frames(out, sa, sb, lambda span: classes(sa, sb, span))
        out = far_frames(out, sa, sb, lambda span: classes(sa, sb, span))
        out = frames_in_parts(out, sa, sb, lambda span: classes(sa, sb, span))
    if len(out) > 1:
        out = moved_phrases(out)
    if "attribution" in {x for c in out for x in c.classes}:
        out = [c.case_only() for c in out]
    return tuple(out)
