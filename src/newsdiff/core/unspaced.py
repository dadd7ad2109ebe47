"""Whole words in scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar).

The word diff's tokens there are characters (``worddiff.NO_SPACE``): no model, and a
sentence with one word changed stays one changed word, not the whole sentence. But two
words that share a character came out cut: 逐步 -> 逐渐 as 步 -> 渐, ประชาชน -> ชาวบ้าน
("people" -> "villagers") in five pieces (review r18a finding 8). Each change whose
edge falls inside a word is widened, on both sides at once, to the nearest place
where both texts have a word boundary, taking the shared characters (逐) into it.

The boundaries are ICU's word break (UAX #29 with its dictionaries for Chinese,
Japanese, Thai, Lao, Khmer and Burmese, what browsers break lines by), through icu4py,
whose wheels carry ICU4C and its data (MIT, and the Unicode licence: 16 MB to
download, 44 MB installed, 13 ms to import, imported only for text in these scripts).
jieba (Chinese only) and pythainlp (Thai only) are larger, each for one script;
BudouX's models give phrases, not words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Literal

Diff = list[tuple[Literal["equal", "delete", "insert"], str]]  # ``worddiff.Diff``

#: A character of a script written without spaces (``worddiff.NO_SPACE``), by its
#: blocks: Thai, Lao, Myanmar, Khmer, CJK radicals, 々〆〇 and the Hangzhou numerals,
#: kana, CJK ideographs and their extensions, halfwidth katakana. ``re``, not
#: ``regex``: English text, which never has one, does not load ``regex`` (issue 16).
UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029"
    "\u3038-\u303b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\U00020000-\U0003ffff]"
)


def whole_words(ops: Diff, a: str, b: str) -> Diff:
    """``ops`` (a tidied diff of ``a`` against ``b``) with every change whose edge cuts
    a word of an unspaced script widened to whole words on both sides."""
    if (a.isascii() and b.isascii()) or not (UNSPACED.search(a) or UNSPACED.search(b)):
        return ops  # nearly every row: nothing written unspaced
    # Each stretch as [equal text] or [deleted, inserted], in order.
    segs: list[list[str]] = []
    for op, text in ops:
        if op == "equal":
            segs.append([text])
        else:
            if not segs or len(segs[-1]) == 1:
                segs.append(["", ""])
            segs[-1][op == "insert"] += text
    if not _cuts(segs):
        return ops
    bound_a, bound_b = bounds(a), bounds(b)
    out: list[list[str]] = []
    pa = pb = 0  # where the next stretch starts in a and b
    i = 0
    while i < len(segs):
        seg = segs[i]
        if len(seg) == 1:
            out.append(seg)
            pa += len(seg[0])
            pb += len(seg[0])
            i += 1
            continue
        dele, ins = seg
        # The left edge: give back shared characters until both sides are at a boundary.
        if out and len(out[-1]) == 1 and _inside(out[-1][0][-1:], dele[:1], ins[:1]):
            before = out[-1][0]
            k = 0
            while k < len(before) and not (pa - k in bound_a and pb - k in bound_b):
                k += 1
            if k:
                dele, ins = before[-k:] + dele, before[-k:] + ins
                pa, pb = pa - k, pb - k
                if k == len(before):
                    out.pop()
                    if out and len(out[-1]) == 2:  # the change before joins this one
                        prev = out.pop()
                        dele, ins = prev[0] + dele, prev[1] + ins
                        pa, pb = pa - len(prev[0]), pb - len(prev[1])
                else:
                    out[-1] = [before[:-k]]
        i += 1
        # The right edge: take shared characters until both sides end at a boundary,
        # the next change with them when a shared run goes whole.
        while i < len(segs) and _inside(segs[i][0][:1], dele[-1:], ins[-1:]):
            after = segs[i][0]
            ea, eb = pa + len(dele), pb + len(ins)
            k = 0
            while k < len(after) and not (ea + k in bound_a and eb + k in bound_b):
                k += 1
            dele, ins = dele + after[:k], ins + after[:k]
            if k < len(after):
                segs[i] = [after[k:]]
                break
            i += 1
            if i < len(segs):  # the change after the shared run
                dele, ins = dele + segs[i][0], ins + segs[i][1]
                i += 1
        out.append([dele, ins])
        pa, pb = pa + len(dele), pb + len(ins)
    widened: Diff = []
    for seg in out:
        if len(seg) == 1:
            widened.append(("equal", seg[0]))
        else:
            if seg[0]:
                widened.append(("delete", seg[0]))
            if seg[1]:
                widened.append(("insert", seg[1]))
    return widened


def _cuts(segs: list[list[str]]) -> bool:
    """Whether a change meets a shared run inside an unspaced script's writing."""
    for i, seg in enumerate(segs):
        if len(seg) == 2:
            if i and _inside(segs[i - 1][0][-1:], seg[0][:1], seg[1][:1]):
                return True
            if i + 1 < len(segs) and _inside(segs[i + 1][0][:1], seg[0][-1:], seg[1][-1:]):
                return True
    return False


def _inside(shared: str, *changed: str) -> bool:
    """Whether a change's edge may cut a word: the shared character beside it and a
    changed one on either side are of an unspaced script (a space or a mark of
    punctuation is a boundary already)."""
    return bool(shared and UNSPACED.match(shared)) and any(c and UNSPACED.match(c) for c in changed)


@lru_cache(maxsize=1024)
def bounds(text: str) -> frozenset[int]:
    """The offsets of ``text`` where ICU's word break puts a boundary."""
    from icu4py.breakers import WordBreaker

    return _ends(WordBreaker(text, "und"))


@lru_cache(maxsize=1024)
def line_breaks(text: str) -> frozenset[int]:
    """Where a line of ``text`` may break, by Unicode's line breaking (UAX #14, ICU's):
    between two Han or kana characters, between Thai words, after a space, never
    before "。", "、", "」" or after "「" (the kinsoku rules), never inside a Latin word."""
    from icu4py.breakers import LineBreaker

    return _ends(LineBreaker(text, "und"))


def _ends(pieces: Iterable[str]) -> frozenset[int]:
    """0 and where each of a breaker's pieces ends, in code points: its ``segments``
    count UTF-16 units, two for a character past U+FFFF (an emoji, CJK Extension B)."""
    return frozenset(accumulate(map(len, pieces), initial=0))


def line_cuts(
    text: str,
    width: int,
    glued: Sequence[tuple[int, int]] = (),
    soft: Sequence[int] = (),
    avoid: Collection[int] = (),
    breaks: Collection[int] | None = None,
) -> list[int]:
    """Where to cut ``text`` into lines of at most ``width`` cells: at the last place
    ``line_breaks`` allows that fits, none strictly inside a ``glued`` span (a class tag
    "{rewording}" with the word before it); a run with no such place is cut by cells,
    but at the last ``soft`` place in the cells that fit if there is one: a glued span
    wider than the line is cut between a change and its tag, not inside the tag; and a
    cut by cells steps back over the ``avoid`` places (inside a change's marks: "{+緩やか"
    | "に+}", not "{+緩やかに+" | "}"). ``breaks``: the places a line may break, if not
    ``line_breaks``'."""
    from rich.cells import cell_len

    width = max(1, width)
    inside = {k for lo, hi in glued for k in range(lo + 1, hi)}
    breaks = sorted((line_breaks(text) if breaks is None else set(breaks)) - inside)
    cuts: list[int] = []
    start = 0
    while cell_len(text[start:].rstrip()) > width:
        fits = [
            b for b in breaks if start < b < len(text) and cell_len(text[start:b].rstrip()) <= width
        ]
        if fits:
            cut = fits[-1]
        else:
            cut, used = start, 0
            while cut < len(text) and (used + cell_len(text[cut]) <= width or cut == start):
                used += cell_len(text[cut])
                cut += 1
            held = [lo for lo, hi in glued if lo < cut < hi and lo > start]
            inner = [k for k in soft if start < k <= cut]
            cut = held[0] if held else inner[-1] if inner else cut
            while cut in avoid and cut - 1 > start:
                cut -= 1
        cuts.append(cut)
        start = cut
    return cuts
