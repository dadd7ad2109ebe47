"""Text safe to print on a terminal: control characters shown, never obeyed.

An article (or a store) can hold ``ESC ] 2 ; title ESC \\`` or ``ESC [ 2 J``; printed
as they are, they retitle the terminal or clear the screen, so a hostile reprint could
hide its own changes. ``visible`` replaces each control character by one visible
character, so offsets into the text (the diff's change spans) stay valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: C0 controls become their Unicode control pictures (ESC -> U+241B, shown as a small
#: "ESC"), DEL its picture U+2421; C1 controls (U+0080-U+009F, 8-bit CSI among them, as
#: a latin-1 decoding produces) have no picture and become U+FFFD. So do the bidi
#: embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder what
#: follows them on the line, so a reprint could show "said" where the text says "denied"
#: (the "Trojan Source" trick). The marks RLM/LRM stay: they only nudge neutral
#: characters, and right-to-left text uses them legitimately.
_PICTURES = {
    **{c: 0x2400 + c for c in range(0x20)},
    0x7F: 0x2421,
    **{c: 0xFFFD for c in range(0x80, 0xA0)},
    **{c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}


def visible(text: str, keep: str = "\t") -> str:
    """``text`` with every control character but those in ``keep`` shown as a picture.

    One character stays one character. Tab is kept by default: it moves the cursor
    only forward. Pass ``keep="\\t\\n"`` for output made of several lines.
    """
    if text.isprintable():  # the usual case, and a fast one
        return text
    # Every character replaced is one ``isprintable`` refuses: with the kept ones
    # taken out, a printable rest has none (a line ending in a newline, in C).
    rest = text
    for ch in keep:
        rest = rest.replace(ch, "")
    if rest.isprintable():
        return text
    # A line holding a no-break space is not printable but usually has nothing to
    # replace: one search in C says so, where translating by a dict looks up every
    # character (20 µs a line, 0.1 s for a 4,400-row diff).
    table, controls = _table(keep)
    if controls.search(text) is None:
        return text
    return text.translate(table)


@lru_cache(maxsize=8)
def _table(keep: str) -> tuple[dict[int, int], re.Pattern[str]]:
    table = {c: p for c, p in _PICTURES.items() if chr(c) not in keep}
    return table, re.compile("[" + "".join(re.escape(chr(c)) for c in table) + "]")


#: What ends a line: a hard-wrapped paragraph holds them inside a sentence, where a
#: reader sees a space (U+0085, U+2028 and U+2029 are Unicode's own line breaks).
#: Compiled when first needed (a hard-wrapped sentence): 1.5 ms, most diffs have none.
_BREAK_RUN = r"[ \t]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*"


def one_line(text: str) -> str:
    """``text`` as one line for display: each line break of a hard-wrapped paragraph,
    with the spaces around it, becomes one space; other controls shown as ``visible``.

    Only for what a reader sees: the text itself (JSON, offsets) keeps its breaks.
    """
    if text.isprintable():  # the usual case: nothing to join
        return text
    return visible(re.sub(_BREAK_RUN, " ", text))
