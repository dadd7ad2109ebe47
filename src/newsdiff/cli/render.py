"""Text renderings of a comparison for the command line (rich and plain)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newsdiff.core.visible import one_line, visible

from .output import counted

if TYPE_CHECKING:
    # rich is imported where it is used: --format plain and json never load it.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from newsdiff.meaning.changes import Change
    from newsdiff.meaning.compare import Comparison, Row

#: One character per row kind, as diff(1) marks lines.
MARKS = {"equal": " ", "changed": "~", "added": "+", "removed": "-", "moved": ">"}

#: After a row whose words changed inside quotation marks on both sides.
QUOTE_NOTE = "(quote altered)"
#: After a row whose link is weak (``Row.sure`` false): its changes are drawn, in no
#: class, and no filter or count sees them.
WEAK_NOTE = "(weak link: not classed)"

DELETE_STYLE = "bold red on #3b1010"
INSERT_STYLE = "bold green on #0f3315"
_CHANGE_STYLES = (DELETE_STYLE, INSERT_STYLE)


def moved_note(row: Row, cmp: Comparison) -> str:
    """Where a moved row's counterpart sits in reading order of the other side, and
    whether its words changed too ("moved, edited")."""
    what = "moved, edited" if row.edited else "moved"
    return f"{what}: A#{row.a[0] + 1} <-> B#{row.b[0] + 1}"


def kind_counts(counts: dict[str, int], edited: int, form: str, zeros: bool = True) -> str:
    """Rows by kind as ``form`` writes each (``{k}`` kind, ``{n}`` count), the moved
    rows' edited ones after them: "moved 4 (2 edited)"."""
    out = []
    for k, n in counts.items():
        # Weak links are named where a pair has them: most pairs have none.
        if n or zeros and k != "weak":
            out.append(
                form.format(k=k, n=n) + (f" ({edited} edited)" if k == "moved" and edited else "")
            )
    return ", ".join(out)


#: A piece of a plain row: its text and what it is (None: text both sides share).
Piece = tuple[str, str | None]

#: How a plain piece is written: wdiff's marks, and the change's class after it.
_MARKUP = {None: "{}", "delete": "[-{}-]", "insert": "{{+{}+}}", "class": "{{{}}}"}
_PIECE_STYLE = {"delete": DELETE_STYLE, "insert": INSERT_STYLE, "class": "dim"}


def plain_pieces(row: Row, classes: bool = False) -> list[Piece]:
    """A row as wdiff pieces: shared text, deletions and insertions, the pieces of the
    JSON ops (``meaning.shown.pieces``); with ``classes``, each change of a row with
    both sides is followed by its classes (none on a weak link's).

    A row with both sides marks its changes (what the options ignore reads as A's
    text); an added or removed row is one insertion or deletion.
    """
    from newsdiff.meaning.changes import Change
    from newsdiff.meaning.shown import pieces, plain_gap

    if not (row.a and row.b):
        return [(text, None if op == "equal" else op) for op, text in row.ops]
    parts: list[Piece] = []
    for p in pieces(diff_side(row, "a"), diff_side(row, "b"), row.drawn, plain_gap):
        if not isinstance(p, Change):
            parts.append(p)
        elif classes and row.sure:
            parts.extend((cls, "class") for cls in p.classes)
    return parts


def plain_row(row: Row, classes: bool = False) -> str:
    """wdiff style: ``[-deleted-]{+inserted+}`` inside the shared text; with ``classes``,
    ``{class}`` after each change (``[-three-]{+four+}{number}``); the line breaks of a
    hard-wrapped paragraph read as spaces, so a row stays one line."""
    return "".join(
        _MARKUP[kind].format(one_line(text)) for text, kind in plain_pieces(row, classes)
    )


def diff_side(row: Row, side: str) -> str:
    """A row's side text, as its ops spell it (``Row.side_texts``: the texts the
    comparison diffed, not joined from the ops again for every row drawn)."""
    return row.side_texts()[0 if side == "a" else 1]


def plain_lines(cmp: Comparison, rows: Sequence[Row] | None = None) -> Iterator[str]:
    """``--format plain``: one row a line, its kind's mark first, each change's class
    after it. Each line is as ``cli.output.say`` would write it: its text pieces went
    through ``one_line``, which shows every control, the rest is marks and figures."""
    from newsdiff.meaning.quoting import quote_altered

    # Twin rows (repeated text under the same options) read the same: each is built once.
    memo: dict[object, tuple[str, bool, bool]] = {}
    for row in cmp.rows if rows is None else rows:
        if row.kind != "changed" and row.a and row.b and all(op == "equal" for op, _ in row.ops):
            # Both sides the same text (most rows of a reprint): no change to mark or
            # quotation altered, and a sure link; the line is the text, as plain_row
            # would build it.
            text, altered, weak = one_line(row.side_texts()[0]), False, False
        else:
            key = row.memo_key()
            known = memo.get(key)
            if known is None:
                known = (plain_row(row, classes=True), quote_altered(row), _weak(row))
                memo[key] = known
            text, altered, weak = known
        line = f"{MARKS[row.kind]} {text}"
        if row.kind == "moved":
            line += f"  ({moved_note(row, cmp)})"
        if altered:
            line += f"  {QUOTE_NOTE}"
        if weak:
            line += f"  {WEAK_NOTE}"
        yield line


def _weak(row: Row) -> bool:
    """A row whose sides are linked, but not surely, and whose words differ."""
    return bool(row.a and row.b) and row.kind != "equal" and not row.sure


def plain_text(cmp: Comparison, rows: Sequence[Row] | None = None) -> Iterator[Text]:
    """``--format plain`` in colour: the same marks, with the rich diff's colours."""
    from rich.text import Text

    from newsdiff.meaning.quoting import quote_altered

    for row in cmp.rows if rows is None else rows:
        line = Text(f"{MARKS[row.kind]} ")
        for text, kind in plain_pieces(row, classes=True):
            line.append(_MARKUP[kind].format(one_line(text)), style=_PIECE_STYLE.get(kind or ""))
        if row.kind == "moved":
            line.append(f"  ({moved_note(row, cmp)})", style="bold magenta")
        if quote_altered(row):
            line.append(f"  {QUOTE_NOTE}", style="bold yellow")
        if _weak(row):
            line.append(f"  {WEAK_NOTE}", style="dim")
        yield line


def _marked_side(row: Row, side: str) -> str:
    """A side's text with its changes marked in text, for output without colour:
    ``[-deleted-]`` on A, ``{+inserted+}`` on B, the class after B's (or after A's when
    B has nothing there)."""
    from newsdiff.meaning.shown import drawn_units

    text = diff_side(row, side)
    parts: list[str] = []
    pos = 0
    # The class goes after the change's last part with text on B (or on A when B has
    # none): once, however many parts the change is drawn in.
    tags: dict[tuple[int, int], Change] = {}
    for c in row.drawn:
        on_b = [p for p in c.pieces if p[2] < p[3]]
        on_a = [p for p in c.pieces if p[0] < p[1]]
        tagged = (
            (on_b[-1][2:] if on_b else None) if side == "b" else (None if c.b else on_a[-1][:2])
        )
        if tagged is not None:
            tags[tagged[0], tagged[1]] = c
    for p, _owner in drawn_units(row.drawn):
        start, end = (p[0], p[1]) if side == "a" else (p[2], p[3])
        parts.append(text[pos:start])
        if start < end:
            parts.append(_MARKUP["delete" if side == "a" else "insert"].format(text[start:end]))
        owner = tags.get((start, end))
        if owner is not None and row.sure:
            parts.extend(_MARKUP["class"].format(cls) for cls in owner.classes)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _side_text(row: Row, side: str, marks: bool = False) -> Text:
    from rich.text import Text

    if marks and row.a and row.b:
        return Text(one_line(_marked_side(row, side)))
    style = DELETE_STYLE if side == "a" else INSERT_STYLE
    if not (row.a and row.b):
        text = Text()
        skip = "insert" if side == "a" else "delete"
        for op, chunk in row.ops:
            if op != skip:
                text.append(one_line(chunk), style=None if op == "equal" else style)
        return text
    # Both sides: mark the changes that count (what the options ignore stays plain).
    # Piece by piece, as one_line() may join a line break and its spaces into one.
    from newsdiff.meaning.shown import drawn_units

    whole = diff_side(row, side)
    text = Text()
    pos = 0
    for part, _owner in drawn_units(row.drawn):
        start, end = (part[0], part[1]) if side == "a" else (part[2], part[3])
        start = max(start, pos)
        text.append(one_line(whole[pos:start]))
        text.append(one_line(whole[start:end]), style=style)
        pos = max(end, pos)
    text.append(one_line(whole[pos:]))
    return text


def _header(label: str) -> Text | str:
    """A column's label as rich reads it. Without "[" or ":" a string holds no markup
    and no emoji code, so it is the Text rich would make of it; given as one, rich does
    not load its emoji table to look for codes (3-4 ms of the rich diff's start-up)."""
    from rich.text import Text

    return label if "[" in label or ":" in label else Text(label)


#: Each cell's padding, one column either side; the mark column's text is one column.
PAD, MARK_WIDTH = 1, 1


def side_width(width: int) -> int:
    """Each text column's width in a table ``width`` columns wide.

    Both sides get the same width: rich shares an odd remainder between two ratio
    columns 37/36 at 80, so a sentence beside its byte copy wrapped at different words
    and an equal row looked changed. The odd column is left blank at the right margin.
    """
    return max((width - (MARK_WIDTH + 2 * PAD) - 2 * 2 * PAD) // 2, 1)


def table(
    cmp: Comparison, width: int, rows: Sequence[Row] | None = None, marks: bool = False
) -> Table:
    """Two columns, one table row per alignment row, so both sides start level; the
    table is ``width`` columns wide (one less when the two sides' share is odd).

    ``marks``: the changes marked in text as well (for output without colour)."""
    from rich.table import Table
    from rich.text import Text

    from newsdiff.meaning.quoting import quote_altered

    from .wide_text import wide

    grid = Table(
        show_header=True,
        header_style="bold",
        # Not expanded: rich would share the spare column out again, unevenly.
        expand=False,
        box=None,
        padding=(0, PAD),
        show_edge=False,
    )
    side = side_width(width)
    grid.add_column(_header(""), width=MARK_WIDTH, no_wrap=True)
    grid.add_column(_header(f"A  {visible(cmp.a.name)}"), width=side, overflow="fold")
    grid.add_column(_header(f"B  {visible(cmp.b.name)}"), width=side, overflow="fold")
    for row in cmp.rows if rows is None else rows:
        left = _side_text(row, "a", marks)
        right = _side_text(row, "b", marks)
        if row.kind == "moved":
            right.append(f"  [{moved_note(row, cmp)}]", style="bold magenta")
        if quote_altered(row):
            right.append(f"  {QUOTE_NOTE}", style="bold yellow")
        if _weak(row):
            right.append(f"  {WEAK_NOTE}", style="dim")
        # Chinese, Japanese, Thai: lines break where Unicode allows, a tag whole.
        left, right = wide(left, _CHANGE_STYLES), wide(right, _CHANGE_STYLES)
        grid.add_row(Text(MARKS[row.kind], style="bold"), left, right, end_section=True)
    return grid


def print_rich(
    cmp: Comparison, console: Console, rows: Sequence[Row] | None = None, marks: bool = False
) -> None:
    from rich.text import Text

    from newsdiff.core.reuse import share_text

    console.print(table(cmp, console.width, rows, marks))
    summary = kind_counts(cmp.counts(), cmp.moved_edited(), "{n} {k}", zeros=False)
    reuse = {k: share_text(v, ".0%") for k, v in cmp.reuse.items()}
    console.print(
        Text(
            f"{counted(len(cmp.rows), 'row')}: {summary}. Reuse (3-gram containment): "
            f"A {reuse['a']}, B {reuse['b']}.",
            style="dim",
        )
    )
