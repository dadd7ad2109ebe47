"""Thai sentences: a space ends a unit, a full stop ends none (it is an abbreviation's).

Thai writes no full stop at a sentence's end: a space ends a sentence (and often a
clause), and a full stop belongs to an abbreviation ("พล.อ." General, "ธ.ค." December,
"พ.ศ." Buddhist Era, "น." o'clock). The segmenter, which knows only Latin rules, cuts
after such a full stop; ``units`` joins those cuts and cuts at the spaces instead, by a
rule of thumb, not a Thai segmenter (none is a dependency): units may be clauses, which
align as well.
"""

from __future__ import annotations

import re

#: A Thai letter (consonant, vowel or mark; not a digit).
_THAI = re.compile(r"[\u0e01-\u0e4e]")
# A space between two Thai words: not after the repetition mark ๆ or the abbreviation
# mark ฯ (a space follows them inside a sentence), nor beside a digit or a Latin word.
_THAI_GAP = re.compile(
    r"(?<=[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e])[ \t]+(?=[\u0e01-\u0e2e\u0e40-\u0e44])"
)
#: Characters of Thai on each side of a gap for it to end a sentence.
THAI_MIN = 30
# Words that go on with the sentence before them (said, stated, revealed, which, by,
# and): the space before one follows a subject, a name and a title ("... นายกรัฐมนตรี
# กล่าวว่า"), or the first of two ("นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม").
_THAI_GOES_ON = ("กล่าว", "ระบุ", "เปิดเผย", "เผย", "ซึ่ง", "โดย", "และ")
#: A word ending in an abbreviation's full stops with a space after them: letters and a
#: full stop twice or more ("ธ.ค.", "พ.ศ.", "พล.อ."), or one consonant's ("น.", o'clock).
#: A full stop glued to what follows ("ธ.ค.-นายกฯ", "พล.อ.ประยุทธ์") is always one.
_ABBREVIATION_END = re.compile(
    r"(?<![\u0e01-\u0e4e.])(?:(?:[\u0e01-\u0e4e]{1,3}\.){2,}|[\u0e01-\u0e2e]\.)$"
)
#: A title's abbreviation glued to a given name ending a text ("พล.อ.ประยุทธ์",
#: "ดร.ทักษิณ"), or those and the surname after them: the surname comes after the
#: first space, the person's office or what they did after the second ("พล.อ.ประยุทธ์
#: จันทร์โอชา นายกรัฐมนตรี กล่าวว่า"); a name ends no sentence in news copy more often
#: than it does.
_TITLED_NAME = re.compile(
    r"(?<![\u0e01-\u0e4e.])[\u0e01-\u0e4e]+\.[\u0e01-\u0e4e.]*[\u0e01-\u0e4e]"
    r"(?:[ \t]+[\u0e01-\u0e4e]+)?$"
)


def has_thai(line: str) -> bool:
    """Whether ``line`` holds a Thai letter."""
    return _THAI.search(line) is not None


def _abbreviation_before(line: str, prev: tuple[int, int], s: int) -> bool:
    """Whether the segmenter's cut between the span ``prev`` and one starting at ``s``
    follows a Thai abbreviation's full stop (Thai ends no sentence with one)."""
    p0, p1 = prev
    if line[p1 - 1] != "." or p1 < 2 or _THAI.match(line, p1 - 2) is None:
        return False
    if p1 == s:  # glued: "พล.อ.ประยุทธ์", the dateline "22 ธ.ค.-นายกฯ"
        return True
    return _ABBREVIATION_END.search(line, max(p0, p1 - 16), p1) is not None


def units(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of one paragraph as Thai units. A space ends a unit when at least
    ``THAI_MIN`` characters come before it (since the unit's start) and after it (to
    the span's end), so that a title and a name ("นายเศรษฐา ทวีสิน") stay with their
    sentence, and not before a word that goes on with it (``_THAI_GOES_ON``), nor after a
    title's abbreviation and a given name ("พล.อ.ประยุทธ์ จันทร์โอชา": the surname)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _abbreviation_before(line, out[-1], s):
            s = out.pop()[0]
        start = s
        for m in _THAI_GAP.finditer(line, s, e):
            if (
                m.start() - start >= THAI_MIN
                and e - m.end() >= THAI_MIN
                and not line.startswith(_THAI_GOES_ON, m.end())
                and _TITLED_NAME.search(line, max(start, m.start() - 60), m.start()) is None
            ):
                out.append((start, m.start()))
                start = m.end()
        out.append((start, e))
    return out
