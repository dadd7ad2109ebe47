"""What the diff view shows, as plain data: pieces, rows, wrapping and line geometry.

Nothing here imports Textual, so the arithmetic that keeps both sides level (which row
owns a screen line, where a sentence starts) is tested without an app. The widget in
``widgets/diff_view.py`` only turns this into styled strips.

A *piece* is one sentence on one side of a row. A row's pieces stack on their side; the
row is as tall as its taller side plus one blank line, so both sides of a row start on
the same line and every row below stays level.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len

from newsdiff.align import Kind
from newsdiff.compare import Comparison, Row
from newsdiff.sentences import Sentence

Side = Literal["a", "b"]
SIDES: tuple[Side, Side] = ("a", "b")
#: What a span inside a piece marks: a changed word on its side, or the moved badge.
Mark = Literal["delete", "insert", "moved"]

#: Columns of each side's gutter: cursor bar, tag badge, space.
GUTTER = 3
#: Columns between the panes: space, row mark (or rule), space.
DIVIDER = 3
#: Blank lines after each row; one keeps long paragraphs of prose apart.
GAP = 1

# Control characters would move the terminal's cursor; one cell each keeps offsets.
_CONTROL = {c: " " for c in (*range(0x00, 0x20), 0x7F)}
_TOKEN = re.compile(r"\S+\s*|\s+")


def other(side: Side) -> Side:
    return "b" if side == "a" else "a"


@dataclass(frozen=True, slots=True)
class Piece:
    """One sentence on one side of a row, ready to wrap and style."""

    sentence: int
    text: str
    """Display text: the moved badge (if any), then the sentence."""
    spans: tuple[tuple[int, int, Mark], ...]
    """Marked ranges of ``text``, in order, not overlapping."""


@dataclass(frozen=True, slots=True)
class RowModel:
    kind: Kind
    a: tuple[Piece, ...]
    b: tuple[Piece, ...]

    def side(self, side: Side) -> tuple[Piece, ...]:
        return self.a if side == "a" else self.b


def _clean(text: str) -> str:
    return text.translate(_CONTROL)


def _side_spans(row: Row, side: Side) -> list[tuple[int, int]]:
    """Ranges, in the side's joined text, of the words this side changed."""
    if row.kind not in ("changed", "moved"):
        return []
    skip, mark = ("insert", "delete") if side == "a" else ("delete", "insert")
    out: list[tuple[int, int]] = []
    pos = 0
    for op, chunk in row.ops:
        if op == skip:
            continue
        if op == mark:
            # A changed stretch often ends in the space before the next kept word:
            # highlighting that space would bleed the colour into the gap.
            body = chunk.rstrip()
            lead = len(body) - len(body.lstrip())
            if body.strip():
                out.append((pos + lead, pos + len(body)))
        pos += len(chunk)
    return out


def _pieces(row: Row, side: Side, sentences: Sequence[Sentence], badge: str) -> tuple[Piece, ...]:
    indices = row.a if side == "a" else row.b
    spans = _side_spans(row, side)
    out: list[Piece] = []
    offset = 0  # where this sentence starts in the side's text (joined by one space)
    for k, i in enumerate(indices):
        sent = sentences[i]
        prefix = f"{badge} " if badge and k == 0 else ""
        shift = len(prefix) - offset
        end = offset + len(sent.text)
        mine: list[tuple[int, int, Mark]] = []
        if prefix:
            mine.append((0, len(badge), "moved"))
        mark: Mark = "delete" if side == "a" else "insert"
        for s, e in spans:
            s2, e2 = max(s, offset), min(e, end)
            if s2 < e2:
                mine.append((s2 + shift, e2 + shift, mark))
        out.append(Piece(i, _clean(prefix + sent.text), tuple(mine)))
        offset = end + 1
    return tuple(out)


def build_rows(cmp: Comparison) -> list[RowModel]:
    """One RowModel per alignment row, with each side's changed words marked."""
    rows: list[RowModel] = []
    for row in cmp.rows:
        badge_a = badge_b = ""
        if row.kind == "moved" and row.a and row.b:
            # Each side says where its counterpart sits in the other article.
            badge_a = f"⇄ B#{row.b[0] + 1}"
            badge_b = f"⇄ A#{row.a[0] + 1}"
        rows.append(
            RowModel(
                row.kind,
                _pieces(row, "a", cmp.a_sentences, badge_a),
                _pieces(row, "b", cmp.b_sentences, badge_b),
            )
        )
    return rows


def _chop(text: str, start: int, width: int) -> int:
    """The end of the longest run from ``start`` that fits ``width`` cells (at least 1)."""
    used = 0
    pos = start
    while pos < len(text):
        w = cell_len(text[pos])
        if used + w > width and pos > start:
            break
        used += w
        pos += 1
    return pos


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap: ``(start, end)`` of each line of ``text`` at ``width`` cells.

    Lines break after spaces, which may hang past the width (the renderer crops them);
    a word wider than a whole line is cut. Every character belongs to exactly one line.
    """
    width = max(1, width)
    ascii_ = text.isascii()
    measure = len if ascii_ else cell_len
    if measure(text) <= width:
        return [(0, len(text))]
    lines: list[tuple[int, int]] = []
    start = 0
    used = 0
    for m in _TOKEN.finditer(text):
        ws, we = m.span()
        token = m.group()
        word = token.rstrip()
        need = measure(word)
        if used + need <= width:
            used += measure(token)
            continue
        if used:
            lines.append((start, ws))
            start = ws
            used = 0
        while need > width:
            cut = start + width if ascii_ else _chop(text, start, width)
            lines.append((start, cut))
            start = cut
            need = measure(text[start : ws + len(word)])
        used = measure(text[start:we])
    lines.append((start, len(text)))
    return lines


def line_count(text: str, width: int) -> int:
    """``len(wrap(text, width))``, without building the lines when one is enough."""
    if len(text) <= width and (text.isascii() or cell_len(text) <= width):
        return 1
    return len(wrap(text, width))


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where each part of a line sits, for one content width."""

    width: int
    text_a: int
    text_b: int

    @classmethod
    def for_width(cls, width: int) -> Geometry:
        text = max(2, width - 2 * GUTTER - DIVIDER)
        return cls(width, text // 2, text - text // 2)

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
        return "a" if x < self.divider_start + DIVIDER else "b"


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
        for row in rows:
            ha = tuple(line_count(p.text, wa) for p in row.a)
            hb = tuple(line_count(p.text, wb) for p in row.b)
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
