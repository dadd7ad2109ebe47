"""What a change means: the ``Change`` record, the change classes, and the split of a
row's changes into those the compare options count and those they ignore.

A row's replaced stretches are cut into pieces (``meaning.spans``); each piece is a
``Change`` with its text and offsets on both sides and one class, given by
``meaning.classify.row_changes``.

Classes, in precedence order (the same order ranks them by significance in the
report). A change can carry several of the first four meanings at once ("The defence
ministry said on Monday" -> "Opposition activists claimed" drops a date and changes
the source): it is then of each, ``cls`` the most significant and ``also`` the rest,
and it counts in every one (filters, ``--fail-on``, the report). The last three
are for a change that carries none of the four, the first that applies:

``negation``     a negation added or removed ("not", "no", "never", "n't", ...), not
                 a whole fixed phrase of positive sense ("at no cost", "no doubt":
                 ``cues.negation.fixed_phrases``), nor one the other
                 side says with a privative ("lost" -> "left without",
                 "did not" -> "failed to": ``classify._negation_changed``); one
                 that moved with its clause to another sentence of the row, between
                 the same words ("could not be"), is on both sides and is none;
``number``       a number, quantity, date or percentage differs in value ("300" ->
                 "400", "countless" -> "thousands"); "six" -> "6" keeps the value, and
                 so does a number that moved within the row ("in June" deleted,
                 "June" inserted elsewhere);
``attribution``  an attribution verb or its source changed ("said" -> "claimed",
                 "according to X" -> "according to Y", "official" -> "authorities"
                 where speech is reported), or the marks of a quotation of
                 ``cues.quotes.QUOTE_MIN_WORDS`` words or more came or went (a scare quote,
                 "a ‘rash’ exit" -> "a quick exit", is classed by its words; a
                 mark that moves over a content word both sides keep is one change,
                 over an article a ``variant``: ``speech.moved_marks``); in a
                 row that turns a quotation into reported speech, the conversion
                 (``speech.speech_zones``: the paraphrase, "have" -> "had", the frame
                 moved), one change drawn in ``parts`` (``speech.conversions``);
                 a frame moved over its clause is one change drawn in two
                 ``parts`` ("Fire officials said X." -> "X, according to
                 firefighters.": ``frames.moved_frames``);
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

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from newsdiff.core.article import normalize
from newsdiff.core.figures import periods_read
from newsdiff.core.frozen import quick_init
from newsdiff.meaning.options import CompareOptions, loose_key

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


@quick_init
@dataclass(frozen=True)
class Change:
    """One changed span of a row and what it means.

    Offsets index the row's side texts (a side's sentences joined as in the text, by a
    space or, where they touch, by nothing: ``core.sentences.glue``; which is also the
    concatenation of its equal and delete, or equal and insert, ops):
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
    #: The other classes the change carries, less significant than ``cls``.
    also: tuple[ChangeClass, ...] = ()
    #: Where it is drawn when both sides keep a text inside it: a reporting frame
    #: moved from a sentence's front to its tail ("Fire officials said the blaze ..."
    #: -> "The blaze ..., according to firefighters") is one change of who says it,
    #: drawn as "Fire officials said the" -> "The" and "" -> ", according to
    #: firefighters" with the kept clause between. Each part is (a_start, a_end,
    #: b_start, b_end), in order; () for one part, the whole change.
    parts: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def pieces(self) -> tuple[tuple[int, int, int, int], ...]:
        """The parts it is drawn as: ``parts``, or the whole change."""
        return self.parts or ((self.a_start, self.a_end, self.b_start, self.b_end),)

    @property
    def brief(self) -> tuple[str, str]:
        """Its two sides as the report and the status line show them: ``a`` and ``b``,
        or for a change of several parts each side's parts joined by "…" (the text
        both sides keep between them left out)."""
        if not self.parts:
            return self.a, self.b
        texts_a = [self.a[p[0] - self.a_start : p[1] - self.a_start].strip() for p in self.parts]
        texts_b = [self.b[p[2] - self.b_start : p[3] - self.b_start].strip() for p in self.parts]
        return " … ".join(t for t in texts_a if t), " … ".join(t for t in texts_b if t)

    @property
    def classes(self) -> tuple[ChangeClass, ...]:
        """Every class the change carries, most significant first."""
        return (self.cls, *self.also)

    @property
    def label(self) -> str:
        """Its classes as the app names them: "number, attribution"."""
        return ", ".join(self.classes)

    def case_only(self) -> Change:
        """Itself, or as a variant if it is an attribution change of capitals or
        spelling alone ("officials" -> "Officials", "Regional Governor" -> "regional
        governor"): that changes no one's words, though the cues read the two sides'
        sources to different lengths (a capital walks further back). One inside a
        joined frame ("Rescuers said" -> "According to rescuers,") is not alone."""
        if (
            "attribution" not in self.classes
            or self.parts
            or loose_key(self.a) != loose_key(self.b)
        ):
            return self
        rest = tuple(x for x in self.classes if x != "attribution") or ("variant",)
        a0, a1, b0, b1 = self.a_start, self.a_end, self.b_start, self.b_end
        return Change(self.a, self.b, rest[0], a0, a1, b0, b1, rest[1:])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"a": self.a, "b": self.b, "class": self.cls}
        if self.also:
            out["also"] = list(self.also)
        out["a_span"] = [self.a_start, self.a_end]
        out["b_span"] = [self.b_start, self.b_end]
        if self.parts:
            out["parts"] = [list(p) for p in self.parts]
        return out


def split_by_options(
    changes: Sequence[Change], options: CompareOptions, side_a: str, side_b: str
) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
    """(changes that count, changes the options ignore), each read in the row's side
    texts (``CompareOptions.ignores_in``: a number is read with the words around it)."""
    kept: list[Change] = []
    ignored: list[Change] = []
    for c in changes:
        span = (c.a_start, c.a_end, c.b_start, c.b_end)
        (ignored if options.ignores_in(side_a, side_b, span) else kept).append(c)
    return tuple(kept), tuple(ignored)


def class_counts(changes: Sequence[Change]) -> dict[ChangeClass, int]:
    """Changes per class, every class present, in significance order; a change of
    several classes counts in each."""
    counts = dict.fromkeys(CLASSES, 0)
    for c in changes:
        for cls in c.classes:
            counts[cls] += 1
    return counts


def figure_class(a: str, b: str, periods: bool = False) -> ChangeClass:
    """The class of a change outside English: ``number`` when both sides hold figures
    written in digits and their values differ ("10" -> "8"): digits are written alike
    in every language, as "10%" or "$5" are. Number words ("пять", "ten") and the
    names of months and weekdays are read in English alone, and a figure on one side
    only may be spelled in words on the other, so such a change stays ``rewording``.

    A change whose sides are one text in newsdiff's comparison form (quote styles, an
    Arabic-script letter typed on another keyboard, "۱۲۰۰" -> "1200": ``normalize``) is
    a ``variant``, as English's is; figures are read in that form, so a figure written
    in another script's digits keeps its value. ``periods``: the language groups
    thousands with a period and its decimal mark is a comma, so "1.200" -> "1200" is the
    same 1200 and "1.200" -> "1,200" (1.2) a number (``figures.periods_read``)."""
    a, b = normalize(a), normalize(b)
    if a == b:
        return "variant"
    if not (_has_digit(a) and _has_digit(b)):
        return "rewording"
    if periods:  # both sides by the language's convention ("1,200" is 1.2 there)
        a, b = periods_read(a), periods_read(b)
    va, vb = _figure_values(a), _figure_values(b)
    if va and vb and va != vb:
        return "number"
    if va and va == vb and _figures_out(a) == _figures_out(b):
        return "variant"  # the same figures grouped otherwise ("1 200" -> "1200"), as in English
    return "rewording"


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _figure_values(text: str) -> list[float]:
    """The values of the figures in ``text`` written in digits, sorted (the unit
    aside: "10 %" and "10 процентов" are one value)."""
    # Imported here: the cue tables are not needed by what imports this module for
    # the class names alone (the app's first paint).
    from newsdiff.meaning.cues.numbers import numbers

    return sorted(n.value[1] for n in numbers(text) if n.written == "digits")


def _figures_out(text: str) -> str:
    """``text`` with each figure written in digits cut out: what else a change holds."""
    from newsdiff.meaning.cues.numbers import numbers

    out, pos = [], 0
    for n in numbers(text):
        if n.written == "digits" and n.start >= pos:
            out.append(text[pos : n.start])
            pos = n.end
    return "".join(out) + text[pos:]


def trimmed_parts(
    sa: str, sb: str, parts: Sequence[tuple[int, int, int, int]]
) -> tuple[tuple[int, int, int, int], ...]:
    """The parts of a change drawn in parts (``Change.parts``), each without spaces at
    its ends on either side: a part joins changes, and one empty on a side is a point
    before or after the space beside it ("said" deleted at "Russian| ‘hasty’"), so the
    change's text on that side began or ended with the space. A point at the change's
    start moves over the spaces after it, one at its end over those before it."""
    first = (min(p[0] for p in parts), min(p[2] for p in parts))
    return tuple(
        (*_inward(sa, p[0], p[1], p[0] == first[0]), *_inward(sb, p[2], p[3], p[2] == first[1]))
        for p in parts
    )


def _inward(text: str, start: int, end: int, forward: bool) -> tuple[int, int]:
    if start == end:
        step = 1 if forward else -1
        while 0 < start < len(text) and text[start if forward else start - 1].isspace():
            start += step
        return start, start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
