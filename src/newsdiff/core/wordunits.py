"""The words of a text as a diff shows them, for what counts words changed (the
report's substitutions): in a script written without spaces (Han, kana, Thai) the
tokens are characters, but a run of them changed between equal runs is one change;
and the tokens a change is cut into pieces at, an unspaced script's words whole."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsdiff.core.unspaced import UNSPACED, bounds
from newsdiff.core.worddiff import NO_SPACE, is_word, tokenize

if TYPE_CHECKING:
    import regex

#: Below this code point no script of NO_SPACE has a character (Thai, U+0E00, is the
#: first): text under it needs neither the ``regex`` module nor any joining.
_FIRST_UNSPACED = "\u0e00"


def words(text: str) -> list[str]:
    """The word tokens of ``text``, with a run of adjacent characters of a script
    written unspaced as one word: "仓促" -> "匆忙" is one substitution, as the diff
    shows it, not 仓 -> 匆 and 促 -> 忙."""
    found = [t for t in tokenize(text) if is_word(t)]
    if max(text, default="") < _FIRST_UNSPACED:
        return found
    unspaced = _unspaced()
    out: list[str] = []
    end = -1  # where the last unspaced word ends in ``text``
    pos = 0
    for t in found:
        at = text.index(t, pos)
        pos = at + len(t)
        if unspaced.match(t) is None:
            out.append(t)
            continue
        if at == end:
            out[-1] += t
        else:
            out.append(t)
        end = pos
    return out


@cache
def _unspaced() -> regex.Pattern[str]:
    import regex

    return regex.compile(f"[{NO_SPACE}]", regex.V1)


def word_tokens(text: str) -> list[str]:
    """``tokenize(text)``, but a run of an unspaced script's characters comes as its
    words (ICU's, ``core.unspaced.bounds``), not character by character: what a change
    is cut into pieces at (``meaning.spans``), so 逐步 -> 逐渐 is not cut again at the 逐
    both keep (review r18a finding 8)."""
    found = tokenize(text)
    if text.isascii() or not UNSPACED.search(text):
        return found
    breaks = bounds(text)
    out: list[str] = []
    pos = 0
    joins = False  # whether the last token is of an unspaced script
    for t in found:
        here = UNSPACED.match(t) is not None
        if here and joins and pos not in breaks:
            out[-1] += t
        else:
            out.append(t)
        joins = here
        pos += len(t)
    return out
