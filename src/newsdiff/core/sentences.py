"""Sentence segmentation with character offsets into the original text.

sentencex does the segmenting. We split into paragraphs first (``paragraphs.py``: a
line, or the lines of a hard-wrapped paragraph; a headline or a bullet is its own
unit, and sentencex pairs straight quotes across lines otherwise), then repair
the two seams sentencex leaves in news copy: inline photo captions glued to the next
sentence, and boundaries swallowed by an unbalanced quotation mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sentencex import segment

from newsdiff.core import abbreviations, script_titles, thai
from newsdiff.core.frozen import quick_init
from newsdiff.core.invisible import as_visible
from newsdiff.core.language import detect
from newsdiff.core.paragraphs import number_follows, paragraphs, time_goes_on
from newsdiff.core.quote_ends import continues_quote, inside_quotation


@quick_init
@dataclass(frozen=True)
class Sentence:
    """A sentence: ``text == original[start:end]``."""

    index: int
    start: int
    end: int
    text: str


_CAPTION_WORDS = (
    r"Image|Images|Picture|Pictures|Pictured|Photo|Photos|Photograph|Credit|Source|"
    r"Illustration|Graphic|Video|Getty|Reuters|AFP|AP|PA|EPA|REX|Shutterstock"
)
# A parenthetical that credits a picture, followed by the start of a new sentence.
_CAPTION_END = re.compile(
    r"\((?:[^()]*\b(?:" + _CAPTION_WORDS + r")\b[^()]*)\)(?=\s+[\"'“‘]?[A-Z0-9])"
)
# Cloudflare's e-mail obfuscation marker, which eats the full stop after it.
_EMAIL_MARK = re.compile(r"\[email(?:&#160;|\s)protected\](?=\s+[A-Z])")
# A sentence end that sentencex missed because an unbalanced quote kept it "inside" a
# quotation: terminal punctuation after a lowercase word or a quote mark, then a capital.
# Initials and short abbreviations ("U.S.", "Mr.") never match: they need two lowercase
# letters or a quote mark before the full stop.
_MISSED_END = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[\"“”'’][.!?]))\s+(?=[\"“‘]?[A-Z])")

# The Greek question mark (U+037E, which NFKC folds to ";"), or a ";" right after a
# Greek letter (Greek writes its semicolon as the raised dot "·"): a sentence end the
# segmenter, which knows only ".", "!" and "?", leaves inside the sentence.
_GREEK_QUESTION = re.compile(r"(?:\u037e|(?<=[\u0370-\u03ff\u1f00-\u1fff]);)(?=\s+\S)")

# "a.m." or "p.m." before a quotation that opens with a capital: the segmenter reads
# the full stop as an abbreviation's and goes on, but a quote opens a sentence ("at 9
# p.m. “We are done,” he said."; see ``paragraphs.time_goes_on``).
_CLOCK_QUOTE = re.compile(r"(?<![\w.])[aApP]\.[mM]\.(?=\s+[\"“‘'][A-Z])")


def _unbalanced_quotes(text: str) -> bool:
    straight = text.count('"')
    return straight % 2 == 1 or text.count("“") != text.count("”")


def _cuts(piece: str) -> list[int]:
    """Offsets inside ``piece`` where an extra boundary belongs (a list, most often
    empty: a generator, then a set and a sort of nothing, cost every chunk more than
    the tests)."""
    # Each pattern needs its literal first: a test in C skips most searches.
    out: list[int] = []
    if "(" in piece:
        out += [m.end() for m in _CAPTION_END.finditer(piece)]
    if "[email" in piece:
        out += [m.end() for m in _EMAIL_MARK.finditer(piece)]
    if "\u037e" in piece or ";" in piece:
        out += [m.end() for m in _GREEK_QUESTION.finditer(piece)]
    if ".m." in piece or ".M." in piece:
        out += [m.end() for m in _CLOCK_QUOTE.finditer(piece)]
    words = abbreviations.word_cuts(piece)
    if words and ('"' in piece or "“" in piece or "'" in piece or "‘" in piece):
        # "me." and "May." end a sentence where "him." and "June." do: at a quotation's
        # end or outside one, never inside it, where sentencex ends none ("here?" in the
        # same quotation: review r24b finding B). The answer "No." ends one anywhere
        # ('"No. Two aides quit," he said.').
        words = [
            c
            for c in words
            if piece.endswith(("No.", "no."), 0, c) or not inside_quotation(piece, c)
        ]
    out += words
    if _unbalanced_quotes(piece):
        out += [m.start() for m in _MISSED_END.finditer(piece)]
    return out


def _spans_in_line(line: str, seg: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in one line, whitespace trimmed, as sentencex
    segments it in language ``seg``."""
    pos = 0
    for raw in segment(seg, line):
        chunk = raw.strip()
        if not chunk:
            continue
        start = line.find(chunk, pos)
        if start < 0:  # the segmenter altered the text; fall back to the rest of the line
            start = pos
            chunk = line[pos:].strip()
            if not chunk:
                return
            start = line.index(chunk, pos)
        end = start + len(chunk)
        pos = end
        found = _cuts(chunk)
        cuts = sorted({c for c in found if 0 < c < len(chunk)}) if found else found
        if not cuts:  # the common case: the chunk is one trimmed sentence
            yield start, end
            if end >= len(line):
                return
            continue
        prev = 0
        for c in [*cuts, len(chunk)]:
            part = chunk[prev:c]
            lead = len(part) - len(part.lstrip())
            trimmed = part.strip()
            if trimmed:
                yield start + prev + lead, start + prev + lead + len(trimmed)
            prev = c
        if end >= len(line):
            return


#: A letter or digit: ``re``'s ``\w`` is exactly ``str.isalnum()`` plus the underscore.
_ALNUM = re.compile(r"[^\W_]")


#: Titles before a name: a full stop after one ends no sentence ("Ms. Lindqvist").
_TITLE_END = re.compile(rf"\b(?:{abbreviations.ENGLISH_TITLES})\.$")
#: An initialism cut after one of its letters: a party and state designation, as AP
#: style writes it after a lawmaker's name ("Sen. Chuck Schumer, D-N.Y., called"), or
#: "N.Y." at a line's turn. The segmenter ends a sentence after "D-N." because a capital
#: follows; the piece after it is the rest of the initialism, then a comma, a bracket or
#: a lower-case word, which no sentence opens with.
_INITIAL_CUT = re.compile(r"(?:^|[\s\-(/])(?:[A-Z]\.)+$")
_INITIAL_REST = re.compile(r"(?:[A-Z]\.)+(?:[,;:)]|\s+[a-z])")
#: The longest match of _TITLE_END ("Messrs."), with room to spare.
_TITLE_SPAN = 12
# "Clinton said." closing the quotation before it: a short clause with a reporting verb.
_SAID = re.compile(
    r"^[A-Z][\w.’'\- ]{0,40}?\b(?:said|says|added|asked|told \w+|wrote|explained|insisted|"
    r"replied|continued|recalled|warned)\b[^.!?]{0,30}[.!?]$"
)
_CLOSES_QUOTE = ('"', "”", "''", "’", "'")
#: A list marker that opens a paragraph: "1.", "12)", "iv.", "b)".
_LIST_MARK = re.compile(r"(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])[.)]")


#: A sentence's first word: its letters up to a space or a punctuation mark.
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: A surname's lower-case particle before its capital: "de Klerk", "van Gogh", "da
#: Silva", "van der Merwe", "al-Assad", "d'Estaing". A sentence may start with one, so
#: a boundary before it stands, though the word after the mark is in lower case.
_NAME_PARTICLE = re.compile(
    r"(?:(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|bin|ibn|al|el)"
    r"[ \t-]+)+[A-Z]|[dl]['’][A-Z]"
)


def _lower_word_follows(tail: str, nxt: str) -> bool:
    """Whether ``nxt`` opens with a lower-case word after a terminal mark: "Snap! went",
    "2.5 hrs. about", "$3.5m. in 2021". A word with a capital inside ("eBay",
    "iPhone") may open a sentence, and so may a surname's particle ("de Klerk"); a full
    stop in text written all in lower case ends one; scripts without case (Arabic, Han)
    have no lower-case letters at all."""
    if not nxt[:1].islower():
        return False
    first = _FIRST_WORD.match(nxt)
    if first is None or not first.group().islower() or _NAME_PARTICLE.match(nxt):
        return False
    return not tail.endswith(".") or tail.lower() != tail


#: Marks that go on with the text before them: a piece opening with one (", сообщил
#: пресс-секретарь" after "300 чел.") ends no sentence; no sentence opens with a comma.
_GOES_ON = frozenset(",;:")


def _joins(prev: str, nxt: str, line: str = "", start: int = 0) -> bool:
    """Whether a boundary the segmenter found between two pieces of one paragraph is no
    sentence end: "Snap! went the trap.", "2.5 hrs. about", "Ms. Lindqvist", a quote
    and "Clinton said.". ``line[:start]`` is the paragraph before ``prev``."""
    if nxt[:1] in _GOES_ON:
        return True
    tail = prev.rstrip()
    if tail.endswith((".", "!", "?", "\u037e", ";")) and _lower_word_follows(tail, nxt):
        return True
    if tail.endswith(".") and (number_follows(tail, nxt) or time_goes_on(tail, nxt)):
        return True
    if tail.endswith(("No.", "no.")) and abbreviations.no_is_number(tail, nxt, line, start):
        return True
    # A title ends the text: only its last few characters need searching (the word
    # boundary before it still sees the character before the window).
    if tail.endswith(".") and _TITLE_END.search(tail, max(0, len(tail) - _TITLE_SPAN)):
        return not (tail.endswith("No.") and abbreviations.NO_OPENS.match(nxt))
    if (
        tail.endswith(".")
        and _INITIAL_REST.match(nxt)
        and _INITIAL_CUT.search(tail, max(0, len(tail) - _TITLE_SPAN))
    ):
        return True
    return (
        tail.endswith(_CLOSES_QUOTE)
        and tail[:-1].rstrip("'").endswith((".", "!", "?", ","))
        and bool(_SAID.match(nxt))
    )


def segmenter_language(lang: str) -> str:
    """The language sentencex is told for text in ``lang``: the language itself where
    ``core.abbreviations`` has its table (sentencex's own abbreviation list, then the
    table's), English otherwise (its rules, and this module's, are the ones measured on
    every other script: Arabic, Devanagari, Han, Thai end sentences with their own marks)."""
    base = lang.split("-")[0].lower()
    return base if base in abbreviations.TABLE else "en"


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences, each with offsets into ``text`` itself.

    ``lang``: the text's language (``--lang``); by default guessed from the text alone
    (``core.language.detect``), so that an article splits the same way in a pair, alone
    and in the store. It decides which abbreviations end no sentence
    (``segmenter_language``)."""
    seg = segmenter_language(lang if lang else detect(text).lang)
    out: list[Sentence] = []
    read = as_visible(text, _paragraph_spans)
    # A paragraph met again (boilerplate, a live blog's repeated lines) gives its
    # sentences the same text objects: each is cut once, and what later keys a memo by
    # sentence text finds its hash made and the same object (the 100x seed pair: 7,400
    # sentences of 74 texts).
    seen: dict[str, list[tuple[int, int, str]]] = {}
    for p0, p1 in paragraphs(text):
        para = text[p0:p1]
        cut = seen.get(para)
        if cut is None:
            # Newlines inside a wrapped paragraph read as spaces (same length: offsets hold).
            line = para.replace("\r", " ").replace("\n", " ")
            cut = seen[para] = [(s, e, para[s:e]) for s, e in read(line, seg)]
        for s, e, sentence in cut:
            out.append(Sentence(len(out), p0 + s, p0 + e, sentence))
    return out


def glue(before: Sentence, after: Sentence) -> str:
    """What joins two sentences of a row in its side text: nothing where they touch in
    the text ("爭議。提議人": Chinese, Japanese), else one space (for any whitespace)."""
    return "" if before.end == after.start else " "


_LINE_UNIT = re.compile(r"[^\S\r\n]*([^\r\n]*[^\s])")


def line_units(text: str) -> list[Sentence]:
    """Each line of ``text`` that is not blank as one sentence, its spaces trimmed
    (``suggest --lines``): for a file of units one a line that have no final mark
    (argument units, clauses cut from a sentence, a list of claims), which
    ``split_sentences`` would join as lines of a wrapped paragraph."""
    return [
        Sentence(k, m.start(1), m.end(1), m.group(1))
        for k, m in enumerate(_LINE_UNIT.finditer(text))
    ]


_SPACED_MARK = re.compile(r"[ .](?=[!?])")


@lru_cache(maxsize=16384)
def _paragraph_spans(line: str, seg: str = "en") -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph in language ``seg``. A
    paragraph's sentences depend on its text and language alone, so a paragraph met
    again (a reprint keeps most of them, copy repeats captions and boilerplate) is
    segmented once."""
    out: list[tuple[int, int]] = []
    table = abbreviations.rules(seg)
    # The segmenter went on past a "!" or "?" before a figure after a space (French's
    # "Pourquoi ? 300") or a stop ("3 Jan.! 3" as "3 Jan. ! 3"): it reads a no-break one.
    seen = _SPACED_MARK.sub("\u00a0", line) if ("!" in line or "?" in line) else line
    for s, e in _openers_forward(line, list(_spans_in_line(seen, seg))):
        if out and (
            _joins(line[out[-1][0] : out[-1][1]], line[s:e], line, out[-1][0])
            or (
                table is not None
                and abbreviations.joins(table, line[out[-1][0] : out[-1][1]], line[s:e])
            )
            or (
                not line.isascii()
                and (
                    script_titles.script_joins(line[out[-1][0] : out[-1][1]], line[s:e], line)
                    or continues_quote(line[out[-1][0] : out[-1][1]], line[s:e])
                )
            )
            # "1." or "iv." before its item: the segmenter reads the marker's full
            # stop as a sentence end, but the marker belongs to the item it numbers.
            or (len(out) == 1 and _LIST_MARK.fullmatch(line, out[0][0], out[0][1]) is not None)
            # "VOD.L", "Index .SPX" (Reuters instrument codes), "Ask.Com": a full stop with
            # a capital right after it, no space between, ends no sentence.
            or (out[-1][1] == s and line[s - 1] == "." and line[s].isupper())
        ):
            out[-1] = (out[-1][0], e)
            continue
        if _ALNUM.search(line, s, e) is None:  # no letter or digit, without a copy
            # A stray closing quote or a lone bullet mark is not a sentence: it joins
            # the sentence before it on the same line, or is left out.
            if out:
                out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    if table is not None:
        out = _cut_at_ends(line, out, table)
    # An ASCII line (a flag of the string) has no Thai: most lines are not searched.
    if not line.isascii() and thai.has_thai(line):
        out = thai.units(line, out)
    return tuple(out)


def _cut_at_ends(
    line: str, spans: list[tuple[int, int]], table: abbreviations.Rules
) -> list[tuple[int, int]]:
    """The spans, each cut after an abbreviation that may end a sentence where a capital
    follows it ("5 млн. руб. Пострадавших нет": sentencex reads "руб." as going on)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        start = s
        for c in abbreviations.cuts(table, line[s:e]):
            out.append((start, s + c))
            rest = line[s + c : e]
            start = s + c + len(rest) - len(rest.lstrip())
        out.append((start, e))
    return out


#: Quote marks that open a quotation when a space comes before them.
_OPENERS = ('"', "“", "‘")


def _openers_forward(line: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans, with an opening quote mark that the segmenter left at a sentence's
    end ('... iodised salt. "The effects ...', a quotation closed in a later paragraph)
    moved to the sentence it opens."""
    carry = -1
    for k, (s, e) in enumerate(spans):
        if carry >= 0:
            s, carry = carry, -1
        if (
            k + 1 < len(spans)
            and line[e - 1] in _OPENERS
            and e - s > 2
            and line[e - 2].isspace()
            and not line[e : spans[k + 1][0]].strip()
        ):
            carry = e - 1
            e = s + len(line[s : e - 1].rstrip())
        yield s, e


def sentence_at(
    sentences: list[Sentence], indices: tuple[int, ...], offset: int
) -> tuple[int, int]:
    """Where an offset into a row's side text falls: (sentence index, offset inside it).

    Change offsets index the side text (sentences joined by ``glue``); the app draws
    per sentence. An offset on the space between two sentences is the end of the first.
    """
    pos = 0
    for k, i in enumerate(indices):
        end = pos + len(sentences[i].text)
        if offset <= end or k == len(indices) - 1:
            return i, min(max(offset - pos, 0), len(sentences[i].text))
        pos = end + len(glue(sentences[i], sentences[indices[k + 1]]))
    raise ValueError("a row side with no sentences has no offsets")
