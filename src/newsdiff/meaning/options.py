"""What a comparison ignores: case, punctuation, quote and dash styles, spelling variants.

An ignored difference is no change at all. The word diff itself does not depend on
the options: tokens are always matched by a loose key (case, quote and dash style and
spelling folded), so "Kiev" and "Kyiv" line up as one replaced word and the ops keep
the exact text of both sides. The options decide which of those differences count:
a change whose two sides fold to the same text under the options is ignored, and a
row whose every change is ignored is ``equal``. So toggling an option never re-runs
the diff (the app can flip it instantly) and the JSON laws (A side == equal + delete
texts, B side == equal + insert texts) hold whatever the options.

Whitespace alone is never a change: a double space, a non-breaking space, or a space
that comes or goes next to punctuation ("(AP)" vs "(AP )"). Two texts whose tokens are
the same apart from the whitespace between them are the same text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsdiff.core.article import fold_doubled_marks, normalize
from newsdiff.core.figures import SPACED, ungrouped
from newsdiff.core.invisible import fold_invisible
from newsdiff.core.letterforms import fold_arabic
from newsdiff.core.worddiff import tokenize
from newsdiff.meaning.contractions import expansions, word_after
from newsdiff.meaning.cues.base import Number
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.cues.written import canonical_number
from newsdiff.meaning.variants import (
    canonical_lower,
    canonical_text,
    closed_compounds,
    has_joiner,
    open_compounds_alike,
    plural_possessive,
)

#: Every quotation mark (single or double, straight or curly, guillemets) and every
#: dash folds to one character: quote style is "‘x’" versus "“x”" too.
_QUOTES_AND_DASHES = str.maketrans(
    {
        **dict.fromkeys("\"“”„‟«»‘’‚‛'`´\u2032\u2033\uff02\uff07", '"'),
        **dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d", "-"),
    }
)


def _is_dash(ch: str) -> bool:
    return unicodedata.category(ch) == "Pd" or ch == "\u2212"


class _PunctuationTable(dict[int, str | None]):
    """A ``str.translate`` table built as characters are met: a dash or hyphen becomes
    a space ("second-largest" reads as "second largest"), every other punctuation
    mark goes ("U.S." meets "US", "7,000" meets "7000"), the rest stays."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if _is_dash(ch):
            out: str | None = " "
        elif unicodedata.category(ch).startswith("P"):
            out = None
        else:
            out = ch
        self[code] = out
        return out


_PUNCTUATION = _PunctuationTable()


def _strip_punctuation(text: str) -> str:
    return text.translate(_PUNCTUATION)


@dataclass(frozen=True)
class CompareOptions:
    """Which differences a comparison ignores. Frozen, so it can key a cache.

    Attributes:
        ignore_case: "Western" and "western" are the same.
        ignore_punctuation: punctuation marks do not count (spacing never does); a
            hyphen reads as a space ("second-largest" = "second largest").
        ignore_quotes: quote and dash styles do not count ("‘hasty’" = "\\"hasty\\"",
            "—" = "-").
        ignore_spelling: spelling variants do not count: transliterations
            ("Kyiv"/"Kiev"), British/American spelling ("defence"/"defense"), a
            compound written in parts ("co-operation"/"cooperation"), a
            number written another way with the same value ("fifteen"/"15",
            "$5m"/"$5 million", "15%"/"15 per cent", "March 3"/"3 March", "۱۲۰۰"/"1200"),
            an Arabic-script letter typed on another keyboard or with optional
            marks ("کتاب"/"كتاب", ``core.letterforms``), a soft hyphen or
            zero-width character in a word (``core.invisible``), and a contraction
            ("don't"/"do not", "It's"/"It is": ``contractions``).
    """

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_quotes: bool = False
    ignore_spelling: bool = False

    @property
    def any(self) -> bool:
        """Whether anything beyond whitespace is ignored."""
        return (
            self.ignore_case
            or self.ignore_punctuation
            or self.ignore_quotes
            or self.ignore_spelling
        )

    @lru_cache(maxsize=65536)  # noqa: B019 - options are few, frozen and long-lived
    def fold(self, text: str, closed: bool = False) -> str:
        """``text`` as these options compare it; ``closed``, ignoring spelling: with its
        compounds written in parts closed up ("co-operation", "Kenn-Zeichen":
        ``variants.closed_compound``)."""
        t = _nfkc(text, keep_width=not self.ignore_punctuation)
        if self.ignore_spelling:
            # One letter typed on another keyboard, an optional vowel mark, a figure in
            # another script's digits ("کتاب"/"كتاب", "۱۲۰۰"/"1200"): first, so that
            # the numbers below read the digits. And a soft hyphen or zero-width
            # character, which the reader does not see ("I\u200bnflation"), in any script.
            t = fold_arabic(fold_invisible(t))
        if self.ignore_spelling or self.ignore_punctuation:
            # Before case and punctuation go: "March" and "Mar." need their case and dot,
            # and a number's sign, decimal point and percent sign are its value.
            t = _fold_numbers(t, self.ignore_spelling, self.ignore_punctuation)
        if self.ignore_spelling and ("'" in t or "’" in t):
            t = plural_possessive(t)  # before the quote marks fold: "Midlands's" = "Midlands'"
        if self.ignore_quotes or self.ignore_punctuation:
            t = fold_doubled_marks(t).translate(_QUOTES_AND_DASHES)
        if self.ignore_spelling:
            t = canonical_text(t)
            if closed:
                t = closed_compounds(t)
        if self.ignore_case:
            t = t.casefold()
        if self.ignore_punctuation:
            t = _strip_punctuation(t)
        return " ".join(t.split())  # whitespace runs to one space, as core's normalize

    def ignores(self, a: str, b: str, after: str = "") -> bool:
        """Whether replacing ``a`` by ``b`` is no change under these options (``after``:
        the word after both, which reads a "'s", ``contractions.word_after``).

        Whitespace alone is never a change, wherever it is: "Chor/SOPA" and "Chor /
        SOPA" have the same tokens. "apart" and "a part" do not.
        """
        if same_tokens(a, b):
            return True
        return self.same_folded(a, b, after)

    def same_folded(self, a: str, b: str, after: str = "") -> bool:
        """Whether ``a`` and ``b`` fold to one text. Ignoring spelling, a compound
        written in parts is its closed form too ("co-operation" = "cooperation"), but
        only where that makes the two equal: "second-largest" still meets "second
        largest" under ``ignore_punctuation``, which reads its hyphen as a space."""
        if self.fold(a) == self.fold(b):
            return True
        if not self.ignore_spelling:
            return False
        if _closed_up(self, a, b):
            return True
        # a contraction ("It's" = "It is", "don't" = "do not"), each way "'s" reads
        ea, eb = expansions(a, after), expansions(b, after)
        return (ea != (a,) or eb != (b,)) and any(
            self.fold(x) == self.fold(y) for x in ea for y in eb
        )

    def ignores_in(self, side_a: str, side_b: str, span: tuple[int, int, int, int]) -> bool:
        """Whether the change at ``span`` of a row's two side texts is no change under
        these options: ``ignores`` on its two texts, or, ignoring spelling, on its
        numbers read in the row ("1500" is a time before "GMT", one value with "3
        p.m.": each text alone would read "1500" as a count), each number whole."""
        a0, a1, b0, b1 = span
        after = word_after(side_a, side_b, span) if self.ignore_spelling else ""
        if self.ignores(side_a[a0:a1], side_b[b0:b1], after):
            return True
        if not self.ignore_spelling:
            return False
        in_a, in_b = _as_read(side_a, a0, a1), _as_read(side_b, b0, b1)
        return (in_a or in_b) is not None and self.fold(in_a or side_a[a0:a1]) == self.fold(
            in_b or side_b[b0:b1]
        )

    def flags(self) -> list[str]:
        """The command-line flags that set these options."""
        names = ("case", "punctuation", "quotes", "spelling")
        return [f"--ignore-{n}" for n in names if getattr(self, f"ignore_{n}")]


#: Full-width and half-width punctuation and symbols ("，" "！" "（" "｡"), which NFKC
#: writes as ASCII ("," "!" "(") or full width ("。"): a change of width alone is a
#: change of punctuation style, as one of quote style is, so only
#: ``--ignore-punctuation`` folds it (with ``--ignore-quotes``, "＂" "＇" "－" too).
_WIDE_MARKS = re.compile(r"([\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+)")


def _nfkc(text: str, keep_width: bool) -> str:
    """``text`` in NFKC, with its full- and half-width marks kept if ``keep_width``."""
    if not keep_width or text.isascii() or not _WIDE_MARKS.search(text):
        return unicodedata.normalize("NFKC", text)
    # The split's odd pieces are the marks: kept as typed.
    pieces = _WIDE_MARKS.split(text)
    return "".join(p if k % 2 else unicodedata.normalize("NFKC", p) for k, p in enumerate(pieces))


_NOT_A_DIGIT = re.compile(r"[^0-9]+")


def fold_digits(text: str, spelling: bool = False) -> str:
    """The ASCII digits of ``text`` once NFKC has written every digit so, in order, and
    with ``spelling`` once every number is written one way ("five" as "5"): what
    ``fold`` keeps of them under every option that ignores spelling or does not.
    Shields, quote and dash styles, spellings (no word of the table holds a digit),
    case, punctuation and spacing never add or drop a digit."""
    text = unicodedata.normalize("NFKC", text)
    if spelling:
        return _NOT_A_DIGIT.sub("", _fold_numbers(fold_arabic(text), True, False))
    return _NOT_A_DIGIT.sub("", text)


def any_ignores(a: str, b: str) -> bool:
    """Whether some combination of the options ignores replacing ``a`` by ``b``
    (``any(o.ignores(a, b) for o in EVERY)``). Two texts whose digits differ under a
    fold differ under it: the folds of the options that ignore spelling are compared
    only when the digits of the numbers written one way are the same, those of the
    other options only when the digits as written are (most changes of a value: none)."""
    if same_tokens(a, b):
        return True
    kept = fold_digits(a) == fold_digits(b)
    spelled = fold_digits(a, spelling=True) == fold_digits(b, spelling=True)
    if any(o.fold(a) == o.fold(b) for o in EVERY if (spelled if o.ignore_spelling else kept)):
        return True
    # A compound closed up (``same_folded``): only the options that ignore spelling.
    return spelled and any(_closed_up(o, a, b) for o in EVERY if o.ignore_spelling)


def _closed_up(o: CompareOptions, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one text under ``o`` once compounds written in parts,
    with a hyphen or a space, are closed up (``CompareOptions.same_folded``)."""
    if not (has_joiner(a) or has_joiner(b)):
        # Nothing to close with a hyphen; only words run together ("fire fighter") are
        # left, and most changes have other letters: the folds (cached) only after that.
        if "".join(a.split()).casefold() != "".join(b.split()).casefold():
            return False
        return open_compounds_alike(o.fold(a), o.fold(b))
    ca, cb = o.fold(a, True), o.fold(b, True)
    return ca == cb or open_compounds_alike(ca, cb)


@lru_cache(maxsize=1024)
def _row_numbers(text: str) -> tuple[Number, ...]:
    return numbers(text)


def _as_read(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` widened to the numbers it touches, each written one way as
    read in the whole ``text`` (``canonical_number``); None if it touches none."""
    nums = [n for n in _row_numbers(text) if n.start < end and start < n.end]
    if not nums:
        return None
    lo, hi = min(start, *(n.start for n in nums)), max(end, *(n.end for n in nums))
    out, pos = [], lo
    for n in nums:
        if n.start < pos:
            continue
        out += [text[pos : n.start], canonical_number(n)]
        pos = n.end
    return "".join([*out, text[pos:hi]])


def _fold_numbers(text: str, canonical: bool, shield: bool) -> str:
    """``text`` with every number written one way (``cues.canonical_number``) if
    ``canonical``, and with the marks that carry a number's value shielded from
    ``--ignore-punctuation`` if ``shield``: "5.5" is not "55", "-5" not "5", "3%" not
    "3", "1,234" not "12.34" (a thousands comma carries no value and goes)."""
    nums = numbers(text)
    if not nums:
        return text
    out, pos = [], 0
    for n in nums:
        if n.start < pos:
            continue
        out.append(text[pos : n.start])
        written = canonical_number(n) if canonical else n.text
        out.append(_shield(written) if shield else written)
        pos = n.end
    out.append(text[pos:])
    return "".join(out)


# Private-use stand-ins, which are no punctuation: a sign, a decimal mark, a percent sign.
_MINUS_MARK, _POINT_MARK, _PERCENT_MARK = "\ue001", "\ue002", "\ue003"
_FIGURE = re.compile(r"(?P<digits>" + SPACED + r"|\d+(?:[.,:]\d+)*)(?P<pc>\s?%)?")
_SIGN = re.compile(r"^(?:[-\u2212\u2013]|minus\s+)", re.IGNORECASE)


def _shield(number: str) -> str:
    """A number's text (``cues.Number.text`` or its canonical form, sign first) with
    its value marks in stand-ins that no option folds."""

    def one(m: re.Match[str]) -> str:
        # Thousands separators carry no value ("1,234", "1 234", "1.234.567"): the same
        # test as ``cues._digits_value``.
        digits = ungrouped(m.group("digits")) or m.group("digits")
        digits = re.sub("[.,:]", _POINT_MARK, digits)
        return digits + (_PERCENT_MARK if m.group("pc") else "")

    return _FIGURE.sub(one, _SIGN.sub(_MINUS_MARK, number))


def same_tokens(a: str, b: str) -> bool:
    """Whether two texts differ in whitespace only (the same tokens, spaced otherwise)."""
    if a == b:
        return True
    if "".join(a.split()) != "".join(b.split()):
        # The tokens but whitespace runs, joined, are the text with some whitespace
        # left out: two texts that differ once all whitespace is out differ in a token.
        # Two row sides of a real edit (most calls) need no tokenizing to tell.
        return False
    return _solid(a) == _solid(b)


@lru_cache(maxsize=65536)
def _solid(text: str) -> tuple[str, ...]:
    # A percent sign is a token of its own (``worddiff``), so "3%" is "3 %" here too;
    # a figure grouped by spaces is one token, whatever its spaces ("1 200", "1\u00a0200").
    return tuple(" ".join(t.split()) for t in tokenize(text) if not t.isspace())


DEFAULT = CompareOptions()
ALL = CompareOptions(True, True, True, True)


def closed_alike(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` fold to one text under every option once their compounds
    written in parts are closed up ("co-operation" -> "cooperation"). For the classes,
    whose callers compared ``ALL.fold`` already: ``ALL.same_folded`` again paid two
    hashes of the options per call, 0.15% of the 1 MB pair's instructions."""
    return _closed_up(ALL, a, b)


#: Every combination of the four options.
EVERY = tuple(
    CompareOptions(c, p, q, s)
    for c in (False, True)
    for p in (False, True)
    for q in (False, True)
    for s in (False, True)
)


@lru_cache(maxsize=65536)
def loose_key(token: str) -> str:
    """The token form the word diff matches on, whatever the options.

    Case, quote and dash style and spelling variants are folded, so a token that
    differs only so lines up with its counterpart and becomes its own small change
    ("Kiev" -> "Kyiv") instead of blurring into the words around it.
    """
    if token.isspace():
        return " "
    folded = normalize(token).translate(_QUOTES_AND_DASHES).casefold()
    return canonical_lower(folded)
