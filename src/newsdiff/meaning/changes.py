"""What a change means: every changed span of an aligned row gets one class.

Spans. A row's word diff is a run of ops; each stretch of non-equal ops (a delete, an
insert, or a delete followed by an insert) is one replaced stretch. A long stretch is
split where words both sides keep anchor it (difflib on the two word lists, matched
by the diff's loose key), and equal-length pieces of up to three words pair off word
by word, the way a synonym spinner replaces them ("Vast locations" -> "Huge areas" is
"Vast" -> "Huge" and "locations" -> "areas"). Each piece is a ``Change`` with its text
and offsets on both sides.

Classes, in precedence order (the first that applies wins, and the same order ranks
them by significance in the report):

``negation``     a negation added or removed ("not", "no", "never", "n't", ...);
``number``       a number, quantity, date or percentage differs in value ("300" ->
                 "400", "countless" -> "thousands"); "six" -> "6" keeps the value;
``attribution``  an attribution verb or its source changed ("said" -> "claimed",
                 "according to X" -> "according to Y", "official" -> "authorities"
                 where speech is reported), or the marks of a quotation of
                 ``cues.quotes.QUOTE_MIN_WORDS`` words or more came or went (a scare quote,
                 "a ‘rash’ exit" -> "a quick exit", is classed by its words); in a
                 row that turns a quotation into reported speech, every change of
                 the conversion (``speech_zones``: the paraphrase, "have" -> "had");
``hedge``        a hedge added, removed or swapped ("about", "up to", "as many as",
                 "may", "reportedly", a range);
``synonym``      another word of the same meaning: different base forms sharing a
                 WordNet 3.0 synset ("deserted" -> "abandoned"), fillers aside
                 ("actually deserted" -> "abandoned");
``variant``      spelling or style only: case, quote and dash styles, punctuation,
                 hyphenation, transliteration ("Kiev" -> "Kyiv"),
                 British/American spelling, a number written as words ("six" -> "6");
``rewording``    anything else.

Cue detection is shared with the tag suggestions (``newsdiff.meaning.cues``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from newsdiff.core.similarity import STOP_WORDS
from newsdiff.core.worddiff import Diff, is_word, tokenize
from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution import attribution_cues, source_cues
from newsdiff.meaning.cues.base import Cue, Number, overlapping, words
from newsdiff.meaning.cues.hedges import hedge_cues
from newsdiff.meaning.cues.negation import negation_cues
from newsdiff.meaning.cues.numbers import number_values, numbers
from newsdiff.meaning.cues.quotes import quotations, quote_marks, scare_marks
from newsdiff.meaning.options import ALL, EVERY, CompareOptions, loose_key, same_tokens
from newsdiff.meaning.variants import abbreviate

ChangeClass = Literal[
    "negation", "number", "attribution", "hedge", "synonym", "variant", "rewording"
]  # fmt: skip
#: Precedence order, which is also significance order (most significant first).
CLASSES: tuple[ChangeClass, ...] = (
    "negation", "number", "attribution", "hedge", "synonym", "variant", "rewording",
)  # fmt: skip

#: Words a spinner adds or drops around a replacement ("have actually deserted"); they
#: do not stop the rest from being a synonym.
FILLERS = frozenset(
    "actually really just quite very simply truly indeed now also likewise even still "
    "a an the of to that".split()
)
#: The most words a side of an equal-length piece may have to be paired word by word.
PAIR_MAX = 3


@dataclass(frozen=True)
class Change:
    """One changed span of a row and what it means.

    Offsets index the row's side texts (a side's sentences joined by one space, which
    is also the concatenation of its equal and delete, or equal and insert, ops):
    ``a == side_a[a_start:a_end]``, ``b == side_b[b_start:b_end]``. A lone insertion
    has ``a == ""`` and ``a_start == a_end`` at the insertion point; likewise a deletion.
    """

    a: str
    b: str
    cls: ChangeClass
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "class": self.cls,
            "a_span": [self.a_start, self.a_end],
            "b_span": [self.b_start, self.b_end],
        }


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int  # offset in the side text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _tokens(text: str, base: int) -> list[_Tok]:
    out: list[_Tok] = []
    pos = base
    for t in tokenize(text):
        if not t.isspace():
            out.append(_Tok(t, pos))
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
    na = _Numbers("".join(t for op, t in ops if op != "insert"))
    nb = _Numbers("".join(t for op, t in ops if op != "delete"))
    if not na.all and not nb.all:
        return [p for st in found for p in _split(*st)]
    found = _join_inside_numbers(found, na, nb)
    out: list[Piece] = []
    bounds = [_trimmed(*st) for st in found]
    widened = False
    for k, (dele, pa, ins, pb) in enumerate(found):
        wide = same_value_span(na, nb, bounds[k])
        if wide is not None and _apart(wide, bounds[k - 1] if k else None, bounds[k + 1 :]):
            out.append((wide, ()))
            continue
        for piece in _split(dele, pa, ins, pb):
            safe = _value_safe(na, nb, piece)
            widened = widened or safe is not piece
            out.append(safe)
    return _merged(out) if widened else out


def _value_safe(na: _Numbers, nb: _Numbers, piece: Piece) -> Piece:
    """The piece, or the piece widened to its whole numbers if it changes a value that
    some ignore option would fold away in the piece's own text."""
    span, pairs = piece
    if pairs and any(_foldable_value_change(na, nb, p) for p in pairs):
        pairs = ()  # classified whole, not word by word
    if not _foldable_value_change(na, nb, span):
        return piece if pairs == piece[1] else (span, pairs)
    return _widen(span, *number_context(na, nb, span)), ()


def _foldable_value_change(na: _Numbers, nb: _Numbers, span: Span) -> bool:
    xa, xb = number_context(na, nb, span)
    if not (xa or xb) or sorted(n.value for n in xa) == sorted(n.value for n in xb):
        return False
    a0, a1, b0, b1 = span
    a, b = na.text[a0:a1], nb.text[b0:b1]
    return any(o.ignores(a, b) for o in EVERY)


def _merged(pieces: list[Piece]) -> list[Piece]:
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


def _widen(span: Span, xa: Sequence[Number], xb: Sequence[Number]) -> Span:
    a0, a1, b0, b1 = span
    if xa:
        a0, a1 = min(a0, *(n.start for n in xa)), max(a1, *(n.end for n in xa))
    if xb:
        b0, b1 = min(b0, *(n.start for n in xb)), max(b1, *(n.end for n in xb))
    return a0, a1, b0, b1


def _join_inside_numbers(found: list[Stretch], na: _Numbers, nb: _Numbers) -> list[Stretch]:
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
        else:
            out.append((dele, pa, ins, pb))
    return out


def _trimmed(dele: str, pa: int, ins: str, pb: int) -> Span:
    """A stretch's span without the whitespace at its ends."""
    a0 = pa + len(dele) - len(dele.lstrip())
    b0 = pb + len(ins) - len(ins.lstrip())
    return a0, max(a0, pa + len(dele.rstrip())), b0, max(b0, pb + len(ins.rstrip()))


def _apart(wide: Span, before: Span | None, after: Sequence[Span]) -> bool:
    """Whether a widened span stays clear of the stretches around it."""
    if before is not None and (wide[0] < before[1] or wide[2] < before[3]):
        return False
    return not after or (wide[1] <= after[0][0] and wide[3] <= after[0][2])


class _Numbers:
    """The numbers of one row side, and those that bear on a span of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.all = numbers(text)

    def overlapping(self, start: int, end: int) -> list[Number]:
        return [n for n in self.all if n.start < end and start < n.end]

    def touching(self, at: int) -> list[Number]:
        return [n for n in self.all if n.start <= at <= n.end]


def number_context(na: _Numbers, nb: _Numbers, span: Span) -> tuple[list[Number], list[Number]]:
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
    na: _Numbers,
    nb: _Numbers,
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
    if ALL.fold(rest_a) != ALL.fold(rest_b) or _tone(rest_a) != _tone(rest_b):
        return None
    return a0, a1, b0, b1


def _split(dele: str, pa: int, ins: str, pb: int) -> list[Piece]:
    """One replaced stretch cut into pieces at the words both sides keep."""
    ta, tb = _tokens(dele, pa), _tokens(ins, pb)
    if not ta and not tb:
        # Whitespace only ("Chor/" -> "Chor /", "(AP)" -> "(AP )"): no change at all.
        return []
    ka = [loose_key(t.text) for t in ta]
    kb = [loose_key(t.text) for t in tb]
    out: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            # Same word by the loose key but not the same text ("Kiev"/"Kyiv"): a piece.
            for x, y in zip(ta[a0:a1], tb[b0:b1], strict=True):
                if x.text != y.text:
                    out.append(((x.start, x.end, y.start, y.end), ()))
            continue
        xa, xb = ta[a0:a1], tb[b0:b1]
        a_at = xa[0].start if xa else (ta[a0 - 1].end if a0 else pa)
        b_at = xb[0].start if xb else (tb[b0 - 1].end if b0 else pb)
        span = (a_at, xa[-1].end if xa else a_at, b_at, xb[-1].end if xb else b_at)
        piece_a, piece_b = dele[span[0] - pa : span[1] - pa], ins[span[2] - pb : span[3] - pb]
        if ("%" in piece_a or "%" in piece_b) and same_tokens(piece_a, piece_b):
            continue  # "3%" -> "3 %": spacing only, once a percent sign is its own token
        pairs: tuple[Span, ...] = ()
        if len(xa) == len(xb) and 1 < len(xa) <= PAIR_MAX:
            pairs = tuple((x.start, x.end, y.start, y.end) for x, y in zip(xa, xb, strict=True))
        out.append((span, pairs))
    # Only the whitespace between kept words may differ ("Chor /" vs "Chor/ "): then
    # ``out`` is empty, which is right, since spacing is no change.
    return out


class _Side:
    """Cues found once per row side, looked up per span."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.attribution = attribution_cues(text, with_sources=True)
        self.sources = source_cues(text)
        self.hedges = hedge_cues(text)
        self.negations = negation_cues(text)
        self.quotes = quote_marks(text)
        self.scare = scare_marks(text) if self.quotes else []
        self.quotations = quotations(text) if self.quotes else []
        self.numbers = _Numbers(text)

    def count_within(self, cues: list[Cue], start: int, end: int) -> int:
        return sum(1 for c in cues if start <= c.start and c.end <= end)

    def cue_texts(self, cues: list[Cue], start: int, end: int) -> list[str]:
        return sorted(_cue_key(c) for c in overlapping(cues, start, end))


def _cue_key(cue: Cue) -> str:
    """What a cue says, so that a cue written two ways is one cue."""
    if cue.kind == "range":
        # "between 7,000 to 15,000" and "between 7,000 and 15,000" are one range.
        return "range " + " ".join(f"{u}{v:g}" for u, v in number_values(cue.text))
    # Articles and spinners' fillers say nothing about who is speaking: "Amid the
    # reports" and "Amid reports" are one cue, so dropping "the" is no attribution change.
    said = (w for w in re.findall(r"\w+", cue.text) if w.lower() not in _CUE_NOISE)
    if cue.kind in ("attribution", "hedge"):
        # A reporting verb in another tense is the same source saying the same thing:
        # "Police say" -> "Police said" is a rewording, "said" -> "claimed" is not; so
        # is "estimates" -> "estimated", a hedge word too.
        return " ".join(_verb_base(loose_key(w)) for w in said)
    return " ".join(loose_key(w) for w in said)


def _verb_base(word: str) -> str:
    if lexicon.verb_form(word) in ("past", "s", "ing"):
        return min(base for pos, base in lexicon.base_forms(word) if pos == "v")
    return word


_CUE_NOISE = FILLERS | {"a", "an", "the"}


def _content_words(text: str) -> list[str]:
    return [t.lower() for t in tokenize(text) if is_word(t) and t.lower() not in FILLERS]


#: Indefinite pronouns WordNet leaves out ("no one" has no entry), each -> one form.
_PRONOUNS = {
    "no one": "nobody", "no-one": "nobody", "everyone": "everybody", "someone": "somebody",
    "anyone": "anybody",
}  # fmt: skip


def _synonym(a: str, b: str, same_numbers: bool) -> bool:
    """Same meaning by WordNet: word for word, or the whole phrase, fillers aside.

    Spelling variants ("defence"/"defense") and numbers written two ways ("6"/"six")
    share WordNet synsets too, but they are ``variant``: checked first, here.
    """
    if same_numbers or ALL.fold(a) == ALL.fold(b):
        return False
    pa, pb = (" ".join(x.lower().split()) for x in (a, b))
    if _PRONOUNS.get(pa, pa) == _PRONOUNS.get(pb, pb):
        return True  # "No one" -> "Nobody"
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return False
    if len(wa) == len(wb):
        pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if loose_key(x) != loose_key(y)]
        if pairs and all(lexicon.are_synonyms(x, y) for x, y in pairs):
            return True
    if len(wa) <= 3 and len(wb) <= 3:
        return lexicon.are_synonyms(" ".join(wa), " ".join(wb))
    return False


def _tone(text: str) -> list[str]:
    # "!" and "?" make a statement an exclamation or a question: more than style.
    return sorted(ch for ch in text if ch in "!?‽¡¿")


def _variant(a: str, b: str, same_numbers: bool) -> bool:
    """Spelling or style only: equal once case, quotes, punctuation, spelling,
    abbreviations, contractions ("didn't" = "did not") and the way numbers are written
    are all folded; "." -> "!" or "?" changes the tone and is no variant, while "," ->
    ";" is."""
    if _tone(a) != _tone(b):
        return False
    if same_numbers:
        return True
    fa, fb = ALL.fold(a), ALL.fold(b)
    if fa == fb or abbreviate(fa) == abbreviate(fb):
        return True
    ea, eb = _expanded(a), _expanded(b)
    return (ea != a or eb != b) and ALL.fold(ea) == ALL.fold(eb)


# Contractions written out. "'s" and "'d" are left alone: "it's" is "it is" or "it
# has", "he'd" "he had" or "he would".
_CONTRACTIONS = tuple(
    (re.compile(pattern, re.IGNORECASE), full)
    for pattern, full in (
        (r"\bwon[’']t\b", "will not"), (r"\bcan[’']t\b", "can not"),
        (r"\bshan[’']t\b", "shall not"), (r"\bcannot\b", "can not"), (r"n[’']t\b", " not"),
        (r"[’']re\b", " are"), (r"[’']ve\b", " have"), (r"[’']ll\b", " will"),
        (r"\bi[’']m\b", "i am"),
    )
)  # fmt: skip


def _expanded(text: str) -> str:
    """``text`` with its contractions written out ("didn't" -> "did not")."""
    if "'" not in text and "’" not in text and "cannot" not in text.lower():
        return text
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return text


#: Prefixes that negate a word's stem: "unsafe", "inaccurate", "illegal", "non-lethal".
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis")
_PREFIX_FORMS = (*_NEGATING_PREFIXES, "non-")


def _prefix_negation(a: str, b: str) -> bool:
    """Whether one side negates a word of the other by a prefix ("safe" -> "unsafe",
    "legal" -> "illegal"), the rest the same. The pair must be antonyms in WordNet (or
    take "non-"), so "tense" -> "intense", "it" -> "unit" and "der" -> "under" are not."""
    if not 2 <= abs(len(a) - len(b)) <= 4:
        return False  # one word longer by its prefix, the rest the same: cheap to rule out
    short_text, long_text = sorted((a.lower(), b.lower()), key=len)
    if not any(p + w in long_text for w in short_text.split()[-1:] for p in _PREFIX_FORMS):
        return False
    wa, wb = _content_words(a), _content_words(b)
    if len(wa) != len(wb) or not wa:
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    short, long = sorted(diffs[0], key=len)
    if long.startswith("non-") and long[4:] == short:
        return lexicon.known(short)
    if not any(long == p + short for p in _NEGATING_PREFIXES):
        return False
    return bool((lexicon.lemmas(long) | {long}) & lexicon.antonyms(short)) or bool(
        (lexicon.lemmas(short) | {short}) & lexicon.antonyms(long)
    )


def _blank_numbers(text: str, nums: Sequence[Number], base: int) -> str:
    """``text`` (which starts at offset ``base``) with each of ``nums`` blanked out."""
    out, pos = [], 0
    for n in sorted(nums, key=lambda n: n.start):
        out.append(text[pos : max(pos, n.start - base)])
        out.append(" ")
        pos = max(pos, n.end - base)
    out.append(text[pos:])
    return "".join(out)


def _quote_status(side: _Side, start: int, end: int) -> bool:
    return bool(overlapping(side.quotes, start, end)) if start < end else False


def _speech_involved(side: _Side, start: int, end: int) -> bool:
    """Whether a span touches a quotation of speech: a mark of one (not a scare
    quote's), or, for an empty span, a point inside one ("‘the will to fight’" ->
    "the “will to fight”" moves the mark of a four-word quotation)."""
    if start < end:
        scare = {c.start for c in side.scare}
        return any(c.start not in scare for c in overlapping(side.quotes, start, end))
    return any(q.start < start < q.end for q in side.quotations)


# --- direct speech turned into reported speech ------------------------------------------

#: Backshifted modals read as the modal the quote had: "may" -> "might" in reported
#: speech is the tense of the report, not a new hedge; "can"/"will"/"shall" hedge nothing.
_BACKSHIFT = {"might": "may", "could": "can", "would": "will", "should": "shall"}
_NOT_HEDGES = frozenset({"can", "will", "shall"})
#: Marks that end a clause inside reported speech (not the point or comma of "2.5", "7,000").
_CLAUSE_MARK = re.compile(r"[;!?]|[.:,](?!\d)")


def speech_zones(sa: _Side, sb: _Side) -> list[Span]:
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
        and w not in _SCAFFOLD
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


def _reported_clause(r: _Side, keys: frozenset[str], n_words: int) -> tuple[int, int] | None:
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


def _zone_of(span: Span, zones: Sequence[Span]) -> Span | None:
    """The zone a span lies in (an empty side may be anywhere), or None."""
    a0, a1, b0, b1 = span
    for zone in zones:
        z0, z1, y0, y1 = zone
        inside_a = a0 == a1 or (z0 <= a0 and a1 <= z1)
        inside_b = b0 == b1 or (y0 <= b0 and b1 <= y1)
        if inside_a and inside_b:
            return zone
    return None


def _hedges_as_quoted(keys: list[str]) -> list[str]:
    return sorted(k for k in (_BACKSHIFT.get(k, k) for k in keys) if k not in _NOT_HEDGES)


def classify(sa: _Side, sb: _Side, span: Span, speech: Sequence[Span] = ()) -> ChangeClass:
    """The class of one span, by the precedence in the module docstring.

    ``speech`` are the row's ``speech_zones``: a span inside one is part of turning a
    quotation into reported speech (or back), an ``attribution`` change unless what is
    said changed: a negation or a number the zone as a whole changes (one that only
    moved is the conversion), a hedge the quote did not have, or, where both sides
    have words, a content word that is nowhere in the other side's zone ("quickly" ->
    "soon"), which is classed by its words.
    """
    a0, a1, b0, b1 = span
    a, b = sa.text[a0:a1], sb.text[b0:b1]
    zone = _zone_of(span, speech) if speech else None
    if zone is None and a and b and _prefix_negation(a, b):
        return "negation"
    if sa.count_within(sa.negations, a0, a1) != sb.count_within(sb.negations, b0, b1) and (
        zone is None
        or sa.count_within(sa.negations, zone[0], zone[1])
        != sb.count_within(sb.negations, zone[2], zone[3])
    ):
        return "negation"
    context = number_context(sa.numbers, sb.numbers, span)
    na, nb = context
    if sorted(n.value for n in na) != sorted(n.value for n in nb) and (
        zone is None or _zone_values(sa, zone[0], zone[1]) != _zone_values(sb, zone[2], zone[3])
    ):
        return "number"
    if zone is None:
        if sa.cue_texts(sa.attribution, a0, a1) != sb.cue_texts(sb.attribution, b0, b1):
            return "attribution"
        if (sa.attribution or sb.attribution) and (
            sa.cue_texts(sa.sources, a0, a1) != sb.cue_texts(sb.sources, b0, b1)
        ):
            return "attribution"
        if _quote_status(sa, a0, a1) != _quote_status(sb, b0, b1) and (
            _speech_involved(sa, a0, a1) or _speech_involved(sb, b0, b1)
        ):
            # A quote became a paraphrase, or the reverse. A scare quote that comes or
            # goes ("a ‘rash’ exit" -> "a quick exit") is classed by its words below.
            return "attribution"
    ha, hb = sa.cue_texts(sa.hedges, a0, a1), sb.cue_texts(sb.hedges, b0, b1)
    if zone is not None:
        # Reported speech backshifts its modals ("may" -> "might"), and the quote and
        # its report are cut into pieces apart: a hedge counts only if the report as a
        # whole hedges otherwise than the quote did.
        z0, z1, y0, y1 = zone
        whole_a = _hedges_as_quoted(sa.cue_texts(sa.hedges, z0, z1))
        whole_b = _hedges_as_quoted(sb.cue_texts(sb.hedges, y0, y1))
        if whole_a != whole_b and _hedges_as_quoted(ha) != _hedges_as_quoted(hb):
            return "hedge"
        if not (a and b and _new_content(sa, sb, span, zone)):
            return "attribution"
    elif ha != hb:
        return "hedge"
    same_numbers = bool(na) and same_value_span(sa.numbers, sb.numbers, span, context) is not None
    if _synonym(a, b, same_numbers):
        return "synonym"
    if _variant(a, b, same_numbers):
        return "variant"
    return "rewording"


def _zone_values(side: _Side, start: int, end: int) -> list[tuple[str, float]]:
    return sorted(n.value for n in side.numbers.overlapping(start, end))


#: Words that turn a quotation into reported speech and back, whatever it says: the
#: tense ("have" -> "had", "will" -> "would"), the person ("we" -> "they"), "that".
_SCAFFOLD = frozenset(
    "that is are was were am be been has have had will would can could may might shall "
    "should must do does did i we you he she they it me us him her them my our your his "
    "their its this these those here there now then".split()
)


def _content_keys(text: str) -> list[frozenset[str]]:
    """The content words of a text (not stop words, fillers or ``_SCAFFOLD``), each as
    its loose key and WordNet base forms."""
    out = []
    for w, _s, _e in words(text):
        if w in STOP_WORDS or w in FILLERS or w in _SCAFFOLD or len(w) < 2:
            continue
        out.append(frozenset({loose_key(w), *lexicon.lemmas(w)}))
    return out


def _new_content(sa: _Side, sb: _Side, span: Span, zone: Span) -> bool:
    """Whether a span inside a speech zone changes what is said: one of its content
    words on either side is nowhere in the other side's zone (neither moved there nor
    inflected: "rebuild" finds "rebuilt")."""
    a0, a1, b0, b1 = span
    z0, z1, y0, y1 = zone
    keys_a, keys_b = _keys_of(sa.text[z0:z1]), _keys_of(sb.text[y0:y1])
    return any(not (k & keys_b) for k in _content_keys(sa.text[a0:a1])) or any(
        not (k & keys_a) for k in _content_keys(sb.text[b0:b1])
    )


def _speech_pieces(
    sa: _Side, sb: _Side, span: Span, speech: Sequence[Span]
) -> list[tuple[Span, ChangeClass]] | None:
    """A piece that touches a speech zone, cut where the zone begins or ends, with a
    changed part of what is said set apart from the conversion around it: "spring,”
    the mayor said" -> "summer" is "spring" -> "summer" (number) and ",” the mayor
    said" (attribution). None when the piece stays whole."""
    out: list[tuple[Span, ChangeClass]] = []
    for cut in _cut_at_zones(span, speech):
        part = _trimmed(sa.text[cut[0] : cut[1]], cut[0], sb.text[cut[2] : cut[3]], cut[2])
        if part[0] == part[1] and part[2] == part[3]:
            continue
        inside = _zone_of(part, speech) is not None
        if not inside and not _has_word(sa.text[part[0] : part[1]] + sb.text[part[2] : part[3]]):
            # The colon or comma that opens or closes the quotation: its conversion.
            out.append((part, "attribution"))
            continue
        cls = classify(sa, sb, part, speech)
        if inside and cls != "attribution" and part[0] < part[1] and part[2] < part[3]:
            out.extend(_trim_scaffold(sa, sb, part, cls, speech))
        else:
            out.append((part, cls))
    merged: list[tuple[Span, ChangeClass]] = []
    for part, cls in out:
        if merged and cls == "attribution" == merged[-1][1]:
            (a0, _a1, b0, _b1), _c = merged[-1]
            joined = _trimmed(sa.text[a0 : part[1]], a0, sb.text[b0 : part[3]], b0)
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
    sa: _Side, sb: _Side, part: Span, cls: ChangeClass, speech: Sequence[Span]
) -> list[tuple[Span, ChangeClass]]:
    """A changed part of a speech zone without the conversion's marks and words at its
    ends (quote marks, punctuation, "that", "would", "they"), which are attribution."""
    a0, a1, b0, b1 = part
    ta, tb = _tokens(sa.text[a0:a1], a0), _tokens(sb.text[b0:b1], b0)

    def bounds(ts: list[_Tok]) -> tuple[int, int]:
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
    out: list[tuple[Span, ChangeClass]] = []
    if la or lb:
        out.append(
            ((a0, ta[la - 1].end if la else a0, b0, tb[lb - 1].end if lb else b0), "attribution")
        )
    out.append((mid, classify(sa, sb, mid, speech)))
    if ha < len(ta) or hb < len(tb):
        tail_a = ta[ha].start if ha < len(ta) else a1
        tail_b = tb[hb].start if hb < len(tb) else b1
        out.append(((tail_a, a1, tail_b, b1), "attribution"))
    return out


def _scaffold(token: str) -> bool:
    return not is_word(token) or token.lower() in _SCAFFOLD


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
    sa, sb = _Side(side_a), _Side(side_b)
    speech = speech_zones(sa, sb) if sa.quotes or sb.quotes else []
    out: list[Change] = []

    def change(span: Span, cls: ChangeClass) -> Change:
        a0, a1, b0, b1 = span
        return Change(side_a[a0:a1], side_b[b0:b1], cls, a0, a1, b0, b1)

    for span, pairs in found:
        if speech:
            refined = _speech_pieces(sa, sb, span, speech)
            if refined is not None:
                out.extend(change(p, c) for p, c in refined)
                continue
        if pairs:
            # A spinner swaps word for word ("Vast locations" -> "Huge areas"); pair off
            # only when most pairs mean something, not "an interview" -> "a press".
            classes = [classify(sa, sb, p, speech) for p in pairs]
            if 2 * sum(c != "rewording" for c in classes) >= len(pairs):
                out.extend(change(p, c) for p, c in zip(pairs, classes, strict=True))
                continue
        out.append(change(span, classify(sa, sb, span, speech)))
    return tuple(out)


def split_by_options(
    changes: Sequence[Change], options: CompareOptions
) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
    """(changes that count, changes the options ignore)."""
    kept: list[Change] = []
    ignored: list[Change] = []
    for c in changes:
        (ignored if options.ignores(c.a, c.b) else kept).append(c)
    return tuple(kept), tuple(ignored)


def class_counts(changes: Sequence[Change]) -> dict[ChangeClass, int]:
    """Changes per class, every class present, in significance order."""
    counts = dict.fromkeys(CLASSES, 0)
    for c in changes:
        counts[c.cls] += 1
    return counts
