"""Direct speech turned into reported speech: where one side quotes and the other
reports the same words (``speech_zones``), whether a change inside such a zone
changes what is said, and the conversion as one change (``conversions``); a
quotation mark moved over words both sides keep (``moved_marks``); quotations a split
or merge keeps in the same words (``quotes_kept``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsdiff.core.words import STOP_WORDS
from newsdiff.meaning import lexicon
from newsdiff.meaning.changes import FILLERS, Change, ChangeClass, trimmed_parts
from newsdiff.meaning.cues.attribution_words import CLAIM_VERBS, CONTENT_VERBS, MANNER_VERBS
from newsdiff.meaning.cues.base import Cue, overlapping, words
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.cues.quotes import QUOTE_CHARS, quotations
from newsdiff.meaning.options import loose_key
from newsdiff.meaning.sides import Side
from newsdiff.meaning.spans import Span
from newsdiff.meaning.wording import starts_sentence

#: Backshifted modals read as the modal the quote had: "may" -> "might" in reported
#: speech is the tense of the report, not a new hedge; "can"/"will"/"shall" hedge nothing.
_BACKSHIFT = {"might": "may", "could": "can", "would": "will", "should": "shall"}
_NOT_HEDGES = frozenset({"can", "will", "shall"})
#: Marks that end a clause inside reported speech (not the point or comma of "2.5", "7,000").
_CLAUSE_MARK = re.compile(r"[;!?]|[.:,](?!\d)")


def speech_zones(sa: Side, sb: Side) -> list[Span]:
    """Where one side quotes and the other reports the same words.

    A row turns direct speech into reported speech when one side has a quotation
    ("“The talks have failed,” the minister said") whose words come back on the other
    side outside quotation marks, in a clause a reporting verb introduces or closes
    ("The minister said the talks had failed"). Each zone is ``(a0, a1, b0, b1)``: the
    quotation on the quoting side and the reported clause (from "that" if it has one)
    on the other. The changes that lie inside a zone on both sides (or inside it on
    one side and empty on the other) are the conversion: the quote becoming the
    paraphrase, the tense backshift ("have" -> "had"), "that".
    """
    out: list[Span] = []
    for q, r, flip in ((sa, sb, False), (sb, sa, True)):
        if not r.attribution:
            continue
        for quote in q.quotations:
            clause = _reported_clause(r, _keys_of(quote.text), _n_content_words(quote.text))
            if clause is None:
                continue
            lo, hi = clause
            out.append(
                (lo, hi, quote.start, quote.end) if flip else (quote.start, quote.end, lo, hi)
            )
    return out


def _n_content_words(text: str) -> int:
    """How many content words a quotation has, its numbers aside (a report may give
    another figure: that is a number change inside the conversion, not another quote)."""
    nums = numbers(text)
    return sum(
        1
        for w, s, _e in words(text)
        if w not in STOP_WORDS
        and w not in FILLERS
        and w not in SCAFFOLD
        and len(w) > 1
        and not any(n.start <= s < n.end for n in nums)
    )


def _keys_of(text: str) -> frozenset[str]:
    """The content words of a text, as loose keys and WordNet base forms."""
    keys: set[str] = set()
    for w, _s, _e in words(text):
        if w not in STOP_WORDS and w not in FILLERS and len(w) > 1:
            keys.add(loose_key(w))
            keys.update(lexicon.lemmas(w))
    return frozenset(keys)


def _reported_clause(r: Side, keys: frozenset[str], n_words: int) -> tuple[int, int] | None:
    """The clause of ``r`` that reports the quoted words: the stretch between reporting
    cues and clause marks with the most of those words, joined across commas to the
    neighbouring stretches that have some too; from its "that" on, if it has one. It
    must hold at least half of the quote's ``n_words`` content words."""
    text = r.text
    quoted = quotations(text, min_words=1)
    found = [
        s
        for w, s, _e in words(text)
        if (loose_key(w) in keys or lexicon.lemmas(w) & keys)
        and not any(q.start <= s < q.end for q in quoted)
    ]
    if not found:
        return None  # the words are quoted on both sides, or not there: no report
    cuts: list[tuple[int, int, bool]] = [(c.start, c.end, True) for c in r.attribution]
    cuts += [(m.start(), m.end(), m.group() != ",") for m in _CLAUSE_MARK.finditer(text)]
    cuts += [(c.start, c.end, True) for c in r.quotes]
    cuts.sort()
    # Segments between cuts; ``hard`` says whether the cut before a segment is more
    # than a comma (a reporting cue, a full stop, a quote mark).
    segments: list[tuple[int, int, bool]] = []
    pos, hard = 0, True
    for c0, c1, strong in cuts:
        if c0 > pos:
            segments.append((pos, c0, hard))
        if c1 > pos:
            pos, hard = c1, strong
    segments.append((pos, len(text), hard))

    def hits(lo: int, hi: int) -> int:
        return sum(1 for s in found if lo <= s < hi)

    counts = [hits(lo, hi) for lo, hi, _hard in segments]
    best = max(range(len(segments)), key=lambda k: counts[k])
    if counts[best] == 0:
        return None
    first = last = best
    while first > 0 and not segments[first][2] and counts[first - 1]:
        first -= 1
    while last + 1 < len(segments) and not segments[last + 1][2] and counts[last + 1]:
        last += 1
    lo, hi = segments[first][0], segments[last][1]
    if 2 * hits(lo, hi) < n_words:
        # Half the quote's content words at least come back, or it is not this quote
        # reported: "I will not come here" is not "The comments come as ...".
        return None
    that = re.search(r"\bthat\b", text[lo:hi])
    if that is not None and hits(lo, lo + that.start()) == 0:
        lo += that.start()  # "told reporters that ...": the clause starts at "that"
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return (lo, hi) if lo < hi else None


def zone_of(span: Span, zones: Sequence[Span]) -> Span | None:
    """The zone a span lies in (an empty side may be anywhere), or None."""
    a0, a1, b0, b1 = span
    for zone in zones:
        z0, z1, y0, y1 = zone
        inside_a = a0 == a1 or (z0 <= a0 and a1 <= z1)
        inside_b = b0 == b1 or (y0 <= b0 and b1 <= y1)
        if inside_a and inside_b:
            return zone
    return None


def hedges_as_quoted(keys: list[str]) -> list[str]:
    return sorted(k for k in (_BACKSHIFT.get(k, k) for k in keys) if k not in _NOT_HEDGES)


#: Words that turn a quotation into reported speech and back, whatever it says: the
#: tense ("have" -> "had", "will" -> "would"), the person ("we" -> "they"), "that".
SCAFFOLD = frozenset(
    "that is are was were am be been has have had will would can could may might shall "
    "should must do does did i we you he she they it me us him her them my our your his "
    "their its this these those here there now then".split()
)


def _content_keys(text: str) -> list[frozenset[str]]:
    """The content words of a text (not stop words, fillers or ``SCAFFOLD``), each as
    its loose key and WordNet base forms."""
    out = []
    for w, _s, _e in words(text):
        if w in STOP_WORDS or w in FILLERS or w in SCAFFOLD or len(w) < 2:
            continue
        out.append(frozenset({loose_key(w), *lexicon.lemmas(w)}))
    return out


def new_content(sa: Side, sb: Side, span: Span, zone: Span) -> bool:
    """Whether a span inside a speech zone changes what is said: one of its content
    words on either side is nowhere in the other side's zone (neither moved there nor
    inflected: "rebuild" finds "rebuilt")."""
    a0, a1, b0, b1 = span
    z0, z1, y0, y1 = zone
    keys_a, keys_b = _keys_of(sa.text[z0:z1]), _keys_of(sb.text[y0:y1])
    return any(not (k & keys_b) for k in _content_keys(sa.text[a0:a1])) or any(
        not (k & keys_a) for k in _content_keys(sb.text[b0:b1])
    )


def conversions(changes: list[Change], sa: Side, sb: Side, zones: Sequence[Span]) -> list[Change]:
    """Each quotation turned into reported speech (or back) as one attribution change,
    drawn in ``parts``: its quote marks, "that", the backshift ("have" -> "had"), the
    frame moved to the other end of the sentence or named again, and the capital
    that moves with the sentence's start, wherever they lie in the sentence
    (``_members``). What was said and changed keeps its own class, a change of its
    own between the parts ("Monday" -> "Tuesday", a number), and so does a source
    the sentence cites beside the frame that reports the quote ("according to
    Reuters" -> "according to the BBC")."""
    taken: set[int] = set()
    joined: dict[int, Change] = {}
    for zone in zones:
        members = [i for i in _members(changes, sa, sb, zone) if i not in taken]
        if len(members) < 2 or all(changes[i].cls != "attribution" for i in members):
            continue
        taken.update(members)
        parts = trimmed_parts(sa.text, sb.text, [p for i in members for p in changes[i].pieces])
        a0, a1 = min(p[0] for p in parts), max(p[1] for p in parts)
        b0, b1 = min(p[2] for p in parts), max(p[3] for p in parts)
        joined[members[0]] = Change(
            sa.text[a0:a1], sb.text[b0:b1], "attribution", a0, a1, b0, b1, parts=parts
        )
    return [joined.get(i, c) for i, c in enumerate(changes) if i in joined or i not in taken]


def _members(changes: list[Change], sa: Side, sb: Side, zone: Span) -> list[int]:
    """The changes of a conversion: those of attribution alone, and a capital at a
    sentence's start, that lie in the sentence of the zone on each side and touch no
    reporting cue but the frame nearest the zone (``_frame``)."""
    reach_a, reach_b = _sentence_of(sa.text, zone[0], zone[1]), _sentence_of(sb.text, *zone[2:])
    others_a = [c for c in sa.attribution if c is not _frame(sa, zone[0], zone[1])]
    others_b = [c for c in sb.attribution if c is not _frame(sb, zone[2], zone[3])]
    out = []
    for i, c in enumerate(changes):
        if c.classes != ("attribution",) and not _moved_capital(c, sa, sb):
            continue
        if not all(
            reach_a[0] <= p[0] and p[1] <= reach_a[1] and reach_b[0] <= p[2] and p[3] <= reach_b[1]
            for p in c.pieces
        ):
            continue
        if any(_touches(others_a, p[0], p[1]) or _touches(others_b, p[2], p[3]) for p in c.pieces):
            continue
        out.append(i)
    return out


def _moved_capital(c: Change, sa: Side, sb: Side) -> bool:
    """A capital alone at a sentence's start on either side ("the" -> "The")."""
    return (
        c.classes == ("variant",)
        and c.a != c.b
        and c.a.lower() == c.b.lower()
        and (starts_sentence(sa.text, c.a_start) or starts_sentence(sb.text, c.b_start))
    )


def _touches(cues: list[Cue], start: int, end: int) -> bool:
    return start < end and any(c.start < end and start < c.end for c in cues)


def _frame(side: Side, start: int, end: int) -> Cue | None:
    """The reporting cue nearest a zone ``start:end`` of a side: the frame that
    reports or closes the quotation."""
    cues = side.attribution
    if not cues:
        return None
    return min(cues, key=lambda c: max(c.start - end, start - c.end, 0))


_SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s+(?=\S)")


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or sentences) of ``text`` that ``start:end`` lies in."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return lo, after.start() + 1 if after is not None else len(text)


def _lone_mark(c: Change) -> int:
    """1 for a quotation mark deleted alone, -1 for one inserted alone, else 0."""
    if not c.b and len(c.a) <= 2 and c.a and all(ch in QUOTE_CHARS for ch in c.a):
        return 1
    if not c.a and len(c.b) <= 2 and c.b and all(ch in QUOTE_CHARS for ch in c.b):
        return -1
    return 0


def moved_marks(out: list[Change], side_a: str, side_b: str) -> list[Change]:
    """A quotation mark that moves over words both sides keep ("‘the will to fight’"
    -> "the “will to fight”") is one change of quoting, not a mark gone and a mark
    come: the same words are quoted, give or take those it moved over. It is an
    ``attribution`` change when it moves over a content word (the speaker is given
    a word more or less), else a ``variant``."""
    merged: list[Change] = []
    for c in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and _lone_mark(prev) * _lone_mark(c) == -1
            and side_a[prev.a_end : c.a_start] == side_b[prev.b_end : c.b_start]
        ):
            crossed = side_a[prev.a_end : c.a_start]
            words = [w.lower() for w in re.findall(r"\w+", crossed)]
            cls: ChangeClass = "variant" if all(w in FILLERS for w in words) else "attribution"
            merged[-1] = Change(
                side_a[prev.a_start : c.a_end], side_b[prev.b_start : c.b_end], cls,
                prev.a_start, c.a_end, prev.b_start, c.b_end,
            )  # fmt: skip
        else:
            merged.append(c)
    return merged


def quotes_kept(sa: Side, sb: Side, span: Span) -> bool:
    """Whether the quotations a span touches are still quoted on the row's other side:
    each moved to another sentence of a split or merge in the same words, or joined
    into (split out of) one quotation there by the span: '"The plant will close."
    "It employs 300 people."' -> '"The plant will close, and it employs 300 people."'
    is one speaker's words, still quoted."""
    a0, a1, b0, b1 = span
    here = [(q, sb) for q in overlapping(sa.quotations, a0, a1)]
    here += [(q, sa) for q in overlapping(sb.quotations, b0, b1)]
    if here and all(
        _said(q.text) in {_said(t.text) for t in other.quotations} for q, other in here
    ):
        return True
    return _joined(sa, sb, span) or _joined(sb, sa, (b0, b1, a0, a1))


def _joined(sa: Side, sb: Side, span: Span) -> bool:
    """Whether the span joins two quotations of ``sa`` or more (it runs from inside
    the first to inside the last) where ``sb`` has one quotation around it: what is
    said may change beside the join, but not who says it. Unless the span takes out a
    speaker frame between them ('"The plant will close," the owner said. "It employs
    300 people,"', 'Critics said it "employs 300 people"'): then who speaks changed
    (review r24e)."""
    a0, a1, b0, b1 = span
    parts = overlapping(sa.quotations, a0, a1)
    return (
        len(parts) > 1
        and parts[0].start < a0
        and a1 < parts[-1].end
        and any(t.start < b0 and b1 < t.end for t in sb.quotations)
        and not any(_frames(sa, p.end, q.start) for p, q in pairwise(parts))
    )


#: A reporting verb between two quotations frames a speaker ("the owner said").
_SAYING = CLAIM_VERBS | CONTENT_VERBS | MANNER_VERBS


def _frames(side: Side, start: int, end: int) -> bool:
    """Whether the text between two quotations names who speaks: a reporting verb,
    or an attribution cue ("according to the owner")."""
    between = side.text[start:end]
    if any(w.lower() in _SAYING for w in _WORDS.findall(between)):
        return True
    return bool(overlapping(side.attribution, start, end))


def _said(text: str) -> tuple[str, ...]:
    return tuple(loose_key(w) for w in _WORDS.findall(text))


_WORDS = re.compile(r"\w+")
