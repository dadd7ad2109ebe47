"""Direct speech turned into reported speech: where one side quotes and the other
reports the same words (``speech_zones``), and whether a change inside such a zone
changes what is said."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.words import STOP_WORDS
from newsdiff.meaning import lexicon
from newsdiff.meaning.changes import FILLERS
from newsdiff.meaning.cues.base import words
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.cues.quotes import quotations
from newsdiff.meaning.options import loose_key
from newsdiff.meaning.sides import Side
from newsdiff.meaning.spans import Span

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
