"""A cut at a cell keeps a character's marks with it (review r23d finding 2).

A notice over Thai text (th_a.txt / th_b.txt at 80x24, ``G`` while the language notice
shows) left a lone "้" at the screen's right edge, and once the notice went, "…เย็นนี้"
read "…เย็นนี" until the view scrolled. Textual draws a notice by cutting the lines
under it at the notice's edges, and redraws only the notice's columns once it goes:
both cuts are Rich's ``Segment.split_cells``, whose search for the place to cut stops at
the first place with the right number of columns before it. Marks of no width (Thai
tone marks and vowels above, ้ ี; Devanagari ् ं; Arabic harakat) give a character
several such places, and the first is before them: the cut at column 38 of
"      เตรียมออกแถลงการณ์สถานการณ์โควิดเย็นนี้ " gave "…เย็นนี" | "้ ". The mark went to the
notice's side, and when the notice went, nothing drew it again.

Here a cut falls between clusters: Rich's ``split_graphemes`` (a mark of no width
belongs to the character before it, a zero width joiner joins), and a spacing vowel
sign (Mc, one column: ``cells``) with the character before it, as Unicode's grapheme
clusters have it: a notice's edge between "क" and "ो" would leave the sign alone at the
edge. A cluster the cut falls inside is drawn as spaces, as Rich draws a wide character
a cut falls inside. Rich's private code, of the 15 series pyproject.toml pins: if
``split_graphemes`` is not there or does not split as expected, Rich is left alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.segment import Segment

#: Rich 15's ``split_graphemes`` on a Thai syllable with two marks and a letter: the
#: spans (start, end, cells) a cut is placed by.
_PROBE = ("นี้x", [(0, 3, 1), (3, 4, 1)])


def keep_clusters_whole() -> str | None:
    """Make ``Segment.split_cells`` cut between clusters. None, or why Rich was left
    alone."""
    try:
        from rich.cells import split_graphemes
        from rich.segment import Segment
    except ImportError:
        return "its split_graphemes is not where rich 15 keeps it"
    text, spans = _PROBE
    if not hasattr(Segment, "_split_cells") or split_graphemes(text)[0] != spans:
        return "its split_graphemes does not split as rich 15's does"
    split = lru_cache(1024 * 16)(_splitter(split_graphemes))
    Segment._split_cells = classmethod(split)  # type: ignore[method-assign,assignment,arg-type]
    return None


def _splitter(
    graphemes: Callable[[str], tuple[list[tuple[int, int, int]], int]],
) -> Callable[[Any, Segment, int], tuple[Segment, Segment]]:
    from rich.segment import Segment

    def split(cls: Any, segment: Segment, cut: int) -> tuple[Segment, Segment]:
        """``segment`` cut ``cut`` cells in: a cluster the cut falls inside as spaces."""
        text, style, control = segment
        if cut >= segment.cell_length:
            return segment, Segment("", style, control)
        before, after = cut_text(text, cut, graphemes(text)[0])
        return Segment(before, style, control), Segment(after, style, control)

    return split


def cut_text(text: str, cut: int, spans: list[tuple[int, int, int]]) -> tuple[str, str]:
    """``text`` cut ``cut`` cells in, between the clusters of its grapheme ``spans``."""
    pos = 0
    for start, end, width in _clusters(text, spans):
        if pos + width > cut:
            if pos >= cut:
                return text[:start], text[start:]
            return text[:start] + " " * (cut - pos), " " * (pos + width - cut) + text[end:]
        pos += width
    return text, ""


def _clusters(text: str, spans: list[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
    """The spans with each that starts with a spacing mark joined to the one before."""
    held: tuple[int, int, int] | None = None
    for start, end, width in spans:
        if held is not None and unicodedata.category(text[start]) == "Mc":
            held = (held[0], end, held[2] + width)
            continue
        if held is not None:
            yield held
        held = (start, end, width)
    if held is not None:
        yield held
