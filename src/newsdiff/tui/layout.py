"""What the diff view shows, as plain data: pieces, rows, word spans and line geometry.

Nothing here imports Textual, so the arithmetic that keeps both sides level (which row
owns a screen line, where a sentence starts) is tested without an app. The widget in
``widgets/diff_view/`` only turns this into styled strips; ``wrap`` holds the word
wrap both share.

A *piece* is one sentence on one side of a row. A row's pieces stack on their side; the
row is as tall as its taller side plus one blank line, so both sides of a row start on
the same line and every row below stays level.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newsdiff.core.align import Kind
from newsdiff.core.sentences import Sentence, glue
from newsdiff.meaning.changes import ChangeClass
from newsdiff.meaning.compare import Comparison, Row
from newsdiff.meaning.quoting import quote_altered

from .wrap import count_lines, line_count, word_lengths

Side = Literal["a", "b"]
SIDES: tuple[Side, Side] = ("a", "b")
#: What a span inside a piece marks: a changed word on its side, or the moved badge.
Mark = Literal["delete", "insert", "moved"]
#: A marked range of a piece's text: start, end, mark, and a changed word's class.
Span = tuple[int, int, Mark, ChangeClass | None]

#: Columns of each side's gutter: cursor bar, tag badge, two flags (unsure or
#: disagreement, note), space.
GUTTER = 5
#: Columns between the panes: space, row mark (or rule), space.
DIVIDER = 3
#: Blank lines after each row; one keeps long paragraphs of prose apart.
GAP = 1
#: The mark of a row whose words changed inside quotation marks on both sides (on the
#: rule, and before "quote altered" in the status line and the detail panel).
QUOTE_MARK = "❝"

# Control characters would move the terminal's cursor; one cell each keeps offsets.
# C1 controls and bidi overrides too: an override would reorder the rest of the pane's
# line (core.visible says why); one character stays one cell.
_CONTROL = {
    c: " "
    for c in (
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
}


def other(side: Side) -> Side:
    return "b" if side == "a" else "a"


@dataclass(frozen=True, slots=True)
class Piece:
    """One sentence on one side of a row, ready to wrap."""

    sentence: int
    text: str
    """Display text: the moved badge (if any), then the sentence."""
    badge: int
    """Length of the moved badge at the start of ``text`` (0: none)."""
    offset: int
    """Where the sentence starts in its side's text (the row's sentences joined as in the
    text: ``core.sentences.glue``)."""
    words: tuple[int, ...] | None
    """Lengths of the space-separated parts of ``text`` when one character is one cell
    (ASCII, no other whitespace): enough to count wrapped lines at any width."""


@dataclass(frozen=True, slots=True)
class RowModel:
    """One alignment row as the view shows it: the core row and each side's pieces."""

    row: Row
    a: tuple[Piece, ...]
    b: tuple[Piece, ...]
    index: int = 0
    """The row's index in the comparison (the view may show only some rows)."""
    folded: int = 0
    """A fold line (``folding``): how many equal rows it stands for (0: a real row)."""

    @property
    def kind(self) -> Kind:
        return self.row.kind

    @property
    def quote_altered(self) -> bool:
        """Words changed inside quotation marks on both sides (``meaning.quoting``)."""
        return self.row.kind in ("changed", "moved") and quote_altered(self.row)

    def side(self, side: Side) -> tuple[Piece, ...]:
        return self.a if side == "a" else self.b

    def side_indices(self, side: Side) -> tuple[int, ...]:
        """The sentence indices of one side of the row."""
        return self.row.a if side == "a" else self.row.b


def clean(text: str) -> str:
    """``text`` with each control character (C0, C1, bidi overrides) as a space."""
    return text if text.isprintable() else text.translate(_CONTROL)


def _piece(sentence: int, text: str, badge: int, offset: int) -> Piece:
    text = clean(text)
    return Piece(sentence, text, badge, offset, word_lengths(text))


def _pieces(row: Row, side: Side, sentences: Sequence[Sentence], badge: str) -> tuple[Piece, ...]:
    out: list[Piece] = []
    offset = 0
    indices = row.a if side == "a" else row.b
    for k, i in enumerate(indices):
        text = sentences[i].text
        if badge and k == 0:
            out.append(_piece(i, f"{badge} {text}", len(badge), offset))
        else:
            out.append(_piece(i, text, 0, offset))
        if k + 1 < len(indices):
            offset += len(text) + len(glue(sentences[i], sentences[indices[k + 1]]))
    return tuple(out)


def build_rows(cmp: Comparison) -> list[RowModel]:
    """One RowModel per alignment row. Cheap: word highlights wait until a row is drawn."""
    rows: list[RowModel] = []
    sa, sb = cmp.a_sentences, cmp.b_sentences
    for r, row in enumerate(cmp.rows):
        rows.append(_model(row, r, sa, sb))
    return rows


def _model(row: Row, r: int, sa: Sequence[Sentence], sb: Sequence[Sentence]) -> RowModel:
    if row.kind == "moved" and row.a and row.b:
        # Each side says where its counterpart sits in the other article, and whether
        # the words changed on the way ("moved, edited" counts in the header too).
        edited = ", edited" if row.edited else ""
        on_a, on_b = f"⇄ B#{row.b[0] + 1}{edited}", f"⇄ A#{row.a[0] + 1}{edited}"
        # One width for both badges ("⇄ B#103" beside "⇄ A#82 "), so the sentence
        # beside its copy starts in the same column and wraps at the same words.
        wide = max(len(on_a), len(on_b))
        return RowModel(
            row,
            _pieces(row, "a", sa, on_a.ljust(wide)),
            _pieces(row, "b", sb, on_b.ljust(wide)),
            r,
        )
    return RowModel(row, _pieces(row, "a", sa, ""), _pieces(row, "b", sb, ""), r)


def rebuild_rows(models: Sequence[RowModel], cmp: Comparison) -> list[RowModel]:
    """The same pieces over the rows of ``cmp`` (the comparison under other options).

    Options change a row's kind and changes, never its sentences, so the pieces (and
    their moved badges) carry over; only the core rows are swapped, and a moved row's
    badge is made again, since the options decide whether it was edited.
    """
    out = []
    for m in models:
        row = cmp.rows[m.index]
        if row.kind == "moved" and row.edited != m.row.edited:
            out.append(_model(row, m.index, cmp.a_sentences, cmp.b_sentences))
        else:
            out.append(RowModel(row, m.a, m.b, m.index))
    return out


def _side_spans(row: Row, side: Side) -> list[tuple[int, int, ChangeClass | None]]:
    """Ranges, in the side's joined text, of the words this side changed, with classes
    (None on a weak link, whose changes are drawn in no class: ``Row.drawn``).

    Only the changes that count under the comparison's options: an ignored difference
    is no change, so it is not marked either.
    """
    if row.kind not in ("changed", "moved"):
        return []
    out: list[tuple[int, int, ChangeClass | None]] = []
    for change in row.drawn:
        if side == "a":
            origin, whole = change.a_start, change.a
        else:
            origin, whole = change.b_start, change.b
        # A change of several parts (a frame moved over the clause it frames) marks
        # its parts, not the clause both sides keep between them.
        for part in change.pieces:
            start, end = (part[0], part[1]) if side == "a" else (part[2], part[3])
            text = whole[start - origin : end - origin]
            # A changed stretch often ends in the space before the next kept word:
            # highlighting that space would bleed the colour into the gap.
            body = text.rstrip()
            lead = len(body) - len(body.lstrip())
            if body.strip():
                out.append((start + lead, start + len(body), change.cls if row.sure else None))
    return out


def piece_spans(model: RowModel, side: Side) -> list[tuple[Span, ...]]:
    """For each piece of a side: its marked ranges of ``piece.text``, in order."""
    spans = _side_spans(model.row, side)
    mark: Mark = "delete" if side == "a" else "insert"
    out: list[tuple[Span, ...]] = []
    for piece in model.side(side):
        start = piece.offset
        end = start + len(piece.text) - (piece.badge + 1 if piece.badge else 0)
        shift = (piece.badge + 1 if piece.badge else 0) - start
        mine: list[Span] = []
        if piece.badge:
            mine.append((0, piece.badge, "moved", None))
        for s, e, cls in spans:
            s2, e2 = max(s, start), min(e, end)
            if s2 < e2:
                mine.append((s2 + shift, e2 + shift, mark, cls))
        out.append(tuple(mine))
    return out


def runs(
    length: int, layers: Sequence[Sequence[tuple[int, int, str]]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Cut ``[0, length)`` into runs by which named ranges cover them (ranges may overlap).

    Returns ``(start, end, names)`` for every run, uncovered ones with no names, in
    order; ``names`` follow the order of ``layers``. The drawing code styles a run by
    adding the style of each name, so a cue word inside a changed word is both.
    """
    cuts = {0, length}
    for layer in layers:
        for s, e, _name in layer:
            cuts.add(min(max(s, 0), length))
            cuts.add(min(max(e, 0), length))
    points = sorted(cuts)
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for s, e in zip(points, points[1:], strict=False):
        names = tuple(n for layer in layers for (a, b, n) in layer if a <= s and e <= b)
        out.append((s, e, names))
    return out


def piece_lines(piece: Piece, width: int) -> int:
    """How many lines a piece takes at ``width`` (what ``Layout`` calls for every piece)."""
    if piece.words is None:
        return line_count(piece.text, width)
    if len(piece.text) <= width:
        return 1
    return count_lines(piece.words, width)


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where each part of a line sits, for one content width."""

    width: int
    text_a: int
    text_b: int
    single: bool = False
    """One article alone: A has the whole width; no divider, no B pane."""

    @classmethod
    def for_width(cls, width: int, single: bool = False) -> Geometry:
        if single:
            return cls(width, max(2, width - GUTTER), 0, single=True)
        # Both columns one width, as ``newsdiff diff`` makes them, an odd spare column
        # left blank at the right: B one wider wrapped an equal row at other words.
        half = max(1, (width - 2 * GUTTER - DIVIDER) // 2)
        return cls(width, half, half)

    @property
    def a_start(self) -> int:
        """First column of A's text."""
        return GUTTER

    @property
    def divider_start(self) -> int:
        return GUTTER + self.text_a

    @property
    def b_start(self) -> int:
        """First column of B's text."""
        return GUTTER + self.text_a + DIVIDER + GUTTER

    def text_width(self, side: Side) -> int:
        return self.text_a if side == "a" else self.text_b

    def side_at(self, x: int) -> Side:
        """The side a column belongs to (the divider counts as A's)."""
        return "a" if self.single or x < self.divider_start + DIVIDER else "b"


def same_rows(a: Sequence[RowModel], b: Sequence[RowModel]) -> bool:
    """Whether two lists hold the very same rows, in order (not equal ones: a glance
    at each, where comparing their pieces would walk every word)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


class Layout:
    """Line positions of every row and piece at one geometry.

    Only line *counts* are computed for all rows (plain integers, cheap); the wrapped,
    styled lines are built by the widget for the rows it shows.
    """

    def __init__(self, rows: Sequence[RowModel], geometry: Geometry) -> None:
        self.rows = rows
        self.geometry = geometry
        wa, wb = geometry.text_a, geometry.text_b
        self.heights_a: list[tuple[int, ...]] = []
        self.heights_b: list[tuple[int, ...]] = []
        starts = [0]
        total = 0
        # Reprints and syndicated copy repeat sentences: a text is wrapped once a width.
        memo: dict[tuple[str, int], int] = {}

        def lines(p: Piece, width: int) -> int:
            key = (p.text, width)
            n = memo.get(key)
            if n is None:
                n = memo[key] = piece_lines(p, width)
            return n

        for row in rows:
            ha = tuple(lines(p, wa) for p in row.a)
            hb = tuple(lines(p, wb) for p in row.b)
            self.heights_a.append(ha)
            self.heights_b.append(hb)
            total += max(sum(ha), sum(hb), 1) + GAP
            starts.append(total)
        self.starts = starts
        """``starts[r]`` is the first line of row ``r``; ``starts[-1]`` the total."""

    @property
    def height(self) -> int:
        return self.starts[-1]

    def row_height(self, row: int) -> int:
        return self.starts[row + 1] - self.starts[row]

    def row_at(self, y: int) -> int:
        """The row that owns virtual line ``y`` (clamped to the rows that exist)."""
        if not self.rows:
            return 0
        return min(max(bisect_right(self.starts, y) - 1, 0), len(self.rows) - 1)

    def piece_heights(self, row: int, side: Side) -> tuple[int, ...]:
        return self.heights_a[row] if side == "a" else self.heights_b[row]

    def piece_span(self, row: int, side: Side, k: int) -> tuple[int, int]:
        """First virtual line and line count of piece ``k`` on ``side`` of ``row``."""
        heights = self.piece_heights(row, side)
        return self.starts[row] + sum(heights[:k]), heights[k]

    def piece_at(self, row: int, side: Side, dy: int) -> int | None:
        """Which piece of a side covers line ``dy`` of a row (None: padding or gap)."""
        top = 0
        for k, h in enumerate(self.piece_heights(row, side)):
            if top <= dy < top + h:
                return k
            top += h
        return None
