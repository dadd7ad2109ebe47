"""Sentence segmentation with character offsets into the original text.

sentencex does the segmenting. We split on newlines first (a headline or a bullet is
its own unit, and sentencex pairs straight quotes across lines otherwise), then repair
the two seams sentencex leaves in news copy: inline photo captions glued to the next
sentence, and boundaries swallowed by an unbalanced quotation mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sentencex import segment


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


def _unbalanced_quotes(text: str) -> bool:
    straight = text.count('"')
    return straight % 2 == 1 or text.count("“") != text.count("”")


def _cuts(piece: str) -> Iterator[int]:
    """Offsets inside ``piece`` where an extra boundary belongs."""
    # Each pattern needs its literal first: a test in C skips most searches.
    if "(" in piece:
        for m in _CAPTION_END.finditer(piece):
            yield m.end()
    if "[email" in piece:
        for m in _EMAIL_MARK.finditer(piece):
            yield m.end()
    if "\u037e" in piece or ";" in piece:
        for m in _GREEK_QUESTION.finditer(piece):
            yield m.end()
    if _unbalanced_quotes(piece):
        for m in _MISSED_END.finditer(piece):
            yield m.start()


def _spans_in_line(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in one line, whitespace trimmed."""
    pos = 0
    for raw in segment("en", line):
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
        cuts = sorted({c for c in _cuts(chunk) if 0 < c < len(chunk)})
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


def _has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit (``any(ch.isalnum() ...)``, in C)."""
    return _ALNUM.search(text) is not None


_LINE = re.compile(r"[^\r\n]+")


#: Titles before a name: a full stop after one ends no sentence ("Ms. Lindqvist").
_TITLE_END = re.compile(
    r"\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|No|vs|Messrs)\.$"
)
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
_BULLET = re.compile(r"^(?:[-*•–]|\d+[.)])\s")
#: A bullet item's marker, with the indent before it and the space after it: the
#: item's text starts at this column.
_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d+[.)])[ \t]+")
_ITEM_FIRST = frozenset(" \t-*•–0123456789")
#: A text is hard-wrapped when its longest line is at most this long ...
WRAP_MAX = 100
#: ... and a line this close to that width was wrapped (a shorter one ends its paragraph).
WRAP_SLACK = 20


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


def _joins(prev: str, nxt: str) -> bool:
    """Whether a boundary the segmenter found between two pieces of one paragraph is no
    sentence end: "Snap! went the trap.", "2.5 hrs. about", "Ms. Lindqvist", a quote
    and "Clinton said."."""
    tail = prev.rstrip()
    if tail.endswith((".", "!", "?", "\u037e", ";")) and _lower_word_follows(tail, nxt):
        return True
    # A title ends the text: only its last few characters need searching (the word
    # boundary before it still sees the character before the window).
    if tail.endswith(".") and _TITLE_END.search(tail, max(0, len(tail) - _TITLE_SPAN)):
        return True
    return (
        tail.endswith(_CLOSES_QUOTE)
        and tail[:-1].rstrip("'").endswith((".", "!", "?", ","))
        and bool(_SAID.match(nxt))
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a line, or in hard-wrapped text the lines of one
    paragraph (a blank line, an indented line or a bullet starts a new one)."""
    lines = _lines(text)
    widths = [e - s for s, e in lines]
    width = max(widths, default=0)
    wrapped = width <= WRAP_MAX and sum(w >= width - WRAP_SLACK for w in widths) >= 3
    out: list[tuple[int, int]] = []
    hang = 0  # the open paragraph's hanging indent if it is a bullet item, else 0
    for s, e in lines:
        line = text[s:e]
        if (
            hang
            and line[:1].isspace()
            and _indent(line) == hang
            and text[out[-1][1] : s].count("\n") == 1
        ):
            # Indented to the text of the bullet item above it: that item, wrapped.
            out[-1] = (out[-1][0], e)
        elif (
            wrapped
            and out
            and text[out[-1][1] : s].count("\n") == 1
            and out[-1][1] - _line_start(text, out[-1][1]) >= width - WRAP_SLACK
            and not line[:1].isspace()
            and not _BULLET.match(line)
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
            item = _ITEM.match(line) if line[:1] in _ITEM_FIRST else None
            hang = len(item.group().expandtabs()) if item else 0
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that is not blank, ``\r`` or ``\n`` ending a line."""
    if "\r" in text:
        return [
            (m.start(), m.end()) for m in _LINE.finditer(text) if text[m.start() : m.end()].strip()
        ]
    # No carriage return (most text): one split in C instead of a pattern that steps
    # through every character of a long article.
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _indent(line: str) -> int:
    """The column a line's text starts at (tabs to the next multiple of eight)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _line_start(text: str, end: int) -> int:
    return text.rfind("\n", 0, end) + 1


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, each with offsets into ``text`` itself."""
    out: list[Sentence] = []
    for p0, p1 in _paragraphs(text):
        # Newlines inside a wrapped paragraph read as spaces (same length: offsets hold).
        line = text[p0:p1].replace("\r", " ").replace("\n", " ")
        for s, e in _paragraph_spans(line):
            out.append(Sentence(len(out), p0 + s, p0 + e, text[p0 + s : p0 + e]))
    return out


@lru_cache(maxsize=16384)
def _paragraph_spans(line: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph. A paragraph's sentences depend
    on its text alone, so a paragraph met again (a reprint keeps most of them, copy
    repeats captions and boilerplate) is segmented once."""
    out: list[tuple[int, int]] = []
    for s, e in _spans_in_line(line):
        if out and (
            _joins(line[out[-1][0] : out[-1][1]], line[s:e])
            # "1." or "iv." before its item: the segmenter reads the marker's full
            # stop as a sentence end, but the marker belongs to the item it numbers.
            or (len(out) == 1 and _LIST_MARK.fullmatch(line, out[0][0], out[0][1]) is not None)
        ):
            out[-1] = (out[-1][0], e)
            continue
        if not _has_word(line[s:e]):
            # A stray closing quote or a lone bullet mark is not a sentence: it joins
            # the sentence before it on the same line, or is left out.
            if out:
                out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return tuple(out)
