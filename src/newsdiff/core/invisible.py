"""Characters that show nothing and change no word, left out of the comparison form.

Text copied from web pages and word processors carries them: a soft hyphen where a line
may break, a zero-width space or word joiner, a byte-order mark where files were joined.
The reader sees the same word; read as typed, "said" -> "sa\u200bid" lost the reporting
verb (an attribution change) and "Monday" -> "Mon\u200dday" the weekday (a number
change). ``core.article.normalize`` folds them (the token diff's key, the aligner and
reuse read that form; ``core.worddiff`` keeps them inside their word's token), and the
change classes call a change of them alone a variant. The text shown is never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["INVISIBLE", "as_seen", "as_visible", "blank", "fold_invisible"]

#: The soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060, BOM U+FEFF, the
#: directional marks U+200E/U+200F/U+061C (copied from web pages and social posts, review
#: r20d), the combining grapheme joiner U+034F and the invisible operators U+2061-U+2064
#: always; the joiners ZWNJ/ZWJ (U+200C/U+200D) only where no script that needs them is
#: beside them: Indic scripts use them to choose a conjunct or a half form, Syriac,
#: Mongolian, Myanmar and Khmer shape with them, and emoji sequences join with ZWJ
#: (the Arabic script's fold drops them in Arabic text, ``core.letterforms``).
_JOINING = "\u0600-\u0dff\u0f00-\u109f\u1780-\u18af\u2600-\u27bf\ufe00-\ufe0f\U0001f000-\U0001faff"
# The joiner first, its neighbours after: a look-behind at every position cost a scan.
INVISIBLE = re.compile(
    f"[\u00ad\u200b\u2060\ufeff\u200e\u200f\u061c\u034f\u2061-\u2064]|[\u200c\u200d](?<![{_JOINING}].)(?![{_JOINING}])"
)

#: A character a reader sees: no space, control character (C0, C1) or invisible one.
_SHOWN = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u200b-\u200f\u2060-\u2064\ufeff]")


def blank(text: str) -> str | None:
    """Why ``text`` holds nothing to compare, or None (nearly always: its first visible
    character ends the search): "" where it is empty or spaces, else "only control or
    invisible characters" (a corpus record of "\x01\x02" was read as an article of no
    sentence, unwarned: fuzz21)."""
    if _SHOWN.search(text) is not None:
        return None
    return "only control or invisible characters" if text.strip() else ""


def fold_invisible(text: str) -> str:
    """``text`` without its invisible characters (``INVISIBLE``): what a reader sees."""
    return text if text.isascii() else INVISIBLE.sub("", text)


def as_seen(text: str) -> str:
    """``text`` as a reader sees it: no invisible characters, and any run of spaces (a
    tab, a no-break space) one space."""
    return " ".join(fold_invisible(text).split())


Spans = tuple[tuple[int, int], ...]
#: Each character ``INVISIBLE`` may match: ``in`` finds one in a megabyte in well under
#: a millisecond, where the pattern's search cost 140 instructions a character.
_HIDDEN = "\u00ad\u200b\u2060\ufeff\u200e\u200f\u061c\u034f\u2061\u2062\u2063\u2064\u200c\u200d"


def as_visible(text: str, spans: Callable[[str, str], Spans]) -> Callable[[str, str], Spans]:
    """``spans`` (a paragraph's sentences: ``spans(line, seg)``), reading each paragraph
    of ``text`` as a reader sees it, without its invisible characters, and mapping the
    offsets back: a soft hyphen inside "Mr." or "May." hid the abbreviation from the
    segmenter, so a copy that carried one split where the original did not. ``spans``
    itself for a text without them (nearly all)."""
    if text.isascii() or not any(ch in text for ch in _HIDDEN):
        return spans

    def read(line: str, seg: str) -> Spans:
        if INVISIBLE.search(line) is None:
            return spans(line, seg)
        at: list[int] = []  # the offset in ``line`` of each character of what is seen
        parts: list[str] = []
        prev = 0
        for m in INVISIBLE.finditer(line):
            parts.append(line[prev : m.start()])
            at.extend(range(prev, m.start()))
            prev = m.end()
        parts.append(line[prev:])
        at.extend(range(prev, len(line)))
        return tuple((at[s], at[e - 1] + 1) for s, e in spans("".join(parts), seg))

    return read
