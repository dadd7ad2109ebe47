"""Painting the diff view: each row's lines as strips, cached until something on it changes.

The painter belongs to one view. It reads the view's rows, layout, cursor and session,
and its component styles (``styles``), and draws a row at a time: the gutters (cursor
bar, badge, flags), each side's wrapped text with its changed words, cue words and
classes, and the rule between the panes with the row's mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.strip import Strip

from newsdiff.core.labels import BADGES, Label
from newsdiff.store import Tag

from ...edits import PROPAGATED
from ...layout import (
    GAP,
    GUTTER,
    QUOTE_MARK,
    SIDES,
    Piece,
    RowModel,
    Side,
    Span,
    piece_spans,
    runs,
)
from ...wrap import wrap
from .base import DiffViewBase

#: The rule between the panes, replaced on a row's first line by its kind's mark.
RULE = "│"
#: The rule beside a fold line (a run of equal rows drawn as one line).
FOLD_RULE = "┊"
MARKS = {"equal": RULE, "changed": "~", "added": "+", "removed": "-", "moved": "⇄"}
HATCH = "╲"
CURSOR_BAR = "▌"
#: Gutter flags: unsure, annotators disagree, a note; and the rule's label-shift mark.
UNSURE_MARK, DISAGREE_MARK, NOTE_MARK, SHIFT_MARK = "?", "≠", "✎", "!"
#: The badge of a sentence skipped as not a claim.
SKIP_MARK = "–"


class PainterState:
    """What the painter keeps besides drawn rows: the view's styles, resolved once per
    style change, and each row's marked spans, once per set of rows."""

    def __init__(self, view: DiffViewBase) -> None:
        self.view = view
        self._cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(512)
        self._styles: dict[str, Style] = {}
        self._base: Style | None = None
        self._spans: dict[tuple[int, Side], list[tuple[Span, ...]]] = {}

    def clear(self) -> None:
        """Forget every drawn row (new rows, or a new width)."""
        self._cache.clear()
        self._spans.clear()

    def restyle(self) -> None:
        """Forget the styles and every drawn row (the CSS or the theme changed)."""
        self._styles.clear()
        self._base = None
        self.clear()

    @property
    def base(self) -> Style:
        """The view's own style (``rich_style``), resolved once per style change: Textual
        forgets it at every refresh and walks the ancestors again, a few times a row."""
        base = self._base
        if base is None:
            base = self._base = self.view.rich_style
        return base

    def _piece_spans(self, row: int, side: Side) -> list[tuple[Span, ...]]:
        """``layout.piece_spans`` of a shown row, kept: they change only with the rows."""
        spans = self._spans.get((row, side))
        if spans is None:
            spans = self._spans[row, side] = piece_spans(self.view.rows[row], side)
        return spans

    def style(self, name: str) -> Style:
        """The style of a component class, without ``diff-view--`` (resolved once)."""
        style = self._styles.get(name)
        if style is None:
            # Layers drawn over a changed word (its class, a cue) keep only what they
            # set, so the word's red or green background shows through; so does the
            # moved badge, so the cursor's highlight runs under it.
            partial = name.startswith(("class-", "cue", "moved", "fold"))
            style = self.view.get_component_rich_style(f"diff-view--{name}", partial=partial)
            styles = self.view.get_component_styles(f"diff-view--{name}")
            if partial and styles.has_rule("color") and styles.color.a < 1:
                # Rich colours have no alpha, and a partial style drops it: "60%" would
                # draw at full strength. Blend against the view's background here.
                ground = self.view.background_colors[1]
                style += Style(color=(ground + styles.color).rich_color)
            self._styles[name] = style
        return style


class RowPainter(PainterState):
    """Draws a view's rows into strips and keeps them (per row, cursor and tag state).

    The cache is cleared when the rows or the width change (``clear``) and when the
    styles do (``restyle``); a row whose tags or cursor changed draws again because
    those are part of its key.
    """

    def _piece_state(self, side: Side, sentence: int) -> tuple[object, ...]:
        """Everything about a sentence that its drawing depends on (the row cache key)."""
        session = self.view.session
        assert session is not None
        rec = session.record(side, sentence)
        disagree = sentence in session.disagreements(side)
        if rec is None:
            return (None, disagree)
        return (rec.label, rec.source, bool(rec.note), rec.unsure, disagree)

    def strips(self, row: int, cursor: tuple[Side, int] | None | bool = True) -> list[Strip]:
        """A row's lines, drawn once per width, cursor position and state of its sentences.

        ``cursor`` True: with the cursor where it is; else as if it were there (None:
        not on this row), to draw ahead the rows the next move will show.
        """
        session = self.view.session
        assert session is not None
        model = self.view.rows[row]
        if cursor is True:
            cursor = self.view.cursor.on_row(row)
        elif cursor is False:
            cursor = None
        states = tuple(self._piece_state("a", p.sentence) for p in model.a) + tuple(
            self._piece_state("b", p.sentence) for p in model.b
        )
        shifted = model.index in self.view.shift_set()
        key = (row, cursor, states, shifted, self.view.show_suggestions)
        strips = self._cache.get(key)
        if strips is None:
            strips = self._draw_row(row, cursor, shifted)
            self._cache[key] = strips
        return strips

    def _draw_row(self, row: int, cursor: tuple[Side, int] | None, shifted: bool) -> list[Strip]:
        layout = self.view.line_map
        session = self.view.session
        assert layout is not None and session is not None
        geo = layout.geometry
        model = self.view.rows[row]
        height = layout.row_height(row) - GAP
        base = self.base
        if model.folded:
            return self._draw_fold(model, height, cursor)
        sides: dict[Side, list[list[Segment]]] = {}
        # One article alone: only its pane (no hatched B, no rule between the panes).
        shown: tuple[Side, ...] = ("a",) if geo.single else SIDES
        for side in shown:
            width = geo.text_width(side)
            pieces = model.side(side)
            if not pieces:
                hatch = base + self.style("filler")
                sides[side] = [
                    [Segment(" " * GUTTER, base), Segment(HATCH * width, hatch)]
                    for _ in range(height)
                ]
                continue
            if cursor is None:
                role = None
            elif cursor[0] == side:
                role = cursor[1]
            else:
                role = -1  # the counterpart side: every piece highlighted
            tint = base
            if model.kind == "removed" and side == "a":
                tint = base + self.style("removed")
            elif model.kind == "added" and side == "b":
                tint = base + self.style("added")
            lines: list[list[Segment]] = []
            all_spans = self._piece_spans(row, side)
            for k, piece in enumerate(pieces):
                if role == k:
                    line_style = base + self.style("cursor")
                elif role == -1:
                    line_style = base + self.style("counterpart")
                else:
                    line_style = tint
                lines.extend(
                    self._draw_piece(side, piece, all_spans[k], width, line_style, bar=role == k)
                )
            blank = [Segment(" " * (GUTTER + width), base)]
            lines.extend(blank for _ in range(height - len(lines)))
            sides[side] = lines
        rule = base + self.style("rule")
        mark_style = rule if model.kind == "equal" else base + self.style(f"mark-{model.kind}")
        # A label shift is flagged on the rule: on the row's second line, so the kind's
        # mark stays on its first (on the first when the row has only one line).
        shift_line = (1 if height > 1 else 0) if shifted else -1
        # An altered quotation: on the next free line of the rule.
        quote_line = -1
        if model.quote_altered:
            quote_line = min(height - 1, 2 if shifted else 1)
        if geo.single:
            return self._single_strips(sides["a"], height, geo.width)
        quote = Segment(QUOTE_MARK, base + self.style("quote"))
        # No line of its own (a one-line row, or the shift took it): in the space after
        # the first line's mark, or the row would never show the flag.
        quote_beside = quote_line != -1 and (quote_line == 0 or quote_line == shift_line)
        strips: list[Strip] = []
        for i in range(height):
            after = quote if quote_beside and i == 0 else Segment(" ", base)
            if i == quote_line and not quote_beside:
                mid = quote
            elif i == shift_line:
                mid = Segment(SHIFT_MARK, base + self.style("shift"))
            elif i == 0:
                mid = Segment(MARKS[model.kind], mark_style)
            else:
                mid = Segment(RULE, rule)
            segs = [*sides["a"][i], Segment(" ", base), mid, after, *sides["b"][i]]
            # Fewer, longer segments: every repaint divides and crops each one.
            strips.append(Strip(segs, geo.width).adjust_cell_length(geo.width, base).simplify())
        strips.extend(self._gap(geo.width, geo.divider_start) for _ in range(GAP))
        return strips

    def _draw_fold(
        self, model: RowModel, height: int, cursor: tuple[Side, int] | None
    ) -> list[Strip]:
        """A fold line: its text centred in both panes, the rule dotted between them."""
        layout = self.view.line_map
        assert layout is not None
        geo = layout.geometry
        base = self.base
        fold = self.style("fold")
        sides: dict[Side, list[list[Segment]]] = {}
        for side in SIDES:
            width = geo.text_width(side)
            if cursor is None:
                line_style = base
            else:
                line_style = base + self.style("cursor" if cursor[0] == side else "counterpart")
            bar = Segment(
                CURSOR_BAR if cursor and cursor[0] == side else " ", base + self.style("cursor-bar")
            )
            lines: list[list[Segment]] = []
            for piece in model.side(side):
                for start, end in wrap(piece.text, width):
                    text = piece.text[start:end].rstrip(" ")
                    pad = " " * max(0, (width - len(text)) // 2)
                    body = Strip([Segment(pad + text, line_style + fold)])
                    lines.append(
                        [
                            bar,
                            Segment(" " * (GUTTER - 1), base),
                            *body.crop_extend(0, width, line_style),
                        ]
                    )
            lines.extend(
                [Segment(" " * (GUTTER + width), base)] for _ in range(height - len(lines))
            )
            sides[side] = lines
        rule = base + self.style("rule")
        strips = [
            Strip(
                [*sides["a"][i], Segment(" ", base), Segment(FOLD_RULE, rule), Segment(" ", base),
                 *sides["b"][i]],
                geo.width,
            ).adjust_cell_length(geo.width, base).simplify()
            for i in range(height)
        ]  # fmt: skip
        strips.extend(self._gap(geo.width, geo.divider_start) for _ in range(GAP))
        return strips

    def _gap(self, width: int, divider: int) -> Strip:
        """A blank line after a row, the rule running on through it."""
        base = self.base
        return Strip(
            [
                Segment(" " * (divider + 1), base),
                Segment(RULE, base + self.style("rule")),
                Segment(" " * (width - divider - 2), base),
            ],
            width,
        )

    def _single_strips(self, lines: list[list[Segment]], height: int, width: int) -> list[Strip]:
        """A row of one article alone: its lines at the whole width, then the gap."""
        base = self.base
        strips = [
            Strip(lines[i], width).adjust_cell_length(width, base).simplify() for i in range(height)
        ]
        strips.extend(Strip.blank(width, base) for _ in range(GAP))
        return strips

    def gutter(
        self, side: Side, sentence: int
    ) -> tuple[list[Segment], list[tuple[int, int]] | None]:
        """A sentence's badge and flags (four cells), and the cue words to underline."""
        session = self.view.session
        assert session is not None
        base = self.base
        rec: Tag | None = session.record(side, sentence)
        cues: list[tuple[int, int]] | None = None
        if rec is not None and rec.label:
            label = cast(Label, rec.label)
            kind = "carried" if rec.source == PROPAGATED else "tag"
            badge = Segment(BADGES[label], self.style(f"{kind}-{label}"))
        elif rec is not None and rec.skipped:
            badge = Segment(SKIP_MARK, base + self.style("skipped"))
        else:
            badge = Segment(" ", base)
            if self.view.show_suggestions:
                suggested, found = session.suggestion(side, sentence)
                if suggested is not None:
                    badge = Segment(BADGES[suggested].lower(), base + self.style("suggestion"))
                    cues = [(c.start, c.end) for c in found]
        if rec is not None and rec.unsure:
            flag = Segment(UNSURE_MARK, base + self.style("unsure"))
        elif sentence in session.disagreements(side):
            flag = Segment(DISAGREE_MARK, base + self.style("disagree"))
        else:
            flag = Segment(" ", base)
        note = (
            Segment(NOTE_MARK, base + self.style("note"))
            if rec is not None and rec.note
            else Segment(" ", base)
        )
        return [badge, flag, note], cues

    def _draw_piece(
        self,
        side: Side,
        piece: Piece,
        spans: Sequence[Span],
        width: int,
        style: Style,
        bar: bool,
    ) -> list[list[Segment]]:
        base = self.base
        cells, cues = self.gutter(side, piece.sentence)
        text = piece.text
        shift = piece.badge + 1 if piece.badge else 0
        layers: list[list[tuple[int, int, str]]] = [
            [(s, e, mark) for s, e, mark, _cls in spans],
            [(s, e, f"class-{cls}") for s, e, _mark, cls in spans if cls is not None],
            [(s + shift, e + shift, "cue") for s, e in cues or ()],
        ]
        painted = [
            (s, e, style + Style.combine(self.style(n) for n in names) if names else style)
            for s, e, names in runs(len(text), layers)
        ]
        blank = Segment(" ", base)
        out: list[list[Segment]] = []
        for j, (start, end) in enumerate(wrap(text, width)):
            # Spaces left hanging at a line's end are not drawn (nor highlighted).
            end = start + len(text[start:end].rstrip(" "))
            gutter = [
                Segment(CURSOR_BAR if bar else " ", base + self.style("cursor-bar")),
                *(cells if j == 0 else (blank, blank, blank)),
                blank,
            ]
            segs: list[Segment] = []
            for s, e, run_style in painted:
                if e <= start or s >= end:
                    continue
                segs.append(Segment(text[max(s, start) : min(e, end)], run_style))
            body = Strip(segs).crop_extend(0, width, style)
            out.append([*gutter, *body])
        return out
