"""Paragraphs of a plain text: which line breaks end a unit and which only wrap a line.

A line is its own unit (a headline, a byline, a bullet, news saved one paragraph a
line), except in text hard-wrapped at a fixed width (wire copy, e-mail, 72 or 80
columns), whose lines are joined into their paragraph. Wrapping is decided per run of
lines, never per file, so that a long URL, a headline or a block wrapped at another
width elsewhere in the file changes nothing here.

The law a greedy wrapper (textwrap, fmt, an editor) obeys: it breaks a line only
where the next word would not have fitted. So a run of lines is a candidate paragraph
when, at the width its longest line shows, no line could have taken the next line's
first word (lines over ``WRAP_MAX`` that are more than one word, a line indented
relative to its neighbours and bullets after a sentence's end break a run; a block
indented as a whole is read as any other). News saved one paragraph a line often
fits that law too (sentences of similar length), so a candidate is joined only when:

- one of its breaks is inside a sentence: the line ends in a comma, a hyphen or a
  dash, in a word no sentence ends in ("the", "of", "and"), inside an open quotation,
  in an abbreviation's full stop before a number ("Feb.\\n24"), or in "a.m." before
  a weekday, a month or a time zone ("9 a.m.\\nTuesday"); or the next line starts
  with a lower-case (or caseless) letter;
- or its width is one at which a run of the same text with two such breaks was
  wrapped (so "Prime\\nMinister" joins), unless it is two lines, a headline over a
  longer line that ends no sentence;
- or it is a block of its own (blank lines around it) whose breaks before a capital
  are at least as many as its lines that end a sentence, and whose last line ends one.

A wrapper that evens its lines out (fmt, par) breaks before words that would have
fitted; such a break still joins when it is plainly inside a sentence (a comma, "the",
a lower-case word next), or when the line before it ends no sentence, is nearly as
long as its neighbour, and that neighbour is a wrapped paragraph's (the line above
it, or the next line that goes on into the paragraph below).

So "... keep rising\\nBy Jane Smith" and "... the county council\\nResidents were
told ..." in news saved a paragraph a line stay apart. Measured on a development set
of wrapped and unwrapped text by ``bench/wrap_sentences.py``.
"""

from __future__ import annotations

import re

from newsdiff.core.abbreviations import no_vowel

#: A line longer than this was not wrapped at a fixed width (unless it is one word: a
#: URL longer than the width overflows it) ...
WRAP_MAX = 100
#: ... nor were the lines of a run whose longest line is shorter than this (a list of
#: short items, each a line, looks wrapped at its own tiny width).
WRAP_MIN = 30

_LINE = re.compile(r"[^\r\n]+")
_BLANKS = re.compile(r"\n(?:[^\S\n]*\n)+")  # blank lines between two lines
#: A bullet or a numbered item: it starts a paragraph whatever the line above it.
_BULLET = re.compile(r"^(?:[-*•–]|\d+[.)])\s")
#: A bullet item's marker, with the indent before it and the space after it: the
#: item's text starts at this column.
_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d+[.)])[ \t]+")
_ITEM_FIRST = frozenset(" \t-*•–0123456789")
#: What may close a sentence after its mark: quotes, brackets, emphasis.
_CLOSERS = "\"'”’»›)]*_"
#: Sentence-ending marks: Latin, CJK full-width, Urdu, Devanagari, Arabic, Greek.
_TERMINAL = frozenset(".!?…。！？۔।॥؟\u037e")
#: A line ending in one of these breaks mid-sentence (the hyphen: a wrapped compound).
_MID = frozenset(",-–—(")
#: Words that end no sentence, headline or byline: a line ending in one breaks
#: mid-sentence ("... surrounding the\nUkrainian military"). English only; other
#: languages rely on the other signs.
_OPEN_ENDED = frozenset(
    "the a an of to and or but nor than from into onto upon between among amongst via "
    "whose its their his her our your my".split()
)
#: Opening marks skipped to find the next line's first letter.
_OPENERS = "\"'“‘«‹(["

#: A word of two letters or more and its full stop, ending a text: "approx.", "Feb."
#: (not an initial, "U.S.", nor a number, "1950.").
_WORD_STOP = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.$")
#: Abbreviations written before a number, as they are written: "No. 5", "vol. 3",
#: "Fig. 2", "approx. 3 p.m.", "Jan. 5", "Rte. 9". A word written with no vowel
#: ("pp.", "pct.", "ft.", "St.", "vs.") is an abbreviation without being listed.
#: Words that are also common words ending a sentence ("art", "apt") are listed only
#: with their capital ("Art. 5").
_BEFORE_NUMBER = frozenset(
    word
    for entry in (
        "no nos vol vols fig figs approx est ca chap para paras sec sect secs op ext tel "
        "incl excl min mins oz doz ref hwy hwys jan feb mar apr jun jul aug sep sept oct "
        "nov dec"
    ).split()
    for word in (entry, entry.capitalize())
) | frozenset("Art Arts Apt Ave Rte Reg Div Dist Nr".split())
_VOWELS = frozenset("aeiouyAEIOUY")
#: A numeral that is not a year (a sentence may start with one: "2024 was ...").
_NUMERAL = re.compile(r"[$€£¥]?(?!(?:1[5-9]|20)\d\d(?!\d))\d")
_NUMERAL_FIRST = frozenset("$€£¥0123456789")

#: No width yet: the open run has no break.
_NONE = 1 << 30

# How a line break reads, for a run's verdict.
_END, _MIDDLE, _CAPITAL = 0, 1, 2


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a line, or the lines of a hard-wrapped
    paragraph (a blank line, a line indented more than the line above or, as a
    first-line indent, than the line below, or a bullet starts a new one), or a
    bullet item with the lines indented to its text under it."""
    lines, spaced = lines_of(text)
    if spaced:
        return lines  # a blank line after each line: none may wrap, each is a paragraph
    soft = _soft_breaks(text, lines)
    out: list[tuple[int, int]] = []
    hang = 0  # the open paragraph's hanging indent if it is a bullet item, else 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if out and (
            soft[i - 1]
            or (
                hang
                and line[:1].isspace()
                and indent(line) == hang
                and text[out[-1][1] : s].count("\n") == 1
            )
        ):
            # The paragraph above, wrapped; or indented to the text of the bullet item
            # above it: that item, wrapped.
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
            item = _ITEM.match(line) if line[:1] in _ITEM_FIRST else None
            hang = len(item.group().expandtabs()) if item else 0
    return out


def _soft_breaks(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """``soft[i]``: line ``i + 1`` continues line ``i`` (the break only wraps it)."""
    n = len(lines)
    soft = [False] * n
    if n < 2:
        return soft
    # A line's width counts its indent; its words are read without it.
    shown = [text[s:e].rstrip() for s, e in lines]
    widths = [len(t.expandtabs()) if "\t" in t else len(t) for t in shown]
    indents = [indent(t) if t[:1].isspace() else 0 for t in shown]
    texts = [t.lstrip() for t in shown]
    words = [t.split(None, 1) for t in texts]
    many = [len(w) > 1 for w in words]
    # After line k: one newline (the same block of lines) or more (a blank line).
    gaps = [text[lines[k][1] : lines[k + 1][0]].count("\n") for k in range(n - 1)]
    # indented[j]: line j + 1 opens a paragraph by its indent. It does when it is
    # indented more than line j, or more than the line after it (a first-line indent:
    # a one-line headline above it is no part of it), unless the break is plainly
    # inside a sentence ("... is wrapped at\n  seventy-two columns" closing an
    # indented block). A block indented as a whole, every line alike, is wrapped text
    # like any other.
    indented = [
        indents[j + 1] > indents[j]
        or (
            j + 2 < n
            and gaps[j + 1] == 1
            and indents[j + 1] > indents[j + 2]
            and not _plainly_mid(texts[j], texts[j + 1])
        )
        for j in range(n - 1)
    ]
    runs: list[tuple[int, int, int, int]] = []  # first and last line, the widths between
    first, top, least = 0, widths[0] if many[0] else 0, _NONE
    fits: list[int] = []  # per break of the open run: a width its line could not reach
    for j in range(n - 1):
        if gaps[j] != 1 or not _may_wrap(texts, widths, indented, many, j):
            _close(runs, first, fits, top, least)
            first, fits, top, least = j + 1, [], widths[j + 1] if many[j + 1] else 0, _NONE
            continue
        fit = widths[j] + 1 + len(words[j + 1][0])
        wider = max(top, widths[j + 1] if many[j + 1] else 0)
        if fit <= wider:  # the next word would have fitted: a break of its own
            _close(runs, first, fits, top, least)
            first, fits, top, least = j + 1, [], widths[j + 1] if many[j + 1] else 0, _NONE
            continue
        fits.append(fit)
        top, least = wider, min(least, fit)
        if least <= top:
            # A line longer than an earlier break allows: the run starts after that
            # break (the last line of the paragraph before, say, is not this one's).
            cut = next(k for k in range(len(fits) - 1, -1, -1) if fits[k] <= top)
            head = fits[:cut]
            _close(
                runs, first, head, _top(widths, many, first, first + cut), min(head, default=_NONE)
            )
            first, fits = first + cut + 1, fits[cut + 1 :]
            top, least = _top(widths, many, first, j + 1), min(fits, default=_NONE)
    _close(runs, first, fits, top, least)
    kinds = [[_break_kind(texts[k], texts[k + 1]) for k in range(f, t)] for f, t, _w, _e in runs]
    # Runs wrapped beyond doubt (two breaks inside a sentence) vouch for their width.
    sure = [
        (run[2], run[3]) for run, kind in zip(runs, kinds, strict=True) if kind.count(_MIDDLE) > 1
    ]
    for (first, last, top, least), kind in zip(runs, kinds, strict=True):
        alone = (first == 0 or gaps[first - 1] > 1) and (last == n - 1 or gaps[last] > 1)
        # A headline over a longer line (outside review: "short line, no final stop").
        headline = last == first + 1 and widths[first] < widths[last]
        if (
            _MIDDLE in kind
            or (
                any(max(top, t) < min(least, e) for t, e in sure)
                and not (headline and not _ends_sentence(texts[last]))
            )
            or (alone and _prose(kind, texts[last]))
        ):
            soft[first:last] = [True] * (last - first)
    for j in range(n - 1):
        # A wrapper that evens its lines out (fmt, par) breaks before a word that would
        # have fitted: a break that is plainly mid-sentence joins all the same, and so
        # does one after a wrapped paragraph's line that ends no sentence.
        if (
            not soft[j]
            and gaps[j] == 1
            and widths[j] >= WRAP_MIN
            and _may_wrap(texts, widths, indented, many, j)
        ):
            soft[j] = _plainly_mid(texts[j], texts[j + 1]) or (
                j > 0
                and soft[j - 1]
                and 10 * (widths[j] + 1 + len(words[j + 1][0])) > 9 * widths[j - 1]
                and not _ends_sentence(texts[j])
                and not _BULLET.match(texts[j + 1])
            )
    for j in range(n - 3, -1, -1):
        # The same before a wrapped paragraph's second line: its first line.
        if (
            not soft[j]
            and soft[j + 1]
            and gaps[j] == 1
            and widths[j] >= WRAP_MIN
            and 10 * (widths[j] + 1 + len(words[j + 1][0])) > 9 * widths[j + 1]
            and not _ends_sentence(texts[j])
            and _may_wrap(texts, widths, indented, many, j)
        ):
            soft[j] = True
    return soft


def _close(
    runs: list[tuple[int, int, int, int]], first: int, fits: list[int], top: int, least: int
) -> None:
    """Keep the run from line ``first`` with these breaks if it is wide enough: (first
    line, last line, its longest line, the least width its breaks rule out)."""
    if fits and top >= WRAP_MIN:
        runs.append((first, first + len(fits), top, least))


def _top(widths: list[int], many: list[bool], first: int, last: int) -> int:
    """The longest line from ``first`` to ``last`` (a line of one word, a URL, may
    overflow the width: it does not count)."""
    return max((widths[k] for k in range(first, last + 1) if many[k]), default=0)


def _may_wrap(
    texts: list[str], widths: list[int], indented: list[bool], many: list[bool], j: int
) -> bool:
    """Whether the break after line ``j`` can be a wrap at all: the next line not opening a
    paragraph by its indent (``indented``), nor a bullet unless mid-sentence ("through
    March\\n9. The ..."), neither line too long for wrapped text."""
    line, nxt = texts[j], texts[j + 1]
    return (
        (widths[j] <= WRAP_MAX or not many[j])
        and (widths[j + 1] <= WRAP_MAX or not many[j + 1])
        and not indented[j]
        and (
            not _BULLET.match(nxt)
            or not (_BULLET.match(line) or _ends_sentence(line) or line.endswith(":"))
        )
    )


def _prose(kinds: list[int], last: str) -> bool:
    """Whether a block of lines with no break inside a sentence, in a text with no wrapped run to
    vouch for its width, is still a wrapped paragraph (see the module's docstring)."""
    capitals = kinds.count(_CAPITAL)
    return capitals > 0 and capitals >= kinds.count(_END) and _ends_sentence(last)


def _break_kind(line: str, nxt: str) -> int:
    if _open_quote(line) and nxt[:1] not in _OPENERS:
        # Inside a quotation that the next line goes on with (a paragraph of a quote
        # that runs on opens with a quote mark of its own, by the usual convention).
        return _MIDDLE
    if number_follows(line, nxt) or time_goes_on(line, nxt):
        return _MIDDLE
    if _ends_sentence(line):
        return _END
    if line.rstrip(_CLOSERS)[-1:] in _MID or line[line.rfind(" ") + 1 :].lower() in _OPEN_ENDED:
        return _MIDDLE
    head = nxt.lstrip(_OPENERS)[:1]
    return _MIDDLE if head.isalpha() and not head.isupper() else _CAPITAL


def number_follows(tail: str, nxt: str) -> bool:
    """Whether a full stop ending ``tail`` is an abbreviation's before a number that is
    not a year: "approx. 3 p.m.", "Feb. 24", "vol. 2", "est. $3m", "pp. 12". The word
    must be an abbreviation (``_BEFORE_NUMBER``, or a word with no vowel): news copy
    opens sentences with figures whatever the style guides say ("12 million dollars.
    50 people were hurt.", "Sales fell. 40% of stores closed.": outside review r14),
    so any other word's full stop before a figure ends its sentence."""
    if nxt[:1] not in _NUMERAL_FIRST or _NUMERAL.match(nxt) is None:
        return False
    m = _WORD_STOP.search(tail, max(0, len(tail) - 24))
    if m is None:
        return False
    word = m.group(1)  # an acronym in capitals ("NBC.") ends a sentence as a name does
    return word in _BEFORE_NUMBER or (
        _VOWELS.isdisjoint(word) and not word.isupper() and (word.isascii() or no_vowel(word))
    )


#: "a.m." or "p.m." ending a text (capitals too: "9 A.M.").
_CLOCK = re.compile(r"(?<![\w.])[aApP]\.[mM]\.$")
#: A word after "a.m."/"p.m." that goes on with the sentence (capitalised ones: the
#: lower-case ones all go on): a weekday, a month, a time zone.
_AFTER_CLOCK = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur "
    "Thurs Fri Sat Sun January February March April May June July August September "
    "October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET CT MT PT GMT UTC BST IST CET CEST "
    "EET EEST WET WEST MSK JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT".split()
)
#: Zone names that are also common words: they go on with the sentence only before
#: "time", "Standard", "Daylight" or a word that is no name ("8 p.m. Eastern on ...").
_CLOCK_REGIONS = frozenset("Eastern Central Pacific Mountain Atlantic local".split())
_FIRST_TWO = re.compile(r"([^\W\d_]+)\W*([^\W\d_]*)")


def time_goes_on(tail: str, nxt: str) -> bool:
    """Whether the full stop of "a.m." or "p.m." ending ``tail`` ends no sentence, by
    the word after it: a weekday, a month, a time zone or a lower-case word goes on
    with the sentence ("set for 9 a.m. Tuesday at the courthouse", "at 8 p.m. EST
    on Tuesday", "at 9 a.m. today"); any other word, a quote mark or a figure opens
    the next one ("at 9 p.m. The talks resumed."). A sentence that does open with
    a weekday after a time ("... at 5 p.m. Sunday was quiet.") is read as going on:
    AP style writes the day right after the time, and such an opening is rare."""
    if _CLOCK.search(tail, max(0, len(tail) - 5)) is None:
        return False
    m = _FIRST_TWO.match(nxt)
    if m is None:
        return False
    first, second = m.groups()
    if first in _CLOCK_REGIONS:
        return not second[:1].isupper() or second in ("Time", "Standard", "Daylight")
    return first in _AFTER_CLOCK or first.islower()


def _plainly_mid(line: str, nxt: str) -> bool:
    """A break inside a sentence by its words alone: the line ends in a comma, a dash,
    a word no sentence ends in or a word's full stop before a number, or the next line
    starts with a lower-case letter (a caseless script's letter is no sign here: a
    headline without a final mark is followed by one)."""
    if number_follows(line, nxt) or time_goes_on(line, nxt):
        return True
    if _ends_sentence(line):
        return False
    return (
        line.rstrip(_CLOSERS)[-1:] in _MID
        or line[line.rfind(" ") + 1 :].lower() in _OPEN_ENDED
        or nxt.lstrip(_OPENERS)[:1].islower()
    )


def _open_quote(line: str) -> bool:
    """Whether a quotation opened on ``line`` is still open at its end."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _TERMINAL


def lines_of(text: str) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of each line that is not blank, ``\r`` or ``\n`` ending a line;
    and whether a blank line follows each of them but the last."""
    if "\r" in text:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
        return lines, len(_BLANKS.findall(text.strip())) == len(lines) - 1
    # No carriage return (most text): one split in C, blank lines seen on the way (a
    # pattern for them over the whole text cost the 100x seed pair 16 M instructions).
    out: list[tuple[int, int]] = []
    pos, spaced, blank = 0, True, True  # no gap before the first line
    for line in text.split("\n"):
        if seen := bool(line.strip()):
            spaced = spaced and blank
            out.append((pos, pos + len(line)))
        blank, pos = not seen, pos + len(line) + 1
    return out, spaced and bool(out)


def indent(line: str) -> int:
    """The column a line's text starts at (tabs to the next multiple of eight)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())
